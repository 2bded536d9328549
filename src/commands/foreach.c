/* foreach.c — the foreach command:
 *   foreach [mode=multifield] <wc-field> [<wc-field>...] [fieldstr=<s>] [matchstr=<s>]
 *           [matchseg1=<s>] [matchseg2=<s>] [matchseg3=<s>] [<subsearch>]
 *   foreach mode=multivalue|json_array|auto_collections <field> [itemstr=<s>]
 *           [iterstr=<s>] [<subsearch>]
 *
 * multifield (the default): for each result, the subsearch is a template run
 * once per field the field list names: a name with '*' stands for every
 * field of that result that matches it (in name order; internal fields _x
 * only when the pattern starts with '_'), a plain name for that field
 * whether or not it exists.  In the template, <<FIELD>> is the field's name,
 * <<MATCHSTR>> what the wildcards matched (all of them, in order), and
 * <<MATCHSEG1>>..<<MATCHSEG3>> what the first..third wildcard matched; the
 * fieldstr=... options rename these placeholders.  Each run sees the result
 * as the previous run left it (Splunk's running total example).
 *
 * Splunk replaces the placeholders as text; splq replaces them in the
 * parsed template (a clone of the subsearch's tree per distinct field, set
 * up once and cached), so a placeholder that becomes a number where a field
 * name stood (eval x = <<FIELD>> + <<MATCHSTR>>) is a number, and a field
 * name with characters eval would not read as a name still works.  The
 * template may only hold streaming commands; a run that drops the result
 * (where, search) drops it.
 *
 * multivalue / json_array / auto_collections: the template must be one eval;
 * it runs once per value of the field (the elements of the JSON array in
 * json_array mode; auto_collections takes a JSON array when the field holds
 * one, else the values), with <<ITEM>> the value and <<ITER>> its 0-based
 * index (renamed by itemstr=/iterstr=).  A placeholder must stand alone as
 * an operand there (it is read as a field holding the value). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "splq/buf.h"
#include "subsearch.h"

#define MAX_SEGS 3

typedef enum fe_mode { MODE_MULTIFIELD, MODE_MULTIVALUE, MODE_JSON, MODE_AUTO } fe_mode;

/* One instantiation of the template, set up once. */
typedef struct inst {
    char *key; /* the replacement values, joined */
    sq_ast *pipeline;
    sq_plan *plan;
    sq_op sink;
    sq_rowset out;
} inst;

typedef struct foreach_state {
    fe_mode mode;
    const sq_ast *templ; /* the subsearch's pipeline */
    const char **patterns;
    int npatterns;
    /* placeholders: FIELD, MATCHSTR, MATCHSEG1..3 (multifield) */
    const char *ph[2 + MAX_SEGS];
    const char *itemstr, *iterstr;
    inst *insts;
    size_t ninsts, capinsts;
    sq_sym item_sym, iter_sym;
    sq_buf key;
} foreach_state;

static void inst_free(inst *in) {
    sq_plan_free(in->plan);
    sq_ast_free(in->pipeline);
    sq_rowset_free(&in->out);
    free(in->key);
}

static void foreach_destroy(sq_op *op) {
    foreach_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->ninsts; i++)
        inst_free(&st->insts[i]);
    free(st->insts);
    free(st->patterns);
    sq_buf_free(&st->key);
    free(st);
    op->state = NULL;
}

/* --- setup ------------------------------------------------------------------------ */

static int check_template(foreach_state *st, const sq_ast *sub, sq_error *err) {
    const sq_ast *p = st->templ;
    if (p->nkids == 0)
        return sq_fail_at(err, SQ_ERR_ARG, sub->span, "foreach: the template is empty");
    for (int i = 0; i < p->nkids; i++) {
        const sq_ast *stage = p->kids[i];
        const sq_command *cmd = sq_command_lookup(stage->text);
        if (cmd && cmd->kind != SQ_CMD_STREAMING)
            return sq_fail_at(err, SQ_ERR_ARG, stage->span,
                              "foreach: the template may only use streaming commands, not %s",
                              stage->text);
    }
    if (st->mode != MODE_MULTIFIELD && (p->nkids != 1 || strcasecmp(p->kids[0]->text, "eval") != 0))
        return sq_fail_at(err, SQ_ERR_ARG, sub->span,
                          "foreach: in this mode the template must be a single eval");
    return 0;
}

