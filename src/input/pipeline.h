/* pipeline.h — reading, prefiltering and scanning an input file on threads,
 * records handed back in input order (see pipeline.c). */
#ifndef SPLQ_INPUT_PIPELINE_H
#define SPLQ_INPUT_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include "input/scan.h"
#include "splq/diag.h"
#include "splq/error.h"
#include "splq/input.h"
#include "splq/prefilter.h"

/* What the threads made of one record. */
enum { PL_SKIP, PL_SCANNED, PL_PARSE };

typedef struct pl_rec {
    const char *text; /* valid until the chunk is released */
    size_t len;
    uint64_t line;
    int state;      /* PL_SKIP: the prefilter ruled it out; PL_SCANNED: hits
                       [h0, h1) of the chunk's scan output; PL_PARSE: for
                       jansson (or plain text) on the caller's thread */
    const char *st; /* the detected sourcetype (static), or NULL */
    size_t h0, h1;
} pl_rec;

typedef struct sq_pipeline sq_pipeline;

/* The number of worker threads to use (SPLQ_THREADS, else the CPUs online;
 * 1: no threads). */
int sq_pipeline_threads(void);
/* Start reading r (taken: closed by sq_pipeline_close) on threads; r must
 * have been opened with sq_pipeline_diag / sq_pipeline_counters of the
 * result, which replays them in order on the caller's thread.  pf, scan:
 * not owned, may be NULL; detect: detect each record's sourcetype. */
sq_pipeline *sq_pipeline_new(int workers);
sq_diag *sq_pipeline_diag(sq_pipeline *pl);
sq_counters *sq_pipeline_counters(sq_pipeline *pl);
void sq_pipeline_start(sq_pipeline *pl, sq_reader *r, const sq_prefilter *pf, const sq_scan *scan,
                       int detect);
/* The next record: 1 (*out valid until the next call), 0 end of input, -1
 * error.  Warnings of the reader go to diag and its counts to counters, in
 * the order a single-threaded run gives them.  *text: the file is plain
 * text (known from the first record on). */
int sq_pipeline_next(sq_pipeline *pl, const pl_rec **out, int *text, sq_diag *diag,
                     sq_counters *counters, sq_error *err);
/* Commit a PL_SCANNED record's hits to ev. */
void sq_pipeline_commit(sq_pipeline *pl, const pl_rec *rec, sq_event *ev);
/* Before sq_pipeline_start: the reader is not the pipeline's to close. */
void sq_pipeline_disown(sq_pipeline *pl);
/* Stop the threads (also early: head, Ctrl-C) and free everything. */
void sq_pipeline_close(sq_pipeline *pl);

#endif
