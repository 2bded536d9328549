/* join.c — the join command:
 *   join [type=inner|outer|left] [usetime=<bool>] [earlier=<bool>]
 *        [overwrite=<bool>] [max=<int>] [<field> [[,] <field>]...] [<subsearch>]
 *   join [options] left=<L> right=<R> where <L>.<f>=<R>.<g> [...] [<subsearch>]
 *
 * Each current result (the left side) is joined with the subsearch's results
 * (the right side) whose join fields have the same values — compared
 * exactly, case-sensitively, as text (a multivalue field as all its values).
 * A result joins with at most max right rows (default 1, the first in the
 * subsearch's order; max=0: all), giving one output row per pair.
 * type=inner (the default) drops results with no match; left and outer
 * (the same) keep them unchanged.  Merging: the right row's fields are added
 * to the result; a field both have takes the right value with overwrite=true
 * (the default), the left one with overwrite=false; internal fields (_time,
 * _raw, ...) of the right row are not copied.  usetime=true keeps only right
 * rows no later (earlier=true, the default) or no earlier (earlier=false)
 * than the result, to the second.  Without a field list the join fields are
 * the fields both sides have (internal fields excepted).
 *
 * With left=/right= aliases and a where clause the fields may differ by
 * name; the output names every field by its side: L.<field>, R.<field>
 * (internal fields stay unprefixed, from the left).
 *
 * The subsearch runs first (limits: [join] subsearch_maxout 50,000 rows,
 * subsearch_maxtime 60 s) and is indexed by its join values; results then
 * stream through.  Without a field list every result is held first (the join
 * fields depend on all of them). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "splq/buf.h"
#include "subsearch.h"

/* Option names and keywords, for completion (see command.h). */
static const char *const join_options[] = {
    "type=", "usetime=", "earlier=", "overwrite=", "max=", "left=", "right=", "where", NULL};

typedef struct keyslot {
    char *key; /* NULL: empty */
    size_t len;
    uint64_t hash;
    size_t *rows;
    size_t n, cap;
} keyslot;

typedef struct join_state {
    int left; /* type=left/outer */
    int usetime, earlier, overwrite;
    long long max;
    /* join fields: lf on the left, rf on the right (the same without aliases) */
    sq_sym *lf, *rf;
    int nf;
    int autodetect;
    /* aliases (NULL: none) and prefixed-name caches, by symbol */
    const char *lalias, *ralias;
    sq_sym *lcache, *rcache;
    size_t nlcache, nrcache;
    sq_rowset sub;
    keyslot *slots;
    size_t nslots, used;
    sq_event **held; /* autodetect: the left side */
    size_t nheld, capheld;
    sq_buf key, scratch;
} join_state;

static void join_destroy(sq_op *op) {
    join_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->nslots; i++) {
        free(st->slots[i].key);
        free(st->slots[i].rows);
    }
    free(st->slots);
    for (size_t i = 0; i < st->nheld; i++)
        sq_event_free(st->held[i]);
    free(st->held);
    sq_rowset_free(&st->sub);
    free(st->lf);
    free(st->rf);
    free(st->lcache);
    free(st->rcache);
    sq_buf_free(&st->key);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

/* --- arguments ---------------------------------------------------------------- */

static int opt_bool(const sq_ast *o, int *out, sq_error *err) {
    if (o->nkids != 1 || !o->kids[0]->text || !sq_parse_bool(o->kids[0]->text, out))
        return sq_fail_at(err, SQ_ERR_ARG, o->span, "join: %s wants true or false", o->text);
    return 0;
}

static void add_pair(join_state *st, sq_query *q, const char *l, const char *r) {
    st->lf = sq_xrealloc(st->lf, (size_t)(st->nf + 1) * sizeof *st->lf);
    st->rf = sq_xrealloc(st->rf, (size_t)(st->nf + 1) * sizeof *st->rf);
    st->lf[st->nf] = sq_intern_cstr(q->syms, l);
    st->rf[st->nf] = sq_intern_cstr(q->syms, r);
    st->nf++;
}

/* `L.f=R.g` (either order): the field names after the aliases. */
static int where_pair(join_state *st, sq_query *q, const sq_ast *o, sq_error *err) {
    const char *a = o->text, *b = o->nkids == 1 ? o->kids[0]->text : NULL;
    size_t ll = strlen(st->lalias), rl = strlen(st->ralias);
    if (o->op == SQ_OP_EQ && a && b) {
        if (strncmp(a, st->lalias, ll) == 0 && a[ll] == '.' && strncmp(b, st->ralias, rl) == 0 &&
            b[rl] == '.') {
            add_pair(st, q, a + ll + 1, b + rl + 1);
            return 0;
        }
        if (strncmp(a, st->ralias, rl) == 0 && a[rl] == '.' && strncmp(b, st->lalias, ll) == 0 &&
            b[ll] == '.') {
            add_pair(st, q, b + ll + 1, a + rl + 1);
            return 0;
        }
    }
    return sq_fail_at(err, SQ_ERR_ARG, o->span,
                      "join: the where clause wants %s.<field>=%s.<field>", st->lalias, st->ralias);
}

