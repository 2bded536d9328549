/* fuzz_query.c — the query path: macro expansion (with the corpus macros
 * when ../shared is there), lexer, parser, canonical printing, and plan
 * setup (every command's argument checks, expressions compiled, subsearches
 * run over an empty input).  Nothing is run over data. */
#include <stdlib.h>

#include "fuzz.h"
#include "splq/command.h"
#include "splq/plan.h"
#include "splq/splq.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 64 * 1024)
        return 0;
    sq_env *env = fuzz_env();
    char *text = fuzz_str(data, size);
    sq_prepared *p = NULL;
    sq_error err;
    sq_error_clear(&err);
    if (sq_prepare(env, text, &p, &err) == 0 && p && p->ast) {
        static const sq_input none = {.path = "/dev/null"};
        sq_query q = {0};
        q.env = env;
        q.syms = sq_symtab_new();
        q.now = 1700000000;
        q.inputs = &none;
        q.ninputs = 1;
        sq_rowset rows = {0};
        sq_op sink;
        sq_rowset_sink(&sink, &q, &rows);
        sq_plan *plan = NULL;
        if (sq_plan_build(&q, p->ast, &sink, &plan, &err) == 0)
            sq_plan_free(plan);
        sq_rowset_free(&rows);
        sq_symtab_free(q.syms);
    }
    sq_prepared_free(p);
    free(text);
    return 0;
}
