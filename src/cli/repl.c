/* repl.c — `splq repl`: the interactive loop.  Reads a query (one line or
 * several: a line ending in `|`, or with a double quote, bracket or
 * parenthesis still open, continues), runs it over the files held in
 * memory, and shows the results; lines starting with '.' are dot-commands.
 * On a terminal it uses libedit (editing, history in ~/.splq_history or
 * $SPLQ_HISTORY, completion); otherwise it reads standard input line by
 * line, without prompts, so sessions can be scripted. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "repl.h"
#include "splq/buf.h"

const char cli_repl_help[] =
    "usage: splq repl [OPTIONS] [FILE...]\n"
    "\n"
    "An interactive session over FILEs, which are read once and held in memory\n"
    "(reloaded when they change on disk).  Type an SPL query to run it over them;\n"
    "a line ending in '|', or with a quote, bracket or parenthesis open, continues\n"
    "on the next.  Lines starting with '.' are commands: .help lists them (.load,\n"
    ".files, .fields, .macros, .sourcetype, .output, .timer, .explain, .quit).\n"
    "Tab completes commands, functions, fields, macros, options and file names;\n"
    "history is kept in ~/.splq_history (or $SPLQ_HISTORY).  Ctrl-C cancels a\n"
    "query, Ctrl-D ends the session.  When standard input is not a terminal,\n"
    "queries are read from it line by line, without prompts.\n"
    "\n"
    "options:\n"
    "  -o, --output table|json|csv  output format (default: table)\n"
    "  -t, --sourcetype NAME        sourcetype of the FILEs (default: detected)\n"
    "  -m, --macros DIR             add a macro directory (repeatable)\n"
    "      --props FILE             add a props.conf-style sourcetype file (repeatable)\n"
    "      --lookups DIR            add a lookup directory (repeatable)\n"
    "      --now TIME               search time as epoch seconds (default: the clock)\n"
    "      --earliest TIME          only events at or after TIME (-24h, -7d@d, an epoch,\n"
    "                               2024-03-11...)\n"
    "      --latest TIME            only events before TIME\n"
    "      --color[=WHEN]           colour tables: auto (default), always, never\n"
    "      --no-progress            no progress line while files load or queries run\n"
    "  -q, --quiet                  no progress line and no notes\n"
    "      --max-memory SIZE        memory a query's blocking commands may hold\n"
    "  -h, --help                   show this help\n"
    "\n"
    "Exit status: 0; when standard input is not a terminal, 1 if a file could\n"
    "not be loaded.\n";

#define PROMPT "splq> "
#define PROMPT_MORE "  ... "

/* The one flag a signal handler may set: Ctrl-C during a query. */
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

static int ends_in_pipe(const char *text) {
    size_t n = strlen(text);
    while (n && strchr(" \t\r\n", text[n - 1]))
        n--;
    return n && text[n - 1] == '|';
}

/* Does text need more lines?  A trailing `|`, or a double-quoted string,
 * a bracket or a parenthesis left open (backslash escapes inside quotes). */
static int incomplete(const char *text) {
    int depth = 0, quoted = 0;
    for (const char *s = text; *s; s++) {
        if (quoted) {
            if (*s == '\\' && s[1])
                s++;
            else if (*s == '"')
                quoted = 0;
        } else if (*s == '"') {
            quoted = 1;
        } else if (*s == '(' || *s == '[') {
            depth++;
        } else if ((*s == ')' || *s == ']') && depth > 0) {
            depth--;
        }
    }
    if (quoted || depth > 0)
        return 1;
    return ends_in_pipe(text);
}

static int blank(const char *s) {
    return s[strspn(s, " \t\r\n")] == '\0';
}

static char *history_path(void) {
    const char *env = getenv("SPLQ_HISTORY");
    if (env && *env)
        return sq_xstrdup(env);
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    sq_buf b = {0};
    sq_buf_printf(&b, "%s/.splq_history", home);
    return sq_buf_steal(&b);
}

