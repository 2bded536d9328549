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

int sq_execute(sq_env *env, const sq_prepared *p, const char *const *inputs, sq_writer *w,
               sq_counters *counters, sq_error *err) {
    sq_query q = {
        .env = env,
        .syms = sq_symtab_new(),
        .now = env->now >= 0 ? env->now : (double)time(NULL),
        .inputs = inputs,
    };
    sq_writer_bind(w, q.syms);
    sq_op sink = {.cmd = &writer_command, .q = &q, .state = w};
    sq_plan *plan;
    int rc = sq_plan_build(&q, p->ast, &sink, &plan, err);
    if (rc == 0) {
        rc = sq_plan_run(plan, err);
        sq_plan_free(plan);
    }
    if (rc == 0)
        rc = sq_writer_finish(w, err);
    q.counters.results = sq_writer_rows(w);
    if (counters)
        *counters = q.counters;
    sq_writer_bind(w, NULL);
    sq_symtab_free(q.syms);
    return rc;
}
