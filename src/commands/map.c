/* map.c — the map command:
 *   map (search="<search>" | [<subsearch>]) [maxsearches=<int>]
 *
 * A loop: for each of the first maxsearches results (default 10), the search
 * is run over the inputs with `$field$` replaced by that result's value of
 * the field (its first value, as written, unquoted) and `$_serial_id$` by
 * the run's number (1, 2, ...); a `$name$` that names no field of the
 * result is left as it is.  Macros in the search are expanded only now, once
 * the tokens are in (Splunk expands them when map runs).  The searches'
 * results follow each other, in order.  More results than maxsearches: the
 * rest are not searched, with a warning; maxsearches=0 runs nothing (Splunk:
 * "Zero does not equate to unlimited").  A saved search name is not
 * supported (splq has no saved searches).  Blocking: the driving results
 * are held (at most maxsearches of them). */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/macro.h"
#include "splq/parse.h"
#include "subsearch.h"

#define MAP_MAXSEARCHES_DEFAULT 10

typedef struct map_state {
    char *templ; /* the search text with its $tokens$ */
    long long maxsearches;
    sq_event **held;
    size_t nheld, cap;
    unsigned long long seen;
} map_state;

static void map_destroy(sq_op *op) {
    map_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->nheld; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st->templ);
    free(st);
    op->state = NULL;
}

/* The subsearch form as query text: its canonical SPL, with a leading pipe
 * when it starts with a command (a query without one starts with search). */
static char *pipeline_text(const sq_ast *pipeline) {
    sq_buf b = SQ_BUF_INIT;
    if (pipeline->nkids > 0 && !(pipeline->kids[0]->flags & SQ_AST_IMPLICIT) &&
        !(pipeline->flags & SQ_AST_LEADPIPE))
        sq_buf_adds(&b, "| ");
    sq_ast_to_spl(pipeline, &b);
    return sq_buf_steal(&b);
}

static int map_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    map_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->maxsearches = MAP_MAXSEARCHES_DEFAULT;
    const char *search = NULL;
    const sq_ast *search_opt = NULL;
    const sq_optspec specs[] = {
        {.key = "search", .kind = SQ_OPT_STR, .dst = &search, .seen = &search_opt},
        {.key = "maxsearches",
         .kind = SQ_OPT_INT,
         .dst = &st->maxsearches,
         .min = 0,
         .max = 1LL << 40},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        map_destroy(op);
        return -1;
    }
    int rc = 0;
    const sq_ast *next = sq_args_next(&a);
    if (next && next->kind == SQ_AST_SUBSEARCH && next->nkids == 1 && !search_opt) {
        st->templ = pipeline_text(next->kids[0]);
    } else if (next && next->kind == SQ_AST_WORD && !search_opt) {
        rc = sq_fail_at(err, SQ_ERR_UNSUPPORTED, next->span,
                        "map: saved searches are not supported (\"%s\"); give search=\"...\" or "
                        "a [subsearch]",
                        next->text);
    } else if (next) {
        rc = sq_fail_at(err, SQ_ERR_ARG, next->span, "map: unexpected argument");
    } else if (search_opt) {
        st->templ = sq_xstrdup(search);
    } else {
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span,
                        "map: expected search=\"<search>\" or a [subsearch]");
    }
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    sq_args_free(&a);
    if (rc < 0) {
        map_destroy(op);
        return -1;
    }
    return 0;
}

static int map_push(sq_op *op, sq_event *ev, sq_error *err) {
    (void)err;
    map_state *st = op->state;
    st->seen++;
    if ((long long)st->nheld >= st->maxsearches) {
        sq_event_free(ev);
        return 0;
    }
    if (st->nheld == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 16;
        st->held = sq_xrealloc(st->held, st->cap * sizeof *st->held);
    }
    st->held[st->nheld++] = ev;
    return sq_op_hold_event(op, ev, err);
}

static int name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-' || c == ':' || c == '{' || c == '}' || c == '@';
}

