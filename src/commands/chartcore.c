/* chartcore.c — the grid behind chart and timechart (see chartcore.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <strings.h>

#include "args.h"
#include "chartcore.h"

/* The column key of results without the column field: a text no field
 * value has (it starts with a NUL byte). */
static const char null_key[] = "\0null";
#define NULL_KEY_LEN 5

typedef struct record {
    double t;
    int has_t;
    sq_value row, col; /* col: the whole field value, or null */
    sq_value *vals;    /* per aggregate */
} record;

struct sq_chart {
    sq_query *q;
    sq_chart_opts o;
    sq_agglist aggs;
    sq_gtable *cells; /* keys: row, col; payload: accumulators */
    sq_gtable *rows;  /* keys: row */
    sq_gtable *cols;  /* keys: col */
    int holding;
    record *recs;
    size_t nrecs, caprecs;
    sq_value *vals; /* scratch: per aggregate */
    sq_value nullcol;
    sq_value emptykey;
    size_t bytes; /* held in cells and records, estimated */
};

static int mergeable(sq_agg_fn fn) {
    switch (fn) {
    case SQ_AGG_COUNT:
    case SQ_AGG_SUM:
    case SQ_AGG_SUMSQ:
    case SQ_AGG_AVG:
    case SQ_AGG_VAR:
    case SQ_AGG_VARP:
    case SQ_AGG_STDEV:
    case SQ_AGG_STDEVP:
    case SQ_AGG_RANGE:
    case SQ_AGG_MIN:
    case SQ_AGG_MAX:
        return 1;
    default:
        return 0;
    }
}

sq_chart *sq_chart_new(sq_query *q, const sq_chart_opts *opts, sq_agglist *aggs) {
    sq_chart *c = sq_xcalloc(1, sizeof *c);
    c->q = q;
    c->o = *opts;
    c->aggs = *aggs;
    memset(aggs, 0, sizeof *aggs);
    size_t psize = (size_t)c->aggs.n * sizeof(sq_agg_acc);
    c->cells = sq_gtable_new(2, psize);
    c->rows = sq_gtable_new(1, 1);
    c->cols = sq_gtable_new(1, 1);
    c->vals = sq_xcalloc((size_t)c->aggs.n + 1, sizeof *c->vals);
    c->nullcol = sq_value_str(null_key, NULL_KEY_LEN);
    c->emptykey = sq_value_cstr("");
    if (c->o.rows == SQ_CHART_TIME && !c->o.has_span)
        c->holding = 1;
    int all_mergeable = 1;
    for (int k = 0; k < c->aggs.n; k++)
        all_mergeable &= mergeable(c->aggs.specs[k].fn);
    if (c->o.has_col && c->o.useother && c->o.limit > 0 && !all_mergeable)
        c->holding = 1;
    return c;
}

static void free_cells(sq_chart *c) {
    for (size_t i = 0; i < sq_gtable_count(c->cells); i++) {
        sq_agg_acc *accs = sq_gtable_payload(c->cells, i);
        for (int k = 0; k < c->aggs.n; k++)
            sq_agg_acc_free(&accs[k]);
    }
    sq_gtable_free(c->cells, NULL);
    c->cells = NULL;
}

void sq_chart_free(sq_chart *c) {
    if (!c)
        return;
    if (c->cells)
        free_cells(c);
    sq_gtable_free(c->rows, NULL);
    sq_gtable_free(c->cols, NULL);
    for (size_t i = 0; i < c->nrecs; i++) {
        sq_value_free(&c->recs[i].row);
        sq_value_free(&c->recs[i].col);
        for (int k = 0; k < c->aggs.n; k++)
            sq_value_free(&c->recs[i].vals[k]);
        free(c->recs[i].vals);
    }
    free(c->recs);
    free(c->vals);
    sq_value_free(&c->nullcol);
    sq_value_free(&c->emptykey);
    sq_agglist_free(&c->aggs);
    free(c);
}

int sq_chart_parse_limit(const char *text, long long *limit, int *bottom) {
    *bottom = 0;
    if (strncasecmp(text, "top", 3) == 0)
        text += 3;
    else if (strncasecmp(text, "bottom", 6) == 0) {
        text += 6;
        *bottom = 1;
    }
    long long v;
    if (!sq_parse_int(text, &v) || v < 0)
        return -1;
    *limit = v;
    return 0;
}

/* --- feeding --------------------------------------------------------------------- */

