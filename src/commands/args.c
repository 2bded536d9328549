/* args.c — readers for commands' generic arguments: options, field lists,
 * AS pairs, by clauses, signed names, integers and booleans (see args.h). */
#include "args.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "splq/buf.h"

/* --- scalar readers ------------------------------------------------------------ */

int sq_parse_bool(const char *s, int *out) {
    static const char *const yes[] = {"true", "t", "1", "yes", "y"};
    static const char *const no[] = {"false", "f", "0", "no", "n"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        if (strcasecmp(s, yes[i]) == 0) {
            *out = 1;
            return 1;
        }
        if (strcasecmp(s, no[i]) == 0) {
            *out = 0;
            return 1;
        }
    }
    return 0;
}

int sq_parse_int(const char *s, long long *out) {
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    if (*p < '0' || *p > '9')
        return 0;
    for (const char *q = p; *q; q++)
        if (*q < '0' || *q > '9')
            return 0;
    errno = 0;
    long long v = strtoll(s, NULL, 10);
    if (errno == ERANGE)
        return 0;
    *out = v;
    return 1;
}

int sq_arg_is_int(const sq_ast *node) {
    long long v;
    return node && node->kind == SQ_AST_WORD && !(node->flags & SQ_AST_QUOTED) && node->text &&
           sq_parse_int(node->text, &v);
}

int sq_arg_int(const sq_ast *word, long long min, long long max, const char *what, long long *out,
               sq_error *err) {
    long long v;
    if (!word || word->kind != SQ_AST_WORD || !sq_parse_int(word->text, &v))
        return sq_fail_at(err, SQ_ERR_ARG, word ? word->span : SQ_NO_SPAN, "%s must be an integer",
                          what);
    if ((min != 0 || max != 0) && (v < min || v > max)) {
        if (max >= (1LL << 40)) /* no real upper bound: don't print one */
            return sq_fail_at(err, SQ_ERR_ARG, word->span, "%s must be at least %lld", what, min);
        return sq_fail_at(err, SQ_ERR_ARG, word->span, "%s must be between %lld and %lld", what,
                          min, max);
    }
    *out = v;
    return 0;
}

/* --- options ------------------------------------------------------------------ */

static int read_option(const sq_ast *opt, const sq_optspec *sp, sq_error *err) {
    const sq_ast *val = opt->nkids > 0 ? opt->kids[0] : NULL;
    if (opt->op == SQ_OP_NE)
        return sq_fail_at(err, SQ_ERR_ARG, opt->span, "option %s takes '=', not '!='", sp->key);
    if (!val || val->kind != SQ_AST_WORD || !val->text)
        return sq_fail_at(err, SQ_ERR_ARG, opt->span, "option %s needs a value", sp->key);
    switch (sp->kind) {
    case SQ_OPT_BOOL:
        if (!sq_parse_bool(val->text, (int *)sp->dst))
            return sq_fail_at(err, SQ_ERR_ARG, val->span,
                              "option %s must be a boolean (true or false), not '%s'", sp->key,
                              val->text);
        break;
    case SQ_OPT_INT: {
        char what[80];
        snprintf(what, sizeof what, "option %s", sp->key);
        if (sq_arg_int(val, sp->min, sp->max, what, (long long *)sp->dst, err) < 0)
            return -1;
        break;
    }
    case SQ_OPT_NUM: {
        char *end;
        errno = 0;
        double d = strtod(val->text, &end);
        if (end == val->text || *end || errno == ERANGE)
            return sq_fail_at(err, SQ_ERR_ARG, val->span, "option %s must be a number, not '%s'",
                              sp->key, val->text);
        *(double *)sp->dst = d;
        break;
    }
    case SQ_OPT_STR:
        *(const char **)sp->dst = val->text;
        break;
    case SQ_OPT_NODE:
        *(const sq_ast **)sp->dst = val;
        break;
    }
    if (sp->seen)
        *sp->seen = opt;
    return 0;
}

/* The error names the options the command does take: a typo is then
 * one look away from its fix. */
static int unknown_option(const sq_ast *stage, const sq_ast *opt, const sq_optspec *specs,
                          size_t nspecs, sq_error *err) {
    sq_buf b = {0};
    for (size_t s = 0; s < nspecs; s++)
        sq_buf_printf(&b, "%s%s=", s ? ", " : "", specs[s].key);
    int rc = sq_fail_at(err, SQ_ERR_ARG, opt->span, "%s: unknown option '%s' (options: %s)",
                        stage->text, opt->text, nspecs ? sq_buf_cstr(&b) : "none");
    sq_buf_free(&b);
    return rc;
}

