/* fieldwalk.c — which fields a pipeline reads from its input events.
 *
 * A walk over the stages, in order, following what each command reads and
 * what it creates (eval targets, AS names, rex groups, lookup outputs...).
 * A field read before any stage created it comes from the events; the
 * caller says whether the input provides it, and hears once of each that it
 * does not.  The walk ends at the first stage after which fields are the
 * command's own (stats, table...) or cannot be known (a wildcard rename).
 * `splq check` compares with a data source's field list; `splq test`
 * with the fields actually seen in the attack data.
 *
 * The same walk, in its needed mode (sq_fields_read), tells the planner
 * which fields the input events must carry (src/core/needed.c): every field
 * any stage reads is reported, whether or not an earlier stage created it
 * (a created field may not be created on every event: rex without a match,
 * fillnull, OUTPUTNEW), reads a command makes without naming them are added
 * (_raw for bare terms and rex, _time for timechart and latest()), and the
 * walk is only complete when it reaches a stage whose output fields are its
 * own (stats, table...) through commands whose reads it models exactly. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "splq/buf.h"
#include "splq/event.h"
#include "splq/fieldwalk.h"

typedef struct fieldck {
    const sq_fieldwalk *w;
    sq_symtab *defined;    /* fields the pipeline created */
    sq_symtab *reported;   /* each missing field once */
    const char *assigning; /* eval's target: `x=if(c, y, x)` keeps x as it was */
    int tracking;
    /* needed mode: every read goes to read(); unknown: the walk cannot say */
    void (*read)(void *ud, const char *field);
    void *read_ud;
    int unknown;
} fieldck;

/* Fields every event has, or that Splunk adds, whatever its source. */
static int default_field(const char *f) {
    static const char *const names[] = {
        "eventtype",  "host",         "index",         "linecount",           "punct",
        "source",     "sourcetype",   "splunk_server", "splunk_server_group", "tag",
        "timeendpos", "timestartpos",
    };
    if (f[0] == '_' || strncmp(f, "date_", 5) == 0 || strncmp(f, "tag::", 5) == 0)
        return 1;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(f, names[i]) == 0)
            return 1;
    return 0;
}

/* Search-time modifiers that look like field comparisons in a search. */
static int search_modifier(const char *f) {
    static const char *const names[] = {
        "daysago",
        "earliest",
        "enddaysago",
        "endhoursago",
        "endminutesago",
        "endmonthsago",
        "endtime",
        "endtimeu",
        "eventtypetag",
        "hoursago",
        "hosttag",
        "latest",
        "minutesago",
        "monthsago",
        "savedsearch",
        "savedsplunk",
        "searchtimespandays",
        "searchtimespanhours",
        "searchtimespanminutes",
        "searchtimespanmonths",
        "startdaysago",
        "starthoursago",
        "startminutesago",
        "startmonthsago",
        "starttime",
        "starttimeu",
        "timeformat",
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(f, names[i]) == 0)
            return 1;
    return 0;
}

static int in_set(const sq_symtab *t, const char *f) {
    sq_sym s;
    return sq_sym_find(t, f, strlen(f), &s);
}

static void define(fieldck *fc, const char *f) {
    if (f && *f)
        sq_intern_cstr(fc->defined, f);
}

static void define_node(fieldck *fc, const sq_ast *n) {
    if (n && (n->kind == SQ_AST_WORD || n->kind == SQ_AST_E_FIELD))
        define(fc, n->text);
}

/* Would reading f at this point of the pipeline read a missing field?
 * Wildcards, $tokens$ and foreach's <<FIELD>> name no one field; a bare
 * `null` in eval is the idiom for a null value. */
static int field_missing(const fieldck *fc, const char *f) {
    if (!fc->tracking || !f || !*f || strpbrk(f, "*$") || strstr(f, "<<") || default_field(f) ||
        strcmp(f, "null") == 0 || in_set(fc->defined, f))
        return 0;
    return !fc->w->provided(fc->w->ud, f);
}

static void read_field(fieldck *fc, const char *f, sq_span span) {
    if (fc->read) {
        if (f && *f)
            fc->read(fc->read_ud, f);
        return;
    }
    if (!field_missing(fc, f) || in_set(fc->reported, f) ||
        (fc->assigning && strcmp(f, fc->assigning) == 0))
        return;
    sq_intern_cstr(fc->reported, f);
    fc->w->missing(fc->w->ud, f, span);
}

