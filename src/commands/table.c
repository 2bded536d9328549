/* table.c — the table command: `table f1 f2 "f 3" pre*`.  Keeps only the
 * listed fields, in the listed order (a wildcard's fields in name order);
 * _time and _raw go unless listed. */
#include <stdlib.h>

#include "args.h"
#include "fieldsel.h"
#include "splq/command.h"

static void table_destroy(sq_op *op) {
    sq_fieldsel *s = op->state;
    if (!s)
        return;
    sq_fieldsel_free(s);
    free(s);
    op->state = NULL;
}

static int table_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "field names", &names, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        sq_fieldsel *s = sq_xcalloc(1, sizeof *s);
        sq_fieldsel_init(s, op->q, &names);
        op->state = s;
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int table_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_fieldsel_project(op->state, ev, 0);
    return sq_op_emit(op, ev, err);
}

const sq_command sq_cmd_table = {
    .name = "table",
    .kind = SQ_CMD_STREAMING,
    .setup = table_setup,
    .push = table_push,
    .destroy = table_destroy,
};
