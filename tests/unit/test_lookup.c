/* test_lookup.c — the lookup library (src/core/lookup*.c): CSV reading and
 * writing, definitions from YAML and transforms.conf, name resolution, and
 * applying a lookup to events (exact, case-insensitive, WILDCARD, CIDR,
 * max/min_matches, OUTPUT vs OUTPUTNEW). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "splq/buf.h"
#include "splq/lookup.h"
#include "unit.h"

/* A temporary lookup directory, removed by rmtree at the end of a test. */
static char *mkdir_tmp(void) {
    char tmpl[] = "/tmp/splq-lookup-XXXXXX";
    char *d = mkdtemp(tmpl);
    ck_assert_ptr_nonnull(d);
    return strdup(d);
}

static void put(const char *dir, const char *name, const char *text) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

static void rmtree(char *dir) {
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(dir);
}

typedef struct fixture {
    char *dir;
    sq_env env;
    sq_query q;
} fixture;

static void fx_open(fixture *fx) {
    memset(fx, 0, sizeof *fx);
    fx->dir = mkdir_tmp();
    put(fx->dir, "users.csv",
        "\xEF\xBB\xBFuser,dept,note\r\nalice,Eng,\"says \"\"hi\"\", twice\"\r\nbob,Sales,\r\n"
        "Carol,Ops,\"two\nlines\"\r\n");
    put(fx->dir, "users.yml", "name: users\nfilename: users.csv\n");
    put(fx->dir, "users_ci.yml",
        "name: users_ci\nfilename: users.csv\ncase_sensitive_match: 'false'\n");
    put(fx->dir, "pat.csv", "proc,label\n*.ps1,script\npowershell*,ps\n*,other\n");
    put(fx->dir, "transforms.conf",
        "[pat]\nfilename = pat.csv\nmatch_type = WILDCARD(proc)\ncase_sensitive_match = false\n"
        "\n[pat_first]\nfilename = pat.csv\nmatch_type = WILDCARD(proc)\nmax_matches = 1\n"
        "\n[nets]\nfilename = nets.csv\nmatch_type = CIDR(net)\nmax_matches = 1\n"
        "\n[codes]\nfilename = codes.csv\nmin_matches = 2\ndefault_match = none\n"
        "\n[extract]\nREGEX = x\n"
        "\n[kv]\ncollection = kvcoll\nfields_list = a, b\n");
    put(fx->dir, "nets.csv", "net,zone\n10.1.0.0/16,lab\n10.0.0.0/8,corp\n::1,loop\n");
    put(fx->dir, "codes.csv", "code,text\n1,one\n");
    fx->env.lookups = sq_lookups_new();
    sq_error err;
    ck_assert_int_eq(sq_lookups_add_dir(fx->env.lookups, fx->dir, &err), 0);
    fx->env.now = -1;
    fx->q.env = &fx->env;
    fx->q.syms = sq_symtab_new();
}

static void fx_close(fixture *fx) {
    sq_lookups_free(fx->env.lookups);
    sq_symtab_free(fx->q.syms);
    rmtree(fx->dir);
}

/* Apply `table in_col AS in_field OUTPUT out_col` to an event with
 * in_field=value (a|b for a multivalue); return the output's display text
 * (values joined by ","), or "(none)". */
static char *apply1(fixture *fx, const char *table, const char *col, const char *value,
                    const char *out, int outputnew, const char *prior) {
    const char *in_cols[] = {col}, *in_fields[] = {"f"};
    const char *out_cols[] = {out}, *out_fields[] = {"o"};
    sq_lookup_spec spec = {table, in_cols, in_fields, 1, out_cols, out_fields, 1, outputnew};
    sq_lookup_call *c;
    sq_error err;
    ck_assert_msg(sq_lookup_call_new(&fx->q, &spec, &c, &err) == 0, "%s", err.msg);
    sq_event *ev = sq_event_new();
    sq_value v = SQ_VALUE_NULL;
    if (value) {
        char *copy = strdup(value), *save = NULL;
        for (char *t = strtok_r(copy, "|", &save); t; t = strtok_r(NULL, "|", &save))
            sq_value_mv_push(&v, sq_value_cstr(t));
        free(copy);
        if (v.type == SQ_MV && v.u.mv.n == 1) {
            sq_value one = sq_value_copy(&v.u.mv.items[0]);
            sq_value_free(&v);
            v = one;
        }
        sq_event_set(ev, sq_intern_cstr(fx->q.syms, "f"), v);
    }
    if (prior)
        sq_event_set(ev, sq_intern_cstr(fx->q.syms, "o"), sq_value_cstr(prior));
    sq_lookup_call_apply(c, ev);
    sq_value *o = sq_event_get(ev, sq_intern_cstr(fx->q.syms, "o"));
    sq_buf b = SQ_BUF_INIT;
    if (o)
        sq_value_format(o, &b, ",");
    else
        sq_buf_adds(&b, "(none)");
    sq_event_free(ev);
    sq_lookup_call_free(c);
    return sq_buf_steal(&b);
}

