/* memsource.c — inputs held in memory (memsource.h): load once through the
 * input layer's event reader, hand out copies per query with their field
 * names re-interned into the query's symbol table. */
#include <stdlib.h>
#include <string.h>

#include "splq/buf.h"
#include "splq/input.h"
#include "splq/memsource.h"
#include "splq/sourcetype.h"

struct sq_memsource {
    sq_symtab *syms;
    sq_event **events;
    size_t n;
    size_t cap;
    uint64_t bytes;
};

static void keep(sq_memsource *m, sq_event *ev) {
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 1024;
        m->events = sq_xrealloc(m->events, m->cap * sizeof *m->events);
    }
    m->events[m->n++] = ev;
}

int sq_memsource_load(sq_env *env, const sq_input *in, uint64_t max_bytes, sq_memsource **out,
                      sq_counters *counters, sq_error *err) {
    *out = NULL;
    sq_memsource *m = sq_xcalloc(1, sizeof *m);
    m->syms = sq_symtab_new();
    /* A query of its own, only to build events: its table becomes ours. */
    sq_query q;
    memset(&q, 0, sizeof q);
    q.env = env;
    q.syms = m->syms;
    q.now = env->now;
    q.inputs = in;
    q.ninputs = 1;
    sq_st_apply *st = NULL;
    sq_event_reader *er = NULL;
    int rc = sq_st_apply_new(&q, &st, err);
    if (rc == 0)
        rc = sq_event_reader_open(&q, in->path, in->source, in->sourcetype, st, &er, err);
    sq_event *ev;
    while (rc == 0) {
        int more = sq_event_reader_next(er, &ev, err);
        if (more <= 0) {
            rc = more;
            break;
        }
        keep(m, ev);
        if (sq_cancelled(env, err) < 0)
            rc = -1;
        else if (max_bytes && q.counters.bytes_read > max_bytes)
            rc = sq_fail(err, SQ_ERR_LIMIT, "%s: more than %llu bytes, too large to keep in memory",
                         in->path, (unsigned long long)max_bytes);
    }
    if (er)
        sq_event_reader_close(er);
    sq_st_apply_free(st);
    m->bytes = q.counters.bytes_read;
    if (counters)
        *counters = q.counters; /* the caller frees its files (sq_counters_free) */
    else
        sq_counters_free(&q.counters);
    if (rc < 0) {
        sq_memsource_free(m);
        return -1;
    }
    *out = m;
    return 0;
}

void sq_memsource_free(sq_memsource *m) {
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++)
        sq_event_free(m->events[i]);
    free(m->events);
    sq_symtab_free(m->syms);
    free(m);
}

size_t sq_memsource_count(const sq_memsource *m) {
    return m->n;
}

uint64_t sq_memsource_bytes(const sq_memsource *m) {
    return m->bytes;
}

const sq_event *sq_memsource_event(const sq_memsource *m, size_t i) {
    return i < m->n ? m->events[i] : NULL;
}

const sq_symtab *sq_memsource_syms(const sq_memsource *m) {
    return m->syms;
}

void sq_memfeed_init(sq_memfeed *f, const sq_memsource *src, sq_symtab *syms) {
    memset(f, 0, sizeof *f);
    f->src = src;
    f->syms = syms;
}

static sq_sym map_sym(sq_memfeed *f, sq_sym s) {
    if (s >= f->nmap) {
        size_t n = sq_symtab_count(f->src->syms);
        f->map = sq_xrealloc(f->map, n * sizeof *f->map);
        for (size_t i = f->nmap; i < n; i++)
            f->map[i] = sq_intern(f->syms, sq_sym_name(f->src->syms, (sq_sym)i),
                                  sq_sym_len(f->src->syms, (sq_sym)i));
        f->nmap = n;
    }
    return f->map[s];
}

sq_event *sq_memfeed_next(sq_memfeed *f) {
    if (f->next >= f->src->n)
        return NULL;
    const sq_event *from = f->src->events[f->next++];
    sq_event *ev = sq_event_new();
    ev->seq = from->seq;
    for (uint32_t i = 0; i < from->n; i++)
        sq_event_set(ev, map_sym(f, from->fields[i].sym), sq_value_copy(&from->fields[i].val));
    return ev;
}

void sq_memfeed_done(sq_memfeed *f) {
    free(f->map);
    memset(f, 0, sizeof *f);
}
