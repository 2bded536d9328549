/* math.c — mathematical eval functions: abs, ceiling, floor, round, exact,
 * sigfig, exp, ln, log, pow, sqrt, pi, random, min, max, sum, avg, the
 * trigonometric functions and the bitwise ones.
 *
 * A result that is not a number (sqrt(-1), ln(0)...) is null. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "functions.h"

static sq_xv num_or_null(double d) {
    return isnan(d) ? SQ_XV_NULL : sq_xv_own(sq_value_num(d));
}

#define UNARY(name, expr)                                                                          \
    static int fn_##name(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {                          \
        double x;                                                                                  \
        *out = sq_arg_num(&a[0], &x) ? num_or_null(expr) : SQ_XV_NULL;                             \
        return 0;                                                                                  \
    }

UNARY(ceiling, ceil(x))
UNARY(floor, floor(x))
UNARY(exp, exp(x))
UNARY(ln, x > 0 ? log(x) : NAN)
UNARY(sqrt, x >= 0 ? sqrt(x) : NAN)
UNARY(acos, acos(x))
UNARY(acosh, acosh(x))
UNARY(asin, asin(x))
UNARY(asinh, asinh(x))
UNARY(atan, atan(x))
UNARY(atanh, atanh(x))
UNARY(cos, cos(x))
UNARY(cosh, cosh(x))
UNARY(sin, sin(x))
UNARY(sinh, sinh(x))
UNARY(tan, tan(x))
UNARY(tanh, tanh(x))

static int fn_abs(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double x;
    sq_value *v = sq_first(&a[0].v);
    *out = SQ_XV_NULL;
    if (sq_arg_num(&a[0], &x))
        *out = sq_xv_own(sq_value_num_prec(fabs(x), v->type == SQ_NUM ? v->prec : -1));
    return 0;
}

/* round(x[, n]): half away from zero in decimal terms; n decimals are
 * always shown (round(0.805, 4) = 0.8050). */
static int fn_round(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double x, dn = 0;
    *out = SQ_XV_NULL;
    if (!sq_arg_num(&a[0], &x) || (n->nkids > 1 && !sq_arg_num(&a[1], &dn)))
        return 0;
    int places = (int)fmax(fmin(dn, 30), -30);
    double r = sq_round_decimal(x, places);
    *out = sq_xv_own(places > 0 ? sq_value_num_prec(r, places) : sq_value_num(r));
    return 0;
}

/* exact(x): x was computed without significant-figure rounding (the
 * compiler marks the sub-tree); its value counts as full precision. */
static int fn_exact(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double x;
    if (a[0].v.type == SQ_NUM || (a[0].v.type == SQ_STR && sq_arg_num(&a[0], &x))) {
        sq_arg_num(&a[0], &x);
        *out = sq_xv_own(sq_value_num(x));
        return 0;
    }
    *out = a[0];
    a[0] = SQ_XV_NULL;
    return 0;
}

/* --- sigfig --------------------------------------------------------------- */

/* Significant figures of a number as written: digits from the first
 * non-zero one (0.030 has 2, 1111 has 4, 1.00 has 3); 0 when none. */
static int written_sig(const char *s, size_t len) {
    int n = 0, started = 0;
    for (size_t i = 0; i < len && s[i] != 'e' && s[i] != 'E'; i++) {
        if (s[i] < '0' || s[i] > '9')
            continue;
        if (s[i] != '0')
            started = 1;
        n += started;
    }
    return n;
}

/* Decimal places as written (123.0 has 1, 4.567 has 3, 12 has 0). */
static int written_decimals(const char *s, size_t len) {
    const char *dot = memchr(s, '.', len);
    if (!dot)
        return 0;
    int n = 0;
    for (const char *p = dot + 1; p < s + len && *p >= '0' && *p <= '9'; p++)
        n++;
    return n;
}

/* sigfig(a OP b): computes a OP b and keeps the precision the operands
 * allow (SR:Mathematical functions): for * and / the fewest significant
 * figures of the operands, for + and - the fewest decimal places.  When
 * the figures kept end left of the decimal point the result is written in
 * exponent form (sigfig(1.00*1111) = 1.11e3).  Any other argument is
 * returned as it is. */
