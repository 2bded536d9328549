/* repl_cmd.c — what `splq repl` does with an entry: run a query over the
 * files held in memory and show its results (a table cut to the screen, or
 * full JSON/CSV), and the dot-commands (.load, .fields, .explain...). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "repl.h"
#include "splq/buf.h"
#include "splq/command.h"
#include "splq/macro.h"
#include "splq/search.h"

static const char help_text[] =
    "Type an SPL query to run it over the loaded files; a line ending in '|', or\n"
    "with a quote, bracket or parenthesis left open, continues on the next line.\n"
    "Tab completes commands and their options, eval functions, fields, `macros\n"
    "and file names.\n"
    "Ctrl-C stops a running query; Ctrl-D (or .quit) leaves.\n"
    "\n"
    ".help                     this text\n"
    ".load FILE [SOURCETYPE]   load FILE into memory (again if loaded)\n"
    ".files                    the loaded files\n"
    ".fields [PATTERN]         fields of the loaded data, with how many events carry each\n"
    ".macros [PATTERN]         the macros known\n"
    ".sourcetype [NAME|auto]   the sourcetype of the loaded files (auto: detected)\n"
    ".output table|json|csv    how results are shown (json and csv show every row)\n"
    ".timer on|off             show run time and events scanned after each query\n"
    ".explain QUERY            macro expansion, syntax tree and plan of QUERY\n"
    ".quit                     leave (also .exit)\n";

static double clock_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int terminal_width(void) {
    struct winsize ws;
    if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
        return 0;
    return ws.ws_col;
}

/* --- files ------------------------------------------------------------------ */

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of every field of the loaded data, for completion. */
static void collect_fields(repl *r) {
    for (size_t i = 0; i < r->nfields; i++)
        free(r->fields[i]);
    free(r->fields);
    r->fields = NULL;
    r->nfields = 0;
    size_t cap = 0;
    for (size_t f = 0; f < r->nfiles; f++) {
        if (!r->files[f].mem)
            continue;
        const sq_symtab *t = sq_memsource_syms(r->files[f].mem);
        for (size_t s = 0; s < sq_symtab_count(t); s++) {
            if (r->nfields == cap) {
                cap = cap ? cap * 2 : 64;
                r->fields = sq_xrealloc(r->fields, cap * sizeof *r->fields);
            }
            r->fields[r->nfields++] = sq_xstrdup(sq_sym_name(t, (sq_sym)s));
        }
    }
    if (!r->nfields)
        return;
    sq_sort(r->fields, r->nfields, sizeof *r->fields, cmp_str);
    size_t k = 1;
    for (size_t i = 1; i < r->nfields; i++) {
        if (strcmp(r->fields[i], r->fields[k - 1]) == 0)
            free(r->fields[i]);
        else
            r->fields[k++] = r->fields[i];
    }
    r->nfields = k;
}

static uint64_t memory_used(const repl *r) {
    uint64_t used = 0;
    for (size_t i = 0; i < r->nfiles; i++)
        if (r->files[i].mem)
            used += sq_memsource_bytes(r->files[i].mem);
    return used;
}

/* The sourcetypes the events of m got, most common first ("aws:cloudtrail",
 * "_json 3, syslog 1" when mixed), for .files and the load message. */
typedef struct type_count {
    const char *name;
    size_t len, events;
    size_t first; /* order of first appearance: ties keep it */
} type_count;

static int by_events_desc(const void *a, const void *b) {
    const type_count *x = a, *y = b;
    if (x->events != y->events)
        return x->events < y->events ? 1 : -1;
    return x->first < y->first ? -1 : x->first > y->first;
}

