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
 * probe plus the wildcard/CIDR tests of the rows under that key; with no
 * exact column every row is tried. */
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
