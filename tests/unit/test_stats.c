/* test_stats.c — the aggregate functions (src/commands/aggregate.c) and the
 * stats, sort and convert commands run directly over hand-made events. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/commands/aggregate.h"
#include "splq/parse.h"
#include "splq/plan.h"
#include "unit.h"

/* --- fixtures ----------------------------------------------------------------- */

static sq_query *new_query(void) {
    sq_query *q = calloc(1, sizeof *q);
    q->syms = sq_symtab_new();
    return q;
}

static void free_query(sq_query *q) {
    sq_symtab_free(q->syms);
    free(q);
}

/* The first stage of "| <text>". */
static sq_ast *parse_stage(const char *text, sq_ast **pipeline) {
    char buf[1024];
    snprintf(buf, sizeof buf, "| %s", text);
    sq_error err = {0};
    int rc = sq_parse(buf, strlen(buf), SQ_PARSE_QUERY, pipeline, &err);
    ck_assert_msg(rc == 0, "parse of '%s' failed: %s", text, err.msg);
    ck_assert_int_ge((*pipeline)->nkids, 1);
    return (*pipeline)->kids[0];
}

/* Parse the aggregate terms of "stats <text>" into specs. */
static int parse_specs(sq_query *q, const char *text, sq_agg_spec *specs, int max) {
    sq_ast *pl;
    sq_ast *stage = parse_stage(text, &pl);
    sq_args a;
    sq_error err = {0};
    ck_assert_int_eq(sq_args_init(&a, stage, NULL, 0, &err), 0);
    int n = 0;
    while (!sq_args_done(&a) && n < max) {
        sq_args_skip_commas(&a);
        if (sq_args_done(&a))
            break;
        int rc = sq_agg_parse(q, &a, &specs[n], &err);
        ck_assert_msg(rc == 0, "spec parse failed: %s", err.msg);
        n++;
    }
    sq_args_free(&a);
    sq_ast_free(pl);
    return n;
}

static char *text_of(const sq_value *v) {
    static char out[512];
    sq_buf b = SQ_BUF_INIT;
    sq_value_format(v, &b, "|");
    snprintf(out, sizeof out, "%s", sq_buf_cstr(&b));
    sq_buf_free(&b);
    return out;
}

/* Feed the strings (NULL-terminated) to one accumulator of spec and return
 * the result's text ("|" between multiple values). */
static char *agg_over(sq_agg_spec *s, const char *const *vals) {
    sq_agg_acc a;
    sq_agg_acc_init(&a);
    for (int i = 0; vals[i]; i++) {
        sq_value v = sq_value_cstr(vals[i]);
        sq_agg_feed_value(&a, s, &v, (double)i, 1);
        sq_value_free(&v);
    }
    sq_value r;
    sq_agg_result(&a, s, &r);
    char *t = text_of(&r);
    sq_value_free(&r);
    sq_agg_acc_free(&a);
    return t;
}

static char *agg1(const char *term, const char *const *vals) {
    sq_query *q = new_query();
    sq_agg_spec s;
    ck_assert_int_eq(parse_specs(q, term, &s, 1), 1);
    char *t = agg_over(&s, vals);
    sq_agg_spec_free(&s);
    free_query(q);
    return t;
}

#define VALS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NONE ((const char *const[]){NULL})

/* --- spec parsing ----------------------------------------------------------------- */

START_TEST(spec_names) {
    sq_query *q = new_query();
    sq_agg_spec s[8];
    int n = parse_specs(q,
                        "stats count count(x) dc(user) AS users, values(y) p95(z) "
                        "distinct_count(w)",
                        s, 8);
    ck_assert_int_eq(n, 6);
    ck_assert_str_eq(s[0].name, "count");
    ck_assert_int_eq(s[0].fn, SQ_AGG_COUNT);
    ck_assert_int_eq(s[0].has_field, 0);
    ck_assert_str_eq(s[1].name, "count(x)");
    ck_assert_int_eq(s[1].has_field, 1);
    ck_assert_str_eq(s[2].name, "users");
    ck_assert_int_eq(s[2].fn, SQ_AGG_DC);
    ck_assert_str_eq(s[3].name, "values(y)");
    ck_assert_int_eq(s[4].fn, SQ_AGG_PERC);
    ck_assert(s[4].pct == 95);
    ck_assert_str_eq(s[4].name, "p95(z)");
    ck_assert_str_eq(s[5].name, "distinct_count(w)");
    for (int i = 0; i < n; i++)
        sq_agg_spec_free(&s[i]);
    free_query(q);
}
END_TEST

