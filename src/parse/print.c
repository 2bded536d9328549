/* print.c — the syntax tree back as canonical SPL.
 *
 * The text is not the user's (spacing and redundant parentheses go) but it
 * reparses to an equal tree: quoted things are re-escaped, and parentheses
 * are written exactly where precedence needs them. */
#include <string.h>

#include "splq/ast.h"

static void print(const sq_ast *n, sq_buf *out);

static void quoted(const char *s, char q, sq_buf *out) {
    sq_buf_addc(out, q);
    for (; *s; s++) {
        if (*s == q || *s == '\\')
            sq_buf_addc(out, '\\');
        sq_buf_addc(out, *s);
    }
    sq_buf_addc(out, q);
}

static void word(const sq_ast *n, sq_buf *out) {
    if (n->flags & SQ_AST_QUOTED)
        quoted(n->text, '"', out);
    else
        sq_buf_adds(out, n->text);
}

static int plain_ident(const char *s) {
    if (!*s)
        return 0;
    for (const char *p = s; *p; p++) {
        char c = *p;
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '_' || c == '{' || c == '}' || c == '@' || c == ':' || c == '$' || c == '.' ||
                 c == '<' || c == '>';
        if (!ok)
            return 0;
    }
    return s[0] != '.' && s[strlen(s) - 1] != '.' && !(s[0] >= '0' && s[0] <= '9');
}

/* ---- search expressions ---- */

static void search_operand(const sq_ast *n, sq_ast_kind parent, sq_buf *out) {
    /* NOT binds tighter than OR, which binds tighter than the implicit AND. */
    int paren = (parent == SQ_AST_S_OR && n->kind == SQ_AST_S_AND) ||
                (parent == SQ_AST_S_NOT && (n->kind == SQ_AST_S_AND || n->kind == SQ_AST_S_OR));
    if (paren)
        sq_buf_addc(out, '(');
    print(n, out);
    if (paren)
        sq_buf_addc(out, ')');
}

/* ---- eval expressions ---- */

static int eval_prec(const sq_ast *n) {
    if (n->kind == SQ_AST_E_IN)
        return 5;
    if (n->kind == SQ_AST_E_UNARY)
        return n->op == SQ_OP_NOT ? 4 : 8;
    if (n->kind != SQ_AST_E_BINARY)
        return 9;
    switch (n->op) {
    case SQ_OP_XOR: return 1;
    case SQ_OP_OR: return 2;
    case SQ_OP_AND: return 3;
    case SQ_OP_ADD: case SQ_OP_SUB: case SQ_OP_CONCAT: return 6;
    case SQ_OP_MUL: case SQ_OP_DIV: case SQ_OP_MOD: return 7;
    default: return 5; /* comparisons, LIKE */
    }
}

static void eval_operand(const sq_ast *n, int min_prec, sq_buf *out) {
    int paren = eval_prec(n) < min_prec;
    if (paren)
        sq_buf_addc(out, '(');
    print(n, out);
    if (paren)
        sq_buf_addc(out, ')');
}

static void list(const sq_ast *n, int from, const char *sep, sq_buf *out) {
    for (int i = from; i < n->nkids; i++) {
        if (i > from)
            sq_buf_adds(out, sep);
        print(n->kids[i], out);
    }
}

/* Generic arguments: a space between them, none before a comma. */
static void args(const sq_ast *n, int from, sq_buf *out) {
    for (int i = from; i < n->nkids; i++) {
        if (i > from && n->kids[i]->kind != SQ_AST_COMMA)
            sq_buf_addc(out, ' ');
        print(n->kids[i], out);
    }
}

static void stage(const sq_ast *n, sq_buf *out) {
    if (!(n->flags & SQ_AST_IMPLICIT))
        sq_buf_adds(out, n->text);
    if (n->nkids == 0)
        return;
    if (!(n->flags & SQ_AST_IMPLICIT))
        sq_buf_addc(out, ' ');
    if (n->kids[0]->kind == SQ_AST_E_ASSIGN)
        list(n, 0, ", ", out);
    else
        args(n, 0, out);
}