static int foreach_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    foreach_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    const char *mode = "multifield";
    st->ph[0] = "<<FIELD>>";
    st->ph[1] = "<<MATCHSTR>>";
    st->ph[2] = "<<MATCHSEG1>>";
    st->ph[3] = "<<MATCHSEG2>>";
    st->ph[4] = "<<MATCHSEG3>>";
    st->itemstr = "<<ITEM>>";
    st->iterstr = "<<ITER>>";
    const sq_optspec specs[] = {
        {.key = "mode", .kind = SQ_OPT_STR, .dst = &mode},
        {.key = "fieldstr", .kind = SQ_OPT_STR, .dst = &st->ph[0]},
        {.key = "matchstr", .kind = SQ_OPT_STR, .dst = &st->ph[1]},
        {.key = "matchseg1", .kind = SQ_OPT_STR, .dst = &st->ph[2]},
        {.key = "matchseg2", .kind = SQ_OPT_STR, .dst = &st->ph[3]},
        {.key = "matchseg3", .kind = SQ_OPT_STR, .dst = &st->ph[4]},
        {.key = "itemstr", .kind = SQ_OPT_STR, .dst = &st->itemstr},
        {.key = "iterstr", .kind = SQ_OPT_STR, .dst = &st->iterstr},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        foreach_destroy(op);
        return -1;
    }
    int rc = 0;
    if (strcasecmp(mode, "multifield") == 0)
        st->mode = MODE_MULTIFIELD;
    else if (strcasecmp(mode, "multivalue") == 0)
        st->mode = MODE_MULTIVALUE;
    else if (strcasecmp(mode, "json_array") == 0)
        st->mode = MODE_JSON;
    else if (strcasecmp(mode, "auto_collections") == 0)
        st->mode = MODE_AUTO;
    else
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span,
                        "foreach: mode must be multifield, multivalue, json_array or "
                        "auto_collections, not %s",
                        mode);
    const sq_ast *sub = NULL;
    st->patterns = sq_xcalloc((size_t)a.n + 1, sizeof *st->patterns);
    while (rc == 0 && (sq_args_skip_commas(&a), !sq_args_done(&a))) {
        const sq_ast *k = sq_args_next(&a);
        if (k->kind == SQ_AST_SUBSEARCH && k->nkids == 1 && !sub)
            sub = k;
        else if (k->kind == SQ_AST_WORD && k->text && *k->text && !sub)
            st->patterns[st->npatterns++] = k->text;
        else
            rc = sq_fail_at(err, SQ_ERR_ARG, k->span, "foreach: unexpected argument");
    }
    if (rc == 0 && !sub)
        rc = sq_fail_at(err, SQ_ERR_ARG, sq_args_end_span(&a),
                        "foreach: expected a [template] subsearch");
    if (rc == 0 && st->npatterns == 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "foreach: expected a field name");
    if (rc == 0 && st->mode != MODE_MULTIFIELD && st->npatterns != 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span,
                        "foreach: mode=%s iterates over exactly one field", mode);
    if (rc == 0) {
        st->templ = sub->kids[0];
        rc = check_template(st, sub, err);
    }
    st->item_sym = sq_intern_cstr(op->q->syms, "_foreach_item");
    st->iter_sym = sq_intern_cstr(op->q->syms, "_foreach_iter");
    sq_args_free(&a);
    if (rc < 0)
        foreach_destroy(op);
    return rc;
}

/* --- instantiating the template ------------------------------------------------------- */

/* text with every occurrence of each placeholder replaced (NULL: unchanged). */
static char *replace_all(const char *text, const char *const *ph, const char *const *val, int n) {
    int any = 0;
    for (int i = 0; i < n && !any; i++)
        any = ph[i] && *ph[i] && strstr(text, ph[i]) != NULL;
    if (!any)
        return NULL;
    sq_buf b = SQ_BUF_INIT;
    const char *p = text;
    while (*p) {
        int hit = -1;
        size_t hlen = 0;
        for (int i = 0; i < n; i++) {
            size_t l = ph[i] ? strlen(ph[i]) : 0;
            if (l && strncmp(p, ph[i], l) == 0 && l > hlen) {
                hit = i;
                hlen = l;
            }
        }
        if (hit < 0) {
            sq_buf_addc(&b, *p++);
            continue;
        }
        sq_buf_adds(&b, val[hit]);
        p += hlen;
    }
    return sq_buf_steal(&b);
}

