/* subsearch.c — running subsearches with Splunk's limits (through
 * sq_run_subpipeline_limited), subpipelines over results in hand, and the
 * streaming test and interleaving that multisearch and union share (see
 * subsearch.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "splq/diag.h"
#include "subsearch.h"

static void rows_push(sq_rowset *rs, sq_event *ev) {
    if (rs->n == rs->cap) {
        rs->cap = rs->cap ? rs->cap * 2 : 16;
        rs->rows = sq_xrealloc(rs->rows, rs->cap * sizeof *rs->rows);
    }
    rs->rows[rs->n++] = ev;
}

int sq_subsearch_run(sq_query *q, const char *cmd, const sq_ast *node, long long maxout,
                     double maxtime, sq_rowset *out, sq_error *err) {
    const sq_ast *pipeline = node;
    if (node->kind == SQ_AST_SUBSEARCH) {
        if (node->nkids != 1 || node->kids[0]->kind != SQ_AST_PIPELINE)
            return sq_fail_at(err, SQ_ERR_SYNTAX, node->span, "%s: malformed subsearch", cmd);
        pipeline = node->kids[0];
    }
    int truncated = 0;
    int rc = sq_run_subpipeline_limited(q, pipeline, maxout, maxtime, out, &truncated, err);
    if (rc == 0 && truncated && q->env) {
        if (truncated == 1)
            sq_warnf(&q->env->diag, "%s: the subsearch's results were truncated to %lld (maxout)",
                     cmd, maxout);
        else
            sq_warnf(&q->env->diag,
                     "%s: the subsearch ran longer than %g seconds and was finalized "
                     "(maxtime); %zu results kept",
                     cmd, maxtime, out->n);
    }
    return rc;
}

int sq_subpipeline_run(sq_query *q, const sq_ast *pipeline, sq_event **rows, size_t n,
                       sq_rowset *out, sq_error *err) {
    sq_op sink;
    sq_rowset_sink(&sink, q, out);
    sq_plan *plan;
    if (sq_plan_build(q, pipeline, &sink, &plan, err) < 0) {
        for (size_t i = 0; i < n; i++)
            sq_event_free(rows[i]);
        return -1;
    }
    sq_op *head = sq_plan_head(plan);
    int rc = 0;
    size_t i = 0;
    /* A generating command starts a new set of results: it takes no input. */
    if (head->cmd->kind != SQ_CMD_GENERATING)
        for (; i < n && rc == 0; i++) {
            head->events_in++;
            rc = head->cmd->push(head, rows[i], err);
        }
    for (; i < n; i++)
        sq_event_free(rows[i]);
    if (rc == 0)
        rc = head->cmd->finish ? head->cmd->finish(head, err) : sq_op_finish_next(head, err);
    sq_plan_free(plan);
    return rc;
}

/* Streaming commands that Splunk runs centrally (order matters) or that
 * transform: not allowed in multisearch. */
static const char *const centralized[] = {"head",        "streamstats", "table", "append",
                                          "appendcols",  "uniq",        "join",  "map",
                                          "transaction", NULL};

int sq_pipeline_streaming(const sq_ast *pipeline, const char **why) {
    for (int i = 0; i < pipeline->nkids; i++) {
        const sq_ast *stage = pipeline->kids[i];
        const sq_command *cmd = sq_command_lookup(stage->text);
        int ok = cmd && cmd->kind == SQ_CMD_STREAMING && !cmd->refusal;
        for (size_t k = 0; ok && centralized[k]; k++)
            if (strcasecmp(stage->text, centralized[k]) == 0)
                ok = 0;
        if (!ok) {
            *why = stage->text;
            return 0;
        }
    }
    return 1;
}

void sq_rowsets_interleave(sq_rowset *sets, size_t n, sq_rowset *out) {
    size_t *at = sq_xcalloc(n + 1, sizeof *at);
    for (;;) {
        size_t best = n;
        for (size_t i = 0; i < n; i++)
            if (at[i] < sets[i].n &&
                (best == n || sets[i].rows[at[i]]->seq < sets[best].rows[at[best]]->seq))
                best = i;
        if (best == n)
            break;
        rows_push(out, sets[best].rows[at[best]]);
        sets[best].rows[at[best]++] = NULL;
    }
    for (size_t i = 0; i < n; i++)
        sq_rowset_free(&sets[i]);
    free(at);
}
