/* streamstats.c — the streamstats command: running statistics, in the order
 * results arrive.
 *
 *   streamstats [current=<bool>] [window=<int>] [global=<bool>]
 *               [time_window=<span>] [reset_on_change=<bool>]
 *               [reset_before="(<eval>)"] [reset_after="(<eval>)"] [allnum=<bool>]
 *               <agg> [AS name] [, <agg>...] [BY field...]
 *
 * Each result gets the aggregates over the results seen so far in its group
 * (BY values; one group without BY), itself included unless current=false.
 * window=N limits them to the last N results (10,000 at most, as Splunk's
 * max_stream_window); with BY, global=true (the default) counts the window
 * over all results, global=false per group.  time_window=<span> limits them
 * to results whose _time is less than the span away.  reset_on_change=true
 * starts over when the BY values differ from the previous result's;
 * reset_before / reset_after start over before / after a result for which
 * the eval expression is true (reset_after sees the new statistics).
 * A result missing a BY field passes without statistics; a multivalue BY
 * field groups by its first value.  Before any result counts for a group
 * (current=false on its first result) no statistics are written.
 *
 * Memory: without a window, one accumulator per aggregate and group; with
 * one, the aggregated values of the results inside it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "groups.h"
#include "span.h"
#include "splq/command.h"
#include "splq/expr.h"

#define STREAM_MAX_WINDOW 10000

typedef struct record {
    long group;
    double time;
    int has_time;
    sq_value *vals; /* per aggregate: the value fed (null: none) */
} record;

typedef struct ring {
    record *r;
    size_t n, cap;
} ring;

typedef struct sgroup {
    sq_agg_acc *accs; /* no window: running accumulators */
    uint64_t fed;     /* results counted so far */
    ring win;         /* window, global=false */
} sgroup;

typedef struct streamstats_state {
    sq_agglist aggs;
    sq_sym *by;
    int nby;
    int current, global, reset_on_change;
    long long window;
    int has_time_window;
    double time_window;
    sq_expr *reset_before, *reset_after;
    sq_gtable *groups;
    ring global_win; /* window, global=true */
    sq_buf prev_key, key, scratch;
    int have_prev;
    sq_agg_acc *tmp; /* scratch accumulators for windows */
    size_t bytes;    /* held by the running groups (windows are bounded by window=) */
} streamstats_state;

static void record_free(record *r, int nspecs) {
    for (int k = 0; k < nspecs; k++)
        sq_value_free(&r->vals[k]);
    free(r->vals);
}

static void ring_clear(ring *w, int nspecs) {
    for (size_t i = 0; i < w->n; i++)
        record_free(&w->r[i], nspecs);
    w->n = 0;
}

static void free_groups(streamstats_state *st) {
    if (!st->groups)
        return;
    for (size_t i = 0; i < sq_gtable_count(st->groups); i++) {
        sgroup *g = sq_gtable_payload(st->groups, i);
        if (g->accs) {
            for (int k = 0; k < st->aggs.n; k++)
                sq_agg_acc_free(&g->accs[k]);
            free(g->accs);
        }
        ring_clear(&g->win, st->aggs.n);
        free(g->win.r);
    }
    sq_gtable_free(st->groups, NULL);
    st->groups = NULL;
}

static void reset_all(streamstats_state *st) {
    free_groups(st);
    st->groups = sq_gtable_new(st->nby, sizeof(sgroup));
    ring_clear(&st->global_win, st->aggs.n);
    st->bytes = 0;
}

