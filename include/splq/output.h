/* output.h — writers: table for people, JSON lines, CSV. */
#ifndef SPLQ_OUTPUT_H
#define SPLQ_OUTPUT_H

#include <stdio.h>

#include "splq/error.h"
#include "splq/event.h"

typedef enum sq_outfmt { SQ_OUT_TABLE, SQ_OUT_JSON, SQ_OUT_CSV } sq_outfmt;

typedef struct sq_writer sq_writer;

sq_writer *sq_writer_new(sq_outfmt fmt, FILE *out, const sq_symtab *syms);
/* Takes ownership of ev.  JSON streams; table and CSV buffer until finish
 * (their columns are the union of the rows' fields). */
int sq_writer_row(sq_writer *w, sq_event *ev, sq_error *err);
int sq_writer_finish(sq_writer *w, sq_error *err);
void sq_writer_free(sq_writer *w);
int sq_outfmt_parse(const char *name, sq_outfmt *out);

#endif
