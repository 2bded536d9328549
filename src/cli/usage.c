/* usage.c — what every subcommand's option parsing shares: the usage-error
 * message (one form for all: "splq[ SUB]: ...", then where help is) and
 * the growing lists repeatable options collect. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>

#include "cli.h"
#include "splq/buf.h"

int cli_usage_error(const char *sub, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "splq%s%s: ", sub ? " " : "", sub ? sub : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'splq%s%s --help' for more information.\n", sub ? " " : "",
            sub ? sub : "");
    return CLI_USAGE;
}

void cli_list_push(const char ***list, size_t *n, const char *item) {
    *list = sq_xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = item;
}

int cli_getopt_error(const char *sub, int c, int optopt_char, const char *arg) {
    /* For a long option getopt leaves optopt at its val (or 0): the word
     * itself names it then. */
    char opt[3] = {'-', (char)optopt_char, 0};
    const char *name = optopt_char > 0 && optopt_char < 128 && isalnum(optopt_char) ? opt : arg;
    if (c == ':')
        return cli_usage_error(sub, "option %s needs a value", name);
    return cli_usage_error(sub, "unknown option %s", name);
}
