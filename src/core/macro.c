/* macro.c — search macros: loading definitions (security_content YAML and
 * Splunk macros.conf), expanding `backtick` calls, and the source map that
 * leads an offset of the expanded text back to the user's own text.
 *
 * Expansion is one left-to-right scan per text (the query, then each macro
 * body after argument substitution), doing two things outside double-quoted
 * strings:
 *   - ```comment``` becomes one space (Splunk: "The search processor replaces
 *     comments with a space");
 *   - `name` or `name(a, b)` becomes the body of the macro with that many
 *     arguments, itself scanned again (nested macros).
 * A backtick inside "a quoted string" is left alone: Splunk documents that
 * macros inside quoted values are not expanded, and `map search="...`m`..."`
 * relies on it (the inner search is expanded when map runs it).  Outside
 * strings \" and \\ are escapes, so `x=*\"a\"*` opens no string.
 *
 * Source map: bytes copied from the query map to themselves; every byte a
 * macro produced (at any depth) maps to the opening backtick of the
 * outermost call, so an error inside a macro body points at the call the
 * user wrote.  The map is a sorted array of segments searched by bisection. */
#include <ctype.h>
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "splq/buf.h"
#include "splq/conf.h"
#include "splq/macro.h"

/* ------------------------------------------------------------------------ */
/* The table of definitions: an array in definition order plus an open-      */
/* addressing index keyed by (name, number of arguments).                    */

typedef struct macro {
    char *name;
    int nargs;
    char **args;
    char *def;
    int iseval; /* macros.conf `iseval = 1`: the definition is an eval expression */
} macro;

struct sq_macros {
    macro *v;
    size_t n, cap;
    size_t *slots; /* index + 1 into v; 0 = empty */
    size_t nslots; /* a power of two */
};

static uint64_t key_hash(const char *name, size_t len, int nargs) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)name[i];
        h *= 1099511628211ull;
    }
    h ^= (uint64_t)(unsigned)nargs;
    h *= 1099511628211ull;
    return h;
}

static int key_eq(const macro *mac, const char *name, size_t len, int nargs) {
    return mac->nargs == nargs && strncmp(mac->name, name, len) == 0 && mac->name[len] == '\0';
}

static const macro *lookup(const sq_macros *m, const char *name, size_t len, int nargs) {
    if (!m || m->nslots == 0)
        return NULL;
    size_t mask = m->nslots - 1;
    for (size_t i = key_hash(name, len, nargs) & mask;; i = (i + 1) & mask) {
        size_t s = m->slots[i];
        if (s == 0)
            return NULL;
        if (key_eq(&m->v[s - 1], name, len, nargs))
            return &m->v[s - 1];
    }
}

static void index_insert(sq_macros *m, size_t idx) {
    const macro *mac = &m->v[idx];
    size_t mask = m->nslots - 1;
    size_t i = key_hash(mac->name, strlen(mac->name), mac->nargs) & mask;
    while (m->slots[i] != 0)
        i = (i + 1) & mask;
    m->slots[i] = idx + 1;
}

static void index_grow(sq_macros *m) {
    free(m->slots);
    m->nslots = m->nslots ? m->nslots * 2 : 64;
    m->slots = sq_xcalloc(m->nslots, sizeof *m->slots);
    for (size_t i = 0; i < m->n; i++)
        index_insert(m, i);
}

sq_macros *sq_macros_new(void) {
    return sq_xcalloc(1, sizeof(sq_macros));
}

static void macro_clear(macro *mac) {
    free(mac->name);
    for (int i = 0; i < mac->nargs; i++)
        free(mac->args[i]);
    free(mac->args);
    free(mac->def);
}

void sq_macros_free(sq_macros *m) {
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++)
        macro_clear(&m->v[i]);
    free(m->v);
    free(m->slots);
    free(m);
}