static int parse_args(sq_op *op, join_state *st, const sq_ast *stage, const sq_ast **sub,
                      sq_error *err) {
    sq_query *q = op->q;
    *sub = NULL;
    int in_where = 0;
    for (int i = 0; i < stage->nkids; i++) {
        const sq_ast *k = stage->kids[i];
        if (k->kind == SQ_AST_COMMA)
            continue;
        if (k->kind == SQ_AST_SUBSEARCH) {
            if (*sub)
                return sq_fail_at(err, SQ_ERR_ARG, k->span, "join: only one subsearch");
            *sub = k;
            continue;
        }
        if (*sub)
            return sq_fail_at(err, SQ_ERR_ARG, k->span, "join: the subsearch must come last");
        if (k->kind == SQ_AST_OPTION && in_where) {
            if (where_pair(st, q, k, err) < 0)
                return -1;
            continue;
        }
        if (k->kind == SQ_AST_OPTION) {
            const char *key = k->text;
            const sq_ast *v = k->nkids == 1 ? k->kids[0] : NULL;
            if (!v || !v->text || k->op != SQ_OP_EQ)
                return sq_fail_at(err, SQ_ERR_ARG, k->span, "join: malformed option");
            if (strcasecmp(key, "type") == 0) {
                if (strcasecmp(v->text, "inner") == 0)
                    st->left = 0;
                else if (strcasecmp(v->text, "left") == 0 || strcasecmp(v->text, "outer") == 0)
                    st->left = 1;
                else
                    return sq_fail_at(err, SQ_ERR_ARG, v->span,
                                      "join: type must be inner, outer or left");
            } else if (strcasecmp(key, "usetime") == 0) {
                if (opt_bool(k, &st->usetime, err) < 0)
                    return -1;
            } else if (strcasecmp(key, "earlier") == 0) {
                if (opt_bool(k, &st->earlier, err) < 0)
                    return -1;
            } else if (strcasecmp(key, "overwrite") == 0) {
                if (opt_bool(k, &st->overwrite, err) < 0)
                    return -1;
            } else if (strcasecmp(key, "max") == 0) {
                if (sq_arg_int(v, 0, 1LL << 40, "join: max", &st->max, err) < 0)
                    return -1;
            } else if (strcasecmp(key, "left") == 0) {
                st->lalias = v->text;
            } else if (strcasecmp(key, "right") == 0) {
                st->ralias = v->text;
            } else {
                return sq_args_unknown_option(k, "join", join_options, err);
            }
            continue;
        }
        if (k->kind == SQ_AST_WORD && !(k->flags & SQ_AST_QUOTED) &&
            strcasecmp(k->text, "where") == 0) {
            if (!st->lalias || !st->ralias)
                return sq_fail_at(err, SQ_ERR_ARG, k->span,
                                  "join: a where clause needs left= and right= aliases before it");
            in_where = 1;
            continue;
        }
        if (k->kind == SQ_AST_WORD && k->text && *k->text && !in_where) {
            add_pair(st, q, k->text, k->text);
            continue;
        }
        return sq_fail_at(err, SQ_ERR_ARG, k->span, "join: unexpected argument");
    }
    if (!*sub)
        return sq_fail_at(err, SQ_ERR_ARG, stage->span, "join: expected a [subsearch]");
    if ((st->lalias || st->ralias) && (!st->lalias || !st->ralias || !in_where)) {
        /* Splunk ignores aliases without a where clause */
        st->lalias = st->ralias = NULL;
    }
    if (in_where && st->nf == 0)
        return sq_fail_at(err, SQ_ERR_ARG, stage->span, "join: the where clause names no fields");
    st->autodetect = st->nf == 0;
    return 0;
}

/* --- keys and the index ----------------------------------------------------------- */

static void add_len(sq_buf *b, size_t n) {
    uint32_t v = (uint32_t)n;
    sq_buf_add(b, (const char *)&v, sizeof v);
}

