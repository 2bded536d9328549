/* fuzz_eval.c — the eval engine: an expression's text is compiled and
 * evaluated (as a value and as a condition) against a fixed event with a
 * string, a number, a multivalue, an empty and a time field. */
#include <stdlib.h>

#include "fuzz.h"
#include "splq/expr.h"
#include "splq/value.h"

static sq_event *sample_event(sq_query *q) {
    sq_event *ev = sq_event_new();
    sq_event_set(ev, SQ_SYM_TIME, sq_value_num(1700000000.25));
    sq_event_set(ev, sq_intern_cstr(q->syms, "s"), sq_value_cstr("Hello, World 10.1.2.3"));
    sq_event_set(ev, sq_intern_cstr(q->syms, "n"), sq_value_cstr("42"));
    sq_event_set(ev, sq_intern_cstr(q->syms, "e"), sq_value_cstr(""));
    sq_value mv = sq_value_cstr("a");
    sq_value_mv_push(&mv, sq_value_cstr("b"));
    sq_value_mv_push(&mv, sq_value_cstr("3"));
    sq_event_set(ev, sq_intern_cstr(q->syms, "mv"), mv);
    return ev;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 16 * 1024)
        return 0;
    sq_env *env = fuzz_env();
    char *text = fuzz_str(data, size);
    sq_query q = {0};
    q.env = env;
    q.syms = sq_symtab_new();
    q.now = 1700000000;
    sq_error err;
    sq_error_clear(&err);
    sq_expr *e;
    if (sq_expr_compile_text(&q, text, &e, &err) == 0) {
        sq_event *ev = sample_event(&q);
        sq_value v = SQ_VALUE_NULL;
        if (sq_expr_eval(e, ev, &v, &err) == 0)
            sq_value_free(&v);
        (void)sq_expr_test(e, ev, &err);
        sq_event_free(ev);
        sq_expr_free(e);
    }
    sq_symtab_free(q.syms);
    free(text);
    return 0;
}
