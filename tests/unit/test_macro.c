/* test_macro.c — macro loading, expansion, the source map, and the real
 * corpus: every security_content detection must expand (SHARED env var,
 * default ../shared; skipped when absent). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "splq/buf.h"
#include "splq/conf.h"
#include "splq/macro.h"
#include "unit.h"

/* Notes collected from the diag sink. */
typedef struct notes {
    sq_buf text;
    int n;
} notes;

static void collect(void *ud, sq_diag_level level, const char *msg) {
    notes *ns = ud;
    sq_buf_printf(&ns->text, "%s%s\n", level == SQ_DIAG_NOTE ? "note: " : "warning: ", msg);
    ns->n++;
}

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

/* Expand and return the text (caller frees); fails the test on error. */
static char *expand_ok(const sq_macros *m, const char *text, sq_srcmap **map) {
    char *out = NULL;
    size_t len = 0;
    sq_error err;
    sq_error_clear(&err);
    int rc = sq_macro_expand(m, text, strlen(text), &out, &len, map, NULL, &err);
    ck_assert_msg(rc == 0, "expanding %s: %s", text, err.msg);
    ck_assert_uint_eq(len, strlen(out));
    return out;
}

static void expect(const sq_macros *m, const char *text, const char *want) {
    char *got = expand_ok(m, text, NULL);
    ck_assert_str_eq(got, want);
    free(got);
}

static sq_error expand_fail(const sq_macros *m, const char *text) {
    char *out = (char *)1;
    sq_srcmap *map = (sq_srcmap *)1;
    sq_error err;
    sq_error_clear(&err);
    int rc = sq_macro_expand(m, text, strlen(text), &out, NULL, &map, NULL, &err);
    ck_assert_msg(rc == -1, "expanding %s should fail", text);
    ck_assert_ptr_null(out);
    ck_assert_ptr_null(map);
    return err;
}

START_TEST(plain_text_is_unchanged) {
    sq_macros *m = fixture();
    expect(m, "", "");
    expect(m, "search a=1 | stats count", "search a=1 | stats count");
    expect(NULL, "no macros at all", "no macros at all");
    sq_macros_free(m);
}
END_TEST

START_TEST(simple_and_argument_macros) {
    sq_macros *m = fixture();
    expect(m, "`cloudtrail` eventName=X", "sourcetype=aws:cloudtrail eventName=X");
    expect(m, "| `ctime(firstTime)`", "| convert ctime(firstTime)");
    expect(m, "`ctime( lastTime )`", "convert ctime(lastTime)");
    expect(m, "` cloudtrail `", "sourcetype=aws:cloudtrail");
    expect(m, "`pair(x, y+1)`", "eval x=y+1");
    expect(m, "`pair`", "eval zero=0");
    expect(m, "a`empty`b", "ab");
    sq_macros_free(m);
}
END_TEST

START_TEST(quoted_arguments_lose_one_level) {
    sq_macros *m = fixture();
    expect(m, "`drop_dm_object_name(\"Authentication\")`", "rename Authentication.* AS *");
    expect(m, "`drop_dm_object_name(Processes)`", "rename Processes.* AS *");
    expect(m, "`ctime(\"a \\\"q\\\" b\")`", "convert ctime(a \"q\" b)");
    expect(m, "`ctime(\"a\\\\b\")`", "convert ctime(a\\\\b)");
    /* Only a fully quoted argument is unquoted. */
    expect(m, "`ctime(\"a\" . \"b\")`", "convert ctime(\"a\" . \"b\")");
    expect(m, "`ctime(\"\")`", "convert ctime()");
    sq_macros_free(m);
}
END_TEST

START_TEST(arguments_split_on_top_level_commas) {
    sq_macros *m = fixture();
    expect(m, "`pair(x, if(a,b,c))`", "eval x=if(a,b,c)");
    expect(m, "`pair(x, \"a,b\")`", "eval x=a,b");
    expect(m, "`pair(x, mvindex(split(s, \",\"), 0))`", "eval x=mvindex(split(s, \",\"), 0)");
    expect(m, "`pair(x, [a,b])`", "eval x=[a,b]");
    sq_macros_free(m);
}
END_TEST

