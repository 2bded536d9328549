/* buf.c — the growable byte buffer and the allocation wrappers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "splq/buf.h"

static void out_of_memory(size_t n) {
    fprintf(stderr, "splq: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void *sq_xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *sq_xaligned(size_t align, size_t n) {
    size_t rounded = (n + align - 1) & ~(align - 1); /* aligned_alloc wants a multiple */
    void *p = aligned_alloc(align, rounded ? rounded : align);
    if (!p)
        out_of_memory(n);
    return p;
}

void *sq_xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        out_of_memory(n * size);
    return p;
}

void *sq_xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *sq_xstrndup(const char *s, size_t n) {
    char *d = sq_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *sq_xstrdup(const char *s) {
    return sq_xstrndup(s, strlen(s));
}

void sq_buf_reserve(sq_buf *b, size_t extra) {
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    b->data = sq_xrealloc(b->data, cap);
    b->cap = cap;
}

void sq_buf_add(sq_buf *b, const char *s, size_t n) {
    sq_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sq_buf_adds(sq_buf *b, const char *s) {
    sq_buf_add(b, s, strlen(s));
}

void sq_buf_addc(sq_buf *b, char c) {
    sq_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void sq_buf_vprintf(sq_buf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return;
    sq_buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sq_buf_printf(sq_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sq_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void sq_buf_reset(sq_buf *b) {
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void sq_buf_free(sq_buf *b) {
    free(b->data);
    *b = SQ_BUF_INIT;
}

char *sq_buf_steal(sq_buf *b) {
    char *s = b->data ? b->data : sq_xstrdup("");
    *b = SQ_BUF_INIT;
    return s;
}

const char *sq_buf_cstr(sq_buf *b) {
    return b->data ? b->data : "";
}

void sq_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    if (n > 1)
        qsort(base, n, size, cmp);
}

void *sq_grow_zeroed(void *array, size_t *n, size_t index, size_t elem, size_t first) {
    if (index < *n)
        return array;
    size_t size = *n ? *n : first;
    while (size <= index)
        size *= 2;
    char *p = sq_xrealloc(array, size * elem);
    memset(p + *n * elem, 0, (size - *n) * elem);
    *n = size;
    return p;
}
