/* test_check.c — sq_check (what a query needs that splq cannot run), data
 * source objects, and the canonical SPL round trip behind `parse --spl`.
 * Commands and functions named here are ones whose status will not change:
 * refused ones (apply, mstats), made-up ones (frobnicate, nosuchfn), and
 * the basics every rule uses (search, eval, stats, where, rename). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "splq/check.h"
#include "splq/detection.h"
#include "splq/macro.h"
#include "splq/parse.h"
#include "unit.h"

static sq_env make_env(void) {
    sq_env env;
    memset(&env, 0, sizeof env);
    env.macros = sq_macros_new();
    env.now = 0;
    const char *const one[] = {"x"};
    sq_macros_define(env.macros, "demo_source", NULL, 0, "sourcetype=demo:process");
    sq_macros_define(env.macros, "ctime", one, 1, "convert ctime($x$)");
    sq_macros_define(env.macros, "loop_a", NULL, 0, "`loop_b`");
    sq_macros_define(env.macros, "loop_b", NULL, 0, "`loop_a`");
    sq_macros_define(env.macros, "open_paren", NULL, 0, "eval x=(1 + 2");
    return env;
}

static void free_env(sq_env *env) {
    sq_macros_free(env->macros);
}

/* The index of the first item of kind (and name, when given), or -1. */
static int find(const sq_check_result *r, sq_check_kind kind, const char *name) {
    for (size_t i = 0; i < r->nitems; i++)
        if (r->items[i].kind == kind &&
            (!name || (r->items[i].name && strcmp(r->items[i].name, name) == 0)))
            return (int)i;
    return -1;
}

/* Offset of needle in the checked text (its first occurrence). */
static long at(const sq_check_result *r, const char *needle) {
    const char *p = strstr(r->text, needle);
    ck_assert_ptr_nonnull(p);
    return (long)(p - r->text);
}

static void check(sq_env *env, const char *q, const sq_check_opts *o, sq_check_result *r) {
    sq_check(env, q, o, r);
    ck_assert_str_eq(r->text, q);
}

START_TEST(clean_query_is_runnable) {
    sq_env env = make_env();
    sq_check_result r;
    check(&env, "`demo_source` user=x | eval n=len(user) | stats count by n | where count > 1",
          NULL, &r);
    ck_assert(r.parsed);
    ck_assert_msg(r.nitems == 0, "unexpected item: %s", r.nitems ? r.items[0].msg : "");
    ck_assert(sq_check_runnable(&r));
    sq_check_result_free(&r);
    free_env(&env);
}
END_TEST

START_TEST(commands_and_functions_with_positions) {
    sq_env env = make_env();
    sq_check_result r;
    check(&env,
          "index=x\n| apply m\n| frobnicate y\n| eval z=nosuchfn(a), w=lower(b)\n"
          "| append [| mstats avg(v) where index=m]",
          NULL, &r);
    ck_assert(r.parsed);
    ck_assert(!sq_check_runnable(&r));
    int i = find(&r, SQ_CHECK_COMMAND, "apply");
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(r.items[i].level, SQ_CHECK_ERROR);
    ck_assert_int_eq(r.items[i].offset, at(&r, "apply"));
    ck_assert_ptr_nonnull(strstr(r.items[i].msg, "Machine Learning Toolkit"));
    i = find(&r, SQ_CHECK_COMMAND, "frobnicate");
    ck_assert_int_eq(r.items[i].offset, at(&r, "frobnicate"));
    i = find(&r, SQ_CHECK_FUNCTION, "nosuchfn");
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(r.items[i].offset, at(&r, "nosuchfn"));
    /* Inside a subsearch too. */
    i = find(&r, SQ_CHECK_COMMAND, "mstats");
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(r.items[i].offset, at(&r, "mstats"));
    ck_assert_int_eq(find(&r, SQ_CHECK_FUNCTION, "lower"), -1);
    /* Items come in order of position. */
    for (size_t k = 1; k < r.nitems; k++)
        ck_assert_int_le(r.items[k - 1].offset, r.items[k].offset);
    sq_check_result_free(&r);
    free_env(&env);
}
END_TEST

START_TEST(undefined_macros_are_left_out) {
    sq_env env = make_env();
    sq_check_result r;
    /* Two undefined macros, one a stage of its own: both reported, and the
     * rest (apply) still checked. */
    check(&env, "`nosuch_source` a=1 | `nosuch_stage(x)` | apply m | `ctime(t)`", NULL, &r);
    ck_assert(r.parsed);
    int i = find(&r, SQ_CHECK_MACRO, "nosuch_source");
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(r.items[i].level, SQ_CHECK_ERROR);
    ck_assert_int_eq(r.items[i].offset, 0);
    i = find(&r, SQ_CHECK_MACRO, "nosuch_stage");
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(r.items[i].offset, at(&r, "`nosuch_stage"));
    ck_assert_int_ge(find(&r, SQ_CHECK_COMMAND, "apply"), 0);
    ck_assert_int_eq(r.counts[SQ_CHECK_ERROR], 3);
    sq_check_result_free(&r);
    free_env(&env);
}
END_TEST

