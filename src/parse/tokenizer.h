/* tokenizer.h — the tokenizer's interface to the parser driver (internal).
 *
 * SPL has several lexical modes: search terms, eval expressions, generic
 * command arguments, and the value after a comparison in a search.  The
 * lexer keeps them as re2c conditions; a stack of frames remembers the mode
 * to return to after a subsearch [ ... ] or an eval( ... ) inside arguments. */
#ifndef SPLQ_PARSE_TOKENIZER_H
#define SPLQ_PARSE_TOKENIZER_H

#include <stddef.h>

#include "splq/error.h"
#include "splq/parse.h"

typedef struct sq_token {
    int type;      /* TK_* from the generated parser.h; 0 at end of input */
    sq_span span;  /* bytes in the text */
    char *text;    /* unescaped text (owned by the lexer's pool), or NULL */
    unsigned flags; /* SQ_AST_QUOTED */
} sq_token;

/* Command syntax classes: which argument language follows the name. */
typedef enum sq_syntax {
    SQ_SYNTAX_ARGS,   /* generic arguments */
    SQ_SYNTAX_SEARCH, /* a search expression (search) */
    SQ_SYNTAX_EXPR,   /* one eval expression (where) */
    SQ_SYNTAX_ASSIGN  /* eval assignments (eval, fieldformat) */
} sq_syntax;

enum {
    SQ_SYNTAX_F_WHERE_SEARCH = 1, /* `where` starts a search clause (tstats) */
    SQ_SYNTAX_F_ASSIGN = 2        /* lexer-internal: the stage is eval assignments */
};

/* The syntax class of a command name (case-insensitive); unknown commands
 * take generic arguments.  *known tells whether the name is a command. */
sq_syntax sq_command_syntax(const char *name, size_t len, unsigned *flags, int *known);

#define SQ_LEX_MAX_FRAMES 128

typedef struct sq_lex_frame {
    int cond;          /* re2c condition to resume */
    int is_pipeline;   /* a pipeline (top level or subsearch), else eval( in arguments */
    int parens;        /* eval( frames: open parentheses inside */
    unsigned cmdflags; /* flags of the command being lexed (pipeline frames) */
    int value_return;  /* condition to return to after a search value */
} sq_lex_frame;

typedef struct sq_lexer {
    const char *text;
    size_t len;
    const char *cur;
    const char *marker;
    const char *ctxmarker;
    sq_lex_frame frames[SQ_LEX_MAX_FRAMES];
    int nframes;
    int top_level_start; /* at the very start of the query: only `search` is a command */
    int paren_depth; /* open ( and [ */
    int open_at[SQ_PARSE_MAX_DEPTH]; /* their offsets */
    int prev_type; /* the last token's type */
    char **pool; /* token texts to free at the end */
    size_t npool, cappool;
    sq_error *err;
} sq_lexer;

typedef enum sq_lex_start { SQ_LEX_QUERY, SQ_LEX_EXPR, SQ_LEX_SEARCH } sq_lex_start;

void sq_lexer_init(sq_lexer *lx, const char *text, size_t len, sq_lex_start start, sq_error *err);
/* Next token; type 0 at the end; -1 on a lexical error (err filled). */
int sq_lexer_next(sq_lexer *lx, sq_token *tok);
void sq_lexer_free(sq_lexer *lx);

#endif