START_TEST(named_arguments) {
    sq_macros *m = fixture();
    expect(m, "`pair(b=2, a=one)`", "eval one=2");
    expect(m, "`pair(a = \"q v\", b=3)`", "eval q v=3");
    /* Not all named, or unknown names: positional. */
    expect(m, "`pair(a=1, 2)`", "eval a=1=2");
    expect(m, "`ctime(x=1)`", "convert ctime(x=1)");
    expect(m, "`pair(a==1, b)`", "eval a==1=b");
    sq_macros_free(m);
}
END_TEST

START_TEST(substitution_details) {
    sq_macros *m = sq_macros_new();
    const char *args[] = {"x", "xy"};
    sq_macros_define(m, "t", args, 2, "$x$ $xy$ $z$ $$ $x");
    sq_macros_define(m, "tok", NULL, 0, "map search=\"x=$v$\" $v$");
    expect(m, "`t(1,2)`", "1 2 $z$ $$ $x");
    expect(m, "`t($xy$,$x$)`", "$xy$ $x$ $z$ $$ $x"); /* values are not rescanned */
    expect(m, "`tok`", "map search=\"x=$v$\" $v$");
    sq_macros_free(m);
}
END_TEST

START_TEST(nested_macros) {
    sq_macros *m = fixture();
    expect(m, "`outer`",
           "sourcetype=aws:cloudtrail x=1 | convert ctime(y) | eval f=\"`notexpanded`\"");
    sq_macros_free(m);
}
END_TEST

START_TEST(quoted_strings_are_not_expanded) {
    sq_macros *m = fixture();
    expect(m, "search x=\"audit`users`local\"", "search x=\"audit`users`local\"");
    expect(m, "| map search=\"search `cloudtrail` id=$id$\" | `cloudtrail`",
           "| map search=\"search `cloudtrail` id=$id$\" | sourcetype=aws:cloudtrail");
    expect(m, "eval s=\"a\\\"`x`\\\\\" | `cloudtrail`",
           "eval s=\"a\\\"`x`\\\\\" | sourcetype=aws:cloudtrail");
    expect(m, "eval s=\"```\" | `cloudtrail`", "eval s=\"```\" | sourcetype=aws:cloudtrail");
    /* An unterminated quote runs to the end: nothing after it is expanded. */
    expect(m, "eval s=\"abc `x`", "eval s=\"abc `x`");
    /* Outside strings, \" is an escaped quote and opens no string. */
    expect(m, "x=*\\\"p\\\":true* | `cloudtrail`",
           "x=*\\\"p\\\":true* | sourcetype=aws:cloudtrail");
    expect(m, "x=a\\\\\"`cloudtrail`\"", "x=a\\\\\"`cloudtrail`\"");
    expect(m, "x=\\`cloudtrail`", "x=\\sourcetype=aws:cloudtrail");
    /* Single quotes (eval field names) do not protect. */
    expect(m, "eval '`cloudtrail`'=1", "eval 'sourcetype=aws:cloudtrail'=1");
    sq_macros_free(m);
}
END_TEST

START_TEST(comments_become_a_space) {
    sq_macros *m = fixture();
    expect(m, "a ```c``` b", "a   b");
    expect(m, "stats```x```count", "stats count");
    expect(m, "a ```has | pipes and `cloudtrail` and \"quotes``` b", "a   b");
    expect(m, "```only```", " ");
    expect(m, "a ``````", "a  ");
    expect(m, "x ```a `` b``` `cloudtrail`", "x   sourcetype=aws:cloudtrail");
    const char *arg[] = {"v"};
    sq_macros_define(m, "commented", arg, 1, "eval x=$v$ ```why```| `cloudtrail`");
    expect(m, "`commented(1)`", "eval x=1  | sourcetype=aws:cloudtrail");
    sq_macros_free(m);
}
END_TEST