static sq_agg_acc *cell(sq_chart *c, sq_value *row, sq_value *col) {
    sq_value *keys[2] = {row, col};
    int created;
    size_t i = sq_gtable_find(c->cells, keys, &created);
    sq_agg_acc *accs = sq_gtable_payload(c->cells, i);
    if (created) {
        for (int k = 0; k < c->aggs.n; k++)
            sq_agg_acc_init(&accs[k]);
        c->bytes += 3 * 64 + (size_t)c->aggs.n * sizeof *accs + 2 * sq_value_bytes(row) +
                    2 * sq_value_bytes(col);
        sq_value *rk[1] = {row}, *ck[1] = {col};
        sq_gtable_find(c->rows, rk, NULL);
        sq_gtable_find(c->cols, ck, NULL);
    }
    return accs;
}

static void feed_cell(sq_chart *c, sq_value *row, sq_value *col, sq_value *vals, double t,
                      int has_t) {
    sq_agg_acc *accs = cell(c, row, col);
    for (int k = 0; k < c->aggs.n; k++) {
        size_t before = sq_agg_acc_bytes(&accs[k]);
        sq_agg_feed_value(&accs[k], &c->aggs.specs[k], &vals[k], t, has_t);
        c->bytes += sq_agg_acc_bytes(&accs[k]) - before;
    }
}

/* Every combination of a row value and a column value of one result. */
static void feed_values(sq_chart *c, sq_value *row, sq_value *col, sq_value *vals, double t,
                        int has_t, const sq_gtable *only_cols, sq_value *as_col) {
    size_t nr = sq_value_count(row), nc = col ? sq_value_count(col) : 1;
    for (size_t i = 0; i < nr; i++) {
        sq_value *r = sq_value_at(row, i);
        for (size_t j = 0; j < nc; j++) {
            sq_value *cv = col ? sq_value_at(col, j) : &c->nullcol;
            if (!c->o.has_col)
                cv = &c->emptykey;
            if (only_cols) { /* feeding OTHER: only the folded columns */
                sq_value *ck[1] = {cv};
                if (sq_gtable_lookup((sq_gtable *)only_cols, ck) < 0)
                    continue;
                cv = as_col;
            }
            feed_cell(c, r, cv, vals, t, has_t);
        }
    }
}

static int take_values(sq_chart *c, sq_event *ev, sq_error *err) {
    for (int k = 0; k < c->aggs.n; k++) {
        const sq_agg_spec *s = &c->aggs.specs[k];
        c->vals[k] = SQ_VALUE_NULL;
        if (s->expr) {
            if (sq_expr_eval(s->expr, ev, &c->vals[k], err) < 0)
                return -1;
            if (c->vals[k].type == SQ_BOOL)
                c->vals[k] = c->vals[k].u.boolean ? sq_value_num(1) : SQ_VALUE_NULL;
        } else if (s->has_field) {
            const sq_value *v = sq_event_cget(ev, s->field);
            if (v)
                c->vals[k] = sq_value_copy(v);
        }
    }
    return 0;
}

size_t sq_chart_bytes(const sq_chart *c) {
    return c->bytes;
}

int sq_chart_feed(sq_chart *c, sq_event *ev, sq_error *err) {
    double t = 0;
    int has_t = sq_event_time(ev, &t);
    sq_value row = SQ_VALUE_NULL;
    if (c->o.rows == SQ_CHART_TIME) {
        if (!has_t)
            return 0;
        if (!c->holding)
            row = sq_value_num(sq_timespan_floor(&c->o.span, t, c->o.align));
    } else if (c->o.rows == SQ_CHART_FIELD) {
        const sq_value *v = sq_event_cget(ev, c->o.rowf);
        if (!v || sq_value_count(v) == 0)
            return 0;
        row = sq_value_copy(v);
    } else {
        row = sq_value_cstr("");
    }
    sq_value *col = NULL;
    if (c->o.has_col) {
        col = sq_event_get(ev, c->o.colf);
        if (col && sq_value_count(col) == 0)
            col = NULL;
        if (!col && !c->o.usenull) {
            sq_value_free(&row);
            return 0;
        }
    }
    if (take_values(c, ev, err) < 0) {
        sq_value_free(&row);
        return -1;
    }
    if (c->holding) {
        if (c->nrecs == c->caprecs) {
            c->caprecs = c->caprecs ? c->caprecs * 2 : 256;
            c->recs = sq_xrealloc(c->recs, c->caprecs * sizeof *c->recs);
        }
        record *r = &c->recs[c->nrecs++];
        r->t = t;
        r->has_t = has_t;
        r->row = row;
        r->col = col ? sq_value_copy(col) : SQ_VALUE_NULL;
        r->vals = c->vals;
        c->vals = sq_xcalloc((size_t)c->aggs.n + 1, sizeof *c->vals);
        c->bytes += sizeof *r + sq_value_bytes(&r->row) + sq_value_bytes(&r->col) +
                    ((size_t)c->aggs.n + 1) * sizeof *c->vals;
        for (int k = 0; k < c->aggs.n; k++)
            c->bytes += sq_value_bytes(&r->vals[k]);
        return 0;
    }
    feed_values(c, &row, col, c->vals, t, has_t, NULL, NULL);
    sq_value_free(&row);
    for (int k = 0; k < c->aggs.n; k++)
        sq_value_free(&c->vals[k]);
    return 0;
}