START_TEST(filter_macros_are_notes) {
    sq_env env = make_env();
    sq_check_result r;
    check(&env, "a=1 | stats count by b | `my_rule_filter`", NULL, &r);
    ck_assert(sq_check_runnable(&r));
    int i = find(&r, SQ_CHECK_MACRO, "my_rule_filter");
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(r.items[i].level, SQ_CHECK_NOTE);
    ck_assert_int_eq(r.items[i].offset, at(&r, "`my_rule_filter`"));
    sq_check_result_free(&r);
    free_env(&env);
}
END_TEST

START_TEST(macro_cycle_is_an_error) {
    sq_env env = make_env();
    sq_check_result r;
    check(&env, "a=1 | `loop_a`", NULL, &r);
    int i = find(&r, SQ_CHECK_MACRO, "loop_a");
    ck_assert_int_ge(i, 0);
    ck_assert_ptr_nonnull(strstr(r.items[i].msg, "cycle"));
    ck_assert(!sq_check_runnable(&r));
    sq_check_result_free(&r);
    free_env(&env);
}
END_TEST

START_TEST(syntax_errors_stop_the_check) {
    sq_env env = make_env();
    sq_check_result r;
    check(&env, "a=1\n| eval x=if(a>1, 2, 3\n| apply m", NULL, &r);
    ck_assert(!r.parsed);
    ck_assert(!sq_check_runnable(&r));
    int i = find(&r, SQ_CHECK_SYNTAX, NULL);
    ck_assert_int_ge(i, 0);
    /* The note comes first: the '(' that is not closed. */
    ck_assert_int_eq(r.items[i].level, SQ_CHECK_NOTE);
    ck_assert_int_eq(r.items[i].offset, at(&r, "(a>1"));
    ck_assert_int_eq(r.counts[SQ_CHECK_ERROR], 1);
    ck_assert_int_eq(find(&r, SQ_CHECK_COMMAND, "apply"), -1);
    sq_check_result_free(&r);

    /* Inside a macro's body: at the call, naming the macro. */
    check(&env, "a=1 | `open_paren`", NULL, &r);
    i = find(&r, SQ_CHECK_SYNTAX, NULL);
    ck_assert_int_eq(r.items[i].offset, at(&r, "`open_paren`"));
    ck_assert_str_eq(r.items[i].macro, "open_paren");
    sq_check_result_free(&r);

    /* An unterminated call is the expander's error, at the backtick. */
    check(&env, "a=1 | `ctime(t)", NULL, &r);
    i = find(&r, SQ_CHECK_SYNTAX, NULL);
    ck_assert_int_eq(r.items[i].offset, at(&r, "`"));
    ck_assert_ptr_null(r.items[i].macro);
    sq_check_result_free(&r);
    free_env(&env);
}
END_TEST

START_TEST(assume_skips_names) {
    sq_env env = make_env();
    const char *const assume[] = {"frobnicate", "nosuchfn"};
    sq_check_opts o = {.assume = assume, .nassume = 2};
    sq_check_result r;
    check(&env, "a=1 | frobnicate x | eval y=nosuchfn(a) | apply m", &o, &r);
    ck_assert_int_eq(r.counts[SQ_CHECK_ERROR], 1);
    ck_assert_int_ge(find(&r, SQ_CHECK_COMMAND, "apply"), 0);
    sq_check_result_free(&r);
    free_env(&env);
}
END_TEST