START_TEST(missing_filter_macro_becomes_search_star) {
    sq_macros *m = fixture();
    notes ns = {SQ_BUF_INIT, 0};
    sq_diag diag = {collect, &ns, 0, 0};
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
    expect(m, "`x_filter`", "search *");
    /* A defined filter macro is used. */
    sq_macros_define(m, "x_filter", NULL, 0, "where count > 1");
    expect(m, "`x_filter`", "where count > 1");
    sq_buf_free(&ns.text);
    sq_macros_free(m);
}
END_TEST

START_TEST(missing_macro_is_an_error_with_span) {
    sq_macros *m = fixture();
    sq_error e = expand_fail(m, "search x | `nosuch` | y");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_int_eq(e.span.start, 11);
    ck_assert_int_eq(e.span.end, 19);
    ck_assert_str_eq(e.msg, "macro `nosuch` is not defined");

    e = expand_fail(m, "`nosuch(a)`");
    ck_assert_str_eq(e.msg, "macro `nosuch(1)` is not defined");

    e = expand_fail(m, "x `ctime(a, b)`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_int_eq(e.span.start, 2);
    ck_assert_ptr_nonnull(strstr(e.msg, "takes 1 argument, not 2"));

    /* A filter macro with arguments is not the build tool's. */
    e = expand_fail(m, "`x_filter(1)`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);

    /* Inside a definition: the span is the user's call. */
    e = expand_fail(m, "ab `bad_body` cd");
    ck_assert_int_eq(e.span.start, 3);
    ck_assert_int_eq(e.span.end, 13);
    ck_assert_str_eq(e.msg, "macro `nosuch` is not defined (in the definition of `bad_body`)");
    sq_macros_free(m);
}
END_TEST

START_TEST(malformed_calls) {
    sq_macros *m = fixture();
    sq_error e = expand_fail(m, "abc `cloudtrail");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 4);
    ck_assert_int_eq(e.span.end, 15);
    ck_assert_ptr_nonnull(strstr(e.msg, "unterminated"));

    e = expand_fail(m, "a ```never closed");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 2);
    ck_assert_int_eq(e.span.end, 5);
    ck_assert_ptr_nonnull(strstr(e.msg, "comment"));

    e = expand_fail(m, "x ``");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 2);

    e = expand_fail(m, "`two words`");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    e = expand_fail(m, "`ctime(a`");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    e = expand_fail(m, "`ctime(a) x`");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);

    sq_macros_define(m, "unterminated_body", NULL, 0, "x | `oops");
    e = expand_fail(m, "q `unterminated_body`");
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
    sq_error e = expand_fail(m, "q | `a`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_str_eq(e.msg, "macro cycle: `b` -> `c` -> `b`");
    ck_assert_int_eq(e.span.start, 4);
    ck_assert_int_eq(e.span.end, 7);
    e = expand_fail(m, "`self`");
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
    sq_error e = expand_fail(m, "`d0`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);
    ck_assert_ptr_nonnull(strstr(e.msg, "nested more than"));
    /* Exactly at the limit is fine. */
    snprintf(name, sizeof name, "d%d", SQ_MACRO_MAX_DEPTH - 1);
    sq_macros_define(m, name, NULL, 0, "end");
    expect(m, "`d0`", "end");
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
    sq_error e = expand_fail(m, "x `g0`");
    ck_assert_int_eq(e.code, SQ_ERR_LIMIT);
    ck_assert_int_eq(e.span.start, 2);

    /* A query that is itself too long. */
    size_t big = SQ_MACRO_MAX_EXPANDED + 10;
    char *q = malloc(big + 1);
    memset(q, 'a', big);
    q[big] = '\0';
    e = expand_fail(m, q);
    ck_assert_int_eq(e.code, SQ_ERR_LIMIT);
    ck_assert_int_eq(e.span.start, 0);
    free(q);

    /* Doubling into nothing: no output, but the work is bounded. */
    sq_macros_define(m, "g40", NULL, 0, "");
    e = expand_fail(m, "`g0`");
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
    expect(m, "`lit(3)`", "search x=3");
    sq_error e = expand_fail(m, "  `computed`");
    ck_assert_int_eq(e.code, SQ_ERR_UNSUPPORTED);
    ck_assert_int_eq(e.span.start, 2);
    sq_macros_free(m);
    unlink(path);
    rmdir(dir);
}
END_TEST

/* Found by fuzz_yaml: a second `arguments` key leaked the first list and
 * went on counting from it, writing past the second, shorter one (ASan).
 * The last list is the macro's. */
START_TEST(yaml_repeated_arguments_key) {
    char dir[] = "/tmp/splq_macro_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/m.yml", dir);
    FILE *f = fopen(path, "w");
    fputs("name: m\narguments:\n- a\n- b\n- c\ndefinition: x=$v$\narguments:\n- name: v\n", f);
    fclose(f);
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), 0);
    expect(m, "`m(1)`", "x=1");
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
    char *out = expand_ok(m, q, &map);
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
    char *out = expand_ok(m, q, &map);
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
    char *out = expand_ok(m, q, &map);
    ck_assert_str_eq(out, "a   b");
    ck_assert_uint_eq(sq_srcmap_to_original(map, 1), 1);
    ck_assert_uint_eq(sq_srcmap_to_original(map, 2), 2);  /* the comment's space */
    ck_assert_uint_eq(sq_srcmap_to_original(map, 3), 11); /* the space after */
    ck_assert_uint_eq(sq_srcmap_to_original(map, 4), 12);
    sq_srcmap_free(map);
    free(out);

    out = expand_ok(m, "", &map);
    ck_assert_uint_eq(sq_srcmap_to_original(map, 0), 0);
    sq_srcmap_free(map);
    free(out);

    out = expand_ok(m, "q `empty`", &map); /* ends in nothing */
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
    char *out = expand_ok(m, q.data, &map);
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

