/* table.c — the table writer, for people: a header, a dashed separator and
 * aligned columns, measured in terminal columns (UTF-8, wide characters).
 * A multivalue field shows one value per line; long values wrap (at spaces
 * when they can) at TABLE_MAX_WIDTH, and the widest columns are narrowed
 * further when the front end gives a width to fit (a terminal's); numeric
 * columns are right-aligned.  Zero rows print nothing (the front end says
 * so on stderr).  With colour (a terminal), the header is bold and its
 * separator dim; the cells stay plain, so that values read as they are. */
#include <stdlib.h>
#include <string.h>

#include "output_int.h"

#define TABLE_MAX_WIDTH 60
#define TABLE_MIN_WIDTH 24
#define TABLE_GAP "  "
#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"
#define SGR_RESET "\033[0m"

/* One display line of a cell: a slice of the cell's sanitized text. */
typedef struct tline {
    size_t off, len;
    int width;
} tline;

typedef struct tcell {
    sq_buf text;
    tline *lines;
    size_t n, cap;
} tcell;

static void cell_reset(tcell *c) {
    sq_buf_reset(&c->text);
    c->n = 0;
}

static void cell_free(tcell *c) {
    sq_buf_free(&c->text);
    free(c->lines);
}

static void cell_newline(tcell *c) {
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 8;
        c->lines = sq_xrealloc(c->lines, c->cap * sizeof *c->lines);
    }
    c->lines[c->n++] = (tline){c->text.len, 0, 0};
}

/* Start a new line at a wrap: break after the last space of the current
 * line when there is one (the space itself is dropped), else right here. */
static void cell_wrap(tcell *c, size_t brk_off, int brk_w) {
    tline *l = &c->lines[c->n - 1];
    if (brk_w <= 0) {
        cell_newline(c);
        return;
    }
    size_t end = l->off + l->len;
    int rest_w = l->width - brk_w - 1;
    l->len = brk_off - l->off;
    l->width = brk_w;
    cell_newline(c);
    l = &c->lines[c->n - 1];
    l->off = brk_off + 1;
    l->len = end - l->off;
    l->width = rest_w;
}

/* Lay s out as lines no wider than maxw (maxw <= 0: no wrapping), wrapping
 * at spaces where possible.  Tabs become a space, other control characters
 * and bytes that are not UTF-8 become U+FFFD, so every line measures what
 * it prints. */
static void cell_layout(tcell *c, const char *s, size_t n, int maxw) {
    const unsigned char *p = (const unsigned char *)s;
    size_t brk_off = 0; /* the last space of the current line */
    int brk_w = 0;      /* the line's width before it; 0: none */
    cell_reset(c);
    cell_newline(c);
    /* Room for the worst case (every byte a 3-byte U+FFFD), so that the
     * loop can write characters straight into the buffer. */
    sq_buf_reserve(&c->text, 3 * n);
    for (size_t i = 0; i < n;) {
        uint32_t cp = p[i];
        int cw = 1;
        if (cp >= 0x20 && cp < 0x7F) {
            i++; /* printable ASCII, nearly everything: no decoding */
        } else {
            i += sq_utf8_decode(p + i, n - i, &cp);
            if (cp == '\t')
                cp = ' ';
            else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
                cp = cp == '\n' ? '\n' : 0xFFFD;
            cw = cp == '\n' ? 0 : sq_cp_width(cp);
        }
        if (cp == '\n') {
            cell_newline(c);
            brk_w = 0;
            continue;
        }
        if (maxw > 0 && c->lines[c->n - 1].width + cw > maxw && c->lines[c->n - 1].width > 0) {
            if (cp == ' ') {
                /* A space at the edge is the break itself. */
                cell_newline(c);
                brk_w = 0;
                continue;
            }
            cell_wrap(c, brk_off, brk_w);
            brk_w = 0;
            if (c->lines[c->n - 1].width + cw > maxw && c->lines[c->n - 1].width > 0)
                cell_newline(c);
        }
        tline *l = &c->lines[c->n - 1];
        if (cp == ' ' && l->width > 0) {
            brk_off = c->text.len;
            brk_w = l->width;
        }
        size_t before = c->text.len;
        if (cp < 0x80)
            c->text.data[c->text.len++] = (char)cp;
        else
            sq_utf8_encode(cp, &c->text);
        l->len += c->text.len - before;
        l->width += cw;
    }
    c->text.data[c->text.len] = '\0';
}

