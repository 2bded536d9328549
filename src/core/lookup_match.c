/* lookup_match.c — applying a lookup table to events: finding the rows that
 * match an event's values and writing the output fields (the lookup command;
 * automatic lookups can use the same call).
 *
 * Matching: exact columns compare whole values (ASCII case-insensitively
 * when the definition says case_sensitive_match = false); WILDCARD columns
 * hold patterns where '*' matches any run; CIDR columns hold subnets (a bare
 * address is a /32 or /128).  Rows are tried in file order, and the first
 * max_matches that match are used.
 *
 * Speed: rows are indexed by the values of their exact match columns (a hash
 * of the combined key to the rows in file order), so an event costs one hash
 * probe plus the wildcard/CIDR tests of the rows under that key.  With no
 * exact column but a WILDCARD one (security_content's 92,000 dynamic DNS
 * patterns), each pattern is filed under the rarest three-character run of
 * its literal text, and only the patterns filed under a run the value
 * contains (or with no such run) are tried.  Otherwise every row is tried. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lookup_int.h"
#include "search/internal.h"
#include "splq/buf.h"
#include "splq/lookup.h"
#include "splq/search.h"

/* Combinations of multivalue match fields tried per event, at most. */
#define MAX_COMBOS 10000

typedef struct bucket {
    char *key; /* NULL: empty */
    size_t len;
    uint64_t hash;
    size_t *rows;
    size_t nrows, cap;
} bucket;

struct sq_lookup_call {
    sq_lookup_table *t;
    size_t nin;
    int *incol;
    sq_sym *infield;
    size_t nout;
    int *outcol;
    sq_sym *outfield;
    int outputnew;
    /* the index over the exact match columns */
    int nexact;
    bucket *buckets;
    size_t nbuckets, used;
    /* no exact column but a WILDCARD one: its patterns indexed by trigram */
    struct tri_index *tri;
    /* CIDR columns: each row's subnet, parsed once (ok[row] = parsed) */
    sq_search_cidr **cidr;
    unsigned char **cidr_ok;
    /* scratch */
    sq_buf key, scratch;
    long *hits; /* matched rows; -1 stands for default_match */
    size_t nhits, caphits;
    size_t *pick; /* per match field: the value index of the combination */
};

static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void key_add(sq_lookup_call *c, const char *s, size_t len) {
    uint32_t n = (uint32_t)len;
    sq_buf_add(&c->key, (const char *)&n, sizeof n);
    if (c->t->case_sensitive) {
        sq_buf_add(&c->key, s, len);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        sq_buf_addc(&c->key, ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch);
    }
}

static bucket *bucket_find(sq_lookup_call *c, int create) {
    if (create && (c->used + 1) * 4 > c->nbuckets * 3) {
        size_t n = c->nbuckets ? c->nbuckets * 2 : 256;
        bucket *nb = sq_xcalloc(n, sizeof *nb);
        for (size_t i = 0; i < c->nbuckets; i++) {
            if (!c->buckets[i].key)
                continue;
            size_t j = c->buckets[i].hash & (n - 1);
            while (nb[j].key)
                j = (j + 1) & (n - 1);
            nb[j] = c->buckets[i];
        }
        free(c->buckets);
        c->buckets = nb;
        c->nbuckets = n;
    }
    if (c->nbuckets == 0)
        return NULL;
    const char *k = c->key.data ? c->key.data : "";
    uint64_t h = hash_bytes(k, c->key.len);
    size_t j = h & (c->nbuckets - 1);
    while (c->buckets[j].key) {
        bucket *b = &c->buckets[j];
        if (b->hash == h && b->len == c->key.len && memcmp(b->key, k, b->len) == 0)
            return b;
        j = (j + 1) & (c->nbuckets - 1);
    }
    if (!create)
        return NULL;
    bucket *b = &c->buckets[j];
    b->key = sq_xstrndup(k, c->key.len);
    b->len = c->key.len;
    b->hash = h;
    c->used++;
    return b;
}

