/* main.c — the `splq` binary: options, subcommand dispatch, the
 * environment, running a query over files and writing its rows.  The
 * subcommands live beside it: parse_cmd.c, check_cmd.c, test_cmd.c, repl*.c.
 * Everything printed to stderr is formatted here (the library never
 * prints): errors, warnings and notes, the data-accounting summary. */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "splq/conf.h"
#include "splq/lookup.h"
#include "splq/sourcetype.h"
#include "splq/timefmt.h"

/* Past this many warnings (or notes), the rest are counted, not shown. */
#define CLI_MAX_DIAGS 100

static const char usage_text[] =
    "usage: splq [OPTIONS] QUERY [FILE...]   run QUERY over the events in FILEs\n"
    "       splq parse [OPTIONS] QUERY       expand macros, parse, print the syntax tree\n"
    "       splq check [OPTIONS] QUERY|FILE.yml|DIR...  what a rule needs that splq cannot\n"
    "                                        run yet\n"
    "       splq test [OPTIONS] PATH...      run detections' tests\n"
    "       splq repl [OPTIONS] [FILE...]    interactive session over FILEs\n"
    "       splq COMMAND --help              the options of parse, check, test or repl\n"
    "       splq --help | --version\n"
    "\n"
    "QUERY is an SPL search (backtick macros allowed).  FILEs hold JSON lines,\n"
    "a JSON array, CloudTrail {\"Records\":[...]} or plain text, optionally gzipped;\n"
    "none or \"-\" reads standard input.\n"
    "\n"
    "options:\n"
    "  -o, --output table|json|csv  output format (default: table on a terminal, json otherwise)\n"
    "  -t, --sourcetype NAME        sourcetype of the inputs (default: detected; CloudTrail\n"
    "                               records are aws:cloudtrail, other JSON _json)\n"
    "  -m, --macros DIR             add a macro directory (repeatable; later ones override\n"
    "                               earlier ones; the project's macros/ is always first)\n"
    "      --props FILE             add a props.conf-style sourcetype file (repeatable)\n"
    "      --lookups DIR            add a lookup directory: lookup definitions (YAML,\n"
    "                               transforms.conf) and CSV tables (repeatable; later\n"
    "                               ones override earlier ones)\n"
    "  -f, --file FILE              read the query from FILE instead of the QUERY argument\n"
    "      --now TIME               search time as epoch seconds (default: the clock)\n"
    "      --earliest TIME          read only events at or after TIME, a Splunk time\n"
    "                               modifier (-24h, -7d@d, @d), an epoch or a date\n"
    "                               (2024-03-11, 2024-03-11T08:00:00)\n"
    "      --latest TIME            read only events before TIME\n"
    "      --stats-stages           after the run, events in and out of each stage (stderr)\n"
    "      --color[=WHEN]           colour the table: auto (default: on a terminal, unless\n"
    "                               NO_COLOR is set), always, never\n"
    "      --no-progress            no progress line on stderr (shown on a terminal during\n"
    "                               long runs)\n"
    "  -q, --quiet                  no progress line and no notes (warnings still shown)\n"
    "      --summary                after the run, events read and lines skipped (stderr;\n"
    "                               without it, only when a line was skipped)\n"
    "      --json-summary FILE      write the run's data accounting as JSON to FILE\n"
    "      --max-memory SIZE        memory the query's blocking commands (stats, sort,\n"
    "                               dedup, join...) may hold: 512M, 2G... (default: 2G,\n"
    "                               or half the RAM if less); past it the query fails\n"
    "      --expanded               (parse) print the macro-expanded query, not the tree\n"
    "      --spl                    (parse) print the tree back as canonical SPL\n"
    "  -h, --help                   show this help\n"
    "  -V, --version                show the version\n"
    "\n"
    "Exit status: 0 success, 1 an error in the query, the inputs or the output,\n"
    "2 a usage error.  The time zone is TZ's.\n";

