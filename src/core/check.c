/* check.c — `splq check`: everything a query needs that splq cannot give it.
 *
 * Four passes over one query:
 *   1. macros: expand; an undefined macro (or a cycle, or an iseval body) is
 *      recorded and its call blanked out with spaces in a working copy, so
 *      that expansion can go on and the rest of the query still be checked.
 *      Blanking keeps every offset, so positions stay those of the user's
 *      text.  The `*_filter` defaults the expander notes become notes here.
 *   2. parse the expansion; a syntax error ends the check.
 *   3. walk the tree: every stage's command through the registry, every
 *      eval function call through the function registry; and for each stage
 *      splq can run, a dry setup of its command (what sq_plan_build does
 *      before a run), which reports arguments the command rejects.
 *   4. fields: follow the pipeline from its first search, keeping the set of
 *      fields that exist (the data sources' plus those the stages create);
 *      a read of a field outside that set is reported.  The pass stops at
 *      the first stage whose effect on fields it does not model, or that
 *      transforms events into something else (stats, table...): past it,
 *      a missing field would not be the data source's doing.
 */
#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/datasource.h"
#include "parse/tokenizer.h"
#include "splq/buf.h"
#include "splq/check.h"
#include "splq/fieldwalk.h"
#include "splq/command.h"
#include "splq/expr.h"
#include "splq/macro.h"
#include "splq/parse.h"

/* Undefined macros blanked out before giving up: a bound on the loop. */
#define MAX_BLANKED 200
/* Unpaired brackets noted after a syntax error: the first few say enough. */
#define MAX_BRACKET_NOTES 3

/* ------------------------------------------------------------------------ */
/* Items                                                                     */

