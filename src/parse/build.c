/* build.c — node builders and syntax-error messages for the grammar. */
#include <string.h>

#include "parse/pstate.h"
#include "parser.h"

sq_ast *sq_tok_node(sq_ast_kind kind, const sq_token *t) {
    sq_ast *n = t->text ? sq_ast_new_text(kind, t->text, strlen(t->text), t->span)
                        : sq_ast_new(kind, t->span);
    n->flags = t->flags;
    return n;
}

sq_ast *sq_node2(sq_ast_kind kind, sq_op_code op, sq_ast *a, sq_ast *b) {
    sq_ast *n = sq_ast_new(kind, a->span);
    n->op = op;
    sq_ast_add(n, a);
    sq_ast_add(n, b);
    return n;
}

static void splice(sq_ast *n, sq_ast *x) {
    if (x->kind == n->kind) {
        for (int i = 0; i < x->nkids; i++)
            sq_ast_add(n, x->kids[i]);
        x->nkids = 0;
        sq_ast_free(x);
    } else {
        sq_ast_add(n, x);
    }
}

sq_ast *sq_node_flat(sq_ast_kind kind, sq_ast *a, sq_ast *b) {
    sq_ast *n = sq_ast_new(kind, a->span);
    splice(n, a);
    splice(n, b);
    return n;
}

const char *sq_token_describe(int type) {
    switch (type) {
    case 0: return "end of query";
    case TK_LEADPIPE: case TK_PIPE: return "'|'";
    case TK_LB: return "'['";
    case TK_RB: return "']'";
    case TK_LP: case TK_EVALLP: return "'('";
    case TK_RP: return "')'";
    case TK_COMMA: return "','";
    case TK_EQ: return "'='";
    case TK_EQEQ: return "'=='";
    case TK_NE: return "'!='";
    case TK_LT: return "'<'";
    case TK_LE: return "'<='";
    case TK_GT: return "'>'";
    case TK_GE: return "'>='";
    case TK_AND: return "AND";
    case TK_OR: return "OR";
    case TK_NOT: return "NOT";
    case TK_XOR: return "XOR";
    case TK_LIKE: return "LIKE";
    case TK_IN: return "IN";
    case TK_PLUS: return "'+'";
    case TK_MINUS: return "'-'";
    case TK_STAR: return "'*'";
    case TK_SLASH: return "'/'";
    case TK_PERCENT: return "'%'";
    case TK_DOT: return "'.'";
    case TK_NUMBER: return "a number";
    case TK_ESTRING: case TK_STRING: return "a quoted string";
    case TK_IDENT: return "a field name";
    case TK_CMD_SEARCH: case TK_CMD_WHERE: case TK_CMD_EVAL: case TK_CMD_ARGS: return "a command";
    case TK_WHERE: return "where";
    default: return "a term";
    }
}

void sq_syntax_error(sq_pstate *ps, const sq_token *t) {
    if (ps->failed)
        return;
    ps->failed = 1;
    sq_span sp = t->span;
    if (t->type == 0 && ps->unclosed_at >= 0) {
        /* The query ended inside a bracket: show the bracket. */
        char open = ps->text[ps->unclosed_at];
        sp = (sq_span){ps->unclosed_at, ps->unclosed_at + 1};
        sq_fail_at(ps->err, SQ_ERR_SYNTAX, sp, "'%c' is not closed", open);
    } else if (t->type == 0) {
        sp = (sq_span){(int)ps->text_len, (int)ps->text_len};
        sq_fail_at(ps->err, SQ_ERR_SYNTAX, sp, "unexpected end of query");
    } else if (t->text) {
        sq_fail_at(ps->err, SQ_ERR_SYNTAX, sp, "unexpected '%s'", t->text);
    } else {
        sq_fail_at(ps->err, SQ_ERR_SYNTAX, sp, "unexpected %s", sq_token_describe(t->type));
    }
}
