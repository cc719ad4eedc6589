#define _GNU_SOURCE
#include "CTextKernels.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

// A mapped file that shrinks while it is read raises SIGBUS on the pages past its new end.
// While a mapping is read, that signal ends the program with a message naming the file.
static char guard_message[1024];
static size_t guard_length;
static struct sigaction previous_action;
static int guard_depth;

static void on_bus_error(int signal_number) {
    (void)signal_number;
    ssize_t ignored = write(STDERR_FILENO, guard_message, guard_length);
    (void)ignored;
    _exit(1);
}

void tread_guard_mapped_reads(const char *message) {
    size_t length = strlen(message);
    if (length > sizeof guard_message) length = sizeof guard_message;
    memcpy(guard_message, message, length);
    guard_length = length;
    if (guard_depth++ > 0) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_bus_error;
    sigemptyset(&action.sa_mask);
    sigaction(SIGBUS, &action, &previous_action);
}

void tread_unguard_mapped_reads(void) {
    if (guard_depth == 0 || --guard_depth > 0) return;
    sigaction(SIGBUS, &previous_action, NULL);
}
