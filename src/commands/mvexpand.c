/* mvexpand.c — the mvexpand command: `mvexpand <field> [limit=<int>]`.
 *
 * One result per value of the field, each a copy of the result with the
 * field holding that one value; limit (default 0: all) caps the values
 * used.  A result without the field passes unchanged.  Streaming. */
#include <stdlib.h>

#include "args.h"
#include "splq/command.h"

typedef struct mvexpand_state {
    sq_sym field;
    long long limit;
} mvexpand_state;

static void mvexpand_destroy(sq_op *op) {
    free(op->state);
    op->state = NULL;
}

static int mvexpand_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    mvexpand_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    sq_optspec specs[] = {
        {.key = "limit", .kind = SQ_OPT_INT, .dst = &st->limit, .min = 0, .max = 1LL << 40}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0) {
        mvexpand_destroy(op);
        return -1;
    }
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "a field name", &names, err);
    if (rc == 0 && names.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[1]->span, "mvexpand: takes one field");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0)
        st->field = sq_intern_cstr(op->q->syms, names.items[0]->text);
    sq_nodelist_free(&names);
    sq_args_free(&a);
    if (rc < 0)
        mvexpand_destroy(op);
    return rc;
}

static int mvexpand_push(sq_op *op, sq_event *ev, sq_error *err) {
    mvexpand_state *st = op->state;
    sq_value *v = sq_event_get(ev, st->field);
    if (!v || v->type != SQ_MV)
        return sq_op_emit(op, ev, err);
    sq_value all = sq_value_move(v);
    size_t n = all.u.mv.n;
    if (st->limit > 0 && (size_t)st->limit < n)
        n = (size_t)st->limit;
    int rc = 0;
    size_t i = 0;
    for (; i < n && rc == 0; i++) {
        sq_event *copy = i + 1 < n ? sq_event_clone(ev) : ev;
        sq_event_set(copy, st->field, sq_value_move(&all.u.mv.items[i]));
        rc = sq_op_emit(op, copy, err);
    }
    if (i < n || n == 0) /* stopped early, or an empty multivalue: no result */
        sq_event_free(ev);
    sq_value_free(&all);
    return rc;
}

/* Option names and keywords, for completion (see command.h). */
static const char *const mvexpand_options[] = {"limit=", NULL};

const sq_command sq_cmd_mvexpand = {
    .name = "mvexpand",
    .kind = SQ_CMD_STREAMING,
    .options = mvexpand_options,
    .setup = mvexpand_setup,
    .push = mvexpand_push,
    .destroy = mvexpand_destroy,
};
