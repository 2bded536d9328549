/* eventtype.c — event types and tags (see eventtype.h).
 *
 * Definitions are loaded once from .conf files.  Per query, each event
 * type's search is compiled into a matcher; per event, every enabled event
 * type is tried (skipped at once when its search requires a sourcetype the
 * event does not have), then tags are gathered from the matched event types
 * and from tagged field values.  An event type whose search mentions
 * eventtype= or tag= is tried again with those fields set, until nothing
 * changes (at most a few rounds: definitions that chase each other stop).
 *
 * Choices where Splunk's documentation is silent (docs/datamodels.md):
 * values of eventtype and of the tag fields are sorted and unique; a tagged
 * field value matches case-insensitively; eventtypes.conf's `priority`,
 * `color` and `description` are ignored; %field% templates in event type
 * names are not supported (such an event type is skipped). */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "splq/buf.h"
#include "splq/conf.h"
#include "splq/eventtype.h"
#include "splq/macro.h"
#include "splq/parse.h"
#include "splq/search.h"

#define ET_MAX_ROUNDS 5

typedef struct et_def {
    char *name;
    char *search;
    char *where; /* file:line */
    int disabled;
    char **tags; /* eventtypes.conf's old `tags = a b c` */
    size_t ntags;
} et_def;

typedef struct tag_def {
    char *field;
    char *value;
    char *tag;
    int enabled;
} tag_def;

struct sq_eventtypes {
    et_def *ets;
    size_t nets;
    tag_def *tags;
    size_t ntags;
    size_t nvalues; /* distinct tagged field values, for counting */
};

sq_eventtypes *sq_eventtypes_new(void) {
    return sq_xcalloc(1, sizeof(sq_eventtypes));
}

static void et_def_clear(et_def *d) {
    free(d->search);
    free(d->where);
    for (size_t i = 0; i < d->ntags; i++)
        free(d->tags[i]);
    free(d->tags);
    d->search = d->where = NULL;
    d->tags = NULL;
    d->ntags = 0;
}

void sq_eventtypes_free(sq_eventtypes *e) {
    if (!e)
        return;
    for (size_t i = 0; i < e->nets; i++) {
        et_def_clear(&e->ets[i]);
        free(e->ets[i].name);
    }
    free(e->ets);
    for (size_t i = 0; i < e->ntags; i++) {
        free(e->tags[i].field);
        free(e->tags[i].value);
        free(e->tags[i].tag);
    }
    free(e->tags);
    free(e);
}

size_t sq_eventtypes_count(const sq_eventtypes *e) {
    return e ? e->nets : 0;
}

size_t sq_eventtypes_tag_count(const sq_eventtypes *e) {
    return e ? e->nvalues : 0;
}

/* --- loading ------------------------------------------------------------------- */

static int hexval(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* tags.conf writes field values URL-encoded: aws%3Acloudtrail. */
static char *url_decode(const char *s, size_t n) {
    sq_buf b = SQ_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            sq_buf_addc(&b, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
            i += 2;
        } else {
            sq_buf_addc(&b, s[i]);
        }
    }
    sq_buf_addc(&b, '\0');
    return sq_buf_steal(&b);
}

static int is_true(const char *v) {
    return strcasecmp(v, "1") == 0 || strcasecmp(v, "true") == 0 || strcasecmp(v, "t") == 0 ||
           strcasecmp(v, "yes") == 0 || strcasecmp(v, "enabled") == 0;
}

static void add_tag(sq_eventtypes *e, const char *field, const char *value, const char *tag,
                    int enabled) {
    int new_value = 1;
    for (size_t i = 0; i < e->ntags; i++) {
        tag_def *t = &e->tags[i];
        if (strcmp(t->field, field) != 0 || strcmp(t->value, value) != 0)
            continue;
        new_value = 0;
        if (strcmp(t->tag, tag) == 0) {
            t->enabled = enabled;
            return;
        }
    }
    e->nvalues += new_value;
    e->tags = sq_xrealloc(e->tags, (e->ntags + 1) * sizeof *e->tags);
    tag_def *t = &e->tags[e->ntags++];
    t->field = sq_xstrdup(field);
    t->value = sq_xstrdup(value);
    t->tag = sq_xstrdup(tag);
    t->enabled = enabled;
}

static void load_tag_stanza(sq_eventtypes *e, const sq_conf_stanza *s) {
    const char *eq = strchr(s->name, '=');
    char *field = url_decode(s->name, (size_t)(eq - s->name));
    char *value = url_decode(eq + 1, strlen(eq + 1));
    for (size_t k = 0; k < s->nkvs; k++) {
        const char *v = s->kvs[k].value;
        int enabled = is_true(v);
        if (!enabled && strcasecmp(v, "disabled") != 0 && strcasecmp(v, "0") != 0 &&
            strcasecmp(v, "false") != 0)
            continue; /* neither enabled nor disabled: not a tag line */
        add_tag(e, field, value, s->kvs[k].key, enabled);
    }
    free(field);
    free(value);
}

