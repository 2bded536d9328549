/* test_scan.c — the selective JSON scanner (src/input/scan.c): the values
 * it gives are those of the jansson path, and it refuses what it cannot
 * settle with certainty. */
#include <stdlib.h>
#include <string.h>

#include "input/input_int.h"
#include "input/scan.h"
#include "splq/sourcetype.h"
#include "unit.h"

typedef struct fixture {
    sq_query q;
    sq_needed *n;
    sq_scan *sc;
} fixture;

/* A scanner for the space-separated names. */
static void setup(fixture *f, const char *names) {
    memset(f, 0, sizeof *f);
    f->q.syms = sq_symtab_new();
    f->n = sq_needed_new();
    char *copy = strdup(names), *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save))
        sq_needed_add(f->n, w, strlen(w));
    free(copy);
    f->sc = sq_scan_new(&f->q, f->n);
    ck_assert_ptr_nonnull(f->sc);
}

static void teardown(fixture *f) {
    sq_scan_free(f->sc);
    sq_needed_free(f->n);
    sq_symtab_free(f->q.syms);
}

/* The event's fields as "name=value;" with multivalues joined by '|'. */
static char *render(const sq_query *q, const sq_event *ev, const sq_needed *n) {
    sq_buf b = SQ_BUF_INIT;
    for (uint32_t i = 0; i < ev->n; i++) {
        const char *name = sq_sym_name(q->syms, ev->fields[i].sym);
        if (!sq_needed_has(n, name, strlen(name)) || strcmp(name, "_raw") == 0)
            continue;
        sq_buf_printf(&b, "%s=", name);
        sq_value_format(&ev->fields[i].val, &b, "|");
        sq_buf_addc(&b, ';');
    }
    sq_buf_addc(&b, '\0');
    return sq_buf_steal(&b);
}

/* The scanner accepts rec, and agrees with jansson and with want. */
static void accepts(const char *names, const char *rec, const char *want) {
    fixture f;
    setup(&f, names);
    sq_event *ev = sq_event_new(), *ref = sq_event_new();
    ck_assert_msg(sq_scan_fill(f.sc, ev, rec, strlen(rec)) == 1, "refused: %s", rec);
    sq_error err;
    int line;
    ck_assert_int_eq(sq_json_fill(&f.q, ref, rec, strlen(rec), &line, &err), 0);
    char *got = render(&f.q, ev, f.n), *exp = render(&f.q, ref, f.n);
    ck_assert_str_eq(got, exp);
    ck_assert_str_eq(got, want);
    free(got);
    free(exp);
    sq_event_free(ev);
    sq_event_free(ref);
    teardown(&f);
}

static void refuses(const char *names, const char *rec, size_t len) {
    fixture f;
    setup(&f, names);
    sq_event *ev = sq_event_new();
    ck_assert_msg(sq_scan_fill(f.sc, ev, rec, len) == 0, "accepted: %s", rec);
    ck_assert_uint_eq(ev->n, 0);
    sq_event_free(ev);
    teardown(&f);
}

#define REFUSES(names, rec) refuses(names, rec, sizeof rec - 1)

START_TEST(values_as_jansson) {
    accepts("a b.c", "{\"a\":\"x\",\"b\":{\"c\":\"y\",\"d\":[1,2]},\"z\":{}}", "a=x;b.c=y;");
    accepts("r{}.x", "{\"r\":[{\"x\":1},{\"y\":0},{\"x\":\"two\"}]}", "r{}.x=1|two;");
    accepts("a{}", "{\"a\":[\"only\"]}", "a{}=only;");
    accepts("a{}", "{\"a\":[]}", "");
    accepts("a{}{}", "{\"a\":[[1,2],[3]]}", "a{}{}=1|2|3;");
    accepts("a.b", "{\"a.b\":1,\"a\":{\"b\":2}}", "a.b=1|2;");
    accepts("n m k l i j", "{\"n\":1.50,\"m\":1e3,\"k\":-0,\"l\":-0.0,\"i\":-12,\"j\":0.1}",
            "n=1.5;m=1000.0;k=0;l=-0.0;i=-12;j=0.1;");
    accepts("t f u", "{\"t\":true,\"f\":false,\"u\":null}", "t=true;f=false;u=null;");
    accepts("s", "{\"s\":\"a\\n\\\"\\/\\u00e9\\u20ac\"}", "s=a\n\"/\xc3\xa9\xe2\x82\xac;");
    accepts("s", "{\"s\":\"caf\xc3\xa9\"}", "s=caf\xc3\xa9;");
    accepts("_raw _time x", "{\"_raw\":\"r\",\"_time\":1,\"x\":2}", "x=2;");
    accepts("b", "{\"\":{\"b\":1}}", "b=1;");
    accepts("a", " {\"x\":1,\"x\":2,\"a\":3} ", "a=3;"); /* a duplicate off the path */
}
END_TEST

