/* lookup.c — the lookup registry: definitions read from lookup directories
 * (security_content YAML, transforms.conf-style stanzas), resolving a name
 * to a table file, and opening it with its matching rules.
 *
 * Resolution of a name, as Splunk's lookup/inputlookup do:
 *   1. a definition of that name (the last one loaded wins): its `filename`
 *      is looked for beside the definition, in ../lookups (an app's layout:
 *      default/transforms.conf and lookups/x.csv), then in the lookup
 *      directories, latest first; a `collection` is a KV store table;
 *   2. otherwise a name ending in .csv or .csv.gz is a file looked for in the
 *      lookup directories, latest first, with the default matching rules. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "lookup_int.h"
#include "splq/buf.h"
#include "splq/conf.h"
#include "splq/lookup.h"

typedef struct lookup_def {
    char *name;
    char *dir; /* the directory of the file that defined it */
    char *filename;
    char *collection;
    char *fields_list;
    char *match_type;
    char *max_matches;
    char *min_matches;
    char *default_match;
    char *case_sensitive;
    char *external; /* external_cmd: a scripted lookup (not supported) */
    char *origin;   /* "file:line" or file, for messages */
} lookup_def;

struct sq_lookups {
    lookup_def *defs;
    size_t ndefs, cap;
    char **dirs;
    size_t ndirs;
};

sq_lookups *sq_lookups_new(void) {
    return sq_xcalloc(1, sizeof(sq_lookups));
}

static void def_free(lookup_def *d) {
    free(d->name);
    free(d->dir);
    free(d->filename);
    free(d->collection);
    free(d->fields_list);
    free(d->match_type);
    free(d->max_matches);
    free(d->min_matches);
    free(d->default_match);
    free(d->case_sensitive);
    free(d->external);
    free(d->origin);
}

void sq_lookups_free(sq_lookups *l) {
    if (!l)
        return;
    for (size_t i = 0; i < l->ndefs; i++)
        def_free(&l->defs[i]);
    free(l->defs);
    for (size_t i = 0; i < l->ndirs; i++)
        free(l->dirs[i]);
    free(l->dirs);
    free(l);
}

size_t sq_lookups_count(const sq_lookups *l) {
    return l ? l->ndefs : 0;
}

const char *sq_lookups_name_at(const sq_lookups *l, size_t i) {
    return l && i < l->ndefs ? l->defs[i].name : NULL;
}

static lookup_def *def_push(sq_lookups *l) {
    if (l->ndefs == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->defs = sq_xrealloc(l->defs, l->cap * sizeof *l->defs);
    }
    lookup_def *d = &l->defs[l->ndefs++];
    memset(d, 0, sizeof *d);
    return d;
}

static const lookup_def *def_find(const sq_lookups *l, const char *name) {
    if (!l)
        return NULL;
    for (size_t i = l->ndefs; i-- > 0;)
        if (strcmp(l->defs[i].name, name) == 0)
            return &l->defs[i];
    return NULL;
}

static int has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *dup_or_null(const char *s) {
    return s ? sq_xstrdup(s) : NULL;
}

/* --- YAML definitions (security_content lookups/NAME.yml) -------------------- */

static const char *yaml_get(yaml_document_t *doc, yaml_node_t *map, const char *key) {
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = yaml_document_get_node(doc, p->key);
        yaml_node_t *v = yaml_document_get_node(doc, p->value);
        if (k && v && k->type == YAML_SCALAR_NODE && v->type == YAML_SCALAR_NODE &&
            strcmp((const char *)k->data.scalar.value, key) == 0)
            return (const char *)v->data.scalar.value;
    }
    return NULL;
}

