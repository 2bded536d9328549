/* inputlookup.c — the inputlookup command:
 *   | inputlookup [append=<bool>] [strict=<bool>] [start=<int>] [max=<int>]
 *                 <table> [WHERE <search>]
 *
 * Generating: each row of the lookup table becomes a result whose fields are
 * the table's columns in file order (an empty cell is no field; a `_time`
 * column that holds a number is a time).  start= skips that many rows
 * (0-based), max= reads at most that many rows (default 1,000,000,000), both
 * counted before the WHERE filter, which is a search expression over the
 * row's fields.  With append=true the command may follow other commands: its
 * input passes through and the table's rows come after it; the table is then
 * read when that input is done, so an earlier outputlookup's file is seen.
 * A table that does not exist is an error (strict= is accepted; splq is
 * always strict). */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"
#include "splq/lookup.h"
#include "splq/search.h"

#define INPUTLOOKUP_MAX_DEFAULT 1000000000LL

typedef struct inputlookup_state {
    sq_lookup_table *t;
    sq_matcher *where;
    const sq_ast *table;
    int append;
    long long start, max;
    sq_sym *colsym;
} inputlookup_state;

static void inputlookup_destroy(sq_op *op) {
    inputlookup_state *st = op->state;
    if (!st)
        return;
    sq_lookup_table_free(st->t);
    sq_matcher_free(st->where);
    free(st->colsym);
    free(st);
    op->state = NULL;
}

static int open_table(sq_op *op, inputlookup_state *st, sq_error *err) {
    if (sq_lookup_open(op->q->env ? op->q->env->lookups : NULL, st->table->text,
                       op->q->env ? &op->q->env->diag : NULL, &st->t, err) < 0) {
        if (err->span.start < 0)
            err->span = st->table->span;
        return -1;
    }
    st->colsym = sq_xcalloc(st->t->ncols + 1, sizeof *st->colsym);
    for (size_t c = 0; c < st->t->ncols; c++)
        st->colsym[c] = sq_intern_cstr(op->q->syms, st->t->cols[c]);
    return sq_op_hold(op, st->t->bytes, err);
}

static int inputlookup_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    inputlookup_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    int strict = 0;
    st->max = INPUTLOOKUP_MAX_DEFAULT;
    const sq_optspec specs[] = {
        {.key = "append", .kind = SQ_OPT_BOOL, .dst = &st->append},
        {.key = "strict", .kind = SQ_OPT_BOOL, .dst = &strict},
        {.key = "start", .kind = SQ_OPT_INT, .dst = &st->start, .min = 0, .max = 1LL << 62},
        {.key = "max", .kind = SQ_OPT_INT, .dst = &st->max, .min = 0, .max = 1LL << 62},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        inputlookup_destroy(op);
        return -1;
    }
    int rc = 0;
    const sq_ast *table = sq_args_next(&a);
    const sq_ast *where = NULL;
    if (!table || table->kind != SQ_AST_WORD || !table->text || !*table->text) {
        rc = sq_fail_at(err, SQ_ERR_ARG, table ? table->span : sq_args_end_span(&a),
                        "inputlookup: expected a lookup table name");
    } else {
        const sq_ast *next = sq_args_peek(&a);
        if (next && next->kind == SQ_AST_SEARCHARG) {
            if (next->nkids != 1)
                rc = sq_fail_at(err, SQ_ERR_ARG, next->span,
                                "inputlookup: WHERE needs a search expression");
            where = next;
            sq_args_next(&a);
        }
        if (rc == 0)
            rc = sq_args_expect_end(&a, err);
    }
    if (rc == 0) {
        st->table = table;
        /* With append=true the table is read when the rows before it are
         * done (an earlier outputlookup may write it); otherwise now. */
        if (!st->append)
            rc = open_table(op, st, err);
    }
    if (rc == 0 && where)
        rc = sq_matcher_compile(op->q, where->kids[0], &st->where, err);
    sq_args_free(&a);
    if (rc < 0)
        inputlookup_destroy(op);
    return rc;
}

static int inputlookup_push(sq_op *op, sq_event *ev, sq_error *err) {
    inputlookup_state *st = op->state;
    if (!st->append) {
        sq_event_free(ev);
        return sq_fail_at(err, SQ_ERR_ARG, op->stage->span,
                          "inputlookup must be the first command of a search, unless append=true");
    }
    return sq_op_emit(op, ev, err);
}

static sq_event *row_event(inputlookup_state *st, size_t r) {
    const sq_lookup_table *t = st->t;
    sq_event *ev = sq_event_new();
    for (size_t c = 0; c < t->ncols; c++) {
        const char *cell = t->cells[r * t->ncols + c];
        if (!cell)
            continue;
        double num;
        if (st->colsym[c] == SQ_SYM_TIME && sq_str_is_number(cell, strlen(cell), &num))
            sq_event_set(ev, SQ_SYM_TIME, sq_value_num(num));
        else
            sq_event_set(ev, st->colsym[c], sq_value_cstr(cell));
    }
    ev->seq = r + 1;
    return ev;
}

static int inputlookup_finish(sq_op *op, sq_error *err) {
    inputlookup_state *st = op->state;
    if (!st->t && open_table(op, st, err) < 0)
        return -1;
    const sq_lookup_table *t = st->t;
    size_t end = t->nrows;
    if ((unsigned long long)st->start >= end)
        end = 0;
    else if ((unsigned long long)st->max < end - (size_t)st->start)
        end = (size_t)st->start + (size_t)st->max;
    for (size_t r = (size_t)st->start; r < end; r++) {
        sq_event *ev = row_event(st, r);
        if (st->where && !sq_matcher_match(st->where, ev)) {
            sq_event_free(ev);
            continue;
        }
        if (sq_op_emit(op, ev, err) < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const inputlookup_options[] = {
    "append=", "strict=", "start=", "max=", "where", NULL};

const sq_command sq_cmd_inputlookup = {
    .name = "inputlookup",
    .kind = SQ_CMD_GENERATING,
    .options = inputlookup_options,
    .setup = inputlookup_setup,
    .push = inputlookup_push,
    .finish = inputlookup_finish,
    .destroy = inputlookup_destroy,
};
