/* test_prefilter.c — the raw-text prefilter: which terms a head search
 * implies, and that a record is only ruled out when it cannot match. */
#include <stdlib.h>
#include <string.h>

#include "splq/parse.h"
#include "splq/prefilter.h"
#include "unit.h"

/* The prefilter of search text s (no knowledge loaded: env is NULL). */
static sq_prefilter *pf_of(sq_query *q, const char *s) {
    sq_ast *a;
    sq_error err;
    sq_error_clear(&err);
    ck_assert_int_eq(sq_parse(s, strlen(s), SQ_PARSE_SEARCH, &a, &err), 0);
    sq_prefilter *pf = sq_prefilter_new(q, a);
    sq_ast_free(a);
    return pf;
}

static int may(const sq_prefilter *pf, const char *rec) {
    return sq_prefilter_may_match(pf, rec, strlen(rec));
}

START_TEST(terms_derived) {
    sq_query q = {0};
    q.syms = sq_symtab_new();
    sq_prefilter *pf = pf_of(&q, "eventName=JobCreated awsRegion=us-east-1");
    ck_assert_ptr_nonnull(pf);
    ck_assert_uint_eq(sq_prefilter_nterms(pf), 2);
    ck_assert_str_eq(sq_prefilter_term(pf, 0), "jobcreated");
    sq_prefilter_free(pf);
    pf = pf_of(&q, "eventName=Job*ted");
    ck_assert_uint_eq(sq_prefilter_nterms(pf), 2);
    sq_prefilter_free(pf);
    /* nothing safe to require */
    const char *none[] = {"eventName=JobCreated OR x=y", "NOT eventName=JobCreated",
                          "n=1.5",  "src=10.0.0.0/8", "x!=y", "x=*", "source=a",
                          "_raw=a", "earliest=-1d", "tag=x", "eventtype=y", "date_hour=3",
                          "\"a phrase\"", "ab*"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        pf = pf_of(&q, none[i]);
        ck_assert_msg(pf == NULL, "%s gave a prefilter", none[i]);
    }
    sq_symtab_free(q.syms);
}
END_TEST

START_TEST(records_tested) {
    sq_query q = {0};
    q.syms = sq_symtab_new();
    sq_prefilter *pf = pf_of(&q, "eventName=JobCreated");
    ck_assert_int_eq(may(pf, "{\"eventName\":\"JobCreated\"}"), 1);
    ck_assert_int_eq(may(pf, "{\"eventName\":\"JOBCREATED\"}"), 1);
    ck_assert_int_eq(may(pf, "{\"eventName\":\"Job\\u0043reated\"}"), 1);
    ck_assert_int_eq(may(pf, "{\"eventName\":\"GetObject\"}"), 0);
    ck_assert_int_eq(may(pf, "{\"eventName\":\"Job\\\"Created\"}"), 0);
    ck_assert_int_eq(may(pf, "JobCreate"), 0);
    ck_assert_int_eq(may(pf, ""), 0);
    ck_assert_int_eq(may(NULL, "anything"), 1);
    sq_prefilter_free(pf);
    setenv("SPLQ_NO_FASTPATH", "1", 1);
    ck_assert_ptr_null(pf_of(&q, "eventName=JobCreated"));
    unsetenv("SPLQ_NO_FASTPATH");
    setenv("SPLQ_NO_PREFILTER", "1", 1);
    ck_assert_ptr_null(pf_of(&q, "eventName=JobCreated"));
    unsetenv("SPLQ_NO_PREFILTER");
    sq_symtab_free(q.syms);
}
END_TEST

static Suite *prefilter_suite(void) {
    Suite *s = suite_create("prefilter");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, terms_derived);
    tcase_add_test(tc, records_tested);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(prefilter_suite)
