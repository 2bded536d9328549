/* test_search.c — the search-expression matcher (src/search/): wildcards,
 * token-bounded terms, CIDR, field comparisons, boolean structure, time
 * bounds; ASTs both parsed and built by hand. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search/internal.h"
#include "splq/parse.h"
#include "splq/search.h"
#include "unit.h"

static sq_query *new_query(void) {
    sq_query *q = calloc(1, sizeof *q);
    q->syms = sq_symtab_new();
    q->now = 1700000000; /* 2023-11-14T22:13:20Z */
    return q;
}

static void free_query(sq_query *q) {
    sq_symtab_free(q->syms);
    free(q);
}

/* An event from name/value pairs (NULL-terminated).  A value "a|b|c" is a
 * multivalue; a name "#x" sets x to a number. */
static sq_event *mkev(sq_query *q, ...) {
    sq_event *ev = sq_event_new();
    va_list ap;
    va_start(ap, q);
    for (;;) {
        const char *name = va_arg(ap, const char *);
        if (!name)
            break;
        const char *val = va_arg(ap, const char *);
        if (name[0] == '#') {
            sq_event_set(ev, sq_intern_cstr(q->syms, name + 1), sq_value_num(atof(val)));
            continue;
        }
        sq_value v = SQ_VALUE_NULL;
        if (strchr(val, '|')) {
            const char *p = val;
            for (;;) {
                const char *bar = strchr(p, '|');
                size_t len = bar ? (size_t)(bar - p) : strlen(p);
                sq_value_mv_push(&v, sq_value_str(p, len));
                if (!bar)
                    break;
                p = bar + 1;
            }
        } else {
            v = sq_value_cstr(val);
        }
        sq_event_set(ev, sq_intern_cstr(q->syms, name), v);
    }
    va_end(ap);
    return ev;
}

/* Does the search text match ev? */
static int matches(sq_query *q, const char *search, sq_event *ev) {
    sq_ast *ast = NULL;
    sq_error err = {0};
    int rc = sq_parse(search, strlen(search), SQ_PARSE_SEARCH, &ast, &err);
    ck_assert_msg(rc == 0, "parse of '%s' failed: %s", search, err.msg);
    sq_matcher *m;
    rc = sq_matcher_compile(q, ast, &m, &err);
    ck_assert_msg(rc == 0, "compile of '%s' failed: %s", search, err.msg);
    int r = sq_matcher_match(m, ev);
    sq_matcher_free(m);
    sq_ast_free(ast);
    return r;
}

#define MATCH(ev, s) ck_assert_msg(matches(q, s, ev), "'%s' should match", s)
#define NOMATCH(ev, s) ck_assert_msg(!matches(q, s, ev), "'%s' should not match", s)

static int wm(const char *p, const char *s, int cs) {
    return sq_wildcard_match(p, strlen(p), s, strlen(s), cs);
}

static int tm(const char *p, const char *s) {
    return sq_search_term_match(p, strlen(p), s, strlen(s), 0, SQ_BOUND_ANY);
}

START_TEST(test_wildcard) {
    ck_assert(wm("abc", "ABC", 0));
    ck_assert(!wm("abc", "ABC", 1));
    ck_assert(wm("*", "", 0));
    ck_assert(wm("a*", "a", 0));
    ck_assert(wm("a*c", "abbbc", 0));
    ck_assert(!wm("a*c", "abbbd", 0));
    ck_assert(wm("*ab*ab", "xxabyyabab", 0));
    ck_assert(wm("10.9.165.*", "10.9.165.8", 0));
    ck_assert(!wm("10.9.165.*", "10.9.16.8", 0));
    ck_assert(wm("**x", "x", 0));
    ck_assert(!wm("", "x", 0));
    ck_assert(wm("", "", 0));
}
END_TEST

