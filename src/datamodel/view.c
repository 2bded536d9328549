/* view.c — one dataset of a data model compiled for a query: which events
 * belong to it and the fields it exposes (see datamodel.h).
 *
 * A view holds one node per dataset of the tree its dataset lives in.  Each
 * node has steps — constraint filters, `where` tests and Eval calculations
 * in the order the data model's search runs them — and the fields it
 * exposes.  Per event the tree is walked from the root: a node whose steps
 * all pass is a member, its fields are copied into the view's event, and
 * its children are visited (every child when the view exposes descendants,
 * else only the path to the target).  A child whose subtree calculates
 * fields works on a copy of the event, so that siblings do not see each
 * other's results. */
#include <stdlib.h>
#include <string.h>

#include "datamodel/dm_int.h"
#include "splq/buf.h"
#include "splq/expr.h"
#include "splq/macro.h"
#include "splq/parse.h"
#include "splq/search.h"

typedef enum vstep_kind { VS_FILTER, VS_WHERE, VS_EVAL } vstep_kind;

typedef struct vstep {
    vstep_kind kind;
    sq_matcher *m; /* VS_FILTER */
    sq_expr *e;    /* VS_WHERE, VS_EVAL */
    sq_sym field;  /* VS_EVAL */
} vstep;

typedef struct pfield {
    sq_sym from, to;
} pfield;

typedef struct vnode {
    int ds; /* the dataset's index in the model */
    vstep *steps;
    size_t nsteps;
    pfield *fields;
    size_t nfields;
    int *kids; /* node indexes */
    size_t nkids;
    int mutates; /* this node or a descendant calculates fields */
    int on_path; /* an ancestor of (or) the target */
    int member;  /* per event */
    sq_buf spl;  /* the steps as SPL, for search_string */
} vnode;

struct sq_dm_view {
    sq_query *q;
    const dm_model *m;
    sq_dm_view_opts opts;
    vnode *nodes; /* nodes[0]: the root of the tree */
    size_t n;
    int target;
    int descendants;
    sq_sym base[5];
    char *lineage;
};

static const char *const base_fields[5] = {"_time", "host", "source", "sourcetype", "index"};

/* --- compiling ----------------------------------------------------------------- */

static int ds_fail(sq_error *err, const sq_dm_view *v, int ds, const char *what, const char *msg) {
    return sq_fail(err, SQ_ERR_ARG, "data model %s, dataset %s: %s: %s", v->m->name,
                   v->m->ds[ds].name, what, msg);
}

static vstep *add_step(vnode *n, vstep_kind kind) {
    n->steps = sq_xrealloc(n->steps, (n->nsteps + 1) * sizeof *n->steps);
    vstep *s = &n->steps[n->nsteps++];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    return s;
}

/* Expand macros in a definition's search text (CIM writes
 * `(`cim_Endpoint_indexes`) tag=process`). */
static int expand(sq_dm_view *v, int ds, const char *text, char **out, sq_error *err) {
    size_t len;
    sq_error e;
    sq_error_clear(&e);
    if (!v->q->env || !v->q->env->macros) {
        *out = sq_xstrdup(text);
        return 0;
    }
    if (sq_macro_expand(v->q->env->macros, text, strlen(text), out, &len, NULL, &v->q->env->diag,
                        &e) < 0)
        return ds_fail(err, v, ds, "constraint", e.msg);
    return 0;
}

static int add_filter(sq_dm_view *v, vnode *n, const sq_ast *sexpr, sq_error *err) {
    vstep *s = add_step(n, VS_FILTER);
    sq_error e;
    sq_error_clear(&e);
    if (sq_matcher_compile(v->q, sexpr, &s->m, &e) < 0)
        return ds_fail(err, v, n->ds, "constraint", e.msg);
    return 0;
}

