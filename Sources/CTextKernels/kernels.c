#include "CTextKernels.h"

// Swift's SIMD comparisons lower to a loop over the lanes, so the
// sixteen-bytes-at-a-time scan lives here, in SSE2. Where SSE2 is missing a
// plain loop takes ASCII and ideographs only, and leaves the rest to Swift.

#if defined(__SSE2__)
#include <emmintrin.h>

/// The sum of the sixteen byte lanes.
static inline size_t lane_sum(__m128i x) {
    __m128i sums = _mm_sad_epu8(x, _mm_setzero_si128());
    return (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
}

/// Lanes of `x` from `low` through `high`, unsigned.
static inline __m128i within(__m128i x, uint8_t low, uint8_t high) {
    __m128i offset = _mm_sub_epi8(x, _mm_set1_epi8((char)low));
    return _mm_cmpeq_epi8(_mm_subs_epu8(offset, _mm_set1_epi8((char)(high - low))), _mm_setzero_si128());
}

static inline __m128i equal(__m128i x, uint8_t value) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)value));
}

static inline __m128i both(__m128i a, __m128i b) { return _mm_and_si128(a, b); }

size_t tread_simple_text_columns(const uint8_t *bytes, size_t count, size_t start, size_t ambiguous,
                                 size_t *end) {
    size_t index = start;
    size_t columns = 0;
    // Continuation lanes that three-byte scalars at the end of the last block expect here.
    unsigned carried = 0;
    const __m128i ambiguousLanes = _mm_set1_epi8((char)ambiguous);
    const __m128i laneNumbers = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    while (index + 18 <= count) {
        __m128i first = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i second = _mm_loadu_si128((const __m128i *)(bytes + index + 1));
        __m128i third = _mm_loadu_si128((const __m128i *)(bytes + index + 2));
        __m128i ascii = within(first, 0x20, 0x7E);
        __m128i continuedTwice = both(within(second, 0x80, 0xBF), within(third, 0x80, 0xBF));
        // Ideographs U+4000–U+9FFF, CJK symbols U+3000–U+3029, fullwidth forms
        // U+FF01–U+FF5F: two columns each.
        __m128i ideographs = both(within(first, 0xE4, 0xE9), continuedTwice);
        __m128i symbols = both(equal(first, 0xE3), both(equal(second, 0x80), within(third, 0x80, 0xA9)));
        __m128i fullwidth = both(equal(first, 0xEF),
            _mm_or_si128(both(equal(second, 0xBC), within(third, 0x81, 0xBF)),
                         both(equal(second, 0xBD), within(third, 0x80, 0x9F))));
        __m128i wide = _mm_or_si128(ideographs, _mm_or_si128(symbols, fullwidth));
        // The dash, quotes and ellipsis of Chinese prose (U+2014, U+2018, U+2019,
        // U+201C, U+201D, U+2026): East Asian ambiguous.
        __m128i third80 = _mm_or_si128(_mm_or_si128(equal(third, 0x94), equal(third, 0xA6)),
            _mm_or_si128(within(third, 0x98, 0x99), within(third, 0x9C, 0x9D)));
        __m128i quotes = both(equal(first, 0xE2), both(equal(second, 0x80), third80));
        // Columns per lane: 1 for ASCII, 2 for a wide lead, `ambiguous` for a quote lead.
        __m128i weights = _mm_or_si128(_mm_and_si128(ascii, _mm_set1_epi8(1)),
            _mm_or_si128(_mm_and_si128(wide, _mm_set1_epi8(2)), _mm_and_si128(quotes, ambiguousLanes)));
        unsigned leads = (unsigned)_mm_movemask_epi8(_mm_or_si128(wide, quotes));
        unsigned continuations = (unsigned)_mm_movemask_epi8(within(first, 0x80, 0xBF));
        unsigned expected = ((leads << 1) | (leads << 2) | carried) & 0xFFFF;
        unsigned bad = ~((unsigned)_mm_movemask_epi8(ascii) | leads | (continuations & expected)) & 0xFFFF;
        if (bad != 0) {
            // The good lanes before the first bad one end at a scalar boundary:
            // a lead's continuations are good, so the bad lane cannot be one.
            int good = __builtin_ctz(bad);
            __m128i take = _mm_cmplt_epi8(laneNumbers, _mm_set1_epi8((char)good));
            columns += lane_sum(_mm_and_si128(weights, take));
            index += (size_t)good;
            carried = 0;
            break;
        }
        columns += lane_sum(weights);
        carried = ((leads >> 15) & 1 ? 3u : 0u) | ((leads >> 14) & 1);
        index += 16;
    }
    // A scalar whose lead ended the last whole block was counted and its
    // continuation bytes checked: the stretch ends after them.
    if (carried != 0) index += (carried & 2) ? 2 : 1;
    *end = index;
    return columns;
}

#else

size_t tread_simple_text_columns(const uint8_t *bytes, size_t count, size_t start, size_t ambiguous,
                                 size_t *end) {
    (void)ambiguous;
    return tread_simple_text_columns_portable(bytes, count, start, end);
}

#endif

size_t tread_simple_text_columns_portable(const uint8_t *bytes, size_t count, size_t start, size_t *end) {
    size_t index = start;
    size_t columns = 0;
    while (index < count) {
        uint8_t lead = bytes[index];
        if (lead >= 0x20 && lead < 0x7F) {
            columns += 1;
            index += 1;
        } else if (lead >= 0xE4 && lead <= 0xE9 && index + 2 < count
                   && (bytes[index + 1] & 0xC0) == 0x80 && (bytes[index + 2] & 0xC0) == 0x80) {
            columns += 2;
            index += 3;
        } else {
            break;
        }
    }
    *end = index;
    return columns;
}

