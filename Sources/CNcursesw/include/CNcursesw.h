// ncurses for Swift: the wide-character API, with the macros and globals Swift cannot import
// wrapped as functions. SwiftPM drops pkg-config's defines, so they are set here.
#ifndef TREAD_CNCURSESW_H
#define TREAD_CNCURSESW_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

WINDOW *tread_stdscr(void);
FILE *tread_standard_output(void);
int tread_lines(void);
int tread_columns(void);
int tread_colors(void);
int tread_color_pairs(void);

attr_t tread_attr_bold(void);
attr_t tread_attr_dim(void);
attr_t tread_attr_reverse(void);
attr_t tread_attr_underline(void);

mmask_t tread_mouse_wheel_up(void);
mmask_t tread_mouse_wheel_down(void);
mmask_t tread_mouse_click(void);
mmask_t tread_mouse_all(void);

/// Writes one grapheme cluster (UTF-8) at row, column with attributes and colour pair;
/// returns -2 when ncurses cannot hold the cluster in one cell (too many combining characters).
int tread_put_cluster(WINDOW *window, int row, int column, const char *utf8, attr_t attributes, int pair);
/// Defines colour pair `pair` (extended colours: 24-bit values on a direct-colour terminal).
int tread_init_pair(int pair, int foreground, int background);

/// Reads the characters of `row` from `column` on, as the screen holds them, into `buffer`
/// (at most `count` wide characters, NUL-terminated); returns how many or ERR.
int tread_read_row(WINDOW *window, int row, int column, wchar_t *buffer, int count);
/// The attributes and foreground colour (-1 for the default) of the cell at row, column.
int tread_cell_style(WINDOW *window, int row, int column, attr_t *attributes, int *foreground, int *background);

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal.
void tread_watch_signals(void);
/// The signal recorded since the handlers were installed, or 0.
int tread_pending_signal(void);
/// Raises the recorded signal again with its default action, so the shell sees how tread ended.
void tread_raise_pending_signal(void);

/// Saves the terminal modes of `fd`, before ncurses changes them, for a crash to restore.
void tread_save_terminal_modes(int fd);
/// Until `tread_unguard_crashes`, a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP)
/// first writes the terminal's reset sequences to `fd` and restores the saved modes, then
/// goes on to the handler that was there before. Call after `newterm`, which the sequences
/// are read from.
void tread_guard_crashes(int fd);
/// Puts back the handlers that were there before `tread_guard_crashes`.
void tread_unguard_crashes(void);
#endif
