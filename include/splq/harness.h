/* harness.h — `splq test`: replay a detection's attack data and judge it as
 * Splunk's content tooling does, explaining failures. */
#ifndef SPLQ_HARNESS_H
#define SPLQ_HARNESS_H

#include <stddef.h>

#include "splq/query.h"

typedef enum sq_test_status { SQ_TEST_PASS, SQ_TEST_FAIL, SQ_TEST_ERROR, SQ_TEST_SKIP } sq_test_status;

typedef struct sq_test_outcome {
    char *detection; /* the detection's name (or its file name) */
    char *path;      /* the detection file */
    char *test;      /* the test's name */
    sq_test_status status;
    char *reason;  /* one line */
    char *details; /* several lines: the explanation of a failure, or the
                    * rendered finding message of a pass; may be NULL */
    unsigned long long results;
} sq_test_outcome;

typedef struct sq_data_map {
    const char *url;
    const char *file;
} sq_data_map;

typedef struct sq_harness_opts {
    const char *data_dir; /* --data-dir: URL path after the branch, under DIR */
    const sq_data_map *map; /* --data URL=FILE */
    size_t nmap;
} sq_harness_opts;

/* Run every test of one detection file.  Outcomes are appended to *outs. */
void sq_harness_run(sq_env *env, const sq_harness_opts *opts, const char *path,
                    sq_test_outcome **outs, size_t *nouts);
void sq_test_outcome_free(sq_test_outcome *o);
const char *sq_test_status_name(sq_test_status s);

/* Where a test's attack data is found locally: a malloc'd path, or NULL
 * with *looked set to the (malloc'd) path that was tried first. */
char *sq_harness_locate(const sq_harness_opts *opts, const char *detection_path,
                        const char *data, char **looked);

#endif
