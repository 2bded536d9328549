/* reverse.c — the reverse command: the results in the opposite order.
 * Blocking: every result is held until the end of input. */
#include <stdlib.h>

#include "args.h"
#include "splq/command.h"

typedef struct reverse_state {
    sq_event **held;
    size_t n, cap;
} reverse_state;

static void reverse_destroy(sq_op *op) {
    reverse_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->n; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st);
    op->state = NULL;
}

static int reverse_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    int rc = sq_args_expect_end(&a, err);
    sq_args_free(&a);
    if (rc == 0)
        op->state = sq_xcalloc(1, sizeof(reverse_state));
    return rc;
}

static int reverse_push(sq_op *op, sq_event *ev, sq_error *err) {
    reverse_state *st = op->state;
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 256;
        st->held = sq_xrealloc(st->held, st->cap * sizeof *st->held);
    }
    st->held[st->n++] = ev;
    return sq_op_hold_event(op, ev, err);
}

static int reverse_finish(sq_op *op, sq_error *err) {
    reverse_state *st = op->state;
    while (st->n > 0) {
        sq_event *ev = st->held[--st->n];
        if (sq_op_emit(op, ev, err) < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

const sq_command sq_cmd_reverse = {
    .name = "reverse",
    .kind = SQ_CMD_BLOCKING,
    .setup = reverse_setup,
    .push = reverse_push,
    .finish = reverse_finish,
    .destroy = reverse_destroy,
    .keeps_columns = 1,
};
