/* test_needed.c — the needed-fields analysis (src/core/needed.c and the
 * needed mode of fieldwalk.c): which fields a plan needs from its input,
 * and when it must say "all". */
#include <stdlib.h>
#include <string.h>

#include "splq/needed.h"
#include "splq/parse.h"
#include "unit.h"

/* The needs of query s, no knowledge loaded; the caller frees. */
static sq_needed *needs(const char *s) {
    sq_ast *a;
    sq_error err;
    sq_error_clear(&err);
    ck_assert_int_eq(sq_parse(s, strlen(s), SQ_PARSE_QUERY, &a, &err), 0);
    sq_query q = {0};
    sq_needed *n = sq_needed_for_plan(&q, a);
    sq_ast_free(a);
    return n;
}

/* Exactly the names of want (space-separated)? */
static int is_set(const sq_needed *n, const char *want) {
    if (sq_needed_all(n))
        return 0;
    size_t count = 0;
    char *copy = strdup(want), *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save), count++)
        if (!sq_needed_has(n, w, strlen(w))) {
            free(copy);
            return 0;
        }
    free(copy);
    return count == sq_needed_count(n);
}

static void expect(const char *query, const char *want) {
    sq_needed *n = needs(query);
    ck_assert_msg(is_set(n, want), "%s: expected {%s}", query, want);
    sq_needed_free(n);
}

static void expect_all(const char *query) {
    sq_needed *n = needs(query);
    ck_assert_msg(sq_needed_all(n), "%s: expected all fields", query);
    sq_needed_free(n);
}

START_TEST(finite_sets) {
    expect("* | stats count by eventName", "eventName");
    expect("* | eval ip=lower(sourceIPAddress) | stats dc(ip) by userIdentity.arn",
           "sourceIPAddress ip userIdentity.arn");
    expect("eventName=\"JobCreated\" | fillnull value=\"\" userIdentity.arn | stats count "
           "min(eventTime) by eventName userIdentity.arn",
           "eventName userIdentity.arn eventTime");
    expect("x=1 | table a b", "x a b");
    expect("JobCreated | stats count", "_raw");
    expect("* | timechart count by a", "a _time");
    expect("* | stats latest(x) as l", "x _time");
    expect("* | rex \"(?<u>\\w+)\" | stats count by u", "_raw u");
    expect("* | rex field=m \"(?<u>\\w+)\" | stats count by u", "m u");
    expect("earliest=-1d a=1 | stats count", "_time a");
    expect("* | where isnull(x) | stats count", "x");
    expect("* | head (x>1) | stats count", "x");
    expect("* | eventstats count by a | stats max(count) by b", "a count b");
    expect("* | lookup t k OUTPUTNEW v | stats count by v", "k v");
}
END_TEST

START_TEST(all_fields) {
    expect_all("* | head 5");                                     /* events reach the writer */
    expect_all("* | eval x=1");                                   /* the same */
    expect_all("* | stats values(*)");                            /* a wildcard */
    expect_all("* | uniq | stats count");                         /* compares whole events */
    expect_all("* | search [search x | fields y] | stats count"); /* a subsearch */
    expect_all("* | fillnull | stats count by x");                /* every field */
    expect_all("* | rename a* as b* | stats count");              /* a wildcard rename */
    expect_all("* | where searchmatch(\"x\") | stats count");
    expect_all("* | transaction a | stats count");
    expect_all("* | nosuchcommand | stats count");
    expect_all("* | streamstats reset_after=(x>1) count | stats count");
    expect_all("eventtypetag=x | stats count");
}
END_TEST

START_TEST(set_rules) {
    sq_needed *n = sq_needed_new();
    sq_needed_add(n, "a", 1);
    sq_needed_add(n, "a", 1);
    ck_assert_uint_eq(sq_needed_count(n), 1);
    ck_assert(!sq_needed_time(n));
    sq_needed_add(n, "date_hour", 9);
    ck_assert(sq_needed_time(n));
    ck_assert(!sq_needed_tags(n));
    sq_needed_add(n, "tag::x", 6);
    ck_assert(sq_needed_tags(n));
    sq_needed_add(n, "b*", 2);
    ck_assert(sq_needed_all(n));
    ck_assert(sq_needed_has(n, "anything", 8));
    sq_needed_free(n);
    ck_assert(sq_needed_all(NULL));
}
END_TEST

static Suite *needed_suite(void) {
    Suite *s = suite_create("needed");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, finite_sets);
    tcase_add_test(tc, all_fields);
    tcase_add_test(tc, set_rules);
    suite_add_tcase(s, tc);
    return s;
}
SQ_TEST_SUITE(needed_suite)