static char *sourcetypes_seen(const sq_memsource *m) {
    enum { MAX_TYPES = 4 };
    type_count seen[MAX_TYPES];
    size_t nseen = 0, others = 0;
    sq_sym st;
    if (!sq_sym_find(sq_memsource_syms(m), "sourcetype", 10, &st))
        return NULL;
    for (size_t i = 0; i < sq_memsource_count(m); i++) {
        const sq_value *v = sq_event_cget(sq_memsource_event(m, i), st);
        if (!v || v->type != SQ_STR)
            continue;
        size_t k = 0;
        while (k < nseen && !(seen[k].len == v->u.str.len &&
                              memcmp(seen[k].name, v->u.str.ptr, v->u.str.len) == 0))
            k++;
        if (k == nseen && nseen == MAX_TYPES) {
            others++;
            continue;
        }
        if (k == nseen) {
            seen[k] = (type_count){v->u.str.ptr, v->u.str.len, 0, k};
            nseen++;
        }
        seen[k].events++;
    }
    if (!nseen)
        return NULL;
    sq_sort(seen, nseen, sizeof *seen, by_events_desc);
    sq_buf b = {0};
    for (size_t k = 0; k < nseen; k++) {
        sq_buf_printf(&b, "%s%.*s", k ? ", " : "", (int)seen[k].len, seen[k].name);
        if (nseen > 1)
            sq_buf_printf(&b, " %zu", seen[k].events);
    }
    if (others)
        sq_buf_printf(&b, ", others %zu", others);
    return sq_buf_steal(&b);
}

/* Read f into memory; too large for what is left of the budget: leave it
 * on disk. */
static int load_file(repl *r, repl_file *f) {
    struct stat st;
    if (stat(f->path, &st) != 0) {
        fprintf(stderr, "splq: %s: %s\n", f->path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        fprintf(stderr, "splq: %s: is a directory\n", f->path);
        return -1;
    }
    f->mtime = st.st_mtime;
    f->size = st.st_size;
    sq_memsource_free(f->mem);
    f->mem = NULL;
    free(f->seen_types);
    f->seen_types = NULL;
    uint64_t used = memory_used(r);
    uint64_t left = used < REPL_MEMORY_LIMIT(r->env) ? REPL_MEMORY_LIMIT(r->env) - used : 1;
    sq_input in = {.path = f->path, .sourcetype = f->sourcetype ? f->sourcetype : r->sourcetype};
    sq_counters c = {0};
    sq_error err;
    sq_error_clear(&err);
    *r->cancel = 0;
    cli_progress_restart(r->progress);
    if (sq_memsource_load(r->env, &in, left, &f->mem, &c, &err) != 0) {
        if (err.code != SQ_ERR_LIMIT) {
            cli_error(&err);
            return -1;
        }
        fprintf(stderr, "splq: %s is too large to keep in memory: every query reads it\n", f->path);
        return 0;
    }
    f->seen_types = sourcetypes_seen(f->mem);
    size_t events = sq_memsource_count(f->mem);
    fprintf(stderr, "loaded %s: %zu %s", f->path, events, events == 1 ? "event" : "events");
    if (f->seen_types)
        fprintf(stderr, " (%s)", f->seen_types);
    if (c.lines_skipped) {
        fprintf(stderr, ", %llu %s skipped", (unsigned long long)c.lines_skipped,
                c.lines_skipped == 1 ? "line" : "lines");
        cli_skip_reasons(&c, stderr);
    }
    fputc('\n', stderr);
    sq_counters_free(&c);
    return 0;
}

int repl_load(repl *r, const char *path, const char *sourcetype) {
    repl_file *f = NULL;
    for (size_t i = 0; i < r->nfiles; i++)
        if (strcmp(r->files[i].path, path) == 0)
            f = &r->files[i];
    int added = !f;
    if (added) {
        r->files = sq_xrealloc(r->files, (r->nfiles + 1) * sizeof *r->files);
        f = &r->files[r->nfiles++];
        memset(f, 0, sizeof *f);
        f->path = sq_xstrdup(path);
    }
    if (sourcetype) {
        free(f->sourcetype);
        f->sourcetype = sq_xstrdup(sourcetype);
    }
    int rc = load_file(r, f);
    if (rc != 0 && added) {
        free(f->path);
        free(f->sourcetype);
        free(f->seen_types);
        r->nfiles--;
    }
    collect_fields(r);
    return rc;
}

void repl_refresh(repl *r) {
    int changed = 0;
    for (size_t i = 0; i < r->nfiles; i++) {
        repl_file *f = &r->files[i];
        struct stat st;
        if (!f->mem || stat(f->path, &st) != 0)
            continue;
        if (st.st_mtime != f->mtime || st.st_size != f->size) {
            fprintf(stderr, "splq: %s changed on disk, reloading\n", f->path);
            load_file(r, f);
            changed = 1;
        }
    }
    if (changed)
        collect_fields(r);
}

void repl_free_files(repl *r) {
    for (size_t i = 0; i < r->nfiles; i++) {
        free(r->files[i].path);
        free(r->files[i].sourcetype);
        free(r->files[i].seen_types);
        sq_memsource_free(r->files[i].mem);
    }
    free(r->files);
    r->files = NULL;
    r->nfiles = 0;
    collect_fields(r);
}

/* --- queries ------------------------------------------------------------------ */

/* s cut to at most max characters, the last one an ellipsis. */
static void cut_value(sq_value *v) {
    if (v->type != SQ_STR)
        return;
    size_t chars = 0, i = 0;
    for (; i < v->u.str.len; i++) {
        if (((unsigned char)v->u.str.ptr[i] & 0xC0) != 0x80 && ++chars == REPL_MAX_CELL)
            break;
    }
    if (i >= v->u.str.len)
        return;
    sq_buf b = {0};
    sq_buf_add(&b, v->u.str.ptr, i);
    sq_buf_adds(&b, "\xE2\x80\xA6"); /* … */
    size_t len = b.len;
    sq_value_free(v);
    *v = sq_value_str_take(sq_buf_steal(&b), len);
}

static sq_event *cut_row(const sq_event *row) {
    sq_event *ev = sq_event_clone(row);
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_value *v = &ev->fields[i].val;
        if (v->type == SQ_MV) {
            for (size_t k = 0; k < v->u.mv.n; k++)
                cut_value(&v->u.mv.items[k]);
        } else {
            cut_value(v);
        }
    }
    return ev;
}