/* The template with the result's values in place of its $field$ tokens. */
static char *substitute(sq_op *op, const char *templ, sq_event *ev, size_t serial) {
    sq_buf out = SQ_BUF_INIT, scratch = SQ_BUF_INIT;
    const char *p = templ;
    while (*p) {
        const char *d = strchr(p, '$');
        if (!d) {
            sq_buf_adds(&out, p);
            break;
        }
        sq_buf_add(&out, p, (size_t)(d - p));
        const char *e = d + 1;
        while (name_char(*e))
            e++;
        size_t len = (size_t)(e - d - 1);
        if (*e != '$' || len == 0) {
            sq_buf_addc(&out, '$');
            p = d + 1;
            continue;
        }
        sq_sym s;
        sq_value *v = NULL;
        if (len == 10 && strncmp(d + 1, "_serial_id", 10) == 0) {
            sq_buf_printf(&out, "%zu", serial);
        } else if (sq_sym_find(op->q->syms, d + 1, len, &s) && (v = sq_event_get(ev, s)) &&
                   sq_value_count(v) > 0) {
            size_t n;
            sq_buf_reset(&scratch);
            const char *text = sq_value_text(sq_value_at(v, 0), &scratch, &n);
            sq_buf_add(&out, text, n);
        } else {
            sq_buf_add(&out, d, len + 2); /* not a field here: left as written */
        }
        p = e + 1;
    }
    sq_buf_free(&scratch);
    return sq_buf_steal(&out);
}

/* One search of the loop, its results emitted. */
static int run_one(sq_op *op, map_state *st, size_t i, sq_error *err) {
    sq_query *q = op->q;
    char *text = substitute(op, st->templ, st->held[i], i + 1);
    char *expanded = NULL;
    size_t elen = 0;
    sq_ast *ast = NULL;
    sq_rowset rs = {0};
    int rc = q->env && q->env->macros ? sq_macro_expand(q->env->macros, text, strlen(text),
                                                        &expanded, &elen, NULL, &q->env->diag, err)
                                      : 0;
    if (rc == 0 && !expanded) {
        expanded = sq_xstrdup(text);
        elen = strlen(text);
    }
    if (rc == 0)
        rc = sq_parse(expanded, elen, SQ_PARSE_QUERY, &ast, err);
    if (rc == 0 && !ast)
        rc = sq_fail(err, SQ_ERR_SYNTAX, "empty search");
    if (rc == 0)
        rc = sq_subsearch_run(q, "map", ast, 0, 0, &rs, err);
    if (rc < 0) {
        /* The error is about the text map built, not the query: say which. */
        sq_error inner = *err;
        sq_fail_at(err, inner.code, op->stage->span, "map: search %zu (%s): %s", i + 1, text,
                   inner.msg);
    }
    for (size_t k = 0; k < rs.n && rc == 0; k++) {
        sq_event *ev = rs.rows[k];
        rs.rows[k] = NULL;
        rc = sq_op_emit(op, ev, err);
    }
    sq_rowset_free(&rs);
    sq_ast_free(ast);
    free(expanded);
    free(text);
    return rc;
}

static int map_finish(sq_op *op, sq_error *err) {
    map_state *st = op->state;
    if (st->seen > st->nheld && op->q->env)
        sq_warnf(&op->q->env->diag,
                 "map: the search result count (%llu) exceeds maxsearches (%lld); only the "
                 "first %lld were searched",
                 st->seen, st->maxsearches, st->maxsearches);
    for (size_t i = 0; i < st->nheld; i++)
        if (run_one(op, st, i, err) < 0)
            return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const map_options[] = {"search=", "maxsearches=", NULL};

const sq_command sq_cmd_map = {
    .name = "map",
    .kind = SQ_CMD_BLOCKING,
    .options = map_options,
    .setup = map_setup,
    .push = map_push,
    .finish = map_finish,
    .destroy = map_destroy,
};
