/* test_commands.c — the streaming and simple commands (search, where, eval,
 * fillnull, rename, table, fields, head, tail, dedup) and the shared
 * argument readers, run through a plan over hand-made events. */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands/args.h"
#include "splq/parse.h"
#include "splq/plan.h"
#include "unit.h"

static sq_query *new_query(void) {
    sq_query *q = calloc(1, sizeof *q);
    q->syms = sq_symtab_new();
    q->now = 1700000000;
    return q;
}

static void free_query(sq_query *q) {
    sq_symtab_free(q->syms);
    free(q);
}

/* An event from "name=value name2=v1|v2 ..." (values without spaces). */
static sq_event *ev_of(sq_query *q, const char *spec) {
    sq_event *ev = sq_event_new();
    char *copy = strdup(spec), *save = NULL;
    for (char *tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        char *eq = strchr(tok, '=');
        ck_assert_ptr_nonnull(eq);
        *eq = '\0';
        sq_value v = SQ_VALUE_NULL;
        char *p = eq + 1;
        if (strchr(p, '|')) {
            for (char *bar; (bar = strchr(p, '|')); p = bar + 1)
                sq_value_mv_push(&v, sq_value_str(p, (size_t)(bar - p)));
            sq_value_mv_push(&v, sq_value_cstr(p));
        } else {
            v = sq_value_cstr(p);
        }
        sq_event_set(ev, sq_intern_cstr(q->syms, tok), v);
    }
    free(copy);
    return ev;
}

/* "name=value ..." of a row, multivalues joined with '|'. */
static void row_text(sq_query *q, const sq_event *ev, sq_buf *out) {
    for (uint32_t i = 0; i < ev->n; i++) {
        if (i)
            sq_buf_addc(out, ' ');
        sq_buf_adds(out, sq_sym_name(q->syms, ev->fields[i].sym));
        sq_buf_addc(out, '=');
        sq_value_format(&ev->fields[i].val, out, "|");
    }
}

/* Run query (a pipeline, written without the leading '|') over the events
 * (specs, NULL-terminated); the rows as lines.  On error: "ERROR: msg". */
/* Parse text and build its plan into a rowset sink.  -2: it does not
 * parse; -1: the plan cannot be built (err says why either way); 0: *plan
 * is ready.  *pl is set in every case (free it after the plan). */
static int build(sq_query *q, const char *text, sq_ast **pl, sq_op *sink, sq_rowset *rs,
                 sq_plan **plan, sq_error *err) {
    *pl = NULL;
    if (sq_parse(text, strlen(text), SQ_PARSE_QUERY, pl, err) < 0)
        return -2;
    sq_rowset_sink(sink, q, rs);
    return sq_plan_build(q, *pl, sink, plan, err);
}

static char *run(sq_query *q, const char *query, ...) {
    static char result[4096];
    sq_ast *pl;
    sq_error err = {0};
    sq_buf out = SQ_BUF_INIT;
    char text[1024];
    snprintf(text, sizeof text, "| %s", query);
    sq_rowset rs = {0};
    sq_op sink;
    sq_plan *plan;
    int rc = build(q, text, &pl, &sink, &rs, &plan, &err);
    if (rc == -2) {
        snprintf(result, sizeof result, "PARSE: %s", err.msg);
        sq_ast_free(pl);
        return result;
    }
    if (rc == 0) {
        va_list ap;
        va_start(ap, query);
        sq_op *head = sq_plan_head(plan);
        for (const char *spec; rc == 0 && (spec = va_arg(ap, const char *));)
            rc = head->cmd->push(head, ev_of(q, spec), &err);
        va_end(ap);
        if (rc == 0)
            rc = head->cmd->finish ? head->cmd->finish(head, &err) : sq_op_finish_next(head, &err);
        sq_plan_free(plan);
    }
    if (rc < 0) {
        sq_buf_printf(&out, "ERROR: %s", err.msg);
    } else {
        for (size_t i = 0; i < rs.n; i++) {
            row_text(q, rs.rows[i], &out);
            sq_buf_addc(&out, '\n');
        }
    }
    snprintf(result, sizeof result, "%s", sq_buf_cstr(&out));
    sq_buf_free(&out);
    sq_rowset_free(&rs);
    sq_ast_free(pl);
    return result;
}

#define RUN(...) run(q, __VA_ARGS__, NULL)
#define EXPECT(got, want) ck_assert_str_eq(got, want)

