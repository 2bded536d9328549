/* rename.c — the rename command: `rename a AS b, "x y" AS z, EU* AS EMEA*`.
 *
 * Pairs apply left to right.  Renaming keeps the field's position and
 * replaces any field already named like the target; renaming a field that is
 * absent removes the target (sq_event_rename).  With wildcards both sides
 * need the same number of '*'; each '*' of the target takes the text its
 * counterpart matched.  A wildcard matches internal fields (_*) only when the
 * pattern itself starts with '_'. */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "splq/buf.h"
#include "splq/command.h"

#define MAX_STARS 16

typedef struct pair {
    sq_sym from, to;
    /* Wildcard pairs: the patterns and a per-symbol cache of the result:
     * 0 not computed, 1 no match, s + 2 renamed to symbol s. */
    const char *fpat, *tpat;
    int stars;
    sq_sym *cache;
    size_t ncache;
} pair;

typedef struct rename_state {
    pair *p;
    int n;
    sq_buf name;
    sq_sym *hits; /* scratch for rename_wild */
    unsigned char *flags;
    size_t caphits;
} rename_state;

static int count_stars(const char *s) {
    int n = 0;
    for (; *s; s++)
        n += *s == '*';
    return n;
}

static void rename_destroy(sq_op *op) {
    rename_state *st = op->state;
    if (!st)
        return;
    for (int i = 0; i < st->n; i++)
        free(st->p[i].cache);
    free(st->p);
    free(st->hits);
    free(st->flags);
    sq_buf_free(&st->name);
    free(st);
    op->state = NULL;
}

static int rename_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    sq_args a;
    if (sq_args_init(&a, stage, NULL, 0, err) < 0)
        return -1;
    sq_aslist list = {0};
    int rc = sq_args_as_list(&a, NULL, 1, &list, err);
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0 && list.n == 0)
        rc = sq_fail_at(err, SQ_ERR_ARG, stage->span, "rename needs at least one 'field AS name'");
    rename_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    st->p = sq_xcalloc((size_t)(list.n ? list.n : 1), sizeof *st->p);
    for (int i = 0; rc == 0 && i < list.n; i++) {
        const sq_ast *from = list.items[i].from, *to = list.items[i].to;
        if (from->kind != SQ_AST_WORD) {
            rc = sq_fail_at(err, SQ_ERR_ARG, from->span, "rename expects a field name");
            break;
        }
        pair *p = &st->p[st->n];
        p->stars = count_stars(from->text);
        if (p->stars != count_stars(to->text) || p->stars > MAX_STARS) {
            rc = sq_fail_at(err, SQ_ERR_ARG, to->span,
                            "wildcard mismatch: '%s' and '%s' need the same number of '*'",
                            from->text, to->text);
            break;
        }
        if (p->stars) {
            p->fpat = from->text;
            p->tpat = to->text;
        } else {
            p->from = sq_intern_cstr(op->q->syms, from->text);
            p->to = sq_intern_cstr(op->q->syms, to->text);
            for (int k = 0; k < st->n; k++)
                if (!st->p[k].stars && st->p[k].from == p->from) {
                    rc = sq_fail_at(err, SQ_ERR_ARG, from->span,
                                    "field '%s' cannot be renamed twice", from->text);
                    break;
                }
        }
        st->n++;
    }
    sq_aslist_free(&list);
    sq_args_free(&a);
    if (rc < 0)
        rename_destroy(op);
    return rc;
}

/* Match name against a pattern with '*' (case-sensitive), recording where
 * each '*' matched. */
static int capture(const char *p, const char *s, const char *end, const char **cap, int k) {
    for (; *p; p++, s++) {
        if (*p == '*') {
            for (const char *t = s;; t++) {
                if (capture(p + 1, t, end, cap, k + 1)) {
                    cap[2 * k] = s;
                    cap[2 * k + 1] = t;
                    return 1;
                }
                if (t == end)
                    return 0;
            }
        }
        if (s == end || *s != *p)
            return 0;
    }
    return s == end;
}

/* The new symbol for field s under a wildcard pair, or 0 when it does not
 * match; results are cached by symbol. */