/* A WORD naming a field, maybe with a sort direction in front. */
static void read_word(fieldck *fc, const sq_ast *n) {
    if (!n || n->kind != SQ_AST_WORD)
        return;
    const char *f = n->text;
    if (!(n->flags & SQ_AST_QUOTED) && (*f == '+' || *f == '-'))
        f++;
    read_field(fc, f, n->span);
}

static int is_number(const char *s) {
    char *end;
    if (!*s)
        return 0;
    strtod(s, &end);
    return *end == '\0';
}

/* Functions that test whether a field exists: reading a missing field is
 * their point. */
static int null_test(const char *fn) {
    static const char *const names[] = {"coalesce", "isnotnull", "isnull", "nullif", "typeof"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(fn, names[i]) == 0)
            return 1;
    return 0;
}

/* Functions that read fields their arguments do not name. */
static int reads_any_field(const char *fn) {
    return strcasecmp(fn, "searchmatch") == 0;
}

static void read_expr(fieldck *fc, const sq_ast *e) {
    switch (e->kind) {
    case SQ_AST_E_FIELD:
        read_field(fc, e->text, e->span);
        return;
    case SQ_AST_E_CALL:
        if (fc->read && reads_any_field(e->text))
            fc->unknown = 1;
        for (int i = 0; i < e->nkids; i++)
            if (fc->read || !(null_test(e->text) && e->kids[i]->kind == SQ_AST_E_FIELD))
                read_expr(fc, e->kids[i]);
        return;
    case SQ_AST_SUBSEARCH:
        fc->unknown = 1;
        return;
    default:
        for (int i = 0; i < e->nkids; i++)
            read_expr(fc, e->kids[i]);
    }
}

/* The missing fields a search expression reads (reported when report).
 * An OR whose some branch reads only fields that exist is fine as it is:
 * data source macros list alternatives for several configurations
 * (`eventtype=x OR Channel=y OR source=z`). */
static int read_search(fieldck *fc, const sq_ast *s, int report) {
    int missing = 0;
    switch (s->kind) {
    case SQ_AST_S_COMPARE:
    case SQ_AST_S_IN:
        if (s->nkids == 0 || search_modifier(s->kids[0]->text) ||
            !field_missing(fc, s->kids[0]->text))
            return 0;
        if (report)
            read_field(fc, s->kids[0]->text, s->kids[0]->span);
        return 1;
    case SQ_AST_S_OR:
    case SQ_AST_S_AND:
    case SQ_AST_S_NOT:
        if (s->kind == SQ_AST_S_OR)
            for (int i = 0; i < s->nkids; i++)
                if (read_search(fc, s->kids[i], 0) == 0)
                    return 0;
        for (int i = 0; i < s->nkids; i++)
            missing += read_search(fc, s->kids[i], report);
        return missing;
    default:
        return 0; /* terms, TERM(), subsearches */
    }
}

/* Search modifiers that bound _time; the others (eventtypetag, hosttag,
 * savedsearch, timeformat) read what the walk cannot tell. */
static int time_modifier(const char *f) {
    return search_modifier(f) && strcasecmp(f, "eventtypetag") != 0 &&
           strcasecmp(f, "hosttag") != 0 && strncasecmp(f, "saved", 5) != 0 &&
           strcasecmp(f, "timeformat") != 0;
}

/* Needed mode: what a search expression reads.  A bare term or TERM()/
 * CASE() is looked for in _raw; `*` alone matches every event. */
static void need_search(fieldck *fc, const sq_ast *s) {
    switch (s->kind) {
    case SQ_AST_S_COMPARE:
    case SQ_AST_S_IN:
        if (s->nkids == 0 || !s->kids[0]->text) {
            fc->unknown = 1;
        } else if (time_modifier(s->kids[0]->text)) {
            read_field(fc, "_time", s->span);
        } else if (search_modifier(s->kids[0]->text)) {
            fc->unknown = 1;
        } else {
            read_field(fc, s->kids[0]->text, s->kids[0]->span);
        }
        return;
    case SQ_AST_S_OR:
    case SQ_AST_S_AND:
    case SQ_AST_S_NOT:
        for (int i = 0; i < s->nkids; i++)
            need_search(fc, s->kids[i]);
        return;
    case SQ_AST_S_TERM:
        if (s->text && strspn(s->text, "*") == strlen(s->text) && *s->text &&
            !(s->flags & SQ_AST_QUOTED))
            return;
        read_field(fc, "_raw", s->span);
        return;
    case SQ_AST_S_TERMFN:
        read_field(fc, "_raw", s->span);
        return;
    default:
        fc->unknown = 1; /* subsearches, and anything new */
        return;
    }
}