static int fn_sigfig(sq_ectx *c, sq_enode *n, sq_xv *args, sq_xv *out) {
    sq_enode *k = n->kids[0];
    *out = SQ_XV_NULL;
    if (k->kind != SQ_N_BIN ||
        (k->op != SQ_OP_MUL && k->op != SQ_OP_DIV && k->op != SQ_OP_ADD && k->op != SQ_OP_SUB))
        return sq_ex_eval(c, k, out);
    sq_xv xa = SQ_XV_NULL, xb = SQ_XV_NULL;
    int rc = -1;
    if (sq_ex_eval(c, k->kids[0], &xa) < 0 || sq_ex_eval(c, k->kids[1], &xb) < 0)
        goto done;
    rc = 0;
    double x, y;
    if (k->kids[0]->strlit || k->kids[1]->strlit || !sq_arg_num(&xa, &x) || !sq_arg_num(&xb, &y))
        goto done; /* a non-numeric operand: null, as the arithmetic itself */
    sq_buf sa = SQ_BUF_INIT, sb = SQ_BUF_INIT;
    size_t la, lb;
    const char *ta = sq_ex_text(&xa.v, &sa, &la), *tb = sq_ex_text(&xb.v, &sb, &lb);
    int additive = k->op == SQ_OP_ADD || k->op == SQ_OP_SUB;
    int pa = additive ? written_decimals(ta, la) : written_sig(ta, la);
    int pb = additive ? written_decimals(tb, lb) : written_sig(tb, lb);
    sq_buf_free(&sa);
    sq_buf_free(&sb);
    int keep = pa < pb ? pa : pb;
    double r = k->op == SQ_OP_MUL   ? x * y
               : k->op == SQ_OP_DIV ? (y != 0 ? x / y : NAN)
               : k->op == SQ_OP_ADD ? x + y
                                    : x - y;
    if (!isfinite(r))
        goto done;
    if (additive) {
        *out = sq_xv_own(keep > 0 ? sq_value_num_prec(sq_round_decimal(r, keep), keep)
                                  : sq_value_num(sq_round_decimal(r, 0)));
        goto done;
    }
    if (keep <= 0 || r == 0) {
        *out = sq_xv_own(sq_value_num(r));
        goto done;
    }
    int dec;
    r = sq_round_sig(r, keep, &dec);
    int e = (int)floor(log10(fabs(r)));
    if (keep - 1 - e >= 0) {
        *out = sq_xv_own(sq_value_num_prec(r, keep - 1 - e));
    } else {
        sq_buf b = SQ_BUF_INIT;
        sq_buf_printf(&b, "%.*fe%d", keep - 1, r / pow(10, e), e);
        *out = sq_xv_own(sq_value_from_buf(&b));
    }
done:
    sq_xv_free(&xa);
    sq_xv_free(&xb);
    return rc;
}

static int fn_log(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double x, base = 10;
    *out = SQ_XV_NULL;
    if (!sq_arg_num(&a[0], &x) || (n->nkids > 1 && !sq_arg_num(&a[1], &base)))
        return 0;
    if (x <= 0 || base <= 0 || base == 1)
        return 0;
    *out = num_or_null(base == 10 ? log10(x) : log(x) / log(base));
    return 0;
}

static int fn_pow(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double x, y;
    *out = sq_arg_num(&a[0], &x) && sq_arg_num(&a[1], &y) ? num_or_null(pow(x, y)) : SQ_XV_NULL;
    return 0;
}

static int fn_atan2(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double y, x;
    *out = sq_arg_num(&a[0], &y) && sq_arg_num(&a[1], &x) ? num_or_null(atan2(y, x)) : SQ_XV_NULL;
    return 0;
}

static int fn_hypot(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double x, y;
    *out = sq_arg_num(&a[0], &x) && sq_arg_num(&a[1], &y) ? num_or_null(hypot(x, y)) : SQ_XV_NULL;
    return 0;
}

static int fn_pi(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(sq_value_num(3.14159265358979323846));
    return 0;
}

/* random(): 0 .. 2^31-1.  The generator state lives in the call node
 * (seeded at compile time), so results differ per event but nothing is
 * global. */
