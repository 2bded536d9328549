/* test_value.c — values: numeric reading, display formatting, orderings,
 * multivalue construction and ownership. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splq/buf.h"
#include "splq/value.h"
#include "unit.h"

static char *fmt(double d, int prec) {
    static char out[128];
    sq_buf b = SQ_BUF_INIT;
    sq_num_format(d, prec, &b);
    snprintf(out, sizeof out, "%s", sq_buf_cstr(&b));
    sq_buf_free(&b);
    return out;
}

static char *vfmt(const sq_value *v, const char *sep) {
    static char out[256];
    sq_buf b = SQ_BUF_INIT;
    sq_value_format(v, &b, sep);
    snprintf(out, sizeof out, "%s", sq_buf_cstr(&b));
    sq_buf_free(&b);
    return out;
}

/* The memory helpers of buf.h that everything indexes by symbol or sorts with. */
static int cmp_int(const void *a, const void *b) {
    return *(const int *)a - *(const int *)b;
}

START_TEST(grow_zeroed_and_sort) {
    size_t n = 0;
    uint32_t *a = sq_grow_zeroed(NULL, &n, 0, sizeof *a, 64);
    ck_assert_uint_eq(n, 64);
    for (size_t i = 0; i < n; i++)
        ck_assert_uint_eq(a[i], 0);
    a[63] = 7;
    uint32_t *same = sq_grow_zeroed(a, &n, 63, sizeof *a, 64);
    ck_assert_ptr_eq(same, a); /* inside already: untouched */
    a = sq_grow_zeroed(a, &n, 300, sizeof *a, 64);
    ck_assert_uint_eq(n, 512);      /* doubled until 300 fits */
    ck_assert_uint_eq(a[63], 7);    /* kept */
    for (size_t i = 64; i < n; i++) /* the new part zeroed */
        ck_assert_uint_eq(a[i], 0);
    free(a);
    sq_sort(NULL, 0, sizeof(int), cmp_int); /* an empty array may be NULL */
    int v[] = {3, 1, 2};
    sq_sort(v, 3, sizeof *v, cmp_int);
    ck_assert_int_eq(v[0], 1);
    ck_assert_int_eq(v[2], 3);
}
END_TEST

START_TEST(format_integral) {
    ck_assert_str_eq(fmt(5, -1), "5");
    ck_assert_str_eq(fmt(-42, -1), "-42");
    ck_assert_str_eq(fmt(0, -1), "0");
    ck_assert_str_eq(fmt(-0.0, -1), "0");
    ck_assert_str_eq(fmt(1e15, -1), "1000000000000000");
    ck_assert_str_eq(fmt(9007199254740993.0, -1), "9007199254740992");
    ck_assert_str_eq(fmt(1e20, -1), "100000000000000000000");
    ck_assert_str_eq(fmt(1e22, -1), "1e+22");
}
END_TEST

START_TEST(format_fractions) {
    ck_assert_str_eq(fmt(1.5, -1), "1.5");
    ck_assert_str_eq(fmt(0.5, -1), "0.5");
    ck_assert_str_eq(fmt(-0.25, -1), "-0.25");
    ck_assert_str_eq(fmt(1.0 / 3, -1), "0.3333333333333333");
    ck_assert_str_eq(fmt(2.0 / 3, -1), "0.6666666666666666");
    ck_assert_str_eq(fmt(0.1 + 0.2, -1), "0.30000000000000004");
    ck_assert_str_eq(fmt(3.9900000000000055, -1), "3.9900000000000055");
    ck_assert_str_eq(fmt(123.456, -1), "123.456");
    ck_assert_str_eq(fmt(0.001, -1), "0.001");
    ck_assert_str_eq(fmt(1.5e-9, -1), "1.5e-09");
    ck_assert_str_eq(fmt(1534143600.5, -1), "1534143600.5");
}
END_TEST

START_TEST(format_prec) {
    ck_assert_str_eq(fmt(0.805, 4), "0.8050");
    ck_assert_str_eq(fmt(24.194, 4), "24.1940");
    ck_assert_str_eq(fmt(1534143600, 6), "1534143600.000000");
    ck_assert_str_eq(fmt(2, 0), "2");
    ck_assert_str_eq(fmt(-0.001, 2), "0.00");
    ck_assert_str_eq(fmt(-1.5, 1), "-1.5");
}
END_TEST

START_TEST(format_special) {
    ck_assert_str_eq(fmt(NAN, -1), "nan");
    ck_assert_str_eq(fmt(INFINITY, -1), "inf");
    ck_assert_str_eq(fmt(-INFINITY, 3), "-inf");
}
END_TEST