static int load_yaml(sq_lookups *l, const char *dir, const char *path, sq_error *err) {
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
        rc = sq_fail(err, SQ_ERR_IO, "%s:%zu: malformed YAML: %s", path,
                     parser.problem_mark.line + 1, parser.problem ? parser.problem : "?");
        yaml_parser_delete(&parser);
        free(text);
        return rc;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    const char *name =
        root && root->type == YAML_MAPPING_NODE ? yaml_get(&doc, root, "name") : NULL;
    /* A YAML file without a name is not a lookup definition (a directory
     * may hold other files); it is skipped. */
    if (name && *name) {
        lookup_def *d = def_push(l);
        d->name = sq_xstrdup(name);
        d->dir = sq_xstrdup(dir);
        d->origin = sq_xstrdup(path);
        d->filename = dup_or_null(yaml_get(&doc, root, "filename"));
        d->collection = dup_or_null(yaml_get(&doc, root, "collection"));
        d->fields_list = dup_or_null(yaml_get(&doc, root, "fields_list"));
        d->match_type = dup_or_null(yaml_get(&doc, root, "match_type"));
        d->max_matches = dup_or_null(yaml_get(&doc, root, "max_matches"));
        d->min_matches = dup_or_null(yaml_get(&doc, root, "min_matches"));
        d->default_match = dup_or_null(yaml_get(&doc, root, "default_match"));
        d->case_sensitive = dup_or_null(yaml_get(&doc, root, "case_sensitive_match"));
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    free(text);
    return rc;
}

/* --- transforms.conf stanzas ------------------------------------------------- */

static int load_conf(sq_lookups *l, const char *dir, const char *path, sq_error *err) {
    sq_conf *c;
    if (sq_conf_load(path, &c, err) < 0)
        return -1;
    for (size_t i = 0; i < c->nstanzas; i++) {
        const sq_conf_stanza *s = &c->stanzas[i];
        const char *filename = sq_conf_get(s, "filename");
        const char *collection = sq_conf_get(s, "collection");
        const char *external = sq_conf_get(s, "external_cmd");
        if (!filename && !collection && !external)
            continue; /* a field extraction or other transform, not a lookup */
        lookup_def *d = def_push(l);
        d->name = sq_xstrdup(s->name);
        d->dir = sq_xstrdup(dir);
        sq_buf o = SQ_BUF_INIT;
        sq_buf_printf(&o, "%s:%d", path, s->line);
        d->origin = sq_buf_steal(&o);
        d->filename = dup_or_null(filename);
        d->collection = dup_or_null(collection);
        d->external = dup_or_null(external);
        d->fields_list = dup_or_null(sq_conf_get(s, "fields_list"));
        d->match_type = dup_or_null(sq_conf_get(s, "match_type"));
        d->max_matches = dup_or_null(sq_conf_get(s, "max_matches"));
        d->min_matches = dup_or_null(sq_conf_get(s, "min_matches"));
        d->default_match = dup_or_null(sq_conf_get(s, "default_match"));
        d->case_sensitive = dup_or_null(sq_conf_get(s, "case_sensitive_match"));
    }
    sq_conf_free(c);
    return 0;
}

static const char *const definition_suffixes[] = {".yml", ".yaml", ".conf", NULL};

int sq_lookups_add_dir(sq_lookups *l, const char *dir, sq_error *err) {
    char **paths;
    size_t n;
    if (sq_dir_files(dir, "lookup directory", definition_suffixes, &paths, &n, err) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = has_suffix(paths[i], ".conf") ? load_conf(l, dir, paths[i], err)
                                           : load_yaml(l, dir, paths[i], err);
    sq_dir_files_free(paths, n);
    if (rc == 0) {
        l->dirs = sq_xrealloc(l->dirs, (l->ndirs + 1) * sizeof *l->dirs);
        l->dirs[l->ndirs++] = sq_xstrdup(dir);
    }
    return rc;
}

/* --- resolving names ------------------------------------------------------------ */

/* A file name (never a path: a lookup cannot reach outside its directories). */
static int safe_filename(const char *f) {
    return *f && !strchr(f, '/') && strcmp(f, ".") != 0 && strcmp(f, "..") != 0;
}

/* The first existing dir/file among the definition's own places and the
 * lookup directories (latest first); NULL if none. */
static char *find_file(const sq_lookups *l, const char *defdir, const char *file) {
    sq_buf b = SQ_BUF_INIT;
    if (defdir) {
        const char *forms[] = {"%s/%s", "%s/../lookups/%s"};
        for (size_t i = 0; i < 2; i++) {
            sq_buf_reset(&b);
            sq_buf_printf(&b, forms[i], defdir, file);
            if (is_file(b.data))
                return sq_buf_steal(&b);
        }
    }
    for (size_t i = l ? l->ndirs : 0; i-- > 0;) {
        sq_buf_reset(&b);
        sq_buf_printf(&b, "%s/%s", l->dirs[i], file);
        if (is_file(b.data))
            return sq_buf_steal(&b);
    }
    sq_buf_free(&b);
    return NULL;
}

static int is_csv_name(const char *name) {
    return has_suffix(name, ".csv") || has_suffix(name, ".csv.gz");
}

static int parse_bool(const char *s, int *out) {
    static const char *const yes[] = {"true", "t", "1", "yes", "y"};
    static const char *const no[] = {"false", "f", "0", "no", "n"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        if (strcasecmp(s, yes[i]) == 0)
            return *out = 1, 1;
        if (strcasecmp(s, no[i]) == 0)
            return *out = 0, 1;
    }
    return 0;
}

static int parse_long(const char *s, long lo, long hi, long *out) {
    char *end;
    long v = strtol(s, &end, 10);
    while (*end == ' ')
        end++;
    if (end == s || *end || v < lo || v > hi)
        return 0;
    *out = v;
    return 1;
}

/* `WILDCARD(a), CIDR(b) EXACT(c)`: set the match type of each named column
 * that the table has (Splunk ignores the others). */
static int apply_match_type(sq_lookup_table *t, const char *spec, const char *origin,
                            sq_error *err) {
    const char *p = spec;
    for (;;) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        if (!*p)
            return 0;
        const char *open = strchr(p, '(');
        const char *close = open ? strchr(open, ')') : NULL;
        if (!close)
            return sq_fail(err, SQ_ERR_ARG, "%s: malformed match_type \"%s\"", origin, spec);
        size_t klen = (size_t)(open - p);
        while (klen && p[klen - 1] == ' ')
            klen--;
        sq_lookup_match_type mt;
        if (klen == 8 && strncasecmp(p, "WILDCARD", 8) == 0)
            mt = SQ_MATCH_WILDCARD;
        else if (klen == 4 && strncasecmp(p, "CIDR", 4) == 0)
            mt = SQ_MATCH_CIDR;
        else if (klen == 5 && strncasecmp(p, "EXACT", 5) == 0)
            mt = SQ_MATCH_EXACT;
        else
            return sq_fail(err, SQ_ERR_ARG,
                           "%s: unknown match_type \"%.*s\" (EXACT, WILDCARD or CIDR)", origin,
                           (int)klen, p);
        const char *f = open + 1;
        while (*f == ' ')
            f++;
        size_t flen = (size_t)(close - f);
        while (flen && f[flen - 1] == ' ')
            flen--;
        for (size_t c = 0; c < t->ncols; c++)
            if (strlen(t->cols[c]) == flen && strncmp(t->cols[c], f, flen) == 0)
                t->match[c] = mt;
        p = close + 1;
    }
}

static int apply_rules(sq_lookup_table *t, const lookup_def *d, sq_error *err) {
    if (d->case_sensitive && !parse_bool(d->case_sensitive, &t->case_sensitive))
        return sq_fail(err, SQ_ERR_ARG, "%s: case_sensitive_match wants true or false, not \"%s\"",
                       d->origin, d->case_sensitive);
    if (d->max_matches &&
        !parse_long(d->max_matches, 1, SQ_LOOKUP_MAX_MATCHES_LIMIT, &t->max_matches))
        return sq_fail(err, SQ_ERR_ARG, "%s: max_matches wants an integer from 1 to %d, not \"%s\"",
                       d->origin, SQ_LOOKUP_MAX_MATCHES_LIMIT, d->max_matches);
    if (d->min_matches &&
        !parse_long(d->min_matches, 0, SQ_LOOKUP_MAX_MATCHES_LIMIT, &t->min_matches))
        return sq_fail(err, SQ_ERR_ARG, "%s: min_matches wants an integer from 0 to %d, not \"%s\"",
                       d->origin, SQ_LOOKUP_MAX_MATCHES_LIMIT, d->min_matches);
    if (d->default_match) {
        free(t->default_match);
        t->default_match = sq_xstrdup(d->default_match);
    }
    if (d->match_type && apply_match_type(t, d->match_type, d->origin, err) < 0)
        return -1;
    return 0;
}

/* An empty table with the columns of a KV store's fields_list. */
static sq_lookup_table *kvstore_table(const lookup_def *d) {
    sq_lookup_table *t = sq_lookup_table_new();
    const char *p = d->fields_list ? d->fields_list : "";
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        size_t n = strcspn(p, " ,\t");
        if (n)
            sq_lookup_table_add_col(t, p, n);
        p += n;
    }
    t->kvstore = 1;
    return t;
}