static void substitute(sq_ast *n, const char *const *ph, const char *const *val, int nph,
                       int is_target) {
    if (n->text) {
        char *t = replace_all(n->text, ph, val, nph);
        if (t) {
            free(n->text);
            n->text = t;
            /* A placeholder that stood for a value where a field name was
             * written: a number reads as a number (Splunk replaces text). */
            double d;
            if (n->kind == SQ_AST_E_FIELD && !(n->flags & SQ_AST_QUOTED) && !is_target &&
                sq_str_is_number(t, strlen(t), &d))
                n->kind = SQ_AST_E_NUMBER;
        }
    }
    for (int i = 0; i < n->nkids; i++)
        substitute(n->kids[i], ph, val, nph, n->kind == SQ_AST_E_ASSIGN && i == 0);
}

static sq_ast *hidden_field(const char *name, sq_span span) {
    sq_ast *f = sq_ast_new_text(SQ_AST_E_FIELD, name, strlen(name), span);
    f->flags |= SQ_AST_QUOTED;
    return f;
}

/* `<<ITEM>>.f(x)` lexes as one name (field names may hold dots): split it
 * back into the concatenation Splunk's text replacement would give. */
static int split_glued(foreach_state *st, sq_ast *n) {
    if (n->kind != SQ_AST_E_FIELD && n->kind != SQ_AST_E_CALL)
        return 0;
    const char *ph[2] = {st->itemstr, st->iterstr};
    const char *to[2] = {"_foreach_item", "_foreach_iter"};
    for (int i = 0; i < 2; i++) {
        size_t l = strlen(ph[i]);
        if (strncmp(n->text, ph[i], l) != 0 || n->text[l] != '.' || !n->text[l + 1])
            continue;
        /* n becomes CONCAT(hidden, rest) where rest keeps n's kind and kids */
        sq_ast *rest = sq_ast_new_text(n->kind, n->text + l + 1, strlen(n->text + l + 1), n->span);
        rest->flags = n->flags;
        for (int k = 0; k < n->nkids; k++)
            sq_ast_add(rest, n->kids[k]);
        n->nkids = 0;
        free(n->text);
        n->text = NULL;
        n->kind = SQ_AST_E_BINARY;
        n->op = SQ_OP_CONCAT;
        n->flags = 0;
        sq_ast_add(n, hidden_field(to[i], n->span));
        sq_ast_add(n, rest);
        return 1;
    }
    return 0;
}

/* multivalue modes: the placeholders become the hidden fields that carry
 * the item and its index. */
static int bind_items(foreach_state *st, sq_ast *n, sq_error *err) {
    if (n->text && split_glued(st, n))
        return bind_items(st, n, err);
    if (n->text && n->kind == SQ_AST_E_FIELD) {
        if (strcmp(n->text, st->itemstr) == 0 || strcmp(n->text, st->iterstr) == 0) {
            const char *to = strcmp(n->text, st->itemstr) == 0 ? "_foreach_item" : "_foreach_iter";
            free(n->text);
            n->text = sq_xstrdup(to);
            n->flags |= SQ_AST_QUOTED;
            return 0;
        }
    }
    if (n->text && (strstr(n->text, st->itemstr) || strstr(n->text, st->iterstr)))
        return sq_fail_at(err, SQ_ERR_ARG, n->span,
                          "foreach: %s and %s must stand alone as operands of the eval",
                          st->itemstr, st->iterstr);
    for (int i = 0; i < n->nkids; i++)
        if (bind_items(st, n->kids[i], err) < 0)
            return -1;
    return 0;
}

/* The instance for these replacement values, set up on first use. */
static inst *get_inst(sq_op *op, foreach_state *st, const char *const *val, sq_error *err) {
    int nph = st->mode == MODE_MULTIFIELD ? 2 + MAX_SEGS : 0;
    sq_buf_reset(&st->key);
    for (int i = 0; i < nph; i++) {
        sq_buf_adds(&st->key, val[i]);
        sq_buf_addc(&st->key, '\x1f');
    }
    const char *key = sq_buf_cstr(&st->key);
    for (size_t i = 0; i < st->ninsts; i++)
        if (strcmp(st->insts[i].key, key) == 0)
            return &st->insts[i];
    if (st->ninsts == st->capinsts) {
        st->capinsts = st->capinsts ? st->capinsts * 2 : 8;
        st->insts = sq_xrealloc(st->insts, st->capinsts * sizeof *st->insts);
    }
    inst *in = &st->insts[st->ninsts];
    memset(in, 0, sizeof *in);
    in->pipeline = sq_ast_clone(st->templ);
    int rc = 0;
    if (st->mode == MODE_MULTIFIELD)
        substitute(in->pipeline, st->ph, val, nph, 0);
    else
        rc = bind_items(st, in->pipeline, err);
    if (rc == 0) {
        sq_rowset_sink(&in->sink, op->q, &in->out);
        rc = sq_plan_build(op->q, in->pipeline, &in->sink, &in->plan, err);
    }
    if (rc < 0) {
        inst_free(in);
        return NULL;
    }
    in->key = sq_xstrdup(key);
    st->ninsts++;
    return in;
}

