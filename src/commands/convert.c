/* convert.c — the convert command: rewrites field values with conversion
 * functions.
 *
 *   convert [timeformat=<fmt>] <fn>(<wc-field>) [AS <field>] ...
 *
 *   ctime    epoch seconds -> text in timeformat (default %m/%d/%Y %H:%M:%S)
 *   mktime   text in timeformat -> epoch seconds
 *   dur2sec  "[D+]HH:MM:SS" -> seconds
 *   mstime   "[MM:]SS.SSS" -> seconds
 *   memk     "<n>[k|m|g]" -> kilobytes
 *   rmcomma  "1,000,000.00" -> "1000000.00"
 *   rmunit   "212 sec" -> "212" (the leading number)
 *   auto     the first of: a number as is, rmcomma, dur2sec, memk; when a
 *            value of the field cannot be converted the field is left alone
 *   num      as auto, but values that cannot be converted are removed
 *   none     excludes the fields it names from every other conversion
 *
 * Without AS the field is replaced; with AS the result goes to the new field
 * and the original stays.  A wildcard (`ctime(*time) AS *_str`) applies to
 * every matching field, the AS name taking what each '*' matched; '*' does
 * not reach internal fields (_time, _raw) unless the pattern starts with '_'.
 * A value a function cannot convert is kept unchanged (except by num).
 * Multivalue fields are converted value by value. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aggregate.h"
#include "args.h"
#include "splq/command.h"
#include "splq/timefmt.h"

#define DEFAULT_TIMEFORMAT "%m/%d/%Y %H:%M:%S"

typedef enum conv_fn {
    CONV_AUTO,
    CONV_CTIME,
    CONV_DUR2SEC,
    CONV_MEMK,
    CONV_MKTIME,
    CONV_MSTIME,
    CONV_NONE,
    CONV_NUM,
    CONV_RMCOMMA,
    CONV_RMUNIT
} conv_fn;

static const struct {
    const char *name;
    conv_fn fn;
} conv_names[] = {
    {"auto", CONV_AUTO},     {"ctime", CONV_CTIME},   {"dur2sec", CONV_DUR2SEC},
    {"memk", CONV_MEMK},     {"mktime", CONV_MKTIME}, {"mstime", CONV_MSTIME},
    {"none", CONV_NONE},     {"num", CONV_NUM},       {"rmcomma", CONV_RMCOMMA},
    {"rmunit", CONV_RMUNIT},
};

typedef struct conversion {
    conv_fn fn;
    char *field;  /* may hold '*' */
    char *as;     /* NULL: replace in place; may hold '*' */
    int wildcard; /* field holds '*' */
    sq_sym sym;   /* field's symbol when not a wildcard */
} conversion;

typedef struct convert_state {
    conversion *convs;
    int nconvs;
    char *timeformat;
    sq_sym *matched; /* scratch: the fields a wildcard matched in one event */
    size_t capmatched;
    sq_buf buf; /* scratch */
} convert_state;

/* --- setup ------------------------------------------------------------------- */

static void convert_destroy(sq_op *op);

static int conv_lookup(const char *name, conv_fn *fn) {
    for (size_t i = 0; i < sizeof conv_names / sizeof conv_names[0]; i++) {
        if (strcasecmp(name, conv_names[i].name) == 0) {
            *fn = conv_names[i].fn;
            return 1;
        }
    }
    return 0;
}

