/* check_cmd.c — `splq check`: the front end of sq_check (src/core/check.c).
 *
 * Each operand is a query, a detection YAML file (its `search` is checked
 * against its `data_source` list), or a directory of them.  Per rule it
 * prints what splq cannot run, with a line and a caret in the rule's own
 * text; with --summary it prints, over all rules, how many parse, how many
 * can run as written, and what is most wanted. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"
#include "splq/check.h"
#include "splq/conf.h"
#include "splq/detection.h"

#define DEFAULT_TOP 15

static const char check_usage[] =
    "usage: splq check [OPTIONS] QUERY|FILE.yml|DIR...\n"
    "\n"
    "For each QUERY, each detection FILE.yml (its `search`), and each detection under\n"
    "DIR, report what splq cannot run yet, with positions: undefined macros, commands\n"
    "and eval functions splq does not have, arguments its commands reject, and fields\n"
    "the rule reads that its data sources do not provide.\n"
    "\n"
    "options:\n"
    "  -m, --macros DIR         add a macro directory (repeatable)\n"
    "      --props FILE         add a props.conf-style sourcetype file (repeatable)\n"
    "      --lookups DIR        add a lookup directory (repeatable; default: the lookups/\n"
    "                           directory beside each -m DIR, when there is one)\n"
    "      --data-sources DIR   data source definitions (repeatable; default: the\n"
    "                           data_sources/ directory beside each -m DIR)\n"
    "      --data-source NAME   the data source QUERY operands read (repeatable)\n"
    "  -f, --file FILE          check the query text in FILE (repeatable)\n"
    "      --assume NAME        take command or eval function NAME as supported: what\n"
    "                           else would the rules need? (repeatable)\n"
    "      --relative-to DIR    show the paths of files under DIR relative to it\n"
    "      --strict             warnings (fields a data source lacks) also fail\n"
    "      --summary            print totals over all the rules, not each rule\n"
    "      --top N              with --summary: how many of the most wanted to list\n"
    "                           (default 15)\n"
    "  -h, --help               show this help\n"
    "\n"
    "Exit status: 0 every rule can run as written, 1 some cannot (or a file could\n"
    "not be read), 2 a usage error.  With --summary: 0 unless a file could not be read.\n";

enum {
    OPT_PROPS = 256,
    OPT_LOOKUPS,
    OPT_DS_DIR,
    OPT_DS_NAME,
    OPT_STRICT,
    OPT_SUMMARY,
    OPT_TOP,
    OPT_ASSUME,
    OPT_RELATIVE
};

static const struct option check_long_opts[] = {
    {"macros", required_argument, NULL, 'm'},
    {"props", required_argument, NULL, OPT_PROPS},
    {"lookups", required_argument, NULL, OPT_LOOKUPS},
    {"data-sources", required_argument, NULL, OPT_DS_DIR},
    {"data-source", required_argument, NULL, OPT_DS_NAME},
    {"file", required_argument, NULL, 'f'},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"summary", no_argument, NULL, OPT_SUMMARY},
    {"top", required_argument, NULL, OPT_TOP},
    {"assume", required_argument, NULL, OPT_ASSUME},
    {"relative-to", required_argument, NULL, OPT_RELATIVE},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

typedef struct strlist {
    const char **v;
    size_t n;
} strlist;

static void strlist_push(strlist *l, const char *s) {
    cli_list_push(&l->v, &l->n, s);
}

typedef struct check_cli {
    strlist macro_dirs, props, lookup_dirs, ds_dirs, ds_names, query_files, assume;
    strlist owned; /* strings made here, freed at the end */
    int strict, summary;
    char *relative_to; /* realpath of --relative-to, or NULL */
    long top;
} check_cli;

