/* test_parse.c — the lexer and parser: shapes, precedence, round trips, errors. */
#include <stdlib.h>
#include <string.h>

#include "splq/parse.h"
#include "unit.h"

static sq_ast *parse_ok(const char *q, sq_parse_mode mode) {
    sq_ast *a = NULL;
    sq_error e = {0};
    int rc = sq_parse(q, strlen(q), mode, &a, &e);
    ck_assert_msg(rc == 0, "parse failed for <%s>: %s", q, e.msg);
    return a;
}

static sq_error parse_err(const char *q) {
    sq_ast *a = NULL;
    sq_error e = {0};
    int rc = sq_parse(q, strlen(q), SQ_PARSE_QUERY, &a, &e);
    ck_assert_msg(rc < 0, "expected an error for <%s>", q);
    ck_assert_ptr_null(a);
    return e;
}

/* Canonical SPL of a tree, as a malloc'd string. */
static char *spl(const sq_ast *a) {
    sq_buf b = SQ_BUF_INIT;
    sq_ast_to_spl(a, &b);
    return sq_buf_steal(&b);
}

static void assert_spl(const char *q, sq_parse_mode mode, const char *want) {
    sq_ast *a = parse_ok(q, mode);
    char *got = spl(a);
    ck_assert_str_eq(got, want);
    sq_ast *b = parse_ok(got, mode);
    ck_assert_msg(sq_ast_equal(a, b), "round trip changed the tree of <%s>", q);
    free(got);
    sq_ast_free(a);
    sq_ast_free(b);
}

START_TEST(founding_rule_shape) {
    const char *q = "sourcetype=aws:cloudtrail eventName = JobCreated\n| fillnull\n"
                    "| rename user_name as user\n"
                    "| stats count min(_time) as firstTime max(_time) as lastTime\n"
                    "BY signature dest user\nuser_agent src vendor_account\n"
                    "vendor_region vendor_product\n"
                    "| convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(firstTime)\n| search *";
    sq_ast *a = parse_ok(q, SQ_PARSE_QUERY);
    ck_assert_int_eq(a->kind, SQ_AST_PIPELINE);
    ck_assert_int_eq(a->nkids, 6);
    const sq_ast *s0 = a->kids[0];
    ck_assert(s0->flags & SQ_AST_IMPLICIT);
    ck_assert_int_eq(s0->kids[0]->kind, SQ_AST_S_AND);
    const sq_ast *cmp = s0->kids[0]->kids[1];
    ck_assert_int_eq(cmp->kind, SQ_AST_S_COMPARE);
    ck_assert_str_eq(cmp->kids[0]->text, "eventName");
    ck_assert_str_eq(cmp->kids[1]->text, "JobCreated");
    ck_assert_str_eq(a->kids[3]->text, "stats");
    ck_assert_int_eq(a->kids[3]->kids[1]->kind, SQ_AST_CALL);
    const sq_ast *conv = a->kids[4];
    ck_assert_int_eq(conv->kids[0]->kind, SQ_AST_OPTION);
    ck_assert_str_eq(conv->kids[0]->kids[0]->text, "%Y-%m-%dT%H:%M:%S");
    /* Spans point at the command name in the text. */
    ck_assert_int_eq(strncmp(q + a->kids[1]->span.start, "fillnull", 8), 0);
    sq_ast_free(a);
}
END_TEST

START_TEST(search_precedence) {
    /* NOT > OR > implicit AND */
    assert_spl("a OR b c", SQ_PARSE_QUERY, "a OR b c");
    sq_ast *a = parse_ok("a OR b c", SQ_PARSE_SEARCH);
    ck_assert_int_eq(a->kind, SQ_AST_S_AND);
    ck_assert_int_eq(a->kids[0]->kind, SQ_AST_S_OR);
    sq_ast_free(a);
    assert_spl("(a b) OR c", SQ_PARSE_QUERY, "(a b) OR c");
    assert_spl("NOT a=1 b!=2", SQ_PARSE_QUERY, "NOT a=1 b!=2");
    assert_spl("NOT (a OR b)", SQ_PARSE_QUERY, "NOT (a OR b)");
    assert_spl("a AND (b AND c)", SQ_PARSE_QUERY, "a b c");
    assert_spl("x IN (1, \"two\", 3*)", SQ_PARSE_QUERY, "x IN (1, \"two\", 3*)");
    assert_spl("src=\"10.0.0.0/8\" url=http://a/b?c=d", SQ_PARSE_QUERY,
               "src=\"10.0.0.0/8\" url=http://a/b?c=d");
    assert_spl("TERM(10.1.1.1) lower and or", SQ_PARSE_QUERY, "TERM(10.1.1.1) lower and or");
}
END_TEST

