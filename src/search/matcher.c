/* matcher.c — compiles a search expression (the search command, the implicit
 * first search) into a tree of tests and runs it against events.
 *
 * Rules (Splunk's search, see docs/commands.md):
 *   field=value   field names case-sensitive, values case-insensitive, '*'
 *                 wildcards; field=* means "has a value"; a CIDR value matches
 *                 addresses in the subnet; a multivalue field matches when any
 *                 of its values does.  = and != compare text ("1" is not
 *                 "1.0"); < <= > >= compare numbers when both sides are
 *                 numbers, else bytes.  f!=v needs f to exist.
 *   NOT x         true whenever x is false, also when x's field is absent.
 *   term, "a b"   token-bounded, case-insensitive match in _raw (see
 *                 wildcard.c); without _raw, in any field's value.
 *   TERM(x)       like a term, but bounded by major breakers only.
 *   CASE(x)       like a term, case-sensitive.
 *   earliest= / latest=  time bounds on _time (relative or absolute).
 *   [subsearch]   run once here; its rows become an OR of ANDs of
 *                 field=value (Splunk's `format`). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "splq/buf.h"
#include "splq/diag.h"
#include "splq/parse.h"
#include "splq/plan.h"
#include "splq/search.h"
#include "splq/timefmt.h"

/* Splunk's [subsearch] maxout and maxtime defaults (limits.conf). */
#define SUBSEARCH_MAXOUT 10000
#define SUBSEARCH_MAXTIME 60

typedef enum mkind { MK_TRUE, MK_FALSE, MK_AND, MK_OR, MK_NOT, MK_CMP, MK_TERM, MK_TIME } mkind;

typedef struct mnode mnode;
struct mnode {
    mkind kind;
    mnode **kids; /* AND, OR, NOT */
    int n;
    int cap;
    /* MK_CMP */
    sq_sym sym;
    char *fpat; /* non-NULL: a field name with '*', matched against every field */
    size_t fplen;
    sq_op_code op;
    /* MK_CMP value, MK_TERM text */
    char *text;
    size_t len;
    unsigned char any;   /* value is only '*'s */
    unsigned char isnum; /* value reads as a number (for < <= > >=) */
    unsigned char iscidr;
    double num;
    sq_search_cidr cidr;
    /* MK_TERM */
    int cs;
    sq_bound bound;
    /* MK_TIME */
    double t;
    int upper; /* latest: _time < t; else _time >= t */
};

struct sq_matcher {
    sq_query *q;
    mnode *root;
    sq_buf scratch;
};

/* --- building nodes ------------------------------------------------------------ */

static mnode *mnode_new(mkind kind) {
    mnode *m = sq_xcalloc(1, sizeof *m);
    m->kind = kind;
    return m;
}

static void mnode_add(mnode *parent, mnode *kid) {
    if (parent->n == parent->cap) {
        parent->cap = parent->cap ? parent->cap * 2 : 4;
        parent->kids = sq_xrealloc(parent->kids, (size_t)parent->cap * sizeof *parent->kids);
    }
    parent->kids[parent->n++] = kid;
}

static void mnode_free(mnode *m) {
    if (!m)
        return;
    for (int i = 0; i < m->n; i++)
        mnode_free(m->kids[i]);
    free(m->kids);
    free(m->fpat);
    free(m->text);
    free(m);
}

static int all_stars(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (s[i] != '*')
            return 0;
    return 1;
}

/* A field=value test; the value's readings are prepared once here. */
static mnode *cmp_node(sq_query *q, const char *field, size_t flen, sq_op_code op, const char *val,
                       size_t vlen) {
    mnode *m = mnode_new(MK_CMP);
    m->op = op == SQ_OP_EQEQ ? SQ_OP_EQ : op;
    if (memchr(field, '*', flen)) {
        m->fpat = sq_xstrndup(field, flen);
        m->fplen = flen;
    } else {
        m->sym = sq_intern(q->syms, field, flen);
    }
    m->text = sq_xstrndup(val, vlen);
    m->len = vlen;
    if (m->op == SQ_OP_EQ || m->op == SQ_OP_NE) {
        m->any = vlen > 0 && all_stars(val, vlen);
        m->iscidr = (unsigned char)sq_search_cidr_parse(val, vlen, &m->cidr);
    } else {
        m->isnum = (unsigned char)sq_str_is_number(val, vlen, &m->num);
    }
    return m;
}

