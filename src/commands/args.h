/* args.h — reading a command stage's generic arguments (internal to
 * src/commands/).
 *
 * The parser gives every command other than search/where/eval a flat list of
 * generic arguments (WORD, OPTION, CALL, COMMA, SUBSEARCH, SEARCHARG, EXPRARG;
 * see ast.h).  A command reads them in two steps:
 *
 *   1. sq_args_init() takes the OPTIONs (key=value) out, checking each against
 *      a table of accepted keys and storing typed values; the rest stays, in
 *      order, as the positional list.
 *   2. The command walks the positional list with a cursor, using the readers
 *      below for the shapes SPL commands share: field lists (blanks or commas
 *      between names), `x AS y` pairs, `by` clauses, signed names (-field).
 *
 * Every reader reports a bad argument as SQ_ERR_ARG at the argument's span. */
#ifndef SPLQ_COMMANDS_ARGS_H
#define SPLQ_COMMANDS_ARGS_H

#include <stddef.h>

#include "splq/ast.h"
#include "splq/error.h"

/* --- options ---------------------------------------------------------------- */

typedef enum sq_optkind {
    SQ_OPT_BOOL, /* int *: true/false, t/f, 1/0, yes/no (any case) */
    SQ_OPT_INT,  /* long long *: an integer within [min, max] */
    SQ_OPT_NUM,  /* double *: any number */
    SQ_OPT_STR,  /* const char **: the value's text (points into the AST) */
    SQ_OPT_NODE  /* const sq_ast **: the value's WORD node, unchecked */
} sq_optkind;

typedef struct sq_optspec {
    const char *key; /* matched case-insensitively */
    sq_optkind kind;
    void *dst;
    long long min, max; /* SQ_OPT_INT only; min == max == 0 means any */
    /* Optional: receives the OPTION node when the option is given (so the
     * command knows it was set, and where). */
    const sq_ast **seen;
} sq_optspec;

/* --- the cursor --------------------------------------------------------------- */

typedef struct sq_args {
    const sq_ast *stage;
    const sq_ast **pos; /* positional arguments, in order */
    int n;
    int i; /* the next one */
} sq_args;

/* Read the stage's OPTIONs against specs[0..nspecs) — an unknown key, a value
 * of the wrong kind, an option given twice or written with != is an error —
 * and keep every other argument as positional.  specs == NULL keeps OPTIONs
 * positional too (for commands that read them themselves). */
int sq_args_init(sq_args *a, const sq_ast *stage, const sq_optspec *specs, size_t nspecs,
                 sq_error *err);
void sq_args_free(sq_args *a);
/* For commands that read their OPTIONs themselves: the error for an unknown
 * one, naming the "key=" entries of names (the command's registry options). */
int sq_args_unknown_option(const sq_ast *opt, const char *cmd, const char *const *names,
                           sq_error *err);

int sq_args_done(const sq_args *a);
const sq_ast *sq_args_peek(const sq_args *a); /* NULL at the end */
const sq_ast *sq_args_next(sq_args *a);       /* NULL at the end */
/* Is the next argument the unquoted WORD kw (case-insensitive)? */
int sq_args_at_keyword(const sq_args *a, const char *kw);
/* Consume the unquoted WORD kw if it is next: 1 if consumed. */
int sq_args_accept(sq_args *a, const char *kw);
/* Consume any COMMAs that are next: the number consumed. */
int sq_args_skip_commas(sq_args *a);
/* Fail unless every argument was consumed ("unexpected argument"). */
int sq_args_expect_end(const sq_args *a, sq_error *err);
/* The span to blame for a missing argument: the stage's end. */
sq_span sq_args_end_span(const sq_args *a);

/* --- shared shapes -------------------------------------------------------------- */

/* A list of argument nodes (WORDs for field names: the name is node->text). */
typedef struct sq_nodelist {
    const sq_ast **items;
    int n;
    int cap;
} sq_nodelist;

void sq_nodelist_push(sq_nodelist *l, const sq_ast *node);
void sq_nodelist_free(sq_nodelist *l);

/* Read field names — WORDs separated by blanks and/or commas — until the end
 * or an unquoted WORD listed in stop (NULL-terminated, may be NULL).  Fewer
 * than min names is an error naming `what` ("expected a field name").  Any
 * other kind of argument (CALL, SUBSEARCH, ...) ends the list as well; the
 * caller decides what it means. */
int sq_args_names(sq_args *a, const char *const *stop, int min, const char *what, sq_nodelist *out,
                  sq_error *err);

/* `x [AS y]`, separated by blanks and/or commas, until the end or a stop word.
 * x may be a WORD or a CALL (stats' count(x) AS n).  With require_as, each
 * item must have AS.  y must be a WORD. */
typedef struct sq_aspair {
    const sq_ast *from;
    const sq_ast *to; /* NULL: no AS */
} sq_aspair;

typedef struct sq_aslist {
    sq_aspair *items;
    int n;
    int cap;
} sq_aslist;

int sq_args_as_list(sq_args *a, const char *const *stop, int require_as, sq_aslist *out,
                    sq_error *err);
void sq_aslist_free(sq_aslist *l);

/* If the next argument is the keyword `by`, read the field list after it (at
 * least one name, until the end or a stop word): returns 1.  No `by`: 0.
 * Error: -1. */
int sq_args_by(sq_args *a, const char *const *stop, sq_nodelist *out, sq_error *err);

/* A name with an optional sign: a separate "+"/"-" WORD before it, or a sign
 * glued to its front ("-count", "-num(x)").  *sign is '+', '-' or 0 (none);
 * *node the WORD or CALL; *name its text after any glued sign. */
int sq_args_signed(sq_args *a, int *sign, const sq_ast **node, const char **name, sq_error *err);

/* --- scalar readers -------------------------------------------------------------- */

/* 1 and *out when s is a Splunk boolean (true/false, t/f, 1/0, yes/no). */
int sq_parse_bool(const char *s, int *out);
/* 1 and *out when s is a whole decimal integer (optional sign). */
int sq_parse_int(const char *s, long long *out);
/* A WORD holding an integer in [min, max]; else an error at its span naming
 * `what` (e.g. "count"). */
int sq_arg_int(const sq_ast *word, long long min, long long max, const char *what, long long *out,
               sq_error *err);
/* Is node an unquoted WORD whose whole text is an integer? */
int sq_arg_is_int(const sq_ast *node);

#endif
