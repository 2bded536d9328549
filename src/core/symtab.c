/* symtab.c — interning of field names (one table per query).
 *
 * Names live in an array indexed by symbol; an open-addressing hash table
 * of symbol numbers finds a name's symbol. */
#include <stdlib.h>
#include <string.h>

#include "splq/buf.h"
#include "splq/event.h"

typedef struct sym_name {
    char *text;
    size_t len;
    uint32_t hash;
} sym_name;

struct sq_symtab {
    sym_name *names;
    size_t n, cap;
    uint32_t *slots; /* symbol + 1; 0 = empty */
    size_t nslots;
};

static uint32_t hash_bytes(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static void rehash(sq_symtab *t, size_t nslots) {
    free(t->slots);
    t->slots = sq_xcalloc(nslots, sizeof *t->slots);
    t->nslots = nslots;
    for (size_t i = 0; i < t->n; i++) {
        size_t j = t->names[i].hash & (nslots - 1);
        while (t->slots[j])
            j = (j + 1) & (nslots - 1);
        t->slots[j] = (uint32_t)i + 1;
    }
}

sq_symtab *sq_symtab_new(void) {
    static const char *const predefined[SQ_SYM_PREDEFINED] = {
        [SQ_SYM_TIME] = "_time",           [SQ_SYM_RAW] = "_raw",
        [SQ_SYM_SOURCE] = "source",        [SQ_SYM_SOURCETYPE] = "sourcetype",
        [SQ_SYM_HOST] = "host",            [SQ_SYM_INDEX] = "index",
        [SQ_SYM_LINECOUNT] = "linecount",
    };
    sq_symtab *t = sq_xcalloc(1, sizeof *t);
    rehash(t, 256);
    for (int i = 0; i < SQ_SYM_PREDEFINED; i++)
        sq_intern_cstr(t, predefined[i]);
    return t;
}

void sq_symtab_free(sq_symtab *t) {
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        free(t->names[i].text);
    free(t->names);
    free(t->slots);
    free(t);
}

static int find(const sq_symtab *t, const char *name, size_t len, uint32_t h, sq_sym *out) {
    size_t j = h & (t->nslots - 1);
    while (t->slots[j]) {
        const sym_name *s = &t->names[t->slots[j] - 1];
        if (s->hash == h && s->len == len && memcmp(s->text, name, len) == 0) {
            *out = t->slots[j] - 1;
            return 1;
        }
        j = (j + 1) & (t->nslots - 1);
    }
    return 0;
}

sq_sym sq_intern(sq_symtab *t, const char *name, size_t len) {
    uint32_t h = hash_bytes(name, len);
    sq_sym found;
    if (find(t, name, len, h, &found))
        return found;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->names = sq_xrealloc(t->names, t->cap * sizeof *t->names);
    }
    t->names[t->n] = (sym_name){sq_xstrndup(name, len), len, h};
    t->n++;
    if (t->n * 2 > t->nslots)
        rehash(t, t->nslots * 2);
    else {
        size_t j = h & (t->nslots - 1);
        while (t->slots[j])
            j = (j + 1) & (t->nslots - 1);
        t->slots[j] = (uint32_t)t->n;
    }
    return (sq_sym)(t->n - 1);
}

sq_sym sq_intern_cstr(sq_symtab *t, const char *name) {
    return sq_intern(t, name, strlen(name));
}

int sq_sym_find(const sq_symtab *t, const char *name, size_t len, sq_sym *out) {
    return find(t, name, len, hash_bytes(name, len), out);
}

const char *sq_sym_name(const sq_symtab *t, sq_sym s) {
    return s < t->n ? t->names[s].text : "";
}

size_t sq_sym_len(const sq_symtab *t, sq_sym s) {
    return s < t->n ? t->names[s].len : 0;
}

size_t sq_symtab_count(const sq_symtab *t) {
    return t->n;
}

int sq_sym_is_internal(const sq_symtab *t, sq_sym s) {
    return s < t->n && t->names[s].len > 0 && t->names[s].text[0] == '_';
}
