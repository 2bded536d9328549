/* fields.c — the fields command: `fields [+|-] f1, f2, pre*`.
 *
 * `+` (the default) keeps the listed fields, in the listed order, plus _time
 * and _raw; `-` removes the listed fields.  _time and _raw go only when
 * named explicitly (`fields - _raw`, `fields - _*`): a wildcard selects
 * internal fields only when it starts with '_'. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "fieldsel.h"
#include "splq/command.h"

typedef struct fields_state {
    sq_fieldsel sel;
    int remove;
} fields_state;

static void fields_destroy(sq_op *op) {
    fields_state *st = op->state;
    if (!st)
        return;
    sq_fieldsel_free(&st->sel);
    free(st);
    op->state = NULL;
}

static int fields_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    int remove = 0;
    if (sq_args_accept(&a, "-"))
        remove = 1;
    else
        sq_args_accept(&a, "+");
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "field names", &names, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    /* "fields -a" with the sign glued to the first name */
    if (rc == 0 && !remove && names.n > 0 && !(names.items[0]->flags & SQ_AST_QUOTED) &&
        (names.items[0]->text[0] == '-' || names.items[0]->text[0] == '+') &&
        names.items[0]->text[1])
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[0]->span,
                        "fields: put a space between '%c' and the field name",
                        names.items[0]->text[0]);
    if (rc == 0) {
        fields_state *st = sq_xcalloc(1, sizeof *st);
        sq_fieldsel_init(&st->sel, op->q, &names);
        st->remove = remove;
        op->state = st;
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static void remove_selected(fields_state *st, sq_event *ev) {
    uint32_t out = 0;
    for (uint32_t f = 0; f < ev->n; f++) {
        if (sq_fieldsel_matches(&st->sel, ev->fields[f].sym))
            sq_value_free(&ev->fields[f].val);
        else
            ev->fields[out++] = ev->fields[f];
    }
    ev->n = out;
}

static int fields_push(sq_op *op, sq_event *ev, sq_error *err) {
    fields_state *st = op->state;
    if (st->remove)
        remove_selected(st, ev);
    else
        sq_fieldsel_project(&st->sel, ev, 1);
    return sq_op_emit(op, ev, err);
}

const sq_command sq_cmd_fields = {
    .name = "fields",
    .kind = SQ_CMD_STREAMING,
    .setup = fields_setup,
    .push = fields_push,
    .destroy = fields_destroy,
};