static int wild_target(sq_op *op, rename_state *st, pair *p, sq_sym s, sq_sym *out) {
    p->cache = sq_grow_zeroed(p->cache, &p->ncache, s, sizeof *p->cache, 64);
    if (p->cache[s] == 0) {
        const char *name = sq_sym_name(op->q->syms, s);
        size_t len = sq_sym_len(op->q->syms, s);
        const char *cap[2 * MAX_STARS];
        p->cache[s] = 1;
        if ((p->fpat[0] == '_' || name[0] != '_') && capture(p->fpat, name, name + len, cap, 0)) {
            sq_buf_reset(&st->name);
            int k = 0;
            for (const char *t = p->tpat; *t; t++) {
                if (*t == '*') {
                    sq_buf_add(&st->name, cap[2 * k], (size_t)(cap[2 * k + 1] - cap[2 * k]));
                    k++;
                } else {
                    sq_buf_addc(&st->name, *t);
                }
            }
            if (st->name.len > 0)
                p->cache[s] = sq_intern(op->q->syms, st->name.data, st->name.len) + 2;
        }
    }
    if (p->cache[s] == 1)
        return 0;
    *out = p->cache[s] - 2;
    return 1;
}

/* A wildcard pair renames all its fields at once (so `rename * AS x_*` turns
 * a, x_a into x_a, x_x_a).  When two fields end up with the same name, a
 * renamed field beats one that kept its name and takes its place (as
 * sq_event_rename does); between two renamed fields the later wins. */
static void rename_wild(sq_op *op, rename_state *st, pair *p, sq_event *ev) {
    uint32_t n = ev->n;
    if (st->caphits < n) {
        st->caphits = n;
        st->hits = sq_xrealloc(st->hits, st->caphits * sizeof *st->hits);
        st->flags = sq_xrealloc(st->flags, st->caphits);
    }
    sq_sym *fin = st->hits;
    unsigned char *fl = st->flags; /* 1 renamed, 2 dead */
    int any = 0;
    for (uint32_t i = 0; i < n; i++) {
        sq_sym to;
        fin[i] = ev->fields[i].sym;
        fl[i] = 0;
        if (wild_target(op, st, p, fin[i], &to) && to != fin[i]) {
            fin[i] = to;
            fl[i] = 1;
            any = 1;
        }
    }
    if (!any)
        return;
    for (uint32_t i = 0; i < n; i++) {
        for (uint32_t j = i + 1; j < n && fl[i] != 2; j++) {
            if (fl[j] == 2 || fin[j] != fin[i])
                continue;
            /* Keep slot i unless j kept its name and i did not. */
            uint32_t keep = i, drop = j;
            int value_from_j = fl[j] == 1; /* later renamed, or renamed over i */
            if (fl[i] == 1 && fl[j] == 0) {
                keep = j;
                drop = i;
                value_from_j = 0;
            }
            sq_value moved = value_from_j ? ev->fields[j].val : ev->fields[i].val;
            sq_value *lost = value_from_j ? &ev->fields[i].val : &ev->fields[j].val;
            sq_value_free(lost);
            ev->fields[keep].val = moved;
            ev->fields[drop].val = SQ_VALUE_NULL;
            fl[keep] = 1;
            fl[drop] = 2;
        }
    }
    uint32_t out = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (fl[i] == 2)
            continue;
        ev->fields[out] = ev->fields[i];
        ev->fields[out].sym = fin[i];
        out++;
    }
    ev->n = out;
}

static int rename_push(sq_op *op, sq_event *ev, sq_error *err) {
    rename_state *st = op->state;
    for (int i = 0; i < st->n; i++) {
        pair *p = &st->p[i];
        if (p->stars)
            rename_wild(op, st, p, ev);
        else if (p->from != p->to)
            sq_event_rename(ev, p->from, p->to);
    }
    return sq_op_emit(op, ev, err);
}

/* Option names and keywords, for completion (see command.h). */
static const char *const rename_options[] = {"as", NULL};

const sq_command sq_cmd_rename = {
    .name = "rename",
    .kind = SQ_CMD_STREAMING,
    .options = rename_options,
    .setup = rename_setup,
    .push = rename_push,
    .destroy = rename_destroy,
};
