/* query.h — the environment (knowledge loaded once) and one running query.
 *
 * sq_env holds what outlives a query: macro definitions, sourcetype
 * definitions, options.  sq_query is one execution: its symbol table, its
 * search time, its counters.  Commands and expressions reach everything they
 * need through the sq_query they were compiled for. */
#ifndef SPLQ_QUERY_H
#define SPLQ_QUERY_H

#include <signal.h>
#include <stdint.h>

#include "splq/diag.h"
#include "splq/error.h"
#include "splq/event.h"

struct sq_macros;
struct sq_sourcetypes;
struct sq_lookups;
struct sq_datamodels;
struct sq_eventtypes;
struct sq_memsource;

/* How far the reading of the inputs has got, for a progress display. */
typedef struct sq_progress {
    const char *path;     /* the file being read ("-": standard input) */
    uint64_t file_size;   /* its size on disk; 0: unknown (a pipe) */
    uint64_t file_offset; /* bytes of it consumed (compressed bytes for gzip) */
    uint64_t bytes_read;  /* of every input so far, decompressed */
    uint64_t events_read;
    int done; /* the file has been read to its end (or reading stopped) */
} sq_progress;

/* Called by the input layer every SQ_PROGRESS_RECORDS records or
 * SQ_PROGRESS_BYTES bytes read, and when a file is closed; what to show
 * and how often is the caller's business (it must be cheap). */
typedef struct sq_progress_sink {
    void (*fn)(void *ud, const sq_progress *p);
    void *ud;
} sq_progress_sink;
#define SQ_PROGRESS_RECORDS 1024
#define SQ_PROGRESS_BYTES ((uint64_t)4 << 20)

typedef struct sq_env {
    struct sq_macros *macros;
    struct sq_sourcetypes *sourcetypes;
    struct sq_lookups *lookups; /* lookup definitions and directories; NULL: none */
    sq_diag diag;
    const char *sourcetype;           /* -t: forced sourcetype of inputs, or NULL to detect */
    double now;                       /* search time; < 0: the clock at query start */
    struct sq_datamodels *datamodels; /* data model definitions; NULL: none */
    struct sq_eventtypes *eventtypes; /* event types and tags; NULL: none */
    /* Non-NULL: a run stops with an "interrupted" error once *cancel is
     * non-zero (set from a signal handler, e.g. the REPL's Ctrl-C). */
    volatile sig_atomic_t *cancel;
    /* Non-NULL: only events with earliest <= _time < latest are read from
     * the inputs (sq_time_bound specs, resolved against the search time). */
    const char *earliest;
    const char *latest;
    sq_progress_sink progress; /* fn NULL: no progress reports */
    /* --max-memory: bytes the blocking commands of one query may hold
     * together (command.h: sq_op_hold); 0: sq_max_memory_default(). */
    size_t max_memory;
    /* Non-zero: runs count per input file too (sq_counters.files). */
    int count_files;
} sq_env;

/* The one test of env->cancel (NULL env: never): -1 with an "interrupted"
 * error once the run is to stop, else 0.  The feed loop asks between
 * events, sq_op_emit before every event it passes on, and a blocking
 * command in any long loop of its finish that does not emit (a sort), so
 * that Ctrl-C is answered during a long finish too. */
int sq_cancelled(const sq_env *env, sq_error *err);

/* The ceiling when none is set: 2 GiB, or half the machine's physical
 * memory when that is less, so that the limit is met before the kernel's
 * OOM killer. */
size_t sq_max_memory_default(void);
/* The ceiling in force for env (NULL: the default). */
size_t sq_max_memory(const sq_env *env);
/* Read a size: digits with an optional binary unit K, M, G or T (also
 * KB/KiB..., any case); no unit is bytes.  0 on success, -1 when s is not a
 * size or is 0. */
int sq_size_parse(const char *s, size_t *out);
/* Write n in the largest unit that divides it ("64K", "2G", "1000" bytes). */
void sq_size_format(size_t n, char *out, size_t cap);

