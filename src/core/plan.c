/* plan.c — the planner and executor: stages to operators, inputs to events.
 *
 * Each stage of a pipeline becomes an sq_op set up by its command from the
 * registry.  Running a plan reads every input file record by record, builds
 * an event (JSON extraction, source and sourcetype, then the sourcetype's
 * knowledge: _time, aliases, calculated fields) and pushes it into the head
 * operator; at the end of input each operator is finished in turn. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "input/scan.h"
#include "splq/buf.h"
#include "splq/input.h"
#include "splq/memsource.h"
#include "splq/needed.h"
#include "splq/plan.h"
#include "splq/prefilter.h"
#include "splq/sourcetype.h"
#include "splq/timefmt.h"

struct sq_plan {
    sq_query *q;
    const sq_ast *pipeline;  /* not owned */
    sq_scan *scan;           /* extracts only the needed fields; NULL: all */
    sq_prefilter *pf;        /* terms the head search needs in a record's raw text */
    sq_op **ops;             /* the stages, in order; the sink is not owned */
    double earliest, latest; /* the env's time bounds, resolved; NaN: none */
    size_t nops;
    sq_op *sink;
};

int sq_plan_build(sq_query *q, const sq_ast *pipeline, sq_op *sink, sq_plan **out, sq_error *err) {
    *out = NULL;
    sq_plan *p = sq_xcalloc(1, sizeof *p);
    p->q = q;
    p->pipeline = pipeline;
    p->sink = sink;
    p->ops = sq_xcalloc((size_t)pipeline->nkids + 1, sizeof *p->ops);
    for (int i = 0; i < pipeline->nkids; i++) {
        const sq_ast *stage = pipeline->kids[i];
        const sq_command *cmd = sq_command_lookup(stage->text);
        sq_span at = {stage->span.start, stage->span.start + (int)strlen(stage->text)};
        if (stage->flags & SQ_AST_IMPLICIT)
            at = stage->span;
        if (!cmd) {
            sq_fail_at(err, SQ_ERR_UNSUPPORTED, at, "command \"%s\" is not supported", stage->text);
            goto fail;
        }
        if (cmd->refusal) {
            sq_fail_at(err, SQ_ERR_UNSUPPORTED, at, "command \"%s\" is not supported: %s",
                       stage->text, cmd->refusal);
            goto fail;
        }
        sq_op *op = sq_xcalloc(1, sizeof *op);
        op->cmd = cmd;
        op->stage = stage;
        op->q = q;
        p->ops[p->nops++] = op;
        if (cmd->setup && cmd->setup(op, stage, err) < 0)
            goto fail;
    }
    for (size_t i = 0; i < p->nops; i++)
        p->ops[i]->next = i + 1 < p->nops ? p->ops[i + 1] : sink;
    *out = p;
    return 0;
fail:
    sq_plan_free(p);
    return -1;
}

int sq_plan_reads_input(const sq_plan *p) {
    return p->nops > 0 && p->ops[0]->cmd->kind != SQ_CMD_GENERATING;
}

sq_op *sq_plan_head(sq_plan *p) {
    return p->nops ? p->ops[0] : p->sink;
}

void sq_plan_free(sq_plan *p) {
    if (!p)
        return;
    for (size_t i = 0; i < p->nops; i++) {
        sq_op_hold(p->ops[i], 0, NULL);
        if (p->ops[i]->cmd->destroy)
            p->ops[i]->cmd->destroy(p->ops[i]);
        free(p->ops[i]);
    }
    free(p->ops);
    free(p);
}

size_t sq_plan_stage_count(const sq_plan *p) {
    return p->nops;
}

const sq_op *sq_plan_stage(const sq_plan *p, size_t i) {
    return i < p->nops ? p->ops[i] : NULL;
}

size_t sq_plan_columns(const sq_plan *p, const sq_sym **syms) {
    *syms = NULL;
    for (size_t i = p->nops; i-- > 0;) {
        const sq_op *op = p->ops[i];
        if (op->cmd->columns)
            return op->cmd->columns(op, syms);
        if (!op->cmd->keeps_columns)
            return 0;
    }
    return 0;
}

/* ---- feeding events ---------------------------------------------------- */

static int push_head(sq_plan *p, sq_event *ev, sq_error *err) {
    sq_op *head = sq_plan_head(p);
    if (p->earliest == p->earliest || p->latest == p->latest) {
        double t;
        sq_event_time(ev, &t);
        if (t < p->earliest || t >= p->latest) {
            sq_event_free(ev);
            return 0;
        }
    }
    head->events_in++;
    return head->cmd->push(head, ev, err);
}

/* --earliest/--latest: bounds on _time for every event read. */
static int resolve_bounds(sq_plan *p, sq_error *err) {
    const sq_env *env = p->q->env;
    p->earliest = p->latest = NAN;
    if (env->earliest && sq_time_bound(p->q->now, env->earliest, &p->earliest) < 0)
        return sq_fail(err, SQ_ERR_ARG, "invalid time bound '%s'", env->earliest);
    if (env->latest && sq_time_bound(p->q->now, env->latest, &p->latest) < 0)
        return sq_fail(err, SQ_ERR_ARG, "invalid time bound '%s'", env->latest);
    if (!env->earliest && env->latest)
        p->earliest = -INFINITY;
    if (env->earliest && !env->latest)
        p->latest = INFINITY;
    return 0;
}

void sq_query_note_fields(sq_query *q, const sq_event *ev) {
    if (!q->fields_seen)
        return;
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_sym s = ev->fields[i].sym;
        q->fields_seen = sq_grow_zeroed(q->fields_seen, &q->nfields_seen, s, 1, 256);
        q->fields_seen[s] = 1;
    }
}