START_TEST(spec_wildcard) {
    sq_query *q = new_query();
    sq_agg_spec s[2];
    ck_assert_int_eq(parse_specs(q, "stats values(*) AS * latest(src*)", s, 2), 2);
    ck_assert_str_eq(s[0].wildcard, "*");
    char *name = sq_agg_wildcard_name(&s[0], "user");
    ck_assert_str_eq(name, "user");
    free(name);
    name = sq_agg_wildcard_name(&s[1], "src_ip");
    ck_assert_str_eq(name, "latest(src_ip)");
    free(name);
    ck_assert_ptr_null(sq_agg_wildcard_name(&s[1], "dest"));
    sq_agg_spec_free(&s[0]);
    sq_agg_spec_free(&s[1]);
    free_query(q);
}
END_TEST

START_TEST(spec_errors) {
    sq_query *q = new_query();
    const char *bad[] = {"stats avg", "stats bogus(x)", "stats count(x) AS", "stats sum(a, b)"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sq_ast *pl;
        sq_ast *stage = parse_stage(bad[i], &pl);
        sq_args a;
        sq_error err = {0};
        sq_args_init(&a, stage, NULL, 0, &err);
        sq_agg_spec s;
        ck_assert_msg(sq_agg_parse(q, &a, &s, &err) == -1, "'%s' should fail", bad[i]);
        ck_assert_int_eq(err.code, SQ_ERR_ARG);
        sq_args_free(&a);
        sq_ast_free(pl);
    }
    free_query(q);
}
END_TEST

START_TEST(glob) {
    ck_assert(sq_agg_glob("*", "abc"));
    ck_assert(sq_agg_glob("*time", "firstTime") == 0);
    ck_assert(sq_agg_glob("*Time", "firstTime"));
    ck_assert(sq_agg_glob("a*c*e", "abcde"));
    ck_assert(!sq_agg_glob("a*c*e", "abcd"));
    ck_assert(sq_agg_glob("", ""));
    ck_assert(!sq_agg_glob("", "x"));
}
END_TEST

/* --- the functions ------------------------------------------------------------------- */

START_TEST(counts) {
    ck_assert_str_eq(agg1("stats count(x)", VALS("a", "b", "a")), "3");
    ck_assert_str_eq(agg1("stats count(x)", NONE), "0");
    ck_assert_str_eq(agg1("stats dc(x)", VALS("a", "b", "a", "1", "1.0")), "4");
    ck_assert_str_eq(agg1("stats dc(x)", NONE), "0");
    ck_assert_str_eq(agg1("stats estdc(x)", VALS("a", "b", "a")), "2");
}
END_TEST

START_TEST(values_and_list) {
    ck_assert_str_eq(agg1("stats values(x)", VALS("b", "a", "B", "10", "9", "a")), "10|9|B|a|b");
    ck_assert_str_eq(agg1("stats values(x)", VALS("only")), "only");
    ck_assert_str_eq(agg1("stats values(x)", NONE), "");
    ck_assert_str_eq(agg1("stats list(x)", VALS("b", "a", "b")), "b|a|b");
    /* list keeps the first 100 */
    const char *many[151];
    char bufs[150][16];
    for (int i = 0; i < 150; i++) {
        snprintf(bufs[i], sizeof bufs[i], "%d", i);
        many[i] = bufs[i];
    }
    many[150] = NULL;
    char *t = agg1("stats list(x)", many);
    int bars = 0;
    for (char *p = t; *p; p++)
        bars += *p == '|';
    ck_assert_int_eq(bars, 99);
    ck_assert(strncmp(t, "0|1|2|", 6) == 0);
}
END_TEST

