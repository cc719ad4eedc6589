#define _XOPEN_SOURCE 700
#include "CLibraryWidth.h"
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

int tread_library_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

int tread_library_has_utf8_locale(void) { return strcmp(nl_langinfo(CODESET), "UTF-8") == 0; }

int tread_library_use_utf8_locale(void) {
    setlocale(LC_ALL, "");
    if (tread_library_has_utf8_locale()) return 1;
    setlocale(LC_CTYPE, "C.UTF-8");
    return tread_library_has_utf8_locale();
}
