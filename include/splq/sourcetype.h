/* sourcetype.h — per-sourcetype knowledge: how _time is found, field
 * aliases and calculated fields, from props.conf-style files. */
#ifndef SPLQ_SOURCETYPE_H
#define SPLQ_SOURCETYPE_H

#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

typedef struct sq_sourcetypes sq_sourcetypes;

sq_sourcetypes *sq_sourcetypes_new(void);
void sq_sourcetypes_free(sq_sourcetypes *s);
/* Add the stanzas of a props.conf-style file; later stanzas of the same
 * name replace earlier keys. */
int sq_sourcetypes_load(sq_sourcetypes *s, const char *path, sq_error *err);
int sq_sourcetypes_load_dir(sq_sourcetypes *s, const char *dir, sq_error *err);

/* May any stanza's knowledge set or change the field `name` (FIELDALIAS
 * target, EVAL- field, or a mention in any other setting)?  The planner
 * derives no prefilter term from such a field. */
int sq_sourcetypes_may_set(const sq_sourcetypes *s, const char *name, size_t len);

/* The sourcetype of a JSON record when none was given: aws:cloudtrail for
 * CloudTrail records, XmlWinEventLog for Windows event log records (keys
 * Channel and EventID), kube:apiserver:audit for Kubernetes audit events,
 * _json otherwise. */
const char *sq_sourcetype_detect(const char *text, size_t len);
/* The same decision from which of the keys it looks for the record holds
 * (bit i: the raw text `"` sq_sourcetype_detect_key(i) `"` occurs), for a
 * scanner that sees every string of the record (src/input/scan.c). */
enum { SQ_DETECT_KEYS = 10 };
const char *sq_sourcetype_detect_key(int i);
const char *sq_sourcetype_from_keys(unsigned found);

/* Add to n (needed.h) the inputs of every field alias, calculated field
 * and timestamp setting, of any stanza, whose output n needs, until nothing
 * changes.  -1 when a calculated field's reads cannot be told (n is then
 * to be taken as all). */
struct sq_needed;
int sq_sourcetypes_need(const sq_sourcetypes *s, struct sq_needed *n);

/* Knowledge compiled for one query (expressions compiled once). */
typedef struct sq_st_apply sq_st_apply;
int sq_st_apply_new(sq_query *q, sq_st_apply **out, sq_error *err);
/* Apply only the knowledge whose outputs n needs (not owned; NULL: all):
 * _time when sq_needed_time, event types when sq_needed_tags, each alias
 * and calculated field when its target is needed.  Everything is still
 * compiled, so that its warnings are the same.  Call before any event. */
void sq_st_apply_set_needed(sq_st_apply *a, const struct sq_needed *n);
/* Set _time, then FIELDALIAS, then EVAL- (all computed from the event as it
 * stood before them), for the event's sourcetype field; then event types
 * and tags (eventtype.h).  A sourcetype without a stanza of its exact name
 * uses one whose name differs only in case. */
int sq_st_apply_event(sq_st_apply *a, sq_event *ev, sq_error *err);
void sq_st_apply_free(sq_st_apply *a);

#endif