static int cc_random(sq_cctx *cc, sq_enode *n) {
    uint64_t *state = sq_xmalloc(sizeof *state);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *state = ((uint64_t)ts.tv_sec * 1000000007ULL) ^ (uint64_t)ts.tv_nsec ^ (uintptr_t)n;
    if (*state == 0)
        *state = 0x9E3779B97F4A7C15ULL;
    n->data = state;
    n->data_free = free;
    return 0;
}

static int fn_random(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    uint64_t *s = n->data;
    *s ^= *s << 13; /* xorshift64 */
    *s ^= *s >> 7;
    *s ^= *s << 17;
    *out = sq_xv_own(sq_value_num((double)(*s >> 33)));
    return 0;
}

/* --- statistical: min, max, sum, avg over all values of all arguments ---- */

static int fn_minmax(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out, int want_max) {
    sq_value *best = NULL;
    for (int i = 0; i < n->nkids; i++)
        for (size_t j = 0; j < sq_value_count(&a[i].v); j++) {
            sq_value *v = sq_value_at(&a[i].v, j);
            if (v->type == SQ_BOOL)
                continue;
            int cmp = best ? sq_value_cmp_auto(v, best) : 0;
            if (!best || (want_max ? cmp > 0 : cmp < 0))
                best = v;
        }
    *out = best ? sq_xv_own(sq_value_copy(best)) : SQ_XV_NULL;
    return 0;
}

static int fn_min(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return fn_minmax(c, n, a, out, 0);
}

static int fn_max(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return fn_minmax(c, n, a, out, 1);
}

static int sum_values(sq_enode *n, sq_xv *a, double *sum, size_t *count) {
    *sum = 0;
    *count = 0;
    for (int i = 0; i < n->nkids; i++)
        for (size_t j = 0; j < sq_value_count(&a[i].v); j++) {
            double d;
            if (sq_value_number(sq_value_at(&a[i].v, j), &d)) {
                *sum += d;
                (*count)++;
            }
        }
    return *count > 0;
}

static int fn_sum(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double s;
    size_t k;
    *out = sum_values(n, a, &s, &k) ? sq_xv_own(sq_value_num(s)) : SQ_XV_NULL;
    return 0;
}

static int fn_avg(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double s;
    size_t k;
    *out = sum_values(n, a, &s, &k) ? sq_xv_own(sq_value_num(s / (double)k)) : SQ_XV_NULL;
    return 0;
}

/* --- bitwise (integers up to 2^53) ---------------------------------------- */

static int int_arg(sq_xv *x, int64_t *out) {
    double d;
    if (!sq_arg_num(x, &d) || !isfinite(d) || fabs(d) > 9007199254740992.0)
        return 0;
    *out = (int64_t)trunc(d);
    return 1;
}

static int bit_fold(sq_enode *n, sq_xv *a, sq_xv *out, char op) {
    int64_t acc, v;
    *out = SQ_XV_NULL;
    if (!int_arg(&a[0], &acc))
        return 0;
    for (int i = 1; i < n->nkids; i++) {
        if (!int_arg(&a[i], &v))
            return 0;
        acc = op == '&' ? (acc & v) : op == '|' ? (acc | v) : (acc ^ v);
    }
    *out = sq_xv_own(sq_value_num((double)acc));
    return 0;
}

static int fn_bit_and(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return bit_fold(n, a, out, '&');
}

static int fn_bit_or(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return bit_fold(n, a, out, '|');
}

static int fn_bit_xor(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return bit_fold(n, a, out, '^');
}

/* bit_not(x[, bits]): complement within `bits` bits (default 32). */
static int fn_bit_not(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    int64_t x, bits = 32;
    *out = SQ_XV_NULL;
    if (!int_arg(&a[0], &x) || (n->nkids > 1 && !int_arg(&a[1], &bits)) || bits < 1 || bits > 53)
        return 0;
    uint64_t mask = (bits == 64) ? ~0ULL : ((1ULL << bits) - 1);
    *out = sq_xv_own(sq_value_num((double)(~(uint64_t)x & mask)));
    return 0;
}

