/* datasource.h — one data source object, for check.c (internal). */
#ifndef SPLQ_CORE_DATASOURCE_H
#define SPLQ_CORE_DATASOURCE_H

#include <stddef.h>

#include "splq/check.h"
#include "splq/event.h"

typedef struct sq_datasource {
    char *name;
    char *path;
    sq_symtab *fields; /* as a set; NULL when the file lists none */
} sq_datasource;

/* By name, case-insensitively; NULL when unknown. */
const sq_datasource *sq_datasource_find(const sq_datasources *ds, const char *name, size_t len);

#endif
