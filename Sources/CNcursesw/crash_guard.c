// Gives the terminal back when tread crashes while ncurses has it: a fault, a Swift trap
// or an abort would otherwise leave the shell in raw mode on the alternate screen with no
// cursor. Everything the handler does is async-signal-safe: it writes bytes prepared in
// advance and sets the modes saved before ncurses started.
#include "CNcursesw.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/term.h>

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
enum { crash_signal_count = sizeof crash_signals / sizeof crash_signals[0] };

static volatile sig_atomic_t guarded_fd = -1;
static struct termios saved_modes;
static int has_saved_modes = 0;
static char restore_sequence[1024];
static size_t restore_length = 0;
static struct sigaction previous_actions[crash_signal_count];
// A stack of its own, so that a stack overflow can still be handled.
static char handler_stack[64 * 1024];

void tread_save_terminal_modes(int fd) {
    has_saved_modes = tcgetattr(fd, &saved_modes) == 0;
}

static void append(const char *bytes) {
    if (bytes == NULL || bytes == (char *)-1) return;
    size_t length = strlen(bytes);
    if (restore_length + length > sizeof restore_sequence) return;
    memcpy(restore_sequence + restore_length, bytes, length);
    restore_length += length;
}

static void restore_after_crash(int number, siginfo_t *info, void *context) {
    int fd = guarded_fd;
    if (fd >= 0) {
        guarded_fd = -1;
        ssize_t written = write(fd, restore_sequence, restore_length);
        (void)written;
        // TCSAFLUSH drops keys typed to tread but not yet read, so the shell does not run them.
        if (has_saved_modes) tcsetattr(fd, TCSAFLUSH, &saved_modes);
    }
    // The handler that was there before (Swift's crash reporter, say) reports the crash next;
    // it is called here, not returned to, because for a signal sent by kill it would return
    // and let tread run on without its terminal.
    for (int index = 0; index < crash_signal_count; index++) {
        if (crash_signals[index] != number) continue;
        struct sigaction previous = previous_actions[index];
        if (previous.sa_flags & SA_SIGINFO) {
            if (previous.sa_sigaction != NULL) previous.sa_sigaction(number, info, context);
        } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
            previous.sa_handler(number);
        }
    }
    signal(number, SIG_DFL);
    sigset_t this_signal;
    sigemptyset(&this_signal);
    sigaddset(&this_signal, number);
    sigprocmask(SIG_UNBLOCK, &this_signal, NULL);
    raise(number);
}

void tread_guard_crashes(int fd) {
    restore_length = 0;
    // CAN ends any escape sequence a crash cut short, so what follows is read afresh.
    append("\x18");
    append(tigetstr("sgr0"));
    const char *mouse_key = tigetstr("kmous");
    if (mouse_key != NULL && mouse_key != (char *)-1) append("\x1b[?1006l\x1b[?1003l\x1b[?1002l\x1b[?1000l");
    append(tigetstr("rmkx"));
    append(tigetstr("cnorm"));
    append(tigetstr("rmcup"));
    stack_t stack = {.ss_sp = handler_stack, .ss_size = sizeof handler_stack, .ss_flags = 0};
    sigaltstack(&stack, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = restore_after_crash;
    action.sa_flags = SA_ONSTACK | SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    for (int index = 0; index < crash_signal_count; index++) {
        sigaction(crash_signals[index], &action, &previous_actions[index]);
    }
    guarded_fd = fd;
}

void tread_unguard_crashes(void) {
    if (guarded_fd < 0) return;
    guarded_fd = -1;
    for (int index = 0; index < crash_signal_count; index++) {
        sigaction(crash_signals[index], &previous_actions[index], NULL);
    }
}