START_TEST(min_max) {
    ck_assert_str_eq(agg1("stats min(x)", VALS("10", "9", "100")), "9");
    ck_assert_str_eq(agg1("stats max(x)", VALS("10", "9", "100")), "100");
    ck_assert_str_eq(agg1("stats max(x)", VALS("b", "a", "c")), "c");
    ck_assert_str_eq(agg1("stats min(x)", VALS("b", "a", "c")), "a");
    /* any number wins over strings (documented choice) */
    ck_assert_str_eq(agg1("stats max(x)", VALS("zzz", "5", "3")), "5");
    ck_assert_str_eq(agg1("stats min(x)", VALS("abc", "5", "3")), "3");
    /* the value as written */
    ck_assert_str_eq(agg1("stats max(x)", VALS("1.50", "1.2")), "1.50");
    ck_assert_str_eq(agg1("stats max(x)", NONE), "");
    ck_assert_str_eq(agg1("stats range(x)", VALS("10", "4", "x", "7")), "6");
    ck_assert_str_eq(agg1("stats range(x)", VALS("a")), "");
}
END_TEST

START_TEST(sums) {
    ck_assert_str_eq(agg1("stats sum(x)", VALS("1", "2", "x", "3.5")), "6.5");
    ck_assert_str_eq(agg1("stats sum(x)", VALS("a")), "");
    ck_assert_str_eq(agg1("stats avg(x)", VALS("1", "2", "x", "3")), "2");
    ck_assert_str_eq(agg1("stats mean(x)", VALS("1", "2")), "1.5");
    ck_assert_str_eq(agg1("stats sumsq(x)", VALS("1", "2", "3")), "14");
    /* SR:Aggregate functions: avg of 100 x 3.99 */
    const char *v[101];
    for (int i = 0; i < 100; i++)
        v[i] = "3.99";
    v[100] = NULL;
    ck_assert_str_eq(agg1("stats avg(x)", v), "3.9900000000000055");
}
END_TEST

START_TEST(spread) {
    ck_assert_str_eq(agg1("stats var(x)", VALS("2", "4", "4", "4", "5", "5", "7", "9")),
                     "4.571428571428571");
    ck_assert_str_eq(agg1("stats varp(x)", VALS("2", "4", "4", "4", "5", "5", "7", "9")), "4");
    ck_assert_str_eq(agg1("stats stdevp(x)", VALS("2", "4", "4", "4", "5", "5", "7", "9")), "2");
    ck_assert_str_eq(agg1("stats stdev(x)", VALS("1", "2", "3")), "1");
    ck_assert_str_eq(agg1("stats stdev(x)", VALS("5")), "0");
    ck_assert_str_eq(agg1("stats stdev(x)", NONE), "");
}
END_TEST

START_TEST(percentiles) {
    const char *const ten[] = {"7", "1", "2", "3", "4", "5", "6", "8", "9", "10", NULL};
    ck_assert_str_eq(agg1("stats perc50(x)", ten), "5.5");
    ck_assert_str_eq(agg1("stats p95(x)", ten), "9.55");
    ck_assert_str_eq(agg1("stats perc0(x)", ten), "1");
    ck_assert_str_eq(agg1("stats perc100(x)", ten), "10");
    ck_assert_str_eq(agg1("stats exactperc25(x)", ten), "3.25");
    ck_assert_str_eq(agg1("stats upperperc75(x)", ten), "7.75");
    /* the documented median rule: the upper middle value for an even count */
    ck_assert_str_eq(agg1("stats median(x)", ten), "6");
    ck_assert_str_eq(agg1("stats median(x)", VALS("3", "1", "2")), "2");
    ck_assert_str_eq(agg1("stats median(x)", VALS("a")), "");
    /* SR:Aggregate functions, the visitors example */
    const char *const visitors[] = {"0",    "1692", "2301", "0",    "4010", "3673",
                                    "3010", "1061", "1225", "2060", NULL};
    ck_assert_str_eq(agg1("stats perc95(x)", visitors), "3858.35");
    ck_assert_str_eq(agg1("stats perc50(x)", visitors), "1876");
}
END_TEST

START_TEST(mode_first_last) {
    ck_assert_str_eq(agg1("stats mode(x)", VALS("a", "b", "b", "a", "c")), "a");
    ck_assert_str_eq(agg1("stats mode(x)", VALS("a", "b", "b", "c")), "b");
    ck_assert_str_eq(agg1("stats first(x)", VALS("a", "b", "c")), "a");
    ck_assert_str_eq(agg1("stats last(x)", VALS("a", "b", "c")), "c");
}
END_TEST

