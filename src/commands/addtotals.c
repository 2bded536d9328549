/* addtotals.c — the addtotals and addcoltotals commands: sums of numeric
 * fields.
 *
 *   addtotals [row=<bool>] [col=<bool>] [fieldname=<name>] [labelfield=<field>]
 *             [label=<string>] [fixedrow=<bool>] [<field>...]
 *   addcoltotals [labelfield=<field>] [label=<string>] [<field>...]
 *
 * The fields (wildcards allowed; default every field but internal ones such
 * as _time) are summed over their numeric values.  Row totals (addtotals,
 * row=true by default): each result gets fieldname (default "Total") = the
 * sum of its numeric fields, when it has any.  Column totals (addtotals
 * col=true, addcoltotals): after the last result comes one more holding, for
 * each field that had a numeric value, the sum over all results (the row
 * total column included), and labelfield = label (default "Total") when
 * labelfield is given.  Streaming: only the running sums are kept. */
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"
#include "args.h"
#include "splq/command.h"

typedef struct colsum {
    sq_sym sym;
    double sum;
    int is_label; /* labelfield's place among the columns */
} colsum;

typedef struct addtotals_state {
    int row, col;
    sq_sym fieldname;
    int has_label;
    sq_sym labelfield;
    const char *label;
    const char **patterns; /* NULL: every non-internal field */
    int npatterns;
    colsum *cols; /* in order of first appearance */
    size_t ncols, capcols;
} addtotals_state;

static void addtotals_destroy(sq_op *op) {
    addtotals_state *st = op->state;
    if (!st)
        return;
    free(st->patterns);
    free(st->cols);
    free(st);
    op->state = NULL;
}

static int parse_common(sq_op *op, addtotals_state *st, const sq_ast *stage, int coltotals,
                        sq_error *err) {
    const char *fieldname = "Total", *labelfield = NULL;
    int fixedrow = 0;
    st->row = !coltotals;
    st->col = coltotals;
    st->label = "Total";
    sq_optspec all[] = {
        {.key = "labelfield", .kind = SQ_OPT_STR, .dst = &labelfield},
        {.key = "label", .kind = SQ_OPT_STR, .dst = &st->label},
        {.key = "row", .kind = SQ_OPT_BOOL, .dst = &st->row},
        {.key = "col", .kind = SQ_OPT_BOOL, .dst = &st->col},
        {.key = "fieldname", .kind = SQ_OPT_STR, .dst = &fieldname},
        {.key = "fixedrow", .kind = SQ_OPT_BOOL, .dst = &fixedrow},
    };
    sq_args a;
    if (sq_args_init(&a, stage, all, coltotals ? 2 : 6, err) < 0)
        return -1;
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 0, "field names", &names, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        st->fieldname = sq_intern_cstr(op->q->syms, fieldname);
        if (labelfield) {
            st->has_label = 1;
            st->labelfield = sq_intern_cstr(op->q->syms, labelfield);
        }
        if (names.n > 0) {
            st->patterns = sq_xcalloc((size_t)names.n, sizeof *st->patterns);
            for (int i = 0; i < names.n; i++)
                st->patterns[i] = names.items[i]->text;
            st->npatterns = names.n;
        }
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int setup_common(sq_op *op, const sq_ast *stage, sq_error *err, int coltotals) {
    addtotals_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (parse_common(op, st, stage, coltotals, err) < 0) {
        addtotals_destroy(op);
        return -1;
    }
    return 0;
}

static int addtotals_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    return setup_common(op, stage, err, 0);
}

static int addcoltotals_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    return setup_common(op, stage, err, 1);
}

static int selected(sq_op *op, addtotals_state *st, sq_sym s) {
    if (st->has_label && s == st->labelfield)
        return 0;
    const char *name = sq_sym_name(op->q->syms, s);
    if (!st->patterns)
        return !sq_sym_is_internal(op->q->syms, s);
    for (int i = 0; i < st->npatterns; i++)
        if (sq_agg_glob(st->patterns[i], name))
            return 1;
    return 0;
}

static void add_to_column(addtotals_state *st, sq_sym s, double x, int is_label) {
    for (size_t i = 0; i < st->ncols; i++) {
        if (st->cols[i].sym == s) {
            st->cols[i].sum += x;
            return;
        }
    }
    if (st->ncols == st->capcols) {
        st->capcols = st->capcols ? st->capcols * 2 : 16;
        st->cols = sq_xrealloc(st->cols, st->capcols * sizeof *st->cols);
    }
    st->cols[st->ncols++] = (colsum){s, x, is_label};
}

static int addtotals_push(sq_op *op, sq_event *ev, sq_error *err) {
    addtotals_state *st = op->state;
    double total = 0;
    int any = 0;
    if (st->col && st->has_label && sq_event_get(ev, st->labelfield))
        add_to_column(st, st->labelfield, 0, 1);
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_sym s = ev->fields[i].sym;
        double x;
        if (s == st->fieldname && st->row)
            continue;
        if (!selected(op, st, s) || !sq_value_number(&ev->fields[i].val, &x))
            continue;
        total += x;
        any = 1;
        if (st->col)
            add_to_column(st, s, x, 0);
    }
    if (st->row && any) {
        sq_event_set(ev, st->fieldname, sq_value_num(total));
        if (st->col)
            add_to_column(st, st->fieldname, total, 0);
    }
    return sq_op_emit(op, ev, err);
}

static int addtotals_finish(sq_op *op, sq_error *err) {
    addtotals_state *st = op->state;
    if (st->col) {
        sq_event *row = sq_event_new();
        for (size_t i = 0; i < st->ncols; i++)
            sq_event_set(row, st->cols[i].sym,
                         st->cols[i].is_label ? sq_value_cstr(st->label)
                                              : sq_value_num(st->cols[i].sum));
        if (st->has_label && !sq_event_get(row, st->labelfield))
            sq_event_set(row, st->labelfield, sq_value_cstr(st->label));
        if (sq_op_emit(op, row, err) < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const addtotals_options[] = {
    "labelfield=", "label=", "row=", "col=", "fieldname=", "fixedrow=", NULL};

const sq_command sq_cmd_addtotals = {
    .name = "addtotals",
    .kind = SQ_CMD_STREAMING,
    .options = addtotals_options,
    .setup = addtotals_setup,
    .push = addtotals_push,
    .finish = addtotals_finish,
    .destroy = addtotals_destroy,
};

/* Option names and keywords, for completion (see command.h). */
static const char *const addcoltotals_options[] = {"labelfield=", "label=", NULL};

const sq_command sq_cmd_addcoltotals = {
    .name = "addcoltotals",
    .kind = SQ_CMD_STREAMING,
    .options = addcoltotals_options,
    .setup = addcoltotals_setup,
    .push = addtotals_push,
    .finish = addtotals_finish,
    .destroy = addtotals_destroy,
};