/* ---- loading ------------------------------------------------------------ */

static void write_file(const char *dir, const char *name, const char *text) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

static void remove_dir(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[512];
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (unlink(path) != 0)
            rmdir(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

START_TEST(load_yaml_and_conf_directory) {
    char dir[] = "/tmp/splq_macro_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    write_file(dir, "a.yml",
               "arguments:\n  - field\ndefinition: 'convert timeformat=\"%Y\" ctime($field$)'\n"
               "description: d\nname: sc_ctime\n");
    write_file(dir, "b.yaml", "name: multi\ndefinition: |\n  search a\n  | stats count\n");
    write_file(dir, "c.conf",
               "# comment\n[two(2)]\nargs = x, y\ndefinition = eval $x$ = $y$\n"
               "[plain]\ndefinition = search \\\n  b\n"
               "[off]\ndisabled = 1\ndefinition = never\n"
               "[nodef]\ndescription = only a description\n"
               "[default]\ndefinition = not a macro\n");
    write_file(dir, "d.yml", "name: mapped\narguments:\n  - name: v\ndefinition: x=$v$\n");
    write_file(dir, "notes.txt", "ignored: not a macro file\n");
    write_file(dir, ".hidden.yml", "garbage: [\n");
    char sub[512];
    snprintf(sub, sizeof sub, "%s/sub.yml", dir); /* a directory: skipped */
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_msg(sq_macros_load_dir(m, dir, &err) == 0, "%s", err.msg);
    ck_assert_uint_eq(sq_macros_count(m), 5);
    expect(m, "`sc_ctime(t)`", "convert timeformat=\"%Y\" ctime(t)");
    expect(m, "`multi`", "search a\n| stats count\n");
    expect(m, "`two(a, 1)`", "eval a = 1");
    expect(m, "`plain`", "search \n  b");
    expect(m, "`mapped(1)`", "x=1");
    sq_error e = expand_fail(m, "`off`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);

    int found = 0;
    for (size_t i = 0; i < sq_macros_count(m); i++) {
        int nargs = -1;
        const char *name = sq_macros_name_at(m, i, &nargs);
        ck_assert_ptr_nonnull(name);
        if (strcmp(name, "two") == 0) {
            ck_assert_int_eq(nargs, 2);
            found++;
        }
    }
    ck_assert_int_eq(found, 1);
    ck_assert_ptr_null(sq_macros_name_at(m, 99, NULL));

    /* A later file overrides. */
    char path[512];
    snprintf(path, sizeof path, "%s/e.conf", dir);
    write_file(dir, "e.conf", "[plain]\ndefinition = override\n");
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), 0);
    expect(m, "`plain`", "override");
    ck_assert_uint_eq(sq_macros_count(m), 5);
    sq_macros_free(m);
    remove_dir(dir);
}
END_TEST

