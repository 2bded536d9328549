/* where.c — the where command: keeps the events for which an eval
 * expression is true (false and null drop the event). */
#include "splq/command.h"
#include "splq/expr.h"

static int where_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    if (stage->nkids != 1)
        return sq_fail_at(err, SQ_ERR_ARG, stage->nkids ? stage->kids[1]->span : stage->span,
                          "where takes one expression");
    sq_expr *e;
    if (sq_expr_compile(op->q, stage->kids[0], &e, err) < 0)
        return -1;
    op->state = e;
    return 0;
}

static int where_push(sq_op *op, sq_event *ev, sq_error *err) {
    int t = sq_expr_test(op->state, ev, err);
    if (t > 0)
        return sq_op_emit(op, ev, err);
    sq_event_free(ev);
    return t < 0 ? -1 : 0;
}

static void where_destroy(sq_op *op) {
    sq_expr_free(op->state);
    op->state = NULL;
}

const sq_command sq_cmd_where = {
    .name = "where",
    .kind = SQ_CMD_STREAMING,
    .setup = where_setup,
    .push = where_push,
    .destroy = where_destroy,
    .keeps_columns = 1,
};
