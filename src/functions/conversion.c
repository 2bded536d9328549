/* conversion.c — conversion eval functions: tonumber, tostring, printf,
 * ipmask, tobool, todouble, toint.
 *
 * printf is implemented here (not with the C library's %n-capable printf on
 * user text): each conversion is rebuilt and formatted on its own. */
#include <arpa/inet.h>
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "functions.h"

/* --- tonumber ------------------------------------------------------------- */

static int digit_value(char ch) {
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'Z')
        return ch - 'A' + 10;
    return 99;
}

/* Whole-string integer in base 2..36 with an optional sign. */
static int parse_base(const char *s, size_t len, int base, double *out) {
    size_t i = 0;
    int neg = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    if (base == 16 && i + 1 < len && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i += 2;
    if (i == len)
        return 0;
    double v = 0;
    for (; i < len; i++) {
        int d = digit_value(s[i]);
        if (d >= base)
            return 0;
        v = v * base + d;
    }
    *out = neg ? -v : v;
    return 1;
}

static int fn_tonumber(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double base = 10, d;
    *out = SQ_XV_NULL;
    if (n->nkids > 1 && (!sq_arg_num(&a[1], &base) || base < 2 || base > 36 || base != floor(base)))
        return 0;
    sq_value *v = sq_first(&a[0].v);
    if (!v)
        return 0;
    if (v->type == SQ_NUM && base == 10) {
        *out = sq_xv_own(sq_value_num_prec(v->u.num, v->prec));
        return 0;
    }
    if (v->type == SQ_BOOL)
        return 0;
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(v, &sc, &len);
    if (base == 10) {
        if (sq_str_is_number(s, len, &d)) {
            const char *dot = memchr(s, '.', len);
            int prec = (dot && !memchr(s, 'e', len) && !memchr(s, 'E', len))
                           ? (int)(s + len - dot - 1)
                           : -1;
            *out = sq_xv_own(sq_value_num_prec(d, prec));
        } else if (len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
                   parse_base(s, len, 16, &d)) {
            *out = sq_xv_own(sq_value_num(d));
        }
    } else if (parse_base(s, len, (int)base, &d)) {
        *out = sq_xv_own(sq_value_num(d));
    }
    sq_buf_free(&sc);
    return 0;
}

/* --- tostring ------------------------------------------------------------- */

/* Digits with a comma every three places: "12345" -> "12,345". */
static void add_grouped(sq_buf *b, const char *digits, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            sq_buf_addc(b, ',');
        sq_buf_addc(b, digits[i]);
    }
}

/* A formatted number's integer part grouped with commas (sign and
 * fraction kept). */
static void add_commas(sq_buf *b, const char *num) {
    if (*num == '-' || *num == '+')
        sq_buf_addc(b, *num++);
    size_t n = strspn(num, "0123456789");
    add_grouped(b, num, n);
    sq_buf_adds(b, num + n);
}

static void tostring_hex(sq_buf *b, double d) {
    int64_t i = (int64_t)trunc(d);
    sq_buf_printf(b, "0x%llX", (unsigned long long)(uint64_t)i);
}

static void tostring_binary(sq_buf *b, double d) {
    uint64_t u = (uint64_t)(int64_t)trunc(d);
    char tmp[65];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + (u & 1));
        u >>= 1;
    } while (u && n < 64);
    while (n)
        sq_buf_addc(b, tmp[--n]);
}

static void tostring_duration(sq_buf *b, double d) {
    int neg = d < 0;
    double t = fabs(d);
    long long secs = (long long)floor(t);
    double frac = t - (double)secs;
    long long days = secs / 86400;
    secs %= 86400;
    if (neg)
        sq_buf_addc(b, '-');
    if (days)
        sq_buf_printf(b, "%lld+", days);
    sq_buf_printf(b, "%02lld:%02lld:%02lld", secs / 3600, secs / 60 % 60, secs % 60);
    if (frac > 0) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%.6f", frac);
        sq_buf_adds(b, tmp + 1); /* ".xxxxxx" */
    }
}