/* A term with a '*' inside is matched by an automaton with one state per
 * byte of the term: a bound keeps that on the stack. */
static int check_term(const sq_ast *a, const char *text, sq_error *err) {
    size_t len = strlen(text), lo = 0, hi = len;
    while (lo < hi && text[lo] == '*')
        lo++;
    while (hi > lo && text[hi - 1] == '*')
        hi--;
    if (hi - lo > SQ_SEARCH_TERM_MAX && memchr(text + lo, '*', hi - lo))
        return sq_fail_at(err, SQ_ERR_LIMIT, a->span,
                          "search term with wildcards longer than %d characters",
                          SQ_SEARCH_TERM_MAX);
    return 0;
}

static mnode *term_node(const char *text, size_t len, int cs, sq_bound bound) {
    if (len > 0 && all_stars(text, len))
        return mnode_new(MK_TRUE);
    mnode *m = mnode_new(MK_TERM);
    m->text = sq_xstrndup(text, len);
    m->len = len;
    m->cs = cs;
    m->bound = bound;
    return m;
}

/* earliest=/latest=: a relative modifier (-24h, -1d@d, now, an epoch) or an
 * absolute %m/%d/%Y:%H:%M:%S time. */
static int time_node(sq_query *q, const sq_ast *val, int upper, mnode **out, sq_error *err) {
    double t;
    const char *s = val->text;
    size_t len = strlen(s);
    if (sq_relative_time(q->now, s, &t) != 0) {
        long used = sq_strptime(s, len, "%m/%d/%Y:%H:%M:%S", &t);
        if (used < 0 || (size_t)used != len)
            return sq_fail_at(err, SQ_ERR_ARG, val->span, "invalid time modifier '%s'", s);
    }
    mnode *m = mnode_new(MK_TIME);
    m->t = t;
    m->upper = upper;
    *out = m;
    return 0;
}

static int compile_node(sq_matcher *mt, const sq_ast *a, mnode **out, sq_error *err);

static int compile_kids(sq_matcher *mt, const sq_ast *a, mkind kind, int from, mnode **out,
                        sq_error *err) {
    mnode *m = mnode_new(kind);
    for (int i = from; i < a->nkids; i++) {
        mnode *kid;
        if (compile_node(mt, a->kids[i], &kid, err) < 0) {
            mnode_free(m);
            return -1;
        }
        mnode_add(m, kid);
    }
    *out = m;
    return 0;
}

static int is_word(const sq_ast *a) {
    return a && a->kind == SQ_AST_WORD && a->text;
}

/* A value as written in the search: a bare value keeps its backslashes but
 * for `\\` and `\"`, which stand for `\` and `"` (Process=*HKLM\\SAM*);
 * quoted values were unescaped by the lexer. */
static const char *value_text(const sq_ast *v, sq_buf *scratch, size_t *len) {
    const char *t = v->text;
    if ((v->flags & SQ_AST_QUOTED) || !strchr(t, '\\')) {
        *len = strlen(t);
        return t;
    }
    sq_buf_reset(scratch);
    for (const char *p = t; *p; p++) {
        if (*p == '\\' && (p[1] == '\\' || p[1] == '"'))
            p++;
        sq_buf_addc(scratch, *p);
    }
    *len = scratch->len;
    return sq_buf_cstr(scratch);
}