/* Run one instance over ev; *ev becomes what it produced (NULL: dropped). */
static int run_inst(inst *in, sq_event **ev, sq_error *err) {
    sq_op *head = sq_plan_head(in->plan);
    head->events_in++;
    sq_event *e = *ev;
    *ev = NULL;
    if (head->cmd->push(head, e, err) < 0)
        return -1;
    for (size_t i = 0; i < in->out.n; i++) {
        if (!*ev)
            *ev = in->out.rows[i];
        else
            sq_event_free(in->out.rows[i]); /* a streaming command gives one result back */
        in->out.rows[i] = NULL;
    }
    in->out.n = 0;
    return 0;
}

/* --- multifield ----------------------------------------------------------------------- */

/* Match name against a pattern with '*' (case-sensitive, lazy); the text
 * each '*' took goes to seg (up to MAX_SEGS recorded). */
static int seg_match(const char *p, const char *s, const char **segs, size_t *seglen, int star) {
    if (!*p)
        return !*s;
    if (*p == '*') {
        for (const char *t = s;; t++) {
            if (star < MAX_SEGS) {
                segs[star] = s;
                seglen[star] = (size_t)(t - s);
            }
            if (seg_match(p + 1, t, segs, seglen, star + 1))
                return 1;
            if (!*t)
                return 0;
        }
    }
    return *p == *s && seg_match(p + 1, s + 1, segs, seglen, star);
}

typedef struct match {
    const char *name;
    char *seg[MAX_SEGS];
    char *matchstr;
} match;

static int cmp_match(const void *a, const void *b) {
    return strcmp(((const match *)a)->name, ((const match *)b)->name);
}

/* The (field, segments) the pattern stands for in this result. */
static size_t expand_pattern(sq_op *op, const char *pat, const sq_event *ev, match **out,
                             size_t *cap, size_t n) {
    const sq_symtab *t = op->q->syms;
    if (!strchr(pat, '*')) {
        if (n == *cap)
            *out = sq_xrealloc(*out, (*cap = *cap * 2 + 8) * sizeof **out);
        match *m = &(*out)[n++];
        memset(m, 0, sizeof *m);
        m->name = pat;
        m->matchstr = sq_xstrdup("");
        return n;
    }
    size_t first = n;
    for (uint32_t f = 0; f < ev->n; f++) {
        const char *name = sq_sym_name(t, ev->fields[f].sym);
        if (name[0] == '_' && pat[0] != '_')
            continue;
        const char *segs[MAX_SEGS] = {0};
        size_t seglen[MAX_SEGS] = {0};
        if (!seg_match(pat, name, segs, seglen, 0))
            continue;
        if (n == *cap)
            *out = sq_xrealloc(*out, (*cap = *cap * 2 + 8) * sizeof **out);
        match *m = &(*out)[n++];
        memset(m, 0, sizeof *m);
        m->name = name;
        sq_buf all = SQ_BUF_INIT;
        for (int i = 0; i < MAX_SEGS; i++) {
            m->seg[i] = segs[i] ? sq_xstrndup(segs[i], seglen[i]) : sq_xstrdup("");
            sq_buf_adds(&all, m->seg[i]);
        }
        m->matchstr = sq_xstrdup(sq_buf_cstr(&all));
        sq_buf_free(&all);
    }
    sq_sort(*out + first, n - first, sizeof **out, cmp_match);
    return n;
}

static void free_matches(match *m, size_t n) {
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < MAX_SEGS; k++)
            free(m[i].seg[k]);
        free(m[i].matchstr);
    }
    free(m);
}

static int push_multifield(sq_op *op, foreach_state *st, sq_event *ev, sq_error *err) {
    match *m = NULL;
    size_t n = 0, cap = 0;
    /* the fields are chosen from the result as it came in */
    for (int i = 0; i < st->npatterns; i++)
        n = expand_pattern(op, st->patterns[i], ev, &m, &cap, n);
    /* names point into the symbol table, which outlives the runs */
    int rc = 0;
    for (size_t i = 0; i < n && ev && rc == 0; i++) {
        const char *val[2 + MAX_SEGS] = {m[i].name, m[i].matchstr, m[i].seg[0] ? m[i].seg[0] : "",
                                         m[i].seg[1] ? m[i].seg[1] : "",
                                         m[i].seg[2] ? m[i].seg[2] : ""};
        inst *in = get_inst(op, st, val, err);
        if (!in) {
            if (err->span.start < 0)
                err->span = op->stage->span;
            rc = -1;
            break;
        }
        rc = run_inst(in, &ev, err);
    }
    free_matches(m, n);
    if (rc < 0) {
        sq_event_free(ev);
        return -1;
    }
    return ev ? sq_op_emit(op, ev, err) : 0;
}