/* Returns -1 to go on, or an exit status. */
static int parse_check_options(int argc, char **argv, check_cli *c) {
    int ch;
    opterr = 0;
    optind = 0; /* GNU getopt: start afresh on this argv */
    while ((ch = getopt_long(argc, argv, "+:m:f:h", check_long_opts, NULL)) != -1) {
        switch (ch) {
        case 'm':
            strlist_push(&c->macro_dirs, optarg);
            break;
        case OPT_PROPS:
            strlist_push(&c->props, optarg);
            break;
        case OPT_LOOKUPS:
            strlist_push(&c->lookup_dirs, optarg);
            break;
        case OPT_DS_DIR:
            strlist_push(&c->ds_dirs, optarg);
            break;
        case OPT_DS_NAME:
            strlist_push(&c->ds_names, optarg);
            break;
        case 'f':
            strlist_push(&c->query_files, optarg);
            break;
        case OPT_ASSUME:
            strlist_push(&c->assume, optarg);
            break;
        case OPT_RELATIVE:
            free(c->relative_to);
            c->relative_to = realpath(optarg, NULL);
            if (!c->relative_to)
                return cli_usage_error("check", "--relative-to: no such directory '%s'", optarg);
            break;
        case OPT_STRICT:
            c->strict = 1;
            break;
        case OPT_SUMMARY:
            c->summary = 1;
            break;
        case OPT_TOP: {
            char *end;
            errno = 0;
            c->top = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || c->top < 0)
                return cli_usage_error("check", "--top wants a count, not '%s'", optarg);
            break;
        }
        case 'h':
            fputs(check_usage, stdout);
            return CLI_OK;
        default:
            return cli_getopt_error("check", ch, optopt, argv[optind - 1]);
        }
    }
    return -1;
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* DIR/../NAME when it is a directory (a string owned by c), else NULL. */
static const char *sibling_dir(check_cli *c, const char *dir, const char *name) {
    sq_buf b = SQ_BUF_INIT;
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        n--;
    sq_buf_printf(&b, "%.*s/../%s", (int)n, dir, name);
    if (!is_dir(b.data)) {
        sq_buf_free(&b);
        return NULL;
    }
    char *s = sq_buf_steal(&b);
    strlist_push(&c->owned, s);
    return s;
}

/* --- targets ------------------------------------------------------------------ */

typedef enum { T_QUERY, T_QUERY_FILE, T_DETECTION } target_kind;

typedef struct target {
    target_kind kind;
    const char *arg; /* the query text, or a path */
} target;

typedef struct targets {
    target *v;
    size_t n;
    strlist paths; /* owned paths found under directories */
} targets;

static void add_target(targets *t, target_kind kind, const char *arg) {
    t->v = sq_xrealloc(t->v, (t->n + 1) * sizeof *t->v);
    t->v[t->n++] = (target){kind, arg};
}

