/* rex.c — the rex command:
 *
 *   rex [field=<field>] "<regex>" [max_match=<int>] [offset_field=<name>]
 *   rex [field=<field>] mode=sed "s/<regex>/<replacement>/[g|<N>]" | "y/<from>/<to>/"
 *
 * Extraction: every named group of the PCRE regex that takes part in a match
 * sets the field of its name (field defaults to _raw).  max_match (default
 * 1; 0 = no limit) matches are made one after the other; a group matched
 * more than once gives a multivalue field.  Groups named _KEY_<n>/_VAL_<n>
 * make a field named by the first's text holding the second's.  The regex
 * needs at least one named group.  No match leaves the event as it was.
 * offset_field=<f> sets f to "name=start-end" per group and match, joined
 * by '&' (zero-based character offsets, end inclusive).  A multivalue
 * source field: its first value is read.
 *
 * sed mode edits the field in place, value by value: s/// replaces the first
 * match (flag g: all, N: the N-th), with \0-\9 in the replacement standing
 * for groups; y/// maps characters one to one. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "functions/functions.h"
#include "splq/command.h"

typedef struct named {
    int group;
    sq_sym sym;
    int key_of; /* _VAL_n: the group number of _KEY_n; else 0 */
    int is_key; /* _KEY_n: not a field itself */
} named;

typedef struct rex_state {
    sq_sym field;
    sq_regex *re;
    long long max_match;
    int has_offset;
    sq_sym offset_field;
    named *names;
    int nnames;
    /* sed mode */
    int sed;
    int sed_y;
    char *repl;          /* s: the replacement, escapes kept */
    long long sed_nth;   /* s: 0 = all (g), N = the N-th match */
    char *y_from, *y_to; /* y: the two character lists (bytes) */
    sq_buf scratch, out;
    /* fields written by the current event's matches (a second value makes
     * a multivalue) */
    sq_sym *done;
    size_t ndone, capdone;
} rex_state;

static void rex_destroy(sq_op *op) {
    rex_state *st = op->state;
    if (!st)
        return;
    sq_regex_free(st->re);
    free(st->names);
    free(st->done);
    free(st->repl);
    free(st->y_from);
    free(st->y_to);
    sq_buf_free(&st->scratch);
    sq_buf_free(&st->out);
    free(st);
    op->state = NULL;
}

/* --- setup ------------------------------------------------------------------- */

/* The named groups of the pattern, read from PCRE2's name table. */
static int read_names(sq_op *op, rex_state *st, const char *pat, sq_span span, sq_error *err) {
    int ec;
    PCRE2_SIZE eoff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &eoff, NULL);
    if (!code)
        code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, 0, &ec, &eoff, NULL);
    if (!code)
        return 0; /* sq_regex_compile has reported it */
    uint32_t count = 0, size = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    st->names = sq_xcalloc(count ? count : 1, sizeof *st->names);
    for (uint32_t i = 0; i < count; i++) {
        const unsigned char *e = table + (size_t)i * size;
        named *n = &st->names[st->nnames++];
        n->group = (e[0] << 8) | e[1];
        n->sym = sq_intern_cstr(op->q->syms, (const char *)e + 2);
    }
    /* pair _KEY_n with _VAL_n */
    for (int i = 0; i < st->nnames; i++) {
        const char *name = sq_sym_name(op->q->syms, st->names[i].sym);
        if (strncmp(name, "_KEY_", 5) != 0)
            continue;
        for (int j = 0; j < st->nnames; j++) {
            const char *other = sq_sym_name(op->q->syms, st->names[j].sym);
            if (strncmp(other, "_VAL_", 5) == 0 && strcmp(other + 5, name + 5) == 0) {
                st->names[i].is_key = 1;
                st->names[j].key_of = st->names[i].group;
            }
        }
    }
    pcre2_code_free(code);
    if (st->nnames == 0)
        return sq_fail_at(err, SQ_ERR_ARG, span,
                          "rex: the regex '%s' does not extract anything; it needs at least one "
                          "named group, (?<name>...)",
                          pat);
    return 0;
}

/* Split "s/a/b/g" or "y/a/b/" at its delimiter, honouring backslashes. */
static int split_sed(const char *expr, char **parts, sq_span span, sq_error *err) {
    char d = expr[1];
    if (!d)
        return sq_fail_at(err, SQ_ERR_ARG, span, "rex: malformed sed expression '%s'", expr);
    const char *p = expr + 2;
    for (int k = 0; k < 3; k++) {
        sq_buf b = SQ_BUF_INIT;
        while (*p && *p != d) {
            if (*p == '\\' && p[1] == d) { /* an escaped delimiter is the character itself */
                sq_buf_addc(&b, d);
                p += 2;
                continue;
            }
            if (*p == '\\' && p[1]) {
                sq_buf_addc(&b, *p++);
            }
            sq_buf_addc(&b, *p++);
        }
        parts[k] = b.data ? sq_buf_steal(&b) : sq_xstrdup("");
        if (k < 2) {
            if (*p != d)
                return sq_fail_at(err, SQ_ERR_ARG, span, "rex: malformed sed expression '%s'",
                                  expr);
            p++;
        }
    }
    return 0;
}

