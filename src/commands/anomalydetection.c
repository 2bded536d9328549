/* anomalydetection.c — the anomalydetection command: unusual results.
 *
 *   anomalydetection [method=histogram|zscore|iqr] [action=<action>]
 *                    [pthresh=<num>] [cutoff=<bool>] [<field>...]
 *
 * Splunk documents the methods and their outputs but not their exact
 * arithmetic; splq computes (see docs/commands.md):
 *   histogram (default): each field's values are counted (numbers in ten
 *     equal-width bins between their minimum and maximum); a result's
 *     probability is the product over the fields it has of its value's
 *     share; log_event_prob is its natural logarithm.
 *   zscore: for each numeric field the two-sided normal tail probability of
 *     the value's z-score (population standard deviation); multiplied over
 *     the fields.
 * A result is anomalous when its probability is below pthresh (default
 * 0.01).  action=filter (default) keeps the anomalous results;
 * action=annotate keeps all, adding log_event_prob, probable_cause (the field
 * with the least likely value), probable_cause_freq (that value's share) and
 * max_freq (the share of that field's most common value); action=summary
 * gives one result counting them.
 *   iqr: as the outlier command (action=transform, the default, or remove).
 * Fields default to every field but internal ones.  Blocking: every result
 * is held. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "groups.h"
#include "iqr.h"

enum { M_HISTOGRAM, M_ZSCORE, M_IQR };
enum { A_FILTER, A_ANNOTATE, A_SUMMARY };

typedef struct fstat {
    sq_sym sym;
    int numeric;   /* every value reads as a number */
    double lo, hi; /* numeric range */
    double sum, sumsq;
    uint64_t n;
    sq_gtable *freq; /* keys: value text or bin; payload: uint64_t */
    double max_share;
} fstat;

typedef struct ad_state {
    int method, action;
    double pthresh;
    sq_iqr *iqr;
    sq_sym *fields;
    int nfields, all;
    sq_event **held;
    size_t n, cap;
    sq_sym f_logp, f_cause, f_cause_freq, f_max_freq;
} ad_state;

static void ad_destroy(sq_op *op) {
    ad_state *st = op->state;
    if (!st)
        return;
    sq_iqr_free(st->iqr);
    for (size_t i = 0; i < st->n; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st->fields);
    free(st);
    op->state = NULL;
}

static int ad_parse(sq_op *op, ad_state *st, const sq_ast *stage, sq_error *err) {
    const char *method = "histogram", *action = NULL;
    const sq_ast *method_opt = NULL, *action_opt = NULL;
    int cutoff = 1;
    st->pthresh = 0.01;
    sq_optspec specs[] = {
        {.key = "method", .kind = SQ_OPT_STR, .dst = &method, .seen = &method_opt},
        {.key = "action", .kind = SQ_OPT_STR, .dst = &action, .seen = &action_opt},
        {.key = "pthresh", .kind = SQ_OPT_NUM, .dst = &st->pthresh},
        {.key = "cutoff", .kind = SQ_OPT_BOOL, .dst = &cutoff},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 0, "field names", &names, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        if (strcasecmp(method, "histogram") == 0)
            st->method = M_HISTOGRAM;
        else if (strcasecmp(method, "zscore") == 0)
            st->method = M_ZSCORE;
        else if (strcasecmp(method, "iqr") == 0)
            st->method = M_IQR;
        else
            rc = sq_fail_at(err, SQ_ERR_ARG, method_opt->span,
                            "anomalydetection: method must be histogram, zscore or iqr, not '%s'",
                            method);
    }
    if (rc == 0 && st->method == M_IQR) {
        sq_iqr_opts o = {.param = 2.5, .fields = names.items, .nfields = names.n};
        if (action && (strcasecmp(action, "remove") == 0 || strcasecmp(action, "rm") == 0))
            o.remove = 1;
        else if (action && strcasecmp(action, "transform") != 0 && strcasecmp(action, "tf") != 0)
            rc = sq_fail_at(err, SQ_ERR_ARG, action_opt->span,
                            "anomalydetection: with method=iqr, action must be transform or "
                            "remove, not '%s'",
                            action);
        if (rc == 0)
            st->iqr = sq_iqr_new(op->q, &o);
    } else if (rc == 0) {
        if (!action || strcasecmp(action, "filter") == 0)
            st->action = A_FILTER;
        else if (strcasecmp(action, "annotate") == 0)
            st->action = A_ANNOTATE;
        else if (strcasecmp(action, "summary") == 0)
            st->action = A_SUMMARY;
        else
            rc = sq_fail_at(err, SQ_ERR_ARG, action_opt->span,
                            "anomalydetection: action must be filter, annotate or summary, not "
                            "'%s'",
                            action);
        if (rc == 0 && !(st->pthresh > 0 && st->pthresh < 1))
            rc = sq_fail_at(err, SQ_ERR_ARG, stage->span,
                            "anomalydetection: pthresh must be between 0 and 1");
        st->all = names.n == 0;
        st->fields = sq_xcalloc((size_t)names.n + 1, sizeof *st->fields);
        for (int i = 0; i < names.n; i++)
            st->fields[st->nfields++] = sq_intern_cstr(op->q->syms, names.items[i]->text);
        st->f_logp = sq_intern_cstr(op->q->syms, "log_event_prob");
        st->f_cause = sq_intern_cstr(op->q->syms, "probable_cause");
        st->f_cause_freq = sq_intern_cstr(op->q->syms, "probable_cause_freq");
        st->f_max_freq = sq_intern_cstr(op->q->syms, "max_freq");
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    return rc;
}

static int ad_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    ad_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (ad_parse(op, st, stage, err) < 0) {
        ad_destroy(op);
        return -1;
    }
    return 0;
}

