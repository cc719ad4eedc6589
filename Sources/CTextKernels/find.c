// memmem is a GNU and BSD extension: ask for it before any header.
#define _GNU_SOURCE 1
#include <string.h>
#include "CTextKernels.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

ptrdiff_t tread_find_bytes(const uint8_t *haystack, size_t count, const uint8_t *needle, size_t needle_count) {
    if (needle_count == 0) return 0;
    if (needle_count > count) return -1;
    if (needle_count == 1) {
        const void *hit = memchr(haystack, needle[0], count);
        return hit ? (const uint8_t *)hit - haystack : -1;
    }
    size_t start = 0;
#if defined(__SSE2__)
    // Sixteen places at a time: where both the needle's first and last bytes are in place, the
    // middle is compared. Folded Chinese has few such places even when lead bytes abound, where
    // memmem's shift tables pay a setup on every call.
    const __m128i first = _mm_set1_epi8((char)needle[0]);
    const __m128i last = _mm_set1_epi8((char)needle[needle_count - 1]);
    for (; start + needle_count - 1 + 16 <= count; start += 16) {
        const __m128i at_first = _mm_loadu_si128((const __m128i *)(haystack + start));
        const __m128i at_last = _mm_loadu_si128((const __m128i *)(haystack + start + needle_count - 1));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(at_first, first), _mm_cmpeq_epi8(at_last, last)));
        while (mask != 0) {
            unsigned offset = (unsigned)__builtin_ctz(mask);
            if (memcmp(haystack + start + offset + 1, needle + 1, needle_count - 2) == 0) return (ptrdiff_t)(start + offset);
            mask &= mask - 1;
        }
    }
#endif
    const void *hit = memmem(haystack + start, count - start, needle, needle_count);
    return hit ? (const uint8_t *)hit - haystack : -1;
}