/* A temporary directory of data source objects. */
static char *make_ds_dir(void) {
    char tmpl[] = "/tmp/splq-check-ds.XXXXXX";
    char *dir = mkdtemp(tmpl);
    ck_assert_ptr_nonnull(dir);
    char path[256];
    snprintf(path, sizeof path, "%s/proc.yml", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("name: Demo Proc\nfields:\n- dest\n- user\n- process_name\n- CommandLine\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/net.yml", dir);
    f = fopen(path, "w");
    fputs("name: Demo Net\nfields:\n- src_ip\n- dest_port\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/bare.yml", dir);
    f = fopen(path, "w");
    fputs("name: Demo Bare\nsourcetype: x\n", f);
    fclose(f);
    return strdup(dir);
}

static void remove_ds_dir(char *dir) {
    const char *names[] = {"proc.yml", "net.yml", "bare.yml"};
    char path[256];
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
    free(dir);
}

START_TEST(fields_against_data_sources) {
    char *dir = make_ds_dir();
    sq_datasources *ds = sq_datasources_new();
    sq_error err = {0};
    ck_assert_int_eq(sq_datasources_load_dir(ds, dir, &err), 0);
    ck_assert_int_eq(sq_datasources_count(ds), 3);
    sq_env env = make_env();
    const char *const names[] = {"demo proc"}; /* names match case-insensitively */
    sq_check_opts o = {.datasources = ds, .data_sources = names, .ndata_sources = 1};
    sq_check_result r;
    check(&env,
          "`demo_source` (process_name=a OR Image=b) NoSuch=1 earliest=-24h host=h\n"
          "| eval c=lower(CommandLine), k=if(isnull(Gone), 1, 0), keep=if(user=1, keep, 0)\n"
          "| rename dest as host_name\n"
          "| where len(c) > 0 AND Missing > 1 AND len(host_name) > 0\n"
          "| stats count by user, Missing2, _time\n"
          "| where count > AfterStats",
          &o, &r);
    ck_assert(r.fields_checked);
    ck_assert(sq_check_runnable(&r)); /* fields are warnings */
    const char *missing[] = {"NoSuch", "Missing", "Missing2"};
    for (size_t i = 0; i < 3; i++) {
        int k = find(&r, SQ_CHECK_FIELD, missing[i]);
        ck_assert_msg(k >= 0, "%s not reported", missing[i]);
        ck_assert_int_eq(r.items[k].level, SQ_CHECK_WARNING);
    }
    ck_assert_int_eq(r.items[find(&r, SQ_CHECK_FIELD, "Missing2")].offset, at(&r, "Missing2"));
    const char *fine[] = {"Image",     "earliest", "host",       "Gone", "keep",
                          "host_name", "c",        "AfterStats", "_time"};
    for (size_t i = 0; i < sizeof fine / sizeof *fine; i++)
        ck_assert_msg(find(&r, SQ_CHECK_FIELD, fine[i]) < 0, "%s reported", fine[i]);
    ck_assert_int_eq(r.counts[SQ_CHECK_WARNING], 3);
    sq_check_result_free(&r);

    /* Two sources ("A AND B"): either provides. */
    const char *const both[] = {"Demo Proc AND Demo Net"};
    o.data_sources = both;
    check(&env, "user=x src_ip=y Other=z", &o, &r);
    ck_assert_int_eq(r.counts[SQ_CHECK_WARNING], 1);
    ck_assert_int_ge(find(&r, SQ_CHECK_FIELD, "Other"), 0);
    sq_check_result_free(&r);

    /* A source without a field list, or unknown: a note, nothing checked. */
    const char *const bare[] = {"Demo Bare"};
    o.data_sources = bare;
    check(&env, "Anything=1", &o, &r);
    ck_assert(!r.fields_checked);
    ck_assert_int_ge(find(&r, SQ_CHECK_DATA_SOURCE, "Demo Bare"), 0);
    sq_check_result_free(&r);
    const char *const unknown[] = {"No Such Source"};
    o.data_sources = unknown;
    check(&env, "Anything=1", &o, &r);
    ck_assert(!r.fields_checked);
    ck_assert_int_eq(r.counts[SQ_CHECK_NOTE], 1);
    sq_check_result_free(&r);

    /* Rules that do not read events (tstats) are not field-checked. */
    o.data_sources = names;
    check(&env, "| tstats count where Anything=1 by Other", &o, &r);
    ck_assert(!r.fields_checked);
    sq_check_result_free(&r);

    free_env(&env);
    sq_datasources_free(ds);
    remove_ds_dir(dir);
}
END_TEST

START_TEST(data_source_dir_errors) {
    sq_datasources *ds = sq_datasources_new();
    sq_error err = {0};
    ck_assert_int_eq(sq_datasources_load_dir(ds, "/nonexistent/dir", &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_IO);
    sq_datasources_free(ds);
}
END_TEST

/* What `splq parse --spl` prints reparses to the same tree, and printing
 * that tree again gives the same text (canonical SPL is a fixed point). */
static void assert_round_trip(const char *q) {
    sq_ast *a = NULL, *b = NULL;
    sq_error err = {0};
    ck_assert_msg(sq_parse(q, strlen(q), SQ_PARSE_QUERY, &a, &err) == 0, "<%s>: %s", q, err.msg);
    sq_buf s1 = SQ_BUF_INIT, s2 = SQ_BUF_INIT;
    sq_ast_to_spl(a, &s1);
    ck_assert_msg(sq_parse(s1.data, s1.len, SQ_PARSE_QUERY, &b, &err) == 0, "<%s>: %s", s1.data,
                  err.msg);
    ck_assert_msg(sq_ast_equal(a, b), "tree changed: <%s> -> <%s>", q, s1.data);
    sq_ast_to_spl(b, &s2);
    ck_assert_str_eq(s1.data, s2.data);
    sq_buf_free(&s1);
    sq_buf_free(&s2);
    sq_ast_free(a);
    sq_ast_free(b);
}

START_TEST(spl_round_trips) {
    static const char *const queries[] = {
        "a=1 b IN (x, \"y z\") NOT c=\"*\\\"q\\\"*\" | eval x=if(a>1,\"a\",b) . 'f g'",
        "| tstats count from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe "
        "by Processes.dest _time span=1h",
        "eventtype=x | stats values(f) as aceFlags(inheritance) count(eval(x>1)) as c by u@d:p, "
        "f{}.g",
        "a | join type=left u [search b=1 | stats count by u] | append [| makeresults]",
        "a | foreach *_count [ eval <<FIELD>> = <<FIELD>> * 2 ]",
        "a | map search=\"search `m(1)` user=$user$\" maxsearches=3",
        "a | rex field=_raw \"(?<h>[^\\\\\\\\]+)\\\\\\\\(?<f>\\S+)\" | regex x!=\"^\\d+$\"",
        "a | where NOT (x > 1 OR y == \"z\") AND z IN (\"1\", \"2\") AND like(u, \"a%\")",
        "| mstats avg(x) where index=m by host span=5m",
        "search TERM(10.0.0.1) CASE(Abc) [| inputlookup t | fields a] | head 5",
    };
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++)
        assert_round_trip(queries[i]);
}
END_TEST

/* The whole corpus through sq_check: no crash, every search parses. */
static void walk_corpus(sq_env *env, const char *dir, int *files, int *parsed) {
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        size_t n = strlen(e->d_name);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            walk_corpus(env, path, files, parsed);
        } else if (n > 4 && strcmp(e->d_name + n - 4, ".yml") == 0) {
            sq_detection *d;
            sq_error err = {0};
            ck_assert_msg(sq_detection_load(path, &d, &err) == 0, "%s", err.msg);
            sq_check_result r;
            sq_check(env, d->search, NULL, &r);
            (*files)++;
            *parsed += r.parsed;
            if (!r.parsed)
                fprintf(stderr, "check: %s does not parse\n", path);
            sq_check_result_free(&r);
            sq_detection_free(d);
        }
    }
    closedir(dh);
}

