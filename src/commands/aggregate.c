/* aggregate.c — stats functions: parsing `fn(arg) [AS name]` terms and the
 * accumulators behind them (see aggregate.h).  Shared by stats and, later,
 * eventstats, streamstats, chart, timechart and top.
 *
 * Choices where Splunk's documentation is silent or disagrees (also in
 * docs/commands.md):
 *   - min/max: numeric when any value is numeric (strings are then ignored),
 *     else lexicographic; the chosen value is returned as it was written.
 *   - avg = sum/n summed naively in input order (reproduces the documented
 *     3.9900000000000055); var/stdev from count, sum and sum of squares.
 *   - perc<N>: linear interpolation at rank N/100*(n-1) (the documented
 *     examples); median: the upper of the two middle values for an even
 *     count (the documented rule).
 *   - earliest/latest: among events with the same _time the first/last in
 *     input order wins (files are usually in time order).
 *   - eval(...) arguments: a true condition counts as the value 1, a false one
 *     as no value, so count(eval(x>1)) counts the events where x>1. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aggregate.h"
#include "splq/buf.h"

/* --- the function table ---------------------------------------------------- */

typedef struct fn_info {
    const char *name;
    sq_agg_fn fn;
} fn_info;

static const fn_info functions[] = {
    {"count", SQ_AGG_COUNT},
    {"c", SQ_AGG_COUNT},
    {"dc", SQ_AGG_DC},
    {"distinct_count", SQ_AGG_DC},
    {"estdc", SQ_AGG_DC},
    {"values", SQ_AGG_VALUES},
    {"list", SQ_AGG_LIST},
    {"min", SQ_AGG_MIN},
    {"max", SQ_AGG_MAX},
    {"range", SQ_AGG_RANGE},
    {"sum", SQ_AGG_SUM},
    {"sumsq", SQ_AGG_SUMSQ},
    {"avg", SQ_AGG_AVG},
    {"mean", SQ_AGG_AVG},
    {"stdev", SQ_AGG_STDEV},
    {"stdevp", SQ_AGG_STDEVP},
    {"var", SQ_AGG_VAR},
    {"varp", SQ_AGG_VARP},
    {"median", SQ_AGG_MEDIAN},
    {"mode", SQ_AGG_MODE},
    {"first", SQ_AGG_FIRST},
    {"last", SQ_AGG_LAST},
    {"earliest", SQ_AGG_EARLIEST},
    {"latest", SQ_AGG_LATEST},
    {"earliest_time", SQ_AGG_EARLIEST_TIME},
    {"latest_time", SQ_AGG_LATEST_TIME},
};

/* perc95, p99.9, exactperc50, upperperc75: the percentile after the prefix. */
static int parse_percentile(const char *name, double *pct) {
    static const char *const prefixes[] = {"exactperc", "upperperc", "perc", "p"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t n = strlen(prefixes[i]);
        if (strncasecmp(name, prefixes[i], n) != 0)
            continue;
        const char *num = name + n;
        double d;
        if (!sq_str_is_number(num, strlen(num), &d) || num[0] == '-' || num[0] == '+')
            return 0;
        if (d < 0 || d > 100)
            return 0;
        *pct = d;
        return 1;
    }
    return 0;
}

static int lookup_fn(const char *name, sq_agg_fn *fn, double *pct) {
    if (!name)
        return 0;
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++) {
        if (strcasecmp(name, functions[i].name) == 0) {
            *fn = functions[i].fn;
            return 1;
        }
    }
    if (parse_percentile(name, pct)) {
        *fn = SQ_AGG_PERC;
        return 1;
    }
    return 0;
}

int sq_agg_is_term(const sq_ast *arg) {
    sq_agg_fn fn;
    double pct;
    if (!arg || (arg->flags & SQ_AST_QUOTED))
        return 0;
    if (arg->kind == SQ_AST_CALL)
        return lookup_fn(arg->text, &fn, &pct);
    if (arg->kind == SQ_AST_WORD)
        return lookup_fn(arg->text, &fn, &pct);
    return 0;
}

/* --- parsing ---------------------------------------------------------------- */