/* The event's join values into st->key; 0 when one is missing. */
static int make_key(join_state *st, sq_event *ev, const sq_sym *f) {
    sq_buf_reset(&st->key);
    sq_buf_addc(&st->key, 'k'); /* never empty, even with no join fields */
    for (int i = 0; i < st->nf; i++) {
        sq_value *v = sq_event_get(ev, f[i]);
        size_t n = v ? sq_value_count(v) : 0;
        if (n == 0)
            return 0;
        add_len(&st->key, n);
        for (size_t k = 0; k < n; k++) {
            size_t len;
            sq_buf_reset(&st->scratch);
            const char *s = sq_value_text(sq_value_at(v, k), &st->scratch, &len);
            add_len(&st->key, len);
            sq_buf_add(&st->key, s, len);
        }
    }
    return 1;
}

static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static keyslot *slot_find(join_state *st, int create) {
    if (create && (st->used + 1) * 4 > st->nslots * 3) {
        size_t n = st->nslots ? st->nslots * 2 : 64;
        keyslot *ns = sq_xcalloc(n, sizeof *ns);
        for (size_t i = 0; i < st->nslots; i++) {
            if (!st->slots[i].key)
                continue;
            size_t j = st->slots[i].hash & (n - 1);
            while (ns[j].key)
                j = (j + 1) & (n - 1);
            ns[j] = st->slots[i];
        }
        free(st->slots);
        st->slots = ns;
        st->nslots = n;
    }
    if (!st->nslots)
        return NULL;
    uint64_t h = hash_bytes(st->key.data, st->key.len);
    size_t j = h & (st->nslots - 1);
    while (st->slots[j].key) {
        keyslot *s = &st->slots[j];
        if (s->hash == h && s->len == st->key.len && memcmp(s->key, st->key.data, s->len) == 0)
            return s;
        j = (j + 1) & (st->nslots - 1);
    }
    if (!create)
        return NULL;
    keyslot *s = &st->slots[j];
    s->key = sq_xstrndup(st->key.data, st->key.len);
    s->len = st->key.len;
    s->hash = h;
    st->used++;
    return s;
}

static void build_index(join_state *st) {
    for (size_t r = 0; r < st->sub.n; r++) {
        if (!make_key(st, st->sub.rows[r], st->rf))
            continue;
        keyslot *s = slot_find(st, 1);
        if (s->n == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 2;
            s->rows = sq_xrealloc(s->rows, s->cap * sizeof *s->rows);
        }
        s->rows[s->n++] = r;
    }
}

/* The join fields when none were given: those both sides have. */
static void detect_fields(join_state *st, sq_query *q) {
    size_t nsym = sq_symtab_count(q->syms);
    unsigned char *seen = sq_xcalloc(nsym + 1, 1);
    for (size_t i = 0; i < st->nheld; i++)
        for (uint32_t f = 0; f < st->held[i]->n; f++)
            if (st->held[i]->fields[f].sym < nsym)
                seen[st->held[i]->fields[f].sym] |= 1;
    for (size_t i = 0; i < st->sub.n; i++)
        for (uint32_t f = 0; f < st->sub.rows[i]->n; f++)
            if (st->sub.rows[i]->fields[f].sym < nsym)
                seen[st->sub.rows[i]->fields[f].sym] |= 2;
    /* in the order the fields first appear on the left */
    for (size_t i = 0; i < st->nheld; i++)
        for (uint32_t f = 0; f < st->held[i]->n; f++) {
            sq_sym s = st->held[i]->fields[f].sym;
            if (s < nsym && seen[s] == 3 && !sq_sym_is_internal(q->syms, s)) {
                add_pair(st, q, sq_sym_name(q->syms, s), sq_sym_name(q->syms, s));
                seen[s] = 0;
            }
        }
    free(seen);
}

/* --- joining ---------------------------------------------------------------------- */

static sq_sym prefixed(sq_query *q, sq_sym **cache, size_t *ncache, const char *alias, sq_sym s) {
    if (s >= *ncache) {
        size_t n = s + 64;
        *cache = sq_xrealloc(*cache, n * sizeof **cache);
        memset(*cache + *ncache, 0xff, (n - *ncache) * sizeof **cache);
        *ncache = n;
    }
    if ((*cache)[s] == (sq_sym)-1) {
        sq_buf b = SQ_BUF_INIT;
        sq_buf_printf(&b, "%s.%s", alias, sq_sym_name(q->syms, s));
        (*cache)[s] = sq_intern(q->syms, b.data, b.len);
        sq_buf_free(&b);
    }
    return (*cache)[s];
}

