/* input_int.h — what the files of src/input/ share. */
#ifndef SPLQ_INPUT_INT_H
#define SPLQ_INPUT_INT_H

#include <stddef.h>

#include "splq/buf.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

/* Set `_raw` and the flattened JSON fields of text on ev.  On failure
 * *bad_line is the line of the record (1-based) where the JSON breaks. */
int sq_json_fill(sq_query *q, sq_event *ev, const char *text, size_t len, int *bad_line,
                 sq_error *err);

/* Length of the valid UTF-8 sequence at s[0..n) (jansson's rules: no
 * overlong forms, no surrogates, at most U+10FFFF), or 0. */
size_t sq_utf8_seq(const unsigned char *s, size_t n);
/* A JSON real number as the extraction spells it (json_event.c): the
 * shortest form that reads back to d, ".0" kept on integral values;
 * ints_as_real: the record had an integer beyond 64 bits. */
void sq_json_format_real(double d, int ints_as_real, sq_buf *out);

/* Is the reader's file plain text (1), JSON (0)?  -1: a read error.
 * Decides the layout if no record was read yet (reader.c). */
struct sq_reader;
int sq_reader_is_text(struct sq_reader *r, sq_error *err);

/* How far into its file the reader is (compressed bytes for gzip), and in
 * *size the file's size (0: not a regular file), for progress reports. */
uint64_t sq_reader_position(struct sq_reader *r, uint64_t *size);
/* The size of a regular file read as it is (not gzip), else 0.  Fixed at
 * open, so another thread than the reader's may ask. */
uint64_t sq_reader_plain_size(const struct sq_reader *r);

/* Plain text (text.c).  Is a file whose first bytes are buf[0..len)
 * plain text (1) or JSON (0)?  The rule is in text.c's header. */
int sq_text_sniff(const char *buf, size_t len);
/* The sourcetype of a plain-text file with no -t, from its first line and
 * its path ("-": stdin); malloc'd. */
char *sq_text_sourcetype(const char *line, size_t len, const char *path);
/* Set `_raw` of a plain-text event: the line as read. */
void sq_text_fill(sq_event *ev, const char *line, size_t len);

#endif
