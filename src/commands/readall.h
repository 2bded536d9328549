/* readall.h — generating commands that search the indexed events
 * themselves (tstats, datamodel, from datamodel) read the query's inputs
 * through this, as the planner feeds an ordinary search: every record
 * becomes an event with its sourcetype's knowledge, event types and tags
 * applied.  Internal to src/commands/. */
#ifndef SPLQ_COMMANDS_READALL_H
#define SPLQ_COMMANDS_READALL_H

#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

/* Called once per event; takes ownership of ev.  Return -1 to stop with
 * err set. */
typedef int (*sq_readall_fn)(void *ud, sq_event *ev, sq_error *err);

/* Read q's inputs (standard input when it has none) in order. */
int sq_readall(sq_query *q, sq_readall_fn fn, void *ud, sq_error *err);

#endif
