/* parse_cmd.c — `splq parse QUERY`: expand macros, parse, and print the
 * syntax tree (or, with --expanded, the expanded query text; with --spl,
 * the tree printed back as canonical SPL, which reparses to the same tree). */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

const char cli_parse_help[] =
    "usage: splq parse [OPTIONS] QUERY\n"
    "\n"
    "Expand QUERY's backtick macros, parse it, and print its syntax tree; a\n"
    "malformed query is reported with its line, column and a caret.\n"
    "\n"
    "options:\n"
    "      --expanded               print the macro-expanded query text instead\n"
    "      --spl                    print the tree back as canonical SPL instead (it\n"
    "                               parses to the same tree)\n"
    "  -m, --macros DIR             add a macro directory (repeatable; later ones override\n"
    "                               earlier ones; the project's macros/ is always first)\n"
    "      --lookups DIR            add a lookup directory (repeatable)\n"
    "  -f, --file FILE              read the query from FILE instead of the QUERY argument\n"
    "  -h, --help                   show this help\n"
    "\n"
    "Exit status: 0 the query parses, 1 it does not (the error is on stderr),\n"
    "2 a usage error.\n";

int cli_parse_main(const cli_opts *o, sq_env *env, char *const *operands, int n) {
    if (!o->query_file && n < 1) {
        return cli_usage_error("parse", "missing QUERY");
    }
    if ((o->query_file && n > 0) || n > 1) {
        return cli_usage_error("parse",
                               "unexpected argument '%s' (quote the query as one argument)",
                               operands[o->query_file ? 0 : 1]);
    }
    char *text;
    if (cli_query_text(o, o->query_file ? NULL : operands[0], &text) != 0)
        return CLI_FAILED;
    sq_prepared *p = cli_prepare(env, text);
    free(text);
    if (!p)
        return CLI_FAILED;
    if (o->expanded) {
        fwrite(p->expanded, 1, p->expanded_len, stdout);
        putchar('\n');
    } else if (o->spl) {
        sq_buf spl = SQ_BUF_INIT;
        sq_ast_to_spl(p->ast, &spl);
        puts(sq_buf_cstr(&spl));
        sq_buf_free(&spl);
    } else {
        sq_ast_dump(p->ast, stdout);
    }
    sq_prepared_free(p);
    return CLI_OK;
}
