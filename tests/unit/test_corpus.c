/* test_corpus.c — every detection of Splunk's public corpus expands, parses,
 * and prints back as SPL that reparses to the same tree.  The corpus is read
 * from $SHARED/corpus (beside the checkout); never copied into the project. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "splq/detection.h"
#include "splq/macro.h"
#include "splq/parse.h"
#include "unit.h"

typedef struct corpus_run {
    sq_macros *macros;
    int files, parsed, round_tripped;
    sq_buf failures;
} corpus_run;

static const char *shared_dir(void) {
    const char *s = getenv("SHARED");
    return s && *s ? s : "../shared";
}

static void check_one(corpus_run *run, const char *path) {
    sq_error err = {0};
    sq_detection *d;
    run->files++;
    if (sq_detection_load(path, &d, &err) < 0) {
        sq_buf_printf(&run->failures, "%s: %s\n", path, err.msg);
        return;
    }
    char *expanded = NULL;
    size_t len = 0;
    sq_srcmap *map = NULL;
    sq_diag quiet = {0};
    sq_ast *ast = NULL, *again = NULL;
    if (sq_macro_expand(run->macros, d->search, strlen(d->search), &expanded, &len, &map, &quiet,
                        &err) < 0 ||
        sq_parse(expanded, len, SQ_PARSE_QUERY, &ast, &err) < 0) {
        sq_buf_printf(&run->failures, "%s: %s (offset %d)\n", path, err.msg, err.span.start);
        goto done;
    }
    run->parsed++;
    sq_buf spl = SQ_BUF_INIT;
    sq_ast_to_spl(ast, &spl);
    if (sq_parse(spl.data, spl.len, SQ_PARSE_QUERY, &again, &err) == 0 && sq_ast_equal(ast, again))
        run->round_tripped++;
    else
        sq_buf_printf(&run->failures, "%s: round trip differs: %s\n", path, spl.data);
    sq_buf_free(&spl);
done:
    sq_ast_free(ast);
    sq_ast_free(again);
    free(expanded);
    sq_srcmap_free(map);
    sq_detection_free(d);
}

static void walk(corpus_run *run, const char *dir) {
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        sq_buf path = SQ_BUF_INIT;
        sq_buf_printf(&path, "%s/%s", dir, e->d_name);
        struct stat st;
        size_t n = strlen(e->d_name);
        if (stat(path.data, &st) == 0 && S_ISDIR(st.st_mode))
            walk(run, path.data);
        else if (n > 4 && strcmp(e->d_name + n - 4, ".yml") == 0)
            check_one(run, path.data);
        sq_buf_free(&path);
    }
    closedir(dh);
}

START_TEST(every_corpus_detection_parses_and_round_trips) {
    sq_buf root = SQ_BUF_INIT;
    sq_buf_printf(&root, "%s/corpus/security_content", shared_dir());
    struct stat st;
    if (stat(root.data, &st) != 0) {
        fprintf(stderr, "corpus: %s not found; test skipped\n", root.data);
        sq_buf_free(&root);
        return;
    }
    corpus_run run = {.macros = sq_macros_new()};
    sq_error err = {0};
    sq_buf dir = SQ_BUF_INIT;
    sq_buf_printf(&dir, "%s/macros", root.data);
    ck_assert_msg(sq_macros_load_dir(run.macros, "macros", &err) == 0, "%s", err.msg);
    ck_assert_msg(sq_macros_load_dir(run.macros, dir.data, &err) == 0, "%s", err.msg);
    sq_buf_reset(&dir);
    sq_buf_printf(&dir, "%s/detections", root.data);
    walk(&run, dir.data);
    if (run.failures.len)
        fprintf(stderr, "%s", run.failures.data);
    ck_assert_int_ge(run.files, 1711);
    ck_assert_int_eq(run.parsed, run.files);
    ck_assert_int_eq(run.round_tripped, run.files);
    sq_buf_free(&run.failures);
    sq_buf_free(&dir);
    sq_buf_free(&root);
    sq_macros_free(run.macros);
}
END_TEST

static Suite *corpus_suite(void) {
    Suite *s = suite_create("corpus");
    TCase *tc = tcase_create("parse");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, every_corpus_detection_parses_and_round_trips);
    suite_add_tcase(s, tc);
    return s;
}

SQ_TEST_SUITE(corpus_suite)
