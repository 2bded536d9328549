/* test_error_render.c — errors shown with line, column and a caret. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splq/error.h"
#include "splq/macro.h"
#include "unit.h"

/* Render into a string (caller frees). */
static char *render(const sq_error *err, const char *original, const sq_srcmap *map) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    sq_error_render(err, original, map, f);
    fclose(f);
    return buf;
}

static void expect(const sq_error *err, const char *original, const sq_srcmap *map,
                   const char *want) {
    char *got = render(err, original, map);
    ck_assert_str_eq(got, want);
    free(got);
}

static sq_error at(sq_errcode code, int start, int end, const char *msg) {
    sq_error e;
    sq_fail_at(&e, code, (sq_span){start, end}, "%s", msg);
    return e;
}

START_TEST(without_position) {
    sq_error e;
    sq_fail(&e, SQ_ERR_MACRO, "macro `x` is not defined");
    expect(&e, "whatever", NULL, "splq: macro error: macro `x` is not defined\n");
    sq_error s = at(SQ_ERR_SYNTAX, 3, 4, "bad");
    expect(&s, NULL, NULL, "splq: syntax error: bad\n");
}
END_TEST

START_TEST(caret_under_column) {
    sq_error e = at(SQ_ERR_SYNTAX, 11, 15, "expected a field name");
    expect(&e, "search a | eval = 1", NULL,
           "splq: syntax error at line 1, column 12: expected a field name\n"
           "search a | eval = 1\n"
           "           ^\n");
    e = at(SQ_ERR_SYNTAX, 0, 1, "x");
    expect(&e, "abc", NULL, "splq: syntax error at line 1, column 1: x\nabc\n^\n");
}
END_TEST

START_TEST(kinds_come_from_the_code) {
    sq_error e = at(SQ_ERR_UNSUPPORTED, 2, 3, "command `x` is not supported");
    char *got = render(&e, "| x", NULL);
    ck_assert_ptr_nonnull(strstr(got, "splq: unsupported error at line 1, column 3: "));
    free(got);
    e = at(SQ_ERR_MACRO, 0, 3, "m");
    got = render(&e, "`a`", NULL);
    ck_assert_ptr_nonnull(strstr(got, "splq: macro error at line 1, column 1: m\n"));
    free(got);
}
END_TEST

START_TEST(later_lines) {
    const char *q = "search a\n| stats count\n| eval = 1\n";
    sq_error e = at(SQ_ERR_SYNTAX, (int)(strstr(q, "= 1") - q), 0, "m");
    expect(&e, q, NULL, "splq: syntax error at line 3, column 8: m\n| eval = 1\n       ^\n");
    /* On the newline itself: the end of that line. */
    e = at(SQ_ERR_SYNTAX, 8, 9, "m");
    expect(&e, q, NULL, "splq: syntax error at line 1, column 9: m\nsearch a\n        ^\n");
}
END_TEST

START_TEST(crlf_lines) {
    const char *q = "search a\r\n| bad\r\n";
    sq_error e = at(SQ_ERR_SYNTAX, 12, 13, "m");
    expect(&e, q, NULL, "splq: syntax error at line 2, column 3: m\n| bad\n  ^\n");
    e = at(SQ_ERR_SYNTAX, 8, 9, "m"); /* on the '\r' */
    expect(&e, q, NULL, "splq: syntax error at line 1, column 9: m\nsearch a\n        ^\n");
}
END_TEST

START_TEST(tabs_are_kept_for_alignment) {
    const char *q = "\tsearch\ta |\tx";
    sq_error e = at(SQ_ERR_SYNTAX, 12, 13, "m");
    expect(&e, q, NULL,
           "splq: syntax error at line 1, column 13: m\n\tsearch\ta |\tx\n\t      \t   \t^\n");
}
END_TEST

START_TEST(columns_count_characters) {
    const char *q = "search \xC3\xA9t\xC3\xA9=\"\xE2\x82\xAC\" | x"; /* search été="€" | x */
    sq_error e = at(SQ_ERR_SYNTAX, (int)(strstr(q, "| x") - q), 0, "m");
    char *got = render(&e, q, NULL);
    ck_assert_ptr_nonnull(strstr(got, "column 16: m\n"));
    ck_assert_ptr_nonnull(strstr(got, "\n               ^\n"));
    free(got);
}
END_TEST

