/* mvcombine.c — the mvcombine command: `mvcombine [delim=<string>] <field>`.
 *
 * Results that are identical in every other shown field (internal fields
 * such as _time and _raw are not compared) become one result whose field
 * holds the values of all of them, as a multivalue of the distinct values in
 * order of appearance.  The merged result keeps the first one's other
 * fields; results come out in the order of each group's first result.
 * delim (Splunk's single-value rendering of the merged field) is accepted;
 * splq keeps the field multivalue.  Blocking: one result per group is held. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"

typedef struct combo {
    char *key;
    size_t keylen;
    uint64_t hash;
    sq_event *ev;
} combo;

typedef struct mvcombine_state {
    sq_sym field;
    combo *groups;
    size_t n, cap;
    uint32_t *slots;
    size_t nslots;
    sq_buf key, scratch;
    sq_sym *order;
    size_t norder;
} mvcombine_state;

static void mvcombine_destroy(sq_op *op) {
    mvcombine_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->n; i++) {
        free(st->groups[i].key);
        sq_event_free(st->groups[i].ev);
    }
    free(st->groups);
    free(st->slots);
    free(st->order);
    sq_buf_free(&st->key);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int mvcombine_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    mvcombine_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    const char *delim = " ";
    sq_optspec specs[] = {{.key = "delim", .kind = SQ_OPT_STR, .dst = &delim}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0) {
        mvcombine_destroy(op);
        return -1;
    }
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "a field name", &names, err);
    if (rc == 0 && names.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[1]->span, "mvcombine: takes one field");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0)
        st->field = sq_intern_cstr(op->q->syms, names.items[0]->text);
    sq_nodelist_free(&names);
    sq_args_free(&a);
    if (rc < 0)
        mvcombine_destroy(op);
    return rc;
}

static int cmp_sym(const void *a, const void *b) {
    sq_sym x = *(const sq_sym *)a, y = *(const sq_sym *)b;
    return x < y ? -1 : x > y;
}

static void add_u32(sq_buf *b, uint32_t v) {
    sq_buf_add(b, (const char *)&v, sizeof v);
}

/* The key: the compared fields sorted by symbol, each with its values. */
static void build_key(sq_op *op, mvcombine_state *st, sq_event *ev) {
    if (st->norder < ev->n) {
        st->order = sq_xrealloc(st->order, ev->n * sizeof *st->order);
        st->norder = ev->n;
    }
    size_t k = 0;
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_sym s = ev->fields[i].sym;
        if (s != st->field && !sq_sym_is_internal(op->q->syms, s))
            st->order[k++] = s;
    }
    sq_sort(st->order, k, sizeof *st->order, cmp_sym);
    sq_buf_reset(&st->key);
    for (size_t i = 0; i < k; i++) {
        sq_value *v = sq_event_get(ev, st->order[i]);
        size_t n = sq_value_count(v);
        add_u32(&st->key, st->order[i]);
        add_u32(&st->key, (uint32_t)n);
        for (size_t j = 0; j < n; j++) {
            size_t len;
            const char *t = sq_value_text(sq_value_at(v, j), &st->scratch, &len);
            add_u32(&st->key, (uint32_t)len);
            sq_buf_add(&st->key, t, len);
        }
    }
}

static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void rehash(mvcombine_state *st) {
    size_t n = st->nslots ? st->nslots * 2 : 64;
    free(st->slots);
    st->slots = sq_xcalloc(n, sizeof *st->slots);
    st->nslots = n;
    for (size_t i = 0; i < st->n; i++) {
        size_t j = st->groups[i].hash & (n - 1);
        while (st->slots[j])
            j = (j + 1) & (n - 1);
        st->slots[j] = (uint32_t)(i + 1);
    }
}

static void merge_value(sq_value *into, sq_value *v) {
    size_t n = sq_value_count(v);
    for (size_t i = 0; i < n; i++) {
        sq_value *x = sq_value_at(v, i);
        size_t have = sq_value_count(into);
        int dup = 0;
        for (size_t j = 0; j < have && !dup; j++)
            dup = sq_value_cmp_str(sq_value_at(into, j), x) == 0;
        if (!dup)
            sq_value_mv_push(into, sq_value_copy(x));
    }
}

static int mvcombine_push(sq_op *op, sq_event *ev, sq_error *err) {
    mvcombine_state *st = op->state;
    build_key(op, st, ev);
    const char *key = st->key.data ? st->key.data : "";
    uint64_t h = hash_bytes(key, st->key.len);
    if ((st->n + 1) * 4 > st->nslots * 3)
        rehash(st);
    size_t j = h & (st->nslots - 1);
    while (st->slots[j]) {
        combo *g = &st->groups[st->slots[j] - 1];
        if (g->hash == h && g->keylen == st->key.len && memcmp(g->key, key, g->keylen) == 0) {
            sq_value *v = sq_event_get(ev, st->field);
            size_t grown = 0;
            if (v) {
                sq_value *have = sq_event_get(g->ev, st->field);
                if (have) {
                    size_t before = sq_value_bytes(have);
                    merge_value(have, v);
                    grown = sq_value_bytes(have) - before;
                } else {
                    sq_value fresh = SQ_VALUE_NULL;
                    merge_value(&fresh, v);
                    grown = sq_value_bytes(&fresh);
                    sq_event_set(g->ev, st->field, fresh);
                }
            }
            sq_event_free(ev);
            return sq_op_hold(op, op->held + grown, err);
        }
        j = (j + 1) & (st->nslots - 1);
    }
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 64;
        st->groups = sq_xrealloc(st->groups, st->cap * sizeof *st->groups);
    }
    combo *g = &st->groups[st->n];
    g->key = sq_xmalloc(st->key.len + 1);
    memcpy(g->key, key, st->key.len);
    g->keylen = st->key.len;
    g->hash = h;
    sq_value *v = sq_event_get(ev, st->field);
    if (v && v->type == SQ_MV) { /* its own repeated values are merged too */
        sq_value fresh = SQ_VALUE_NULL;
        merge_value(&fresh, v);
        sq_event_set(ev, st->field, fresh);
    }
    g->ev = ev;
    st->slots[j] = (uint32_t)(++st->n);
    return sq_op_hold(op, op->held + st->key.len + 1 + sizeof *g + 2 * sizeof *st->slots, err) < 0
               ? -1
               : sq_op_hold_event(op, ev, err);
}

static int mvcombine_finish(sq_op *op, sq_error *err) {
    mvcombine_state *st = op->state;
    free(st->slots);
    st->slots = NULL;
    st->nslots = 0;
    for (size_t i = 0; i < st->n; i++) {
        sq_event *ev = st->groups[i].ev;
        st->groups[i].ev = NULL;
        if (sq_op_emit(op, ev, err) < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const mvcombine_options[] = {"delim=", NULL};

const sq_command sq_cmd_mvcombine = {
    .name = "mvcombine",
    .kind = SQ_CMD_BLOCKING,
    .options = mvcombine_options,
    .setup = mvcombine_setup,
    .push = mvcombine_push,
    .finish = mvcombine_finish,
    .destroy = mvcombine_destroy,
};