static void cell_of_value(sq_writer *w, tcell *c, sq_sym s, sq_value *v, int maxw) {
    sq_buf_reset(&w->text);
    size_t n = v ? sq_value_count(v) : 0;
    for (size_t k = 0; k < n; k++) {
        if (k)
            sq_buf_addc(&w->text, '\n');
        sq_out_scalar(s, sq_value_at(v, k), 0, &w->text);
    }
    cell_layout(c, sq_buf_cstr(&w->text), w->text.len, maxw);
}

static int is_numeric(sq_sym s, sq_value *v) {
    double d;
    return s != SQ_SYM_TIME && v->type != SQ_MV && sq_value_number(v, &d);
}

static void pad(sq_buf *b, int n) {
    if (n <= 0)
        return;
    sq_buf_reserve(b, (size_t)n);
    memset(b->data + b->len, ' ', (size_t)n);
    b->len += (size_t)n;
    b->data[b->len] = '\0';
}

/* Append one line of a cell, aligned in a column of width cw; the caller
 * trims the trailing spaces of the whole line. */
static void put_line(sq_buf *b, const tcell *c, size_t k, int cw, int right) {
    const tline *l = k < c->n ? &c->lines[k] : NULL;
    int w = l ? l->width : 0;
    if (right)
        pad(b, cw - w);
    if (l)
        sq_buf_add(b, c->text.data + l->off, l->len);
    if (!right)
        pad(b, cw - w);
}

static void end_line(sq_buf *b) {
    while (b->len && b->data[b->len - 1] == ' ')
        b->len--;
    sq_buf_addc(b, '\n');
}

/* end_line for a line that began with the escape sgr (when colour is on):
 * the reset goes after the last visible character. */
static void end_styled_line(sq_buf *b, const char *sgr) {
    if (!sgr) {
        end_line(b);
        return;
    }
    while (b->len && b->data[b->len - 1] == ' ')
        b->len--;
    sq_buf_adds(b, SGR_RESET);
    sq_buf_addc(b, '\n');
}

typedef struct tcolumn {
    int width;
    int header;  /* the header's width: a column is never narrower */
    int numeric; /* every value a number: right-aligned */
} tcolumn;

static void measure(sq_writer *w, tcolumn *cols, tcell *cell, sq_value **slots) {
    const sq_columns *c = &w->cols;
    for (size_t j = 0; j < c->n; j++) {
        sq_sym s = c->syms[j];
        cell_layout(cell, sq_sym_name(w->syms, s), sq_sym_len(w->syms, s), 0);
        cols[j].width = cols[j].header = cell->lines[0].width;
        cols[j].numeric = -1; /* no value seen yet */
    }
    for (size_t i = 0; i < w->nheld; i++) {
        sq_columns_row(c, w->held[i], slots);
        for (size_t j = 0; j < c->n; j++) {
            sq_value *v = slots[j];
            if (!v)
                continue;
            if (!is_numeric(c->syms[j], v))
                cols[j].numeric = 0;
            else if (cols[j].numeric < 0)
                cols[j].numeric = 1;
            cell_of_value(w, cell, c->syms[j], v, TABLE_MAX_WIDTH);
            for (size_t k = 0; k < cell->n; k++)
                if (cell->lines[k].width > cols[j].width)
                    cols[j].width = cell->lines[k].width;
        }
    }
    for (size_t j = 0; j < c->n; j++)
        if (cols[j].numeric < 0)
            cols[j].numeric = 0;
}

/* Narrow the widest columns until the table fits in limit terminal columns
 * (limit <= 0: no limit).  Columns no wider than TABLE_MIN_WIDTH are left
 * alone (narrowing short values only makes them unreadable), and none is
 * narrowed below TABLE_MIN_WIDTH or its header; when that is not enough,
 * the terminal wraps the lines. */
