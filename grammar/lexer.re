/* lexer.re — SPL's tokenizer (re2c).
 *
 * Lexical modes are re2c conditions:
 *   START   beginning of a pipeline: a leading '|', a command name inside a
 *           subsearch, or else the implicit search's first term
 *   CMD     after '|': a command name, whose syntax class picks the next mode
 *   SEARCH  search terms: field=value, bare terms, "phrases", AND OR NOT IN ( )
 *   WSEARCH the same, inside a command's `where` clause (tstats); `by` ends it
 *   VALUE   the value after a comparison in a search (may contain = : / * ...)
 *   LHS     the field an eval assignment sets: anything up to '=' ("a-b", 'x y')
 *   EXPR    eval expressions: numbers, "strings", 'fields', operators
 *   ARGS    generic command arguments: words, key=value, name(...), "strings"
 * A stack of frames remembers where to return after [ subsearch ] and after
 * eval( ... ) inside arguments. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse/tokenizer.h"
#include "parser.h"
#include "splq/ast.h"
#include "splq/buf.h"
#include "splq/parse.h"

/*!types:re2c*/

static char *pool_add(sq_lexer *lx, char *s) {
    if (lx->npool == lx->cappool) {
        lx->cappool = lx->cappool ? lx->cappool * 2 : 64;
        lx->pool = sq_xrealloc(lx->pool, lx->cappool * sizeof *lx->pool);
    }
    lx->pool[lx->npool++] = s;
    return s;
}

/* Quoted text loses its quotes; \" and \\ lose their backslash, any other
 * escape is kept as written (Splunk passes \s, \d ... through). */
static char *unquote(sq_lexer *lx, const char *s, size_t n) {
    char *out = sq_xmalloc(n + 1), *o = out;
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] == '\\' && i + 2 < n && (s[i + 1] == '"' || s[i + 1] == '\\' || s[i + 1] == '\'')) {
            if (s[i + 1] == '\'' && s[0] != '\'') {
                *o++ = s[i];
                continue;
            }
            i++;
        }
        *o++ = s[i];
    }
    *o = '\0';
    return pool_add(lx, out);
}

static char *copy(sq_lexer *lx, const char *s, size_t n) {
    return pool_add(lx, sq_xstrndup(s, n));
}

static int make(sq_lexer *lx, sq_token *tok, int type, const char *start, const char *end,
                char *text, unsigned flags) {
    lx->prev_type = type;
    tok->type = type;
    tok->span.start = (int)(start - lx->text);
    tok->span.end = (int)(end - lx->text);
    tok->text = text;
    tok->flags = flags;
    lx->cur = end;
    return type;
}

/* A bare search value runs to white space, ')', '|' or ']' -- except
 * inside parentheses, which may hold anything balanced, quoted strings
 * included (`process=*GetCurrent()*`); a backslash escapes the next byte. */
static const char *scan_value(const char *p) {
    int depth = 0;
    while (*p) {
        char c = *p;
        if (depth == 0 && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ')' ||
                           c == '|' || c == ']' || c == '"'))
            break;
        if (c == '\\' && p[1]) {
            p += 2;
            continue;
        }
        if (c == '"') { /* quoted text inside parentheses */
            for (p++; *p && *p != '"'; p++)
                if (*p == '\\' && p[1])
                    p++;
            if (*p)
                p++;
            continue;
        }
        if (c == '(')
            depth++;
        else if (c == ')')
            depth--;
        p++;
    }
    return p;
}

static int follows_operand(const sq_lexer *lx) {
    return lx->prev_type == TK_IDENT || lx->prev_type == TK_NUMBER ||
           lx->prev_type == TK_ESTRING || lx->prev_type == TK_RP;
}

static int lex_error(sq_lexer *lx, const char *at, const char *msg) {
    sq_span sp = {(int)(at - lx->text), (int)(at - lx->text) + 1};
    sq_fail_at(lx->err, SQ_ERR_SYNTAX, sp, "%s", msg);
    return -1;
}

static sq_lex_frame *top(sq_lexer *lx) {
    return &lx->frames[lx->nframes - 1];
}

static int push_frame(sq_lexer *lx, const char *at, int cond, int is_pipeline) {
    if (lx->nframes >= SQ_LEX_MAX_FRAMES)
        return lex_error(lx, at, "subsearches or eval() nested too deeply");
    lx->frames[lx->nframes++] = (sq_lex_frame){.cond = cond, .is_pipeline = is_pipeline};
    return 0;
}

/* Open brackets are remembered, so that a query ending inside one can be
 * reported at the bracket left open, and nesting is bounded. */
