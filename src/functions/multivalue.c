/* multivalue.c — multivalue eval functions: mvcount, mvindex, mvjoin,
 * split, mvappend, mvfind, mvfilter, mvmap, mvdedup, mvsort, mvzip,
 * mvrange, mvreverse.
 *
 * A result with a single value is returned as that scalar and an empty one as
 * null, so that a multivalue of one value displays as Splunk shows it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "functions.h"
#include "splq/parse.h"

/* 0 values: null; 1 value: the scalar. */
static sq_value mv_normal(sq_value v) {
    if (v.type != SQ_MV)
        return v;
    if (v.u.mv.n == 0) {
        sq_value_free(&v);
        return SQ_VALUE_NULL;
    }
    if (v.u.mv.n == 1) {
        sq_value one = v.u.mv.items[0];
        free(v.u.mv.items);
        return one;
    }
    return v;
}

static int fn_mvcount(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    size_t k = sq_value_count(&a[0].v);
    *out = k ? sq_xv_own(sq_value_num((double)k)) : SQ_XV_NULL;
    return 0;
}

static int fn_mvindex(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double ds, de;
    long long cnt = (long long)sq_value_count(&a[0].v);
    *out = SQ_XV_NULL;
    if (!sq_arg_num(&a[1], &ds) || (n->nkids > 2 && !sq_arg_num(&a[2], &de)))
        return 0;
    long long s = (long long)fmax(fmin(ds, 1e15), -1e15);
    long long e = n->nkids > 2 ? (long long)fmax(fmin(de, 1e15), -1e15) : s;
    if (s < 0)
        s += cnt;
    if (e < 0)
        e += cnt;
    if (s < 0 || s >= cnt || e < s)
        return 0;
    if (e >= cnt)
        e = cnt - 1;
    sq_value r = SQ_VALUE_NULL;
    for (long long i = s; i <= e; i++)
        sq_value_mv_push(&r, sq_value_copy(sq_value_at(&a[0].v, (size_t)i)));
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

static int fn_mvjoin(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf ds = SQ_BUF_INIT, b = SQ_BUF_INIT, sc = SQ_BUF_INIT;
    size_t dl;
    const char *d = sq_ex_text(&a[1].v, &ds, &dl);
    for (size_t i = 0; i < sq_value_count(&a[0].v); i++) {
        if (i)
            sq_buf_add(&b, d, dl);
        size_t l;
        const char *t = sq_ex_text(sq_value_at(&a[0].v, i), &sc, &l);
        sq_buf_add(&b, t, l);
    }
    *out = sq_xv_own(sq_value_from_buf(&b));
    sq_buf_free(&ds);
    sq_buf_free(&sc);
    return 0;
}

static int fn_split(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf s1 = SQ_BUF_INIT, s2 = SQ_BUF_INIT;
    size_t len, dl;
    const char *s = sq_ex_text(&a[0].v, &s1, &len);
    const char *d = sq_ex_text(&a[1].v, &s2, &dl);
    sq_value r = sq_value_mv_empty();
    if (dl == 0) { /* each character */
        for (size_t i = 0; i < len;) {
            size_t step = 1;
            while (i + step < len && ((unsigned char)s[i + step] & 0xC0) == 0x80)
                step++;
            sq_value_mv_push(&r, sq_value_str(s + i, step));
            i += step;
        }
    } else {
        size_t start = 0;
        for (size_t i = 0; i + dl <= len;) {
            if (memcmp(s + i, d, dl) == 0) {
                sq_value_mv_push(&r, sq_value_str(s + start, i - start));
                i += dl;
                start = i;
            } else {
                i++;
            }
        }
        sq_value_mv_push(&r, sq_value_str(s + start, len - start));
    }
    *out = sq_xv_own(mv_normal(r));
    sq_buf_free(&s1);
    sq_buf_free(&s2);
    return 0;
}

static int fn_mvappend(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_value r = SQ_VALUE_NULL;
    for (int i = 0; i < n->nkids; i++) {
        if (a[i].v.type == SQ_BOOL)
            continue;
        sq_value_mv_push(&r, sq_xv_take(&a[i]));
    }
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

static int cc_regex1(sq_cctx *cc, sq_enode *n) {
    return sq_regex_arg_compile(cc, n, 1);
}

static int fn_mvfind(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_regex *re = sq_regex_arg_get(c, n, &a[1].v);
    if (!re)
        return -1;
    sq_buf sc = SQ_BUF_INIT;
    *out = SQ_XV_NULL;
    for (size_t i = 0; i < sq_value_count(&a[0].v); i++) {
        size_t len;
        const char *s = sq_ex_text(sq_value_at(&a[0].v, i), &sc, &len);
        const size_t *ov;
        int m = sq_regex_exec(re, s, len, 0, &ov, c->err);
        if (m < 0) {
            sq_buf_free(&sc);
            return -1;
        }
        if (m > 0) {
            *out = sq_xv_own(sq_value_num((double)i));
            break;
        }
    }
    sq_buf_free(&sc);
    return 0;
}

/* --- mvfilter / mvmap: per-value evaluation -------------------------------- */

typedef struct bind_state {
    int bound;
    sq_sym sym;
    const sq_value *val;
} bind_state;

static void bind(sq_ectx *c, sq_sym sym, const sq_value *v, bind_state *save) {
    save->bound = c->bound, save->sym = c->bind_sym, save->val = c->bind_val;
    c->bound = 1, c->bind_sym = sym, c->bind_val = v;
}

static void unbind(sq_ectx *c, const bind_state *save) {
    c->bound = save->bound, c->bind_sym = save->sym, c->bind_val = save->val;
}

static sq_sym *sym_data(sq_enode *n) {
    return n->data;
}

static int cc_bound_field(sq_cctx *cc, sq_enode *n, const sq_enode *where) {
    sq_sym sym;
    if (!sq_ex_first_field(where, &sym))
        return sq_fail_at(cc->err, SQ_ERR_ARG, n->span,
                          "function \"%s\" needs an expression that refers to a field",
                          n->fn->name);
    sq_sym *p = sq_xmalloc(sizeof *p);
    *p = sym;
    n->data = p;
    n->data_free = free;
    return 0;
}

static int cc_mvfilter(sq_cctx *cc, sq_enode *n) {
    if (sq_check_bool_arg(cc, n, 0) < 0)
        return -1;
    return cc_bound_field(cc, n, n->kids[0]);
}

/* The value a bound field has now (an enclosing binding counts). */
static const sq_value *field_now(sq_ectx *c, sq_sym sym) {
    if (c->bound && c->bind_sym == sym)
        return c->bind_val;
    return c->ev ? sq_event_get(c->ev, sym) : NULL;
}

static int fn_mvfilter(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_sym sym = *sym_data(n);
    const sq_value *v = field_now(c, sym);
    *out = SQ_XV_NULL;
    if (!v)
        return 0;
    sq_value whole = *v; /* a view: the event is not changed meanwhile */
    sq_value r = SQ_VALUE_NULL;
    bind_state save;
    for (size_t i = 0; i < sq_value_count(&whole); i++) {
        sq_value *item = sq_value_at(&whole, i);
        bind(c, sym, item, &save);
        int t = sq_ex_test(c, n->kids[0]);
        unbind(c, &save);
        if (t == -1) {
            sq_value_free(&r);
            return -1;
        }
        if (t == 1)
            sq_value_mv_push(&r, sq_value_copy(item));
    }
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

static int cc_mvmap(sq_cctx *cc, sq_enode *n) {
    return cc_bound_field(cc, n, n->kids[0]);
}

static int fn_mvmap(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_sym sym = *sym_data(n);
    sq_xv src;
    if (sq_ex_eval(c, n->kids[0], &src) < 0)
        return -1;
    sq_value r = SQ_VALUE_NULL;
    bind_state save;
    int rc = 0;
    for (size_t i = 0; i < sq_value_count(&src.v); i++) {
        bind(c, sym, sq_value_at(&src.v, i), &save);
        sq_xv one;
        rc = sq_ex_eval(c, n->kids[1], &one);
        unbind(c, &save);
        if (rc < 0)
            break;
        if (one.v.type != SQ_BOOL)
            sq_value_mv_push(&r, sq_xv_take(&one));
        sq_xv_free(&one);
    }
    sq_xv_free(&src);
    if (rc < 0) {
        sq_value_free(&r);
        return -1;
    }
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

/* --- dedup, sort, zip, range, reverse ------------------------------------- */

static int fn_mvdedup(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_value r = SQ_VALUE_NULL;
    size_t cnt = sq_value_count(&a[0].v);
    for (size_t i = 0; i < cnt; i++) {
        sq_value *v = sq_value_at(&a[0].v, i);
        int dup = 0;
        for (size_t j = 0; j < i && !dup; j++)
            dup = sq_value_cmp_str(v, sq_value_at(&a[0].v, j)) == 0;
        if (!dup)
            sq_value_mv_push(&r, sq_value_copy(v));
    }
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

static int cmp_text(const void *x, const void *y) {
    return sq_value_cmp_str(x, y);
}

static int fn_mvsort(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_value r = SQ_VALUE_NULL;
    for (size_t i = 0; i < sq_value_count(&a[0].v); i++)
        sq_value_mv_push(&r, sq_value_copy(sq_value_at(&a[0].v, i)));
    if (r.type == SQ_MV)
        sq_sort(r.u.mv.items, r.u.mv.n, sizeof(sq_value), cmp_text);
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

static int fn_mvzip(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf ds = SQ_BUF_INIT, sc = SQ_BUF_INIT;
    size_t dl = 1;
    const char *d = ",";
    if (n->nkids > 2) {
        if (a[2].v.type == SQ_NULL) {
            *out = SQ_XV_NULL;
            return 0;
        }
        d = sq_ex_text(&a[2].v, &ds, &dl);
    }
    size_t na = sq_value_count(&a[0].v), nb = sq_value_count(&a[1].v);
    size_t k = na < nb ? na : nb;
    sq_value r = SQ_VALUE_NULL;
    for (size_t i = 0; i < k; i++) {
        sq_buf b = SQ_BUF_INIT;
        size_t l;
        const char *t = sq_ex_text(sq_value_at(&a[0].v, i), &sc, &l);
        sq_buf_add(&b, t, l);
        sq_buf_add(&b, d, dl);
        t = sq_ex_text(sq_value_at(&a[1].v, i), &sc, &l);
        sq_buf_add(&b, t, l);
        sq_value_mv_push(&r, sq_value_from_buf(&b));
    }
    sq_buf_free(&ds);
    sq_buf_free(&sc);
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

/* A step as a number or a time span ("7d", "2h", "30m", "10s", "1w"). */
static int range_step(sq_xv *x, double *step) {
    if (sq_arg_num(x, step))
        return 1;
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(&x->v, &sc, &len);
    size_t i = 0;
    while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '+' || s[i] == '.'))
        i++;
    double num;
    int ok = i > 0 && sq_str_is_number(s, i, &num);
    double unit = 0;
    if (ok) {
        const char *u = s + i;
        size_t ul = len - i;
        static const struct {
            const char *name;
            double secs;
        } units[] = {{"s", 1},         {"sec", 1},      {"secs", 1},     {"second", 1},
                     {"seconds", 1},   {"m", 60},       {"min", 60},     {"mins", 60},
                     {"minute", 60},   {"minutes", 60}, {"h", 3600},     {"hr", 3600},
                     {"hrs", 3600},    {"hour", 3600},  {"hours", 3600}, {"d", 86400},
                     {"day", 86400},   {"days", 86400}, {"w", 604800},   {"week", 604800},
                     {"weeks", 604800}};
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
            if (strlen(units[k].name) == ul && strncmp(units[k].name, u, ul) == 0)
                unit = units[k].secs;
        ok = unit > 0;
    }
    sq_buf_free(&sc);
    if (ok)
        *step = num * unit;
    return ok;
}

#define SQ_MVRANGE_MAX 1000000

static int fn_mvrange(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double s, e, step = 1;
    *out = SQ_XV_NULL;
    if (!sq_arg_num(&a[0], &s) || !sq_arg_num(&a[1], &e))
        return 0;
    if (n->nkids > 2 && !range_step(&a[2], &step))
        return 0;
    if (step == 0 || !isfinite(step) || (e - s) / step > SQ_MVRANGE_MAX)
        return 0;
    sq_value r = SQ_VALUE_NULL;
    for (double v = s; step > 0 ? v < e : v > e; v += step)
        sq_value_mv_push(&r, sq_value_num(v));
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

static int fn_mvreverse(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_value r = SQ_VALUE_NULL;
    size_t cnt = sq_value_count(&a[0].v);
    for (size_t i = cnt; i > 0; i--)
        sq_value_mv_push(&r, sq_value_copy(sq_value_at(&a[0].v, i - 1)));
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

/* commands(search): the names of the commands of a search string, in order
 * (subsearches included); a string that does not parse gives null. */
static void stage_names(const sq_ast *n, sq_value *r) {
    if (n->kind == SQ_AST_STAGE && n->text)
        sq_value_mv_push(r, sq_value_cstr((n->flags & SQ_AST_IMPLICIT) ? "search" : n->text));
    for (int i = 0; i < n->nkids; i++)
        stage_names(n->kids[i], r);
}

static int fn_commands(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(&a[0].v, &sc, &len);
    sq_ast *ast = NULL;
    sq_error err;
    sq_error_clear(&err);
    sq_value r = SQ_VALUE_NULL;
    if (sq_parse(s, len, SQ_PARSE_QUERY, &ast, &err) == 0)
        stage_names(ast, &r);
    sq_ast_free(ast);
    sq_buf_free(&sc);
    *out = sq_xv_own(mv_normal(r));
    return 0;
}

static const sq_func table[] = {
    {"mvcount", 1, 1, 0, SQ_T_NUM, fn_mvcount, NULL},
    {"mvindex", 2, 3, SQ_FN_NULLPROP, SQ_T_ANY, fn_mvindex, NULL},
    {"mvjoin", 2, 2, SQ_FN_NULLPROP, SQ_T_STR, fn_mvjoin, NULL},
    {"split", 2, 2, SQ_FN_NULLPROP, SQ_T_ANY, fn_split, NULL},
    {"mvappend", 1, -1, 0, SQ_T_ANY, fn_mvappend, NULL},
    {"mvfind", 2, 2, SQ_FN_NULLPROP, SQ_T_NUM, fn_mvfind, cc_regex1},
    {"mvfilter", 1, 1, SQ_FN_LAZY, SQ_T_ANY, fn_mvfilter, cc_mvfilter},
    {"mvmap", 2, 2, SQ_FN_LAZY, SQ_T_ANY, fn_mvmap, cc_mvmap},
    {"mvdedup", 1, 1, SQ_FN_NULLPROP, SQ_T_ANY, fn_mvdedup, NULL},
    {"mvsort", 1, 1, SQ_FN_NULLPROP, SQ_T_ANY, fn_mvsort, NULL},
    {"mvzip", 2, 3, SQ_FN_NULLPROP, SQ_T_ANY, fn_mvzip, NULL},
    {"mvrange", 2, 3, SQ_FN_NULLPROP, SQ_T_ANY, fn_mvrange, NULL},
    {"mvreverse", 1, 1, SQ_FN_NULLPROP, SQ_T_ANY, fn_mvreverse, NULL},
    {"commands", 1, 1, SQ_FN_NULLPROP, SQ_T_ANY, fn_commands, NULL},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_multivalue(void) {
    return table;
}