int sq_lookup_open(const sq_lookups *l, const char *name, sq_diag *diag, sq_lookup_table **out,
                   sq_error *err) {
    *out = NULL;
    const lookup_def *d = def_find(l, name);
    char *path = NULL;
    sq_lookup_table *t = NULL;
    if (d && d->external)
        return sq_fail(err, SQ_ERR_UNSUPPORTED,
                       "lookup \"%s\" is an external (scripted) lookup, which splq cannot run (%s)",
                       name, d->origin);
    if (d && d->collection && !d->filename) {
        t = kvstore_table(d);
        if (diag)
            sq_warnf(diag,
                     "lookup \"%s\" is the KV store collection \"%s\"; splq has no KV store, so "
                     "it is an empty table",
                     name, d->collection);
    } else if (d) {
        if (!d->filename || !safe_filename(d->filename))
            return sq_fail(err, SQ_ERR_ARG, "lookup \"%s\" (%s) has no usable filename", name,
                           d->origin);
        if (!is_csv_name(d->filename))
            return sq_fail(err, SQ_ERR_UNSUPPORTED,
                           "lookup \"%s\" uses \"%s\", which is not a CSV table (.csv, .csv.gz)",
                           name, d->filename);
        path = find_file(l, d->dir, d->filename);
        if (!path)
            return sq_fail(err, SQ_ERR_IO,
                           "lookup \"%s\": its file \"%s\" was not found (defined in %s)", name,
                           d->filename, d->origin);
    } else if (is_csv_name(name) && safe_filename(name)) {
        path = find_file(l, NULL, name);
        if (!path)
            return sq_fail(err, SQ_ERR_IO,
                           "lookup table file \"%s\" was not found in the lookup directories%s",
                           name, l && l->ndirs ? "" : " (none given: use --lookups DIR)");
    } else {
        return sq_fail(err, SQ_ERR_ARG,
                       "the lookup table \"%s\" does not exist (no definition of that name%s)",
                       name, l && l->ndirs ? "" : "; no lookup directories: use --lookups DIR");
    }
    if (path) {
        int rc = sq_csv_read(path, &t, err);
        if (rc < 0) {
            free(path);
            return -1;
        }
        t->path = path;
    }
    t->name = sq_xstrdup(name);
    if (d && apply_rules(t, d, err) < 0) {
        sq_lookup_table_free(t);
        return -1;
    }
    *out = t;
    return 0;
}