static int fn_tostring(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_value *v = &a[0].v;
    if (v->type == SQ_BOOL) {
        *out = sq_xv_own(sq_value_cstr(v->u.boolean ? "True" : "False"));
        return 0;
    }
    double d;
    if (n->nkids < 2 || !sq_value_number(v, &d)) {
        if (v->type == SQ_STR || v->type == SQ_MV) {
            *out = a[0];
            a[0] = SQ_XV_NULL;
            return 0;
        }
        sq_buf b = SQ_BUF_INIT;
        sq_value_format(v, &b, NULL);
        *out = sq_xv_own(sq_value_from_buf(&b));
        return 0;
    }
    sq_buf fs = SQ_BUF_INIT, b = SQ_BUF_INIT;
    size_t flen;
    const char *f = sq_ex_text(&a[1].v, &fs, &flen);
    if (flen == 3 && strncmp(f, "hex", 3) == 0) {
        tostring_hex(&b, d);
    } else if (flen == 6 && strncmp(f, "binary", 6) == 0) {
        tostring_binary(&b, d);
    } else if (flen == 8 && strncmp(f, "duration", 8) == 0) {
        tostring_duration(&b, d);
    } else if (flen == 6 && strncmp(f, "commas", 6) == 0) {
        char tmp[400];
        if (d == floor(d) && fabs(d) < 1e21)
            snprintf(tmp, sizeof tmp, "%.0f", d);
        else
            snprintf(tmp, sizeof tmp, "%.2f", sq_round_decimal(d, 2));
        add_commas(&b, tmp);
    } else {
        sq_value_format(v, &b, NULL);
    }
    sq_buf_free(&fs);
    *out = sq_xv_own(sq_value_from_buf(&b));
    return 0;
}

/* --- printf --------------------------------------------------------------- */

typedef struct pspec {
    char flags[8];
    int nflags;
    int group; /* ' flag */
    int width; /* -1 none */
    int prec;  /* -1 none */
    char conv;
} pspec;

static double arg_number(sq_xv *a, int have) {
    double d = 0;
    if (have && !sq_arg_num(a, &d)) {
        if (a->v.type == SQ_BOOL)
            d = a->v.u.boolean;
    }
    return d;
}

/* Pad s to the spec's width (left or right as the '-' flag says). */
static void add_padded(sq_buf *b, const pspec *p, const char *s, size_t len) {
    int left = memchr(p->flags, '-', (size_t)p->nflags) != NULL;
    size_t w = p->width > 0 ? (size_t)p->width : 0;
    if (!left)
        for (size_t i = len; i < w; i++)
            sq_buf_addc(b, ' ');
    sq_buf_add(b, s, len);
    if (left)
        for (size_t i = len; i < w; i++)
            sq_buf_addc(b, ' ');
}

static void format_number_spec(sq_buf *b, const pspec *p, double d) {
    char fmt[48], tmp[2048];
    int n = 0;
    fmt[n++] = '%';
    for (int i = 0; i < p->nflags; i++)
        fmt[n++] = p->flags[i];
    int width = p->group ? -1 : p->width; /* grouping pads afterwards */
    if (width >= 0)
        n += snprintf(fmt + n, sizeof fmt - (size_t)n, "%d", width);
    if (p->prec >= 0)
        n += snprintf(fmt + n, sizeof fmt - (size_t)n, ".%d", p->prec);
    char conv = p->conv;
    if (conv == 'i' || conv == 'u')
        conv = 'd';
    if (conv == 'p')
        conv = 'X';
    if (!isfinite(d) && (conv == 'd' || conv == 'o' || conv == 'x' || conv == 'X' || conv == 'c'))
        conv = 'f';
    switch (conv) {
    case 'd':
        fmt[n++] = 'l', fmt[n++] = 'l', fmt[n++] = 'd', fmt[n] = '\0';
        snprintf(tmp, sizeof tmp, fmt, (long long)trunc(fmax(fmin(d, 9.2e18), -9.2e18)));
        break;
    case 'o':
    case 'x':
    case 'X':
        fmt[n++] = 'l', fmt[n++] = 'l', fmt[n++] = conv, fmt[n] = '\0';
        snprintf(tmp, sizeof tmp, fmt,
                 (unsigned long long)(int64_t)trunc(fmax(fmin(d, 9.2e18), -9.2e18)));
        break;
    default: /* e E f F g G a A */
        fmt[n++] = conv, fmt[n] = '\0';
        snprintf(tmp, sizeof tmp, fmt, d);
        break;
    }
    if (!p->group || !(conv == 'd' || conv == 'f' || conv == 'F' || conv == 'g' || conv == 'G')) {
        sq_buf_adds(b, tmp);
        return;
    }
    sq_buf g = SQ_BUF_INIT;
    const char *t = tmp;
    while (*t == ' ' || *t == '+' || *t == '-')
        sq_buf_addc(&g, *t++);
    size_t nd = strspn(t, "0123456789");
    add_grouped(&g, t, nd);
    sq_buf_adds(&g, t + nd);
    add_padded(b, p, g.data, g.len);
    sq_buf_free(&g);
}

