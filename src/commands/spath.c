/* spath.c — the spath command: fields from JSON text.
 *
 *   spath [input=<field>] [output=<field>] [path=<datapath> | <datapath>]
 *
 * input defaults to _raw.  Without a path (auto mode) every value is
 * extracted as JSON extraction names it (a.b, a{}.c; arrays give multivalue
 * fields), reading only the first 5,000 bytes as Splunk's
 * extraction_cutoff.  With a path the values it reaches go to the field
 * named by output (default: the path itself): steps separated by '.', each
 * a key optionally followed by {N} (an array element, 0-based) or {} (every
 * element); a leaf gives its value, an object or array its JSON text as
 * written; several values make a multivalue.  A path that reaches nothing
 * sets nothing.  Text that is not JSON (XML included) is left alone. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "jsondoc.h"
#include "splq/command.h"

#define SPATH_CUTOFF 5000 /* limits.conf [spath] extraction_cutoff */

typedef struct step {
    char *key; /* NULL: no key (a leading {}) */
    long *idx; /* per {..}: -1 for {}, else the element */
    int nidx;
} step;

typedef struct spath_state {
    sq_sym input, output;
    step *steps;
    int nsteps;
    int has_path;
    sq_buf scratch;
} spath_state;

static void spath_destroy(sq_op *op) {
    spath_state *st = op->state;
    if (!st)
        return;
    for (int i = 0; i < st->nsteps; i++) {
        free(st->steps[i].key);
        free(st->steps[i].idx);
    }
    free(st->steps);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

/* --- setup ------------------------------------------------------------------- */

static int parse_path(spath_state *st, const char *path, sq_span span, sq_error *err) {
    const char *p = path;
    int cap = 0;
    while (*p) {
        if (st->nsteps == cap) {
            cap = cap ? cap * 2 : 8;
            st->steps = sq_xrealloc(st->steps, (size_t)cap * sizeof *st->steps);
        }
        step *s = &st->steps[st->nsteps++];
        memset(s, 0, sizeof *s);
        const char *k = p;
        while (*p && *p != '.' && *p != '{')
            p++;
        if (p > k)
            s->key = sq_xstrndup(k, (size_t)(p - k));
        while (*p == '{') {
            const char *close = strchr(p, '}');
            if (!close)
                return sq_fail_at(err, SQ_ERR_ARG, span, "spath: unclosed '{' in path '%s'", path);
            long v = -1;
            if (close > p + 1) {
                char *end;
                v = strtol(p + 1, &end, 10);
                if (end != close || v < 0)
                    return sq_fail_at(err, SQ_ERR_ARG, span,
                                      "spath: '{%.*s}' in path '%s' must be {} or {<number>}",
                                      (int)(close - p - 1), p + 1, path);
            }
            s->idx = sq_xrealloc(s->idx, (size_t)(s->nidx + 1) * sizeof *s->idx);
            s->idx[s->nidx++] = v;
            p = close + 1;
        }
        if (!s->key && s->nidx == 0)
            return sq_fail_at(err, SQ_ERR_ARG, span, "spath: empty step in path '%s'", path);
        if (*p == '.')
            p++;
        else if (*p)
            return sq_fail_at(err, SQ_ERR_ARG, span, "spath: malformed path '%s'", path);
    }
    return 0;
}

static int spath_parse(sq_op *op, spath_state *st, const sq_ast *stage, sq_error *err) {
    const char *input = "_raw", *output = NULL, *path = NULL;
    const sq_ast *path_opt = NULL;
    sq_optspec specs[] = {
        {.key = "input", .kind = SQ_OPT_STR, .dst = &input},
        {.key = "output", .kind = SQ_OPT_STR, .dst = &output},
        {.key = "path", .kind = SQ_OPT_STR, .dst = &path, .seen = &path_opt},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    int rc = 0;
    sq_span span = path_opt ? path_opt->span : stage->span;
    if (!path && !sq_args_done(&a)) {
        const sq_ast *w = sq_args_next(&a);
        if (w->kind != SQ_AST_WORD)
            rc = sq_fail_at(err, SQ_ERR_ARG, w->span, "spath: expected a path");
        else {
            path = w->text;
            span = w->span;
        }
    }
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && path && !*path)
        rc = sq_fail_at(err, SQ_ERR_ARG, span, "spath: the path is empty");
    if (rc == 0 && path) {
        st->has_path = 1;
        rc = parse_path(st, path, span, err);
        st->output = sq_intern_cstr(op->q->syms, output ? output : path);
    }
    if (rc == 0)
        st->input = sq_intern_cstr(op->q->syms, input);
    sq_args_free(&a);
    return rc;
}

static int spath_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    spath_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (spath_parse(op, st, stage, err) < 0) {
        spath_destroy(op);
        return -1;
    }
    return 0;
}

