#ifndef TREAD_CTEXTKERNELS_H
#define TREAD_CTEXTKERNELS_H

#include <stddef.h>
#include <stdint.h>

/// Measures the stretch of simple text that starts at `start` (a scalar
/// boundary): printable ASCII (one column each), ideographs U+4000..U+9FFF,
/// CJK symbols U+3000..U+3029 and fullwidth forms U+FF01..U+FF5F (two
/// columns each), and the dash, quotes and ellipsis U+2014, U+2018, U+2019,
/// U+201C, U+201D, U+2026 (`ambiguous` columns each). Every one of them is
/// grapheme class Other, so each is a cluster of its own.
/// Stores where the stretch ends, always a scalar boundary, in `*end` and
/// returns its columns. Reads no byte at or past `count`; may stop early
/// (the portable version takes only ASCII and ideographs), leaving the rest
/// to the caller.
size_t tread_simple_text_columns(const uint8_t *bytes, size_t count, size_t start, size_t ambiguous,
                                 size_t *end);

/// The plain loop that stands in for the SSE2 scan where SSE2 is missing:
/// printable ASCII and ideographs only, one byte at a time.
size_t tread_simple_text_columns_portable(const uint8_t *bytes, size_t count, size_t start, size_t *end);

/// The offset of the first occurrence of `needle` in `haystack`, or -1: sixteen bytes at a
/// time where SSE2 is there, else the C library's `memmem`.
ptrdiff_t tread_find_bytes(const uint8_t *haystack, size_t count, const uint8_t *needle, size_t needle_count);

/// Until the matching `tread_unguard_mapped_reads`, makes a bus error (a mapped file that
/// shrank while it was read) write `message` to standard error and exit with status 1,
/// instead of crashing. Calls nest; the latest message is the one written.
void tread_guard_mapped_reads(const char *message);

/// Ends the guard of the matching `tread_guard_mapped_reads`.
void tread_unguard_mapped_reads(void);

#endif