static void show(repl *r, const sq_result *res) {
    if (res->nrows == 0) {
        printf(r->nfiles ? "(no results)\n" : "(no results; no files loaded: .load FILE)\n");
        return;
    }
    int table = r->fmt == SQ_OUT_TABLE;
    size_t limit = table && res->nrows > REPL_MAX_ROWS ? REPL_MAX_ROWS : res->nrows;
    sq_writer *w = sq_writer_new(r->fmt, stdout, res->syms);
    sq_writer_declare_columns(w, res->columns, res->ncolumns);
    if (table) {
        sq_writer_set_width(w, terminal_width());
        sq_writer_set_color(w, r->color);
    }
    sq_error err;
    sq_error_clear(&err);
    int rc = 0;
    for (size_t i = 0; i < limit && rc == 0; i++)
        rc = sq_writer_row(w, table ? cut_row(res->rows[i]) : sq_event_clone(res->rows[i]), &err);
    if (rc == 0)
        rc = sq_writer_finish(w, &err);
    sq_writer_free(w);
    if (rc != 0) {
        cli_error(&err);
        r->errors++;
    }
    if (limit < res->nrows)
        printf("%s\xE2\x80\xA6 %zu more rows (.output json or csv shows them all)%s\n",
               r->color ? "\033[2m" : "", res->nrows - limit, r->color ? "\033[0m" : "");
}

