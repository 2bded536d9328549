/* parser.y — the grammar of SPL (lemon).
 *
 * A query is a pipeline of stages separated by '|'.  The first stage is an
 * implicit `search` unless the query starts with '|'.  Each command's name
 * tells the lexer which language its arguments are in, and the lexer sends
 * a different token for each (CMD_SEARCH, CMD_WHERE, CMD_EVAL, CMD_ARGS), so
 * this grammar has one rule per argument language:
 *
 *   search expressions   terms with implicit AND; precedence NOT > OR > AND
 *   eval expressions     precedence (low to high) XOR, OR, AND, NOT,
 *                        comparisons/LIKE/IN, + - ., * / %, unary - +
 *   generic arguments    words, "strings", key=value, name(args), commas,
 *                        [subsearches], `where <search>`, eval(<expr>)
 *
 * The first token is a mode marker from the driver, so one parser serves
 * queries, lone eval expressions (props EVAL-) and lone search expressions. */

%name sqParser
%token_prefix TK_
%token_type { sq_token }
%default_type { sq_ast * }
%extra_argument { sq_pstate *ps }
%stack_size 2000

%include {
#include <assert.h>
#include <stdlib.h>
#include "parse/pstate.h"
#include "splq/ast.h"
}

%syntax_error {
    sq_syntax_error(ps, &yyminor);
}
%stack_overflow {
    sq_fail(ps->err, SQ_ERR_LIMIT, "query nested too deeply");
    ps->failed = 1;
}
%parse_failure {
    ps->failed = 1;
}

%default_destructor { sq_ast_free($$); (void)ps; }

/* Mode markers and tokens, in precedence order for expressions. */
%token QUERYMODE EXPRMODE SEARCHMODE.
%token LEADPIPE PIPE RB CMD_SEARCH CMD_WHERE CMD_EVAL CMD_ARGS.
%token TERM TERMFN WORD STRING FUNC EVALLP IDENT NUMBER ESTRING.
/* A subsearch right after `where <search>` belongs to that search. */
%nonassoc WHERE.
%nonassoc LB.
%left XOR.
%left OR.
%left AND.
%right NOT.
%nonassoc EQ EQEQ NE LT LE GT GE LIKE IN.
%left PLUS MINUS DOT.
%left STAR SLASH PERCENT.
%right UMINUS.
%token LP RP COMMA.

input ::= QUERYMODE pipeline(P).   { ps->result = P; }
input ::= EXPRMODE expr(E).        { ps->result = E; }
input ::= SEARCHMODE sexpr_opt(S). { ps->result = S; }

/* ---- pipelines ------------------------------------------------------ */

pipeline(P) ::= first(F) rest(R). {
    P = sq_ast_new(SQ_AST_PIPELINE, F->span);
    if (F->flags & SQ_AST_LEADPIPE) {
        F->flags &= ~SQ_AST_LEADPIPE;
        P->flags |= SQ_AST_LEADPIPE;
    }
    sq_ast_add(P, F);
    for (int i = 0; i < R->nkids; i++)
        sq_ast_add(P, R->kids[i]);
    R->nkids = 0;
    sq_ast_free(R);
}

/* The implicit search: possibly empty. */
first(F) ::= sexpr_opt(S). {
    F = sq_ast_new_text(SQ_AST_STAGE, "search", 6, SQ_NO_SPAN);
    F->flags |= SQ_AST_IMPLICIT;
    if (S) sq_ast_add(F, S);
}
first(F) ::= stage(S).          { F = S; }
first(F) ::= LEADPIPE stage(S). { F = S; F->flags |= SQ_AST_LEADPIPE; }

rest(R) ::= .                      { R = sq_ast_new(SQ_AST_PIPELINE, SQ_NO_SPAN); }
rest(R) ::= rest(A) PIPE stage(S). { R = A; sq_ast_add(R, S); }

stage(S) ::= CMD_SEARCH(C) sexpr_opt(E). { S = sq_tok_node(SQ_AST_STAGE, &C); sq_ast_add(S, E); }
stage(S) ::= CMD_WHERE(C) expr(E).       { S = sq_tok_node(SQ_AST_STAGE, &C); sq_ast_add(S, E); }
stage(S) ::= CMD_EVAL(C) assigns(A). {
    S = sq_tok_node(SQ_AST_STAGE, &C);
    for (int i = 0; i < A->nkids; i++) sq_ast_add(S, A->kids[i]);
    A->nkids = 0;
    sq_ast_free(A);
}
stage(S) ::= CMD_ARGS(C) args(A). {
    S = sq_tok_node(SQ_AST_STAGE, &C);
    for (int i = 0; i < A->nkids; i++) sq_ast_add(S, A->kids[i]);
    A->nkids = 0;
    sq_ast_free(A);
}

subsearch(S) ::= LB(L) pipeline(P) RB(R). {
    S = sq_ast_new(SQ_AST_SUBSEARCH, L.span);
    sq_ast_add(S, P);
    S->span.end = R.span.end;
}