static int has_yaml_suffix(const char *s) {
    size_t n = strlen(s);
    return (n > 4 && strcasecmp(s + n - 4, ".yml") == 0) ||
           (n > 5 && strcasecmp(s + n - 5, ".yaml") == 0);
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every detection file under dir, in name order (so output is stable). */
static void add_dir(targets *t, const char *dir) {
    DIR *dh = opendir(dir);
    if (!dh) {
        fprintf(stderr, "splq: check: %s: %s\n", dir, strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        names = sq_xrealloc(names, (n + 1) * sizeof *names);
        names[n++] = sq_xstrdup(e->d_name);
    }
    closedir(dh);
    sq_sort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        sq_buf path = SQ_BUF_INIT;
        sq_buf_printf(&path, "%s/%s", dir, names[i]);
        if (is_dir(path.data)) {
            add_dir(t, path.data);
            sq_buf_free(&path);
        } else if (has_yaml_suffix(names[i])) {
            char *p = sq_buf_steal(&path);
            strlist_push(&t->paths, p);
            add_target(t, T_DETECTION, p);
        } else {
            sq_buf_free(&path);
        }
        free(names[i]);
    }
    free(names);
}

static int blank(const char *s) {
    return s[strspn(s, " \t\r\n")] == '\0';
}

static void collect_targets(targets *t, const check_cli *c, char **operands, int n) {
    for (size_t i = 0; i < c->query_files.n; i++)
        add_target(t, T_QUERY_FILE, c->query_files.v[i]);
    for (int i = 0; i < n; i++) {
        const char *a = operands[i];
        if (blank(a))
            continue; /* an empty QUERY has nothing to check */
        if (!strchr(a, '\n') && is_dir(a))
            add_dir(t, a);
        else if (!strchr(a, '\n') && has_yaml_suffix(a))
            add_target(t, T_DETECTION, a);
        else
            add_target(t, T_QUERY, a);
    }
}

/* --- one rule --------------------------------------------------------------- */

static const char *const level_names[] = {"note", "warning", "error"};

static void print_counts(const sq_check_result *r, FILE *out) {
    static const char *const what[] = {"note", "warning", "error"};
    int first = 1;
    for (int l = SQ_CHECK_ERROR; l >= SQ_CHECK_NOTE; l--) {
        size_t k = r->counts[l];
        if (!k)
            continue;
        fprintf(out, "%s%zu %s%s", first ? "" : ", ", k, what[l], k == 1 ? "" : "s");
        first = 0;
    }
}

static int failed(const sq_check_result *r, int strict) {
    return !sq_check_runnable(r) || (strict && r->counts[SQ_CHECK_WARNING] > 0);
}

static void print_result(const char *label, const char *title, const sq_check_result *r, int strict,
                         FILE *out) {
    fprintf(out, "%s%s%s\n", label, title ? ": " : "", title ? title : "");
    for (size_t i = 0; i < r->nitems; i++) {
        const sq_check_item *it = &r->items[i];
        if (it->offset < 0) {
            fprintf(out, "  %s: %s\n", level_names[it->level], it->msg);
            continue;
        }
        size_t line, col;
        sq_text_position(r->text, (size_t)it->offset, &line, &col);
        fprintf(out, "  %s at line %zu, column %zu: %s", level_names[it->level], line, col,
                it->msg);
        if (it->macro)
            fprintf(out, " (in macro `%s`)", it->macro);
        fputc('\n', out);
        sq_text_excerpt(r->text, (size_t)it->offset, "    ", out);
    }
    int any = r->counts[0] + r->counts[1] + r->counts[2] > 0;
    if (!sq_check_runnable(r))
        fputs("  => not runnable as written", out);
    else if (failed(r, strict))
        fputs("  => runnable, but fails --strict", out);
    else
        fputs("  => runnable as written", out);
    if (any) {
        fputs(" (", out);
        print_counts(r, out);
        fputc(')', out);
    }
    fputc('\n', out);
}

/* --- the summary -------------------------------------------------------------- */

typedef struct tally_row {
    char *key;
    size_t rules; /* rules that need it */
    size_t sole;  /* rules that need nothing else */
} tally_row;

typedef struct tally {
    tally_row *v;
    size_t n;
} tally;

/* The row of key (made if new), as an index: rows move as the tally grows. */
static size_t tally_get(tally *t, const char *key) {
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->v[i].key, key) == 0)
            return i;
    t->v = sq_xrealloc(t->v, (t->n + 1) * sizeof *t->v);
    t->v[t->n] = (tally_row){sq_xstrdup(key), 0, 0};
    return t->n++;
}

static int cmp_rows(const void *pa, const void *pb) {
    const tally_row *a = pa, *b = pb;
    if (a->rules != b->rules)
        return a->rules > b->rules ? -1 : 1;
    return strcmp(a->key, b->key);
}

/* The tallies, by what is missing. */
enum { TL_COMMAND, TL_FUNCTION, TL_MACRO, TL_USAGE, TL_FIELD, TL_COUNT };

typedef struct summary {
    size_t rules, deprecated, parsed, runnable, unreadable;
    size_t fields_checked, fields_missing;
    tally t[TL_COUNT];
} summary;

