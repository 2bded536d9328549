/* sort.c — the sort command: orders results by one or more fields.
 *
 *   sort [<count>] [limit=<count>] [+|-]<key> [, [+|-]<key> ...] [desc|d]
 *   <key> = field | auto(field) | str(field) | num(field) | ip(field)
 *
 * Only the first <count> results are kept (default 10000; 0 = all).  Results
 * missing a key field sort after those that have it, in either direction.
 * The sort is stable: equal results keep their input order.  `desc` at the
 * end reverses every key.
 *
 * Orderings (compared pairwise):
 *   auto  two IPv4 addresses as addresses; otherwise numbers numerically
 *         before strings, strings by bytes (sq_value_cmp_auto)
 *   str   by bytes
 *   num   by the number a value starts with ("10k" as 10); values without
 *         one after those with, by bytes
 *   ip    IPv4 addresses as addresses; others after, by bytes
 * A multivalue field sorts by its first value.
 *
 * Memory: with a count, at most 2*count results are held (the buffer is
 * sorted and cut back to count whenever it fills). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aggregate.h"
#include "args.h"
#include "splq/command.h"
#include "splq/diag.h"

#define SORT_DEFAULT_LIMIT 10000

typedef enum sort_mode { MODE_AUTO, MODE_STR, MODE_NUM, MODE_IP } sort_mode;

typedef struct sort_key {
    sq_sym field;
    sort_mode mode;
    int desc;
} sort_key;

typedef struct item {
    sq_event *ev;
    size_t bytes;     /* what the event holds, roughly */
    uint64_t idx;     /* arrival order, the last tie-breaker */
    sq_value *vals[]; /* one per key; NULL when the event lacks the field */
} item;

typedef struct sort_state {
    sort_key *keys;
    int nkeys;
    uint64_t limit; /* 0: unlimited */
    int default_limit;
    item **items;
    size_t n, cap;
    item **tmp; /* merge buffer */
    uint64_t arrived;
    uint64_t dropped;
    size_t bytes; /* held, roughly */
} sort_state;

/* --- setup ------------------------------------------------------------------- */

static void sort_destroy(sq_op *op);

static int mode_of(const char *fn, sort_mode *mode) {
    static const struct {
        const char *name;
        sort_mode mode;
    } modes[] = {{"auto", MODE_AUTO}, {"str", MODE_STR}, {"num", MODE_NUM}, {"ip", MODE_IP}};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        if (strcasecmp(fn, modes[i].name) == 0) {
            *mode = modes[i].mode;
            return 1;
        }
    }
    return 0;
}

static int add_key(sq_op *op, sort_state *st, int sign, const sq_ast *node, const char *name,
                   sq_error *err) {
    sort_key k = {.mode = MODE_AUTO, .desc = sign == '-'};
    const char *field = name;
    if (node->kind == SQ_AST_CALL) {
        if (!mode_of(name, &k.mode))
            return sq_fail_at(err, SQ_ERR_ARG, node->span,
                              "sort: unknown sort function '%s' (use auto, str, num or ip)", name);
        if (node->nkids != 1 || node->kids[0]->kind != SQ_AST_WORD || !node->kids[0]->text[0])
            return sq_fail_at(err, SQ_ERR_ARG, node->span, "sort: %s() takes one field name", name);
        field = node->kids[0]->text;
    }
    if (!field[0])
        return sq_fail_at(err, SQ_ERR_ARG, node->span, "sort: empty field name");
    k.field = sq_intern_cstr(op->q->syms, field);
    st->keys = sq_xrealloc(st->keys, (size_t)(st->nkeys + 1) * sizeof *st->keys);
    st->keys[st->nkeys++] = k;
    return 0;
}

/* Is the cursor at a trailing `desc`/`d` (only commas may follow)? */
static int at_trailing_desc(sq_args *a) {
    if (!sq_args_at_keyword(a, "desc") && !sq_args_at_keyword(a, "d"))
        return 0;
    for (int j = a->i + 1; j < a->n; j++)
        if (a->pos[j]->kind != SQ_AST_COMMA)
            return 0;
    return 1;
}

static int parse_keys(sq_op *op, sort_state *st, sq_args *a, sq_error *err) {
    int desc = 0;
    for (;;) {
        sq_args_skip_commas(a);
        if (sq_args_done(a))
            break;
        if (st->nkeys > 0 && at_trailing_desc(a)) {
            sq_args_next(a);
            desc = 1;
            continue;
        }
        int sign;
        const sq_ast *node;
        const char *name;
        if (sq_args_signed(a, &sign, &node, &name, err) != 0)
            return -1;
        if (add_key(op, st, sign, node, name, err) != 0)
            return -1;
    }
    if (st->nkeys == 0)
        return sq_fail_at(err, SQ_ERR_ARG, sq_args_end_span(a),
                          "sort: expected a field to sort by");
    if (desc)
        for (int i = 0; i < st->nkeys; i++)
            st->keys[i].desc = !st->keys[i].desc;
    return 0;
}