START_TEST(numeric_strings) {
    double d = 0;
    ck_assert(sq_str_is_number("42", 2, &d) && d == 42);
    ck_assert(sq_str_is_number("-3.5", 4, &d) && d == -3.5);
    ck_assert(sq_str_is_number("+7", 2, &d) && d == 7);
    ck_assert(sq_str_is_number(".5", 2, &d) && d == 0.5);
    ck_assert(sq_str_is_number("5.", 2, &d) && d == 5);
    ck_assert(sq_str_is_number("1e3", 3, &d) && d == 1000);
    ck_assert(sq_str_is_number("1.5E-2", 6, &d) && d == 0.015);
    ck_assert(!sq_str_is_number("", 0, &d));
    ck_assert(!sq_str_is_number(" 5", 2, &d));
    ck_assert(!sq_str_is_number("5 ", 2, &d));
    ck_assert(!sq_str_is_number("0x1F", 4, &d));
    ck_assert(!sq_str_is_number("inf", 3, &d));
    ck_assert(!sq_str_is_number("nan", 3, &d));
    ck_assert(!sq_str_is_number("1,000", 5, &d));
    ck_assert(!sq_str_is_number("1e", 2, &d));
    ck_assert(!sq_str_is_number(".", 1, &d));
    ck_assert(!sq_str_is_number("-", 1, &d));
    ck_assert(!sq_str_is_number("12abc", 5, &d));
    /* only the first len bytes count */
    ck_assert(sq_str_is_number("123456", 3, &d) && d == 123);
}
END_TEST

START_TEST(value_number_cache) {
    sq_value v = sq_value_cstr("10.5");
    double d = 0;
    ck_assert_int_eq(v.numck, SQ_NUMCK_UNKNOWN);
    ck_assert(sq_value_number(&v, &d) && d == 10.5);
    ck_assert_int_eq(v.numck, SQ_NUMCK_YES);
    sq_value_free(&v);
    v = sq_value_cstr("abc");
    ck_assert(!sq_value_number(&v, &d));
    ck_assert_int_eq(v.numck, SQ_NUMCK_NO);
    sq_value_free(&v);
    ck_assert_int_eq(v.type, SQ_NULL);
    sq_value b = sq_value_bool(1);
    ck_assert(!sq_value_number(&b, &d));
    sq_value n = SQ_VALUE_NULL;
    ck_assert(!sq_value_number(&n, &d));
    sq_value mv = SQ_VALUE_NULL;
    sq_value_mv_push(&mv, sq_value_cstr("7"));
    sq_value_mv_push(&mv, sq_value_cstr("x"));
    ck_assert(sq_value_number(&mv, &d) && d == 7);
    sq_value_free(&mv);
}
END_TEST

START_TEST(value_format_types) {
    sq_value v = sq_value_bool(0);
    ck_assert_str_eq(vfmt(&v, NULL), "false");
    v = sq_value_num_prec(3.14159, 2);
    ck_assert_str_eq(vfmt(&v, NULL), "3.14");
    sq_value n = SQ_VALUE_NULL;
    ck_assert_str_eq(vfmt(&n, NULL), "");
    sq_value mv = SQ_VALUE_NULL;
    sq_value_mv_push(&mv, sq_value_cstr("a"));
    sq_value_mv_push(&mv, sq_value_num(2));
    sq_value_mv_push(&mv, SQ_VALUE_NULL);
    ck_assert_int_eq(sq_value_count(&mv), 2);
    ck_assert_str_eq(vfmt(&mv, NULL), "a\n2");
    ck_assert_str_eq(vfmt(&mv, ","), "a,2");
    sq_value_free(&mv);
}
END_TEST

