/* input.h — readers that turn log files into records, and records into events.
 *
 * A reader yields the text of one record at a time: a line of JSON lines or
 * plain text, or an element of a JSON array / CloudTrail {"Records":[...]}.
 * gzip is detected by its magic bytes.  A malformed record is reported with
 * file:line through the diag sink, counted, and skipped. */
#ifndef SPLQ_INPUT_H
#define SPLQ_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "splq/diag.h"
#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

#define SQ_JSON_MAX_DEPTH 512

typedef struct sq_reader sq_reader;

typedef struct sq_record {
    const char *text; /* valid until the next call */
    size_t len;
    uint64_t line; /* 1-based line where the record starts */
} sq_record;

/* path "-" is stdin. */
int sq_reader_open(const char *path, sq_diag *diag, sq_counters *counters, sq_reader **out,
                   sq_error *err);
/* 1: a record; 0: end of input; -1: fatal I/O error. */
int sq_reader_next(sq_reader *r, sq_record *rec, sq_error *err);
const char *sq_reader_path(const sq_reader *r);
/* Where warnings and counts go from now on (before the first record). */
void sq_reader_set_sinks(sq_reader *r, sq_diag *diag, sq_counters *counters);
void sq_reader_close(sq_reader *r);

/* Build an event from one JSON object's text: flattened fields as Splunk's
 * automatic JSON extraction names them, `_raw` the text.  Returns NULL with
 * err set when the text is not a JSON object. */
sq_event *sq_event_from_json(sq_query *q, const char *text, size_t len, sq_error *err);

/* The whole path from a file to events ready for the pipeline, for the plan
 * runner: read a record, build its event (a malformed record is reported as
 * "FILE:LINE: reason", counted in lines_skipped and skipped), set `source`
 * (source, or NULL: the path as given, "stdin" for "-") and `sourcetype`
 * (sourcetype, or NULL: env->sourcetype, else detected from the record),
 * then apply the sourcetype's knowledge through apply (NULL: none; _time is
 * then 0).  Fields come in the order _time, _raw, the JSON fields, source,
 * sourcetype, then what knowledge adds.  Counters go to q->counters
 * (bytes_read by the reader, events_read per event returned), warnings to
 * q->env->diag. */
struct sq_st_apply;
typedef struct sq_event_reader sq_event_reader;
int sq_event_reader_open(sq_query *q, const char *path, const char *source, const char *sourcetype,
                         struct sq_st_apply *apply, sq_event_reader **out, sq_error *err);
/* 1: *out is an event (the caller owns it); 0: end of the file; -1: error. */
int sq_event_reader_next(sq_event_reader *er, sq_event **out, sq_error *err);
/* Skip, before any parsing, records that pf (prefilter.h; not owned, may be
 * NULL) says cannot match; they still count in events_read, unwarned even
 * when malformed. */
struct sq_prefilter;
void sq_event_reader_set_prefilter(sq_event_reader *er, const struct sq_prefilter *pf);
/* Extract only the fields scan (src/input/scan.h; not owned, may be NULL)
 * needs, falling back on the full extraction for records it refuses. */
struct sq_scan;
void sq_event_reader_set_scan(sq_event_reader *er, struct sq_scan *scan);
/* How many records the prefilter skipped so far. */
uint64_t sq_event_reader_skipped(const sq_event_reader *er);
void sq_event_reader_close(sq_event_reader *er);

#endif
