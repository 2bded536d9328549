/* iqr.c — interquartile-range outliers (see iqr.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"
#include "iqr.h"

struct sq_iqr {
    sq_query *q;
    sq_iqr_opts o;
    sq_sym *fields;
    int nfields;
    int all; /* no field list: every non-internal field */
    sq_event **held;
    size_t n, cap;
};

sq_iqr *sq_iqr_new(sq_query *q, const sq_iqr_opts *o) {
    sq_iqr *x = sq_xcalloc(1, sizeof *x);
    x->q = q;
    x->o = *o;
    x->all = o->nfields == 0;
    x->fields = sq_xcalloc((size_t)o->nfields + 1, sizeof *x->fields);
    for (int i = 0; i < o->nfields; i++)
        x->fields[x->nfields++] = sq_intern_cstr(q->syms, o->fields[i]->text);
    x->o.fields = NULL;
    return x;
}

void sq_iqr_free(sq_iqr *x) {
    if (!x)
        return;
    for (size_t i = 0; i < x->n; i++)
        sq_event_free(x->held[i]);
    free(x->held);
    free(x->fields);
    free(x);
}

void sq_iqr_hold(sq_iqr *x, sq_event *ev) {
    if (x->n == x->cap) {
        x->cap = x->cap ? x->cap * 2 : 256;
        x->held = sq_xrealloc(x->held, x->cap * sizeof *x->held);
    }
    x->held[x->n++] = ev;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double quantile(const double *v, size_t n, double q) {
    double pos = q * (double)(n - 1);
    size_t lo = (size_t)floor(pos);
    size_t hi = lo + 1 < n ? lo + 1 : lo;
    return v[lo] + (v[hi] - v[lo]) * (pos - (double)lo);
}

static void add_field(sq_iqr *x, sq_sym s) {
    for (int i = 0; i < x->nfields; i++)
        if (x->fields[i] == s)
            return;
    x->fields = sq_xrealloc(x->fields, (size_t)(x->nfields + 1) * sizeof *x->fields);
    x->fields[x->nfields++] = s;
}

int sq_iqr_emit(sq_iqr *x, sq_op *op, sq_error *err) {
    if (x->all) /* every field that has a numeric value somewhere */
        for (size_t i = 0; i < x->n; i++)
            for (uint32_t f = 0; f < x->held[i]->n; f++) {
                double d;
                sq_field *fl = &x->held[i]->fields[f];
                if (!sq_sym_is_internal(x->q->syms, fl->sym) && sq_value_number(&fl->val, &d))
                    add_field(x, fl->sym);
            }
    double *lo = sq_xcalloc((size_t)x->nfields + 1, sizeof *lo);
    double *hi = sq_xcalloc((size_t)x->nfields + 1, sizeof *hi);
    int *ok = sq_xcalloc((size_t)x->nfields + 1, sizeof *ok);
    double *vals = sq_xcalloc(x->n + 1, sizeof *vals);
    for (int f = 0; f < x->nfields; f++) {
        size_t m = 0;
        for (size_t i = 0; i < x->n; i++) {
            sq_value *v = sq_event_get(x->held[i], x->fields[f]);
            if (v && sq_value_number(v, &vals[m]) && !isnan(vals[m]))
                m++;
        }
        if (m == 0)
            continue;
        sq_sort(vals, m, sizeof *vals, cmp_double);
        double q1 = quantile(vals, m, 0.25), q3 = quantile(vals, m, 0.75);
        lo[f] = q1 - x->o.param * (q3 - q1);
        hi[f] = q3 + x->o.param * (q3 - q1);
        ok[f] = 1;
    }
    free(vals);
    int rc = 0;
    size_t i = 0;
    for (; i < x->n && rc == 0; i++) {
        sq_event *ev = x->held[i];
        x->held[i] = NULL;
        int drop = 0;
        for (int f = 0; f < x->nfields && !drop; f++) {
            sq_value *v = sq_event_get(ev, x->fields[f]);
            double d;
            if (!ok[f] || !v || !sq_value_number(v, &d))
                continue;
            int above = d > hi[f], below = x->o.uselower && d < lo[f];
            if (!above && !below)
                continue;
            if (x->o.remove) {
                drop = 1;
                continue;
            }
            double bound = above ? hi[f] : lo[f];
            if (x->o.mark) {
                sq_buf b = SQ_BUF_INIT;
                sq_buf_adds(&b, "000");
                sq_num_format(bound, -1, &b);
                size_t len = b.len;
                sq_event_set(ev, x->fields[f], sq_value_str_take(sq_buf_steal(&b), len));
            } else {
                sq_event_set(ev, x->fields[f], sq_value_num(bound));
            }
        }
        if (drop)
            sq_event_free(ev);
        else
            rc = sq_op_emit(op, ev, err);
    }
    for (; i < x->n; i++) {
        sq_event_free(x->held[i]);
        x->held[i] = NULL;
    }
    x->n = 0;
    free(lo);
    free(hi);
    free(ok);
    return rc;
}
