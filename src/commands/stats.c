/* stats.c — the stats command: aggregates over groups of events.
 *
 *   stats [dedup_splitvals=<bool>] <agg> [AS name] [, <agg> ...] [BY field ...]
 *
 * One row per distinct combination of BY values (one row in total without
 * BY, even over no events).  Events where any BY field is null are dropped; a
 * multivalue BY field puts the event in one group per value.  Rows come out
 * ordered by their BY values (numbers numerically before strings, strings by
 * bytes), first BY field first; columns are the BY fields, then the
 * aggregates as written.
 *
 * Memory: a hash table keyed by the BY values holds one accumulator per
 * aggregate and group (see aggregate.h), so many events over few groups run
 * in constant memory. */
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"
#include "args.h"
#include "splq/command.h"

/* Accumulators created per field that a wildcard aggregate (values(*))
 * matched in a group. */
typedef struct wild_acc {
    int spec;
    sq_sym field;
    sq_agg_acc acc;
} wild_acc;

typedef struct group {
    char *key; /* the BY values, length-prefixed, for hashing */
    size_t keylen;
    uint64_t hash;
    sq_value *by;     /* nby scalar values */
    sq_agg_acc *accs; /* nspecs */
    wild_acc *wild;
    size_t nwild, capwild;
} group;

typedef struct stats_state {
    sq_agg_spec *specs;
    int nspecs;
    int has_wild;
    sq_sym *by;
    int nby;
    int dedup_splitvals;
    group *groups; /* in order of creation */
    size_t ngroups, capgroups;
    uint32_t *slots; /* index+1 into groups; 0 = empty */
    size_t nslots;
    sq_buf key;       /* scratch: the key being looked up */
    sq_buf scratch;   /* scratch: number formatting */
    sq_value **combo; /* scratch: the BY values of one combination */
    size_t bytes;     /* held, roughly: groups and what accumulators grew */
} stats_state;

/* --- setup ------------------------------------------------------------------- */

static void stats_destroy(sq_op *op);

static int parse_aggregates(sq_op *op, stats_state *st, sq_args *a, sq_error *err) {
    int cap = 0;
    for (;;) {
        sq_args_skip_commas(a);
        const sq_ast *next = sq_args_peek(a);
        if (!next || sq_args_at_keyword(a, "by"))
            break;
        if (!sq_agg_is_term(next)) {
            if (next->kind == SQ_AST_WORD || next->kind == SQ_AST_CALL)
                return sq_fail_at(err, SQ_ERR_ARG, next->span,
                                  "stats: unknown statistical function '%s'", next->text);
            return sq_fail_at(err, SQ_ERR_ARG, next->span, "stats: unexpected argument");
        }
        if (st->nspecs == cap) {
            cap = cap ? cap * 2 : 8;
            st->specs = sq_xrealloc(st->specs, (size_t)cap * sizeof *st->specs);
        }
        if (sq_agg_parse(op->q, a, &st->specs[st->nspecs], err) != 0)
            return -1;
        if (st->specs[st->nspecs].wildcard)
            st->has_wild = 1;
        st->nspecs++;
    }
    if (st->nspecs == 0) {
        const sq_ast *next = sq_args_peek(a);
        return sq_fail_at(err, SQ_ERR_ARG, next ? next->span : sq_args_end_span(a),
                          "stats: expected at least one statistical function, e.g. count");
    }
    return 0;
}

static int stats_setup(sq_op *op, const sq_ast *stage, sq_error *err) {
    stats_state *st = sq_xcalloc(1, sizeof *st);
    op->state = st;
    /* allnum, delim and partitions are accepted for compatibility and have
     * no effect here. */
    int allnum = 0;
    const char *delim = NULL;
    long long partitions = 0;
    const sq_optspec opts[] = {
        {"dedup_splitvals", SQ_OPT_BOOL, &st->dedup_splitvals, 0, 0, NULL},
        {"allnum", SQ_OPT_BOOL, &allnum, 0, 0, NULL},
        {"delim", SQ_OPT_STR, &delim, 0, 0, NULL},
        {"partitions", SQ_OPT_INT, &partitions, 1, 1000000, NULL},
    };
    sq_args a;
    if (sq_args_init(&a, stage, opts, sizeof opts / sizeof opts[0], err) != 0)
        return -1;
    sq_nodelist by = {0};
    int rc = parse_aggregates(op, st, &a, err);
    if (rc == 0 && sq_args_by(&a, NULL, &by, err) < 0)
        rc = -1;
    if (rc == 0)
        rc = sq_args_expect_end(&a, err);
    if (rc == 0) {
        st->nby = by.n;
        st->by = sq_xcalloc((size_t)(by.n ? by.n : 1), sizeof *st->by);
        for (int i = 0; i < by.n; i++) {
            if (strchr(by.items[i]->text, '*')) {
                rc = sq_fail_at(err, SQ_ERR_ARG, by.items[i]->span,
                                "stats: wildcards are not allowed in BY fields");
                break;
            }
            st->by[i] = sq_intern_cstr(op->q->syms, by.items[i]->text);
        }
        st->combo = sq_xcalloc((size_t)(by.n ? by.n : 1), sizeof *st->combo);
    }
    sq_nodelist_free(&by);
    sq_args_free(&a);
    if (rc != 0) {
        stats_destroy(op);
        return -1;
    }
    return 0;
}

