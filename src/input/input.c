/* input.c — from an input file to events ready for the pipeline: reader,
 * JSON extraction (or a plain-text line as `_raw`: text.c),
 * source/sourcetype, sourcetype knowledge (see input.h). */
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "input/input_int.h"
#include "input/pipeline.h"
#include "input/scan.h"
#include "splq/buf.h"
#include "splq/input.h"
#include "splq/prefilter.h"
#include "splq/sourcetype.h"

struct sq_event_reader {
    sq_query *q;
    sq_reader *reader;
    sq_st_apply *apply;      /* not owned */
    sq_value source;         /* copied into each event */
    char *sourcetype;        /* forced, or NULL */
    const char *display;     /* the file in messages */
    const sq_prefilter *pf;  /* not owned; NULL: every record is parsed */
    uint64_t skipped;        /* records pf ruled out */
    struct sq_scan *scan;    /* not owned; NULL: every field is extracted */
    int text;                /* -1: not known yet; 1: plain text; 0: JSON */
    uint32_t since_report;   /* records since the last progress report */
    uint64_t reported_bytes; /* bytes_read at the last progress report */
    uint64_t bytes_at_open;  /* bytes_read when the file was opened */
    int started;             /* the threads run */
    sq_pipeline *pl;         /* non-NULL: the reader runs on threads (owns reader) */
    char *text_sourcetype;   /* plain text without a forced one: from the first line */
    int count_file;          /* env->count_files: add this file's counts at close */
    int at_end;              /* read to its end */
    sq_counters at_open;     /* the query's counts when the file was opened */
};

static sq_diag *query_diag(sq_query *q) {
    return q->env ? &q->env->diag : NULL;
}

static void report_progress(sq_event_reader *in, int done) {
    const sq_env *env = in->q->env;
    sq_progress p = {.path = sq_reader_path(in->reader),
                     .bytes_read = in->q->counters.bytes_read,
                     .events_read = in->q->counters.events_read,
                     .done = done};
    /* On threads the reader is the reader thread's; but a file read as it
     * is (not gzip) is as far along as the bytes its events came from. */
    if (!in->pl) {
        p.file_offset = sq_reader_position(in->reader, &p.file_size);
    } else if ((p.file_size = sq_reader_plain_size(in->reader)) != 0) {
        p.file_offset = p.bytes_read - in->bytes_at_open;
    }
    in->since_report = 0;
    in->reported_bytes = p.bytes_read;
    env->progress.fn(env->progress.ud, &p);
}

/* Every few records: cheap enough for the hot path (a count and a
 * subtraction per record; the sink itself looks at the clock). */
static void maybe_report(sq_event_reader *in) {
    const sq_env *env = in->q->env;
    if (env && env->progress.fn &&
        (++in->since_report >= SQ_PROGRESS_RECORDS ||
         in->q->counters.bytes_read - in->reported_bytes >= SQ_PROGRESS_BYTES))
        report_progress(in, 0);
}

int sq_event_reader_open(sq_query *q, const char *path, const char *source, const char *sourcetype,
                         struct sq_st_apply *apply, sq_event_reader **out, sq_error *err) {
    *out = NULL;
    sq_reader *r;
    int is_stdin = strcmp(path, "-") == 0;
    /* A regular file is read on threads (a pipe could block their join at
     * an early stop); SPLQ_THREADS=1 or SPLQ_NO_FASTPATH: one thread. */
    struct stat sb;
    int threads = sq_pipeline_threads();
    sq_pipeline *pl = NULL;
    if (!is_stdin && threads > 1 && !sq_fastpath_off("THREADS") && stat(path, &sb) == 0 &&
        S_ISREG(sb.st_mode))
        pl = sq_pipeline_new(threads);
    if (sq_reader_open(path, pl ? sq_pipeline_diag(pl) : query_diag(q),
                       pl ? sq_pipeline_counters(pl) : &q->counters, &r, err) < 0) {
        sq_pipeline_close(pl);
        return -1;
    }
    sq_event_reader *in = sq_xcalloc(1, sizeof *in);
    in->q = q;
    in->reader = r;
    in->apply = apply;
    in->source = sq_value_cstr(source ? source : is_stdin ? "stdin" : path);
    if (!sourcetype && q->env)
        sourcetype = q->env->sourcetype;
    in->sourcetype = sourcetype ? sq_xstrdup(sourcetype) : NULL;
    in->display = is_stdin ? "<stdin>" : sq_reader_path(r);
    in->text = -1;
    in->pl = pl;
    in->bytes_at_open = q->counters.bytes_read;
    if (q->env && q->env->count_files) {
        in->count_file = 1;
        in->at_open = q->counters;
    }
    *out = in;
    return 0;
}

/* Why sq_json_fill refused a record (its errors: json_event.c). */
static sq_skip_reason json_skip_reason(const sq_error *e) {
    if (e->code == SQ_ERR_LIMIT)
        return SQ_SKIP_TOO_DEEP;
    if (strncmp(e->msg, "not a JSON object", 17) == 0)
        return SQ_SKIP_NOT_OBJECT;
    return SQ_SKIP_INVALID_JSON;
}

/* Add what the query counted since in was opened to its file's entry. */
static void count_file(sq_event_reader *in) {
    sq_counters *c = &in->q->counters;
    const char *path = sq_reader_path(in->reader);
    sq_file_counts *f = NULL;
    for (size_t i = 0; i < c->nfiles && !f; i++)
        if (strcmp(c->files[i].path, path) == 0)
            f = &c->files[i];
    if (!f) {
        c->files = sq_xrealloc(c->files, (c->nfiles + 1) * sizeof *c->files);
        f = &c->files[c->nfiles++];
        memset(f, 0, sizeof *f);
        f->path = sq_xstrdup(path);
        f->complete = 1;
    }
    const sq_counters *o = &in->at_open;
    f->reads++;
    f->complete &= in->at_end;
    f->events_read += c->events_read - o->events_read;
    f->lines_skipped += c->lines_skipped - o->lines_skipped;
    for (int k = 0; k < SQ_SKIP_NREASONS; k++)
        f->skipped_by[k] += c->skipped_by[k] - o->skipped_by[k];
    f->prefiltered += c->prefiltered - o->prefiltered;
    f->bytes_read += c->bytes_read - o->bytes_read;
}