static int is_error(const char *r) {
    return strncmp(r, "ERROR: ", 7) == 0;
}

START_TEST(test_search_where) {
    sq_query *q = new_query();
    EXPECT(RUN("search a=1", "a=1", "a=1.0", "a=2 b=1"), "a=1\n");
    EXPECT(RUN("search a=1 OR b=1", "a=1", "a=1.0", "a=2 b=1"), "a=1\na=2 b=1\n");
    EXPECT(RUN("search NOT b=1", "a=1", "a=2 b=1", "b=2"), "a=1\nb=2\n");
    EXPECT(RUN("search b!=1", "a=1", "a=2 b=1", "b=2"), "b=2\n");
    EXPECT(RUN("search *", "a=1", "b=2"), "a=1\nb=2\n");
    EXPECT(RUN("where a>1", "a=1", "a=5", "b=3"), "a=5\n");
    EXPECT(RUN("where isnull(a)", "a=1", "b=3"), "b=3\n");
    free_query(q);
}
END_TEST

START_TEST(test_eval) {
    sq_query *q = new_query();
    EXPECT(RUN("eval b=a*2, c=b+1", "a=2"), "a=2 b=4 c=5\n");
    EXPECT(RUN("eval a=null()", "a=2 b=1"), "b=1\n");
    EXPECT(RUN("eval a=\"x\"", "a=2 b=1"), "a=x b=1\n");
    EXPECT(RUN("eval {k}=v", "k=name v=1", "v=2"), "k=name v=1 name=1\nv=2\n");
    EXPECT(RUN("eval a{}.{k}=v", "k=n v=1"), "k=n v=1 a{}.n=1\n");
    EXPECT(RUN("eval a{}=v", "v=1"), "v=1 a{}=1\n");
    const char *r = RUN("eval x=a>1", "a=2");
    ck_assert_msg(is_error(r) && strstr(r, "Boolean"), "%s", r);
    r = RUN("eval x=if(a>1, a=1, 0)", "a=2");
    ck_assert_msg(is_error(r) && strstr(r, "Boolean"), "%s", r);
    free_query(q);
}
END_TEST

START_TEST(test_fillnull) {
    sq_query *q = new_query();
    EXPECT(RUN("fillnull", "a=1", "b=2", "_x=1"), "a=1 b=0\na=0 b=2\n_x=1 a=0 b=0\n");
    EXPECT(RUN("fillnull value=NULL b c", "a=1", "b=2"), "a=1 b=NULL c=NULL\nb=2 c=NULL\n");
    EXPECT(RUN("fillnull value=\"n/a\"", "a=1", "b="), "a=1 b=n/a\na=n/a b=\n");
    const char *r = RUN("fillnull foo=1", "a=1");
    ck_assert_msg(is_error(r) && strstr(r, "unknown option"), "%s", r);
    free_query(q);
}
END_TEST

START_TEST(test_rename) {
    sq_query *q = new_query();
    EXPECT(RUN("rename a AS b", "a=1 c=2"), "b=1 c=2\n");
    EXPECT(RUN("rename a AS b", "c=2 b=3"), "c=2\n"); /* missing a: b goes */
    EXPECT(RUN("rename a AS b", "a=1 b=3"), "b=1\n");
    EXPECT(RUN("rename a AS \"x y\", c as d", "a=1 c=2"), "x y=1 d=2\n");
    /* the renamed field takes the place of the one it replaces (event.c) */
    EXPECT(RUN("rename p.* AS *", "p.a=1 x=0 p.b=2 a=9"), "x=0 b=2 a=1\n");
    EXPECT(RUN("rename *_id AS id_*", "user_id=1 x=0"), "id_user=1 x=0\n");
    EXPECT(RUN("rename * AS x_*", "a=1 x_a=2"), "x_a=1 x_x_a=2\n");
    EXPECT(RUN("rename *_a AS *", "x_a=1 y=0 x=2 z_a=3"), "y=0 x=1 z=3\n");
    EXPECT(RUN("rename a* AS b*", "a1=1 a2=2 b1=0"), "b2=2 b1=1\n");
    EXPECT(RUN("rename a* AS b*c*", "a=1"),
           "ERROR: wildcard mismatch: 'a*' and 'b*c*' need the same number of '*'");
    const char *r = RUN("rename a", "a=1");
    ck_assert_msg(is_error(r), "%s", r);
    r = RUN("rename a AS b, a AS c", "a=1");
    ck_assert_msg(is_error(r) && strstr(r, "twice"), "%s", r);
    free_query(q);
}
END_TEST

