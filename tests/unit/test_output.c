/* test_output.c — the writers: JSON lines, CSV and the table. */
#include <stdlib.h>
#include <string.h>

#include "splq/output.h"
#include "unit.h"

typedef struct capture {
    char *text;
    size_t len;
    FILE *f;
} capture;

static sq_symtab *syms;

static void setup(void) {
    syms = sq_symtab_new();
}

static void teardown(void) {
    sq_symtab_free(syms);
}

static void set_str(sq_event *ev, const char *name, const char *s) {
    sq_event_set(ev, sq_intern_cstr(syms, name), sq_value_cstr(s));
}

static void set_num(sq_event *ev, const char *name, double d) {
    sq_event_set(ev, sq_intern_cstr(syms, name), sq_value_num(d));
}

static void set_mv(sq_event *ev, const char *name, const char *a, const char *b) {
    sq_value v = SQ_VALUE_NULL;
    sq_value_mv_push(&v, sq_value_cstr(a));
    sq_value_mv_push(&v, sq_value_cstr(b));
    sq_event_set(ev, sq_intern_cstr(syms, name), v);
}

/* Write the rows (NULL-terminated) in fmt; returns the output (free it). */
static char *render(sq_outfmt fmt, sq_event **rows) {
    capture c = {0};
    c.f = open_memstream(&c.text, &c.len);
    ck_assert_ptr_nonnull(c.f);
    sq_writer *w = sq_writer_new(fmt, c.f, syms);
    sq_error err;
    for (size_t i = 0; rows[i]; i++)
        ck_assert_int_eq(sq_writer_row(w, rows[i], &err), 0);
    ck_assert_int_eq(sq_writer_finish(w, &err), 0);
    sq_writer_free(w);
    fclose(c.f);
    return c.text;
}

START_TEST(json_basic) {
    sq_event *ev = sq_event_new();
    set_num(ev, "_time", 1700000000.25);
    set_str(ev, "name", "x \"q\" \\ \n\t\x01");
    set_num(ev, "count", 3);
    set_num(ev, "avg", 2.5);
    set_mv(ev, "mv", "a", "b");
    set_str(ev, "_cd", "0:1");
    set_str(ev, "_raw", "{\"a\":1}");
    sq_event *rows[] = {ev, NULL};
    char *out = render(SQ_OUT_JSON, rows);
    ck_assert_str_eq(out,
                     "{\"_time\":\"2023-11-14T22:13:20.250+00:00\",\"name\":\"x \\\"q\\\" "
                     "\\\\ \\n\\t\\u0001\",\"count\":\"3\",\"avg\":\"2.5\",\"mv\":[\"a\",\"b\"],"
                     "\"_raw\":\"{\\\"a\\\":1}\"}\n");
    free(out);
}
END_TEST

START_TEST(json_utf8) {
    sq_event *ev = sq_event_new();
    set_str(ev, "ok", "h\xc3\xa9llo \xe6\x97\xa5");
    set_str(ev, "bad",
            "a\xff"
            "b\xc3");
    sq_event *rows[] = {ev, sq_event_new(), NULL};
    char *out = render(SQ_OUT_JSON, rows);
    ck_assert_str_eq(out, "{\"ok\":\"h\xc3\xa9llo \xe6\x97\xa5\",\"bad\":\"a\xef\xbf\xbd"
                          "b\xef\xbf\xbd\"}\n{}\n");
    free(out);
}
END_TEST

START_TEST(json_time_string) {
    /* After convert ctime(_time), _time is a string and shown as it is. */
    sq_event *ev = sq_event_new();
    set_str(ev, "_time", "03/01/2024 12:00:00");
    sq_event *rows[] = {ev, NULL};
    char *out = render(SQ_OUT_JSON, rows);
    ck_assert_str_eq(out, "{\"_time\":\"03/01/2024 12:00:00\"}\n");
    free(out);
}
END_TEST

START_TEST(csv_union) {
    sq_event *a = sq_event_new();
    set_str(a, "host", "web,1");
    set_num(a, "n", 1);
    sq_event *b = sq_event_new();
    set_str(b, "user", "say \"hi\"");
    set_str(b, "host", "web2");
    set_mv(b, "mv", "x", "y");
    sq_event *rows[] = {a, b, NULL};
    char *out = render(SQ_OUT_CSV, rows);
    ck_assert_str_eq(out, "host,n,user,mv\n"
                          "\"web,1\",1,,\n"
                          "web2,,\"say \"\"hi\"\"\",\"x\ny\"\n");
    free(out);
}
END_TEST

START_TEST(csv_empty) {
    sq_event *rows[] = {NULL};
    char *out = render(SQ_OUT_CSV, rows);
    ck_assert_str_eq(out, "");
    free(out);
}
END_TEST

