/* datamodel.h — data models (Splunk's data model JSON format) and the
 * per-query view of one dataset that tstats, datamodel and from read.
 *
 * A model is a tree of datasets.  A root dataset (parent BaseEvent or
 * BaseSearch) selects events with a constraint search (or a base search:
 * a search followed by eval/search/where stages); a child adds its own
 * constraint.  Each dataset may add fields and Eval calculations.  Fields
 * are exposed with the lineage of the dataset that owns them as a prefix
 * (`Processes.process_name`, `All_Changes.Account_Management.src_user`),
 * except the inherited _time, host, source, sourcetype and index.
 *
 * Evaluating a dataset over an event follows the search a data model runs:
 * the root's constraint, the root's calculations in order (each sees the
 * results of the ones before, as a chain of eval commands), then for each
 * child down to the target its constraint and its calculations.  Events
 * that are not members of the target dataset are not selected.  See
 * docs/datamodels.md. */
#ifndef SPLQ_DATAMODEL_H
#define SPLQ_DATAMODEL_H

#include <stddef.h>

#include "splq/error.h"
#include "splq/event.h"
#include "splq/query.h"

typedef struct sq_datamodels sq_datamodels;

sq_datamodels *sq_datamodels_new(void);
void sq_datamodels_free(sq_datamodels *m);
/* Read one model file (a JSON object with modelName and objects).  A model
 * of the same name replaces an earlier one.  A file that is not a valid
 * model is an error naming it. */
int sq_datamodels_load_file(sq_datamodels *m, const char *path, sq_error *err);
/* Every *.json file of dir, in byte order of names (not recursive). */
int sq_datamodels_load_dir(sq_datamodels *m, const char *dir, sq_error *err);
size_t sq_datamodels_count(const sq_datamodels *m);
const char *sq_datamodels_name_at(const sq_datamodels *m, size_t i);

/* Is a model (name "Endpoint") or a dataset of it ("Endpoint.Processes",
 * "Change.All_Changes.Account_Management", or the dataset's own name after
 * the model's: "Change.Account_Management") defined?  Model and dataset
 * names are case-sensitive, as in Splunk.  For `splq check`. */
int sq_datamodel_exists(const sq_env *env, const char *name);

/* How a view names the dataset's fields in the events it builds. */
typedef enum sq_dm_naming {
    SQ_DM_PREFIXED, /* Processes.process_name (tstats, datamodel ... search) */
    SQ_DM_FLAT      /* process_name (datamodel ... flat, from datamodel) */
} sq_dm_naming;

typedef struct sq_dm_view sq_dm_view;

typedef struct sq_dm_view_opts {
    const char *model;    /* model name */
    const char *dataset;  /* the dataset named after the model; NULL: the model's
                           * only root dataset (an error when it has several) */
    const char *nodename; /* NULL, or a dataset path below `dataset`
                           * ("All_Changes.Account_Management") that events
                           * must belong to (tstats `where nodename=`) */
    int root_only;        /* dataset must be a root dataset (tstats FROM) */
    int descendants;      /* expose the fields of every descendant the event
                           * belongs to, as an accelerated summary holds them */
    sq_dm_naming naming;
    int keep_all; /* keep every field of the event too (strict_fields=false) */
    int keep_raw; /* keep _raw */
} sq_dm_view_opts;

/* Compile a view for query q: constraint searches (macros expanded through
 * q->env's macros), calculations.  Errors name the model or dataset (and
 * carry no span: callers attach their argument's). */
int sq_dm_view_new(sq_query *q, const sq_dm_view_opts *opts, sq_dm_view **out, sq_error *err);
void sq_dm_view_free(sq_dm_view *v);

/* Select and project one event: evaluates the dataset chain on ev (whose
 * calculated fields are set in place), and when ev belongs to the target
 * dataset returns 1 with *out a new event holding the view's fields.
 * 0: not a member (*out NULL).  -1: error. */
int sq_dm_view_apply(sq_dm_view *v, sq_event *ev, sq_event **out, sq_error *err);

/* The dataset's lineage ("All_Changes.Account_Management") and the SPL the
 * view is equivalent to, for `datamodel ... search_string` (malloc'd). */
const char *sq_dm_view_lineage(const sq_dm_view *v);
char *sq_dm_view_search_string(const sq_dm_view *v);

/* The JSON text of a model (dataset NULL) or of one of its datasets, as
 * loaded, for `| datamodel <model> [<dataset>]`; malloc'd, NULL when not
 * defined. */
char *sq_datamodel_json(const sq_env *env, const char *model, const char *dataset);

#endif