START_TEST(test_table_fields) {
    sq_query *q = new_query();
    EXPECT(RUN("table c a", "_raw=r a=1 b=2 c=3"), "c=3 a=1\n");
    EXPECT(RUN("table x*, a", "x2=1 a=0 x1=2 xa=3"), "x1=2 x2=1 xa=3 a=0\n");
    EXPECT(RUN("table a a", "a=1"), "a=1\n");
    EXPECT(RUN("fields c a", "_raw=r a=1 b=2 _time=5 c=3"), "_raw=r _time=5 c=3 a=1\n");
    EXPECT(RUN("fields + a", "_raw=r a=1 b=2"), "_raw=r a=1\n");
    EXPECT(RUN("fields - a", "_raw=r a=1 b=2"), "_raw=r b=2\n");
    EXPECT(RUN("fields - *", "_raw=r a=1 b=2 _time=1"), "_raw=r _time=1\n");
    EXPECT(RUN("fields - _*", "_raw=r a=1 _time=1"), "a=1\n");
    EXPECT(RUN("fields - _raw, b*", "_raw=r a=1 b1=2 b2=3"), "a=1\n");
    EXPECT(RUN("fields _time a", "_raw=r a=1 _time=1"), "_raw=r _time=1 a=1\n");
    const char *r = RUN("table", "a=1");
    ck_assert_msg(is_error(r), "%s", r);
    free_query(q);
}
END_TEST

START_TEST(test_head_tail) {
    sq_query *q = new_query();
    EXPECT(RUN("head 2", "n=1", "n=2", "n=3"), "n=1\nn=2\n");
    EXPECT(RUN("head limit=1", "n=1", "n=2"), "n=1\n");
    EXPECT(RUN("head 0", "n=1"), "");
    EXPECT(
        RUN("head", "n=1", "n=2", "n=3", "n=4", "n=5", "n=6", "n=7", "n=8", "n=9", "n=10", "n=11"),
        "n=1\nn=2\nn=3\nn=4\nn=5\nn=6\nn=7\nn=8\nn=9\nn=10\n");
    EXPECT(RUN("tail 2", "n=1", "n=2", "n=3"), "n=3\nn=2\n");
    EXPECT(RUN("tail 5", "n=1", "n=2"), "n=2\nn=1\n");
    EXPECT(RUN("tail 0", "n=1"), "");
    EXPECT(
        RUN("tail", "n=1", "n=2", "n=3", "n=4", "n=5", "n=6", "n=7", "n=8", "n=9", "n=10", "n=11"),
        "n=11\nn=10\nn=9\nn=8\nn=7\nn=6\nn=5\nn=4\nn=3\nn=2\n");
    ck_assert(is_error(RUN("head x", "n=1")));
    ck_assert(is_error(RUN("head -1", "n=1")));
    ck_assert(is_error(RUN("head 2 limit=3", "n=1")));
    ck_assert(is_error(RUN("head keeplast=t", "n=1")));
    ck_assert(is_error(RUN("tail 1 2", "n=1")));
    free_query(q);
}
END_TEST