START_TEST(offsets_past_the_end) {
    sq_error e = at(SQ_ERR_SYNTAX, 3, 3, "unexpected end");
    expect(&e, "abc", NULL, "splq: syntax error at line 1, column 4: unexpected end\nabc\n   ^\n");
    e = at(SQ_ERR_SYNTAX, 99, 100, "m");
    expect(&e, "abc", NULL, "splq: syntax error at line 1, column 4: m\nabc\n   ^\n");
    e = at(SQ_ERR_SYNTAX, 0, 0, "empty");
    expect(&e, "", NULL, "splq: syntax error at line 1, column 1: empty\n\n^\n");
}
END_TEST

START_TEST(through_the_macro_map) {
    sq_macros *m = sq_macros_new();
    sq_macros_define(m, "bad", NULL, 0, "stats count by");
    const char *q = "search a\n| `bad` | head";
    char *out;
    size_t len;
    sq_srcmap *map;
    sq_error err;
    ck_assert_int_eq(sq_macro_expand(m, q, strlen(q), &out, &len, &map, NULL, &err), 0);
    /* An error at "by", inside the macro's text, shows at the call. */
    sq_error e = at(SQ_ERR_SYNTAX, (int)(strstr(out, "by") - out), 0, "expected a field");
    expect(&e, q, map,
           "splq: syntax error at line 2, column 3: expected a field\n| `bad` | head\n  ^\n");
    /* Text copied from the query keeps its place. */
    e = at(SQ_ERR_SYNTAX, (int)(strstr(out, "head") - out), 0, "m");
    expect(&e, q, map, "splq: syntax error at line 2, column 11: m\n| `bad` | head\n          ^\n");
    /* The end of the expanded text is the end of the query. */
    e = at(SQ_ERR_SYNTAX, (int)len, (int)len, "unexpected end");
    expect(&e, q, map,
           "splq: syntax error at line 2, column 15: unexpected end\n| `bad` | head\n"
           "              ^\n");
    sq_srcmap_free(map);
    free(out);
    sq_macros_free(m);
}
END_TEST

START_TEST(long_lines_are_windowed) {
    char q[1001];
    for (int i = 0; i < 1000; i++)
        q[i] = (char)('a' + i % 26);
    q[1000] = '\0';
    sq_error e = at(SQ_ERR_SYNTAX, 500, 501, "m");
    char *got = render(&e, q, NULL);
    /* header, "...<60 chars>X<59 chars>...", caret under X */
    char *l2 = strchr(got, '\n') + 1;
    char *l3 = strchr(l2, '\n') + 1;
    ck_assert_int_eq(strncmp(got, "splq: syntax error at line 1, column 501: m\n", 44), 0);
    ck_assert_int_eq((int)(l3 - l2 - 1), 3 + 60 + 60 + 3);
    ck_assert_int_eq(strncmp(l2, "...", 3), 0);
    ck_assert_int_eq(l2[3 + 60], q[500]);
    ck_assert_int_eq((int)strlen(l3), 3 + 60 + 2);
    ck_assert_int_eq(l3[63], '^');
    free(got);

    /* Near the start: no cut on the left. */
    e = at(SQ_ERR_SYNTAX, 5, 6, "m");
    got = render(&e, q, NULL);
    l2 = strchr(got, '\n') + 1;
    l3 = strchr(l2, '\n') + 1;
    ck_assert_int_eq(strncmp(l2, "abcde", 5), 0);
    ck_assert_int_eq((int)(l3 - l2 - 1), 5 + 60 + 3);
    ck_assert_str_eq(l3, "     ^\n");
    free(got);
}
END_TEST

static Suite *error_render_suite(void) {
    Suite *s = suite_create("error_render");
    TCase *tc = tcase_create("render");
    tcase_add_test(tc, without_position);
    tcase_add_test(tc, caret_under_column);
    tcase_add_test(tc, kinds_come_from_the_code);
    tcase_add_test(tc, later_lines);
    tcase_add_test(tc, crlf_lines);
    tcase_add_test(tc, tabs_are_kept_for_alignment);
    tcase_add_test(tc, columns_count_characters);
    tcase_add_test(tc, offsets_past_the_end);
    tcase_add_test(tc, through_the_macro_map);
    tcase_add_test(tc, long_lines_are_windowed);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(error_render_suite)