START_TEST(earliest_latest) {
    sq_query *q = new_query();
    sq_agg_spec s[4];
    ck_assert_int_eq(
        parse_specs(q, "stats earliest(x) latest(x) earliest_time(x) latest_time(x)", s, 4), 4);
    sq_agg_acc a[4];
    const char *vals[] = {"mid", "late", "early", "late2"};
    double times[] = {200, 300, 100, 300};
    for (int k = 0; k < 4; k++) {
        sq_agg_acc_init(&a[k]);
        for (int i = 0; i < 4; i++) {
            sq_value v = sq_value_cstr(vals[i]);
            sq_agg_feed_value(&a[k], &s[k], &v, times[i], 1);
            sq_value_free(&v);
        }
    }
    const char *want[] = {"early", "late2", "100", "300"}; /* ties: the later */
    for (int k = 0; k < 4; k++) {
        sq_value r;
        sq_agg_result(&a[k], &s[k], &r);
        ck_assert_str_eq(text_of(&r), want[k]);
        sq_value_free(&r);
        sq_agg_acc_free(&a[k]);
        sq_agg_spec_free(&s[k]);
    }
    free_query(q);
}
END_TEST

START_TEST(multivalue_items) {
    sq_query *q = new_query();
    sq_agg_spec s[3];
    ck_assert_int_eq(parse_specs(q, "stats count(x) values(x) first(x)", s, 3), 3);
    sq_value mv = sq_value_mv_empty();
    sq_value_mv_push(&mv, sq_value_cstr("b"));
    sq_value_mv_push(&mv, sq_value_cstr("a"));
    const char *want[] = {"2", "a|b", "b|a"};
    for (int k = 0; k < 3; k++) {
        sq_agg_acc a;
        sq_agg_acc_init(&a);
        sq_agg_feed_value(&a, &s[k], &mv, 0, 1);
        sq_value r;
        sq_agg_result(&a, &s[k], &r);
        ck_assert_str_eq(text_of(&r), want[k]);
        sq_value_free(&r);
        sq_agg_acc_free(&a);
        sq_agg_spec_free(&s[k]);
    }
    sq_value_free(&mv);
    free_query(q);
}
END_TEST

/* --- commands over events ------------------------------------------------------------- */

/* Events from "k=v k2=v2;k=v ..." (';' between events, '|' between the values
 * of a multivalue, '~' for a space in a value). */
static sq_event *make_event(sq_query *q, const char *spec, uint64_t seq) {
    sq_event *ev = sq_event_new();
    ev->seq = seq;
    char *copy = strdup(spec), *save = NULL;
    for (char *kv = strtok_r(copy, " ", &save); kv; kv = strtok_r(NULL, " ", &save)) {
        char *eq = strchr(kv, '=');
        if (!eq)
            continue;
        *eq = '\0';
        sq_sym s = sq_intern_cstr(q->syms, kv);
        char *val = eq + 1;
        for (char *p = val; *p; p++)
            if (*p == '~')
                *p = ' ';
        if (strchr(val, '|')) {
            sq_value mv = sq_value_mv_empty();
            char *s2 = NULL;
            for (char *p = strtok_r(val, "|", &s2); p; p = strtok_r(NULL, "|", &s2))
                sq_value_mv_push(&mv, sq_value_cstr(p));
            sq_event_set(ev, s, mv);
        } else if (s == SQ_SYM_TIME) {
            sq_event_set(ev, s, sq_value_num(atof(val)));
        } else {
            sq_event_set(ev, s, sq_value_cstr(val));
        }
    }
    free(copy);
    return ev;
}

/* Run "| <query>" (one command) over events; the rows as text, one line per
 * row: "k=v k=v" with multivalues joined by ','. */
