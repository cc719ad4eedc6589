#ifndef TREAD_CPEERS_H
#define TREAD_CPEERS_H

#include <stddef.h>

/// Sets LC_CTYPE to a UTF-8 locale; returns 0 when none is available.
int peer_use_utf8_locale(void);

/// Converts UTF-8 `text` with mbstowcs, then sums wcswidth over each line.
/// Returns the total columns, or -1 when conversion fails.
long long peer_glibc_columns(const char *text, size_t length);

/// Converts UTF-8 `text` to UTF-16 and counts ICU's line-break opportunities.
/// Returns the count, or -1 on an ICU error.
long long peer_icu_line_breaks(const char *text, size_t length);

/// Runs `argv` (searched in PATH) with standard output to /dev/null and waits for it.
/// Sets the wall-clock seconds from spawn to exit. Returns the exit status, 128 + the
/// signal when killed, or -1 when it cannot be started.
int peer_run_timed(char *const argv[], double *seconds);

#endif
