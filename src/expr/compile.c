/* compile.c — eval expression ASTs to evaluator trees, and the public
 * sq_expr API (include/splq/expr.h).
 *
 * Compiling interns field names, resolves functions (unknown names and bad
 * argument counts are errors with the call's span), type-checks boolean
 * operators, lets functions precompile their literal arguments (regexes) and
 * folds constant sub-expressions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../functions/functions.h"
#include "splq/expr.h"
#include "splq/parse.h"

struct sq_expr {
    sq_query *q;
    sq_enode *root;
};

static void node_free(sq_enode *n) {
    if (!n)
        return;
    for (int i = 0; i < n->nkids; i++)
        node_free(n->kids[i]);
    free(n->kids);
    if (n->data_free)
        n->data_free(n->data);
    sq_value_free(&n->lit);
    free(n);
}

static sq_enode *node_new(sq_nkind kind, const sq_ast *ast) {
    sq_enode *n = sq_xcalloc(1, sizeof *n);
    n->kind = kind;
    n->span = ast->span;
    n->op = ast->op;
    return n;
}

static const char *type_name(sq_stype t) {
    switch (t) {
    case SQ_T_NUM:
        return "a number";
    case SQ_T_STR:
        return "a string";
    case SQ_T_MV:
        return "a multivalue";
    default:
        return "a value";
    }
}

/* Operands that can never be boolean are a type error, as in Splunk
 * ("Type checking failed").  Fields are unknown until run time. */
static int want_bool(sq_cctx *cc, const sq_enode *k, const char *what) {
    if (k->stype == SQ_T_NUM || k->stype == SQ_T_STR || k->stype == SQ_T_MV)
        return sq_fail_at(cc->err, SQ_ERR_ARG, k->span,
                          "type checking failed: %s takes a boolean, not %s", what,
                          type_name(k->stype));
    return 0;
}

static int want_value(sq_cctx *cc, const sq_enode *k, const char *what) {
    if (k->stype == SQ_T_BOOL)
        return sq_fail_at(cc->err, SQ_ERR_ARG, k->span,
                          "type checking failed: %s does not take a boolean", what);
    return 0;
}

static int compile_node(sq_cctx *cc, const sq_ast *ast, sq_enode **out);

static int compile_kids(sq_cctx *cc, const sq_ast *ast, int from, sq_enode *n) {
    int count = ast->nkids - from;
    n->kids = count > 0 ? sq_xcalloc((size_t)count, sizeof *n->kids) : NULL;
    for (int i = 0; i < count; i++) {
        if (compile_node(cc, ast->kids[from + i], &n->kids[i]) < 0)
            return -1;
        n->nkids = i + 1;
    }
    return 0;
}

static int compile_number(sq_cctx *cc, const sq_ast *ast, sq_enode *n) {
    const char *t = ast->text ? ast->text : "";
    size_t len = strlen(t);
    double d;
    if (!sq_str_is_number(t, len, &d)) {
        char *end;
        d = strtod(t, &end); /* hex and other forms C reads */
        if (len == 0 || *end)
            return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "malformed number \"%s\"", t);
        n->lit = sq_value_num(d);
        return 0;
    }
    /* A decimal literal keeps its written precision: 8.250 shows as 8.250
     * and counts 4 significant figures in multiplication. */
    const char *dot = memchr(t, '.', len);
    if (dot && !memchr(t, 'e', len) && !memchr(t, 'E', len))
        n->lit = sq_value_num_prec(d, (int)(t + len - dot - 1));
    else
        n->lit = sq_value_num(d);
    return 0;
}

static int compile_call(sq_cctx *cc, const sq_ast *ast, sq_enode *n) {
    const char *name = ast->text ? ast->text : "";
    const sq_func *fn = sq_function_lookup(name);
    if (!fn)
        return sq_fail_at(cc->err, SQ_ERR_UNSUPPORTED, ast->span,
                          "function \"%s\" is not supported", name);
    if (ast->nkids < fn->min_args || (fn->max_args >= 0 && ast->nkids > fn->max_args)) {
        if (fn->min_args == fn->max_args)
            return sq_fail_at(cc->err, SQ_ERR_ARG, ast->span,
                              "function \"%s\" takes %d argument%s, got %d", fn->name, fn->min_args,
                              fn->min_args == 1 ? "" : "s", ast->nkids);
        if (fn->max_args < 0)
            return sq_fail_at(cc->err, SQ_ERR_ARG, ast->span,
                              "function \"%s\" takes at least %d argument%s, got %d", fn->name,
                              fn->min_args, fn->min_args == 1 ? "" : "s", ast->nkids);
        return sq_fail_at(cc->err, SQ_ERR_ARG, ast->span,
                          "function \"%s\" takes %d to %d arguments, got %d", fn->name,
                          fn->min_args, fn->max_args, ast->nkids);
    }
    n->fn = fn;
    n->stype = fn->rtype;
    int was_exact = cc->exact;
    if (strcasecmp(fn->name, "exact") == 0)
        cc->exact = 1;
    cc->keep_arith = strcasecmp(fn->name, "sigfig") == 0;
    int rc = compile_kids(cc, ast, 0, n);
    cc->keep_arith = 0;
    cc->exact = was_exact;
    if (rc < 0)
        return -1;
    return fn->compile ? fn->compile(cc, n) : 0;
}