static void build_index(sq_lookup_call *c) {
    const sq_lookup_table *t = c->t;
    for (size_t r = 0; r < t->nrows; r++) {
        sq_buf_reset(&c->key);
        for (size_t i = 0; i < c->nin; i++) {
            if (t->match[c->incol[i]] != SQ_MATCH_EXACT)
                continue;
            const char *cell = sq_lookup_cell(t, r, (size_t)c->incol[i]);
            key_add(c, cell, strlen(cell));
        }
        bucket *b = bucket_find(c, 1);
        if (b->nrows == b->cap) {
            b->cap = b->cap ? b->cap * 2 : 2;
            b->rows = sq_xrealloc(b->rows, b->cap * sizeof *b->rows);
        }
        b->rows[b->nrows++] = r;
    }
}

static void parse_cidrs(sq_lookup_call *c) {
    const sq_lookup_table *t = c->t;
    c->cidr = sq_xcalloc(c->nin, sizeof *c->cidr);
    c->cidr_ok = sq_xcalloc(c->nin, sizeof *c->cidr_ok);
    for (size_t i = 0; i < c->nin; i++) {
        if (t->match[c->incol[i]] != SQ_MATCH_CIDR)
            continue;
        c->cidr[i] = sq_xcalloc(t->nrows ? t->nrows : 1, sizeof **c->cidr);
        c->cidr_ok[i] = sq_xcalloc(t->nrows ? t->nrows : 1, 1);
        for (size_t r = 0; r < t->nrows; r++) {
            const char *cell = sq_lookup_cell(t, r, (size_t)c->incol[i]);
            size_t len = strlen(cell);
            if (sq_search_cidr_parse(cell, len, &c->cidr[i][r])) {
                c->cidr_ok[i][r] = 1;
                continue;
            }
            /* a bare address is its own subnet */
            char buf[80];
            if (len < 60) {
                int n = snprintf(buf, sizeof buf, "%s/%d", cell, strchr(cell, ':') ? 128 : 32);
                c->cidr_ok[i][r] =
                    (unsigned char)sq_search_cidr_parse(buf, (size_t)n, &c->cidr[i][r]);
            }
        }
    }
}

/* --- the trigram index of a WILDCARD column ------------------------------------- */

typedef struct tri_slot {
    uint32_t key; /* trigram + 1; 0: empty */
    size_t count; /* patterns holding the trigram (while building) */
    size_t *rows;
    size_t n, cap;
} tri_slot;

typedef struct tri_index {
    size_t in; /* the match field whose column is indexed */
    int cs;
    tri_slot *slots;
    size_t nslots, used;
    size_t *always; /* patterns without a three-character literal run */
    size_t nalways, capalways;
    uint32_t *stamp; /* per row: the query that last took it */
    uint32_t gen;
    size_t *cand;
    size_t ncand, capcand;
} tri_index;

/* Below this many rows a plain scan is as fast. */
#define TRI_MIN_ROWS 256

static unsigned char tri_fold(unsigned char ch, int cs) {
    return !cs && ch >= 'A' && ch <= 'Z' ? (unsigned char)(ch - 'A' + 'a') : ch;
}

static uint32_t tri_key(const char *s, int cs) {
    return ((uint32_t)tri_fold((unsigned char)s[0], cs) << 16 |
            (uint32_t)tri_fold((unsigned char)s[1], cs) << 8 |
            (uint32_t)tri_fold((unsigned char)s[2], cs)) +
           1;
}

