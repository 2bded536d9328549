/* strcat.c — the strcat command:
 *
 *   strcat [allrequired=<bool>] <source>... <dest-field>
 *
 * Concatenates the values of the source fields and quoted literal strings
 * into dest-field.  A missing source field counts as empty, unless
 * allrequired=true, when dest-field is then left untouched.  A multivalue
 * source contributes its first value. */
#include <stdlib.h>

#include "args.h"
#include "splq/command.h"

typedef struct part {
    int literal;
    const char *text;
    sq_sym sym;
} part;

typedef struct strcat_state {
    part *parts;
    int n;
    sq_sym dest;
    int allrequired;
    sq_buf out, scratch;
} strcat_state;

static void strcat_destroy(sq_op *op) {
    strcat_state *st = op->state;
    if (!st)
        return;
    free(st->parts);
    sq_buf_free(&st->out);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int strcat_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    strcat_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    sq_optspec specs[] = {{.key = "allrequired", .kind = SQ_OPT_BOOL, .dst = &st->allrequired}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0) {
        strcat_destroy(op);
        return -1;
    }
    int rc = 0;
    st->parts = sq_xcalloc((size_t)a.n + 1, sizeof *st->parts);
    const sq_ast *last = NULL;
    while (!sq_args_done(&a) && rc == 0) {
        sq_args_skip_commas(&a);
        const sq_ast *w = sq_args_next(&a);
        if (!w)
            break;
        if (w->kind != SQ_AST_WORD) {
            rc = sq_fail_at(err, SQ_ERR_ARG, w->span, "strcat: expected a field name or a string");
            break;
        }
        if (last) {
            part *p = &st->parts[st->n++];
            p->literal = (last->flags & SQ_AST_QUOTED) != 0;
            p->text = last->text;
            if (!p->literal)
                p->sym = sq_intern_cstr(op->q->syms, last->text);
        }
        last = w;
    }
    if (rc == 0 && (!last || st->n == 0))
        rc = sq_fail_at(err, SQ_ERR_ARG, sq_args_end_span(&a),
                        "strcat: expected source fields and a destination field");
    if (rc == 0)
        st->dest = sq_intern_cstr(op->q->syms, last->text);
    sq_args_free(&a);
    if (rc < 0)
        strcat_destroy(op);
    return rc;
}

static int strcat_push(sq_op *op, sq_event *ev, sq_error *err) {
    strcat_state *st = op->state;
    sq_buf_reset(&st->out);
    for (int i = 0; i < st->n; i++) {
        part *p = &st->parts[i];
        if (p->literal) {
            sq_buf_adds(&st->out, p->text);
            continue;
        }
        sq_value *v = sq_event_get(ev, p->sym);
        if (!v || sq_value_count(v) == 0) {
            if (st->allrequired)
                return sq_op_emit(op, ev, err);
            continue;
        }
        size_t len;
        const char *t = sq_value_text(sq_value_at(v, 0), &st->scratch, &len);
        sq_buf_add(&st->out, t, len);
    }
    sq_event_set(ev, st->dest, sq_value_str(st->out.data ? st->out.data : "", st->out.len));
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const strcat_options[] = {"allrequired=", NULL};

const sq_command sq_cmd_strcat = {
    .name = "strcat",
    .kind = SQ_CMD_STREAMING,
    .options = strcat_options,
    .setup = strcat_setup,
    .push = strcat_push,
    .destroy = strcat_destroy,
};