/* An input held in memory: copies of its events, already built. */
static int feed_memory(sq_plan *p, const sq_input *in, sq_error *err) {
    sq_query *q = p->q;
    sq_memfeed f;
    sq_memfeed_init(&f, in->mem, q->syms);
    int rc = 0;
    sq_event *ev;
    while (rc == 0 && !q->stop_input && (rc = sq_cancelled(q->env, err)) == 0 &&
           (ev = sq_memfeed_next(&f))) {
        q->counters.events_read++;
        sq_query_note_fields(q, ev);
        rc = push_head(p, ev, err);
    }
    sq_memfeed_done(&f);
    return rc;
}

/* One input file: every event (built by the input layer: extraction,
 * source, sourcetype and its knowledge) is pushed into the plan.  Returns 1
 * when the plan wants no more events (head has what it needs). */
static int feed_file(sq_plan *p, sq_st_apply *st, const sq_input *in, sq_error *err) {
    sq_query *q = p->q;
    if (in->mem)
        return feed_memory(p, in, err);
    sq_event_reader *er;
    if (sq_event_reader_open(q, in->path, in->source, in->sourcetype, st, &er, err) < 0)
        return -1;
    sq_event_reader_set_prefilter(er, p->pf);
    sq_event_reader_set_scan(er, p->scan);
    int rc;
    sq_event *ev;
    while ((rc = sq_event_reader_next(er, &ev, err)) > 0) {
        if (sq_cancelled(q->env, err) < 0) {
            sq_event_free(ev);
            rc = -1;
            break;
        }
        sq_query_note_fields(q, ev);
        rc = push_head(p, ev, err); /* the pipeline owns ev now */
        if (rc != 0 || q->stop_input)
            break;
    }
    /* records the prefilter skipped went into the head search all the same */
    sq_plan_head(p)->events_in += sq_event_reader_skipped(er);
    sq_event_reader_close(er);
    return rc;
}

int sq_plan_run(sq_plan *p, sq_error *err) {
    sq_op *head = sq_plan_head(p);
    if (!sq_plan_reads_input(p)) {
        /* A generating head emits its rows when finished. */
        if (head->cmd->finish)
            return head->cmd->finish(head, err);
        return sq_op_finish_next(head, err);
    }
    if (resolve_bounds(p, err) < 0)
        return -1;
    sq_st_apply *st;
    if (sq_st_apply_new(p->q, &st, err) < 0)
        return -1;
    /* A head search lets records that cannot match be skipped unparsed
     * (not when the caller tracks which fields the inputs hold). */
    if (!p->q->fields_seen && strcmp(head->cmd->name, "search") == 0 && head->stage->nkids == 1)
        p->pf = sq_prefilter_new(p->q, head->stage->kids[0]);
    /* Only the fields and knowledge the plan reads (needed.c). */
    sq_needed *needed = sq_needed_for_plan(p->q, p->pipeline);
    sq_st_apply_set_needed(st, needed);
    p->scan = sq_scan_new(p->q, needed);
    static const sq_input stdin_only = {.path = "-"};
    const sq_input *inputs = p->q->ninputs ? p->q->inputs : &stdin_only;
    size_t n = p->q->ninputs ? p->q->ninputs : 1;
    /* Subsearches run plans of their own on the same query, nested. */
    int outer_stop = p->q->stop_input;
    p->q->stop_input = 0;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0 && !p->q->stop_input; i++)
        rc = feed_file(p, st, &inputs[i], err);
    p->q->stop_input = outer_stop;
    sq_st_apply_free(st);
    sq_scan_free(p->scan);
    p->scan = NULL;
    sq_needed_free(needed);
    sq_prefilter_free(p->pf);
    p->pf = NULL;
    /* Stopped early or at the end of input: finish all the same. */
    if (rc < 0)
        return -1;
    if (head->cmd->finish)
        return head->cmd->finish(head, err);
    return sq_op_finish_next(head, err);
}

/* ---- subsearches and collecting sinks --------------------------------- */

static int rowset_push(sq_op *op, sq_event *ev, sq_error *err) {
    (void)err;
    sq_rowset *rs = op->state;
    if (rs->n == rs->cap) {
        rs->cap = rs->cap ? rs->cap * 2 : 16;
        rs->rows = sq_xrealloc(rs->rows, rs->cap * sizeof *rs->rows);
    }
    rs->rows[rs->n++] = ev;
    return 0;
}

static const sq_command rowset_command = {
    .name = "(collect)",
    .kind = SQ_CMD_STREAMING,
    .push = rowset_push,
};

void sq_rowset_sink(sq_op *op, sq_query *q, sq_rowset *rs) {
    memset(op, 0, sizeof *op);
    op->cmd = &rowset_command;
    op->q = q;
    op->state = rs;
}

void sq_rowset_free(sq_rowset *rs) {
    for (size_t i = 0; i < rs->n; i++)
        sq_event_free(rs->rows[i]);
    free(rs->rows);
    memset(rs, 0, sizeof *rs);
}

int sq_run_subpipeline(sq_query *q, const sq_ast *pipeline, sq_rowset *out, sq_error *err) {
    sq_op sink;
    sq_rowset_sink(&sink, q, out);
    sq_plan *plan;
    if (sq_plan_build(q, pipeline, &sink, &plan, err) < 0)
        return -1;
    int rc = sq_plan_run(plan, err);
    sq_plan_free(plan);
    return rc;
}
