/* repl.h — `splq repl`: the interactive session's state, shared by its
 * files (repl.c: the loop and input; repl_cmd.c: dot-commands and running
 * queries; repl_complete.c: tab completion). */
#ifndef SPLQ_REPL_H
#define SPLQ_REPL_H

#include <signal.h>
#include <stdint.h>
#include <sys/types.h>

#include "cli.h"
#include "splq/memsource.h"

/* Input kept in memory across all loaded files: half of --max-memory (the
 * other half is the queries'); past it, files are read from disk by every
 * query (see docs/repl.md). */
#define REPL_MEMORY_LIMIT(env) ((uint64_t)sq_max_memory(env) / 2)
/* The table shows at most this many rows and cuts cells this wide. */
#define REPL_MAX_ROWS 100
#define REPL_MAX_CELL 60

typedef struct repl_file {
    char *path;
    char *sourcetype;  /* NULL: the session's, else detected */
    char *seen_types;  /* the sourcetypes its events got ("aws:cloudtrail"), or NULL */
    sq_memsource *mem; /* NULL: too large, read per query */
    time_t mtime;
    off_t size;
} repl_file;

typedef struct repl {
    sq_env *env;
    const char *argv0;
    repl_file *files;
    size_t nfiles;
    char *sourcetype; /* .sourcetype; NULL: detected */
    sq_outfmt fmt;
    int timer;
    int interactive; /* a terminal: prompts, editing, history */
    int errors;      /* queries or commands that failed */
    int quit;
    const char *pending; /* the lines of a query being continued, or NULL (completion) */
    char **fields;       /* field names of the loaded data, sorted, for completion */
    size_t nfields;
    volatile sig_atomic_t *cancel;
    int color;              /* tables in colour (cli_color) */
    cli_progress *progress; /* the progress line of loads and queries, or NULL */
} repl;

/* A dot-command line (starting with '.'). */
void repl_dot(repl *r, const char *line);
/* Run one query (complete text) and show its results. */
void repl_query(repl *r, const char *text);
/* Load (or reload) a file; 0 on success. */
int repl_load(repl *r, const char *path, const char *sourcetype);
/* Reload files changed on disk since they were loaded. */
void repl_refresh(repl *r);
void repl_free_files(repl *r);

/* Install libedit's completion for r. */
void repl_complete_init(repl *r);

#endif