enum {
    OPT_PROPS = 256,
    OPT_NOW,
    OPT_EXPANDED,
    OPT_LOOKUPS,
    OPT_SPL,
    OPT_STATS_STAGES,
    OPT_EARLIEST,
    OPT_LATEST,
    OPT_COLOR,
    OPT_NO_PROGRESS,
    OPT_MAX_MEMORY,
    OPT_SUMMARY,
    OPT_JSON_SUMMARY
};

static const struct option long_opts[] = {
    {"output", required_argument, NULL, 'o'},
    {"sourcetype", required_argument, NULL, 't'},
    {"macros", required_argument, NULL, 'm'},
    {"props", required_argument, NULL, OPT_PROPS},
    {"file", required_argument, NULL, 'f'},
    {"now", required_argument, NULL, OPT_NOW},
    {"expanded", no_argument, NULL, OPT_EXPANDED},
    {"spl", no_argument, NULL, OPT_SPL},
    {"help", no_argument, NULL, 'h'},
    {"stats-stages", no_argument, NULL, OPT_STATS_STAGES},
    {"version", no_argument, NULL, 'V'},
    {"lookups", required_argument, NULL, OPT_LOOKUPS},
    {"earliest", required_argument, NULL, OPT_EARLIEST},
    {"latest", required_argument, NULL, OPT_LATEST},
    {"color", optional_argument, NULL, OPT_COLOR},
    {"colour", optional_argument, NULL, OPT_COLOR},
    {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
    {"quiet", no_argument, NULL, 'q'},
    {"max-memory", required_argument, NULL, OPT_MAX_MEMORY},
    {"summary", no_argument, NULL, OPT_SUMMARY},
    {"json-summary", required_argument, NULL, OPT_JSON_SUMMARY},
    {NULL, 0, NULL, 0},
};

/* What the binary was asked to do, once the options are read. */
typedef enum cli_mode { MODE_RUN, MODE_PARSE, MODE_REPL } cli_mode;

/* Each mode's name in messages (NULL: the query runner) and its help. */
static const struct {
    const char *sub;
    const char *help;
} modes[] = {
    [MODE_RUN] = {NULL, usage_text},
    [MODE_PARSE] = {"parse", cli_parse_help},
    [MODE_REPL] = {"repl", cli_repl_help},
};

/* Parse options from argv[optind] on, stopping at the first operand.
 * Returns -1 to go on, or an exit status (help, version, usage error). */
static int parse_options(int argc, char **argv, cli_opts *o, cli_mode mode) {
    const char *sub = modes[mode].sub;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+:o:t:m:f:hVq", long_opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            if (sq_outfmt_parse(optarg, &o->fmt) != 0)
                return cli_usage_error(sub, "unknown output format '%s' (table, json or csv)",
                                       optarg);
            o->fmt_set = 1;
            break;
        case 't':
            if (!*optarg)
                return cli_usage_error(sub, "empty sourcetype");
            o->sourcetype = optarg;
            break;
        case 'm':
            cli_list_push(&o->macro_dirs, &o->nmacro_dirs, optarg);
            break;
        case OPT_PROPS:
            cli_list_push(&o->props, &o->nprops, optarg);
            break;
        case OPT_LOOKUPS:
            cli_list_push(&o->lookup_dirs, &o->nlookup_dirs, optarg);
            break;
        case 'f':
            o->query_file = optarg;
            break;
        case OPT_STATS_STAGES:
            o->stats_stages = 1;
            break;
        case OPT_NOW: {
            char *end;
            errno = 0;
            o->now = strtod(optarg, &end);
            if (errno || end == optarg || *end || o->now < 0)
                return cli_usage_error(sub, "--now wants epoch seconds, not '%s'", optarg);
            break;
        }
        case OPT_EARLIEST:
        case OPT_LATEST: {
            double t;
            if (sq_time_bound(0, optarg, &t) != 0)
                return cli_usage_error(
                    sub, "'%s' is not a time (-24h, -7d@d, an epoch, 2024-03-11...)", optarg);
            *(c == OPT_EARLIEST ? &o->earliest : &o->latest) = optarg;
            break;
        }
        case OPT_MAX_MEMORY:
            if (sq_size_parse(optarg, &o->max_memory) != 0)
                return cli_usage_error(
                    sub, "--max-memory wants a size such as 512M or 2G, not '%s'", optarg);
            break;
        case OPT_SUMMARY:
            o->summary = 1;
            break;
        case OPT_JSON_SUMMARY:
            o->json_summary = optarg;
            break;
        case OPT_EXPANDED:
            o->expanded = 1;
            break;
        case OPT_COLOR:
            if (!optarg || !strcmp(optarg, "always") || !strcmp(optarg, "yes"))
                o->color = 1;
            else if (!strcmp(optarg, "never") || !strcmp(optarg, "no"))
                o->color = 0;
            else if (!strcmp(optarg, "auto"))
                o->color = -1;
            else
                return cli_usage_error(sub, "--color wants auto, always or never, not '%s'",
                                       optarg);
            break;
        case OPT_NO_PROGRESS:
            o->progress = 0;
            break;
        case 'q':
            o->quiet = 1;
            o->progress = 0;
            break;
        case OPT_SPL:
            o->spl = 1;
            break;
        case 'h':
            fputs(modes[mode].help, stdout);
            return CLI_OK;
        case 'V':
            printf("splq %s\n", SPLQ_VERSION);
            return CLI_OK;
        default:
            return cli_getopt_error(sub, c, optopt, argv[optind - 1]);
        }
    }
    return -1;
}

