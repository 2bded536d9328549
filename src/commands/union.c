/* union.c — the union command:
 *   union [maxtime=<int>] [maxout=<int>] [timeout=<int>] <dataset> [[,] <dataset>...]
 *   <dataset> = [<subsearch>] | inputlookup:<table>
 *
 * Merges the results of datasets, after any current results.  As Splunk
 * processes it: the leading datasets made only of distributable streaming
 * commands are merged like multisearch (in input order, see multisearch.c);
 * from the first dataset that is not streaming on, each is appended like
 * append, limited to maxout results (default 50,000) and maxtime seconds
 * (default 60).  Current results (union after other commands) come first,
 * unchanged; Splunk may interleave them by time with streaming datasets.
 * timeout (a cache duration) is accepted and ignored; datamodel: and
 * savedsearch: datasets are not supported.  The datasets run first. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/parse.h"
#include "subsearch.h"

typedef struct union_state {
    sq_rowset all;
} union_state;

static void union_destroy(sq_op *op) {
    union_state *st = op->state;
    if (!st)
        return;
    sq_rowset_free(&st->all);
    free(st);
    op->state = NULL;
}

/* inputlookup:<table> as the pipeline `| inputlookup "<table>"`.  name is
 * the part after the colon (a quoted name arrives as the next WORD). */
static int run_named(sq_op *op, const sq_ast *w, const char *name, sq_rowset *out, sq_error *err) {
    const char *colon = strchr(w->text, ':');
    if (!colon || colon == w->text || !*name)
        return sq_fail_at(err, SQ_ERR_ARG, w->span,
                          "union: expected a [subsearch] or inputlookup:<table>");
    size_t tlen = (size_t)(colon - w->text);
    if (tlen != 11 || strncasecmp(w->text, "inputlookup", 11) != 0)
        return sq_fail_at(err, SQ_ERR_UNSUPPORTED, w->span,
                          "union: %.*s datasets are not supported (only subsearches and "
                          "inputlookup:<table>)",
                          (int)tlen, w->text);
    sq_buf text = SQ_BUF_INIT;
    sq_buf_adds(&text, "| inputlookup \"");
    for (const char *p = name; *p; p++) {
        if (*p == '"' || *p == '\\')
            sq_buf_addc(&text, '\\');
        sq_buf_addc(&text, *p);
    }
    sq_buf_addc(&text, '"');
    sq_ast *ast = NULL;
    int rc = sq_parse(text.data, text.len, SQ_PARSE_QUERY, &ast, err);
    if (rc == 0)
        rc = sq_subsearch_run(op->q, "union", ast, 0, 0, out, err);
    if (rc < 0)
        err->span = w->span; /* the error is about the dataset the user wrote */
    sq_ast_free(ast);
    sq_buf_free(&text);
    return rc;
}

static int union_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    union_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    long long maxout = SQ_APPEND_MAXOUT, maxtime = SQ_SUBSEARCH_MAXTIME, timeout = 300;
    const sq_optspec specs[] = {
        {.key = "maxtime", .kind = SQ_OPT_INT, .dst = &maxtime, .min = 0, .max = 1LL << 40},
        {.key = "maxout", .kind = SQ_OPT_INT, .dst = &maxout, .min = 0, .max = 1LL << 40},
        {.key = "timeout", .kind = SQ_OPT_INT, .dst = &timeout, .min = 0, .max = 1LL << 40},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        union_destroy(op);
        return -1;
    }
    sq_rowset *sets = sq_xcalloc((size_t)a.n + 1, sizeof *sets);
    size_t nsets = 0, nstreaming = 0;
    int rc = 0, appending = 0;
    while (rc == 0 && (sq_args_skip_commas(&a), !sq_args_done(&a))) {
        const sq_ast *d = sq_args_next(&a);
        sq_rowset *rs = &sets[nsets++];
        if (d->kind == SQ_AST_SUBSEARCH && d->nkids == 1) {
            const char *why;
            if (!appending && !sq_pipeline_streaming(d->kids[0], &why))
                appending = 1;
            if (!appending)
                nstreaming = nsets;
            rc = sq_subsearch_run(op->q, "union", d, appending ? maxout : 0,
                                  appending ? (double)maxtime : 0, rs, err);
        } else if (d->kind == SQ_AST_WORD && d->text) {
            /* a lookup table is not a streaming search: appended */
            appending = 1;
            const char *colon = strchr(d->text, ':');
            const char *name = colon ? colon + 1 : "";
            const sq_ast *q = sq_args_peek(&a);
            if (colon && !*name && q && q->kind == SQ_AST_WORD && (q->flags & SQ_AST_QUOTED)) {
                name = q->text; /* type:"quoted name" */
                sq_args_next(&a);
            }
            rc = run_named(op, d, name, rs, err);
        } else {
            rc = sq_fail_at(err, SQ_ERR_ARG, d->span,
                            "union: expected a [subsearch] or inputlookup:<table>");
        }
        if (rc == 0)
            rc = sq_op_hold_rows(op, rs, err);
    }
    if (rc == 0 && nsets == 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, sq_args_end_span(&a), "union: expected a dataset");
    if (rc == 0) {
        sq_rowsets_interleave(sets, nstreaming, &st->all);
        for (size_t i = nstreaming; i < nsets; i++) {
            for (size_t k = 0; k < sets[i].n; k++) {
                if (st->all.n == st->all.cap) {
                    st->all.cap = st->all.cap ? st->all.cap * 2 : 16;
                    st->all.rows = sq_xrealloc(st->all.rows, st->all.cap * sizeof *st->all.rows);
                }
                st->all.rows[st->all.n++] = sets[i].rows[k];
                sets[i].rows[k] = NULL;
            }
        }
    }
    for (size_t i = 0; i < nsets; i++)
        sq_rowset_free(&sets[i]);
    free(sets);
    sq_args_free(&a);
    if (rc < 0)
        union_destroy(op);
    return rc;
}

static int union_push(sq_op *op, sq_event *ev, sq_error *err) {
    return sq_op_emit(op, ev, err);
}

static int union_finish(sq_op *op, sq_error *err) {
    union_state *st = op->state;
    for (size_t i = 0; i < st->all.n; i++) {
        sq_event *ev = st->all.rows[i];
        st->all.rows[i] = NULL;
        if (sq_op_emit(op, ev, err) < 0)
            return -1;
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const union_options[] = {"maxtime=", "maxout=", "timeout=", NULL};

const sq_command sq_cmd_union = {
    .name = "union",
    /* Generating when it starts the search; otherwise current results pass. */
    .kind = SQ_CMD_GENERATING,
    .options = union_options,
    .setup = union_setup,
    .push = union_push,
    .finish = union_finish,
    .destroy = union_destroy,
};
