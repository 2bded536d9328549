/* repl_complete.c — tab completion for `splq repl` (libedit's readline
 * interface).  What is completed depends on where the word starts:
 *   a dot-command at the start of a line;     file names after `.load`;
 *   macro names after a backtick;             command names after `|`
 *   (also first on a line continuing a query that ended in `|`);
 *   otherwise the current command's options and keywords (its registry
 *   entry's list), eval functions and the fields of the loaded data.  The
 *   current command is found in the whole query typed so far, earlier
 *   lines of a continued query included. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <editline/readline.h>

#include "functions/functions.h"
#include "repl.h"
#include "splq/buf.h"
#include "splq/command.h"
#include "splq/macro.h"

/* readline's callbacks take no user data: the session being completed. */
static repl *session;

typedef struct candidates {
    char **v;
    size_t n, cap;
    const char *prefix;
    size_t plen;
    const char *suffix; /* appended to each match: "(" for functions */
} candidates;

static void offer(candidates *c, const char *name) {
    if (strncasecmp(name, c->prefix, c->plen) != 0)
        return;
    sq_buf b = {0};
    sq_buf_adds(&b, name);
    sq_buf_adds(&b, c->suffix);
    char *word = sq_buf_steal(&b);
    for (size_t i = 0; i < c->n; i++) {
        if (strcmp(c->v[i], word) == 0) {
            free(word);
            return;
        }
    }
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->v = sq_xrealloc(c->v, c->cap * sizeof *c->v);
    }
    c->v[c->n++] = word;
}

static void offer_function(const sq_func *f, void *ud) {
    offer(ud, f->name);
}

/* Turn candidates into readline's array: [0] the longest common prefix. */
static char **matches(candidates *c) {
    if (!c->n) {
        free(c->v);
        return NULL;
    }
    size_t common = strlen(c->v[0]);
    for (size_t i = 1; i < c->n; i++) {
        size_t k = 0;
        while (k < common && c->v[i][k] == c->v[0][k])
            k++;
        common = k;
    }
    char **out = malloc((c->n + 2) * sizeof *out);
    if (!out)
        abort();
    out[0] = sq_xstrndup(c->v[0], c->n == 1 ? strlen(c->v[0]) : common);
    for (size_t i = 0; i < c->n; i++)
        out[i + 1] = c->v[i];
    out[c->n + 1] = NULL;
    /* After a function's "(" or an option's "=" typing goes on: no space. */
    size_t len = strlen(out[0]);
    rl_completion_append_character = c->n == 1 && len && strchr("(=", out[0][len - 1]) ? '\0' : ' ';
    if (c->n == 1) {
        free(out[1]);
        out[1] = NULL;
    }
    free(c->v);
    return out;
}

static const char *const dot_commands[] = {".help",    ".load",       ".files",  ".fields",
                                           ".macros",  ".sourcetype", ".output", ".timer",
                                           ".explain", ".quit",       ".exit",   NULL};

/* The stage the cursor is in: its command (NULL: an implicit search, or
 * not a known command) and whether the word is where its name goes. */
typedef struct stage_at {
    const sq_command *cmd;
    int at_name;
} stage_at;

/* text: the query up to the word being completed.  A stage starts after a
 * `|` or a `[` (a subsearch) that is not inside double quotes; a `]`
 * takes back the stage that held the subsearch. */
static stage_at locate(const char *text) {
    size_t starts[64];
    int depth = 0, quoted = 0;
    size_t start = 0;
    int piped = 0; /* the current stage began with `|` */
    int piped_at[64];
    for (size_t i = 0; text[i]; i++) {
        char ch = text[i];
        if (quoted) {
            if (ch == '\\' && text[i + 1])
                i++;
            else if (ch == '"')
                quoted = 0;
        } else if (ch == '"') {
            quoted = 1;
        } else if (ch == '|') {
            start = i + 1;
            piped = 1;
        } else if (ch == '[' && depth < 64) {
            starts[depth] = start;
            piped_at[depth++] = piped;
            start = i + 1;
            piped = 0;
        } else if (ch == ']' && depth > 0) {
            start = starts[--depth];
            piped = piped_at[depth];
        }
    }
    stage_at at = {0};
    const char *s = text + start;
    s += strspn(s, " \t\n");
    if (!*s) {
        at.at_name = piped;
        return at;
    }
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789");
    if (piped && n && n < 64 && strchr(" \t\n", s[n])) {
        char name[64];
        memcpy(name, s, n);
        name[n] = '\0';
        at.cmd = sq_command_lookup(name);
    }
    return at;
}

static char **complete(const char *text, int start, int end) {
    (void)end;
    const char *line = rl_line_buffer;
    candidates c = {.prefix = text, .plen = strlen(text), .suffix = ""};
    rl_attempted_completion_over = 1; /* never fall back to file names */
    int lead = (int)strspn(line, " \t");
    if (line[lead] == '.') {
        if (start <= lead + 1) {
            for (size_t i = 0; dot_commands[i]; i++)
                offer(&c, dot_commands[i] + (text[0] == '.' ? 0 : 1));
            return matches(&c);
        }
        if (strncmp(line + lead, ".load", 5) == 0) {
            rl_attempted_completion_over = 0;
            return rl_completion_matches(text, rl_filename_completion_function);
        }
        if (strncmp(line + lead, ".explain", 8) != 0)
            return NULL;
    }
    if (start > 0 && line[start - 1] == '`') {
        for (size_t i = 0; i < sq_macros_count(session->env->macros); i++) {
            int nargs;
            offer(&c, sq_macros_name_at(session->env->macros, i, &nargs));
        }
        return matches(&c);
    }
    sq_buf typed = {0};
    if (session->pending && line[lead] != '.') {
        sq_buf_adds(&typed, session->pending);
        sq_buf_addc(&typed, '\n');
    }
    sq_buf_add(&typed, line, (size_t)start);
    stage_at at = locate(sq_buf_cstr(&typed));
    sq_buf_free(&typed);
    if (at.at_name) {
        size_t n;
        const sq_command *const *all = sq_command_all(&n);
        for (size_t i = 0; i < n; i++)
            if (!all[i]->refusal)
                offer(&c, all[i]->name);
        return matches(&c);
    }
    for (size_t i = 0; at.cmd && at.cmd->options && at.cmd->options[i]; i++)
        offer(&c, at.cmd->options[i]);
    for (size_t i = 0; i < session->nfields; i++)
        offer(&c, session->fields[i]);
    c.suffix = "(";
    sq_function_each(offer_function, &c);
    return matches(&c);
}

void repl_complete_init(repl *r) {
    session = r;
    rl_readline_name = "splq";
    /* Words break where SPL tokens do; `.` and `-` stay inside field names
     * and file names. */
    rl_completer_word_break_characters = " \t\n|`()[]=,\"'<>!+*";
    rl_attempted_completion_function = complete;
}
