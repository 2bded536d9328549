/* top.c — the top and rare commands: the most (least) common values.
 *
 *   top|rare [N] [limit=<int>] [countfield=<name>] [percentfield=<name>]
 *            [showcount=<bool>] [showperc=<bool>] [useother=<bool>]
 *            [otherstr=<string>] <field>... [BY <field>...]
 *
 * One row per distinct combination of the fields' values (each value of a
 * multivalue field counts), per BY group: the BY fields, the fields, the
 * count (countfield, default "count") and the percentage of the group's
 * counted values (percentfield, default "percent", six decimals).  top sorts
 * by count descending, rare ascending; ties keep the order in which the
 * values were first seen.  limit (default 10; 0 = all) rows per group;
 * useother=true adds a row for the rest, its fields set to otherstr
 * ("OTHER").  A result missing any of the fields or BY fields is not
 * counted.  Groups come out ordered by their BY values.  Memory: one counter
 * per distinct combination. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "groups.h"
#include "splq/command.h"

typedef struct top_state {
    int rare;
    long long limit;
    sq_sym countfield, percentfield;
    int showcount, showperc, useother;
    const char *otherstr;
    sq_sym *fields; /* the BY fields, then the fields */
    int nby, nfields;
    sq_gtable *combos; /* payload: uint64_t count */
    sq_event *cur;
} top_state;

static void top_destroy(sq_op *op) {
    top_state *st = op->state;
    if (!st)
        return;
    sq_gtable_free(st->combos, NULL);
    free(st->fields);
    free(st);
    op->state = NULL;
}

static const char *const stop_by[] = {"by", NULL};

static int top_parse(sq_op *op, top_state *st, const sq_ast *stage, sq_error *err) {
    const char *cname = "count", *pname = "percent";
    const sq_ast *limit_opt = NULL;
    st->limit = 10;
    st->showcount = st->showperc = 1;
    st->otherstr = "OTHER";
    sq_optspec specs[] = {
        {.key = "limit",
         .kind = SQ_OPT_INT,
         .dst = &st->limit,
         .min = 0,
         .max = 1LL << 40,
         .seen = &limit_opt},
        {.key = "countfield", .kind = SQ_OPT_STR, .dst = &cname},
        {.key = "percentfield", .kind = SQ_OPT_STR, .dst = &pname},
        {.key = "showcount", .kind = SQ_OPT_BOOL, .dst = &st->showcount},
        {.key = "showperc", .kind = SQ_OPT_BOOL, .dst = &st->showperc},
        {.key = "useother", .kind = SQ_OPT_BOOL, .dst = &st->useother},
        {.key = "otherstr", .kind = SQ_OPT_STR, .dst = &st->otherstr},
    };
    const char *cmd = st->rare ? "rare" : "top";
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    int rc = 0;
    /* `top 5 user`: a leading integer is the limit (unless it is the only name) */
    if (sq_arg_is_int(sq_args_peek(&a)) && a.n > 1) {
        const sq_ast *n = sq_args_next(&a);
        if (limit_opt)
            rc = sq_fail_at(err, SQ_ERR_ARG, n->span, "%s: the limit is given twice", cmd);
        else
            rc = sq_arg_int(n, 0, 1LL << 40, "limit", &st->limit, err);
    }
    sq_nodelist names = {0}, by = {0};
    if (rc == 0)
        rc = sq_args_names(&a, stop_by, 1, "field names", &names, err);
    if (rc == 0 && sq_args_by(&a, NULL, &by, err) < 0)
        rc = -1;
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        st->nby = by.n;
        st->nfields = names.n;
        st->fields = sq_xcalloc((size_t)(by.n + names.n), sizeof *st->fields);
        for (int i = 0; i < by.n; i++)
            st->fields[i] = sq_intern_cstr(op->q->syms, by.items[i]->text);
        for (int i = 0; i < names.n; i++)
            st->fields[by.n + i] = sq_intern_cstr(op->q->syms, names.items[i]->text);
        st->countfield = sq_intern_cstr(op->q->syms, cname);
        st->percentfield = sq_intern_cstr(op->q->syms, pname);
        st->combos = sq_gtable_new(by.n + names.n, sizeof(uint64_t));
    }
    sq_nodelist_free(&names);
    sq_nodelist_free(&by);
    sq_args_free(&a);
    return rc;
}