/* --- paths --------------------------------------------------------------------- */

typedef struct nodeset {
    const jd_node **v;
    size_t n, cap;
} nodeset;

static void ns_push(nodeset *s, const jd_node *n) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->v = sq_xrealloc(s->v, s->cap * sizeof *s->v);
    }
    s->v[s->n++] = n;
}

/* One step from every node of `in` into `out`. */
static void apply_step(const step *s, const nodeset *in, nodeset *out) {
    nodeset cur = {0}, next = {0};
    for (size_t i = 0; i < in->n; i++) {
        const jd_node *n = in->v[i];
        if (!s->key) {
            ns_push(&cur, n);
            continue;
        }
        if (n->type != JD_OBJ)
            continue;
        for (size_t k = 0; k < n->n; k++)
            if (strcmp(n->kids[k].key, s->key) == 0)
                ns_push(&cur, &n->kids[k]);
    }
    for (int j = 0; j < s->nidx; j++) {
        next.n = 0;
        for (size_t i = 0; i < cur.n; i++) {
            const jd_node *n = cur.v[i];
            if (n->type != JD_ARR)
                continue;
            if (s->idx[j] < 0) {
                for (size_t k = 0; k < n->n; k++)
                    ns_push(&next, &n->kids[k]);
            } else if ((size_t)s->idx[j] < n->n) {
                ns_push(&next, &n->kids[s->idx[j]]);
            }
        }
        nodeset t = cur;
        cur = next;
        next = t;
    }
    free(next.v);
    out->n = 0;
    for (size_t i = 0; i < cur.n; i++)
        ns_push(out, cur.v[i]);
    free(cur.v);
}

static void follow_path(spath_state *st, const jd_node *root, const char *src, sq_value *out) {
    nodeset a = {0}, b = {0};
    ns_push(&a, root);
    for (int i = 0; i < st->nsteps && a.n > 0; i++) {
        apply_step(&st->steps[i], &a, &b);
        nodeset t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < a.n; i++) {
        sq_value v = jd_value(a.v[i], src);
        if (out->type == SQ_NULL)
            *out = v;
        else
            sq_value_mv_push(out, v);
    }
    free(a.v);
    free(b.v);
}

static int spath_push(sq_op *op, sq_event *ev, sq_error *err) {
    spath_state *st = op->state;
    sq_value *in = sq_event_get(ev, st->input);
    size_t n = in ? sq_value_count(in) : 0;
    /* the texts are copied first: extraction may replace the input field */
    char **texts = sq_xcalloc(n + 1, sizeof *texts);
    size_t *lens = sq_xcalloc(n + 1, sizeof *lens);
    for (size_t i = 0; i < n; i++) {
        const char *s = sq_value_text(sq_value_at(in, i), &st->scratch, &lens[i]);
        texts[i] = sq_xstrndup(s, lens[i]);
    }
    sq_value found = SQ_VALUE_NULL;
    for (size_t i = 0; i < n; i++) {
        jd_node *root;
        sq_error perr;
        if (jd_parse(texts[i], lens[i], &root, &perr) < 0)
            continue; /* not JSON: nothing extracted */
        if (st->has_path)
            follow_path(st, root, texts[i], &found);
        else
            jd_flatten(op->q, ev, root, texts[i], "", SPATH_CUTOFF, 1);
        jd_free(root);
    }
    if (found.type != SQ_NULL)
        sq_event_set(ev, st->output, found);
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
    free(texts);
    free(lens);
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const spath_options[] = {"input=", "output=", "path=", NULL};

const sq_command sq_cmd_spath = {
    .name = "spath",
    .kind = SQ_CMD_STREAMING,
    .options = spath_options,
    .setup = spath_setup,
    .push = spath_push,
    .destroy = spath_destroy,
};
