/* appendcols.c — the appendcols command:
 *   appendcols [override=<bool>] [maxtime=<int>] [maxout=<int>] [timeout=<int>]
 *              [<subsearch>]
 *
 * The subsearch's results are merged into the current results by position:
 * its first result into the first current result, the second into the
 * second, and so on.  Its internal fields (_time, _raw, ...) are not merged.
 * A field both have keeps the current value unless override=true.  When the
 * subsearch has more results than there are current ones, the rest are
 * appended as results of their own.  The subsearch runs first (maxout
 * default 50,000, maxtime 60 seconds; timeout is accepted and ignored).
 * Streaming. */
#include <stdlib.h>

#include "args.h"
#include "subsearch.h"

typedef struct appendcols_state {
    int override;
    sq_rowset rs;
    size_t next; /* the subsearch row for the next current result */
} appendcols_state;

static void appendcols_destroy(sq_op *op) {
    appendcols_state *st = op->state;
    if (!st)
        return;
    sq_rowset_free(&st->rs);
    free(st);
    op->state = NULL;
}

static int appendcols_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    appendcols_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    long long maxout = SQ_APPEND_MAXOUT, maxtime = SQ_SUBSEARCH_MAXTIME, timeout = 60;
    const sq_optspec specs[] = {
        {.key = "override", .kind = SQ_OPT_BOOL, .dst = &st->override},
        {.key = "maxtime", .kind = SQ_OPT_INT, .dst = &maxtime, .min = 0, .max = 1LL << 40},
        {.key = "maxout", .kind = SQ_OPT_INT, .dst = &maxout, .min = 0, .max = 1LL << 40},
        {.key = "timeout", .kind = SQ_OPT_INT, .dst = &timeout, .min = 0, .max = 1LL << 40},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        appendcols_destroy(op);
        return -1;
    }
    const sq_ast *sub = sq_args_next(&a);
    int rc = 0;
    if (!sub || sub->kind != SQ_AST_SUBSEARCH)
        rc = sq_fail_at(err, SQ_ERR_ARG, sub ? sub->span : sq_args_end_span(&a),
                        "appendcols: expected a [subsearch]");
    else
        rc = sq_args_expect_end(&a, err);
    if (rc == 0)
        rc = sq_subsearch_run(op->q, "appendcols", sub, maxout, (double)maxtime, &st->rs, err);
    if (rc == 0)
        rc = sq_op_hold_rows(op, &st->rs, err);
    sq_args_free(&a);
    if (rc < 0)
        appendcols_destroy(op);
    return rc;
}

static int appendcols_push(sq_op *op, sq_event *ev, sq_error *err) {
    appendcols_state *st = op->state;
    if (st->next < st->rs.n) {
        const sq_event *row = st->rs.rows[st->next++];
        for (uint32_t f = 0; f < row->n; f++) {
            sq_sym s = row->fields[f].sym;
            if (sq_sym_is_internal(op->q->syms, s))
                continue;
            if (!st->override && sq_event_get(ev, s))
                continue;
            sq_event_set(ev, s, sq_value_copy(&row->fields[f].val));
        }
    }
    return sq_op_emit(op, ev, err);
}

static int appendcols_finish(sq_op *op, sq_error *err) {
    appendcols_state *st = op->state;
    for (; st->next < st->rs.n; st->next++) {
        const sq_event *row = st->rs.rows[st->next];
        sq_event *ev = sq_event_new();
        for (uint32_t f = 0; f < row->n; f++)
            if (!sq_sym_is_internal(op->q->syms, row->fields[f].sym))
                sq_event_set(ev, row->fields[f].sym, sq_value_copy(&row->fields[f].val));
        if (sq_op_emit(op, ev, err) < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const appendcols_options[] = {
    "override=", "maxtime=", "maxout=", "timeout=", NULL};

const sq_command sq_cmd_appendcols = {
    .name = "appendcols",
    .kind = SQ_CMD_STREAMING,
    .options = appendcols_options,
    .setup = appendcols_setup,
    .push = appendcols_push,
    .finish = appendcols_finish,
    .destroy = appendcols_destroy,
};
