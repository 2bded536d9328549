/* outputlookup.c — the outputlookup command:
 *   outputlookup [append=<bool>] [create_empty=<bool>] [override_if_empty=<bool>]
 *                [max=<int>] [key_field=<field>] [allow_updates=<bool>]
 *                [createinapp=<bool>] [create_context=app|user|system]
 *                [output_format=splunk_sv_csv|splunk_mv_csv] <table>
 *
 * Writes the results to a CSV lookup file and passes them on unchanged.
 * The file is the definition's (when <table> names one), else <table> itself,
 * which must end in .csv or .csv.gz (gzip-compressed); a file that exists in
 * a lookup directory is replaced, a new one goes into the last lookup
 * directory given.  Columns: every field of the results in order of first
 * appearance, internal fields (_x) left out except _time (as epoch seconds)
 * and _raw; a multivalue field is written as its values joined by spaces.
 * append=true adds rows to an existing file, writing only the columns that
 * file already has (a missing file is created).  With no results nothing is
 * written: the existing file is deleted unless override_if_empty=false, and
 * create_empty=true writes an empty file instead.  max= caps the rows
 * written.  A KV store collection cannot be written here: a warning, and
 * the results still pass.  key_field, allow_updates, createinapp,
 * create_context and output_format are accepted and have no effect.
 * Blocking: every result is held until the file is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/command.h"
#include "splq/lookup.h"

typedef struct outputlookup_state {
    const char *table;
    int append, create_empty, override_if_empty;
    long long max;
    const sq_ast *max_seen;
    sq_event **held;
    size_t nheld, cap;
} outputlookup_state;

static void outputlookup_destroy(sq_op *op) {
    outputlookup_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->nheld; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    free(st);
    op->state = NULL;
}

static int outputlookup_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    outputlookup_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->override_if_empty = 1;
    int allow_updates = 0, createinapp = 1;
    const char *key_field = NULL, *create_context = NULL, *output_format = NULL;
    const sq_optspec specs[] = {
        {.key = "append", .kind = SQ_OPT_BOOL, .dst = &st->append},
        {.key = "create_empty", .kind = SQ_OPT_BOOL, .dst = &st->create_empty},
        {.key = "override_if_empty", .kind = SQ_OPT_BOOL, .dst = &st->override_if_empty},
        {.key = "max",
         .kind = SQ_OPT_INT,
         .dst = &st->max,
         .min = 0,
         .max = 1LL << 62,
         .seen = &st->max_seen},
        {.key = "key_field", .kind = SQ_OPT_STR, .dst = &key_field},
        {.key = "allow_updates", .kind = SQ_OPT_BOOL, .dst = &allow_updates},
        {.key = "createinapp", .kind = SQ_OPT_BOOL, .dst = &createinapp},
        {.key = "create_context", .kind = SQ_OPT_STR, .dst = &create_context},
        {.key = "output_format", .kind = SQ_OPT_STR, .dst = &output_format},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0) {
        outputlookup_destroy(op);
        return -1;
    }
    int rc = 0;
    const sq_ast *table = sq_args_next(&a);
    if (!table || table->kind != SQ_AST_WORD || !table->text || !*table->text)
        rc = sq_fail_at(err, SQ_ERR_ARG, table ? table->span : sq_args_end_span(&a),
                        "outputlookup: expected a lookup table or file name");
    else
        rc = sq_args_expect_end(&a, err);
    if (rc == 0)
        st->table = table->text;
    sq_args_free(&a);
    if (rc < 0)
        outputlookup_destroy(op);
    return rc;
}

static int outputlookup_push(sq_op *op, sq_event *ev, sq_error *err) {
    (void)err;
    outputlookup_state *st = op->state;
    if (st->nheld == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 256;
        st->held = sq_xrealloc(st->held, st->cap * sizeof *st->held);
    }
    st->held[st->nheld++] = ev;
    return sq_op_hold_event(op, ev, err);
}

/* --- writing --------------------------------------------------------------------- */

typedef struct columns {
    sq_sym *syms;
    const char **names;
    size_t n, cap;
} columns;

static void col_add(columns *c, sq_sym s, const char *name) {
    for (size_t i = 0; i < c->n; i++)
        if (c->syms[i] == s)
            return;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->syms = sq_xrealloc(c->syms, c->cap * sizeof *c->syms);
        c->names = sq_xrealloc(c->names, c->cap * sizeof *c->names);
    }
    c->syms[c->n] = s;
    c->names[c->n++] = name;
}