static void streamstats_destroy(sq_op *op) {
    streamstats_state *st = op->state;
    if (!st)
        return;
    free_groups(st);
    ring_clear(&st->global_win, st->aggs.n);
    free(st->global_win.r);
    sq_expr_free(st->reset_before);
    sq_expr_free(st->reset_after);
    free(st->by);
    free(st->tmp);
    sq_agglist_free(&st->aggs);
    sq_buf_free(&st->prev_key);
    sq_buf_free(&st->key);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

/* --- setup ------------------------------------------------------------------- */

static int compile_reset(sq_op *op, const char *text, const sq_ast *opt, sq_expr **out,
                         sq_error *err) {
    if (!text)
        return 0;
    if (sq_expr_compile_text(op->q, text, out, err) < 0) {
        err->span = opt->span;
        return -1;
    }
    return 0;
}

static int streamstats_parse(sq_op *op, streamstats_state *st, const sq_ast *stage, sq_error *err) {
    int allnum = 0;
    const char *tw = NULL, *rb = NULL, *ra = NULL;
    const sq_ast *tw_opt = NULL, *rb_opt = NULL, *ra_opt = NULL;
    st->current = 1;
    st->global = 1;
    sq_optspec specs[] = {
        {.key = "current", .kind = SQ_OPT_BOOL, .dst = &st->current},
        {.key = "window",
         .kind = SQ_OPT_INT,
         .dst = &st->window,
         .min = 0,
         .max = STREAM_MAX_WINDOW},
        {.key = "global", .kind = SQ_OPT_BOOL, .dst = &st->global},
        {.key = "time_window", .kind = SQ_OPT_STR, .dst = &tw, .seen = &tw_opt},
        {.key = "reset_on_change", .kind = SQ_OPT_BOOL, .dst = &st->reset_on_change},
        {.key = "reset_before", .kind = SQ_OPT_STR, .dst = &rb, .seen = &rb_opt},
        {.key = "reset_after", .kind = SQ_OPT_STR, .dst = &ra, .seen = &ra_opt},
        {.key = "allnum", .kind = SQ_OPT_BOOL, .dst = &allnum},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_nodelist by = {0};
    int rc = sq_agglist_parse(op->q, &a, "streamstats", NULL, &st->aggs, err);
    if (rc == 0 && sq_args_by(&a, NULL, &by, err) < 0)
        rc = -1;
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && tw) {
        sq_timespan sp;
        if (sq_timespan_parse(tw, &sp) < 0 || sp.unit == SQ_SPAN_NONE || sp.seconds <= 0)
            rc =
                sq_fail_at(err, SQ_ERR_ARG, tw_opt->span,
                           "streamstats: time_window must be a time span such as 1h, not '%s'", tw);
        st->has_time_window = 1;
        st->time_window = sp.seconds;
    }
    if (rc == 0)
        rc = compile_reset(op, rb, rb_opt, &st->reset_before, err);
    if (rc == 0)
        rc = compile_reset(op, ra, ra_opt, &st->reset_after, err);
    if (rc == 0) {
        st->nby = by.n;
        st->by = sq_xcalloc((size_t)by.n + 1, sizeof *st->by);
        for (int i = 0; i < by.n; i++)
            st->by[i] = sq_intern_cstr(op->q->syms, by.items[i]->text);
        st->groups = sq_gtable_new(by.n, sizeof(sgroup));
        st->tmp = sq_xcalloc((size_t)st->aggs.n, sizeof *st->tmp);
    }
    sq_nodelist_free(&by);
    sq_args_free(&a);
    return rc;
}

static int streamstats_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    streamstats_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (streamstats_parse(op, st, stage, err) < 0) {
        streamstats_destroy(op);
        return -1;
    }
    return 0;
}

/* --- per result ---------------------------------------------------------------- */

static int windowed(const streamstats_state *st) {
    return st->window > 0 || st->has_time_window;
}

/* The value an aggregate takes from ev (copied), for windows. */
static int take_value(const sq_agg_spec *s, sq_event *ev, sq_value *out, sq_error *err) {
    *out = SQ_VALUE_NULL;
    if (s->expr) {
        if (sq_expr_eval(s->expr, ev, out, err) < 0)
            return -1;
        if (out->type == SQ_BOOL)
            *out = out->u.boolean ? sq_value_num(1) : SQ_VALUE_NULL;
        return 0;
    }
    if (s->has_field) {
        const sq_value *v = sq_event_cget(ev, s->field);
        if (v)
            *out = sq_value_copy(v);
    }
    return 0;
}

