/* value.c — splq's values: construction, ownership, numeric reading,
 * display formatting and Splunk's orderings (see include/splq/value.h).
 *
 * The numeric reading of a string is cached in the value itself (numck) so
 * that a field compared or added many times is parsed once. */
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splq/value.h"

sq_value sq_value_num(double d) {
    sq_value v = {.type = SQ_NUM, .prec = -1};
    v.u.num = d;
    return v;
}

sq_value sq_value_num_prec(double d, int decimals) {
    sq_value v = sq_value_num(d);
    if (decimals > 30)
        decimals = 30;
    v.prec = (signed char)(decimals < 0 ? -1 : decimals);
    return v;
}

sq_value sq_value_bool(int b) {
    sq_value v = {.type = SQ_BOOL, .prec = -1};
    v.u.boolean = b ? 1 : 0;
    return v;
}

sq_value sq_value_str_take(char *s, size_t len) {
    sq_value v = {.type = SQ_STR, .prec = -1, .numck = SQ_NUMCK_UNKNOWN};
    v.u.str.ptr = s;
    v.u.str.len = len;
    return v;
}

sq_value sq_value_str(const char *s, size_t len) {
    char *p = sq_xmalloc(len + 1);
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return sq_value_str_take(p, len);
}

sq_value sq_value_cstr(const char *s) {
    return sq_value_str(s, strlen(s));
}

sq_value sq_value_mv_empty(void) {
    sq_value v = {.type = SQ_MV, .prec = -1};
    return v;
}

void sq_value_free(sq_value *v) {
    if (!v)
        return;
    if (v->type == SQ_STR) {
        free(v->u.str.ptr);
    } else if (v->type == SQ_MV) {
        for (size_t i = 0; i < v->u.mv.n; i++)
            sq_value_free(&v->u.mv.items[i]);
        free(v->u.mv.items);
    }
    *v = SQ_VALUE_NULL;
}

size_t sq_value_bytes(const sq_value *v) {
    size_t b = 0;
    if (v->type == SQ_STR)
        b += v->u.str.len + 1;
    else if (v->type == SQ_MV)
        for (size_t i = 0; i < v->u.mv.n; i++)
            b += sizeof(sq_value) + sq_value_bytes(&v->u.mv.items[i]);
    return b;
}

sq_value sq_value_copy(const sq_value *v) {
    sq_value c = *v;
    if (v->type == SQ_STR) {
        c.u.str.ptr = sq_xmalloc(v->u.str.len + 1);
        memcpy(c.u.str.ptr, v->u.str.ptr, v->u.str.len + 1);
    } else if (v->type == SQ_MV) {
        c.u.mv.items = v->u.mv.n ? sq_xmalloc(v->u.mv.n * sizeof(sq_value)) : NULL;
        for (size_t i = 0; i < v->u.mv.n; i++)
            c.u.mv.items[i] = sq_value_copy(&v->u.mv.items[i]);
    }
    return c;
}

sq_value sq_value_move(sq_value *v) {
    sq_value m = *v;
    *v = SQ_VALUE_NULL;
    return m;
}

/* Grow to hold one more item.  The capacity is read from the allocator so
 * that arrays built elsewhere (exactly sized) can be pushed onto safely. */
static void mv_append_one(sq_value *mv, sq_value item) {
    size_t n = mv->u.mv.n;
    size_t have = mv->u.mv.items ? malloc_usable_size(mv->u.mv.items) / sizeof(sq_value) : 0;
    if (n + 1 > have) {
        size_t cap = n < 4 ? 4 : n * 2;
        mv->u.mv.items = sq_xrealloc(mv->u.mv.items, cap * sizeof(sq_value));
    }
    mv->u.mv.items[n] = item;
    mv->u.mv.n = n + 1;
}

void sq_value_mv_push(sq_value *mv, sq_value item) {
    if (item.type == SQ_NULL)
        return;
    if (mv->type != SQ_MV) {
        sq_value first = *mv;
        *mv = sq_value_mv_empty();
        if (first.type != SQ_NULL)
            mv_append_one(mv, first);
    }
    if (item.type == SQ_MV) {
        for (size_t i = 0; i < item.u.mv.n; i++)
            mv_append_one(mv, item.u.mv.items[i]);
        free(item.u.mv.items);
        return;
    }
    if (item.type == SQ_BOOL) /* items are strings or numbers only */
        item = sq_value_cstr(item.u.boolean ? "true" : "false");
    mv_append_one(mv, item);
}

