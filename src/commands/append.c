/* append.c — the append command:
 *   append [extendtimerange=<bool>] [maxtime=<int>] [maxout=<int>] [<subsearch>]
 *
 * The subsearch's results come after the current results, unchanged (no
 * field merging).  The subsearch runs first, over the same inputs, when the
 * search is set up (as Splunk runs subsearches before the search that holds
 * them); maxout (default 50,000) and maxtime (default 60 seconds) finalize
 * it early.  extendtimerange concerns Splunk's time range pickers and has no
 * effect here.  Streaming: current results pass at once; the subsearch's
 * follow at the end. */
#include <stdlib.h>

#include "args.h"
#include "subsearch.h"

static void append_destroy(sq_op *op) {
    sq_rowset *rs = op->state;
    if (!rs)
        return;
    sq_rowset_free(rs);
    free(rs);
    op->state = NULL;
}

static int append_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    int extend = 0;
    long long maxout = SQ_APPEND_MAXOUT, maxtime = SQ_SUBSEARCH_MAXTIME;
    const sq_optspec specs[] = {
        {.key = "extendtimerange", .kind = SQ_OPT_BOOL, .dst = &extend},
        {.key = "maxtime", .kind = SQ_OPT_INT, .dst = &maxtime, .min = 0, .max = 1LL << 40},
        {.key = "maxout", .kind = SQ_OPT_INT, .dst = &maxout, .min = 0, .max = 1LL << 40},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    const sq_ast *sub = sq_args_next(&a);
    int rc = 0;
    if (!sub || sub->kind != SQ_AST_SUBSEARCH)
        rc = sq_fail_at(err, SQ_ERR_ARG, sub ? sub->span : sq_args_end_span(&a),
                        "append: expected a [subsearch]");
    else
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        sq_rowset *rs = sq_xcalloc(1, sizeof *rs);
        op->state = rs;
        rc = sq_subsearch_run(op->q, "append", sub, maxout, (double)maxtime, rs, err);
        if (rc == 0)
            rc = sq_op_hold_rows(op, rs, err);
    }
    sq_args_free(&a);
    if (rc < 0)
        append_destroy(op);
    return rc;
}

static int append_push(sq_op *op, sq_event *ev, sq_error *err) {
    return sq_op_emit(op, ev, err);
}

static int append_finish(sq_op *op, sq_error *err) {
    sq_rowset *rs = op->state;
    for (size_t i = 0; i < rs->n; i++) {
        sq_event *ev = rs->rows[i];
        rs->rows[i] = NULL;
        if (sq_op_emit(op, ev, err) < 0) {
            for (size_t k = i + 1; k < rs->n; k++) {
                sq_event_free(rs->rows[k]);
                rs->rows[k] = NULL;
            }
            return -1;
        }
    }
    rs->n = 0;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const append_options[] = {"extendtimerange=", "maxtime=", "maxout=", NULL};

const sq_command sq_cmd_append = {
    .name = "append",
    .kind = SQ_CMD_STREAMING,
    .options = append_options,
    .setup = append_setup,
    .push = append_push,
    .finish = append_finish,
    .destroy = append_destroy,
};