static int setup_sed(rex_state *st, const char *expr, sq_span span, sq_error *err) {
    st->sed = 1;
    if (expr[0] != 's' && expr[0] != 'y')
        return sq_fail_at(err, SQ_ERR_ARG, span,
                          "rex: a sed expression starts with s/ or y/, not '%s'", expr);
    char *parts[3] = {NULL, NULL, NULL};
    int rc = split_sed(expr, parts, span, err);
    if (rc == 0 && expr[0] == 'y') {
        st->sed_y = 1;
        if (strlen(parts[0]) != strlen(parts[1]))
            rc = sq_fail_at(err, SQ_ERR_ARG, span, "rex: y/// needs two lists of the same length");
        st->y_from = parts[0];
        st->y_to = parts[1];
        parts[0] = parts[1] = NULL;
    } else if (rc == 0) {
        const char *flags = parts[2];
        st->sed_nth = 1;
        if (strcmp(flags, "g") == 0)
            st->sed_nth = 0;
        else if (*flags && (!sq_parse_int(flags, &st->sed_nth) || st->sed_nth < 1))
            rc = sq_fail_at(err, SQ_ERR_ARG, span, "rex: sed flags must be g or a number, not '%s'",
                            flags);
        if (rc == 0)
            rc = sq_regex_compile(parts[0], strlen(parts[0]), span, &st->re, err);
        st->repl = parts[1];
        parts[1] = NULL;
    }
    for (int k = 0; k < 3; k++)
        free(parts[k]);
    return rc;
}

static int rex_parse(sq_op *op, rex_state *st, const sq_ast *stage, sq_error *err) {
    const char *field = "_raw", *offset = NULL, *mode = NULL;
    const sq_ast *mode_opt = NULL;
    st->max_match = 1;
    sq_optspec specs[] = {
        {.key = "field", .kind = SQ_OPT_STR, .dst = &field},
        {.key = "max_match", .kind = SQ_OPT_INT, .dst = &st->max_match, .min = 0, .max = 1LL << 40},
        {.key = "offset_field", .kind = SQ_OPT_STR, .dst = &offset},
        {.key = "mode", .kind = SQ_OPT_STR, .dst = &mode, .seen = &mode_opt},
    };
    sq_args a;
    if (sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err) < 0)
        return -1;
    int rc = 0;
    const sq_ast *pat = sq_args_next(&a);
    if (!pat || pat->kind != SQ_AST_WORD)
        rc = sq_fail_at(err, SQ_ERR_ARG, pat ? pat->span : sq_args_end_span(&a),
                        "rex: expected a regular expression in quotes");
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && mode && strcasecmp(mode, "sed") != 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, mode_opt->span, "rex: mode must be sed, not '%s'", mode);
    if (rc == 0) {
        st->field = sq_intern_cstr(op->q->syms, field);
        if (offset) {
            st->has_offset = 1;
            st->offset_field = sq_intern_cstr(op->q->syms, offset);
        }
        if (mode) {
            rc = setup_sed(st, pat->text, pat->span, err);
        } else {
            rc = sq_regex_compile(pat->text, strlen(pat->text), pat->span, &st->re, err);
            if (rc == 0)
                rc = read_names(op, st, pat->text, pat->span, err);
        }
    }
    sq_args_free(&a);
    return rc;
}

static int rex_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    rex_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    if (rex_parse(op, st, stage, err) < 0) {
        rex_destroy(op);
        return -1;
    }
    return 0;
}

/* --- extraction --------------------------------------------------------------- */

static size_t utf8_chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* Set a field on its first value in this event, add later values. */
static void set_or_add(rex_state *st, sq_event *ev, sq_sym s, sq_value v) {
    for (size_t i = 0; i < st->ndone; i++) {
        if (st->done[i] == s) {
            sq_value *have = sq_event_get(ev, s);
            if (have) {
                sq_value_mv_push(have, v);
                return;
            }
        }
    }
    if (st->ndone == st->capdone) {
        st->capdone = st->capdone ? st->capdone * 2 : 8;
        st->done = sq_xrealloc(st->done, st->capdone * sizeof *st->done);
    }
    st->done[st->ndone++] = s;
    sq_event_set(ev, s, v);
}

