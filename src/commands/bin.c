/* bin.c — the bin command and its alias bucket: values into discrete bins.
 *
 *   bin [span=<span>] [bins=<int>] [minspan=<span>] [start=<num>] [end=<num>]
 *       [aligntime=<time>] <field> [AS <newfield>]
 *
 * _time (or any field with a time span such as 5m, 1h, 1d, 1mon) becomes the
 * start of its bucket: seconds-based spans count from the epoch (shifted by
 * aligntime), day and week spans from local midnight, months, quarters and
 * years from the first of a month.  A number with a plain span (span=10)
 * becomes the range string "lo-hi" (0-10), as Splunk displays it.
 *
 * Without span the span is chosen from the data so that there are at most
 * `bins` (default 100) bins: for numbers the smallest power of ten (at least
 * minspan) over the range widened by start/end; for _time the smallest of a
 * list of round time spans.  That needs every value first, so bin then holds
 * the results (blocking); with span it streams.  A value that is not a
 * number is left as it is. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "span.h"
#include "splq/command.h"
#include "splq/timefmt.h"

#define BIN_MAX_BINS 50000 /* limits.conf [discretize] maxbins */

typedef struct bin_state {
    sq_sym field, out;
    int is_time; /* binning times (the field is _time, or span has a time unit) */
    int has_span;
    sq_timespan span;
    long long bins;
    int has_minspan;
    sq_timespan minspan;
    int has_start, has_end;
    double start, end;
    double align; /* aligntime offset, seconds */
    /* auto span: the held results and the range seen */
    sq_event **held;
    size_t n, cap;
    int have_range;
    double lo, hi;
    sq_buf buf;
} bin_state;

static void bin_destroy(sq_op *op) {
    bin_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->n; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    sq_buf_free(&st->buf);
    free(st);
    op->state = NULL;
}

/* --- setup ------------------------------------------------------------------- */

static int parse_span(const char *text, const sq_ast *opt, const char *what, sq_timespan *out,
                      sq_error *err) {
    if (strstr(text, "log"))
        return sq_fail_at(err, SQ_ERR_UNSUPPORTED, opt->span,
                          "bin: logarithmic spans (%s) are not supported", text);
    if (sq_timespan_parse(text, out) < 0)
        return sq_fail_at(err, SQ_ERR_ARG, opt->span,
                          "bin: %s must be a positive number or time span (10, 5m, 1h, 1d), not "
                          "'%s'",
                          what, text);
    return 0;
}

static int parse_align(sq_op *op, bin_state *st, const char *text, const sq_ast *opt,
                       sq_error *err) {
    if (strcasecmp(text, "earliest") == 0 || strcasecmp(text, "latest") == 0)
        return sq_fail_at(err, SQ_ERR_UNSUPPORTED, opt->span,
                          "bin: aligntime=%s needs the search's time range, which splq does not "
                          "have; give a time such as @d+3h or an epoch",
                          text);
    double t;
    if (sq_relative_time(op->q->now, text, &t) < 0)
        return sq_fail_at(err, SQ_ERR_ARG, opt->span,
                          "bin: aligntime must be earliest, latest or a time, not '%s'", text);
    st->align = t;
    return 0;
}

static int bin_parse(sq_op *op, bin_state *st, const sq_ast *stage, sq_error *err) {
    const char *span = NULL, *minspan = NULL, *align = NULL;
    const sq_ast *span_opt = NULL, *minspan_opt = NULL, *align_opt = NULL, *start_opt = NULL,
                 *end_opt = NULL;
    st->bins = 100;
    sq_optspec specs[] = {
        {.key = "span", .kind = SQ_OPT_STR, .dst = &span, .seen = &span_opt},
        {.key = "bins", .kind = SQ_OPT_INT, .dst = &st->bins, .min = 1, .max = BIN_MAX_BINS},
        {.key = "minspan", .kind = SQ_OPT_STR, .dst = &minspan, .seen = &minspan_opt},
        {.key = "start", .kind = SQ_OPT_NUM, .dst = &st->start, .seen = &start_opt},
        {.key = "end", .kind = SQ_OPT_NUM, .dst = &st->end, .seen = &end_opt},
        {.key = "aligntime", .kind = SQ_OPT_STR, .dst = &align, .seen = &align_opt},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_aslist fields = {0};
    int rc = sq_args_as_list(&a, NULL, 0, &fields, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && fields.n != 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, fields.n ? fields.items[1].from->span : stage->span,
                        "bin: expected one field, e.g. bin _time span=1h");
    if (rc == 0 && fields.items[0].from->kind != SQ_AST_WORD)
        rc = sq_fail_at(err, SQ_ERR_ARG, fields.items[0].from->span, "bin: expected a field name");
    if (rc == 0 && span) {
        st->has_span = 1;
        rc = parse_span(span, span_opt, "span", &st->span, err);
    }
    if (rc == 0 && minspan) {
        st->has_minspan = 1;
        rc = parse_span(minspan, minspan_opt, "minspan", &st->minspan, err);
    }
    if (rc == 0) {
        const char *name = fields.items[0].from->text;
        st->field = sq_intern_cstr(op->q->syms, name);
        st->out =
            fields.items[0].to ? sq_intern_cstr(op->q->syms, fields.items[0].to->text) : st->field;
        st->is_time = st->field == SQ_SYM_TIME || (st->has_span && st->span.unit != SQ_SPAN_NONE);
        st->has_start = start_opt != NULL;
        st->has_end = end_opt != NULL;
    }
    if (rc == 0 && align) {
        if (!st->is_time || (st->has_span && st->span.unit >= SQ_SPAN_DAY))
            align = NULL; /* Splunk ignores it for days and longer, and for numbers */
        else
            rc = parse_align(op, st, align, align_opt, err);
    }
    sq_aslist_free(&fields);
    sq_args_free(&a);
    return rc;
}

static int bin_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    bin_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (bin_parse(op, st, stage, err) < 0) {
        bin_destroy(op);
        return -1;
    }
    return 0;
}