static int open_paren(sq_lexer *lx, const char *at) {
    if (lx->paren_depth >= SQ_PARSE_MAX_DEPTH)
        return lex_error(lx, at, "parentheses nested too deeply");
    lx->open_at[lx->paren_depth++] = (int)(at - lx->text);
    return 0;
}

static void close_paren(sq_lexer *lx) {
    if (lx->paren_depth > 0)
        lx->paren_depth--;
}

/* ']' closes the innermost subsearch: drop the frames opened inside it. */
static int close_subsearch(sq_lexer *lx, const char *at) {
    while (lx->nframes > 1 && !top(lx)->is_pipeline)
        lx->nframes--;
    if (lx->nframes <= 1)
        return lex_error(lx, at, "unexpected ']' without a matching '['");
    lx->nframes--;
    close_paren(lx);
    return 0;
}

/* '|' ends the current stage: back to the pipeline's frame, expecting a command. */
static void next_stage(sq_lexer *lx) {
    while (lx->nframes > 1 && !top(lx)->is_pipeline)
        lx->nframes--;
    top(lx)->cond = yycCMD;
    top(lx)->cmdflags = 0;
}

/* After `key=` comes `(`: lex it and what follows as a search expression
 * in a frame of its own, closed by the matching ')'.  The EQ token is
 * returned now; the '(' is lexed by the SEARCH condition on the next call. */
static int open_search_value(sq_lexer *lx, sq_token *tok) {
    const char *at = lx->text + tok->span.end;
    if (push_frame(lx, at, yycSEARCH, 0) < 0)
        return -1;
    return tok->type;
}


/* A command name: choose the mode of its arguments. */
static int command_token(sq_lexer *lx, sq_token *tok, const char *start, const char *end) {
    unsigned flags = 0;
    int known = 0;
    sq_syntax syn = sq_command_syntax(start, (size_t)(end - start), &flags, &known);
    sq_lex_frame *f = top(lx);
    f->cmdflags = flags;
    int type;
    switch (syn) {
    case SQ_SYNTAX_SEARCH: f->cond = yycSEARCH; type = TK_CMD_SEARCH; break;
    case SQ_SYNTAX_EXPR: f->cond = yycEXPR; type = TK_CMD_WHERE; break;
    case SQ_SYNTAX_ASSIGN:
        f->cond = yycLHS;
        f->cmdflags |= SQ_SYNTAX_F_ASSIGN;
        type = TK_CMD_EVAL;
        break;
    default: f->cond = yycARGS; type = TK_CMD_ARGS; break;
    }
    return make(lx, tok, type, start, end, copy(lx, start, (size_t)(end - start)), 0);
}

/* At the start of a pipeline a word is a command only where Splunk reads it
 * as one: `search` at the top, any known command first in a subsearch. */
static int starts_command(sq_lexer *lx, const char *start, const char *end) {
    size_t n = (size_t)(end - start);
    const char *p = end;
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    if (*p == '=' || (*p == '!' && p[1] == '='))
        return 0;
    if (lx->nframes == 1)
        return n == 6 && strncasecmp(start, "search", 6) == 0;
    int known = 0;
    unsigned flags;
    sq_command_syntax(start, n, &flags, &known);
    return known;
}

void sq_lexer_init(sq_lexer *lx, const char *text, size_t len, sq_lex_start start, sq_error *err) {
    memset(lx, 0, sizeof *lx);
    lx->text = text;
    lx->len = len;
    lx->cur = text;
    lx->err = err;
    int cond = start == SQ_LEX_EXPR ? yycEXPR : start == SQ_LEX_SEARCH ? yycSEARCH : yycSTART;
    lx->frames[0] = (sq_lex_frame){.cond = cond, .is_pipeline = 1};
    lx->nframes = 1;
}

void sq_lexer_free(sq_lexer *lx) {
    for (size_t i = 0; i < lx->npool; i++)
        free(lx->pool[i]);
    free(lx->pool);
    lx->pool = NULL;
    lx->npool = lx->cappool = 0;
}