START_TEST(test_dedup) {
    sq_query *q = new_query();
    EXPECT(RUN("dedup a", "a=1 n=1", "a=2 n=2", "a=1 n=3", "n=4"), "a=1 n=1\na=2 n=2\n");
    EXPECT(RUN("dedup 2 a", "a=1 n=1", "a=1 n=2", "a=1 n=3"), "a=1 n=1\na=1 n=2\n");
    EXPECT(RUN("dedup a b", "a=1 b=1", "a=1 b=2", "a=1 b=1", "a=1"), "a=1 b=1\na=1 b=2\n");
    EXPECT(RUN("dedup a keepempty=true", "a=1", "n=1", "a=1", "n=2"), "a=1\nn=1\nn=2\n");
    EXPECT(RUN("dedup a consecutive=true", "a=1 n=1", "a=1 n=2", "a=2 n=3", "a=1 n=4"),
           "a=1 n=1\na=2 n=3\na=1 n=4\n");
    EXPECT(RUN("dedup a keepevents=true", "a=1 n=1", "a=1 n=2"), "a=1 n=1\nn=2\n");
    /* multivalue: all values must match */
    EXPECT(RUN("dedup m", "m=x|y n=1", "m=x n=2", "m=x|y n=3", "m=y|x n=4"),
           "m=x|y n=1\nm=x n=2\nm=y|x n=4\n");
    /* values compare exactly */
    EXPECT(RUN("dedup a", "a=A", "a=a", "a=1", "a=1.0"), "a=A\na=a\na=1\na=1.0\n");
    /* sortby decides which one stays; output in sort order */
    EXPECT(RUN("dedup a sortby -n", "a=1 n=1", "a=2 n=5", "a=1 n=10", "a=2 n=2"),
           "a=1 n=10\na=2 n=5\n");
    EXPECT(RUN("dedup a sortby +str(n)", "a=1 n=9", "a=1 n=10"), "a=1 n=10\n");
    EXPECT(RUN("dedup a sortby + n", "a=1 n=9", "a=1 n=10", "a=2"), "a=1 n=9\na=2\n");
    ck_assert(is_error(RUN("dedup", "a=1")));
    ck_assert(is_error(RUN("dedup 0 a", "a=1")));
    ck_assert(is_error(RUN("dedup a sortby", "a=1")));
    ck_assert(is_error(RUN("dedup a keepempty=maybe", "a=1")));
    free_query(q);
}
END_TEST

