/* test_timefmt.c — strftime/strptime with Splunk's specifiers, relative time
 * modifiers, _time display.  Every test pins TZ; none reads the clock. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "splq/buf.h"
#include "splq/timefmt.h"
#include "unit.h"

#define T0 1582817149.0 /* 2020-02-27 15:25:49 UTC, a Thursday */

static void set_tz(const char *tz) {
    setenv("TZ", tz, 1);
    tzset();
}

static void check_ftime(double t, const char *fmt, const char *want) {
    sq_buf b = SQ_BUF_INIT;
    ck_assert_int_eq(sq_strftime(t, fmt, &b), 0);
    ck_assert_str_eq(sq_buf_cstr(&b), want);
    sq_buf_free(&b);
}

static double ptime(const char *s, const char *fmt, long want_consumed) {
    double t = -1;
    long n = sq_strptime(s, strlen(s), fmt, &t);
    ck_assert_int_eq(n, want_consumed);
    return t;
}

static double rel(double t, const char *spec) {
    double out = -12345;
    ck_assert_msg(sq_relative_time(t, spec, &out) == 0, "spec %s", spec);
    return out;
}

START_TEST(strftime_basic) {
    set_tz("UTC");
    check_ftime(T0, "%Y-%m-%dT%H:%M:%S", "2020-02-27T15:25:49");
    check_ftime(T0, "%F %T", "2020-02-27 15:25:49");
    check_ftime(T0, "%s", "1582817149");
    check_ftime(T0, "%a %A %b %B %j %e", "Thu Thursday Feb February 058 27");
    check_ftime(T0, "%+", "Thu Feb 27 15:25:49 UTC 2020");
    check_ftime(T0, "%c", "Thu Feb 27 15:25:49 2020");
    check_ftime(T0, "100%%", "100%");
    check_ftime(T0, "%I:%M %p", "03:25 PM");
    check_ftime(T0, "x%", "x%");
    check_ftime(T0, "%q", "%q");
}
END_TEST

START_TEST(strftime_subseconds) {
    set_tz("UTC");
    double t = T0 + 0.123;
    check_ftime(t, "%S.%3N", "49.123");
    check_ftime(t, "%6N", "123000");
    check_ftime(t, "%9N", "123000000");
    check_ftime(t, "%N", "123000000");
    check_ftime(t, "%Q", "123");
    check_ftime(t, "%6Q", "123000");
    check_ftime(t, "%f", "123000");
    check_ftime(T0 + 0.9999996, "%T.%3N", "15:25:50.000"); /* rounds to the microsecond */
    check_ftime(T0 + 0.9996, "%3N", "999");                /* then truncates */
    check_ftime(-0.5, "%F %T.%3N", "1969-12-31 23:59:59.500");
}
END_TEST

START_TEST(strftime_zones) {
    set_tz("UTC");
    check_ftime(T0, "%z %:z %::z %:::z %Z", "+0000 +00:00 +00:00:00 +00 UTC");
    set_tz("America/New_York");
    check_ftime(T0, "%H:%M %z %:z %Z %Ez", "10:25 -0500 -05:00 EST -300");
    set_tz("Asia/Kolkata");
    check_ftime(T0, "%z %:::z", "+0530 +05");
    set_tz("UTC");
}
END_TEST

START_TEST(strftime_bad) {
    sq_buf b = SQ_BUF_INIT;
    ck_assert_int_eq(sq_strftime(T0, NULL, &b), -1);
    ck_assert_int_eq(sq_strftime(0.0 / 0.0, "%Y", &b), -1);
    sq_buf_free(&b);
}
END_TEST

