/* cli.h — the `splq` command line: options shared by its subcommands. */
#ifndef SPLQ_CLI_H
#define SPLQ_CLI_H

#include <stddef.h>

#include "splq/splq.h"

/* Exit statuses. */
enum { CLI_OK = 0, CLI_FAILED = 1, CLI_USAGE = 2 };

typedef struct cli_opts {
    sq_outfmt fmt;
    int fmt_set;
    const char *sourcetype;
    const char **macro_dirs;
    size_t nmacro_dirs;
    const char **props;
    size_t nprops;
    const char **lookup_dirs; /* --lookups, in order */
    size_t nlookup_dirs;
    const char *query_file; /* -f: the query's text comes from a file */
    double now;             /* --now; < 0: the clock */
    const char *earliest;   /* --earliest, --latest: bounds on _time, or NULL */
    const char *latest;
    int expanded;             /* parse --expanded: print the expanded text */
    int spl;                  /* parse --spl: print the tree back as canonical SPL */
    int stats_stages;         /* --stats-stages: events in and out of each stage, on stderr */
    int color;                /* --color: 1 always, 0 never, -1 auto (a terminal, no NO_COLOR) */
    int progress;             /* 0: --no-progress or -q */
    int quiet;                /* -q: no progress line, no notes */
    size_t max_memory;        /* --max-memory; 0: the default */
    int summary;              /* --summary: the data accounting on stderr even for a clean run */
    const char *json_summary; /* --json-summary FILE, or NULL */
} cli_opts;

/* Should output written to fd be coloured?  --color, else: fd is a
 * terminal, NO_COLOR is unset or empty (https://no-color.org) and TERM is
 * not "dumb". */
int cli_color(const cli_opts *o, int fd);

/* The progress line on stderr (progress.c): attached to env when stderr is
 * a terminal and progress is wanted, else NULL (every function accepts
 * NULL). */
typedef struct cli_progress cli_progress;
cli_progress *cli_progress_attach(const cli_opts *o, sq_env *env);
/* Erase the line if it is shown (before anything else goes to stderr). */
void cli_progress_clear(cli_progress *pr);
/* A new run starts: erase, and count its time from now. */
void cli_progress_restart(cli_progress *pr);
void cli_progress_free(cli_progress *pr, sq_env *env);

/* Option parsing shared by the subcommands (usage.c).  A usage error:
 * "splq[ SUB]: <message>" and where to find help, on stderr; returns
 * CLI_USAGE.  sub is NULL for the query runner itself. */
int cli_usage_error(const char *sub, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* getopt's ':' (a missing value) or '?' (an unknown option) as a usage
 * error; optopt_char is getopt's optopt, arg the word it stopped on. */
int cli_getopt_error(const char *sub, int c, int optopt_char, const char *arg);
/* Append item to a repeatable option's list. */
void cli_list_push(const char ***list, size_t *n, const char *item);

/* The help of `splq parse --help` (parse_cmd.c) and `splq repl --help`
 * (repl.c); check and test print their own. */
extern const char cli_parse_help[];
extern const char cli_repl_help[];

/* Print a library error that is not about the query text:
 * "splq: <kind> error: <message>". */
void cli_error(const sq_error *err);
/* The environment with the options' macro directories and props files;
 * diag is the sink for everything the library reports. */
int cli_env_open(sq_env *env, const cli_opts *o, const char *argv0, sq_diag diag);
/* Read -f's file or take the QUERY operand; *text is malloc'd. */
int cli_query_text(const cli_opts *o, const char *operand, char **text);
/* Expand and parse; reports errors itself.  Returns NULL on error. */
sq_prepared *cli_prepare(sq_env *env, const char *text);

/* The data accounting (summary.c): one line "splq: read N events, skipped
 * M lines: ..." on out; the JSON summary into path (error: the run's error
 * message, or NULL).  -1 when path cannot be written (reported). */
void cli_summary_print(const sq_counters *c, FILE *out);
/* The reasons lines were skipped, as that line gives them: ": 2 invalid
 * JSON, 1 ..." (nothing when none was). */
void cli_skip_reasons(const sq_counters *c, FILE *out);
int cli_summary_json(const char *path, const sq_counters *c, const char *error);

int cli_parse_main(const cli_opts *o, sq_env *env, char *const *operands, int n);
/* `splq check`: argv[0] is "check"; reads its own options after it. */
int cli_check_main(const cli_opts *o, int argc, char **argv, const char *argv0);
/* `splq test`: the detection regression harness (test_cmd.c). */
int cli_test_main(const cli_opts *o, int argc, char **argv, const char *argv0);
/* `splq repl`: the interactive session over files (repl.c). */
int cli_repl_main(const cli_opts *o, sq_env *env, char *const *files, int n, const char *argv0);

#endif
