/* timechart.c — the timechart command: aggregates per time bucket.
 *
 *   timechart [span=<span>] [bins=<int>] [aligntime=<time>] [cont=<bool>]
 *             [limit=[top|bottom]<int>] [useother=<bool>] [otherstr=<s>]
 *             [usenull=<bool>] [nullstr=<s>] [sep=<s>] [partial=<bool>]
 *             [format=<s>] [fixedrange=<bool>]
 *             <agg> [AS name] [, <agg>...] [BY <field>]
 *
 * One row per time bucket of _time (see bin for spans and alignment),
 * oldest first, with _time the bucket's start.  Without BY one column per
 * aggregate; with BY one column per value of the field (named by the value;
 * "<agg>: <value>" with several aggregates, sep changing ": "), at most
 * `limit` (default 10; 0 = all) of them, the values with the largest sums of
 * the first aggregate, the rest folded into OTHER (useother=true) and
 * results without the field into NULL (usenull=true).  Columns come in
 * ascending order of their values, then NULL, then OTHER.  Empty cells of
 * count and dc are 0, of other functions empty.  cont=true (the default)
 * adds empty rows for the buckets between the first and the last.  Without
 * span the span is the smallest round span giving fewer than bins (default
 * 100) buckets over the results' time range.  See chartcore.h for memory. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "chartcore.h"
#include "splq/timefmt.h"

static void timechart_destroy(sq_op *op) {
    sq_chart_free(op->state);
    op->state = NULL;
}

static int timechart_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_chart_opts o = {.rows = SQ_CHART_TIME,
                       .rowf = SQ_SYM_TIME,
                       .limit = 10,
                       .useother = 1,
                       .usenull = 1,
                       .otherstr = "OTHER",
                       .nullstr = "NULL",
                       .sep = ": ",
                       .cont = 1,
                       .bins = 100};
    const char *span = NULL, *limit = NULL, *align = NULL, *minspan = NULL, *format = NULL;
    const sq_ast *span_opt = NULL, *limit_opt = NULL, *align_opt = NULL;
    int partial = 1, fixedrange = 1;
    double start = 0, end = 0;
    sq_optspec specs[] = {
        {.key = "span", .kind = SQ_OPT_STR, .dst = &span, .seen = &span_opt},
        {.key = "bins", .kind = SQ_OPT_INT, .dst = &o.bins, .min = 1, .max = 50000},
        {.key = "minspan", .kind = SQ_OPT_STR, .dst = &minspan},
        {.key = "start", .kind = SQ_OPT_NUM, .dst = &start},
        {.key = "end", .kind = SQ_OPT_NUM, .dst = &end},
        {.key = "aligntime", .kind = SQ_OPT_STR, .dst = &align, .seen = &align_opt},
        {.key = "cont", .kind = SQ_OPT_BOOL, .dst = &o.cont},
        {.key = "limit", .kind = SQ_OPT_STR, .dst = &limit, .seen = &limit_opt},
        {.key = "useother", .kind = SQ_OPT_BOOL, .dst = &o.useother},
        {.key = "otherstr", .kind = SQ_OPT_STR, .dst = &o.otherstr},
        {.key = "usenull", .kind = SQ_OPT_BOOL, .dst = &o.usenull},
        {.key = "nullstr", .kind = SQ_OPT_STR, .dst = &o.nullstr},
        {.key = "sep", .kind = SQ_OPT_STR, .dst = &o.sep},
        {.key = "partial", .kind = SQ_OPT_BOOL, .dst = &partial},
        {.key = "format", .kind = SQ_OPT_STR, .dst = &format},
        {.key = "fixedrange", .kind = SQ_OPT_BOOL, .dst = &fixedrange},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_agglist aggs = {0};
    sq_nodelist by = {0};
    int rc = sq_agglist_parse(op->q, &a, "timechart", NULL, &aggs, err);
    if (rc == 0 && sq_args_by(&a, NULL, &by, err) < 0)
        rc = -1;
    if (rc == 0 && sq_args_at_keyword(&a, "where"))
        rc = sq_fail_at(err, SQ_ERR_UNSUPPORTED, sq_args_peek(&a)->span,
                        "timechart: the where clause is not supported; use limit=");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && by.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, by.items[1]->span, "timechart: BY takes one field");
    if (rc == 0 && span) {
        if (sq_timespan_parse(span, &o.span) < 0 || strstr(span, "log"))
            rc = sq_fail_at(err, SQ_ERR_ARG, span_opt->span,
                            "timechart: span must be a time span such as 5m, not '%s'", span);
        else if (o.span.unit == SQ_SPAN_NONE) { /* a plain number: seconds */
            o.span.unit = SQ_SPAN_SEC;
            o.span.seconds = o.span.n;
        }
        o.has_span = 1;
    }
    if (rc == 0 && limit && sq_chart_parse_limit(limit, &o.limit, &o.bottom) < 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, limit_opt->span,
                        "timechart: limit must be N, topN or bottomN, not '%s'", limit);
    if (rc == 0 && align && (!o.has_span || o.span.unit < SQ_SPAN_DAY)) {
        double t;
        if (sq_relative_time(op->q->now, align, &t) < 0)
            rc = sq_fail_at(err, SQ_ERR_ARG, align_opt->span,
                            "timechart: aligntime must be a time such as @d+3h, not '%s'", align);
        o.align = t;
    }
    if (rc == 0 && by.n == 1) {
        o.has_col = 1;
        o.colf = sq_intern_cstr(op->q->syms, by.items[0]->text);
    }
    if (rc == 0)
        op->state = sq_chart_new(op->q, &o, &aggs);
    sq_agglist_free(&aggs);
    sq_nodelist_free(&by);
    sq_args_free(&a);
    return rc;
}

static int timechart_push(sq_op *op, sq_event *ev, sq_error *err) {
    int rc = sq_chart_feed(op->state, ev, err);
    sq_event_free(ev);
    return rc < 0 ? rc : sq_op_hold(op, sq_chart_bytes(op->state), err);
}

static int timechart_finish(sq_op *op, sq_error *err) {
    if (sq_chart_emit(op->state, op, err) < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const timechart_options[] = {
    "span=",   "bins=",       "minspan=",  "start=",   "end=",     "aligntime=", "cont=",
    "limit=",  "useother=",   "otherstr=", "usenull=", "nullstr=", "sep=",       "partial=",
    "format=", "fixedrange=", "by",        "as",       "where",    NULL};

const sq_command sq_cmd_timechart = {
    .name = "timechart",
    .kind = SQ_CMD_BLOCKING,
    .options = timechart_options,
    .setup = timechart_setup,
    .push = timechart_push,
    .finish = timechart_finish,
    .destroy = timechart_destroy,
};