static int compile_compare(sq_matcher *mt, const sq_ast *a, mnode **out, sq_error *err) {
    if (a->nkids != 2 || !is_word(a->kids[0]) || !is_word(a->kids[1]))
        return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "malformed comparison");
    const sq_ast *f = a->kids[0], *v = a->kids[1];
    switch (a->op) {
    case SQ_OP_EQ:
    case SQ_OP_EQEQ:
    case SQ_OP_NE:
    case SQ_OP_LT:
    case SQ_OP_LE:
    case SQ_OP_GT:
    case SQ_OP_GE:
        break;
    default:
        return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "unsupported comparison operator");
    }
    if (!(f->flags & SQ_AST_QUOTED) && (a->op == SQ_OP_EQ || a->op == SQ_OP_EQEQ) &&
        (strcmp(f->text, "earliest") == 0 || strcmp(f->text, "latest") == 0))
        return time_node(mt->q, v, f->text[0] == 'l', out, err);
    sq_buf scratch = SQ_BUF_INIT;
    size_t vlen;
    const char *vt = value_text(v, &scratch, &vlen);
    *out = cmp_node(mt->q, f->text, strlen(f->text), a->op, vt, vlen);
    sq_buf_free(&scratch);
    return 0;
}

static int compile_in(sq_matcher *mt, const sq_ast *a, mnode **out, sq_error *err) {
    if (a->nkids < 1 || !is_word(a->kids[0]))
        return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "malformed IN");
    const char *f = a->kids[0]->text;
    mnode *m = mnode_new(MK_OR);
    for (int i = 1; i < a->nkids; i++) {
        const sq_ast *v = a->kids[i];
        if (!is_word(v)) {
            mnode_free(m);
            return sq_fail_at(err, SQ_ERR_SYNTAX, v->span, "IN expects values");
        }
        sq_buf scratch = SQ_BUF_INIT;
        size_t vlen;
        const char *vt = value_text(v, &scratch, &vlen);
        mnode_add(m, cmp_node(mt->q, f, strlen(f), SQ_OP_EQ, vt, vlen));
        sq_buf_free(&scratch);
    }
    *out = m; /* an empty list is an empty OR: false */
    return 0;
}

static int compile_termfn(const sq_ast *a, mnode **out, sq_error *err) {
    if (a->nkids != 1 || !is_word(a->kids[0]) || !a->text)
        return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "malformed TERM()/CASE()");
    const char *t = a->kids[0]->text;
    if (check_term(a, t, err) < 0)
        return -1;
    if (strcasecmp(a->text, "TERM") == 0)
        *out = term_node(t, strlen(t), 0, SQ_BOUND_MAJOR);
    else if (strcasecmp(a->text, "CASE") == 0)
        *out = term_node(t, strlen(t), 1, SQ_BOUND_ANY);
    else
        return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "unknown search function %s()", a->text);
    return 0;
}

/* One subsearch row as a search: the AND of its fields, each the OR of its
 * values.  A field named `search` holds search text of its own (what
 * `return` produces); `query` a term without a field name.  Internal fields
 * (_time, _raw, ...) are left out, as `format` does. */
static int row_node(sq_matcher *mt, sq_event *row, mnode **out, sq_error *err) {
    sq_query *q = mt->q;
    mnode *and = mnode_new(MK_AND);
    for (uint32_t i = 0; i < row->n; i++) {
        sq_field *f = &row->fields[i];
        if (sq_sym_is_internal(q->syms, f->sym))
            continue;
        const char *name = sq_sym_name(q->syms, f->sym);
        size_t nlen = sq_sym_len(q->syms, f->sym);
        mnode * or = mnode_new(MK_OR);
        size_t nv = sq_value_count(&f->val);
        for (size_t k = 0; k < nv; k++) {
            size_t len;
            const char *text = sq_value_text(sq_value_at(&f->val, k), &mt->scratch, &len);
            mnode *kid = NULL;
            if (strcmp(name, "search") == 0) {
                sq_ast *ast = NULL;
                int rc = sq_parse(text, len, SQ_PARSE_SEARCH, &ast, err);
                if (rc == 0 && !ast) /* empty: no condition (`return` of nothing) */
                    kid = mnode_new(MK_TRUE);
                else if (rc == 0)
                    rc = compile_node(mt, ast, &kid, err);
                sq_ast_free(ast);
                if (rc < 0) {
                    mnode_free(or);
                    mnode_free(and);
                    return -1;
                }
            } else if (strcmp(name, "query") == 0) {
                kid = term_node(text, len, 0, SQ_BOUND_ANY);
            } else {
                kid = cmp_node(q, name, nlen, SQ_OP_EQ, text, len);
            }
            mnode_add(or, kid);
        }
        if (or->n > 0)
            mnode_add(and, or);
        else
            mnode_free(or);
    }
    *out = and;
    return 0;
}

