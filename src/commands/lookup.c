/* lookup.c — the lookup command:
 *   lookup [local=<bool>] [update=<bool>] <table> <col> [AS <field>] [[,] ...]
 *          [OUTPUT | OUTPUTNEW <col> [AS <field>] [[,] ...]]
 *
 * Enriches each result from a lookup table (a definition or a .csv file in
 * a lookup directory; see include/splq/lookup.h for resolution and for the
 * matching rules: exact/WILDCARD/CIDR, case sensitivity, max_matches,
 * min_matches/default_match).  Without OUTPUT/OUTPUTNEW every column that is
 * not a match column is output under its own name.  OUTPUT overwrites the
 * output fields, and clears them when nothing matches; OUTPUTNEW only fills
 * fields the result does not have.  local= and update= change where Splunk
 * runs the lookup, not its result: accepted and ignored.
 * Streaming; the table is read once at setup. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"
#include "splq/lookup.h"

static const char *const stop_output[] = {"output", "outputnew", NULL};

static void lookup_destroy(sq_op *op) {
    sq_lookup_call_free(op->state);
    op->state = NULL;
}

/* The pairs of one side as column names and field names. */
static int pairs_of(const sq_aslist *l, const char *what, const char ***cols, const char ***fields,
                    sq_error *err) {
    *cols = sq_xcalloc((size_t)l->n + 1, sizeof **cols);
    *fields = sq_xcalloc((size_t)l->n + 1, sizeof **fields);
    for (int i = 0; i < l->n; i++) {
        const sq_ast *from = l->items[i].from, *to = l->items[i].to;
        if (from->kind != SQ_AST_WORD || !from->text || !*from->text)
            return sq_fail_at(err, SQ_ERR_ARG, from->span, "lookup: expected a %s field name",
                              what);
        (*cols)[i] = from->text;
        (*fields)[i] = to ? to->text : from->text;
    }
    return 0;
}

static int lookup_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    int local = 0, update = 0;
    const sq_optspec specs[] = {
        {.key = "local", .kind = SQ_OPT_BOOL, .dst = &local},
        {.key = "update", .kind = SQ_OPT_BOOL, .dst = &update},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_aslist in = {0}, outl = {0};
    const char **in_cols = NULL, **in_fields = NULL, **out_cols = NULL, **out_fields = NULL;
    int rc = 0, outputnew = 0;
    const sq_ast *table = sq_args_next(&a);
    if (!table || table->kind != SQ_AST_WORD || !table->text || !*table->text) {
        rc = sq_fail_at(err, SQ_ERR_ARG, table ? table->span : sq_args_end_span(&a),
                        "lookup: expected a lookup table name");
        goto done;
    }
    if (sq_args_as_list(&a, stop_output, 0, &in, err) < 0) {
        rc = -1;
        goto done;
    }
    if (in.n == 0) {
        const sq_ast *next = sq_args_peek(&a);
        rc = sq_fail_at(err, SQ_ERR_ARG, next ? next->span : sq_args_end_span(&a),
                        "lookup: expected a lookup field to match after the table name");
        goto done;
    }
    if (sq_args_at_keyword(&a, "outputnew") || sq_args_at_keyword(&a, "output")) {
        outputnew = sq_args_at_keyword(&a, "outputnew");
        sq_args_next(&a);
        if (sq_args_as_list(&a, NULL, 0, &outl, err) < 0) {
            rc = -1;
            goto done;
        }
    }
    if ((rc = sq_args_expect_end(&a, err)) < 0)
        goto done;
    if ((rc = pairs_of(&in, "lookup", &in_cols, &in_fields, err)) < 0 ||
        (rc = pairs_of(&outl, "output", &out_cols, &out_fields, err)) < 0)
        goto done;
    sq_lookup_spec spec = {
        .table = table->text,
        .in_cols = in_cols,
        .in_fields = in_fields,
        .nin = (size_t)in.n,
        .out_cols = out_cols,
        .out_fields = out_fields,
        .nout = (size_t)outl.n,
        .outputnew = outputnew,
    };
    sq_lookup_call *call;
    rc = sq_lookup_call_new(op->q, &spec, &call, err);
    if (rc == 0) {
        op->state = call;
        rc = sq_op_hold(op, sq_lookup_call_bytes(call), err);
    } else if (err->span.start < 0)
        err->span = table->span;
done:
    free(in_cols);
    free(in_fields);
    free(out_cols);
    free(out_fields);
    sq_aslist_free(&in);
    sq_aslist_free(&outl);
    sq_args_free(&a);
    return rc;
}

static int lookup_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_lookup_call_apply(op->state, ev);
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const lookup_options[] = {"local=", "update=",   "as",
                                             "output", "outputnew", NULL};

const sq_command sq_cmd_lookup = {
    .name = "lookup",
    .kind = SQ_CMD_STREAMING,
    .options = lookup_options,
    .setup = lookup_setup,
    .push = lookup_push,
    .destroy = lookup_destroy,
};
