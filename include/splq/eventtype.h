/* eventtype.h — event types and tags (eventtypes.conf, tags.conf).
 *
 * An event type is a named search; every event it matches carries the name
 * in its `eventtype` field.  Tags are names attached to field values
 * (tags.conf `[eventtype=name]`, `[sourcetype=x]`, `[host=y]` stanzas with
 * `tagname = enabled`); an event carries in `tag` every tag of every
 * field value it has (event types included), in `tag::eventtype` those of
 * its event types and in `tag::<field>` those of <field>'s values.  Data
 * models select events by tag (`tag=process tag=report`).
 *
 * They are applied at search time after the sourcetype's knowledge
 * (extraction, aliases, calculated fields), as Splunk orders them, before
 * the first command sees the event. */
#ifndef SPLQ_EVENTTYPE_H
#define SPLQ_EVENTTYPE_H

#include <stddef.h>

#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

typedef struct sq_eventtypes sq_eventtypes;

sq_eventtypes *sq_eventtypes_new(void);
void sq_eventtypes_free(sq_eventtypes *e);
/* Add the stanzas of one file.  A stanza whose name holds '='
 * (`[eventtype=x]`, `[sourcetype=aws%3Acloudtrail]`: tags.conf, names
 * URL-encoded) lists tags; any other stanza with a `search` key is an event
 * type (eventtypes.conf).  Other stanzas are ignored, so an app's default/
 * directory can be loaded as it is.  A later definition of the same event
 * type or tag replaces the earlier one. */
int sq_eventtypes_load(sq_eventtypes *e, const char *path, sq_error *err);
/* Every *.conf file of dir, in byte order of names (not recursive). */
int sq_eventtypes_load_dir(sq_eventtypes *e, const char *dir, sq_error *err);
size_t sq_eventtypes_count(const sq_eventtypes *e);     /* event types defined */
size_t sq_eventtypes_tag_count(const sq_eventtypes *e); /* tagged field values */

/* Compiled for one query (searches compiled once).  An event type whose
 * search does not compile is reported once through the diag sink and
 * skipped.  q->env->eventtypes NULL or empty: applying does nothing. */
typedef struct sq_et_apply sq_et_apply;
int sq_et_apply_new(sq_query *q, sq_et_apply **out, sq_error *err);
/* Set eventtype, tag, tag::eventtype and tag::<field> on ev. */
int sq_et_apply_event(sq_et_apply *a, sq_event *ev, sq_error *err);
void sq_et_apply_free(sq_et_apply *a);

#endif
