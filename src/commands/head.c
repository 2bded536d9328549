/* head.c — the head command: `head [N] [limit=N]` keeps the first N results
 * (default 10); `head (expr) [keeplast=bool] [null=bool]` keeps results while
 * the eval expression is true, stopping at the first false (or null, unless
 * null=true) one, which keepslast=true keeps too.  With both, whichever
 * stops first wins. */
#include <stdlib.h>

#include "args.h"
#include "splq/command.h"
#include "splq/expr.h"

typedef struct head_state {
    long long limit;
    long long seen;
    sq_expr *cond; /* NULL: no expression */
    int keeplast;
    int null_true;
    int stopped;
} head_state;

static void head_destroy(sq_op *op) {
    head_state *st = op->state;
    if (!st)
        return;
    sq_expr_free(st->cond);
    free(st);
    op->state = NULL;
}

static int is_expression(const sq_ast *a) {
    switch (a->kind) {
    case SQ_AST_E_NUMBER:
    case SQ_AST_E_STRING:
    case SQ_AST_E_FIELD:
    case SQ_AST_E_CALL:
    case SQ_AST_E_BINARY:
    case SQ_AST_E_UNARY:
    case SQ_AST_E_IN:
    case SQ_AST_EXPRARG:
        return 1;
    default:
        return 0;
    }
}

static int head_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    head_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    long long limit = 10;
    const sq_ast *limit_opt = NULL, *keeplast_opt = NULL;
    sq_optspec specs[] = {
        {.key = "limit",
         .kind = SQ_OPT_INT,
         .dst = &limit,
         .min = 0,
         .max = (1LL << 62),
         .seen = &limit_opt},
        {.key = "keeplast", .kind = SQ_OPT_BOOL, .dst = &st->keeplast, .seen = &keeplast_opt},
        {.key = "null", .kind = SQ_OPT_BOOL, .dst = &st->null_true},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        head_destroy(op);
        return -1;
    }
    int rc = 0;
    const sq_ast *n = sq_args_peek(&a);
    if (n && sq_arg_is_int(n)) {
        rc = sq_arg_int(n, 0, (1LL << 62), "head count", &limit, err);
        if (rc == 0 && limit_opt)
            rc = sq_fail_at(err, SQ_ERR_ARG, limit_opt->span,
                            "head: give the count or limit=, not both");
        sq_args_next(&a);
    } else if (n && is_expression(n)) {
        const sq_ast *e = n->kind == SQ_AST_EXPRARG && n->nkids == 1 ? n->kids[0] : n;
        rc = sq_expr_compile(op->q, e, &st->cond, err);
        sq_args_next(&a);
    }
    n = sq_args_peek(&a);
    if (rc == 0 && n && n->kind == SQ_AST_WORD)
        rc = sq_fail_at(err, SQ_ERR_ARG, n->span,
                        "head: expected a number of results or an (expression), not '%s'", n->text);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && keeplast_opt && !st->cond)
        rc = sq_fail_at(err, SQ_ERR_ARG, keeplast_opt->span,
                        "head: keeplast needs an eval expression");
    sq_args_free(&a);
    if (rc < 0) {
        head_destroy(op);
        return -1;
    }
    st->limit = limit;
    return 0;
}

/* 1 keep going, 0 stop; -1 error. */
static int condition(head_state *st, sq_event *ev, sq_error *err) {
    sq_value v = SQ_VALUE_NULL;
    if (sq_expr_eval(st->cond, ev, &v, err) < 0)
        return -1;
    int ok = sq_value_is_null(&v) ? st->null_true : sq_value_truthy(&v);
    sq_value_free(&v);
    return ok;
}

static int head_push(sq_op *op, sq_event *ev, sq_error *err) {
    head_state *st = op->state;
    if (st->stopped || st->seen >= st->limit) {
        sq_event_free(ev);
        op->q->stop_input = 1;
        return 0;
    }
    if (st->cond) {
        int ok = condition(st, ev, err);
        if (ok < 0) {
            sq_event_free(ev);
            return -1;
        }
        if (!ok) {
            st->stopped = 1;
            if (!st->keeplast) {
                sq_event_free(ev);
                op->q->stop_input = 1;
                return 0;
            }
        }
    }
    st->seen++;
    /* Once head has its N, no more input is needed. */
    if (st->stopped || st->seen >= st->limit)
        op->q->stop_input = 1;
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const head_options[] = {"limit=", "keeplast=", "null=", NULL};

const sq_command sq_cmd_head = {
    .name = "head",
    .kind = SQ_CMD_STREAMING,
    .options = head_options,
    .setup = head_setup,
    .push = head_push,
    .destroy = head_destroy,
    .keeps_columns = 1,
};