int sq_lookup_write_path(const sq_lookups *l, const char *name, char **path, int *kvstore,
                         sq_error *err) {
    *path = NULL;
    *kvstore = 0;
    const lookup_def *d = def_find(l, name);
    const char *file = name;
    const char *defdir = NULL;
    if (d && d->external)
        return sq_fail(err, SQ_ERR_UNSUPPORTED,
                       "lookup \"%s\" is an external (scripted) lookup; it cannot be written",
                       name);
    if (d && d->collection && !d->filename) {
        *kvstore = 1;
        return 0;
    }
    if (d) {
        if (!d->filename || !safe_filename(d->filename) || !is_csv_name(d->filename))
            return sq_fail(err, SQ_ERR_ARG, "lookup \"%s\" (%s) has no usable CSV filename", name,
                           d->origin);
        file = d->filename;
        defdir = d->dir;
    } else if (!is_csv_name(name) || !safe_filename(name)) {
        return sq_fail(err, SQ_ERR_ARG,
                       "outputlookup: \"%s\" is neither a lookup definition nor a file name "
                       "ending in .csv or .csv.gz",
                       name);
    }
    *path = find_file(l, defdir, file);
    if (*path)
        return 0;
    const char *dir = defdir ? defdir : l && l->ndirs ? l->dirs[l->ndirs - 1] : NULL;
    if (!dir)
        return sq_fail(err, SQ_ERR_ARG,
                       "outputlookup: no lookup directory to write \"%s\" to (use --lookups DIR)",
                       file);
    sq_buf b = SQ_BUF_INIT;
    sq_buf_printf(&b, "%s/%s", dir, file);
    *path = sq_buf_steal(&b);
    return 0;
}