/* ---- eval assignments ---------------------------------------------- */

assigns(A) ::= assign(X).                  { A = sq_ast_new(SQ_AST_PIPELINE, SQ_NO_SPAN); sq_ast_add(A, X); }
assigns(A) ::= assigns(B) COMMA assign(X). { A = B; sq_ast_add(A, X); }
assign(A) ::= IDENT(F) EQ expr(E). {
    A = sq_node2(SQ_AST_E_ASSIGN, SQ_OP_NONE, sq_tok_node(SQ_AST_E_FIELD, &F), E);
}

/* ---- generic command arguments -------------------------------------- */

args(A) ::= .               { A = sq_ast_new(SQ_AST_PIPELINE, SQ_NO_SPAN); }
args(A) ::= args(B) arg(X). { A = B; sq_ast_add(A, X); }

arg(A) ::= WORD(W).                 { A = sq_tok_node(SQ_AST_WORD, &W); }
arg(A) ::= STRING(W).               { A = sq_tok_node(SQ_AST_WORD, &W); }
arg(A) ::= WORD(K) EQ aval(V).      { A = sq_tok_node(SQ_AST_OPTION, &K); A->op = SQ_OP_EQ; sq_ast_add(A, V); }
arg(A) ::= WORD(K) NE aval(V).      { A = sq_tok_node(SQ_AST_OPTION, &K); A->op = SQ_OP_NE; sq_ast_add(A, V); }
arg(A) ::= FUNC(F) LP args(X) RP(R). {
    A = sq_tok_node(SQ_AST_CALL, &F);
    for (int i = 0; i < X->nkids; i++) sq_ast_add(A, X->kids[i]);
    X->nkids = 0;
    sq_ast_free(X);
    A->span.end = R.span.end;
}
arg(A) ::= COMMA(C).                { A = sq_tok_node(SQ_AST_COMMA, &C); }
arg(A) ::= subsearch(S).            { A = S; }
arg(A) ::= WHERE(W) sexpr(S).       { A = sq_tok_node(SQ_AST_SEARCHARG, &W); sq_ast_add(A, S); }
/* eval(expression), or a bare (expression): head (x < 10) */
arg(A) ::= EVALLP(E) expr(X) RP(R). {
    A = E.text ? sq_ast_new_text(SQ_AST_EXPRARG, "(", 1, E.span)
               : sq_ast_new_text(SQ_AST_EXPRARG, "eval", 4, E.span);
    sq_ast_add(A, X);
    A->span.end = R.span.end;
}

aval(V) ::= WORD(W).   { V = sq_tok_node(SQ_AST_WORD, &W); }
aval(V) ::= STRING(W). { V = sq_tok_node(SQ_AST_WORD, &W); }
/* startswith=( search ) and startswith=eval( expression ) */
aval(V) ::= LP(L) sexpr(S) RP(R). {
    V = sq_ast_new_text(SQ_AST_SEARCHARG, "(", 1, L.span);
    sq_ast_add(V, S);
    V->span.end = R.span.end;
}
aval(V) ::= EVALLP(E) expr(X) RP(R). {
    V = sq_ast_new_text(SQ_AST_EXPRARG, "eval", 4, E.span);
    sq_ast_add(V, X);
    V->span.end = R.span.end;
}

/* ---- search expressions -------------------------------------------- */

sexpr_opt(A) ::= .         { A = NULL; }
sexpr_opt(A) ::= sexpr(X). { A = X; }

sexpr(A) ::= sor(X).                { A = X; }
sexpr(A) ::= sexpr(L) sor(R).       { A = sq_node_flat(SQ_AST_S_AND, L, R); }
sexpr(A) ::= sexpr(L) AND sor(R).   { A = sq_node_flat(SQ_AST_S_AND, L, R); }

sor(A) ::= snot(X).             { A = X; }
sor(A) ::= sor(L) OR snot(R).   { A = sq_node_flat(SQ_AST_S_OR, L, R); }

snot(A) ::= satom(X).           { A = X; }
snot(A) ::= NOT(N) snot(X).     { A = sq_ast_new(SQ_AST_S_NOT, N.span); sq_ast_add(A, X); }

satom(A) ::= LP sexpr(X) RP.    { A = X; }
satom(A) ::= TERM(T).           { A = sq_tok_node(SQ_AST_S_TERM, &T); }
satom(A) ::= TERM(F) scmp(O) TERM(V). {
    A = sq_node2(SQ_AST_S_COMPARE, (sq_op_code)O, sq_tok_node(SQ_AST_WORD, &F), sq_tok_node(SQ_AST_WORD, &V));
}
satom(A) ::= TERM(F) IN LP svals(L) RP(R). {
    A = sq_ast_new(SQ_AST_S_IN, F.span);
    sq_ast_add(A, sq_tok_node(SQ_AST_WORD, &F));
    for (int i = 0; i < L->nkids; i++) sq_ast_add(A, L->kids[i]);
    L->nkids = 0;
    sq_ast_free(L);
    A->span.end = R.span.end;
}
satom(A) ::= TERMFN(F) TERM(T) RP(R). {
    A = sq_tok_node(SQ_AST_S_TERMFN, &F);
    sq_ast_add(A, sq_tok_node(SQ_AST_WORD, &T));
    A->span.end = R.span.end;
}
satom(A) ::= subsearch(S).      { A = S; }

