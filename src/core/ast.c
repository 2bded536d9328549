/* ast.c — syntax-tree nodes: construction, copying, comparison, dumping. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "splq/ast.h"
#include "splq/buf.h"

sq_ast *sq_ast_new(sq_ast_kind kind, sq_span span) {
    sq_ast *n = sq_xcalloc(1, sizeof *n);
    n->kind = kind;
    n->span = span;
    return n;
}

sq_ast *sq_ast_new_text(sq_ast_kind kind, const char *text, size_t len, sq_span span) {
    sq_ast *n = sq_ast_new(kind, span);
    n->text = sq_xstrndup(text, len);
    return n;
}

void sq_ast_add(sq_ast *parent, sq_ast *kid) {
    if (!kid)
        return;
    if (parent->nkids == parent->capkids) {
        parent->capkids = parent->capkids ? parent->capkids * 2 : 4;
        parent->kids = sq_xrealloc(parent->kids, (size_t)parent->capkids * sizeof *parent->kids);
    }
    parent->kids[parent->nkids++] = kid;
    if (kid->span.start >= 0) {
        if (parent->span.start < 0 || kid->span.start < parent->span.start)
            parent->span.start = kid->span.start;
        if (kid->span.end > parent->span.end)
            parent->span.end = kid->span.end;
    }
}

void sq_ast_free(sq_ast *node) {
    if (!node)
        return;
    for (int i = 0; i < node->nkids; i++)
        sq_ast_free(node->kids[i]);
    free(node->kids);
    free(node->text);
    free(node);
}

sq_ast *sq_ast_clone(const sq_ast *node) {
    if (!node)
        return NULL;
    sq_ast *c = sq_ast_new(node->kind, node->span);
    c->op = node->op;
    c->flags = node->flags;
    c->text = node->text ? sq_xstrdup(node->text) : NULL;
    for (int i = 0; i < node->nkids; i++)
        sq_ast_add(c, sq_ast_clone(node->kids[i]));
    c->span = node->span;
    return c;
}

int sq_ast_equal(const sq_ast *a, const sq_ast *b) {
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind || a->op != b->op || a->nkids != b->nkids)
        return 0;
    if ((a->flags & SQ_AST_QUOTED) != (b->flags & SQ_AST_QUOTED))
        return 0;
    if ((a->text == NULL) != (b->text == NULL))
        return 0;
    if (a->text && strcmp(a->text, b->text) != 0)
        return 0;
    for (int i = 0; i < a->nkids; i++)
        if (!sq_ast_equal(a->kids[i], b->kids[i]))
            return 0;
    return 1;
}

const char *sq_ast_kind_name(sq_ast_kind kind) {
    static const char *const names[] = {
        [SQ_AST_PIPELINE] = "pipeline", [SQ_AST_STAGE] = "stage",
        [SQ_AST_SUBSEARCH] = "subsearch", [SQ_AST_S_AND] = "and",
        [SQ_AST_S_OR] = "or",           [SQ_AST_S_NOT] = "not",
        [SQ_AST_S_COMPARE] = "compare", [SQ_AST_S_IN] = "in",
        [SQ_AST_S_TERM] = "term",       [SQ_AST_S_TERMFN] = "termfn",
        [SQ_AST_E_NUMBER] = "number",   [SQ_AST_E_STRING] = "string",
        [SQ_AST_E_FIELD] = "field",     [SQ_AST_E_CALL] = "call",
        [SQ_AST_E_BINARY] = "binary",   [SQ_AST_E_UNARY] = "unary",
        [SQ_AST_E_IN] = "in",           [SQ_AST_E_ASSIGN] = "assign",
        [SQ_AST_WORD] = "word",         [SQ_AST_OPTION] = "option",
        [SQ_AST_CALL] = "call",         [SQ_AST_COMMA] = "comma",
        [SQ_AST_SEARCHARG] = "searcharg", [SQ_AST_EXPRARG] = "exprarg",
    };
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "?";
}

const char *sq_op_spelling(sq_op_code op) {
    static const char *const ops[] = {
        [SQ_OP_NONE] = "",   [SQ_OP_EQ] = "=",     [SQ_OP_EQEQ] = "==", [SQ_OP_NE] = "!=",
        [SQ_OP_LT] = "<",    [SQ_OP_LE] = "<=",    [SQ_OP_GT] = ">",    [SQ_OP_GE] = ">=",
        [SQ_OP_ADD] = "+",   [SQ_OP_SUB] = "-",    [SQ_OP_MUL] = "*",   [SQ_OP_DIV] = "/",
        [SQ_OP_MOD] = "%",   [SQ_OP_CONCAT] = ".", [SQ_OP_AND] = "AND", [SQ_OP_OR] = "OR",
        [SQ_OP_XOR] = "XOR", [SQ_OP_LIKE] = "LIKE", [SQ_OP_NOT] = "NOT", [SQ_OP_NEG] = "-",
        [SQ_OP_PLUS] = "+",
    };
    return (unsigned)op < sizeof ops / sizeof ops[0] ? ops[op] : "?";
}

int sq_ast_is_word(const sq_ast *node, const char *word) {
    return node && (node->kind == SQ_AST_WORD || node->kind == SQ_AST_S_TERM) &&
           !(node->flags & SQ_AST_QUOTED) && node->text && strcasecmp(node->text, word) == 0;
}

static void dump(const sq_ast *n, int depth, FILE *out) {
    fprintf(out, "%*s%s", depth * 2, "", sq_ast_kind_name(n->kind));
    if (n->op != SQ_OP_NONE)
        fprintf(out, " %s", sq_op_spelling(n->op));
    if (n->text) {
        fputs(" ", out);
        fputc((n->flags & SQ_AST_QUOTED) ? '"' : '`', out);
        for (const char *p = n->text; *p; p++) {
            if (*p == '\n')
                fputs("\\n", out);
            else
                fputc(*p, out);
        }
        fputc((n->flags & SQ_AST_QUOTED) ? '"' : '`', out);
    }
    if (n->flags & SQ_AST_IMPLICIT)
        fputs(" (implicit)", out);
    fprintf(out, " @%d-%d\n", n->span.start, n->span.end);
    for (int i = 0; i < n->nkids; i++)
        dump(n->kids[i], depth + 1, out);
}

void sq_ast_dump(const sq_ast *node, FILE *out) {
    if (node)
        dump(node, 0, out);
}
