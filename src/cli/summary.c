/* summary.c — the data accounting of a run, as splq prints it: one line on
 * stderr (cli_summary_print) and the machine-readable summary of
 * --json-summary FILE (cli_summary_json).  See docs/cli.md. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *plural(uint64_t n, const char *one, const char *many) {
    return n == 1 ? one : many;
}

void cli_skip_reasons(const sq_counters *c, FILE *out) {
    const char *sep = ": ";
    for (int k = 0; k < SQ_SKIP_NREASONS; k++) {
        if (!c->skipped_by[k])
            continue;
        fprintf(out, "%s%llu %s", sep, (unsigned long long)c->skipped_by[k],
                sq_skip_reason_text((sq_skip_reason)k));
        sep = ", ";
    }
}

void cli_summary_print(const sq_counters *c, FILE *out) {
    fprintf(out, "splq: read %llu %s, skipped %llu %s", (unsigned long long)c->events_read,
            plural(c->events_read, "event", "events"), (unsigned long long)c->lines_skipped,
            plural(c->lines_skipped, "line", "lines"));
    cli_skip_reasons(c, out);
    if (c->prefiltered)
        fprintf(out,
                "; %llu of the events did not hold the search's terms and were not parsed "
                "(not a loss)",
                (unsigned long long)c->prefiltered);
    fputc('\n', out);
}

/* A path as a JSON string: bytes that are not UTF-8 become '?'. */
static json_t *path_string(const char *path) {
    json_t *s = json_string(path);
    if (s)
        return s;
    char *copy = sq_xstrdup(path);
    for (char *p = copy; *p; p++)
        if ((unsigned char)*p >= 0x80)
            *p = '?';
    s = json_string(copy);
    free(copy);
    return s;
}

static json_t *skipped_object(const uint64_t *by) {
    json_t *o = json_object();
    for (int k = 0; k < SQ_SKIP_NREASONS; k++)
        json_object_set_new(o, sq_skip_reason_name((sq_skip_reason)k),
                            json_integer((json_int_t)by[k]));
    return o;
}

static void set_counts(json_t *o, uint64_t events, uint64_t skipped, const uint64_t *by,
                       uint64_t prefiltered, uint64_t bytes) {
    json_object_set_new(o, "events_read", json_integer((json_int_t)events));
    json_object_set_new(o, "lines_skipped", json_integer((json_int_t)skipped));
    json_object_set_new(o, "skipped", skipped_object(by));
    json_object_set_new(o, "prefiltered", json_integer((json_int_t)prefiltered));
    json_object_set_new(o, "bytes_read", json_integer((json_int_t)bytes));
}

int cli_summary_json(const char *path, const sq_counters *c, const char *error) {
    json_t *root = json_object();
    json_object_set_new(root, "status", json_string(error ? "error" : "ok"));
    if (error)
        json_object_set_new(root, "error", path_string(error));
    set_counts(root, c->events_read, c->lines_skipped, c->skipped_by, c->prefiltered,
               c->bytes_read);
    json_object_set_new(root, "results", json_integer((json_int_t)c->results));
    json_t *files = json_array();
    for (size_t i = 0; i < c->nfiles; i++) {
        const sq_file_counts *f = &c->files[i];
        json_t *o = json_object();
        json_object_set_new(o, "path", path_string(f->path));
        json_object_set_new(o, "reads", json_integer(f->reads));
        json_object_set_new(o, "complete", json_boolean(f->complete));
        set_counts(o, f->events_read, f->lines_skipped, f->skipped_by, f->prefiltered,
                   f->bytes_read);
        json_array_append_new(files, o);
    }
    json_object_set_new(root, "files", files);
    FILE *out = fopen(path, "w");
    int rc = out ? json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : -1;
    if (out) {
        fputc('\n', out);
        if (fclose(out) != 0)
            rc = -1;
    }
    json_decref(root);
    if (rc != 0) {
        fprintf(stderr, "splq: --json-summary %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}
