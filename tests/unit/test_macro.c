/* test_macro.c — backtick-macro expansion (arguments, quoting, comments,
 * missing *_filter macros, errors with their spans, limits) and the source
 * map from expanded to original offsets.  Loading macro files and the real
 * corpus are in test_macro_files.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "macro_helpers.h"
#include "splq/buf.h"
#include "splq/macro.h"
#include "unit.h"

static sq_macros *fixture(void) {
    sq_macros *m = sq_macros_new();
    const char *one[] = {"field"};
    const char *two[] = {"a", "b"};
    const char *obj[] = {"object"};
    sq_macros_define(m, "cloudtrail", NULL, 0, "sourcetype=aws:cloudtrail");
    sq_macros_define(m, "ctime", one, 1, "convert ctime($field$)");
    sq_macros_define(m, "pair", two, 2, "eval $a$=$b$");
    sq_macros_define(m, "pair", NULL, 0, "eval zero=0"); /* overloaded by arity */
    sq_macros_define(m, "drop_dm_object_name", obj, 1, "rename $object$.* AS *");
    sq_macros_define(m, "outer", NULL, 0, "`cloudtrail` x=1 | `inner(y)`");
    sq_macros_define(m, "inner", one, 1, "`ctime($field$)` | eval f=\"`notexpanded`\"");
    sq_macros_define(m, "bad_body", NULL, 0, "stats count | `nosuch`");
    sq_macros_define(m, "empty", NULL, 0, "");
    return m;
}

START_TEST(plain_text_is_unchanged) {
    sq_macros *m = fixture();
    macro_expect(m, "", "");
    macro_expect(m, "search a=1 | stats count", "search a=1 | stats count");
    macro_expect(NULL, "no macros at all", "no macros at all");
    sq_macros_free(m);
}
END_TEST

START_TEST(simple_and_argument_macros) {
    sq_macros *m = fixture();
    macro_expect(m, "`cloudtrail` eventName=X", "sourcetype=aws:cloudtrail eventName=X");
    macro_expect(m, "| `ctime(firstTime)`", "| convert ctime(firstTime)");
    macro_expect(m, "`ctime( lastTime )`", "convert ctime(lastTime)");
    macro_expect(m, "` cloudtrail `", "sourcetype=aws:cloudtrail");
    macro_expect(m, "`pair(x, y+1)`", "eval x=y+1");
    macro_expect(m, "`pair`", "eval zero=0");
    macro_expect(m, "a`empty`b", "ab");
    sq_macros_free(m);
}
END_TEST

START_TEST(quoted_arguments_lose_one_level) {
    sq_macros *m = fixture();
    macro_expect(m, "`drop_dm_object_name(\"Authentication\")`", "rename Authentication.* AS *");
    macro_expect(m, "`drop_dm_object_name(Processes)`", "rename Processes.* AS *");
    macro_expect(m, "`ctime(\"a \\\"q\\\" b\")`", "convert ctime(a \"q\" b)");
    macro_expect(m, "`ctime(\"a\\\\b\")`", "convert ctime(a\\\\b)");
    /* Only a fully quoted argument is unquoted. */
    macro_expect(m, "`ctime(\"a\" . \"b\")`", "convert ctime(\"a\" . \"b\")");
    macro_expect(m, "`ctime(\"\")`", "convert ctime()");
    sq_macros_free(m);
}
END_TEST

START_TEST(arguments_split_on_top_level_commas) {
    sq_macros *m = fixture();
    macro_expect(m, "`pair(x, if(a,b,c))`", "eval x=if(a,b,c)");
    macro_expect(m, "`pair(x, \"a,b\")`", "eval x=a,b");
    macro_expect(m, "`pair(x, mvindex(split(s, \",\"), 0))`", "eval x=mvindex(split(s, \",\"), 0)");
    macro_expect(m, "`pair(x, [a,b])`", "eval x=[a,b]");
    sq_macros_free(m);
}
END_TEST

START_TEST(named_arguments) {
    sq_macros *m = fixture();
    macro_expect(m, "`pair(b=2, a=one)`", "eval one=2");
    macro_expect(m, "`pair(a = \"q v\", b=3)`", "eval q v=3");
    /* Not all named, or unknown names: positional. */
    macro_expect(m, "`pair(a=1, 2)`", "eval a=1=2");
    macro_expect(m, "`ctime(x=1)`", "convert ctime(x=1)");
    macro_expect(m, "`pair(a==1, b)`", "eval a==1=b");
    sq_macros_free(m);
}
END_TEST

