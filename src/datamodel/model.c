/* model.c — reading data model definitions in Splunk's data model JSON
 * format (the files of an app's default/data/models/), and looking models
 * and datasets up.
 *
 * What is read of a model document:
 *   modelName                      the model's name (required)
 *   objects[]                      its datasets (required, at least one):
 *     objectName                   the dataset's name (required, unique)
 *     parentName                   BaseEvent / BaseSearch / BaseTransaction
 *                                  for a root, else another dataset's name
 *     constraints[].search         searches an event must match (ANDed)
 *     baseSearch                   a BaseSearch root's search
 *     fields[].fieldName           the dataset's fields; an entry whose
 *                                  `owner` names another dataset (an
 *                                  inherited field repeated) is skipped, as
 *                                  are _time, host, source and sourcetype
 *     calculations[]               calculationType Eval: `expression` and
 *                                  outputFields[0].fieldName; other types
 *                                  (Lookup, GeoIP, Rex) are kept and
 *                                  reported as unsupported when a query uses
 *                                  the dataset
 * Everything else (displayName, comments, acceleration settings) is kept in
 * the document for `| datamodel` and otherwise ignored. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "datamodel/dm_int.h"
#include "splq/buf.h"
#include "splq/conf.h"

/* Deeper dataset trees than this are refused (CIM's are 3 levels). */
#define DM_MAX_DEPTH 32

sq_datamodels *sq_datamodels_new(void) {
    return sq_xcalloc(1, sizeof(sq_datamodels));
}

static void dataset_free(dm_dataset *d) {
    free(d->name);
    free(d->parent);
    free(d->lineage);
    free(d->constraint);
    free(d->base_search);
    for (size_t i = 0; i < d->nfields; i++)
        free(d->fields[i]);
    free(d->fields);
    for (size_t i = 0; i < d->ncalcs; i++) {
        free(d->calcs[i].type);
        free(d->calcs[i].expr);
        free(d->calcs[i].output);
    }
    free(d->calcs);
}

static void model_free(dm_model *m) {
    for (size_t i = 0; i < m->nds; i++)
        dataset_free(&m->ds[i]);
    free(m->ds);
    free(m->name);
    free(m->path);
    json_decref(m->json);
}

void sq_datamodels_free(sq_datamodels *m) {
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++)
        model_free(&m->models[i]);
    free(m->models);
    free(m);
}

size_t sq_datamodels_count(const sq_datamodels *m) {
    return m ? m->n : 0;
}

const char *sq_datamodels_name_at(const sq_datamodels *m, size_t i) {
    return m && i < m->n ? m->models[i].name : NULL;
}

/* --- reading one document --------------------------------------------------- */