static int compile_subsearch(sq_matcher *mt, const sq_ast *a, mnode **out, sq_error *err) {
    if (a->nkids != 1)
        return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "malformed subsearch");
    sq_rowset rs = {0};
    int truncated;
    if (sq_run_subpipeline_limited(mt->q, a->kids[0], SUBSEARCH_MAXOUT, SUBSEARCH_MAXTIME, &rs,
                                   &truncated, err) < 0) {
        sq_rowset_free(&rs);
        return -1;
    }
    size_t n = rs.n;
    if (truncated && mt->q->env)
        sq_warnf(&mt->q->env->diag,
                 truncated == 1 ? "subsearch: only the first %d results are used (maxout)"
                                : "subsearch: stopped after %d seconds (maxtime); the results so "
                                  "far are used",
                 truncated == 1 ? SUBSEARCH_MAXOUT : SUBSEARCH_MAXTIME);
    /* No usable row: the subsearch matches nothing (Splunk's `NOT ()`). */
    mnode * or = mnode_new(MK_OR);
    for (size_t i = 0; i < n; i++) {
        mnode *row;
        if (row_node(mt, rs.rows[i], &row, err) < 0) {
            mnode_free(or);
            sq_rowset_free(&rs);
            return -1;
        }
        if (row->n > 0)
            mnode_add(or, row);
        else
            mnode_free(row);
    }
    sq_rowset_free(&rs);
    *out = or ;
    return 0;
}

static int compile_node(sq_matcher *mt, const sq_ast *a, mnode **out, sq_error *err) {
    switch (a->kind) {
    case SQ_AST_S_AND:
        return compile_kids(mt, a, MK_AND, 0, out, err);
    case SQ_AST_S_OR:
        return compile_kids(mt, a, MK_OR, 0, out, err);
    case SQ_AST_S_NOT:
        if (a->nkids != 1)
            return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "NOT needs one operand");
        return compile_kids(mt, a, MK_NOT, 0, out, err);
    case SQ_AST_S_COMPARE:
        return compile_compare(mt, a, out, err);
    case SQ_AST_S_IN:
        return compile_in(mt, a, out, err);
    case SQ_AST_S_TERM:
    case SQ_AST_WORD:
        if (!a->text)
            return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "empty search term");
        if (check_term(a, a->text, err) < 0)
            return -1;
        *out = term_node(a->text, strlen(a->text), 0, SQ_BOUND_ANY);
        return 0;
    case SQ_AST_S_TERMFN:
        return compile_termfn(a, out, err);
    case SQ_AST_SUBSEARCH:
        return compile_subsearch(mt, a, out, err);
    default:
        return sq_fail_at(err, SQ_ERR_SYNTAX, a->span, "not a search expression (%s)",
                          sq_ast_kind_name(a->kind));
    }
}

int sq_matcher_compile(sq_query *q, const sq_ast *sexpr, sq_matcher **out, sq_error *err) {
    sq_matcher *mt = sq_xcalloc(1, sizeof *mt);
    mt->q = q;
    mt->scratch = SQ_BUF_INIT;
    if (!sexpr) {
        mt->root = mnode_new(MK_TRUE);
    } else if (compile_node(mt, sexpr, &mt->root, err) < 0) {
        sq_matcher_free(mt);
        return -1;
    }
    *out = mt;
    return 0;
}

void sq_matcher_free(sq_matcher *m) {
    if (!m)
        return;
    mnode_free(m->root);
    sq_buf_free(&m->scratch);
    free(m);
}

/* --- matching ------------------------------------------------------------------- */

static int lexcmp(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0)
        return c;
    return alen < blen ? -1 : alen > blen;
}

