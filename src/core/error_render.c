/* error_render.c — showing an error to a person: the kind of error, where it
 * is in the text the user typed (line and column, counted in characters),
 * that line, and a caret under the spot.
 *
 *   splq: syntax error at line 2, column 9: expected a field name
 *   | eval = 1
 *          ^
 *
 * Offsets of the expanded query go back to the user's text through the macro
 * source map, so an error inside a macro body lands on the backtick call.
 * The caret line repeats every tab of the source line, so it lines up however
 * wide the terminal draws tabs.  Very long lines (single-line detections run
 * to thousands of characters) are cut to a window around the column. */
#include <string.h>

#include "splq/error.h"
#include "splq/macro.h"

/* Lines longer than this many characters are shown as a window of
 * WINDOW_BEFORE characters before the column and WINDOW_AFTER after it. */
#define LONG_LINE 160
#define WINDOW_BEFORE 60
#define WINDOW_AFTER 60

static int is_cont(unsigned char c) {
    return (c & 0xC0) == 0x80; /* a UTF-8 continuation byte */
}

/* Byte offset of the character `chars` characters after p (stopping at end). */
static const char *skip_chars(const char *p, const char *end, size_t chars) {
    while (p < end && chars > 0) {
        p++;
        while (p < end && is_cont((unsigned char)*p))
            p++;
        chars--;
    }
    return p;
}

static size_t count_chars(const char *p, const char *end) {
    size_t n = 0;
    for (; p < end; p++)
        n += !is_cont((unsigned char)*p);
    return n;
}

/* The line of text holding byte offset off: [*line, *eol), and at, the
 * offset itself clamped into that line. */
static void find_line(const char *text, size_t off, const char **line, const char **eol,
                      const char **at, size_t *lineno) {
    size_t len = strlen(text);
    if (off > len)
        off = len;
    *at = text + off;
    *line = text;
    *lineno = 1;
    for (const char *p = text; p < *at; p++)
        if (*p == '\n') {
            (*lineno)++;
            *line = p + 1;
        }
    *eol = strchr(*at, '\n');
    if (!*eol)
        *eol = text + len;
    if (*eol > *line && (*eol)[-1] == '\r')
        (*eol)--;
    if (*at > *eol) /* the offset sat on the '\r' of a CRLF */
        *at = *eol;
}

void sq_text_position(const char *text, size_t off, size_t *line, size_t *col) {
    const char *l, *eol, *at;
    find_line(text, off, &l, &eol, &at, line);
    *col = count_chars(l, at) + 1;
}

void sq_text_excerpt(const char *text, size_t off, const char *indent, FILE *out) {
    const char *line, *eol, *at;
    size_t lineno;
    find_line(text, off, &line, &eol, &at, &lineno);
    size_t col = count_chars(line, at) + 1;

    /* The part of the line to show. */
    const char *from = line, *to = eol;
    int cut_left = 0, cut_right = 0;
    if (count_chars(line, eol) > LONG_LINE) {
        if (col - 1 > WINDOW_BEFORE) {
            from = skip_chars(line, eol, col - 1 - WINDOW_BEFORE);
            cut_left = 1;
        }
        to = skip_chars(at, eol, WINDOW_AFTER);
        cut_right = to < eol;
    }
    fprintf(out, "%s%s%.*s%s\n", indent, cut_left ? "..." : "", (int)(to - from), from,
            cut_right ? "..." : "");
    fputs(indent, out);
    if (cut_left)
        fputs("   ", out);
    for (const char *p = from; p < at; p++) {
        if (is_cont((unsigned char)*p))
            continue;
        fputc(*p == '\t' ? '\t' : ' ', out);
    }
    fputs("^\n", out);
}

void sq_error_render(const sq_error *err, const char *original, const struct sq_srcmap *map,
                     FILE *out) {
    const char *kind = sq_errcode_name(err->code);
    if (err->span.start < 0 || !original) {
        fprintf(out, "splq: %s error: %s\n", kind, err->msg);
        return;
    }
    size_t off =
        map ? sq_srcmap_to_original(map, (size_t)err->span.start) : (size_t)err->span.start;
    size_t line, col;
    sq_text_position(original, off, &line, &col);
    fprintf(out, "splq: %s error at line %zu, column %zu: %s\n", kind, line, col, err->msg);
    sq_text_excerpt(original, off, "", out);
}