static et_def *find_et(sq_eventtypes *e, const char *name) {
    for (size_t i = 0; i < e->nets; i++)
        if (strcmp(e->ets[i].name, name) == 0)
            return &e->ets[i];
    return NULL;
}

static void load_et_stanza(sq_eventtypes *e, const sq_conf_stanza *s, const char *path) {
    const char *search = sq_conf_get(s, "search");
    if (!search)
        return;
    et_def *d = find_et(e, s->name);
    if (!d) {
        e->ets = sq_xrealloc(e->ets, (e->nets + 1) * sizeof *e->ets);
        d = &e->ets[e->nets++];
        memset(d, 0, sizeof *d);
        d->name = sq_xstrdup(s->name);
    }
    et_def_clear(d);
    d->search = sq_xstrdup(search);
    sq_buf w = SQ_BUF_INIT;
    sq_buf_printf(&w, "%s:%d", path, s->line);
    d->where = sq_buf_steal(&w);
    const char *dis = sq_conf_get(s, "disabled");
    d->disabled = dis && is_true(dis);
    const char *tags = sq_conf_get(s, "tags");
    for (const char *p = tags; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *start = p;
        while (*p && *p != ' ' && *p != '\t' && *p != ',')
            p++;
        if (p > start) {
            d->tags = sq_xrealloc(d->tags, (d->ntags + 1) * sizeof *d->tags);
            d->tags[d->ntags++] = sq_xstrndup(start, (size_t)(p - start));
        }
    }
}

int sq_eventtypes_load(sq_eventtypes *e, const char *path, sq_error *err) {
    sq_conf *c;
    if (sq_conf_load(path, &c, err) < 0)
        return -1;
    for (size_t i = 0; i < c->nstanzas; i++) {
        const sq_conf_stanza *s = &c->stanzas[i];
        const char *eq = strchr(s->name, '=');
        if (eq && eq > s->name && eq[1])
            load_tag_stanza(e, s);
        else if (!eq && strcmp(s->name, "default") != 0)
            load_et_stanza(e, s, path);
    }
    sq_conf_free(c);
    return 0;
}

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int sq_eventtypes_load_dir(sq_eventtypes *e, const char *dir, sq_error *err) {
    DIR *d = opendir(dir);
    if (!d)
        return sq_fail(err, SQ_ERR_IO, "%s: cannot open directory", dir);
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.' || len < 6 || strcmp(de->d_name + len - 5, ".conf") != 0)
            continue;
        names = sq_xrealloc(names, (n + 1) * sizeof *names);
        names[n++] = sq_xstrdup(de->d_name);
    }
    closedir(d);
    sq_sort(names, n, sizeof *names, cmp_cstr);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            sq_buf p = SQ_BUF_INIT;
            sq_buf_printf(&p, "%s/%s", dir, names[i]);
            rc = sq_eventtypes_load(e, p.data, err);
            sq_buf_free(&p);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

/* --- compiled for a query -------------------------------------------------------- */

typedef struct et_c {
    const char *name;
    sq_matcher *m;
    char *sourcetype;  /* the search requires this sourcetype, or NULL */
    int refers;        /* the search reads eventtype or tag fields */
    const char **tags; /* the event type's tags, sorted */
    size_t ntags;
} et_c;

typedef struct ftag {
    sq_sym field;
    sq_sym tagfield; /* tag::<field> */
    const char *value;
    const char *tag;
} ftag;

struct sq_et_apply {
    sq_query *q;
    et_c *ets; /* sorted by name */
    size_t n;
    ftag *ftags;
    size_t nftags;
    int any_refers;
    unsigned char *matched;
    sq_sym s_eventtype, s_tag, s_tag_et;
    const char **names; /* scratch: values being gathered */
    size_t nnames, capnames;
    sq_buf scratch;
};

static int cmp_et(const void *a, const void *b) {
    return strcmp(((const et_c *)a)->name, ((const et_c *)b)->name);
}

/* Does the search read eventtype or tag fields (so it depends on others)? */
static int refers_to_tags(const sq_ast *n) {
    if (!n)
        return 0;
    if ((n->kind == SQ_AST_S_COMPARE || n->kind == SQ_AST_S_IN) && n->nkids > 0 &&
        n->kids[0]->text) {
        const char *f = n->kids[0]->text;
        if (strcmp(f, "eventtype") == 0 || strcmp(f, "tag") == 0 || strncmp(f, "tag::", 5) == 0)
            return 1;
    }
    for (int i = 0; i < n->nkids; i++)
        if (refers_to_tags(n->kids[i]))
            return 1;
    return 0;
}

