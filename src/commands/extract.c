/* extract.c — the extract command and its alias kv: key=value pairs from
 * _raw.
 *
 *   extract [pairdelim=<chars>] [kvdelim=<chars>] [clean_keys=<bool>]
 *           [limit=<int>] [maxchars=<int>] [mv_add=<bool>] [segment=<bool>]
 *           [reload=<bool>]
 *
 * Without delimiters, pairs are `key=value` or `key="quoted value"`: a key is
 * a run of letters, digits, '_', '.' and '-' starting with a letter or '_';
 * an unquoted value runs to the next blank, comma or semicolon.  With
 * pairdelim/kvdelim, _raw is cut at any pairdelim character and each piece
 * at its first kvdelim character (blanks around keys and values trimmed,
 * surrounding double quotes removed).  clean_keys (default true) turns
 * characters other than letters, digits and '_' in keys into '_'.  At most
 * limit pairs (default 100) are read from the first maxchars characters
 * (default 10,240).  A key seen twice keeps its first value unless
 * mv_add=true, which makes a multivalue.  An extracted field replaces an
 * existing one.  Named extractors (extract <name>, from transforms.conf)
 * are not supported.  Streaming. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/command.h"

typedef struct extract_state {
    const char *pairdelim, *kvdelim;
    int clean_keys, mv_add;
    long long limit, maxchars;
    sq_buf key, scratch;
    sq_sym *set;
    size_t nset, capset;
} extract_state;

static void extract_destroy(sq_op *op) {
    extract_state *st = op->state;
    if (!st)
        return;
    sq_buf_free(&st->key);
    sq_buf_free(&st->scratch);
    free(st->set);
    free(st);
    op->state = NULL;
}

static int extract_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    extract_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    int segment = 0, reload = 0;
    st->clean_keys = 1;
    st->limit = 100;
    st->maxchars = 10240;
    sq_optspec specs[] = {
        {.key = "pairdelim", .kind = SQ_OPT_STR, .dst = &st->pairdelim},
        {.key = "kvdelim", .kind = SQ_OPT_STR, .dst = &st->kvdelim},
        {.key = "clean_keys", .kind = SQ_OPT_BOOL, .dst = &st->clean_keys},
        {.key = "mv_add", .kind = SQ_OPT_BOOL, .dst = &st->mv_add},
        {.key = "limit", .kind = SQ_OPT_INT, .dst = &st->limit, .min = 0, .max = 1LL << 40},
        {.key = "maxchars", .kind = SQ_OPT_INT, .dst = &st->maxchars, .min = 0, .max = 1LL << 40},
        {.key = "segment", .kind = SQ_OPT_BOOL, .dst = &segment},
        {.key = "reload", .kind = SQ_OPT_BOOL, .dst = &reload},
    };
    sq_args a;
    int rc = sq_args_init(&a, stage, specs, sizeof specs / sizeof *specs, err);
    if (rc == 0 && !sq_args_done(&a)) {
        const sq_ast *w = sq_args_peek(&a);
        rc = sq_fail_at(err, SQ_ERR_UNSUPPORTED, w->span,
                        "%s: named extractions (transforms.conf stanzas) are not supported; use "
                        "pairdelim= and kvdelim=, or rex",
                        stage->text);
    }
    if (rc == 0 && st->pairdelim && !st->kvdelim)
        st->kvdelim = "=";
    if (rc == 0 && st->kvdelim && !st->pairdelim)
        st->pairdelim = " ";
    if (rc == 0 && st->kvdelim && !*st->kvdelim)
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "%s: kvdelim must not be empty", stage->text);
    sq_args_free(&a);
    if (rc < 0)
        extract_destroy(op);
    return rc;
}

static int is_key_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_key_char(char c) {
    return is_key_start(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

static void put(sq_op *op, extract_state *st, sq_event *ev, const char *k, size_t klen,
                const char *v, size_t vlen) {
    sq_buf_reset(&st->key);
    for (size_t i = 0; i < klen; i++) {
        char c = k[i];
        int ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        sq_buf_addc(&st->key, st->clean_keys && !ok ? '_' : c);
    }
    if (st->key.len == 0)
        return;
    sq_sym s = sq_intern(op->q->syms, st->key.data, st->key.len);
    for (size_t i = 0; i < st->nset; i++) {
        if (st->set[i] != s)
            continue;
        sq_value *have = sq_event_get(ev, s);
        if (st->mv_add && have)
            sq_value_mv_push(have, sq_value_str(v, vlen));
        return; /* otherwise the first value stays */
    }
    if (st->nset == st->capset) {
        st->capset = st->capset ? st->capset * 2 : 16;
        st->set = sq_xrealloc(st->set, st->capset * sizeof *st->set);
    }
    st->set[st->nset++] = s;
    sq_event_set(ev, s, sq_value_str(v, vlen));
}