int sq_lexer_next(sq_lexer *lx, sq_token *tok) {
    const char *YYCURSOR = lx->cur;
    const char *YYMARKER = YYCURSOR;
    const char *YYCTXMARKER = YYCURSOR;
    const char *const limit = lx->text + lx->len;
    for (;;) {
        const char *start = YYCURSOR;
        sq_lex_frame *f = top(lx);
        /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = YYCURSOR;
        re2c:yyfill:enable = 0;
        re2c:define:YYGETCONDITION = "f->cond";
        re2c:define:YYGETCONDITION:naked = 1;
        re2c:define:YYSETCONDITION = "f->cond = @@;";
        re2c:define:YYSETCONDITION:naked = 1;
        re2c:flags:tags = 0;

        ws      = [ \t\r\n]+;
        dq      = ["] ([^"\\\x00] | [\\][^\x00])* ["];
        sq      = ['] ([^'\\\x00] | [\\][^\x00])* ['];
        schar   = [^ \t\r\n()[\]|"=<>!,\x00];
        sword   = (schar | "!" schar)+;
        achar   = [^ \t\r\n=(),[\]|"!\x00];
        aword   = (achar | "!" achar)+;
        seg     = [a-zA-Z0-9_{}@:$]+ | "<<" [a-zA-Z0-9_]+ ">>";
        ident   = seg+ ("." seg+)*;
        exp     = [eE] [+-]? [0-9]+;
        num     = [0-9]+ ("." [0-9]*)? exp? | "." [0-9]+ exp?;
        cmdname = [a-zA-Z_][a-zA-Z0-9_]*;

        <*> "\x00" {
            if (start >= limit && f->cond == yycCMD)
                return lex_error(lx, start, "expected a command name after '|'");
            if (start >= limit)
                return make(lx, tok, 0, limit, limit, NULL, 0);
            return lex_error(lx, start, "unexpected NUL byte in the query");
        }

        <START> ws { continue; }
        <START> "|" { f->cond = yycCMD; return make(lx, tok, TK_LEADPIPE, start, YYCURSOR, NULL, 0); }
        <START> cmdname {
            if (starts_command(lx, start, YYCURSOR))
                return command_token(lx, tok, start, YYCURSOR);
            YYCURSOR = start;
            f->cond = yycSEARCH;
            continue;
        }
        <START> * { YYCURSOR = start; f->cond = yycSEARCH; continue; }

        <CMD> ws { continue; }
        <CMD> cmdname { return command_token(lx, tok, start, YYCURSOR); }
        <CMD> * { return lex_error(lx, start, "expected a command name after '|'"); }

        <SEARCH,WSEARCH,EXPR,ARGS,LHS> "|" {
            next_stage(lx);
            return make(lx, tok, TK_PIPE, start, YYCURSOR, NULL, 0);
        }
        <SEARCH,WSEARCH,EXPR,ARGS,LHS> "]" {
            if (close_subsearch(lx, start) < 0)
                return -1;
            return make(lx, tok, TK_RB, start, YYCURSOR, NULL, 0);
        }
        <SEARCH,WSEARCH,ARGS> "[" {
            if (open_paren(lx, start) < 0 || push_frame(lx, start, yycSTART, 1) < 0)
                return -1;
            return make(lx, tok, TK_LB, start, YYCURSOR, NULL, 0);
        }

        <SEARCH,WSEARCH> ws { continue; }
        <SEARCH,WSEARCH> "(" {
            if (open_paren(lx, start) < 0)
                return -1;
            f->parens++;
            return make(lx, tok, TK_LP, start, YYCURSOR, NULL, 0);
        }
        <SEARCH,WSEARCH> ")" {
            close_paren(lx);
            if (!f->is_pipeline && f->parens == 1)
                lx->nframes--; /* the ')' of option=( ... ) */
            if (f->parens > 0)
                f->parens--;
            return make(lx, tok, TK_RP, start, YYCURSOR, NULL, 0);
        }
        <SEARCH,WSEARCH> "," { return make(lx, tok, TK_COMMA, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> "=" | "==" { f->value_return = f->cond; f->cond = yycVALUE; return make(lx, tok, TK_EQ, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> "!=" { f->value_return = f->cond; f->cond = yycVALUE; return make(lx, tok, TK_NE, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> "<"  { f->value_return = f->cond; f->cond = yycVALUE; return make(lx, tok, TK_LT, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> "<=" { f->value_return = f->cond; f->cond = yycVALUE; return make(lx, tok, TK_LE, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> ">"  { f->value_return = f->cond; f->cond = yycVALUE; return make(lx, tok, TK_GT, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> ">=" { f->value_return = f->cond; f->cond = yycVALUE; return make(lx, tok, TK_GE, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> "AND" { return make(lx, tok, TK_AND, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> "OR"  { return make(lx, tok, TK_OR, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> "NOT" { return make(lx, tok, TK_NOT, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> 'in' / [ \t\r\n]* "(" { return make(lx, tok, TK_IN, start, YYCURSOR, NULL, 0); }
        <SEARCH,WSEARCH> ("TERM" | "CASE") "(" {
            if (open_paren(lx, start) < 0)
                return -1;
            return make(lx, tok, TK_TERMFN, start, YYCURSOR, copy(lx, start, 4), 0);
        }
        <WSEARCH> 'by' / [ \t\r\n] {
            f->cond = yycARGS;
            return make(lx, tok, TK_WORD, start, YYCURSOR, copy(lx, start, 2), 0);
        }
        <SEARCH,WSEARCH> dq { return make(lx, tok, TK_TERM, start, YYCURSOR, unquote(lx, start, (size_t)(YYCURSOR - start)), SQ_AST_QUOTED); }
        <SEARCH,WSEARCH> sword { return make(lx, tok, TK_TERM, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0); }
        <SEARCH,WSEARCH,VALUE,EXPR,ARGS> ["] { return lex_error(lx, start, "unterminated quoted string"); }
        <SEARCH,WSEARCH> * { return lex_error(lx, start, "unexpected character in search"); }

        <VALUE> ws { continue; }
        <VALUE> dq { f->cond = f->value_return; return make(lx, tok, TK_TERM, start, YYCURSOR, unquote(lx, start, (size_t)(YYCURSOR - start)), SQ_AST_QUOTED); }
        <VALUE> [^ \t\r\n)|\]"\x00] {
            YYCURSOR = scan_value(start);
            f->cond = f->value_return;
            return make(lx, tok, TK_TERM, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0);
        }
        <VALUE> * { YYCURSOR = start; f->cond = f->value_return; continue; }

        <LHS> ws { continue; }
        <LHS> dq | sq { return make(lx, tok, TK_IDENT, start, YYCURSOR, unquote(lx, start, (size_t)(YYCURSOR - start)), SQ_AST_QUOTED); }
        <LHS> [^ \t\r\n=,'"|\]\x00]+ { return make(lx, tok, TK_IDENT, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0); }
        <LHS> "=" { f->cond = yycEXPR; return make(lx, tok, TK_EQ, start, YYCURSOR, NULL, 0); }
        <LHS> ['"] { return lex_error(lx, start, "unterminated quoted field name"); }
        <LHS> * { return lex_error(lx, start, "expected a field name and '=' in eval"); }

        <EXPR> ws { continue; }
        <EXPR> "(" {
            if (open_paren(lx, start) < 0)
                return -1;
            f->parens++;
            return make(lx, tok, TK_LP, start, YYCURSOR, NULL, 0);
        }
        <EXPR> ")" {
            close_paren(lx);
            if (!f->is_pipeline && f->parens == 0)
                lx->nframes--; /* the ')' of eval( ... ) or of option=( ... ) */
            else if (f->parens > 0)
                f->parens--;
            return make(lx, tok, TK_RP, start, YYCURSOR, NULL, 0);
        }
        <EXPR> "," {
            /* Between eval assignments the next field name follows. */
            if (f->is_pipeline && f->parens == 0 && (f->cmdflags & SQ_SYNTAX_F_ASSIGN))
                f->cond = yycLHS;
            return make(lx, tok, TK_COMMA, start, YYCURSOR, NULL, 0);
        }
        <EXPR> "==" { return make(lx, tok, TK_EQEQ, start, YYCURSOR, NULL, 0); }
        <EXPR> "=" { return make(lx, tok, TK_EQ, start, YYCURSOR, NULL, 0); }
        <EXPR> "!=" { return make(lx, tok, TK_NE, start, YYCURSOR, NULL, 0); }
        <EXPR> "<=" { return make(lx, tok, TK_LE, start, YYCURSOR, NULL, 0); }
        <EXPR> ">=" { return make(lx, tok, TK_GE, start, YYCURSOR, NULL, 0); }
        <EXPR> "<" { return make(lx, tok, TK_LT, start, YYCURSOR, NULL, 0); }
        <EXPR> ">" { return make(lx, tok, TK_GT, start, YYCURSOR, NULL, 0); }
        <EXPR> "+" { return make(lx, tok, TK_PLUS, start, YYCURSOR, NULL, 0); }
        <EXPR> "-" { return make(lx, tok, TK_MINUS, start, YYCURSOR, NULL, 0); }
        <EXPR> "*" { return make(lx, tok, TK_STAR, start, YYCURSOR, NULL, 0); }
        <EXPR> "/" { return make(lx, tok, TK_SLASH, start, YYCURSOR, NULL, 0); }
        <EXPR> "%" { return make(lx, tok, TK_PERCENT, start, YYCURSOR, NULL, 0); }
        <EXPR> "." { return make(lx, tok, TK_DOT, start, YYCURSOR, NULL, 0); }
        <EXPR> 'and' { return make(lx, tok, TK_AND, start, YYCURSOR, NULL, 0); }
        <EXPR> 'or' { return make(lx, tok, TK_OR, start, YYCURSOR, NULL, 0); }
        <EXPR> 'not' { return make(lx, tok, TK_NOT, start, YYCURSOR, NULL, 0); }
        <EXPR> 'xor' { return make(lx, tok, TK_XOR, start, YYCURSOR, NULL, 0); }
        <EXPR> ('like' | 'in') / [ \t\r\n]* "(" {
            /* like(x, p) and in(x, ...) are functions too: an operator only after an operand. */
            if (!follows_operand(lx))
                return make(lx, tok, TK_IDENT, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0);
            return make(lx, tok, (YYCURSOR - start) == 2 ? TK_IN : TK_LIKE, start, YYCURSOR, NULL, 0);
        }
        <EXPR> 'like' { return make(lx, tok, TK_LIKE, start, YYCURSOR, NULL, 0); }
        <EXPR> 'in' { return make(lx, tok, TK_IN, start, YYCURSOR, NULL, 0); }
        <EXPR> num { return make(lx, tok, TK_NUMBER, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0); }
        <EXPR> dq { return make(lx, tok, TK_ESTRING, start, YYCURSOR, unquote(lx, start, (size_t)(YYCURSOR - start)), SQ_AST_QUOTED); }
        <EXPR> sq { return make(lx, tok, TK_IDENT, start, YYCURSOR, unquote(lx, start, (size_t)(YYCURSOR - start)), SQ_AST_QUOTED); }
        <EXPR> ident { return make(lx, tok, TK_IDENT, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0); }
        <EXPR> ['] { return lex_error(lx, start, "unterminated quoted field name"); }
        <EXPR> * { return lex_error(lx, start, "unexpected character in expression"); }

        <ARGS> ws { continue; }
        <ARGS> dq { return make(lx, tok, TK_STRING, start, YYCURSOR, unquote(lx, start, (size_t)(YYCURSOR - start)), SQ_AST_QUOTED); }
        <ARGS> 'eval' [ \t]* "(" {
            if (open_paren(lx, start) < 0 || push_frame(lx, start, yycEXPR, 0) < 0)
                return -1;
            return make(lx, tok, TK_EVALLP, start, YYCURSOR, NULL, 0);
        }
        <ARGS> 'where' / [ \t\r\n] {
            if (f->cmdflags & SQ_SYNTAX_F_WHERE_SEARCH) {
                f->cond = yycWSEARCH;
                return make(lx, tok, TK_WHERE, start, YYCURSOR, copy(lx, start, 5), 0);
            }
            return make(lx, tok, TK_WORD, start, YYCURSOR, copy(lx, start, 5), 0);
        }
        <ARGS> aword / "(" { return make(lx, tok, TK_FUNC, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0); }
        <ARGS> aword { return make(lx, tok, TK_WORD, start, YYCURSOR, copy(lx, start, (size_t)(YYCURSOR - start)), 0); }
        <ARGS> "=" / [ \t]* "(" {
            /* startswith=( search terms ): a search expression in parentheses */
            return make(lx, tok, TK_EQ, start, YYCURSOR, NULL, 0) < 0 ? -1 : open_search_value(lx, tok);
        }
        <ARGS> "=" { return make(lx, tok, TK_EQ, start, YYCURSOR, NULL, 0); }
        <ARGS> "!=" { return make(lx, tok, TK_NE, start, YYCURSOR, NULL, 0); }
        <ARGS> "(" {
            if (open_paren(lx, start) < 0)
                return -1;
            if (lx->prev_type == TK_FUNC)
                return make(lx, tok, TK_LP, start, YYCURSOR, NULL, 0);
            /* A bare parenthesis holds an eval expression: head (x < 10). */
            if (push_frame(lx, start, yycEXPR, 0) < 0)
                return -1;
            return make(lx, tok, TK_EVALLP, start, YYCURSOR, copy(lx, start, 1), 0);
        }
        <ARGS> ")" { close_paren(lx); return make(lx, tok, TK_RP, start, YYCURSOR, NULL, 0); }
        <ARGS> "," { return make(lx, tok, TK_COMMA, start, YYCURSOR, NULL, 0); }
        <ARGS> * { return lex_error(lx, start, "unexpected character in command arguments"); }
        */
    }
}