/* sourcetype=<literal> among the top-level ANDed terms: the only
 * sourcetype whose events can match. */
static char *required_sourcetype(const sq_ast *n) {
    if (!n)
        return NULL;
    if (n->kind == SQ_AST_S_AND) {
        for (int i = 0; i < n->nkids; i++) {
            char *s = required_sourcetype(n->kids[i]);
            if (s)
                return s;
        }
        return NULL;
    }
    if (n->kind == SQ_AST_S_COMPARE && n->op == SQ_OP_EQ && n->nkids == 2 && n->kids[0]->text &&
        strcmp(n->kids[0]->text, "sourcetype") == 0 && n->kids[1]->text &&
        !strchr(n->kids[1]->text, '*'))
        return sq_xstrdup(n->kids[1]->text);
    return NULL;
}

static void push_name(sq_et_apply *a, const char *s) {
    if (a->nnames == a->capnames) {
        a->capnames = a->capnames ? a->capnames * 2 : 16;
        a->names = sq_xrealloc(a->names, a->capnames * sizeof *a->names);
    }
    a->names[a->nnames++] = s;
}

/* a->names, sorted and unique, as one value (null when empty). */
static sq_value names_value(sq_et_apply *a) {
    if (a->nnames == 0)
        return SQ_VALUE_NULL;
    sq_sort(a->names, a->nnames, sizeof *a->names, cmp_cstr);
    size_t kept = 0;
    for (size_t i = 0; i < a->nnames; i++)
        if (i == 0 || strcmp(a->names[i], a->names[i - 1]) != 0)
            a->names[kept++] = a->names[i];
    if (kept == 1)
        return sq_value_cstr(a->names[0]); /* one value is a plain field */
    sq_value v = sq_value_mv_empty();
    for (size_t i = 0; i < kept; i++)
        sq_value_mv_push(&v, sq_value_cstr(a->names[i]));
    return v;
}

static int compile_et(sq_et_apply *a, const et_def *d, et_c *c) {
    sq_env *env = a->q->env;
    char *text = NULL;
    size_t len;
    sq_error e;
    sq_error_clear(&e);
    sq_ast *ast = NULL;
    int rc = 0;
    if (strchr(d->name, '%')) {
        sq_warnf(&env->diag, "%s: event type %s: %%field%% templates are not supported; skipped",
                 d->where, d->name);
        return -1;
    }
    if (env->macros)
        rc = sq_macro_expand(env->macros, d->search, strlen(d->search), &text, &len, NULL,
                             &env->diag, &e);
    else
        text = sq_xstrdup(d->search);
    if (rc == 0)
        rc = sq_parse(text, strlen(text), SQ_PARSE_SEARCH, &ast, &e);
    if (rc == 0)
        rc = sq_matcher_compile(a->q, ast, &c->m, &e);
    if (rc == 0) {
        c->name = d->name;
        c->refers = refers_to_tags(ast);
        c->sourcetype = required_sourcetype(ast);
    } else {
        sq_warnf(&env->diag, "%s: event type %s: %s; skipped", d->where, d->name, e.msg);
    }
    sq_ast_free(ast);
    free(text);
    return rc;
}

/* The event type's tags: [eventtype=name] stanzas and its own `tags`. */
static void collect_et_tags(const sq_eventtypes *defs, const et_def *d, et_c *c) {
    size_t cap = d->ntags + defs->ntags;
    c->tags = sq_xcalloc(cap ? cap : 1, sizeof *c->tags);
    for (size_t i = 0; i < d->ntags; i++)
        c->tags[c->ntags++] = d->tags[i];
    for (size_t i = 0; i < defs->ntags; i++) {
        const tag_def *t = &defs->tags[i];
        if (t->enabled && strcmp(t->field, "eventtype") == 0 && strcmp(t->value, d->name) == 0)
            c->tags[c->ntags++] = t->tag;
    }
    sq_sort(c->tags, c->ntags, sizeof *c->tags, cmp_cstr);
}