/* One line of input, without its newline; NULL at end of input. */
static char *read_line(repl *r, const char *prompt) {
    if (r->interactive)
        return readline(prompt);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n && line[n - 1] == '\n')
        line[--n] = '\0';
    return line;
}

/* A whole entry: a dot-command line or a complete query.  NULL at end of
 * input (an unfinished query is run as it stands). */
static char *read_lines(repl *r) {
    sq_buf b = {0};
    int more = 0;
    for (;;) {
        char *line = read_line(r, more ? PROMPT_MORE : PROMPT);
        if (!line) {
            /* Ctrl-C abandons a query being typed; end of input runs it. */
            if (more && !interrupted)
                return sq_buf_steal(&b);
            sq_buf_free(&b);
            return NULL;
        }
        if (!more && blank(line)) {
            free(line);
            continue;
        }
        /* A blank line ends a continued query early. */
        if (more && blank(line)) {
            free(line);
            return sq_buf_steal(&b);
        }
        if (more)
            sq_buf_addc(&b, '\n');
        sq_buf_adds(&b, line);
        int dot = !more && line[strspn(line, " \t")] == '.';
        free(line);
        if (dot || !incomplete(sq_buf_cstr(&b)))
            return sq_buf_steal(&b);
        more = 1;
        r->pending = sq_buf_cstr(&b);
    }
}

static char *read_entry(repl *r) {
    char *entry = read_lines(r);
    r->pending = NULL; /* it pointed into the entry's buffer */
    return entry;
}

static void remember(const char *entry, const char *path) {
    /* History keeps one line per entry: a query's newlines become spaces. */
    char *line = sq_xstrdup(entry);
    for (char *s = line; *s; s++)
        if (*s == '\n')
            *s = ' ';
    add_history(line);
    free(line);
    if (path)
        write_history(path);
}

int cli_repl_main(const cli_opts *o, sq_env *env, char *const *files, int n, const char *argv0) {
    repl r;
    memset(&r, 0, sizeof r);
    r.env = env;
    r.argv0 = argv0;
    r.fmt = o->fmt_set ? o->fmt : SQ_OUT_TABLE;
    r.interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    r.cancel = &interrupted;
    r.color = cli_color(o, STDOUT_FILENO);
    if (env->progress.fn)
        r.progress = env->progress.ud; /* main.c attached it (progress.c) */
    if (o->sourcetype)
        r.sourcetype = sq_xstrdup(o->sourcetype);
    env->cancel = &interrupted;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    for (int i = 0; i < n; i++)
        if (repl_load(&r, files[i], NULL) != 0)
            r.errors++;

    char *hist = NULL;
    if (r.interactive) {
        hist = history_path();
        using_history();
        stifle_history(1000);
        if (hist)
            read_history(hist);
        repl_complete_init(&r);
        printf("splq %s — type an SPL query, or .help\n", SPLQ_VERSION);
        fflush(stdout);
    }
    while (!r.quit) {
        interrupted = 0;
        char *entry = read_entry(&r);
        if (!entry) {
            if (r.interactive && interrupted) {
                /* Ctrl-C at the prompt: a fresh prompt, not the end. */
                putchar('\n');
                continue;
            }
            break;
        }
        if (r.interactive)
            remember(entry, hist);
        interrupted = 0;
        const char *t = entry + strspn(entry, " \t");
        if (*t == '.')
            repl_dot(&r, t);
        else
            repl_query(&r, entry);
        free(entry);
        fflush(stdout);
    }
    if (r.interactive && !r.quit)
        putchar('\n');
    env->cancel = NULL;
    repl_free_files(&r);
    free(r.sourcetype);
    free(hist);
    signal(SIGINT, SIG_DFL);
    return r.interactive || !r.errors ? CLI_OK : CLI_FAILED;
}