static const sq_ast *kid(const sq_ast *n, int i) {
    return i >= 0 && i < n->nkids ? n->kids[i] : NULL;
}

static int is_word_node(const sq_ast *n) {
    return n && n->kind == SQ_AST_WORD;
}

/* `X as Y` at kids i..i+2: returns Y, else NULL. */
static const sq_ast *alias_at(const sq_ast *st, int i) {
    if (sq_ast_is_word(kid(st, i + 1), "as") && is_word_node(kid(st, i + 2)))
        return kid(st, i + 2);
    return NULL;
}

static const char *option_value(const sq_ast *opt) {
    return opt->nkids > 0 ? opt->kids[0]->text : "";
}

/* Aggregations that read _time without naming it. */
static int reads_time(const char *fn) {
    static const char *const names[] = {"earliest", "earliest_time", "latest",     "latest_time",
                                        "per_day",  "per_hour",      "per_minute", "per_second",
                                        "rate",     "sparkline"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(fn, names[i]) == 0)
            return 1;
    return 0;
}

/* Arguments of an aggregation call: count(x), values(x), count(eval(...)). */
static void read_call_args(fieldck *fc, const sq_ast *call) {
    if (fc->read && reads_time(call->text))
        read_field(fc, "_time", call->span);
    for (int i = 0; i < call->nkids; i++) {
        const sq_ast *a = call->kids[i];
        if (a->kind == SQ_AST_WORD && !is_number(a->text))
            read_word(fc, a);
        else if (a->kind == SQ_AST_EXPRARG && a->nkids > 0)
            read_expr(fc, a->kids[0]);
        else if (a->kind == SQ_AST_CALL)
            read_call_args(fc, a);
    }
}

/* stats, eventstats, streamstats, chart, timechart, top, rare... */
static void stage_stats(fieldck *fc, const sq_ast *st, int fields_first) {
    int grouping = 0;
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        if (sq_ast_is_word(k, "by") || sq_ast_is_word(k, "over")) {
            grouping = 1;
            continue;
        }
        if (k->kind == SQ_AST_CALL) {
            read_call_args(fc, k);
            const sq_ast *as = alias_at(st, i);
            if (as) {
                define_node(fc, as);
                i += 2;
            }
            continue;
        }
        if (k->kind != SQ_AST_WORD)
            continue;
        if (grouping || fields_first) {
            read_word(fc, k);
            continue;
        }
        const sq_ast *as = alias_at(st, i); /* count as n */
        define_node(fc, as ? as : k);
        if (as)
            i += 2;
    }
}

static void stage_rename(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *as = alias_at(st, i);
        if (!as || !is_word_node(st->kids[i]))
            continue;
        if (strchr(st->kids[i]->text, '*')) {
            fc->tracking = 0; /* a wildcard rename: which fields, we cannot say */
            fc->unknown = 1;
            return;
        }
        read_word(fc, st->kids[i]);
        define_node(fc, as);
        i += 2;
    }
}

static void stage_words(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        /* in needed mode sort's keywords are read too: a field may be named d */
        if (k->kind == SQ_AST_WORD && !is_number(k->text) &&
            (fc->read || (!sq_ast_is_word(k, "sortby") && !sq_ast_is_word(k, "d") &&
                          !sq_ast_is_word(k, "desc"))) &&
            strcmp(k->text, "+") != 0 && strcmp(k->text, "-") != 0)
            read_word(fc, k);
        else if (k->kind == SQ_AST_CALL) /* sort num(x) */
            read_call_args(fc, k);
    }
}

static void stage_fields(fieldck *fc, const sq_ast *st) {
    if (st->nkids > 0 && st->kids[0]->kind == SQ_AST_WORD && strcmp(st->kids[0]->text, "-") == 0)
        return; /* removing fields reads none */
    stage_words(fc, st);
    if (!fc->read) /* needed mode goes on: later reads are needed all the same */
        fc->tracking = 0;
}

/* fillnull, filldown: in needed mode the fields are read (only null ones
 * change); without a field list, every field is. */
