/* groups.c — groups keyed by BY values (see groups.h): open addressing over
 * a length-prefixed byte key. */
#include <stdlib.h>
#include <string.h>

#include "groups.h"
#include "splq/buf.h"
#include "splq/error.h"

typedef struct gentry {
    char *key;
    size_t keylen;
    uint64_t hash;
    sq_value *vals;
    void *payload;
} gentry;

struct sq_gtable {
    int nkeys;
    size_t psize;
    gentry *g;
    size_t n, cap;
    uint32_t *slots; /* index+1; 0 = empty */
    size_t nslots;
    sq_buf key, scratch;
    size_t bytes; /* the entries' keys and payloads, estimated */
};

sq_gtable *sq_gtable_new(int nkeys, size_t payload_size) {
    sq_gtable *t = sq_xcalloc(1, sizeof *t);
    t->nkeys = nkeys;
    t->psize = payload_size;
    return t;
}

void sq_gtable_free(sq_gtable *t, void (*payload_free)(void *payload)) {
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++) {
        if (payload_free)
            payload_free(t->g[i].payload);
        free(t->g[i].payload);
        for (int k = 0; k < t->nkeys; k++)
            sq_value_free(&t->g[i].vals[k]);
        free(t->g[i].vals);
        free(t->g[i].key);
    }
    free(t->g);
    free(t->slots);
    sq_buf_free(&t->key);
    sq_buf_free(&t->scratch);
    free(t);
}

static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void rehash(sq_gtable *t) {
    size_t n = t->nslots ? t->nslots * 2 : 64;
    free(t->slots);
    t->slots = sq_xcalloc(n, sizeof *t->slots);
    t->nslots = n;
    for (size_t i = 0; i < t->n; i++) {
        size_t j = t->g[i].hash & (n - 1);
        while (t->slots[j])
            j = (j + 1) & (n - 1);
        t->slots[j] = (uint32_t)(i + 1);
    }
}

static void make_key(sq_gtable *t, sq_value *const *keys) {
    sq_buf_reset(&t->key);
    for (int k = 0; k < t->nkeys; k++) {
        size_t len;
        const char *s = sq_value_text(keys[k], &t->scratch, &len);
        uint32_t l = (uint32_t)len;
        sq_buf_add(&t->key, (const char *)&l, sizeof l);
        sq_buf_add(&t->key, s, len);
    }
}

long sq_gtable_lookup(sq_gtable *t, sq_value *const *keys) {
    if (t->n == 0)
        return -1;
    make_key(t, keys);
    const char *key = t->key.data ? t->key.data : "";
    size_t len = t->key.len;
    uint64_t h = hash_bytes(key, len);
    size_t j = h & (t->nslots - 1);
    while (t->slots[j]) {
        gentry *e = &t->g[t->slots[j] - 1];
        if (e->hash == h && e->keylen == len && memcmp(e->key, key, len) == 0)
            return (long)(t->slots[j] - 1);
        j = (j + 1) & (t->nslots - 1);
    }
    return -1;
}

size_t sq_gtable_find(sq_gtable *t, sq_value *const *keys, int *created) {
    make_key(t, keys);
    const char *key = t->key.data ? t->key.data : "";
    size_t len = t->key.len;
    uint64_t h = hash_bytes(key, len);
    if ((t->n + 1) * 4 > t->nslots * 3)
        rehash(t);
    size_t j = h & (t->nslots - 1);
    while (t->slots[j]) {
        gentry *e = &t->g[t->slots[j] - 1];
        if (e->hash == h && e->keylen == len && memcmp(e->key, key, len) == 0) {
            if (created)
                *created = 0;
            return t->slots[j] - 1;
        }
        j = (j + 1) & (t->nslots - 1);
    }
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->g = sq_xrealloc(t->g, t->cap * sizeof *t->g);
    }
    gentry *e = &t->g[t->n];
    e->key = sq_xmalloc(len + 1);
    memcpy(e->key, key, len);
    e->keylen = len;
    e->hash = h;
    e->vals = sq_xcalloc((size_t)(t->nkeys ? t->nkeys : 1), sizeof *e->vals);
    for (int k = 0; k < t->nkeys; k++)
        e->vals[k] = sq_value_copy(keys[k]);
    e->payload = sq_xcalloc(1, t->psize ? t->psize : 1);
    t->bytes += sizeof *e + 2 * sizeof *t->slots + 2 * len + t->psize + 48 +
                (size_t)t->nkeys * sizeof *e->vals;
    t->slots[j] = (uint32_t)(++t->n);
    if (created)
        *created = 1;
    return t->n - 1;
}

