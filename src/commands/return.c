/* return.c — the return command:
 *   return [<count>] [<alias>=<field>...] [<field>...] [$<field>...]
 *
 * Replaces the results with one result whose only field is `search`, built
 * from the first <count> results (default 1) for a subsearch to hand to its
 * outer search:
 *   <field>          field="value"
 *   <alias>=<field>  alias="value"
 *   $<field>         value          (just the value: `eval x = 1 + [... | return $id]`)
 * in the order written, separated by spaces.  One result gives that text
 * alone; several give `(text1) OR (text2)`; the same text twice is kept
 * once.  A result without any of the fields adds nothing; a multivalue
 * field uses its first value.  Values are not escaped (Splunk: "The return
 * command does not escape quotation marks").  No result, or none with the
 * fields: `search` is empty, which a subsearch reads as no condition. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/command.h"

typedef enum item_kind { ITEM_FIELD, ITEM_ALIAS, ITEM_VALUE } item_kind;

typedef struct item {
    item_kind kind;
    sq_sym field;
    const char *name; /* the name written before '=' */
} item;

typedef struct return_state {
    long long count;
    item *items;
    int nitems;
    long long seen;
    char **texts; /* one per row used, for the OR and the duplicates */
    size_t ntexts;
    sq_buf scratch;
    sq_sym search_sym;
} return_state;

static void return_destroy(sq_op *op) {
    return_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->ntexts; i++)
        free(st->texts[i]);
    free(st->texts);
    free(st->items);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int return_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    return_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->count = 1;
    st->search_sym = sq_intern_cstr(op->q->syms, "search");
    st->items = sq_xcalloc((size_t)stage->nkids + 1, sizeof *st->items);
    for (int i = 0; i < stage->nkids; i++) {
        const sq_ast *k = stage->kids[i];
        if (k->kind == SQ_AST_COMMA)
            continue;
        if (i == 0 && sq_arg_is_int(k)) {
            if (sq_arg_int(k, 1, 1LL << 40, "return: the count", &st->count, err) < 0)
                goto fail;
            continue;
        }
        item *it = &st->items[st->nitems];
        if (k->kind == SQ_AST_OPTION && k->op == SQ_OP_EQ && k->nkids == 1 && k->kids[0]->text &&
            *k->kids[0]->text) {
            it->kind = ITEM_ALIAS;
            it->name = k->text;
            it->field = sq_intern_cstr(op->q->syms, k->kids[0]->text);
        } else if (k->kind == SQ_AST_WORD && k->text && k->text[0] == '$' && k->text[1]) {
            it->kind = ITEM_VALUE;
            it->field = sq_intern_cstr(op->q->syms, k->text + 1);
        } else if (k->kind == SQ_AST_WORD && k->text && *k->text) {
            it->kind = ITEM_FIELD;
            it->name = k->text;
            it->field = sq_intern_cstr(op->q->syms, k->text);
        } else {
            sq_fail_at(err, SQ_ERR_ARG, k->span, "return: expected a field, alias=field or $field");
            goto fail;
        }
        st->nitems++;
    }
    if (st->nitems == 0) {
        sq_fail_at(err, SQ_ERR_ARG, stage->span, "return: expected at least one field to return");
        goto fail;
    }
    return 0;
fail:
    return_destroy(op);
    return -1;
}

static int return_push(sq_op *op, sq_event *ev, sq_error *err) {
    (void)err;
    return_state *st = op->state;
    if (st->seen++ >= st->count) {
        sq_event_free(ev);
        return 0;
    }
    sq_buf text = SQ_BUF_INIT;
    for (int i = 0; i < st->nitems; i++) {
        const item *it = &st->items[i];
        sq_value *v = sq_event_get(ev, it->field);
        if (!v || sq_value_count(v) == 0)
            continue;
        size_t len;
        sq_buf_reset(&st->scratch);
        const char *s = sq_value_text(sq_value_at(v, 0), &st->scratch, &len);
        if (text.len)
            sq_buf_addc(&text, ' ');
        if (it->kind == ITEM_VALUE)
            sq_buf_add(&text, s, len);
        else
            sq_buf_printf(&text, "%s=\"%.*s\"", it->name, (int)len, s);
    }
    sq_event_free(ev);
    if (text.len == 0)
        return 0;
    for (size_t i = 0; i < st->ntexts; i++)
        if (strcmp(st->texts[i], text.data) == 0) {
            sq_buf_free(&text);
            return 0;
        }
    st->texts = sq_xrealloc(st->texts, (st->ntexts + 1) * sizeof *st->texts);
    st->texts[st->ntexts++] = sq_buf_steal(&text);
    return 0;
}

static int return_finish(sq_op *op, sq_error *err) {
    return_state *st = op->state;
    sq_buf s = SQ_BUF_INIT;
    if (st->ntexts == 1)
        sq_buf_adds(&s, st->texts[0]);
    else
        for (size_t i = 0; i < st->ntexts; i++)
            sq_buf_printf(&s, "%s(%s)", i ? " OR " : "", st->texts[i]);
    sq_event *ev = sq_event_new();
    sq_event_set(ev, st->search_sym, sq_value_cstr(sq_buf_cstr(&s)));
    sq_buf_free(&s);
    if (sq_op_emit(op, ev, err) < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

const sq_command sq_cmd_return = {
    .name = "return",
    .kind = SQ_CMD_BLOCKING,
    .setup = return_setup,
    .push = return_push,
    .finish = return_finish,
    .destroy = return_destroy,
};