static void ring_push(ring *w, record r) {
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 16;
        w->r = sq_xrealloc(w->r, w->cap * sizeof *w->r);
    }
    w->r[w->n++] = r;
}

static void ring_drop_front(ring *w, size_t k, int nspecs) {
    if (k == 0)
        return;
    for (size_t i = 0; i < k; i++)
        record_free(&w->r[i], nspecs);
    memmove(w->r, w->r + k, (w->n - k) * sizeof *w->r);
    w->n -= k;
}

/* Drop what fell out of the window (count and time) before time t. */
static void trim(streamstats_state *st, ring *w, double t, int has_t) {
    if (st->has_time_window && has_t) {
        size_t k = 0;
        while (k < w->n && w->r[k].has_time && fabs(t - w->r[k].time) >= st->time_window)
            k++;
        ring_drop_front(w, k, st->aggs.n);
    }
    if (st->window > 0 && w->n > (size_t)st->window)
        ring_drop_front(w, w->n - (size_t)st->window, st->aggs.n);
}

/* Statistics of group g over window w into ev; nothing when no record
 * of the group is inside. */
static void window_results(streamstats_state *st, ring *w, long g, sq_event *ev) {
    int n = st->aggs.n;
    uint64_t fed = 0;
    for (int k = 0; k < n; k++)
        sq_agg_acc_init(&st->tmp[k]);
    for (size_t i = 0; i < w->n; i++) {
        record *r = &w->r[i];
        if (r->group != g)
            continue;
        fed++;
        for (int k = 0; k < n; k++)
            sq_agg_feed_value(&st->tmp[k], &st->aggs.specs[k], &r->vals[k], r->time, r->has_time);
    }
    for (int k = 0; k < n; k++) {
        if (fed > 0) {
            sq_value v;
            sq_agg_result(&st->tmp[k], &st->aggs.specs[k], &v);
            sq_event_set(ev, st->aggs.specs[k].out, v);
        }
        sq_agg_acc_free(&st->tmp[k]);
    }
}

static void running_results(streamstats_state *st, sgroup *g, sq_event *ev) {
    if (g->fed == 0)
        return;
    for (int k = 0; k < st->aggs.n; k++) {
        sq_value v;
        sq_agg_result(&g->accs[k], &st->aggs.specs[k], &v);
        sq_event_set(ev, st->aggs.specs[k].out, v);
    }
}

static int feed_running(streamstats_state *st, sgroup *g, sq_event *ev, sq_error *err) {
    for (int k = 0; k < st->aggs.n; k++) {
        size_t before = sq_agg_acc_bytes(&g->accs[k]);
        if (sq_agg_feed_event(&g->accs[k], &st->aggs.specs[k], ev, err) < 0)
            return -1;
        st->bytes += sq_agg_acc_bytes(&g->accs[k]) - before;
    }
    g->fed++;
    return 0;
}

static int make_record(streamstats_state *st, sq_event *ev, long gi, record *r, sq_error *err) {
    r->group = gi;
    r->has_time = sq_event_time(ev, &r->time);
    r->vals = sq_xcalloc((size_t)st->aggs.n + 1, sizeof *r->vals);
    for (int k = 0; k < st->aggs.n; k++) {
        if (take_value(&st->aggs.specs[k], ev, &r->vals[k], err) < 0) {
            record_free(r, k);
            return -1;
        }
    }
    return 0;
}