int sq_et_apply_new(sq_query *q, sq_et_apply **out, sq_error *err) {
    (void)err;
    sq_et_apply *a = sq_xcalloc(1, sizeof *a);
    a->q = q;
    *out = a;
    const sq_eventtypes *defs = q->env ? q->env->eventtypes : NULL;
    if (!defs || (defs->nets == 0 && defs->ntags == 0))
        return 0;
    a->s_eventtype = sq_intern_cstr(q->syms, "eventtype");
    a->s_tag = sq_intern_cstr(q->syms, "tag");
    a->s_tag_et = sq_intern_cstr(q->syms, "tag::eventtype");
    a->ets = sq_xcalloc(defs->nets ? defs->nets : 1, sizeof *a->ets);
    for (size_t i = 0; i < defs->nets; i++) {
        const et_def *d = &defs->ets[i];
        if (d->disabled)
            continue;
        et_c *c = &a->ets[a->n];
        if (compile_et(a, d, c) < 0)
            continue;
        collect_et_tags(defs, d, c);
        a->any_refers |= c->refers;
        a->n++;
    }
    sq_sort(a->ets, a->n, sizeof *a->ets, cmp_et);
    a->matched = sq_xcalloc(a->n ? a->n : 1, 1);
    a->ftags = sq_xcalloc(defs->ntags ? defs->ntags : 1, sizeof *a->ftags);
    sq_buf name = SQ_BUF_INIT;
    for (size_t i = 0; i < defs->ntags; i++) {
        const tag_def *t = &defs->tags[i];
        if (!t->enabled || strcmp(t->field, "eventtype") == 0)
            continue;
        ftag *f = &a->ftags[a->nftags++];
        f->field = sq_intern_cstr(q->syms, t->field);
        sq_buf_reset(&name);
        sq_buf_printf(&name, "tag::%s", t->field);
        f->tagfield = sq_intern(q->syms, name.data, name.len);
        f->value = t->value;
        f->tag = t->tag;
    }
    sq_buf_free(&name);
    return 0;
}

void sq_et_apply_free(sq_et_apply *a) {
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++) {
        sq_matcher_free(a->ets[i].m);
        free(a->ets[i].sourcetype);
        free(a->ets[i].tags);
    }
    free(a->ets);
    free(a->ftags);
    free(a->matched);
    free(a->names);
    sq_buf_free(&a->scratch);
    free(a);
}

/* --- per event ----------------------------------------------------------------------- */

static int sourcetype_allows(const et_c *c, const sq_event *ev) {
    if (!c->sourcetype)
        return 1;
    const sq_value *st = sq_event_cget(ev, SQ_SYM_SOURCETYPE);
    return st && st->type == SQ_STR && strcasecmp(st->u.str.ptr, c->sourcetype) == 0;
}

/* Does any value of the field equal value (case-insensitively)? */
static int has_value(sq_et_apply *a, sq_event *ev, sq_sym field, const char *value) {
    sq_value *v = sq_event_get(ev, field);
    size_t n = v ? sq_value_count(v) : 0;
    size_t vlen = strlen(value);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *t = sq_value_text(sq_value_at(v, i), &a->scratch, &len);
        if (len == vlen && strncasecmp(t, value, len) == 0)
            return 1;
    }
    return 0;
}

static void set_fields(sq_et_apply *a, sq_event *ev) {
    a->nnames = 0;
    for (size_t i = 0; i < a->n; i++)
        if (a->matched[i])
            push_name(a, a->ets[i].name);
    sq_event_set(ev, a->s_eventtype, names_value(a));

    /* tag::<field> for tagged values, then tag::eventtype, then tag. */
    for (size_t i = 0; i < a->nftags; i++) {
        sq_sym tf = a->ftags[i].tagfield;
        int first = 1;
        for (size_t k = 0; k < i; k++)
            if (a->ftags[k].tagfield == tf)
                first = 0;
        if (!first)
            continue;
        a->nnames = 0;
        for (size_t k = i; k < a->nftags; k++)
            if (a->ftags[k].tagfield == tf &&
                has_value(a, ev, a->ftags[k].field, a->ftags[k].value))
                push_name(a, a->ftags[k].tag);
        sq_event_set(ev, tf, names_value(a));
    }
    a->nnames = 0;
    for (size_t i = 0; i < a->n; i++)
        if (a->matched[i])
            for (size_t k = 0; k < a->ets[i].ntags; k++)
                push_name(a, a->ets[i].tags[k]);
    sq_event_set(ev, a->s_tag_et, names_value(a));
    for (size_t i = 0; i < a->nftags; i++)
        if (has_value(a, ev, a->ftags[i].field, a->ftags[i].value))
            push_name(a, a->ftags[i].tag);
    sq_event_set(ev, a->s_tag, names_value(a));
}

int sq_et_apply_event(sq_et_apply *a, sq_event *ev, sq_error *err) {
    (void)err;
    if (!a || (a->n == 0 && a->nftags == 0))
        return 0;
    memset(a->matched, 0, a->n);
    for (int round = 0; round < ET_MAX_ROUNDS; round++) {
        int changed = 0;
        for (size_t i = 0; i < a->n; i++) {
            et_c *c = &a->ets[i];
            if (round > 0 && !c->refers)
                continue;
            int m = sourcetype_allows(c, ev) && sq_matcher_match(c->m, ev);
            if (m != a->matched[i]) {
                a->matched[i] = (unsigned char)m;
                changed = 1;
            }
        }
        if (round > 0 && !changed)
            break;
        set_fields(a, ev);
        if (!a->any_refers)
            break;
    }
    return 0;
}