void sq_agg_spec_free(sq_agg_spec *s) {
    if (!s)
        return;
    free(s->wildcard);
    free(s->fname);
    free(s->name);
    if (s->expr)
        sq_expr_free(s->expr);
    memset(s, 0, sizeof *s);
}

static int parse_argument(sq_query *q, const sq_ast *call, sq_agg_spec *s, sq_buf *name,
                          sq_error *err) {
    const sq_ast *arg = call->kids[0];
    if (arg->kind == SQ_AST_EXPRARG && arg->nkids == 1) {
        if (sq_expr_compile(q, arg->kids[0], &s->expr, err) != 0)
            return -1;
        sq_buf_adds(name, "eval(");
        sq_ast_to_spl(arg->kids[0], name);
        sq_buf_addc(name, ')');
        return 0;
    }
    if (arg->kind != SQ_AST_WORD || !arg->text || !arg->text[0])
        return sq_fail_at(err, SQ_ERR_ARG, arg->span, "%s() takes a field name or eval(expression)",
                          call->text);
    sq_buf_adds(name, arg->text);
    if (strchr(arg->text, '*')) {
        s->wildcard = sq_xstrdup(arg->text);
        return 0;
    }
    s->has_field = 1;
    s->field = sq_intern_cstr(q->syms, arg->text);
    return 0;
}

int sq_agg_parse(sq_query *q, sq_args *args, sq_agg_spec *out, sq_error *err) {
    const sq_ast *a = sq_args_peek(args);
    memset(out, 0, sizeof *out);
    if (!a)
        return sq_fail_at(err, SQ_ERR_ARG, sq_args_end_span(args),
                          "expected a statistical function such as count or dc(field)");
    out->span = a->span;
    if (!sq_agg_is_term(a))
        return sq_fail_at(err, SQ_ERR_ARG, a->span, "unknown statistical function '%s'",
                          a->text ? a->text : sq_ast_kind_name(a->kind));
    lookup_fn(a->text, &out->fn, &out->pct);
    out->fname = sq_xstrdup(a->text);

    sq_buf name = SQ_BUF_INIT;
    sq_buf_adds(&name, a->text);
    if (a->kind == SQ_AST_WORD || a->nkids == 0) {
        if (out->fn != SQ_AGG_COUNT) {
            sq_buf_free(&name);
            sq_fail_at(err, SQ_ERR_ARG, a->span, "%s needs a field: %s(field)", a->text, a->text);
            sq_agg_spec_free(out);
            return -1;
        }
    } else if (a->nkids > 1) {
        sq_buf_free(&name);
        sq_fail_at(err, SQ_ERR_ARG, a->span, "%s() takes one argument", a->text);
        sq_agg_spec_free(out);
        return -1;
    } else {
        sq_buf_addc(&name, '(');
        if (parse_argument(q, a, out, &name, err) != 0) {
            sq_buf_free(&name);
            sq_agg_spec_free(out);
            return -1;
        }
        sq_buf_addc(&name, ')');
    }
    sq_args_next(args);

    if (sq_args_at_keyword(args, "as")) {
        const sq_ast *as = sq_args_next(args);
        const sq_ast *to = sq_args_peek(args);
        /* `AS aceFlags(inheritance)`: a name with parentheses arrives as a call. */
        int call_name = to && to->kind == SQ_AST_CALL;
        if (!call_name && (!to || to->kind != SQ_AST_WORD || !to->text || !to->text[0])) {
            sq_buf_free(&name);
            sq_fail_at(err, SQ_ERR_ARG, as->span, "AS must be followed by a field name");
            sq_agg_spec_free(out);
            return -1;
        }
        sq_args_next(args);
        sq_buf_reset(&name);
        if (call_name)
            sq_ast_to_spl(to, &name);
        else
            sq_buf_adds(&name, to->text);
        out->span.end = to->span.end;
        if (out->wildcard) { /* values(*) AS *: a pattern for each matched field */
            out->name = sq_buf_steal(&name);
            return 0;
        }
    } else if (out->wildcard) {
        sq_buf_free(&name);
        return 0; /* fn(field) per matched field */
    }
    out->name = sq_buf_steal(&name);
    out->out = sq_intern_cstr(q->syms, out->name);
    return 0;
}

/* --- wildcards -------------------------------------------------------------- */