static sq_input *inputs_of(repl *r, size_t *n) {
    static const char *const nothing = "/dev/null";
    *n = r->nfiles ? r->nfiles : 1;
    sq_input *in = sq_xcalloc(*n, sizeof *in);
    if (!r->nfiles)
        in[0].path = nothing; /* never standard input: that is the session */
    for (size_t i = 0; i < r->nfiles; i++) {
        in[i].path = r->files[i].path;
        in[i].sourcetype = r->files[i].sourcetype ? r->files[i].sourcetype : r->sourcetype;
        in[i].mem = r->files[i].mem;
    }
    return in;
}

void repl_query(repl *r, const char *text) {
    repl_refresh(r);
    sq_prepared *p = cli_prepare(r->env, text);
    if (!p) {
        r->errors++;
        return;
    }
    size_t n;
    sq_input *in = inputs_of(r, &n);
    sq_exec_opts opts = {.inputs = in, .ninputs = n};
    sq_result res;
    sq_error err;
    sq_error_clear(&err);
    double t0 = clock_now();
    *r->cancel = 0;
    cli_progress_restart(r->progress);
    int rc = sq_execute_collect(r->env, p, &opts, &res, &err);
    double elapsed = clock_now() - t0;
    if (rc < 0 && *r->cancel) {
        fprintf(stderr, "interrupted\n");
    } else if (rc < 0) {
        sq_prepared_report(p, &err, stderr);
        r->errors++;
    } else {
        show(r, &res);
    }
    if (r->timer)
        printf("Run time: %.3f s, %llu events scanned, %zu %s\n", elapsed,
               (unsigned long long)res.counters.events_read, res.nrows,
               res.nrows == 1 ? "result" : "results");
    *r->cancel = 0;
    sq_result_free(&res);
    free(in);
    sq_prepared_free(p);
}

/* --- dot-commands --------------------------------------------------------------- */

static void cmd_files(repl *r) {
    if (!r->nfiles) {
        printf("no files loaded (.load FILE)\n");
        return;
    }
    for (size_t i = 0; i < r->nfiles; i++) {
        const repl_file *f = &r->files[i];
        const char *st = f->seen_types   ? f->seen_types
                         : f->sourcetype ? f->sourcetype
                         : r->sourcetype ? r->sourcetype
                                         : "detected per event";
        if (f->mem)
            printf("%s  %zu %s  %.1f MB  sourcetype %s\n", f->path, sq_memsource_count(f->mem),
                   sq_memsource_count(f->mem) == 1 ? "event" : "events",
                   sq_memsource_bytes(f->mem) / 1e6, st);
        else
            printf("%s  (read by every query)  sourcetype %s\n", f->path, st);
    }
}

typedef struct field_count {
    char *name;
    uint64_t events;
} field_count;

static int cmp_count(const void *a, const void *b) {
    const field_count *x = a, *y = b;
    if (x->events != y->events)
        return x->events < y->events ? 1 : -1;
    return strcmp(x->name, y->name);
}

/* Like Splunk's field sidebar: each field and how many events carry it. */
static void cmd_fields(repl *r, const char *pattern) {
    field_count *fc = sq_xcalloc(r->nfields ? r->nfields : 1, sizeof *fc);
    for (size_t i = 0; i < r->nfields; i++)
        fc[i].name = r->fields[i];
    uint64_t total = 0;
    for (size_t f = 0; f < r->nfiles; f++) {
        const sq_memsource *m = r->files[f].mem;
        if (!m)
            continue;
        const sq_symtab *t = sq_memsource_syms(m);
        size_t nsym = sq_symtab_count(t);
        uint64_t *per = sq_xcalloc(nsym ? nsym : 1, sizeof *per);
        for (size_t e = 0; e < sq_memsource_count(m); e++) {
            const sq_event *ev = sq_memsource_event(m, e);
            for (uint32_t k = 0; k < ev->n; k++)
                per[ev->fields[k].sym]++;
        }
        total += sq_memsource_count(m);
        for (size_t s = 0; s < nsym; s++) {
            const char *name = sq_sym_name(t, (sq_sym)s);
            char **hit = bsearch(&name, r->fields, r->nfields, sizeof *r->fields, cmp_str);
            if (hit)
                fc[hit - r->fields].events += per[s];
        }
        free(per);
    }
    sq_sort(fc, r->nfields, sizeof *fc, cmp_count);
    size_t shown = 0;
    int width = 5;
    for (size_t i = 0; i < r->nfields; i++) {
        size_t len = strlen(fc[i].name);
        if (pattern && !sq_wildcard_match(pattern, strlen(pattern), fc[i].name, len, 0))
            fc[i].events = 0;
        if (fc[i].events && (int)len > width)
            width = (int)len;
    }
    for (size_t i = 0; i < r->nfields; i++) {
        if (!fc[i].events)
            continue;
        printf("%-*s  %8llu  %5.1f%%\n", width, fc[i].name, (unsigned long long)fc[i].events,
               total ? 100.0 * fc[i].events / total : 0);
        shown++;
    }
    if (!shown)
        printf(r->nfiles ? "no fields match\n" : "no files loaded (.load FILE)\n");
    free(fc);
}