START_TEST(substitution_details) {
    sq_macros *m = sq_macros_new();
    const char *args[] = {"x", "xy"};
    sq_macros_define(m, "t", args, 2, "$x$ $xy$ $z$ $$ $x");
    sq_macros_define(m, "tok", NULL, 0, "map search=\"x=$v$\" $v$");
    macro_expect(m, "`t(1,2)`", "1 2 $z$ $$ $x");
    macro_expect(m, "`t($xy$,$x$)`", "$xy$ $x$ $z$ $$ $x"); /* values are not rescanned */
    macro_expect(m, "`tok`", "map search=\"x=$v$\" $v$");
    sq_macros_free(m);
}
END_TEST

START_TEST(nested_macros) {
    sq_macros *m = fixture();
    macro_expect(m, "`outer`",
                 "sourcetype=aws:cloudtrail x=1 | convert ctime(y) | eval f=\"`notexpanded`\"");
    sq_macros_free(m);
}
END_TEST

START_TEST(quoted_strings_are_not_expanded) {
    sq_macros *m = fixture();
    macro_expect(m, "search x=\"audit`users`local\"", "search x=\"audit`users`local\"");
    macro_expect(m, "| map search=\"search `cloudtrail` id=$id$\" | `cloudtrail`",
                 "| map search=\"search `cloudtrail` id=$id$\" | sourcetype=aws:cloudtrail");
    macro_expect(m, "eval s=\"a\\\"`x`\\\\\" | `cloudtrail`",
                 "eval s=\"a\\\"`x`\\\\\" | sourcetype=aws:cloudtrail");
    macro_expect(m, "eval s=\"```\" | `cloudtrail`", "eval s=\"```\" | sourcetype=aws:cloudtrail");
    /* An unterminated quote runs to the end: nothing after it is expanded. */
    macro_expect(m, "eval s=\"abc `x`", "eval s=\"abc `x`");
    /* Outside strings, \" is an escaped quote and opens no string. */
    macro_expect(m, "x=*\\\"p\\\":true* | `cloudtrail`",
                 "x=*\\\"p\\\":true* | sourcetype=aws:cloudtrail");
    macro_expect(m, "x=a\\\\\"`cloudtrail`\"", "x=a\\\\\"`cloudtrail`\"");
    macro_expect(m, "x=\\`cloudtrail`", "x=\\sourcetype=aws:cloudtrail");
    /* Single quotes (eval field names) do not protect. */
    macro_expect(m, "eval '`cloudtrail`'=1", "eval 'sourcetype=aws:cloudtrail'=1");
    sq_macros_free(m);
}
END_TEST

START_TEST(comments_become_a_space) {
    sq_macros *m = fixture();
    macro_expect(m, "a ```c``` b", "a   b");
    macro_expect(m, "stats```x```count", "stats count");
    macro_expect(m, "a ```has | pipes and `cloudtrail` and \"quotes``` b", "a   b");
    macro_expect(m, "```only```", " ");
    macro_expect(m, "a ``````", "a  ");
    macro_expect(m, "x ```a `` b``` `cloudtrail`", "x   sourcetype=aws:cloudtrail");
    const char *arg[] = {"v"};
    sq_macros_define(m, "commented", arg, 1, "eval x=$v$ ```why```| `cloudtrail`");
    macro_expect(m, "`commented(1)`", "eval x=1  | sourcetype=aws:cloudtrail");
    sq_macros_free(m);
}
END_TEST

START_TEST(missing_filter_macro_becomes_search_star) {
    sq_macros *m = fixture();
    macro_notes ns = {SQ_BUF_INIT, 0};
    sq_diag diag = {macro_notes_collect, &ns, 0, 0};
    char *out;
    size_t len;
    sq_error err;
    const char *q = "`cloudtrail` | `my_rule_filter`";
    ck_assert_int_eq(sq_macro_expand(m, q, strlen(q), &out, &len, NULL, &diag, &err), 0);
    ck_assert_str_eq(out, "sourcetype=aws:cloudtrail | search *");
    ck_assert_int_eq(ns.n, 1);
    ck_assert_uint_eq(diag.notes, 1);
    ck_assert_str_eq(ns.text.data, "note: macro `my_rule_filter` not defined: using `search *`\n");
    free(out);
    /* A NULL diag is fine too. */
    macro_expect(m, "`x_filter`", "search *");
    /* A defined filter macro is used. */
    sq_macros_define(m, "x_filter", NULL, 0, "where count > 1");
    macro_expect(m, "`x_filter`", "where count > 1");
    sq_buf_free(&ns.text);
    sq_macros_free(m);
}
END_TEST