size_t sq_gtable_bytes(const sq_gtable *t) {
    return t ? t->bytes : 0;
}

size_t sq_gtable_count(const sq_gtable *t) {
    return t->n;
}

void *sq_gtable_payload(const sq_gtable *t, size_t i) {
    return t->g[i].payload;
}

sq_value *sq_gtable_keys(const sq_gtable *t, size_t i) {
    return t->g[i].vals;
}

int sq_gkeys_cmp(sq_value *a, sq_value *b, int nkeys) {
    for (int i = 0; i < nkeys; i++) {
        int c = sq_value_cmp_auto(&a[i], &b[i]);
        if (c == 0)
            c = sq_value_cmp_str(&a[i], &b[i]);
        if (c)
            return c;
    }
    return 0;
}

/* --- aggregate lists ------------------------------------------------------------ */

static int is_stop(const sq_args *a, const char *const *stop) {
    if (sq_args_at_keyword(a, "by"))
        return 1;
    for (int i = 0; stop && stop[i]; i++)
        if (sq_args_at_keyword(a, stop[i]))
            return 1;
    return 0;
}

int sq_agglist_parse(sq_query *q, sq_args *a, const char *cmd, const char *const *stop,
                     sq_agglist *out, sq_error *err) {
    for (;;) {
        sq_args_skip_commas(a);
        const sq_ast *next = sq_args_peek(a);
        if (!next || is_stop(a, stop))
            break;
        if (!sq_agg_is_term(next)) {
            if (out->n > 0)
                break; /* the caller's own arguments follow */
            return sq_fail_at(err, SQ_ERR_ARG, next->span, "%s: unknown statistical function '%s'",
                              cmd, next->text ? next->text : "");
        }
        if (out->n == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 4;
            out->specs = sq_xrealloc(out->specs, (size_t)out->cap * sizeof *out->specs);
        }
        sq_agg_spec *s = &out->specs[out->n];
        if (sq_agg_parse(q, a, s, err) < 0)
            return -1;
        out->n++;
        if (s->wildcard)
            return sq_fail_at(err, SQ_ERR_UNSUPPORTED, s->span,
                              "%s: wildcard arguments such as %s(%s) are not supported", cmd,
                              s->fname, s->wildcard);
    }
    if (out->n == 0) {
        const sq_ast *next = sq_args_peek(a);
        return sq_fail_at(err, SQ_ERR_ARG, next ? next->span : sq_args_end_span(a),
                          "%s: expected at least one statistical function, e.g. count", cmd);
    }
    return 0;
}

void sq_agglist_free(sq_agglist *l) {
    for (int i = 0; i < l->n; i++)
        sq_agg_spec_free(&l->specs[i]);
    free(l->specs);
    l->specs = NULL;
    l->n = l->cap = 0;
}

/* --- BY combinations ------------------------------------------------------------- */

int sq_by_each(sq_event *ev, const sq_sym *by, int nby, sq_by_fn fn, void *ud) {
    sq_value *vals[nby > 0 ? nby : 1];
    sq_value *keys[nby > 0 ? nby : 1];
    size_t idx[nby > 0 ? nby : 1], cnt[nby > 0 ? nby : 1];
    for (int i = 0; i < nby; i++) {
        vals[i] = sq_event_get(ev, by[i]);
        cnt[i] = vals[i] ? sq_value_count(vals[i]) : 0;
        if (cnt[i] == 0)
            return 0;
        idx[i] = 0;
    }
    int calls = 0;
    for (;;) {
        for (int i = 0; i < nby; i++)
            keys[i] = sq_value_at(vals[i], idx[i]);
        if (fn(ud, keys, calls) < 0)
            return -1;
        calls++;
        int i = nby - 1;
        while (i >= 0 && ++idx[i] == cnt[i])
            idx[i--] = 0;
        if (i < 0)
            return calls;
    }
}
