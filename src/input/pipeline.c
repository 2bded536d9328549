/* pipeline.c — an input file read, prefiltered and scanned on threads,
 * with the records handed to the caller strictly in input order.
 *
 *   reader thread:  sq_reader_next (read, gunzip, frame) into chunks of
 *                   records, copying their text; the reader's warnings and
 *                   counts are captured with their position in the chunk;
 *   worker threads: each takes the oldest filled chunk and, per record,
 *                   runs the raw-text prefilter, the selective scanner and
 *                   sourcetype detection (all pure over the record's bytes
 *                   and read-only plans; nothing is interned);
 *   caller:         takes the chunks in sequence order, replays the captured
 *                   warnings before the record they preceded, and builds the
 *                   events (committing scanned hits, jansson for the rest),
 *                   so that output, warnings and counts are those of a
 *                   single-threaded run.
 * The chunks form a ring of fixed size, so memory stays bounded whatever
 * the file's size.  sq_pipeline_close stops and joins every thread whenever
 * it is called (head's early stop, Ctrl-C, an error). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input/input_int.h"
#include "input/pipeline.h"
#include "splq/buf.h"
#include "splq/sourcetype.h"

#define CHUNK_BYTES (512u << 10)
#define CHUNK_RECORDS 4096
#define MAX_WORKERS 8

enum { C_FREE, C_FILLING, C_FILLED, C_SCANNING, C_READY };

typedef struct pl_msg {
    size_t before; /* emitted before record `before` of the chunk */
    sq_diag_level level;
    char *text;
} pl_msg;

typedef struct pl_chunk {
    int state;
    sq_buf text;
    pl_rec *recs;
    size_t n, cap;
    pl_msg *msgs;
    size_t nmsgs, capmsgs;
    sq_counters counts; /* the reader's, while filling this chunk */
    int end;            /* 1: input ends after it; -1: with err */
    sq_error err;
    int text_mode; /* the file is plain text */
    sq_scan_out *out;
} pl_chunk;

struct sq_pipeline {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pl_chunk *chunks;
    size_t nchunks;
    uint64_t next_scan, next_take;
    int stop, started, ended;
    pthread_t reader;
    pthread_t workers[MAX_WORKERS];
    int nworkers;
    sq_reader *r;
    sq_diag rdiag; /* the reader's sink: captured into the chunk filling */
    sq_counters rcounts;
    pl_chunk *filling;
    const sq_prefilter *pf;
    const sq_scan *scan;
    int detect;
    /* the caller's position */
    pl_chunk *cur;
    size_t ri, mi;
};