static void stage_define_words(fieldck *fc, const sq_ast *st) {
    int words = 0;
    for (int i = 0; i < st->nkids; i++)
        if (st->kids[i]->kind == SQ_AST_WORD) {
            words++;
            if (fc->read)
                read_word(fc, st->kids[i]);
            else
                define_node(fc, st->kids[i]);
        }
    if (fc->read && words == 0)
        fc->unknown = 1;
}

static void stage_bin(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        if (k->kind != SQ_AST_WORD)
            continue;
        const sq_ast *as = alias_at(st, i);
        read_word(fc, k);
        if (as) {
            define_node(fc, as);
            i += 2;
        }
    }
}

/* Named groups of a regular expression: (?<name>...), (?P<name>...). */
static void define_groups(fieldck *fc, const char *re) {
    for (const char *p = re; (p = strstr(p, "(?")) != NULL; p += 2) {
        const char *q = p + 2;
        if (*q == 'P')
            q++;
        if (*q != '<' || q[1] == '=' || q[1] == '!')
            continue;
        const char *end = strchr(q + 1, '>');
        if (!end)
            return;
        char *name = sq_xstrndup(q + 1, (size_t)(end - q - 1));
        define(fc, name);
        free(name);
    }
}

static void stage_rex(fieldck *fc, const sq_ast *st) {
    const sq_ast *field = NULL;
    int sed = 0;
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        if (k->kind == SQ_AST_OPTION && strcasecmp(k->text, "field") == 0 && k->nkids > 0)
            field = k->kids[0];
        else if (k->kind == SQ_AST_OPTION && strcasecmp(k->text, "mode") == 0)
            sed = strcasecmp(option_value(k), "sed") == 0;
    }
    if (field)
        read_word(fc, field);
    else if (fc->read)
        read_field(fc, "_raw", st->span);
    for (int i = 0; i < st->nkids && !sed; i++)
        if (st->kids[i]->kind == SQ_AST_WORD)
            define_groups(fc, st->kids[i]->text);
}

static void stage_regex(fieldck *fc, const sq_ast *st) {
    int fields = 0;
    for (int i = 0; i < st->nkids; i++)
        if (st->kids[i]->kind == SQ_AST_OPTION) {
            read_field(fc, st->kids[i]->text, st->kids[i]->span);
            fields++;
        }
    if (fc->read && fields == 0)
        read_field(fc, "_raw", st->span);
}

static void stage_spath(fieldck *fc, const sq_ast *st) {
    const char *path = NULL, *output = NULL;
    int input = 0;
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        if (k->kind == SQ_AST_OPTION && strcasecmp(k->text, "input") == 0 && k->nkids > 0)
            read_word(fc, k->kids[0]), input = 1;
        else if (k->kind == SQ_AST_OPTION && strcasecmp(k->text, "output") == 0)
            output = option_value(k);
        else if (k->kind == SQ_AST_OPTION && strcasecmp(k->text, "path") == 0)
            path = option_value(k);
        else if (k->kind == SQ_AST_WORD && !path)
            path = k->text;
    }
    if (fc->read) {
        if (!input)
            read_field(fc, "_raw", st->span);
        return;
    }
    if (output || path)
        define(fc, output ? output : path);
    else
        fc->tracking = 0; /* every field of the JSON */
}

static void stage_lookup(fieldck *fc, const sq_ast *st) {
    int i = 0, outputs = 0;
    while (i < st->nkids && st->kids[i]->kind == SQ_AST_OPTION)
        i++;
    for (i++; i < st->nkids; i++) { /* past the table's name */
        const sq_ast *k = st->kids[i];
        if (sq_ast_is_word(k, "output") || sq_ast_is_word(k, "outputnew")) {
            outputs = 1;
            continue;
        }
        if (!is_word_node(k))
            continue;
        const sq_ast *as = alias_at(st, i);
        if (fc->read) /* OUTPUTNEW reads its outputs; extra fields are harmless */
            read_word(fc, as ? as : k);
        else if (outputs)
            define_node(fc, as ? as : k);
        else
            read_word(fc, as ? as : k);
        if (as)
            i += 2;
    }
    if (!outputs && !fc->read)
        fc->tracking = 0; /* every field of the table */
}

static void stage_iplocation(fieldck *fc, const sq_ast *st) {
    static const char *const added[] = {"City",   "Continent", "Country", "MetroCode",
                                        "Region", "Timezone",  "lat",     "lon"};
    const char *prefix = "";
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        if (k->kind == SQ_AST_OPTION && strcasecmp(k->text, "prefix") == 0)
            prefix = option_value(k);
        else if (k->kind == SQ_AST_WORD)
            read_word(fc, k);
    }
    for (size_t i = 0; i < sizeof added / sizeof *added; i++) {
        sq_buf f = SQ_BUF_INIT;
        sq_buf_printf(&f, "%s%s", prefix, added[i]);
        define(fc, f.data);
        sq_buf_free(&f);
    }
}

