/* test_cmd.c — `splq test [OPTIONS] PATH...`: the regression harness for rule
 * authors.  Each detection file (or every *.yml under a directory) is run by
 * the library's harness; outcomes are printed in file order as one line per
 * test, with TAP, JUnit XML and JSON reports on request.  -j N runs
 * detections on N threads, each with an environment of its own (compiled
 * expressions are not shared between threads). */
#include <dirent.h>
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "splq/buf.h"
#include "splq/harness.h"

typedef struct test_opts {
    sq_harness_opts harness;
    sq_data_map *map;
    size_t nmap;
    int tap;
    const char *junit;
    const char *json;
    int jobs;
} test_opts;

typedef struct detection_run {
    const char *path;
    sq_test_outcome *outs;
    size_t nouts;
    int done;
} detection_run;

typedef struct runner {
    const cli_opts *cli;
    const test_opts *opts;
    const char *argv0;
    detection_run *runs;
    size_t nruns;
    size_t next; /* the next detection a worker takes */
    pthread_mutex_t lock;
    pthread_cond_t progress;
} runner;

static const char usage_text[] =
    "usage: splq test [OPTIONS] PATH...\n"
    "\n"
    "Run each detection's tests (PATH: a detection YAML file or a directory of\n"
    "them): replay the attack data each test names, run the detection's search\n"
    "over it and say whether it fires.\n"
    "\n"
    "options:\n"
    "  -m, --macros DIR         add a macro directory (repeatable)\n"
    "      --props FILE         add a props.conf-style sourcetype file (repeatable)\n"
    "      --lookups DIR        add a lookup directory (repeatable)\n"
    "      --data-dir DIR       find attack data named by URL under DIR (the path after\n"
    "                           the repository's branch; also one folder deeper)\n"
    "      --data URL=FILE      use FILE for the attack data URL (repeatable)\n"
    "      --tap                print TAP instead of one line per test\n"
    "      --junit FILE         also write a JUnit XML report\n"
    "      --json FILE          also write a JSON report\n"
    "  -j, --jobs N             run N detections at a time (default 1)\n"
    "  -h, --help               show this help\n"
    "\n"
    "Exit status: 0 when no test failed or errored, 1 otherwise, 2 a usage error.\n";

static void push_path(char ***paths, size_t *n, const char *p) {
    *paths = sq_xrealloc(*paths, (*n + 1) * sizeof **paths);
    (*paths)[(*n)++] = sq_xstrdup(p);
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int cmp_paths(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory contributes every .yml/.yaml below it, in sorted order. */
static void collect(const char *path, char ***paths, size_t *n) {
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        push_path(paths, n, path);
        return;
    }
    DIR *dh = opendir(path);
    if (!dh)
        return;
    char **found = NULL;
    size_t nfound = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        sq_buf b = SQ_BUF_INIT;
        sq_buf_printf(&b, "%s/%s", path, e->d_name);
        push_path(&found, &nfound, b.data);
        sq_buf_free(&b);
    }
    closedir(dh);
    sq_sort(found, nfound, sizeof *found, cmp_paths);
    for (size_t i = 0; i < nfound; i++) {
        struct stat sub;
        if (stat(found[i], &sub) == 0 && S_ISDIR(sub.st_mode))
            collect(found[i], paths, n);
        else if (ends_with(found[i], ".yml") || ends_with(found[i], ".yaml"))
            push_path(paths, n, found[i]);
        free(found[i]);
    }
    free(found);
}

static void quiet(void *ud, sq_diag_level level, const char *msg) {
    (void)ud;
    if (level == SQ_DIAG_WARNING)
        fprintf(stderr, "splq: warning: %s\n", msg);
}

