/* makemv.c — the makemv command:
 *
 *   makemv [delim=<string> | tokenizer=<regex>] [allowempty=<bool>]
 *          [setsv=<bool>] <field>
 *
 * Splits a field's value into a multivalue: at every occurrence of delim
 * (default a single space), or into the matches of tokenizer (the first
 * capture group of each match, or the whole match without a group).
 * Empty values are dropped unless allowempty=true.  setsv=true leaves a
 * single value: the split values joined by delim (a space with tokenizer).
 * Internal fields (_raw, _time, ...) are not changed.  An already multivalue
 * field is split value by value. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "functions/functions.h"
#include "splq/command.h"

typedef struct makemv_state {
    sq_sym field;
    int internal;
    const char *delim;
    size_t dlen;
    sq_regex *tok;
    int allowempty, setsv;
    sq_buf scratch;
} makemv_state;

static void makemv_destroy(sq_op *op) {
    makemv_state *st = op->state;
    if (!st)
        return;
    sq_regex_free(st->tok);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int makemv_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    makemv_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    const char *tokenizer = NULL;
    const sq_ast *delim_opt = NULL, *tok_opt = NULL;
    st->delim = " ";
    sq_optspec specs[] = {
        {.key = "delim", .kind = SQ_OPT_STR, .dst = &st->delim, .seen = &delim_opt},
        {.key = "tokenizer", .kind = SQ_OPT_STR, .dst = &tokenizer, .seen = &tok_opt},
        {.key = "allowempty", .kind = SQ_OPT_BOOL, .dst = &st->allowempty},
        {.key = "setsv", .kind = SQ_OPT_BOOL, .dst = &st->setsv},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        makemv_destroy(op);
        return -1;
    }
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "a field name", &names, err);
    if (rc == 0 && names.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[1]->span, "makemv: takes one field");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && delim_opt && tok_opt)
        rc = sq_fail_at(err, SQ_ERR_ARG, tok_opt->span,
                        "makemv: use either delim or tokenizer, not both");
    if (rc == 0 && !tokenizer && !*st->delim)
        rc = sq_fail_at(err, SQ_ERR_ARG, delim_opt->span, "makemv: delim must not be empty");
    if (rc == 0 && tokenizer)
        rc = sq_regex_compile(tokenizer, strlen(tokenizer), tok_opt->kids[0]->span, &st->tok, err);
    if (rc == 0) {
        st->dlen = strlen(st->delim);
        st->field = sq_intern_cstr(op->q->syms, names.items[0]->text);
        st->internal = names.items[0]->text[0] == '_';
    }
    sq_nodelist_free(&names);
    sq_args_free(&a);
    if (rc < 0)
        makemv_destroy(op);
    return rc;
}

static void add_piece(makemv_state *st, sq_value *out, const char *s, size_t len) {
    if (len == 0 && !st->allowempty)
        return;
    if (out->type == SQ_NULL)
        *out = sq_value_mv_empty();
    sq_value_mv_push(out, sq_value_str(s, len));
}

static int split_text(makemv_state *st, const char *s, size_t len, sq_value *out, sq_error *err) {
    if (!st->tok) {
        size_t from = 0;
        for (size_t i = 0; i + st->dlen <= len;) {
            if (memcmp(s + i, st->delim, st->dlen) == 0) {
                add_piece(st, out, s + from, i - from);
                i += st->dlen;
                from = i;
            } else {
                i++;
            }
        }
        add_piece(st, out, s + from, len - from);
        return 0;
    }
    size_t pos = 0;
    while (pos <= len) {
        const size_t *ov;
        int rc = sq_regex_exec(st->tok, s, len, pos, &ov, err);
        if (rc < 0)
            return -1;
        if (rc == 0)
            break;
        int g = rc > 1 && ov[2] != (size_t)-1 ? 1 : 0;
        if (rc > 1 && ov[2] == (size_t)-1)
            g = -1; /* the group did not take part: no value */
        if (g >= 0)
            add_piece(st, out, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
        pos = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
    }
    return 0;
}

static int makemv_push(sq_op *op, sq_event *ev, sq_error *err) {
    makemv_state *st = op->state;
    sq_value *v = st->internal ? NULL : sq_event_get(ev, st->field);
    if (!v)
        return sq_op_emit(op, ev, err);
    sq_value out = SQ_VALUE_NULL;
    size_t n = sq_value_count(v);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = sq_value_text(sq_value_at(v, i), &st->scratch, &len);
        if (split_text(st, s, len, &out, err) < 0) {
            sq_value_free(&out);
            sq_event_free(ev);
            return -1;
        }
    }
    if (out.type == SQ_MV && out.u.mv.n == 1) { /* one value stays single */
        sq_value one = sq_value_move(&out.u.mv.items[0]);
        sq_value_free(&out);
        out = one;
    }
    if (st->setsv && out.type == SQ_MV) {
        sq_buf joined = SQ_BUF_INIT;
        sq_value_format(&out, &joined, st->tok ? " " : st->delim);
        sq_value_free(&out);
        size_t len = joined.len;
        out = joined.data ? sq_value_str_take(sq_buf_steal(&joined), len) : sq_value_cstr("");
    }
    sq_event_set(ev, st->field, out); /* nothing left: the field is removed */
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const makemv_options[] = {"delim=", "tokenizer=", "allowempty=", "setsv=", NULL};

const sq_command sq_cmd_makemv = {
    .name = "makemv",
    .kind = SQ_CMD_STREAMING,
    .options = makemv_options,
    .setup = makemv_setup,
    .push = makemv_push,
    .destroy = makemv_destroy,
};
