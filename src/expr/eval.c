/* eval.c — evaluating compiled eval expressions against one event.
 *
 * Owns the operators' semantics (Splunk's eval rules):
 *   - null propagates through arithmetic and concatenation;
 *   - comparisons and boolean operators use three-valued logic: a comparison
 *     with null is null, and a condition that is null is not true;
 *   - strings that read as numbers compute and compare as numbers;
 *   - `=` `!=` `<` ... and LIKE on a multivalue are true when any value is;
 *     arithmetic and `.` read a multivalue as its first value;
 *   - multiplication rounds to the significant figures of its least precise
 *     decimal operand unless inside exact(). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../functions/functions.h"

void sq_xv_free(sq_xv *x) {
    if (!x->borrowed)
        sq_value_free(&x->v);
    *x = SQ_XV_NULL;
}

sq_value sq_xv_take(sq_xv *x) {
    sq_value v = x->borrowed ? sq_value_copy(&x->v) : x->v;
    *x = SQ_XV_NULL;
    return v;
}

const char *sq_ex_text(const sq_value *v, sq_buf *scratch, size_t *len) {
    return sq_value_text(v, scratch, len);
}

/* --- rounding in decimal terms -------------------------------------------- */

/* Round |d| to `keep` significant digits, half away from zero, reading d at
 * 15 significant digits first so that binary noise (1.6499999999999999 for
 * 1.65) does not decide the rounding. */
static double round_digits(double d, int keep, int *exp_out) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.14e", fabs(d));
    char dig[16];
    dig[0] = buf[0];
    memcpy(dig + 1, buf + 2, 14);
    int e = atoi(buf + 17);
    if (keep >= 15) {
        *exp_out = e;
        return d;
    }
    if (keep <= 0) {
        *exp_out = e;
        if (keep == 0 && dig[0] >= '5')
            return copysign(pow(10, e + 1), d);
        return copysign(0.0, d);
    }
    int carry = dig[keep] >= '5';
    for (int i = keep - 1; i >= 0 && carry; i--) {
        if (dig[i] == '9') {
            dig[i] = '0';
        } else {
            dig[i]++;
            carry = 0;
        }
    }
    if (carry) { /* 9.99 -> 10.0 */
        memmove(dig + 1, dig, (size_t)keep - 1);
        dig[0] = '1';
        e++;
    }
    char out[48];
    int n = 0;
    out[n++] = dig[0];
    out[n++] = '.';
    for (int i = 1; i < keep; i++)
        out[n++] = dig[i];
    snprintf(out + n, sizeof out - (size_t)n, "e%d", e);
    *exp_out = e;
    return copysign(strtod(out, NULL), d);
}

double sq_round_decimal(double d, int decimals) {
    if (!isfinite(d) || d == 0)
        return d;
    int e0 = (int)floor(log10(fabs(d)));
    int e;
    /* keep digits down to 10^-decimals; recompute if log10 misjudged */
    double r = round_digits(d, e0 + 1 + decimals, &e);
    if (e != e0 && e0 + 1 + decimals < 15 && e0 + 1 + decimals > 0) {
        int e1;
        double r2 = round_digits(d, e + 1 + decimals, &e1);
        if (e1 == e)
            r = r2;
    }
    return r;
}

double sq_round_sig(double d, int sig, int *decimals) {
    if (!isfinite(d) || d == 0 || sig <= 0) {
        *decimals = -1;
        return d;
    }
    int e;
    double r = round_digits(d, sig, &e);
    int dec = sig - 1 - e;
    *decimals = dec < 0 ? 0 : dec;
    return r;
}

/* --- significant figures of an operand ------------------------------------ */

static int count_sig(const char *s, size_t len) {
    size_t i = 0;
    int n = 0, started = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        i++;
    for (; i < len; i++) {
        char ch = s[i];
        if (ch == 'e' || ch == 'E')
            break;
        if (ch < '0' || ch > '9')
            continue;
        if (ch != '0')
            started = 1;
        if (started)
            n++;
    }
    return n ? n : 1;
}