int sq_pipeline_threads(void) {
    const char *e = getenv("SPLQ_THREADS");
    long n = e && *e ? strtol(e, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    return n > MAX_WORKERS ? MAX_WORKERS : (int)n;
}

static void capture(void *ud, sq_diag_level level, const char *msg) {
    sq_pipeline *pl = ud;
    pl_chunk *c = pl->filling;
    if (!c)
        return;
    if (c->nmsgs == c->capmsgs) {
        c->capmsgs = c->capmsgs ? c->capmsgs * 2 : 8;
        c->msgs = sq_xrealloc(c->msgs, c->capmsgs * sizeof *c->msgs);
    }
    c->msgs[c->nmsgs++] = (pl_msg){c->n, level, sq_xstrdup(msg)};
}

sq_pipeline *sq_pipeline_new(int workers) {
    sq_pipeline *pl = sq_xcalloc(1, sizeof *pl);
    pthread_mutex_init(&pl->mu, NULL);
    pthread_cond_init(&pl->cv, NULL);
    pl->nworkers = workers < 1 ? 1 : workers > MAX_WORKERS ? MAX_WORKERS : workers;
    pl->nchunks = (size_t)pl->nworkers * 2 + 2;
    pl->chunks = sq_xcalloc(pl->nchunks, sizeof *pl->chunks);
    for (size_t i = 0; i < pl->nchunks; i++)
        pl->chunks[i].out = sq_scan_out_new();
    pl->rdiag.fn = capture;
    pl->rdiag.ud = pl;
    return pl;
}

sq_diag *sq_pipeline_diag(sq_pipeline *pl) {
    return &pl->rdiag;
}

sq_counters *sq_pipeline_counters(sq_pipeline *pl) {
    return &pl->rcounts;
}

static void chunk_clear(pl_chunk *c) {
    for (size_t i = 0; i < c->nmsgs; i++)
        free(c->msgs[i].text);
    c->nmsgs = 0;
    c->n = 0;
    sq_buf_reset(&c->text);
    memset(&c->counts, 0, sizeof c->counts);
    c->end = 0;
    sq_scan_out_reset(c->out);
}

/* Wait, with the lock held, until the chunk of sequence seq is in state
 * want or the pipeline stops.  0, or -1 when stopping. */
static int wait_for(sq_pipeline *pl, uint64_t seq, int want) {
    pl_chunk *c = &pl->chunks[seq % pl->nchunks];
    while (!pl->stop && c->state != want)
        pthread_cond_wait(&pl->cv, &pl->mu);
    return pl->stop ? -1 : 0;
}

static void *reader_main(void *arg) {
    sq_pipeline *pl = arg;
    int known_text = -1;
    for (uint64_t seq = 0;; seq++) {
        pthread_mutex_lock(&pl->mu);
        int rc = wait_for(pl, seq, C_FREE);
        pl_chunk *c = &pl->chunks[seq % pl->nchunks];
        if (rc == 0)
            c->state = C_FILLING;
        pthread_mutex_unlock(&pl->mu);
        if (rc < 0)
            return NULL;
        chunk_clear(c);
        pl->filling = c;
        pl->rcounts = (sq_counters){0};
        /* record texts go in c->text; pointers are set once it stops moving */
        while (c->n < CHUNK_RECORDS && c->text.len < CHUNK_BYTES) {
            sq_record rec;
            sq_error_clear(&c->err);
            int got = sq_reader_next(pl->r, &rec, &c->err);
            if (got > 0 && known_text < 0 && (known_text = sq_reader_is_text(pl->r, &c->err)) < 0)
                got = -1;
            if (got <= 0) {
                c->end = got < 0 ? -1 : 1;
                break;
            }
            if (c->n == c->cap) {
                c->cap = c->cap ? c->cap * 2 : 256;
                c->recs = sq_xrealloc(c->recs, c->cap * sizeof *c->recs);
            }
            c->recs[c->n++] = (pl_rec){
                .text = (const char *)(uintptr_t)c->text.len, .len = rec.len, .line = rec.line};
            sq_buf_add(&c->text, rec.text, rec.len);
        }
        for (size_t i = 0; i < c->n; i++)
            c->recs[i].text = c->text.data + (uintptr_t)c->recs[i].text;
        c->counts = pl->rcounts;
        c->text_mode = known_text > 0;
        pl->filling = NULL;
        pthread_mutex_lock(&pl->mu);
        c->state = C_FILLED;
        pthread_cond_broadcast(&pl->cv);
        pthread_mutex_unlock(&pl->mu);
        if (c->end)
            return NULL;
    }
}

static void scan_chunk(sq_pipeline *pl, pl_chunk *c) {
    for (size_t i = 0; i < c->n; i++) {
        pl_rec *r = &c->recs[i];
        r->st = NULL;
        r->state = PL_PARSE;
        if (!sq_prefilter_may_match(pl->pf, r->text, r->len)) {
            r->state = PL_SKIP;
            continue;
        }
        if (c->text_mode)
            continue;
        if (pl->scan && sq_scan_record(pl->scan, c->out, r->text, r->len, &r->h0)) {
            r->h1 = sq_scan_out_hits(c->out);
            r->state = PL_SCANNED;
            if (pl->detect)
                r->st = sq_scan_out_sourcetype(c->out);
        } else if (pl->detect) {
            r->st = sq_sourcetype_detect(r->text, r->len);
        }
    }
}

static void *worker_main(void *arg) {
    sq_pipeline *pl = arg;
    pthread_mutex_lock(&pl->mu);
    for (;;) {
        /* the oldest filled chunk; none once the input has ended */
        while (!pl->stop && pl->chunks[pl->next_scan % pl->nchunks].state != C_FILLED)
            pthread_cond_wait(&pl->cv, &pl->mu);
        if (pl->stop)
            break;
        uint64_t seq = pl->next_scan++;
        pl_chunk *c = &pl->chunks[seq % pl->nchunks];
        c->state = C_SCANNING;
        pthread_mutex_unlock(&pl->mu);
        scan_chunk(pl, c);
        pthread_mutex_lock(&pl->mu);
        c->state = C_READY;
        pthread_cond_broadcast(&pl->cv);
        if (c->end)
            break;
    }
    pthread_mutex_unlock(&pl->mu);
    return NULL;
}

void sq_pipeline_start(sq_pipeline *pl, sq_reader *r, const sq_prefilter *pf, const sq_scan *scan,
                       int detect) {
    pl->r = r;
    pl->pf = pf;
    pl->scan = scan;
    pl->detect = detect;
    pl->started = 1;
    pthread_create(&pl->reader, NULL, reader_main, pl);
    for (int i = 0; i < pl->nworkers; i++)
        pthread_create(&pl->workers[i], NULL, worker_main, pl);
}

/* Replay the chunk's captured warnings up to record `upto`. */
static void replay(sq_pipeline *pl, size_t upto, sq_diag *diag) {
    pl_chunk *c = pl->cur;
    for (; pl->mi < c->nmsgs && c->msgs[pl->mi].before <= upto; pl->mi++) {
        if (c->msgs[pl->mi].level == SQ_DIAG_WARNING)
            sq_warnf(diag, "%s", c->msgs[pl->mi].text);
        else
            sq_notef(diag, "%s", c->msgs[pl->mi].text);
    }
}

static void release(sq_pipeline *pl) {
    pthread_mutex_lock(&pl->mu);
    pl->cur->state = C_FREE;
    pl->next_take++;
    pthread_cond_broadcast(&pl->cv);
    pthread_mutex_unlock(&pl->mu);
    pl->cur = NULL;
}

int sq_pipeline_next(sq_pipeline *pl, const pl_rec **out, int *text, sq_diag *diag,
                     sq_counters *counters, sq_error *err) {
    for (;;) {
        if (pl->ended)
            return 0;
        if (!pl->cur) {
            pthread_mutex_lock(&pl->mu);
            wait_for(pl, pl->next_take, C_READY);
            pl->cur = &pl->chunks[pl->next_take % pl->nchunks];
            pthread_mutex_unlock(&pl->mu);
            pl->ri = pl->mi = 0;
            counters->bytes_read += pl->cur->counts.bytes_read;
            counters->lines_skipped += pl->cur->counts.lines_skipped;
            for (int k = 0; k < SQ_SKIP_NREASONS; k++)
                counters->skipped_by[k] += pl->cur->counts.skipped_by[k];
            *text = pl->cur->text_mode;
        }
        pl_chunk *c = pl->cur;
        replay(pl, pl->ri, diag);
        if (pl->ri < c->n) {
            *out = &c->recs[pl->ri++];
            return 1;
        }
        if (c->end) {
            pl->ended = 1;
            if (c->end < 0) {
                *err = c->err;
                return -1;
            }
            return 0;
        }
        release(pl);
    }
}

void sq_pipeline_commit(sq_pipeline *pl, const pl_rec *rec, sq_event *ev) {
    sq_scan_commit(pl->scan, pl->cur->out, rec->h0, rec->h1, ev, rec->text, rec->len);
}

void sq_pipeline_disown(sq_pipeline *pl) {
    pl->r = NULL;
}

void sq_pipeline_close(sq_pipeline *pl) {
    if (!pl)
        return;
    if (pl->started) {
        pthread_mutex_lock(&pl->mu);
        pl->stop = 1;
        pthread_cond_broadcast(&pl->cv);
        pthread_mutex_unlock(&pl->mu);
        pthread_join(pl->reader, NULL);
        for (int i = 0; i < pl->nworkers; i++)
            pthread_join(pl->workers[i], NULL);
    }
    sq_reader_close(pl->r);
    for (size_t i = 0; i < pl->nchunks; i++) {
        chunk_clear(&pl->chunks[i]);
        free(pl->chunks[i].msgs);
        free(pl->chunks[i].recs);
        sq_buf_free(&pl->chunks[i].text);
        sq_scan_out_free(pl->chunks[i].out);
    }
    free(pl->chunks);
    pthread_mutex_destroy(&pl->mu);
    pthread_cond_destroy(&pl->cv);
    free(pl);
}