static int ad_push(sq_op *op, sq_event *ev, sq_error *err) {
    ad_state *st = op->state;
    if (st->iqr) {
        sq_iqr_hold(st->iqr, ev);
        return sq_op_hold_event(op, ev, err);
    }
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 256;
        st->held = sq_xrealloc(st->held, st->cap * sizeof *st->held);
    }
    st->held[st->n++] = ev;
    return sq_op_hold_event(op, ev, err);
}

/* --- scoring ------------------------------------------------------------------------ */

static void collect_fields(sq_op *op, ad_state *st) {
    if (!st->all)
        return;
    for (size_t i = 0; i < st->n; i++) {
        for (uint32_t f = 0; f < st->held[i]->n; f++) {
            sq_sym s = st->held[i]->fields[f].sym;
            if (sq_sym_is_internal(op->q->syms, s) || s == SQ_SYM_SOURCE ||
                s == SQ_SYM_SOURCETYPE || s == SQ_SYM_HOST || s == SQ_SYM_INDEX ||
                s == SQ_SYM_LINECOUNT)
                continue;
            int have = 0;
            for (int k = 0; k < st->nfields && !have; k++)
                have = st->fields[k] == s;
            if (!have) {
                st->fields = sq_xrealloc(st->fields, (size_t)(st->nfields + 1) * sizeof(sq_sym));
                st->fields[st->nfields++] = s;
            }
        }
    }
}

/* The histogram key of a value: its text, or its bin for numeric fields. */
static sq_value bin_key(const fstat *fs, sq_value *v) {
    double d;
    if (fs->numeric && sq_value_number(v, &d)) {
        double w = (fs->hi - fs->lo) / 10;
        long b = w > 0 ? (long)floor((d - fs->lo) / w) : 0;
        if (b > 9)
            b = 9;
        return sq_value_num((double)b);
    }
    return sq_value_copy(v);
}

static void build_stats(ad_state *st, fstat *fs) {
    for (int f = 0; f < st->nfields; f++) {
        fstat *s = &fs[f];
        s->sym = st->fields[f];
        s->numeric = 1;
        for (size_t i = 0; i < st->n; i++) {
            sq_value *v = sq_event_get(st->held[i], s->sym);
            double d;
            if (!v || sq_value_count(v) == 0)
                continue;
            if (!sq_value_number(v, &d)) {
                s->numeric = 0;
                continue;
            }
            if (s->n == 0 || d < s->lo)
                s->lo = d;
            if (s->n == 0 || d > s->hi)
                s->hi = d;
            s->sum += d;
            s->sumsq += d * d;
            s->n++;
        }
        s->freq = sq_gtable_new(1, sizeof(uint64_t));
        uint64_t total = 0, most = 0;
        for (size_t i = 0; i < st->n; i++) {
            sq_value *v = sq_event_get(st->held[i], s->sym);
            if (!v || sq_value_count(v) == 0)
                continue;
            sq_value k = bin_key(s, sq_value_at(v, 0));
            sq_value *keys[1] = {&k};
            uint64_t *c = sq_gtable_payload(s->freq, sq_gtable_find(s->freq, keys, NULL));
            if (++*c > most)
                most = *c;
            total++;
            sq_value_free(&k);
        }
        s->max_share = total ? (double)most / (double)total : 0;
        if (total)
            s->n = total;
    }
}

