/* tstats.c — the tstats command, run over the raw events rather than
 * accelerated summaries:
 *
 *   | tstats [summariesonly=<bool>] [allow_old_summaries=<bool>]
 *            [fillnull_value=<string>] [prestats=false] [local=<bool>]
 *            [chunk_size=<int>] [include_reduced_buckets=<bool>]
 *            <agg> [AS name] [, <agg> ...]
 *            [FROM datamodel=<model>[.<root dataset>]]
 *            [WHERE [nodename=<root>.<...>.<dataset>] <search>]
 *            [BY <field> ... [span=<timespan>]]
 *
 * Generating: it reads the query's inputs itself.  With FROM datamodel, an
 * event counts when it belongs to the dataset (and to the nodename= dataset
 * below it), and the query sees only the model's fields, named with their
 * dataset lineage (Processes.process_name) — as an accelerated summary
 * holds them — plus _time, host, source, sourcetype and index.  Without
 * FROM, every event counts with all its fields (Splunk would allow indexed
 * fields only).  WHERE filters those events; BY groups them as stats does,
 * except that an event missing a BY field is dropped unless
 * fillnull_value= gives the value to group it under.  BY _time groups by
 * the start of span-long buckets (whole seconds without span=).  Rows come
 * ordered by their BY values; without BY there is exactly one row.
 *
 * summariesonly, allow_old_summaries, local, chunk_size and
 * include_reduced_buckets are accepted and change nothing: every event is
 * read, as if every model were fully accelerated.  prestats=true is not
 * supported. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "groups.h"
#include "readall.h"
#include "span.h"
#include "splq/command.h"
#include "splq/datamodel.h"
#include "splq/search.h"

typedef struct tstats_state {
    sq_agglist aggs;
    sq_sym *by;
    int nby;
    int time_by; /* BY holds _time */
    sq_timespan span;
    int has_span;
    const char *fillnull; /* fillnull_value=, or NULL */
    sq_dm_view *view;     /* FROM datamodel; NULL: raw events */
    sq_matcher *where;
    sq_gtable *groups;
    size_t bytes;
    sq_op *op;
    sq_event *cur; /* the event being fed */
    sq_error *err;
} tstats_state;

static void free_groups(tstats_state *st) {
    if (!st->groups)
        return;
    for (size_t i = 0; i < sq_gtable_count(st->groups); i++) {
        sq_agg_acc *accs = sq_gtable_payload(st->groups, i);
        for (int k = 0; k < st->aggs.n; k++)
            sq_agg_acc_free(&accs[k]);
    }
    sq_gtable_free(st->groups, NULL);
    st->groups = NULL;
}

static void tstats_destroy(sq_op *op) {
    tstats_state *st = op->state;
    if (!st)
        return;
    free_groups(st);
    sq_agglist_free(&st->aggs);
    free(st->by);
    sq_dm_view_free(st->view);
    sq_matcher_free(st->where);
    free(st);
    op->state = NULL;
}

/* --- setup ----------------------------------------------------------------------- */

static int is_nodename(const sq_ast *n) {
    return n->kind == SQ_AST_S_COMPARE && n->nkids == 2 && n->kids[0]->text &&
           strcmp(n->kids[0]->text, "nodename") == 0;
}

static int mentions_nodename(const sq_ast *n) {
    if (is_nodename(n))
        return 1;
    for (int i = 0; i < n->nkids; i++)
        if (mentions_nodename(n->kids[i]))
            return 1;
    return 0;
}

static void set_nodename(char **nodename, const sq_ast *cmp) {
    free(*nodename);
    *nodename = sq_xstrdup(cmp->kids[1]->text);
}

/* Take the top-level nodename= terms out of the WHERE search s (a copy the
 * caller frees).  *rest: what is left of s, NULL when nothing is. */
static int take_nodename(sq_ast *s, sq_ast **rest, char **nodename, sq_error *err) {
    *rest = s;
    if (is_nodename(s)) {
        if (s->op != SQ_OP_EQ)
            return sq_fail_at(err, SQ_ERR_ARG, s->span, "tstats: nodename takes =");
        set_nodename(nodename, s);
        *rest = NULL;
        return 1;
    }
    int found = 0;
    if (s->kind == SQ_AST_S_AND) {
        int kept = 0;
        for (int i = 0; i < s->nkids; i++) {
            sq_ast *k = s->kids[i];
            if (is_nodename(k) && k->op == SQ_OP_EQ) {
                set_nodename(nodename, k);
                sq_ast_free(k);
                found = 1;
                continue;
            }
            s->kids[kept++] = k;
        }
        s->nkids = kept;
        if (kept == 0)
            *rest = NULL;
    }
    for (int i = 0; *rest && i < (*rest)->nkids; i++)
        if (mentions_nodename((*rest)->kids[i]))
            return sq_fail_at(err, SQ_ERR_ARG, (*rest)->kids[i]->span,
                              "tstats: nodename= must be a condition of its own, ANDed with the "
                              "rest of WHERE");
    return found;
}