START_TEST(strptime_zones) {
    set_tz("America/New_York");
    const char *f = "%Y-%m-%dT%H:%M:%S%Z";
    ck_assert_double_eq(ptime("2020-02-27T15:25:49Z", f, 20), T0);
    ck_assert_double_eq(ptime("2020-02-27T15:25:49Z\",\"x\"", f, 20), T0);
    ck_assert_double_eq(ptime("2020-02-27T15:25:49UTC", f, 22), T0);
    ck_assert_double_eq(ptime("2020-02-27T16:25:49+01:00", f, 25), T0);
    ck_assert_double_eq(ptime("2020-02-27T10:25:49-0500", f, 24), T0);
    ck_assert_double_eq(ptime("2020-02-27T10:25:49EST", f, 22), T0);
    ck_assert_double_eq(ptime("2020-02-27T16:25:49 +01:00", "%Y-%m-%dT%H:%M:%S %z", 26), T0);
    ck_assert_double_eq(ptime("2020-02-27T15:25:49Z", "%Y-%m-%dT%H:%M:%S%z", 20), T0);
    ck_assert_double_eq(ptime("2020-02-27T16:25:49GMT+01:00", f, 28), T0);
    /* no zone in the text: local time (New York, UTC-5 in February) */
    ck_assert_double_eq(ptime("2020-02-27 15:25:49", "%Y-%m-%d %H:%M:%S", 19), 1582835149.0);
    set_tz("UTC");
    ck_assert_double_eq(ptime("2020-02-27 15:25:49", "%Y-%m-%d %H:%M:%S", 19), T0);
}
END_TEST

START_TEST(strptime_fields) {
    set_tz("UTC");
    ck_assert_double_eq_tol(ptime("2020-02-27 15:25:49.123", "%Y-%m-%d %H:%M:%S.%3N", 23),
                            T0 + 0.123, 1e-6);
    ck_assert_double_eq_tol(ptime("15:25:49.123456 2020-02-27", "%H:%M:%S.%6N %F", 26),
                            T0 + 0.123456, 1e-6);
    ck_assert_double_eq(ptime("1582817149", "%s", 10), T0);
    ck_assert_double_eq_tol(ptime("1582817149.250", "%s.%3N", 14), T0 + 0.25, 1e-6);
    ck_assert_double_eq(ptime("Feb 27 2020 15:25:49", "%b %d %Y %H:%M:%S", 20), T0);
    ck_assert_double_eq(ptime("27/February/2020:15:25:49", "%d/%B/%Y:%H:%M:%S", 25), T0);
    ck_assert_double_eq(ptime("02/27/2020:15:25:49", "%m/%d/%Y:%H:%M:%S", 19), T0);
    ck_assert_double_eq(ptime("02/27/20 03:25:49 PM", "%D %r", 20), T0);
    ck_assert_double_eq(ptime("02/27/20 12:00:00 AM", "%D %r", 20), 1582761600.0);
    ck_assert_double_eq(ptime("Thu Feb 27 15:25:49 UTC 2020", "%+", 28), T0);
    ck_assert_double_eq(ptime("2020 058 15:25:49", "%Y %j %T", 17), T0);
    ck_assert_double_eq(ptime("2020-02-27", "%Y-%m-%d", 10), 1582761600.0);
    ck_assert_double_eq(ptime("2020-2-7", "%Y-%m-%d", 8), 1581033600.0);
    ck_assert_double_eq(ptime("20-02-27", "%y-%m-%d", 8), 1582761600.0);
    /* whitespace in the format matches any run of blanks */
    ck_assert_double_eq(ptime("2020-02-27   15:25:49", "%Y-%m-%d %T", 21), T0);
    /* a time of day alone is read on 1970-01-01 */
    ck_assert_double_eq(ptime("10:30", "%H:%M", 5), 37800.0);
}
END_TEST

START_TEST(strptime_mismatch) {
    set_tz("UTC");
    double t;
    ck_assert_int_eq(sq_strptime("2020-02", 7, "%Y-%m", &t), -1); /* no day */
    ck_assert_int_eq(sq_strptime("2020-02-30", 10, "%Y-%m-%d", &t), -1);
    ck_assert_int_eq(sq_strptime("2020-13-01", 10, "%Y-%m-%d", &t), -1);
    ck_assert_int_eq(sq_strptime("2020/02/27", 10, "%Y-%m-%d", &t), -1);
    ck_assert_int_eq(sq_strptime("abc", 3, "%Y", &t), -1);
    ck_assert_int_eq(sq_strptime("2020-02-27T15:25:49", 19, "%Y-%m-%dT%H:%M:%S%Z", &t), -1);
    ck_assert_int_eq(sq_strptime("2020-02-27T15:25:49XYZ", 22, "%Y-%m-%dT%H:%M:%S%Z", &t), -1);
    ck_assert_int_eq(sq_strptime("2020-02-27", 10, "%Y-%m-%d %Y %q", &t), -1);
    /* the length bounds the text: the zone is cut off */
    ck_assert_int_eq(sq_strptime("2020-02-27T15:25:49Z", 19, "%Y-%m-%dT%H:%M:%S%Z", &t), -1);
}
END_TEST