static tri_slot *tri_find(tri_index *x, uint32_t key, int create) {
    if (create && (x->used + 1) * 4 > x->nslots * 3) {
        size_t n = x->nslots ? x->nslots * 2 : 1024;
        tri_slot *ns = sq_xcalloc(n, sizeof *ns);
        for (size_t i = 0; i < x->nslots; i++) {
            if (!x->slots[i].key)
                continue;
            size_t j = (x->slots[i].key * 2654435761u) & (n - 1);
            while (ns[j].key)
                j = (j + 1) & (n - 1);
            ns[j] = x->slots[i];
        }
        free(x->slots);
        x->slots = ns;
        x->nslots = n;
    }
    if (!x->nslots)
        return NULL;
    size_t j = (key * 2654435761u) & (x->nslots - 1);
    while (x->slots[j].key) {
        if (x->slots[j].key == key)
            return &x->slots[j];
        j = (j + 1) & (x->nslots - 1);
    }
    if (!create)
        return NULL;
    x->slots[j].key = key;
    x->used++;
    return &x->slots[j];
}

/* Visit the trigrams of the literal runs of a pattern. */
static void tri_each(const char *pat, int cs, tri_index *x, size_t row, int pass, size_t *best,
                     uint32_t *best_key) {
    for (const char *p = pat; *p;) {
        size_t run = strcspn(p, "*");
        for (size_t k = 0; k + 3 <= run; k++) {
            uint32_t key = tri_key(p + k, cs);
            if (pass == 0) {
                tri_find(x, key, 1)->count++;
            } else {
                tri_slot *sl = tri_find(x, key, 0);
                if (sl && sl->count < *best) {
                    *best = sl->count;
                    *best_key = key;
                }
            }
        }
        p += run;
        while (*p == '*')
            p++;
    }
    (void)row;
}

static tri_index *tri_build(const sq_lookup_table *t, size_t in, int col) {
    tri_index *x = sq_xcalloc(1, sizeof *x);
    x->in = in;
    x->cs = t->case_sensitive;
    for (size_t r = 0; r < t->nrows; r++)
        tri_each(sq_lookup_cell(t, r, (size_t)col), x->cs, x, r, 0, NULL, NULL);
    for (size_t r = 0; r < t->nrows; r++) {
        size_t best = (size_t)-1;
        uint32_t key = 0;
        tri_each(sq_lookup_cell(t, r, (size_t)col), x->cs, x, r, 1, &best, &key);
        if (!key) {
            if (x->nalways == x->capalways) {
                x->capalways = x->capalways ? x->capalways * 2 : 16;
                x->always = sq_xrealloc(x->always, x->capalways * sizeof *x->always);
            }
            x->always[x->nalways++] = r;
            continue;
        }
        tri_slot *sl = tri_find(x, key, 0);
        if (sl->n == sl->cap) {
            sl->cap = sl->cap ? sl->cap * 2 : 2;
            sl->rows = sq_xrealloc(sl->rows, sl->cap * sizeof *sl->rows);
        }
        sl->rows[sl->n++] = r;
    }
    x->stamp = sq_xcalloc(t->nrows ? t->nrows : 1, sizeof *x->stamp);
    return x;
}

static void tri_free(tri_index *x) {
    if (!x)
        return;
    for (size_t i = 0; i < x->nslots; i++)
        free(x->slots[i].rows);
    free(x->slots);
    free(x->always);
    free(x->stamp);
    free(x->cand);
    free(x);
}

static void cand_push(tri_index *x, size_t row) {
    if (x->stamp[row] == x->gen)
        return;
    x->stamp[row] = x->gen;
    if (x->ncand == x->capcand) {
        x->capcand = x->capcand ? x->capcand * 2 : 64;
        x->cand = sq_xrealloc(x->cand, x->capcand * sizeof *x->cand);
    }
    x->cand[x->ncand++] = row;
}