typedef struct tstats_args {
    const sq_ast *datamodel; /* the option's node */
    const char *dm_text;
    sq_ast **wheres;
    int nwheres;
    const sq_ast *from;
} tstats_args;

static int read_positional(tstats_state *st, sq_args *a, tstats_args *ta, sq_nodelist *by,
                           sq_error *err) {
    static const char *const stop[] = {"from", NULL};
    if (sq_agglist_parse(st->op->q, a, "tstats", stop, &st->aggs, err) < 0)
        return -1;
    for (int i = 0; i < st->aggs.n; i++)
        if (st->aggs.specs[i].expr)
            return sq_fail_at(err, SQ_ERR_ARG, st->aggs.specs[i].span,
                              "tstats: eval expressions are not supported in statistical "
                              "functions; compute them after tstats");
    for (;;) {
        sq_args_skip_commas(a);
        const sq_ast *n = sq_args_peek(a);
        if (!n)
            return 0;
        if (sq_args_accept(a, "from")) {
            ta->from = n;
            continue;
        }
        if (n->kind == SQ_AST_SEARCHARG) {
            sq_args_next(a);
            if (n->nkids != 1)
                return sq_fail_at(err, SQ_ERR_ARG, n->span, "tstats: WHERE needs a search");
            ta->wheres = sq_xrealloc(ta->wheres, (size_t)(ta->nwheres + 1) * sizeof *ta->wheres);
            ta->wheres[ta->nwheres++] = sq_ast_clone(n->kids[0]);
            continue;
        }
        if (sq_args_at_keyword(a, "by")) {
            if (by->n > 0)
                return sq_fail_at(err, SQ_ERR_ARG, n->span, "tstats: BY given twice");
            if (sq_args_by(a, stop, by, err) < 0)
                return -1;
            continue;
        }
        if (n->kind == SQ_AST_CALL && n->text && strcasecmp(n->text, "PREFIX") == 0)
            return sq_fail_at(err, SQ_ERR_UNSUPPORTED, n->span,
                              "tstats: PREFIX() needs the index's raw segments; not supported");
        return sq_fail_at(err, SQ_ERR_ARG, n->span, "tstats: unexpected argument");
    }
}

static int set_by(tstats_state *st, const sq_nodelist *by, sq_error *err) {
    st->nby = by->n;
    st->by = sq_xcalloc((size_t)(by->n ? by->n : 1), sizeof *st->by);
    for (int i = 0; i < by->n; i++) {
        const char *name = by->items[i]->text;
        if (strchr(name, '*'))
            return sq_fail_at(err, SQ_ERR_ARG, by->items[i]->span,
                              "tstats: wildcards are not allowed in BY fields");
        st->by[i] = sq_intern_cstr(st->op->q->syms, name);
        if (st->by[i] == SQ_SYM_TIME)
            st->time_by = 1;
    }
    return 0;
}

/* The WHERE searches, nodename= taken out, ANDed into one matcher. */
static int compile_where(tstats_state *st, tstats_args *ta, char **nodename, sq_error *err) {
    sq_ast *all = NULL;
    int rc = 0;
    for (int i = 0; i < ta->nwheres && rc == 0; i++) {
        sq_ast *rest;
        rc = take_nodename(ta->wheres[i], &rest, nodename, err);
        if (rc < 0)
            break;
        rc = 0;
        if (!rest)
            continue;
        if (!all) {
            all = sq_ast_new(SQ_AST_S_AND, rest->span);
        }
        sq_ast_add(all, sq_ast_clone(rest));
    }
    if (rc == 0 && all) {
        const sq_ast *expr = all->nkids == 1 ? all->kids[0] : all;
        rc = sq_matcher_compile(st->op->q, expr, &st->where, err);
    }
    sq_ast_free(all);
    return rc;
}