static int setup_common(sq_op *op, const sq_ast *stage, sq_error *err, int rare) {
    top_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->rare = rare;
    if (top_parse(op, st, stage, err) < 0) {
        top_destroy(op);
        return -1;
    }
    return 0;
}

static int top_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    return setup_common(op, stage, err, 0);
}

static int rare_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    return setup_common(op, stage, err, 1);
}

static int count_combo(void *ud, sq_value *const *keys, int nth) {
    top_state *st = ud;
    size_t g = sq_gtable_find(st->combos, keys, NULL);
    (*(uint64_t *)sq_gtable_payload(st->combos, g))++;
    return 0;
}

static int top_push(sq_op *op, sq_event *ev, sq_error *err) {
    top_state *st = op->state;
    sq_by_each(ev, st->fields, st->nby + st->nfields, count_combo, st);
    sq_event_free(ev);
    return sq_op_hold(op, sq_gtable_bytes(st->combos), err);
}

/* --- output ----------------------------------------------------------------------- */

typedef struct entry {
    size_t idx; /* the combination's number: first seen first */
    uint64_t count;
    sq_value *keys;
} entry;

static int cmp_entries(const void *pa, const void *pb, void *ctx) {
    const entry *a = pa, *b = pb;
    const top_state *st = ctx;
    int c = sq_gkeys_cmp(a->keys, b->keys, st->nby);
    if (c)
        return c;
    if (a->count != b->count)
        return (a->count < b->count) == !st->rare ? 1 : -1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static sq_event *make_row(top_state *st, sq_value *keys, uint64_t count, uint64_t total,
                          int other) {
    sq_event *row = sq_event_new();
    for (int i = 0; i < st->nby; i++)
        sq_event_set(row, st->fields[i], sq_value_copy(&keys[i]));
    for (int i = 0; i < st->nfields; i++)
        sq_event_set(row, st->fields[st->nby + i],
                     other ? sq_value_cstr(st->otherstr) : sq_value_copy(&keys[st->nby + i]));
    if (st->showcount)
        sq_event_set(row, st->countfield, sq_value_num((double)count));
    if (st->showperc)
        sq_event_set(row, st->percentfield,
                     sq_value_num_prec(total ? 100.0 * (double)count / (double)total : 0, 6));
    return row;
}

static int emit_group(sq_op *op, top_state *st, entry *e, size_t n, sq_error *err) {
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += e[i].count;
    size_t shown = st->limit > 0 && (size_t)st->limit < n ? (size_t)st->limit : n;
    for (size_t i = 0; i < shown; i++)
        if (sq_op_emit(op, make_row(st, e[i].keys, e[i].count, total, 0), err) < 0)
            return -1;
    if (st->useother && shown < n) {
        uint64_t rest = 0;
        for (size_t i = shown; i < n; i++)
            rest += e[i].count;
        if (sq_op_emit(op, make_row(st, e[0].keys, rest, total, 1), err) < 0)
            return -1;
    }
    return 0;
}

static int top_finish(sq_op *op, sq_error *err) {
    top_state *st = op->state;
    size_t n = sq_gtable_count(st->combos);
    entry *e = sq_xcalloc(n + 1, sizeof *e);
    for (size_t i = 0; i < n; i++) {
        e[i].idx = i;
        e[i].count = *(uint64_t *)sq_gtable_payload(st->combos, i);
        e[i].keys = sq_gtable_keys(st->combos, i);
    }
    qsort_r(e, n, sizeof *e, cmp_entries, st);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0;) {
        size_t j = i + 1;
        while (j < n && sq_gkeys_cmp(e[i].keys, e[j].keys, st->nby) == 0)
            j++;
        rc = emit_group(op, st, e + i, j - i, err);
        i = j;
    }
    free(e);
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const top_options[] = {
    "limit=", "countfield=", "percentfield=", "showcount=", "showperc=", "useother=", "otherstr=",
    "by",     NULL};

const sq_command sq_cmd_top = {
    .name = "top",
    .kind = SQ_CMD_BLOCKING,
    .options = top_options,
    .setup = top_setup,
    .push = top_push,
    .finish = top_finish,
    .destroy = top_destroy,
};

const sq_command sq_cmd_rare = {
    .name = "rare",
    .kind = SQ_CMD_BLOCKING,
    .options = top_options,
    .setup = rare_setup,
    .push = top_push,
    .finish = top_finish,
    .destroy = top_destroy,
};