START_TEST(mv_push_and_copy) {
    sq_value a = sq_value_cstr("x");
    sq_value_mv_push(&a, sq_value_cstr("y")); /* scalar becomes multivalue */
    ck_assert_int_eq(a.type, SQ_MV);
    ck_assert_int_eq(sq_value_count(&a), 2);
    sq_value b = SQ_VALUE_NULL;
    sq_value_mv_push(&b, sq_value_copy(&a)); /* flattened */
    sq_value_mv_push(&b, sq_value_cstr("z"));
    ck_assert_int_eq(sq_value_count(&b), 3);
    for (int i = 0; i < 100; i++)
        sq_value_mv_push(&b, sq_value_num(i));
    ck_assert_int_eq(sq_value_count(&b), 103);
    sq_value c = sq_value_copy(&b);
    sq_value_mv_push(&c, sq_value_cstr("last"));
    ck_assert_int_eq(sq_value_count(&c), 104);
    ck_assert_str_eq(sq_value_at(&c, 103)->u.str.ptr, "last");
    ck_assert_str_eq(sq_value_at(&c, 2)->u.str.ptr, "z");
    ck_assert_ptr_null(sq_value_at(&c, 104));
    sq_value s = sq_value_num(1);
    ck_assert_ptr_eq(sq_value_at(&s, 0), &s);
    ck_assert_ptr_null(sq_value_at(&s, 1));
    sq_value m = sq_value_move(&c);
    ck_assert_int_eq(c.type, SQ_NULL);
    sq_value_free(&m);
    sq_value_free(&a);
    sq_value_free(&b);
    /* an exactly sized array built by hand may be pushed onto */
    sq_value h = sq_value_mv_empty();
    h.u.mv.items = malloc(3 * sizeof(sq_value));
    for (int i = 0; i < 3; i++)
        h.u.mv.items[i] = sq_value_num(i);
    h.u.mv.n = 3;
    for (int i = 0; i < 10; i++)
        sq_value_mv_push(&h, sq_value_cstr("more"));
    ck_assert_int_eq(sq_value_count(&h), 13);
    sq_value_free(&h);
}
END_TEST

START_TEST(cmp_auto) {
    sq_value a = sq_value_cstr("10"), b = sq_value_cstr("9"), c = sq_value_cstr("abc"),
             d = sq_value_num(9), e = sq_value_cstr("Abc"), n = SQ_VALUE_NULL;
    ck_assert_int_gt(sq_value_cmp_auto(&a, &b), 0); /* numerically */
    ck_assert_int_eq(sq_value_cmp_auto(&b, &d), 0);
    ck_assert_int_lt(sq_value_cmp_auto(&a, &c), 0); /* numbers before strings */
    ck_assert_int_gt(sq_value_cmp_auto(&c, &d), 0);
    ck_assert_int_lt(sq_value_cmp_auto(&e, &c), 0); /* upper case first */
    ck_assert_int_gt(sq_value_cmp_auto(&n, &c), 0); /* null last */
    ck_assert_int_eq(sq_value_cmp_auto(&n, &n), 0);
    ck_assert_int_lt(sq_value_cmp_str(&a, &b), 0); /* "10" < "9" as text */
    ck_assert_int_eq(sq_value_cmp_str(&b, &d), 0);
    sq_value x = sq_value_cstr("ab"), y = sq_value_cstr("abc");
    ck_assert_int_lt(sq_value_cmp_str(&x, &y), 0);
    sq_value_free(&a), sq_value_free(&b), sq_value_free(&c), sq_value_free(&e);
    sq_value_free(&x), sq_value_free(&y);
}
END_TEST

START_TEST(text_and_truth) {
    sq_buf scratch = SQ_BUF_INIT;
    size_t len;
    sq_value v = sq_value_num(2.5);
    ck_assert_str_eq(sq_value_text(&v, &scratch, &len), "2.5");
    ck_assert_int_eq(len, 3);
    sq_value s = sq_value_str("a\0b", 3);
    ck_assert_int_eq(s.u.str.len, 3);
    ck_assert_ptr_eq(sq_value_text(&s, &scratch, &len), s.u.str.ptr);
    sq_value n = SQ_VALUE_NULL;
    ck_assert_str_eq(sq_value_text(&n, &scratch, &len), "");
    ck_assert_int_eq(len, 0);
    ck_assert(sq_value_is_null(&n) && sq_value_is_null(NULL) && !sq_value_is_null(&v));
    sq_value t = sq_value_bool(1), f = sq_value_bool(0);
    ck_assert(sq_value_truthy(&t) && !sq_value_truthy(&f) && !sq_value_truthy(&v));
    sq_value_free(&s);
    sq_buf_free(&scratch);
}
END_TEST

static Suite *value_suite(void) {
    Suite *s = suite_create("value");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, grow_zeroed_and_sort);
    tcase_add_test(tc, format_integral);
    tcase_add_test(tc, format_fractions);
    tcase_add_test(tc, format_prec);
    tcase_add_test(tc, format_special);
    tcase_add_test(tc, numeric_strings);
    tcase_add_test(tc, value_number_cache);
    tcase_add_test(tc, value_format_types);
    tcase_add_test(tc, mv_push_and_copy);
    tcase_add_test(tc, cmp_auto);
    tcase_add_test(tc, text_and_truth);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(value_suite)
