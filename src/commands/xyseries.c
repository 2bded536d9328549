/* xyseries.c — the xyseries command: results into a table.
 *
 *   xyseries [grouped=<bool>] [sep=<s>] [format=<s>] <x-field> <y-name-field> <y-data-field>...
 *
 * One row per value of x-field (in order of first appearance), one column per
 * value of y-name-field (in order of first appearance), holding y-data-field's
 * value; with several data fields the columns are named
 * "<data-field>: <name>" (sep replaces ": "), grouped by data field.  When
 * two results fill the same cell the later wins.  Results missing x-field or
 * y-name-field are dropped.  Blocking: one row per x value is held. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "groups.h"
#include "splq/command.h"

typedef struct xy_state {
    sq_sym x, yname;
    sq_sym *data;
    int ndata;
    const char *sep;
    sq_gtable *rows;  /* keys: x; payload: sq_event * (the row being built) */
    sq_gtable *names; /* keys: y name, in order of appearance */
    sq_buf buf;
    size_t cells; /* bytes of the cells set in the rows so far */
} xy_state;

static void free_row(void *p) {
    sq_event_free(*(sq_event **)p);
}

static void xy_destroy(sq_op *op) {
    xy_state *st = op->state;
    if (!st)
        return;
    sq_gtable_free(st->rows, free_row);
    sq_gtable_free(st->names, NULL);
    free(st->data);
    sq_buf_free(&st->buf);
    free(st);
    op->state = NULL;
}

static int xy_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    xy_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    int grouped = 0;
    const char *format = NULL;
    st->sep = ": ";
    sq_optspec specs[] = {
        {.key = "grouped", .kind = SQ_OPT_BOOL, .dst = &grouped},
        {.key = "sep", .kind = SQ_OPT_STR, .dst = &st->sep},
        {.key = "format", .kind = SQ_OPT_STR, .dst = &format},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        xy_destroy(op);
        return -1;
    }
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 3, "<x-field> <y-name-field> <y-data-field>", &names, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        st->x = sq_intern_cstr(op->q->syms, names.items[0]->text);
        st->yname = sq_intern_cstr(op->q->syms, names.items[1]->text);
        st->ndata = names.n - 2;
        st->data = sq_xcalloc((size_t)st->ndata, sizeof *st->data);
        for (int i = 0; i < st->ndata; i++)
            st->data[i] = sq_intern_cstr(op->q->syms, names.items[i + 2]->text);
        st->rows = sq_gtable_new(1, sizeof(sq_event *));
        st->names = sq_gtable_new(1, 1);
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    if (rc < 0)
        xy_destroy(op);
    return rc;
}

static int xy_push(sq_op *op, sq_event *ev, sq_error *err) {
    xy_state *st = op->state;
    sq_value *x = sq_event_get(ev, st->x), *yn = sq_event_get(ev, st->yname);
    if (x && yn && sq_value_count(x) > 0 && sq_value_count(yn) > 0) {
        sq_value *xk[1] = {sq_value_at(x, 0)}, *nk[1] = {sq_value_at(yn, 0)};
        int created;
        size_t r = sq_gtable_find(st->rows, xk, &created);
        sq_event **row = sq_gtable_payload(st->rows, r);
        if (created) {
            *row = sq_event_new();
            (*row)->seq = r + 1;
            sq_event_set(*row, st->x, sq_value_copy(xk[0]));
        }
        sq_gtable_find(st->names, nk, NULL);
        for (int i = 0; i < st->ndata; i++) {
            sq_value *d = sq_event_get(ev, st->data[i]);
            sq_buf_reset(&st->buf);
            if (st->ndata > 1) {
                sq_buf_adds(&st->buf, sq_sym_name(op->q->syms, st->data[i]));
                sq_buf_adds(&st->buf, st->sep);
            }
            sq_value_format(nk[0], &st->buf, NULL);
            sq_sym col = sq_intern(op->q->syms, st->buf.data ? st->buf.data : "", st->buf.len);
            if (d) {
                sq_event_set(*row, col, sq_value_copy(d));
                st->cells += sizeof(sq_field) + sq_value_bytes(d);
            }
        }
    }
    sq_event_free(ev);
    return sq_op_hold(op, sq_gtable_bytes(st->rows) + sq_gtable_bytes(st->names) + st->cells, err);
}

static int xy_finish(sq_op *op, sq_error *err) {
    xy_state *st = op->state;
    size_t nrows = sq_gtable_count(st->rows), nnames = sq_gtable_count(st->names);
    int rc = 0;
    for (size_t r = 0; r < nrows && rc == 0; r++) {
        sq_event **slot = sq_gtable_payload(st->rows, r);
        sq_event *built = *slot, *row = sq_event_new();
        *slot = NULL;
        row->seq = built->seq;
        /* the columns in a fixed order: x, then by data field and name */
        sq_event_set(row, st->x, sq_value_copy(sq_event_get(built, st->x)));
        for (int i = 0; i < st->ndata; i++) {
            for (size_t n = 0; n < nnames; n++) {
                sq_buf_reset(&st->buf);
                if (st->ndata > 1) {
                    sq_buf_adds(&st->buf, sq_sym_name(op->q->syms, st->data[i]));
                    sq_buf_adds(&st->buf, st->sep);
                }
                sq_value_format(sq_gtable_keys(st->names, n), &st->buf, NULL);
                sq_sym col = sq_intern(op->q->syms, st->buf.data ? st->buf.data : "", st->buf.len);
                sq_value *v = sq_event_get(built, col);
                if (v && col != st->x)
                    sq_event_set(row, col, sq_value_copy(v));
            }
        }
        sq_event_free(built);
        rc = sq_op_emit(op, row, err);
    }
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const xyseries_options[] = {"grouped=", "sep=", "format=", NULL};

const sq_command sq_cmd_xyseries = {
    .name = "xyseries",
    .kind = SQ_CMD_BLOCKING,
    .options = xyseries_options,
    .setup = xy_setup,
    .push = xy_push,
    .finish = xy_finish,
    .destroy = xy_destroy,
};
