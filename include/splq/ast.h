/* ast.h — the syntax tree of an SPL query.
 *
 * One node type for the whole language (as SQLite's Expr): a kind, an
 * operator, a text, a span in the expanded query text and children.  The
 * parser builds it (grammar/parser.y); `splq parse` prints it; sq_ast_to_spl
 * prints it back as canonical SPL that reparses to the same tree.
 *
 * Shapes, by kind:
 *   PIPELINE    kids: STAGE...
 *   STAGE       text: command name as written; flags SQ_AST_IMPLICIT for the
 *               implicit first search; kids: the command's arguments:
 *                 search:            at most one search expression
 *                 where:             one eval expression
 *                 eval, fieldformat: E_ASSIGN...
 *                 any other command: generic arguments (WORD, OPTION, CALL,
 *                                    COMMA, SUBSEARCH, SEARCHARG, EXPRARG)
 *   SUBSEARCH   kids[0]: PIPELINE
 *
 *   S_AND/S_OR  kids: two or more operands       (search expressions)
 *   S_NOT       kids[0]
 *   S_COMPARE   op: EQ NE LT LE GT GE; kids[0]: field WORD; kids[1]: value WORD
 *   S_IN        kids[0]: field WORD; kids[1..]: value WORDs
 *   S_TERM      text: a bare term or "quoted phrase" (flags: QUOTED)
 *   S_TERMFN    text: TERM or CASE; kids[0]: WORD
 *               a SUBSEARCH may stand as a search operand too
 *
 *   E_NUMBER    text: as written                 (eval expressions)
 *   E_STRING    text: unescaped contents
 *   E_FIELD     text: field name ('quoted' names unquoted; flags QUOTED)
 *   E_CALL      text: function name; kids: arguments
 *   E_BINARY    op; kids[0] op kids[1]
 *   E_UNARY     op: NOT NEG PLUS; kids[0]
 *   E_IN        kids[0] IN (kids[1..])
 *   E_ASSIGN    kids[0]: E_FIELD target; kids[1]: value
 *
 *   WORD        text (unescaped if quoted; flags QUOTED)  (command arguments)
 *   OPTION      text: key; op: EQ or NE; kids[0]: WORD value
 *   CALL        text: name; kids: generic arguments, e.g. ctime(x), num(f)
 *   COMMA       a comma between arguments
 *   SEARCHARG   text: the keyword ("where"); kids[0]: search expression
 *   EXPRARG     text: "eval" or "("; kids[0]: eval expression, e.g.
 *               count(eval(x>1)), head (x<10)
 *   An OPTION's value may also be a SEARCHARG with text "(" (startswith=(a=1))
 *   or an EXPRARG (startswith=eval(a>1)).
 */
#ifndef SPLQ_AST_H
#define SPLQ_AST_H

#include <stdio.h>

#include "splq/buf.h"
#include "splq/error.h"

typedef enum sq_ast_kind {
    SQ_AST_PIPELINE,
    SQ_AST_STAGE,
    SQ_AST_SUBSEARCH,
    SQ_AST_S_AND,
    SQ_AST_S_OR,
    SQ_AST_S_NOT,
    SQ_AST_S_COMPARE,
    SQ_AST_S_IN,
    SQ_AST_S_TERM,
    SQ_AST_S_TERMFN,
    SQ_AST_E_NUMBER,
    SQ_AST_E_STRING,
    SQ_AST_E_FIELD,
    SQ_AST_E_CALL,
    SQ_AST_E_BINARY,
    SQ_AST_E_UNARY,
    SQ_AST_E_IN,
    SQ_AST_E_ASSIGN,
    SQ_AST_WORD,
    SQ_AST_OPTION,
    SQ_AST_CALL,
    SQ_AST_COMMA,
    SQ_AST_SEARCHARG,
    SQ_AST_EXPRARG
} sq_ast_kind;

typedef enum sq_op_code {
    SQ_OP_NONE = 0,
    SQ_OP_EQ,   /* =  */
    SQ_OP_EQEQ, /* == (eval only; same meaning as =) */
    SQ_OP_NE,
    SQ_OP_LT,
    SQ_OP_LE,
    SQ_OP_GT,
    SQ_OP_GE,
    SQ_OP_ADD,
    SQ_OP_SUB,
    SQ_OP_MUL,
    SQ_OP_DIV,
    SQ_OP_MOD,
    SQ_OP_CONCAT, /* . */
    SQ_OP_AND,
    SQ_OP_OR,
    SQ_OP_XOR,
    SQ_OP_LIKE,
    SQ_OP_NOT,
    SQ_OP_NEG,
    SQ_OP_PLUS
} sq_op_code;

enum {
    SQ_AST_QUOTED = 1u << 0,   /* written in quotes */
    SQ_AST_IMPLICIT = 1u << 1, /* the implicit first search stage */
    SQ_AST_LEADPIPE = 1u << 2  /* pipeline written with a leading '|' */
};

typedef struct sq_ast {
    sq_ast_kind kind;
    sq_op_code op;
    unsigned flags;
    char *text;
    sq_span span; /* in the expanded query text */
    struct sq_ast **kids;
    int nkids;
    int capkids;
} sq_ast;

sq_ast *sq_ast_new(sq_ast_kind kind, sq_span span);
sq_ast *sq_ast_new_text(sq_ast_kind kind, const char *text, size_t len, sq_span span);
void sq_ast_add(sq_ast *parent, sq_ast *kid); /* grows parent's span to cover kid */
void sq_ast_free(sq_ast *node);
sq_ast *sq_ast_clone(const sq_ast *node);
int sq_ast_equal(const sq_ast *a, const sq_ast *b); /* ignoring spans */

const char *sq_ast_kind_name(sq_ast_kind kind);
const char *sq_op_spelling(sq_op_code op);

/* Indented tree, one node per line (`splq parse`). */
void sq_ast_dump(const sq_ast *node, FILE *out);
/* Canonical SPL text; reparsing it gives an equal tree. */
void sq_ast_to_spl(const sq_ast *node, sq_buf *out);

/* Case-insensitive test of a WORD/S_TERM node's text, for keywords (as, by). */
int sq_ast_is_word(const sq_ast *node, const char *word);

#endif
