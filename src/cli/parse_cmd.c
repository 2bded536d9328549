/* parse_cmd.c — `splq parse QUERY`: expand macros, parse, and print the
 * syntax tree (or, with --expanded, the expanded query text; with --spl,
 * the tree printed back as canonical SPL, which reparses to the same tree). */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

int cli_parse_main(const cli_opts *o, sq_env *env, char *const *operands, int n) {
    if (!o->query_file && n < 1) {
        fprintf(stderr, "splq: parse: missing QUERY\nTry 'splq --help' for more information.\n");
        return CLI_USAGE;
    }
    if ((o->query_file && n > 0) || n > 1) {
        fprintf(stderr, "splq: parse: unexpected argument '%s' (quote the query as one argument)\n",
                operands[o->query_file ? 0 : 1]);
        return CLI_USAGE;
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
