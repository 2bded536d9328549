/* multisearch.c — the multisearch command:
 *   | multisearch <subsearch> <subsearch> [<subsearch>...]
 *
 * Generating: runs two or more searches over the inputs and merges their
 * events.  Each subsearch may use only distributable streaming commands
 * (search, where, eval, fields, rex, lookup, ...); anything else is an
 * error, as in Splunk.  Splunk interleaves the searches' events by time as
 * it reads them; splq's searches give events in input order, so the merged
 * events come in input order too (an event that several subsearches keep
 * appears once per subsearch, in subsearch order).  No result limit. */
#include <stdlib.h>

#include "args.h"
#include "subsearch.h"

typedef struct multisearch_state {
    const sq_ast **subs;
    int n;
    sq_rowset all; /* the merged results, gathered at setup */
} multisearch_state;

static void multisearch_destroy(sq_op *op) {
    multisearch_state *st = op->state;
    if (!st)
        return;
    free(st->subs);
    sq_rowset_free(&st->all);
    free(st);
    op->state = NULL;
}

static int multisearch_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    multisearch_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->subs = sq_xcalloc((size_t)stage->nkids + 1, sizeof *st->subs);
    for (int i = 0; i < stage->nkids; i++) {
        const sq_ast *k = stage->kids[i];
        if (k->kind == SQ_AST_COMMA)
            continue;
        if (k->kind != SQ_AST_SUBSEARCH || k->nkids != 1) {
            multisearch_destroy(op);
            return sq_fail_at(err, SQ_ERR_ARG, k->span, "multisearch: expected a [subsearch]");
        }
        const char *why;
        if (!sq_pipeline_streaming(k->kids[0], &why)) {
            sq_fail_at(err, SQ_ERR_ARG, k->span,
                       "multisearch: subsearch %d uses \"%s\"; multisearch subsearches may only "
                       "contain streaming commands",
                       st->n + 1, why);
            multisearch_destroy(op);
            return -1;
        }
        st->subs[st->n++] = k;
    }
    if (st->n < 2) {
        multisearch_destroy(op);
        return sq_fail_at(err, SQ_ERR_ARG, stage->span,
                          "multisearch: at least two subsearches are required");
    }
    /* Subsearches run first, as Splunk runs them. */
    sq_rowset *sets = sq_xcalloc((size_t)st->n, sizeof *sets);
    int rc = 0;
    for (int i = 0; i < st->n && rc == 0; i++)
        if ((rc = sq_subsearch_run(op->q, "multisearch", st->subs[i], 0, 0, &sets[i], err)) == 0)
            rc = sq_op_hold_rows(op, &sets[i], err);
    sq_rowsets_interleave(sets, (size_t)st->n, &st->all);
    free(sets);
    if (rc < 0)
        multisearch_destroy(op);
    return rc;
}

static int multisearch_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_event_free(ev);
    return sq_fail_at(err, SQ_ERR_ARG, op->stage->span,
                      "multisearch must be the first command of a search");
}

static int multisearch_finish(sq_op *op, sq_error *err) {
    multisearch_state *st = op->state;
    int rc = 0;
    for (size_t i = 0; i < st->all.n && rc == 0; i++) {
        sq_event *ev = st->all.rows[i];
        st->all.rows[i] = NULL;
        rc = sq_op_emit(op, ev, err);
    }
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

const sq_command sq_cmd_multisearch = {
    .name = "multisearch",
    .kind = SQ_CMD_GENERATING,
    .setup = multisearch_setup,
    .push = multisearch_push,
    .finish = multisearch_finish,
    .destroy = multisearch_destroy,
};
