/* expr.h — compiled eval expressions.
 *
 * An eval expression is compiled once per query (field names interned,
 * functions resolved, regexes compiled) and then evaluated per event.  A
 * compiled expression keeps scratch state (regex match data): evaluate it
 * from one thread at a time (compile one per worker). */
#ifndef SPLQ_EXPR_H
#define SPLQ_EXPR_H

#include "splq/ast.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"
#include "splq/value.h"

typedef struct sq_expr sq_expr;

int sq_expr_compile(sq_query *q, const sq_ast *ast, sq_expr **out, sq_error *err);
/* Parse and compile expression text (props EVAL-, strings given to commands). */
int sq_expr_compile_text(sq_query *q, const char *text, sq_expr **out, sq_error *err);
/* Evaluate against ev (read-only).  *out receives a new value (caller frees). */
int sq_expr_eval(sq_expr *e, sq_event *ev, sq_value *out, sq_error *err);
/* Evaluate as a condition (where, if): 1 true, 0 false or null. -1 error. */
int sq_expr_test(sq_expr *e, sq_event *ev, sq_error *err);
void sq_expr_free(sq_expr *e);
/* Is the expression's result statically boolean (a comparison, AND, in(),
 * like()...)?  eval rejects those: "the result of an eval expression cannot
 * be a Boolean". */
int sq_expr_is_boolean(const sq_expr *e);

/* Is there an eval function of this name? (check, completion) */
int sq_function_exists(const char *name);

#endif