START_TEST(load_errors) {
    char dir[] = "/tmp/splq_macro_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[512];
    sq_macros *m = sq_macros_new();
    sq_error err;

    write_file(dir, "bad.yml", "name: x\ndefinition: [unclosed\n");
    snprintf(path, sizeof path, "%s/bad.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_SYNTAX);
    ck_assert_ptr_nonnull(strstr(err.msg, "bad.yml"));
    ck_assert_int_eq(sq_macros_load_dir(m, dir, &err), -1);
    unlink(path);

    write_file(dir, "nodef.yml", "name: x\n");
    snprintf(path, sizeof path, "%s/nodef.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "not a macro definition"));
    unlink(path);

    write_file(dir, "empty.yml", "");
    snprintf(path, sizeof path, "%s/empty.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    write_file(dir, "badname.yml", "name: two words\ndefinition: x\n");
    snprintf(path, sizeof path, "%s/badname.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    write_file(dir, "arity.conf", "[m(2)]\nargs = a\ndefinition = x\n");
    snprintf(path, sizeof path, "%s/arity.conf", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "declares 2 arguments but args lists 1"));
    unlink(path);

    write_file(dir, "noargs.conf", "[m]\nargs = a\ndefinition = x\n");
    snprintf(path, sizeof path, "%s/noargs.conf", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    write_file(dir, "badstanza.conf", "[m(x)]\ndefinition = x\n");
    snprintf(path, sizeof path, "%s/badstanza.conf", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    ck_assert_int_eq(sq_macros_load_dir(m, "/nonexistent/splq", &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_IO);
    ck_assert_int_eq(sq_macros_load_file(m, "/nonexistent/x.yml", &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_IO);
    ck_assert_uint_eq(sq_macros_count(m), 0);
    sq_macros_free(m);
    remove_dir(dir);
}
END_TEST

START_TEST(many_definitions) {
    sq_macros *m = sq_macros_new();
    char name[32], def[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "m%d", i);
        snprintf(def, sizeof def, "v%d", i);
        sq_macros_define(m, name, NULL, 0, def);
    }
    ck_assert_uint_eq(sq_macros_count(m), 5000);
    expect(m, "`m0` `m4999` `m2500`", "v0 v4999 v2500");
    sq_macros_free(m);
}
END_TEST

/* ---- the project's own macros/ and the real corpus -------------------- */

static const char *shared_dir(void) {
    const char *s = getenv("SHARED");
    return s && *s ? s : "../shared";
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The project's macros plus security_content's, as `splq -m` would. */
static sq_macros *corpus_macros(const char *corpus) {
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_msg(sq_macros_load_dir(m, "macros", &err) == 0, "macros/: %s", err.msg);
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/macros", corpus);
    ck_assert_msg(sq_macros_load_dir(m, dir, &err) == 0, "%s: %s", dir, err.msg);
    return m;
}

START_TEST(project_macros) {
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_msg(sq_macros_load_dir(m, "macros", &err) == 0, "macros/: %s", err.msg);
    expect(m, "| `drop_dm_object_name(\"Authentication\")`", "| rename Authentication.* AS *");
    expect(m, "| `drop_dm_object_name(Processes)`", "| rename Processes.* AS *");
    expect(m, "| `get_asset(src)`", "| search *");
    expect(m, "NOT (`cim_corporate_web_domain_search(\"DNS.query\")`)",
           "NOT (DNS.query=\"splq-no-corporate-domain.invalid\")");
    char *out = expand_ok(m, "| `get_risk_severity(risk_score)`", NULL);
    ck_assert_ptr_nonnull(strstr(out, "eval risk_severity=case(risk_score>=100,\"critical\""));
    free(out);
    expect(m, "`security_content_ctime(firstTime)`",
           "convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(firstTime)");
    expect(m, "`cloudtrail`", "sourcetype=aws:cloudtrail");
    sq_macros_free(m);
}
END_TEST

/* The `search` of a detection YAML (malloc'd), or NULL. */
static char *detection_search(const char *path) {
    char *text;
    size_t len;
    sq_error err;
    if (sq_read_file(path, &text, &len, &err) < 0)
        return NULL;
    yaml_parser_t p;
    yaml_document_t doc;
    char *search = NULL;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
    if (yaml_parser_load(&p, &doc)) {
        yaml_node_t *root = yaml_document_get_root_node(&doc);
        if (root && root->type == YAML_MAPPING_NODE)
            for (yaml_node_pair_t *kv = root->data.mapping.pairs.start;
                 kv < root->data.mapping.pairs.top; kv++) {
                yaml_node_t *k = yaml_document_get_node(&doc, kv->key);
                yaml_node_t *v = yaml_document_get_node(&doc, kv->value);
                if (k->type == YAML_SCALAR_NODE && v->type == YAML_SCALAR_NODE &&
                    strcmp((char *)k->data.scalar.value, "search") == 0)
                    search = strdup((char *)v->data.scalar.value);
            }
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&p);
    free(text);
    return search;
}

typedef struct walk {
    const sq_macros *m;
    int files, expanded, failed, filter_notes;
    sq_buf failures;
} walk;

/* No backtick may be left outside a quoted string. */
static int leftover_backtick(const char *s) {
    int inq = 0;
    for (; *s; s++) {
        if (*s == '\\' && (inq ? s[1] != '\0' : s[1] == '"' || s[1] == '\\'))
            s++;
        else if (*s == '"')
            inq = !inq;
        else if (!inq && *s == '`')
            return 1;
    }
    return 0;
}

static void expand_detection(walk *w, const char *path) {
    char *search = detection_search(path);
    w->files++;
    if (!search) {
        w->failed++;
        sq_buf_printf(&w->failures, "%s: no search\n", path);
        return;
    }
    notes ns = {SQ_BUF_INIT, 0};
    sq_diag diag = {collect, &ns, 0, 0};
    char *out;
    size_t len;
    sq_srcmap *map;
    sq_error err;
    size_t slen = strlen(search);
    if (sq_macro_expand(w->m, search, slen, &out, &len, &map, &diag, &err) < 0) {
        w->failed++;
        sq_buf_printf(&w->failures, "%s: %s\n", path, err.msg);
    } else {
        w->expanded++;
        w->filter_notes += ns.n;
        int calls = 0; /* every `<detection>_filter` call gives its note */
        for (const char *p = search; (p = strstr(p, "_filter`")) != NULL; p++)
            calls++;
        if (ns.n != calls) {
            w->failed++;
            sq_buf_printf(&w->failures, "%s: %d filter calls but %d notes\n", path, calls, ns.n);
        }
        if (leftover_backtick(out)) {
            w->failed++;
            sq_buf_printf(&w->failures, "%s: a backtick is left\n", path);
        }
        for (size_t i = 0; i <= len; i += 7)
            if (sq_srcmap_to_original(map, i) > slen) {
                w->failed++;
                sq_buf_printf(&w->failures, "%s: map out of range\n", path);
                break;
            }
        free(out);
        sq_srcmap_free(map);
    }
    sq_buf_free(&ns.text);
    free(search);
}

static void walk_dir(walk *w, const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char path[2048];
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t n = strlen(e->d_name);
        if (is_dir(path))
            walk_dir(w, path);
        else if (n > 4 && strcmp(e->d_name + n - 4, ".yml") == 0)
            expand_detection(w, path);
    }
    closedir(d);
}

START_TEST(corpus_detections_expand) {
    char corpus[1024], dets[1100];
    snprintf(corpus, sizeof corpus, "%s/corpus/security_content", shared_dir());
    snprintf(dets, sizeof dets, "%s/detections", corpus);
    if (!is_dir(dets)) {
        fprintf(stderr, "test_macro: %s absent, corpus test skipped\n", dets);
        return;
    }
    walk w = {corpus_macros(corpus), 0, 0, 0, 0, SQ_BUF_INIT};
    walk_dir(&w, dets);
    ck_assert_msg(w.failed == 0, "%d of %d detections failed:\n%s", w.failed, w.files,
                  sq_buf_cstr(&w.failures));
    ck_assert_int_ge(w.files, 1700);
    ck_assert_int_eq(w.expanded, w.files);
    ck_assert_int_ge(w.filter_notes, w.files - 20); /* nearly every detection has one */
    sq_buf_free(&w.failures);
    sq_macros_free((sq_macros *)w.m);
}
END_TEST

START_TEST(seed_rule_expands) {
    char path[1024];
    snprintf(path, sizeof path, "%s/seed/aws_exfiltration_via_batch_service.txt", shared_dir());
    char *text;
    size_t len;
    sq_error err;
    if (sq_read_file(path, &text, &len, &err) < 0) {
        fprintf(stderr, "test_macro: %s absent, seed test skipped\n", path);
        return;
    }
    /* The rule body sits between `search: |-` and the next key. */
    const char *from = strstr(text, "\nsearch: |-\n");
    ck_assert_ptr_nonnull(from);
    from += strlen("\nsearch: |-\n");
    const char *to = strstr(from, "\nhow_to_implement:");
    ck_assert_ptr_nonnull(to);
    char *rule = strndup(from, (size_t)(to - from));

    char corpus[1024];
    snprintf(corpus, sizeof corpus, "%s/corpus/security_content", shared_dir());
    sq_macros *m = is_dir(corpus) ? corpus_macros(corpus) : NULL;
    if (!m) { /* the project's macros alone also define what the rule needs */
        m = sq_macros_new();
        ck_assert_int_eq(sq_macros_load_dir(m, "macros", &err), 0);
    }
    notes ns = {SQ_BUF_INIT, 0};
    sq_diag diag = {collect, &ns, 0, 0};
    char *out;
    size_t olen;
    sq_srcmap *map;
    ck_assert_msg(sq_macro_expand(m, rule, strlen(rule), &out, &olen, &map, &diag, &err) == 0, "%s",
                  err.msg);
    ck_assert_str_eq(out, "sourcetype=aws:cloudtrail eventName = JobCreated\n"
                          "| fillnull\n"
                          "| rename user_name as user\n"
                          "| stats count min(_time) as firstTime max(_time) as lastTime\n"
                          "BY signature dest user\n"
                          "user_agent src vendor_account\n"
                          "vendor_region vendor_product\n"
                          "| convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(firstTime)\n"
                          "| convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(lastTime)\n"
                          "| search *");
    ck_assert_str_eq(ns.text.data, "note: macro `aws_exfiltration_via_batch_service_filter` not "
                                   "defined: using `search *`\n");
    /* "search *" maps to the filter call on the rule's last line. */
    const char *call = strstr(rule, "`aws_exfiltration_via_batch_service_filter`");
    ck_assert_uint_eq(sq_srcmap_to_original(map, olen - 1), (size_t)(call - rule));
    ck_assert_uint_eq(sq_srcmap_to_original(map, 0), 0);
    sq_srcmap_free(map);
    free(out);
    free(rule);
    free(text);
    sq_buf_free(&ns.text);
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
    tcase_add_test(tc, yaml_repeated_arguments_key);
    suite_add_tcase(s, tc);

    TCase *tm = tcase_create("srcmap");
    tcase_add_test(tm, map_identity_and_macro_text);
    tcase_add_test(tm, map_nested_points_at_outermost_call);
    tcase_add_test(tm, map_comments);
    tcase_add_test(tm, map_many_segments);
    suite_add_tcase(s, tm);

    TCase *tl = tcase_create("load");
    tcase_add_test(tl, load_yaml_and_conf_directory);
    tcase_add_test(tl, load_errors);
    tcase_add_test(tl, many_definitions);
    tcase_add_test(tl, project_macros);
    suite_add_tcase(s, tl);

    TCase *tk = tcase_create("corpus");
    tcase_set_timeout(tk, 120);
    tcase_add_test(tk, corpus_detections_expand);
    tcase_add_test(tk, seed_rule_expands);
    suite_add_tcase(s, tk);
    return s;
}

SQ_TEST_SUITE(macro_suite)