#define MAX_STARS 8

/* Match with captures: caps[k] is the text the k-th '*' matched. */
static int glob_caps(const char *p, const char *s, int k, const char **cs, size_t *cl) {
    for (;;) {
        if (*p == '\0')
            return *s == '\0';
        if (*p == '*') {
            while (p[1] == '*')
                p++;
            for (const char *t = s;; t++) {
                if (k < MAX_STARS) {
                    cs[k] = s;
                    cl[k] = (size_t)(t - s);
                }
                if (glob_caps(p + 1, t, k + 1, cs, cl))
                    return 1;
                if (*t == '\0')
                    return 0;
            }
        }
        if (*p != *s)
            return 0;
        p++, s++;
    }
}

int sq_agg_glob(const char *pattern, const char *name) {
    const char *cs[MAX_STARS];
    size_t cl[MAX_STARS];
    return glob_caps(pattern, name, 0, cs, cl);
}

char *sq_agg_wildcard_name(const sq_agg_spec *s, const char *field) {
    const char *cs[MAX_STARS] = {0};
    size_t cl[MAX_STARS] = {0};
    if (!s->wildcard || !glob_caps(s->wildcard, field, 0, cs, cl))
        return NULL;
    sq_buf b = SQ_BUF_INIT;
    if (!s->name) {
        sq_buf_printf(&b, "%s(%s)", s->fname, field);
        return sq_buf_steal(&b);
    }
    int k = 0;
    for (const char *p = s->name; *p; p++) {
        if (*p == '*') {
            if (k < MAX_STARS && cs[k])
                sq_buf_add(&b, cs[k], cl[k]);
            k++;
            while (p[1] == '*')
                p++;
        } else {
            sq_buf_addc(&b, *p);
        }
    }
    return sq_buf_steal(&b);
}

/* --- distinct sets ---------------------------------------------------------- */

typedef struct set_item {
    char *s;
    size_t len;
    uint64_t count;
} set_item;

struct sq_agg_set {
    set_item *items; /* in order of first appearance */
    size_t n, cap;
    uint32_t *slots; /* index+1 into items; 0 = empty */
    size_t nslots;
    size_t bytes;
};

static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static void set_rehash(struct sq_agg_set *set, size_t nslots) {
    free(set->slots);
    set->slots = sq_xcalloc(nslots, sizeof *set->slots);
    set->nslots = nslots;
    for (size_t i = 0; i < set->n; i++) {
        size_t j = hash_bytes(set->items[i].s, set->items[i].len) & (nslots - 1);
        while (set->slots[j])
            j = (j + 1) & (nslots - 1);
        set->slots[j] = (uint32_t)(i + 1);
    }
}

static void set_add(struct sq_agg_set *set, const char *s, size_t len) {
    if ((set->n + 1) * 4 > set->nslots * 3)
        set_rehash(set, set->nslots ? set->nslots * 2 : 16);
    size_t j = hash_bytes(s, len) & (set->nslots - 1);
    while (set->slots[j]) {
        set_item *it = &set->items[set->slots[j] - 1];
        if (it->len == len && memcmp(it->s, s, len) == 0) {
            it->count++;
            return;
        }
        j = (j + 1) & (set->nslots - 1);
    }
    if (set->n == set->cap) {
        set->cap = set->cap ? set->cap * 2 : 8;
        set->items = sq_xrealloc(set->items, set->cap * sizeof *set->items);
    }
    set->items[set->n] = (set_item){sq_xstrndup(s, len), len, 1};
    set->slots[j] = (uint32_t)(++set->n);
    set->bytes += len + 1 + sizeof(set_item) + 2 * sizeof(uint32_t);
}

static void set_free(struct sq_agg_set *set) {
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        free(set->items[i].s);
    free(set->items);
    free(set->slots);
    free(set);
}

static int cmp_items(const void *a, const void *b) {
    const set_item *x = *(const set_item *const *)a, *y = *(const set_item *const *)b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

/* --- value lists ------------------------------------------------------------ */

struct sq_agg_vec {
    sq_value *vals; /* list() */
    double *nums;   /* median, perc */
    size_t n, cap;
    int sorted;
    size_t bytes;
};

static void vec_push_value(struct sq_agg_vec *v, const sq_value *item) {
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->vals = sq_xrealloc(v->vals, v->cap * sizeof *v->vals);
    }
    v->vals[v->n++] = sq_value_copy(item);
    v->bytes += sizeof(sq_value) + (item->type == SQ_STR ? item->u.str.len + 1 : 0);
}