static void print(const sq_ast *n, sq_buf *out) {
    switch (n->kind) {
    case SQ_AST_PIPELINE:
        for (int i = 0; i < n->nkids; i++) {
            if (i > 0 || (n->flags & SQ_AST_LEADPIPE))
                sq_buf_adds(out, i > 0 ? " | " : "| ");
            stage(n->kids[i], out);
        }
        break;
    case SQ_AST_STAGE: stage(n, out); break;
    case SQ_AST_SUBSEARCH:
        sq_buf_addc(out, '[');
        print(n->kids[0], out);
        sq_buf_addc(out, ']');
        break;
    case SQ_AST_S_AND:
    case SQ_AST_S_OR:
        for (int i = 0; i < n->nkids; i++) {
            if (i > 0)
                sq_buf_adds(out, n->kind == SQ_AST_S_AND ? " " : " OR ");
            search_operand(n->kids[i], n->kind, out);
        }
        break;
    case SQ_AST_S_NOT:
        sq_buf_adds(out, "NOT ");
        search_operand(n->kids[0], SQ_AST_S_NOT, out);
        break;
    case SQ_AST_S_COMPARE:
        word(n->kids[0], out);
        sq_buf_adds(out, sq_op_spelling(n->op));
        word(n->kids[1], out);
        break;
    case SQ_AST_S_IN:
        word(n->kids[0], out);
        sq_buf_adds(out, " IN (");
        list(n, 1, ", ", out);
        sq_buf_addc(out, ')');
        break;
    case SQ_AST_S_TERM:
    case SQ_AST_WORD: word(n, out); break;
    case SQ_AST_S_TERMFN:
        sq_buf_adds(out, n->text);
        sq_buf_addc(out, '(');
        word(n->kids[0], out);
        sq_buf_addc(out, ')');
        break;
    case SQ_AST_E_NUMBER: sq_buf_adds(out, n->text); break;
    case SQ_AST_E_STRING: quoted(n->text, '"', out); break;
    case SQ_AST_E_FIELD:
        if ((n->flags & SQ_AST_QUOTED) || !plain_ident(n->text))
            quoted(n->text, '\'', out);
        else
            sq_buf_adds(out, n->text);
        break;
    case SQ_AST_E_CALL:
        sq_buf_adds(out, n->text);
        sq_buf_addc(out, '(');
        list(n, 0, ", ", out);
        sq_buf_addc(out, ')');
        break;
    case SQ_AST_E_BINARY: {
        int p = eval_prec(n);
        /* Comparisons do not associate: (a = b) = c keeps its parentheses. */
        eval_operand(n->kids[0], p == 5 ? p + 1 : p, out);
        sq_buf_printf(out, " %s ", sq_op_spelling(n->op));
        /* Left-associative: an equal-precedence right operand needs parentheses. */
        eval_operand(n->kids[1], p + 1, out);
        break;
    }
    case SQ_AST_E_UNARY:
        sq_buf_adds(out, n->op == SQ_OP_NOT ? "NOT " : sq_op_spelling(n->op));
        eval_operand(n->kids[0], eval_prec(n), out);
        break;
    case SQ_AST_E_IN:
        eval_operand(n->kids[0], 6, out);
        sq_buf_adds(out, " IN (");
        list(n, 1, ", ", out);
        sq_buf_addc(out, ')');
        break;
    case SQ_AST_E_ASSIGN:
        /* The target is read up to '=', so an unquoted name prints as written. */
        if (n->kids[0]->flags & SQ_AST_QUOTED)
            quoted(n->kids[0]->text, '\'', out);
        else
            sq_buf_adds(out, n->kids[0]->text);
        sq_buf_addc(out, '=');
        print(n->kids[1], out);
        break;
    case SQ_AST_OPTION:
        sq_buf_adds(out, n->text);
        sq_buf_adds(out, sq_op_spelling(n->op));
        print(n->kids[0], out);
        break;
    case SQ_AST_CALL:
        sq_buf_adds(out, n->text);
        sq_buf_addc(out, '(');
        args(n, 0, out);
        sq_buf_addc(out, ')');
        break;
    case SQ_AST_COMMA: sq_buf_addc(out, ','); break;
    case SQ_AST_SEARCHARG:
        if (strcmp(n->text, "(") == 0) { /* option=( search ) */
            sq_buf_addc(out, '(');
            print(n->kids[0], out);
            sq_buf_addc(out, ')');
            break;
        }
        sq_buf_adds(out, n->text);
        sq_buf_addc(out, ' ');
        print(n->kids[0], out);
        break;
    case SQ_AST_EXPRARG:
        sq_buf_adds(out, strcmp(n->text, "(") == 0 ? "(" : "eval(");
        print(n->kids[0], out);
        sq_buf_addc(out, ')');
        break;
    }
}

void sq_ast_to_spl(const sq_ast *node, sq_buf *out) {
    if (node)
        print(node, out);
}