/* --- multivalue, json_array, auto_collections ------------------------------------------ */

/* The items of a JSON array's text, as values; 0 when text is no array. */
static int json_items(const char *text, size_t len, sq_value *items) {
    json_error_t jerr;
    json_t *j = json_loadb(text, len, JSON_DECODE_ANY, &jerr);
    if (!j || !json_is_array(j)) {
        json_decref(j);
        return 0;
    }
    size_t i;
    json_t *e;
    json_array_foreach(j, i, e) {
        if (json_is_string(e)) {
            sq_value_mv_push(items, sq_value_cstr(json_string_value(e)));
        } else {
            char *s = json_dumps(e, JSON_ENCODE_ANY | JSON_COMPACT);
            sq_value_mv_push(items, sq_value_cstr(s ? s : ""));
            free(s);
        }
    }
    json_decref(j);
    if (items->type == SQ_NULL)
        *items = sq_value_mv_empty();
    return 1;
}

static int push_items(sq_op *op, foreach_state *st, sq_event *ev, sq_error *err) {
    sq_sym field = sq_intern_cstr(op->q->syms, st->patterns[0]);
    sq_value *v = sq_event_get(ev, field);
    sq_value items = SQ_VALUE_NULL;
    if (v) {
        int is_json = 0;
        if (st->mode == MODE_JSON || st->mode == MODE_AUTO) {
            sq_buf tmp = SQ_BUF_INIT;
            size_t len;
            const char *text =
                sq_value_count(v) == 1 ? sq_value_text(sq_value_at(v, 0), &tmp, &len) : NULL;
            is_json = text && json_items(text, len, &items);
            sq_buf_free(&tmp);
        }
        if (!is_json && st->mode != MODE_JSON)
            items = sq_value_copy(v);
    }
    const char *none[1] = {""};
    inst *in = get_inst(op, st, none, err);
    if (!in) {
        sq_value_free(&items);
        sq_event_free(ev);
        return -1;
    }
    size_t n = sq_value_count(&items);
    int rc = 0;
    for (size_t i = 0; i < n && ev && rc == 0; i++) {
        sq_event_set(ev, st->item_sym, sq_value_copy(sq_value_at(&items, i)));
        sq_event_set(ev, st->iter_sym, sq_value_num((double)i));
        rc = run_inst(in, &ev, err);
        if (ev) {
            sq_event_remove(ev, st->item_sym);
            sq_event_remove(ev, st->iter_sym);
        }
    }
    sq_value_free(&items);
    if (rc < 0) {
        sq_event_free(ev);
        return -1;
    }
    return ev ? sq_op_emit(op, ev, err) : 0;
}

static int foreach_push(sq_op *op, sq_event *ev, sq_error *err) {
    foreach_state *st = op->state;
    return st->mode == MODE_MULTIFIELD ? push_multifield(op, st, ev, err)
                                       : push_items(op, st, ev, err);
}

/* Streaming commands hold nothing, but finish each instance in case one did. */
static int foreach_finish(sq_op *op, sq_error *err) {
    foreach_state *st = op->state;
    for (size_t i = 0; i < st->ninsts; i++) {
        inst *in = &st->insts[i];
        sq_op *head = sq_plan_head(in->plan);
        int rc = head->cmd->finish ? head->cmd->finish(head, err) : sq_op_finish_next(head, err);
        for (size_t k = 0; k < in->out.n && rc == 0; k++) {
            sq_event *ev = in->out.rows[k];
            in->out.rows[k] = NULL;
            rc = sq_op_emit(op, ev, err);
        }
        in->out.n = 0;
        if (rc < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const foreach_options[] = {
    "mode=",      "fieldstr=", "matchstr=", "matchseg1=", "matchseg2=",
    "matchseg3=", "itemstr=",  "iterstr=",  NULL};

const sq_command sq_cmd_foreach = {
    .name = "foreach",
    .kind = SQ_CMD_STREAMING,
    .options = foreach_options,
    .setup = foreach_setup,
    .push = foreach_push,
    .finish = foreach_finish,
    .destroy = foreach_destroy,
};