static int parse_conversion(sq_op *op, convert_state *st, sq_args *a, sq_error *err) {
    const sq_ast *call = sq_args_next(a);
    conversion c = {0};
    if (call->kind != SQ_AST_CALL || !conv_lookup(call->text, &c.fn)) {
        if (call->kind == SQ_AST_CALL || call->kind == SQ_AST_WORD)
            return sq_fail_at(err, SQ_ERR_ARG, call->span,
                              "convert: unknown conversion '%s' (use auto, ctime, dur2sec, memk, "
                              "mktime, mstime, none, num, rmcomma or rmunit)",
                              call->text);
        return sq_fail_at(err, SQ_ERR_ARG, call->span,
                          "convert: expected a conversion such as ctime(field)");
    }
    if (call->nkids != 1 || call->kids[0]->kind != SQ_AST_WORD || !call->kids[0]->text[0])
        return sq_fail_at(err, SQ_ERR_ARG, call->span, "convert: %s() takes one field name",
                          call->text);
    const char *field = call->kids[0]->text;
    const char *as = NULL;
    if (sq_args_accept(a, "as")) {
        const sq_ast *to = sq_args_peek(a);
        if (!to || to->kind != SQ_AST_WORD || !to->text[0])
            return sq_fail_at(err, SQ_ERR_ARG, to ? to->span : sq_args_end_span(a),
                              "convert: expected a field name after AS");
        sq_args_next(a);
        as = to->text;
        if (c.fn == CONV_NONE)
            return sq_fail_at(err, SQ_ERR_ARG, to->span, "convert: none() takes no AS");
    }
    c.wildcard = strchr(field, '*') != NULL;
    if (as && strchr(as, '*') && !c.wildcard)
        return sq_fail_at(err, SQ_ERR_ARG, call->span,
                          "convert: a wildcard AS name needs a wildcard field");
    c.field = sq_xstrdup(field);
    c.as = as ? sq_xstrdup(as) : NULL;
    if (!c.wildcard)
        c.sym = sq_intern_cstr(op->q->syms, field);
    st->convs = sq_xrealloc(st->convs, (size_t)(st->nconvs + 1) * sizeof *st->convs);
    st->convs[st->nconvs++] = c;
    return 0;
}

static int convert_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    convert_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    const char *timeformat = NULL;
    const sq_optspec opts[] = {{"timeformat", SQ_OPT_STR, &timeformat, 0, 0, NULL}};
    sq_args a;
    if (sq_args_init(&a, stage, opts, 1, err) != 0) {
        convert_destroy(op);
        return -1;
    }
    int rc = 0;
    for (;;) {
        sq_args_skip_commas(&a);
        if (sq_args_done(&a))
            break;
        if ((rc = parse_conversion(op, st, &a, err)) != 0)
            break;
    }
    if (rc == 0 && st->nconvs == 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, sq_args_end_span(&a),
                        "convert: expected a conversion such as ctime(field)");
    sq_args_free(&a);
    if (rc != 0) {
        convert_destroy(op);
        return -1;
    }
    st->timeformat = sq_xstrdup(timeformat ? timeformat : DEFAULT_TIMEFORMAT);
    return 0;
}

/* --- the conversions of one value -------------------------------------------------- */

/* A number written at s[*i]: digits with an optional fraction. */
static int read_unsigned(const char *s, size_t n, size_t *i, double *out) {
    size_t start = *i, digits = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9')
        (*i)++, digits++;
    if (*i < n && s[*i] == '.') {
        size_t j = *i + 1, frac = 0;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++, frac++;
        if (frac || digits) {
            *i = j;
            digits += frac;
        }
    }
    if (digits == 0)
        return 0;
    return sq_str_is_number(s + start, *i - start, out);
}

/* [D+]HH:MM:SS[.fff] */
static int dur2sec(const char *s, size_t n, double *out) {
    size_t i = 0;
    double days = 0, h, m, sec;
    const char *plus = memchr(s, '+', n);
    if (plus) {
        if (!read_unsigned(s, n, &i, &days) || s + i != plus)
            return 0;
        i++;
    }
    if (!read_unsigned(s, n, &i, &h) || i >= n || s[i++] != ':')
        return 0;
    if (!read_unsigned(s, n, &i, &m) || i >= n || s[i++] != ':')
        return 0;
    if (!read_unsigned(s, n, &i, &sec) || i != n)
        return 0;
    *out = days * 86400 + h * 3600 + m * 60 + sec;
    return 1;
}

/* [MM:]SS.SSS */
static int mstime(const char *s, size_t n, double *out) {
    size_t i = 0;
    double a, b;
    if (!read_unsigned(s, n, &i, &a))
        return 0;
    if (i == n) {
        *out = a;
        return 1;
    }
    if (s[i++] != ':' || !read_unsigned(s, n, &i, &b) || i != n)
        return 0;
    *out = a * 60 + b;
    return 1;
}

