/* test_conf.c — the .conf reader and sq_read_file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "splq/conf.h"
#include "unit.h"

static sq_conf *parse_ok(const char *text) {
    sq_conf *c = NULL;
    sq_error err;
    sq_error_clear(&err);
    int rc = sq_conf_parse("t.conf", text, strlen(text), &c, &err);
    ck_assert_msg(rc == 0, "parse failed: %s", err.msg);
    ck_assert_ptr_nonnull(c);
    return c;
}

START_TEST(stanzas_keys_comments) {
    sq_conf *c = parse_ok("# a comment\n"
                          "\n"
                          "[aws:cloudtrail]\n"
                          "  KV_MODE = json  \n"
                          "TIME_FORMAT=%Y-%m-%dT%H:%M:%S%Z\n"
                          "   # indented comment\n"
                          "EVAL-x = if(a=\"#\", 1, 2) # not a comment\n"
                          "[other]\n"
                          "empty =\n");
    ck_assert_uint_eq(c->nstanzas, 2);
    sq_conf_stanza *s = &c->stanzas[0];
    ck_assert_str_eq(s->name, "aws:cloudtrail");
    ck_assert_int_eq(s->line, 3);
    ck_assert_uint_eq(s->nkvs, 3);
    ck_assert_str_eq(sq_conf_get(s, "KV_MODE"), "json");
    ck_assert_int_eq(s->kvs[0].line, 4);
    ck_assert_str_eq(sq_conf_get(s, "TIME_FORMAT"), "%Y-%m-%dT%H:%M:%S%Z");
    ck_assert_str_eq(sq_conf_get(s, "EVAL-x"), "if(a=\"#\", 1, 2) # not a comment");
    ck_assert_ptr_null(sq_conf_get(s, "kv_mode")); /* keys are case-sensitive */
    ck_assert_str_eq(sq_conf_get(&c->stanzas[1], "empty"), "");
    ck_assert_ptr_null(sq_conf_get(NULL, "x"));
    sq_conf_free(c);
}
END_TEST

START_TEST(default_stanza_and_value_with_equals) {
    sq_conf *c = parse_ok("a = b = c\n[s]\nx = 1\n");
    ck_assert_uint_eq(c->nstanzas, 2);
    ck_assert_str_eq(c->stanzas[0].name, "default");
    ck_assert_str_eq(sq_conf_get(&c->stanzas[0], "a"), "b = c");
    sq_conf_free(c);
}
END_TEST

START_TEST(continuation_lines) {
    sq_conf *c = parse_ok("[m]\n"
                          "definition = search a \\\n"
                          "  | stats count\\\n"
                          "| head 1\n"
                          "next = 2\n"
                          "trailing = x \\   \n"
                          "y\n");
    sq_conf_stanza *s = &c->stanzas[0];
    ck_assert_str_eq(sq_conf_get(s, "definition"), "search a \n  | stats count\n| head 1");
    ck_assert_str_eq(sq_conf_get(s, "next"), "2");
    ck_assert_int_eq(s->kvs[1].line, 5);
    ck_assert_str_eq(sq_conf_get(s, "trailing"), "x \ny");
    sq_conf_free(c);
}
END_TEST

START_TEST(continuation_at_end_of_file) {
    sq_conf *c = parse_ok("[m]\nk = v\\");
    ck_assert_str_eq(sq_conf_get(&c->stanzas[0], "k"), "v");
    sq_conf_free(c);
}
END_TEST

START_TEST(crlf_and_bom) {
    sq_conf *c = parse_ok("\xEF\xBB\xBF[s]\r\nk = v\r\nl = a\\\r\nb\r\n");
    ck_assert_str_eq(c->stanzas[0].name, "s");
    ck_assert_str_eq(sq_conf_get(&c->stanzas[0], "k"), "v");
    ck_assert_str_eq(sq_conf_get(&c->stanzas[0], "l"), "a\nb");
    sq_conf_free(c);
}
END_TEST