#define CHECK_APPLY(want, ...)                                                                     \
    do {                                                                                           \
        char *got = apply1(&fx, __VA_ARGS__);                                                      \
        ck_assert_str_eq(got, want);                                                               \
        free(got);                                                                                 \
    } while (0)

START_TEST(csv_reading) {
    fixture fx;
    fx_open(&fx);
    sq_lookup_table *t;
    sq_error err;
    ck_assert_int_eq(sq_lookup_open(fx.env.lookups, "users", NULL, &t, &err), 0);
    ck_assert_int_eq((int)t->ncols, 3);
    ck_assert_str_eq(t->cols[0], "user"); /* BOM skipped */
    ck_assert_int_eq((int)t->nrows, 3);
    ck_assert_str_eq(sq_lookup_cell(t, 0, 2), "says \"hi\", twice");
    ck_assert_ptr_null(t->cells[1 * 3 + 2]); /* empty cell */
    ck_assert_str_eq(sq_lookup_cell(t, 2, 2), "two\nlines");
    ck_assert_int_eq(sq_lookup_col(t, "dept"), 1);
    ck_assert_int_eq(sq_lookup_col(t, "nope"), -1);
    ck_assert_int_eq(t->case_sensitive, 1);
    ck_assert_int_eq((int)t->max_matches, SQ_LOOKUP_MAX_MATCHES_DEFAULT);
    sq_lookup_table_free(t);
    /* by file name too */
    ck_assert_int_eq(sq_lookup_open(fx.env.lookups, "users.csv", NULL, &t, &err), 0);
    sq_lookup_table_free(t);
    fx_close(&fx);
}
END_TEST

START_TEST(csv_write_roundtrip) {
    char *dir = mkdir_tmp();
    char path[512];
    const char *cols[] = {"a", "b"};
    const char *cells[] = {"x,y", "\"q\"", NULL, " lead", "plain", "multi\nline"};
    sq_error err;
    for (int gz = 0; gz < 2; gz++) {
        snprintf(path, sizeof path, "%s/out.csv%s", dir, gz ? ".gz" : "");
        ck_assert_int_eq(sq_csv_write(path, 0, cols, 2, cells, 3, &err), 0);
        sq_lookups *l = sq_lookups_new();
        ck_assert_int_eq(sq_lookups_add_dir(l, dir, &err), 0);
        sq_lookup_table *t;
        ck_assert_int_eq(sq_lookup_open(l, gz ? "out.csv.gz" : "out.csv", NULL, &t, &err), 0);
        ck_assert_int_eq((int)t->nrows, 3);
        for (int i = 0; i < 6; i++)
            ck_assert_str_eq(sq_lookup_cell(t, (size_t)i / 2, (size_t)i % 2),
                             cells[i] ? cells[i] : "");
        sq_lookup_table_free(t);
        sq_lookups_free(l);
    }
    /* append adds rows without a header; not to .gz files */
    snprintf(path, sizeof path, "%s/out.csv", dir);
    ck_assert_int_eq(sq_csv_write(path, 1, cols, 2, cells, 1, &err), 0);
    char **hdr;
    size_t nhdr;
    ck_assert_int_eq(sq_csv_read_header(path, &hdr, &nhdr, &err), 0);
    ck_assert_int_eq((int)nhdr, 2);
    for (size_t i = 0; i < nhdr; i++)
        free(hdr[i]);
    free(hdr);
    snprintf(path, sizeof path, "%s/out.csv.gz", dir);
    ck_assert_int_eq(sq_csv_write(path, 1, cols, 2, cells, 1, &err), -1);
    rmtree(dir);
}
END_TEST