static int shift(sq_xv *a, sq_xv *out, int left) {
    int64_t x, k;
    *out = SQ_XV_NULL;
    if (!int_arg(&a[0], &x) || !int_arg(&a[1], &k) || k < 0 || k > 63)
        return 0;
    double r = left ? (double)x * ldexp(1.0, (int)k) : (double)(x >> k);
    *out = sq_xv_own(sq_value_num(r));
    return 0;
}

static int fn_bit_shift_left(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return shift(a, out, 1);
}

static int fn_bit_shift_right(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return shift(a, out, 0);
}

#define NP SQ_FN_NULLPROP
static const sq_func table[] = {
    {"abs", 1, 1, NP, SQ_T_NUM, fn_abs, NULL},
    {"ceiling", 1, 1, NP, SQ_T_NUM, fn_ceiling, NULL},
    {"ceil", 1, 1, NP, SQ_T_NUM, fn_ceiling, NULL},
    {"floor", 1, 1, NP, SQ_T_NUM, fn_floor, NULL},
    {"round", 1, 2, NP, SQ_T_NUM, fn_round, NULL},
    {"exact", 1, 1, NP, SQ_T_ANY, fn_exact, NULL},
    {"sigfig", 1, 1, SQ_FN_LAZY, SQ_T_ANY, fn_sigfig, NULL},
    {"exp", 1, 1, NP, SQ_T_NUM, fn_exp, NULL},
    {"ln", 1, 1, NP, SQ_T_NUM, fn_ln, NULL},
    {"log", 1, 2, NP, SQ_T_NUM, fn_log, NULL},
    {"pow", 2, 2, NP, SQ_T_NUM, fn_pow, NULL},
    {"sqrt", 1, 1, NP, SQ_T_NUM, fn_sqrt, NULL},
    {"pi", 0, 0, 0, SQ_T_NUM, fn_pi, NULL},
    {"random", 0, 0, SQ_FN_VOLATILE, SQ_T_NUM, fn_random, cc_random},
    {"min", 1, -1, 0, SQ_T_ANY, fn_min, NULL},
    {"max", 1, -1, 0, SQ_T_ANY, fn_max, NULL},
    {"sum", 1, -1, 0, SQ_T_NUM, fn_sum, NULL},
    {"avg", 1, -1, 0, SQ_T_NUM, fn_avg, NULL},
    {"acos", 1, 1, NP, SQ_T_NUM, fn_acos, NULL},
    {"acosh", 1, 1, NP, SQ_T_NUM, fn_acosh, NULL},
    {"asin", 1, 1, NP, SQ_T_NUM, fn_asin, NULL},
    {"asinh", 1, 1, NP, SQ_T_NUM, fn_asinh, NULL},
    {"atan", 1, 1, NP, SQ_T_NUM, fn_atan, NULL},
    {"atan2", 2, 2, NP, SQ_T_NUM, fn_atan2, NULL},
    {"atanh", 1, 1, NP, SQ_T_NUM, fn_atanh, NULL},
    {"cos", 1, 1, NP, SQ_T_NUM, fn_cos, NULL},
    {"cosh", 1, 1, NP, SQ_T_NUM, fn_cosh, NULL},
    {"hypot", 2, 2, NP, SQ_T_NUM, fn_hypot, NULL},
    {"sin", 1, 1, NP, SQ_T_NUM, fn_sin, NULL},
    {"sinh", 1, 1, NP, SQ_T_NUM, fn_sinh, NULL},
    {"tan", 1, 1, NP, SQ_T_NUM, fn_tan, NULL},
    {"tanh", 1, 1, NP, SQ_T_NUM, fn_tanh, NULL},
    {"bit_and", 2, -1, NP, SQ_T_NUM, fn_bit_and, NULL},
    {"bit_or", 2, -1, NP, SQ_T_NUM, fn_bit_or, NULL},
    {"bit_xor", 2, -1, NP, SQ_T_NUM, fn_bit_xor, NULL},
    {"bit_not", 1, 2, NP, SQ_T_NUM, fn_bit_not, NULL},
    {"bit_shift_left", 2, 2, NP, SQ_T_NUM, fn_bit_shift_left, NULL},
    {"bit_shift_right", 2, 2, NP, SQ_T_NUM, fn_bit_shift_right, NULL},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_math(void) {
    return table;
}
