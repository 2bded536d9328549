/* chart.c — the chart command: aggregates in a table of rows by columns.
 *
 *   chart [limit=[top|bottom]<int>] [useother=<bool>] [otherstr=<s>]
 *         [usenull=<bool>] [nullstr=<s>] [sep=<s>] [cont=<bool>] [format=<s>]
 *         <agg> [AS name] [, <agg>...]
 *         [ OVER <row-field> [BY <column-field>] | BY <row-field> [<column-field>] ]
 *
 * Without a split, one row of aggregates (as stats).  With a row field, one
 * row per value, in stats order (numbers first, ascending).  With a column
 * field, one column per value (named by the value; "<agg>: <value>" with
 * several aggregates), at most `limit` (default 10; 0 = all), the values
 * with the largest sums of the first aggregate; the rest fold into OTHER
 * (useother=true) and results without the column field into NULL
 * (usenull=true).  Results without the row field are not counted.  Empty
 * cells of count and dc are 0.  See chartcore.h for memory. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "chartcore.h"

static void chart_destroy(sq_op *op) {
    sq_chart_free(op->state);
    op->state = NULL;
}

static const char *const stop_over[] = {"over", NULL};

static int chart_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_chart_opts o = {.rows = SQ_CHART_NOROW,
                       .limit = 10,
                       .useother = 1,
                       .usenull = 1,
                       .otherstr = "OTHER",
                       .nullstr = "NULL",
                       .sep = ": "};
    const char *limit = NULL, *format = NULL;
    const sq_ast *limit_opt = NULL;
    sq_optspec specs[] = {
        {.key = "limit", .kind = SQ_OPT_STR, .dst = &limit, .seen = &limit_opt},
        {.key = "useother", .kind = SQ_OPT_BOOL, .dst = &o.useother},
        {.key = "otherstr", .kind = SQ_OPT_STR, .dst = &o.otherstr},
        {.key = "usenull", .kind = SQ_OPT_BOOL, .dst = &o.usenull},
        {.key = "nullstr", .kind = SQ_OPT_STR, .dst = &o.nullstr},
        {.key = "sep", .kind = SQ_OPT_STR, .dst = &o.sep},
        {.key = "cont", .kind = SQ_OPT_BOOL, .dst = &o.cont},
        {.key = "format", .kind = SQ_OPT_STR, .dst = &format},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_agglist aggs = {0};
    sq_nodelist rowl = {0}, coll = {0};
    int rc = sq_agglist_parse(op->q, &a, "chart", stop_over, &aggs, err);
    if (rc == 0 && sq_args_accept(&a, "over")) {
        rc = sq_args_names(&a, (const char *const[]){"by", NULL}, 1, "a field name", &rowl, err);
        if (rc == 0 && sq_args_by(&a, NULL, &coll, err) < 0)
            rc = -1;
    } else if (rc == 0 && sq_args_by(&a, NULL, &rowl, err) < 0) {
        rc = -1;
    }
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    /* `by x y`: the second field splits the columns */
    const sq_ast *rowf = rowl.n > 0 ? rowl.items[0] : NULL;
    const sq_ast *colf = coll.n > 0 ? coll.items[0] : rowl.n > 1 ? rowl.items[1] : NULL;
    if (rc == 0 && (rowl.n + coll.n > 2))
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span,
                        "chart: at most one row field and one column field");
    if (rc == 0 && limit && sq_chart_parse_limit(limit, &o.limit, &o.bottom) < 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, limit_opt->span,
                        "chart: limit must be N, topN or bottomN, not '%s'", limit);
    if (rc == 0) {
        if (rowf) {
            o.rows = SQ_CHART_FIELD;
            o.rowf = sq_intern_cstr(op->q->syms, rowf->text);
        }
        if (colf) {
            o.has_col = 1;
            o.colf = sq_intern_cstr(op->q->syms, colf->text);
        }
        o.cont = 0; /* rows are field values: nothing to fill */
        op->state = sq_chart_new(op->q, &o, &aggs);
    }
    sq_agglist_free(&aggs);
    sq_nodelist_free(&rowl);
    sq_nodelist_free(&coll);
    sq_args_free(&a);
    return rc;
}

static int chart_push(sq_op *op, sq_event *ev, sq_error *err) {
    int rc = sq_chart_feed(op->state, ev, err);
    sq_event_free(ev);
    return rc < 0 ? rc : sq_op_hold(op, sq_chart_bytes(op->state), err);
}

static int chart_finish(sq_op *op, sq_error *err) {
    if (sq_chart_emit(op->state, op, err) < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const chart_options[] = {
    "limit=", "useother=", "otherstr=", "usenull=", "nullstr=", "sep=",
    "cont=",  "format=",   "over",      "by",       "as",       NULL};

const sq_command sq_cmd_chart = {
    .name = "chart",
    .kind = SQ_CMD_BLOCKING,
    .options = chart_options,
    .setup = chart_setup,
    .push = chart_push,
    .finish = chart_finish,
    .destroy = chart_destroy,
};