static char *run_cmd(const char *query, const char *events) {
    static char out[4096];
    sq_query *q = new_query();
    sq_ast *pl;
    parse_stage(query, &pl);
    sq_rowset rows = {0};
    sq_op sink;
    sq_rowset_sink(&sink, q, &rows);
    sq_plan *plan;
    sq_error err = {0};
    int rc = sq_plan_build(q, pl, &sink, &plan, &err);
    ck_assert_msg(rc == 0, "plan of '%s' failed: %s", query, err.msg);
    sq_op *head = sq_plan_head(plan);
    char *copy = strdup(events), *save = NULL;
    uint64_t seq = 0;
    for (char *e = strtok_r(copy, ";", &save); e; e = strtok_r(NULL, ";", &save)) {
        head->events_in++;
        ck_assert_int_eq(head->cmd->push(head, make_event(q, e, seq++), &err), 0);
    }
    free(copy);
    rc = head->cmd->finish ? head->cmd->finish(head, &err) : sq_op_finish_next(head, &err);
    ck_assert_msg(rc == 0, "run failed: %s", err.msg);
    sq_buf b = SQ_BUF_INIT;
    for (size_t i = 0; i < rows.n; i++) {
        sq_event *r = rows.rows[i];
        for (uint32_t f = 0; f < r->n; f++) {
            if (f)
                sq_buf_addc(&b, ' ');
            sq_buf_printf(&b, "%s=", sq_sym_name(q->syms, r->fields[f].sym));
            sq_value_format(&r->fields[f].val, &b, ",");
        }
        sq_buf_addc(&b, '\n');
    }
    snprintf(out, sizeof out, "%s", sq_buf_cstr(&b));
    sq_buf_free(&b);
    sq_rowset_free(&rows);
    sq_plan_free(plan);
    sq_ast_free(pl);
    free_query(q);
    return out;
}

static const char *setup_error(const char *query) {
    static char msg[512];
    sq_query *q = new_query();
    sq_ast *pl;
    parse_stage(query, &pl);
    sq_rowset rows = {0};
    sq_op sink;
    sq_rowset_sink(&sink, q, &rows);
    sq_plan *plan = NULL;
    sq_error err = {0};
    int rc = sq_plan_build(q, pl, &sink, &plan, &err);
    ck_assert_msg(rc == -1, "'%s' should not set up", query);
    snprintf(msg, sizeof msg, "%s", err.msg);
    sq_ast_free(pl);
    free_query(q);
    return msg;
}

START_TEST(stats_no_by) {
    ck_assert_str_eq(run_cmd("stats count", "a=1;a=2;b=3"), "count=3\n");
    ck_assert_str_eq(run_cmd("stats count dc(a) values(a) sum(a)", ""), "count=0 dc(a)=0\n");
    ck_assert_str_eq(run_cmd("stats count(a) AS n, max(a) min(a)", "a=1;a=20;b=3;a=3"),
                     "n=3 max(a)=20 min(a)=1\n");
}
END_TEST

START_TEST(stats_by) {
    ck_assert_str_eq(run_cmd("stats count by h", "h=b;h=a;x=1;h=b;h=10;h=9"),
                     "h=9 count=1\nh=10 count=1\nh=a count=1\nh=b count=2\n");
    ck_assert_str_eq(run_cmd("stats count BY h u", "h=b u=1;h=a u=2;h=b;h=b u=1;h=a u=1"),
                     "h=a u=1 count=1\nh=a u=2 count=1\nh=b u=1 count=2\n");
    /* a multivalue BY field: one group per value */
    ck_assert_str_eq(run_cmd("stats count by h", "h=a|b;h=b"), "h=a count=1\nh=b count=2\n");
    ck_assert_str_eq(run_cmd("stats count by h", "h=a|a"), "h=a count=2\n");
    ck_assert_str_eq(run_cmd("stats dedup_splitvals=true count by h", "h=a|a"), "h=a count=1\n");
    ck_assert_str_eq(run_cmd("stats count by h", ""), "");
}
END_TEST

START_TEST(stats_time) {
    ck_assert_str_eq(run_cmd("stats count min(_time) as firstTime max(_time) as lastTime by u",
                             "_time=1700000100 u=x;_time=1700000000 u=x;_time=1700000050 u=y"),
                     "u=x count=2 firstTime=1700000000 lastTime=1700000100\n"
                     "u=y count=1 firstTime=1700000050 lastTime=1700000050\n");
    ck_assert_str_eq(run_cmd("stats earliest(v) latest(v) first(v) last(v)",
                             "_time=20 v=b;_time=10 v=a;_time=30 v=c;_time=25 v=d"),
                     "earliest(v)=a latest(v)=c first(v)=b last(v)=d\n");
}
END_TEST