static int written_field(const sq_symtab *t, sq_sym s) {
    return !sq_sym_is_internal(t, s) || s == SQ_SYM_TIME || s == SQ_SYM_RAW;
}

/* A field's text as written to the file. */
static char *cell_text(sq_event *ev, sq_sym s) {
    sq_value *v = sq_event_get(ev, s);
    if (!v || sq_value_count(v) == 0)
        return NULL;
    sq_buf b = SQ_BUF_INIT;
    if (s == SQ_SYM_TIME) {
        double t;
        if (sq_value_number(v, &t))
            sq_num_format(t, -1, &b);
        else
            sq_value_format(v, &b, " ");
    } else {
        sq_value_format(v, &b, " ");
    }
    return sq_buf_steal(&b);
}

static int file_exists(const char *path) {
    struct stat sb;
    return stat(path, &sb) == 0;
}

static int write_table(sq_op *op, outputlookup_state *st, sq_error *err) {
    sq_query *q = op->q;
    char *path;
    int kvstore;
    if (sq_lookup_write_path(q->env ? q->env->lookups : NULL, st->table, &path, &kvstore, err) < 0)
        return -1;
    if (kvstore) {
        if (q->env)
            sq_warnf(&q->env->diag,
                     "outputlookup: \"%s\" is a KV store collection; splq has no KV store, so "
                     "nothing was written",
                     st->table);
        return 0;
    }
    size_t nrows = st->nheld;
    if (st->max_seen && (unsigned long long)st->max < nrows)
        nrows = (size_t)st->max;
    int rc = 0;
    if (nrows == 0) {
        if (st->create_empty && !st->append)
            rc = sq_csv_write(path, 0, NULL, 0, NULL, 0, err);
        else if (st->override_if_empty && !st->append && file_exists(path) && unlink(path) != 0)
            rc = sq_fail(err, SQ_ERR_IO, "outputlookup: cannot delete %s", path);
        free(path);
        return rc;
    }
    columns cols = {0};
    char **existing = NULL;
    size_t nexisting = 0;
    int append = st->append && file_exists(path);
    if (append) {
        if (sq_csv_read_header(path, &existing, &nexisting, err) < 0) {
            free(path);
            return -1;
        }
        for (size_t i = 0; i < nexisting; i++)
            col_add(&cols, sq_intern_cstr(q->syms, existing[i]), existing[i]);
    } else {
        for (size_t r = 0; r < nrows; r++)
            for (uint32_t f = 0; f < st->held[r]->n; f++) {
                sq_sym s = st->held[r]->fields[f].sym;
                if (written_field(q->syms, s))
                    col_add(&cols, s, sq_sym_name(q->syms, s));
            }
    }
    char **cells = sq_xcalloc(nrows * cols.n + 1, sizeof *cells);
    for (size_t r = 0; r < nrows; r++)
        for (size_t c = 0; c < cols.n; c++)
            cells[r * cols.n + c] = cell_text(st->held[r], cols.syms[c]);
    rc = sq_csv_write(path, append, cols.names, cols.n, (const char *const *)cells, nrows, err);
    for (size_t i = 0; i < nrows * cols.n; i++)
        free(cells[i]);
    free(cells);
    for (size_t i = 0; i < nexisting; i++)
        free(existing[i]);
    free(existing);
    free(cols.syms);
    free(cols.names);
    free(path);
    return rc;
}

static int outputlookup_finish(sq_op *op, sq_error *err) {
    outputlookup_state *st = op->state;
    if (write_table(op, st, err) < 0) {
        if (err->span.start < 0)
            err->span = op->stage->span;
        return -1;
    }
    size_t n = st->nheld;
    st->nheld = 0; /* ownership moves on result by result */
    for (size_t i = 0; i < n; i++) {
        sq_event *ev = st->held[i];
        st->held[i] = NULL;
        if (sq_op_emit(op, ev, err) < 0) {
            for (size_t k = i + 1; k < n; k++)
                sq_event_free(st->held[k]);
            return -1;
        }
    }
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const outputlookup_options[] = {
    "append=",        "create_empty=", "override_if_empty=", "max=",           "key_field=",
    "allow_updates=", "createinapp=",  "create_context=",    "output_format=", NULL};

const sq_command sq_cmd_outputlookup = {
    .name = "outputlookup",
    .kind = SQ_CMD_BLOCKING,
    .options = outputlookup_options,
    .setup = outputlookup_setup,
    .push = outputlookup_push,
    .finish = outputlookup_finish,
    .destroy = outputlookup_destroy,
};
