/* parse.h — query text to syntax tree (re2c lexer + lemon parser). */
#ifndef SPLQ_PARSE_H
#define SPLQ_PARSE_H

#include <stddef.h>

#include "splq/ast.h"
#include "splq/error.h"

typedef enum sq_parse_mode {
    SQ_PARSE_QUERY,  /* a whole pipeline, implicit first search */
    SQ_PARSE_EXPR,   /* one eval expression (props EVAL-, where strings) */
    SQ_PARSE_SEARCH  /* one search expression */
} sq_parse_mode;

/* Limits that turn hostile input into errors, not stack overflows. */
#define SQ_PARSE_MAX_DEPTH 256

/* Parse text[0..len).  Errors carry a span in that text. */
int sq_parse(const char *text, size_t len, sq_parse_mode mode, sq_ast **out, sq_error *err);

#endif