static void define(sq_macros *m, const char *name, const char *const *args, int nargs,
                   const char *definition, int iseval) {
    macro fresh = {sq_xstrdup(name), nargs, NULL, sq_xstrdup(definition), iseval};
    if (nargs > 0) {
        fresh.args = sq_xmalloc((size_t)nargs * sizeof *fresh.args);
        for (int i = 0; i < nargs; i++)
            fresh.args[i] = sq_xstrdup(args[i]);
    }
    macro *old = (macro *)lookup(m, name, strlen(name), nargs);
    if (old) { /* a later definition overrides */
        macro_clear(old);
        *old = fresh;
        return;
    }
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 64;
        m->v = sq_xrealloc(m->v, m->cap * sizeof *m->v);
    }
    m->v[m->n++] = fresh;
    if (m->n * 2 > m->nslots)
        index_grow(m);
    else
        index_insert(m, m->n - 1);
}

void sq_macros_define(sq_macros *m, const char *name, const char *const *args, int nargs,
                      const char *definition) {
    define(m, name, args, nargs, definition, 0);
}

size_t sq_macros_count(const sq_macros *m) {
    return m ? m->n : 0;
}

const char *sq_macros_name_at(const sq_macros *m, size_t i, int *nargs) {
    if (!m || i >= m->n)
        return NULL;
    if (nargs)
        *nargs = m->v[i].nargs;
    return m->v[i].name;
}

const char *sq_macros_definition_at(const sq_macros *m, size_t i, const char *const **args) {
    if (!m || i >= m->n)
        return NULL;
    if (args)
        *args = (const char *const *)m->v[i].args;
    return m->v[i].def;
}

/* ------------------------------------------------------------------------ */
/* Loading                                                                   */

static int has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && strcmp(s + n - k, suffix) == 0;
}

/* Characters a macro name may hold: anything but what delimits a call. */
static int name_char(char c) {
    return c != '\0' && !isspace((unsigned char)c) && !strchr("()`\"',=|[]$", c);
}

static int valid_name(const char *s, size_t n) {
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!name_char(s[i]))
            return 0;
    return 1;
}

static const char *yaml_scalar(yaml_document_t *doc, yaml_node_t *node) {
    return node && node->type == YAML_SCALAR_NODE ? (const char *)node->data.scalar.value : NULL;
}

/* security_content: a mapping with `name`, `definition` and an optional
 * `arguments` list (of names, or of mappings with a `name`). */
static int load_yaml(sq_macros *m, const char *path, const char *text, size_t len, sq_error *err) {
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser))
        return sq_fail(err, SQ_ERR_NOMEM, "%s: cannot start the YAML parser", path);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    if (!yaml_parser_load(&parser, &doc)) {
        int rc = sq_fail(err, SQ_ERR_SYNTAX, "%s:%zu: YAML: %s", path,
                         (size_t)parser.problem_mark.line + 1,
                         parser.problem ? parser.problem : "malformed document");
        yaml_parser_delete(&parser);
        return rc;
    }
    yaml_parser_delete(&parser);

    const char *name = NULL, *def = NULL;
    const char **args = NULL;
    int nargs = 0, rc = 0;
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (root && root->type == YAML_MAPPING_NODE) {
        for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top;
             p++) {
            const char *key = yaml_scalar(&doc, yaml_document_get_node(&doc, p->key));
            yaml_node_t *val = yaml_document_get_node(&doc, p->value);
            if (!key)
                continue;
            if (strcmp(key, "name") == 0)
                name = yaml_scalar(&doc, val);
            else if (strcmp(key, "definition") == 0)
                def = yaml_scalar(&doc, val);
            else if (strcmp(key, "arguments") == 0 && val && val->type == YAML_SEQUENCE_NODE) {
                yaml_node_item_t *it = val->data.sequence.items.start;
                size_t cnt = (size_t)(val->data.sequence.items.top - it);
                /* a repeated key replaces the earlier list (its array was
                 * sized for it alone) */
                free(args);
                nargs = 0;
                args = sq_xcalloc(cnt + 1, sizeof *args);
                for (; it < val->data.sequence.items.top; it++) {
                    yaml_node_t *a = yaml_document_get_node(&doc, *it);
                    const char *an = yaml_scalar(&doc, a);
                    if (!an && a && a->type == YAML_MAPPING_NODE) /* - name: x */
                        for (yaml_node_pair_t *q = a->data.mapping.pairs.start;
                             q < a->data.mapping.pairs.top; q++) {
                            const char *k = yaml_scalar(&doc, yaml_document_get_node(&doc, q->key));
                            if (k && strcmp(k, "name") == 0)
                                an = yaml_scalar(&doc, yaml_document_get_node(&doc, q->value));
                        }
                    if (!an || !*an) {
                        rc = sq_fail(err, SQ_ERR_SYNTAX, "%s: macro argument %d has no name", path,
                                     nargs + 1);
                        goto done;
                    }
                    args[nargs++] = an;
                }
            }
        }
    }
    if (!name || !def)
        rc = sq_fail(err, SQ_ERR_SYNTAX,
                     "%s: not a macro definition (needs `name` and `definition`)", path);
    else if (!valid_name(name, strlen(name)))
        rc = sq_fail(err, SQ_ERR_SYNTAX, "%s: `%s` is not a valid macro name", path, name);
    else
        define(m, name, args, nargs, def, 0);