static void *worker(void *arg) {
    runner *r = arg;
    sq_env env;
    memset(&env, 0, sizeof env);
    int ok = cli_env_open(&env, r->cli, r->argv0, (sq_diag){.fn = quiet}) == 0;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        size_t i = r->next++;
        pthread_mutex_unlock(&r->lock);
        if (i >= r->nruns)
            break;
        detection_run *d = &r->runs[i];
        if (ok) {
            sq_harness_run(&env, &r->opts->harness, d->path, &d->outs, &d->nouts);
        } else {
            d->outs = sq_xcalloc(1, sizeof *d->outs);
            d->nouts = 1;
            d->outs->detection = sq_xstrdup(d->path);
            d->outs->path = sq_xstrdup(d->path);
            d->outs->test = sq_xstrdup("(detection)");
            d->outs->status = SQ_TEST_ERROR;
            d->outs->reason = sq_xstrdup("the environment could not be loaded");
        }
        pthread_mutex_lock(&r->lock);
        d->done = 1;
        pthread_cond_broadcast(&r->progress);
        pthread_mutex_unlock(&r->lock);
    }
    sq_env_free(&env);
    return NULL;
}

static void print_indented(const char *text, FILE *out) {
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        fprintf(out, "      %.*s\n", (int)n, p);
        p += n + (nl != NULL);
    }
}

static void print_line(const sq_test_outcome *o, FILE *out) {
    fprintf(out, "%-5s %s › %s: %s\n", sq_test_status_name(o->status), o->detection, o->test,
            o->reason ? o->reason : "");
    if (o->details)
        print_indented(o->details, out);
}

static void print_tap(const sq_test_outcome *o, size_t number, FILE *out) {
    if (o->status == SQ_TEST_SKIP) {
        fprintf(out, "ok %zu - %s › %s # SKIP %s\n", number, o->detection, o->test, o->reason);
        return;
    }
    int ok = o->status == SQ_TEST_PASS;
    fprintf(out, "%s %zu - %s › %s\n", ok ? "ok" : "not ok", number, o->detection, o->test);
    if (!ok || o->details) {
        fprintf(out, "  ---\n  status: %s\n  message: \"%s\"\n", sq_test_status_name(o->status),
                o->reason ? o->reason : "");
        if (o->details) {
            fputs("  details: |\n", out);
            for (const char *p = o->details; *p;) {
                const char *nl = strchr(p, '\n');
                size_t n = nl ? (size_t)(nl - p) : strlen(p);
                fprintf(out, "    %.*s\n", (int)n, p);
                p += n + (nl != NULL);
            }
        }
        fputs("  ...\n", out);
    }
}