static int fn_printf(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf fs = SQ_BUF_INIT, b = SQ_BUF_INIT, sc = SQ_BUF_INIT;
    size_t flen;
    if (a[0].v.type == SQ_NULL) {
        *out = SQ_XV_NULL;
        return 0;
    }
    const char *f = sq_ex_text(&a[0].v, &fs, &flen);
    char *fmt = sq_xstrndup(f, flen); /* the scratch is reused below */
    int next = 1;
    for (size_t i = 0; i < flen; i++) {
        if (fmt[i] != '%') {
            sq_buf_addc(&b, fmt[i]);
            continue;
        }
        if (i + 1 < flen && fmt[i + 1] == '%') {
            sq_buf_addc(&b, '%');
            i++;
            continue;
        }
        pspec p = {.width = -1, .prec = -1};
        size_t j = i + 1;
        while (j < flen && strchr("-+ #0'", fmt[j])) {
            if (fmt[j] == '\'')
                p.group = 1;
            else if (p.nflags < 6 && !memchr(p.flags, fmt[j], (size_t)p.nflags))
                p.flags[p.nflags++] = fmt[j];
            j++;
        }
        if (j < flen && fmt[j] == '*') {
            p.width = next < n->nkids ? (int)arg_number(&a[next], 1) : 0;
            next++;
            j++;
            if (p.width < 0) {
                p.flags[p.nflags++] = '-';
                p.width = -p.width;
            }
        } else {
            while (j < flen && isdigit((unsigned char)fmt[j]))
                p.width = (p.width < 0 ? 0 : p.width) * 10 + (fmt[j++] - '0');
        }
        if (j < flen && fmt[j] == '.') {
            j++;
            p.prec = 0;
            if (j < flen && fmt[j] == '*') {
                p.prec = next < n->nkids ? (int)arg_number(&a[next], 1) : 0;
                next++;
                j++;
            } else {
                while (j < flen && isdigit((unsigned char)fmt[j]))
                    p.prec = p.prec * 10 + (fmt[j++] - '0');
            }
        }
        if (p.width > 1000)
            p.width = 1000;
        if (p.prec > 300)
            p.prec = 300;
        while (j < flen && strchr("hlLqjt", fmt[j]))
            j++;
        if (j >= flen) { /* dangling %: copy as is */
            sq_buf_add(&b, fmt + i, flen - i);
            break;
        }
        p.conv = fmt[j];
        int have = next < n->nkids;
        sq_xv *arg = have ? &a[next] : NULL;
        switch (p.conv) {
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
        case 'p':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
            format_number_spec(&b, &p, arg_number(arg, have));
            next++;
            break;
        case 'c': {
            char ch = 0;
            double d;
            if (have && sq_arg_num(arg, &d)) {
                ch = (char)(int)d;
            } else if (have && arg->v.type != SQ_NULL) {
                size_t l;
                const char *t = sq_ex_text(&arg->v, &sc, &l);
                ch = l ? t[0] : 0;
            }
            add_padded(&b, &p, &ch, ch ? 1 : 0);
            next++;
            break;
        }
        case 's':
        case 'z': {
            size_t l = 0;
            const char *t = "";
            if (have) {
                sq_buf_reset(&sc);
                if (arg->v.type == SQ_MV) {
                    sq_value_format(&arg->v, &sc, ",");
                    t = sq_buf_cstr(&sc), l = sc.len;
                } else {
                    t = sq_ex_text(&arg->v, &sc, &l);
                }
            }
            if (p.prec >= 0 && (size_t)p.prec < l)
                l = (size_t)p.prec;
            add_padded(&b, &p, t, l);
            next++;
            break;
        }
        default: /* unsupported conversion: keep the text */
            sq_buf_add(&b, fmt + i, j - i + 1);
            break;
        }
        i = j;
    }
    free(fmt);
    sq_buf_free(&fs);
    sq_buf_free(&sc);
    *out = sq_xv_own(sq_value_from_buf(&b));
    return 0;
}