static int compile_binary(sq_cctx *cc, const sq_ast *ast, sq_enode *n) {
    if (ast->nkids != 2)
        return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "operator needs two operands");
    if (compile_kids(cc, ast, 0, n) < 0)
        return -1;
    const char *sp = sq_op_spelling(n->op);
    char what[32];
    snprintf(what, sizeof what, "'%s'", sp ? sp : "?");
    switch (n->op) {
    case SQ_OP_AND:
    case SQ_OP_OR:
    case SQ_OP_XOR:
        n->stype = SQ_T_BOOL;
        if (want_bool(cc, n->kids[0], what) < 0 || want_bool(cc, n->kids[1], what) < 0)
            return -1;
        return 0;
    case SQ_OP_EQ:
    case SQ_OP_EQEQ:
    case SQ_OP_NE:
    case SQ_OP_LT:
    case SQ_OP_LE:
    case SQ_OP_GT:
    case SQ_OP_GE:
        n->stype = SQ_T_BOOL;
        return 0;
    case SQ_OP_LIKE:
        n->stype = SQ_T_BOOL;
        break;
    case SQ_OP_CONCAT:
        n->stype = SQ_T_STR;
        break;
    case SQ_OP_ADD:
        n->stype = (n->kids[0]->stype == SQ_T_NUM || n->kids[1]->stype == SQ_T_NUM)   ? SQ_T_NUM
                   : (n->kids[0]->stype == SQ_T_STR && n->kids[1]->stype == SQ_T_STR) ? SQ_T_STR
                                                                                      : SQ_T_ANY;
        break;
    case SQ_OP_SUB:
    case SQ_OP_MUL:
    case SQ_OP_DIV:
    case SQ_OP_MOD:
        n->stype = SQ_T_NUM;
        break;
    default:
        return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "unknown operator");
    }
    n->exact = (unsigned char)cc->exact;
    if (want_value(cc, n->kids[0], what) < 0 || want_value(cc, n->kids[1], what) < 0)
        return -1;
    return 0;
}

static int compile_unary(sq_cctx *cc, const sq_ast *ast, sq_enode *n) {
    if (ast->nkids != 1)
        return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "operator needs one operand");
    if (compile_kids(cc, ast, 0, n) < 0)
        return -1;
    if (n->op == SQ_OP_NOT) {
        n->stype = SQ_T_BOOL;
        return want_bool(cc, n->kids[0], "'NOT'");
    }
    if (n->op != SQ_OP_NEG && n->op != SQ_OP_PLUS)
        return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "unknown operator");
    n->stype = SQ_T_NUM;
    return want_value(cc, n->kids[0], n->op == SQ_OP_NEG ? "'-'" : "'+'");
}

/* Evaluate a sub-tree of constants now: its value replaces it. */
static void fold(sq_cctx *cc, sq_enode *n) {
    if (n->kind == SQ_N_LIT || n->kind == SQ_N_FIELD)
        return;
    if (n->kind == SQ_N_CALL && (n->fn->flags & SQ_FN_VOLATILE))
        return;
    for (int i = 0; i < n->nkids; i++)
        if (n->kids[i]->kind != SQ_N_LIT)
            return;
    if (n->kind == SQ_N_CALL && n->nkids == 0 && n->fn->flags & SQ_FN_LAZY)
        return;
    sq_error err;
    sq_error_clear(&err);
    sq_ectx c = {.q = cc->q, .ev = NULL, .err = &err};
    sq_xv x;
    if (sq_ex_eval(&c, n, &x) < 0)
        return; /* leave the error to run time */
    sq_value v = sq_xv_take(&x);
    for (int i = 0; i < n->nkids; i++)
        node_free(n->kids[i]);
    free(n->kids);
    n->kids = NULL;
    n->nkids = 0;
    if (n->data_free)
        n->data_free(n->data);
    n->data = NULL;
    n->data_free = NULL;
    n->kind = SQ_N_LIT; /* n->fn stays: json functions embed folded JSON */
    n->lit = v;
    n->strlit = v.type == SQ_STR;
    if (v.type == SQ_STR) {
        double d;
        sq_value_number(&n->lit, &d); /* settle the numeric reading once */
    }
}