START_TEST(csv_blanks) {
    char *dir = mkdir_tmp();
    put(dir, "sp.csv", "a, b\n x , \" y \" \n");
    sq_lookups *l = sq_lookups_new();
    sq_error err;
    ck_assert_int_eq(sq_lookups_add_dir(l, dir, &err), 0);
    sq_lookup_table *t;
    ck_assert_int_eq(sq_lookup_open(l, "sp.csv", NULL, &t, &err), 0);
    ck_assert_str_eq(t->cols[1], "b");
    ck_assert_str_eq(sq_lookup_cell(t, 0, 0), "x");
    ck_assert_str_eq(sq_lookup_cell(t, 0, 1), " y ");
    sq_lookup_table_free(t);
    sq_lookups_free(l);
    rmtree(dir);
}
END_TEST

START_TEST(malformed_csv) {
    char *dir = mkdir_tmp();
    put(dir, "bad.csv", "a,b\n1,\"unterminated\n");
    sq_lookups *l = sq_lookups_new();
    sq_error err;
    ck_assert_int_eq(sq_lookups_add_dir(l, dir, &err), 0);
    sq_lookup_table *t;
    ck_assert_int_eq(sq_lookup_open(l, "bad.csv", NULL, &t, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "malformed CSV"));
    sq_lookups_free(l);
    rmtree(dir);
}
END_TEST

START_TEST(definitions) {
    fixture fx;
    fx_open(&fx);
    /* users, users_ci, pat, pat_first, nets, codes, kv; not the extraction */
    ck_assert_int_eq((int)sq_lookups_count(fx.env.lookups), 7);
    sq_lookup_table *t;
    sq_error err;
    ck_assert_int_eq(sq_lookup_open(fx.env.lookups, "pat_first", NULL, &t, &err), 0);
    ck_assert_int_eq(t->match[0], SQ_MATCH_WILDCARD);
    ck_assert_int_eq((int)t->max_matches, 1);
    sq_lookup_table_free(t);
    ck_assert_int_eq(sq_lookup_open(fx.env.lookups, "kv", NULL, &t, &err), 0);
    ck_assert_int_eq(t->kvstore, 1);
    ck_assert_int_eq((int)t->ncols, 2);
    ck_assert_int_eq((int)t->nrows, 0);
    sq_lookup_table_free(t);
    ck_assert_int_eq(sq_lookup_open(fx.env.lookups, "extract", NULL, &t, &err), -1);
    ck_assert_int_eq(sq_lookup_open(fx.env.lookups, "../etc/passwd.csv", NULL, &t, &err), -1);
    ck_assert_int_eq(sq_lookup_open(NULL, "users", NULL, &t, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "--lookups"));
    /* where outputlookup writes */
    char *path;
    int kv;
    ck_assert_int_eq(sq_lookup_write_path(fx.env.lookups, "users", &path, &kv, &err), 0);
    ck_assert_ptr_nonnull(strstr(path, "/users.csv"));
    free(path);
    ck_assert_int_eq(sq_lookup_write_path(fx.env.lookups, "kv", &path, &kv, &err), 0);
    ck_assert_int_eq(kv, 1);
    ck_assert_int_eq(sq_lookup_write_path(fx.env.lookups, "new.csv", &path, &kv, &err), 0);
    ck_assert_ptr_nonnull(strstr(path, "/new.csv"));
    free(path);
    ck_assert_int_eq(sq_lookup_write_path(fx.env.lookups, "noext", &path, &kv, &err), -1);
    fx_close(&fx);
}
END_TEST

START_TEST(apply_exact) {
    fixture fx;
    fx_open(&fx);
    CHECK_APPLY("Eng", "users", "user", "alice", "dept", 0, NULL);
    CHECK_APPLY("(none)", "users", "user", "ALICE", "dept", 0, NULL);
    CHECK_APPLY("Eng", "users_ci", "user", "ALICE", "dept", 0, NULL);
    CHECK_APPLY("Ops", "users_ci", "user", "carol", "dept", 0, NULL);
    /* OUTPUT clears on no match; OUTPUTNEW keeps, and never overwrites */
    CHECK_APPLY("(none)", "users", "user", "zed", "dept", 0, "old");
    CHECK_APPLY("old", "users", "user", "zed", "dept", 1, "old");
    CHECK_APPLY("old", "users", "user", "alice", "dept", 1, "old");
    /* no match field: untouched */
    CHECK_APPLY("old", "users", "user", NULL, "dept", 0, "old");
    /* an empty cell is no value */
    CHECK_APPLY("(none)", "users", "user", "bob", "note", 0, "x");
    /* multivalue input: per value, in value order */
    CHECK_APPLY("Sales,Eng", "users", "user", "bob|nobody|alice", "dept", 0, NULL);
    fx_close(&fx);
}
END_TEST

