/* lookup.c — the eval form of lookup (Splunk 9.x):
 *
 *   lookup("<table>", json_object("<column>", value, ...) [, json_array("<out>", ...)])
 *
 * matches the input object against a CSV lookup (the same tables, matching
 * rules and max_matches as the lookup command, via sq_lookup_call) and
 * returns a JSON object of the output columns of the matched rows (every
 * column but the input ones when no output list is given); a column with
 * several matches becomes a JSON array.  No match: an empty object "{}".
 *
 * The lookup call is prepared once per distinct (table, input columns,
 * output columns) and kept in the call node; each evaluation matches one
 * scratch event. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "functions.h"
#include "splq/lookup.h"

typedef struct lk_state {
    sq_buf sig; /* table \0 inputs \0 outputs of the prepared call */
    sq_lookup_call *call;
    char **out; /* output columns of the prepared call */
    size_t nout;
} lk_state;

static void out_free(lk_state *st) {
    for (size_t i = 0; i < st->nout; i++)
        free(st->out[i]);
    free(st->out);
    st->out = NULL;
    st->nout = 0;
}

static void lk_free(void *p) {
    lk_state *st = p;
    sq_lookup_call_free(st->call);
    out_free(st);
    sq_buf_free(&st->sig);
    free(st);
}

static int cc_lookup(sq_cctx *cc, sq_enode *call) {
    lk_state *st = sq_xmalloc(sizeof *st);
    memset(st, 0, sizeof *st);
    st->sig = (sq_buf)SQ_BUF_INIT;
    call->data = st;
    call->data_free = lk_free;
    return 0;
}

static json_t *parse_text(sq_value *v) {
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(v, &sc, &len);
    json_t *j = json_loadb(s, len, JSON_DECODE_ANY, NULL);
    sq_buf_free(&sc);
    return j;
}

/* A JSON scalar's text for matching (containers and null: not matchable). */
static int json_text(const json_t *j, sq_buf *b) {
    char tmp[64];
    switch (json_typeof(j)) {
    case JSON_STRING:
        sq_buf_add(b, json_string_value(j), json_string_length(j));
        return 1;
    case JSON_INTEGER:
        snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(j));
        sq_buf_add(b, tmp, strlen(tmp));
        return 1;
    case JSON_REAL: {
        sq_buf_printf(b, "%.17g", json_real_value(j));
        return 1;
    }
    case JSON_TRUE:
        sq_buf_add(b, "true", 4);
        return 1;
    case JSON_FALSE:
        sq_buf_add(b, "false", 5);
        return 1;
    default:
        return 0;
    }
}

/* Prepare (or reuse) the lookup call for this table, input keys and
 * outputs.  outs: the JSON array of output names, or NULL. */