START_TEST(missing_macro_is_an_error_with_span) {
    sq_macros *m = fixture();
    sq_error e = macro_expand_fail(m, "search x | `nosuch` | y");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_int_eq(e.span.start, 11);
    ck_assert_int_eq(e.span.end, 19);
    ck_assert_str_eq(e.msg, "macro `nosuch` is not defined");

    e = macro_expand_fail(m, "`nosuch(a)`");
    ck_assert_str_eq(e.msg, "macro `nosuch(1)` is not defined");

    e = macro_expand_fail(m, "x `ctime(a, b)`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_int_eq(e.span.start, 2);
    ck_assert_ptr_nonnull(strstr(e.msg, "takes 1 argument, not 2"));

    /* A filter macro with arguments is not the build tool's. */
    e = macro_expand_fail(m, "`x_filter(1)`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);

    /* Inside a definition: the span is the user's call. */
    e = macro_expand_fail(m, "ab `bad_body` cd");
    ck_assert_int_eq(e.span.start, 3);
    ck_assert_int_eq(e.span.end, 13);
    ck_assert_str_eq(e.msg, "macro `nosuch` is not defined (in the definition of `bad_body`)");
    sq_macros_free(m);
}
END_TEST

START_TEST(malformed_calls) {
    sq_macros *m = fixture();
    sq_error e = macro_expand_fail(m, "abc `cloudtrail");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 4);
    ck_assert_int_eq(e.span.end, 15);
    ck_assert_ptr_nonnull(strstr(e.msg, "unterminated"));

    e = macro_expand_fail(m, "a ```never closed");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 2);
    ck_assert_int_eq(e.span.end, 5);
    ck_assert_ptr_nonnull(strstr(e.msg, "comment"));

    e = macro_expand_fail(m, "x ``");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 2);

    e = macro_expand_fail(m, "`two words`");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    e = macro_expand_fail(m, "`ctime(a`");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    e = macro_expand_fail(m, "`ctime(a) x`");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);

    sq_macros_define(m, "unterminated_body", NULL, 0, "x | `oops");
    e = macro_expand_fail(m, "q `unterminated_body`");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 2);
    ck_assert_ptr_nonnull(strstr(e.msg, "unterminated_body"));
    sq_macros_free(m);
}
END_TEST