static int cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The rows whose pattern may match the value, in file order. */
static void tri_candidates(tri_index *x, const char *s, size_t len) {
    if (++x->gen == 0) { /* wrapped: forget every stamp */
        size_t n = 0;
        for (size_t i = 0; i < x->nslots; i++)
            for (size_t k = 0; k < x->slots[i].n; k++)
                n = x->slots[i].rows[k] + 1 > n ? x->slots[i].rows[k] + 1 : n;
        memset(x->stamp, 0, n * sizeof *x->stamp);
        x->gen = 1;
    }
    x->ncand = 0;
    for (size_t i = 0; i < x->nalways; i++)
        cand_push(x, x->always[i]);
    for (size_t k = 0; k + 3 <= len; k++) {
        tri_slot *sl = tri_find(x, tri_key(s + k, x->cs), 0);
        for (size_t i = 0; sl && i < sl->n; i++)
            cand_push(x, sl->rows[i]);
    }
    sq_sort(x->cand, x->ncand, sizeof *x->cand, cmp_size);
}

size_t sq_lookup_call_bytes(const sq_lookup_call *c) {
    /* the exact index: a bucket per key and a row number per row */
    return c->t->bytes + c->nbuckets * sizeof *c->buckets + c->t->nrows * sizeof(size_t) * 2;
}

void sq_lookup_call_free(sq_lookup_call *c) {
    if (!c)
        return;
    for (size_t i = 0; i < c->nbuckets; i++) {
        free(c->buckets[i].key);
        free(c->buckets[i].rows);
    }
    free(c->buckets);
    if (c->cidr)
        for (size_t i = 0; i < c->nin; i++) {
            free(c->cidr[i]);
            free(c->cidr_ok[i]);
        }
    free(c->cidr);
    free(c->cidr_ok);
    tri_free(c->tri);
    free(c->incol);
    free(c->infield);
    free(c->outcol);
    free(c->outfield);
    free(c->hits);
    free(c->pick);
    sq_buf_free(&c->key);
    sq_buf_free(&c->scratch);
    sq_lookup_table_free(c->t);
    free(c);
}

/* A column of the table; a KV store table (no data, maybe no declared
 * columns) takes any name. */
static int need_col(sq_lookup_table *t, const char *name, const char *what, sq_error *err) {
    int col = sq_lookup_col(t, name);
    if (col >= 0)
        return col;
    if (t->kvstore) {
        sq_lookup_table_add_col(t, name, strlen(name));
        return (int)t->ncols - 1;
    }
    sq_fail(err, SQ_ERR_ARG, "lookup \"%s\": the table has no %s column \"%s\" (columns: ", t->name,
            what, name);
    size_t at = strlen(err->msg);
    for (size_t i = 0; i < t->ncols && at + 4 < sizeof err->msg; i++) {
        int n = snprintf(err->msg + at, sizeof err->msg - at, "%s%s", i ? ", " : "", t->cols[i]);
        at += n > 0 ? (size_t)n : 0;
    }
    if (at + 2 < sizeof err->msg)
        strcat(err->msg, ")");
    return -1;
}