START_TEST(refusals) {
    REFUSES("a", "{\"a\":1,\"a\":2}");
    REFUSES("a", "{\"q\":\"\\u0000\",\"a\":1}"); /* even off the needed paths */
    REFUSES("a.b", "{\"a\":{\"b\":1},\"a\":{\"c\":2}}");
    REFUSES("a", "{\"\\u0061\":1}");
    REFUSES("a", "{\"a\":\"\\u0000\"}");
    REFUSES("a", "{\"a\":\"\\ud83d\\ude00\"}");
    REFUSES("a", "{\"a\":\"\xff\"}");
    REFUSES("a", "{\"z\":\"\xc0\xaf\",\"a\":1}");
    REFUSES("a", "{\"a\":\"tab\there\"}");
    REFUSES("a", "{\"z\":12345678901234567890,\"a\":1}");
    REFUSES("a", "{\"z\":1e999,\"a\":1}");
    REFUSES("a", "{\"a\":1");
    REFUSES("a", "{\"a\":1,}");
    REFUSES("a", "{\"a\":01}");
    REFUSES("a", "{\"a\":1.}");
    REFUSES("a", "{\"a\":tru}");
    REFUSES("a", "{\"a\":1} x");
    REFUSES("a", "[{\"a\":1}]");
    REFUSES("a", "{\"a\":1}\0");
    REFUSES("a", "{\"a\":\"x\\q\"}");
    char deep[400];
    size_t k = 0;
    k += (size_t)snprintf(deep, sizeof deep, "{\"a\":1,\"z\":");
    for (int i = 0; i < 100; i++)
        deep[k++] = '[';
    for (int i = 0; i < 100; i++)
        deep[k++] = ']';
    deep[k++] = '}';
    refuses("a", deep, k);
}
END_TEST

/* The sourcetype found while scanning is the substring search's, escaped
 * quotes included. */
START_TEST(detection_on_the_way) {
    static const char *const recs[] = {
        "{\"eventVersion\":1,\"eventSource\":2,\"eventName\":3,\"awsRegion\":4}",
        "{\"eventVersion\":1,\"eventSource\":2,\"eventName\":3,\"awsRegion\":4,\"x\":\"detail-"
        "type\"}",
        "{\"eventVersion\":1,\"eventSource\":2,\"eventName\":3,\"m\":\"say \\\"awsRegion\"}",
        "{\"eventVersion\":1,\"eventSource\":2,\"eventName\":3,\"m\":\"\\\\\",\"awsRegion\":1}",
        "{\"Channel\":\"Security\",\"EventID\":4624}",
        "{\"auditID\":\"a\",\"stage\":\"x\",\"v\":\"\\\"verb\"}",
        "{\"a\":\"verb\",\"b\":\"stage\",\"c\":\"auditID\"}",
        "{\"a\":1}",
    };
    fixture f;
    setup(&f, "a");
    for (size_t i = 0; i < sizeof recs / sizeof *recs; i++) {
        sq_event *ev = sq_event_new();
        ck_assert_msg(sq_scan_fill(f.sc, ev, recs[i], strlen(recs[i])) == 1, "refused %s", recs[i]);
        ck_assert_str_eq(sq_scan_sourcetype(f.sc), sq_sourcetype_detect(recs[i], strlen(recs[i])));
        sq_event_free(ev);
    }
    teardown(&f);
}
END_TEST

static Suite *scan_suite(void) {
    Suite *s = suite_create("scan");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, values_as_jansson);
    tcase_add_test(tc, refusals);
    tcase_add_test(tc, detection_on_the_way);
    suite_add_tcase(s, tc);
    return s;
}
SQ_TEST_SUITE(scan_suite)