static int add_eval(sq_dm_view *v, vnode *n, const sq_ast *target, const sq_ast *value,
                    sq_error *err) {
    vstep *s = add_step(n, VS_EVAL);
    sq_error e;
    sq_error_clear(&e);
    if (sq_expr_compile(v->q, value, &s->e, &e) < 0)
        return ds_fail(err, v, n->ds, "eval", e.msg);
    s->field = sq_intern_cstr(v->q->syms, target->text);
    n->mutates = 1;
    return 0;
}

/* One stage of a base search: the first (implicit) search, then search,
 * where and eval stages. */
static int add_stage(sq_dm_view *v, vnode *n, const sq_ast *st, sq_error *err) {
    const char *cmd = st->text;
    if (strcmp(cmd, "search") == 0)
        return st->nkids > 0 ? add_filter(v, n, st->kids[0], err) : 0;
    if (strcmp(cmd, "where") == 0) {
        vstep *s = add_step(n, VS_WHERE);
        sq_error e;
        sq_error_clear(&e);
        if (st->nkids != 1 || sq_expr_compile(v->q, st->kids[0], &s->e, &e) < 0)
            return ds_fail(err, v, n->ds, "base search where", st->nkids ? e.msg : "empty");
        return 0;
    }
    if (strcmp(cmd, "eval") == 0) {
        for (int i = 0; i < st->nkids; i++) {
            const sq_ast *a = st->kids[i];
            if (a->kind != SQ_AST_E_ASSIGN || a->nkids != 2)
                return ds_fail(err, v, n->ds, "base search", "malformed eval");
            if (add_eval(v, n, a->kids[0], a->kids[1], err) < 0)
                return -1;
        }
        return 0;
    }
    sq_buf b = SQ_BUF_INIT;
    sq_buf_printf(&b, "the %s command is not supported in a base search", cmd);
    ds_fail(err, v, n->ds, "base search", b.data);
    sq_buf_free(&b);
    return -1;
}

static int add_search_text(sq_dm_view *v, vnode *n, const char *text, int pipeline, sq_error *err) {
    char *x;
    if (expand(v, n->ds, text, &x, err) < 0)
        return -1;
    sq_ast *ast = NULL;
    sq_error e;
    sq_error_clear(&e);
    int rc = sq_parse(x, strlen(x), pipeline ? SQ_PARSE_QUERY : SQ_PARSE_SEARCH, &ast, &e);
    if (rc < 0)
        rc = ds_fail(err, v, n->ds, pipeline ? "base search" : "constraint", e.msg);
    if (n->spl.len)
        sq_buf_adds(&n->spl, " | ");
    sq_buf_printf(&n->spl, "search %s", x);
    free(x);
    if (rc == 0 && ast) {
        if (!pipeline) {
            rc = add_filter(v, n, ast, err);
        } else {
            for (int i = 0; i < ast->nkids && rc == 0; i++)
                rc = add_stage(v, n, ast->kids[i], err);
        }
    }
    sq_ast_free(ast);
    return rc;
}

static int add_calc(sq_dm_view *v, vnode *n, const dm_calc *c, sq_error *err) {
    if (c->kind != DM_CALC_EVAL) {
        if (!v->q->env)
            return 0;
        sq_notef(&v->q->env->diag,
                 "data model %s, dataset %s: %s calculation (of %s) is not supported; the field "
                 "keeps the event's value",
                 v->m->name, v->m->ds[n->ds].name, c->type, c->output ? c->output : "no field");
        return 0;
    }
    vstep *s = add_step(n, VS_EVAL);
    sq_error e;
    sq_error_clear(&e);
    if (sq_expr_compile_text(v->q, c->expr, &s->e, &e) < 0) {
        sq_buf what = SQ_BUF_INIT;
        sq_buf_printf(&what, "calculation of %s", c->output);
        ds_fail(err, v, n->ds, what.data, e.msg);
        sq_buf_free(&what);
        return -1;
    }
    s->field = sq_intern_cstr(v->q->syms, c->output);
    n->mutates = 1;
    if (n->spl.len)
        sq_buf_adds(&n->spl, " | ");
    sq_buf_printf(&n->spl, "eval %s=%s", c->output, c->expr);
    return 0;
}