static void fit(tcolumn *cols, size_t n, int limit) {
    if (limit <= 0)
        return;
    long total = (long)(n - 1) * (long)strlen(TABLE_GAP);
    for (size_t j = 0; j < n; j++)
        total += cols[j].width;
    while (total > limit) {
        size_t widest = n;
        for (size_t j = 0; j < n; j++) {
            int floor = cols[j].header > TABLE_MIN_WIDTH ? cols[j].header : TABLE_MIN_WIDTH;
            if (cols[j].width > floor && (widest == n || cols[j].width > cols[widest].width))
                widest = j;
        }
        if (widest == n)
            return; /* nothing left to narrow: the terminal wraps */
        cols[widest].width--;
        total--;
    }
}

static int write_header(sq_writer *w, const tcolumn *cols, tcell *cell, sq_error *err) {
    const sq_columns *c = &w->cols;
    const char *bold = w->color ? SGR_BOLD : NULL, *dim = w->color ? SGR_DIM : NULL;
    if (bold)
        sq_buf_adds(&w->line, bold);
    for (size_t j = 0; j < c->n; j++) {
        if (j)
            sq_buf_adds(&w->line, TABLE_GAP);
        cell_layout(cell, sq_sym_name(w->syms, c->syms[j]), sq_sym_len(w->syms, c->syms[j]), 0);
        put_line(&w->line, cell, 0, cols[j].width, cols[j].numeric);
    }
    end_styled_line(&w->line, bold);
    if (dim)
        sq_buf_adds(&w->line, dim);
    for (size_t j = 0; j < c->n; j++) {
        if (j)
            sq_buf_adds(&w->line, TABLE_GAP);
        for (int k = 0; k < cols[j].width; k++)
            sq_buf_addc(&w->line, '-');
    }
    end_styled_line(&w->line, dim);
    return sq_out_flush(w, &w->line, err);
}

static int write_row(sq_writer *w, sq_event *ev, const tcolumn *cols, tcell *cells,
                     sq_value **slots, sq_error *err) {
    const sq_columns *c = &w->cols;
    size_t height = 1;
    sq_columns_row(c, ev, slots);
    for (size_t j = 0; j < c->n; j++) {
        cell_of_value(w, &cells[j], c->syms[j], slots[j], cols[j].width);
        if (cells[j].n > height)
            height = cells[j].n;
    }
    for (size_t k = 0; k < height; k++) {
        /* Stop after the last cell with something on this line: the rest
         * would be blanks, trimmed anyway. */
        size_t last = 0;
        for (size_t j = 0; j < c->n; j++)
            if (k < cells[j].n && cells[j].lines[k].len)
                last = j + 1;
        for (size_t j = 0; j < last; j++) {
            if (j)
                sq_buf_adds(&w->line, TABLE_GAP);
            put_line(&w->line, &cells[j], k, cols[j].width, cols[j].numeric);
        }
        end_line(&w->line);
    }
    return sq_out_flush(w, &w->line, err);
}

int sq_table_finish(sq_writer *w, sq_error *err) {
    const sq_columns *c = &w->cols;
    if (c->n == 0 || w->nheld == 0)
        return 0;
    tcolumn *cols = sq_xcalloc(c->n, sizeof *cols);
    tcell *cells = sq_xcalloc(c->n, sizeof *cells);
    sq_value **slots = sq_xcalloc(c->n, sizeof *slots);
    measure(w, cols, &cells[0], slots);
    fit(cols, c->n, w->max_width);
    int rc = write_header(w, cols, &cells[0], err);
    for (size_t i = 0; rc == 0 && i < w->nheld; i++) {
        rc = write_row(w, w->held[i], cols, cells, slots, err);
        sq_event_free(w->held[i]);
        w->held[i] = NULL;
    }
    for (size_t j = 0; j < c->n; j++)
        cell_free(&cells[j]);
    free(slots);
    free(cells);
    free(cols);
    return rc;
}
