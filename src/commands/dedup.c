/* dedup.c — the dedup command:
 *   dedup [N] f1 [,] f2 ... [keepevents=bool] [keepempty=bool]
 *         [consecutive=bool] [sortby [+|-]f ...]
 *
 * Keeps the first N (default 1) results of each combination of the fields'
 * values, in the current order.  Values compare as their text, exactly; a
 * multivalue field is one value made of all its values, in order.  A result
 * missing any of the fields is dropped, or kept untouched with
 * keepempty=true.  consecutive=true only removes repeats that follow each
 * other.  keepevents=true keeps duplicates but removes the fields from them.
 * With sortby the results are sorted first (stable; missing values last), so
 * the sort decides which result is retained; this holds every result.
 * Memory: one key per distinct combination. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/command.h"

typedef enum sortmode { SORT_AUTO, SORT_STR, SORT_NUM } sortmode;

typedef struct sortkey {
    sq_sym sym;
    int desc;
    sortmode mode;
} sortkey;

typedef struct slot {
    char *key; /* NULL: empty slot */
    size_t len;
    uint64_t hash;
    long long count;
} slot;

typedef struct dedup_state {
    long long keep; /* N */
    sq_sym *fields;
    int nfields;
    int keepevents, keepempty, consecutive;
    sortkey *sort;
    int nsort;
    /* seen combinations: open addressing, power-of-two size */
    slot *slots;
    size_t nslots, used;
    /* consecutive mode: the previous combination and its run length */
    sq_buf prev;
    int have_prev;
    long long run;
    sq_buf key, scratch;
    /* sortby: the held results */
    sq_event **held;
    size_t nheld, capheld;
} dedup_state;

static void dedup_destroy(sq_op *op) {
    dedup_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->nslots; i++)
        free(st->slots[i].key);
    free(st->slots);
    for (size_t i = 0; i < st->nheld; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st->fields);
    free(st->sort);
    sq_buf_free(&st->prev);
    sq_buf_free(&st->key);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

/* --- setup --------------------------------------------------------------------- */

static const char *const stop_sortby[] = {"sortby", NULL};

static int read_sortby(sq_op *op, dedup_state *st, sq_args *a, sq_error *err) {
    int cap = 4;
    st->sort = sq_xcalloc((size_t)cap, sizeof *st->sort);
    while (sq_args_skip_commas(a), !sq_args_done(a)) {
        int sign;
        const sq_ast *node;
        const char *name;
        if (sq_args_signed(a, &sign, &node, &name, err) < 0)
            return -1;
        sortkey k = {.desc = sign == '-', .mode = SORT_AUTO};
        if (node->kind == SQ_AST_CALL) {
            if (node->nkids != 1 || node->kids[0]->kind != SQ_AST_WORD)
                return sq_fail_at(err, SQ_ERR_ARG, node->span, "dedup: sortby %s() takes a field",
                                  name);
            if (strcasecmp(name, "str") == 0)
                k.mode = SORT_STR;
            else if (strcasecmp(name, "num") == 0)
                k.mode = SORT_NUM;
            else if (strcasecmp(name, "auto") != 0 && strcasecmp(name, "ip") != 0)
                return sq_fail_at(err, SQ_ERR_ARG, node->span,
                                  "dedup: sortby takes auto(), str(), num() or ip(), not %s()",
                                  name);
            name = node->kids[0]->text;
        }
        if (!*name)
            return sq_fail_at(err, SQ_ERR_ARG, node->span, "dedup: sortby needs a field name");
        k.sym = sq_intern_cstr(op->q->syms, name);
        if (st->nsort == cap) {
            cap *= 2;
            st->sort = sq_xrealloc(st->sort, (size_t)cap * sizeof *st->sort);
        }
        st->sort[st->nsort++] = k;
    }
    if (st->nsort == 0)
        return sq_fail_at(err, SQ_ERR_ARG, sq_args_end_span(a), "dedup: sortby needs a field");
    return 0;
}