static void stage_convert(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        if (k->kind != SQ_AST_CALL)
            continue;
        read_call_args(fc, k);
        const sq_ast *as = alias_at(st, i);
        if (as) {
            define_node(fc, as);
            i += 2;
        }
    }
}

static void stage_eval(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *a = st->kids[i];
        if (a->kind != SQ_AST_E_ASSIGN || a->nkids < 2)
            continue;
        fc->assigning = a->kids[0]->text;
        read_expr(fc, a->kids[1]);
        fc->assigning = NULL;
        define_node(fc, a->kids[0]);
    }
}

static void stage_strcat(fieldck *fc, const sq_ast *st) {
    const sq_ast *dest = NULL;
    for (int i = 0; i < st->nkids; i++)
        if (st->kids[i]->kind == SQ_AST_WORD)
            dest = st->kids[i];
    for (int i = 0; i < st->nkids; i++) {
        const sq_ast *k = st->kids[i];
        if (k != dest && k->kind == SQ_AST_WORD && !(k->flags & SQ_AST_QUOTED))
            read_word(fc, k);
    }
    define_node(fc, dest);
}

/* How each command reads and creates fields.  `stops`: after the stage,
 * fields are the command's own (stats, table...) or cannot be known.
 * `need`, for the needed-fields walk: NEED_ALL when the visit does not model
 * every read exactly; NEED_CLOSE when the output fields are the command's
 * own, so that no later stage reads the input's; `implicit`: a field read
 * without being named. */
enum { NEED_ALL, NEED_STREAM, NEED_CLOSE };

typedef struct stage_rule {
    const char *command;
    void (*visit)(fieldck *fc, const sq_ast *st);
    int stops;
    int need;
    const char *implicit;
} stage_rule;

static void stage_search(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids; i++) {
        if (fc->read)
            need_search(fc, st->kids[i]);
        else
            read_search(fc, st->kids[i], 1);
    }
}

static void stage_where(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids; i++)
        read_expr(fc, st->kids[i]);
}

static void stage_aggregate(fieldck *fc, const sq_ast *st) {
    stage_stats(fc, st, 0);
}

static void stage_top(fieldck *fc, const sq_ast *st) {
    stage_stats(fc, st, 1);
}

/* head N, head limit=N, head (expr): in needed mode the expression is read. */
static void stage_head(fieldck *fc, const sq_ast *st) {
    for (int i = 0; i < st->nkids && fc->read; i++) {
        const sq_ast *k = st->kids[i];
        if (k->kind == SQ_AST_EXPRARG && k->nkids > 0)
            read_expr(fc, k->kids[0]);
        else if (!(k->kind == SQ_AST_OPTION || (k->kind == SQ_AST_WORD && is_number(k->text))))
            fc->unknown = 1;
    }
}

static void stage_nothing(fieldck *fc, const sq_ast *st) {
    (void)fc;
    (void)st;
}

