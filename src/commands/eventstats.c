/* eventstats.c — the eventstats command:
 *
 *   eventstats [allnum=<bool>] <agg> [AS name] [, <agg>...] [BY field...]
 *
 * Computes the aggregates as stats would, then writes them onto every
 * result of the group — results that have no value for the aggregated field
 * included — in the original order.  A result missing a BY field takes part
 * in no group and gets nothing.  A multivalue BY field feeds every group of
 * its values (as stats), and the result gets the aggregates of the group of
 * its first values.  An aggregate with no value (avg of nothing) removes the
 * field of that name.  Blocking: every result is held, plus one accumulator
 * per aggregate and group. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "groups.h"
#include "splq/command.h"

typedef struct eventstats_state {
    sq_agglist aggs;
    sq_sym *by;
    int nby;
    sq_gtable *groups;
    sq_event **held;
    long *gidx; /* per held result: its group, or -1 */
    size_t n, cap;
    sq_event *cur; /* the result being fed */
    sq_error *err;
    size_t grown; /* bytes the groups took while cur was fed */
} eventstats_state;

static void eventstats_destroy(sq_op *op) {
    eventstats_state *st = op->state;
    if (!st)
        return;
    if (st->groups) {
        for (size_t i = 0; i < sq_gtable_count(st->groups); i++) {
            sq_agg_acc *accs = sq_gtable_payload(st->groups, i);
            for (int k = 0; k < st->aggs.n; k++)
                sq_agg_acc_free(&accs[k]);
        }
        sq_gtable_free(st->groups, NULL);
    }
    for (size_t i = 0; i < st->n; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st->gidx);
    free(st->by);
    sq_agglist_free(&st->aggs);
    free(st);
    op->state = NULL;
}

static int eventstats_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    eventstats_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    int allnum = 0;
    sq_optspec specs[] = {{.key = "allnum", .kind = SQ_OPT_BOOL, .dst = &allnum}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0) {
        eventstats_destroy(op);
        return -1;
    }
    sq_nodelist by = {0};
    int rc = sq_agglist_parse(op->q, &a, "eventstats", NULL, &st->aggs, err);
    if (rc == 0 && sq_args_by(&a, NULL, &by, err) < 0)
        rc = -1;
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        st->nby = by.n;
        st->by = sq_xcalloc((size_t)by.n + 1, sizeof *st->by);
        for (int i = 0; i < by.n; i++)
            st->by[i] = sq_intern_cstr(op->q->syms, by.items[i]->text);
        st->groups = sq_gtable_new(by.n, (size_t)st->aggs.n * sizeof(sq_agg_acc));
    }
    sq_nodelist_free(&by);
    sq_args_free(&a);
    if (rc < 0)
        eventstats_destroy(op);
    return rc;
}

static int feed_combo(void *ud, sq_value *const *keys, int nth) {
    eventstats_state *st = ud;
    int created;
    size_t g = sq_gtable_find(st->groups, keys, &created);
    sq_agg_acc *accs = sq_gtable_payload(st->groups, g);
    if (created) {
        for (int k = 0; k < st->aggs.n; k++)
            sq_agg_acc_init(&accs[k]);
        st->grown += 64 + (size_t)st->aggs.n * sizeof *accs;
        for (int k = 0; k < st->nby; k++)
            if (keys[k]->type == SQ_STR)
                st->grown += keys[k]->u.str.len;
    }
    if (nth == 0)
        st->gidx[st->n - 1] = (long)g;
    for (int k = 0; k < st->aggs.n; k++) {
        size_t before = sq_agg_acc_bytes(&accs[k]);
        if (sq_agg_feed_event(&accs[k], &st->aggs.specs[k], st->cur, st->err) < 0)
            return -1;
        st->grown += sq_agg_acc_bytes(&accs[k]) - before;
    }
    return 0;
}

static int eventstats_push(sq_op *op, sq_event *ev, sq_error *err) {
    eventstats_state *st = op->state;
    if (st->n == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 256;
        st->held = sq_xrealloc(st->held, st->cap * sizeof *st->held);
        st->gidx = sq_xrealloc(st->gidx, st->cap * sizeof *st->gidx);
    }
    st->held[st->n] = ev;
    st->gidx[st->n] = -1;
    st->n++;
    st->cur = ev;
    st->err = err;
    st->grown = sq_event_bytes(ev) + sizeof ev + sizeof *st->gidx;
    if (sq_by_each(ev, st->by, st->nby, feed_combo, st) < 0)
        return -1;
    return sq_op_hold(op, op->held + st->grown, err);
}

static int eventstats_finish(sq_op *op, sq_error *err) {
    eventstats_state *st = op->state;
    int nspecs = st->aggs.n;
    size_t ng = sq_gtable_count(st->groups);
    /* each group's results, computed once */
    sq_value *res = sq_xcalloc(ng * (size_t)nspecs + 1, sizeof *res);
    for (size_t g = 0; g < ng; g++) {
        sq_agg_acc *accs = sq_gtable_payload(st->groups, g);
        for (int k = 0; k < nspecs; k++) {
            sq_agg_result(&accs[k], &st->aggs.specs[k], &res[g * (size_t)nspecs + (size_t)k]);
            sq_agg_acc_free(&accs[k]);
            sq_agg_acc_init(&accs[k]);
        }
    }
    int rc = 0;
    size_t i = 0;
    for (; i < st->n && rc == 0; i++) {
        sq_event *ev = st->held[i];
        st->held[i] = NULL;
        long g = st->gidx[i];
        for (int k = 0; g >= 0 && k < nspecs; k++)
            sq_event_set(ev, st->aggs.specs[k].out,
                         sq_value_copy(&res[(size_t)g * (size_t)nspecs + (size_t)k]));
        rc = sq_op_emit(op, ev, err);
    }
    for (; i < st->n; i++) { /* after an error */
        sq_event_free(st->held[i]);
        st->held[i] = NULL;
    }
    st->n = 0;
    for (size_t k = 0; k < ng * (size_t)nspecs; k++)
        sq_value_free(&res[k]);
    free(res);
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const eventstats_options[] = {"allnum=", "by", "as", NULL};

const sq_command sq_cmd_eventstats = {
    .name = "eventstats",
    .kind = SQ_CMD_BLOCKING,
    .options = eventstats_options,
    .setup = eventstats_setup,
    .push = eventstats_push,
    .finish = eventstats_finish,
    .destroy = eventstats_destroy,
};
