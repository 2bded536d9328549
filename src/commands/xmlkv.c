/* xmlkv.c — the xmlkv command: `xmlkv [<field>] [maxinputs=<int>]`.
 *
 * Every XML element of the field (default _raw) that holds only text,
 * <key>value</key>, sets the field named by its tag to that text (a tag met
 * again adds a value: a multivalue).  Attributes are not read and entities
 * are not decoded (the text is taken as written).  Elements that hold other
 * elements give no field themselves; their children do.  maxinputs is
 * accepted (Splunk's limit on results per call) and has no effect.
 * Streaming. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"

typedef struct xmlkv_state {
    sq_sym field;
    sq_buf scratch;
    sq_sym *set; /* fields written for the current result */
    size_t nset, capset;
} xmlkv_state;

static void xmlkv_destroy(sq_op *op) {
    xmlkv_state *st = op->state;
    if (!st)
        return;
    sq_buf_free(&st->scratch);
    free(st->set);
    free(st);
    op->state = NULL;
}

static int xmlkv_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    xmlkv_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    long long maxinputs = 50000;
    sq_optspec specs[] = {
        {.key = "maxinputs", .kind = SQ_OPT_INT, .dst = &maxinputs, .min = 0, .max = 1LL << 40}};
    sq_args a;
    if (sq_args_init(&a, stage, specs, 1, err) < 0) {
        xmlkv_destroy(op);
        return -1;
    }
    sq_nodelist names = {0};
    int rc = sq_args_names(&a, NULL, 0, "a field name", &names, err);
    if (rc == 0 && names.n > 1)
        rc = sq_fail_at(err, SQ_ERR_ARG, names.items[1]->span, "xmlkv: takes one field");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0)
        st->field = names.n ? sq_intern_cstr(op->q->syms, names.items[0]->text) : SQ_SYM_RAW;
    sq_nodelist_free(&names);
    sq_args_free(&a);
    if (rc < 0)
        xmlkv_destroy(op);
    return rc;
}

static int name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':';
}

static void put(sq_op *op, xmlkv_state *st, sq_event *ev, const char *name, size_t nlen,
                const char *val, size_t vlen) {
    sq_sym s = sq_intern(op->q->syms, name, nlen);
    for (size_t i = 0; i < st->nset; i++) {
        if (st->set[i] == s) {
            sq_value *have = sq_event_get(ev, s);
            if (have) {
                sq_value_mv_push(have, sq_value_str(val, vlen));
                return;
            }
        }
    }
    if (st->nset == st->capset) {
        st->capset = st->capset ? st->capset * 2 : 16;
        st->set = sq_xrealloc(st->set, st->capset * sizeof *st->set);
    }
    st->set[st->nset++] = s;
    sq_event_set(ev, s, sq_value_str(val, vlen));
}

/* Scan for <tag ...>text</tag> with no '<' inside the text. */
static void scan(sq_op *op, xmlkv_state *st, sq_event *ev, const char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            return;
        size_t p = (size_t)(lt - s) + 1;
        size_t name = p;
        while (p < len && name_char(s[p]))
            p++;
        size_t nlen = p - name;
        i = p;
        if (nlen == 0 || !(name_char(s[name]) && s[name] != '-' && s[name] != '.'))
            continue;
        const char *gt = memchr(s + p, '>', len - p);
        if (!gt || (gt > s + p && gt[-1] == '/')) /* <empty/> */
            continue;
        if (p < len && s[p] != '>' && s[p] != ' ' && s[p] != '\t' && s[p] != '\n' && s[p] != '\r')
            continue;
        size_t text = (size_t)(gt - s) + 1;
        const char *next = memchr(s + text, '<', len - text);
        if (!next)
            return;
        size_t tlen = (size_t)(next - s) - text;
        size_t close = (size_t)(next - s);
        if (close + 2 + nlen + 1 <= len && s[close + 1] == '/' &&
            memcmp(s + close + 2, s + name, nlen) == 0 && s[close + 2 + nlen] == '>') {
            put(op, st, ev, s + name, nlen, s + text, tlen);
            i = close + 3 + nlen;
        } else {
            i = text;
        }
    }
}

static int xmlkv_push(sq_op *op, sq_event *ev, sq_error *err) {
    xmlkv_state *st = op->state;
    sq_value *v = sq_event_get(ev, st->field);
    if (v && sq_value_count(v) > 0) {
        size_t len;
        const char *s = sq_value_text(sq_value_at(v, 0), &st->scratch, &len);
        char *copy = sq_xstrndup(s, len);
        st->nset = 0;
        scan(op, st, ev, copy, len);
        free(copy);
    }
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const xmlkv_options[] = {"maxinputs=", NULL};

const sq_command sq_cmd_xmlkv = {
    .name = "xmlkv",
    .kind = SQ_CMD_STREAMING,
    .options = xmlkv_options,
    .setup = xmlkv_setup,
    .push = xmlkv_push,
    .destroy = xmlkv_destroy,
};