/* The next record, from the reader or the threads; *state: PL_*. */
static int next_record(sq_event_reader *in, sq_record *rec, const pl_rec **pr, sq_error *err) {
    sq_query *q = in->q;
    *pr = NULL;
    if (!in->pl) {
        int rc = sq_reader_next(in->reader, rec, err);
        if (rc > 0 && in->text < 0 && (in->text = sq_reader_is_text(in->reader, err)) < 0)
            return -1;
        return rc;
    }
    if (in->text < 0 && !in->started && in->pf) {
        /* with a prefilter most records are skipped unparsed: the read is
         * the cost, and handing records to threads only adds to it */
        sq_reader_set_sinks(in->reader, query_diag(q), &q->counters);
        sq_pipeline_disown(in->pl);
        sq_pipeline_close(in->pl);
        in->pl = NULL;
        return next_record(in, rec, pr, err);
    }
    if (in->text < 0 && !in->started) {
        in->started = 1;
        sq_pipeline_start(in->pl, in->reader, in->pf, in->scan, !in->sourcetype);
    }
    int text = in->text > 0;
    int rc = sq_pipeline_next(in->pl, pr, &text, query_diag(q), &q->counters, err);
    in->text = text;
    if (rc > 0) {
        rec->text = (*pr)->text;
        rec->len = (*pr)->len;
        rec->line = (*pr)->line;
    }
    return rc;
}

int sq_event_reader_next(sq_event_reader *in, sq_event **out, sq_error *err) {
    sq_query *q = in->q;
    *out = NULL;
    for (;;) {
        sq_record rec;
        const pl_rec *pr;
        int rc = next_record(in, &rec, &pr, err);
        if (rc == 0)
            in->at_end = 1;
        if (rc <= 0)
            return rc;
        maybe_report(in);
        if (pr ? pr->state == PL_SKIP : !sq_prefilter_may_match(in->pf, rec.text, rec.len)) {
            /* cannot match the head search: counted as read, so that the
             * events after it keep their positions (seq) */
            q->counters.events_read++;
            q->counters.prefiltered++;
            in->skipped++;
            continue;
        }
        sq_event *ev = sq_event_new();
        ev->seq = q->counters.events_read;
        /* a placeholder that keeps _time in the first column; knowledge
         * replaces it in place */
        sq_event_set(ev, SQ_SYM_TIME, sq_value_num(0));
        sq_error perr;
        sq_error_clear(&perr);
        int bad_line;
        const char *scanned_st = NULL; /* detected by the scanner on the way */
        if (in->text) {
            if (!in->sourcetype && !in->text_sourcetype)
                in->text_sourcetype =
                    sq_text_sourcetype(rec.text, rec.len, sq_reader_path(in->reader));
            sq_text_fill(ev, rec.text, rec.len);
        } else if (pr && pr->state == PL_SCANNED) {
            sq_pipeline_commit(in->pl, pr, ev);
        } else if (!pr && in->scan && sq_scan_fill(in->scan, ev, rec.text, rec.len)) {
            scanned_st = sq_scan_sourcetype(in->scan);
        } else if (sq_json_fill(q, ev, rec.text, rec.len, &bad_line, &perr) < 0) {
            sq_warnf(query_diag(q), "%s:%llu: %s",
                     strcmp(sq_reader_path(in->reader), "-") ? sq_reader_path(in->reader)
                                                             : "<stdin>",
                     (unsigned long long)(rec.line + (uint64_t)bad_line - 1), perr.msg);
            sq_count_skip(&q->counters, json_skip_reason(&perr));
            sq_event_free(ev);
            continue;
        }
        const char *st = in->sourcetype        ? in->sourcetype
                         : in->text_sourcetype ? in->text_sourcetype
                         : pr && pr->st        ? pr->st
                         : scanned_st          ? scanned_st
                                               : sq_sourcetype_detect(rec.text, rec.len);
        sq_event_set(ev, SQ_SYM_SOURCE, sq_value_copy(&in->source));
        sq_event_set(ev, SQ_SYM_SOURCETYPE, sq_value_cstr(st));
        if (in->apply && sq_st_apply_event(in->apply, ev, err) < 0) {
            sq_event_free(ev);
            return -1;
        }
        q->counters.events_read++;
        *out = ev;
        return 1;
    }
}

void sq_event_reader_set_prefilter(sq_event_reader *in, const struct sq_prefilter *pf) {
    in->pf = pf;
}

void sq_event_reader_set_scan(sq_event_reader *in, struct sq_scan *scan) {
    in->scan = scan;
}

uint64_t sq_event_reader_skipped(const sq_event_reader *in) {
    return in->skipped;
}

void sq_event_reader_close(sq_event_reader *in) {
    if (!in)
        return;
    if (in->q->env && in->q->env->progress.fn)
        report_progress(in, 1);
    if (in->count_file)
        count_file(in);
    if (in->pl && in->started) {
        sq_pipeline_close(in->pl); /* owns the reader once started */
    } else {
        sq_pipeline_close(in->pl);
        sq_reader_close(in->reader);
    }
    sq_value_free(&in->source);
    free(in->sourcetype);
    free(in->text_sourcetype);
    free(in);
}
