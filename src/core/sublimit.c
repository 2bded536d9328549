/* sublimit.c — running a subsearch within Splunk's limits (maxout results,
 * maxtime seconds).
 *
 * The subsearch is a plan of its own ending in a collecting sink that
 * enforces the limits: once maxout results are in, or maxtime has passed,
 * it stops the run by failing with a private marker, which
 * sq_run_subpipeline_limited turns back into success — the results so far
 * are the subsearch's results.  The time is checked as results arrive. */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "splq/plan.h"

typedef struct limit_sink {
    sq_rowset *rs;
    long long maxout;
    double deadline; /* monotonic seconds; 0: none */
    int stopped;     /* 1: maxout reached; 2: maxtime passed */
} limit_sink;

static double mono_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int limit_push(sq_op *op, sq_event *ev, sq_error *err) {
    limit_sink *ls = op->state;
    sq_rowset *rs = ls->rs;
    if (ls->maxout > 0 && (long long)rs->n >= ls->maxout) {
        sq_event_free(ev);
        ls->stopped = 1;
        return sq_fail(err, SQ_ERR_LIMIT, "subsearch finalized");
    }
    if (rs->n == rs->cap) {
        rs->cap = rs->cap ? rs->cap * 2 : 16;
        rs->rows = sq_xrealloc(rs->rows, rs->cap * sizeof *rs->rows);
    }
    rs->rows[rs->n++] = ev;
    if (sq_op_hold_event(op, ev, err) < 0)
        return -1;
    if (ls->deadline > 0 && mono_now() > ls->deadline) {
        ls->stopped = 2;
        return sq_fail(err, SQ_ERR_LIMIT, "subsearch finalized");
    }
    return 0;
}

static const sq_command limit_command = {
    .name = "subsearch", /* named in a memory limit error */
    .kind = SQ_CMD_STREAMING,
    .push = limit_push,
};

int sq_run_subpipeline_limited(sq_query *q, const sq_ast *pipeline, long long maxout,
                               double maxtime, sq_rowset *out, int *truncated, sq_error *err) {
    if (truncated)
        *truncated = 0;
    limit_sink ls = {
        .rs = out, .maxout = maxout, .deadline = maxtime > 0 ? mono_now() + maxtime : 0};
    sq_op sink;
    memset(&sink, 0, sizeof sink);
    sink.cmd = &limit_command;
    sink.q = q;
    sink.state = &ls;
    sq_plan *plan;
    if (sq_plan_build(q, pipeline, &sink, &plan, err) < 0)
        return -1;
    /* Events read from here on are this subsearch's.  Their seq counts on
     * from what the query read before (q->counters); it is made their
     * position in the inputs again, so that the results of several
     * subsearches over the same inputs can be merged in input order. */
    uint64_t base = q->counters.events_read;
    int rc = sq_plan_run(plan, err);
    sq_plan_free(plan);
    sq_op_hold(&sink, 0, NULL); /* the caller accounts for what it keeps */
    for (size_t i = 0; i < out->n; i++)
        if (out->rows[i]->seq >= base)
            out->rows[i]->seq -= base;
    if (rc < 0 && ls.stopped) {
        sq_error_clear(err);
        rc = 0;
        if (truncated)
            *truncated = ls.stopped;
    }
    return rc;
}
