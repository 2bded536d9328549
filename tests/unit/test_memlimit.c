/* test_memlimit.c — the memory ceiling: sizes as --max-memory reads and
 * prints them, and the one account that operators charge (sq_op_hold). */
#include <string.h>

#include "splq/command.h"
#include "unit.h"

START_TEST(size_parse) {
    size_t n = 0;
    ck_assert_int_eq(sq_size_parse("512", &n), 0);
    ck_assert_uint_eq(n, 512);
    ck_assert_int_eq(sq_size_parse("64K", &n), 0);
    ck_assert_uint_eq(n, 64 << 10);
    ck_assert_int_eq(sq_size_parse("512m", &n), 0);
    ck_assert_uint_eq(n, (size_t)512 << 20);
    ck_assert_int_eq(sq_size_parse("2GiB", &n), 0);
    ck_assert_uint_eq(n, (size_t)2 << 30);
    ck_assert_int_eq(sq_size_parse("1tb", &n), 0);
    ck_assert_uint_eq(n, (size_t)1 << 40);
    const char *bad[] = {
        "", "0", "K", "-1", "12X", "1.5G", "1GG", "99999999999999999999", "8000000000000000T"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(sq_size_parse(bad[i], &n) == -1, "accepted '%s'", bad[i]);
}
END_TEST

START_TEST(size_format) {
    char b[32];
    sq_size_format(64 << 10, b, sizeof b);
    ck_assert_str_eq(b, "64K");
    sq_size_format((size_t)2 << 30, b, sizeof b);
    ck_assert_str_eq(b, "2G");
    sq_size_format(1000, b, sizeof b);
    ck_assert_str_eq(b, "1000 bytes");
    sq_size_format(1536 << 10, b, sizeof b);
    ck_assert_str_eq(b, "1536K");
}
END_TEST

static const sq_command fake = {.name = "fake", .kind = SQ_CMD_BLOCKING};

START_TEST(one_account) {
    sq_env env;
    memset(&env, 0, sizeof env);
    env.max_memory = 1000;
    sq_query q = {.env = &env};
    sq_op a = {.cmd = &fake, .q = &q}, b = {.cmd = &fake, .q = &q};
    sq_error err;
    sq_error_clear(&err);
    ck_assert_int_eq(sq_op_hold(&a, 600, &err), 0);
    ck_assert_int_eq(sq_op_hold(&b, 400, &err), 0);
    ck_assert_uint_eq(q.mem_held, 1000);
    /* one byte more, by either operator, is over the query's ceiling */
    ck_assert_int_eq(sq_op_hold(&b, 401, &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_LIMIT);
    ck_assert_ptr_nonnull(strstr(err.msg, "fake: memory limit of 1000 bytes exceeded"));
    /* lowering never fails; finishing an operator gives its bytes back */
    ck_assert_int_eq(sq_op_hold(&a, 100, NULL), 0);
    ck_assert_uint_eq(q.mem_held, 501);
    ck_assert_int_eq(sq_op_finish_next(&a, &err), 0);
    ck_assert_uint_eq(q.mem_held, 401);
    ck_assert_uint_eq(a.held, 0);
}
END_TEST

START_TEST(default_ceiling) {
    size_t d = sq_max_memory_default();
    ck_assert(d > 0 && d <= (size_t)2 << 30);
    ck_assert_uint_eq(sq_max_memory(NULL), d);
}
END_TEST

static Suite *memlimit_suite(void) {
    Suite *s = suite_create("memlimit");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, size_parse);
    tcase_add_test(tc, size_format);
    tcase_add_test(tc, one_account);
    tcase_add_test(tc, default_ceiling);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(memlimit_suite)