/* --- building the grid -------------------------------------------------------------- */

static const double auto_spans[] = {1,   5,    10,   15,    30,    60,    300,   600,
                                    900, 1800, 3600, 10800, 21600, 43200, 86400, 604800};

/* timechart without span: the smallest round span giving fewer than `bins`
 * buckets over the results' time range. */
static void choose_span(sq_chart *c) {
    double lo = 0, hi = 0;
    int any = 0;
    for (size_t i = 0; i < c->nrecs; i++) {
        if (!c->recs[i].has_t)
            continue;
        if (!any || c->recs[i].t < lo)
            lo = c->recs[i].t;
        if (!any || c->recs[i].t > hi)
            hi = c->recs[i].t;
        any = 1;
    }
    double range = hi - lo;
    sq_timespan *sp = &c->o.span;
    for (size_t i = 0; i < sizeof auto_spans / sizeof *auto_spans; i++) {
        if (range / auto_spans[i] < (double)c->o.bins) {
            sp->unit = auto_spans[i] >= 86400 ? SQ_SPAN_DAY : SQ_SPAN_SEC;
            sp->n = auto_spans[i] >= 86400 ? auto_spans[i] / 86400 : auto_spans[i];
            sp->seconds = auto_spans[i];
            return;
        }
    }
    sp->unit = range / (86400.0 * 31) < (double)c->o.bins ? SQ_SPAN_MONTH : SQ_SPAN_YEAR;
    sp->n = 1;
    sp->seconds = 0;
}

static void feed_record(sq_chart *c, record *r, const sq_gtable *only, sq_value *as_col) {
    sq_value row = SQ_VALUE_NULL;
    if (c->o.rows == SQ_CHART_TIME)
        row = sq_value_num(sq_timespan_floor(&c->o.span, r->t, c->o.align));
    else
        row = sq_value_copy(&r->row);
    feed_values(c, &row, r->col.type == SQ_NULL ? NULL : &r->col, r->vals, r->t, r->has_t, only,
                as_col);
    sq_value_free(&row);
}

static int is_null_col(const sq_value *v) {
    return v->type == SQ_STR && v->u.str.len == NULL_KEY_LEN &&
           memcmp(v->u.str.ptr, null_key, NULL_KEY_LEN) == 0;
}

typedef struct colinfo {
    sq_value *key;
    double score;
    int kept;
} colinfo;

static int cmp_score(const void *pa, const void *pb, void *ctx) {
    const colinfo *a = pa, *b = pb;
    int bottom = *(const int *)ctx;
    if (a->score != b->score)
        return (a->score < b->score) == !bottom ? 1 : -1;
    return sq_value_cmp_str(a->key, b->key);
}

static int cmp_name(const void *pa, const void *pb) {
    const colinfo *a = pa, *b = pb;
    return sq_value_cmp_str(a->key, b->key);
}