static int sort_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sort_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    long long limit = -1;
    const sq_optspec opts[] = {
        {"limit", SQ_OPT_INT, &limit, 0, 1000000000000LL, NULL},
    };
    sq_args a;
    if (sq_args_init(&a, stage, opts, 1, err) != 0) {
        sort_destroy(op);
        return -1;
    }
    int rc = 0;
    if (sq_arg_is_int(sq_args_peek(&a))) {
        const sq_ast *count = sq_args_next(&a);
        long long n;
        rc = sq_arg_int(count, 0, 1000000000000LL, "sort count", &n, err);
        if (rc == 0 && limit >= 0)
            rc = sq_fail_at(err, SQ_ERR_ARG, count->span,
                            "sort: give either a count or limit=, not both");
        limit = n;
    }
    if (rc == 0)
        rc = parse_keys(op, st, &a, err);
    sq_args_free(&a);
    if (rc != 0) {
        sort_destroy(op);
        return -1;
    }
    st->default_limit = limit < 0;
    st->limit = limit < 0 ? SORT_DEFAULT_LIMIT : (uint64_t)limit;
    return 0;
}

/* --- orderings ----------------------------------------------------------------- */

/* Dotted-quad IPv4 to a number; 0 if s is not one. */
static int parse_ipv4(const char *s, size_t len, uint32_t *out) {
    uint32_t ip = 0;
    size_t i = 0;
    for (int part = 0; part < 4; part++) {
        if (part > 0) {
            if (i >= len || s[i] != '.')
                return 0;
            i++;
        }
        unsigned v = 0, digits = 0;
        while (i < len && s[i] >= '0' && s[i] <= '9' && digits < 4)
            v = v * 10 + (unsigned)(s[i++] - '0'), digits++;
        if (digits == 0 || digits > 3 || v > 255)
            return 0;
        ip = ip << 8 | v;
    }
    if (i != len)
        return 0;
    *out = ip;
    return 1;
}

static int value_ipv4(const sq_value *v, uint32_t *out) {
    return v->type == SQ_STR && parse_ipv4(v->u.str.ptr, v->u.str.len, out);
}

/* The number a value starts with: "10k" -> 10, "3.5 MB" -> 3.5. */
static int leading_number(sq_value *v, double *out) {
    if (sq_value_number(v, out))
        return 1;
    if (v->type != SQ_STR)
        return 0;
    const char *s = v->u.str.ptr;
    size_t n = v->u.str.len, i = 0, digits = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, digits++;
    if (i < n && s[i] == '.') {
        size_t j = i + 1, frac = 0;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++, frac++;
        if (frac) {
            i = j;
            digits += frac;
        }
    }
    if (digits == 0)
        return 0;
    return sq_str_is_number(s, i, out);
}

static int cmp_num(double x, double y) {
    return (x > y) - (x < y);
}

/* Both, one or neither side has the special reading: numbers/addresses
 * first, then the rest by bytes. */
static int cmp_mode(sort_mode mode, sq_value *a, sq_value *b) {
    if (mode == MODE_STR)
        return sq_value_cmp_str(a, b);
    if (mode == MODE_AUTO) {
        uint32_t x, y;
        if (value_ipv4(a, &x) && value_ipv4(b, &y))
            return cmp_num(x, y);
        return sq_value_cmp_auto(a, b);
    }
    int ax, bx;
    double x = 0, y = 0;
    if (mode == MODE_NUM) {
        ax = leading_number(a, &x);
        bx = leading_number(b, &y);
    } else {
        uint32_t ix = 0, iy = 0;
        ax = value_ipv4(a, &ix);
        bx = value_ipv4(b, &iy);
        x = ix, y = iy;
    }
    if (ax && bx)
        return cmp_num(x, y);
    if (ax != bx)
        return ax ? -1 : 1;
    return sq_value_cmp_str(a, b);
}

static int cmp_items(const sort_state *st, const item *a, const item *b) {
    for (int i = 0; i < st->nkeys; i++) {
        sq_value *x = a->vals[i], *y = b->vals[i];
        if (!x || !y) {
            if (x != y)
                return x ? -1 : 1; /* missing last, whatever the direction */
            continue;
        }
        int c = cmp_mode(st->keys[i].mode, x, y);
        if (c)
            return st->keys[i].desc ? -c : c;
    }
    return (a->idx > b->idx) - (a->idx < b->idx);
}

/* Stable merge sort: qsort's behaviour with a comparator that is not a
 * strict total order (auto's pairwise rules) is not something to rely on.
 * Once the run is interrupted it stops (v stays a permutation: the check
 * comes before any merge); the caller then fails. */
