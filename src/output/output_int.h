/* output_int.h — what the three writers share (private to src/output/):
 * the writer object, which fields are shown, how a value becomes text, the
 * column set of buffered formats, and a small UTF-8 toolkit. */
#ifndef SPLQ_OUTPUT_INT_H
#define SPLQ_OUTPUT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "splq/buf.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/output.h"

/* The columns of a buffered result set: the union of the rows' shown
 * fields, in first-seen order.  col_of maps a symbol to its column + 1. */
typedef struct sq_columns {
    sq_sym *syms;
    size_t n, cap;
    uint32_t *col_of;
    size_t ncol_of;
} sq_columns;

struct sq_writer {
    sq_outfmt fmt;
    FILE *out;
    const sq_symtab *syms;
    uint64_t rows;
    int finished;
    int max_width;   /* table: fit in this many columns; 0: no limit */
    int color;       /* table: ANSI escapes for the header */
    sq_event **held; /* table and CSV keep rows until finish */
    size_t nheld, capheld;
    sq_columns cols;
    sq_buf line; /* one output record being built */
    sq_buf text; /* scratch for one value */
};

/* Is field s shown?  Internal (_x) fields are not, except _time and _raw. */
int sq_out_shown(const sq_symtab *syms, sq_sym s);

/* Append the display text of one scalar value of field s: _time as a date
 * (iso != 0: ISO 8601 for export formats, else the table's form), anything
 * else as sq_value_format shows it. */
void sq_out_scalar(sq_sym s, sq_value *v, int iso, sq_buf *out);

/* Remember the shown fields of ev as columns. */
void sq_columns_add(sq_columns *c, const sq_symtab *syms, const sq_event *ev);
void sq_columns_free(sq_columns *c);
/* The row's value in each column (NULL when it has none): slots[j] for
 * j < c->n, found in one pass over the row's fields. */
void sq_columns_row(const sq_columns *c, sq_event *ev, sq_value **slots);

/* Write b's bytes to w->out; an error if the stream failed. */
int sq_out_flush(sq_writer *w, sq_buf *b, sq_error *err);

/* Decode one UTF-8 character at s[0..n).  Returns its byte length (>= 1);
 * *cp is U+FFFD for a malformed or truncated sequence (length 1). */
size_t sq_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
void sq_utf8_encode(uint32_t cp, sq_buf *out);
/* Terminal columns a code point takes: 0 (combining), 1 or 2 (wide). */
int sq_cp_width(uint32_t cp);

/* The format-specific halves. */
int sq_json_row(sq_writer *w, sq_event *ev, sq_error *err);
int sq_csv_finish(sq_writer *w, sq_error *err);
int sq_table_finish(sq_writer *w, sq_error *err);

#endif
