/* datasource.c — data source objects read from security_content YAML: each
 * names a kind of event ("Sysmon EventID 1") and lists the fields such
 * events carry once Splunk has extracted them.  `splq check` compares the
 * fields a rule reads with these lists. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "core/datasource.h"
#include "splq/buf.h"
#include "splq/check.h"
#include "splq/conf.h"
#include "splq/event.h"

struct sq_datasources {
    sq_datasource *v;
    size_t n, cap;
};

sq_datasources *sq_datasources_new(void) {
    return sq_xcalloc(1, sizeof(sq_datasources));
}

void sq_datasources_free(sq_datasources *ds) {
    if (!ds)
        return;
    for (size_t i = 0; i < ds->n; i++) {
        free(ds->v[i].name);
        free(ds->v[i].path);
        sq_symtab_free(ds->v[i].fields);
    }
    free(ds->v);
    free(ds);
}

size_t sq_datasources_count(const sq_datasources *ds) {
    return ds ? ds->n : 0;
}

const sq_datasource *sq_datasource_find(const sq_datasources *ds, const char *name, size_t len) {
    /* A later file of the same name wins, as later macro directories do. */
    for (size_t i = ds ? ds->n : 0; i-- > 0;)
        if (strlen(ds->v[i].name) == len && strncasecmp(ds->v[i].name, name, len) == 0)
            return &ds->v[i];
    return NULL;
}

static yaml_node_t *map_get(yaml_document_t *doc, yaml_node_t *map, const char *key) {
    if (!map || map->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = yaml_document_get_node(doc, p->key);
        if (k && k->type == YAML_SCALAR_NODE && strcmp((char *)k->data.scalar.value, key) == 0)
            return yaml_document_get_node(doc, p->value);
    }
    return NULL;
}

/* One file; a YAML document that is not a data source (no name) is skipped. */
static int load_file(sq_datasources *ds, const char *path, sq_error *err) {
    char *text;
    size_t len;
    if (sq_read_file(path, &text, &len, err) < 0)
        return -1;
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    int rc = 0;
    if (!yaml_parser_load(&parser, &doc)) {
        rc = sq_fail(err, SQ_ERR_IO, "%s:%zu: %s", path, parser.problem_mark.line + 1,
                     parser.problem ? parser.problem : "invalid YAML");
        yaml_parser_delete(&parser);
        free(text);
        return rc;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    yaml_node_t *name = map_get(&doc, root, "name");
    if (name && name->type == YAML_SCALAR_NODE && name->data.scalar.length > 0) {
        if (ds->n == ds->cap) {
            ds->cap = ds->cap ? ds->cap * 2 : 64;
            ds->v = sq_xrealloc(ds->v, ds->cap * sizeof *ds->v);
        }
        sq_datasource *d = &ds->v[ds->n++];
        d->name = sq_xstrndup((char *)name->data.scalar.value, name->data.scalar.length);
        d->path = sq_xstrdup(path);
        d->fields = NULL;
        yaml_node_t *fields = map_get(&doc, root, "fields");
        if (fields && fields->type == YAML_SEQUENCE_NODE) {
            d->fields = sq_symtab_new();
            for (yaml_node_item_t *i = fields->data.sequence.items.start;
                 i < fields->data.sequence.items.top; i++) {
                yaml_node_t *f = yaml_document_get_node(&doc, *i);
                if (f && f->type == YAML_SCALAR_NODE)
                    sq_intern(d->fields, (char *)f->data.scalar.value, f->data.scalar.length);
            }
        }
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    free(text);
    return 0;
}

static int has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && strcasecmp(s + n - k, suffix) == 0;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int sq_datasources_load_dir(sq_datasources *ds, const char *dir, sq_error *err) {
    DIR *dh = opendir(dir);
    if (!dh)
        return sq_fail(err, SQ_ERR_IO, "%s: cannot open the data source directory", dir);
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.' ||
            !(has_suffix(e->d_name, ".yml") || has_suffix(e->d_name, ".yaml")))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            names = sq_xrealloc(names, cap * sizeof *names);
        }
        names[n++] = sq_xstrdup(e->d_name);
    }
    closedir(dh);
    /* Sorted, so that which of two same-named files wins does not depend on
     * the directory's order. */
    sq_sort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    sq_buf path = SQ_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        sq_buf_reset(&path);
        sq_buf_printf(&path, "%s/%s", dir, names[i]);
        if (rc == 0 && load_file(ds, path.data, err) < 0)
            rc = -1;
        free(names[i]);
    }
    free(names);
    sq_buf_free(&path);
    return rc;
}