static void merge_sort(const sort_state *st, const sq_env *env, item **v, item **tmp, size_t n) {
    if (n < 2)
        return;
    if (n <= 8) { /* insertion sort for short runs */
        for (size_t i = 1; i < n; i++) {
            item *x = v[i];
            size_t j = i;
            while (j > 0 && cmp_items(st, v[j - 1], x) > 0) {
                v[j] = v[j - 1];
                j--;
            }
            v[j] = x;
        }
        return;
    }
    if (sq_cancelled(env, NULL) < 0)
        return;
    size_t h = n / 2;
    merge_sort(st, env, v, tmp, h);
    merge_sort(st, env, v + h, tmp, n - h);
    if (cmp_items(st, v[h - 1], v[h]) <= 0)
        return;
    memcpy(tmp, v, h * sizeof *v);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        v[k++] = cmp_items(st, v[j], tmp[i]) < 0 ? v[j++] : tmp[i++];
    while (i < h)
        v[k++] = tmp[i++];
}

static int sort_items(sort_state *st, const sq_env *env, sq_error *err) {
    st->tmp = sq_xrealloc(st->tmp, (st->n / 2 + 1) * sizeof *st->tmp);
    merge_sort(st, env, st->items, st->tmp, st->n);
    return sq_cancelled(env, err);
}

static void item_free(sort_state *st, item *it) {
    st->bytes -= it->bytes;
    sq_event_free(it->ev);
    free(it);
}

/* Keep the best `limit` results; drop the rest. */
static int cut_back(sort_state *st, const sq_env *env, sq_error *err) {
    if (sort_items(st, env, err) < 0)
        return -1;
    for (size_t i = st->limit; i < st->n; i++) {
        item_free(st, st->items[i]);
        st->dropped++;
    }
    st->n = st->limit;
    return 0;
}

/* --- running ---------------------------------------------------------------------- */

static const sq_env *query_env(const sq_op *op) {
    return op->q ? op->q->env : NULL;
}

static int sort_push(sq_op *op, sq_event *ev, sq_error *err) {
    sort_state *st = op->state;
    item *it = sq_xmalloc(sizeof *it + (size_t)st->nkeys * sizeof(sq_value *));
    it->ev = ev;
    it->idx = st->arrived++;
    it->bytes = sq_event_bytes(ev) + sizeof *it + (size_t)st->nkeys * sizeof(sq_value *) +
                sizeof *st->items;
    st->bytes += it->bytes;
    for (int i = 0; i < st->nkeys; i++) {
        sq_value *v = sq_event_get(ev, st->keys[i].field);
        it->vals[i] = v && sq_value_count(v) > 0 ? sq_value_at(v, 0) : NULL;
    }
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 256;
        st->items = sq_xrealloc(st->items, st->cap * sizeof *st->items);
    }
    st->items[st->n++] = it;
    if (st->limit > 0 && st->n >= 2 * st->limit && st->n >= 1024 &&
        cut_back(st, query_env(op), err) < 0)
        return -1;
    return sq_op_hold(op, st->bytes, err);
}

static int sort_finish(sq_op *op, sq_error *err) {
    sort_state *st = op->state;
    const sq_env *env = query_env(op);
    if ((st->limit > 0 && st->n > st->limit ? cut_back(st, env, err) : sort_items(st, env, err)) <
        0)
        return -1;
    if (st->dropped > 0 && st->default_limit && op->q && op->q->env)
        sq_warnf(&op->q->env->diag,
                 "sort: kept the first %d results of %llu (the default limit; use "
                 "`sort 0` for all)",
                 SORT_DEFAULT_LIMIT, (unsigned long long)st->arrived);
    size_t i = 0;
    int rc = 0;
    for (; i < st->n && rc == 0; i++) {
        item *it = st->items[i];
        sq_event *ev = it->ev;
        st->bytes -= it->bytes;
        free(it);
        rc = sq_op_emit(op, ev, err);
    }
    if (i < st->n)
        memmove(st->items, st->items + i, (st->n - i) * sizeof *st->items);
    st->n -= i;
    if (rc != 0)
        return rc;
    return sq_op_finish_next(op, err);
}

static void sort_destroy(sq_op *op) {
    sort_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->n; i++)
        item_free(st, st->items[i]);
    free(st->items);
    free(st->tmp);
    free(st->keys);
    free(st);
    op->state = NULL;
}

/* Option names and keywords, for completion (see command.h). */
static const char *const sort_options[] = {"limit=", NULL};

const sq_command sq_cmd_sort = {
    .name = "sort",
    .kind = SQ_CMD_BLOCKING,
    .options = sort_options,
    .setup = sort_setup,
    .push = sort_push,
    .finish = sort_finish,
    .destroy = sort_destroy,
    .keeps_columns = 1,
};