done:
    free(args);
    yaml_document_delete(&doc);
    return rc;
}

static int truthy(const char *v) {
    return v && (strcmp(v, "1") == 0 || strcasecmp(v, "true") == 0 || strcasecmp(v, "t") == 0 ||
                 strcasecmp(v, "yes") == 0 || strcasecmp(v, "y") == 0);
}

/* One macros.conf stanza `[name]` or `[name(N)]` with `args = a, b`. */
static int load_stanza(sq_macros *m, const char *path, const sq_conf_stanza *st, sq_error *err) {
    const char *def = sq_conf_get(st, "definition");
    if (!def || strcmp(st->name, "default") == 0 || truthy(sq_conf_get(st, "disabled")))
        return 0;
    const char *open = strchr(st->name, '(');
    size_t nlen = open ? (size_t)(open - st->name) : strlen(st->name);
    while (nlen > 0 && isspace((unsigned char)st->name[nlen - 1]))
        nlen--;
    long declared = 0;
    if (open) {
        char *end;
        declared = strtol(open + 1, &end, 10);
        if (end == open + 1 || *end != ')' || end[1] != '\0' || declared < 0 || declared > 64)
            return sq_fail(err, SQ_ERR_SYNTAX, "%s:%d: bad macro stanza name [%s]", path, st->line,
                           st->name);
    }
    if (!valid_name(st->name, nlen))
        return sq_fail(err, SQ_ERR_SYNTAX, "%s:%d: bad macro name [%s]", path, st->line, st->name);

    char *name = sq_xstrndup(st->name, nlen);
    char *list = sq_xstrdup(sq_conf_get(st, "args") ? sq_conf_get(st, "args") : "");
    const char *args[64];
    int nargs = 0, rc = 0;
    for (char *tok = list, *next; tok; tok = next) {
        next = strchr(tok, ',');
        if (next)
            *next++ = '\0';
        while (isspace((unsigned char)*tok))
            tok++;
        char *e = tok + strlen(tok);
        while (e > tok && isspace((unsigned char)e[-1]))
            *--e = '\0';
        if (*tok == '\0' && !next && nargs == 0)
            break; /* no args at all */
        if (*tok == '\0' || nargs == 64) {
            rc = sq_fail(err, SQ_ERR_SYNTAX, "%s:%d: bad args list for [%s]", path, st->line,
                         st->name);
            goto done;
        }
        args[nargs++] = tok;
    }
    if (nargs != declared)
        rc = sq_fail(err, SQ_ERR_SYNTAX,
                     "%s:%d: macro [%s] declares %ld argument%s but args lists %d", path, st->line,
                     st->name, declared, declared == 1 ? "" : "s", nargs);
    else
        define(m, name, args, nargs, def, truthy(sq_conf_get(st, "iseval")));
done:
    free(list);
    free(name);
    return rc;
}