START_TEST(stats_wildcard) {
    ck_assert_str_eq(run_cmd("stats values(*) AS * by k", "k=1 b=x a=y;k=1 b=z;k=2 c=q"),
                     "k=1 a=y b=x,z\nk=2 c=q\n");
}
END_TEST

START_TEST(stats_errors) {
    ck_assert(strstr(setup_error("stats"), "statistical function"));
    ck_assert(strstr(setup_error("stats count by"), "BY"));
    ck_assert(strstr(setup_error("stats bogus(x)"), "bogus"));
    ck_assert(strstr(setup_error("stats count by a*"), "wildcard"));
    ck_assert(strstr(setup_error("stats count junk=1"), "junk"));
}
END_TEST

START_TEST(sort_basic) {
    const char *ev = "n=10 s=b;n=9 s=a;s=c;n=100 s=a;n=abc s=d";
    ck_assert_str_eq(run_cmd("sort n", ev), "n=9 s=a\nn=10 s=b\nn=100 s=a\nn=abc s=d\ns=c\n");
    ck_assert_str_eq(run_cmd("sort -n", ev), "n=abc s=d\nn=100 s=a\nn=10 s=b\nn=9 s=a\ns=c\n");
    ck_assert_str_eq(run_cmd("sort - n", ev), "n=abc s=d\nn=100 s=a\nn=10 s=b\nn=9 s=a\ns=c\n");
    ck_assert_str_eq(run_cmd("sort n desc", ev), "n=abc s=d\nn=100 s=a\nn=10 s=b\nn=9 s=a\ns=c\n");
    ck_assert_str_eq(run_cmd("sort str(n)", ev), "n=10 s=b\nn=100 s=a\nn=9 s=a\nn=abc s=d\ns=c\n");
    /* stable: equal keys keep input order */
    ck_assert_str_eq(run_cmd("sort s", ev), "n=9 s=a\nn=100 s=a\nn=10 s=b\ns=c\nn=abc s=d\n");
    ck_assert_str_eq(run_cmd("sort s, -n", ev), "n=100 s=a\nn=9 s=a\nn=10 s=b\ns=c\nn=abc s=d\n");
    ck_assert_str_eq(run_cmd("sort 2 n", ev), "n=9 s=a\nn=10 s=b\n");
    ck_assert_str_eq(run_cmd("sort limit=1 -n", ev), "n=abc s=d\n");
}
END_TEST

START_TEST(sort_modes) {
    const char *ips = "ip=10.0.0.2;ip=9.1.1.1;ip=10.0.0.10";
    ck_assert_str_eq(run_cmd("sort ip", ips), "ip=9.1.1.1\nip=10.0.0.2\nip=10.0.0.10\n");
    ck_assert_str_eq(run_cmd("sort ip(ip)", ips), "ip=9.1.1.1\nip=10.0.0.2\nip=10.0.0.10\n");
    ck_assert_str_eq(run_cmd("sort str(ip)", ips), "ip=10.0.0.10\nip=10.0.0.2\nip=9.1.1.1\n");
    ck_assert_str_eq(run_cmd("sort num(v)", "v=10k;v=9k;v=x;v=100"), "v=9k\nv=10k\nv=100\nv=x\n");
    ck_assert_str_eq(run_cmd("sort -num(v)", "v=10k;v=9k;v=x;v=100"), "v=x\nv=100\nv=10k\nv=9k\n");
}
END_TEST

START_TEST(sort_limit_buffer) {
    /* more events than 2*limit and 1024: the cut-back path */
    sq_buf b = SQ_BUF_INIT;
    for (int i = 0; i < 3000; i++)
        sq_buf_printf(&b, "%sn=%d", i ? ";" : "", (i * 7919) % 3000);
    char *t = run_cmd("sort 3 -n", sq_buf_cstr(&b));
    ck_assert_str_eq(t, "n=2999\nn=2998\nn=2997\n");
    sq_buf_free(&b);
}
END_TEST

START_TEST(sort_errors) {
    ck_assert(strstr(setup_error("sort"), "field"));
    ck_assert(strstr(setup_error("sort 10"), "field"));
    ck_assert(strstr(setup_error("sort bogus(x)"), "bogus"));
    ck_assert(strstr(setup_error("sort 5 limit=3 x"), "limit"));
}
END_TEST

