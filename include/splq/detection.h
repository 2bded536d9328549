/* detection.h — detection rules read from security_content-style YAML. */
#ifndef SPLQ_DETECTION_H
#define SPLQ_DETECTION_H

#include <stddef.h>

#include "splq/error.h"

typedef struct sq_detection {
    char *path;
    char *name;
    char *id;
    char *search;
    char **data_sources; /* data_source: list */
    size_t ndata_sources;
} sq_detection;

/* Read one detection file.  A file without a `search` is an error. */
int sq_detection_load(const char *path, sq_detection **out, sq_error *err);
void sq_detection_free(sq_detection *d);

#endif