/* --- diagnostics ------------------------------------------------------------ */

typedef struct diag_sink {
    uint64_t shown[2];
    uint64_t hidden[2];
    int quiet;              /* -q: notes are not shown */
    cli_progress *progress; /* erased before a message */
} diag_sink;

static void diag_print(void *ud, sq_diag_level level, const char *msg) {
    diag_sink *s = ud;
    int k = level == SQ_DIAG_WARNING;
    if (!k && s->quiet)
        return;
    cli_progress_clear(s->progress);
    if (s->shown[k] >= CLI_MAX_DIAGS) {
        s->hidden[k]++;
        return;
    }
    s->shown[k]++;
    fprintf(stderr, "splq: %s: %s\n", k ? "warning" : "note", msg);
}

static void diag_summary(const diag_sink *s) {
    if (s->hidden[1])
        fprintf(stderr, "splq: warning: %llu more warnings not shown\n",
                (unsigned long long)s->hidden[1]);
    if (s->hidden[0])
        fprintf(stderr, "splq: note: %llu more notes not shown\n",
                (unsigned long long)s->hidden[0]);
}

/* --- shared by the subcommands ---------------------------------------------- */

void cli_error(const sq_error *err) {
    sq_error_render(err, NULL, NULL, stderr);
}

int cli_env_open(sq_env *env, const cli_opts *o, const char *argv0, sq_diag diag) {
    sq_error err;
    sq_error_clear(&err);
    env->diag = diag;
    int rc = sq_env_init(env, argv0, &err);
    /* sq_env_init starts from a clean slate; the sink goes back in. */
    env->diag.fn = diag.fn;
    env->diag.ud = diag.ud;
    if (rc != 0) {
        cli_error(&err);
        return -1;
    }
    for (size_t i = 0; i < o->nmacro_dirs; i++) {
        if (sq_macros_load_dir(env->macros, o->macro_dirs[i], &err) != 0) {
            cli_error(&err);
            return -1;
        }
    }
    for (size_t i = 0; i < o->nprops; i++) {
        if (sq_sourcetypes_load(env->sourcetypes, o->props[i], &err) != 0) {
            cli_error(&err);
            return -1;
        }
    }
    if (o->nlookup_dirs && !env->lookups)
        env->lookups = sq_lookups_new();
    for (size_t i = 0; i < o->nlookup_dirs; i++) {
        if (sq_lookups_add_dir(env->lookups, o->lookup_dirs[i], &err) != 0) {
            cli_error(&err);
            return -1;
        }
    }
    env->sourcetype = o->sourcetype;
    env->now = o->now;
    env->earliest = o->earliest;
    env->latest = o->latest;
    if (o->max_memory)
        env->max_memory = o->max_memory;
    env->count_files = o->json_summary != NULL;
    return 0;
}

