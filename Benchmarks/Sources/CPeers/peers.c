#define _XOPEN_SOURCE 700
#include "CPeers.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

int peer_use_utf8_locale(void) {
    return setlocale(LC_CTYPE, "C.UTF-8") != NULL || setlocale(LC_CTYPE, "en_US.UTF-8") != NULL;
}

long long peer_glibc_columns(const char *text, size_t length) {
    // mbstowcs needs a NUL-terminated string: the copy is part of glibc's cost.
    char *copy = malloc(length + 1);
    wchar_t *wide = malloc((length + 1) * sizeof(wchar_t));
    if (copy == NULL || wide == NULL) { free(copy); free(wide); return -1; }
    memcpy(copy, text, length);
    copy[length] = '\0';
    size_t count = mbstowcs(wide, copy, length + 1);
    long long total = -1;
    if (count != (size_t)-1) {
        total = 0;
        size_t start = 0;
        for (size_t i = 0; i <= count; i++) {
            if (i == count || wide[i] == L'\n') {
                int columns = wcswidth(wide + start, i - start);
                if (columns > 0) total += columns;
                start = i + 1;
            }
        }
    }
    free(copy);
    free(wide);
    return total;
}

long long peer_icu_line_breaks(const char *text, size_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, text, (int32_t)length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return -1;
    status = U_ZERO_ERROR;
    UChar *utf16 = malloc(((size_t)units + 1) * sizeof(UChar));
    if (utf16 == NULL) return -1;
    u_strFromUTF8(utf16, units + 1, NULL, text, (int32_t)length, &status);
    UBreakIterator *breaks = ubrk_open(UBRK_LINE, "zh", utf16, units, &status);
    long long count = -1;
    if (U_SUCCESS(status)) {
        count = 0;
        while (ubrk_next(breaks) != UBRK_DONE) count++;
        ubrk_close(breaks);
    }
    free(utf16);
    return count;
}