START_TEST(repeated_stanza_merges_later_wins) {
    sq_conf *c = parse_ok("[s]\nk = 1\nj = 1\n[t]\n[s]\nk = 2\n");
    ck_assert_uint_eq(c->nstanzas, 2);
    ck_assert_str_eq(sq_conf_get(&c->stanzas[0], "k"), "2");
    ck_assert_str_eq(sq_conf_get(&c->stanzas[0], "j"), "1");
    sq_conf_free(c);
}
END_TEST

START_TEST(stanza_name_with_brackets) {
    sq_conf *c = parse_ok("[source::x\\[1\\]]\nk=v\n[ spaced ]\n");
    ck_assert_str_eq(c->stanzas[0].name, "source::x\\[1\\]");
    ck_assert_str_eq(c->stanzas[1].name, "spaced");
    sq_conf_free(c);
}
END_TEST

START_TEST(bad_lines_are_errors) {
    sq_conf *c = (sq_conf *)1;
    sq_error err;
    ck_assert_int_eq(sq_conf_parse("x.conf", "[s]\nk = 1\njunk line\n", 20, &c, &err), -1);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(err.code, SQ_ERR_SYNTAX);
    ck_assert_ptr_nonnull(strstr(err.msg, "x.conf:3"));
    ck_assert_int_eq(sq_conf_parse("x.conf", "[s\n", 3, &c, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "x.conf:1"));
    ck_assert_int_eq(sq_conf_parse("x.conf", "= v\n", 4, &c, &err), -1);
}
END_TEST

START_TEST(empty_text) {
    sq_conf *c = parse_ok("");
    ck_assert_uint_eq(c->nstanzas, 0);
    ck_assert_str_eq(c->path, "t.conf");
    sq_conf_free(c);
    sq_conf_free(NULL);
}
END_TEST

START_TEST(read_and_load_files) {
    char path[] = "/tmp/splq_conf_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    const char *text = "[s]\nk = v\n";
    ck_assert_int_eq(write(fd, text, strlen(text)), (int)strlen(text));
    close(fd);

    char *data;
    size_t len;
    sq_error err;
    ck_assert_int_eq(sq_read_file(path, &data, &len, &err), 0);
    ck_assert_uint_eq(len, strlen(text));
    ck_assert_str_eq(data, text);
    free(data);

    sq_conf *c;
    ck_assert_int_eq(sq_conf_load(path, &c, &err), 0);
    ck_assert_str_eq(c->path, path);
    ck_assert_str_eq(sq_conf_get(&c->stanzas[0], "k"), "v");
    sq_conf_free(c);
    unlink(path);

    ck_assert_int_eq(sq_read_file("/nonexistent/splq.conf", &data, &len, &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_IO);
    ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/splq.conf"));
    ck_assert_ptr_null(data);
    ck_assert_int_eq(sq_conf_load("/nonexistent/splq.conf", &c, &err), -1);
    ck_assert_ptr_null(c);
}
END_TEST

START_TEST(read_empty_file) {
    char path[] = "/tmp/splq_conf_XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    char *data;
    size_t len = 99;
    sq_error err;
    ck_assert_int_eq(sq_read_file(path, &data, &len, &err), 0);
    ck_assert_uint_eq(len, 0);
    ck_assert_str_eq(data, "");
    free(data);
    unlink(path);
}
END_TEST

static Suite *conf_suite(void) {
    Suite *s = suite_create("conf");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, stanzas_keys_comments);
    tcase_add_test(tc, default_stanza_and_value_with_equals);
    tcase_add_test(tc, continuation_lines);
    tcase_add_test(tc, continuation_at_end_of_file);
    tcase_add_test(tc, crlf_and_bom);
    tcase_add_test(tc, repeated_stanza_merges_later_wins);
    tcase_add_test(tc, stanza_name_with_brackets);
    tcase_add_test(tc, bad_lines_are_errors);
    tcase_add_test(tc, empty_text);
    tcase_add_test(tc, read_and_load_files);
    tcase_add_test(tc, read_empty_file);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(conf_suite)