/* --- ipmask, tobool, todouble, toint -------------------------------------- */

static int fn_ipmask(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf s1 = SQ_BUF_INIT, s2 = SQ_BUF_INIT;
    size_t l1, l2;
    const char *m = sq_ex_text(&a[0].v, &s1, &l1);
    const char *ip = sq_ex_text(&a[1].v, &s2, &l2);
    char mb[64], ib[64];
    unsigned char mask[4], addr[4];
    *out = SQ_XV_NULL;
    if (l1 < sizeof mb && l2 < sizeof ib) {
        memcpy(mb, m, l1), mb[l1] = '\0';
        memcpy(ib, ip, l2), ib[l2] = '\0';
        if (inet_pton(AF_INET, mb, mask) == 1 && inet_pton(AF_INET, ib, addr) == 1) {
            char res[32];
            snprintf(res, sizeof res, "%u.%u.%u.%u", addr[0] & mask[0], addr[1] & mask[1],
                     addr[2] & mask[2], addr[3] & mask[3]);
            *out = sq_xv_own(sq_value_cstr(res));
        }
    }
    sq_buf_free(&s1);
    sq_buf_free(&s2);
    return 0;
}

static int fn_tobool(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_value *v = sq_first(&a[0].v);
    double d;
    *out = SQ_XV_NULL;
    if (!v)
        return 0;
    if (v->type == SQ_BOOL) {
        *out = sq_xv_own(sq_value_bool(v->u.boolean));
    } else if (sq_value_number(v, &d)) {
        *out = sq_xv_own(sq_value_bool(d != 0));
    } else if (v->type == SQ_STR) {
        if (strcasecmp(v->u.str.ptr, "true") == 0)
            *out = sq_xv_own(sq_value_bool(1));
        else if (strcasecmp(v->u.str.ptr, "false") == 0)
            *out = sq_xv_own(sq_value_bool(0));
    }
    return 0;
}

static int fn_todouble(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double d;
    *out = sq_arg_num(&a[0], &d) ? sq_xv_own(sq_value_num(d)) : SQ_XV_NULL;
    return 0;
}

static int fn_toint(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double d;
    *out = sq_arg_num(&a[0], &d) && isfinite(d) ? sq_xv_own(sq_value_num(trunc(d))) : SQ_XV_NULL;
    return 0;
}

static const sq_func table[] = {
    {"tonumber", 1, 2, SQ_FN_NULLPROP, SQ_T_NUM, fn_tonumber, NULL},
    {"tostring", 1, 2, SQ_FN_NULLPROP, SQ_T_STR, fn_tostring, NULL},
    {"printf", 1, -1, 0, SQ_T_STR, fn_printf, NULL},
    {"ipmask", 2, 2, SQ_FN_NULLPROP, SQ_T_STR, fn_ipmask, NULL},
    {"tobool", 1, 1, SQ_FN_NULLPROP, SQ_T_BOOL, fn_tobool, NULL},
    {"todouble", 1, 1, SQ_FN_NULLPROP, SQ_T_NUM, fn_todouble, NULL},
    {"toint", 1, 1, SQ_FN_NULLPROP, SQ_T_NUM, fn_toint, NULL},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_conversion(void) {
    return table;
}