size_t sq_value_count(const sq_value *v) {
    switch (v->type) {
    case SQ_NULL:
        return 0;
    case SQ_MV:
        return v->u.mv.n;
    default:
        return 1;
    }
}

sq_value *sq_value_at(sq_value *v, size_t i) {
    if (v->type == SQ_MV)
        return i < v->u.mv.n ? &v->u.mv.items[i] : NULL;
    return (i == 0 && v->type != SQ_NULL) ? v : NULL;
}

/* Decimal syntax only: [+-] digits [. digits] [e[+-]digits], or .digits.
 * No spaces, no hex, no inf/nan — those stay strings, as in Splunk. */
static int decimal_syntax(const char *s, size_t len) {
    size_t i = 0, digits = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        i++;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++, digits++;
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++, digits++;
    }
    if (digits == 0)
        return 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t e = 0;
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++, e++;
        if (e == 0)
            return 0;
    }
    return i == len;
}

int sq_str_is_number(const char *s, size_t len, double *out) {
    if (len == 0 || !decimal_syntax(s, len))
        return 0;
    char small[64];
    char *copy = len < sizeof small ? small : sq_xmalloc(len + 1);
    memcpy(copy, s, len);
    copy[len] = '\0';
    double d = strtod(copy, NULL);
    if (copy != small)
        free(copy);
    if (out)
        *out = d;
    return 1;
}

int sq_value_number(sq_value *v, double *out) {
    switch (v->type) {
    case SQ_NUM:
        *out = v->u.num;
        return 1;
    case SQ_STR:
        if (v->numck == SQ_NUMCK_UNKNOWN) {
            double d;
            if (sq_str_is_number(v->u.str.ptr, v->u.str.len, &d)) {
                v->u.str.num = d;
                v->numck = SQ_NUMCK_YES;
            } else {
                v->numck = SQ_NUMCK_NO;
            }
        }
        if (v->numck == SQ_NUMCK_YES) {
            *out = v->u.str.num;
            return 1;
        }
        return 0;
    case SQ_MV:
        return v->u.mv.n ? sq_value_number(&v->u.mv.items[0], out) : 0;
    default:
        return 0;
    }
}

/* Integers print exactly up to here; beyond, exponent notation. */
#define SQ_INT_DISPLAY_MAX 1e21

/* The shortest "%.*e" text of d that reads back as d: its digits (no point)
 * and decimal exponent. */
static int shortest_digits(double d, char *digits, int *exp10) {
    char tmp[40];
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    if (p > 17)
        p = 17;
    /* tmp: [-]D[.DDD]e[+-]XX */
    const char *t = tmp;
    if (*t == '-')
        t++;
    int n = 0;
    for (; *t && *t != 'e'; t++)
        if (*t != '.')
            digits[n++] = *t;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *exp10 = atoi(t + 1);
    return n;
}