START_TEST(cycles_are_named) {
    sq_macros *m = sq_macros_new();
    sq_macros_define(m, "a", NULL, 0, "x `b`");
    sq_macros_define(m, "b", NULL, 0, "y `c`");
    sq_macros_define(m, "c", NULL, 0, "z `b`");
    sq_macros_define(m, "self", NULL, 0, "`self`");
    sq_error e = macro_expand_fail(m, "q | `a`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_str_eq(e.msg, "macro cycle: `b` -> `c` -> `b`");
    ck_assert_int_eq(e.span.start, 4);
    ck_assert_int_eq(e.span.end, 7);
    e = macro_expand_fail(m, "`self`");
    ck_assert_str_eq(e.msg, "macro cycle: `self` -> `self`");
    sq_macros_free(m);
}
END_TEST

START_TEST(depth_limit) {
    sq_macros *m = sq_macros_new();
    char name[32], def[64];
    for (int i = 0; i < SQ_MACRO_MAX_DEPTH + 5; i++) {
        snprintf(name, sizeof name, "d%d", i);
        snprintf(def, sizeof def, "`d%d`", i + 1);
        sq_macros_define(m, name, NULL, 0, def);
    }
    sq_error e = macro_expand_fail(m, "`d0`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_ptr_nonnull(strstr(e.msg, "nested more than"));
    /* Exactly at the limit is fine. */
    snprintf(name, sizeof name, "d%d", SQ_MACRO_MAX_DEPTH - 1);
    sq_macros_define(m, name, NULL, 0, "end");
    macro_expect(m, "`d0`", "end");
    sq_macros_free(m);
}
END_TEST

START_TEST(size_and_work_limits) {
    sq_macros *m = sq_macros_new();
    char name[32], def[64];
    for (int i = 0; i < 40; i++) { /* each doubles the one below */
        snprintf(name, sizeof name, "g%d", i);
        snprintf(def, sizeof def, "`g%d``g%d`", i + 1, i + 1);
        sq_macros_define(m, name, NULL, 0, def);
    }
    sq_macros_define(m, "g40", NULL, 0, "0123456789");
    sq_error e = macro_expand_fail(m, "x `g0`");
    ck_assert_int_eq(e.code, SQ_ERR_LIMIT);
    ck_assert_int_eq(e.span.start, 2);

    /* A query that is itself too long. */
    size_t big = SQ_MACRO_MAX_EXPANDED + 10;
    char *q = malloc(big + 1);
    memset(q, 'a', big);
    q[big] = '\0';
    e = macro_expand_fail(m, q);
    ck_assert_int_eq(e.code, SQ_ERR_LIMIT);
    ck_assert_int_eq(e.span.start, 0);
    free(q);

    /* Doubling into nothing: no output, but the work is bounded. */
    sq_macros_define(m, "g40", NULL, 0, "");
    e = macro_expand_fail(m, "`g0`");
    ck_assert_int_eq(e.code, SQ_ERR_LIMIT);
    sq_macros_free(m);
}
END_TEST

START_TEST(eval_based_macros) {
    char dir[] = "/tmp/splq_macro_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/macros.conf", dir);
    FILE *f = fopen(path, "w");
    fputs("[lit(1)]\nargs = v\niseval = 1\ndefinition = \"search x=$v$\"\n"
          "[computed]\niseval = true\ndefinition = \"a\" . \"b\"\n",
          f);
    fclose(f);
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), 0);
    macro_expect(m, "`lit(3)`", "search x=3");
    sq_error e = macro_expand_fail(m, "  `computed`");
    ck_assert_int_eq(e.code, SQ_ERR_UNSUPPORTED);
    ck_assert_int_eq(e.span.start, 2);
    sq_macros_free(m);
    unlink(path);
    rmdir(dir);
}
END_TEST

/* ---- the source map ---------------------------------------------------- */

START_TEST(map_identity_and_macro_text) {
    sq_macros *m = fixture();
    sq_srcmap *map;
    /*                     0123456789012345678901 */
    const char *q = "ab `cloudtrail` cd";
    char *out = macro_expand_ok(m, q, &map);
    ck_assert_str_eq(out, "ab sourcetype=aws:cloudtrail cd");
    size_t n = strlen(out);
    ck_assert_uint_eq(sq_srcmap_to_original(map, 0), 0);
    ck_assert_uint_eq(sq_srcmap_to_original(map, 2), 2);
    for (size_t i = 3; i < 3 + strlen("sourcetype=aws:cloudtrail"); i++)
        ck_assert_uint_eq(sq_srcmap_to_original(map, i), 3);
    ck_assert_uint_eq(sq_srcmap_to_original(map, n - 3), 15); /* the space after */
    ck_assert_uint_eq(sq_srcmap_to_original(map, n - 1), 17);
    ck_assert_uint_eq(sq_srcmap_to_original(map, n), strlen(q)); /* end of text */
    ck_assert_uint_eq(sq_srcmap_to_original(map, n + 10), strlen(q));
    ck_assert_uint_eq(sq_srcmap_to_original(NULL, 7), 7);
    sq_srcmap_free(map);
    free(out);
    sq_srcmap_free(NULL);
    sq_macros_free(m);
}
END_TEST

START_TEST(map_nested_points_at_outermost_call) {
    sq_macros *m = fixture();
    sq_srcmap *map;
    const char *q = "x | `outer` | `ctime(t)`";
    char *out = macro_expand_ok(m, q, &map);
    const char *second = strstr(out, "| convert ctime(t)");
    ck_assert_ptr_nonnull(second);
    size_t split = (size_t)(second - out);
    for (size_t i = 4; i < split - 1; i++)
        ck_assert_uint_eq(sq_srcmap_to_original(map, i), 4);
    ck_assert_uint_eq(sq_srcmap_to_original(map, split - 1), 11); /* " " after `outer` */
    ck_assert_uint_eq(sq_srcmap_to_original(map, split), 12);     /* "|" */
    ck_assert_uint_eq(sq_srcmap_to_original(map, split + 2), 14); /* the second call */
    ck_assert_uint_eq(sq_srcmap_to_original(map, strlen(out) - 1), 14);
    ck_assert_uint_eq(sq_srcmap_to_original(map, strlen(out)), strlen(q));
    sq_srcmap_free(map);
    free(out);
    sq_macros_free(m);
}
END_TEST