/* The probability of ev's value of one field (1 when it has none). */
static double field_prob(const ad_state *st, fstat *s, sq_event *ev) {
    sq_value *v = sq_event_get(ev, s->sym);
    if (!v || sq_value_count(v) == 0)
        return 1;
    if (st->method == M_ZSCORE) {
        double d;
        if (!s->numeric || !sq_value_number(v, &d) || s->n == 0)
            return 1;
        double mean = s->sum / (double)s->n;
        double var = s->sumsq / (double)s->n - mean * mean;
        if (var <= 0)
            return 1;
        double z = (d - mean) / sqrt(var);
        return erfc(fabs(z) / sqrt(2.0));
    }
    sq_value k = bin_key(s, sq_value_at(v, 0));
    sq_value *keys[1] = {&k};
    long i = sq_gtable_lookup(s->freq, keys);
    sq_value_free(&k);
    if (i < 0 || s->n == 0)
        return 1;
    return (double)*(uint64_t *)sq_gtable_payload(s->freq, (size_t)i) / (double)s->n;
}

static int ad_finish(sq_op *op, sq_error *err) {
    ad_state *st = op->state;
    if (st->iqr) {
        if (sq_iqr_emit(st->iqr, op, err) < 0)
            return -1;
        return sq_op_finish_next(op, err);
    }
    collect_fields(op, st);
    fstat *fs = sq_xcalloc((size_t)st->nfields + 1, sizeof *fs);
    build_stats(st, fs);
    int rc = 0;
    uint64_t anomalies = 0, total = st->n;
    size_t i = 0;
    for (; i < st->n && rc == 0; i++) {
        sq_event *ev = st->held[i];
        st->held[i] = NULL;
        double logp = 0, least = 2;
        int cause = -1;
        for (int f = 0; f < st->nfields; f++) {
            double p = field_prob(st, &fs[f], ev);
            logp += log(p > 0 ? p : 1e-300);
            if (sq_event_get(ev, fs[f].sym) && p < least) {
                least = p;
                cause = f;
            }
        }
        int anomalous = exp(logp) < st->pthresh;
        anomalies += (uint64_t)anomalous;
        if (st->action == A_ANNOTATE) {
            sq_event_set(ev, st->f_logp, sq_value_num_prec(logp, 3));
            if (cause >= 0) {
                sq_event_set(ev, st->f_cause,
                             sq_value_cstr(sq_sym_name(op->q->syms, fs[cause].sym)));
                sq_event_set(ev, st->f_cause_freq, sq_value_num_prec(least, 3));
                sq_event_set(ev, st->f_max_freq, sq_value_num_prec(fs[cause].max_share, 3));
            }
        }
        if (st->action == A_SUMMARY || (st->action == A_FILTER && !anomalous))
            sq_event_free(ev);
        else
            rc = sq_op_emit(op, ev, err);
    }
    for (; i < st->n; i++) {
        sq_event_free(st->held[i]);
        st->held[i] = NULL;
    }
    st->n = 0;
    for (int f = 0; f < st->nfields; f++)
        sq_gtable_free(fs[f].freq, NULL);
    free(fs);
    if (rc == 0 && st->action == A_SUMMARY) {
        sq_event *row = sq_event_new();
        sq_event_set(row, sq_intern_cstr(op->q->syms, "count"), sq_value_num((double)total));
        sq_event_set(row, sq_intern_cstr(op->q->syms, "anomalies"),
                     sq_value_num((double)anomalies));
        sq_event_set(row, sq_intern_cstr(op->q->syms, "pthresh"), sq_value_num(st->pthresh));
        rc = sq_op_emit(op, row, err);
    }
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const anomalydetection_options[] = {
    "method=", "action=", "pthresh=", "cutoff=", NULL};

const sq_command sq_cmd_anomalydetection = {
    .name = "anomalydetection",
    .kind = SQ_CMD_BLOCKING,
    .options = anomalydetection_options,
    .setup = ad_setup,
    .push = ad_push,
    .finish = ad_finish,
    .destroy = ad_destroy,
};
