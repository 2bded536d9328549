/* eval.c — the eval command: `eval f = expr [, g = expr ...]`, assignments
 * applied left to right, so later ones see earlier results.  A null result
 * removes the field; a Boolean result is an error, as in Splunk ("The result
 * of an eval expression cannot be a Boolean"), found at setup when the
 * expression is visibly a condition and otherwise when it is computed.
 * `eval {f} = expr` names the new field after the value of field f. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "splq/buf.h"
#include "splq/command.h"
#include "splq/expr.h"

typedef struct assign {
    sq_sym sym;
    char *dynamic; /* target written with {field}: the template, else NULL */
    sq_expr *expr;
    sq_span span;
} assign;

typedef struct eval_state {
    assign *a;
    int n;
    sq_buf name; /* scratch for {field} names */
} eval_state;

static const char *const bool_functions[] = {
    "cidrmatch", "false", "in",   "isbool", "isint",       "isnotnull", "isnull",
    "isnum",     "isstr", "like", "match",  "searchmatch", "true",
};

/* Is the expression's value a Boolean whatever the event?  (Comparisons,
 * logical operators, predicates.) */
static int is_condition(const sq_ast *e) {
    switch (e->kind) {
    case SQ_AST_E_BINARY:
        switch (e->op) {
        case SQ_OP_EQ:
        case SQ_OP_EQEQ:
        case SQ_OP_NE:
        case SQ_OP_LT:
        case SQ_OP_LE:
        case SQ_OP_GT:
        case SQ_OP_GE:
        case SQ_OP_AND:
        case SQ_OP_OR:
        case SQ_OP_XOR:
        case SQ_OP_LIKE:
            return 1;
        default:
            return 0;
        }
    case SQ_AST_E_UNARY:
        return e->op == SQ_OP_NOT;
    case SQ_AST_E_IN:
        return 1;
    case SQ_AST_E_CALL:
        for (size_t i = 0; i < sizeof bool_functions / sizeof *bool_functions; i++)
            if (e->text && strcasecmp(e->text, bool_functions[i]) == 0)
                return 1;
        return 0;
    default:
        return 0;
    }
}

static void eval_destroy(sq_op *op) {
    eval_state *st = op->state;
    if (!st)
        return;
    for (int i = 0; i < st->n; i++) {
        sq_expr_free(st->a[i].expr);
        free(st->a[i].dynamic);
    }
    free(st->a);
    sq_buf_free(&st->name);
    free(st);
    op->state = NULL;
}

static int has_template(const char *name) {
    for (const char *open = strchr(name, '{'); open; open = strchr(open + 1, '{'))
        if (open[1] != '}' && strchr(open, '}'))
            return 1;
    return 0;
}

static int eval_setup_assigns(sq_op *op, eval_state *st, const sq_ast *stage, sq_error *err);

static int eval_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    if (stage->nkids == 0)
        return sq_fail_at(err, SQ_ERR_ARG, stage->span, "eval needs at least one assignment");
    eval_state *st = sq_xcalloc(1, sizeof *st);
    st->a = sq_xcalloc((size_t)stage->nkids, sizeof *st->a);
    op->state = st;
    if (eval_setup_assigns(op, st, stage, err) < 0) {
        eval_destroy(op);
        return -1;
    }
    return 0;
}

static int eval_setup_assigns(sq_op *op, eval_state *st, const sq_ast *stage, sq_error *err) {
    for (int i = 0; i < stage->nkids; i++) {
        const sq_ast *k = stage->kids[i];
        if (k->kind != SQ_AST_E_ASSIGN || k->nkids != 2 || k->kids[0]->kind != SQ_AST_E_FIELD ||
            !k->kids[0]->text || !k->kids[0]->text[0])
            return sq_fail_at(err, SQ_ERR_ARG, k->span, "eval expects field = expression");
        const sq_ast *target = k->kids[0], *value = k->kids[1];
        if (is_condition(value))
            return sq_fail_at(err, SQ_ERR_ARG, value->span,
                              "the result of an eval expression cannot be a Boolean");
        assign *a = &st->a[st->n];
        a->span = k->span;
        if (!(target->flags & SQ_AST_QUOTED) && has_template(target->text))
            a->dynamic = sq_xstrdup(target->text);
        else
            a->sym = sq_intern_cstr(op->q->syms, target->text);
        if (sq_expr_compile(op->q, value, &a->expr, err) < 0) {
            free(a->dynamic);
            return -1;
        }
        st->n++;
    }
    return 0;
}

/* The name `pre{f}post`: each {f} replaced by field f's (first) value.
 * 0 when a referenced field is absent (nothing is assigned then). */
static int dynamic_name(sq_op *op, eval_state *st, const char *tpl, sq_event *ev, sq_sym *out) {
    sq_buf scratch = SQ_BUF_INIT;
    sq_buf_reset(&st->name);
    int ok = 1;
    for (const char *p = tpl; *p && ok;) {
        const char *open = strchr(p, '{');
        const char *close = open ? strchr(open, '}') : NULL;
        if (!open || !close || close == open + 1) {
            size_t len = open && close ? (size_t)(close + 1 - p) : strlen(p);
            sq_buf_add(&st->name, p, len);
            p += len;
            continue;
        }
        sq_buf_add(&st->name, p, (size_t)(open - p));
        sq_sym s = sq_intern(op->q->syms, open + 1, (size_t)(close - open - 1));
        sq_value *v = sq_event_get(ev, s);
        if (!v || sq_value_count(v) == 0) {
            ok = 0;
        } else {
            size_t len;
            const char *t = sq_value_text(sq_value_at(v, 0), &scratch, &len);
            sq_buf_add(&st->name, t, len);
        }
        p = close + 1;
    }
    sq_buf_free(&scratch);
    if (!ok || st->name.len == 0)
        return 0;
    *out = sq_intern(op->q->syms, st->name.data, st->name.len);
    return 1;
}

static int eval_push(sq_op *op, sq_event *ev, sq_error *err) {
    eval_state *st = op->state;
    for (int i = 0; i < st->n; i++) {
        assign *a = &st->a[i];
        sq_value v = SQ_VALUE_NULL;
        if (sq_expr_eval(a->expr, ev, &v, err) < 0) {
            sq_event_free(ev);
            return -1;
        }
        if (v.type == SQ_BOOL) {
            sq_event_free(ev);
            return sq_fail_at(err, SQ_ERR_ARG, a->span,
                              "the result of an eval expression cannot be a Boolean");
        }
        sq_sym target = a->sym;
        if (a->dynamic && !dynamic_name(op, st, a->dynamic, ev, &target)) {
            sq_value_free(&v);
            continue;
        }
        sq_event_set(ev, target, v);
    }
    return sq_op_emit(op, ev, err);
}

const sq_command sq_cmd_eval = {
    .name = "eval",
    .kind = SQ_CMD_STREAMING,
    .setup = eval_setup,
    .push = eval_push,
    .destroy = eval_destroy,
};
