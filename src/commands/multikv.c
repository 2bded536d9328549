/* multikv.c — the multikv command: table-formatted events (the output of
 * top, netstat, ps...) become one event per table row.
 *
 * `multikv [copyattrs=bool] [forceheader=N] [noheader=bool] [rmorig=bool]
 *  [fields <field>...]`.  The header is the first non-empty line of _raw
 * (or line N); its words name the columns, every character other than a
 * letter, digit or `_` becoming `_` (`sc-status` gives `sc_status`); with
 * noheader, columns are Column_1, Column_2...  Each later line is split on
 * white space; the last column takes the rest of the line.  New events keep
 * the original's other fields (copyattrs, default true) and, with
 * rmorig=false, the original event follows its rows. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"

typedef struct multikv_state {
    int copyattrs, noheader, rmorig;
    long long forceheader;
    sq_nodelist fields; /* only these columns, when given */
} multikv_state;

typedef struct words {
    const char **at;
    size_t *len;
    size_t n, cap;
} words;

/* Split one line on white space into at most max words (0: no limit); the
 * last word runs to the end of the line. */
static void split_words(const char *s, size_t n, size_t max, words *w) {
    w->n = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && isspace((unsigned char)s[i]))
            i++;
        if (i >= n)
            break;
        size_t start = i;
        if (max && w->n + 1 == max) {
            i = n;
            while (i > start && isspace((unsigned char)s[i - 1]))
                i--;
        } else {
            while (i < n && !isspace((unsigned char)s[i]))
                i++;
        }
        if (w->n == w->cap) {
            w->cap = w->cap ? w->cap * 2 : 16;
            w->at = sq_xrealloc(w->at, w->cap * sizeof *w->at);
            w->len = sq_xrealloc(w->len, w->cap * sizeof *w->len);
        }
        w->at[w->n] = s + start;
        w->len[w->n++] = i - start;
    }
}

static sq_sym column_sym(sq_query *q, const char *name, size_t n) {
    sq_buf b = SQ_BUF_INIT;
    for (size_t i = 0; i < n; i++)
        sq_buf_addc(&b, isalnum((unsigned char)name[i]) ? name[i] : '_');
    sq_sym s = sq_intern(q->syms, b.data ? b.data : "", b.len);
    sq_buf_free(&b);
    return s;
}

static int wanted(const multikv_state *st, sq_query *q, sq_sym s) {
    if (st->fields.n == 0)
        return 1;
    for (int i = 0; i < st->fields.n; i++)
        if (sq_intern_cstr(q->syms, st->fields.items[i]->text) == s)
            return 1;
    return 0;
}

static int multikv_push(sq_op *op, sq_event *ev, sq_error *err) {
    multikv_state *st = op->state;
    sq_buf scratch = SQ_BUF_INIT;
    size_t rawlen = 0;
    const sq_value *raw = sq_event_cget(ev, SQ_SYM_RAW);
    const char *text = raw ? sq_value_text(raw, &scratch, &rawlen) : "";
    sq_sym *cols = NULL;
    size_t ncols = 0;
    words w = {0};
    long long lineno = 0;
    int rc = 0;
    for (const char *p = text, *end = text + rawlen; p < end && rc >= 0;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        const char *line = p;
        p += n + (nl != NULL);
        if (n && line[n - 1] == '\r')
            n--;
        lineno++;
        int blank = 1;
        for (size_t i = 0; i < n && blank; i++)
            blank = isspace((unsigned char)line[i]) != 0;
        if (blank)
            continue;
        if (!cols && !st->noheader) {
            if (st->forceheader > 0 && lineno < st->forceheader)
                continue;
            split_words(line, n, 0, &w);
            ncols = w.n;
            cols = sq_xcalloc(ncols ? ncols : 1, sizeof *cols);
            for (size_t i = 0; i < ncols; i++)
                cols[i] = column_sym(op->q, w.at[i], w.len[i]);
            continue;
        }
        split_words(line, n, st->noheader ? 0 : ncols, &w);
        sq_event *row = st->copyattrs ? sq_event_clone(ev) : sq_event_new();
        sq_event_set(row, SQ_SYM_RAW, sq_value_str(line, n));
        for (size_t i = 0; i < w.n; i++) {
            sq_sym s;
            if (st->noheader) {
                char name[32];
                snprintf(name, sizeof name, "Column_%zu", i + 1);
                s = sq_intern_cstr(op->q->syms, name);
            } else {
                s = cols[i];
            }
            if (wanted(st, op->q, s))
                sq_event_set(row, s, sq_value_str(w.at[i], w.len[i]));
        }
        rc = sq_op_emit(op, row, err);
    }
    free(cols);
    free(w.at);
    free(w.len);
    sq_buf_free(&scratch);
    if (rc < 0 || st->rmorig) {
        sq_event_free(ev);
        return rc;
    }
    return sq_op_emit(op, ev, err);
}

static void multikv_destroy(sq_op *op) {
    multikv_state *st = op->state;
    if (!st)
        return;
    sq_nodelist_free(&st->fields);
    free(st);
    op->state = NULL;
}

static int multikv_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    multikv_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->copyattrs = 1;
    st->rmorig = 1;
    sq_optspec specs[] = {
        {.key = "copyattrs", .kind = SQ_OPT_BOOL, .dst = &st->copyattrs},
        {.key = "noheader", .kind = SQ_OPT_BOOL, .dst = &st->noheader},
        {.key = "rmorig", .kind = SQ_OPT_BOOL, .dst = &st->rmorig},
        {.key = "forceheader",
         .kind = SQ_OPT_INT,
         .dst = &st->forceheader,
         .min = 1,
         .max = 1000000},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    int rc = 0;
    if (sq_args_accept(&a, "fields"))
        rc = sq_args_names(&a, NULL, 1, "a field name", &st->fields, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    sq_args_free(&a);
    return rc;
}

/* Option names and keywords, for completion (see command.h). */
static const char *const multikv_options[] = {
    "copyattrs=", "noheader=", "rmorig=", "forceheader=", NULL};

const sq_command sq_cmd_multikv = {
    .name = "multikv",
    .kind = SQ_CMD_STREAMING,
    .options = multikv_options,
    .setup = multikv_setup,
    .push = multikv_push,
    .destroy = multikv_destroy,
};