static void add_item(sq_check_result *r, sq_check_level level, sq_check_kind kind, const char *name,
                     long offset, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void add_item(sq_check_result *r, sq_check_level level, sq_check_kind kind, const char *name,
                     long offset, const char *fmt, ...) {
    r->items = sq_xrealloc(r->items, (r->nitems + 1) * sizeof *r->items);
    sq_check_item *it = &r->items[r->nitems++];
    it->level = level;
    it->kind = kind;
    it->name = name ? sq_xstrdup(name) : NULL;
    it->offset = offset;
    it->macro = NULL;
    sq_buf msg = SQ_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    sq_buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    it->msg = sq_buf_steal(&msg);
    r->counts[level]++;
}

void sq_check_result_free(sq_check_result *r) {
    if (!r)
        return;
    for (size_t i = 0; i < r->nitems; i++) {
        free(r->items[i].name);
        free(r->items[i].msg);
        free(r->items[i].macro);
    }
    free(r->items);
    free(r->text);
    memset(r, 0, sizeof *r);
}

int sq_check_runnable(const sq_check_result *r) {
    return r->parsed && r->counts[SQ_CHECK_ERROR] == 0;
}

static long sort_key(const sq_check_item *it) {
    return it->offset < 0 ? LONG_MAX : it->offset;
}

/* By offset, items without one last; equal offsets keep their order (an
 * insertion sort: stable, and a query has few items). */
static void sort_items(sq_check_result *r) {
    for (size_t i = 1; i < r->nitems; i++) {
        sq_check_item it = r->items[i];
        size_t j = i;
        for (; j > 0 && sort_key(&r->items[j - 1]) > sort_key(&it); j--)
            r->items[j] = r->items[j - 1];
        r->items[j] = it;
    }
}

/* ------------------------------------------------------------------------ */
/* 1. Macros                                                                 */

typedef struct notes {
    char **msgs;
    size_t n;
} notes;

static void collect_note(void *ud, sq_diag_level level, const char *msg) {
    notes *ns = ud;
    ns->msgs = sq_xrealloc(ns->msgs, (ns->n + 1) * sizeof *ns->msgs);
    ns->msgs[ns->n++] = sq_xstrdup(msg);
    (void)level;
}

static void notes_clear(notes *ns) {
    for (size_t i = 0; i < ns->n; i++)
        free(ns->msgs[i]);
    free(ns->msgs);
    ns->msgs = NULL;
    ns->n = 0;
}

/* The name in a macro call starting at text[off] ("`name(args)`"). */
static char *call_name(const char *text, long off) {
    const char *p = text + off;
    if (*p == '`')
        p++;
    while (*p == ' ' || *p == '\t')
        p++;
    size_t n = 0;
    while (p[n] && p[n] != '`' && p[n] != '(' && !isspace((unsigned char)p[n]))
        n++;
    return sq_xstrndup(p, n);
}

/* Replace the call at [start, end) of work by spaces, and the '|' before it
 * if it is a stage of its own, so that what remains still parses. */
static int blank_call(char *work, size_t len, sq_span at) {
    if (at.start < 0 || at.end <= at.start || (size_t)at.end > len ||
        !memchr(work + at.start, '`', (size_t)(at.end - at.start)))
        return -1;
    memset(work + at.start, ' ', (size_t)(at.end - at.start));
    long i = at.start;
    while (i > 0 && isspace((unsigned char)work[i - 1]))
        i--;
    if (i > 0 && work[i - 1] == '|')
        work[i - 1] = ' ';
    return 0;
}

/* The `*_filter` defaults, noted by the expander as
 * "macro `NAME` not defined: using `search *`". */
static void add_filter_notes(sq_check_result *r, const notes *ns) {
    for (size_t i = 0; i < ns->n; i++) {
        const char *m = ns->msgs[i];
        const char *a = strchr(m, '`');
        const char *b = a ? strchr(a + 1, '`') : NULL;
        if (!a || !b) {
            add_item(r, SQ_CHECK_NOTE, SQ_CHECK_MACRO, NULL, -1, "%s", m);
            continue;
        }
        char *name = sq_xstrndup(a + 1, (size_t)(b - a - 1));
        sq_buf call = SQ_BUF_INIT;
        sq_buf_printf(&call, "`%s`", name);
        const char *found = strstr(r->text, call.data);
        add_item(r, SQ_CHECK_NOTE, SQ_CHECK_MACRO, name, found ? (long)(found - r->text) : -1,
                 "macro `%s` is not defined: splq uses `search *` (the default of "
                 "security_content's tuning macros)",
                 name);
        sq_buf_free(&call);
        free(name);
    }
}

/* Expand r->text; on success *expanded and *map are set.  Returns 1 when
 * some undefined macro had to be left out, 0 when none, -1 when the text
 * cannot be expanded at all (the reason is an item). */
static int expand(sq_env *env, sq_check_result *r, char **expanded, size_t *elen, sq_srcmap **map) {
    size_t len = strlen(r->text);
    char *work = sq_xstrdup(r->text);
    notes ns = {0};
    sq_diag quiet = {.fn = collect_note, .ud = &ns};
    int blanked = 0;
    for (;;) {
        sq_error err;
        sq_error_clear(&err);
        notes_clear(&ns);
        if (sq_macro_expand(env->macros, work, len, expanded, elen, map, &quiet, &err) == 0)
            break;
        /* Macro errors are positioned in the original text already. */
        int blankable = err.code != SQ_ERR_SYNTAX && err.span.start >= 0 && blanked < MAX_BLANKED;
        if (!blankable || blank_call(work, len, err.span) < 0) {
            sq_check_kind kind = err.code == SQ_ERR_SYNTAX ? SQ_CHECK_SYNTAX : SQ_CHECK_MACRO;
            add_item(r, SQ_CHECK_ERROR, kind, NULL, err.span.start, "%s", err.msg);
            notes_clear(&ns);
            free(work);
            return -1;
        }
        char *name = call_name(r->text, err.span.start);
        add_item(r, SQ_CHECK_ERROR, SQ_CHECK_MACRO, name, err.span.start, "%s", err.msg);
        free(name);
        blanked++;
    }
    add_filter_notes(r, &ns);
    notes_clear(&ns);
    free(work);
    return blanked > 0;
}

/* ------------------------------------------------------------------------ */
/* 3. Commands and functions                                                 */

typedef struct walker {
    sq_env *env;
    sq_check_result *r;
    const sq_srcmap *map;
    const sq_check_opts *opts;
    size_t assumed_calls; /* assumed functions met: a dry setup would reject them */
} walker;

static int assumed(const walker *w, const char *name) {
    for (size_t i = 0; w->opts && i < w->opts->nassume; i++)
        if (strcasecmp(w->opts->assume[i], name) == 0)
            return 1;
    return 0;
}

static long orig_offset(const sq_srcmap *map, sq_span span) {
    return span.start < 0 ? -1 : (long)sq_srcmap_to_original(map, (size_t)span.start);
}

static int has_subsearch(const sq_ast *n) {
    if (n->kind == SQ_AST_SUBSEARCH)
        return 1;
    for (int i = 0; i < n->nkids; i++)
        if (has_subsearch(n->kids[i]))
            return 1;
    return 0;
}

/* Commands whose setup might touch the world (write files, send mail) even
 * in a dry run, or run searches: never set up by check. */
static int may_have_effects(const char *name) {
    static const char *const names[] = {
        "collect",        "delete",    "dump",         "map",        "mcollect",
        "meventcollect",  "outputcsv", "outputlookup", "outputtext", "run",
        "runshellscript", "script",    "sendalert",    "sendemail",  "tscollect",
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(name, names[i]) == 0)
            return 1;
    return 0;
}

static void probe_diag(void *ud, sq_diag_level level, const char *msg) {
    collect_note(ud, level, msg);
}

/* A command's complaint, as "stats: <message>" (unless it names itself). */
static void usage_item(walker *w, sq_check_level level, const sq_command *cmd, long off,
                       const char *msg) {
    size_t n = strlen(cmd->name);
    if (strncasecmp(msg, cmd->name, n) == 0 && msg[n] == ':')
        add_item(w->r, level, SQ_CHECK_USAGE, cmd->name, off, "%s", msg);
    else
        add_item(w->r, level, SQ_CHECK_USAGE, cmd->name, off, "%s: %s", cmd->name, msg);
}

/* Set the command up as a run would, and take it down again. */
static void probe(walker *w, const sq_command *cmd, const sq_ast *stage, long at) {
    sq_env *env = w->env;
    sq_diag saved = env->diag;
    notes ns = {0};
    env->diag = (sq_diag){.fn = probe_diag, .ud = &ns};
    sq_query q = {.env = env, .syms = sq_symtab_new(), .now = env->now >= 0 ? env->now : 0};
    sq_op op = {.cmd = cmd, .stage = stage, .q = &q};
    sq_error err;
    sq_error_clear(&err);
    if (cmd->setup(&op, stage, &err) < 0) {
        long off = err.span.start >= 0 ? orig_offset(w->map, err.span) : at;
        usage_item(w, SQ_CHECK_ERROR, cmd, off, err.msg);
    }
    if (cmd->destroy)
        cmd->destroy(&op);
    sq_symtab_free(q.syms);
    env->diag = saved;
    for (size_t i = 0; i < ns.n; i++)
        usage_item(w, SQ_CHECK_WARNING, cmd, at, ns.msgs[i]);
    notes_clear(&ns);
}

static void walk(walker *w, const sq_ast *n);

static void check_stage(walker *w, const sq_ast *stage) {
    const char *name = stage->text;
    long at = orig_offset(w->map, stage->span);
    if (assumed(w, name)) {
        for (int i = 0; i < stage->nkids; i++)
            walk(w, stage->kids[i]);
        return;
    }
    size_t errors = w->r->counts[SQ_CHECK_ERROR], assumed_calls = w->assumed_calls;
    const sq_command *cmd = sq_command_lookup(name);
    if (!cmd) {
        unsigned flags;
        int known = 0;
        sq_command_syntax(name, strlen(name), &flags, &known);
        if (known)
            add_item(w->r, SQ_CHECK_ERROR, SQ_CHECK_COMMAND, name, at,
                     "command \"%s\" is not supported yet", name);
        else
            add_item(w->r, SQ_CHECK_ERROR, SQ_CHECK_COMMAND, name, at,
                     "command \"%s\" is not supported (not a built-in Splunk command: an "
                     "add-on's, or a typo)",
                     name);
    } else if (cmd->refusal) {
        add_item(w->r, SQ_CHECK_ERROR, SQ_CHECK_COMMAND, name, at,
                 "command \"%s\" is not supported: %s", name, cmd->refusal);
    }
    for (int i = 0; i < stage->nkids; i++)
        walk(w, stage->kids[i]);
    if (cmd && !cmd->refusal && cmd->setup && w->r->counts[SQ_CHECK_ERROR] == errors &&
        w->assumed_calls == assumed_calls && !has_subsearch(stage) && !may_have_effects(name))
        probe(w, cmd, stage, at);
}

static void walk(walker *w, const sq_ast *n) {
    if (n->kind == SQ_AST_STAGE) {
        check_stage(w, n);
        return;
    }
    if (n->kind == SQ_AST_E_CALL && assumed(w, n->text))
        w->assumed_calls++;
    else if (n->kind == SQ_AST_E_CALL && !sq_function_exists(n->text))
        add_item(w->r, SQ_CHECK_ERROR, SQ_CHECK_FUNCTION, n->text, orig_offset(w->map, n->span),
                 "eval function %s() is not supported", n->text);
    for (int i = 0; i < n->nkids; i++)
        walk(w, n->kids[i]);
}

/* ------------------------------------------------------------------------ */
/* 4. Fields                                                                 */

typedef struct fieldck {
    sq_check_result *r;
    const sq_srcmap *map;
    const sq_datasource **srcs;
    size_t nsrcs;
    sq_buf label; /* data source "X" / data sources "X", "Y" */
} fieldck;

/* Which data sources the rule reads, and can their fields be checked? */
static int resolve_sources(fieldck *fc, const sq_check_opts *o) {
    if (!o || !o->datasources || sq_datasources_count(o->datasources) == 0 || o->ndata_sources == 0)
        return 0;
    int ok = 1;
    for (size_t i = 0; i < o->ndata_sources; i++) {
        /* "A AND B": the rule reads both. */
        const char *s = o->data_sources[i];
        while (*s) {
            const char *and = strstr(s, " AND ");
            size_t n = and? (size_t)(and-s) : strlen(s);
            while (n > 0 && isspace((unsigned char)s[n - 1]))
                n--;
            while (n > 0 && isspace((unsigned char)*s)) {
                s++;
                n--;
            }
            const sq_datasource *d = n ? sq_datasource_find(o->datasources, s, n) : NULL;
            if (n && !d) {
                add_item(fc->r, SQ_CHECK_NOTE, SQ_CHECK_DATA_SOURCE, NULL, -1,
                         "data source \"%.*s\" is not among the %zu known: fields not checked",
                         (int)n, s, sq_datasources_count(o->datasources));
                ok = 0;
            } else if (d && !d->fields) {
                add_item(fc->r, SQ_CHECK_NOTE, SQ_CHECK_DATA_SOURCE, d->name, -1,
                         "data source \"%s\" lists no fields: fields not checked", d->name);
                ok = 0;
            } else if (d) {
                fc->srcs = sq_xrealloc(fc->srcs, (fc->nsrcs + 1) * sizeof *fc->srcs);
                fc->srcs[fc->nsrcs++] = d;
            }
            s = and? and+5 : s + n;
        }
    }
    if (!ok || fc->nsrcs == 0)
        return 0;
    sq_buf_printf(&fc->label, "data source%s ", fc->nsrcs > 1 ? "s" : "");
    for (size_t i = 0; i < fc->nsrcs; i++)
        sq_buf_printf(&fc->label, "%s\"%s\"", i ? ", " : "", fc->srcs[i]->name);
    return 1;
}


static int source_provides(void *ud, const char *f) {
    const fieldck *fc = ud;
    for (size_t i = 0; i < fc->nsrcs; i++) {
        sq_sym s;
        if (sq_sym_find(fc->srcs[i]->fields, f, strlen(f), &s))
            return 1;
    }
    return 0;
}

static void source_lacks(void *ud, const char *f, sq_span span) {
    fieldck *fc = ud;
    add_item(fc->r, SQ_CHECK_WARNING, SQ_CHECK_FIELD, f, orig_offset(fc->map, span),
             "field \"%s\" is not provided by %s", f, fc->label.data);
}

static void check_fields(sq_check_result *r, const sq_srcmap *map, const sq_ast *pipeline,
                         const sq_check_opts *o) {
    fieldck fc = {.r = r, .map = map, .label = SQ_BUF_INIT};
    /* Only a rule that reads events (its first stage a search) reads fields
     * of its data sources; tstats, datamodel, inputlookup read others. */
    if (pipeline->nkids > 0 && strcasecmp(pipeline->kids[0]->text, "search") == 0 &&
        resolve_sources(&fc, o)) {
        r->fields_checked = 1;
        sq_fieldwalk w = {.provided = source_provides, .missing = source_lacks, .ud = &fc};
        sq_fields_missing(pipeline, &w);
    }
    free(fc.srcs);
    sq_buf_free(&fc.label);
}

/* ------------------------------------------------------------------------ */

/* After a syntax error: brackets that do not pair up, which is what a
 * parser's "unexpected end of query" usually means.  The expanded text is
 * scanned (a bracket a macro left open is shown at its call); quoted
 * strings are passed over whole. */
static void note_brackets(sq_check_result *r, const char *t, size_t n, const sq_srcmap *map,
                          long error_at) {
    size_t depth = 0, before = r->nitems;
    size_t *open = sq_xmalloc((n + 1) * sizeof *open);
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c == '"') {
            for (i++; i < n && t[i] != '"'; i++)
                if (t[i] == '\\' && i + 1 < n)
                    i++;
        } else if (c == '\\' && i + 1 < n) {
            i++;
        } else if (c == '(' || c == '[') {
            open[depth++] = i;
        } else if (c == ')' || c == ']') {
            char want = c == ')' ? '(' : '[';
            size_t k = depth;
            while (k > 0 && t[open[k - 1]] != want)
                k--;
            if (r->nitems - before >= MAX_BRACKET_NOTES)
                break;
            if (k == 0) {
                add_item(r, SQ_CHECK_NOTE, SQ_CHECK_SYNTAX, NULL,
                         (long)sq_srcmap_to_original(map, i), "this '%c' closes no '%c'", c, want);
                continue;
            }
            for (size_t j = k; j < depth && r->nitems - before < MAX_BRACKET_NOTES; j++)
                if ((long)sq_srcmap_to_original(map, open[j]) != error_at)
                    add_item(r, SQ_CHECK_NOTE, SQ_CHECK_SYNTAX, NULL,
                             (long)sq_srcmap_to_original(map, open[j]), "this '%c' is not closed",
                             t[open[j]]);
            depth = k - 1;
        }
    }
    /* The parser's own error already names the innermost bracket left open. */
    for (size_t j = 0; j < depth && r->nitems - before < MAX_BRACKET_NOTES; j++)
        if ((long)sq_srcmap_to_original(map, open[j]) != error_at)
            add_item(r, SQ_CHECK_NOTE, SQ_CHECK_SYNTAX, NULL,
                     (long)sq_srcmap_to_original(map, open[j]), "this '%c' is not closed",
                     t[open[j]]);
    free(open);
}