static void add_fields(sq_dm_view *v, vnode *n) {
    const dm_dataset *d = &v->m->ds[n->ds];
    n->fields = sq_xcalloc(d->nfields ? d->nfields : 1, sizeof *n->fields);
    sq_buf name = SQ_BUF_INIT;
    for (size_t i = 0; i < d->nfields; i++) {
        pfield *f = &n->fields[n->nfields++];
        f->from = sq_intern_cstr(v->q->syms, d->fields[i]);
        if (v->opts.naming == SQ_DM_FLAT) {
            f->to = f->from;
            continue;
        }
        sq_buf_reset(&name);
        sq_buf_printf(&name, "%s.%s", d->lineage, d->fields[i]);
        f->to = sq_intern(v->q->syms, name.data, name.len);
    }
    sq_buf_free(&name);
}

static int compile_node(sq_dm_view *v, vnode *n, sq_error *err) {
    const dm_dataset *d = &v->m->ds[n->ds];
    if (d->base_search && add_search_text(v, n, d->base_search, 1, err) < 0)
        return -1;
    if (d->constraint && add_search_text(v, n, d->constraint, 0, err) < 0)
        return -1;
    for (size_t i = 0; i < d->ncalcs; i++)
        if (add_calc(v, n, &d->calcs[i], err) < 0)
            return -1;
    add_fields(v, n);
    return 0;
}

/* The dataset a name picks: opts->dataset, or the model's only root. */
static int pick_dataset(sq_dm_view *v, sq_error *err) {
    const dm_model *m = v->m;
    if (v->opts.dataset) {
        int i = sq_dm_find_dataset(m, v->opts.dataset);
        if (i < 0)
            return sq_fail(err, SQ_ERR_ARG, "data model %s has no dataset %s", m->name,
                           v->opts.dataset);
        if (v->opts.root_only && m->ds[i].parent_idx >= 0) {
            int root = i;
            while (m->ds[root].parent_idx >= 0)
                root = m->ds[root].parent_idx;
            return sq_fail(err, SQ_ERR_ARG,
                           "%s.%s is not a root dataset; select it with datamodel=%s.%s where "
                           "nodename=%s",
                           m->name, m->ds[i].name, m->name, m->ds[root].name, m->ds[i].lineage);
        }
        return i;
    }
    int found = -1, nroots = 0;
    sq_buf names = SQ_BUF_INIT;
    for (size_t i = 0; i < m->nds; i++) {
        if (m->ds[i].parent_idx >= 0)
            continue;
        if (nroots++)
            sq_buf_adds(&names, ", ");
        sq_buf_adds(&names, m->ds[i].name);
        if (found < 0)
            found = (int)i;
    }
    if (nroots != 1) {
        sq_fail(err, SQ_ERR_ARG,
                "data model %s has several root datasets (%s); name one, e.g. %s.%s", m->name,
                names.data, m->name, m->ds[found].name);
        sq_buf_free(&names);
        return -1;
    }
    sq_buf_free(&names);
    return found;
}

/* The target of nodename=: a dataset at or below `from`. */
static int pick_target(sq_dm_view *v, int from, sq_error *err) {
    const char *name = v->opts.nodename;
    if (!name)
        return from;
    const dm_model *m = v->m;
    int i = sq_dm_find_dataset(m, name);
    if (i < 0) { /* a path written from below the root: keep its last name */
        const char *dot = strrchr(name, '.');
        if (dot)
            i = sq_dm_find_dataset(m, dot + 1);
        if (i >= 0 && strlen(m->ds[i].lineage) >= strlen(name) &&
            strcmp(m->ds[i].lineage + strlen(m->ds[i].lineage) - strlen(name), name) != 0)
            i = -1;
    }
    if (i < 0 || !sq_dm_is_ancestor(m, from, i))
        return sq_fail(err, SQ_ERR_ARG, "nodename=%s: no such dataset under %s.%s", name, m->name,
                       m->ds[from].lineage);
    return i;
}