static void vec_push_num(struct sq_agg_vec *v, double d) {
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 16;
        v->nums = sq_xrealloc(v->nums, v->cap * sizeof *v->nums);
    }
    v->nums[v->n++] = d;
    v->sorted = 0;
    v->bytes += sizeof(double);
}

static void vec_free(struct sq_agg_vec *v) {
    if (!v)
        return;
    if (v->vals)
        for (size_t i = 0; i < v->n; i++)
            sq_value_free(&v->vals[i]);
    free(v->vals);
    free(v->nums);
    free(v);
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* --- accumulators ----------------------------------------------------------- */

void sq_agg_acc_init(sq_agg_acc *a) {
    memset(a, 0, sizeof *a);
    a->v = SQ_VALUE_NULL;
}

void sq_agg_acc_free(sq_agg_acc *a) {
    sq_value_free(&a->v);
    set_free(a->set);
    vec_free(a->vec);
    sq_agg_acc_init(a);
}

size_t sq_agg_acc_bytes(const sq_agg_acc *a) {
    size_t b = 0;
    if (a->set)
        b += a->set->bytes;
    if (a->vec)
        b += a->vec->bytes;
    if (a->v.type == SQ_STR)
        b += a->v.u.str.len + 1;
    return b;
}

static void add_text(sq_agg_acc *a, const sq_value *item) {
    sq_buf scratch = SQ_BUF_INIT;
    size_t len;
    const char *t = sq_value_text(item, &scratch, &len);
    if (!a->set)
        a->set = sq_xcalloc(1, sizeof *a->set);
    set_add(a->set, t, len);
    sq_buf_free(&scratch);
}

/* min/max: any number beats every string; among numbers, numeric order;
 * among strings (only while no number was seen), byte order. */
static void add_extreme(sq_agg_acc *a, sq_value *item, int want_max) {
    double d;
    if (sq_value_number(item, &d)) {
        if (isnan(d))
            return;
        if (a->nnum == 0 || (want_max ? d > a->hi : d < a->lo)) {
            sq_value_free(&a->v);
            a->v = sq_value_copy(item);
            a->lo = a->hi = d;
        }
        a->nnum++;
        return;
    }
    if (a->nnum > 0)
        return;
    if (a->v.type == SQ_NULL) {
        a->v = sq_value_copy(item);
        return;
    }
    int c = sq_value_cmp_str(item, &a->v);
    if (want_max ? c > 0 : c < 0) {
        sq_value_free(&a->v);
        a->v = sq_value_copy(item);
    }
}

static void add_number(sq_agg_acc *a, sq_value *item) {
    double d;
    if (!sq_value_number(item, &d))
        return;
    if (a->nnum == 0 || d < a->lo)
        a->lo = d;
    if (a->nnum == 0 || d > a->hi)
        a->hi = d;
    a->nnum++;
    a->sum += d;
    a->sumsq += d * d;
}

/* One scalar value (an item of a multivalue). */
static void feed_item(sq_agg_acc *a, const sq_agg_spec *s, sq_value *item) {
    double d;
    switch (s->fn) {
    case SQ_AGG_COUNT:
        a->n++;
        return;
    case SQ_AGG_DC:
    case SQ_AGG_VALUES:
    case SQ_AGG_MODE:
        add_text(a, item);
        return;
    case SQ_AGG_LIST:
        if (!a->vec)
            a->vec = sq_xcalloc(1, sizeof *a->vec);
        if (a->vec->n < SQ_AGG_LIST_MAX)
            vec_push_value(a->vec, item);
        return;
    case SQ_AGG_MIN:
        add_extreme(a, item, 0);
        return;
    case SQ_AGG_MAX:
        add_extreme(a, item, 1);
        return;
    case SQ_AGG_MEDIAN:
    case SQ_AGG_PERC:
        if (!sq_value_number(item, &d) || isnan(d))
            return;
        if (!a->vec)
            a->vec = sq_xcalloc(1, sizeof *a->vec);
        vec_push_num(a->vec, d);
        return;
    default:
        add_number(a, item);
        return;
    }
}

void sq_agg_feed_value(sq_agg_acc *a, const sq_agg_spec *s, sq_value *v, double time,
                       int has_time) {
    if (s->fn == SQ_AGG_COUNT && !s->has_field && !s->expr && !s->wildcard) {
        a->n++; /* a bare count counts events, whatever the value */
        return;
    }
    if (!v || v->type == SQ_NULL)
        return;
    if (!has_time)
        time = 0;
    switch (s->fn) {
    case SQ_AGG_FIRST:
        if (a->n++ == 0)
            a->v = sq_value_copy(v);
        return;
    case SQ_AGG_LAST:
        sq_value_free(&a->v);
        a->v = sq_value_copy(v);
        a->n++;
        return;
    case SQ_AGG_EARLIEST:
    case SQ_AGG_EARLIEST_TIME:
        if (a->n++ == 0 || time < a->lo) {
            a->lo = time;
            if (s->fn == SQ_AGG_EARLIEST) {
                sq_value_free(&a->v);
                a->v = sq_value_copy(v);
            }
        }
        return;
    case SQ_AGG_LATEST:
    case SQ_AGG_LATEST_TIME:
        if (a->n++ == 0 || time >= a->hi) { /* ties: the later in input order */
            a->hi = time;
            if (s->fn == SQ_AGG_LATEST) {
                sq_value_free(&a->v);
                a->v = sq_value_copy(v);
            }
        }
        return;
    default:
        break;
    }
    size_t n = sq_value_count(v);
    for (size_t i = 0; i < n; i++)
        feed_item(a, s, sq_value_at(v, i));
}

static int needs_time(sq_agg_fn fn) {
    return fn == SQ_AGG_EARLIEST || fn == SQ_AGG_LATEST || fn == SQ_AGG_EARLIEST_TIME ||
           fn == SQ_AGG_LATEST_TIME;
}

int sq_agg_feed_event(sq_agg_acc *a, const sq_agg_spec *s, sq_event *ev, sq_error *err) {
    double t = 0;
    int has_time = needs_time(s->fn) ? sq_event_time(ev, &t) : 0;
    if (s->expr) {
        sq_value r = SQ_VALUE_NULL;
        if (sq_expr_eval(s->expr, ev, &r, err) != 0)
            return -1;
        if (r.type == SQ_BOOL)
            r = r.u.boolean ? sq_value_num(1) : SQ_VALUE_NULL;
        sq_agg_feed_value(a, s, &r, t, has_time);
        sq_value_free(&r);
        return 0;
    }
    if (s->has_field) {
        sq_value *v = sq_event_get(ev, s->field);
        if (v)
            sq_agg_feed_value(a, s, v, t, has_time);
        return 0;
    }
    if (!s->wildcard)
        a->n++; /* bare count */
    return 0;
}

/* --- results ---------------------------------------------------------------- */

static void result_values(const struct sq_agg_set *set, sq_value *out) {
    if (!set || set->n == 0)
        return;
    if (set->n == 1) {
        *out = sq_value_str(set->items[0].s, set->items[0].len);
        return;
    }
    const set_item **order = sq_xmalloc(set->n * sizeof *order);
    for (size_t i = 0; i < set->n; i++)
        order[i] = &set->items[i];
    sq_sort(order, set->n, sizeof *order, cmp_items);
    *out = sq_value_mv_empty();
    for (size_t i = 0; i < set->n; i++)
        sq_value_mv_push(out, sq_value_str(order[i]->s, order[i]->len));
    free(order);
}

static void result_mode(const struct sq_agg_set *set, sq_value *out) {
    if (!set || set->n == 0)
        return;
    size_t best = 0; /* first seen wins ties */
    for (size_t i = 1; i < set->n; i++)
        if (set->items[i].count > set->items[best].count)
            best = i;
    *out = sq_value_str(set->items[best].s, set->items[best].len);
}

static void result_list(const struct sq_agg_vec *v, sq_value *out) {
    if (!v || v->n == 0)
        return;
    if (v->n == 1) {
        *out = sq_value_copy(&v->vals[0]);
        return;
    }
    *out = sq_value_mv_empty();
    for (size_t i = 0; i < v->n; i++)
        sq_value_mv_push(out, sq_value_copy(&v->vals[i]));
}

static void sort_nums(struct sq_agg_vec *v) {
    if (!v->sorted) {
        sq_sort(v->nums, v->n, sizeof *v->nums, cmp_double);
        v->sorted = 1;
    }
}

static void result_percentile(struct sq_agg_vec *v, const sq_agg_spec *s, sq_value *out) {
    if (!v || v->n == 0)
        return;
    sort_nums(v);
    if (s->fn == SQ_AGG_MEDIAN) {
        *out = sq_value_num(v->nums[v->n / 2]);
        return;
    }
    /* rank = pct/100 * (n-1).  Its fraction is taken from pct*(n-1) before
     * dividing, which reproduces the documented results exactly (perc95 of
     * 1..10 = 9.55, of the visitors example = 3858.35). */
    double whole = s->pct * (double)(v->n - 1);
    double lod = floor(whole / 100.0);
    double frac = (whole - lod * 100.0) / 100.0;
    if (frac < 0)
        frac = 0;
    size_t lo = (size_t)lod;
    if (lo >= v->n - 1) {
        *out = sq_value_num(v->nums[v->n - 1]);
        return;
    }
    double x = v->nums[lo], y = v->nums[lo + 1];
    *out = sq_value_num(frac == 0 ? x : x + frac * (y - x));
}

static double variance(const sq_agg_acc *a, int sample) {
    double n = (double)a->nnum;
    double ss = a->sumsq - a->sum * a->sum / n;
    if (ss < 0) /* rounding on near-constant input */
        ss = 0;
    if (sample)
        return a->nnum > 1 ? ss / (n - 1) : 0;
    return ss / n;
}

void sq_agg_result(const sq_agg_acc *a, const sq_agg_spec *s, sq_value *out) {
    *out = SQ_VALUE_NULL;
    switch (s->fn) {
    case SQ_AGG_COUNT:
        *out = sq_value_num((double)a->n);
        return;
    case SQ_AGG_DC:
        *out = sq_value_num(a->set ? (double)a->set->n : 0);
        return;
    case SQ_AGG_VALUES:
        result_values(a->set, out);
        return;
    case SQ_AGG_MODE:
        result_mode(a->set, out);
        return;
    case SQ_AGG_LIST:
        result_list(a->vec, out);
        return;
    case SQ_AGG_MEDIAN:
    case SQ_AGG_PERC:
        result_percentile(a->vec, s, out);
        return;
    case SQ_AGG_MIN:
    case SQ_AGG_MAX:
    case SQ_AGG_FIRST:
    case SQ_AGG_LAST:
    case SQ_AGG_EARLIEST:
    case SQ_AGG_LATEST:
        if (a->v.type != SQ_NULL)
            *out = sq_value_copy(&a->v);
        return;
    case SQ_AGG_EARLIEST_TIME:
        if (a->n)
            *out = sq_value_num(a->lo);
        return;
    case SQ_AGG_LATEST_TIME:
        if (a->n)
            *out = sq_value_num(a->hi);
        return;
    default:
        break;
    }
    if (a->nnum == 0)
        return;
    switch (s->fn) {
    case SQ_AGG_RANGE:
        *out = sq_value_num(a->hi - a->lo);
        return;
    case SQ_AGG_SUM:
        *out = sq_value_num(a->sum);
        return;
    case SQ_AGG_SUMSQ:
        *out = sq_value_num(a->sumsq);
        return;
    case SQ_AGG_AVG:
        *out = sq_value_num(a->sum / (double)a->nnum);
        return;
    case SQ_AGG_VAR:
        *out = sq_value_num(variance(a, 1));
        return;
    case SQ_AGG_VARP:
        *out = sq_value_num(variance(a, 0));
        return;
    case SQ_AGG_STDEV:
        *out = sq_value_num(sqrt(variance(a, 1)));
        return;
    case SQ_AGG_STDEVP:
        *out = sq_value_num(sqrt(variance(a, 0)));
        return;
    default:
        return;
    }
}
