/* format.c — the format command:
 *   format [mvsep=<string>] [maxresults=<int>]
 *          ["<row prefix>" "<column prefix>" "<column separator>" "<column end>"
 *           "<row separator>" "<row end>"] [emptystr=<string>]
 *
 * Turns the results into one search string, in a single result whose only
 * field is `search` (what a subsearch does implicitly):
 *   ( ( a="1" AND b="2" ) OR ( a="3" AND b="4" ) )
 * Each result is a row: its fields in name order, each `name="value"`
 * (quotes and backslashes in the value escaped), a multivalue field as
 * `( name="v1" OR name="v2" )` with mvsep (default OR) between.  Internal
 * fields (_time, _raw, ...) are left out; the values of a field named
 * `search` or `query` are written as they are.  The six strings default to
 * "(" "(" "AND" ")" "OR" ")" and must be given all together.  maxresults
 * (default 0: all) limits the rows used.  With no usable row the search is
 * emptystr (default "NOT ( )", as Splunk's example shows it).
 * Blocking: the string is built as results arrive; they are not held. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/command.h"

typedef struct format_state {
    const char *mvsep, *emptystr;
    const char *parts[6]; /* row prefix, column prefix, column sep, column end, row sep, row end */
    long long maxresults;
    long long rows;
    sq_buf out, row, scratch;
    sq_sym search_sym, query_sym;
} format_state;

static void format_destroy(sq_op *op) {
    format_state *st = op->state;
    if (!st)
        return;
    sq_buf_free(&st->out);
    sq_buf_free(&st->row);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

static int format_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    format_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->mvsep = "OR";
    st->emptystr = "NOT ( )";
    static const char *const defaults[6] = {"(", "(", "AND", ")", "OR", ")"};
    memcpy(st->parts, defaults, sizeof defaults);
    const sq_optspec specs[] = {
        {.key = "mvsep", .kind = SQ_OPT_STR, .dst = &st->mvsep},
        {.key = "maxresults",
         .kind = SQ_OPT_INT,
         .dst = &st->maxresults,
         .min = 0,
         .max = 1LL << 62},
        {.key = "emptystr", .kind = SQ_OPT_STR, .dst = &st->emptystr},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        format_destroy(op);
        return -1;
    }
    int rc = 0;
    if (a.n != 0 && a.n != 6) {
        rc = sq_fail_at(err, SQ_ERR_ARG, a.pos[0]->span,
                        "format: the row and column strings come six together: \"<row prefix>\" "
                        "\"<column prefix>\" \"<column separator>\" \"<column end>\" \"<row "
                        "separator>\" \"<row end>\"");
    }
    for (int i = 0; rc == 0 && i < a.n; i++) {
        if (a.pos[i]->kind != SQ_AST_WORD || !a.pos[i]->text)
            rc = sq_fail_at(err, SQ_ERR_ARG, a.pos[i]->span, "format: expected a quoted string");
        else
            st->parts[i] = a.pos[i]->text;
    }
    st->search_sym = sq_intern_cstr(op->q->syms, "search");
    st->query_sym = sq_intern_cstr(op->q->syms, "query");
    sq_args_free(&a);
    if (rc < 0)
        format_destroy(op);
    return rc;
}

static void add_term(format_state *st, sq_buf *b, const char *name, sq_value *v, int raw) {
    size_t len;
    sq_buf_reset(&st->scratch);
    const char *s = sq_value_text(v, &st->scratch, &len);
    if (raw) {
        sq_buf_add(b, s, len);
        return;
    }
    sq_buf_printf(b, "%s=\"", name);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"' || s[i] == '\\')
            sq_buf_addc(b, '\\');
        sq_buf_addc(b, s[i]);
    }
    sq_buf_addc(b, '"');
}

static int cmp_field_names(const void *a, const void *b, void *t) {
    return strcmp(sq_sym_name(t, ((const sq_field *)a)->sym),
                  sq_sym_name(t, ((const sq_field *)b)->sym));
}

/* Sort a copy of the field array by name (insertion sort: rows are short). */
static void sort_fields(sq_field *f, size_t n, const sq_symtab *t) {
    for (size_t i = 1; i < n; i++) {
        sq_field x = f[i];
        size_t j = i;
        while (j > 0 && cmp_field_names(&f[j - 1], &x, (void *)t) > 0) {
            f[j] = f[j - 1];
            j--;
        }
        f[j] = x;
    }
}

static int format_push(sq_op *op, sq_event *ev, sq_error *err) {
    (void)err;
    format_state *st = op->state;
    if (st->maxresults > 0 && st->rows >= st->maxresults) {
        sq_event_free(ev);
        return 0;
    }
    const sq_symtab *t = op->q->syms;
    sq_field *f = sq_xcalloc(ev->n + 1, sizeof *f);
    size_t n = 0;
    for (uint32_t i = 0; i < ev->n; i++)
        if (!sq_sym_is_internal(t, ev->fields[i].sym) && sq_value_count(&ev->fields[i].val) > 0)
            f[n++] = ev->fields[i];
    sort_fields(f, n, t);
    sq_buf_reset(&st->row);
    for (size_t i = 0; i < n; i++) {
        if (i)
            sq_buf_printf(&st->row, " %s ", st->parts[2]);
        const char *name = sq_sym_name(t, f[i].sym);
        int raw = f[i].sym == st->search_sym || f[i].sym == st->query_sym;
        size_t nv = sq_value_count(&f[i].val);
        if (nv == 1) {
            add_term(st, &st->row, name, sq_value_at(&f[i].val, 0), raw);
            continue;
        }
        sq_buf_adds(&st->row, "( ");
        for (size_t k = 0; k < nv; k++) {
            if (k)
                sq_buf_printf(&st->row, " %s ", st->mvsep);
            add_term(st, &st->row, name, sq_value_at(&f[i].val, k), raw);
        }
        sq_buf_adds(&st->row, " )");
    }
    free(f);
    sq_event_free(ev);
    if (n == 0)
        return 0;
    sq_buf_printf(&st->out, "%s%s %s %s", st->rows ? " " : "", st->rows ? st->parts[4] : "",
                  st->parts[1], st->row.data);
    sq_buf_printf(&st->out, " %s", st->parts[3]);
    st->rows++;
    return 0;
}

static int format_finish(sq_op *op, sq_error *err) {
    format_state *st = op->state;
    sq_buf s = SQ_BUF_INIT;
    if (st->rows == 0)
        sq_buf_adds(&s, st->emptystr);
    else
        sq_buf_printf(&s, "%s%s %s", st->parts[0], st->out.data, st->parts[5]);
    sq_event *ev = sq_event_new();
    sq_event_set(ev, st->search_sym, sq_value_cstr(sq_buf_cstr(&s)));
    sq_buf_free(&s);
    if (sq_op_emit(op, ev, err) < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const format_options[] = {"mvsep=", "maxresults=", "emptystr=", NULL};

const sq_command sq_cmd_format = {
    .name = "format",
    .kind = SQ_CMD_BLOCKING,
    .options = format_options,
    .setup = format_setup,
    .push = format_push,
    .finish = format_finish,
    .destroy = format_destroy,
};
