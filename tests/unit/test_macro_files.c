/* test_macro_files.c — loading macro files (YAML and macros.conf, whole
 * directories, their errors), the project's own macros/, and the real
 * corpus: every security_content detection must expand (SHARED env var,
 * default ../shared; skipped when absent). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "macro_helpers.h"
#include "splq/buf.h"
#include "splq/conf.h"
#include "splq/macro.h"
#include "unit.h"

/* Found by fuzz_yaml: a second `arguments` key leaked the first list and
 * went on counting from it, writing past the second, shorter one (ASan).
 * The last list is the macro's. */
START_TEST(yaml_repeated_arguments_key) {
    char dir[] = "/tmp/splq_macro_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/m.yml", dir);
    FILE *f = fopen(path, "w");
    fputs("name: m\narguments:\n- a\n- b\n- c\ndefinition: x=$v$\narguments:\n- name: v\n", f);
    fclose(f);
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), 0);
    macro_expect(m, "`m(1)`", "x=1");
    sq_macros_free(m);
    unlink(path);
    rmdir(dir);
}
END_TEST

/* ---- loading ------------------------------------------------------------ */

static void write_file(const char *dir, const char *name, const char *text) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

static void remove_dir(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[512];
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (unlink(path) != 0)
            rmdir(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

START_TEST(load_yaml_and_conf_directory) {
    char dir[] = "/tmp/splq_macro_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    write_file(dir, "a.yml",
               "arguments:\n  - field\ndefinition: 'convert timeformat=\"%Y\" ctime($field$)'\n"
               "description: d\nname: sc_ctime\n");
    write_file(dir, "b.yaml", "name: multi\ndefinition: |\n  search a\n  | stats count\n");
    write_file(dir, "c.conf",
               "# comment\n[two(2)]\nargs = x, y\ndefinition = eval $x$ = $y$\n"
               "[plain]\ndefinition = search \\\n  b\n"
               "[off]\ndisabled = 1\ndefinition = never\n"
               "[nodef]\ndescription = only a description\n"
               "[default]\ndefinition = not a macro\n");
    write_file(dir, "d.yml", "name: mapped\narguments:\n  - name: v\ndefinition: x=$v$\n");
    write_file(dir, "notes.txt", "ignored: not a macro file\n");
    write_file(dir, ".hidden.yml", "garbage: [\n");
    char sub[512];
    snprintf(sub, sizeof sub, "%s/sub.yml", dir); /* a directory: skipped */
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_msg(sq_macros_load_dir(m, dir, &err) == 0, "%s", err.msg);
    ck_assert_uint_eq(sq_macros_count(m), 5);
    macro_expect(m, "`sc_ctime(t)`", "convert timeformat=\"%Y\" ctime(t)");
    macro_expect(m, "`multi`", "search a\n| stats count\n");
    macro_expect(m, "`two(a, 1)`", "eval a = 1");
    macro_expect(m, "`plain`", "search \n  b");
    macro_expect(m, "`mapped(1)`", "x=1");
    sq_error e = macro_expand_fail(m, "`off`");
    ck_assert_int_eq(e.code, SQ_ERR_MACRO);

    int found = 0;
    for (size_t i = 0; i < sq_macros_count(m); i++) {
        int nargs = -1;
        const char *name = sq_macros_name_at(m, i, &nargs);
        ck_assert_ptr_nonnull(name);
        if (strcmp(name, "two") == 0) {
            ck_assert_int_eq(nargs, 2);
            found++;
        }
    }
    ck_assert_int_eq(found, 1);
    ck_assert_ptr_null(sq_macros_name_at(m, 99, NULL));

    /* A later file overrides. */
    char path[512];
    snprintf(path, sizeof path, "%s/e.conf", dir);
    write_file(dir, "e.conf", "[plain]\ndefinition = override\n");
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), 0);
    macro_expect(m, "`plain`", "override");
    ck_assert_uint_eq(sq_macros_count(m), 5);
    sq_macros_free(m);
    remove_dir(dir);
}
END_TEST