START_TEST(strptime_ex_tz_parts) {
    set_tz("UTC");
    double t;
    sq_tmparts parts;
    const char *s = "2020-02-27 10:25:49";
    ck_assert_int_eq(sq_strptime_ex(s, strlen(s), "%F %T", "America/New_York", &t, &parts), 19);
    ck_assert_double_eq(t, T0);
    ck_assert_int_eq(parts.hour, 10);
    ck_assert_int_eq(parts.wday, 4);
    ck_assert_int_eq(parts.has_zone, 0);
    /* the TZ environment is restored afterwards */
    check_ftime(T0, "%Z", "UTC");
    ck_assert_int_eq(sq_strptime_ex(s, strlen(s), "%F %T", "-05:00", &t, NULL), 19);
    ck_assert_double_eq(t, T0);
    s = "2020-02-27 16:25:49 +0100";
    ck_assert_int_eq(sq_strptime_ex(s, strlen(s), "%F %T %z", "America/New_York", &t, &parts), 25);
    ck_assert_double_eq(t, T0);
    ck_assert_int_eq(parts.has_zone, 1);
    ck_assert_int_eq(parts.zone_off, 3600);
    ck_assert_int_eq(parts.hour, 16);
    ck_assert_int_eq(parts.year, 2020);
    ck_assert_int_eq(parts.mon, 2);
    ck_assert_int_eq(parts.mday, 27);
}
END_TEST

START_TEST(relative_basic) {
    set_tz("UTC");
    ck_assert_double_eq(rel(T0, "now"), T0);
    ck_assert_double_eq(rel(T0, "now()"), T0);
    ck_assert_double_eq(rel(T0, "-24h"), T0 - 86400);
    ck_assert_double_eq(rel(T0, "-h"), T0 - 3600);
    ck_assert_double_eq(rel(T0, "+30s"), T0 + 30);
    ck_assert_double_eq(rel(T0, "-15minutes"), T0 - 900);
    ck_assert_double_eq(rel(T0, "-1d@d"), 1582675200.0);
    ck_assert_double_eq(rel(T0, "-1d@d+2h"), 1582682400.0);
    ck_assert_double_eq(rel(T0, "+2h@h"), 1582822800.0);
    ck_assert_double_eq(rel(T0, "@d-2h"), 1582754400.0);
    ck_assert_double_eq(rel(T0, "@mon"), 1580515200.0);
    ck_assert_double_eq(rel(T0, "@q"), 1577836800.0);
    ck_assert_double_eq(rel(T0, "@qtr"), 1577836800.0);
    ck_assert_double_eq(rel(T0, "@y"), 1577836800.0);
    ck_assert_double_eq(rel(T0, "-1y@y"), 1546300800.0);
    ck_assert_double_eq(rel(T0, "@m"), T0 - 49);
    ck_assert_double_eq(rel(T0 + 0.5, "@s"), T0);
    ck_assert_double_eq(rel(T0, "-7d"), T0 - 7 * 86400);
    ck_assert_double_eq(rel(T0, "-2w"), T0 - 14 * 86400);
    ck_assert_double_eq(rel(T0, "1234567890"), 1234567890.0);
    ck_assert_double_eq(rel(T0, "0"), 0.0);
    ck_assert_double_eq(rel(T0, " -1d@d "), 1582675200.0);
    ck_assert_double_eq(rel(T0, "02/27/2020:00:00:00"), 1582761600.0);
    ck_assert_double_eq_tol(rel(T0, "+250ms"), T0 + 0.25, 1e-6);
}
END_TEST