START_TEST(convert_functions) {
    ck_assert_str_eq(run_cmd("convert dur2sec(d)", "d=00:10:15;d=1+01:00:00;d=junk"),
                     "d=615\nd=90000\nd=junk\n");
    ck_assert_str_eq(run_cmd("convert mstime(m)", "m=01:02.5;m=3.25"), "m=62.5\nm=3.25\n");
    ck_assert_str_eq(run_cmd("convert memk(v)", "v=10;v=2m;v=1.5g;v=3k;v=5x"),
                     "v=10\nv=2048\nv=1572864\nv=3\nv=5x\n");
    ck_assert_str_eq(run_cmd("convert rmcomma(v)", "v=1,000,000.00;v=a,b"),
                     "v=1000000.00\nv=a,b\n");
    ck_assert_str_eq(run_cmd("convert rmunit(v)", "v=212sec;v=-3.5kb;v=abc"),
                     "v=212\nv=-3.5\nv=abc\n");
    ck_assert_str_eq(run_cmd("convert num(v)", "v=12;v=abc;v=1,234;v=x"), "v=12\n\nv=1234\n\n");
    ck_assert_str_eq(run_cmd("convert auto(v)", "v=12;v=abc;v=00:01:00"), "v=12\nv=abc\nv=60\n");
}
END_TEST

START_TEST(convert_time) {
    ck_assert_str_eq(run_cmd("convert ctime(t)", "t=0;t=abc"), "t=01/01/1970 00:00:00\nt=abc\n");
    ck_assert_str_eq(
        run_cmd("convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(t) AS s", "t=1700000000"),
        "t=1700000000 s=2023-11-14T22:13:20\n");
    ck_assert_str_eq(run_cmd("convert timeformat=\"%Y-%m-%d\" mktime(d)", "d=2023-11-14"),
                     "d=1699920000\n");
    ck_assert_str_eq(run_cmd("convert mktime(d)", "d=11/14/2023~22:13:20"), "d=1700000000\n");
}
END_TEST

START_TEST(convert_wildcards) {
    ck_assert_str_eq(run_cmd("convert ctime(*Time) AS *_s", "firstTime=0 lastTime=60 x=1"),
                     "firstTime=0 lastTime=60 x=1 first_s=01/01/1970 00:00:00 "
                     "last_s=01/01/1970 00:01:00\n");
    ck_assert_str_eq(run_cmd("convert auto(*) none(b)", "a=1,000 b=2,000"), "a=1000 b=2,000\n");
}
END_TEST

START_TEST(convert_errors) {
    ck_assert(strstr(setup_error("convert"), "conversion"));
    ck_assert(strstr(setup_error("convert bogus(x)"), "bogus"));
    ck_assert(strstr(setup_error("convert ctime(x) AS"), "AS"));
}
END_TEST

static Suite *stats_suite(void) {
    Suite *s = suite_create("stats");
    TCase *tc = tcase_create("aggregate");
    tcase_add_test(tc, spec_names);
    tcase_add_test(tc, spec_wildcard);
    tcase_add_test(tc, spec_errors);
    tcase_add_test(tc, glob);
    tcase_add_test(tc, counts);
    tcase_add_test(tc, values_and_list);
    tcase_add_test(tc, min_max);
    tcase_add_test(tc, sums);
    tcase_add_test(tc, spread);
    tcase_add_test(tc, percentiles);
    tcase_add_test(tc, mode_first_last);
    tcase_add_test(tc, earliest_latest);
    tcase_add_test(tc, multivalue_items);
    suite_add_tcase(s, tc);
    tc = tcase_create("commands");
    tcase_add_test(tc, stats_no_by);
    tcase_add_test(tc, stats_by);
    tcase_add_test(tc, stats_time);
    tcase_add_test(tc, stats_wildcard);
    tcase_add_test(tc, stats_errors);
    tcase_add_test(tc, sort_basic);
    tcase_add_test(tc, sort_modes);
    tcase_add_test(tc, sort_limit_buffer);
    tcase_add_test(tc, sort_errors);
    tcase_add_test(tc, convert_functions);
    tcase_add_test(tc, convert_time);
    tcase_add_test(tc, convert_wildcards);
    tcase_add_test(tc, convert_errors);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(stats_suite)
