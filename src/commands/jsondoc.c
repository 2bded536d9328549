/* jsondoc.c — a JSON parser that keeps source spans, and Splunk's flattening
 * of a JSON tree into fields (see jsondoc.h). */
#include <stdlib.h>
#include <string.h>

#include "jsondoc.h"
#include "splq/buf.h"
#include "splq/input.h"

typedef struct jparser {
    const char *s;
    size_t len, pos;
    sq_error *err;
} jparser;

static void skip_ws(jparser *p) {
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->pos++;
    }
}

static int bad(jparser *p, const char *what) {
    return sq_fail(p->err, SQ_ERR_ARG, "invalid JSON: %s at offset %zu", what, p->pos);
}

static void add_utf8(sq_buf *b, unsigned long cp) {
    if (cp < 0x80) {
        sq_buf_addc(b, (char)cp);
    } else if (cp < 0x800) {
        sq_buf_addc(b, (char)(0xC0 | (cp >> 6)));
        sq_buf_addc(b, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        sq_buf_addc(b, (char)(0xE0 | (cp >> 12)));
        sq_buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sq_buf_addc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        sq_buf_addc(b, (char)(0xF0 | (cp >> 18)));
        sq_buf_addc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
        sq_buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sq_buf_addc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

static int hex4(jparser *p, unsigned long *out) {
    if (p->pos + 4 > p->len)
        return bad(p, "short \\u escape");
    unsigned long v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p->s[p->pos++];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned long)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned long)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned long)(c - 'A' + 10);
        else
            return bad(p, "bad \\u escape");
    }
    *out = v;
    return 0;
}