START_TEST(relative_weeks_and_months) {
    set_tz("UTC");
    ck_assert_double_eq(rel(T0, "@w"), 1582416000.0); /* Sunday 23rd */
    ck_assert_double_eq(rel(T0, "@w0"), 1582416000.0);
    ck_assert_double_eq(rel(T0, "@w7"), 1582416000.0);
    ck_assert_double_eq(rel(T0, "@w1"), 1582502400.0); /* Monday 24th */
    ck_assert_double_eq(rel(T0, "@w4"), 1582761600.0); /* Thursday: today */
    ck_assert_double_eq(rel(T0, "@w5"), 1582761600.0 - 6 * 86400.0);
    ck_assert_double_eq(rel(T0, "@week"), 1582416000.0);
    /* Mar 31 12:00 - 1 month: clamped to Feb 29 */
    ck_assert_double_eq(rel(1585656000.0, "-1mon"), 1582977600.0);
    ck_assert_double_eq(rel(1585656000.0, "-1q"), 1577793600.0);
    ck_assert_double_eq(rel(1582977600.0, "+1y"), 1582977600.0 + 365 * 86400.0);
}
END_TEST

START_TEST(relative_local_zone) {
    set_tz("America/New_York");
    ck_assert_double_eq(rel(T0, "@d"), 1582779600.0);
    /* across the spring DST change (2020-03-08): a day is 23 hours */
    double before = 1583571600.0; /* 2020-03-07 04:00 EST = 09:00 UTC */
    ck_assert_double_eq(rel(before, "+1d"), before + 23 * 3600);
    set_tz("UTC");
}
END_TEST

START_TEST(relative_bad) {
    double out;
    ck_assert_int_eq(sq_relative_time(T0, "", &out), -1);
    ck_assert_int_eq(sq_relative_time(T0, "-1x", &out), -1);
    ck_assert_int_eq(sq_relative_time(T0, "@", &out), -1);
    ck_assert_int_eq(sq_relative_time(T0, "abc", &out), -1);
    ck_assert_int_eq(sq_relative_time(T0, "1d", &out), -1);
    ck_assert_int_eq(sq_relative_time(T0, "-1dd", &out), -1);
    ck_assert_int_eq(sq_relative_time(T0, "-99999999999999d", &out), -1);
    ck_assert_int_eq(sq_relative_time(T0, NULL, &out), -1);
}
END_TEST

START_TEST(display_and_iso) {
    set_tz("UTC");
    sq_buf b = SQ_BUF_INIT;
    sq_time_display(T0, &b);
    ck_assert_str_eq(sq_buf_cstr(&b), "2020-02-27 15:25:49");
    sq_buf_reset(&b);
    sq_time_display(T0 + 0.5, &b);
    ck_assert_str_eq(sq_buf_cstr(&b), "2020-02-27 15:25:49.500");
    sq_buf_reset(&b);
    sq_time_iso(T0, &b);
    ck_assert_str_eq(sq_buf_cstr(&b), "2020-02-27T15:25:49.000+00:00");
    sq_buf_reset(&b);
    set_tz("Europe/Berlin");
    sq_time_iso(T0 + 0.632, &b);
    ck_assert_str_eq(sq_buf_cstr(&b), "2020-02-27T16:25:49.632+01:00");
    set_tz("UTC");
    sq_buf_free(&b);
}
END_TEST

static Suite *timefmt_suite(void) {
    Suite *s = suite_create("timefmt");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, strftime_basic);
    tcase_add_test(tc, strftime_subseconds);
    tcase_add_test(tc, strftime_zones);
    tcase_add_test(tc, strftime_bad);
    tcase_add_test(tc, strptime_zones);
    tcase_add_test(tc, strptime_fields);
    tcase_add_test(tc, strptime_mismatch);
    tcase_add_test(tc, strptime_ex_tz_parts);
    tcase_add_test(tc, relative_basic);
    tcase_add_test(tc, relative_weeks_and_months);
    tcase_add_test(tc, relative_local_zone);
    tcase_add_test(tc, relative_bad);
    tcase_add_test(tc, display_and_iso);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(timefmt_suite)
