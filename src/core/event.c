/* event.c — events as ordered lists of (symbol, value). */
#include <stdlib.h>
#include <string.h>

#include "splq/buf.h"
#include "splq/event.h"

sq_event *sq_event_new(void) {
    return sq_xcalloc(1, sizeof(sq_event));
}

void sq_event_free(sq_event *ev) {
    if (!ev)
        return;
    for (uint32_t i = 0; i < ev->n; i++)
        sq_value_free(&ev->fields[i].val);
    free(ev->fields);
    free(ev);
}

size_t sq_event_bytes(const sq_event *ev) {
    size_t b = sizeof *ev + ev->cap * sizeof *ev->fields;
    for (uint32_t i = 0; i < ev->n; i++)
        b += sq_value_bytes(&ev->fields[i].val);
    return b;
}

sq_event *sq_event_clone(const sq_event *ev) {
    sq_event *c = sq_event_new();
    c->seq = ev->seq;
    if (ev->n) {
        c->cap = ev->n;
        c->fields = sq_xmalloc(c->cap * sizeof *c->fields);
        for (uint32_t i = 0; i < ev->n; i++) {
            c->fields[i].sym = ev->fields[i].sym;
            c->fields[i].val = sq_value_copy(&ev->fields[i].val);
        }
        c->n = ev->n;
    }
    return c;
}

static int index_of(const sq_event *ev, sq_sym s) {
    for (uint32_t i = 0; i < ev->n; i++)
        if (ev->fields[i].sym == s)
            return (int)i;
    return -1;
}

sq_value *sq_event_get(sq_event *ev, sq_sym s) {
    int i = index_of(ev, s);
    return i < 0 ? NULL : &ev->fields[i].val;
}

const sq_value *sq_event_cget(const sq_event *ev, sq_sym s) {
    int i = index_of(ev, s);
    return i < 0 ? NULL : &ev->fields[i].val;
}

void sq_event_remove(sq_event *ev, sq_sym s) {
    int i = index_of(ev, s);
    if (i < 0)
        return;
    sq_value_free(&ev->fields[i].val);
    memmove(&ev->fields[i], &ev->fields[i + 1], (ev->n - (uint32_t)i - 1) * sizeof *ev->fields);
    ev->n--;
}

void sq_event_set(sq_event *ev, sq_sym s, sq_value v) {
    if (v.type == SQ_NULL) {
        sq_event_remove(ev, s);
        return;
    }
    int i = index_of(ev, s);
    if (i >= 0) {
        sq_value_free(&ev->fields[i].val);
        ev->fields[i].val = v;
        return;
    }
    if (ev->n == ev->cap) {
        ev->cap = ev->cap ? ev->cap * 2 : 16;
        ev->fields = sq_xrealloc(ev->fields, ev->cap * sizeof *ev->fields);
    }
    ev->fields[ev->n].sym = s;
    ev->fields[ev->n].val = v;
    ev->n++;
}

void sq_event_rename(sq_event *ev, sq_sym from, sq_sym to) {
    if (from == to)
        return;
    int i = index_of(ev, from);
    if (i < 0) {
        sq_event_remove(ev, to);
        return;
    }
    int j = index_of(ev, to);
    if (j >= 0) {
        /* The renamed field takes the place of the one it replaces. */
        sq_value_free(&ev->fields[j].val);
        ev->fields[j].val = ev->fields[i].val;
        ev->fields[i].val = SQ_VALUE_NULL;
        memmove(&ev->fields[i], &ev->fields[i + 1], (ev->n - (uint32_t)i - 1) * sizeof *ev->fields);
        ev->n--;
        return;
    }
    ev->fields[i].sym = to;
}

int sq_event_time(const sq_event *ev, double *t) {
    const sq_value *v = sq_event_cget(ev, SQ_SYM_TIME);
    *t = 0;
    if (!v)
        return 0;
    if (v->type == SQ_NUM) {
        *t = v->u.num;
        return 1;
    }
    return sq_value_number((sq_value *)v, t);
}