/* 0: exact (integers, full-precision results); else the operand's
 * significant figures as written. */
static int sig_figs(const sq_value *v) {
    if (v->type == SQ_MV)
        return v->u.mv.n ? sig_figs(&v->u.mv.items[0]) : 0;
    if (v->type == SQ_NUM) {
        if (v->prec <= 0 || !isfinite(v->u.num))
            return 0;
        char buf[400];
        int n = snprintf(buf, sizeof buf, "%.*f", v->prec, v->u.num);
        return count_sig(buf, n < 0 ? 0 : (size_t)n);
    }
    if (v->type == SQ_STR) {
        const char *s = v->u.str.ptr;
        size_t len = v->u.str.len;
        if (!memchr(s, '.', len) || memchr(s, 'e', len) || memchr(s, 'E', len))
            return 0;
        return count_sig(s, len);
    }
    return 0;
}

/* Which operands are string literals (see scalar_cmp). */
static int strictness(const sq_enode *a, const sq_enode *b) {
    return (a->strlit ? SQ_STRICT_A : 0) | (b->strlit ? SQ_STRICT_B : 0);
}

/* --- comparisons ---------------------------------------------------------- */

static int text_cmp(const sq_value *a, const sq_value *b) {
    sq_buf sa = SQ_BUF_INIT, sb = SQ_BUF_INIT;
    size_t al, bl;
    const char *at = sq_value_text(a, &sa, &al);
    const char *bt = sq_value_text(b, &sb, &bl);
    int c = memcmp(at, bt, al < bl ? al : bl);
    if (c == 0)
        c = al < bl ? -1 : al > bl;
    sq_buf_free(&sa);
    sq_buf_free(&sb);
    return c;
}

/* Compare two scalars: sets *c (<0, 0, >0); returns 0 when unordered (NaN).
 * strict: SQ_STRICT_A / SQ_STRICT_B when that side is a string literal of
 * the query, which stays a string even if it looks like a number. */
static int scalar_cmp(sq_value *a, sq_value *b, int strict, int *c) {
    double x, y;
    if (a->type == SQ_BOOL && b->type == SQ_BOOL) {
        *c = a->u.boolean - b->u.boolean;
        return 1;
    }
    if (!strict && sq_value_number(a, &x) && sq_value_number(b, &y)) {
        if (isnan(x) || isnan(y))
            return 0;
        *c = x < y ? -1 : x > y;
        return 1;
    }
    *c = text_cmp(a, b);
    return 1;
}

int sq_ex_scalar_eq(sq_value *a, sq_value *b) {
    int c;
    return scalar_cmp(a, b, 0, &c) && c == 0;
}

static int cmp_holds(sq_op_code op, int c) {
    switch (op) {
    case SQ_OP_EQ:
    case SQ_OP_EQEQ:
        return c == 0;
    case SQ_OP_NE:
        return c != 0;
    case SQ_OP_LT:
        return c < 0;
    case SQ_OP_LE:
        return c <= 0;
    case SQ_OP_GT:
        return c > 0;
    case SQ_OP_GE:
        return c >= 0;
    default:
        return 0;
    }
}

/* Any pair of values satisfies op; `!=` holds when no pair is equal. */
static int compare_values(sq_op_code op, sq_value *a, sq_value *b, int strict) {
    size_t na = sq_value_count(a), nb = sq_value_count(b);
    int ne = op == SQ_OP_NE;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            int c;
            int ok = scalar_cmp(sq_value_at(a, i), sq_value_at(b, j), strict, &c);
            if (ne) {
                if (ok && c == 0)
                    return 0;
            } else if (ok && cmp_holds(op, c)) {
                return 1;
            }
        }
    return ne;
}