static int tally_of(const sq_check_item *it) {
    switch (it->kind) {
    case SQ_CHECK_COMMAND:
        return TL_COMMAND;
    case SQ_CHECK_FUNCTION:
        return TL_FUNCTION;
    case SQ_CHECK_MACRO:
        return it->level == SQ_CHECK_ERROR ? TL_MACRO : -1;
    case SQ_CHECK_USAGE:
        return it->level == SQ_CHECK_ERROR ? TL_USAGE : -1;
    case SQ_CHECK_FIELD:
        return TL_FIELD;
    default:
        return -1;
    }
}

static const char *tally_key(const sq_check_item *it) {
    /* A command's complaint says more than the command's name. */
    if (it->kind == SQ_CHECK_USAGE || !it->name)
        return it->msg;
    return it->name;
}

static void summary_add(summary *s, const char *path, const sq_check_result *r) {
    s->rules++;
    if (path && (strstr(path, "/deprecated/") || strncmp(path, "deprecated/", 11) == 0))
        s->deprecated++;
    s->parsed += r->parsed != 0;
    s->runnable += sq_check_runnable(r) != 0;
    s->fields_checked += r->fields_checked != 0;
    s->fields_missing += r->counts[SQ_CHECK_WARNING] > 0 && r->fields_checked;
    /* Each thing counts once per rule; "sole" when it is the rule's only
     * blocker (fields do not block). */
    size_t *rows = sq_xcalloc(r->nitems + 1, sizeof *rows);
    int *kinds = sq_xcalloc(r->nitems + 1, sizeof *kinds);
    size_t nseen = 0, blockers = 0;
    for (size_t i = 0; i < r->nitems; i++) {
        int k = tally_of(&r->items[i]);
        if (k < 0)
            continue;
        size_t row = tally_get(&s->t[k], tally_key(&r->items[i]));
        size_t j = 0;
        while (j < nseen && !(kinds[j] == k && rows[j] == row))
            j++;
        if (j < nseen)
            continue;
        rows[nseen] = row;
        kinds[nseen++] = k;
        s->t[k].v[row].rules++;
        blockers += k != TL_FIELD;
    }
    for (size_t j = 0; j < nseen && blockers == 1 && r->parsed; j++)
        if (kinds[j] != TL_FIELD)
            s->t[kinds[j]].v[rows[j]].sole++;
    free(rows);
    free(kinds);
}

static void print_pct(const char *what, size_t k, size_t n) {
    printf("  %-34s %5zu  %5.1f%%\n", what, k, n ? 100.0 * (double)k / (double)n : 0.0);
}

static void print_tally(const char *title, tally *t, long top, int with_sole) {
    if (t->n == 0)
        return;
    sq_sort(t->v, t->n, sizeof *t->v, cmp_rows);
    printf("\n%s\n", title);
    for (size_t i = 0; i < t->n && (long)i < top; i++) {
        if (with_sole)
            printf("  %5zu %5zu  %s\n", t->v[i].rules, t->v[i].sole, t->v[i].key);
        else
            printf("  %5zu  %s\n", t->v[i].rules, t->v[i].key);
    }
    if ((long)t->n > top)
        printf("  (%zu more)\n", t->n - (size_t)top);
}