/* The argument readers on their own. */
START_TEST(test_args) {
    sq_ast *pl = NULL;
    sq_error err = {0};
    const char *text = "| x 5 limit=3 flag=f a, b AS c d by e, f";
    ck_assert_int_eq(sq_parse(text, strlen(text), SQ_PARSE_QUERY, &pl, &err), 0);
    const sq_ast *stage = pl->kids[0];
    long long limit = 0;
    int flag = 1;
    const sq_ast *limit_at = NULL;
    sq_optspec specs[] = {
        {.key = "limit", .kind = SQ_OPT_INT, .dst = &limit, .min = 1, .max = 10, .seen = &limit_at},
        {.key = "flag", .kind = SQ_OPT_BOOL, .dst = &flag},
    };
    sq_args a;
    ck_assert_int_eq(sq_args_init(&a, stage, specs, 2, &err), 0);
    ck_assert_int_eq(limit, 3);
    ck_assert_int_eq(flag, 0);
    ck_assert_ptr_nonnull(limit_at);
    ck_assert(sq_arg_is_int(sq_args_peek(&a)));
    sq_args_next(&a);
    static const char *const stop[] = {"by", NULL};
    sq_aslist as = {0};
    ck_assert_int_eq(sq_args_as_list(&a, stop, 0, &as, &err), 0);
    ck_assert_int_eq(as.n, 3);
    ck_assert_str_eq(as.items[0].from->text, "a");
    ck_assert_ptr_null(as.items[0].to);
    ck_assert_str_eq(as.items[1].to->text, "c");
    ck_assert_str_eq(as.items[2].from->text, "d");
    sq_nodelist by = {0};
    ck_assert_int_eq(sq_args_by(&a, NULL, &by, &err), 1);
    ck_assert_int_eq(by.n, 2);
    ck_assert_str_eq(by.items[1]->text, "f");
    ck_assert_int_eq(sq_args_expect_end(&a, &err), 0);
    sq_aslist_free(&as);
    sq_nodelist_free(&by);
    sq_args_free(&a);

    /* out of range, unknown option */
    limit = 0;
    specs[0].max = 2;
    ck_assert_int_eq(sq_args_init(&a, stage, specs, 2, &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_ARG);
    specs[0].max = 10;
    ck_assert_int_eq(sq_args_init(&a, stage, specs, 1, &err), -1);
    ck_assert_msg(strstr(err.msg, "unknown option 'flag'"), "%s", err.msg);
    ck_assert_int_eq(err.span.start, (int)(strstr(text, "flag") - text));
    sq_ast_free(pl);

    int b;
    ck_assert(sq_parse_bool("TRUE", &b) && b == 1);
    ck_assert(sq_parse_bool("f", &b) && b == 0);
    ck_assert(!sq_parse_bool("maybe", &b));
    long long v;
    ck_assert(sq_parse_int("-12", &v) && v == -12);
    ck_assert(!sq_parse_int("1.5", &v));
    ck_assert(!sq_parse_int("", &v));
    ck_assert(!sq_parse_int("99999999999999999999", &v));
}
END_TEST

START_TEST(test_signed) {
    sq_ast *pl = NULL;
    sq_error err = {0};
    const char *text = "| x -a + b num(c) -str(d)";
    ck_assert_int_eq(sq_parse(text, strlen(text), SQ_PARSE_QUERY, &pl, &err), 0);
    sq_args a;
    ck_assert_int_eq(sq_args_init(&a, pl->kids[0], NULL, 0, &err), 0);
    int sign;
    const sq_ast *node;
    const char *name;
    ck_assert_int_eq(sq_args_signed(&a, &sign, &node, &name, &err), 0);
    ck_assert_int_eq(sign, '-');
    ck_assert_str_eq(name, "a");
    ck_assert_int_eq(sq_args_signed(&a, &sign, &node, &name, &err), 0);
    ck_assert_int_eq(sign, '+');
    ck_assert_str_eq(name, "b");
    ck_assert_int_eq(sq_args_signed(&a, &sign, &node, &name, &err), 0);
    ck_assert_int_eq(sign, 0);
    ck_assert_str_eq(name, "num");
    ck_assert_int_eq(node->kind, SQ_AST_CALL);
    ck_assert_int_eq(sq_args_signed(&a, &sign, &node, &name, &err), 0);
    ck_assert_int_eq(sign, '-');
    ck_assert_str_eq(name, "str");
    ck_assert(sq_args_done(&a));
    ck_assert_int_eq(sq_args_signed(&a, &sign, &node, &name, &err), -1);
    sq_args_free(&a);
    sq_ast_free(pl);
}
END_TEST

START_TEST(test_registry) {
    size_t n;
    const sq_command *const *all = sq_command_all(&n);
    ck_assert(n >= 10);
    for (size_t i = 1; i < n; i++)
        ck_assert_msg(strcmp(all[i - 1]->name, all[i]->name) < 0, "registry not sorted at %s",
                      all[i]->name);
    ck_assert_ptr_nonnull(sq_command_lookup("dedup"));
    ck_assert_ptr_nonnull(sq_command_lookup("SEARCH"));
    ck_assert_ptr_null(sq_command_lookup("nosuchcommand"));
}
END_TEST

/* Each command's registry options (what the REPL completes) are exactly
 * the options its setup accepts: every listed one is known, and the
 * unknown-option error, which lists what setup accepts, lists no other. */
START_TEST(test_registry_options) {
    size_t n;
    const sq_command *const *all = sq_command_all(&n);
    sq_query *q = new_query();
    for (size_t i = 0; i < n; i++) {
        const sq_command *c = all[i];
        if (c->refusal)
            continue;
        char text[256];
        sq_buf want = SQ_BUF_INIT;
        for (size_t k = 0; c->options && c->options[k]; k++) {
            const char *o = c->options[k];
            if (o[strlen(o) - 1] != '=')
                continue;
            sq_buf_printf(&want, "%s%s", want.len ? ", " : "", o);
            snprintf(text, sizeof text, "%s %s1", c->name, o);
            const char *ok = RUN(text);
            ck_assert_msg(!strstr(ok, "unknown option"), "%s: %s", c->name, ok);
        }
        snprintf(text, sizeof text, "%s zzbogus=1", c->name);
        const char *r = RUN(text);
        const char *list = strstr(r, "(options: ");
        /* A command without options reads key=value as something else. */
        if (list || want.len) {
            ck_assert_msg(list, "%s: %s", c->name, r);
            sq_buf_adds(&want, ")");
            ck_assert_msg(strcmp(list + strlen("(options: "), sq_buf_cstr(&want)) == 0,
                          "%s: setup takes %s, the registry lists %s", c->name, list,
                          sq_buf_cstr(&want));
        }
        sq_buf_free(&want);
    }
    free_query(q);
}
END_TEST

/* Ctrl-C during a blocking command's finish (the feed loop is over by
 * then): the run stops with "interrupted" and nothing comes out. */
START_TEST(test_cancel_in_finish) {
    static const char *const queries[] = {"| sort 0 n",
                                          "| sort 5 -n",
                                          "| stats count by n",
                                          "| dedup k sortby n",
                                          "| eventstats count by k",
                                          "| reverse"};
    for (size_t t = 0; t < sizeof queries / sizeof *queries; t++) {
        sq_query *q = new_query();
        sq_env env;
        memset(&env, 0, sizeof env);
        volatile sig_atomic_t flag = 0;
        env.cancel = &flag;
        q->env = &env;
        sq_ast *pl = NULL;
        sq_error err = {0};
        ck_assert_int_eq(sq_parse(queries[t], strlen(queries[t]), SQ_PARSE_QUERY, &pl, &err), 0);
        sq_rowset rs = {0};
        sq_op sink;
        sq_rowset_sink(&sink, q, &rs);
        sq_plan *plan;
        ck_assert_int_eq(sq_plan_build(q, pl, &sink, &plan, &err), 0);
        sq_op *head = sq_plan_head(plan);
        for (int i = 0; i < 3000; i++) {
            char spec[64];
            snprintf(spec, sizeof spec, "n=%d k=k%d", (i * 7919) % 3000, i % 10);
            ck_assert_int_eq(head->cmd->push(head, ev_of(q, spec), &err), 0);
        }
        flag = 1;
        int rc = head->cmd->finish ? head->cmd->finish(head, &err) : sq_op_finish_next(head, &err);
        ck_assert_msg(rc < 0 && strstr(err.msg, "interrupted"), "%s: rc %d, %s", queries[t], rc,
                      err.msg);
        ck_assert_msg(rs.n == 0, "%s: %zu rows came out", queries[t], rs.n);
        sq_plan_free(plan);
        sq_rowset_free(&rs);
        sq_ast_free(pl);
        free_query(q);
    }
}
END_TEST

/* The columns a plan names (sq_plan_columns), as "a,b" or "-" for none. */
static const char *plan_columns(sq_query *q, const char *query) {
    static char out[256];
    sq_ast *pl;
    sq_error err = {0};
    sq_rowset rs = {0};
    sq_op sink;
    sq_plan *plan;
    strcpy(out, "ERROR");
    if (build(q, query, &pl, &sink, &rs, &plan, &err) == 0) {
        const sq_sym *syms;
        size_t n = sq_plan_columns(plan, &syms);
        out[0] = '\0';
        for (size_t i = 0; i < n; i++)
            snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? "," : "",
                     sq_sym_name(q->syms, syms[i]));
        if (!n)
            strcpy(out, "-");
        sq_plan_free(plan);
    }
    sq_ast_free(pl);
    return out;
}

