/* datamodel.c — the datamodel command:
 *
 *   | datamodel [<model> [<dataset>] [<mode>]] [strict_fields=<bool>]
 *               [allow_old_summaries=<bool>] [summariesonly=<bool>]
 *
 * Without a mode it describes: one row per model (or the model named, or
 * its dataset) with modelName (and objectName) and the definition's JSON as
 * _raw.  With a mode it searches the dataset (the
 * model's only root dataset when none is named):
 *   search, acceleration_search   the dataset's events: _time, _raw, host,
 *                                 source, sourcetype, index and the fields of
 *                                 the dataset and its parents, named with
 *                                 their lineage (Processes.process_name)
 *   flat                          the same without the lineage prefixes
 *   search_string, flat_string,   one row whose `search` field is the
 *   acceleration_search_string    search the dataset amounts to
 * strict_fields=false keeps every field of the events as well.
 * allow_old_summaries and summariesonly change nothing here. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "readall.h"
#include "splq/command.h"
#include "splq/datamodel.h"

typedef enum dm_mode { M_DESCRIBE, M_SEARCH, M_FLAT, M_STRING, M_FLAT_STRING } dm_mode;

typedef struct datamodel_state {
    const char *model;   /* NULL: every model */
    const char *dataset; /* NULL: the model, or its only root */
    dm_mode mode;
    int strict;
    sq_dm_view *view;
    sq_op *op;
} datamodel_state;

static void datamodel_destroy(sq_op *op) {
    datamodel_state *st = op->state;
    if (!st)
        return;
    sq_dm_view_free(st->view);
    free(st);
    op->state = NULL;
}

static int parse_mode(const char *w, dm_mode *m) {
    static const struct {
        const char *name;
        dm_mode mode;
    } modes[] = {{"search", M_SEARCH},
                 {"acceleration_search", M_SEARCH},
                 {"flat", M_FLAT},
                 {"search_string", M_STRING},
                 {"acceleration_search_string", M_STRING},
                 {"flat_string", M_FLAT_STRING}};
    for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
        if (strcasecmp(w, modes[i].name) == 0) {
            *m = modes[i].mode;
            return 1;
        }
    }
    return 0;
}

static int read_words(datamodel_state *st, sq_args *a, sq_error *err) {
    for (int pos = 0;; pos++) {
        const sq_ast *w = sq_args_peek(a);
        if (!w)
            return 0;
        if (w->kind != SQ_AST_WORD || st->mode != M_DESCRIBE || pos > 2)
            return sq_fail_at(err, SQ_ERR_ARG, w->span, "datamodel: unexpected argument");
        sq_args_next(a);
        if (!(w->flags & SQ_AST_QUOTED) && pos > 0 && parse_mode(w->text, &st->mode))
            continue;
        if (pos == 0)
            st->model = w->text;
        else if (pos == 1)
            st->dataset = w->text;
        else
            return sq_fail_at(err, SQ_ERR_ARG, w->span,
                              "datamodel: unknown mode %s (search, flat, search_string, ...)",
                              w->text);
    }
}

static int datamodel_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    datamodel_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->op = op;
    st->strict = 1;
    int ignored = 0;
    const sq_optspec specs[] = {
        {"strict_fields", SQ_OPT_BOOL, &st->strict, 0, 0, NULL},
        {"allow_old_summaries", SQ_OPT_BOOL, &ignored, 0, 0, NULL},
        {"summariesonly", SQ_OPT_BOOL, &ignored, 0, 0, NULL},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        datamodel_destroy(op);
        return -1;
    }
    int rc = read_words(st, &a, err);
    if (rc == 0 && st->mode == M_DESCRIBE && st->model &&
        !sq_datamodel_exists(op->q->env, st->model))
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "datamodel: data model %s is not defined",
                        st->model);
    if (rc == 0 && st->mode == M_DESCRIBE && st->dataset) {
        sq_buf full = SQ_BUF_INIT;
        sq_buf_printf(&full, "%s.%s", st->model, st->dataset);
        if (!sq_datamodel_exists(op->q->env, full.data))
            rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "datamodel: %s has no dataset %s",
                            st->model, st->dataset);
        sq_buf_free(&full);
    }
    if (rc == 0 && st->mode != M_DESCRIBE) {
        if (!st->model) {
            rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "datamodel: a search mode needs a model");
        } else {
            int flat = st->mode == M_FLAT || st->mode == M_FLAT_STRING;
            sq_dm_view_opts o = {.model = st->model,
                                 .dataset = st->dataset,
                                 .naming = flat ? SQ_DM_FLAT : SQ_DM_PREFIXED,
                                 .keep_all = !st->strict,
                                 .keep_raw = 1};
            rc = sq_dm_view_new(op->q, &o, &st->view, err);
            if (rc < 0 && err->span.start < 0)
                err->span = stage->span;
        }
    }
    sq_args_free(&a);
    if (rc < 0)
        datamodel_destroy(op);
    return rc;
}

static int datamodel_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_event_free(ev);
    return sq_fail_at(err, SQ_ERR_ARG, op->stage->span,
                      "datamodel: this command must be the first command of a search");
}

static void set_str(sq_query *q, sq_event *ev, const char *name, const char *value) {
    if (value)
        sq_event_set(ev, sq_intern_cstr(q->syms, name), sq_value_cstr(value));
}

static int describe(sq_op *op, datamodel_state *st, sq_error *err) {
    sq_query *q = op->q;
    const sq_datamodels *dms = q->env ? q->env->datamodels : NULL;
    size_t n = sq_datamodels_count(dms);
    for (size_t i = 0; i < n; i++) {
        const char *name = sq_datamodels_name_at(dms, i);
        if (st->model && strcmp(name, st->model) != 0)
            continue;
        char *json = sq_datamodel_json(q->env, name, st->dataset);
        sq_event *row = sq_event_new();
        set_str(q, row, "modelName", name);
        if (st->dataset)
            set_str(q, row, "objectName", st->dataset);
        if (json)
            sq_event_set(row, SQ_SYM_RAW, sq_value_str_take(json, strlen(json)));
        row->seq = i;
        if (sq_op_emit(op, row, err) < 0)
            return -1;
    }
    return 0;
}

static int on_event(void *ud, sq_event *ev, sq_error *err) {
    datamodel_state *st = ud;
    sq_event *view;
    int rc = sq_dm_view_apply(st->view, ev, &view, err);
    sq_event_free(ev);
    if (rc <= 0)
        return rc;
    st->op->events_in++;
    sq_query_note_fields(st->op->q, view);
    return sq_op_emit(st->op, view, err);
}

static int datamodel_finish(sq_op *op, sq_error *err) {
    datamodel_state *st = op->state;
    int rc = 0;
    if (st->mode == M_DESCRIBE) {
        rc = describe(op, st, err);
    } else if (st->mode == M_STRING || st->mode == M_FLAT_STRING) {
        char *s = sq_dm_view_search_string(st->view);
        sq_event *row = sq_event_new();
        sq_event_set(row, sq_intern_cstr(op->q->syms, "search"), sq_value_str_take(s, strlen(s)));
        rc = sq_op_emit(op, row, err);
    } else {
        rc = sq_readall(op->q, on_event, st, err);
    }
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const datamodel_options[] = {
    "strict_fields=", "allow_old_summaries=", "summariesonly=", NULL};

const sq_command sq_cmd_datamodel = {
    .name = "datamodel",
    .kind = SQ_CMD_GENERATING,
    .options = datamodel_options,
    .setup = datamodel_setup,
    .push = datamodel_push,
    .finish = datamodel_finish,
    .destroy = datamodel_destroy,
};