static int extract(sq_op *op, rex_state *st, sq_event *ev, const char *s, size_t len,
                   sq_error *err) {
    size_t pos = 0;
    long long matches = 0;
    st->ndone = 0;
    sq_buf offsets = SQ_BUF_INIT;
    while (pos <= len && (st->max_match == 0 || matches < st->max_match)) {
        const size_t *ov;
        int rc = sq_regex_exec(st->re, s, len, pos, &ov, err);
        if (rc < 0) {
            sq_buf_free(&offsets);
            return -1;
        }
        if (rc == 0)
            break;
        matches++;
        for (int i = 0; i < st->nnames; i++) {
            named *n = &st->names[i];
            if (n->group >= rc || ov[2 * n->group] == PCRE2_UNSET || n->is_key)
                continue;
            size_t b = ov[2 * n->group], e = ov[2 * n->group + 1];
            sq_sym target = n->sym;
            if (n->key_of) {
                if (n->key_of >= rc || ov[2 * n->key_of] == PCRE2_UNSET ||
                    ov[2 * n->key_of + 1] == ov[2 * n->key_of])
                    continue;
                target = sq_intern(op->q->syms, s + ov[2 * n->key_of],
                                   ov[2 * n->key_of + 1] - ov[2 * n->key_of]);
            }
            set_or_add(st, ev, target, sq_value_str(s + b, e - b));
            if (st->has_offset) {
                size_t cb = utf8_chars(s, b), ce = utf8_chars(s, e);
                if (offsets.len)
                    sq_buf_addc(&offsets, '&');
                sq_buf_printf(&offsets, "%s=%zu-%zu", sq_sym_name(op->q->syms, n->sym), cb,
                              ce > cb ? ce - 1 : cb);
            }
        }
        pos = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
    }
    if (st->has_offset && matches > 0) {
        size_t n = offsets.len;
        sq_event_set(ev, st->offset_field,
                     offsets.data ? sq_value_str_take(sq_buf_steal(&offsets), n)
                                  : sq_value_cstr(""));
    }
    sq_buf_free(&offsets);
    return 0;
}

/* --- sed ------------------------------------------------------------------------ */

static void add_replacement(rex_state *st, const char *s, const size_t *ov, int rc) {
    for (const char *r = st->repl; *r; r++) {
        if (*r == '\\' && r[1] >= '0' && r[1] <= '9') {
            int g = r[1] - '0';
            if (g < rc && ov[2 * g] != PCRE2_UNSET)
                sq_buf_add(&st->out, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
            r++;
        } else if (*r == '\\' && r[1]) {
            sq_buf_addc(&st->out, *++r);
        } else {
            sq_buf_addc(&st->out, *r);
        }
    }
}

/* Substitute into st->out; 1 if anything changed. */
static int sed_s(rex_state *st, const char *s, size_t len, sq_error *err) {
    sq_buf_reset(&st->out);
    size_t pos = 0, copied = 0;
    long long seen = 0;
    int changed = 0;
    while (pos <= len) {
        const size_t *ov;
        int rc = sq_regex_exec(st->re, s, len, pos, &ov, err);
        if (rc < 0)
            return -1;
        if (rc == 0)
            break;
        seen++;
        if (st->sed_nth == 0 || seen == st->sed_nth) {
            sq_buf_add(&st->out, s + copied, ov[0] - copied);
            add_replacement(st, s, ov, rc);
            copied = ov[1];
            changed = 1;
            if (st->sed_nth != 0)
                break;
        }
        pos = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
    }
    sq_buf_add(&st->out, s + copied, len - copied);
    return changed;
}

static void sed_y(rex_state *st, const char *s, size_t len) {
    sq_buf_reset(&st->out);
    for (size_t i = 0; i < len; i++) {
        const char *hit = memchr(st->y_from, s[i], strlen(st->y_from));
        sq_buf_addc(&st->out, hit ? st->y_to[hit - st->y_from] : s[i]);
    }
}

static int sed_value(rex_state *st, sq_value *v, sq_error *err) {
    size_t len;
    const char *s = sq_value_text(v, &st->scratch, &len);
    if (st->sed_y) {
        sed_y(st, s, len);
    } else {
        int rc = sed_s(st, s, len, err);
        if (rc <= 0)
            return rc;
    }
    sq_value_free(v);
    size_t n = st->out.len;
    *v = st->out.data ? sq_value_str(st->out.data, n) : sq_value_cstr("");
    return 0;
}

static int rex_push(sq_op *op, sq_event *ev, sq_error *err) {
    rex_state *st = op->state;
    sq_value *v = sq_event_get(ev, st->field);
    int rc = 0;
    if (v && sq_value_count(v) > 0) {
        if (st->sed) {
            size_t n = sq_value_count(v);
            for (size_t i = 0; i < n && rc == 0; i++)
                rc = sed_value(st, sq_value_at(v, i), err);
        } else {
            /* the text is copied: extraction may write to the field it reads */
            size_t len;
            const char *s = sq_value_text(sq_value_at(v, 0), &st->scratch, &len);
            char *copy = sq_xstrndup(s, len);
            rc = extract(op, st, ev, copy, len, err);
            free(copy);
        }
    }
    if (rc < 0) {
        sq_event_free(ev);
        return -1;
    }
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const rex_options[] = {"field=", "max_match=", "offset_field=", "mode=", NULL};

const sq_command sq_cmd_rex = {
    .name = "rex",
    .kind = SQ_CMD_STREAMING,
    .options = rex_options,
    .setup = rex_setup,
    .push = rex_push,
    .destroy = rex_destroy,
};
