/* text.c — text eval functions: len, lower, upper, substr, replace, trim,
 * ltrim, rtrim, urldecode.
 *
 * Lengths and substring positions count UTF-8 characters (code points), as
 * Splunk does.  lower/upper map every Unicode letter (simple one-to-one case
 * mapping, from the C library's C.UTF-8 tables: "ß" stays "ß"); bytes that
 * are not valid UTF-8 are copied unchanged. */
#include <ctype.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "functions.h"

static size_t utf8_len(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* Byte offset of the character at index ci (or n past the end). */
static size_t utf8_offset(const char *s, size_t n, size_t ci) {
    size_t i = 0, seen = 0;
    while (i < n) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (seen == ci)
                return i;
            seen++;
        }
        i++;
    }
    return n;
}

static int fn_len(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf sc = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(&a[0].v, &sc, &len);
    *out = sq_xv_own(sq_value_num((double)utf8_len(s, len)));
    sq_buf_free(&sc);
    return 0;
}

/* Decode one UTF-8 character at s[0..n): its code point and byte length,
 * or -1 when the bytes there are not valid UTF-8. */
static long utf8_decode(const unsigned char *s, size_t n, size_t *adv) {
    unsigned char b = s[0];
    size_t k = b < 0x80             ? 1
               : (b & 0xE0) == 0xC0 ? 2
               : (b & 0xF0) == 0xE0 ? 3
               : (b & 0xF8) == 0xF0 ? 4
                                    : 0;
    if (k == 0 || k > n)
        return -1;
    long cp = k == 1 ? b : k == 2 ? (b & 0x1F) : k == 3 ? (b & 0x0F) : (b & 0x07);
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    static const long min_cp[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_cp[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1; /* overlong or surrogate */
    *adv = k;
    return cp;
}

static void utf8_encode(long cp, sq_buf *b) {
    char t[4];
    size_t k;
    if (cp < 0x80) {
        t[0] = (char)cp;
        k = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        k = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        k = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        k = 4;
    }
    sq_buf_add(b, t, k);
}

/* Change the case of every value (multivalue aware).  loc: a C.UTF-8
 * locale for the Unicode tables, or 0 (ASCII only). */
static sq_value map_case(sq_value *v, int upper, locale_t loc) {
    if (v->type == SQ_MV) {
        sq_value mv = sq_value_mv_empty();
        for (size_t i = 0; i < v->u.mv.n; i++)
            sq_value_mv_push(&mv, map_case(&v->u.mv.items[i], upper, loc));
        return mv;
    }
    sq_buf sc = SQ_BUF_INIT, r = SQ_BUF_INIT;
    size_t len;
    const unsigned char *s = (const unsigned char *)sq_ex_text(v, &sc, &len);
    sq_buf_reserve(&r, len + 1);
    for (size_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            /* A run of ASCII at once, by arithmetic: no call per byte (and
             * no locale: only A-Z and a-z change, whatever LC_CTYPE says). */
            size_t run = i;
            while (run < len && s[run] < 0x80)
                run++;
            sq_buf_reserve(&r, run - i);
            char *d = r.data + r.len;
            for (size_t k = i; k < run; k++) {
                unsigned char c = s[k];
                if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
                    c ^= 0x20;
                *d++ = (char)c;
            }
            r.len += run - i;
            r.data[r.len] = '\0';
            i = run;
            continue;
        }
        size_t adv = 1;
        long cp = utf8_decode(s + i, len - i, &adv);
        if (cp < 0) {
            sq_buf_add(&r, (const char *)s + i, 1);
        } else if (loc) {
            wint_t m = upper ? towupper_l((wint_t)cp, loc) : towlower_l((wint_t)cp, loc);
            utf8_encode((long)m, &r);
        } else {
            sq_buf_add(&r, (const char *)s + i, adv);
        }
        i += adv;
    }
    sq_buf_free(&sc);
    return sq_value_from_buf(&r);
}

static void free_locale(void *p) {
    freelocale((locale_t)p);
}

/* The Unicode case tables, opened once per call (no global state; when the
 * C library has no C.UTF-8, only ASCII letters change). */
static int cc_case(sq_cctx *cc, sq_enode *call) {
    locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (loc) {
        call->data = (void *)loc;
        call->data_free = free_locale;
    }
    return 0;
}

static int fn_lower(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(map_case(&a[0].v, 0, (locale_t)n->data));
    return 0;
}

static int fn_upper(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    *out = sq_xv_own(map_case(&a[0].v, 1, (locale_t)n->data));
    return 0;
}

/* substr(s, start[, length]): 1-based, negative start from the end; the
 * position arithmetic is SQLite's substr(), as Splunk documents. */
static int fn_substr(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    double ds, dl = 0;
    *out = SQ_XV_NULL;
    if (!sq_arg_num(&a[1], &ds) || (n->nkids > 2 && !sq_arg_num(&a[2], &dl)))
        return 0;
    sq_buf sc = SQ_BUF_INIT;
    size_t blen;
    const char *s = sq_ex_text(&a[0].v, &sc, &blen);
    long long len = (long long)utf8_len(s, blen);
    long long p1 = (long long)trunc(fmax(fmin(ds, 1e15), -1e15));
    long long p2 = n->nkids > 2 ? (long long)trunc(fmax(fmin(dl, 1e15), -1e15)) : len + 1;
    int neg = 0;
    if (p2 < 0) {
        p2 = -p2;
        neg = 1;
    }
    if (p1 < 0) {
        p1 += len;
        if (p1 < 0) {
            p2 += p1;
            if (p2 < 0)
                p2 = 0;
            p1 = 0;
        }
    } else if (p1 > 0) {
        p1--;
    } else if (p2 > 0) {
        p2--;
    }
    if (neg) {
        p1 -= p2;
        if (p1 < 0) {
            p2 += p1;
            p1 = 0;
        }
    }
    if (p1 > len)
        p1 = len;
    if (p1 + p2 > len)
        p2 = len - p1;
    size_t b0 = utf8_offset(s, blen, (size_t)p1);
    size_t b1 = utf8_offset(s, blen, (size_t)(p1 + p2));
    *out = sq_xv_own(sq_value_str(s + b0, b1 - b0));
    sq_buf_free(&sc);
    return 0;
}

/* --- replace -------------------------------------------------------------- */

/* Append the replacement text with \N back-references to groups. */
static void add_replacement(sq_buf *b, const char *rep, size_t rlen, const char *s,
                            const size_t *ov, int pairs) {
    for (size_t i = 0; i < rlen; i++) {
        if (rep[i] == '\\' && i + 1 < rlen && rep[i + 1] >= '0' && rep[i + 1] <= '9') {
            int g = rep[++i] - '0';
            if (g < pairs && ov[2 * g] != (size_t)-1)
                sq_buf_add(b, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
            continue;
        }
        if (rep[i] == '\\' && i + 1 < rlen && rep[i + 1] == '\\')
            i++;
        sq_buf_addc(b, rep[i]);
    }
}

static int replace_one(sq_ectx *c, sq_regex *re, sq_value *v, const char *rep, size_t rlen,
                       sq_value *res) {
    sq_buf sc = SQ_BUF_INIT, b = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(v, &sc, &len);
    size_t pos = 0, copied = 0;
    int rc = 0;
    while (pos <= len) {
        const size_t *ov;
        int m = sq_regex_exec(re, s, len, pos, &ov, c->err);
        if (m < 0) {
            rc = -1;
            break;
        }
        if (m == 0)
            break;
        sq_buf_add(&b, s + copied, ov[0] - copied);
        add_replacement(&b, rep, rlen, s, ov, m);
        copied = ov[1];
        if (ov[1] == ov[0]) { /* empty match: step over one character */
            if (ov[1] >= len)
                break;
            size_t step = 1;
            while (ov[1] + step < len && ((unsigned char)s[ov[1] + step] & 0xC0) == 0x80)
                step++;
            sq_buf_add(&b, s + ov[1], step);
            copied = pos = ov[1] + step;
        } else {
            pos = ov[1];
        }
    }
    if (rc == 0) {
        if (copied < len)
            sq_buf_add(&b, s + copied, len - copied);
        *res = sq_value_from_buf(&b);
    }
    sq_buf_free(&b);
    sq_buf_free(&sc);
    return rc;
}

static int cc_regex1(sq_cctx *cc, sq_enode *n) {
    return sq_regex_arg_compile(cc, n, 1);
}

static int fn_replace(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_regex *re = sq_regex_arg_get(c, n, &a[1].v);
    if (!re)
        return -1;
    sq_buf rs = SQ_BUF_INIT;
    size_t rlen;
    const char *rep = sq_ex_text(&a[2].v, &rs, &rlen);
    char *repc = sq_xstrndup(rep, rlen); /* rep may live in rs, reused below */
    sq_buf_free(&rs);
    sq_value res = SQ_VALUE_NULL;
    int rc = 0;
    if (a[0].v.type == SQ_MV) {
        for (size_t i = 0; i < a[0].v.u.mv.n && rc == 0; i++) {
            sq_value one = SQ_VALUE_NULL;
            rc = replace_one(c, re, &a[0].v.u.mv.items[i], repc, rlen, &one);
            if (rc == 0)
                sq_value_mv_push(&res, one);
        }
    } else {
        rc = replace_one(c, re, &a[0].v, repc, rlen, &res);
    }
    free(repc);
    if (rc < 0) {
        sq_value_free(&res);
        return -1;
    }
    *out = sq_xv_own(res);
    return 0;
}

/* --- trim ----------------------------------------------------------------- */

static int trim_common(sq_enode *n, sq_xv *a, sq_xv *out, int left, int right) {
    sq_buf s1 = SQ_BUF_INIT, s2 = SQ_BUF_INIT;
    size_t len, clen = 2;
    const char *s = sq_ex_text(&a[0].v, &s1, &len);
    const char *chars = " \t";
    if (n->nkids > 1)
        chars = sq_ex_text(&a[1].v, &s2, &clen);
    size_t b = 0, e = len;
    if (left)
        while (b < e && memchr(chars, s[b], clen))
            b++;
    if (right)
        while (e > b && memchr(chars, s[e - 1], clen))
            e--;
    *out = sq_xv_own(sq_value_str(s + b, e - b));
    sq_buf_free(&s1);
    sq_buf_free(&s2);
    return 0;
}

static int fn_trim(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return trim_common(n, a, out, 1, 1);
}

static int fn_ltrim(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return trim_common(n, a, out, 1, 0);
}

static int fn_rtrim(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    return trim_common(n, a, out, 0, 1);
}

/* --- urldecode ------------------------------------------------------------ */

static int hexval(char ch) {
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

static int fn_urldecode(sq_ectx *c, sq_enode *n, sq_xv *a, sq_xv *out) {
    sq_buf sc = SQ_BUF_INIT, b = SQ_BUF_INIT;
    size_t len;
    const char *s = sq_ex_text(&a[0].v, &sc, &len);
    for (size_t i = 0; i < len; i++) {
        int h, l;
        if (s[i] == '%' && i + 2 < len && (h = hexval(s[i + 1])) >= 0 &&
            (l = hexval(s[i + 2])) >= 0) {
            sq_buf_addc(&b, (char)(h * 16 + l));
            i += 2;
        } else if (s[i] == '+') {
            sq_buf_addc(&b, ' ');
        } else {
            sq_buf_addc(&b, s[i]);
        }
    }
    *out = sq_xv_own(sq_value_from_buf(&b));
    sq_buf_free(&sc);
    return 0;
}

static const sq_func table[] = {
    {"len", 1, 1, SQ_FN_NULLPROP, SQ_T_NUM, fn_len, NULL},
    {"lower", 1, 1, SQ_FN_NULLPROP, SQ_T_ANY, fn_lower, cc_case},
    {"upper", 1, 1, SQ_FN_NULLPROP, SQ_T_ANY, fn_upper, cc_case},
    {"substr", 2, 3, SQ_FN_NULLPROP, SQ_T_STR, fn_substr, NULL},
    {"replace", 3, 3, SQ_FN_NULLPROP, SQ_T_ANY, fn_replace, cc_regex1},
    {"trim", 1, 2, SQ_FN_NULLPROP, SQ_T_STR, fn_trim, NULL},
    {"ltrim", 1, 2, SQ_FN_NULLPROP, SQ_T_STR, fn_ltrim, NULL},
    {"rtrim", 1, 2, SQ_FN_NULLPROP, SQ_T_STR, fn_rtrim, NULL},
    {"urldecode", 1, 1, SQ_FN_NULLPROP, SQ_T_STR, fn_urldecode, NULL},
    {NULL, 0, 0, 0, 0, NULL, NULL},
};

const sq_func *sq_functions_text(void) {
    return table;
}