static void trim(const char **s, size_t *len) {
    while (*len && (**s == ' ' || **s == '\t' || **s == '\r' || **s == '\n')) {
        (*s)++;
        (*len)--;
    }
    while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' || (*s)[*len - 1] == '\r' ||
                    (*s)[*len - 1] == '\n'))
        (*len)--;
}

static void extract_delims(sq_op *op, extract_state *st, sq_event *ev, const char *s, size_t len) {
    size_t i = 0;
    long long pairs = 0;
    while (i <= len && pairs < st->limit) {
        size_t j = i;
        while (j < len && !strchr(st->pairdelim, s[j]))
            j++;
        const char *piece = s + i;
        size_t plen = j - i;
        size_t k = 0;
        while (k < plen && !strchr(st->kvdelim, piece[k]))
            k++;
        if (k < plen) {
            const char *key = piece, *val = piece + k + 1;
            size_t klen = k, vlen = plen - k - 1;
            trim(&key, &klen);
            trim(&val, &vlen);
            if (vlen >= 2 && val[0] == '"' && val[vlen - 1] == '"') {
                val++;
                vlen -= 2;
            }
            if (klen) {
                put(op, st, ev, key, klen, val, vlen);
                pairs++;
            }
        }
        i = j + 1;
    }
}

static void extract_auto(sq_op *op, extract_state *st, sq_event *ev, const char *s, size_t len) {
    long long pairs = 0;
    for (size_t i = 0; i < len && pairs < st->limit; i++) {
        if (!is_key_start(s[i]) || (i > 0 && is_key_char(s[i - 1])))
            continue;
        size_t k = i;
        while (k < len && is_key_char(s[k]))
            k++;
        if (k >= len || s[k] != '=') {
            i = k;
            continue;
        }
        size_t v = k + 1, e;
        const char *val;
        size_t vlen;
        if (v < len && s[v] == '"') {
            e = v + 1;
            while (e < len && s[e] != '"')
                e += s[e] == '\\' && e + 1 < len ? 2 : 1;
            val = s + v + 1;
            vlen = (e < len ? e : len) - v - 1;
            e = e < len ? e + 1 : len;
        } else {
            e = v;
            while (e < len && s[e] != ' ' && s[e] != '\t' && s[e] != '\n' && s[e] != '\r' &&
                   s[e] != ',' && s[e] != ';')
                e++;
            val = s + v;
            vlen = e - v;
        }
        if (vlen > 0) {
            put(op, st, ev, s + i, k - i, val, vlen);
            pairs++;
        }
        i = e > i ? e - 1 : i;
    }
}

static int extract_push(sq_op *op, sq_event *ev, sq_error *err) {
    extract_state *st = op->state;
    sq_value *raw = sq_event_get(ev, SQ_SYM_RAW);
    if (raw && sq_value_count(raw) > 0) {
        size_t len;
        const char *s = sq_value_text(sq_value_at(raw, 0), &st->scratch, &len);
        if ((long long)len > st->maxchars)
            len = (size_t)st->maxchars;
        char *copy = sq_xstrndup(s, len);
        st->nset = 0;
        if (st->kvdelim)
            extract_delims(op, st, ev, copy, len);
        else
            extract_auto(op, st, ev, copy, len);
        free(copy);
    }
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const extract_options[] = {
    "pairdelim=", "kvdelim=", "clean_keys=", "mv_add=", "limit=",
    "maxchars=",  "segment=", "reload=",     NULL};

const sq_command sq_cmd_extract = {
    .name = "extract",
    .kind = SQ_CMD_STREAMING,
    .options = extract_options,
    .setup = extract_setup,
    .push = extract_push,
    .destroy = extract_destroy,
};

const sq_command sq_cmd_kv = {
    .name = "kv",
    .kind = SQ_CMD_STREAMING,
    .options = extract_options,
    .setup = extract_setup,
    .push = extract_push,
    .destroy = extract_destroy,
};
