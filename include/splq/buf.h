/* buf.h — a growable byte buffer, the one string builder of the project. */
#ifndef SPLQ_BUF_H
#define SPLQ_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sq_buf {
    char *data; /* always NUL-terminated once anything was appended */
    size_t len;
    size_t cap;
} sq_buf;

#define SQ_BUF_INIT ((sq_buf){NULL, 0, 0})

void sq_buf_reserve(sq_buf *b, size_t extra);
void sq_buf_add(sq_buf *b, const char *s, size_t n);
void sq_buf_adds(sq_buf *b, const char *s);
void sq_buf_addc(sq_buf *b, char c);
void sq_buf_printf(sq_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sq_buf_vprintf(sq_buf *b, const char *fmt, va_list ap);
void sq_buf_reset(sq_buf *b); /* len = 0, keeps memory */
void sq_buf_free(sq_buf *b);
/* Hand the bytes to the caller (malloc'd, NUL-terminated); b is emptied. */
char *sq_buf_steal(sq_buf *b);
/* Never returns NULL: "" for an empty buffer. */
const char *sq_buf_cstr(sq_buf *b);

/* Allocation that aborts on exhaustion: running out of memory is reported
 * by the memory ceiling of blocking commands long before malloc fails. */
void *sq_xmalloc(size_t n);
void *sq_xcalloc(size_t n, size_t size);
void *sq_xrealloc(void *p, size_t n);
/* n bytes at an address that is a multiple of align (a power of two); free() it. */
void *sq_xaligned(size_t align, size_t n);
char *sq_xstrdup(const char *s);
char *sq_xstrndup(const char *s, size_t n);

/* array (of *n elements of elem bytes), grown so that index is inside it:
 * the size doubles from first (or *n) until it does, the new elements are
 * zeroed; returns the array (moved, maybe).  For the arrays indexed by a
 * field's symbol. */
void *sq_grow_zeroed(void *array, size_t *n, size_t index, size_t elem, size_t first);

/* qsort that accepts an empty array given as NULL (qsort's pointer must not
 * be NULL even when n is 0: undefined behaviour UBSan reports). */
void sq_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

#endif
