/* subsearch.h — running the subsearches and subpipelines of commands
 * (internal to src/commands/: append, appendcols, appendpipe, join, map,
 * multisearch, union, foreach).
 *
 * Splunk limits a subsearch by the number of results it returns (maxout) and
 * by its run time (maxtime): past either, the subsearch is finalized and the
 * results so far are used, with a message.  The defaults depend on the
 * command (limits.conf [subsearch] maxout = 10000, maxtime = 60; append,
 * appendcols: 50000 and 60; [join] subsearch_maxout = 50000,
 * subsearch_maxtime = 60). */
#ifndef SPLQ_COMMANDS_SUBSEARCH_H
#define SPLQ_COMMANDS_SUBSEARCH_H

#include "splq/ast.h"
#include "splq/command.h"
#include "splq/plan.h"

#define SQ_SUBSEARCH_MAXOUT 10000
#define SQ_SUBSEARCH_MAXTIME 60
#define SQ_APPEND_MAXOUT 50000
#define SQ_JOIN_MAXOUT 50000

/* Run a SUBSEARCH node's pipeline (or a PIPELINE node) over the query's
 * inputs, collecting its results into out (which the caller frees).  maxout
 * <= 0 or maxtime <= 0 means no such limit.  A truncated run warns, naming
 * cmd. */
int sq_subsearch_run(sq_query *q, const char *cmd, const sq_ast *node, long long maxout,
                     double maxtime, sq_rowset *out, sq_error *err);

/* Run a PIPELINE over the given events (a subpipeline: appendpipe, foreach)
 * instead of the inputs.  Takes ownership of rows[0..n); the pipeline's
 * results go to out. */
int sq_subpipeline_run(sq_query *q, const sq_ast *pipeline, sq_event **rows, size_t n,
                       sq_rowset *out, sq_error *err);

/* Is every stage of the pipeline a distributable streaming command (what
 * multisearch allows and union merges rather than appends)?  When not,
 * *why names the first stage that is not. */
int sq_pipeline_streaming(const sq_ast *pipeline, const char **why);

/* Merge result sets into out in input order (by each result's seq; ties
 * in set order), as Splunk interleaves streaming searches.  The sets are
 * emptied (their rows move to out). */
void sq_rowsets_interleave(sq_rowset *sets, size_t n, sq_rowset *out);

#endif