static void print_summary(summary *s, long top) {
    printf("splq check: %zu rules", s->rules);
    if (s->deprecated)
        printf(" (%zu active, %zu deprecated)", s->rules - s->deprecated, s->deprecated);
    printf("\n");
    if (s->unreadable)
        printf("  %-34s %5zu\n", "could not be read", s->unreadable);
    print_pct("parse", s->parsed, s->rules);
    print_pct("runnable as written", s->runnable, s->rules);
    print_pct("fields checked against data source", s->fields_checked, s->rules);
    print_pct("read fields their data source lacks", s->fields_missing, s->rules);
    const char *cols = "(rules needing each; then rules that need nothing else)";
    sq_buf b = SQ_BUF_INIT;
    sq_buf_printf(&b, "most wanted commands %s:", cols);
    print_tally(b.data, &s->t[TL_COMMAND], top, 1);
    sq_buf_reset(&b);
    sq_buf_printf(&b, "most wanted eval functions %s:", cols);
    print_tally(b.data, &s->t[TL_FUNCTION], top, 1);
    sq_buf_reset(&b);
    sq_buf_printf(&b, "undefined macros %s:", cols);
    print_tally(b.data, &s->t[TL_MACRO], top, 1);
    sq_buf_reset(&b);
    sq_buf_printf(&b, "arguments splq's commands reject %s:", cols);
    print_tally(b.data, &s->t[TL_USAGE], top, 1);
    print_tally("fields most often missing from the rule's data source (rules):", &s->t[TL_FIELD],
                top, 0);
    sq_buf_free(&b);
}

static void summary_free(summary *s) {
    for (int k = 0; k < TL_COUNT; k++) {
        for (size_t i = 0; i < s->t[k].n; i++)
            free(s->t[k].v[i].key);
        free(s->t[k].v);
    }
}

/* --- the command ------------------------------------------------------------ */

static void check_diag(void *ud, sq_diag_level level, const char *msg) {
    (void)ud;
    fprintf(stderr, "splq: %s: %s\n", level == SQ_DIAG_WARNING ? "warning" : "note", msg);
}

/* Read a query file as -f does for a run: without its trailing blank space. */
static char *read_query_file(const char *path) {
    cli_opts fo = {.query_file = path};
    char *text;
    return cli_query_text(&fo, NULL, &text) == 0 ? text : NULL;
}

/* path, or its part under --relative-to (when path ends with that part,
 * so that the shown text is a piece of path itself). */
static const char *shown_path(const check_cli *c, const char *path) {
    if (!c->relative_to)
        return path;
    char *real = realpath(path, NULL);
    size_t n = strlen(c->relative_to), plen = strlen(path);
    const char *shown = path;
    if (real && strncmp(real, c->relative_to, n) == 0 && real[n] == '/') {
        const char *rel = real + n + 1;
        size_t rlen = strlen(rel);
        if (rlen < plen && path[plen - rlen - 1] == '/' && strcmp(path + plen - rlen, rel) == 0)
            shown = path + plen - rlen;
    }
    free(real);
    return shown;
}

static int run_checks(sq_env *env, const check_cli *c, const targets *t, const sq_datasources *ds) {
    size_t nqueries = 0, iq = 0;
    for (size_t i = 0; i < t->n; i++)
        nqueries += t->v[i].kind == T_QUERY;
    summary s = {0};
    int bad = 0, printed = 0;
    for (size_t i = 0; i < t->n; i++) {
        const target *tg = &t->v[i];
        sq_check_opts opts = {.datasources = ds, .assume = c->assume.v, .nassume = c->assume.n};
        sq_detection *d = NULL;
        char *owned = NULL;
        const char *text = tg->arg, *path = NULL, *title = NULL;
        char label[32];
        if (tg->kind == T_DETECTION) {
            sq_error err;
            sq_error_clear(&err);
            if (sq_detection_load(tg->arg, &d, &err) < 0) {
                fprintf(stderr, "splq: check: %s\n", err.msg);
                s.unreadable++;
                bad = 1;
                continue;
            }
            text = d->search;
            path = tg->arg;
            title = d->name;
            opts.data_sources = (const char *const *)d->data_sources;
            opts.ndata_sources = d->ndata_sources;
        } else {
            if (tg->kind == T_QUERY_FILE) {
                owned = read_query_file(tg->arg);
                if (!owned) {
                    s.unreadable++;
                    bad = 1;
                    continue;
                }
                text = owned;
                path = tg->arg;
            } else {
                iq++;
                if (nqueries > 1)
                    snprintf(label, sizeof label, "query %zu", iq);
                else
                    snprintf(label, sizeof label, "query");
            }
            opts.data_sources = c->ds_names.v;
            opts.ndata_sources = c->ds_names.n;
        }
        sq_check_result r;
        sq_check(env, text, &opts, &r);
        if (failed(&r, c->strict))
            bad = 1;
        if (c->summary) {
            summary_add(&s, path, &r);
        } else {
            if (printed++)
                putchar('\n');
            print_result(path ? shown_path(c, path) : label, title, &r, c->strict, stdout);
        }
        sq_check_result_free(&r);
        sq_detection_free(d);
        free(owned);
    }
    if (c->summary) {
        print_summary(&s, c->top);
        bad = s.unreadable > 0;
    }
    summary_free(&s);
    return bad ? CLI_FAILED : CLI_OK;
}