static void acc_merge(sq_agg_acc *d, const sq_agg_acc *s, sq_agg_fn fn) {
    if (fn == SQ_AGG_MIN || fn == SQ_AGG_MAX) {
        int max = fn == SQ_AGG_MAX;
        if (s->nnum > 0) {
            if (d->nnum == 0 || (max ? s->hi > d->hi : s->lo < d->lo)) {
                sq_value_free(&d->v);
                d->v = sq_value_copy(&s->v);
                d->lo = s->lo;
                d->hi = s->hi;
            }
            d->nnum += s->nnum;
        } else if (d->nnum == 0 && s->v.type != SQ_NULL) {
            int cmp = d->v.type == SQ_NULL ? 1 : sq_value_cmp_str(&s->v, &d->v);
            if (d->v.type == SQ_NULL || (max ? cmp > 0 : cmp < 0)) {
                sq_value_free(&d->v);
                d->v = sq_value_copy(&s->v);
            }
        }
        return;
    }
    d->n += s->n;
    if (s->nnum > 0) {
        if (d->nnum == 0 || s->lo < d->lo)
            d->lo = s->lo;
        if (d->nnum == 0 || s->hi > d->hi)
            d->hi = s->hi;
        d->nnum += s->nnum;
        d->sum += s->sum;
        d->sumsq += s->sumsq;
    }
}

/* The value shown for a cell: the aggregate, or 0 for counts of nothing. */
static sq_value cell_value(sq_chart *c, sq_value *row, sq_value *col, int k) {
    sq_value *keys[2] = {row, col};
    const sq_agg_spec *s = &c->aggs.specs[k];
    int counting = s->fn == SQ_AGG_COUNT || s->fn == SQ_AGG_DC;
    long i = sq_gtable_lookup(c->cells, keys);
    sq_value v = SQ_VALUE_NULL;
    if (i >= 0) {
        sq_agg_acc *accs = sq_gtable_payload(c->cells, (size_t)i);
        sq_agg_result(&accs[k], s, &v);
    }
    if (v.type == SQ_NULL && counting)
        v = sq_value_num(0);
    return v;
}

static int cmp_rows(const void *pa, const void *pb) {
    sq_value *a = *(sq_value *const *)pa, *b = *(sq_value *const *)pb;
    return sq_gkeys_cmp(a, b, 1);
}

static char *column_name(sq_chart *c, int k, sq_value *col) {
    sq_buf b = SQ_BUF_INIT;
    if (!c->o.has_col) {
        sq_buf_adds(&b, c->aggs.specs[k].name);
        return sq_buf_steal(&b);
    }
    if (c->aggs.n > 1) {
        sq_buf_adds(&b, c->aggs.specs[k].name);
        sq_buf_adds(&b, c->o.sep);
    }
    sq_value_format(col, &b, NULL);
    if (!b.data)
        sq_buf_adds(&b, "");
    return sq_buf_steal(&b);
}

