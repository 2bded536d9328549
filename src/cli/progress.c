/* progress.c — the progress line on stderr for long runs: which file, how
 * far into it, bytes and events read and their rates.  The input layer
 * reports every few records (sq_env.progress); this sink looks at the clock
 * then, draws nothing during the first PROGRESS_DELAY seconds (short runs
 * never see it), redraws at most every PROGRESS_INTERVAL, and erases the
 * line when a file is done or before anything else is printed on stderr. */
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
    int shown; /* the line is on the screen */
};

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
    pr->shown = 0;
}

static void on_progress(void *ud, const sq_progress *p) {
    cli_progress *pr = ud;
    if (p->done) {
        cli_progress_clear(pr);
        return;
    }
    double now = clock_now(), elapsed = now - pr->start;
    if (elapsed < PROGRESS_DELAY || now - pr->last < PROGRESS_INTERVAL)
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
    pr->shown = 1;
    sq_buf_free(&b);
}

cli_progress *cli_progress_attach(const cli_opts *o, sq_env *env) {
    const char *term = getenv("TERM");
    if (!o->progress || !isatty(STDERR_FILENO) || (term && strcmp(term, "dumb") == 0))
        return NULL;
    cli_progress *pr = sq_xcalloc(1, sizeof *pr);
    pr->start = clock_now();
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
    if (env && env->progress.ud == pr) {
        env->progress.fn = NULL;
        env->progress.ud = NULL;
    }
    free(pr);
}