START_TEST(map_comments) {
    sq_macros *m = fixture();
    sq_srcmap *map;
    /*               0123456789012345 */
    const char *q = "a ```xyz``` b";
    char *out = macro_expand_ok(m, q, &map);
    ck_assert_str_eq(out, "a   b");
    ck_assert_uint_eq(sq_srcmap_to_original(map, 1), 1);
    ck_assert_uint_eq(sq_srcmap_to_original(map, 2), 2);  /* the comment's space */
    ck_assert_uint_eq(sq_srcmap_to_original(map, 3), 11); /* the space after */
    ck_assert_uint_eq(sq_srcmap_to_original(map, 4), 12);
    sq_srcmap_free(map);
    free(out);

    out = macro_expand_ok(m, "", &map);
    ck_assert_uint_eq(sq_srcmap_to_original(map, 0), 0);
    sq_srcmap_free(map);
    free(out);

    out = macro_expand_ok(m, "q `empty`", &map); /* ends in nothing */
    ck_assert_str_eq(out, "q ");
    ck_assert_uint_eq(sq_srcmap_to_original(map, 2), 9);
    sq_srcmap_free(map);
    free(out);
    sq_macros_free(m);
}
END_TEST

START_TEST(map_many_segments) {
    /* Many calls: the bisection must agree with a linear reading. */
    sq_macros *m = fixture();
    sq_buf q = SQ_BUF_INIT;
    for (int i = 0; i < 500; i++)
        sq_buf_printf(&q, "t%d `cloudtrail` | ", i);
    sq_srcmap *map;
    char *out = macro_expand_ok(m, q.data, &map);
    size_t oi = 0, ei = 0;
    const char *def = "sourcetype=aws:cloudtrail";
    while (q.data[oi]) {
        if (q.data[oi] == '`') {
            for (size_t k = 0; k < strlen(def); k++)
                ck_assert_uint_eq(sq_srcmap_to_original(map, ei + k), oi);
            ei += strlen(def);
            oi += strlen("`cloudtrail`");
        } else {
            ck_assert_uint_eq(sq_srcmap_to_original(map, ei), oi);
            ei++;
            oi++;
        }
    }
    ck_assert_uint_eq(ei, strlen(out));
    sq_srcmap_free(map);
    free(out);
    sq_buf_free(&q);
    sq_macros_free(m);
}
END_TEST

static Suite *macro_suite(void) {
    Suite *s = suite_create("macro");
    TCase *tc = tcase_create("expand");
    tcase_add_test(tc, plain_text_is_unchanged);
    tcase_add_test(tc, simple_and_argument_macros);
    tcase_add_test(tc, quoted_arguments_lose_one_level);
    tcase_add_test(tc, arguments_split_on_top_level_commas);
    tcase_add_test(tc, named_arguments);
    tcase_add_test(tc, substitution_details);
    tcase_add_test(tc, nested_macros);
    tcase_add_test(tc, quoted_strings_are_not_expanded);
    tcase_add_test(tc, comments_become_a_space);
    tcase_add_test(tc, missing_filter_macro_becomes_search_star);
    tcase_add_test(tc, missing_macro_is_an_error_with_span);
    tcase_add_test(tc, malformed_calls);
    tcase_add_test(tc, cycles_are_named);
    tcase_add_test(tc, depth_limit);
    tcase_add_test(tc, size_and_work_limits);
    tcase_add_test(tc, eval_based_macros);
    suite_add_tcase(s, tc);

    TCase *tm = tcase_create("srcmap");
    tcase_add_test(tm, map_identity_and_macro_text);
    tcase_add_test(tm, map_nested_points_at_outermost_call);
    tcase_add_test(tm, map_comments);
    tcase_add_test(tm, map_many_segments);
    suite_add_tcase(s, tm);
    return s;
}

SQ_TEST_SUITE(macro_suite)
