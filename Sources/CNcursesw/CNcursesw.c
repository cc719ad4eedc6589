#include "CNcursesw.h"
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

WINDOW *tread_stdscr(void) { return stdscr; }
FILE *tread_standard_output(void) { return stdout; }
int tread_lines(void) { return LINES; }
int tread_columns(void) { return COLS; }
int tread_colors(void) { return COLORS; }
int tread_color_pairs(void) { return COLOR_PAIRS; }

attr_t tread_attr_bold(void) { return A_BOLD; }
attr_t tread_attr_dim(void) { return A_DIM; }
attr_t tread_attr_reverse(void) { return A_REVERSE; }
attr_t tread_attr_underline(void) { return A_UNDERLINE; }

mmask_t tread_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
mmask_t tread_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
#else
mmask_t tread_mouse_wheel_down(void) { return 0; }
#endif
// A press acts; the release that follows must not act again (it would undo a fold).
mmask_t tread_mouse_click(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
mmask_t tread_mouse_all(void) { return ALL_MOUSE_EVENTS; }

static size_t decode(const char *utf8, wchar_t *out, size_t capacity) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    const char *source = utf8;
    size_t count = mbsrtowcs(out, &source, capacity - 1, &state);
    if (count == (size_t)-1) count = 0;
    out[count] = 0;
    return count;
}

int tread_put_cluster(WINDOW *window, int row, int column, const char *utf8, attr_t attributes, int pair) {
    wchar_t wide[CCHARW_MAX + 1];
    decode(utf8, wide, CCHARW_MAX + 1);
    cchar_t cell;
    // The pair goes through `opts`, which takes pair numbers past a short's range.
    if (setcchar(&cell, wide, attributes, 0, &pair) != OK) return -2;
    // Writing the bottom-right cell reports ERR (the cursor cannot move on) yet writes it.
    mvwadd_wch(window, row, column, &cell);
    return OK;
}

int tread_read_row(WINDOW *window, int row, int column, wchar_t *buffer, int count) {
    return mvwinnwstr(window, row, column, buffer, count);
}

int tread_cell_style(WINDOW *window, int row, int column, attr_t *attributes, int *foreground, int *background) {
    cchar_t cell;
    if (mvwin_wch(window, row, column, &cell) == ERR) return ERR;
    wchar_t wide[CCHARW_MAX + 1];
    short short_pair = 0;
    int pair = 0;
    if (getcchar(&cell, wide, attributes, &short_pair, &pair) == ERR) return ERR;
    *foreground = -1;
    *background = -1;
    if (pair > 0) extended_pair_content(pair, foreground, background);
    return OK;
}

int tread_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

static volatile sig_atomic_t pending_signal = 0;

static void record(int number) { pending_signal = number; }

void tread_watch_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    // A parent may have started tread with these blocked; Ctrl-C, Ctrl-Z and resizes must work.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
}

int tread_pending_signal(void) { return pending_signal; }

void tread_raise_pending_signal(void) {
    int number = pending_signal;
    if (number == 0) return;
    signal(number, SIG_DFL);
    raise(number);
}