static const char *jstr(const json_t *obj, const char *key) {
    const json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int is_base_field(const char *name) {
    static const char *const base[] = {"_time", "host", "source", "sourcetype"};
    for (size_t i = 0; i < sizeof base / sizeof *base; i++)
        if (strcmp(name, base[i]) == 0)
            return 1;
    return 0;
}

/* An entry (field or calculation) belongs to the dataset unless its owner
 * names someone else. */
static int owned_by(const json_t *entry, const char *dataset) {
    const char *owner = jstr(entry, "owner");
    return !owner || strcmp(owner, dataset) == 0;
}

static void add_field(dm_dataset *d, const char *name) {
    for (size_t i = 0; i < d->nfields; i++)
        if (strcmp(d->fields[i], name) == 0)
            return;
    d->fields = sq_xrealloc(d->fields, (d->nfields + 1) * sizeof *d->fields);
    d->fields[d->nfields++] = sq_xstrdup(name);
}

static int fail_model(sq_error *err, const char *path, const char *what, const char *name) {
    return sq_fail(err, SQ_ERR_ARG, "%s: %s%s%s", path, what, name ? " " : "", name ? name : "");
}

static int read_fields(dm_dataset *d, const json_t *obj, const char *path, sq_error *err) {
    const json_t *fields = json_object_get(obj, "fields");
    if (fields && !json_is_array(fields))
        return fail_model(err, path, "`fields` must be an array in dataset", d->name);
    size_t i;
    const json_t *f;
    json_array_foreach(fields, i, f) {
        const char *name = jstr(f, "fieldName");
        if (!name || !*name)
            return fail_model(err, path, "a field without fieldName in dataset", d->name);
        if (owned_by(f, d->name) && !is_base_field(name))
            add_field(d, name);
    }
    return 0;
}

static int read_calcs(dm_dataset *d, const json_t *obj, const char *path, sq_error *err) {
    const json_t *calcs = json_object_get(obj, "calculations");
    if (calcs && !json_is_array(calcs))
        return fail_model(err, path, "`calculations` must be an array in dataset", d->name);
    size_t i;
    const json_t *c;
    json_array_foreach(calcs, i, c) {
        if (!owned_by(c, d->name))
            continue;
        const char *type = jstr(c, "calculationType");
        const json_t *outs = json_object_get(c, "outputFields");
        if (!type)
            return fail_model(err, path, "a calculation without calculationType in dataset",
                              d->name);
        d->calcs = sq_xrealloc(d->calcs, (d->ncalcs + 1) * sizeof *d->calcs);
        dm_calc *k = &d->calcs[d->ncalcs++];
        memset(k, 0, sizeof *k);
        k->type = sq_xstrdup(type);
        k->kind = strcmp(type, "Eval") == 0 ? DM_CALC_EVAL : DM_CALC_UNSUPPORTED;
        size_t j;
        const json_t *o;
        json_array_foreach(outs, j, o) {
            const char *name = jstr(o, "fieldName");
            if (!name || !*name)
                continue;
            if (!k->output)
                k->output = sq_xstrdup(name);
            if (!is_base_field(name))
                add_field(d, name);
        }
        if (k->kind == DM_CALC_EVAL) {
            const char *expr = jstr(c, "expression");
            if (!expr || !k->output)
                return fail_model(err, path,
                                  "an Eval calculation needs an expression and an output "
                                  "field, in dataset",
                                  d->name);
            k->expr = sq_xstrdup(expr);
        }
    }
    return 0;
}

static int read_constraints(dm_dataset *d, const json_t *obj, const char *path, sq_error *err) {
    const json_t *cons = json_object_get(obj, "constraints");
    if (cons && !json_is_array(cons))
        return fail_model(err, path, "`constraints` must be an array in dataset", d->name);
    sq_buf b = SQ_BUF_INIT;
    size_t i;
    const json_t *c;
    json_array_foreach(cons, i, c) {
        if (!owned_by(c, d->name))
            continue;
        const char *s = jstr(c, "search");
        if (!s) {
            sq_buf_free(&b);
            return fail_model(err, path, "a constraint without a search in dataset", d->name);
        }
        if (!*s)
            continue;
        if (b.len)
            sq_buf_addc(&b, ' ');
        sq_buf_printf(&b, "(%s)", s);
    }
    d->constraint = b.len ? sq_buf_steal(&b) : NULL;
    sq_buf_free(&b);
    const char *base = jstr(obj, "baseSearch");
    if (base && *base)
        d->base_search = sq_xstrdup(base);
    return 0;
}

static int read_dataset(dm_dataset *d, const json_t *obj, const char *path, sq_error *err) {
    const char *name = jstr(obj, "objectName");
    const char *parent = jstr(obj, "parentName");
    if (!name || !*name)
        return fail_model(err, path, "a dataset (object) without objectName", NULL);
    d->name = sq_xstrdup(name);
    if (strchr(name, '.'))
        return fail_model(err, path, "a dataset name may not contain '.':", name);
    d->parent = sq_xstrdup(parent ? parent : "BaseEvent");
    d->parent_idx = -1;
    d->json = (json_t *)obj;
    if (read_fields(d, obj, path, err) < 0 || read_calcs(d, obj, path, err) < 0 ||
        read_constraints(d, obj, path, err) < 0)
        return -1;
    return 0;
}

static int is_base_parent(const char *p) {
    return strcmp(p, "BaseEvent") == 0 || strcmp(p, "BaseSearch") == 0 ||
           strcmp(p, "BaseTransaction") == 0 || strcmp(p, "BaseInterface") == 0;
}

/* Parents by index, lineages, and no cycles. */
static int link_datasets(dm_model *m, sq_error *err) {
    for (size_t i = 0; i < m->nds; i++) {
        dm_dataset *d = &m->ds[i];
        for (size_t j = 0; j < i; j++)
            if (strcmp(m->ds[j].name, d->name) == 0)
                return fail_model(err, m->path, "dataset defined twice:", d->name);
        if (is_base_parent(d->parent))
            continue;
        d->parent_idx = sq_dm_find_dataset(m, d->parent);
        if (d->parent_idx < 0) {
            sq_fail(err, SQ_ERR_ARG, "%s: dataset %s: parent %s is not defined", m->path, d->name,
                    d->parent);
            return -1;
        }
    }
    for (size_t i = 0; i < m->nds; i++) {
        int chain[DM_MAX_DEPTH + 1], n = 0;
        for (int k = (int)i; k >= 0; k = m->ds[k].parent_idx) {
            if (n == DM_MAX_DEPTH)
                return fail_model(err, m->path, "datasets nested too deep (or in a cycle) at",
                                  m->ds[i].name);
            chain[n++] = k;
        }
        sq_buf b = SQ_BUF_INIT;
        for (int k = n - 1; k >= 0; k--) {
            if (k != n - 1)
                sq_buf_addc(&b, '.');
            sq_buf_adds(&b, m->ds[chain[k]].name);
        }
        m->ds[i].lineage = sq_buf_steal(&b);
    }
    return 0;
}

static int read_model(dm_model *m, json_t *doc, sq_error *err) {
    const char *name = jstr(doc, "modelName");
    const json_t *objects = json_object_get(doc, "objects");
    if (!json_is_object(doc) || !name || !*name)
        return fail_model(err, m->path, "not a data model (no modelName)", NULL);
    if (strchr(name, '.'))
        return fail_model(err, m->path, "a model name may not contain '.':", name);
    m->name = sq_xstrdup(name);
    if (!json_is_array(objects) || json_array_size(objects) == 0)
        return fail_model(err, m->path, "no datasets (objects) in model", name);
    m->ds = sq_xcalloc(json_array_size(objects), sizeof *m->ds);
    size_t i;
    const json_t *obj;
    json_array_foreach(objects, i, obj) {
        m->nds++;
        if (!json_is_object(obj))
            return fail_model(err, m->path, "a dataset that is not an object in model", name);
        if (read_dataset(&m->ds[i], obj, m->path, err) < 0)
            return -1;
    }
    return link_datasets(m, err);
}

int sq_datamodels_load_file(sq_datamodels *dms, const char *path, sq_error *err) {
    char *text;
    size_t len;
    if (sq_read_file(path, &text, &len, err) < 0)
        return -1;
    json_error_t jerr;
    json_t *doc = json_loadb(text, len, 0, &jerr);
    free(text);
    if (!doc)
        return sq_fail(err, SQ_ERR_ARG, "%s:%d: invalid JSON: %s", path, jerr.line, jerr.text);
    dm_model m;
    memset(&m, 0, sizeof m);
    m.path = sq_xstrdup(path);
    m.json = doc;
    if (read_model(&m, doc, err) < 0) {
        model_free(&m);
        return -1;
    }
    for (size_t i = 0; i < dms->n; i++) {
        if (strcmp(dms->models[i].name, m.name) == 0) {
            model_free(&dms->models[i]);
            dms->models[i] = m;
            return 0;
        }
    }
    dms->models = sq_xrealloc(dms->models, (dms->n + 1) * sizeof *dms->models);
    dms->models[dms->n++] = m;
    return 0;
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int sq_datamodels_load_dir(sq_datamodels *dms, const char *dir, sq_error *err) {
    DIR *d = opendir(dir);
    if (!d)
        return sq_fail(err, SQ_ERR_IO, "%s: cannot open directory", dir);
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
            continue;
        names = sq_xrealloc(names, (n + 1) * sizeof *names);
        names[n++] = sq_xstrdup(e->d_name);
    }
    closedir(d);
    sq_sort(names, n, sizeof *names, cmp_names);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            sq_buf p = SQ_BUF_INIT;
            sq_buf_printf(&p, "%s/%s", dir, names[i]);
            rc = sq_datamodels_load_file(dms, p.data, err);
            sq_buf_free(&p);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

/* --- looking up ---------------------------------------------------------------- */

const dm_model *sq_dm_find_model(const sq_env *env, const char *name) {
    const sq_datamodels *dms = env ? env->datamodels : NULL;
    for (size_t i = 0; dms && i < dms->n; i++)
        if (strcmp(dms->models[i].name, name) == 0)
            return &dms->models[i];
    return NULL;
}

int sq_dm_find_dataset(const dm_model *m, const char *name) {
    for (size_t i = 0; i < m->nds; i++)
        if (strcmp(m->ds[i].name, name) == 0 ||
            (m->ds[i].lineage && strcmp(m->ds[i].lineage, name) == 0))
            return (int)i;
    return -1;
}

int sq_dm_is_ancestor(const dm_model *m, int d, int i) {
    for (int k = i; k >= 0; k = m->ds[k].parent_idx)
        if (k == d)
            return 1;
    return 0;
}

int sq_datamodel_exists(const sq_env *env, const char *name) {
    if (!name || !*name)
        return 0;
    const char *dot = strchr(name, '.');
    char *model = dot ? sq_xstrndup(name, (size_t)(dot - name)) : sq_xstrdup(name);
    const dm_model *m = sq_dm_find_model(env, model);
    free(model);
    if (!m)
        return 0;
    return !dot || sq_dm_find_dataset(m, dot + 1) >= 0;
}

char *sq_datamodel_json(const sq_env *env, const char *model, const char *dataset) {
    const dm_model *m = sq_dm_find_model(env, model);
    if (!m)
        return NULL;
    const json_t *what = m->json;
    if (dataset) {
        int i = sq_dm_find_dataset(m, dataset);
        if (i < 0)
            return NULL;
        what = m->ds[i].json;
    }
    return json_dumps(what, JSON_COMPACT | JSON_PRESERVE_ORDER);
}
