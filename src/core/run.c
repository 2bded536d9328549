/* run.c — the library's front door: prepare (expand, parse) and execute. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "splq/buf.h"
#include "splq/command.h"
#include "splq/parse.h"
#include "splq/plan.h"
#include "splq/splq.h"

int sq_prepare(sq_env *env, const char *text, sq_prepared **out, sq_error *err) {
    sq_prepared *p = sq_xcalloc(1, sizeof *p);
    *out = p;
    p->original = sq_xstrdup(text);
    if (sq_macro_expand(env->macros, text, strlen(text), &p->expanded, &p->expanded_len, &p->map,
                        &env->diag, err) < 0)
        return -1;
    return sq_parse(p->expanded, p->expanded_len, SQ_PARSE_QUERY, &p->ast, err);
}

void sq_prepared_free(sq_prepared *p) {
    if (!p)
        return;
    free(p->original);
    free(p->expanded);
    sq_srcmap_free(p->map);
    sq_ast_free(p->ast);
    free(p);
}

void sq_prepared_report(const sq_prepared *p, const sq_error *err, FILE *out) {
    /* Macro errors are already positioned in the original text. */
    const sq_srcmap *map = err->code == SQ_ERR_MACRO ? NULL : p->map;
    sq_error_render(err, p->original, map, out);
}

/* The sink: the last operator hands rows to the writer. */
static int writer_push(sq_op *op, sq_event *ev, sq_error *err) {
    return sq_writer_row(op->state, ev, err);
}

static const sq_command writer_command = {
    .name = "(output)",
    .kind = SQ_CMD_STREAMING,
    .push = writer_push,
};

static void query_init(sq_query *q, sq_env *env, const sq_input *inputs, size_t ninputs) {
    memset(q, 0, sizeof *q);
    q->env = env;
    q->syms = sq_symtab_new();
    q->now = env->now >= 0 ? env->now : (double)time(NULL);
    q->inputs = inputs;
    q->ninputs = ninputs;
}

static void stages_snapshot(const sq_plan *plan, sq_stage_stat **out, size_t *n) {
    *n = sq_plan_stage_count(plan);
    *out = sq_xcalloc(*n ? *n : 1, sizeof **out);
    for (size_t i = 0; i < *n; i++) {
        const sq_op *op = sq_plan_stage(plan, i);
        (*out)[i].command = sq_xstrdup(op->stage->text);
        (*out)[i].span = op->stage->span;
        (*out)[i].events_in = op->events_in;
        (*out)[i].events_out = op->events_out;
    }
}

/* Build and run the plan into sink; snapshot its stage counts if asked.
 * The columns the plan names go to w, or into res, before any row. */
static int run_plan(sq_query *q, const sq_prepared *p, sq_op *sink, sq_writer *w, sq_result *res,
                    sq_stage_stat **stages, size_t *nstages, sq_error *err) {
    sq_plan *plan;
    if (sq_plan_build(q, p->ast, sink, &plan, err) < 0)
        return -1;
    const sq_sym *cols;
    size_t ncols = sq_plan_columns(plan, &cols);
    if (w)
        sq_writer_declare_columns(w, cols, ncols);
    if (res && ncols) {
        res->columns = sq_xcalloc(ncols, sizeof *res->columns);
        memcpy(res->columns, cols, ncols * sizeof *cols);
        res->ncolumns = ncols;
    }
    int rc = sq_plan_run(plan, err);
    if (stages)
        stages_snapshot(plan, stages, nstages);
    sq_plan_free(plan);
    return rc;
}

int sq_execute(sq_env *env, const sq_prepared *p, const char *const *inputs, sq_writer *w,
               sq_counters *counters, sq_error *err) {
    return sq_execute_stages(env, p, inputs, w, counters, NULL, NULL, err);
}

int sq_execute_stages(sq_env *env, const sq_prepared *p, const char *const *inputs, sq_writer *w,
                      sq_counters *counters, sq_stage_stat **stages, size_t *nstages,
                      sq_error *err) {
    size_t n = 0;
    while (inputs && inputs[n])
        n++;
    sq_input *specs = sq_xcalloc(n ? n : 1, sizeof *specs);
    for (size_t i = 0; i < n; i++)
        specs[i].path = inputs[i];
    sq_query q;
    query_init(&q, env, specs, n);
    sq_writer_bind(w, q.syms);
    sq_op sink = {.cmd = &writer_command, .q = &q, .state = w};
    int rc = run_plan(&q, p, &sink, w, NULL, stages, nstages, err);
    if (rc == 0)
        rc = sq_writer_finish(w, err);
    q.counters.results = sq_writer_rows(w);
    if (counters)
        *counters = q.counters; /* the caller frees its files (sq_counters_free) */
    else
        sq_counters_free(&q.counters);
    sq_writer_bind(w, NULL);
    sq_symtab_free(q.syms);
    free(specs);
    return rc;
}

int sq_execute_collect(sq_env *env, const sq_prepared *p, const sq_exec_opts *opts, sq_result *out,
                       sq_error *err) {
    memset(out, 0, sizeof *out);
    sq_query q;
    query_init(&q, env, opts->inputs, opts->ninputs);
    if (opts->track_fields) {
        q.nfields_seen = 256;
        q.fields_seen = sq_xcalloc(q.nfields_seen, 1);
    }
    sq_rowset rows = {0};
    sq_op sink;
    sq_rowset_sink(&sink, &q, &rows);
    int rc = run_plan(&q, p, &sink, NULL, out, &out->stages, &out->nstages, err);
    q.counters.results = rows.n;
    out->syms = q.syms;
    out->rows = rows.rows;
    out->nrows = rows.n;
    out->counters = q.counters;
    out->fields_seen = q.fields_seen;
    out->nfields_seen = q.nfields_seen;
    return rc;
}

void sq_stage_stats_free(sq_stage_stat *stages, size_t n) {
    for (size_t i = 0; i < n; i++)
        free(stages[i].command);
    free(stages);
}

void sq_result_free(sq_result *r) {
    for (size_t i = 0; i < r->nrows; i++)
        sq_event_free(r->rows[i]);
    free(r->rows);
    sq_stage_stats_free(r->stages, r->nstages);
    sq_counters_free(&r->counters);
    free(r->fields_seen);
    free(r->columns);
    sq_symtab_free(r->syms);
    memset(r, 0, sizeof *r);
}

void sq_stage_stats_print(const sq_prepared *p, const sq_stage_stat *stages, size_t n, FILE *out) {
    for (size_t i = 0; i < n; i++) {
        const sq_stage_stat *s = &stages[i];
        int start = s->span.start < 0 ? 0 : s->span.start;
        int end = s->span.end < start ? start : s->span.end;
        if (p && (size_t)end > p->expanded_len)
            end = (int)p->expanded_len;
        /* One line per stage: its text (shortened), then the counts. */
        int len = end - start;
        const char *text = p ? p->expanded + start : s->command;
        if (!p)
            len = (int)strlen(s->command);
        char shown[61];
        int k = 0;
        for (int j = 0; j < len && k < 57; j++)
            shown[k++] = (text[j] == '\n' || text[j] == '\t') ? ' ' : text[j];
        if (len > 57) {
            memcpy(shown + k, "...", 3);
            k += 3;
        }
        shown[k] = '\0';
        fprintf(out, "stage %zu  %-60s  in %10llu  out %10llu\n", i + 1, shown,
                (unsigned long long)s->events_in, (unsigned long long)s->events_out);
    }
}
