/* scan.h — the selective JSON scanner (see scan.c): the needed fields of a
 * record without a DOM, or "ask jansson". */
#ifndef SPLQ_INPUT_SCAN_H
#define SPLQ_INPUT_SCAN_H

#include <stddef.h>

#include "splq/event.h"
#include "splq/needed.h"
#include "splq/query.h"

typedef struct sq_scan sq_scan;

/* A scanner for the fields n needs, their names interned into q->syms now.
 * NULL when n is all (or NULL), or SPLQ_NO_FASTPATH / SPLQ_NO_SCAN is set. */
sq_scan *sq_scan_new(sq_query *q, const sq_needed *n);
void sq_scan_free(sq_scan *s);
/* Does the plan need `_raw` on each event? */
int sq_scan_wants_raw(const sq_scan *s);
/* 1: the needed fields of the record text[0..len) are added to ev, with the
 * names, values and order sq_json_fill gives them (`_raw` first when it is
 * needed).  0: the
 * record holds something the scanner does not handle with certainty (or is
 * not valid JSON); ev is untouched and sq_json_fill must read the record. */
int sq_scan_fill(sq_scan *s, sq_event *ev, const char *text, size_t len);

/* For threads: the plan (sq_scan) is read-only once made; each thread
 * scans into its own sq_scan_out, which holds the hits of many records
 * until sq_scan_out_reset.  sq_scan_record: 1 when the record is accepted,
 * its hits being [*first, sq_scan_out_hits(o)); 0 when refused (o as it
 * was).  sq_scan_commit adds hits [from, to) of o to ev as sq_scan_fill
 * does (on the thread that owns ev's symbol table: nothing is interned). */
typedef struct sq_scan_out sq_scan_out;
sq_scan_out *sq_scan_out_new(void);
void sq_scan_out_reset(sq_scan_out *o);
void sq_scan_out_free(sq_scan_out *o);
size_t sq_scan_out_hits(const sq_scan_out *o);
int sq_scan_record(const sq_scan *s, sq_scan_out *o, const char *text, size_t len, size_t *first);
/* The sourcetype sq_sourcetype_detect gives the record last accepted by
 * sq_scan_record into o (sq_scan_fill into s), found on the way. */
const char *sq_scan_out_sourcetype(const sq_scan_out *o);
const char *sq_scan_sourcetype(const sq_scan *s);
void sq_scan_commit(const sq_scan *s, const sq_scan_out *o, size_t from, size_t to, sq_event *ev,
                    const char *text, size_t len);

#endif