/* SQL LIKE: % any run, _ one character (UTF-8 aware), \ escapes. */
static int like_match(const char *s, size_t sl, const char *p, size_t pl) {
    size_t si = 0, pi = 0, star_p = (size_t)-1, star_s = 0;
    while (si < sl) {
        if (pi < pl && p[pi] == '%') {
            star_p = ++pi;
            star_s = si;
            continue;
        }
        if (pi < pl) {
            char pc = p[pi];
            size_t pstep = 1;
            if (pc == '\\' && pi + 1 < pl) {
                pc = p[pi + 1];
                pstep = 2;
            } else if (pc == '_') {
                size_t step = 1; /* one UTF-8 character */
                while (si + step < sl && ((unsigned char)s[si + step] & 0xC0) == 0x80)
                    step++;
                si += step;
                pi++;
                continue;
            }
            if (pc == s[si]) {
                si++;
                pi += pstep;
                continue;
            }
        }
        if (star_p == (size_t)-1)
            return 0;
        pi = star_p;
        si = ++star_s;
    }
    while (pi < pl && p[pi] == '%')
        pi++;
    return pi == pl;
}

static int like_values(sq_value *a, sq_value *pat) {
    sq_buf sp = SQ_BUF_INIT, ss = SQ_BUF_INIT;
    size_t pl;
    const char *p = sq_value_text(pat, &sp, &pl);
    int hit = 0;
    for (size_t i = 0; i < sq_value_count(a) && !hit; i++) {
        size_t sl;
        const char *s = sq_value_text(sq_value_at(a, i), &ss, &sl);
        hit = like_match(s, sl, p, pl);
    }
    sq_buf_free(&sp);
    sq_buf_free(&ss);
    return hit;
}

/* --- arithmetic ----------------------------------------------------------- */

static sq_value *first_scalar(sq_value *v) {
    return v->type == SQ_MV ? (v->u.mv.n ? &v->u.mv.items[0] : NULL) : v;
}

static void concat_into(sq_value *a, sq_value *b, sq_xv *out) {
    sq_buf b1 = SQ_BUF_INIT, sc = SQ_BUF_INIT;
    size_t l;
    const char *t = sq_value_text(a, &sc, &l);
    sq_buf_add(&b1, t, l);
    t = sq_value_text(b, &sc, &l);
    sq_buf_add(&b1, t, l);
    sq_buf_free(&sc);
    size_t len = b1.len;
    char *s = b1.data ? sq_buf_steal(&b1) : sq_xstrdup("");
    *out = sq_xv_own(sq_value_str_take(s, len));
}

static sq_value multiply(sq_enode *n, sq_value *a, sq_value *b, double x, double y) {
    double p = x * y;
    if (n->exact)
        return sq_value_num(p);
    int sa = sig_figs(a), sb = sig_figs(b);
    int s = sa == 0 ? sb : sb == 0 ? sa : (sa < sb ? sa : sb);
    if (s == 0)
        return sq_value_num(p);
    int dec;
    double r = sq_round_sig(p, s, &dec);
    if (dec < 0)
        return sq_value_num(r);
    /* Plain display never drops integer digits: 1.00*1111 shows 1111
     * (SR:Mathematical functions, sigfig); only sigfig() writes 1.11e3. */
    if (dec == 0)
        r = sq_round_decimal(p, 0);
    return sq_value_num_prec(r, dec);
}

static int arith(sq_enode *n, sq_value *a0, sq_value *b0, sq_xv *out) {
    sq_value *a = first_scalar(a0), *b = first_scalar(b0);
    *out = SQ_XV_NULL;
    if (!a || !b)
        return 0;
    double x = 0, y = 0;
    int an = !n->kids[0]->strlit && sq_value_number(a, &x);
    int bn = !n->kids[1]->strlit && sq_value_number(b, &y);
    if (!an || !bn) {
        /* + joins two strings; a number and a string give null */
        if (n->op == SQ_OP_ADD && !an && !bn && a->type == SQ_STR && b->type == SQ_STR)
            concat_into(a, b, out);
        return 0;
    }
    switch (n->op) {
    case SQ_OP_ADD:
        *out = sq_xv_own(sq_value_num(x + y));
        break;
    case SQ_OP_SUB:
        *out = sq_xv_own(sq_value_num(x - y));
        break;
    case SQ_OP_MUL:
        *out = sq_xv_own(multiply(n, a, b, x, y));
        break;
    case SQ_OP_DIV:
        if (y != 0) /* division by zero: null */
            *out = sq_xv_own(sq_value_num(x / y));
        break;
    case SQ_OP_MOD:
        if (y != 0)
            *out = sq_xv_own(sq_value_num(fmod(x, y)));
        break;
    default:
        break;
    }
    return 0;
}