static int load_conf(sq_macros *m, const char *path, const char *text, size_t len, sq_error *err) {
    sq_conf *c;
    if (sq_conf_parse(path, text, len, &c, err) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < c->nstanzas && rc == 0; i++)
        rc = load_stanza(m, path, &c->stanzas[i], err);
    sq_conf_free(c);
    return rc;
}

int sq_macros_load_file(sq_macros *m, const char *path, sq_error *err) {
    char *text;
    size_t len;
    if (sq_read_file(path, &text, &len, err) < 0)
        return -1;
    int rc = has_suffix(path, ".conf") ? load_conf(m, path, text, len, err)
                                       : load_yaml(m, path, text, len, err);
    free(text);
    return rc;
}

static const char *const knowledge_suffixes[] = {".yml", ".yaml", ".conf", NULL};

int sq_macros_load_dir(sq_macros *m, const char *dir, sq_error *err) {
    char **paths;
    size_t n;
    if (sq_dir_files(dir, "macro directory", knowledge_suffixes, &paths, &n, err) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = sq_macros_load_file(m, paths[i], err);
    sq_dir_files_free(paths, n);
    return rc;
}

/* ------------------------------------------------------------------------ */
/* The source map                                                            */

typedef struct seg {
    size_t exp;  /* first expanded offset of the segment */
    size_t orig; /* original offset it maps to (of its first byte if ident) */
    int ident;   /* 1: byte-for-byte copy; 0: every byte maps to orig */
} seg;

struct sq_srcmap {
    seg *segs;
    size_t n, cap;
    size_t exp_len, orig_len;
};

size_t sq_srcmap_to_original(const sq_srcmap *map, size_t off) {
    if (!map)
        return off;
    if (off >= map->exp_len || map->n == 0)
        return map->orig_len;
    size_t lo = 0, hi = map->n; /* find the last segment with exp <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (map->segs[mid].exp <= off)
            lo = mid;
        else
            hi = mid;
    }
    const seg *s = &map->segs[lo];
    return s->ident ? s->orig + (off - s->exp) : s->orig;
}

void sq_srcmap_free(sq_srcmap *map) {
    if (!map)
        return;
    free(map->segs);
    free(map);
}

/* ------------------------------------------------------------------------ */
/* Expansion                                                                 */

/* Work allowed in all, in bytes scanned (each scan also costs SCAN_COST):
 * stops a macro whose body calls an empty macro 2^50 times from running
 * forever without producing a byte. */
#define SCAN_BUDGET ((size_t)SQ_MACRO_MAX_EXPANDED * 16)
#define SCAN_COST 64

typedef struct xctx {
    const sq_macros *m;
    sq_buf out;
    sq_srcmap *map;
    sq_diag *diag;
    sq_error *err;
    const macro *stack[SQ_MACRO_MAX_DEPTH + 1]; /* the calls being expanded */
    size_t call_start, call_end;                /* the outermost call, in the original */
    size_t scanned;
} xctx;

/* Append s[0..n) to the output.  copied: it is original[pos...] (only
 * possible at depth 0); otherwise splq produced it (macro bodies, a
 * comment's space, `search *`) and it all maps to one original offset: pos
 * at depth 0, the outermost call deeper down. */
static int emit(xctx *x, int depth, const char *s, size_t n, int copied, size_t pos) {
    if (n == 0)
        return 0;
    if (x->out.len + n > SQ_MACRO_MAX_EXPANDED) {
        sq_span at = depth > 0 ? (sq_span){(int)x->call_start, (int)x->call_end}
                               : (sq_span){(int)pos, (int)(pos + 1)};
        return sq_fail_at(x->err, SQ_ERR_LIMIT, at, "macro expansion exceeds %u bytes",
                          (unsigned)SQ_MACRO_MAX_EXPANDED);
    }
    int ident = copied && depth == 0;
    size_t orig = depth == 0 ? pos : x->call_start;
    sq_srcmap *map = x->map;
    seg *last = map->n ? &map->segs[map->n - 1] : NULL;
    int joins = last && last->ident == ident &&
                (ident ? last->orig + (x->out.len - last->exp) == orig : last->orig == orig);
    if (!joins) {
        if (map->n == map->cap) {
            map->cap = map->cap ? map->cap * 2 : 16;
            map->segs = sq_xrealloc(map->segs, map->cap * sizeof *map->segs);
        }
        map->segs[map->n++] = (seg){x->out.len, orig, ident};
    }
    sq_buf_add(&x->out, s, n);
    return 0;
}

/* The span errors carry: the call itself at depth 0, else the outermost
 * call (the user never wrote the nested one). */
static sq_span err_span(const xctx *x, int depth, size_t start, size_t end) {
    if (depth > 0)
        return (sq_span){(int)x->call_start, (int)x->call_end};
    return (sq_span){(int)start, (int)end};
}

/* " (in the definition of `outer`)" for errors below the surface. */
static const char *where(const xctx *x, int depth, char *buf, size_t size) {
    if (depth == 0)
        return "";
    snprintf(buf, size, " (in the definition of `%s`)", x->stack[depth - 1]->name);
    return buf;
}

static int scan(xctx *x, const char *text, size_t len, int depth);

/* Is s[0..n) one double-quoted string, its closing quote the last byte? */
static int is_quoted(const char *s, size_t n) {
    if (n < 2 || s[0] != '"' || s[n - 1] != '"')
        return 0;
    size_t i = 1;
    while (i < n - 1 && s[i] != '"')
        i += s[i] == '\\' ? 2 : 1;
    return i == n - 1;
}

/* A quoted argument loses one level of quotes: "a \"b\"" -> a "b". */
static char *unquote_arg(const char *s, size_t n) {
    if (!is_quoted(s, n))
        return sq_xstrndup(s, n);
    sq_buf b = SQ_BUF_INIT;
    for (size_t k = 1; k < n - 1; k++) {
        if (s[k] == '\\' && k + 2 < n) { /* an escape pair: only \" loses its backslash */
            if (s[k + 1] != '"')
                sq_buf_addc(&b, '\\');
            k++;
        }
        sq_buf_addc(&b, s[k]);
    }
    return sq_buf_steal(&b);
}

typedef struct callargs {
    char **v;   /* unquoted values */
    char **raw; /* as written, trimmed (for named arguments) */
    int n;
} callargs;

static void callargs_free(callargs *a) {
    for (int i = 0; i < a->n; i++) {
        free(a->v[i]);
        free(a->raw[i]);
    }
    free(a->v);
    free(a->raw);
}

static void callargs_push(callargs *a, const char *s, size_t n) {
    while (n > 0 && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    a->v = sq_xrealloc(a->v, (size_t)(a->n + 1) * sizeof *a->v);
    a->raw = sq_xrealloc(a->raw, (size_t)(a->n + 1) * sizeof *a->raw);
    a->v[a->n] = unquote_arg(s, n);
    a->raw[a->n] = sq_xstrndup(s, n);
    a->n++;
}

/* Split the text between the parentheses on commas that are outside quotes
 * and nested brackets.  Empty text is no argument at all: `m()` is m(0). */
static void split_args(const char *s, size_t n, callargs *a) {
    size_t i = 0;
    while (i < n && isspace((unsigned char)s[i]))
        i++;
    if (i == n)
        return;
    int inq = 0, nest = 0;
    size_t start = 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (inq) {
            if (c == '\\' && i + 1 < n)
                i++;
            else if (c == '"')
                inq = 0;
        } else if (c == '\\' && i + 1 < n && (s[i + 1] == '"' || s[i + 1] == '\\'))
            i++;
        else if (c == '"')
            inq = 1;
        else if (c == '(' || c == '[')
            nest++;
        else if ((c == ')' || c == ']') && nest > 0)
            nest--;
        else if (c == ',' && nest == 0) {
            callargs_push(a, s + start, i - start);
            start = i + 1;
        }
    }
    callargs_push(a, s + start, n - start);
}

/* `m(b=2, a=1)`: arguments given by name, all of them, each once. */
static int named_order(const macro *mac, const callargs *a, int *order) {
    for (int i = 0; i < a->n; i++) {
        const char *r = a->raw[i];
        size_t k = 0;
        while (isalnum((unsigned char)r[k]) || r[k] == '_')
            k++;
        size_t e = k;
        while (r[e] == ' ' || r[e] == '\t')
            e++;
        if (k == 0 || r[e] != '=' || r[e + 1] == '=')
            return 0;
        int found = -1;
        for (int j = 0; j < mac->nargs; j++)
            if (strlen(mac->args[j]) == k && strncmp(mac->args[j], r, k) == 0)
                found = j;
        if (found < 0)
            return 0;
        for (int p = 0; p < i; p++)
            if (order[p] == found)
                return 0;
        order[i] = found;
    }
    return 1;
}

/* The value of a named argument: the text after '=', unquoted. */
static char *named_value(const char *raw) {
    const char *v = strchr(raw, '=') + 1;
    while (isspace((unsigned char)*v))
        v++;
    return unquote_arg(v, strlen(v));
}

/* The body of mac with $arg$ replaced by the argument values. */
static void substitute(const macro *mac, char *const *vals, sq_buf *body) {
    const char *d = mac->def;
    while (*d) {
        const char *dollar = mac->nargs ? strchr(d, '$') : NULL;
        if (!dollar) {
            sq_buf_adds(body, d);
            return;
        }
        sq_buf_add(body, d, (size_t)(dollar - d));
        d = dollar + 1;
        int hit = -1;
        for (int i = 0; i < mac->nargs && hit < 0; i++) {
            size_t k = strlen(mac->args[i]);
            if (strncmp(d, mac->args[i], k) == 0 && d[k] == '$')
                hit = i;
        }
        if (hit < 0) {
            sq_buf_addc(body, '$');
            continue;
        }
        sq_buf_adds(body, vals[hit]);
        d += strlen(mac->args[hit]) + 1;
    }
}

/* iseval macros: only the case that needs no evaluator, a body that is one
 * string literal ("search foo"). */
static int eval_body(xctx *x, int depth, const macro *mac, sq_buf *body, size_t start, size_t end) {
    const char *s = sq_buf_cstr(body);
    size_t n = body->len;
    while (n > 0 && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    if (!is_quoted(s, n))
        return sq_fail_at(x->err, SQ_ERR_UNSUPPORTED, err_span(x, depth, start, end),
                          "macro `%s` has an eval-based definition (iseval), which splq cannot "
                          "evaluate unless it is one string literal",
                          mac->name);
    char *lit = unquote_arg(s, n);
    sq_buf_reset(body);
    sq_buf_adds(body, lit);
    free(lit);
    return 0;
}

static int missing(xctx *x, int depth, const char *name, size_t nlen, int nargs, size_t start,
                   size_t end) {
    static const char filter[] = "_filter";
    size_t fl = sizeof filter - 1;
    if (nargs == 0 && nlen > fl && memcmp(name + nlen - fl, filter, fl) == 0) {
        /* security_content's build tool generates each detection's
         * `<name>_filter` as `search *` for users to tune. */
        if (x->diag)
            sq_notef(x->diag, "macro `%.*s` not defined: using `search *`", (int)nlen, name);
        return emit(x, depth, "search *", 8, 0, start);
    }
    char in[300];
    const sq_macros *m = x->m;
    for (size_t i = 0; m && i < m->n; i++)
        if (strncmp(m->v[i].name, name, nlen) == 0 && m->v[i].name[nlen] == '\0')
            return sq_fail_at(x->err, SQ_ERR_MACRO, err_span(x, depth, start, end),
                              "macro `%.*s` takes %d argument%s, not %d%s", (int)nlen, name,
                              m->v[i].nargs, m->v[i].nargs == 1 ? "" : "s", nargs,
                              where(x, depth, in, sizeof in));
    if (nargs > 0)
        return sq_fail_at(x->err, SQ_ERR_MACRO, err_span(x, depth, start, end),
                          "macro `%.*s(%d)` is not defined%s", (int)nlen, name, nargs,
                          where(x, depth, in, sizeof in));
    return sq_fail_at(x->err, SQ_ERR_MACRO, err_span(x, depth, start, end),
                      "macro `%.*s` is not defined%s", (int)nlen, name,
                      where(x, depth, in, sizeof in));
}

static int cycle_error(xctx *x, int depth, const macro *mac) {
    sq_buf path = SQ_BUF_INIT;
    int from = 0;
    while (x->stack[from] != mac)
        from++;
    for (int i = from; i < depth; i++)
        sq_buf_printf(&path, "`%s` -> ", x->stack[i]->name);
    sq_buf_printf(&path, "`%s`", mac->name);
    int rc =
        sq_fail_at(x->err, SQ_ERR_MACRO, err_span(x, depth, 0, 0), "macro cycle: %s", path.data);
    sq_buf_free(&path);
    return rc;
}

/* Expand one call: the text between the backticks is call[0..n), and the
 * backticks sit at start and end - 1 of the text being scanned. */
static int expand_call(xctx *x, int depth, const char *call, size_t n, size_t start, size_t end) {
    char in[300];
    if (depth == 0) {
        x->call_start = start;
        x->call_end = end;
    }
    size_t b = 0;
    while (b < n && isspace((unsigned char)call[b]))
        b++;
    while (n > b && isspace((unsigned char)call[n - 1]))
        n--;
    const char *name = call + b;
    size_t body = n - b;
    const char *paren = memchr(name, '(', body);
    size_t nlen = paren ? (size_t)(paren - name) : body;
    while (nlen > 0 && isspace((unsigned char)name[nlen - 1]))
        nlen--;
    if (!valid_name(name, nlen) || (paren && name[body - 1] != ')'))
        return sq_fail_at(x->err, SQ_ERR_SYNTAX, err_span(x, depth, start, end),
                          "malformed macro call `%.*s`%s", (int)(body < 200 ? body : 200), name,
                          where(x, depth, in, sizeof in));

    callargs a = {0};
    if (paren)
        split_args(paren + 1, (size_t)(name + body - 1 - (paren + 1)), &a);
    const macro *mac = lookup(x->m, name, nlen, a.n);
    if (!mac) {
        int rc = missing(x, depth, name, nlen, a.n, start, end);
        callargs_free(&a);
        return rc;
    }
    for (int i = 0; i < depth; i++)
        if (x->stack[i] == mac) {
            callargs_free(&a);
            return cycle_error(x, depth, mac);
        }
    if (depth >= SQ_MACRO_MAX_DEPTH) {
        callargs_free(&a);
        return sq_fail_at(x->err, SQ_ERR_MACRO, err_span(x, depth, start, end),
                          "macros nested more than %d deep (at `%s`)", SQ_MACRO_MAX_DEPTH,
                          mac->name);
    }

    int order[64];
    char **vals = a.v;
    char *named[64];
    int by_name = a.n > 0 && a.n <= 64 && named_order(mac, &a, order);
    if (by_name) {
        for (int i = 0; i < a.n; i++)
            named[order[i]] = named_value(a.raw[i]);
        vals = named;
    }
    sq_buf text = SQ_BUF_INIT;
    substitute(mac, vals, &text);
    if (by_name)
        for (int i = 0; i < a.n; i++)
            free(named[i]);
    callargs_free(&a);

    int rc = mac->iseval ? eval_body(x, depth, mac, &text, start, end) : 0;
    if (rc == 0) {
        x->stack[depth] = mac;
        rc = scan(x, sq_buf_cstr(&text), text.len, depth + 1);
    }
    sq_buf_free(&text);
    return rc;
}

static size_t find_triple(const char *s, size_t len, size_t from) {
    for (size_t i = from; i + 3 <= len; i++)
        if (s[i] == '`' && s[i + 1] == '`' && s[i + 2] == '`')
            return i;
    return SIZE_MAX;
}

/* Copy text to the output, turning comments into spaces and expanding
 * calls; quoted strings are copied untouched. */
static int scan(xctx *x, const char *text, size_t len, int depth) {
    char in[300];
    x->scanned += len + SCAN_COST;
    if (x->scanned > SCAN_BUDGET)
        return sq_fail_at(x->err, SQ_ERR_LIMIT, depth ? err_span(x, depth, 0, 0) : SQ_NO_SPAN,
                          "macro expansion takes too much work (more than %zu bytes scanned)",
                          SCAN_BUDGET);
    size_t i = 0, run = 0;
    int inq = 0;
    while (i < len) {
        char c = text[i];
        if (inq) {
            if (c == '\\' && i + 1 < len)
                i++;
            else if (c == '"')
                inq = 0;
            i++;
            continue;
        }
        if (c == '\\' && i + 1 < len && (text[i + 1] == '"' || text[i + 1] == '\\')) {
            i += 2; /* `a=*\"x\"*` outside quotes: escaped quotes open no string */
            continue;
        }
        if (c == '"') {
            inq = 1;
            i++;
            continue;
        }
        if (c != '`') {
            i++;
            continue;
        }
        if (emit(x, depth, text + run, i - run, 1, run) < 0)
            return -1;
        if (i + 3 <= len && text[i + 1] == '`' && text[i + 2] == '`') {
            size_t close = find_triple(text, len, i + 3);
            if (close == SIZE_MAX)
                return sq_fail_at(x->err, SQ_ERR_SYNTAX, err_span(x, depth, i, i + 3),
                                  "unterminated comment: ``` without a closing ```%s",
                                  where(x, depth, in, sizeof in));
            if (emit(x, depth, " ", 1, 0, i) < 0)
                return -1;
            i = run = close + 3;
            continue;
        }
        const char *close = memchr(text + i + 1, '`', len - i - 1);
        if (!close)
            return sq_fail_at(x->err, SQ_ERR_SYNTAX, err_span(x, depth, i, len),
                              "unterminated macro call: ` without a closing `%s",
                              where(x, depth, in, sizeof in));
        size_t j = (size_t)(close - text);
        if (expand_call(x, depth, text + i + 1, j - i - 1, i, j + 1) < 0)
            return -1;
        i = run = j + 1;
    }
    return emit(x, depth, text + run, len - run, 1, run);
}

int sq_macro_expand(const sq_macros *m, const char *text, size_t len, char **out, size_t *out_len,
                    sq_srcmap **map, sq_diag *diag, sq_error *err) {
    *out = NULL;
    if (out_len)
        *out_len = 0;
    if (map)
        *map = NULL;
    xctx x = {.m = m, .out = SQ_BUF_INIT, .diag = diag, .err = err};
    x.map = sq_xcalloc(1, sizeof *x.map);
    if (scan(&x, text, len, 0) < 0) {
        sq_buf_free(&x.out);
        sq_srcmap_free(x.map);
        return -1;
    }
    x.map->exp_len = x.out.len;
    x.map->orig_len = len;
    if (out_len)
        *out_len = x.out.len;
    *out = sq_buf_steal(&x.out);
    if (map)
        *map = x.map;
    else
        sq_srcmap_free(x.map);
    return 0;
}