START_TEST(test_terms) {
    const char *json =
        "{\"eventName\":\"ConsoleLogin\",\"user\":\"admin_user\",\"ip\":\"10.0.0.1\"}";
    ck_assert(tm("ConsoleLogin", json));
    ck_assert(tm("consolelogin", json));
    ck_assert(!tm("Login", json));
    ck_assert(!tm("Console", json));
    ck_assert(tm("*Login", json));
    ck_assert(tm("Console*", json));
    ck_assert(tm("admin", json)); /* '_' is a minor breaker */
    ck_assert(tm("user", json));
    ck_assert(tm("10.0.0.1", json));
    ck_assert(tm("10.0.0", json));
    ck_assert(!tm("10.0.0.12", json));
    ck_assert(tm("eventName\":\"ConsoleLogin", json));
    /* a '*' does not cross a major breaker */
    ck_assert(!tm("failed*password", "failed to read password"));
    ck_assert(tm("failed*password", "failed-password"));
    ck_assert(tm("\"failed password\"", "x \"failed password\" y"));
    ck_assert(tm("failed password", "Failed password for root"));
    ck_assert(!tm("ailed password", "Failed password for root"));
    /* TERM(): only major breakers bound it */
    ck_assert(sq_search_term_match("10.0.0.1", 8, "ip=10.0.0.1 x", 13, 0, SQ_BOUND_MAJOR) == 0);
    ck_assert(sq_search_term_match("ip=10.0.0.1", 11, "ip=10.0.0.1 x", 13, 0, SQ_BOUND_MAJOR));
    ck_assert(!sq_search_term_match("10.0.0", 6, "a 10.0.0.1 b", 12, 0, SQ_BOUND_MAJOR));
    /* many stars: linear, not exponential */
    {
        char text[4096], pat[64];
        memset(text, 'a', sizeof text - 1);
        text[sizeof text - 1] = '\0';
        strcpy(pat, "a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        ck_assert(!tm(pat, text));
        text[sizeof text - 2] = 'b';
        ck_assert(tm(pat, text));
    }
    ck_assert(tm("a*c", "xx abc yy"));
    ck_assert(!tm("a*c", "xx ab c yy"));
    ck_assert(!tm("a*c", "xx abcd yy"));
    ck_assert(tm("a*c*", "xx abcd yy"));
    ck_assert(tm("a*c", "xx ab.c yy"));
    ck_assert(tm("a*c", "xx.ab.c.yy"));
    ck_assert(!tm("a*c", "xxab.c.yy"));
    ck_assert(tm("*b*c", "xxab.c.yy"));
    ck_assert(tm("fail*ed", "FAILED"));
    /* CASE() */
    ck_assert(sq_search_term_match("Foo", 3, "a Foo b", 7, 1, SQ_BOUND_ANY));
    ck_assert(!sq_search_term_match("Foo", 3, "a foo b", 7, 1, SQ_BOUND_ANY));
}
END_TEST

START_TEST(test_cidr) {
    sq_search_cidr c;
    ck_assert(sq_search_cidr_parse("10.0.0.0/8", 10, &c));
    ck_assert(sq_search_cidr_contains(&c, "10.200.3.4", 10));
    ck_assert(!sq_search_cidr_contains(&c, "11.0.0.1", 8));
    ck_assert(!sq_search_cidr_contains(&c, "abc", 3));
    ck_assert(sq_search_cidr_parse("192.168.1.128/25", 16, &c));
    ck_assert(sq_search_cidr_contains(&c, "192.168.1.200", 13));
    ck_assert(!sq_search_cidr_contains(&c, "192.168.1.100", 13));
    ck_assert(sq_search_cidr_parse("2001:db8::/32", 13, &c));
    ck_assert(sq_search_cidr_contains(&c, "2001:db8:1::5", 13));
    ck_assert(!sq_search_cidr_contains(&c, "2001:db9::1", 11));
    ck_assert(!sq_search_cidr_parse("10.0.0.0/33", 11, &c));
    ck_assert(!sq_search_cidr_parse("10.0.0.0", 8, &c));
    ck_assert(!sq_search_cidr_parse("foo/8", 5, &c));
}
END_TEST

START_TEST(test_compare) {
    sq_query *q = new_query();
    sq_event *ev = mkev(q, "a", "1", "user", "Admin", "n", "10", "s", "abc", "ip", "10.1.2.3",
                        "tags", "p|q", "empty", "", NULL);
    MATCH(ev, "a=1");
    NOMATCH(ev, "a=1.0"); /* = compares text */
    MATCH(ev, "user=admin");
    MATCH(ev, "user=ADM*");
    NOMATCH(ev, "User=admin"); /* field names are case-sensitive */
    MATCH(ev, "user=*");
    NOMATCH(ev, "missing=*");
    MATCH(ev, "NOT missing=*");
    NOMATCH(ev, "user!=*");
    MATCH(ev, "user!=bob");
    NOMATCH(ev, "user!=admin");
    NOMATCH(ev, "missing!=x"); /* != needs the field */
    MATCH(ev, "NOT missing=x");
    MATCH(ev, "n>9");
    MATCH(ev, "n>=10");
    NOMATCH(ev, "n<9.5");
    MATCH(ev, "n<=10");
    MATCH(ev, "s>9"); /* not a number: bytes */
    MATCH(ev, "s<b");
    NOMATCH(ev, "missing<5");
    MATCH(ev, "tags=q");
    MATCH(ev, "tags!=q"); /* p differs */
    NOMATCH(ev, "NOT tags=q");
    MATCH(ev, "ip=10.0.0.0/8");
    NOMATCH(ev, "ip=10.1.3.0/24");
    MATCH(ev, "ip=10.1.2.*");
    MATCH(ev, "empty=\"\"");
    MATCH(ev, "empty=*");
    MATCH(ev, "a IN (3, 1)");
    MATCH(ev, "user IN (bob, ad*)");
    NOMATCH(ev, "user IN (bob, carol)");
    MATCH(ev, "NOT user IN (bob, carol)");
    MATCH(ev, "us*=admin"); /* wildcard field name */
    sq_event_free(ev);

    ev = mkev(q, "#count", "5", "#ratio", "0.5", NULL);
    MATCH(ev, "count=5");
    MATCH(ev, "count>4");
    MATCH(ev, "ratio=0.5");
    MATCH(ev, "ratio<1");
    sq_event_free(ev);
    free_query(q);
}
END_TEST

START_TEST(test_boolean) {
    sq_query *q = new_query();
    sq_event *ev = mkev(q, "_raw", "web error at host1", "a", "1", "b", "2", NULL);
    MATCH(ev, "web error");
    NOMATCH(ev, "web failure");
    MATCH(ev, "web OR failure");
    MATCH(ev, "failure OR web error");
    NOMATCH(ev, "failure OR web fatal");
    MATCH(ev, "NOT fatal");
    MATCH(ev, "(a=2 OR b=2) web");
    NOMATCH(ev, "NOT (a=1 b=2)");
    MATCH(ev, "\"web error\"");
    NOMATCH(ev, "\"error web\"");
    MATCH(ev, "*");
    MATCH(ev, "host*");
    MATCH(ev, "TERM(host1)");
    MATCH(ev, "CASE(web)");
    NOMATCH(ev, "CASE(Web)");
    MATCH(ev, "WEB");
    NOMATCH(ev, "web and"); /* lower-case 'and' is a term */
    sq_event_free(ev);

    /* No _raw: a term searches the fields' values. */
    ev = mkev(q, "user", "admin", "count", "3", NULL);
    MATCH(ev, "admin");
    MATCH(ev, "adm*");
    NOMATCH(ev, "root");
    sq_event_free(ev);
    free_query(q);
}
END_TEST

START_TEST(test_time_bounds) {
    sq_query *q = new_query();
    sq_event *ev = mkev(q, "#_time", "1699990000", NULL); /* now - 10000 s */
    MATCH(ev, "earliest=-24h");
    NOMATCH(ev, "earliest=-1h");
    MATCH(ev, "latest=-1h");
    NOMATCH(ev, "latest=-24h");
    MATCH(ev, "earliest=1699990000");
    NOMATCH(ev, "earliest=1699990001");
    MATCH(ev, "earliest=\"11/14/2023:00:00:00\"");
    sq_event_free(ev);

    sq_ast *ast;
    sq_error err = {0};
    ck_assert_int_eq(sq_parse("earliest=banana", 15, SQ_PARSE_SEARCH, &ast, &err), 0);
    sq_matcher *m = NULL;
    ck_assert_int_eq(sq_matcher_compile(q, ast, &m, &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_ARG);
    ck_assert_int_eq(err.span.start, 9);
    sq_ast_free(ast);
    free_query(q);
}
END_TEST

/* A tree built by hand, as the brief's contract describes it. */
static sq_ast *word(const char *t) {
    return sq_ast_new_text(SQ_AST_WORD, t, strlen(t), SQ_NO_SPAN);
}

START_TEST(test_hand_built) {
    sq_query *q = new_query();
    sq_ast *cmp = sq_ast_new(SQ_AST_S_COMPARE, SQ_NO_SPAN);
    cmp->op = SQ_OP_EQ;
    sq_ast_add(cmp, word("user"));
    sq_ast_add(cmp, word("a*"));
    sq_ast *term = sq_ast_new_text(SQ_AST_S_TERM, "login", 5, SQ_NO_SPAN);
    sq_ast * or = sq_ast_new(SQ_AST_S_OR, SQ_NO_SPAN);
    sq_ast_add(or, cmp);
    sq_ast_add(or, term);
    sq_ast *not = sq_ast_new(SQ_AST_S_NOT, SQ_NO_SPAN);
    sq_ast *in = sq_ast_new(SQ_AST_S_IN, SQ_NO_SPAN);
    sq_ast_add(in, word("code"));
    sq_ast_add(in, word("40*"));
    sq_ast_add(in, word("500"));
    sq_ast_add(not, in);
    sq_ast *and = sq_ast_new(SQ_AST_S_AND, SQ_NO_SPAN);
    sq_ast_add(and, or);
    sq_ast_add(and, not );

    sq_matcher *m;
    sq_error err = {0};
    ck_assert_int_eq(sq_matcher_compile(q, and, &m, &err), 0);
    sq_event *e1 = mkev(q, "user", "alice", "code", "200", NULL);
    sq_event *e2 = mkev(q, "user", "alice", "code", "404", NULL);
    sq_event *e3 = mkev(q, "_raw", "user login ok", "user", "bob", NULL);
    sq_event *e4 = mkev(q, "_raw", "user logout", "user", "bob", NULL);
    ck_assert(sq_matcher_match(m, e1));
    ck_assert(!sq_matcher_match(m, e2));
    ck_assert(sq_matcher_match(m, e3));
    ck_assert(!sq_matcher_match(m, e4));
    sq_event_free(e1);
    sq_event_free(e2);
    sq_event_free(e3);
    sq_event_free(e4);
    sq_matcher_free(m);

    /* NULL matches everything */
    ck_assert_int_eq(sq_matcher_compile(q, NULL, &m, &err), 0);
    e1 = sq_event_new();
    ck_assert(sq_matcher_match(m, e1));
    sq_event_free(e1);
    sq_matcher_free(m);

    /* Not a search expression */
    sq_ast *bad = sq_ast_new(SQ_AST_E_NUMBER, (sq_span){3, 5});
    ck_assert_int_eq(sq_matcher_compile(q, bad, &m, &err), -1);
    ck_assert_int_eq(err.span.start, 3);
    sq_ast_free(bad);
    sq_ast_free(and);
    free_query(q);
}
END_TEST

static Suite *search_suite(void) {
    Suite *s = suite_create("search");
    TCase *tc = tcase_create("matcher");
    tcase_add_test(tc, test_wildcard);
    tcase_add_test(tc, test_terms);
    tcase_add_test(tc, test_cidr);
    tcase_add_test(tc, test_compare);
    tcase_add_test(tc, test_boolean);
    tcase_add_test(tc, test_time_bounds);
    tcase_add_test(tc, test_hand_built);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(search_suite)