/* The left result as the aliased join shows it (L.<field>). */
static sq_event *aliased_left(sq_op *op, join_state *st, const sq_event *ev) {
    sq_event *out = sq_event_new();
    out->seq = ev->seq;
    for (uint32_t f = 0; f < ev->n; f++) {
        sq_sym s = ev->fields[f].sym;
        sq_sym to = sq_sym_is_internal(op->q->syms, s)
                        ? s
                        : prefixed(op->q, &st->lcache, &st->nlcache, st->lalias, s);
        sq_event_set(out, to, sq_value_copy(&ev->fields[f].val));
    }
    return out;
}

static void merge_right(sq_op *op, join_state *st, sq_event *out, const sq_event *right) {
    for (uint32_t f = 0; f < right->n; f++) {
        sq_sym s = right->fields[f].sym;
        if (sq_sym_is_internal(op->q->syms, s))
            continue;
        if (st->lalias) {
            sq_event_set(out, prefixed(op->q, &st->rcache, &st->nrcache, st->ralias, s),
                         sq_value_copy(&right->fields[f].val));
            continue;
        }
        if (!st->overwrite && sq_event_get(out, s))
            continue;
        sq_event_set(out, s, sq_value_copy(&right->fields[f].val));
    }
}

/* usetime: is the right row on the wanted side of the result in time? */
static int time_ok(join_state *st, const sq_event *left, const sq_event *right) {
    if (!st->usetime)
        return 1;
    const sq_value *lv = sq_event_cget(left, SQ_SYM_TIME);
    const sq_value *rv = sq_event_cget(right, SQ_SYM_TIME);
    double lt, rt;
    if (!lv || !rv || !sq_value_number((sq_value *)lv, &lt) ||
        !sq_value_number((sq_value *)rv, &rt))
        return 1;
    lt = floor(lt);
    rt = floor(rt);
    return st->earlier ? rt <= lt : rt >= lt;
}

static int join_one(sq_op *op, join_state *st, sq_event *ev, sq_error *err) {
    keyslot *s = make_key(st, ev, st->lf) ? slot_find(st, 0) : NULL;
    long long joined = 0;
    for (size_t k = 0; s && k < s->n && (st->max == 0 || joined < st->max); k++) {
        const sq_event *right = st->sub.rows[s->rows[k]];
        if (!time_ok(st, ev, right))
            continue;
        sq_event *out = st->lalias ? aliased_left(op, st, ev) : sq_event_clone(ev);
        merge_right(op, st, out, right);
        joined++;
        if (sq_op_emit(op, out, err) < 0) {
            sq_event_free(ev);
            return -1;
        }
    }
    if (joined == 0 && st->left) {
        if (st->lalias) {
            sq_event *out = aliased_left(op, st, ev);
            sq_event_free(ev);
            return sq_op_emit(op, out, err);
        }
        return sq_op_emit(op, ev, err);
    }
    sq_event_free(ev);
    return 0;
}

static int join_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    join_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->max = 1;
    st->earlier = 1;
    st->overwrite = 1;
    const sq_ast *sub;
    if (parse_args(op, st, stage, &sub, err) < 0 ||
        sq_subsearch_run(op->q, "join", sub, SQ_JOIN_MAXOUT, SQ_SUBSEARCH_MAXTIME, &st->sub, err) <
            0 ||
        sq_op_hold_rows(op, &st->sub, err) < 0) {
        join_destroy(op);
        return -1;
    }
    if (!st->autodetect)
        build_index(st);
    return 0;
}

static int join_push(sq_op *op, sq_event *ev, sq_error *err) {
    join_state *st = op->state;
    if (!st->autodetect)
        return join_one(op, st, ev, err);
    if (st->nheld == st->capheld) {
        st->capheld = st->capheld ? st->capheld * 2 : 256;
        st->held = sq_xrealloc(st->held, st->capheld * sizeof *st->held);
    }
    st->held[st->nheld++] = ev;
    return sq_op_hold_event(op, ev, err);
}

static int join_finish(sq_op *op, sq_error *err) {
    join_state *st = op->state;
    if (st->autodetect) {
        detect_fields(st, op->q);
        build_index(st);
        size_t n = st->nheld;
        st->nheld = 0;
        for (size_t i = 0; i < n; i++) {
            sq_event *ev = st->held[i];
            st->held[i] = NULL;
            if (join_one(op, st, ev, err) < 0) {
                for (size_t k = i + 1; k < n; k++)
                    sq_event_free(st->held[k]);
                return -1;
            }
        }
    }
    return sq_op_finish_next(op, err);
}

const sq_command sq_cmd_join = {
    .name = "join",
    /* Streaming with a field list; blocking without one (see above). */
    .kind = SQ_CMD_BLOCKING,
    .options = join_options,
    .setup = join_setup,
    .push = join_push,
    .finish = join_finish,
    .destroy = join_destroy,
};