static void xml_text(const char *s, FILE *out) {
    for (; s && *s; s++) {
        switch (*s) {
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '&':
            fputs("&amp;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        default:
            /* XML 1.0 forbids most control characters. */
            if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t' && *s != '\r')
                fputc('?', out);
            else
                fputc(*s, out);
        }
    }
}

static int write_junit(const char *path, const detection_run *runs, size_t nruns,
                       const size_t count[4]) {
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    fprintf(f,
            "<testsuites name=\"splq\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
            "skipped=\"%zu\">\n",
            count[0] + count[1] + count[2] + count[3], count[SQ_TEST_FAIL], count[SQ_TEST_ERROR],
            count[SQ_TEST_SKIP]);
    for (size_t i = 0; i < nruns; i++) {
        const detection_run *d = &runs[i];
        size_t c[4] = {0};
        for (size_t k = 0; k < d->nouts; k++)
            c[d->outs[k].status]++;
        fputs("  <testsuite name=\"", f);
        xml_text(d->nouts ? d->outs[0].detection : d->path, f);
        fprintf(f, "\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"%zu\">\n", d->nouts,
                c[SQ_TEST_FAIL], c[SQ_TEST_ERROR], c[SQ_TEST_SKIP]);
        for (size_t k = 0; k < d->nouts; k++) {
            const sq_test_outcome *o = &d->outs[k];
            fputs("    <testcase classname=\"", f);
            xml_text(o->detection, f);
            fputs("\" name=\"", f);
            xml_text(o->test, f);
            fputs("\" file=\"", f);
            xml_text(o->path, f);
            fputs("\">\n", f);
            static const char *const tag[] = {NULL, "failure", "error", "skipped"};
            if (o->status != SQ_TEST_PASS) {
                fprintf(f, "      <%s message=\"", tag[o->status]);
                xml_text(o->reason, f);
                if (o->details && o->status != SQ_TEST_SKIP) {
                    fputs("\">", f);
                    xml_text(o->details, f);
                    fprintf(f, "</%s>\n", tag[o->status]);
                } else {
                    fputs("\"/>\n", f);
                }
            } else if (o->details) {
                fputs("      <system-out>", f);
                xml_text(o->details, f);
                fputs("</system-out>\n", f);
            }
            fputs("    </testcase>\n", f);
        }
        fputs("  </testsuite>\n", f);
    }
    fputs("</testsuites>\n", f);
    return fclose(f);
}

static int write_json(const char *path, const detection_run *runs, size_t nruns,
                      const size_t count[4]) {
    json_t *tests = json_array();
    for (size_t i = 0; i < nruns; i++)
        for (size_t k = 0; k < runs[i].nouts; k++) {
            const sq_test_outcome *o = &runs[i].outs[k];
            json_t *t =
                json_pack("{s:s, s:s, s:s, s:s, s:s, s:I}", "detection", o->detection, "file",
                          o->path, "test", o->test, "status", sq_test_status_name(o->status),
                          "reason", o->reason ? o->reason : "", "results", (json_int_t)o->results);
            if (o->details)
                json_object_set_new(t, "details", json_string(o->details));
            json_array_append_new(tests, t);
        }
    json_t *doc = json_pack(
        "{s:o, s:{s:I, s:I, s:I, s:I}}", "tests", tests, "summary", "passed",
        (json_int_t)count[SQ_TEST_PASS], "failed", (json_int_t)count[SQ_TEST_FAIL], "errors",
        (json_int_t)count[SQ_TEST_ERROR], "skipped", (json_int_t)count[SQ_TEST_SKIP]);
    int rc = json_dump_file(doc, path, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(doc);
    return rc;
}

static int parse_test_options(int argc, char **argv, cli_opts *cli, test_opts *t) {
    enum { OPT_PROPS = 300, OPT_LOOKUPS, OPT_DATA_DIR, OPT_DATA, OPT_TAP, OPT_JUNIT, OPT_JSON };
    static const struct option longs[] = {
        {"macros", required_argument, NULL, 'm'},
        {"props", required_argument, NULL, OPT_PROPS},
        {"lookups", required_argument, NULL, OPT_LOOKUPS},
        {"data-dir", required_argument, NULL, OPT_DATA_DIR},
        {"data", required_argument, NULL, OPT_DATA},
        {"tap", no_argument, NULL, OPT_TAP},
        {"junit", required_argument, NULL, OPT_JUNIT},
        {"json", required_argument, NULL, OPT_JSON},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":m:j:h", longs, NULL)) != -1) {
        switch (c) {
        case 'm':
            cli_list_push(&cli->macro_dirs, &cli->nmacro_dirs, optarg);
            break;
        case OPT_PROPS:
            cli_list_push(&cli->props, &cli->nprops, optarg);
            break;
        case OPT_LOOKUPS:
            cli_list_push(&cli->lookup_dirs, &cli->nlookup_dirs, optarg);
            break;
        case OPT_DATA_DIR:
            t->harness.data_dir = optarg;
            break;
        case OPT_DATA: {
            char *eq = strrchr(optarg, '=');
            if (!eq || eq == optarg || !eq[1]) {
                return cli_usage_error("test", "--data wants URL=FILE, not '%s'", optarg);
            }
            *eq = '\0';
            t->map = sq_xrealloc(t->map, (t->nmap + 1) * sizeof *t->map);
            t->map[t->nmap++] = (sq_data_map){optarg, eq + 1};
            break;
        }
        case OPT_TAP:
            t->tap = 1;
            break;
        case OPT_JUNIT:
            t->junit = optarg;
            break;
        case OPT_JSON:
            t->json = optarg;
            break;
        case 'j':
            t->jobs = atoi(optarg);
            if (t->jobs < 1 || t->jobs > 256) {
                return cli_usage_error("test", "-j wants a number from 1 to 256");
            }
            break;
        case 'h':
            fputs(usage_text, stdout);
            return CLI_OK;
        default:
            return cli_getopt_error("test", c, optopt, argv[optind - 1]);
        }
    }
    t->harness.map = t->map;
    t->harness.nmap = t->nmap;
    return -1;
}