START_TEST(table_aligned) {
    sq_event *a = sq_event_new();
    set_str(a, "user", "alice");
    set_num(a, "count", 12);
    sq_event *b = sq_event_new();
    set_str(b, "user", "\xe6\x97\xa5\xe6\x9c\xac");
    set_num(b, "count", 3);
    set_str(b, "note", "x");
    sq_event *rows[] = {a, b, NULL};
    char *out = render(SQ_OUT_TABLE, rows);
    /* The two CJK characters take two columns each; count is numeric. */
    ck_assert_str_eq(out, "user   count  note\n"
                          "-----  -----  ----\n"
                          "alice     12\n"
                          "\xe6\x97\xa5\xe6\x9c\xac       3  x\n");
    free(out);
}
END_TEST

START_TEST(table_multivalue_and_time) {
    sq_event *a = sq_event_new();
    set_num(a, "_time", 1700000000);
    set_mv(a, "vals", "one", "two");
    set_str(a, "k", "v");
    sq_event *rows[] = {a, NULL};
    char *out = render(SQ_OUT_TABLE, rows);
    ck_assert_str_eq(out, "_time                vals  k\n"
                          "-------------------  ----  -\n"
                          "2023-11-14 22:13:20  one   v\n"
                          "                     two\n");
    free(out);
}
END_TEST

START_TEST(table_wraps) {
    char longv[200];
    memset(longv, 'a', 150);
    longv[150] = '\0';
    sq_event *a = sq_event_new();
    set_str(a, "f", longv);
    sq_event *rows[] = {a, NULL};
    char *out = render(SQ_OUT_TABLE, rows);
    /* header, separator, then 60 + 60 + 30 characters */
    char *l3 = strchr(strchr(out, '\n') + 1, '\n') + 1;
    ck_assert_int_eq((int)strcspn(l3, "\n"), 60);
    ck_assert_int_eq((int)strlen(out), 2 + 61 + 61 + 61 + 31);
    free(out);
}
END_TEST

START_TEST(table_wraps_at_spaces) {
    sq_event *a = sq_event_new();
    set_str(a, "ua",
            "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79-99.164.amzn2023.x86_64 "
            "exe/x86_64.amzn.2023 prompt/off");
    set_num(a, "n", 1);
    sq_event *rows[] = {a, NULL};
    char *out = render(SQ_OUT_TABLE, rows);
    /* The column is as wide as its widest line (56), below the 60 limit. */
    ck_assert_str_eq(out, "ua                                                        n\n"
                          "--------------------------------------------------------  -\n"
                          "aws-cli/2.15.30 Python/3.11.8                             1\n"
                          "Linux/6.1.79-99.164.amzn2023.x86_64 exe/x86_64.amzn.2023\n"
                          "prompt/off\n");
    free(out);
}
END_TEST

START_TEST(table_fits_width) {
    sq_event *a = sq_event_new();
    set_str(a, "short", "abc");
    set_str(a, "long", "one two three four five six seven eight nine ten eleven");
    sq_event *rows[] = {a, NULL};
    capture c = {0};
    c.f = open_memstream(&c.text, &c.len);
    sq_writer *w = sq_writer_new(SQ_OUT_TABLE, c.f, syms);
    sq_writer_set_width(w, 32);
    sq_error err;
    ck_assert_int_eq(sq_writer_row(w, rows[0], &err), 0);
    ck_assert_int_eq(sq_writer_finish(w, &err), 0);
    sq_writer_free(w);
    fclose(c.f);
    /* "short" keeps its 5 columns; "long" narrows to 25 to fit in 32. */
    ck_assert_str_eq(c.text, "short  long\n"
                             "-----  -------------------------\n"
                             "abc    one two three four five\n"
                             "       six seven eight nine ten\n"
                             "       eleven\n");
    free(c.text);
}
END_TEST

START_TEST(table_empty) {
    sq_event *rows[] = {NULL};
    char *out = render(SQ_OUT_TABLE, rows);
    ck_assert_str_eq(out, "");
    free(out);
}
END_TEST

START_TEST(outfmt_names) {
    sq_outfmt f;
    ck_assert_int_eq(sq_outfmt_parse("json", &f), 0);
    ck_assert_int_eq(f, SQ_OUT_JSON);
    ck_assert_int_eq(sq_outfmt_parse("CSV", &f), 0);
    ck_assert_int_eq(f, SQ_OUT_CSV);
    ck_assert_int_eq(sq_outfmt_parse("table", &f), 0);
    ck_assert_int_eq(f, SQ_OUT_TABLE);
    ck_assert_int_eq(sq_outfmt_parse("xml", &f), -1);
}
END_TEST

static Suite *output_suite(void) {
    Suite *s = suite_create("output");
    TCase *tc = tcase_create("writers");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, json_basic);
    tcase_add_test(tc, json_utf8);
    tcase_add_test(tc, json_time_string);
    tcase_add_test(tc, csv_union);
    tcase_add_test(tc, csv_empty);
    tcase_add_test(tc, table_aligned);
    tcase_add_test(tc, table_multivalue_and_time);
    tcase_add_test(tc, table_wraps);
    tcase_add_test(tc, table_wraps_at_spaces);
    tcase_add_test(tc, table_fits_width);
    tcase_add_test(tc, table_empty);
    tcase_add_test(tc, outfmt_names);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(output_suite)
