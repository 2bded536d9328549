/* op.c — passing events and end-of-input along the operator chain. */
#include "splq/command.h"

int sq_op_emit(sq_op *op, sq_event *ev, sq_error *err) {
    sq_op *next = op->next;
    if (!next) {
        sq_event_free(ev);
        return 0;
    }
    /* Blocking commands emit from finish: the feed loop's test of the
     * cancel flag no longer runs then. */
    if (op->q && sq_cancelled(op->q->env, err) < 0) {
        sq_event_free(ev);
        return -1;
    }
    op->events_out++;
    next->events_in++;
    return next->cmd->push(next, ev, err);
}

int sq_op_finish_next(sq_op *op, sq_error *err) {
    sq_op_hold(op, 0, NULL);
    sq_op *next = op->next;
    if (!next)
        return 0;
    if (next->cmd->finish)
        return next->cmd->finish(next, err);
    return sq_op_finish_next(next, err);
}