int sq_lookup_call_new(sq_query *q, const sq_lookup_spec *spec, sq_lookup_call **out,
                       sq_error *err) {
    *out = NULL;
    sq_lookup_table *t;
    if (sq_lookup_open(q->env ? q->env->lookups : NULL, spec->table, q->env ? &q->env->diag : NULL,
                       &t, err) < 0)
        return -1;
    sq_lookup_call *c = sq_xcalloc(1, sizeof *c);
    c->t = t;
    c->outputnew = spec->outputnew;
    c->nin = spec->nin;
    c->incol = sq_xcalloc(spec->nin + 1, sizeof *c->incol);
    c->infield = sq_xcalloc(spec->nin + 1, sizeof *c->infield);
    c->pick = sq_xcalloc(spec->nin + 1, sizeof *c->pick);
    for (size_t i = 0; i < spec->nin; i++) {
        if ((c->incol[i] = need_col(t, spec->in_cols[i], "match", err)) < 0)
            goto fail;
        c->infield[i] = sq_intern_cstr(q->syms, spec->in_fields[i]);
        if (t->match[c->incol[i]] == SQ_MATCH_EXACT)
            c->nexact++;
    }
    if (spec->nout > 0) {
        c->nout = spec->nout;
        c->outcol = sq_xcalloc(spec->nout, sizeof *c->outcol);
        c->outfield = sq_xcalloc(spec->nout, sizeof *c->outfield);
        for (size_t i = 0; i < spec->nout; i++) {
            if ((c->outcol[i] = need_col(t, spec->out_cols[i], "output", err)) < 0)
                goto fail;
            c->outfield[i] = sq_intern_cstr(q->syms, spec->out_fields[i]);
        }
    } else {
        /* every column that is not a match column, under its own name */
        c->outcol = sq_xcalloc(t->ncols + 1, sizeof *c->outcol);
        c->outfield = sq_xcalloc(t->ncols + 1, sizeof *c->outfield);
        for (size_t col = 0; col < t->ncols; col++) {
            int is_in = 0;
            for (size_t i = 0; i < c->nin; i++)
                is_in |= c->incol[i] == (int)col;
            if (is_in)
                continue;
            c->outcol[c->nout] = (int)col;
            c->outfield[c->nout++] = sq_intern_cstr(q->syms, t->cols[col]);
        }
    }
    if (c->nexact > 0)
        build_index(c);
    else if (t->nrows >= TRI_MIN_ROWS)
        for (size_t i = 0; i < c->nin && !c->tri; i++)
            if (t->match[c->incol[i]] == SQ_MATCH_WILDCARD)
                c->tri = tri_build(t, i, c->incol[i]);
    parse_cidrs(c);
    *out = c;
    return 0;
fail:
    sq_lookup_call_free(c);
    return -1;
}

/* --- matching one combination of values ---------------------------------------- */

static void hit_push(sq_lookup_call *c, long row) {
    if (c->nhits == c->caphits) {
        c->caphits = c->caphits ? c->caphits * 2 : 16;
        c->hits = sq_xrealloc(c->hits, c->caphits * sizeof *c->hits);
    }
    c->hits[c->nhits++] = row;
}

/* Do the row's non-exact match columns accept the combination's values? */
static int row_accepts(sq_lookup_call *c, size_t row, const char *const *text, const size_t *len) {
    const sq_lookup_table *t = c->t;
    for (size_t i = 0; i < c->nin; i++) {
        switch (t->match[c->incol[i]]) {
        case SQ_MATCH_EXACT:
            if (c->nexact == 0) /* not reached: exact columns go through the index */
                return 0;
            break;
        case SQ_MATCH_WILDCARD: {
            const char *pat = sq_lookup_cell(t, row, (size_t)c->incol[i]);
            if (!sq_wildcard_match(pat, strlen(pat), text[i], len[i], t->case_sensitive))
                return 0;
            break;
        }
        case SQ_MATCH_CIDR:
            if (!c->cidr_ok[i][row] || !sq_search_cidr_contains(&c->cidr[i][row], text[i], len[i]))
                return 0;
            break;
        }
    }
    return 1;
}

static void match_combo(sq_lookup_call *c, const char *const *text, const size_t *len) {
    const sq_lookup_table *t = c->t;
    long found = 0;
    if (c->nexact > 0) {
        sq_buf_reset(&c->key);
        for (size_t i = 0; i < c->nin; i++)
            if (t->match[c->incol[i]] == SQ_MATCH_EXACT)
                key_add(c, text[i], len[i]);
        bucket *b = bucket_find(c, 0);
        for (size_t k = 0; b && k < b->nrows && found < t->max_matches; k++)
            if (row_accepts(c, b->rows[k], text, len)) {
                hit_push(c, (long)b->rows[k]);
                found++;
            }
    } else if (c->tri) {
        tri_index *x = c->tri;
        tri_candidates(x, text[x->in], len[x->in]);
        for (size_t k = 0; k < x->ncand && found < t->max_matches; k++)
            if (row_accepts(c, x->cand[k], text, len)) {
                hit_push(c, (long)x->cand[k]);
                found++;
            }
    } else {
        for (size_t r = 0; r < t->nrows && found < t->max_matches; r++)
            if (row_accepts(c, r, text, len)) {
                hit_push(c, (long)r);
                found++;
            }
    }
    for (; found < t->min_matches; found++)
        hit_push(c, -1);
}