/* --- groups -------------------------------------------------------------------- */

static uint64_t hash_key(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static void rehash(stats_state *st, size_t nslots) {
    free(st->slots);
    st->slots = sq_xcalloc(nslots, sizeof *st->slots);
    st->nslots = nslots;
    for (size_t i = 0; i < st->ngroups; i++) {
        size_t j = st->groups[i].hash & (nslots - 1);
        while (st->slots[j])
            j = (j + 1) & (nslots - 1);
        st->slots[j] = (uint32_t)(i + 1);
    }
}

static void build_key(stats_state *st) {
    sq_buf_reset(&st->key);
    for (int i = 0; i < st->nby; i++) {
        size_t len;
        const char *t = sq_value_text(st->combo[i], &st->scratch, &len);
        uint32_t n = (uint32_t)len;
        sq_buf_add(&st->key, (const char *)&n, sizeof n);
        sq_buf_add(&st->key, t, len);
    }
}

/* The group of the current combination (st->combo, st->key), created on
 * first sight. */
static group *find_group(stats_state *st) {
    const char *key = st->key.data ? st->key.data : "";
    size_t len = st->key.len;
    uint64_t h = hash_key(key, len);
    if ((st->ngroups + 1) * 4 > st->nslots * 3)
        rehash(st, st->nslots ? st->nslots * 2 : 64);
    size_t j = h & (st->nslots - 1);
    while (st->slots[j]) {
        group *g = &st->groups[st->slots[j] - 1];
        if (g->hash == h && g->keylen == len && memcmp(g->key, key, len) == 0)
            return g;
        j = (j + 1) & (st->nslots - 1);
    }
    if (st->ngroups == st->capgroups) {
        st->capgroups = st->capgroups ? st->capgroups * 2 : 16;
        st->groups = sq_xrealloc(st->groups, st->capgroups * sizeof *st->groups);
    }
    group *g = &st->groups[st->ngroups];
    memset(g, 0, sizeof *g);
    g->key = sq_xmalloc(len + 1);
    memcpy(g->key, key, len);
    g->keylen = len;
    g->hash = h;
    g->by = sq_xcalloc((size_t)(st->nby ? st->nby : 1), sizeof *g->by);
    for (int i = 0; i < st->nby; i++)
        g->by[i] = sq_value_copy(st->combo[i]);
    g->accs = sq_xcalloc((size_t)st->nspecs, sizeof *g->accs);
    for (int i = 0; i < st->nspecs; i++)
        sq_agg_acc_init(&g->accs[i]);
    st->slots[j] = (uint32_t)(++st->ngroups);
    st->bytes += sizeof *g + 2 * sizeof *st->slots + len + 1 + (size_t)st->nby * sizeof *g->by +
                 (size_t)st->nspecs * sizeof *g->accs;
    for (int i = 0; i < st->nby; i++)
        if (g->by[i].type == SQ_STR)
            st->bytes += g->by[i].u.str.len + 1;
    return g;
}

static void group_free(group *g, int nby) {
    free(g->key);
    for (int i = 0; i < nby; i++)
        sq_value_free(&g->by[i]);
    free(g->by);
    free(g->accs); /* accumulators are freed by the caller, who knows nspecs */
    for (size_t i = 0; i < g->nwild; i++)
        sq_agg_acc_free(&g->wild[i].acc);
    free(g->wild);
}

static sq_agg_acc *wild_acc_for(group *g, int spec, sq_sym field) {
    for (size_t i = 0; i < g->nwild; i++)
        if (g->wild[i].spec == spec && g->wild[i].field == field)
            return &g->wild[i].acc;
    if (g->nwild == g->capwild) {
        g->capwild = g->capwild ? g->capwild * 2 : 8;
        g->wild = sq_xrealloc(g->wild, g->capwild * sizeof *g->wild);
    }
    wild_acc *w = &g->wild[g->nwild++];
    w->spec = spec;
    w->field = field;
    sq_agg_acc_init(&w->acc);
    return &w->acc;
}

/* Feed one value, keeping count of what the accumulator grew by. */
static void feed_counted(stats_state *st, sq_agg_acc *acc, const sq_agg_spec *s, sq_value *v,
                         double t, int has_time) {
    size_t before = sq_agg_acc_bytes(acc);
    sq_agg_feed_value(acc, s, v, t, has_time);
    st->bytes += sq_agg_acc_bytes(acc) - before;
}

static int is_by_field(const stats_state *st, sq_sym s) {
    for (int i = 0; i < st->nby; i++)
        if (st->by[i] == s)
            return 1;
    return 0;
}

/* Does the wildcard pattern take this field?  `*` alone does not reach
 * internal fields (_raw, _time): only a pattern starting with '_' does. */
static int wild_matches(const stats_state *st, const sq_agg_spec *s, sq_symtab *syms,
                        sq_sym field) {
    if (is_by_field(st, field))
        return 0;
    if (sq_sym_is_internal(syms, field) && s->wildcard[0] != '_')
        return 0;
    return sq_agg_glob(s->wildcard, sq_sym_name(syms, field));
}

static void feed_wildcards(stats_state *st, group *g, sq_symtab *syms, sq_event *ev) {
    double t = 0;
    int has_time = sq_event_time(ev, &t);
    for (int k = 0; k < st->nspecs; k++) {
        const sq_agg_spec *s = &st->specs[k];
        if (!s->wildcard)
            continue;
        for (uint32_t f = 0; f < ev->n; f++) {
            if (!wild_matches(st, s, syms, ev->fields[f].sym))
                continue;
            size_t had = g->nwild;
            sq_agg_acc *acc = wild_acc_for(g, k, ev->fields[f].sym);
            if (g->nwild > had)
                st->bytes += sizeof(wild_acc);
            feed_counted(st, acc, s, &ev->fields[f].val, t, has_time);
        }
    }
}

static int feed_group(sq_op *op, stats_state *st, sq_event *ev, sq_error *err) {
    build_key(st);
    group *g = find_group(st);
    for (int k = 0; k < st->nspecs; k++) {
        if (st->specs[k].wildcard)
            continue;
        size_t before = sq_agg_acc_bytes(&g->accs[k]);
        if (sq_agg_feed_event(&g->accs[k], &st->specs[k], ev, err) != 0)
            return -1;
        st->bytes += sq_agg_acc_bytes(&g->accs[k]) - before;
    }
    if (st->has_wild)
        feed_wildcards(st, g, op->q->syms, ev);
    return sq_op_hold(op, st->bytes, err);
}

/* Was the i-th value of v already seen among its first i values? */
static int seen_before(sq_value *v, size_t i) {
    sq_value *x = sq_value_at(v, i);
    for (size_t j = 0; j < i; j++)
        if (sq_value_cmp_str(sq_value_at(v, j), x) == 0)
            return 1;
    return 0;
}

/* Feed ev to the group of every combination of its BY values: the odometer
 * idx walks the cross product of the BY fields' values. */
static int feed_combinations(sq_op *op, stats_state *st, sq_event *ev, sq_value **vals,
                             sq_error *err) {
    size_t idx[st->nby];
    size_t cnt[st->nby];
    for (int i = 0; i < st->nby; i++) {
        idx[i] = 0;
        cnt[i] = sq_value_count(vals[i]);
    }
    for (;;) {
        int skip = 0;
        for (int i = 0; i < st->nby; i++) {
            st->combo[i] = sq_value_at(vals[i], idx[i]);
            if (st->dedup_splitvals && seen_before(vals[i], idx[i]))
                skip = 1;
        }
        if (!skip && feed_group(op, st, ev, err) != 0)
            return -1;
        int i = st->nby - 1;
        while (i >= 0 && ++idx[i] == cnt[i])
            idx[i--] = 0;
        if (i < 0)
            return 0;
    }
}

static int stats_push(sq_op *op, sq_event *ev, sq_error *err) {
    stats_state *st = op->state;
    int rc = 0;
    if (st->nby == 0) {
        rc = feed_group(op, st, ev, err);
    } else {
        sq_value *vals[st->nby];
        int drop = 0;
        for (int i = 0; i < st->nby && !drop; i++) {
            vals[i] = sq_event_get(ev, st->by[i]);
            drop = !vals[i] || sq_value_count(vals[i]) == 0;
        }
        if (!drop)
            rc = feed_combinations(op, st, ev, vals, err);
    }
    sq_event_free(ev);
    return rc;
}

/* --- output --------------------------------------------------------------------- */

static int cmp_groups(const void *pa, const void *pb, void *ctx) {
    const group *a = pa, *b = pb;
    const stats_state *st = ctx;
    for (int i = 0; i < st->nby; i++) {
        int c = sq_value_cmp_auto(&a->by[i], &b->by[i]);
        if (c == 0)
            c = sq_value_cmp_str(&a->by[i], &b->by[i]); /* "1" vs "1.0" */
        if (c)
            return c;
    }
    return 0;
}

typedef struct named_value {
    char *name;
    sq_value val;
} named_value;

static int cmp_named(const void *a, const void *b) {
    return strcmp(((const named_value *)a)->name, ((const named_value *)b)->name);
}

/* The columns of one wildcard aggregate in a group, by field name. */
static void emit_wildcard(stats_state *st, group *g, int k, sq_symtab *syms, sq_event *row) {
    named_value *cols = sq_xmalloc((g->nwild ? g->nwild : 1) * sizeof *cols);
    size_t n = 0;
    for (size_t i = 0; i < g->nwild; i++) {
        if (g->wild[i].spec != k)
            continue;
        cols[n].name = sq_agg_wildcard_name(&st->specs[k], sq_sym_name(syms, g->wild[i].field));
        if (!cols[n].name)
            continue;
        sq_agg_result(&g->wild[i].acc, &st->specs[k], &cols[n].val);
        n++;
    }
    sq_sort(cols, n, sizeof *cols, cmp_named);
    for (size_t i = 0; i < n; i++) {
        sq_event_set(row, sq_intern_cstr(syms, cols[i].name), cols[i].val);
        free(cols[i].name);
    }
    free(cols);
}

static sq_event *group_row(stats_state *st, group *g, sq_symtab *syms) {
    sq_event *row = sq_event_new();
    for (int i = 0; i < st->nby; i++)
        sq_event_set(row, st->by[i], sq_value_move(&g->by[i]));
    for (int k = 0; k < st->nspecs; k++) {
        if (st->specs[k].wildcard) {
            emit_wildcard(st, g, k, syms, row);
            continue;
        }
        sq_value v;
        sq_agg_result(&g->accs[k], &st->specs[k], &v);
        sq_event_set(row, st->specs[k].out, v);
    }
    return row;
}

static void free_group_accs(stats_state *st, group *g) {
    if (!g->accs)
        return;
    for (int k = 0; k < st->nspecs; k++)
        sq_agg_acc_free(&g->accs[k]);
}

static int stats_finish(sq_op *op, sq_error *err) {
    stats_state *st = op->state;
    if (st->nby == 0 && st->ngroups == 0) {
        build_key(st);
        find_group(st); /* one row even over no events */
    }
    free(st->slots); /* indexes die with the sort */
    st->slots = NULL;
    st->nslots = 0;
    if (st->nby > 0 && st->ngroups > 1) {
        qsort_r(st->groups, st->ngroups, sizeof *st->groups, cmp_groups, st);
    }
    int rc = 0;
    size_t done = 0;
    for (; done < st->ngroups && rc == 0; done++) {
        group *g = &st->groups[done];
        sq_event *row = group_row(st, g, op->q->syms);
        row->seq = done;
        free_group_accs(st, g);
        group_free(g, st->nby);
        rc = sq_op_emit(op, row, err);
    }
    /* groups not emitted after an error are freed by destroy */
    if (done < st->ngroups)
        memmove(st->groups, st->groups + done, (st->ngroups - done) * sizeof *st->groups);
    st->ngroups -= done;
    if (rc != 0)
        return rc;
    return sq_op_finish_next(op, err);
}

static void stats_destroy(sq_op *op) {
    stats_state *st = op->state;
    if (!st)
        return;
    for (size_t i = 0; i < st->ngroups; i++) {
        free_group_accs(st, &st->groups[i]);
        group_free(&st->groups[i], st->nby);
    }
    free(st->groups);
    free(st->slots);
    for (int k = 0; k < st->nspecs; k++)
        sq_agg_spec_free(&st->specs[k]);
    free(st->specs);
    free(st->by);
    free(st->combo);
    sq_buf_free(&st->key);
    sq_buf_free(&st->scratch);
    free(st);
    op->state = NULL;
}

/* Option names and keywords, for completion (see command.h). */
static const char *const stats_options[] = {
    "dedup_splitvals=", "allnum=", "delim=", "partitions=", "by", "as", NULL};

const sq_command sq_cmd_stats = {
    .name = "stats",
    .kind = SQ_CMD_BLOCKING,
    .options = stats_options,
    .setup = stats_setup,
    .push = stats_push,
    .finish = stats_finish,
    .destroy = stats_destroy,
};
