/* regex.c — the regex command: keeps the results whose field matches (or,
 * with !=, does not match) a PCRE regular expression.
 *
 *   regex <field>=<regex> | regex <field>!=<regex> | regex <regex>
 *
 * Without a field the regex is matched against _raw.  A multivalue field
 * matches when any of its values does.  A result without the field does
 * not match: `=` drops it, `!=` keeps it.  Streaming. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "functions/functions.h"
#include "splq/command.h"

typedef struct regex_state {
    sq_sym field;
    int negate;
    sq_regex *re;
    sq_buf scratch;
} regex_state;

static void regex_destroy(sq_op *op) {
    regex_state *st = op->state;
    if (!st)
        return;
    sq_regex_free(st->re);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int regex_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    regex_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0) {
        regex_destroy(op);
        return -1;
    }
    int rc = 0;
    const sq_ast *arg = sq_args_next(&a);
    const char *field = "_raw", *pat = NULL;
    sq_span span = arg ? arg->span : sq_args_end_span(&a);
    if (arg && arg->kind == SQ_AST_OPTION && arg->nkids == 1 && arg->kids[0]->kind == SQ_AST_WORD) {
        field = arg->text;
        st->negate = arg->op == SQ_OP_NE;
        pat = arg->kids[0]->text;
        span = arg->kids[0]->span;
    } else if (arg && arg->kind == SQ_AST_WORD) {
        pat = arg->text;
    } else {
        rc = sq_fail_at(err, SQ_ERR_ARG, span,
                        "regex: expected <field>=<regex>, <field>!=<regex> or <regex>");
    }
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0)
        rc = sq_regex_compile(pat, strlen(pat), span, &st->re, err);
    if (rc == 0)
        st->field = sq_intern_cstr(op->q->syms, field);
    sq_args_free(&a);
    if (rc < 0)
        regex_destroy(op);
    return rc;
}

static int regex_push(sq_op *op, sq_event *ev, sq_error *err) {
    regex_state *st = op->state;
    sq_value *v = sq_event_get(ev, st->field);
    size_t n = v ? sq_value_count(v) : 0;
    int hit = 0;
    for (size_t i = 0; i < n && !hit; i++) {
        size_t len;
        const char *s = sq_value_text(sq_value_at(v, i), &st->scratch, &len);
        const size_t *ov;
        int rc = sq_regex_exec(st->re, s, len, 0, &ov, err);
        if (rc < 0) {
            sq_event_free(ev);
            return -1;
        }
        hit = rc > 0;
    }
    if (hit != st->negate)
        return sq_op_emit(op, ev, err);
    sq_event_free(ev);
    return 0;
}

const sq_command sq_cmd_regex = {
    .name = "regex",
    .kind = SQ_CMD_STREAMING,
    .setup = regex_setup,
    .push = regex_push,
    .destroy = regex_destroy,
    .keeps_columns = 1,
};