/* A string at p->pos (the opening quote), decoded into *out. */
static int parse_string(jparser *p, char **out, size_t *outlen) {
    sq_buf b = SQ_BUF_INIT;
    p->pos++;
    for (;;) {
        if (p->pos >= p->len) {
            sq_buf_free(&b);
            return bad(p, "unterminated string");
        }
        char c = p->s[p->pos++];
        if (c == '"')
            break;
        if (c != '\\') {
            sq_buf_addc(&b, c);
            continue;
        }
        if (p->pos >= p->len)
            continue;
        char e = p->s[p->pos++];
        unsigned long cp;
        switch (e) {
        case 'n':
            sq_buf_addc(&b, '\n');
            break;
        case 't':
            sq_buf_addc(&b, '\t');
            break;
        case 'r':
            sq_buf_addc(&b, '\r');
            break;
        case 'b':
            sq_buf_addc(&b, '\b');
            break;
        case 'f':
            sq_buf_addc(&b, '\f');
            break;
        case 'u':
            if (hex4(p, &cp) < 0) {
                sq_buf_free(&b);
                return -1;
            }
            if (cp >= 0xD800 && cp < 0xDC00 && p->pos + 6 <= p->len && p->s[p->pos] == '\\' &&
                p->s[p->pos + 1] == 'u') {
                unsigned long lo;
                p->pos += 2;
                if (hex4(p, &lo) < 0) {
                    sq_buf_free(&b);
                    return -1;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            add_utf8(&b, cp);
            break;
        default:
            sq_buf_addc(&b, e);
            break; /* \" \\ \/ and lenient others */
        }
    }
    *outlen = b.len;
    *out = b.data ? sq_buf_steal(&b) : sq_xstrdup("");
    return 0;
}

static jd_node *add_kid(jd_node *n) {
    if (n->n == n->cap) {
        n->cap = n->cap ? n->cap * 2 : 4;
        n->kids = sq_xrealloc(n->kids, n->cap * sizeof *n->kids);
    }
    jd_node *k = &n->kids[n->n++];
    memset(k, 0, sizeof *k);
    return k;
}

static int parse_value(jparser *p, jd_node *n, int depth);

static int parse_members(jparser *p, jd_node *n, int depth, int object) {
    char close = object ? '}' : ']';
    p->pos++;
    skip_ws(p);
    if (p->pos < p->len && p->s[p->pos] == close) {
        p->pos++;
        return 0;
    }
    for (;;) {
        skip_ws(p);
        jd_node *k = add_kid(n);
        if (object) {
            if (p->pos >= p->len || p->s[p->pos] != '"')
                return bad(p, "expected a key");
            if (parse_string(p, &k->key, &k->klen) < 0)
                return -1;
            skip_ws(p);
            if (p->pos >= p->len || p->s[p->pos] != ':')
                return bad(p, "expected ':'");
            p->pos++;
        }
        if (parse_value(p, k, depth + 1) < 0)
            return -1;
        skip_ws(p);
        if (p->pos >= p->len)
            return bad(p, "unexpected end");
        char c = p->s[p->pos++];
        if (c == close)
            return 0;
        if (c != ',')
            return bad(p, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static int parse_word(jparser *p, const char *w, jd_type t, jd_node *n) {
    size_t l = strlen(w);
    if (p->len - p->pos < l || memcmp(p->s + p->pos, w, l) != 0)
        return bad(p, "unexpected character");
    p->pos += l;
    n->type = t;
    return 0;
}

static int parse_number(jparser *p, jd_node *n) {
    size_t st = p->pos;
    if (p->pos < p->len && p->s[p->pos] == '-')
        p->pos++;
    size_t digits = p->pos;
    while (p->pos < p->len && strchr("0123456789.eE+-", p->s[p->pos]))
        p->pos++;
    if (p->pos == digits || p->pos == st)
        return bad(p, "unexpected character");
    n->type = JD_NUM;
    return 0;
}

static int parse_value(jparser *p, jd_node *n, int depth) {
    if (depth > SQ_JSON_MAX_DEPTH)
        return sq_fail(p->err, SQ_ERR_LIMIT, "JSON nested deeper than %d levels",
                       SQ_JSON_MAX_DEPTH);
    skip_ws(p);
    if (p->pos >= p->len)
        return bad(p, "unexpected end");
    n->start = p->pos;
    int rc;
    switch (p->s[p->pos]) {
    case '{':
        n->type = JD_OBJ;
        rc = parse_members(p, n, depth, 1);
        break;
    case '[':
        n->type = JD_ARR;
        rc = parse_members(p, n, depth, 0);
        break;
    case '"':
        n->type = JD_STR;
        rc = parse_string(p, &n->str, &n->slen);
        break;
    case 't':
        rc = parse_word(p, "true", JD_TRUE, n);
        break;
    case 'f':
        rc = parse_word(p, "false", JD_FALSE, n);
        break;
    case 'n':
        rc = parse_word(p, "null", JD_NULL, n);
        break;
    default:
        rc = parse_number(p, n);
        break;
    }
    n->end = p->pos;
    return rc;
}

static void free_kids(jd_node *n) {
    for (size_t i = 0; i < n->n; i++)
        free_kids(&n->kids[i]);
    free(n->kids);
    free(n->str);
    free(n->key);
}

void jd_free(jd_node *root) {
    if (!root)
        return;
    free_kids(root);
    free(root);
}

int jd_parse(const char *text, size_t len, jd_node **out, sq_error *err) {
    jparser p = {text, len, 0, err};
    jd_node *root = sq_xcalloc(1, sizeof *root);
    *out = NULL;
    if (parse_value(&p, root, 1) < 0) {
        jd_free(root);
        return -1;
    }
    skip_ws(&p);
    if (p.pos != len) {
        jd_free(root);
        return bad(&p, "text after the value");
    }
    *out = root;
    return 0;
}

sq_value jd_value(const jd_node *n, const char *src) {
    switch (n->type) {
    case JD_STR:
        return sq_value_str(n->str, n->slen);
    case JD_TRUE:
        return sq_value_cstr("true");
    case JD_FALSE:
        return sq_value_cstr("false");
    case JD_NULL:
        return sq_value_cstr("null");
    default:
        return sq_value_str(src + n->start, n->end - n->start);
    }
}

/* --- flattening ------------------------------------------------------------------ */

typedef struct flat {
    sq_query *q;
    sq_event *ev;
    const char *src;
    size_t cutoff;
    int skip_internal;
    sq_buf name;
    sq_sym *set; /* fields this extraction has written */
    size_t nset, capset;
} flat;

static void put(flat *f, sq_value v) {
    if (f->name.len == 0 || (f->skip_internal && (strcmp(f->name.data, "_raw") == 0 ||
                                                  strcmp(f->name.data, "_time") == 0))) {
        sq_value_free(&v);
        return;
    }
    sq_sym s = sq_intern(f->q->syms, f->name.data, f->name.len);
    for (size_t i = 0; i < f->nset; i++) {
        if (f->set[i] == s) {
            sq_value *have = sq_event_get(f->ev, s);
            if (have) {
                sq_value_mv_push(have, v);
                return;
            }
            break;
        }
    }
    if (f->nset == f->capset) {
        f->capset = f->capset ? f->capset * 2 : 16;
        f->set = sq_xrealloc(f->set, f->capset * sizeof *f->set);
    }
    f->set[f->nset++] = s;
    sq_event_set(f->ev, s, v);
}

static void walk(flat *f, const jd_node *n) {
    size_t keep = f->name.len;
    if (n->type == JD_OBJ) {
        for (size_t i = 0; i < n->n; i++) {
            if (keep)
                sq_buf_addc(&f->name, '.');
            sq_buf_add(&f->name, n->kids[i].key, n->kids[i].klen);
            walk(f, &n->kids[i]);
            f->name.len = keep;
            f->name.data[keep] = '\0';
        }
    } else if (n->type == JD_ARR) {
        sq_buf_adds(&f->name, "{}");
        for (size_t i = 0; i < n->n; i++)
            walk(f, &n->kids[i]);
        f->name.len = keep;
        f->name.data[keep] = '\0';
    } else if (f->cutoff == 0 || n->end <= f->cutoff) {
        put(f, jd_value(n, f->src));
    }
}

void jd_flatten(sq_query *q, sq_event *ev, const jd_node *n, const char *src, const char *prefix,
                size_t cutoff, int skip_internal) {
    flat f = {q, ev, src, cutoff, skip_internal, SQ_BUF_INIT, NULL, 0, 0};
    sq_buf_reserve(&f.name, 64);
    f.name.data[0] = '\0';
    sq_buf_adds(&f.name, prefix ? prefix : "");
    walk(&f, n);
    sq_buf_free(&f.name);
    free(f.set);
}
