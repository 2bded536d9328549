/* transaction.c — the transaction command:
 *   transaction [<field> [[,] <field>]...] [maxspan=<time>] [maxpause=<time>]
 *               [maxevents=<int>] [startswith=<filter>] [endswith=<filter>]
 *               [connected=<bool>] [unifyends=<bool>] [keeporphans=<bool>]
 *               [keepevicted=<bool>] [maxopentxn=<int>] [maxopenevents=<int>]
 *               [delim=<string>] [mvlist=<bool>|<field-list>] [mvraw=<bool>]
 *               [nullstr=<string>]
 *   <filter> = (<search>) | "<search>" | <term> | eval(<expression>)
 *   <time>   = <int>[s|m|h|d]  (seconds without a unit; negative: no limit)
 *
 * Groups results into transactions, as Splunk does: it reads the results
 * newest first (they are sorted by _time, descending, ties in reverse input
 * order) and grows each open transaction backwards in time:
 *   - with fields, a result joins an open transaction whose values of those
 *     fields agree with its own (fields either side lacks do not count); with
 *     connected=true (the default) it must also share at least one of them,
 *     else it opens a new transaction; a result with none of the fields is
 *     an orphan;
 *   - maxspan (first to last event), maxpause (between neighbours; both
 *     default -1, no limit) and maxevents (default 1000) close a transaction
 *     when the next result would break them; the result then starts anew;
 *   - endswith: seen backwards, a result matching it opens a transaction
 *     (and one already open for those values is closed); results met before
 *     any such result are orphans;
 *   - startswith: a transaction is complete when it takes a result matching
 *     it; transactions still open at the end without one are evicted.
 * Evicted transactions are dropped unless keepevicted=true, which outputs
 * them with closed_txn=0 (complete ones get closed_txn=1); orphans are
 * dropped unless keeporphans=true, which outputs them unchanged with
 * _txn_orphan=1.
 *
 * A transaction's fields: _time the earliest event's, _raw the events' _raw
 * in time order joined by newlines (a multivalue with mvraw=true), every
 * other field the union of its events' values — distinct values in
 * lexicographic order, or with mvlist (true or for the listed fields) every
 * event's value in time order, nullstr (default NULL) for an event without
 * it — then duration (last _time - first _time) and eventcount.
 * Transactions come out newest first.  maxopentxn/maxopenevents/delim are
 * accepted; splq holds every result (blocking) rather than evicting by
 * memory.  name= (transactiontypes.conf) is not supported. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/command.h"
#include "splq/expr.h"
#include "splq/parse.h"
#include "splq/search.h"

/* Option names and keywords, for completion (see command.h). */
static const char *const transaction_options[] = {
    "maxspan=",   "maxpause=",    "maxevents=",     "startswith=", "endswith=", "connected=",
    "unifyends=", "keeporphans=", "keepevicted=",   "mvraw=",      "mvlist=",   "nullstr=",
    "delim=",     "maxopentxn=",  "maxopenevents=", NULL};

#define TXN_MAXEVENTS_DEFAULT 1000

/* A startswith/endswith condition: a search expression or an eval test. */
typedef struct filter {
    sq_matcher *m;
    sq_expr *e;
    sq_ast *owned; /* a tree parsed from a quoted string */
} filter;

typedef struct txn {
    sq_event **ev; /* newest first, as they joined */
    size_t n, cap;
    sq_value *vals; /* per transaction field: its value so far (null: none) */
    int started;    /* took a startswith result: complete */
    int closed;     /* no more results may join */
    int complete;   /* closed_txn */
    double latest, earliest;
    size_t order; /* for newest-first output among equal times */
} txn;

typedef struct tx_state {
    sq_sym *fields;
    int nfields;
    double maxspan, maxpause;
    long long maxevents;
    filter start, end;
    int has_start, has_end;
    int connected, unifyends, keeporphans, keepevicted, mvraw;
    int mvlist_all;
    sq_sym *mvlist;
    int nmvlist;
    const char *nullstr;
    sq_event **held;
    size_t nheld, capheld;
    txn **open;
    size_t nopen, capopen;
    txn **done;
    size_t ndone, capdone;
    sq_event **orphans;
    size_t norphans, caporphans;
    sq_buf scratch;
    sq_sym duration_sym, eventcount_sym, closed_sym, orphan_sym;
} tx_state;