int cli_query_text(const cli_opts *o, const char *operand, char **text) {
    if (!o->query_file) {
        *text = sq_xstrdup(operand);
        return 0;
    }
    sq_error err;
    size_t len;
    sq_error_clear(&err);
    if (sq_read_file(o->query_file, text, &len, &err) != 0) {
        cli_error(&err);
        return -1;
    }
    /* The file's last newline (and any trailing blank space) is not part
     * of the search; trimming the end keeps every offset valid. */
    while (len && strchr(" \t\r\n", (*text)[len - 1]))
        (*text)[--len] = '\0';
    if (memchr(*text, '\0', len)) {
        fprintf(stderr, "splq: %s: the query file contains a NUL byte\n", o->query_file);
        free(*text);
        return -1;
    }
    return 0;
}

sq_prepared *cli_prepare(sq_env *env, const char *text) {
    sq_prepared *p = NULL;
    sq_error err;
    sq_error_clear(&err);
    if (sq_prepare(env, text, &p, &err) == 0)
        return p;
    if (p)
        sq_prepared_report(p, &err, stderr);
    else
        sq_error_render(&err, text, NULL, stderr);
    sq_prepared_free(p);
    return NULL;
}

int cli_color(const cli_opts *o, int fd) {
    if (o->color >= 0)
        return o->color;
    const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
    if ((no && *no) || (term && strcmp(term, "dumb") == 0))
        return 0;
    return isatty(fd);
}

/* --- running a query ---------------------------------------------------------- */

/* The width of the terminal on stdout, or 0 when stdout is not one. */
static int terminal_width(void) {
    struct winsize ws;
    if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
        return 0;
    return ws.ws_col;
}

static int run_main(const cli_opts *o, sq_env *env, char *const *operands, int n) {
    if (!o->query_file && n < 1)
        return cli_usage_error(NULL, "missing QUERY");
    if (o->expanded)
        return cli_usage_error(NULL, "--expanded applies to 'splq parse'");
    if (o->spl)
        return cli_usage_error(NULL, "--spl applies to 'splq parse'");
    char *text;
    if (cli_query_text(o, operands[0], &text) != 0)
        return CLI_FAILED;
    if (!o->query_file) {
        operands++;
        n--;
    }
    sq_prepared *p = cli_prepare(env, text);
    if (!p) {
        if (o->json_summary)
            cli_summary_json(o->json_summary, &(sq_counters){0},
                             "the query was not run: its error is on stderr");
        free(text);
        return CLI_FAILED;
    }

    /* Inputs: the remaining operands, NULL-terminated; none means stdin. */
    const char **inputs = sq_xcalloc((size_t)n + 1, sizeof *inputs);
    for (int i = 0; i < n; i++)
        inputs[i] = operands[i];

    sq_outfmt fmt = o->fmt_set ? o->fmt : isatty(STDOUT_FILENO) ? SQ_OUT_TABLE : SQ_OUT_JSON;
    sq_writer *w = sq_writer_new(fmt, stdout, NULL);
    sq_writer_set_width(w, terminal_width());
    sq_writer_set_color(w, fmt == SQ_OUT_TABLE && cli_color(o, STDOUT_FILENO));
    sq_counters counters = {0};
    sq_error err;
    sq_error_clear(&err);
    int rc = CLI_OK;
    sq_stage_stat *stages = NULL;
    size_t nstages = 0;
    if (sq_execute_stages(env, p, n ? inputs : NULL, w, &counters, o->stats_stages ? &stages : NULL,
                          &nstages, &err) != 0 ||
        sq_writer_finish(w, &err) != 0) {
        sq_prepared_report(p, &err, stderr);
        rc = CLI_FAILED;
    }
    if (o->stats_stages) {
        fprintf(stderr, "splq: events read %llu\n", (unsigned long long)counters.events_read);
        sq_stage_stats_print(p, stages, nstages, stderr);
    }
    sq_stage_stats_free(stages, nstages);
    /* Quiet on a clean run, as grep and jq are; a skipped line is always told. */
    if (counters.lines_skipped || o->summary)
        cli_summary_print(&counters, stderr);
    if (o->json_summary &&
        cli_summary_json(o->json_summary, &counters, rc == CLI_OK ? NULL : err.msg) != 0)
        rc = CLI_FAILED;
    sq_counters_free(&counters);
    if (rc == CLI_OK && fmt == SQ_OUT_TABLE && sq_writer_rows(w) == 0)
        fprintf(stderr, "splq: no results\n");
    sq_writer_free(w);
    free(inputs);
    sq_prepared_free(p);
    free(text);
    return rc;
}