/* A macro as a listing shows it: "name(a,b)", then its definition, whole
 * (one macro asked for) or its first line cut to the terminal. */
static char *macro_line(const sq_macros *m, size_t i, int whole) {
    int nargs;
    const char *const *args;
    const char *name = sq_macros_name_at(m, i, &nargs);
    const char *def = sq_macros_definition_at(m, i, &args);
    sq_buf b = {0};
    sq_buf_adds(&b, name);
    for (int a = 0; a < nargs; a++)
        sq_buf_printf(&b, "%s%s", a ? "," : "(", args && args[a] ? args[a] : "?");
    if (nargs)
        sq_buf_addc(&b, ')');
    if (whole) {
        sq_buf_printf(&b, "\n  %s", def ? def : "");
        return sq_buf_steal(&b);
    }
    size_t width = terminal_width() > 0 ? (size_t)terminal_width() : 100;
    sq_buf_adds(&b, "  ");
    size_t len = def ? strcspn(def, "\r\n") : 0;
    int cut = def && def[len];
    if (b.len + len > width) {
        len = width > b.len + 1 ? width - b.len - 1 : 0;
        while (len && ((unsigned char)def[len] & 0xC0) == 0x80)
            len--;
        cut = 1;
    }
    sq_buf_add(&b, def ? def : "", len);
    if (cut)
        sq_buf_adds(&b, "\xE2\x80\xA6"); /* … */
    return sq_buf_steal(&b);
}

static void cmd_macros(repl *r, const char *pattern) {
    const sq_macros *m = r->env->macros;
    size_t n = sq_macros_count(m);
    size_t *match = sq_xcalloc(n ? n : 1, sizeof *match);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *name = sq_macros_name_at(m, i, NULL);
        if (!pattern || sq_wildcard_match(pattern, strlen(pattern), name, strlen(name), 0))
            match[k++] = i;
    }
    /* One macro (a name, or a pattern only it matches): its whole definition. */
    char **lines = sq_xcalloc(k ? k : 1, sizeof *lines);
    for (size_t i = 0; i < k; i++)
        lines[i] = macro_line(m, match[i], k == 1);
    sq_sort(lines, k, sizeof *lines, cmp_str);
    for (size_t i = 0; i < k; i++) {
        printf("%s\n", lines[i]);
        free(lines[i]);
    }
    if (!k)
        printf("no macros match\n");
    free(lines);
    free(match);
}

static const char *kind_name(sq_cmd_kind k) {
    return k == SQ_CMD_GENERATING ? "generating" : k == SQ_CMD_BLOCKING ? "blocking" : "streaming";
}