static int open_view(tstats_state *st, tstats_args *ta, const char *nodename, sq_error *err) {
    if (!ta->dm_text) {
        if (ta->from)
            return sq_fail_at(err, SQ_ERR_ARG, ta->from->span,
                              "tstats: FROM needs datamodel=<model>.<dataset>");
        if (nodename)
            return sq_fail_at(err, SQ_ERR_ARG, st->op->stage->span,
                              "tstats: nodename= needs FROM datamodel=");
        return 0;
    }
    char *model = sq_xstrdup(ta->dm_text);
    char *dot = strchr(model, '.');
    if (dot)
        *dot = '\0';
    sq_dm_view_opts o = {.model = model,
                         .dataset = dot ? dot + 1 : NULL,
                         .nodename = nodename,
                         .root_only = 1,
                         .descendants = 1,
                         .naming = SQ_DM_PREFIXED};
    int rc = sq_dm_view_new(st->op->q, &o, &st->view, err);
    free(model);
    if (rc < 0 && err->span.start < 0)
        err->span = ta->datamodel->kids[0]->span;
    if (rc < 0 && strstr(err->msg, "is not defined"))
        sq_fail_at(err, SQ_ERR_UNSUPPORTED, ta->datamodel->kids[0]->span,
                   "tstats: data model %s is not defined (splq ships the CIM models listed in "
                   "docs/datamodels.md)",
                   ta->dm_text);
    return rc;
}

static int tstats_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    tstats_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->op = op;
    int ignored = 0, prestats = 0, append = 0;
    long long chunk = 0;
    const char *span = NULL;
    const sq_ast *span_node = NULL;
    tstats_args ta = {0};
    const sq_optspec specs[] = {
        {"summariesonly", SQ_OPT_BOOL, &ignored, 0, 0, NULL},
        {"allow_old_summaries", SQ_OPT_BOOL, &ignored, 0, 0, NULL},
        {"local", SQ_OPT_BOOL, &ignored, 0, 0, NULL},
        {"include_reduced_buckets", SQ_OPT_BOOL, &ignored, 0, 0, NULL},
        {"chunk_size", SQ_OPT_INT, &chunk, 0, 0, NULL},
        {"fillnull_value", SQ_OPT_STR, &st->fillnull, 0, 0, NULL},
        {"prestats", SQ_OPT_BOOL, &prestats, 0, 0, NULL},
        {"append", SQ_OPT_BOOL, &append, 0, 0, NULL},
        {"datamodel", SQ_OPT_STR, &ta.dm_text, 0, 0, &ta.datamodel},
        {"span", SQ_OPT_STR, &span, 0, 0, &span_node},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        tstats_destroy(op);
        return -1;
    }
    sq_nodelist by = {0};
    char *nodename = NULL;
    int rc = read_positional(st, &a, &ta, &by, err);
    if (rc == 0 && prestats)
        rc = sq_fail_at(err, SQ_ERR_UNSUPPORTED, stage->span,
                        "tstats: prestats=true is not supported; use tstats without it and "
                        "aggregate its rows");
    if (rc == 0)
        rc = set_by(st, &by, err);
    if (rc == 0 && span) {
        if (sq_timespan_parse(span, &st->span) < 0 || st->span.unit == SQ_SPAN_NONE ||
            st->span.unit == SQ_SPAN_SUBSEC)
            rc = sq_fail_at(err, SQ_ERR_ARG, span_node->span,
                            "tstats: span=%s is not a time span such as 1h or 5m (seconds and "
                            "longer)",
                            span);
        st->has_span = 1;
    }
    if (rc == 0)
        rc = compile_where(st, &ta, &nodename, err);
    if (rc == 0)
        rc = open_view(st, &ta, nodename, err);
    if (rc == 0)
        st->groups = sq_gtable_new(st->nby, (size_t)st->aggs.n * sizeof(sq_agg_acc));
    for (int i = 0; i < ta.nwheres; i++)
        sq_ast_free(ta.wheres[i]);
    free(ta.wheres);
    free(nodename);
    sq_nodelist_free(&by);
    sq_args_free(&a);
    if (rc < 0)
        tstats_destroy(op);
    return rc;
}

/* --- running ----------------------------------------------------------------------- */

static int tstats_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_event_free(ev);
    return sq_fail_at(err, SQ_ERR_ARG, op->stage->span,
                      "tstats: this command must be the first command of a search");
}

static sq_agg_acc *group_accs(tstats_state *st, sq_value *const *keys) {
    int created = 0;
    size_t g = sq_gtable_find(st->groups, keys, &created);
    sq_agg_acc *accs = sq_gtable_payload(st->groups, g);
    if (created) {
        for (int k = 0; k < st->aggs.n; k++)
            sq_agg_acc_init(&accs[k]);
        st->bytes += 64 + (size_t)st->aggs.n * sizeof *accs;
        for (int k = 0; k < st->nby; k++)
            if (keys[k]->type == SQ_STR)
                st->bytes += keys[k]->u.str.len;
    }
    return accs;
}

