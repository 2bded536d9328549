/* makeresults.c — the makeresults command (generating):
 *
 *   | makeresults [count=<int>] [annotate=<bool>] [splunk_server=<s>]
 *                 [splunk_server_group=<s>] [format=csv|json data=<string>]
 *
 * Without data: `count` (default 1) results holding only _time, the search
 * time (the same for every result).  annotate=true adds the fields Splunk
 * lists (_raw, host, source, sourcetype, splunk_server_group have no value,
 * so only splunk_server is shown: "local").  With format and data: one result
 * per JSON object of the array (fields as JSON extraction names them, _raw
 * the object's text) or per CSV line after the header line; count and
 * annotate are then ignored.  Inline data is limited to 29,999 characters as
 * in Splunk.  Rows are built in finish(), one at a time. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "jsondoc.h"
#include "splq/buf.h"
#include "splq/command.h"

#define MAKERESULTS_MAX_DATA 29999

typedef struct mr_state {
    long long count;
    int annotate;
    const char *format; /* NULL, "csv" or "json" */
    const char *data;
} mr_state;

static void mr_destroy(sq_op *op) {
    free(op->state);
    op->state = NULL;
}

static int mr_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    mr_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->count = 1;
    const char *server = NULL, *group = NULL;
    const sq_ast *fmt_opt = NULL, *data_opt = NULL;
    sq_optspec specs[] = {
        {.key = "count", .kind = SQ_OPT_INT, .dst = &st->count, .min = 0, .max = 1LL << 40},
        {.key = "annotate", .kind = SQ_OPT_BOOL, .dst = &st->annotate},
        {.key = "splunk_server", .kind = SQ_OPT_STR, .dst = &server},
        {.key = "splunk_server_group", .kind = SQ_OPT_STR, .dst = &group},
        {.key = "format", .kind = SQ_OPT_STR, .dst = &st->format, .seen = &fmt_opt},
        {.key = "data", .kind = SQ_OPT_STR, .dst = &st->data, .seen = &data_opt},
    };
    sq_args a;
    int rc = sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    sq_args_free(&a);
    if (rc == 0 && st->format && strcasecmp(st->format, "csv") != 0 &&
        strcasecmp(st->format, "json") != 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, fmt_opt->span,
                        "makeresults: format must be csv or json, not '%s'", st->format);
    if (rc == 0 && st->data && !st->format)
        st->format = "csv"; /* Splunk's default format for data= */
    if (rc == 0 && st->format && !st->data)
        rc = sq_fail_at(err, SQ_ERR_ARG, fmt_opt->span, "makeresults: format needs data=");
    if (rc == 0 && st->data && strlen(st->data) > MAKERESULTS_MAX_DATA)
        rc = sq_fail_at(err, SQ_ERR_LIMIT, data_opt->span,
                        "makeresults: data is longer than %d characters", MAKERESULTS_MAX_DATA);
    if (rc < 0)
        mr_destroy(op);
    return rc;
}

static sq_event *new_row(sq_op *op, uint64_t seq) {
    sq_event *ev = sq_event_new();
    ev->seq = seq;
    sq_event_set(ev, SQ_SYM_TIME, sq_value_num(op->q->now));
    return ev;
}

static int emit_json(sq_op *op, mr_state *st, sq_error *err) {
    jd_node *root;
    if (jd_parse(st->data, strlen(st->data), &root, err) < 0)
        return -1;
    int rc = 0;
    size_t n = root->type == JD_ARR ? root->n : 1;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const jd_node *obj = root->type == JD_ARR ? &root->kids[i] : root;
        if (obj->type != JD_OBJ) {
            rc = sq_fail(err, SQ_ERR_ARG, "makeresults: format=json data must hold JSON objects");
            break;
        }
        sq_event *ev = new_row(op, i + 1);
        sq_event_set(ev, SQ_SYM_RAW, sq_value_str(st->data + obj->start, obj->end - obj->start));
        jd_flatten(op->q, ev, obj, st->data, "", 0, 1);
        rc = sq_op_emit(op, ev, err);
    }
    jd_free(root);
    return rc;
}