static void cmd_explain(repl *r, const char *text) {
    if (!*text) {
        printf("usage: .explain QUERY\n");
        return;
    }
    sq_prepared *p = cli_prepare(r->env, text);
    if (!p) {
        r->errors++;
        return;
    }
    printf("expanded:\n  %s\nsyntax tree:\n", p->expanded);
    sq_ast_dump(p->ast, stdout);
    printf("plan:\n");
    for (int i = 0; i < p->ast->nkids; i++) {
        const sq_ast *stage = p->ast->kids[i];
        const sq_command *cmd = sq_command_lookup(stage->text);
        int len = stage->span.end - stage->span.start;
        printf("  %d. %-10s %-10s  %.*s\n", i + 1, stage->text,
               !cmd           ? "unknown"
               : cmd->refusal ? "refused"
                              : kind_name(cmd->kind),
               len > 60 ? 60 : len, p->expanded + stage->span.start);
    }
    sq_prepared_free(p);
}

static void cmd_sourcetype(repl *r, const char *name) {
    if (!*name) {
        printf("sourcetype: %s\n", r->sourcetype ? r->sourcetype : "detected");
        return;
    }
    free(r->sourcetype);
    r->sourcetype = strcmp(name, "auto") == 0 ? NULL : sq_xstrdup(name);
    for (size_t i = 0; i < r->nfiles; i++)
        if (!r->files[i].sourcetype)
            load_file(r, &r->files[i]);
    collect_fields(r);
}

/* Split "WORD rest": *word is the first word (malloc'd), the rest trimmed. */
static const char *first_word(const char *s, char **word) {
    s += strspn(s, " \t");
    size_t n = strcspn(s, " \t");
    *word = sq_xstrndup(s, n);
    s += n;
    return s + strspn(s, " \t");
}

static char *trimmed(const char *s) {
    s += strspn(s, " \t");
    size_t n = strlen(s);
    while (n && strchr(" \t\r\n", s[n - 1]))
        n--;
    return sq_xstrndup(s, n);
}

void repl_dot(repl *r, const char *line) {
    char *cmd, *arg1;
    const char *rest = first_word(line, &cmd);
    char *args = trimmed(rest);
    const char *more = first_word(args, &arg1);
    const char *pattern = *arg1 ? arg1 : NULL;
    if (!strcmp(cmd, ".help")) {
        fputs(help_text, stdout);
    } else if (!strcmp(cmd, ".quit") || !strcmp(cmd, ".exit")) {
        r->quit = 1;
    } else if (!strcmp(cmd, ".load")) {
        if (!*arg1) {
            printf("usage: .load FILE [SOURCETYPE]\n");
            r->errors++;
        } else if (repl_load(r, arg1, *more ? more : NULL) != 0) {
            r->errors++;
        }
    } else if (!strcmp(cmd, ".files")) {
        cmd_files(r);
    } else if (!strcmp(cmd, ".fields")) {
        cmd_fields(r, pattern);
    } else if (!strcmp(cmd, ".macros")) {
        cmd_macros(r, pattern);
    } else if (!strcmp(cmd, ".sourcetype")) {
        cmd_sourcetype(r, arg1);
    } else if (!strcmp(cmd, ".output")) {
        if (!*arg1)
            printf("output: %s\n", r->fmt == SQ_OUT_TABLE  ? "table"
                                   : r->fmt == SQ_OUT_JSON ? "json"
                                                           : "csv");
        else if (sq_outfmt_parse(arg1, &r->fmt) != 0) {
            printf("usage: .output table|json|csv\n");
            r->errors++;
        }
    } else if (!strcmp(cmd, ".timer")) {
        if (!strcmp(arg1, "on") || !strcmp(arg1, "off"))
            r->timer = !strcmp(arg1, "on");
        else {
            printf("usage: .timer on|off\n");
            r->errors++;
        }
    } else if (!strcmp(cmd, ".explain")) {
        cmd_explain(r, args);
    } else {
        printf("unknown command %s (.help lists them)\n", cmd);
        r->errors++;
    }
    free(cmd);
    free(arg1);
    free(args);
}
