/* dm_int.h — data model definitions as loaded (internal to src/datamodel/). */
#ifndef SPLQ_DATAMODEL_INT_H
#define SPLQ_DATAMODEL_INT_H

#include <jansson.h>
#include <stddef.h>

#include "splq/datamodel.h"

typedef enum dm_calc_kind { DM_CALC_EVAL, DM_CALC_UNSUPPORTED } dm_calc_kind;

typedef struct dm_calc {
    dm_calc_kind kind;
    char *type;   /* calculationType as written (Eval, Lookup, GeoIP, Rex) */
    char *expr;   /* Eval: the expression */
    char *output; /* Eval: the field it sets */
} dm_calc;

typedef struct dm_dataset {
    char *name;
    char *parent;      /* BaseEvent, BaseSearch, ... or a dataset of the model */
    int parent_idx;    /* -1 for a root dataset */
    char *lineage;     /* Root.Child.Grandchild */
    char *constraint;  /* the constraint searches, each in parentheses; NULL: none */
    char *base_search; /* a BaseSearch root's search (may hold | stages) */
    char **fields;     /* own fields, then calculation outputs, in order */
    size_t nfields;
    dm_calc *calcs;
    size_t ncalcs;
    json_t *json; /* the object, borrowed from the model's document */
} dm_dataset;

typedef struct dm_model {
    char *name;
    char *path;
    json_t *json; /* the whole document */
    dm_dataset *ds;
    size_t nds;
} dm_model;

struct sq_datamodels {
    dm_model *models;
    size_t n;
};

/* The model of that name in env, or NULL. */
const dm_model *sq_dm_find_model(const sq_env *env, const char *name);
/* The index of the dataset named name (its own name, or its lineage), or -1. */
int sq_dm_find_dataset(const dm_model *m, const char *name);
/* Is dataset d (index) an ancestor of (or equal to) dataset i? */
int sq_dm_is_ancestor(const dm_model *m, int d, int i);

#endif