int cli_test_main(const cli_opts *global, int argc, char **argv, const char *argv0) {
    cli_opts cli = *global;
    /* Copies of the option lists, which the test's own options extend. */
    const char **lists[3] = {NULL, NULL, NULL};
    size_t sizes[3] = {cli.nmacro_dirs, cli.nprops, cli.nlookup_dirs};
    const char **src[3] = {cli.macro_dirs, cli.props, cli.lookup_dirs};
    for (int i = 0; i < 3; i++) {
        lists[i] = sq_xcalloc(sizes[i] + 1, sizeof(char *));
        if (sizes[i])
            memcpy(lists[i], src[i], sizes[i] * sizeof(char *));
    }
    cli.macro_dirs = lists[0];
    cli.props = lists[1];
    cli.lookup_dirs = lists[2];
    test_opts t = {.jobs = 1};
    int rc = parse_test_options(argc, argv, &cli, &t);
    char **paths = NULL;
    size_t npaths = 0;
    if (rc < 0 && optind >= argc) {
        rc = cli_usage_error("test", "no detection given");
    }
    if (rc >= 0)
        goto out;
    for (int i = optind; i < argc; i++)
        collect(argv[i], &paths, &npaths);

    runner r = {.cli = &cli, .opts = &t, .argv0 = argv0, .nruns = npaths};
    r.runs = sq_xcalloc(npaths ? npaths : 1, sizeof *r.runs);
    for (size_t i = 0; i < npaths; i++)
        r.runs[i].path = paths[i];
    pthread_mutex_init(&r.lock, NULL);
    pthread_cond_init(&r.progress, NULL);
    int nthreads = t.jobs < (int)npaths ? t.jobs : (int)(npaths ? npaths : 1);
    pthread_t *threads = sq_xcalloc((size_t)nthreads, sizeof *threads);
    for (int i = 0; i < nthreads; i++)
        pthread_create(&threads[i], NULL, worker, &r);

    /* Print in file order as soon as each detection is done. */
    size_t count[4] = {0}, number = 0;
    if (t.tap)
        printf("TAP version 13\n");
    for (size_t i = 0; i < npaths; i++) {
        pthread_mutex_lock(&r.lock);
        while (!r.runs[i].done)
            pthread_cond_wait(&r.progress, &r.lock);
        pthread_mutex_unlock(&r.lock);
        for (size_t k = 0; k < r.runs[i].nouts; k++) {
            const sq_test_outcome *o = &r.runs[i].outs[k];
            count[o->status]++;
            if (t.tap)
                print_tap(o, ++number, stdout);
            else
                print_line(o, stdout);
        }
        fflush(stdout);
    }
    for (int i = 0; i < nthreads; i++)
        pthread_join(threads[i], NULL);
    size_t total = count[0] + count[1] + count[2] + count[3];
    if (t.tap)
        printf("1..%zu\n", total);
    printf("%s%zu passed, %zu failed, %zu errors, %zu skipped (%zu tests in %zu detections)\n",
           t.tap ? "# " : "", count[SQ_TEST_PASS], count[SQ_TEST_FAIL], count[SQ_TEST_ERROR],
           count[SQ_TEST_SKIP], total, npaths);
    rc = count[SQ_TEST_FAIL] || count[SQ_TEST_ERROR] ? CLI_FAILED : CLI_OK;
    if (t.junit && write_junit(t.junit, r.runs, npaths, count) != 0) {
        fprintf(stderr, "splq test: cannot write %s\n", t.junit);
        rc = CLI_FAILED;
    }
    if (t.json && write_json(t.json, r.runs, npaths, count) != 0) {
        fprintf(stderr, "splq test: cannot write %s\n", t.json);
        rc = CLI_FAILED;
    }
    for (size_t i = 0; i < npaths; i++) {
        for (size_t k = 0; k < r.runs[i].nouts; k++)
            sq_test_outcome_free(&r.runs[i].outs[k]);
        free(r.runs[i].outs);
    }
    free(r.runs);
    free(threads);
    pthread_mutex_destroy(&r.lock);
    pthread_cond_destroy(&r.progress);
out:
    for (size_t i = 0; i < npaths; i++)
        free(paths[i]);
    free(paths);
    free(t.map);
    free(cli.macro_dirs); /* the copies, perhaps grown by the test's options */
    free(cli.props);
    free(cli.lookup_dirs);
    return rc;
}