int sq_dm_view_new(sq_query *q, const sq_dm_view_opts *opts, sq_dm_view **out, sq_error *err) {
    *out = NULL;
    const dm_model *m = sq_dm_find_model(q->env, opts->model);
    if (!m)
        return sq_fail(err, SQ_ERR_ARG, "data model %s is not defined", opts->model);
    sq_dm_view *v = sq_xcalloc(1, sizeof *v);
    v->q = q;
    v->m = m;
    v->opts = *opts;
    int from = pick_dataset(v, err);
    int target = from >= 0 ? pick_target(v, from, err) : -1;
    /* the caller's strings are not kept */
    v->opts.model = v->opts.dataset = v->opts.nodename = NULL;
    if (target < 0) {
        sq_dm_view_free(v);
        return -1;
    }
    int root = from;
    while (m->ds[root].parent_idx >= 0)
        root = m->ds[root].parent_idx;
    v->descendants = opts->descendants;
    v->lineage = sq_xstrdup(m->ds[target].lineage);
    for (int i = 0; i < 5; i++)
        v->base[i] = sq_intern_cstr(q->syms, base_fields[i]);

    /* Nodes: the tree under root, parents before children. */
    int *node_of = sq_xcalloc(m->nds, sizeof *node_of);
    v->nodes = sq_xcalloc(m->nds, sizeof *v->nodes);
    for (int pass = 0; pass < (int)m->nds; pass++) {
        for (size_t i = 0; i < m->nds; i++) {
            if (node_of[i] || !sq_dm_is_ancestor(m, root, (int)i))
                continue;
            int p = m->ds[i].parent_idx;
            if ((int)i != root && (p < 0 || !node_of[p]))
                continue;
            vnode *n = &v->nodes[v->n];
            n->ds = (int)i;
            n->on_path = sq_dm_is_ancestor(m, (int)i, target);
            node_of[i] = (int)++v->n;
            if ((int)i != root) {
                vnode *pn = &v->nodes[node_of[p] - 1];
                pn->kids = sq_xrealloc(pn->kids, (pn->nkids + 1) * sizeof *pn->kids);
                pn->kids[pn->nkids++] = (int)v->n - 1;
            }
        }
    }
    v->target = node_of[target] - 1;
    free(node_of);
    for (size_t i = 0; i < v->n; i++) {
        if (compile_node(v, &v->nodes[i], err) < 0) {
            sq_dm_view_free(v);
            return -1;
        }
    }
    /* A node mutates when anything in its subtree does (children follow
     * parents in nodes[], so walk backwards). */
    for (size_t i = v->n; i-- > 0;)
        for (size_t k = 0; k < v->nodes[i].nkids; k++)
            if (v->nodes[v->nodes[i].kids[k]].mutates)
                v->nodes[i].mutates = 1;
    *out = v;
    return 0;
}

void sq_dm_view_free(sq_dm_view *v) {
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++) {
        vnode *n = &v->nodes[i];
        for (size_t k = 0; k < n->nsteps; k++) {
            sq_matcher_free(n->steps[k].m);
            if (n->steps[k].e)
                sq_expr_free(n->steps[k].e);
        }
        free(n->steps);
        free(n->fields);
        free(n->kids);
        sq_buf_free(&n->spl);
    }
    free(v->nodes);
    free(v->lineage);
    free(v);
}

/* --- per event ----------------------------------------------------------------- */

