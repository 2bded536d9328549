/* error.h — error values carried explicitly through the library.
 *
 * Every fallible function returns 0 on success or -1 on failure and fills an
 * sq_error.  Nothing in the library prints; front ends render errors (with a
 * caret under the source span) through sq_error_render(). */
#ifndef SPLQ_ERROR_H
#define SPLQ_ERROR_H

#include <stddef.h>
#include <stdio.h>

typedef enum sq_errcode {
    SQ_OK = 0,
    SQ_ERR_SYNTAX,      /* malformed query text */
    SQ_ERR_MACRO,       /* macro expansion: unknown macro, cycle, depth */
    SQ_ERR_UNSUPPORTED, /* parsed, but the interpreter cannot run it */
    SQ_ERR_ARG,         /* a command or function got bad arguments */
    SQ_ERR_IO,          /* files */
    SQ_ERR_LIMIT,       /* a documented limit was reached */
    SQ_ERR_RUNTIME,     /* anything else while running */
    SQ_ERR_NOMEM
} sq_errcode;

/* A byte range [start, end) in the *expanded* query text.  sq_error_render
 * maps it back to the user's own text through the macro source map. */
typedef struct sq_span {
    int start;
    int end;
} sq_span;

#define SQ_NO_SPAN ((sq_span){-1, -1})

typedef struct sq_error {
    sq_errcode code;
    sq_span span; /* start < 0: no position */
    char msg[512];
} sq_error;

/* Fill err and return -1, so call sites read `return sq_fail(err, ...);`. */
int sq_fail(sq_error *err, sq_errcode code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int sq_fail_at(sq_error *err, sq_errcode code, sq_span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void sq_error_clear(sq_error *err);
const char *sq_errcode_name(sq_errcode code);

struct sq_srcmap;
/* Print "splq: <kind> error at line L, column C: msg", the user's line and a
 * caret under the spot.  `original` is the text the user typed (before macro
 * expansion); map translates expanded offsets to it (NULL: identity). */
void sq_error_render(const sq_error *err, const char *original, const struct sq_srcmap *map,
                     FILE *out);

/* The pieces of sq_error_render, for front ends that word the first line
 * themselves (splq check).  off is a byte offset in text, the user's own.
 * Line and column are 1-based; columns count characters. */
void sq_text_position(const char *text, size_t off, size_t *line, size_t *col);
/* The line of text holding off (a window of it when very long), then a
 * caret under off; both lines start with indent. */
void sq_text_excerpt(const char *text, size_t off, const char *indent, FILE *out);

#endif
