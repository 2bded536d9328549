/* progress.c — the progress line on stderr for long runs: which file, how
 * far into it, bytes and events read and their rates.  The input layer
 * reports every few records (sq_env.progress); this sink looks at the clock
 * then, draws nothing during the first PROGRESS_DELAY seconds (short runs
 * never see it), redraws at most every PROGRESS_INTERVAL, and erases the
 * line when a file is done or before anything else is printed on stderr.
 * Ctrl-C (or SIGTERM) while it is shown erases it before the signal ends
 * the process as it would have anyway.  SPLQ_PROGRESS_DELAY (seconds)
 * changes the first delay, as GIT_PROGRESS_DELAY does for git: the
 * terminal tests set it to 0 so that short runs show the line too. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "splq/buf.h"

#define PROGRESS_DELAY 0.5
#define PROGRESS_INTERVAL 0.25

struct cli_progress {
    double start, last;
    double delay; /* PROGRESS_DELAY or SPLQ_PROGRESS_DELAY */
    int shown;    /* the line is on the screen */
};

/* pr->shown, for the signal handler: the one thing it needs to know. */
static volatile sig_atomic_t line_on_screen;

static void on_fatal_signal(int sig) {
    if (line_on_screen) {
        static const char erase[] = "\r\033[K";
        ssize_t w = write(STDERR_FILENO, erase, sizeof erase - 1);
        (void)w; /* nothing to be done about it here */
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* A signal ignored when splq started (a background job's SIGINT) stays
 * ignored. */
static void catch_signal(int sig) {
    struct sigaction old, sa;
    if (sigaction(sig, NULL, &old) != 0 || old.sa_handler == SIG_IGN)
        return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, NULL);
}

/* Back to the default, unless someone else (the REPL) has taken it since. */
static void release_signal(int sig) {
    struct sigaction cur;
    if (sigaction(sig, NULL, &cur) == 0 && cur.sa_handler == on_fatal_signal)
        signal(sig, SIG_DFL);
}

static void set_shown(cli_progress *pr, int shown) {
    pr->shown = shown;
    line_on_screen = shown;
}

static double clock_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* 1234567 -> "1.2 MB" (decimal units, as rates usually are). */
static void human_bytes(sq_buf *b, double n) {
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB"};
    int u = 0;
    while (n >= 1000 && u < 4) {
        n /= 1000;
        u++;
    }
    sq_buf_printf(b, u ? "%.1f %s" : "%.0f %s", n, units[u]);
}

static void human_count(sq_buf *b, double n) {
    if (n >= 1e6)
        sq_buf_printf(b, "%.1fM", n / 1e6);
    else if (n >= 1e4)
        sq_buf_printf(b, "%.0fk", n / 1e3);
    else
        sq_buf_printf(b, "%.0f", n);
}

static int stderr_width(void) {
    struct winsize ws;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
        return 80;
    return ws.ws_col;
}

void cli_progress_clear(cli_progress *pr) {
    if (!pr || !pr->shown)
        return;
    fputs("\r\033[K", stderr);
    fflush(stderr);
    set_shown(pr, 0);
}

static void on_progress(void *ud, const sq_progress *p) {
    cli_progress *pr = ud;
    if (p->done) {
        cli_progress_clear(pr);
        return;
    }
    double now = clock_now(), elapsed = now - pr->start;
    if (elapsed < pr->delay || now - pr->last < PROGRESS_INTERVAL)
        return;
    pr->last = now;
    sq_buf b = {0};
    const char *name = strcmp(p->path, "-") == 0 ? "stdin" : p->path;
    sq_buf_printf(&b, "reading %s  ", name);
    human_bytes(&b, (double)p->bytes_read);
    if (p->file_size)
        sq_buf_printf(&b, " (%.0f%%)", 100.0 * (double)p->file_offset / (double)p->file_size);
    sq_buf_adds(&b, "  ");
    human_count(&b, (double)p->events_read);
    sq_buf_adds(&b, " events  ");
    human_bytes(&b, (double)p->bytes_read / elapsed);
    sq_buf_adds(&b, "/s  ");
    human_count(&b, (double)p->events_read / elapsed);
    sq_buf_adds(&b, " events/s");
    /* never wider than the terminal: a wrapped line cannot be erased */
    int width = stderr_width() - 1;
    size_t len = b.len;
    if (width > 0 && len > (size_t)width) {
        len = (size_t)width;
        while (len && ((unsigned char)b.data[len] & 0xC0) == 0x80)
            len--; /* not inside a UTF-8 sequence of the file name */
    }
    fprintf(stderr, "\r\033[K%.*s", (int)len, b.data);
    fflush(stderr);
    set_shown(pr, 1);
    sq_buf_free(&b);
}

cli_progress *cli_progress_attach(const cli_opts *o, sq_env *env) {
    const char *term = getenv("TERM");
    if (!o->progress || !isatty(STDERR_FILENO) || (term && strcmp(term, "dumb") == 0))
        return NULL;
    cli_progress *pr = sq_xcalloc(1, sizeof *pr);
    pr->start = clock_now();
    pr->delay = PROGRESS_DELAY;
    const char *delay = getenv("SPLQ_PROGRESS_DELAY");
    if (delay && *delay) {
        char *end;
        double d = strtod(delay, &end);
        if (!*end && d >= 0)
            pr->delay = d;
    }
    /* The REPL installs its own SIGINT handler after this (a query is
     * cancelled there, not the process). */
    catch_signal(SIGINT);
    catch_signal(SIGTERM);
    env->progress.fn = on_progress;
    env->progress.ud = pr;
    return pr;
}

void cli_progress_restart(cli_progress *pr) {
    if (pr) {
        cli_progress_clear(pr);
        pr->start = clock_now();
        pr->last = 0;
    }
}

void cli_progress_free(cli_progress *pr, sq_env *env) {
    cli_progress_clear(pr);
    if (pr) {
        release_signal(SIGINT);
        release_signal(SIGTERM);
    }
    if (env && env->progress.ud == pr) {
        env->progress.fn = NULL;
        env->progress.ud = NULL;
    }
    free(pr);
}