/* 1: the event passes the node's steps (calculations applied to ev). */
static int run_steps(sq_dm_view *v, vnode *n, sq_event *ev, sq_error *err) {
    for (size_t i = 0; i < n->nsteps; i++) {
        vstep *s = &n->steps[i];
        switch (s->kind) {
        case VS_FILTER:
            if (!sq_matcher_match(s->m, ev))
                return 0;
            break;
        case VS_WHERE: {
            int t = sq_expr_test(s->e, ev, err);
            if (t < 0)
                return -1;
            if (!t)
                return 0;
            break;
        }
        case VS_EVAL: {
            sq_value val = SQ_VALUE_NULL;
            sq_error e;
            /* A calculation that fails at run time leaves its field empty,
             * as a calculated field does. */
            if (sq_expr_eval(s->e, ev, &val, &e) < 0 || val.type == SQ_BOOL)
                sq_value_free(&val);
            sq_event_set(ev, s->field, val);
            break;
        }
        }
    }
    (void)v;
    return 1;
}

static sq_event *start_view(sq_dm_view *v, const sq_event *ev) {
    if (v->opts.keep_all)
        return sq_event_clone(ev);
    sq_event *out = sq_event_new();
    out->seq = ev->seq;
    for (int i = 0; i < 5; i++) {
        const sq_value *val = sq_event_cget(ev, v->base[i]);
        if (val)
            sq_event_set(out, v->base[i], sq_value_copy(val));
        if (i == 0 && v->opts.keep_raw) {
            const sq_value *raw = sq_event_cget(ev, SQ_SYM_RAW);
            if (raw)
                sq_event_set(out, SQ_SYM_RAW, sq_value_copy(raw));
        }
    }
    return out;
}

static void project(sq_dm_view *v, vnode *n, const sq_event *ev, sq_event **view) {
    if (!*view)
        *view = start_view(v, ev);
    for (size_t i = 0; i < n->nfields; i++) {
        const sq_value *val = sq_event_cget(ev, n->fields[i].from);
        if (val)
            sq_event_set(*view, n->fields[i].to, sq_value_copy(val));
    }
}

static int walk(sq_dm_view *v, vnode *n, sq_event *ev, sq_event **view, sq_error *err) {
    int rc = run_steps(v, n, ev, err);
    if (rc <= 0)
        return rc;
    n->member = 1;
    project(v, n, ev, view);
    for (size_t k = 0; k < n->nkids; k++) {
        vnode *kid = &v->nodes[n->kids[k]];
        if (!v->descendants && !kid->on_path)
            continue;
        if (kid->mutates) {
            sq_event *copy = sq_event_clone(ev);
            rc = walk(v, kid, copy, view, err);
            sq_event_free(copy);
        } else {
            rc = walk(v, kid, ev, view, err);
        }
        if (rc < 0)
            return -1;
    }
    return 1;
}

int sq_dm_view_apply(sq_dm_view *v, sq_event *ev, sq_event **out, sq_error *err) {
    *out = NULL;
    for (size_t i = 0; i < v->n; i++)
        v->nodes[i].member = 0;
    sq_event *view = NULL;
    if (walk(v, &v->nodes[0], ev, &view, err) < 0) {
        sq_event_free(view);
        return -1;
    }
    if (!v->nodes[v->target].member) {
        sq_event_free(view);
        return 0;
    }
    *out = view;
    return 1;
}

const char *sq_dm_view_lineage(const sq_dm_view *v) {
    return v->lineage;
}

char *sq_dm_view_search_string(const sq_dm_view *v) {
    sq_buf b = SQ_BUF_INIT;
    for (size_t i = 0; i < v->n; i++) {
        const vnode *n = &v->nodes[i];
        if (!n->on_path || !n->spl.len)
            continue;
        if (b.len)
            sq_buf_adds(&b, " | ");
        sq_buf_add(&b, n->spl.data, n->spl.len);
    }
    if (!b.len)
        sq_buf_adds(&b, "search *");
    return sq_buf_steal(&b);
}