int sq_args_unknown_option(const sq_ast *opt, const char *cmd, const char *const *names,
                           sq_error *err) {
    sq_buf b = {0};
    for (size_t i = 0; names && names[i]; i++) {
        size_t len = strlen(names[i]);
        if (len && names[i][len - 1] == '=')
            sq_buf_printf(&b, "%s%s", b.len ? ", " : "", names[i]);
    }
    int rc = sq_fail_at(err, SQ_ERR_ARG, opt->span, "%s: unknown option '%s' (options: %s)", cmd,
                        opt->text, b.len ? sq_buf_cstr(&b) : "none");
    sq_buf_free(&b);
    return rc;
}

int sq_args_init(sq_args *a, const sq_ast *stage, const sq_optspec *specs, size_t nspecs,
                 sq_error *err) {
    a->stage = stage;
    a->n = 0;
    a->i = 0;
    a->pos = sq_xcalloc((size_t)(stage->nkids > 0 ? stage->nkids : 1), sizeof *a->pos);
    /* Which specs were already given: an option set twice is an error. */
    const sq_ast *given[64] = {0};
    for (int k = 0; k < stage->nkids; k++) {
        const sq_ast *kid = stage->kids[k];
        if (kid->kind != SQ_AST_OPTION || !specs) {
            a->pos[a->n++] = kid;
            continue;
        }
        size_t s = 0;
        while (s < nspecs && strcasecmp(specs[s].key, kid->text) != 0)
            s++;
        if (s == nspecs) {
            sq_args_free(a);
            return unknown_option(stage, kid, specs, nspecs, err);
        }
        if (s < 64 && given[s]) {
            sq_args_free(a);
            return sq_fail_at(err, SQ_ERR_ARG, kid->span, "%s: option %s given twice", stage->text,
                              kid->text);
        }
        if (s < 64)
            given[s] = kid;
        if (read_option(kid, &specs[s], err) < 0) {
            sq_args_free(a);
            return -1;
        }
    }
    return 0;
}

void sq_args_free(sq_args *a) {
    free(a->pos);
    a->pos = NULL;
    a->n = a->i = 0;
}

/* --- the cursor ---------------------------------------------------------------- */

int sq_args_done(const sq_args *a) {
    return a->i >= a->n;
}

const sq_ast *sq_args_peek(const sq_args *a) {
    return a->i < a->n ? a->pos[a->i] : NULL;
}

const sq_ast *sq_args_next(sq_args *a) {
    return a->i < a->n ? a->pos[a->i++] : NULL;
}

static int is_keyword(const sq_ast *node, const char *kw) {
    return node && node->kind == SQ_AST_WORD && !(node->flags & SQ_AST_QUOTED) && node->text &&
           strcasecmp(node->text, kw) == 0;
}

static int is_stop(const sq_ast *node, const char *const *stop) {
    for (; stop && *stop; stop++)
        if (is_keyword(node, *stop))
            return 1;
    return 0;
}

int sq_args_at_keyword(const sq_args *a, const char *kw) {
    return is_keyword(sq_args_peek(a), kw);
}

int sq_args_accept(sq_args *a, const char *kw) {
    if (!sq_args_at_keyword(a, kw))
        return 0;
    a->i++;
    return 1;
}

int sq_args_skip_commas(sq_args *a) {
    int n = 0;
    while (a->i < a->n && a->pos[a->i]->kind == SQ_AST_COMMA) {
        a->i++;
        n++;
    }
    return n;
}

sq_span sq_args_end_span(const sq_args *a) {
    sq_span s = a->stage->span;
    if (s.end >= 0)
        s.start = s.end > 0 ? s.end - 1 : s.end;
    return s;
}

int sq_args_expect_end(const sq_args *a, sq_error *err) {
    const sq_ast *next = sq_args_peek(a);
    if (!next)
        return 0;
    if (next->text && next->kind == SQ_AST_WORD)
        return sq_fail_at(err, SQ_ERR_ARG, next->span, "%s: unexpected argument '%s'",
                          a->stage->text, next->text);
    return sq_fail_at(err, SQ_ERR_ARG, next->span, "%s: unexpected argument", a->stage->text);
}