/* --- nodes ---------------------------------------------------------------- */

static sq_xv bool_xv(int t) {
    return t == -2 ? SQ_XV_NULL : sq_xv_own(sq_value_bool(t));
}

int sq_ex_test(sq_ectx *c, sq_enode *n) {
    sq_xv x;
    if (sq_ex_eval(c, n, &x) < 0)
        return -1;
    int r = x.v.type == SQ_NULL ? -2 : sq_value_truthy(&x.v);
    sq_xv_free(&x);
    return r;
}

static int eval_logic(sq_ectx *c, sq_enode *n, sq_xv *out) {
    int l = sq_ex_test(c, n->kids[0]);
    if (l == -1)
        return -1;
    if (n->op == SQ_OP_AND && l == 0) {
        *out = bool_xv(0);
        return 0;
    }
    if (n->op == SQ_OP_OR && l == 1) {
        *out = bool_xv(1);
        return 0;
    }
    int r = sq_ex_test(c, n->kids[1]);
    if (r == -1)
        return -1;
    switch (n->op) {
    case SQ_OP_AND:
        *out = bool_xv(r == 0 ? 0 : (l == 1 && r == 1) ? 1 : -2);
        break;
    case SQ_OP_OR:
        *out = bool_xv(r == 1 ? 1 : (l == 0 && r == 0) ? 0 : -2);
        break;
    default: /* XOR */
        *out = bool_xv((l == -2 || r == -2) ? -2 : l != r);
        break;
    }
    return 0;
}

static int eval_binary(sq_ectx *c, sq_enode *n, sq_xv *out) {
    if (n->op == SQ_OP_AND || n->op == SQ_OP_OR || n->op == SQ_OP_XOR)
        return eval_logic(c, n, out);
    sq_xv a, b;
    if (sq_ex_eval(c, n->kids[0], &a) < 0)
        return -1;
    if (sq_ex_eval(c, n->kids[1], &b) < 0) {
        sq_xv_free(&a);
        return -1;
    }
    *out = SQ_XV_NULL;
    if (a.v.type != SQ_NULL && b.v.type != SQ_NULL) {
        switch (n->op) {
        case SQ_OP_EQ:
        case SQ_OP_EQEQ:
        case SQ_OP_NE:
        case SQ_OP_LT:
        case SQ_OP_LE:
        case SQ_OP_GT:
        case SQ_OP_GE:
            *out = bool_xv(compare_values(n->op, &a.v, &b.v, strictness(n->kids[0], n->kids[1])));
            break;
        case SQ_OP_LIKE:
            *out = bool_xv(like_values(&a.v, &b.v));
            break;
        case SQ_OP_CONCAT: {
            sq_value *x = first_scalar(&a.v), *y = first_scalar(&b.v);
            if (x && y)
                concat_into(x, y, out);
            break;
        }
        default:
            arith(n, &a.v, &b.v, out);
            break;
        }
    }
    sq_xv_free(&a);
    sq_xv_free(&b);
    return 0;
}

static int eval_unary(sq_ectx *c, sq_enode *n, sq_xv *out) {
    if (n->op == SQ_OP_NOT) {
        int t = sq_ex_test(c, n->kids[0]);
        if (t == -1)
            return -1;
        *out = bool_xv(t == -2 ? -2 : !t);
        return 0;
    }
    sq_xv a;
    if (sq_ex_eval(c, n->kids[0], &a) < 0)
        return -1;
    *out = SQ_XV_NULL;
    sq_value *v = first_scalar(&a.v);
    double d;
    if (v && sq_value_number(v, &d)) {
        int prec = v->type == SQ_NUM ? v->prec : -1;
        *out = sq_xv_own(sq_value_num_prec(n->op == SQ_OP_NEG ? -d : d, prec));
    }
    sq_xv_free(&a);
    return 0;
}