START_TEST(apply_wildcard_cidr_defaults) {
    fixture fx;
    fx_open(&fx);
    CHECK_APPLY("script,other", "pat", "proc", "run.PS1", "label", 0, NULL);
    CHECK_APPLY("script", "pat_first", "proc", "run.ps1", "label", 0, NULL);
    CHECK_APPLY("other", "pat_first", "proc", "run.PS1", "label", 0, NULL); /* case-sensitive */
    CHECK_APPLY("lab", "nets", "net", "10.1.2.3", "zone", 0, NULL);
    CHECK_APPLY("corp", "nets", "net", "10.2.2.3", "zone", 0, NULL);
    CHECK_APPLY("loop", "nets", "net", "::1", "zone", 0, NULL);
    CHECK_APPLY("(none)", "nets", "net", "192.168.0.1", "zone", 0, NULL);
    CHECK_APPLY("(none)", "nets", "net", "garbage", "zone", 0, NULL);
    /* min_matches 2: one match padded with the default, none gives two */
    CHECK_APPLY("one,none", "codes", "code", "1", "text", 0, NULL);
    CHECK_APPLY("none,none", "codes", "code", "7", "text", 0, NULL);
    fx_close(&fx);
}
END_TEST

/* Over TRI_MIN_ROWS patterns the WILDCARD column is indexed by trigram:
 * the same answers as a scan, in file order. */
START_TEST(apply_wildcard_indexed) {
    fixture fx;
    fx_open(&fx);
    sq_buf csv = SQ_BUF_INIT;
    sq_buf_adds(&csv, "pat,n\n");
    for (int i = 0; i < 400; i++)
        sq_buf_printf(&csv, "*.Dom%d.example*,%d\n", i, i);
    sq_buf_adds(&csv, "a*,short\n*,any\nexact.host,exact\n");
    put(fx.dir, "many.csv", csv.data);
    put(fx.dir, "many.yml",
        "name: many\nfilename: many.csv\nmatch_type: WILDCARD(pat)\ncase_sensitive_match: "
        "'false'\n");
    put(fx.dir, "many_cs.yml", "name: many_cs\nfilename: many.csv\nmatch_type: WILDCARD(pat)\n");
    sq_buf_free(&csv);
    sq_error err;
    ck_assert_int_eq(sq_lookups_add_dir(fx.env.lookups, fx.dir, &err), 0);
    CHECK_APPLY("7,any", "many", "pat", "www.dom7.EXAMPLE.com", "n", 0, NULL);
    CHECK_APPLY("any", "many_cs", "pat", "www.dom7.EXAMPLE.com", "n", 0, NULL);
    CHECK_APPLY("399,any", "many_cs", "pat", "x.Dom399.example", "n", 0, NULL);
    CHECK_APPLY("short,any", "many", "pat", "ab", "n", 0, NULL);
    CHECK_APPLY("any,exact", "many", "pat", "EXACT.host", "n", 0, NULL);
    CHECK_APPLY("any", "many", "pat", "zz", "n", 0, NULL);
    fx_close(&fx);
}
END_TEST

START_TEST(bad_columns) {
    fixture fx;
    fx_open(&fx);
    const char *in_cols[] = {"nope"}, *in_fields[] = {"f"};
    sq_lookup_spec spec = {"users", in_cols, in_fields, 1, NULL, NULL, 0, 0};
    sq_lookup_call *c;
    sq_error err;
    ck_assert_int_eq(sq_lookup_call_new(&fx.q, &spec, &c, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "(columns: user, dept, note)"));
    fx_close(&fx);
}
END_TEST

static Suite *lookup_suite(void) {
    Suite *s = suite_create("lookup");
    TCase *tc = tcase_create("lookup");
    tcase_add_test(tc, csv_reading);
    tcase_add_test(tc, csv_write_roundtrip);
    tcase_add_test(tc, csv_blanks);
    tcase_add_test(tc, malformed_csv);
    tcase_add_test(tc, definitions);
    tcase_add_test(tc, apply_exact);
    tcase_add_test(tc, apply_wildcard_cidr_defaults);
    tcase_add_test(tc, apply_wildcard_indexed);
    tcase_add_test(tc, bad_columns);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(lookup_suite)
