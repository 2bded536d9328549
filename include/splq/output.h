/* output.h — writers: table for people, JSON lines, CSV. */
#ifndef SPLQ_OUTPUT_H
#define SPLQ_OUTPUT_H

#include <stdint.h>
#include <stdio.h>

#include "splq/error.h"
#include "splq/event.h"

typedef enum sq_outfmt { SQ_OUT_TABLE, SQ_OUT_JSON, SQ_OUT_CSV } sq_outfmt;

typedef struct sq_writer sq_writer;

sq_writer *sq_writer_new(sq_outfmt fmt, FILE *out, const sq_symtab *syms);
/* Takes ownership of ev.  JSON streams; table and CSV buffer until finish
 * (their columns are the union of the rows' fields).  Shown: every field
 * except internal ones (_x), but _time and _raw are shown; _time as a date
 * (ISO 8601 in JSON/CSV, sq_time_display in the table). */
int sq_writer_row(sq_writer *w, sq_event *ev, sq_error *err);
/* Table and CSV: these fields are the first columns, in this order, even
 * when no row holds them (the columns a final `table` names, from
 * sq_plan_columns).  Call before the first row. */
void sq_writer_declare_columns(sq_writer *w, const sq_sym *syms, size_t n);
/* The symbol table of the query whose rows follow (for writers created
 * before the query's table existed, e.g. with syms NULL; sq_execute binds). */
void sq_writer_bind(sq_writer *w, const sq_symtab *syms);
int sq_writer_finish(sq_writer *w, sq_error *err);
/* Table: narrow the widest columns (wrapping their values) to fit in this
 * many terminal columns, e.g. the terminal's width; 0 (default): no limit. */
void sq_writer_set_width(sq_writer *w, int columns);
/* Table: mark up the header (bold) and its separator (dim) with ANSI
 * escapes, for a terminal; 0 (default): plain text.  Widths never count
 * the escapes. */
void sq_writer_set_color(sq_writer *w, int on);
/* Rows given to the writer so far. */
uint64_t sq_writer_rows(const sq_writer *w);
void sq_writer_free(sq_writer *w);
int sq_outfmt_parse(const char *name, sq_outfmt *out);

#endif