static int dedup_parse(sq_op *op, dedup_state *st, const sq_ast *stage, sq_error *err) {
    sq_optspec specs[] = {
        {.key = "keepevents", .kind = SQ_OPT_BOOL, .dst = &st->keepevents},
        {.key = "keepempty", .kind = SQ_OPT_BOOL, .dst = &st->keepempty},
        {.key = "consecutive", .kind = SQ_OPT_BOOL, .dst = &st->consecutive},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    int rc = 0;
    st->keep = 1;
    /* A leading integer is the count, unless it is the only name. */
    if (sq_arg_is_int(sq_args_peek(&a)) && a.n > 1)
        rc = sq_arg_int(sq_args_next(&a), 1, (1LL << 62), "dedup count", &st->keep, err);
    sq_nodelist names = {0};
    if (rc == 0)
        rc = sq_args_names(&a, stop_sortby, 1, "field names", &names, err);
    if (rc == 0 && sq_args_accept(&a, "sortby"))
        rc = read_sortby(op, st, &a, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        st->fields = sq_xcalloc((size_t)names.n, sizeof *st->fields);
        for (int i = 0; i < names.n; i++)
            st->fields[st->nfields++] = sq_intern_cstr(op->q->syms, names.items[i]->text);
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int dedup_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    dedup_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (dedup_parse(op, st, stage, err) < 0) {
        dedup_destroy(op);
        return -1;
    }
    return 0;
}

/* --- the combination of values --------------------------------------------------- */

static void add_len(sq_buf *b, size_t n) {
    uint32_t v = (uint32_t)n;
    sq_buf_add(b, (const char *)&v, sizeof v);
}

/* Build the event's key into st->key: 0 when a field is missing. */
static int make_key(dedup_state *st, sq_event *ev) {
    sq_buf_reset(&st->key);
    for (int i = 0; i < st->nfields; i++) {
        sq_value *v = sq_event_get(ev, st->fields[i]);
        size_t n = v ? sq_value_count(v) : 0;
        if (n == 0)
            return 0;
        add_len(&st->key, n);
        for (size_t k = 0; k < n; k++) {
            size_t len;
            const char *s = sq_value_text(sq_value_at(v, k), &st->scratch, &len);
            add_len(&st->key, len);
            sq_buf_add(&st->key, s, len);
        }
    }
    return 1;
}

static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void grow_slots(dedup_state *st) {
    size_t n = st->nslots ? st->nslots * 2 : 64;
    slot *s = sq_xcalloc(n, sizeof *s);
    for (size_t i = 0; i < st->nslots; i++) {
        if (!st->slots[i].key)
            continue;
        size_t j = st->slots[i].hash & (n - 1);
        while (s[j].key)
            j = (j + 1) & (n - 1);
        s[j] = st->slots[i];
    }
    free(st->slots);
    st->slots = s;
    st->nslots = n;
}

/* How many times this combination was seen before now (and count it). */
static long long seen_before(dedup_state *st) {
    if ((st->used + 1) * 4 > st->nslots * 3)
        grow_slots(st);
    uint64_t h = hash_bytes(st->key.data, st->key.len);
    size_t j = h & (st->nslots - 1);
    while (st->slots[j].key) {
        slot *s = &st->slots[j];
        if (s->hash == h && s->len == st->key.len && memcmp(s->key, st->key.data, s->len) == 0)
            return s->count++;
        j = (j + 1) & (st->nslots - 1);
    }
    st->slots[j].key = sq_xstrndup(st->key.data, st->key.len);
    st->slots[j].len = st->key.len;
    st->slots[j].hash = h;
    st->slots[j].count = 1;
    st->used++;
    return 0;
}

static long long seen_consecutive(dedup_state *st) {
    if (st->have_prev && st->prev.len == st->key.len &&
        memcmp(st->prev.data, st->key.data, st->key.len) == 0)
        return st->run++;
    sq_buf_reset(&st->prev);
    sq_buf_add(&st->prev, st->key.data ? st->key.data : "", st->key.len);
    st->have_prev = 1;
    st->run = 1;
    return 0;
}

/* Pass ev on, drop it, or strip it (keepevents). */
static int decide(sq_op *op, dedup_state *st, sq_event *ev, sq_error *err) {
    if (!make_key(st, ev)) {
        if (st->keepempty)
            return sq_op_emit(op, ev, err);
        sq_event_free(ev);
        return 0;
    }
    size_t keys = st->used;
    long long before = st->consecutive ? seen_consecutive(st) : seen_before(st);
    /* a new combination stays in the table of those seen */
    if (st->used > keys &&
        sq_op_hold(op, op->held + st->key.len + 1 + 2 * sizeof *st->slots, err) < 0) {
        sq_event_free(ev);
        return -1;
    }
    if (before < st->keep)
        return sq_op_emit(op, ev, err);
    if (st->keepevents) {
        for (int i = 0; i < st->nfields; i++)
            sq_event_remove(ev, st->fields[i]);
        return sq_op_emit(op, ev, err);
    }
    sq_event_free(ev);
    return 0;
}

/* --- sortby -------------------------------------------------------------------------- */

static int cmp_key(const sortkey *k, sq_event *a, sq_event *b) {
    sq_value *va = sq_event_get(a, k->sym), *vb = sq_event_get(b, k->sym);
    va = va && sq_value_count(va) ? sq_value_at(va, 0) : NULL;
    vb = vb && sq_value_count(vb) ? sq_value_at(vb, 0) : NULL;
    if (!va || !vb) /* missing values last, whatever the direction */
        return va ? -1 : vb ? 1 : 0;
    int c;
    double x, y;
    if (k->mode == SORT_STR)
        c = sq_value_cmp_str(va, vb);
    else if (k->mode == SORT_NUM && sq_value_number(va, &x) && sq_value_number(vb, &y))
        c = x < y ? -1 : x > y;
    else
        c = sq_value_cmp_auto(va, vb);
    return k->desc ? -c : c;
}

/* Stable merge sort (qsort is not stable and has no context argument).
 * Once the run is interrupted it stops, v still a permutation of itself;
 * the caller then fails. */
static void merge_sort(dedup_state *st, const sq_env *env, sq_event **v, sq_event **tmp, size_t n) {
    if (n < 2 || (n > 8 && sq_cancelled(env, NULL) < 0))
        return;
    size_t h = n / 2;
    merge_sort(st, env, v, tmp, h);
    merge_sort(st, env, v + h, tmp, n - h);
    size_t i = 0, j = h, o = 0;
    while (i < h && j < n) {
        int c = 0;
        for (int k = 0; k < st->nsort && c == 0; k++)
            c = cmp_key(&st->sort[k], v[i], v[j]);
        tmp[o++] = c <= 0 ? v[i++] : v[j++];
    }
    while (i < h)
        tmp[o++] = v[i++];
    while (j < n)
        tmp[o++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

static int dedup_push(sq_op *op, sq_event *ev, sq_error *err) {
    dedup_state *st = op->state;
    if (st->nsort == 0)
        return decide(op, st, ev, err);
    if (st->nheld == st->capheld) {
        st->capheld = st->capheld ? st->capheld * 2 : 256;
        st->held = sq_xrealloc(st->held, st->capheld * sizeof *st->held);
    }
    st->held[st->nheld++] = ev;
    return sq_op_hold_event(op, ev, err);
}

static int dedup_finish(sq_op *op, sq_error *err) {
    dedup_state *st = op->state;
    if (st->nheld > 0) {
        sq_event **tmp = sq_xcalloc(st->nheld, sizeof *tmp);
        const sq_env *env = op->q ? op->q->env : NULL;
        merge_sort(st, env, st->held, tmp, st->nheld);
        free(tmp);
        if (sq_cancelled(env, err) < 0)
            return -1;
    }
    size_t n = st->nheld;
    st->nheld = 0; /* ownership moves on event by event */
    for (size_t i = 0; i < n; i++) {
        sq_event *ev = st->held[i];
        st->held[i] = NULL;
        if (decide(op, st, ev, err) < 0) {
            for (size_t k = i + 1; k < n; k++)
                sq_event_free(st->held[k]);
            return -1;
        }
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const dedup_options[] = {"keepevents=", "keepempty=", "consecutive=", "sortby",
                                            NULL};

const sq_command sq_cmd_dedup = {
    .name = "dedup",
    /* Streaming without sortby (push emits); blocking with it. */
    .kind = SQ_CMD_BLOCKING,
    .options = dedup_options,
    .setup = dedup_setup,
    .push = dedup_push,
    .finish = dedup_finish,
    .destroy = dedup_destroy,
    .keeps_columns = 1,
};