static int compile_node(sq_cctx *cc, const sq_ast *ast, sq_enode **out) {
    sq_enode *n = NULL;
    int rc = 0;
    int keep_arith = cc->keep_arith;
    cc->keep_arith = 0;
    *out = NULL;
    switch (ast->kind) {
    case SQ_AST_E_NUMBER:
        n = node_new(SQ_N_LIT, ast);
        n->stype = SQ_T_NUM;
        rc = compile_number(cc, ast, n);
        break;
    case SQ_AST_E_STRING: {
        n = node_new(SQ_N_LIT, ast);
        n->stype = SQ_T_STR;
        n->strlit = 1;
        n->lit = sq_value_cstr(ast->text ? ast->text : "");
        double d;
        sq_value_number(&n->lit, &d);
        break;
    }
    case SQ_AST_E_FIELD:
        n = node_new(SQ_N_FIELD, ast);
        n->stype = SQ_T_ANY;
        n->sym = sq_intern_cstr(cc->q->syms, ast->text ? ast->text : "");
        break;
    case SQ_AST_E_CALL:
        n = node_new(SQ_N_CALL, ast);
        rc = compile_call(cc, ast, n);
        break;
    case SQ_AST_E_BINARY:
        n = node_new(SQ_N_BIN, ast);
        rc = compile_binary(cc, ast, n);
        break;
    case SQ_AST_E_UNARY:
        n = node_new(SQ_N_UNARY, ast);
        rc = compile_unary(cc, ast, n);
        break;
    case SQ_AST_E_IN:
        if (ast->nkids < 1)
            return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "IN needs a value");
        n = node_new(SQ_N_IN, ast);
        n->stype = SQ_T_BOOL;
        rc = compile_kids(cc, ast, 0, n);
        break;
    case SQ_AST_E_ASSIGN:
        if (ast->nkids != 2)
            return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "malformed assignment");
        return compile_node(cc, ast->kids[1], out);
    default:
        return sq_fail_at(cc->err, SQ_ERR_SYNTAX, ast->span, "not an eval expression (%s)",
                          sq_ast_kind_name(ast->kind));
    }
    if (rc < 0) {
        node_free(n);
        return -1;
    }
    if (!(keep_arith && n->kind == SQ_N_BIN))
        fold(cc, n);
    *out = n;
    return 0;
}

/* --- public API ----------------------------------------------------------- */

int sq_expr_compile(sq_query *q, const sq_ast *ast, sq_expr **out, sq_error *err) {
    sq_cctx cc = {.q = q, .err = err};
    sq_enode *root;
    *out = NULL;
    if (!ast)
        return sq_fail(err, SQ_ERR_SYNTAX, "empty expression");
    if (compile_node(&cc, ast, &root) < 0)
        return -1;
    sq_expr *e = sq_xcalloc(1, sizeof *e);
    e->q = q;
    e->root = root;
    *out = e;
    return 0;
}

int sq_expr_compile_text(sq_query *q, const char *text, sq_expr **out, sq_error *err) {
    sq_ast *ast = NULL;
    *out = NULL;
    if (sq_parse(text, strlen(text), SQ_PARSE_EXPR, &ast, err) < 0) {
        sq_ast_free(ast);
        return -1;
    }
    int rc = sq_expr_compile(q, ast, out, err);
    sq_ast_free(ast);
    return rc;
}

int sq_expr_eval(sq_expr *e, sq_event *ev, sq_value *out, sq_error *err) {
    sq_ectx c = {.q = e->q, .ev = ev, .err = err};
    sq_xv x;
    *out = SQ_VALUE_NULL;
    if (sq_ex_eval(&c, e->root, &x) < 0)
        return -1;
    *out = sq_xv_take(&x);
    return 0;
}

int sq_expr_test(sq_expr *e, sq_event *ev, sq_error *err) {
    sq_ectx c = {.q = e->q, .ev = ev, .err = err};
    int t = sq_ex_test(&c, e->root);
    return t == -2 ? 0 : t;
}

void sq_expr_free(sq_expr *e) {
    if (!e)
        return;
    node_free(e->root);
    free(e);
}

int sq_expr_is_boolean(const sq_expr *e) {
    return e->root->stype == SQ_T_BOOL;
}

int sq_function_exists(const char *name) {
    return sq_function_lookup(name) != NULL;
}

/* --- helpers for functions ------------------------------------------------ */

int sq_ex_first_field(const sq_enode *n, sq_sym *sym) {
    if (n->kind == SQ_N_FIELD) {
        *sym = n->sym;
        return 1;
    }
    for (int i = 0; i < n->nkids; i++)
        if (sq_ex_first_field(n->kids[i], sym))
            return 1;
    return 0;
}

int sq_ex_is_literal(const sq_enode *n, const sq_value **lit) {
    if (n->kind != SQ_N_LIT)
        return 0;
    *lit = &n->lit;
    return 1;
}

int sq_check_bool_arg(sq_cctx *cc, sq_enode *call, int i) {
    char what[64];
    snprintf(what, sizeof what, "argument %d of %s()", i + 1, call->fn->name);
    return want_bool(cc, call->kids[i], what);
}