int sq_chart_emit(sq_chart *c, sq_op *op, sq_error *err) {
    if (c->holding) {
        if (c->o.rows == SQ_CHART_TIME && !c->o.has_span)
            choose_span(c);
        for (size_t i = 0; i < c->nrecs; i++)
            feed_record(c, &c->recs[i], NULL, NULL);
    }
    /* the columns and their scores */
    size_t ncols = sq_gtable_count(c->cols);
    colinfo *cols = sq_xcalloc(ncols + 1, sizeof *cols);
    for (size_t i = 0; i < ncols; i++)
        cols[i].key = sq_gtable_keys(c->cols, i);
    for (size_t i = 0; i < sq_gtable_count(c->cells) && c->o.has_col; i++) {
        sq_value *keys = sq_gtable_keys(c->cells, i);
        sq_agg_acc *accs = sq_gtable_payload(c->cells, i);
        sq_value v;
        double x;
        sq_agg_result(&accs[0], &c->aggs.specs[0], &v);
        sq_value *ck[1] = {&keys[1]};
        size_t ci = sq_gtable_find(c->cols, ck, NULL);
        if (sq_value_number(&v, &x))
            cols[ci].score += x;
        sq_value_free(&v);
    }
    /* which are kept: NULL always (with usenull), others by score */
    size_t nreal = 0;
    colinfo *real = sq_xcalloc(ncols + 1, sizeof *real);
    colinfo *nullc = NULL;
    for (size_t i = 0; i < ncols && c->o.has_col; i++) {
        if (is_null_col(cols[i].key))
            nullc = &cols[i];
        else
            real[nreal++] = cols[i];
    }
    qsort_r(real, nreal, sizeof *real, cmp_score, &c->o.bottom);
    size_t kept = c->o.limit > 0 && (size_t)c->o.limit < nreal ? (size_t)c->o.limit : nreal;
    int other = c->o.has_col && c->o.useother && kept < nreal;
    sq_value otherkey = sq_value_cstr(c->o.otherstr);
    if (other) {
        /* build the OTHER cells of every row */
        sq_gtable *folded = sq_gtable_new(1, 1);
        for (size_t i = kept; i < nreal; i++) {
            sq_value *ck[1] = {real[i].key};
            sq_gtable_find(folded, ck, NULL);
        }
        if (c->holding) {
            for (size_t r = 0; r < c->nrecs; r++)
                feed_record(c, &c->recs[r], folded, &otherkey);
        } else {
            size_t n = sq_gtable_count(c->cells);
            for (size_t i = 0; i < n; i++) {
                sq_value *keys = sq_gtable_keys(c->cells, i);
                sq_value *ck[1] = {&keys[1]};
                if (sq_gtable_lookup(folded, ck) < 0)
                    continue;
                sq_value rowv = sq_value_copy(&keys[0]);
                sq_agg_acc *dst = cell(c, &rowv, &otherkey);
                sq_agg_acc *src = sq_gtable_payload(c->cells, i);
                for (int k = 0; k < c->aggs.n; k++)
                    acc_merge(&dst[k], &src[k], c->aggs.specs[k].fn);
                sq_value_free(&rowv);
            }
        }
        sq_gtable_free(folded, NULL);
    }
    sq_sort(real, kept, sizeof *real, cmp_name);
    /* the output columns in order */
    size_t nout = 0;
    sq_value **outcols = sq_xcalloc(kept + 3, sizeof *outcols);
    for (size_t i = 0; i < kept; i++)
        outcols[nout++] = real[i].key;
    if (c->o.has_col && nullc && c->o.usenull)
        outcols[nout++] = nullc->key;
    if (other)
        outcols[nout++] = &otherkey;
    if (!c->o.has_col)
        outcols[nout++] = &c->emptykey;
    sq_sym *names = sq_xcalloc(nout * (size_t)c->aggs.n + 1, sizeof *names);
    for (size_t j = 0; j < nout; j++) {
        for (int k = 0; k < c->aggs.n; k++) {
            sq_value shown =
                is_null_col(outcols[j]) ? sq_value_cstr(c->o.nullstr) : sq_value_copy(outcols[j]);
            char *nm = column_name(c, k, &shown);
            names[j * (size_t)c->aggs.n + (size_t)k] = sq_intern_cstr(c->q->syms, nm);
            free(nm);
            sq_value_free(&shown);
        }
    }
    /* the rows in order */
    size_t nrows = sq_gtable_count(c->rows);
    sq_value **rows = sq_xcalloc(nrows + 1, sizeof *rows);
    for (size_t i = 0; i < nrows; i++)
        rows[i] = sq_gtable_keys(c->rows, i);
    sq_sort(rows, nrows, sizeof *rows, cmp_rows);
    int rc = 0;
    double span_seconds = c->o.span.seconds;
    for (size_t i = 0; i < nrows && rc == 0; i++) {
        sq_value rowv = sq_value_copy(rows[i]);
        double t = 0;
        for (;;) {
            sq_event *ev = sq_event_new();
            ev->seq = i + 1;
            if (c->o.rows == SQ_CHART_TIME) {
                sq_value_number(&rowv, &t);
                sq_event_set(ev, SQ_SYM_TIME, sq_value_num(t));
                if (span_seconds > 0)
                    sq_event_set(ev, sq_intern_cstr(c->q->syms, "_span"),
                                 sq_value_num(span_seconds));
            } else if (c->o.rows == SQ_CHART_FIELD) {
                sq_event_set(ev, c->o.rowf, sq_value_copy(&rowv));
            }
            /* columns grouped by aggregate: count: a, count: b, max(x): a, ... */
            for (int k = 0; k < c->aggs.n; k++)
                for (size_t j = 0; j < nout; j++)
                    sq_event_set(ev, names[j * (size_t)c->aggs.n + (size_t)k],
                                 cell_value(c, &rowv, outcols[j], k));
            rc = sq_op_emit(op, ev, err);
            /* cont=true: empty buckets up to the next row's */
            if (rc < 0 || c->o.rows != SQ_CHART_TIME || !c->o.cont || i + 1 >= nrows)
                break;
            double next = sq_timespan_next(&c->o.span, t), want;
            sq_value_number(rows[i + 1], &want);
            if (next >= want)
                break;
            sq_value_free(&rowv);
            rowv = sq_value_num(next);
        }
        sq_value_free(&rowv);
    }
    free(rows);
    free(names);
    free(outcols);
    free(real);
    free(cols);
    sq_value_free(&otherkey);
    return rc;
}
