/* nomv.c — the nomv command: `nomv <field>` turns a multivalue field into
 * one value, its values joined by newlines. */
#include <stdlib.h>

#include "args.h"
#include "splq/command.h"

typedef struct nomv_state {
    sq_sym field;
    sq_buf buf;
} nomv_state;

static void nomv_destroy(sq_op *op) {
    nomv_state *st = op->state;
    if (!st)
        return;
    sq_buf_free(&st->buf);
    free(st);
    op->state = NULL;
}

static int nomv_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "a field name", &names, err);
    if (rc == 0 && names.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[1]->span, "nomv: takes one field");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        nomv_state *st = sq_xcalloc(1, sizeof *st);
        st->field = sq_intern_cstr(op->q->syms, names.items[0]->text);
        op->state = st;
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int nomv_push(sq_op *op, sq_event *ev, sq_error *err) {
    nomv_state *st = op->state;
    sq_value *v = sq_event_get(ev, st->field);
    if (v && v->type == SQ_MV) {
        sq_buf_reset(&st->buf);
        sq_value_format(v, &st->buf, "\n");
        sq_event_set(ev, st->field, sq_value_str(st->buf.data ? st->buf.data : "", st->buf.len));
    }
    return sq_op_emit(op, ev, err);
}

const sq_command sq_cmd_nomv = {
    .name = "nomv",
    .kind = SQ_CMD_STREAMING,
    .setup = nomv_setup,
    .push = nomv_push,
    .destroy = nomv_destroy,
};