static void filter_free(filter *f) {
    sq_matcher_free(f->m);
    sq_expr_free(f->e);
    sq_ast_free(f->owned);
}

static void txn_free(txn *t, int nfields) {
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        sq_event_free(t->ev[i]);
    free(t->ev);
    for (int i = 0; i < nfields; i++)
        sq_value_free(&t->vals[i]);
    free(t->vals);
    free(t);
}

static void tx_destroy(sq_op *op) {
    tx_state *st = op->state;
    if (!st)
        return;
    filter_free(&st->start);
    filter_free(&st->end);
    for (size_t i = 0; i < st->nheld; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    for (size_t i = 0; i < st->nopen; i++)
        txn_free(st->open[i], st->nfields);
    free(st->open);
    for (size_t i = 0; i < st->ndone; i++)
        txn_free(st->done[i], st->nfields);
    free(st->done);
    for (size_t i = 0; i < st->norphans; i++)
        sq_event_free(st->orphans[i]);
    free(st->orphans);
    free(st->fields);
    free(st->mvlist);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

/* --- arguments ------------------------------------------------------------------------- */

/* "<int>[s|m|h|d]" in seconds; *out < 0 means no limit. */
static int parse_duration(const sq_ast *o, double *out, sq_error *err) {
    const char *s = o->nkids == 1 && o->kids[0]->text ? o->kids[0]->text : "";
    char *end;
    double v = strtod(s, &end);
    if (end == s)
        return sq_fail_at(err, SQ_ERR_ARG, o->span, "transaction: %s wants a time like 30s or 5m",
                          o->text);
    double mult = 1;
    if (!*end || strcasecmp(end, "s") == 0 || strcasecmp(end, "sec") == 0 ||
        strcasecmp(end, "secs") == 0 || strcasecmp(end, "second") == 0 ||
        strcasecmp(end, "seconds") == 0)
        mult = 1;
    else if (strcasecmp(end, "m") == 0 || strcasecmp(end, "min") == 0 ||
             strcasecmp(end, "mins") == 0 || strcasecmp(end, "minute") == 0 ||
             strcasecmp(end, "minutes") == 0)
        mult = 60;
    else if (strcasecmp(end, "h") == 0 || strcasecmp(end, "hr") == 0 ||
             strcasecmp(end, "hrs") == 0 || strcasecmp(end, "hour") == 0 ||
             strcasecmp(end, "hours") == 0)
        mult = 3600;
    else if (strcasecmp(end, "d") == 0 || strcasecmp(end, "day") == 0 ||
             strcasecmp(end, "days") == 0)
        mult = 86400;
    else
        return sq_fail_at(err, SQ_ERR_ARG, o->span,
                          "transaction: %s wants a time like 30s or 5m, not \"%s\"", o->text, s);
    *out = v < 0 ? -1 : v * mult;
    return 0;
}

static int parse_filter(sq_op *op, const sq_ast *o, filter *f, sq_error *err) {
    const sq_ast *v = o->nkids == 1 ? o->kids[0] : NULL;
    if (!v)
        return sq_fail_at(err, SQ_ERR_ARG, o->span, "transaction: %s needs a filter", o->text);
    if (v->kind == SQ_AST_SEARCHARG && v->nkids == 1)
        return sq_matcher_compile(op->q, v->kids[0], &f->m, err);
    if (v->kind == SQ_AST_EXPRARG && v->nkids == 1)
        return sq_expr_compile(op->q, v->kids[0], &f->e, err);
    if (v->kind == SQ_AST_WORD && v->text) {
        /* a quoted search, or one bare term */
        if (sq_parse(v->text, strlen(v->text), SQ_PARSE_SEARCH, &f->owned, err) < 0) {
            err->span = v->span; /* the offsets were in the string */
            return -1;
        }
        return sq_matcher_compile(op->q, f->owned, &f->m, err);
    }
    return sq_fail_at(err, SQ_ERR_ARG, o->span,
                      "transaction: %s wants (search), \"search\" or eval(...)", o->text);
}

static int opt_bool(const sq_ast *o, int *out, sq_error *err) {
    if (o->nkids != 1 || !o->kids[0]->text || !sq_parse_bool(o->kids[0]->text, out))
        return sq_fail_at(err, SQ_ERR_ARG, o->span, "transaction: %s wants true or false", o->text);
    return 0;
}

static void add_sym(sq_sym **v, int *n, sq_sym s) {
    *v = sq_xrealloc(*v, (size_t)(*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

static int parse_option(sq_op *op, tx_state *st, const sq_ast *o, int *unify_set, sq_error *err) {
    const char *k = o->text;
    const char *val = o->nkids == 1 && o->kids[0]->text ? o->kids[0]->text : NULL;
    long long ignored;
    if (o->op != SQ_OP_EQ)
        return sq_fail_at(err, SQ_ERR_ARG, o->span, "transaction: %s takes '='", k);
    if (strcasecmp(k, "maxspan") == 0)
        return parse_duration(o, &st->maxspan, err);
    if (strcasecmp(k, "maxpause") == 0)
        return parse_duration(o, &st->maxpause, err);
    if (strcasecmp(k, "maxevents") == 0) {
        long long n;
        if (!val || !sq_parse_int(val, &n))
            return sq_fail_at(err, SQ_ERR_ARG, o->span, "transaction: maxevents wants an integer");
        st->maxevents = n < 0 ? -1 : n;
        return 0;
    }
    if (strcasecmp(k, "startswith") == 0) {
        st->has_start = 1;
        return parse_filter(op, o, &st->start, err);
    }
    if (strcasecmp(k, "endswith") == 0) {
        st->has_end = 1;
        return parse_filter(op, o, &st->end, err);
    }
    if (strcasecmp(k, "connected") == 0)
        return opt_bool(o, &st->connected, err);
    if (strcasecmp(k, "unifyends") == 0) {
        *unify_set = 1;
        return opt_bool(o, &st->unifyends, err);
    }
    if (strcasecmp(k, "keeporphans") == 0)
        return opt_bool(o, &st->keeporphans, err);
    if (strcasecmp(k, "keepevicted") == 0)
        return opt_bool(o, &st->keepevicted, err);
    if (strcasecmp(k, "mvraw") == 0)
        return opt_bool(o, &st->mvraw, err);
    if (strcasecmp(k, "mvlist") == 0) {
        if (val && sq_parse_bool(val, &st->mvlist_all))
            return 0;
        for (const char *p = val ? val : ""; *p;) {
            size_t n = strcspn(p, ", ");
            if (n)
                add_sym(&st->mvlist, &st->nmvlist, sq_intern(op->q->syms, p, n));
            p += n;
            p += strspn(p, ", ");
        }
        return 0;
    }
    if (strcasecmp(k, "nullstr") == 0) {
        st->nullstr = val ? val : "";
        return 0;
    }
    if (strcasecmp(k, "delim") == 0)
        return 0;
    if (strcasecmp(k, "maxopentxn") == 0 || strcasecmp(k, "maxopenevents") == 0) {
        if (!val || !sq_parse_int(val, &ignored))
            return sq_fail_at(err, SQ_ERR_ARG, o->span, "transaction: %s wants an integer", k);
        return 0;
    }
    if (strcasecmp(k, "name") == 0)
        return sq_fail_at(err, SQ_ERR_UNSUPPORTED, o->span,
                          "transaction: name= (transactiontypes.conf) is not supported");
    return sq_args_unknown_option(o, "transaction", transaction_options, err);
}

static int tx_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    tx_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->maxspan = -1;
    st->maxpause = -1;
    st->maxevents = TXN_MAXEVENTS_DEFAULT;
    st->connected = 1;
    st->nullstr = "NULL";
    int unify_set = 0, rc = 0;
    for (int i = 0; i < stage->nkids && rc == 0; i++) {
        const sq_ast *k = stage->kids[i];
        if (k->kind == SQ_AST_COMMA)
            continue;
        if (k->kind == SQ_AST_OPTION)
            rc = parse_option(op, st, k, &unify_set, err);
        else if (k->kind == SQ_AST_WORD && k->text && *k->text)
            add_sym(&st->fields, &st->nfields, sq_intern_cstr(op->q->syms, k->text));
        else
            rc = sq_fail_at(err, SQ_ERR_ARG, k->span, "transaction: unexpected argument");
    }
    if (!unify_set)
        st->unifyends = st->connected;
    st->duration_sym = sq_intern_cstr(op->q->syms, "duration");
    st->eventcount_sym = sq_intern_cstr(op->q->syms, "eventcount");
    st->closed_sym = sq_intern_cstr(op->q->syms, "closed_txn");
    st->orphan_sym = sq_intern_cstr(op->q->syms, "_txn_orphan");
    if (rc < 0)
        tx_destroy(op);
    return rc;
}

static int tx_push(sq_op *op, sq_event *ev, sq_error *err) {
    tx_state *st = op->state;
    if (st->nheld == st->capheld) {
        st->capheld = st->capheld ? st->capheld * 2 : 256;
        st->held = sq_xrealloc(st->held, st->capheld * sizeof *st->held);
    }
    st->held[st->nheld++] = ev;
    return sq_op_hold_event(op, ev, err);
}

/* --- grouping ----------------------------------------------------------------------------- */

static double ev_time(const sq_event *ev) {
    double t = 0;
    sq_event_time(ev, &t);
    return t;
}

static int filter_test(filter *f, sq_event *ev, sq_error *err) {
    if (f->m)
        return sq_matcher_match(f->m, ev);
    if (f->e)
        return sq_expr_test(f->e, ev, err);
    return 0;
}

/* Newest first; equal times in reverse input order. */
static int cmp_desc(const void *a, const void *b) {
    const sq_event *x = *(sq_event *const *)a, *y = *(sq_event *const *)b;
    double tx = ev_time(x), ty = ev_time(y);
    if (tx != ty)
        return tx > ty ? -1 : 1;
    return x->seq > y->seq ? -1 : x->seq < y->seq;
}

static int same_value(tx_state *st, const sq_value *a, const sq_value *b) {
    sq_buf ka = SQ_BUF_INIT;
    sq_value_format(a, &ka, "\n");
    sq_buf_reset(&st->scratch);
    sq_value_format(b, &st->scratch, "\n");
    int eq = strcmp(sq_buf_cstr(&ka), sq_buf_cstr(&st->scratch)) == 0;
    sq_buf_free(&ka);
    return eq;
}

/* How the event relates to an open transaction: -1 conflicting values,
 * else the number of fields they share. */
static int relation(tx_state *st, const txn *t, sq_event *ev) {
    int shared = 0;
    for (int i = 0; i < st->nfields; i++) {
        const sq_value *v = sq_event_cget(ev, st->fields[i]);
        if (!v || t->vals[i].type == SQ_NULL)
            continue;
        if (!same_value(st, v, &t->vals[i]))
            return -1;
        shared++;
    }
    return shared;
}

static int has_any_field(tx_state *st, sq_event *ev) {
    if (st->nfields == 0)
        return 1;
    for (int i = 0; i < st->nfields; i++)
        if (sq_event_cget(ev, st->fields[i]))
            return 1;
    return 0;
}

static void push_ptr(void ***v, size_t *n, size_t *cap, void *p) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = sq_xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[(*n)++] = p;
}

static txn *txn_new(tx_state *st, sq_event *ev, size_t order) {
    txn *t = sq_xcalloc(1, sizeof *t);
    t->vals = sq_xcalloc((size_t)(st->nfields ? st->nfields : 1), sizeof *t->vals);
    t->latest = t->earliest = ev_time(ev);
    t->order = order;
    return t;
}

static void txn_add(tx_state *st, txn *t, sq_event *ev) {
    push_ptr((void ***)&t->ev, &t->n, &t->cap, ev);
    t->earliest = ev_time(ev);
    for (int i = 0; i < st->nfields; i++) {
        const sq_value *v = sq_event_cget(ev, st->fields[i]);
        if (v && t->vals[i].type == SQ_NULL)
            t->vals[i] = sq_value_copy(v);
    }
}

/* Move an open transaction to the finished ones. */
static void txn_close(tx_state *st, size_t i, int complete) {
    txn *t = st->open[i];
    t->closed = 1;
    t->complete = complete;
    memmove(&st->open[i], &st->open[i + 1], (st->nopen - i - 1) * sizeof *st->open);
    st->nopen--;
    push_ptr((void ***)&st->done, &st->ndone, &st->capdone, t);
}

/* Would adding ev break the transaction's limits? */
static int breaks_limits(tx_state *st, const txn *t, sq_event *ev) {
    double tm = ev_time(ev);
    if (st->maxevents >= 0 && (long long)t->n >= st->maxevents)
        return 1;
    if (st->maxspan >= 0 && t->latest - tm > st->maxspan)
        return 1;
    if (st->maxpause >= 0 && t->earliest - tm > st->maxpause)
        return 1;
    return 0;
}

static int group_one(tx_state *st, sq_event *ev, size_t order, sq_error *err) {
    if (!has_any_field(st, ev)) {
        push_ptr((void ***)&st->orphans, &st->norphans, &st->caporphans, ev);
        return 0;
    }
    int is_end = st->has_end ? filter_test(&st->end, ev, err) : 0;
    int is_start = st->has_start ? filter_test(&st->start, ev, err) : 0;
    if (is_end < 0 || is_start < 0)
        return -1;
    /* the most recently opened compatible transaction */
    size_t found = st->nopen;
    for (size_t i = st->nopen; i-- > 0;) {
        int rel = relation(st, st->open[i], ev);
        if (rel < 0 || (st->connected && st->nfields > 0 && rel == 0))
            continue;
        found = i;
        break;
    }
    if (found < st->nopen && (is_end || breaks_limits(st, st->open[found], ev))) {
        /* an end (seen backwards) belongs to an earlier transaction; a
         * broken limit closes this one: either way it is finished */
        txn_close(st, found, st->has_start ? 0 : 1);
        found = st->nopen;
    }
    txn *t;
    if (found < st->nopen) {
        t = st->open[found];
    } else {
        if (st->has_end && !is_end) {
            push_ptr((void ***)&st->orphans, &st->norphans, &st->caporphans, ev);
            return 0;
        }
        t = txn_new(st, ev, order);
        push_ptr((void ***)&st->open, &st->nopen, &st->capopen, t);
        found = st->nopen - 1;
    }
    txn_add(st, t, ev);
    if (is_start) {
        t->started = 1;
        txn_close(st, found, 1);
    }
    return 0;
}

/* --- output --------------------------------------------------------------------------------- */

static int in_mvlist(tx_state *st, sq_sym s) {
    if (st->mvlist_all)
        return 1;
    for (int i = 0; i < st->nmvlist; i++)
        if (st->mvlist[i] == s)
            return 1;
    return 0;
}

static int cmp_value_text(const void *a, const void *b) {
    return sq_value_cmp_str((const sq_value *)a, (const sq_value *)b);
}

/* Distinct values in lexicographic order; one stays single. */
static sq_value distinct_sorted(sq_value mv) {
    if (mv.type != SQ_MV)
        return mv;
    sq_sort(mv.u.mv.items, mv.u.mv.n, sizeof *mv.u.mv.items, cmp_value_text);
    size_t w = 0;
    for (size_t r = 0; r < mv.u.mv.n; r++) {
        if (w > 0 && sq_value_cmp_str(&mv.u.mv.items[w - 1], &mv.u.mv.items[r]) == 0) {
            sq_value_free(&mv.u.mv.items[r]);
            continue;
        }
        mv.u.mv.items[w++] = mv.u.mv.items[r];
    }
    mv.u.mv.n = w;
    if (w == 1) {
        sq_value one = mv.u.mv.items[0];
        free(mv.u.mv.items);
        return one;
    }
    return mv;
}

static sq_event *render(sq_op *op, tx_state *st, txn *t) {
    const sq_symtab *tab = op->q->syms;
    sq_event *out = sq_event_new();
    /* events in time order: t->ev is newest first */
    size_t n = t->n;
    sq_event_set(out, SQ_SYM_TIME, sq_value_num(t->earliest));
    sq_value raw = SQ_VALUE_NULL;
    sq_buf rawbuf = SQ_BUF_INIT;
    for (size_t k = n; k-- > 0;) {
        const sq_value *r = sq_event_cget(t->ev[k], SQ_SYM_RAW);
        if (!r)
            continue;
        if (st->mvraw) {
            sq_value_mv_push(&raw, sq_value_copy(r));
        } else {
            if (rawbuf.len)
                sq_buf_addc(&rawbuf, '\n');
            sq_value_format(r, &rawbuf, "\n");
        }
    }
    if (!st->mvraw && rawbuf.data)
        raw = sq_value_cstr(rawbuf.data);
    sq_buf_free(&rawbuf);
    if (raw.type != SQ_NULL)
        sq_event_set(out, SQ_SYM_RAW, raw);
    /* other fields, in order of first appearance over time */
    for (size_t k = n; k-- > 0;) {
        const sq_event *e = t->ev[k];
        for (uint32_t f = 0; f < e->n; f++) {
            sq_sym s = e->fields[f].sym;
            if (s == SQ_SYM_TIME || s == SQ_SYM_RAW || sq_event_cget(out, s))
                continue;
            if (sq_sym_is_internal(tab, s) && s != SQ_SYM_TIME)
                continue;
            sq_value v = SQ_VALUE_NULL;
            int list = in_mvlist(st, s);
            for (size_t j = n; j-- > 0;) {
                const sq_value *x = sq_event_cget(t->ev[j], s);
                if (x)
                    sq_value_mv_push(&v, sq_value_copy(x));
                else if (list)
                    sq_value_mv_push(&v, sq_value_cstr(st->nullstr));
            }
            if (!list)
                v = distinct_sorted(v);
            else if (v.type == SQ_MV && v.u.mv.n == 1) {
                sq_value one = v.u.mv.items[0];
                free(v.u.mv.items);
                v = one;
            }
            sq_event_set(out, s, v);
        }
    }
    sq_event_set(out, st->duration_sym, sq_value_num(t->latest - t->earliest));
    sq_event_set(out, st->eventcount_sym, sq_value_num((double)n));
    if (st->keepevicted)
        sq_event_set(out, st->closed_sym, sq_value_num(t->complete ? 1 : 0));
    out->seq = t->ev[n - 1]->seq;
    return out;
}

/* An output item: a transaction or an orphan, ordered newest first. */
typedef struct outitem {
    double time;
    size_t order;
    sq_event *ev;
} outitem;

static int cmp_out(const void *a, const void *b) {
    const outitem *x = a, *y = b;
    if (x->time != y->time)
        return x->time > y->time ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int tx_finish(sq_op *op, sq_error *err) {
    tx_state *st = op->state;
    sq_sort(st->held, st->nheld, sizeof *st->held, cmp_desc);
    size_t n = st->nheld;
    st->nheld = 0;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0)
            rc = group_one(st, st->held[i], i, err);
        else
            sq_event_free(st->held[i]);
        st->held[i] = NULL;
    }
    if (rc < 0)
        return -1;
    /* what is still open at the end: complete unless it needed a start */
    while (st->nopen > 0)
        txn_close(st, st->nopen - 1, !st->has_start);
    outitem *items = sq_xcalloc(st->ndone + st->norphans + 1, sizeof *items);
    size_t ni = 0;
    for (size_t i = 0; i < st->ndone; i++) {
        txn *t = st->done[i];
        if (!t->complete && !st->keepevicted)
            continue;
        items[ni++] = (outitem){t->earliest, t->order, render(op, st, t)};
    }
    if (st->keeporphans)
        for (size_t i = 0; i < st->norphans; i++) {
            sq_event *ev = st->orphans[i];
            st->orphans[i] = NULL;
            sq_event_set(ev, st->orphan_sym, sq_value_num(1));
            items[ni++] = (outitem){ev_time(ev), i, ev};
        }
    sq_sort(items, ni, sizeof *items, cmp_out);
    for (size_t i = 0; i < ni; i++) {
        if (rc == 0)
            rc = sq_op_emit(op, items[i].ev, err);
        else
            sq_event_free(items[i].ev);
    }
    free(items);
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

const sq_command sq_cmd_transaction = {
    .name = "transaction",
    .kind = SQ_CMD_BLOCKING,
    .options = transaction_options,
    .setup = tx_setup,
    .push = tx_push,
    .finish = tx_finish,
    .destroy = tx_destroy,
};
