/* plan.h — from a pipeline AST to a chain of operators, and running it. */
#ifndef SPLQ_PLAN_H
#define SPLQ_PLAN_H

#include "splq/ast.h"
#include "splq/command.h"
#include "splq/error.h"
#include "splq/query.h"

typedef struct sq_plan sq_plan;

/* Resolve every stage to a command and set it up; the last operator feeds
 * sink (which the caller owns).  An unknown or refused command is an error
 * with the stage's span. */
int sq_plan_build(sq_query *q, const sq_ast *pipeline, sq_op *sink, sq_plan **out, sq_error *err);
/* Does the plan read events from the inputs (no generating first stage)? */
int sq_plan_reads_input(const sq_plan *p);
sq_op *sq_plan_head(sq_plan *p);
/* Feed the query's inputs (or run the generating head), then finish. */
int sq_plan_run(sq_plan *p, sq_error *err);
void sq_plan_free(sq_plan *p);

/* The result columns the plan's commands name (table f1 f2, with only
 * row-filtering or reordering commands after it), or 0: the columns are
 * those the rows hold.  *syms belongs to the plan. */
size_t sq_plan_columns(const sq_plan *p, const sq_sym **syms);

/* Per-stage counts after a run: for stage i, events in and out. */
size_t sq_plan_stage_count(const sq_plan *p);
const sq_op *sq_plan_stage(const sq_plan *p, size_t i);

/* Run a subsearch over the same inputs; its results are collected in order. */
typedef struct sq_rowset {
    sq_event **rows;
    size_t n;
    size_t cap;
} sq_rowset;
int sq_run_subpipeline(sq_query *q, const sq_ast *pipeline, sq_rowset *out, sq_error *err);
/* op keeps rs's rows as well (the memory ceiling, sq_op_hold). */
int sq_op_hold_rows(sq_op *op, const sq_rowset *rs, sq_error *err);
void sq_rowset_free(sq_rowset *rs);
/* sq_run_subpipeline within Splunk's subsearch limits: the run stops once
 * maxout results are in or maxtime seconds have passed (<= 0: no such
 * limit), and the results so far are its results, as when Splunk finalizes
 * a subsearch.  *truncated (may be NULL): 0, or 1 for maxout, 2 for maxtime.
 * Results read from the inputs carry their position in them as seq. */
int sq_run_subpipeline_limited(sq_query *q, const sq_ast *pipeline, long long maxout,
                               double maxtime, sq_rowset *out, int *truncated, sq_error *err);
/* A sink operator that collects rows into rs. */
void sq_rowset_sink(sq_op *op, sq_query *q, sq_rowset *rs);

#endif