/* --- writing the outputs ---------------------------------------------------------- */

static sq_value output_value(sq_lookup_call *c, int col) {
    sq_value v = SQ_VALUE_NULL;
    for (size_t k = 0; k < c->nhits; k++) {
        const char *s = c->hits[k] < 0 ? c->t->default_match
                                       : sq_lookup_cell(c->t, (size_t)c->hits[k], (size_t)col);
        if (*s)
            sq_value_mv_push(&v, sq_value_cstr(s));
    }
    if (v.type == SQ_MV && v.u.mv.n == 1) { /* one value stays single */
        sq_value one = v.u.mv.items[0];
        free(v.u.mv.items);
        v = one;
    }
    return v;
}

void sq_lookup_call_apply(sq_lookup_call *c, sq_event *ev) {
    enum { STACK = 8 };
    const char *stext[STACK];
    size_t slen[STACK];
    sq_value *svals[STACK];
    const char **text = c->nin <= STACK ? stext : sq_xcalloc(c->nin, sizeof *text);
    size_t *len = c->nin <= STACK ? slen : sq_xcalloc(c->nin, sizeof *len);
    sq_value **vals = c->nin <= STACK ? svals : sq_xcalloc(c->nin, sizeof *vals);
    sq_buf *scratch = NULL;
    size_t combos = 1;
    int missing = 0;
    for (size_t i = 0; i < c->nin; i++) {
        vals[i] = sq_event_get(ev, c->infield[i]);
        size_t n = vals[i] ? sq_value_count(vals[i]) : 0;
        if (n == 0)
            missing = 1;
        else if (combos <= MAX_COMBOS)
            combos *= n;
        c->pick[i] = 0;
    }
    if (missing || c->nin == 0)
        goto done; /* Splunk leaves an event without its match fields alone */
    if (combos > MAX_COMBOS)
        combos = MAX_COMBOS;
    /* numbers need formatting; one scratch buffer per field keeps their
     * texts alive together */
    scratch = sq_xcalloc(c->nin, sizeof *scratch);
    c->nhits = 0;
    for (size_t k = 0; k < combos; k++) {
        for (size_t i = 0; i < c->nin; i++) {
            sq_buf_reset(&scratch[i]);
            text[i] = sq_value_text(sq_value_at(vals[i], c->pick[i]), &scratch[i], &len[i]);
        }
        match_combo(c, text, len);
        /* next combination: the last field's values turn fastest */
        for (size_t i = c->nin; i-- > 0;) {
            if (++c->pick[i] < sq_value_count(vals[i]))
                break;
            c->pick[i] = 0;
        }
    }
    /* All outputs are computed before any is written: an output field may
     * also be a match field. */
    sq_value *outs = sq_xcalloc(c->nout + 1, sizeof *outs);
    for (size_t o = 0; o < c->nout; o++)
        outs[o] = output_value(c, c->outcol[o]);
    for (size_t o = 0; o < c->nout; o++) {
        int has = sq_event_get(ev, c->outfield[o]) != NULL;
        if (c->outputnew) {
            if (!has && outs[o].type != SQ_NULL)
                sq_event_set(ev, c->outfield[o], sq_value_move(&outs[o]));
        } else if (outs[o].type != SQ_NULL) {
            sq_event_set(ev, c->outfield[o], sq_value_move(&outs[o]));
        } else if (has) {
            sq_event_remove(ev, c->outfield[o]);
        }
        sq_value_free(&outs[o]);
    }
    free(outs);
done:
    if (scratch) {
        for (size_t i = 0; i < c->nin; i++)
            sq_buf_free(&scratch[i]);
        free(scratch);
    }
    if (text != stext) {
        free(text);
        free(len);
        free(vals);
    }
}
