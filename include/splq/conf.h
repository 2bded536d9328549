/* conf.h — readers for Splunk .conf files (stanzas of key = value). */
#ifndef SPLQ_CONF_H
#define SPLQ_CONF_H

#include <stddef.h>

#include "splq/error.h"

typedef struct sq_conf_kv {
    char *key;
    char *value; /* continuation lines (trailing backslash) joined */
    int line;
} sq_conf_kv;

typedef struct sq_conf_stanza {
    char *name; /* text between [ and ] */
    int line;
    sq_conf_kv *kvs;
    size_t nkvs;
} sq_conf_stanza;

typedef struct sq_conf {
    char *path;
    sq_conf_stanza *stanzas;
    size_t nstanzas;
} sq_conf;

/* Comments (#) and blank lines are skipped; keys before the first stanza go
 * into a stanza named "default". */
int sq_conf_parse(const char *path, const char *text, size_t len, sq_conf **out, sq_error *err);
int sq_conf_load(const char *path, sq_conf **out, sq_error *err);
void sq_conf_free(sq_conf *c);
const char *sq_conf_get(const sq_conf_stanza *s, const char *key);

/* The regular files of dir whose names end in one of suffixes (a NULL-
 * terminated list), as "dir/name" paths in name order, so that which of two
 * same-named definitions wins never depends on the file system.  what names
 * the directory in the error ("macro directory").  Free with sq_dir_files_free. */
int sq_dir_files(const char *dir, const char *what, const char *const *suffixes, char ***paths,
                 size_t *n, sq_error *err);
void sq_dir_files_free(char **paths, size_t n);

/* Read a whole file (or "-" for stdin) into memory. */
int sq_read_file(const char *path, char **out, size_t *len, sq_error *err);

#endif
