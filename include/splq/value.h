/* value.h — the values that flow through splq.
 *
 * Extracted field values are strings; eval produces typed values.  Splunk's
 * rule that a string which looks like a number compares and computes as a
 * number is served by a cached numeric reading of each string, computed once
 * on first use (see sq_value_number).
 *
 * A value owns its memory.  Multivalue items are scalars (never nested). */
#ifndef SPLQ_VALUE_H
#define SPLQ_VALUE_H

#include <stddef.h>

#include "splq/buf.h"

typedef enum sq_vtype {
    SQ_NULL = 0, /* absent / no value */
    SQ_NUM,      /* double */
    SQ_STR,      /* bytes, NUL-terminated */
    SQ_BOOL,     /* only inside eval expressions; never stored in a field */
    SQ_MV        /* multivalue: items are SQ_STR or SQ_NUM */
} sq_vtype;

enum { SQ_NUMCK_UNKNOWN = 0, SQ_NUMCK_YES, SQ_NUMCK_NO };

typedef struct sq_value {
    sq_vtype type;
    signed char prec;    /* SQ_NUM: fixed decimals when displayed; -1: shortest form */
    unsigned char numck; /* SQ_STR: has the string been read as a number yet? */
    union {
        double num;
        int boolean;
        struct {
            char *ptr;
            size_t len;
            double num; /* valid when numck == SQ_NUMCK_YES */
        } str;
        struct {
            struct sq_value *items;
            size_t n;
        } mv;
    } u;
} sq_value;

#define SQ_VALUE_NULL ((sq_value){.type = SQ_NULL})

sq_value sq_value_num(double d);
sq_value sq_value_num_prec(double d, int decimals);
sq_value sq_value_bool(int b);
sq_value sq_value_str(const char *s, size_t len); /* copies */
sq_value sq_value_cstr(const char *s);            /* copies */
sq_value sq_value_str_take(char *s, size_t len);  /* takes a malloc'd, NUL-terminated s */
sq_value sq_value_mv_empty(void);

void sq_value_free(sq_value *v); /* leaves v as null */
/* The heap bytes v owns beyond the sq_value itself (estimated). */
size_t sq_value_bytes(const sq_value *v);
sq_value sq_value_copy(const sq_value *v);
/* Move: returns *v and leaves v null. */
sq_value sq_value_move(sq_value *v);

/* Append item to mv (which may be null or a scalar: it becomes a multivalue).
 * A multivalue item is flattened; a null item is skipped.  Takes item. */
void sq_value_mv_push(sq_value *mv, sq_value item);

/* Number of values: 0 for null, 1 for a scalar, n for a multivalue. */
size_t sq_value_count(const sq_value *v);
/* The i-th value (a scalar view, i < count). */
sq_value *sq_value_at(sq_value *v, size_t i);

/* Read v as a number: SQ_NUM, SQ_BOOL (never), or a string that parses
 * entirely as a decimal number (leading/trailing spaces not allowed, as
 * Splunk).  Returns 1 and sets *out, or 0. Multivalue: its first value. */
int sq_value_number(sq_value *v, double *out);
/* Does the string s[0..len) read as a number? */
int sq_str_is_number(const char *s, size_t len, double *out);

/* Display form, as Splunk shows it: numbers integral without a decimal point,
 * otherwise shortest round-trip (at most 17 significant digits); booleans
 * "true"/"false"; multivalue values joined with sep (NULL: "\n").  Null
 * appends nothing. */
void sq_value_format(const sq_value *v, sq_buf *out, const char *mv_sep);
void sq_num_format(double d, int prec, sq_buf *out);

/* A scalar's text: for strings the bytes themselves (no copy), for numbers a
 * formatted copy in scratch.  len set.  Null: "" and len 0. */
const char *sq_value_text(const sq_value *v, sq_buf *scratch, size_t *len);

/* Splunk's ordering used by sort/min/max/values: numbers before strings,
 * numbers numerically, strings by bytes.  Returns <0, 0, >0. */
int sq_value_cmp_auto(sq_value *a, sq_value *b);
/* Byte-wise comparison of the display text (values(), dc()). */
int sq_value_cmp_str(const sq_value *a, const sq_value *b);

int sq_value_is_null(const sq_value *v);
/* Truthiness of an eval result: SQ_BOOL's value; anything else is false. */
int sq_value_truthy(const sq_value *v);

#endif