static int feed(tstats_state *st, sq_agg_acc *accs, sq_error *err) {
    for (int k = 0; k < st->aggs.n; k++) {
        size_t before = sq_agg_acc_bytes(&accs[k]);
        if (sq_agg_feed_event(&accs[k], &st->aggs.specs[k], st->cur, err) < 0)
            return -1;
        st->bytes += sq_agg_acc_bytes(&accs[k]) - before;
    }
    return sq_op_hold(st->op, st->bytes, err);
}

static int feed_combination(void *ud, sq_value *const *keys, int nth) {
    (void)nth;
    tstats_state *st = ud;
    return feed(st, group_accs(st, keys), st->err);
}

/* BY _time: the start of the event's bucket. */
static void bucket_time(tstats_state *st, sq_event *ev) {
    double t;
    if (!sq_event_time(ev, &t))
        return;
    t = st->has_span ? sq_timespan_floor(&st->span, t, 0) : floor(t);
    sq_event_set(ev, SQ_SYM_TIME, sq_value_num(t));
}

static int on_event(void *ud, sq_event *ev, sq_error *err) {
    tstats_state *st = ud;
    sq_query *q = st->op->q;
    if (st->view) {
        sq_event *view;
        int rc = sq_dm_view_apply(st->view, ev, &view, err);
        sq_event_free(ev);
        if (rc <= 0)
            return rc;
        ev = view;
    }
    st->op->events_in++;
    sq_query_note_fields(q, ev);
    int rc = 0;
    if (st->where && !sq_matcher_match(st->where, ev))
        goto done;
    if (st->time_by)
        bucket_time(st, ev);
    if (st->fillnull)
        for (int i = 0; i < st->nby; i++)
            if (!sq_event_cget(ev, st->by[i]))
                sq_event_set(ev, st->by[i], sq_value_cstr(st->fillnull));
    st->cur = ev;
    st->err = err;
    if (st->nby == 0)
        rc = feed(st, group_accs(st, NULL), err);
    else if (sq_by_each(ev, st->by, st->nby, feed_combination, st) < 0)
        rc = -1;
done:
    sq_event_free(ev);
    return rc;
}

static int cmp_groups(const void *a, const void *b, void *ctx) {
    tstats_state *st = ctx;
    size_t ia = *(const size_t *)a, ib = *(const size_t *)b;
    return sq_gkeys_cmp(sq_gtable_keys(st->groups, ia), sq_gtable_keys(st->groups, ib), st->nby);
}

static sq_event *group_row(tstats_state *st, size_t g) {
    sq_event *row = sq_event_new();
    sq_value *keys = sq_gtable_keys(st->groups, g);
    for (int i = 0; i < st->nby; i++)
        sq_event_set(row, st->by[i], sq_value_copy(&keys[i]));
    sq_agg_acc *accs = sq_gtable_payload(st->groups, g);
    for (int k = 0; k < st->aggs.n; k++) {
        sq_value v;
        sq_agg_result(&accs[k], &st->aggs.specs[k], &v);
        sq_event_set(row, st->aggs.specs[k].out, v);
    }
    return row;
}

static int tstats_finish(sq_op *op, sq_error *err) {
    tstats_state *st = op->state;
    if (sq_readall(op->q, on_event, st, err) < 0)
        return -1;
    if (st->nby == 0 && sq_gtable_count(st->groups) == 0)
        group_accs(st, NULL); /* one row, even over no events */
    size_t n = sq_gtable_count(st->groups);
    size_t *order = sq_xcalloc(n ? n : 1, sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    if (st->nby > 0 && n > 1)
        qsort_r(order, n, sizeof *order, cmp_groups, st);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        sq_event *row = group_row(st, order[i]);
        row->seq = i;
        rc = sq_op_emit(op, row, err);
    }
    free(order);
    free_groups(st); /* what the rows needed was copied */
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const tstats_options[] = {"summariesonly=",
                                             "allow_old_summaries=",
                                             "local=",
                                             "include_reduced_buckets=",
                                             "chunk_size=",
                                             "fillnull_value=",
                                             "prestats=",
                                             "append=",
                                             "datamodel=",
                                             "span=",
                                             "from",
                                             "where",
                                             "by",
                                             "as",
                                             NULL};

const sq_command sq_cmd_tstats = {
    .name = "tstats",
    .kind = SQ_CMD_GENERATING,
    .options = tstats_options,
    .setup = tstats_setup,
    .push = tstats_push,
    .finish = tstats_finish,
    .destroy = tstats_destroy,
};