static void merge(strlist *into, const char **v, size_t n) {
    for (size_t i = 0; i < n; i++)
        strlist_push(into, v[i]);
}

int cli_check_main(const cli_opts *o, int argc, char **argv, const char *argv0) {
    check_cli c = {.top = DEFAULT_TOP};
    /* Options given before `check` come first. */
    merge(&c.macro_dirs, o->macro_dirs, o->nmacro_dirs);
    merge(&c.props, o->props, o->nprops);
    merge(&c.lookup_dirs, o->lookup_dirs, o->nlookup_dirs);
    if (o->query_file)
        strlist_push(&c.query_files, o->query_file);
    int rc = parse_check_options(argc, argv, &c);
    targets t = {0};
    sq_env env;
    memset(&env, 0, sizeof env);
    sq_datasources *ds = sq_datasources_new();
    if (rc >= 0)
        goto done;
    collect_targets(&t, &c, argv + optind, argc - optind);
    if (t.n == 0 && argc - optind == 0 && c.query_files.n == 0) {
        rc = cli_usage_error("check", "missing QUERY, FILE.yml or DIR");
        goto done;
    }
    /* Knowledge that lives beside a macro directory, unless given. */
    int lookups_given = c.lookup_dirs.n > 0, ds_given = c.ds_dirs.n > 0;
    for (size_t i = 0; i < c.macro_dirs.n; i++) {
        const char *l = lookups_given ? NULL : sibling_dir(&c, c.macro_dirs.v[i], "lookups");
        const char *d = ds_given ? NULL : sibling_dir(&c, c.macro_dirs.v[i], "data_sources");
        if (l)
            strlist_push(&c.lookup_dirs, l);
        if (d)
            strlist_push(&c.ds_dirs, d);
    }
    for (size_t i = 0; i < c.ds_dirs.n; i++) {
        sq_error err;
        sq_error_clear(&err);
        if (sq_datasources_load_dir(ds, c.ds_dirs.v[i], &err) < 0) {
            cli_error(&err);
            rc = CLI_FAILED;
            goto done;
        }
    }
    cli_opts eo = *o;
    eo.macro_dirs = c.macro_dirs.v;
    eo.nmacro_dirs = c.macro_dirs.n;
    eo.props = c.props.v;
    eo.nprops = c.props.n;
    eo.lookup_dirs = c.lookup_dirs.v;
    eo.nlookup_dirs = c.lookup_dirs.n;
    if (cli_env_open(&env, &eo, argv0, (sq_diag){.fn = check_diag}) != 0) {
        rc = CLI_FAILED;
        goto done;
    }
    rc = run_checks(&env, &c, &t, ds);
done:
    sq_env_free(&env);
    sq_datasources_free(ds);
    for (size_t i = 0; i < t.paths.n; i++)
        free((char *)t.paths.v[i]);
    free(t.paths.v);
    free(t.v);
    free(c.relative_to);
    for (size_t i = 0; i < c.owned.n; i++)
        free((char *)c.owned.v[i]);
    strlist *lists[] = {&c.macro_dirs, &c.props,       &c.lookup_dirs, &c.ds_dirs,
                        &c.ds_names,   &c.query_files, &c.assume,      &c.owned};
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
        free(lists[i]->v);
    return rc;
}