START_TEST(load_errors) {
    char dir[] = "/tmp/splq_macro_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[512];
    sq_macros *m = sq_macros_new();
    sq_error err;

    write_file(dir, "bad.yml", "name: x\ndefinition: [unclosed\n");
    snprintf(path, sizeof path, "%s/bad.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_SYNTAX);
    ck_assert_ptr_nonnull(strstr(err.msg, "bad.yml"));
    ck_assert_int_eq(sq_macros_load_dir(m, dir, &err), -1);
    unlink(path);

    write_file(dir, "nodef.yml", "name: x\n");
    snprintf(path, sizeof path, "%s/nodef.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "not a macro definition"));
    unlink(path);

    write_file(dir, "empty.yml", "");
    snprintf(path, sizeof path, "%s/empty.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    write_file(dir, "badname.yml", "name: two words\ndefinition: x\n");
    snprintf(path, sizeof path, "%s/badname.yml", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    write_file(dir, "arity.conf", "[m(2)]\nargs = a\ndefinition = x\n");
    snprintf(path, sizeof path, "%s/arity.conf", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "declares 2 arguments but args lists 1"));
    unlink(path);

    write_file(dir, "noargs.conf", "[m]\nargs = a\ndefinition = x\n");
    snprintf(path, sizeof path, "%s/noargs.conf", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    write_file(dir, "badstanza.conf", "[m(x)]\ndefinition = x\n");
    snprintf(path, sizeof path, "%s/badstanza.conf", dir);
    ck_assert_int_eq(sq_macros_load_file(m, path, &err), -1);
    unlink(path);

    ck_assert_int_eq(sq_macros_load_dir(m, "/nonexistent/splq", &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_IO);
    ck_assert_int_eq(sq_macros_load_file(m, "/nonexistent/x.yml", &err), -1);
    ck_assert_int_eq(err.code, SQ_ERR_IO);
    ck_assert_uint_eq(sq_macros_count(m), 0);
    sq_macros_free(m);
    remove_dir(dir);
}
END_TEST

START_TEST(many_definitions) {
    sq_macros *m = sq_macros_new();
    char name[32], def[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "m%d", i);
        snprintf(def, sizeof def, "v%d", i);
        sq_macros_define(m, name, NULL, 0, def);
    }
    ck_assert_uint_eq(sq_macros_count(m), 5000);
    macro_expect(m, "`m0` `m4999` `m2500`", "v0 v4999 v2500");
    sq_macros_free(m);
}
END_TEST

/* ---- the project's own macros/ and the real corpus -------------------- */

static const char *shared_dir(void) {
    const char *s = getenv("SHARED");
    return s && *s ? s : "../shared";
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The project's macros plus security_content's, as `splq -m` would. */
static sq_macros *corpus_macros(const char *corpus) {
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_msg(sq_macros_load_dir(m, "macros", &err) == 0, "macros/: %s", err.msg);
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/macros", corpus);
    ck_assert_msg(sq_macros_load_dir(m, dir, &err) == 0, "%s: %s", dir, err.msg);
    return m;
}

START_TEST(project_macros) {
    sq_macros *m = sq_macros_new();
    sq_error err;
    ck_assert_msg(sq_macros_load_dir(m, "macros", &err) == 0, "macros/: %s", err.msg);
    macro_expect(m, "| `drop_dm_object_name(\"Authentication\")`",
                 "| rename Authentication.* AS *");
    macro_expect(m, "| `drop_dm_object_name(Processes)`", "| rename Processes.* AS *");
    macro_expect(m, "| `get_asset(src)`", "| search *");
    macro_expect(m, "NOT (`cim_corporate_web_domain_search(\"DNS.query\")`)",
                 "NOT (DNS.query=\"splq-no-corporate-domain.invalid\")");
    char *out = macro_expand_ok(m, "| `get_risk_severity(risk_score)`", NULL);
    ck_assert_ptr_nonnull(strstr(out, "eval risk_severity=case(risk_score>=100,\"critical\""));
    free(out);
    macro_expect(m, "`security_content_ctime(firstTime)`",
                 "convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(firstTime)");
    macro_expect(m, "`cloudtrail`", "sourcetype=aws:cloudtrail");
    sq_macros_free(m);
}
END_TEST

/* The `search` of a detection YAML (malloc'd), or NULL. */
static char *detection_search(const char *path) {
    char *text;
    size_t len;
    sq_error err;
    if (sq_read_file(path, &text, &len, &err) < 0)
        return NULL;
    yaml_parser_t p;
    yaml_document_t doc;
    char *search = NULL;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
    if (yaml_parser_load(&p, &doc)) {
        yaml_node_t *root = yaml_document_get_root_node(&doc);
        if (root && root->type == YAML_MAPPING_NODE)
            for (yaml_node_pair_t *kv = root->data.mapping.pairs.start;
                 kv < root->data.mapping.pairs.top; kv++) {
                yaml_node_t *k = yaml_document_get_node(&doc, kv->key);
                yaml_node_t *v = yaml_document_get_node(&doc, kv->value);
                if (k->type == YAML_SCALAR_NODE && v->type == YAML_SCALAR_NODE &&
                    strcmp((char *)k->data.scalar.value, "search") == 0)
                    search = strdup((char *)v->data.scalar.value);
            }
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&p);
    free(text);
    return search;
}

typedef struct walk {
    const sq_macros *m;
    int files, expanded, failed, filter_notes;
    sq_buf failures;
} walk;

/* No backtick may be left outside a quoted string. */
static int leftover_backtick(const char *s) {
    int inq = 0;
    for (; *s; s++) {
        if (*s == '\\' && (inq ? s[1] != '\0' : s[1] == '"' || s[1] == '\\'))
            s++;
        else if (*s == '"')
            inq = !inq;
        else if (!inq && *s == '`')
            return 1;
    }
    return 0;
}

static void expand_detection(walk *w, const char *path) {
    char *search = detection_search(path);
    w->files++;
    if (!search) {
        w->failed++;
        sq_buf_printf(&w->failures, "%s: no search\n", path);
        return;
    }
    macro_notes ns = {SQ_BUF_INIT, 0};
    sq_diag diag = {macro_notes_collect, &ns, 0, 0};
    char *out;
    size_t len;
    sq_srcmap *map;
    sq_error err;
    size_t slen = strlen(search);
    if (sq_macro_expand(w->m, search, slen, &out, &len, &map, &diag, &err) < 0) {
        w->failed++;
        sq_buf_printf(&w->failures, "%s: %s\n", path, err.msg);
    } else {
        w->expanded++;
        w->filter_notes += ns.n;
        int calls = 0; /* every `<detection>_filter` call gives its note */
        for (const char *p = search; (p = strstr(p, "_filter`")) != NULL; p++)
            calls++;
        if (ns.n != calls) {
            w->failed++;
            sq_buf_printf(&w->failures, "%s: %d filter calls but %d notes\n", path, calls, ns.n);
        }
        if (leftover_backtick(out)) {
            w->failed++;
            sq_buf_printf(&w->failures, "%s: a backtick is left\n", path);
        }
        for (size_t i = 0; i <= len; i += 7)
            if (sq_srcmap_to_original(map, i) > slen) {
                w->failed++;
                sq_buf_printf(&w->failures, "%s: map out of range\n", path);
                break;
            }
        free(out);
        sq_srcmap_free(map);
    }
    sq_buf_free(&ns.text);
    free(search);
}

static void walk_dir(walk *w, const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char path[2048];
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t n = strlen(e->d_name);
        if (is_dir(path))
            walk_dir(w, path);
        else if (n > 4 && strcmp(e->d_name + n - 4, ".yml") == 0)
            expand_detection(w, path);
    }
    closedir(d);
}

START_TEST(corpus_detections_expand) {
    char corpus[1024], dets[1100];
    snprintf(corpus, sizeof corpus, "%s/corpus/security_content", shared_dir());
    snprintf(dets, sizeof dets, "%s/detections", corpus);
    if (!is_dir(dets)) {
        fprintf(stderr, "test_macro: %s absent, corpus test skipped\n", dets);
        return;
    }
    walk w = {corpus_macros(corpus), 0, 0, 0, 0, SQ_BUF_INIT};
    walk_dir(&w, dets);
    ck_assert_msg(w.failed == 0, "%d of %d detections failed:\n%s", w.failed, w.files,
                  sq_buf_cstr(&w.failures));
    ck_assert_int_ge(w.files, 1700);
    ck_assert_int_eq(w.expanded, w.files);
    ck_assert_int_ge(w.filter_notes, w.files - 20); /* nearly every detection has one */
    sq_buf_free(&w.failures);
    sq_macros_free((sq_macros *)w.m);
}
END_TEST

START_TEST(seed_rule_expands) {
    char path[1024];
    snprintf(path, sizeof path, "%s/seed/aws_exfiltration_via_batch_service.txt", shared_dir());
    char *text;
    size_t len;
    sq_error err;
    if (sq_read_file(path, &text, &len, &err) < 0) {
        fprintf(stderr, "test_macro: %s absent, seed test skipped\n", path);
        return;
    }
    /* The rule body sits between `search: |-` and the next key. */
    const char *from = strstr(text, "\nsearch: |-\n");
    ck_assert_ptr_nonnull(from);
    from += strlen("\nsearch: |-\n");
    const char *to = strstr(from, "\nhow_to_implement:");
    ck_assert_ptr_nonnull(to);
    char *rule = strndup(from, (size_t)(to - from));

    char corpus[1024];
    snprintf(corpus, sizeof corpus, "%s/corpus/security_content", shared_dir());
    sq_macros *m = is_dir(corpus) ? corpus_macros(corpus) : NULL;
    if (!m) { /* the project's macros alone also define what the rule needs */
        m = sq_macros_new();
        ck_assert_int_eq(sq_macros_load_dir(m, "macros", &err), 0);
    }
    macro_notes ns = {SQ_BUF_INIT, 0};
    sq_diag diag = {macro_notes_collect, &ns, 0, 0};
    char *out;
    size_t olen;
    sq_srcmap *map;
    ck_assert_msg(sq_macro_expand(m, rule, strlen(rule), &out, &olen, &map, &diag, &err) == 0, "%s",
                  err.msg);
    ck_assert_str_eq(out, "sourcetype=aws:cloudtrail eventName = JobCreated\n"
                          "| fillnull\n"
                          "| rename user_name as user\n"
                          "| stats count min(_time) as firstTime max(_time) as lastTime\n"
                          "BY signature dest user\n"
                          "user_agent src vendor_account\n"
                          "vendor_region vendor_product\n"
                          "| convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(firstTime)\n"
                          "| convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime(lastTime)\n"
                          "| search *");
    ck_assert_str_eq(ns.text.data, "note: macro `aws_exfiltration_via_batch_service_filter` not "
                                   "defined: using `search *`\n");
    /* "search *" maps to the filter call on the rule's last line. */
    const char *call = strstr(rule, "`aws_exfiltration_via_batch_service_filter`");
    ck_assert_uint_eq(sq_srcmap_to_original(map, olen - 1), (size_t)(call - rule));
    ck_assert_uint_eq(sq_srcmap_to_original(map, 0), 0);
    sq_srcmap_free(map);
    free(out);
    free(rule);
    free(text);
    sq_buf_free(&ns.text);
    sq_macros_free(m);
}
END_TEST

static Suite *macro_files_suite(void) {
    Suite *s = suite_create("macro_files");
    TCase *tl = tcase_create("load");
    tcase_add_test(tl, yaml_repeated_arguments_key);
    tcase_add_test(tl, load_yaml_and_conf_directory);
    tcase_add_test(tl, load_errors);
    tcase_add_test(tl, many_definitions);
    tcase_add_test(tl, project_macros);
    suite_add_tcase(s, tl);

    TCase *tk = tcase_create("corpus");
    tcase_set_timeout(tk, 120);
    tcase_add_test(tk, corpus_detections_expand);
    tcase_add_test(tk, seed_rule_expands);
    suite_add_tcase(s, tk);
    return s;
}

SQ_TEST_SUITE(macro_files_suite)
