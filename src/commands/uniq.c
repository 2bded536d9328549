/* uniq.c — the uniq command: drops a result that is an exact copy of the
 * result just before it (every field with the same value, in any order).
 * Streaming: only the previous result is kept. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"

typedef struct uniq_state {
    sq_event *prev;
    sq_buf sa, sb;
} uniq_state;

static void uniq_destroy(sq_op *op) {
    uniq_state *st = op->state;
    if (!st)
        return;
    sq_event_free(st->prev);
    sq_buf_free(&st->sa);
    sq_buf_free(&st->sb);
    free(st);
    op->state = NULL;
}

static int uniq_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    int rc = sq_args_expect_end(&a, err);
    sq_args_free(&a);
    if (rc == 0)
        op->state = sq_xcalloc(1, sizeof(uniq_state));
    return rc;
}

static int same_value(uniq_state *st, sq_value *a, sq_value *b) {
    size_t n = sq_value_count(a);
    if (n != sq_value_count(b))
        return 0;
    for (size_t i = 0; i < n; i++) {
        sq_buf_reset(&st->sa);
        sq_buf_reset(&st->sb);
        sq_value_format(sq_value_at(a, i), &st->sa, NULL);
        sq_value_format(sq_value_at(b, i), &st->sb, NULL);
        if (st->sa.len != st->sb.len ||
            (st->sa.len && memcmp(st->sa.data, st->sb.data, st->sa.len)))
            return 0;
    }
    return 1;
}

static int same_event(uniq_state *st, sq_event *a, sq_event *b) {
    if (a->n != b->n)
        return 0;
    for (uint32_t i = 0; i < a->n; i++) {
        sq_value *v = sq_event_get(b, a->fields[i].sym);
        if (!v || !same_value(st, &a->fields[i].val, v))
            return 0;
    }
    return 1;
}

static int uniq_push(sq_op *op, sq_event *ev, sq_error *err) {
    uniq_state *st = op->state;
    if (st->prev && same_event(st, st->prev, ev)) {
        sq_event_free(ev);
        return 0;
    }
    sq_event_free(st->prev);
    st->prev = sq_event_clone(ev);
    return sq_op_emit(op, ev, err);
}

const sq_command sq_cmd_uniq = {
    .name = "uniq",
    .kind = SQ_CMD_STREAMING,
    .setup = uniq_setup,
    .push = uniq_push,
    .destroy = uniq_destroy,
    .keeps_columns = 1,
};