/* One CSV record from *p (quotes with "" escapes; CR LF or LF ends it). */
static void csv_record(const char **p, sq_value **cells, size_t *n, size_t *cap) {
    const char *s = *p;
    *n = 0;
    for (;;) {
        sq_buf cell = SQ_BUF_INIT;
        if (*s == '"') {
            s++;
            while (*s) {
                if (*s == '"' && s[1] == '"') {
                    sq_buf_addc(&cell, '"');
                    s += 2;
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    sq_buf_addc(&cell, *s++);
                }
            }
        }
        while (*s && *s != ',' && *s != '\n' && !(*s == '\r' && s[1] == '\n'))
            sq_buf_addc(&cell, *s++);
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 8;
            *cells = sq_xrealloc(*cells, *cap * sizeof **cells);
        }
        size_t len = cell.len;
        (*cells)[(*n)++] =
            cell.data ? sq_value_str_take(sq_buf_steal(&cell), len) : sq_value_cstr("");
        if (*s == ',') {
            s++;
            continue;
        }
        break;
    }
    if (*s == '\r')
        s++;
    if (*s == '\n')
        s++;
    *p = s;
}

static int emit_csv(sq_op *op, mr_state *st, sq_error *err) {
    const char *p = st->data;
    sq_value *header = NULL, *cells = NULL;
    size_t nh = 0, caph = 0, nc = 0, capc = 0;
    csv_record(&p, &header, &nh, &caph);
    sq_sym *syms = sq_xcalloc(nh ? nh : 1, sizeof *syms);
    for (size_t i = 0; i < nh; i++)
        syms[i] = sq_intern(op->q->syms, header[i].u.str.ptr, header[i].u.str.len);
    int rc = 0;
    uint64_t seq = 0;
    while (*p && rc == 0) {
        csv_record(&p, &cells, &nc, &capc);
        if (nc == 1 && cells[0].u.str.len == 0) { /* a blank line */
            sq_value_free(&cells[0]);
            continue;
        }
        sq_event *ev = new_row(op, ++seq);
        for (size_t i = 0; i < nc; i++) {
            /* an empty cell is no value; cells beyond the header are dropped */
            if (i < nh && cells[i].u.str.len > 0 && header[i].u.str.len > 0)
                sq_event_set(ev, syms[i], cells[i]);
            else
                sq_value_free(&cells[i]);
        }
        rc = sq_op_emit(op, ev, err);
    }
    for (size_t i = 0; i < nh; i++)
        sq_value_free(&header[i]);
    free(header);
    free(cells);
    free(syms);
    return rc;
}

/* Only the first command of a search can generate results. */
static int mr_push(sq_op *op, sq_event *ev, sq_error *err) {
    sq_event_free(ev);
    return sq_fail_at(err, SQ_ERR_ARG, op->stage->span,
                      "makeresults: this command must be the first command of a search");
}

static int mr_finish(sq_op *op, sq_error *err) {
    mr_state *st = op->state;
    int rc = 0;
    if (st->format && strcasecmp(st->format, "json") == 0) {
        rc = emit_json(op, st, err);
    } else if (st->format) {
        rc = emit_csv(op, st, err);
    } else {
        sq_sym server = sq_intern_cstr(op->q->syms, "splunk_server");
        for (long long i = 0; i < st->count && rc == 0; i++) {
            sq_event *ev = new_row(op, (uint64_t)i + 1);
            if (st->annotate)
                sq_event_set(ev, server, sq_value_cstr("local"));
            rc = sq_op_emit(op, ev, err);
        }
    }
    if (rc < 0)
        return -1;
    return sq_op_finish_next(op, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const makeresults_options[] = {
    "count=", "annotate=", "splunk_server=", "splunk_server_group=", "format=", "data=", NULL};

const sq_command sq_cmd_makeresults = {
    .name = "makeresults",
    .kind = SQ_CMD_GENERATING,
    .options = makeresults_options,
    .setup = mr_setup,
    .push = mr_push,
    .finish = mr_finish,
    .destroy = mr_destroy,
};