START_TEST(eval_precedence) {
    assert_spl("1 + 2 * 3", SQ_PARSE_EXPR, "1 + 2 * 3");
    assert_spl("(1 + 2) * 3", SQ_PARSE_EXPR, "(1 + 2) * 3");
    assert_spl("a OR b AND c", SQ_PARSE_EXPR, "a OR b AND c");
    assert_spl("(a OR b) AND c", SQ_PARSE_EXPR, "(a OR b) AND c");
    assert_spl("NOT a = 1", SQ_PARSE_EXPR, "NOT a = 1");
    assert_spl("a - (b - c)", SQ_PARSE_EXPR, "a - (b - c)");
    assert_spl("-x . \"s\"", SQ_PARSE_EXPR, "-x . \"s\"");
    assert_spl("'userIdentity.arn' == \"x\\\"y\"", SQ_PARSE_EXPR, "'userIdentity.arn' == \"x\\\"y\"");
    assert_spl("if(like(a, \"%x\"), in(b, \"c\"), x IN (1, 2))", SQ_PARSE_EXPR,
               "if(like(a, \"%x\"), in(b, \"c\"), x IN (1, 2))");
    assert_spl("a like \"b%\" and c", SQ_PARSE_EXPR, "a LIKE \"b%\" AND c");
    sq_ast *a = parse_ok("a OR b AND c", SQ_PARSE_EXPR);
    ck_assert_int_eq(a->op, SQ_OP_OR);
    sq_ast_free(a);
}
END_TEST

START_TEST(commands_and_subsearches) {
    assert_spl("| tstats count from datamodel=Endpoint.Processes where Processes.x IN (\"a\") "
               "NOT Processes.u=SYSTEM by Processes.dest _time span=1h",
               SQ_PARSE_QUERY,
               "| tstats count from datamodel=Endpoint.Processes where Processes.x IN (\"a\") "
               "NOT Processes.u=SYSTEM by Processes.dest _time span=1h");
    assert_spl("x | join type=left a [search index=y | stats count(eval(a>1)) as n by a]",
               SQ_PARSE_QUERY,
               "x | join type=left a [search index=y | stats count(eval(a > 1)) as n by a]");
    assert_spl("x | foreach * [eval <<FIELD>>=<<FIELD>>.\"x\"]", SQ_PARSE_QUERY,
               "x | foreach * [eval <<FIELD>>=<<FIELD>> . \"x\"]");
    assert_spl("x | eval a=1, 'b c'=a*2 | where a>1", SQ_PARSE_QUERY,
               "x | eval a=1, 'b c'=a * 2 | where a > 1");
    assert_spl("x | rex field=a \"(?<u>\\\\w+)\\\"\" | table a, b", SQ_PARSE_QUERY,
               "x | rex field=a \"(?<u>\\\\w+)\\\"\" | table a, b");
    assert_spl("| makeresults | eval x=1", SQ_PARSE_QUERY, "| makeresults | eval x=1");
    assert_spl("x NOT [| inputlookup l | fields a]", SQ_PARSE_QUERY,
               "x NOT [| inputlookup l | fields a]");
    assert_spl("x | regex a!=\"^b\"", SQ_PARSE_QUERY, "x | regex a!=\"^b\"");
}
END_TEST

START_TEST(errors_have_positions) {
    /* A query that ends inside a bracket is reported at that bracket. */
    sq_error e = parse_err("a | eval x=(1+");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_int_eq(e.span.start, 11);
    ck_assert_str_eq(e.msg, "'(' is not closed");
    e = parse_err("a | join x [search b | stats count");
    ck_assert_int_eq(e.span.start, 11);
    e = parse_err("a | where x=1 by");
    ck_assert_str_eq(e.msg, "unexpected 'by'");
    /* Closed subsearches do not count towards the nesting limit. */
    sq_buf many = SQ_BUF_INIT;
    for (int i = 0; i < 300; i++)
        sq_buf_adds(&many, "a [search b] ");
    sq_ast *ok = parse_ok(many.data, SQ_PARSE_QUERY);
    sq_ast_free(ok);
    sq_buf_free(&many);
    e = parse_err("a ) b");
    ck_assert_int_eq(e.span.start, 2);
    e = parse_err("a \"open");
    ck_assert_int_eq(e.span.start, 2);
    ck_assert_ptr_nonnull(strstr(e.msg, "unterminated"));
    e = parse_err("a | ");
    ck_assert_ptr_nonnull(strstr(e.msg, "command"));
    e = parse_err("a ]");
    ck_assert_int_eq(e.span.start, 2);
    e = parse_err("a | stats count(x");
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
}
END_TEST

START_TEST(nesting_is_limited) {
    size_t n = 100000;
    char *q = malloc(2 * n + 2);
    memset(q, '(', n);
    q[n] = 'a';
    memset(q + n + 1, ')', n);
    q[2 * n + 1] = '\0';
    sq_error e = parse_err(q);
    ck_assert_int_eq(e.code, SQ_ERR_SYNTAX);
    ck_assert_ptr_nonnull(strstr(e.msg, "deeply"));
    memset(q, '[', n);
    e = parse_err(q);
    ck_assert_ptr_nonnull(strstr(e.msg, "deeply"));
    free(q);
}
END_TEST

START_TEST(nul_byte_is_an_error) {
    sq_ast *a = NULL;
    sq_error e = {0};
    ck_assert_int_eq(sq_parse("a\0b", 3, SQ_PARSE_QUERY, &a, &e), -1);
    ck_assert_int_eq(e.span.start, 1);
}
END_TEST

static Suite *parse_suite(void) {
    Suite *s = suite_create("parse");
    TCase *tc = tcase_create("parse");
    tcase_add_test(tc, founding_rule_shape);
    tcase_add_test(tc, search_precedence);
    tcase_add_test(tc, eval_precedence);
    tcase_add_test(tc, commands_and_subsearches);
    tcase_add_test(tc, errors_have_positions);
    tcase_add_test(tc, nesting_is_limited);
    tcase_add_test(tc, nul_byte_is_an_error);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(parse_suite)