%type scmp { int }
%destructor scmp { (void)$$; (void)ps; }
scmp(O) ::= EQ. { O = SQ_OP_EQ; }
scmp(O) ::= NE. { O = SQ_OP_NE; }
scmp(O) ::= LT. { O = SQ_OP_LT; }
scmp(O) ::= LE. { O = SQ_OP_LE; }
scmp(O) ::= GT. { O = SQ_OP_GT; }
scmp(O) ::= GE. { O = SQ_OP_GE; }

/* Values separated by commas or spaces; stray commas are tolerated as Splunk does. */
svals(L) ::= .                  { L = sq_ast_new(SQ_AST_PIPELINE, SQ_NO_SPAN); }
svals(L) ::= svals(A) COMMA.    { L = A; }
svals(L) ::= svals(A) TERM(T).  { L = A; sq_ast_add(L, sq_tok_node(SQ_AST_WORD, &T)); }

/* ---- eval expressions ---------------------------------------------- */

expr(A) ::= expr(L) XOR expr(R).     { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_XOR, L, R); }
expr(A) ::= expr(L) OR expr(R).      { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_OR, L, R); }
expr(A) ::= expr(L) AND expr(R).     { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_AND, L, R); }
expr(A) ::= NOT(N) expr(X).          { A = sq_node2(SQ_AST_E_UNARY, SQ_OP_NOT, X, NULL); A->span.start = N.span.start; }
expr(A) ::= expr(L) EQ expr(R).      { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_EQ, L, R); }
expr(A) ::= expr(L) EQEQ expr(R).    { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_EQEQ, L, R); }
expr(A) ::= expr(L) NE expr(R).      { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_NE, L, R); }
expr(A) ::= expr(L) LT expr(R).      { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_LT, L, R); }
expr(A) ::= expr(L) LE expr(R).      { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_LE, L, R); }
expr(A) ::= expr(L) GT expr(R).      { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_GT, L, R); }
expr(A) ::= expr(L) GE expr(R).      { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_GE, L, R); }
expr(A) ::= expr(L) LIKE expr(R).    { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_LIKE, L, R); }
expr(A) ::= expr(L) IN LP exprs(X) RP(P). {
    A = sq_ast_new(SQ_AST_E_IN, L->span);
    sq_ast_add(A, L);
    for (int i = 0; i < X->nkids; i++) sq_ast_add(A, X->kids[i]);
    X->nkids = 0;
    sq_ast_free(X);
    A->span.end = P.span.end;
}
expr(A) ::= expr(L) PLUS expr(R).    { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_ADD, L, R); }
expr(A) ::= expr(L) MINUS expr(R).   { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_SUB, L, R); }
expr(A) ::= expr(L) DOT expr(R).     { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_CONCAT, L, R); }
expr(A) ::= expr(L) STAR expr(R).    { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_MUL, L, R); }
expr(A) ::= expr(L) SLASH expr(R).   { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_DIV, L, R); }
expr(A) ::= expr(L) PERCENT expr(R). { A = sq_node2(SQ_AST_E_BINARY, SQ_OP_MOD, L, R); }
expr(A) ::= MINUS(M) expr(X). [UMINUS] { A = sq_node2(SQ_AST_E_UNARY, SQ_OP_NEG, X, NULL); A->span.start = M.span.start; }
expr(A) ::= PLUS(M) expr(X). [UMINUS]  { A = sq_node2(SQ_AST_E_UNARY, SQ_OP_PLUS, X, NULL); A->span.start = M.span.start; }
expr(A) ::= LP expr(X) RP.           { A = X; }
expr(A) ::= NUMBER(N).               { A = sq_tok_node(SQ_AST_E_NUMBER, &N); }
expr(A) ::= ESTRING(S).              { A = sq_tok_node(SQ_AST_E_STRING, &S); }
expr(A) ::= IDENT(F).                { A = sq_tok_node(SQ_AST_E_FIELD, &F); }
expr(A) ::= IDENT(F) LP RP(R).       { A = sq_tok_node(SQ_AST_E_CALL, &F); A->span.end = R.span.end; }
expr(A) ::= IDENT(F) LP exprs(X) RP(R). {
    A = sq_tok_node(SQ_AST_E_CALL, &F);
    for (int i = 0; i < X->nkids; i++) sq_ast_add(A, X->kids[i]);
    X->nkids = 0;
    sq_ast_free(X);
    A->span.end = R.span.end;
}

exprs(L) ::= expr(X).                 { L = sq_ast_new(SQ_AST_PIPELINE, SQ_NO_SPAN); sq_ast_add(L, X); }
exprs(L) ::= exprs(A) COMMA expr(X).  { L = A; sq_ast_add(L, X); }
