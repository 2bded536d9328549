/* appendpipe.c — the appendpipe command:
 *   appendpipe [run_in_preview=<bool>] [<subpipeline>]
 *
 * Unlike a subsearch, the subpipeline does not read the inputs: it runs, when
 * the search reaches appendpipe, over the current results, and what it
 * produces is appended after them (Splunk's example: `stats count by action
 * user | appendpipe [stats sum(count) as count by action | eval user="TOTAL"]`
 * adds one total row per action).  run_in_preview concerns Splunk's preview
 * and has no effect here.  Blocking: the current results are held (passed on
 * at the end, followed by the subpipeline's). */
#include <stdlib.h>

#include "args.h"
#include "subsearch.h"

typedef struct appendpipe_state {
    const sq_ast *pipeline;
    sq_event **held;
    size_t n, cap;
} appendpipe_state;

static void appendpipe_destroy(sq_op *op) {
    appendpipe_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->n; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st);
    op->state = NULL;
}

static int appendpipe_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    int preview = 1;
    const sq_optspec specs[] = {
        {.key = "run_in_preview", .kind = SQ_OPT_BOOL, .dst = &preview},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    const sq_ast *sub = sq_args_next(&a);
    int rc = 0;
    if (!sub || sub->kind != SQ_AST_SUBSEARCH || sub->nkids != 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, sub ? sub->span : sq_args_end_span(&a),
                        "appendpipe: expected a [subpipeline]");
    else
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        appendpipe_state *st = sq_xcalloc(1, sizeof *st);
        st->pipeline = sub->kids[0];
        op->state = st;
        /* Set the subpipeline up once now, so that its mistakes are reported
         * before anything runs. */
        sq_rowset none = {0};
        sq_op sink;
        sq_rowset_sink(&sink, op->q, &none);
        sq_plan *plan;
        rc = sq_plan_build(op->q, st->pipeline, &sink, &plan, err);
        if (rc == 0)
            sq_plan_free(plan);
    }
    sq_args_free(&a);
    if (rc < 0)
        appendpipe_destroy(op);
    return rc;
}

static int appendpipe_push(sq_op *op, sq_event *ev, sq_error *err) {
    (void)err;
    appendpipe_state *st = op->state;
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 64;
        st->held = sq_xrealloc(st->held, st->cap * sizeof *st->held);
    }
    st->held[st->n++] = ev;
    return sq_op_hold_event(op, ev, err);
}

static int emit_all(sq_op *op, sq_event **rows, size_t n, sq_error *err) {
    for (size_t i = 0; i < n; i++) {
        sq_event *ev = rows[i];
        rows[i] = NULL;
        if (sq_op_emit(op, ev, err) < 0) {
            for (size_t k = i + 1; k < n; k++) {
                sq_event_free(rows[k]);
                rows[k] = NULL;
            }
            return -1;
        }
    }
    return 0;
}

static int appendpipe_finish(sq_op *op, sq_error *err) {
    appendpipe_state *st = op->state;
    sq_event **copies = sq_xcalloc(st->n + 1, sizeof *copies);
    for (size_t i = 0; i < st->n; i++)
        copies[i] = sq_event_clone(st->held[i]);
    sq_rowset out = {0};
    int rc = sq_subpipeline_run(op->q, st->pipeline, copies, st->n, &out, err);
    free(copies);
    size_t n = st->n;
    st->n = 0;
    if (rc == 0)
        rc = emit_all(op, st->held, n, err);
    else
        for (size_t i = 0; i < n; i++)
            sq_event_free(st->held[i]);
    if (rc == 0)
        rc = emit_all(op, out.rows, out.n, err);
    sq_rowset_free(&out);
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const appendpipe_options[] = {"run_in_preview=", NULL};

const sq_command sq_cmd_appendpipe = {
    .name = "appendpipe",
    .kind = SQ_CMD_BLOCKING,
    .options = appendpipe_options,
    .setup = appendpipe_setup,
    .push = appendpipe_push,
    .finish = appendpipe_finish,
    .destroy = appendpipe_destroy,
};