START_TEST(corpus_checks) {
    const char *shared = getenv("SHARED");
    char root[1024];
    snprintf(root, sizeof root, "%s/corpus/security_content",
             shared && *shared ? shared : "../shared");
    struct stat st;
    if (stat(root, &st) != 0) {
        fprintf(stderr, "check: %s not found; test skipped\n", root);
        return;
    }
    sq_env env;
    memset(&env, 0, sizeof env);
    env.macros = sq_macros_new();
    char dir[1100];
    sq_error err = {0};
    snprintf(dir, sizeof dir, "%s/macros", root);
    ck_assert_msg(sq_macros_load_dir(env.macros, "macros", &err) == 0, "%s", err.msg);
    ck_assert_msg(sq_macros_load_dir(env.macros, dir, &err) == 0, "%s", err.msg);
    int files = 0, parsed = 0;
    snprintf(dir, sizeof dir, "%s/detections", root);
    walk_corpus(&env, dir, &files, &parsed);
    ck_assert_int_ge(files, 1711);
    ck_assert_int_eq(parsed, files);
    sq_macros_free(env.macros);
}
END_TEST

static Suite *check_suite(void) {
    Suite *s = suite_create("check");
    TCase *tc = tcase_create("check");
    tcase_add_test(tc, clean_query_is_runnable);
    tcase_add_test(tc, commands_and_functions_with_positions);
    tcase_add_test(tc, undefined_macros_are_left_out);
    tcase_add_test(tc, filter_macros_are_notes);
    tcase_add_test(tc, macro_cycle_is_an_error);
    tcase_add_test(tc, syntax_errors_stop_the_check);
    tcase_add_test(tc, assume_skips_names);
    tcase_add_test(tc, fields_against_data_sources);
    tcase_add_test(tc, data_source_dir_errors);
    tcase_add_test(tc, spl_round_trips);
    suite_add_tcase(s, tc);
    TCase *corpus = tcase_create("corpus");
    tcase_set_timeout(corpus, 120);
    tcase_add_test(corpus, corpus_checks);
    suite_add_tcase(s, corpus);
    return s;
}

SQ_TEST_SUITE(check_suite)
