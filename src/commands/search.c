/* search.c — the search command (and the implicit first search): keeps the
 * events that match a search expression.  The matching rules live in
 * src/search/. */
#include "splq/search.h"
#include "splq/command.h"

static int search_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    if (stage->nkids > 1)
        return sq_fail_at(err, SQ_ERR_ARG, stage->kids[1]->span,
                          "search takes one search expression");
    sq_matcher *m;
    if (sq_matcher_compile(op->q, stage->nkids ? stage->kids[0] : NULL, &m, err) < 0)
        return -1;
    op->state = m;
    return 0;
}

static int search_push(sq_op *op, sq_event *ev, sq_error *err) {
    if (sq_matcher_match(op->state, ev))
        return sq_op_emit(op, ev, err);
    sq_event_free(ev);
    return 0;
}

static void search_destroy(sq_op *op) {
    sq_matcher_free(op->state);
    op->state = NULL;
}

const sq_command sq_cmd_search = {
    .name = "search",
    .kind = SQ_CMD_STREAMING,
    .setup = search_setup,
    .push = search_push,
    .destroy = search_destroy,
    .keeps_columns = 1,
};
