/* pstate.h — state shared by the parser driver and the grammar's actions (internal). */
#ifndef SPLQ_PARSE_PSTATE_H
#define SPLQ_PARSE_PSTATE_H

#include "parse/tokenizer.h"
#include "splq/ast.h"
#include "splq/error.h"

typedef struct sq_pstate {
    sq_ast *result;
    sq_error *err;
    int failed;
    size_t text_len;
    const char *text;
    int unclosed_at; /* at the end of input: the innermost open bracket, or -1 */
} sq_pstate;

/* Node builders used by the grammar's actions. */
sq_ast *sq_tok_node(sq_ast_kind kind, const sq_token *t);
sq_ast *sq_node2(sq_ast_kind kind, sq_op_code op, sq_ast *a, sq_ast *b);
/* n-ary AND/OR: an operand of the same kind is spliced in (flat trees). */
sq_ast *sq_node_flat(sq_ast_kind kind, sq_ast *a, sq_ast *b);
void sq_syntax_error(sq_pstate *ps, const sq_token *t);
const char *sq_token_describe(int type);

#endif
