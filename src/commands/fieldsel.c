/* fieldsel.c — selecting and ordering fields by a list of names with
 * wildcards (table, fields). */
#include "fieldsel.h"

#include <stdlib.h>
#include <string.h>

#include "splq/buf.h"
#include "splq/search.h"

void sq_fieldsel_init(sq_fieldsel *s, sq_query *q, const sq_nodelist *names) {
    memset(s, 0, sizeof *s);
    s->q = q;
    s->items = sq_xcalloc((size_t)(names->n ? names->n : 1), sizeof *s->items);
    for (int i = 0; i < names->n; i++) {
        sq_fieldsel_item *it = &s->items[s->n++];
        it->pat = names->items[i]->text;
        it->len = strlen(it->pat);
        it->wild = memchr(it->pat, '*', it->len) != NULL;
        if (!it->wild)
            it->sym = sq_intern(q->syms, it->pat, it->len);
    }
}

void sq_fieldsel_free(sq_fieldsel *s) {
    for (int i = 0; i < s->n; i++)
        free(s->items[i].cache);
    free(s->items);
    free(s->tmp);
    free(s->taken);
    free(s->named);
    memset(s, 0, sizeof *s);
}

int sq_fieldsel_item_matches(sq_fieldsel *s, int i, sq_sym sym) {
    sq_fieldsel_item *it = &s->items[i];
    if (!it->wild)
        return it->sym == sym;
    it->cache = sq_grow_zeroed(it->cache, &it->ncache, sym, 1, 64);
    if (it->cache[sym] == 0) {
        const char *name = sq_sym_name(s->q->syms, sym);
        size_t len = sq_sym_len(s->q->syms, sym);
        int ok = (it->pat[0] == '_' || name[0] != '_') &&
                 sq_wildcard_match(it->pat, it->len, name, len, 1);
        it->cache[sym] = ok ? 2 : 1;
    }
    return it->cache[sym] == 2;
}

int sq_fieldsel_matches(sq_fieldsel *s, sq_sym sym) {
    for (int i = 0; i < s->n; i++)
        if (sq_fieldsel_item_matches(s, i, sym))
            return 1;
    return 0;
}

/* qsort has no context argument in C11: sort (name pointer, index) pairs. */
typedef struct named {
    const char *name;
    uint32_t idx;
} named;

static int by_name(const void *a, const void *b) {
    return strcmp(((const named *)a)->name, ((const named *)b)->name);
}

static void grow(sq_fieldsel *s, size_t n) {
    if (n <= s->cap)
        return;
    s->cap = n < 16 ? 16 : n;
    s->tmp = sq_xrealloc(s->tmp, s->cap * sizeof *s->tmp);
    s->taken = sq_xrealloc(s->taken, s->cap);
    s->named = sq_xrealloc(s->named, s->cap * sizeof(named));
}

void sq_fieldsel_project(sq_fieldsel *s, sq_event *ev, int keep_time_raw) {
    uint32_t n = ev->n, out = 0;
    grow(s, n);
    memset(s->taken, 0, n);
    if (keep_time_raw) {
        for (uint32_t f = 0; f < n; f++) {
            sq_sym sym = ev->fields[f].sym;
            if ((sym == SQ_SYM_TIME || sym == SQ_SYM_RAW) && !sq_fieldsel_matches(s, sym)) {
                s->tmp[out++] = ev->fields[f];
                s->taken[f] = 1;
            }
        }
    }
    named *names = s->named;
    for (int i = 0; i < s->n; i++) {
        if (!s->items[i].wild) {
            for (uint32_t f = 0; f < n; f++) {
                if (!s->taken[f] && ev->fields[f].sym == s->items[i].sym) {
                    s->tmp[out++] = ev->fields[f];
                    s->taken[f] = 1;
                    break;
                }
            }
            continue;
        }
        uint32_t k = 0;
        for (uint32_t f = 0; f < n; f++)
            if (!s->taken[f] && sq_fieldsel_item_matches(s, i, ev->fields[f].sym)) {
                names[k].name = sq_sym_name(s->q->syms, ev->fields[f].sym);
                names[k++].idx = f;
            }
        sq_sort(names, k, sizeof *names, by_name);
        for (uint32_t j = 0; j < k; j++) {
            s->tmp[out++] = ev->fields[names[j].idx];
            s->taken[names[j].idx] = 1;
        }
    }
    for (uint32_t f = 0; f < n; f++)
        if (!s->taken[f])
            sq_value_free(&ev->fields[f].val);
    memcpy(ev->fields, s->tmp, out * sizeof *s->tmp);
    ev->n = out;
}
