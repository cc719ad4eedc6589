// memmem is a GNU and BSD extension: ask for it before any header.
#define _GNU_SOURCE 1
#include <string.h>
#include "CTextKernels.h"

ptrdiff_t tread_find_bytes(const uint8_t *haystack, size_t count, const uint8_t *needle, size_t needle_count) {
    const void *hit = memmem(haystack, count, needle, needle_count);
    return hit ? (const uint8_t *)hit - haystack : -1;
}