static const stage_rule stage_rules[] = {
    {"bin", stage_bin, 0, NEED_STREAM, NULL},
    {"bucket", stage_bin, 0, NEED_STREAM, NULL},
    {"chart", stage_aggregate, 1, NEED_CLOSE, NULL},
    {"convert", stage_convert, 0, NEED_STREAM, NULL},
    {"dedup", stage_words, 0, NEED_STREAM, NULL},
    {"eval", stage_eval, 0, NEED_STREAM, NULL},
    {"eventstats", stage_aggregate, 0, NEED_STREAM, NULL},
    {"fields", stage_fields, 0, NEED_STREAM, NULL},
    {"filldown", stage_define_words, 0, NEED_STREAM, NULL},
    {"fillnull", stage_define_words, 0, NEED_STREAM, NULL},
    {"head", stage_head, 0, NEED_STREAM, NULL},
    {"iplocation", stage_iplocation, 0, NEED_STREAM, NULL},
    {"lookup", stage_lookup, 0, NEED_STREAM, NULL},
    {"makemv", stage_words, 0, NEED_STREAM, NULL},
    {"mvcombine", stage_words, 1, NEED_ALL, NULL},
    {"mvexpand", stage_words, 0, NEED_STREAM, NULL},
    {"nomv", stage_words, 0, NEED_STREAM, NULL},
    {"rare", stage_top, 1, NEED_CLOSE, NULL},
    {"regex", stage_regex, 0, NEED_STREAM, NULL},
    {"rename", stage_rename, 0, NEED_STREAM, NULL},
    {"reverse", stage_nothing, 0, NEED_STREAM, NULL},
    {"rex", stage_rex, 0, NEED_STREAM, NULL},
    {"search", stage_search, 0, NEED_STREAM, NULL},
    {"sistats", stage_aggregate, 1, NEED_CLOSE, NULL},
    {"sort", stage_words, 0, NEED_STREAM, NULL},
    {"spath", stage_spath, 0, NEED_STREAM, NULL},
    {"stats", stage_aggregate, 1, NEED_CLOSE, NULL},
    {"streamstats", stage_aggregate, 0, NEED_STREAM, NULL},
    {"strcat", stage_strcat, 0, NEED_STREAM, NULL},
    {"table", stage_words, 1, NEED_CLOSE, NULL},
    {"tail", stage_nothing, 0, NEED_STREAM, NULL},
    {"timechart", stage_aggregate, 1, NEED_CLOSE, "_time"},
    {"top", stage_top, 1, NEED_CLOSE, NULL},
    {"transaction", stage_words, 1, NEED_ALL, NULL},
    {"uniq", stage_nothing, 0, NEED_ALL, NULL},
    {"where", stage_where, 0, NEED_STREAM, NULL},
};

static const stage_rule *rule_of(const sq_ast *st) {
    for (size_t i = 0; i < sizeof stage_rules / sizeof *stage_rules; i++)
        if (strcasecmp(st->text, stage_rules[i].command) == 0)
            return &stage_rules[i];
    return NULL;
}

/* One stage's reads and writes; a stage the walk does not model ends it. */
static void fields_stage(fieldck *fc, const sq_ast *st) {
    const stage_rule *r = rule_of(st);
    if (!r) {
        fc->tracking = 0;
        return;
    }
    r->visit(fc, st);
    if (r->stops)
        fc->tracking = 0;
}

void sq_fields_missing(const sq_ast *pipeline, const sq_fieldwalk *w) {
    fieldck fc = {.w = w, .defined = sq_symtab_new(), .reported = sq_symtab_new(), .tracking = 1};
    for (int i = 0; i < pipeline->nkids && fc.tracking; i++)
        fields_stage(&fc, pipeline->kids[i]);
    sq_symtab_free(fc.defined);
    sq_symtab_free(fc.reported);
}

/* Needed mode: a subsearch anywhere in the stage, or an option holding an
 * expression or search (streamstats reset_after=, transaction startswith=),
 * reads what the walk does not model. */
static int stage_opaque(const sq_ast *n) {
    if (n->kind == SQ_AST_SUBSEARCH)
        return 1;
    if (n->kind == SQ_AST_OPTION)
        for (int i = 0; i < n->nkids; i++)
            if (n->kids[i]->kind != SQ_AST_WORD)
                return 1;
    for (int i = 0; i < n->nkids; i++)
        if (stage_opaque(n->kids[i]))
            return 1;
    return 0;
}

int sq_fields_read(const sq_ast *pipeline, void (*read)(void *ud, const char *field), void *ud) {
    fieldck fc = {.defined = sq_symtab_new(),
                  .reported = sq_symtab_new(),
                  .tracking = 1,
                  .read = read,
                  .read_ud = ud};
    int complete = 0;
    for (int i = 0; i < pipeline->nkids && !fc.unknown && !complete; i++) {
        const sq_ast *st = pipeline->kids[i];
        const stage_rule *r = rule_of(st);
        if (!r || r->need == NEED_ALL || stage_opaque(st)) {
            fc.unknown = 1;
            break;
        }
        r->visit(&fc, st);
        if (r->implicit)
            read(ud, r->implicit);
        complete = r->need == NEED_CLOSE;
    }
    sq_symtab_free(fc.defined);
    sq_symtab_free(fc.reported);
    return complete && !fc.unknown;
}

int sq_expr_fields_read(const sq_ast *expr, void (*read)(void *ud, const char *field), void *ud) {
    fieldck fc = {.tracking = 1, .read = read, .read_ud = ud};
    read_expr(&fc, expr);
    return fc.unknown ? -1 : 0;
}
