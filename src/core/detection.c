/* detection.c — reading detection YAML files (security_content's schema and
 * the newer one of the founding rule share the keys read here). */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "splq/buf.h"
#include "splq/conf.h"
#include "splq/detection.h"

static yaml_node_t *map_get(yaml_document_t *doc, yaml_node_t *map, const char *key) {
    if (!map || map->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yaml_document_get_node(doc, p->key);
        if (k && k->type == YAML_SCALAR_NODE && strcmp((char *)k->data.scalar.value, key) == 0)
            return yaml_document_get_node(doc, p->value);
    }
    return NULL;
}

static char *scalar_dup(yaml_node_t *n) {
    if (!n || n->type != YAML_SCALAR_NODE)
        return NULL;
    return sq_xstrndup((char *)n->data.scalar.value, n->data.scalar.length);
}

static void read_list(yaml_document_t *doc, yaml_node_t *n, char ***out, size_t *count) {
    *out = NULL;
    *count = 0;
    if (!n || n->type != YAML_SEQUENCE_NODE)
        return;
    size_t max = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    *out = sq_xcalloc(max + 1, sizeof **out);
    for (yaml_node_item_t *i = n->data.sequence.items.start; i < n->data.sequence.items.top; i++) {
        char *s = scalar_dup(yaml_document_get_node(doc, *i));
        if (s)
            (*out)[(*count)++] = s;
    }
}

int sq_detection_load(const char *path, sq_detection **out, sq_error *err) {
    *out = NULL;
    char *text;
    size_t len;
    if (sq_read_file(path, &text, &len, err) < 0)
        return -1;
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    int ok = yaml_parser_load(&parser, &doc);
    int rc = -1;
    if (!ok) {
        sq_fail(err, SQ_ERR_IO, "%s:%zu: %s", path, parser.problem_mark.line + 1,
                parser.problem ? parser.problem : "invalid YAML");
        goto done_parser;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    char *search = scalar_dup(map_get(&doc, root, "search"));
    if (!search) {
        sq_fail(err, SQ_ERR_IO, "%s: no `search` in this detection", path);
        goto done_doc;
    }
    sq_detection *d = sq_xcalloc(1, sizeof *d);
    d->path = sq_xstrdup(path);
    d->search = search;
    d->name = scalar_dup(map_get(&doc, root, "name"));
    d->id = scalar_dup(map_get(&doc, root, "id"));
    read_list(&doc, map_get(&doc, root, "data_source"), &d->data_sources, &d->ndata_sources);
    *out = d;
    rc = 0;
done_doc:
    yaml_document_delete(&doc);
done_parser:
    yaml_parser_delete(&parser);
    free(text);
    return rc;
}

void sq_detection_free(sq_detection *d) {
    if (!d)
        return;
    free(d->path);
    free(d->name);
    free(d->id);
    free(d->search);
    for (size_t i = 0; i < d->ndata_sources; i++)
        free(d->data_sources[i]);
    free(d->data_sources);
    free(d);
}