/* Does argv[optind] name subcommand `name`?  A word that could also be a
 * one-word search names the subcommand only when something follows it or
 * when it is the only argument (search for the bare word: `search parse`). */
static int is_subcommand(int argc, char **argv, const char *name, int even_alone) {
    return optind < argc && strcmp(argv[optind], name) == 0 &&
           (even_alone || optind + 1 < argc || optind == 1);
}

int main(int argc, char **argv) {
    cli_opts o = {.fmt = SQ_OUT_JSON, .now = -1, .color = -1, .progress = 1};
    tzset();
    cli_mode mode = MODE_RUN;
    int rc = parse_options(argc, argv, &o, MODE_RUN);
    if (rc < 0) {
        /* `splq [OPTIONS] parse|repl [OPTIONS] ...`: options may follow the
         * word.  check and test read their own options (check_cmd.c,
         * test_cmd.c). */
        if (is_subcommand(argc, argv, "parse", 0) || is_subcommand(argc, argv, "repl", 1)) {
            mode = argv[optind][0] == 'p' ? MODE_PARSE : MODE_REPL;
            optind++;
            rc = parse_options(argc, argv, &o, mode);
        } else if (is_subcommand(argc, argv, "check", 0)) {
            rc = cli_check_main(&o, argc - optind, argv + optind, argv[0]);
        } else if (is_subcommand(argc, argv, "test", 0)) {
            rc = cli_test_main(&o, argc - optind, argv + optind, argv[0]);
        }
    }
    if (rc >= 0) {
        free(o.macro_dirs);
        free(o.props);
        free(o.lookup_dirs);
        return rc;
    }

    diag_sink sink = {{0, 0}, {0, 0}, o.quiet, NULL};
    sq_env env;
    memset(&env, 0, sizeof env);
    if (cli_env_open(&env, &o, argv[0], (sq_diag){.fn = diag_print, .ud = &sink}) != 0) {
        rc = CLI_FAILED;
    } else {
        /* JSON rows streamed to the terminal would mix with the line */
        int streams_to_tty = o.fmt_set && o.fmt == SQ_OUT_JSON && isatty(STDOUT_FILENO);
        if (mode != MODE_PARSE && !streams_to_tty)
            sink.progress = cli_progress_attach(&o, &env);
        char *const *operands = argv + optind;
        int n = argc - optind;
        switch (mode) {
        case MODE_PARSE:
            rc = cli_parse_main(&o, &env, operands, n);
            break;
        case MODE_REPL:
            rc = cli_repl_main(&o, &env, operands, n, argv[0]);
            break;
        default:
            rc = run_main(&o, &env, operands, n);
        }
    }
    cli_progress_free(sink.progress, &env);
    diag_summary(&sink);
    sq_env_free(&env);
    free(o.macro_dirs);
    free(o.props);
    free(o.lookup_dirs);
    if (fclose(stdout) != 0 && rc == CLI_OK) {
        fprintf(stderr, "splq: writing output: %s\n", strerror(errno));
        rc = CLI_FAILED;
    }
    return rc;
}