static int eval_in(sq_ectx *c, sq_enode *n, sq_xv *out) {
    sq_xv x;
    if (sq_ex_eval(c, n->kids[0], &x) < 0)
        return -1;
    *out = SQ_XV_NULL;
    if (x.v.type == SQ_NULL)
        return 0;
    int hit = 0;
    for (int i = 1; i < n->nkids && !hit; i++) {
        sq_xv y;
        if (sq_ex_eval(c, n->kids[i], &y) < 0) {
            sq_xv_free(&x);
            return -1;
        }
        if (y.v.type != SQ_NULL)
            hit = compare_values(SQ_OP_EQ, &x.v, &y.v, strictness(n->kids[0], n->kids[i]));
        sq_xv_free(&y);
    }
    sq_xv_free(&x);
    *out = bool_xv(hit);
    return 0;
}

#define SQ_LOCAL_ARGS 8

static int eval_call(sq_ectx *c, sq_enode *n, sq_xv *out) {
    *out = SQ_XV_NULL;
    if (n->fn->flags & SQ_FN_LAZY)
        return n->fn->eval(c, n, NULL, out);
    sq_xv local[SQ_LOCAL_ARGS];
    sq_xv *args = n->nkids <= SQ_LOCAL_ARGS ? local : sq_xmalloc((size_t)n->nkids * sizeof *args);
    int rc = 0, have = 0, anynull = 0;
    for (; have < n->nkids; have++) {
        if (sq_ex_eval(c, n->kids[have], &args[have]) < 0) {
            rc = -1;
            break;
        }
        anynull |= args[have].v.type == SQ_NULL;
    }
    if (rc == 0 && !(anynull && (n->fn->flags & SQ_FN_NULLPROP)))
        rc = n->fn->eval(c, n, args, out);
    for (int i = 0; i < have; i++)
        sq_xv_free(&args[i]);
    if (args != local)
        free(args);
    if (rc < 0) {
        sq_xv_free(out);
        if (c->err && c->err->span.start < 0) /* point at the call */
            c->err->span = n->span;
    }
    return rc;
}

int sq_ex_eval(sq_ectx *c, sq_enode *n, sq_xv *out) {
    switch (n->kind) {
    case SQ_N_LIT:
        *out = sq_xv_borrow(&n->lit);
        return 0;
    case SQ_N_FIELD: {
        if (c->bound && c->bind_sym == n->sym) {
            *out = sq_xv_borrow(c->bind_val);
            return 0;
        }
        sq_value *v = c->ev ? sq_event_get(c->ev, n->sym) : NULL;
        if (v && v->type == SQ_STR && v->numck == SQ_NUMCK_UNKNOWN) {
            double d; /* settle the numeric reading in the event, once */
            sq_value_number(v, &d);
        }
        *out = v ? sq_xv_borrow(v) : SQ_XV_NULL;
        return 0;
    }
    case SQ_N_CALL:
        return eval_call(c, n, out);
    case SQ_N_BIN:
        return eval_binary(c, n, out);
    case SQ_N_UNARY:
        return eval_unary(c, n, out);
    case SQ_N_IN:
        return eval_in(c, n, out);
    }
    *out = SQ_XV_NULL;
    return 0;
}

/* --- argument helpers ----------------------------------------------------- */

sq_value *sq_first(sq_value *v) {
    return first_scalar(v);
}

int sq_arg_num(sq_xv *x, double *d) {
    sq_value *v = first_scalar(&x->v);
    return v && sq_value_number(v, d);
}

sq_value sq_value_from_buf(sq_buf *b) {
    size_t len = b->len;
    char *s = b->data ? sq_buf_steal(b) : sq_xstrdup("");
    return sq_value_str_take(s, len);
}

int sq_ex_like(sq_value *a, sq_value *pattern) {
    return like_values(a, pattern);
}

int sq_ex_equal(sq_value *a, sq_value *b, int strict) {
    return compare_values(SQ_OP_EQ, a, b, strict);
}
