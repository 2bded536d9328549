/* harness.c — `splq test`: replay attack data through a detection's search
 * and judge the results as Splunk's content tooling does.
 *
 * A test passes when the search returns at least one result, every risk
 * object field is non-null in every result, and every threat object field is
 * non-null in at least one result.  Local tests may instead expect silence or
 * an exact number of results.  A failure is explained from the run itself:
 * events read, events after each stage, fields the search reads that the data
 * never had, and `_filter` macros that fell back to their default. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "splq/buf.h"
#include "splq/detection.h"
#include "splq/fieldwalk.h"
#include "splq/harness.h"
#include "splq/splq.h"

const char *sq_test_status_name(sq_test_status s) {
    static const char *const names[] = {"PASS", "FAIL", "ERROR", "SKIP"};
    return (unsigned)s < 4 ? names[s] : "?";
}

void sq_test_outcome_free(sq_test_outcome *o) {
    free(o->detection);
    free(o->path);
    free(o->test);
    free(o->reason);
    free(o->details);
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The path inside the repository: what follows the branch in a GitHub URL
 * (media.githubusercontent.com/media/OWNER/REPO/BRANCH/..., raw.githubusercontent.com/
 * OWNER/REPO/BRANCH/..., github.com/OWNER/REPO/raw|blob/BRANCH/...). */
static const char *repo_path(const char *url) {
    const char *p = strstr(url, "://");
    if (!p)
        return NULL;
    p += 3;
    int skip; /* path segments before the repository path */
    if (strncmp(p, "media.githubusercontent.com/media/", 34) == 0)
        skip = 5;
    else if (strncmp(p, "raw.githubusercontent.com/", 26) == 0)
        skip = 4;
    else if (strncmp(p, "github.com/", 11) == 0)
        skip = 5;
    else
        skip = 1; /* any other host: the whole path */
    for (int i = 0; i < skip; i++) {
        p = strchr(p, '/');
        if (!p)
            return NULL;
        p++;
    }
    return *p ? p : NULL;
}

static char *join_path(const char *a, const char *b) {
    sq_buf buf = SQ_BUF_INIT;
    sq_buf_printf(&buf, "%s/%s", a, b);
    return sq_buf_steal(&buf);
}

/* DIR/rel, else DIR/<one folder>/rel (a data folder holding several
 * repositories' trees, as ../shared/data does). */
