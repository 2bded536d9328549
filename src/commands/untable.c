/* untable.c — the untable command, the inverse of xyseries:
 *
 *   untable <x-field> <y-name-field> <y-data-field>
 *
 * Each result becomes one result per other field it has (internal fields
 * such as _time excepted), in field order: x-field with the result's
 * value, y-name-field holding the field's name, y-data-field its value.
 * Streaming. */
#include <stdlib.h>

#include "args.h"
#include "splq/command.h"

typedef struct untable_state {
    sq_sym x, yname, ydata;
} untable_state;

static void untable_destroy(sq_op *op) {
    free(op->state);
    op->state = NULL;
}

static int untable_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 3, "<x-field> <y-name-field> <y-data-field>", &names, err);
    if (rc == 0 && names.n != 3)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[3]->span,
                        "untable: takes exactly three fields");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        untable_state *st = sq_xcalloc(1, sizeof *st);
        st->x = sq_intern_cstr(op->q->syms, names.items[0]->text);
        st->yname = sq_intern_cstr(op->q->syms, names.items[1]->text);
        st->ydata = sq_intern_cstr(op->q->syms, names.items[2]->text);
        op->state = st;
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int untable_push(sq_op *op, sq_event *ev, sq_error *err) {
    untable_state *st = op->state;
    const sq_value *x = sq_event_cget(ev, st->x);
    int rc = 0;
    for (uint32_t i = 0; i < ev->n && rc == 0; i++) {
        sq_sym s = ev->fields[i].sym;
        if (s == st->x || sq_sym_is_internal(op->q->syms, s))
            continue;
        sq_event *row = sq_event_new();
        row->seq = ev->seq;
        if (x)
            sq_event_set(row, st->x, sq_value_copy(x));
        sq_event_set(row, st->yname, sq_value_cstr(sq_sym_name(op->q->syms, s)));
        sq_event_set(row, st->ydata, sq_value_copy(&ev->fields[i].val));
        rc = sq_op_emit(op, row, err);
    }
    sq_event_free(ev);
    return rc;
}

const sq_command sq_cmd_untable = {
    .name = "untable",
    .kind = SQ_CMD_STREAMING,
    .setup = untable_setup,
    .push = untable_push,
    .destroy = untable_destroy,
};