static int stats_for(streamstats_state *st, sq_event *ev, sq_value *const *keys, sq_error *err) {
    int created;
    long gi = (long)sq_gtable_find(st->groups, keys, &created);
    sgroup *g = sq_gtable_payload(st->groups, (size_t)gi);
    if (!windowed(st)) {
        if (created) {
            g->accs = sq_xcalloc((size_t)st->aggs.n + 1, sizeof *g->accs);
            for (int k = 0; k < st->aggs.n; k++)
                sq_agg_acc_init(&g->accs[k]);
            st->bytes += 64 + sizeof *g + ((size_t)st->aggs.n + 1) * sizeof *g->accs;
            for (int k = 0; k < st->nby; k++)
                if (keys[k]->type == SQ_STR)
                    st->bytes += keys[k]->u.str.len;
        }
        if (!st->current)
            running_results(st, g, ev);
        if (feed_running(st, g, ev, err) < 0)
            return -1;
        if (st->current)
            running_results(st, g, ev);
        return 0;
    }
    ring *w = st->global ? &st->global_win : &g->win;
    double t = 0;
    int has_t = sq_event_time(ev, &t);
    trim(st, w, t, has_t);
    record r;
    if (make_record(st, ev, gi, &r, err) < 0)
        return -1;
    if (!st->current)
        window_results(st, w, gi, ev);
    ring_push(w, r);
    if (st->current) {
        trim(st, w, t, has_t);
        window_results(st, w, gi, ev);
    } else if (st->window > 0 && w->n > (size_t)st->window) {
        ring_drop_front(w, w->n - (size_t)st->window, st->aggs.n);
    }
    return 0;
}

static void build_key(streamstats_state *st, sq_value *const *keys) {
    sq_buf_reset(&st->key);
    for (int i = 0; i < st->nby; i++) {
        size_t len;
        const char *s = sq_value_text(keys[i], &st->scratch, &len);
        uint32_t l = (uint32_t)len;
        sq_buf_add(&st->key, (const char *)&l, sizeof l);
        sq_buf_add(&st->key, s, len);
    }
}

static int streamstats_push(sq_op *op, sq_event *ev, sq_error *err) {
    streamstats_state *st = op->state;
    int rc = 0;
    if (st->reset_before) {
        rc = sq_expr_test(st->reset_before, ev, err);
        if (rc > 0)
            reset_all(st);
    }
    sq_value *keys[st->nby + 1];
    int have = 1;
    for (int i = 0; i < st->nby && have; i++) {
        sq_value *v = sq_event_get(ev, st->by[i]);
        have = v && sq_value_count(v) > 0;
        if (have)
            keys[i] = sq_value_at(v, 0);
    }
    if (rc >= 0 && have) {
        if (st->reset_on_change && st->nby > 0) {
            build_key(st, keys);
            if (st->have_prev && (st->prev_key.len != st->key.len ||
                                  memcmp(st->prev_key.data, st->key.data, st->key.len) != 0))
                reset_all(st);
            sq_buf_reset(&st->prev_key);
            sq_buf_add(&st->prev_key, st->key.data ? st->key.data : "", st->key.len);
            st->have_prev = 1;
        }
        rc = stats_for(st, ev, keys, err);
    }
    if (rc >= 0 && st->reset_after) {
        rc = sq_expr_test(st->reset_after, ev, err);
        if (rc > 0)
            reset_all(st);
    }
    if (rc >= 0)
        rc = sq_op_hold(op, st->bytes, err);
    if (rc < 0) {
        sq_event_free(ev);
        return -1;
    }
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const streamstats_options[] = {"current=",
                                                  "window=",
                                                  "global=",
                                                  "time_window=",
                                                  "reset_on_change=",
                                                  "reset_before=",
                                                  "reset_after=",
                                                  "allnum=",
                                                  "by",
                                                  "as",
                                                  NULL};

const sq_command sq_cmd_streamstats = {
    .name = "streamstats",
    .kind = SQ_CMD_STREAMING,
    .options = streamstats_options,
    .setup = streamstats_setup,
    .push = streamstats_push,
    .destroy = streamstats_destroy,
};