static int order_ok(sq_op_code op, int c) {
    switch (op) {
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

/* One scalar value against a comparison. */
static int value_ok(sq_matcher *mt, const mnode *m, sq_value *v) {
    if (m->op == SQ_OP_LT || m->op == SQ_OP_LE || m->op == SQ_OP_GT || m->op == SQ_OP_GE) {
        double d;
        if (m->isnum && sq_value_number(v, &d))
            return order_ok(m->op, d < m->num ? -1 : d > m->num);
        size_t len;
        const char *s = sq_value_text(v, &mt->scratch, &len);
        return order_ok(m->op, lexcmp(s, len, m->text, m->len));
    }
    int eq = m->any;
    if (!eq) {
        size_t len;
        const char *s = sq_value_text(v, &mt->scratch, &len);
        eq = sq_wildcard_match(m->text, m->len, s, len, 0) ||
             (m->iscidr && sq_search_cidr_contains(&m->cidr, s, len));
    }
    return m->op == SQ_OP_NE ? !eq : eq;
}

static int field_ok(sq_matcher *mt, const mnode *m, sq_value *val) {
    size_t n = sq_value_count(val);
    for (size_t i = 0; i < n; i++)
        if (value_ok(mt, m, sq_value_at(val, i)))
            return 1;
    return 0;
}

static int match_cmp(sq_matcher *mt, const mnode *m, sq_event *ev) {
    if (!m->fpat) {
        sq_value *v = sq_event_get(ev, m->sym);
        return v && field_ok(mt, m, v);
    }
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_field *f = &ev->fields[i];
        const char *name = sq_sym_name(mt->q->syms, f->sym);
        size_t nlen = sq_sym_len(mt->q->syms, f->sym);
        if (sq_wildcard_match(m->fpat, m->fplen, name, nlen, 1) && field_ok(mt, m, &f->val))
            return 1;
    }
    return 0;
}

static int term_in_value(sq_matcher *mt, const mnode *m, sq_value *val) {
    size_t n = sq_value_count(val);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = sq_value_text(sq_value_at(val, i), &mt->scratch, &len);
        if (sq_search_term_match(m->text, m->len, s, len, m->cs, m->bound))
            return 1;
    }
    return 0;
}

/* A term searches _raw; results without _raw (after stats, table, ...) are
 * searched in every field's value instead. */
static int match_term(sq_matcher *mt, const mnode *m, sq_event *ev) {
    sq_value *raw = sq_event_get(ev, SQ_SYM_RAW);
    if (raw)
        return term_in_value(mt, m, raw);
    for (uint32_t i = 0; i < ev->n; i++) {
        if (sq_sym_is_internal(mt->q->syms, ev->fields[i].sym))
            continue;
        if (term_in_value(mt, m, &ev->fields[i].val))
            return 1;
    }
    return 0;
}

static int match_time(const mnode *m, sq_event *ev) {
    sq_value *v = sq_event_get(ev, SQ_SYM_TIME);
    double t;
    if (!v || !sq_value_number(v, &t))
        return 0;
    return m->upper ? t < m->t : t >= m->t;
}

static int match_node(sq_matcher *mt, const mnode *m, sq_event *ev) {
    switch (m->kind) {
    case MK_TRUE:
        return 1;
    case MK_FALSE:
        return 0;
    case MK_AND:
        for (int i = 0; i < m->n; i++)
            if (!match_node(mt, m->kids[i], ev))
                return 0;
        return 1;
    case MK_OR:
        for (int i = 0; i < m->n; i++)
            if (match_node(mt, m->kids[i], ev))
                return 1;
        return 0;
    case MK_NOT:
        return !match_node(mt, m->kids[0], ev);
    case MK_CMP:
        return match_cmp(mt, m, ev);
    case MK_TERM:
        return match_term(mt, m, ev);
    case MK_TIME:
        return match_time(m, ev);
    }
    return 0;
}

int sq_matcher_match(sq_matcher *m, sq_event *ev) {
    return match_node(m, m->root, ev);
}
