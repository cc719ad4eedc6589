#ifndef TREAD_CLIBRARYWIDTH_H
#define TREAD_CLIBRARYWIDTH_H

#include <stdint.h>

/// The C library's wcwidth of one code point: the columns ncurses moves its cursor by.
/// -1 for a character it deems unprintable; depends on the LC_CTYPE locale.
int tread_library_wcwidth(uint32_t scalar);

/// Whether LC_CTYPE's character set is UTF-8.
int tread_library_has_utf8_locale(void);

/// Sets the locale from the environment, falling back to C.UTF-8 when that is not UTF-8;
/// returns whether the result is UTF-8.
int tread_library_use_utf8_locale(void);
#endif