/* <n>[k|m|g] in kilobytes; no unit means kilobytes. */
static int memk(const char *s, size_t n, double *out) {
    size_t i = 0;
    double d;
    if (!read_unsigned(s, n, &i, &d))
        return 0;
    if (i == n) {
        *out = d;
        return 1;
    }
    if (i + 1 != n)
        return 0;
    switch (s[i]) {
    case 'k':
    case 'K':
        *out = d;
        return 1;
    case 'm':
    case 'M':
        *out = d * 1024;
        return 1;
    case 'g':
    case 'G':
        *out = d * 1024 * 1024;
        return 1;
    default:
        return 0;
    }
}

/* Commas out; the rest must be a number.  The text stays as written. */
static int rmcomma(const char *s, size_t n, sq_buf *b) {
    sq_buf_reset(b);
    for (size_t i = 0; i < n; i++)
        if (s[i] != ',')
            sq_buf_addc(b, s[i]);
    return b->len > 0 && sq_str_is_number(b->data, b->len, NULL);
}

/* The number the value starts with, as written. */
static int rmunit(const char *s, size_t n, sq_buf *b) {
    size_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    double d;
    if (!read_unsigned(s, n, &i, &d))
        return 0;
    /* an exponent belongs to the number */
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        size_t e = j;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j > e)
            i = j;
    }
    sq_buf_reset(b);
    sq_buf_add(b, s, i);
    return 1;
}

/* Convert one scalar: 1 and *out set, or 0 (cannot convert). */
static int convert_item(convert_state *st, conv_fn fn, sq_value *item, sq_value *out) {
    double d;
    size_t len;
    const char *s;
    sq_buf text = SQ_BUF_INIT;
    int ok = 0;
    switch (fn) {
    case CONV_CTIME:
        if (sq_value_number(item, &d)) {
            sq_buf_reset(&st->buf);
            if (sq_strftime(d, st->timeformat, &st->buf) == 0) {
                *out = sq_value_str(sq_buf_cstr(&st->buf), st->buf.len);
                ok = 1;
            }
        }
        break;
    case CONV_MKTIME:
        s = sq_value_text(item, &text, &len);
        if (sq_strptime(s, len, st->timeformat, &d) == (long)len && len > 0) {
            *out = sq_value_num(d);
            ok = 1;
        }
        break;
    case CONV_DUR2SEC:
    case CONV_MSTIME:
    case CONV_MEMK:
        s = sq_value_text(item, &text, &len);
        if (fn == CONV_DUR2SEC  ? dur2sec(s, len, &d)
            : fn == CONV_MSTIME ? mstime(s, len, &d)
                                : memk(s, len, &d)) {
            *out = sq_value_num(d);
            ok = 1;
        }
        break;
    case CONV_RMCOMMA:
    case CONV_RMUNIT:
        s = sq_value_text(item, &text, &len);
        if (fn == CONV_RMCOMMA ? rmcomma(s, len, &st->buf) : rmunit(s, len, &st->buf)) {
            *out = sq_value_str(st->buf.data, st->buf.len);
            ok = 1;
        }
        break;
    case CONV_AUTO:
    case CONV_NUM:
        if (sq_value_number(item, &d)) {
            *out = sq_value_copy(item);
            ok = 1;
            break;
        }
        s = sq_value_text(item, &text, &len);
        if (rmcomma(s, len, &st->buf)) {
            *out = sq_value_str(st->buf.data, st->buf.len);
            ok = 1;
        } else if (dur2sec(s, len, &d) || memk(s, len, &d)) {
            *out = sq_value_num(d);
            ok = 1;
        }
        break;
    case CONV_NONE:
        break;
    }
    sq_buf_free(&text);
    return ok;
}

/* The converted value of v, or null when it should be removed (num with
 * nothing convertible).  auto leaves the whole field alone if any value
 * fails; the others keep the values they cannot convert. */