/* Why an input line (or record) was not made an event. */
typedef enum sq_skip_reason {
    SQ_SKIP_INVALID_JSON, /* malformed JSON */
    SQ_SKIP_TOO_DEEP,     /* nested deeper than SQ_JSON_MAX_DEPTH */
    SQ_SKIP_NOT_OBJECT,   /* a JSON value that is not an object */
    SQ_SKIP_TRUNCATED,    /* the input ends inside a record */
    SQ_SKIP_GZIP,         /* damaged gzip data: the rest of the file, as one */
    SQ_SKIP_BINARY,       /* a binary (not text, not JSON) file, as one */
    SQ_SKIP_NREASONS
} sq_skip_reason;

/* The reason's name in summaries: "invalid_json", "too_deep"... */
const char *sq_skip_reason_name(sq_skip_reason r);
/* ...and in words: "invalid JSON", "nested too deeply"... */
const char *sq_skip_reason_text(sq_skip_reason r);

/* What one input file gave (sq_counters.files). */
typedef struct sq_file_counts {
    char *path;     /* as given ("-": standard input) */
    unsigned reads; /* how often it was read (a subsearch reads it again) */
    int complete;   /* every read went to its end (not stopped by head...) */
    uint64_t events_read;
    uint64_t lines_skipped;
    uint64_t skipped_by[SQ_SKIP_NREASONS];
    uint64_t prefiltered;
    uint64_t bytes_read;
} sq_file_counts;

/* Counts that a run reports at its end (data accounting).  Every record of
 * every input is either an event read or a line skipped (with its reason):
 * nothing is dropped uncounted. */
typedef struct sq_counters {
    uint64_t events_read; /* prefiltered records included */
    uint64_t lines_skipped;
    uint64_t skipped_by[SQ_SKIP_NREASONS]; /* lines_skipped by reason */
    /* Records the raw-text prefilter showed cannot match the head search:
     * read, and counted in events_read, but not parsed (not a loss). */
    uint64_t prefiltered;
    uint64_t bytes_read;
    uint64_t results;
    /* Per input file, in the order first read, when env->count_files is
     * set (else NULL); freed by sq_counters_free. */
    sq_file_counts *files;
    size_t nfiles;
} sq_counters;

/* Count a skipped line. */
void sq_count_skip(sq_counters *c, sq_skip_reason why);
void sq_counters_free(sq_counters *c);

/* One input of a query: a file and, optionally, how to label its events. */
typedef struct sq_input {
    const char *path;       /* "-": standard input */
    const char *sourcetype; /* NULL: the env's (-t), else detected */
    const char *source;     /* NULL: the path as given ("stdin" for "-") */
    /* Non-NULL: the events are held in memory (memsource.h) and path is
     * not read; they already carry source, sourcetype and its knowledge. */
    const struct sq_memsource *mem;
} sq_input;

typedef struct sq_query {
    sq_env *env;
    sq_symtab *syms;
    double now;             /* fixed for the whole query: now() */
    const sq_input *inputs; /* files the query reads; none: standard input */
    size_t ninputs;
    sq_counters counters;
    /* When non-NULL, fields_seen[sym] is set for every field of every event
     * read (after the sourcetype's knowledge): "which fields exist here". */
    unsigned char *fields_seen;
    size_t nfields_seen;
    /* Set by a command when no further input event can change the results
     * (head has its N): the running plan stops reading its inputs.  Each
     * plan run (a subsearch too) starts with it clear. */
    int stop_input;
    /* Bytes held by the query's blocking commands right now, subsearches
     * included (the sum of their sq_op.held). */
    size_t mem_held;
} sq_query;

/* Record ev's fields in q->fields_seen when the run tracks them (the test
 * harness explains failures with it); nothing otherwise (plan.c). */
void sq_query_note_fields(sq_query *q, const sq_event *ev);

#endif
