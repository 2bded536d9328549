/* detection.h — detection rules read from security_content-style YAML. */
#ifndef SPLQ_DETECTION_H
#define SPLQ_DETECTION_H

#include <stddef.h>

#include "splq/error.h"

/* One file of attack data a test replays. */
typedef struct sq_attack_data {
    char *data; /* a URL, or a path relative to the detection file */
    char *sourcetype;
    char *source;
} sq_attack_data;

/* What a test expects: the content tooling's verdict (fires, with its risk
 * and threat objects), silence, or an exact number of results. */
typedef enum sq_expect { SQ_EXPECT_FIRES, SQ_EXPECT_SILENT, SQ_EXPECT_COUNT } sq_expect;

typedef struct sq_det_test {
    char *name;
    char *type; /* test_type: unit, integration, ... (NULL when absent) */
    sq_attack_data *data;
    size_t ndata;
    sq_expect expect;
    long expect_count;
} sq_det_test;

typedef struct sq_detection {
    char *path;
    char *name;
    char *id;
    char *search;
    char **data_sources; /* data_source: list */
    size_t ndata_sources;
    /* Fields every result must carry (risk objects: the 2024 schema's
     * observables whose role is not Attacker; the newer finding.entity) and
     * fields some result must carry (threat objects: role Attacker;
     * threat_objects). */
    char **risk_fields;
    size_t nrisk_fields;
    char **threat_fields;
    size_t nthreat_fields;
    char *message; /* tags.message or finding.title, with $field$ tokens */
    sq_det_test *tests;
    size_t ntests;
} sq_detection;

/* Read one detection file.  A file without a `search` is an error. */
int sq_detection_load(const char *path, sq_detection **out, sq_error *err);
void sq_detection_free(sq_detection *d);

#endif
