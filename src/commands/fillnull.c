/* fillnull.c — the fillnull command: `fillnull [value=X] [field ...]`.
 *
 * With a field list, each listed field that is null gets X (default "0"):
 * streaming.  Without one, the fields filled are those that have a value in
 * at least one result (Splunk's result schema), so the command must see
 * every result first: it holds them all (memory grows with the result set,
 * as for sort) and fills them at the end, laying each row out in the order
 * the fields were first seen (the result set's column order).  Internal
 * fields (_*) are never filled. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"

typedef struct fillnull_state {
    const char *value;
    sq_sym *fields; /* the listed fields; NULL: all of the schema */
    int nfields;
    /* Blocking mode: the held results and the schema in first-seen order. */
    sq_event **held;
    size_t nheld, capheld;
    sq_sym *schema;
    size_t nschema, capschema;
    unsigned char *in_schema; /* by symbol */
    size_t cap_in_schema;
} fillnull_state;

static void fillnull_destroy(sq_op *op) {
    fillnull_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->nheld; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st->fields);
    free(st->schema);
    free(st->in_schema);
    free(st);
    op->state = NULL;
}

static int fillnull_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    fillnull_state *st = sq_xcalloc(1, sizeof *st);
    st->value = "0";
    op->state = st;
    sq_optspec specs[] = {{.key = "value", .kind = SQ_OPT_STR, .dst = &st->value}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0) {
        fillnull_destroy(op);
        return -1;
    }
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 0, "field names", &names, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && names.n > 0) {
        st->fields = sq_xcalloc((size_t)names.n, sizeof *st->fields);
        for (int i = 0; i < names.n; i++)
            st->fields[st->nfields++] = sq_intern_cstr(op->q->syms, names.items[i]->text);
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    if (rc < 0)
        fillnull_destroy(op);
    return rc;
}

static void fill(fillnull_state *st, sq_event *ev, const sq_sym *syms, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!sq_event_get(ev, syms[i]))
            sq_event_set(ev, syms[i], sq_value_cstr(st->value));
}

static void note_schema(sq_op *op, fillnull_state *st, const sq_event *ev) {
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_sym s = ev->fields[i].sym;
        if (s >= st->cap_in_schema) {
            size_t cap = st->cap_in_schema ? st->cap_in_schema : 64;
            while (cap <= s)
                cap *= 2;
            st->in_schema = sq_xrealloc(st->in_schema, cap);
            memset(st->in_schema + st->cap_in_schema, 0, cap - st->cap_in_schema);
            st->cap_in_schema = cap;
        }
        if (st->in_schema[s] || sq_sym_is_internal(op->q->syms, s))
            continue;
        st->in_schema[s] = 1;
        if (st->nschema == st->capschema) {
            st->capschema = st->capschema ? st->capschema * 2 : 16;
            st->schema = sq_xrealloc(st->schema, st->capschema * sizeof *st->schema);
        }
        st->schema[st->nschema++] = s;
    }
}

static int fillnull_push(sq_op *op, sq_event *ev, sq_error *err) {
    fillnull_state *st = op->state;
    if (st->fields) {
        fill(st, ev, st->fields, (size_t)st->nfields);
        return sq_op_emit(op, ev, err);
    }
    note_schema(op, st, ev);
    if (st->nheld == st->capheld) {
        st->capheld = st->capheld ? st->capheld * 2 : 256;
        st->held = sq_xrealloc(st->held, st->capheld * sizeof *st->held);
    }
    st->held[st->nheld++] = ev;
    return sq_op_hold_event(op, ev, err);
}

/* Every row now has every schema field: lay them out in schema order (the
 * one column order of the result set), after the internal fields. */
static void schema_order(fillnull_state *st, sq_event *ev) {
    sq_field *out = sq_xcalloc(ev->n ? ev->n : 1, sizeof *out);
    uint32_t n = 0;
    for (uint32_t i = 0; i < ev->n; i++)
        if (ev->fields[i].sym >= st->cap_in_schema || !st->in_schema[ev->fields[i].sym])
            out[n++] = ev->fields[i];
    for (size_t k = 0; k < st->nschema; k++) {
        sq_value *v = sq_event_get(ev, st->schema[k]);
        if (v) {
            out[n].sym = st->schema[k];
            out[n++].val = *v;
        }
    }
    memcpy(ev->fields, out, n * sizeof *out);
    ev->n = n;
    free(out);
}

static int fillnull_finish(sq_op *op, sq_error *err) {
    fillnull_state *st = op->state;
    for (size_t i = 0; i < st->nheld; i++) {
        sq_event *ev = st->held[i];
        st->held[i] = NULL;
        fill(st, ev, st->schema, st->nschema);
        schema_order(st, ev);
        if (sq_op_emit(op, ev, err) < 0) {
            for (size_t k = i + 1; k < st->nheld; k++) {
                sq_event_free(st->held[k]);
                st->held[k] = NULL;
            }
            st->nheld = 0;
            return -1;
        }
    }
    st->nheld = 0;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const fillnull_options[] = {"value=", NULL};

const sq_command sq_cmd_fillnull = {
    .name = "fillnull",
    /* Blocking without a field list; with one it streams (push emits). */
    .kind = SQ_CMD_BLOCKING,
    .options = fillnull_options,
    .setup = fillnull_setup,
    .push = fillnull_push,
    .finish = fillnull_finish,
    .destroy = fillnull_destroy,
};