/* --- binning -------------------------------------------------------------------- */

static void bin_value(bin_state *st, sq_event *ev) {
    sq_value *v = sq_event_get(ev, st->field);
    double x;
    if (!v || !sq_value_number(v, &x))
        return;
    if (st->is_time) {
        double b = sq_timespan_floor(&st->span, x, st->align);
        if (st->span.unit == SQ_SPAN_NONE) /* a plain span on _time: seconds */
            b = floor(x / st->span.n) * st->span.n;
        sq_event_set(ev, st->out, sq_value_num(b));
        return;
    }
    double w = st->span.n;
    double lo = floor(x / w) * w;
    sq_buf_reset(&st->buf);
    sq_num_format(lo, -1, &st->buf);
    sq_buf_addc(&st->buf, '-');
    sq_num_format(lo + w, -1, &st->buf);
    sq_event_set(ev, st->out, sq_value_str(st->buf.data, st->buf.len));
}

/* Round time spans bin picks from, smallest first (seconds). */
static const double auto_time_spans[] = {1,   5,    10,   15,    30,    60,    300,   600,
                                         900, 1800, 3600, 10800, 21600, 43200, 86400, 604800};

static void choose_span(bin_state *st) {
    double lo = st->lo, hi = st->hi;
    if (st->has_start && st->start < lo)
        lo = st->start;
    if (st->has_end && st->end > hi)
        hi = st->end;
    double range = hi - lo;
    double min = 0;
    if (st->has_minspan)
        min = st->minspan.unit == SQ_SPAN_NONE ? st->minspan.n : st->minspan.seconds;
    if (st->is_time) {
        size_t n = sizeof auto_time_spans / sizeof *auto_time_spans;
        double pick = 0;
        for (size_t i = 0; i < n && !pick; i++)
            if (auto_time_spans[i] >= min && range / auto_time_spans[i] < (double)st->bins)
                pick = auto_time_spans[i];
        if (!pick) { /* beyond weeks: months, then years */
            st->span.unit =
                range / (86400.0 * 31) < (double)st->bins ? SQ_SPAN_MONTH : SQ_SPAN_YEAR;
            st->span.n = 1;
            st->span.seconds = 0;
            return;
        }
        st->span.unit = pick >= 86400 ? SQ_SPAN_DAY : SQ_SPAN_SEC;
        st->span.n = pick >= 86400 ? pick / 86400 : pick;
        st->span.seconds = pick;
        return;
    }
    double span = 1;
    if (range > 0)
        span = pow(10, ceil(log10(range / (double)st->bins)));
    while (span < min)
        span *= 10;
    st->span.unit = SQ_SPAN_NONE;
    st->span.n = span;
}

static int bin_push(sq_op *op, sq_event *ev, sq_error *err) {
    bin_state *st = op->state;
    if (st->has_span) {
        bin_value(st, ev);
        return sq_op_emit(op, ev, err);
    }
    sq_value *v = sq_event_get(ev, st->field);
    double x;
    if (v && sq_value_number(v, &x)) {
        if (!st->have_range || x < st->lo)
            st->lo = x;
        if (!st->have_range || x > st->hi)
            st->hi = x;
        st->have_range = 1;
    }
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 256;
        st->held = sq_xrealloc(st->held, st->cap * sizeof *st->held);
    }
    st->held[st->n++] = ev;
    return sq_op_hold_event(op, ev, err);
}

static int bin_finish(sq_op *op, sq_error *err) {
    bin_state *st = op->state;
    if (!st->has_span && st->have_range)
        choose_span(st);
    size_t n = st->n;
    st->n = 0;
    for (size_t i = 0; i < n; i++) {
        sq_event *ev = st->held[i];
        if (st->have_range)
            bin_value(st, ev);
        if (sq_op_emit(op, ev, err) < 0) {
            for (size_t k = i + 1; k < n; k++)
                sq_event_free(st->held[k]);
            return -1;
        }
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const bin_options[] = {
    "span=", "bins=", "minspan=", "start=", "end=", "aligntime=", "as", NULL};

const sq_command sq_cmd_bin = {
    .name = "bin",
    .kind = SQ_CMD_BLOCKING, /* streaming when span is given */
    .options = bin_options,
    .setup = bin_setup,
    .push = bin_push,
    .finish = bin_finish,
    .destroy = bin_destroy,
};

const sq_command sq_cmd_bucket = {
    .name = "bucket",
    .kind = SQ_CMD_BLOCKING,
    .options = bin_options,
    .setup = bin_setup,
    .push = bin_push,
    .finish = bin_finish,
    .destroy = bin_destroy,
};