static void format_shortest(double d, sq_buf *out) {
    char digits[24];
    int e;
    int n = shortest_digits(d, digits, &e);
    if (d < 0)
        sq_buf_addc(out, '-');
    if (e < -7 || e >= 21) { /* exponent form, as C's %g writes it */
        sq_buf_addc(out, digits[0]);
        if (n > 1) {
            sq_buf_addc(out, '.');
            sq_buf_add(out, digits + 1, (size_t)n - 1);
        }
        sq_buf_printf(out, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        return;
    }
    if (e < 0) { /* 0.000ddd */
        sq_buf_adds(out, "0.");
        for (int i = -1; i > e; i--)
            sq_buf_addc(out, '0');
        sq_buf_add(out, digits, (size_t)n);
        return;
    }
    /* e >= 0: integer part is digits[0..e], zero-padded */
    for (int i = 0; i <= e; i++)
        sq_buf_addc(out, i < n ? digits[i] : '0');
    if (n > e + 1) {
        sq_buf_addc(out, '.');
        sq_buf_add(out, digits + e + 1, (size_t)(n - e - 1));
    }
}

void sq_num_format(double d, int prec, sq_buf *out) {
    if (isnan(d)) {
        sq_buf_adds(out, "nan");
        return;
    }
    if (isinf(d)) {
        sq_buf_adds(out, d < 0 ? "-inf" : "inf");
        return;
    }
    if (prec >= 0) {
        size_t start = out->len;
        sq_buf_printf(out, "%.*f", prec, d);
        /* "-0.00" reads oddly and is not what Splunk shows */
        if (out->data[start] == '-' && strspn(out->data + start + 1, "0.") == out->len - start - 1)
            memmove(out->data + start, out->data + start + 1, out->len - start), out->len--;
        return;
    }
    if (d == 0) {
        sq_buf_addc(out, '0');
        return;
    }
    if (d == floor(d) && fabs(d) < SQ_INT_DISPLAY_MAX) {
        if (fabs(d) < 9e18)
            sq_buf_printf(out, "%lld", (long long)d);
        else
            sq_buf_printf(out, "%.0f", d);
        return;
    }
    format_shortest(d, out);
}

void sq_value_format(const sq_value *v, sq_buf *out, const char *mv_sep) {
    switch (v->type) {
    case SQ_NULL:
        return;
    case SQ_NUM:
        sq_num_format(v->u.num, v->prec, out);
        return;
    case SQ_STR:
        sq_buf_add(out, v->u.str.ptr, v->u.str.len);
        return;
    case SQ_BOOL:
        sq_buf_adds(out, v->u.boolean ? "true" : "false");
        return;
    case SQ_MV:
        for (size_t i = 0; i < v->u.mv.n; i++) {
            if (i)
                sq_buf_adds(out, mv_sep ? mv_sep : "\n");
            sq_value_format(&v->u.mv.items[i], out, mv_sep);
        }
        return;
    }
}

const char *sq_value_text(const sq_value *v, sq_buf *scratch, size_t *len) {
    switch (v->type) {
    case SQ_STR:
        *len = v->u.str.len;
        return v->u.str.ptr;
    case SQ_BOOL:
        *len = v->u.boolean ? 4 : 5;
        return v->u.boolean ? "true" : "false";
    case SQ_NUM:
        sq_buf_reset(scratch);
        sq_num_format(v->u.num, v->prec, scratch);
        *len = scratch->len;
        return sq_buf_cstr(scratch);
    case SQ_MV:
        if (v->u.mv.n)
            return sq_value_text(&v->u.mv.items[0], scratch, len);
        /* fall through */
    default:
        *len = 0;
        return "";
    }
}

static int cmp_bytes(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c)
        return c;
    return alen < blen ? -1 : alen > blen;
}

int sq_value_cmp_auto(sq_value *a, sq_value *b) {
    int an = a->type == SQ_NULL, bn = b->type == SQ_NULL;
    if (an || bn) /* nulls sort last */
        return an - bn;
    double x, y;
    int ax = sq_value_number(a, &x), bx = sq_value_number(b, &y);
    if (ax && bx) {
        if (x < y)
            return -1;
        if (x > y)
            return 1;
        if (x == y)
            return 0;
        return isnan(x) - isnan(y); /* NaN after every number */
    }
    if (ax != bx)
        return ax ? -1 : 1; /* numbers before strings */
    return sq_value_cmp_str(a, b);
}

int sq_value_cmp_str(const sq_value *a, const sq_value *b) {
    sq_buf sa = SQ_BUF_INIT, sb = SQ_BUF_INIT;
    size_t al, bl;
    const char *at = sq_value_text(a, &sa, &al);
    const char *bt = sq_value_text(b, &sb, &bl);
    int c = cmp_bytes(at, al, bt, bl);
    sq_buf_free(&sa);
    sq_buf_free(&sb);
    return c;
}

int sq_value_is_null(const sq_value *v) {
    return v == NULL || v->type == SQ_NULL;
}

int sq_value_truthy(const sq_value *v) {
    return v->type == SQ_BOOL && v->u.boolean;
}
