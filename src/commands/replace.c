/* replace.c — the replace command: `replace <wc-string> WITH <wc-string>
 * [, ...] [IN <field-list>]`.
 *
 * A value is replaced when a pattern matches it whole (case-sensitively);
 * each `*` of the replacement takes, in order, the text the pattern's `*`s
 * matched (`replace *localhost WITH localhost`, `replace "aaa*" WITH "b*"`).
 * The first pattern that matches wins.  Without IN, every field but the
 * internal ones (_*) is looked at.  Multivalue fields: each value. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "fieldsel.h"
#include "splq/command.h"

#define MAX_STARS 16

typedef struct replacement {
    const char *from, *to;
} replacement;

typedef struct replace_state {
    replacement *pairs;
    int npairs;
    sq_fieldsel fields; /* n == 0: every non-internal field */
    sq_buf out;
} replace_state;

/* Match pat against s whole; record where each '*' matched.  Backtracking
 * stays cheap: patterns have few stars, and each is tried leftmost-shortest. */
static int wc_match(const char *pat, const char *s, size_t slen, size_t pos, int star,
                    size_t starts[], size_t ends[]) {
    for (;;) {
        if (*pat == '\0')
            return pos == slen;
        if (*pat == '*') {
            if (star >= MAX_STARS)
                return 0;
            for (size_t end = pos; end <= slen; end++) {
                starts[star] = pos;
                ends[star] = end;
                if (wc_match(pat + 1, s, slen, end, star + 1, starts, ends))
                    return 1;
            }
            return 0;
        }
        if (pos >= slen || s[pos] != *pat)
            return 0;
        pat++;
        pos++;
    }
}

/* The new value of s, or NULL when no pattern matches it. */
static const char *replace_one(replace_state *st, const char *s, size_t slen) {
    size_t starts[MAX_STARS], ends[MAX_STARS];
    for (int i = 0; i < st->npairs; i++) {
        if (!wc_match(st->pairs[i].from, s, slen, 0, 0, starts, ends))
            continue;
        sq_buf_reset(&st->out);
        int star = 0;
        for (const char *t = st->pairs[i].to; *t; t++) {
            if (*t == '*' && star < MAX_STARS) {
                sq_buf_add(&st->out, s + starts[star], ends[star] - starts[star]);
                star++;
            } else
                sq_buf_addc(&st->out, *t);
        }
        return sq_buf_cstr(&st->out);
    }
    return NULL;
}

static void replace_value(replace_state *st, sq_value *v) {
    if (v->type == SQ_MV) {
        for (size_t i = 0; i < v->u.mv.n; i++)
            replace_value(st, &v->u.mv.items[i]);
        return;
    }
    sq_buf scratch = SQ_BUF_INIT;
    size_t len;
    const char *text = sq_value_text(v, &scratch, &len);
    const char *now = replace_one(st, text, len);
    sq_buf_free(&scratch);
    if (now) {
        sq_value_free(v);
        *v = sq_value_cstr(now);
    }
}

static int replace_push(sq_op *op, sq_event *ev, sq_error *err) {
    replace_state *st = op->state;
    for (uint32_t i = 0; i < ev->n; i++) {
        sq_sym s = ev->fields[i].sym;
        int chosen = st->fields.n ? sq_fieldsel_matches(&st->fields, s)
                                  : !sq_sym_is_internal(op->q->syms, s);
        if (chosen)
            replace_value(st, &ev->fields[i].val);
    }
    return sq_op_emit(op, ev, err);
}

static void replace_destroy(sq_op *op) {
    replace_state *st = op->state;
    if (!st)
        return;
    free(st->pairs);
    sq_fieldsel_free(&st->fields);
    sq_buf_free(&st->out);
    free(st);
    op->state = NULL;
}

static int is_text(const sq_ast *n) {
    return n && n->kind == SQ_AST_WORD;
}

static int replace_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    replace_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->pairs = sq_xcalloc((size_t)stage->nkids + 1, sizeof *st->pairs);
    int rc = 0;
    while (rc == 0 && !sq_args_done(&a) && !sq_args_at_keyword(&a, "in")) {
        const sq_ast *from = sq_args_next(&a);
        if (!is_text(from) || sq_ast_is_word(from, "with")) {
            rc = sq_fail_at(err, SQ_ERR_ARG, from->span, "replace: expected a value to replace");
            break;
        }
        if (!sq_args_accept(&a, "with")) {
            sq_span at = sq_args_done(&a) ? sq_args_end_span(&a) : sq_args_peek(&a)->span;
            rc = sq_fail_at(err, SQ_ERR_ARG, at, "replace: expected WITH after \"%s\"", from->text);
            break;
        }
        const sq_ast *to = sq_args_next(&a);
        if (!is_text(to)) {
            rc = sq_fail_at(err, SQ_ERR_ARG, to ? to->span : sq_args_end_span(&a),
                            "replace: expected a replacement after WITH");
            break;
        }
        st->pairs[st->npairs++] = (replacement){from->text, to->text};
        sq_args_skip_commas(&a);
    }
    if (rc == 0 && st->npairs == 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "replace: expected <value> WITH <value>");
    if (rc == 0 && sq_args_accept(&a, "in")) {
        sq_nodelist names = {0};
        rc = sq_args_names(&a, NULL, 1, "a field name", &names, err);
        if (rc == 0)
            sq_fieldsel_init(&st->fields, op->q, &names);
        sq_nodelist_free(&names);
    }
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    sq_args_free(&a);
    return rc;
}

/* Option names and keywords, for completion (see command.h). */
static const char *const replace_options[] = {"with", "in", NULL};

const sq_command sq_cmd_replace = {
    .name = "replace",
    .kind = SQ_CMD_STREAMING,
    .options = replace_options,
    .setup = replace_setup,
    .push = replace_push,
    .destroy = replace_destroy,
};
