/* prefilter.c — the raw-text prefilter (see prefilter.h): which literal terms
 * the head search implies, and a case-insensitive substring test for them.
 *
 * Why a term is safe to require:
 *   - field=value (no wildcard field, '*' in the value splits it into
 *     segments that must all appear): the field's value comes from a JSON
 *     string or literal whose text is in the record as written, except for
 *     escapes.  Values that are numbers (JSON numbers are reformatted),
 *     CIDR-like or hold '/', '"', '\\' or non-printable or non-ASCII bytes
 *     are not used: only a \u escape can then hide a term, and a record with
 *     one is never skipped.
 *   - a plain term matches in _raw, the record's own text.
 * Anything else (OR, NOT, comparisons, subsearches, time bounds) adds no
 * term, which is always safe: a term only ever removes records that could
 * not match. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "splq/buf.h"
#include "splq/prefilter.h"
#include "splq/sourcetype.h"

#define MAX_TERMS 16

struct sq_prefilter {
    char *terms[MAX_TERMS]; /* lower case */
    size_t lens[MAX_TERMS];
    size_t n;
};

int sq_fastpath_off(const char *name) {
    const char *all = getenv("SPLQ_NO_FASTPATH");
    if (all && *all && strcmp(all, "0") != 0)
        return 1;
    char var[64];
    snprintf(var, sizeof var, "SPLQ_NO_%s", name);
    const char *one = getenv(var);
    return one && *one && strcmp(one, "0") != 0;
}

/* Fields the pipeline sets itself, or event types and tags. */
static int builtin_field(const char *f) {
    static const char *const names[] = {"source",    "sourcetype", "host",     "index",
                                        "linecount", "eventtype",  "tag",      "punct",
                                        "earliest",  "latest",     "splunk_server"};
    if (f[0] == '_' || strncmp(f, "tag::", 5) == 0 || strncmp(f, "date_", 5) == 0 ||
        strncmp(f, "timestartpos", 12) == 0 || strncmp(f, "timeendpos", 10) == 0)
        return 1;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(f, names[i]) == 0)
            return 1;
    return 0;
}

/* A literal that, if the value matches, must appear in the record as is. */
static int literal_ok(const char *s, size_t len) {
    if (len == 0)
        return 0;
    int numberish = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '/')
            return 0;
        if (!strchr("0123456789.eE+-", c))
            numberish = 0;
    }
    return !numberish;
}

static void add_term(sq_prefilter *pf, const char *s, size_t len) {
    if (pf->n == MAX_TERMS)
        return;
    char *t = sq_xstrndup(s, len);
    for (size_t i = 0; i < len; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            t[i] = (char)(t[i] - 'A' + 'a');
    pf->terms[pf->n] = t;
    pf->lens[pf->n++] = len;
}

/* field=value: each '*'-free segment of the value. */
static void from_compare(sq_query *q, sq_prefilter *pf, const sq_ast *a) {
    if ((a->op != SQ_OP_EQ && a->op != SQ_OP_EQEQ) || a->nkids != 2 ||
        a->kids[0]->kind != SQ_AST_WORD || a->kids[1]->kind != SQ_AST_WORD)
        return;
    const char *field = a->kids[0]->text, *val = a->kids[1]->text;
    if (!field || !val || strchr(field, '*') || builtin_field(field))
        return;
    if (q->env && sq_sourcetypes_may_set(q->env->sourcetypes, field, strlen(field)))
        return;
    size_t vlen = strlen(val);
    if (!literal_ok(val, vlen) && !(memchr(val, '*', vlen) && vlen > 1))
        return;
    /* each segment between stars must be a usable literal; else none is */
    const char *p = val, *end = val + vlen;
    while (p < end) {
        const char *star = memchr(p, '*', (size_t)(end - p));
        const char *e = star ? star : end;
        if (e > p && !literal_ok(p, (size_t)(e - p)))
            return;
        p = e + 1;
    }
    for (p = val; p < end;) {
        const char *star = memchr(p, '*', (size_t)(end - p));
        const char *e = star ? star : end;
        if (e > p)
            add_term(pf, p, (size_t)(e - p));
        p = e + 1;
    }
}

/* A plain term: letters, digits and a few inner characters, no wildcard. */
static void from_term(sq_prefilter *pf, const sq_ast *a) {
    const char *t = a->text;
    if (!t || (a->flags & SQ_AST_QUOTED))
        return;
    size_t len = strlen(t);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)t[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.' || c == ':' || c == '@'))
            return;
    }
    if (len > 0)
        add_term(pf, t, len);
}

static void derive(sq_query *q, sq_prefilter *pf, const sq_ast *a) {
    switch (a->kind) {
    case SQ_AST_S_AND:
        for (int i = 0; i < a->nkids; i++)
            derive(q, pf, a->kids[i]);
        break;
    case SQ_AST_S_COMPARE:
        from_compare(q, pf, a);
        break;
    case SQ_AST_S_TERM:
        from_term(pf, a);
        break;
    default:
        break;
    }
}

sq_prefilter *sq_prefilter_new(sq_query *q, const sq_ast *sexpr) {
    if (!sexpr || sq_fastpath_off("PREFILTER"))
        return NULL;
    sq_prefilter *pf = sq_xcalloc(1, sizeof *pf);
    derive(q, pf, sexpr);
    if (pf->n == 0) {
        free(pf);
        return NULL;
    }
    return pf;
}

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* ASCII-only case folding, whatever the locale: terms are ASCII. */
static int same_folded(const char *s, const char *term, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != (unsigned char)term[i])
            return 0;
    return 1;
}

static int has_term(const char *text, size_t len, const char *term, size_t tlen) {
    if (tlen > len)
        return 0;
    char first = term[0];
    char upper = first >= 'a' && first <= 'z' ? (char)(first - 'a' + 'A') : first;
    const char *p = text, *end = text + len - tlen + 1;
    while (p < end) {
        /* find the next candidate for the first byte, either case */
        const char *a = memchr(p, first, (size_t)(end - p));
        const char *b = upper != first ? memchr(p, upper, (size_t)((a ? a : end) - p)) : NULL;
        const char *c = b ? b : a;
        if (!c)
            return 0;
        if (same_folded(c + 1, term + 1, tlen - 1))
            return 1;
        p = c + 1;
    }
    return 0;
}

int sq_prefilter_may_match(const sq_prefilter *pf, const char *text, size_t len) {
    if (!pf)
        return 1;
    for (size_t i = 0; i < pf->n; i++) {
        if (has_term(text, len, pf->terms[i], pf->lens[i]))
            continue;
        /* a \u escape could spell the term: such a record is never skipped */
        for (const char *p = text; (p = memchr(p, '\\', (size_t)(text + len - p))) != NULL;
             p += 2) {
            if (p + 1 < text + len && p[1] == 'u')
                return 1;
            if (p + 1 >= text + len)
                break;
        }
        return 0;
    }
    return 1;
}

size_t sq_prefilter_nterms(const sq_prefilter *pf) {
    return pf ? pf->n : 0;
}

const char *sq_prefilter_term(const sq_prefilter *pf, size_t i) {
    return pf && i < pf->n ? pf->terms[i] : NULL;
}

void sq_prefilter_free(sq_prefilter *pf) {
    if (!pf)
        return;
    for (size_t i = 0; i < pf->n; i++)
        free(pf->terms[i]);
    free(pf);
}