static char *find_under(const char *dir, const char *rel) {
    char *direct = join_path(dir, rel);
    if (is_file(direct))
        return direct;
    free(direct);
    DIR *dh = opendir(dir);
    if (!dh)
        return NULL;
    char *found = NULL;
    struct dirent *e;
    while (!found && (e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        char *sub = join_path(dir, e->d_name);
        char *cand = join_path(sub, rel);
        if (is_file(cand))
            found = cand;
        else
            free(cand);
        free(sub);
    }
    closedir(dh);
    return found;
}

char *sq_harness_locate(const sq_harness_opts *opts, const char *detection_path, const char *data,
                        char **looked) {
    *looked = NULL;
    for (size_t i = 0; i < opts->nmap; i++)
        if (strcmp(opts->map[i].url, data) == 0) {
            if (is_file(opts->map[i].file))
                return sq_xstrdup(opts->map[i].file);
            *looked = sq_xstrdup(opts->map[i].file);
            return NULL;
        }
    if (!strstr(data, "://")) { /* a local test: relative to the detection */
        char *path;
        if (data[0] == '/') {
            path = sq_xstrdup(data);
        } else {
            const char *slash = strrchr(detection_path, '/');
            sq_buf b = SQ_BUF_INIT;
            if (slash)
                sq_buf_add(&b, detection_path, (size_t)(slash - detection_path + 1));
            sq_buf_adds(&b, data);
            path = sq_buf_steal(&b);
        }
        if (is_file(path))
            return path;
        *looked = path;
        return NULL;
    }
    const char *rel = repo_path(data);
    if (!opts->data_dir || !rel) {
        *looked = sq_xstrdup(opts->data_dir ? data : "(no --data-dir given)");
        return NULL;
    }
    char *found = find_under(opts->data_dir, rel);
    if (!found)
        *looked = join_path(opts->data_dir, rel);
    return found;
}

/* ---- fields the search reads that the data never had -------------------- */

typedef struct seen_check {
    const sq_result *r;
    sq_buf missing; /* `a`, `b` */
} seen_check;

static int seen_in_data(void *ud, const char *f) {
    const seen_check *c = ud;
    sq_sym s;
    return sq_sym_find(c->r->syms, f, strlen(f), &s) && s < c->r->nfields_seen &&
           c->r->fields_seen[s];
}

static void never_seen(void *ud, const char *f, sq_span span) {
    (void)span;
    seen_check *c = ud;
    sq_buf_printf(&c->missing, "%s`%s`", c->missing.len ? ", " : "", f);
}

/* ---- judging and explaining ---------------------------------------------- */

typedef struct diag_capture {
    sq_buf filters; /* `_filter` macros that fell back to `search *` */
    sq_buf warnings;
} diag_capture;

static void capture(void *ud, sq_diag_level level, const char *msg) {
    diag_capture *c = ud;
    if (level == SQ_DIAG_NOTE && strstr(msg, "_filter")) {
        const char *a = strchr(msg, '`');
        const char *b = a ? strchr(a + 1, '`') : NULL;
        if (a && b) {
            if (c->filters.len)
                sq_buf_adds(&c->filters, ", ");
            sq_buf_add(&c->filters, a, (size_t)(b - a + 1));
        }
    } else if (level == SQ_DIAG_WARNING && c->warnings.len < 2000) {
        sq_buf_printf(&c->warnings, "    %s\n", msg);
    }
}

static int non_null(sq_event *row, sq_symtab *syms, const char *field) {
    sq_sym s;
    if (!sq_sym_find(syms, field, strlen(field), &s))
        return 0;
    const sq_value *v = sq_event_cget(row, s);
    return v && v->type != SQ_NULL;
}

/* $field$ tokens filled from the first result. */
static char *render_message(const char *msg, const sq_result *r) {
    sq_buf out = SQ_BUF_INIT, scratch = SQ_BUF_INIT;
    for (const char *p = msg; *p;) {
        const char *end = p[0] == '$' ? strchr(p + 1, '$') : NULL;
        if (!end) {
            sq_buf_addc(&out, *p++);
            continue;
        }
        sq_sym s;
        const sq_value *v = NULL;
        if (r->nrows && sq_sym_find(r->syms, p + 1, (size_t)(end - p - 1), &s))
            v = sq_event_cget(r->rows[0], s);
        if (v) {
            sq_buf_reset(&scratch);
            sq_value_format(v, &scratch, ", ");
            sq_buf_add(&out, sq_buf_cstr(&scratch), scratch.len);
        } else {
            sq_buf_add(&out, p, (size_t)(end - p + 1));
        }
        p = end + 1;
    }
    sq_buf_free(&scratch);
    return sq_buf_steal(&out);
}

/* The verdict on a run's results; NULL reason means it passed. */
static char *judge(const sq_detection *d, const sq_det_test *t, const sq_result *r) {
    sq_buf why = SQ_BUF_INIT;
    if (t->expect == SQ_EXPECT_SILENT) {
        if (r->nrows)
            sq_buf_printf(&why, "expected no results, got %zu", r->nrows);
    } else if (t->expect == SQ_EXPECT_COUNT) {
        if ((long)r->nrows != t->expect_count)
            sq_buf_printf(&why, "expected %ld results, got %zu", t->expect_count, r->nrows);
    } else if (r->nrows == 0) {
        sq_buf_adds(&why, "the search returned no results");
    } else {
        for (size_t i = 0; i < d->nrisk_fields && !why.len; i++) {
            size_t missing = 0;
            for (size_t k = 0; k < r->nrows; k++)
                missing += !non_null(r->rows[k], r->syms, d->risk_fields[i]);
            if (missing)
                sq_buf_printf(&why, "risk object field `%s` is null in %zu of %zu results",
                              d->risk_fields[i], missing, r->nrows);
        }
        for (size_t i = 0; i < d->nthreat_fields && !why.len; i++) {
            int seen = 0;
            for (size_t k = 0; k < r->nrows && !seen; k++)
                seen = non_null(r->rows[k], r->syms, d->threat_fields[i]);
            if (!seen)
                sq_buf_printf(&why, "threat object field `%s` is null in every result",
                              d->threat_fields[i]);
        }
    }
    return why.len ? sq_buf_steal(&why) : (sq_buf_free(&why), NULL);
}

static char *explain(const sq_prepared *p, const sq_result *r, const diag_capture *cap) {
    sq_buf out = SQ_BUF_INIT;
    sq_buf_printf(&out, "events read: %llu", (unsigned long long)r->counters.events_read);
    if (r->counters.lines_skipped)
        sq_buf_printf(&out, " (%llu malformed lines skipped)",
                      (unsigned long long)r->counters.lines_skipped);
    sq_buf_addc(&out, '\n');
    int zero_named = 0;
    for (size_t i = 0; i < r->nstages; i++) {
        const sq_stage_stat *s = &r->stages[i];
        sq_buf_printf(&out, "stage %zu %-12s in %llu, out %llu", i + 1, s->command,
                      (unsigned long long)s->events_in, (unsigned long long)s->events_out);
        if (!zero_named && s->events_in > 0 && s->events_out == 0 && i + 1 < r->nstages) {
            sq_buf_adds(&out, "   <- no events pass this stage");
            zero_named = 1;
        }
        sq_buf_addc(&out, '\n');
    }
    seen_check seen = {.r = r, .missing = SQ_BUF_INIT};
    sq_fieldwalk walk = {.provided = seen_in_data, .missing = never_seen, .ud = &seen};
    sq_fields_missing(p->ast, &walk);
    if (seen.missing.len && r->counters.events_read)
        sq_buf_printf(&out, "fields the search reads that never appeared in the data: %s\n",
                      seen.missing.data);
    sq_buf_free(&seen.missing);
    if (cap->filters.len)
        sq_buf_printf(&out, "macros defaulted to `search *`: %s\n", cap->filters.data);
    if (cap->warnings.len)
        sq_buf_printf(&out, "warnings:\n%s", cap->warnings.data);
    if (out.len && out.data[out.len - 1] == '\n')
        out.data[--out.len] = '\0';
    return sq_buf_steal(&out);
}

static sq_test_outcome *new_outcome(sq_test_outcome **outs, size_t *n, const char *path,
                                    const sq_detection *d, const char *test) {
    *outs = sq_xrealloc(*outs, (*n + 1) * sizeof **outs);
    sq_test_outcome *o = &(*outs)[(*n)++];
    memset(o, 0, sizeof *o);
    const char *base = strrchr(path, '/');
    o->detection = sq_xstrdup(d && d->name ? d->name : base ? base + 1 : path);
    o->path = sq_xstrdup(path);
    o->test = sq_xstrdup(test ? test : "(detection)");
    return o;
}

static void run_test(sq_env *env, const sq_harness_opts *opts, const sq_detection *d,
                     const sq_det_test *t, sq_test_outcome *o) {
    sq_input *inputs = sq_xcalloc(t->ndata ? t->ndata : 1, sizeof *inputs);
    char **paths = sq_xcalloc(t->ndata ? t->ndata : 1, sizeof *paths);
    for (size_t i = 0; i < t->ndata; i++) {
        char *looked;
        paths[i] = sq_harness_locate(opts, d->path, t->data[i].data, &looked);
        if (!paths[i]) {
            o->status = SQ_TEST_SKIP;
            sq_buf b = SQ_BUF_INIT;
            sq_buf_printf(&b, "attack data not found: %s", looked);
            o->reason = sq_buf_steal(&b);
            free(looked);
            goto done;
        }
        inputs[i] = (sq_input){.path = paths[i], .sourcetype = t->data[i].sourcetype,
                               .source = t->data[i].source};
    }
    if (t->ndata == 0) {
        o->status = SQ_TEST_SKIP;
        o->reason = sq_xstrdup("the test names no attack data");
        goto done;
    }
    diag_capture cap = {SQ_BUF_INIT, SQ_BUF_INIT};
    sq_diag saved = env->diag;
    env->diag = (sq_diag){.fn = capture, .ud = &cap};
    sq_error err = {0};
    sq_prepared *p = NULL;
    sq_result r = {0};
    if (sq_prepare(env, d->search, &p, &err) < 0) {
        o->status = SQ_TEST_ERROR;
        o->reason = sq_xstrdup(err.msg);
    } else {
        sq_exec_opts eo = {.inputs = inputs, .ninputs = t->ndata, .track_fields = 1};
        if (sq_execute_collect(env, p, &eo, &r, &err) < 0) {
            o->status = SQ_TEST_ERROR;
            o->reason = sq_xstrdup(err.msg);
        } else {
            o->results = r.nrows;
            char *why = judge(d, t, &r);
            if (why) {
                o->status = SQ_TEST_FAIL;
                o->reason = why;
                o->details = explain(p, &r, &cap);
            } else {
                o->status = SQ_TEST_PASS;
                sq_buf b = SQ_BUF_INIT;
                sq_buf_printf(&b, "%zu result%s", r.nrows, r.nrows == 1 ? "" : "s");
                o->reason = sq_buf_steal(&b);
                if (d->message && t->expect != SQ_EXPECT_SILENT && r.nrows)
                    o->details = render_message(d->message, &r);
            }
        }
    }
    sq_result_free(&r);
    sq_prepared_free(p);
    env->diag = saved;
    sq_buf_free(&cap.filters);
    sq_buf_free(&cap.warnings);
done:
    for (size_t i = 0; i < t->ndata; i++)
        free(paths[i]);
    free(paths);
    free(inputs);
}

void sq_harness_run(sq_env *env, const sq_harness_opts *opts, const char *path,
                    sq_test_outcome **outs, size_t *nouts) {
    sq_error err = {0};
    sq_detection *d;
    if (sq_detection_load(path, &d, &err) < 0) {
        sq_test_outcome *o = new_outcome(outs, nouts, path, NULL, NULL);
        o->status = SQ_TEST_ERROR;
        o->reason = sq_xstrdup(err.msg);
        return;
    }
    if (d->ntests == 0) {
        sq_test_outcome *o = new_outcome(outs, nouts, path, d, NULL);
        o->status = SQ_TEST_SKIP;
        o->reason = sq_xstrdup("the detection has no tests");
    }
    for (size_t i = 0; i < d->ntests; i++) {
        sq_test_outcome *o = new_outcome(outs, nouts, path, d, d->tests[i].name);
        run_test(env, opts, d, &d->tests[i], o);
    }
    sq_detection_free(d);
}