START_TEST(test_plan_columns) {
    sq_query *q = new_query();
    ck_assert_str_eq(plan_columns(q, "| makeresults | table b a"), "b,a");
    ck_assert_str_eq(plan_columns(q, "* | table a \"b c\" a"), "a,b c"); /* once each */
    /* only commands that keep fields as they are may follow the table */
    ck_assert_str_eq(plan_columns(q, "* | table a b | where a=1 | sort - b | head 3 | dedup a"),
                     "a,b");
    ck_assert_str_eq(plan_columns(q, "* | table a b | search a=1 | reverse | tail 2 | uniq"),
                     "a,b");
    ck_assert_str_eq(plan_columns(q, "* | table a b | eval c=1"), "-");
    ck_assert_str_eq(plan_columns(q, "* | table a b | rename a AS x"), "-");
    ck_assert_str_eq(plan_columns(q, "* | table a b | fields a"), "-");
    ck_assert_str_eq(plan_columns(q, "* | table a b* c"), "-");
    ck_assert_str_eq(plan_columns(q, "* | stats count by a"), "-");
    /* the last table counts */
    ck_assert_str_eq(plan_columns(q, "* | table a b | table b"), "b");
    free_query(q);
}
END_TEST

static Suite *commands_suite(void) {
    Suite *s = suite_create("commands");
    TCase *tc = tcase_create("simple");
    tcase_add_test(tc, test_search_where);
    tcase_add_test(tc, test_eval);
    tcase_add_test(tc, test_fillnull);
    tcase_add_test(tc, test_rename);
    tcase_add_test(tc, test_table_fields);
    tcase_add_test(tc, test_head_tail);
    tcase_add_test(tc, test_dedup);
    tcase_add_test(tc, test_args);
    tcase_add_test(tc, test_signed);
    tcase_add_test(tc, test_registry);
    tcase_add_test(tc, test_registry_options);
    tcase_add_test(tc, test_cancel_in_finish);
    tcase_add_test(tc, test_plan_columns);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(commands_suite)