/* Items found in the expansion of a macro sit on its call: say which. */
static void name_macros(sq_check_result *r, size_t from) {
    for (size_t i = from; i < r->nitems; i++) {
        sq_check_item *it = &r->items[i];
        const char *at = it->offset >= 0 ? r->text + it->offset : NULL;
        if (it->kind == SQ_CHECK_MACRO || !at || at[0] != '`' || at[1] == '`')
            continue;
        it->macro = call_name(r->text, it->offset);
    }
}

void sq_check(sq_env *env, const char *text, const sq_check_opts *opts, sq_check_result *out) {
    memset(out, 0, sizeof *out);
    out->text = sq_xstrdup(text);
    char *expanded = NULL;
    size_t elen = 0;
    sq_srcmap *map = NULL;
    int blanked = expand(env, out, &expanded, &elen, &map);
    size_t after_expansion = out->nitems; /* the expander's items name their macros */
    if (blanked >= 0) {
        sq_ast *ast = NULL;
        sq_error err;
        sq_error_clear(&err);
        if (sq_parse(expanded, elen, SQ_PARSE_QUERY, &ast, &err) < 0) {
            add_item(out, SQ_CHECK_ERROR, SQ_CHECK_SYNTAX, NULL, orig_offset(map, err.span), "%s%s",
                     err.msg, blanked ? " (with the undefined macros left out)" : "");
            note_brackets(out, expanded, elen, map, orig_offset(map, err.span));
        } else {
            out->parsed = 1;
            walker w = {.env = env, .r = out, .map = map, .opts = opts};
            walk(&w, ast);
            check_fields(out, map, ast, opts);
        }
        sq_ast_free(ast);
    }
    free(expanded);
    sq_srcmap_free(map);
    name_macros(out, after_expansion);
    sort_items(out);
}
