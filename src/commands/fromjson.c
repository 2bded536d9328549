/* fromjson.c — the fromjson command: `fromjson <field> [prefix=<string>]`.
 *
 * The field's JSON object becomes fields: each top-level key a field
 * (prefix prepended) holding its value — a string, a number as written,
 * true/false/null as words, a nested object as its JSON text, an array as
 * a multivalue of its elements (nested objects and arrays as JSON text).
 * An empty array gives no field.  A value that is not a JSON object is left
 * alone.  Streaming. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "jsondoc.h"
#include "splq/command.h"

typedef struct fromjson_state {
    sq_sym field;
    const char *prefix;
    sq_buf name, scratch;
} fromjson_state;

static void fromjson_destroy(sq_op *op) {
    fromjson_state *st = op->state;
    if (!st)
        return;
    sq_buf_free(&st->name);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int fromjson_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    fromjson_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->prefix = "";
    sq_optspec specs[] = {{.key = "prefix", .kind = SQ_OPT_STR, .dst = &st->prefix}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0) {
        fromjson_destroy(op);
        return -1;
    }
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 1, "a field name", &names, err);
    if (rc == 0 && names.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[1]->span, "fromjson: takes one field");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0)
        st->field = sq_intern_cstr(op->q->syms, names.items[0]->text);
    sq_nodelist_free(&names);
    sq_args_free(&a);
    if (rc < 0)
        fromjson_destroy(op);
    return rc;
}

static void expand(sq_op *op, fromjson_state *st, sq_event *ev, const jd_node *obj,
                   const char *src) {
    for (size_t i = 0; i < obj->n; i++) {
        const jd_node *m = &obj->kids[i];
        sq_buf_reset(&st->name);
        sq_buf_adds(&st->name, st->prefix);
        sq_buf_add(&st->name, m->key, m->klen);
        sq_sym s = sq_intern(op->q->syms, st->name.data, st->name.len);
        sq_value v = SQ_VALUE_NULL;
        if (m->type == JD_ARR) {
            for (size_t k = 0; k < m->n; k++)
                sq_value_mv_push(&v, jd_value(&m->kids[k], src));
        } else {
            v = jd_value(m, src);
        }
        sq_event_set(ev, s, v);
    }
}

static int fromjson_push(sq_op *op, sq_event *ev, sq_error *err) {
    fromjson_state *st = op->state;
    sq_value *v = sq_event_get(ev, st->field);
    if (v && sq_value_count(v) > 0) {
        size_t len;
        const char *s = sq_value_text(sq_value_at(v, 0), &st->scratch, &len);
        char *text = sq_xstrndup(s, len);
        jd_node *root;
        sq_error perr;
        if (jd_parse(text, len, &root, &perr) == 0) {
            if (root->type == JD_OBJ)
                expand(op, st, ev, root, text);
            jd_free(root);
        }
        free(text);
    }
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const fromjson_options[] = {"prefix=", NULL};

const sq_command sq_cmd_fromjson = {
    .name = "fromjson",
    .kind = SQ_CMD_STREAMING,
    .options = fromjson_options,
    .setup = fromjson_setup,
    .push = fromjson_push,
    .destroy = fromjson_destroy,
};
