/* from.c — the from command:
 *
 *   | from datamodel:<model>[.<dataset>]     (or `from datamodel <name>`)
 *   | from lookup:<lookup>                   (or `from lookup <name>`)
 *   | from savedsearch:<name>                (refused: no saved searches)
 *
 * Generating.  A data model dataset gives its events — those that belong to
 * the dataset — with all their fields under their own names and the
 * dataset's calculated fields applied (as a data model with
 * strict_fields=false, which CIM detections rely on: `| from datamodel
 * Web.Web | stats count by action, dest`).  A lookup gives its rows, as
 * inputlookup does. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "readall.h"
#include "splq/command.h"
#include "splq/datamodel.h"
#include "splq/lookup.h"

typedef struct from_state {
    sq_dm_view *view;       /* datamodel */
    sq_lookup_table *table; /* lookup */
    sq_op *op;
} from_state;

static void from_destroy(sq_op *op) {
    from_state *st = op->state;
    if (!st)
        return;
    sq_dm_view_free(st->view);
    sq_lookup_table_free(st->table);
    free(st);
    op->state = NULL;
}

/* The dataset type and name, written `type:name`, `type: "name"` or
 * `type name`. */
static int read_target(sq_args *a, const sq_op *op, char **type, char **name, sq_error *err) {
    const sq_ast *w = sq_args_next(a);
    if (!w || w->kind != SQ_AST_WORD)
        return sq_fail_at(err, SQ_ERR_ARG, w ? w->span : sq_args_end_span(a),
                          "from: expected datamodel:<name> or lookup:<name>");
    const char *colon = (w->flags & SQ_AST_QUOTED) ? NULL : strchr(w->text, ':');
    if (colon && colon[1]) {
        *type = sq_xstrndup(w->text, (size_t)(colon - w->text));
        *name = sq_xstrdup(colon + 1);
    } else {
        *type = colon ? sq_xstrndup(w->text, (size_t)(colon - w->text)) : sq_xstrdup(w->text);
        const sq_ast *n = sq_args_next(a);
        if (!n || n->kind != SQ_AST_WORD || !*n->text)
            return sq_fail_at(err, SQ_ERR_ARG, n ? n->span : sq_args_end_span(a),
                              "from: expected the name of the %s", *type);
        *name = sq_xstrdup(n->text);
    }
    (void)op;
    return sq_args_expect_end(a, err);
}

static int open_datamodel(sq_op *op, from_state *st, const char *name, sq_error *err) {
    char *model = sq_xstrdup(name);
    char *dot = strchr(model, '.');
    if (dot)
        *dot = '\0';
    sq_dm_view_opts o = {.model = model,
                         .dataset = dot ? dot + 1 : NULL,
                         .naming = SQ_DM_FLAT,
                         .keep_all = 1,
                         .keep_raw = 1};
    int rc = sq_dm_view_new(op->q, &o, &st->view, err);
    free(model);
    if (rc < 0 && err->span.start < 0)
        err->span = op->stage->span;
    return rc;
}

static int from_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    from_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->op = op;
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0) {
        from_destroy(op);
        return -1;
    }
    char *type = NULL, *name = NULL;
    int rc = read_target(&a, op, &type, &name, err);
    if (rc == 0) {
        if (strcasecmp(type, "datamodel") == 0) {
            rc = open_datamodel(op, st, name, err);
        } else if (strcasecmp(type, "lookup") == 0) {
            rc = sq_lookup_open(op->q->env ? op->q->env->lookups : NULL, name,
                                op->q->env ? &op->q->env->diag : NULL, &st->table, err);
            if (rc < 0 && err->span.start < 0)
                err->span = stage->span;
        } else if (strcasecmp(type, "savedsearch") == 0) {
            rc = sq_fail_at(err, SQ_ERR_UNSUPPORTED, stage->span,
                            "from: saved searches are not available to splq");
        } else {
            rc = sq_fail_at(err, SQ_ERR_ARG, stage->span,
                            "from: unknown dataset type %s (datamodel, lookup, savedsearch)", type);
        }
    }
    free(type);
    free(name);
    sq_args_free(&a);
    if (rc < 0)
        from_destroy(op);
    return rc;
}

static int from_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_event_free(ev);
    return sq_fail_at(err, SQ_ERR_ARG, op->stage->span,
                      "from: this command must be the first command of a search");
}

static int on_event(void *ud, sq_event *ev, sq_error *err) {
    from_state *st = ud;
    sq_event *view;
    int rc = sq_dm_view_apply(st->view, ev, &view, err);
    sq_event_free(ev);
    if (rc <= 0)
        return rc;
    st->op->events_in++;
    sq_query_note_fields(st->op->q, view);
    return sq_op_emit(st->op, view, err);
}

static int emit_table(sq_op *op, const sq_lookup_table *t, sq_error *err) {
    sq_sym *cols = sq_xcalloc(t->ncols ? t->ncols : 1, sizeof *cols);
    for (size_t c = 0; c < t->ncols; c++)
        cols[c] = sq_intern_cstr(op->q->syms, t->cols[c]);
    int rc = 0;
    for (size_t r = 0; r < t->nrows && rc == 0; r++) {
        sq_event *ev = sq_event_new();
        for (size_t c = 0; c < t->ncols; c++) {
            const char *cell = t->cells[r * t->ncols + c];
            double num;
            if (!cell)
                continue;
            if (cols[c] == SQ_SYM_TIME && sq_str_is_number(cell, strlen(cell), &num))
                sq_event_set(ev, SQ_SYM_TIME, sq_value_num(num));
            else
                sq_event_set(ev, cols[c], sq_value_cstr(cell));
        }
        ev->seq = r + 1;
        rc = sq_op_emit(op, ev, err);
    }
    free(cols);
    return rc;
}

static int from_finish(sq_op *op, sq_error *err) {
    from_state *st = op->state;
    int rc = st->view ? sq_readall(op->q, on_event, st, err) : emit_table(op, st->table, err);
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

const sq_command sq_cmd_from = {
    .name = "from",
    .kind = SQ_CMD_GENERATING,
    .setup = from_setup,
    .push = from_push,
    .finish = from_finish,
    .destroy = from_destroy,
};