static sq_value convert_value(convert_state *st, conv_fn fn, sq_value *v) {
    size_t n = sq_value_count(v);
    sq_value res = SQ_VALUE_NULL;
    for (size_t i = 0; i < n; i++) {
        sq_value *item = sq_value_at(v, i);
        sq_value c;
        if (convert_item(st, fn, item, &c)) {
            if (n == 1)
                return c;
            sq_value_mv_push(&res, c);
        } else if (fn == CONV_AUTO) {
            sq_value_free(&res);
            return sq_value_copy(v);
        } else if (fn != CONV_NUM) {
            if (n == 1)
                return sq_value_copy(item);
            sq_value_mv_push(&res, sq_value_copy(item));
        }
    }
    if (res.type == SQ_MV && res.u.mv.n == 1) { /* num left one value */
        sq_value one = res.u.mv.items[0];
        free(res.u.mv.items);
        return one;
    }
    return res;
}

/* --- running ---------------------------------------------------------------------- */

static int excluded(const convert_state *st, const char *name) {
    for (int i = 0; i < st->nconvs; i++)
        if (st->convs[i].fn == CONV_NONE && sq_agg_glob(st->convs[i].field, name))
            return 1;
    return 0;
}

static int wildcard_takes(const conversion *c, sq_symtab *syms, sq_sym s) {
    if (sq_sym_is_internal(syms, s) && c->field[0] != '_')
        return 0;
    return sq_agg_glob(c->field, sq_sym_name(syms, s));
}

static void apply_one(convert_state *st, const conversion *c, sq_symtab *syms, sq_event *ev,
                      sq_sym field) {
    const char *name = sq_sym_name(syms, field);
    if (excluded(st, name))
        return;
    sq_value *v = sq_event_get(ev, field);
    if (!v)
        return;
    sq_value res = convert_value(st, c->fn, v);
    sq_sym target = field;
    if (c->as) {
        if (c->wildcard) {
            sq_agg_spec pat = {.wildcard = c->field, .name = c->as};
            char *to = sq_agg_wildcard_name(&pat, name);
            target = sq_intern_cstr(syms, to ? to : c->as);
            free(to);
        } else {
            target = sq_intern_cstr(syms, c->as);
        }
    }
    sq_event_set(ev, target, res);
}

static void apply(convert_state *st, const conversion *c, sq_symtab *syms, sq_event *ev) {
    if (c->fn == CONV_NONE)
        return;
    if (!c->wildcard) {
        apply_one(st, c, syms, ev, c->sym);
        return;
    }
    /* Fields matched before any is written: AS may add fields that match. */
    size_t n = 0;
    if (st->capmatched < ev->n) {
        st->capmatched = ev->n;
        st->matched = sq_xrealloc(st->matched, st->capmatched * sizeof *st->matched);
    }
    for (uint32_t f = 0; f < ev->n; f++)
        if (wildcard_takes(c, syms, ev->fields[f].sym))
            st->matched[n++] = ev->fields[f].sym;
    for (size_t i = 0; i < n; i++)
        apply_one(st, c, syms, ev, st->matched[i]);
}

static int convert_push(sq_op *op, sq_event *ev, sq_error *err) {
    convert_state *st = op->state;
    for (int i = 0; i < st->nconvs; i++)
        apply(st, &st->convs[i], op->q->syms, ev);
    return sq_op_emit(op, ev, err);
}

static void convert_destroy(sq_op *op) {
    convert_state *st = op->state;
    if (!st)
        return;
    for (int i = 0; i < st->nconvs; i++) {
        free(st->convs[i].field);
        free(st->convs[i].as);
    }
    free(st->convs);
    free(st->timeformat);
    free(st->matched);
    sq_buf_free(&st->buf);
    free(st);
    op->state = NULL;
}

/* Option names and keywords, for completion (see command.h). */
static const char *const convert_options[] = {"timeformat=", "as", NULL};

const sq_command sq_cmd_convert = {
    .name = "convert",
    .kind = SQ_CMD_STREAMING,
    .options = convert_options,
    .setup = convert_setup,
    .push = convert_push,
    .finish = NULL,
    .destroy = convert_destroy,
};
