/* detection.c — reading detection YAML files (security_content's schema and
 * the newer one of the founding rule share the keys read here). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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

static void push_str(char ***list, size_t *n, char *s) {
    if (!s)
        return;
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*list)[i], s) == 0) {
            free(s);
            return;
        }
    *list = sq_xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = s;
}

/* Does a sequence of scalars (or one scalar) contain word? */
static int has_item(yaml_document_t *doc, yaml_node_t *n, const char *word) {
    if (!n)
        return 0;
    if (n->type == YAML_SCALAR_NODE)
        return strcasecmp((char *)n->data.scalar.value, word) == 0;
    if (n->type != YAML_SEQUENCE_NODE)
        return 0;
    for (yaml_node_item_t *i = n->data.sequence.items.start; i < n->data.sequence.items.top; i++)
        if (has_item(doc, yaml_document_get_node(doc, *i), word))
            return 1;
    return 0;
}

/* Visit a mapping, or each mapping of a sequence. */
static void each_map(yaml_document_t *doc, yaml_node_t *n,
                     void (*fn)(yaml_document_t *, yaml_node_t *, sq_detection *), sq_detection *d) {
    if (!n)
        return;
    if (n->type == YAML_MAPPING_NODE) {
        fn(doc, n, d);
        return;
    }
    if (n->type != YAML_SEQUENCE_NODE)
        return;
    for (yaml_node_item_t *i = n->data.sequence.items.start; i < n->data.sequence.items.top; i++)
        each_map(doc, yaml_document_get_node(doc, *i), fn, d);
}

/* 2024 schema: tags.observable[] {name, role[]}; Attacker marks a threat object. */
static void read_observable(yaml_document_t *doc, yaml_node_t *o, sq_detection *d) {
    char *name = scalar_dup(map_get(doc, o, "name"));
    if (has_item(doc, map_get(doc, o, "role"), "Attacker"))
        push_str(&d->threat_fields, &d->nthreat_fields, name);
    else
        push_str(&d->risk_fields, &d->nrisk_fields, name);
}

/* Newer schema: finding.entity {field} (one or a list); threat_objects[] {field}. */
static void read_entity(yaml_document_t *doc, yaml_node_t *o, sq_detection *d) {
    push_str(&d->risk_fields, &d->nrisk_fields, scalar_dup(map_get(doc, o, "field")));
}

static void read_threat(yaml_document_t *doc, yaml_node_t *o, sq_detection *d) {
    push_str(&d->threat_fields, &d->nthreat_fields, scalar_dup(map_get(doc, o, "field")));
}

static void read_attack_data(yaml_document_t *doc, yaml_node_t *o, sq_detection *d) {
    sq_det_test *t = &d->tests[d->ntests - 1];
    char *data = scalar_dup(map_get(doc, o, "data"));
    if (!data)
        return;
    t->data = sq_xrealloc(t->data, (t->ndata + 1) * sizeof *t->data);
    t->data[t->ndata++] = (sq_attack_data){
        .data = data,
        .sourcetype = scalar_dup(map_get(doc, o, "sourcetype")),
        .source = scalar_dup(map_get(doc, o, "source")),
    };
}

static void read_test(yaml_document_t *doc, yaml_node_t *o, sq_detection *d) {
    d->tests = sq_xrealloc(d->tests, (d->ntests + 1) * sizeof *d->tests);
    sq_det_test *t = &d->tests[d->ntests++];
    memset(t, 0, sizeof *t);
    t->name = scalar_dup(map_get(doc, o, "name"));
    t->type = scalar_dup(map_get(doc, o, "test_type"));
    char *expect = scalar_dup(map_get(doc, o, "expect"));
    if (expect && strcmp(expect, "silent") == 0)
        t->expect = SQ_EXPECT_SILENT;
    else if (expect && strcmp(expect, "fires") != 0) {
        char *end;
        t->expect_count = strtol(expect, &end, 10);
        t->expect = (*end == '\0' && end != expect) ? SQ_EXPECT_COUNT : SQ_EXPECT_FIRES;
    }
    free(expect);
    each_map(doc, map_get(doc, o, "attack_data"), read_attack_data, d);
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
    yaml_node_t *tags = map_get(&doc, root, "tags");
    yaml_node_t *finding = map_get(&doc, root, "finding");
    each_map(&doc, map_get(&doc, tags, "observable"), read_observable, d);
    each_map(&doc, map_get(&doc, finding, "entity"), read_entity, d);
    each_map(&doc, map_get(&doc, finding, "threat_objects"), read_threat, d);
    each_map(&doc, map_get(&doc, root, "threat_objects"), read_threat, d);
    d->message = scalar_dup(map_get(&doc, tags, "message"));
    if (!d->message)
        d->message = scalar_dup(map_get(&doc, finding, "title"));
    each_map(&doc, map_get(&doc, root, "tests"), read_test, d);
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
    for (size_t i = 0; i < d->nrisk_fields; i++)
        free(d->risk_fields[i]);
    free(d->risk_fields);
    for (size_t i = 0; i < d->nthreat_fields; i++)
        free(d->threat_fields[i]);
    free(d->threat_fields);
    free(d->message);
    for (size_t i = 0; i < d->ntests; i++) {
        sq_det_test *t = &d->tests[i];
        for (size_t j = 0; j < t->ndata; j++) {
            free(t->data[j].data);
            free(t->data[j].sourcetype);
            free(t->data[j].source);
        }
        free(t->data);
        free(t->name);
        free(t->type);
    }
    free(d->tests);
    free(d);
}