static int prepare(sq_ectx *c, lk_state *st, const char *table, json_t *in, json_t *outs) {
    sq_buf sig = SQ_BUF_INIT;
    sq_buf_add(&sig, table, strlen(table) + 1);
    const char *k;
    json_t *v;
    json_object_foreach(in, k, v) sq_buf_add(&sig, k, strlen(k) + 1);
    sq_buf_add(&sig, "\n", 1);
    for (size_t i = 0; outs && i < json_array_size(outs); i++) {
        const char *o = json_string_value(json_array_get(outs, i));
        if (o)
            sq_buf_add(&sig, o, strlen(o) + 1);
    }
    if (st->call && sig.len == st->sig.len && memcmp(sig.data, st->sig.data, sig.len) == 0) {
        sq_buf_free(&sig);
        return 0;
    }
    sq_lookup_call_free(st->call);
    st->call = NULL;
    out_free(st);
    sq_buf_free(&st->sig);
    st->sig = sig;

    size_t nin = json_object_size(in);
    const char **ins = sq_xmalloc((nin ? nin : 1) * sizeof *ins);
    size_t i = 0;
    json_object_foreach(in, k, v) ins[i++] = k;
    if (outs) {
        for (size_t j = 0; j < json_array_size(outs); j++) {
            const char *o = json_string_value(json_array_get(outs, j));
            if (!o)
                continue;
            st->out = sq_xrealloc(st->out, (st->nout + 1) * sizeof *st->out);
            st->out[st->nout++] = sq_xstrdup(o);
        }
    } else {
        /* every column of the table but the input ones */
        sq_lookup_table *t = NULL;
        if (sq_lookup_open(c->q->env ? c->q->env->lookups : NULL, table,
                           c->q->env ? &c->q->env->diag : NULL, &t, c->err) < 0) {
            free(ins);
            return -1;
        }
        for (size_t j = 0; j < t->ncols; j++) {
            if (json_object_get(in, t->cols[j]))
                continue;
            st->out = sq_xrealloc(st->out, (st->nout + 1) * sizeof *st->out);
            st->out[st->nout++] = sq_xstrdup(t->cols[j]);
        }
        sq_lookup_table_free(t);
    }
    sq_lookup_spec spec = {.table = table,
                           .in_cols = ins,
                           .in_fields = ins,
                           .nin = nin,
                           .out_cols = (const char *const *)st->out,
                           .out_fields = (const char *const *)st->out,
                           .nout = st->nout};
    int rc = st->nout ? sq_lookup_call_new(c->q, &spec, &st->call, c->err) : 0;
    free(ins);
    if (rc < 0)
        st->sig.len = 0; /* retry (and fail again) next time */
    return rc;
}

static json_t *field_json(sq_value *v) {
    sq_buf sc = SQ_BUF_INIT;
    json_t *r;
    if (v->type == SQ_MV) {
        r = json_array();
        for (size_t i = 0; i < v->u.mv.n; i++) {
            size_t len;
            const char *s = sq_ex_text(&v->u.mv.items[i], &sc, &len);
            json_array_append_new(r, json_stringn(s, len));
        }
    } else {
        size_t len;
        const char *s = sq_ex_text(v, &sc, &len);
        r = json_stringn(s, len);
    }
    sq_buf_free(&sc);
    return r;
}

static int fn_lookup(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    lk_state *st = n->data;
    *out = SQ_XV_NULL;
    json_t *in = parse_text(&a[1].v);
    json_t *outs = n->nkids > 2 ? parse_text(&a[2].v) : NULL;
    int rc = 0;
    if (!json_is_object(in) || (n->nkids > 2 && !json_is_array(outs)))
        goto done; /* malformed arguments: null */
    sq_buf tb = SQ_BUF_INIT;
    size_t tl;
    const char *t = sq_ex_text(&a[0].v, &tb, &tl);
    char *table = sq_xstrndup(t, tl);
    sq_buf_free(&tb);
    rc = prepare(c, st, table, in, outs);
    free(table);
    if (rc < 0)
        goto done;
    json_t *res = json_object();
    if (st->call) {
        sq_event *ev = sq_event_new();
        sq_buf b = SQ_BUF_INIT;
        const char *k;
        json_t *v;
        json_object_foreach(in, k, v) {
            b.len = 0;
            if (json_text(v, &b))
                sq_event_set(ev, sq_intern_cstr(c->q->syms, k), sq_value_str(b.data, b.len));
        }
        sq_buf_free(&b);
        sq_lookup_call_apply(st->call, ev);
        for (size_t i = 0; i < st->nout; i++) {
            sq_value *fv = sq_event_get(ev, sq_intern_cstr(c->q->syms, st->out[i]));
            if (fv && fv->type != SQ_NULL)
                json_object_set_new(res, st->out[i], field_json(fv));
        }
        sq_event_free(ev);
    }
    char *s = json_dumps(res, JSON_COMPACT);
    json_decref(res);
    if (s) {
        *out = sq_xv_own(sq_value_cstr(s));
        free(s);
    }
done:
    json_decref(in);
    json_decref(outs);
    return rc;
}

static const sq_func table[] = {
    {"lookup", 2, 3, SQ_FN_NULLPROP | SQ_FN_VOLATILE, SQ_T_STR, fn_lookup, cc_lookup},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_lookup(void) {
    return table;
}