/* --- lists ---------------------------------------------------------------------- */

void sq_nodelist_push(sq_nodelist *l, const sq_ast *node) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = sq_xrealloc(l->items, (size_t)l->cap * sizeof *l->items);
    }
    l->items[l->n++] = node;
}

void sq_nodelist_free(sq_nodelist *l) {
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

int sq_args_names(sq_args *a, const char *const *stop, int min, const char *what, sq_nodelist *out,
                  sq_error *err) {
    int got = 0;
    for (;;) {
        sq_args_skip_commas(a);
        const sq_ast *node = sq_args_peek(a);
        if (!node || node->kind != SQ_AST_WORD || is_stop(node, stop))
            break;
        if (!node->text || !node->text[0])
            return sq_fail_at(err, SQ_ERR_ARG, node->span, "%s: empty field name", a->stage->text);
        sq_nodelist_push(out, node);
        a->i++;
        got++;
    }
    if (got < min) {
        const sq_ast *node = sq_args_peek(a);
        return sq_fail_at(err, SQ_ERR_ARG, node ? node->span : sq_args_end_span(a),
                          "%s: expected %s", a->stage->text, what);
    }
    return 0;
}

static void aslist_push(sq_aslist *l, const sq_ast *from, const sq_ast *to) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = sq_xrealloc(l->items, (size_t)l->cap * sizeof *l->items);
    }
    l->items[l->n].from = from;
    l->items[l->n].to = to;
    l->n++;
}

void sq_aslist_free(sq_aslist *l) {
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

int sq_args_as_list(sq_args *a, const char *const *stop, int require_as, sq_aslist *out,
                    sq_error *err) {
    const char *cmd = a->stage->text;
    for (;;) {
        sq_args_skip_commas(a);
        const sq_ast *from = sq_args_peek(a);
        if (!from || is_stop(from, stop))
            break;
        if (from->kind != SQ_AST_WORD && from->kind != SQ_AST_CALL)
            return sq_fail_at(err, SQ_ERR_ARG, from->span, "%s: expected a field name", cmd);
        if (is_keyword(from, "as"))
            return sq_fail_at(err, SQ_ERR_ARG, from->span, "%s: AS without a field before it", cmd);
        a->i++;
        const sq_ast *to = NULL;
        if (sq_args_accept(a, "as")) {
            to = sq_args_peek(a);
            if (!to || to->kind != SQ_AST_WORD || is_stop(to, stop))
                return sq_fail_at(err, SQ_ERR_ARG, to ? to->span : sq_args_end_span(a),
                                  "%s: expected a new name after AS", cmd);
            a->i++;
        } else if (require_as) {
            const sq_ast *next = sq_args_peek(a);
            return sq_fail_at(err, SQ_ERR_ARG, next ? next->span : sq_args_end_span(a),
                              "%s: expected AS after '%s'", cmd, from->text ? from->text : "");
        }
        aslist_push(out, from, to);
    }
    return 0;
}

int sq_args_by(sq_args *a, const char *const *stop, sq_nodelist *out, sq_error *err) {
    if (!sq_args_accept(a, "by"))
        return 0;
    if (sq_args_names(a, stop, 1, "a field name after BY", out, err) < 0)
        return -1;
    return 1;
}

int sq_args_signed(sq_args *a, int *sign, const sq_ast **node, const char **name, sq_error *err) {
    *sign = 0;
    const sq_ast *n = sq_args_peek(a);
    if (n && n->kind == SQ_AST_WORD && !(n->flags & SQ_AST_QUOTED) && n->text &&
        (strcmp(n->text, "+") == 0 || strcmp(n->text, "-") == 0)) {
        *sign = n->text[0];
        a->i++;
        n = sq_args_peek(a);
    }
    if (!n || (n->kind != SQ_AST_WORD && n->kind != SQ_AST_CALL) || !n->text)
        return sq_fail_at(err, SQ_ERR_ARG, n ? n->span : sq_args_end_span(a),
                          "%s: expected a field name", a->stage->text);
    const char *t = n->text;
    if (!*sign && !(n->flags & SQ_AST_QUOTED) && (t[0] == '+' || t[0] == '-') && t[1]) {
        *sign = t[0];
        t++;
    }
    a->i++;
    *node = n;
    *name = t;
    return 0;
}
