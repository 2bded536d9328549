/* table.c — the table command: `table f1 f2 "f 3" pre*`.  Keeps only the
 * listed fields, in the listed order (a wildcard's fields in name order);
 * _time and _raw go unless listed.  The listed fields are the columns of
 * table and CSV output even where no result holds them (Splunk shows such
 * a column empty). */
#include <stdlib.h>

#include "args.h"
#include "fieldsel.h"
#include "splq/command.h"

typedef struct table_state {
    sq_fieldsel sel;
    sq_sym *columns; /* the listed fields in order; NULL when one is a wildcard */
    size_t ncolumns;
} table_state;

static void table_destroy(sq_op *op) {
    table_state *st = op->state;
    if (!st)
        return;
    sq_fieldsel_free(&st->sel);
    free(st->columns);
    free(st);
    op->state = NULL;
}

/* The columns, once: a wildcard's fields are known only from the rows. */
static void note_columns(table_state *st) {
    for (int i = 0; i < st->sel.n; i++)
        if (st->sel.items[i].wild)
            return;
    st->columns = sq_xcalloc(st->sel.n ? (size_t)st->sel.n : 1, sizeof *st->columns);
    for (int i = 0; i < st->sel.n; i++) {
        sq_sym s = st->sel.items[i].sym;
        size_t k = 0;
        while (k < st->ncolumns && st->columns[k] != s)
            k++;
        if (k == st->ncolumns) /* a field listed twice is one column */
            st->columns[st->ncolumns++] = s;
    }
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
        table_state *st = sq_xcalloc(1, sizeof *st);
        sq_fieldsel_init(&st->sel, op->q, &names);
        note_columns(st);
        op->state = st;
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int table_push(sq_op *op, sq_event *ev, sq_error *err) {
    table_state *st = op->state;
    sq_fieldsel_project(&st->sel, ev, 0);
    return sq_op_emit(op, ev, err);
}

static size_t table_columns(const sq_op *op, const sq_sym **syms) {
    const table_state *st = op->state;
    *syms = st->columns;
    return st->ncolumns; /* 0 when a wildcard left columns NULL */
}

const sq_command sq_cmd_table = {
    .name = "table",
    .kind = SQ_CMD_STREAMING,
    .setup = table_setup,
    .push = table_push,
    .destroy = table_destroy,
    .columns = table_columns,
};
