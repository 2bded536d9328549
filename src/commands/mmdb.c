/* mmdb.c — MaxMind DB reading (see mmdb.h): the metadata map at the end of
 * the file, the binary search tree over address bits, and the data
 * section's typed values (maps, arrays, strings, numbers, pointers). */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mmdb.h"
#include "splq/conf.h"
#include "splq/value.h"

enum {
    T_EXTENDED = 0,
    T_POINTER = 1,
    T_STRING = 2,
    T_DOUBLE = 3,
    T_BYTES = 4,
    T_UINT16 = 5,
    T_UINT32 = 6,
    T_MAP = 7,
    T_INT32 = 8,
    T_UINT64 = 9,
    T_UINT128 = 10,
    T_ARRAY = 11,
    T_CONTAINER = 12,
    T_END = 13,
    T_BOOL = 14,
    T_FLOAT = 15
};

struct sq_mmdb {
    unsigned char *buf;
    size_t len;
    uint32_t node_count;
    uint32_t record_size;
    uint32_t ip_version;
    size_t tree_size;
    size_t data; /* start of the data section */
    uint32_t ipv4_start;
};

#define MMDB_MAX_DEPTH 64

static int damaged(sq_error *err) {
    return sq_fail(err, SQ_ERR_IO, "the MaxMind database is damaged (an offset points outside it)");
}

/* --- decoding values ------------------------------------------------------------ */

typedef struct field {
    int type;
    size_t size; /* bytes, or entries for maps and arrays */
    size_t at;   /* where the payload starts (absolute) */
} field;

/* Read the control bytes at absolute offset off (in a section starting at
 * base, for pointers); pointers are followed once. *after is where the next
 * value starts (after the pointer, for a pointer). */
static int decode(const sq_mmdb *db, size_t base, size_t off, field *f, size_t *after,
                  sq_error *err) {
    if (off >= db->len)
        return damaged(err);
    unsigned ctrl = db->buf[off++];
    int type = (int)(ctrl >> 5);
    if (type == T_POINTER) {
        unsigned ss = (ctrl >> 3) & 3u, v = ctrl & 7u;
        size_t n = ss + 1;
        if (off + n > db->len)
            return damaged(err);
        size_t p = 0;
        if (ss < 3)
            p = v;
        for (size_t i = 0; i < n; i++)
            p = (p << 8) | db->buf[off + i];
        static const size_t add[4] = {0, 2048, 526336, 0};
        p += add[ss];
        if (after)
            *after = off + n;
        size_t target = base + p;
        if (target >= db->len || db->buf[target] >> 5 == T_POINTER)
            return damaged(err);
        return decode(db, base, target, f, NULL, err);
    }
    if (type == T_EXTENDED) {
        if (off >= db->len)
            return damaged(err);
        type = 7 + db->buf[off++];
    }
    size_t size = ctrl & 0x1fu;
    if (size >= 29) {
        size_t n = size - 28;
        if (off + n > db->len)
            return damaged(err);
        size_t v = 0;
        for (size_t i = 0; i < n; i++)
            v = (v << 8) | db->buf[off + i];
        static const size_t add[4] = {0, 29, 285, 65821};
        size = v + add[n];
        off += n;
    }
    f->type = type;
    f->size = size;
    f->at = off;
    if (after) {
        *after = off;
        if (type != T_MAP && type != T_ARRAY && type != T_BOOL)
            *after = off + size;
    }
    if (type != T_MAP && type != T_ARRAY && type != T_BOOL && off + size > db->len)
        return damaged(err);
    return 0;
}

/* The offset just after the value at off (skipping maps and arrays whole). */
static int skip(const sq_mmdb *db, size_t base, size_t off, size_t *next, int depth,
                sq_error *err) {
    if (depth > MMDB_MAX_DEPTH)
        return damaged(err);
    field f;
    size_t after;
    if (decode(db, base, off, &f, &after, err) < 0)
        return -1;
    if (db->buf[off] >> 5 == T_POINTER || (f.type != T_MAP && f.type != T_ARRAY)) {
        *next = after;
        return 0;
    }
    size_t p = f.at, n = f.type == T_MAP ? f.size * 2 : f.size;
    for (size_t i = 0; i < n; i++)
        if (skip(db, base, p, &p, depth + 1, err) < 0)
            return -1;
    *next = p;
    return 0;
}

static uint64_t read_uint(const sq_mmdb *db, const field *f) {
    uint64_t v = 0;
    for (size_t i = 0; i < f->size && i < 8; i++)
        v = (v << 8) | db->buf[f->at + i];
    return v;
}

/* Find key in the map at off: *value the offset of its value. 1 found. */
static int map_find(const sq_mmdb *db, size_t base, size_t off, const char *key, size_t *value,
                    sq_error *err) {
    field m;
    if (decode(db, base, off, &m, NULL, err) < 0)
        return -1;
    if (m.type != T_MAP)
        return 0;
    size_t p = m.at, klen = strlen(key);
    for (size_t i = 0; i < m.size; i++) {
        field k;
        size_t after;
        if (decode(db, base, p, &k, &after, err) < 0)
            return -1;
        if (k.type == T_STRING && k.size == klen && memcmp(db->buf + k.at, key, klen) == 0) {
            *value = after;
            return 1;
        }
        if (skip(db, base, after, &p, 0, err) < 0)
            return -1;
    }
    return 0;
}

static int array_at(const sq_mmdb *db, size_t base, size_t off, size_t idx, size_t *value,
                    sq_error *err) {
    field a;
    if (decode(db, base, off, &a, NULL, err) < 0)
        return -1;
    if (a.type != T_ARRAY || idx >= a.size)
        return 0;
    size_t p = a.at;
    for (size_t i = 0; i < idx; i++)
        if (skip(db, base, p, &p, 0, err) < 0)
            return -1;
    *value = p;
    return 1;
}

static void put_double(double d, sq_buf *out) {
    sq_num_format(d, -1, out);
}

/* Append the scalar at off as text. */
static int scalar_text(const sq_mmdb *db, size_t base, size_t off, sq_buf *out, sq_error *err) {
    field f;
    if (decode(db, base, off, &f, NULL, err) < 0)
        return -1;
    switch (f.type) {
    case T_STRING:
        sq_buf_add(out, (const char *)db->buf + f.at, f.size);
        return 1;
    case T_DOUBLE: {
        if (f.size != 8)
            return damaged(err);
        uint64_t bits = read_uint(db, &f);
        double d;
        memcpy(&d, &bits, sizeof d);
        put_double(d, out);
        return 1;
    }
    case T_FLOAT: {
        if (f.size != 4)
            return damaged(err);
        uint32_t bits = (uint32_t)read_uint(db, &f);
        float x;
        memcpy(&x, &bits, sizeof x);
        put_double((double)x, out);
        return 1;
    }
    case T_UINT16:
    case T_UINT32:
    case T_UINT64:
        sq_buf_printf(out, "%llu", (unsigned long long)read_uint(db, &f));
        return 1;
    case T_INT32: {
        uint32_t u = (uint32_t)read_uint(db, &f);
        if (f.size < 4 && f.size > 0 && (u >> (f.size * 8 - 1)))
            u |= ~0u << (f.size * 8);
        sq_buf_printf(out, "%d", (int32_t)u);
        return 1;
    }
    case T_BOOL:
        sq_buf_adds(out, f.size ? "true" : "false");
        return 1;
    default:
        return 0;
    }
}

/* --- opening ---------------------------------------------------------------------- */

static const unsigned char marker[] = "\xAB\xCD\xEFMaxMind.com";

static int meta_uint(sq_mmdb *db, size_t meta, const char *key, uint32_t *out, sq_error *err) {
    size_t v;
    int rc = map_find(db, meta, meta, key, &v, err);
    if (rc <= 0)
        return rc < 0
                   ? -1
                   : sq_fail(err, SQ_ERR_IO, "the MaxMind database has no %s in its metadata", key);
    field f;
    if (decode(db, meta, v, &f, NULL, err) < 0)
        return -1;
    *out = (uint32_t)read_uint(db, &f);
    return 0;
}

static int read_node(const sq_mmdb *db, uint32_t node, int bit, uint32_t *out, sq_error *err) {
    size_t rs = db->record_size, at = (size_t)node * rs * 2 / 8;
    if (at + rs * 2 / 8 > db->tree_size)
        return damaged(err);
    const unsigned char *b = db->buf + at;
    if (rs == 24) {
        b += bit ? 3 : 0;
        *out = ((uint32_t)b[0] << 16) | ((uint32_t)b[1] << 8) | b[2];
    } else if (rs == 28) {
        if (!bit)
            *out = ((uint32_t)(b[3] & 0xF0) << 20) | ((uint32_t)b[0] << 16) |
                   ((uint32_t)b[1] << 8) | b[2];
        else
            *out = ((uint32_t)(b[3] & 0x0F) << 24) | ((uint32_t)b[4] << 16) |
                   ((uint32_t)b[5] << 8) | b[6];
    } else {
        b += bit ? 4 : 0;
        *out = ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
    }
    return 0;
}

int sq_mmdb_open(const char *path, sq_mmdb **out, sq_error *err) {
    *out = NULL;
    char *data;
    size_t len;
    if (sq_read_file(path, &data, &len, err) < 0)
        return -1;
    sq_mmdb *db = sq_xcalloc(1, sizeof *db);
    db->buf = (unsigned char *)data;
    db->len = len;
    size_t mlen = sizeof marker - 1, meta = 0;
    for (size_t i = len >= mlen ? len - mlen + 1 : 0; i-- > 0;) {
        if (memcmp(db->buf + i, marker, mlen) == 0) {
            meta = i + mlen;
            break;
        }
    }
    int rc = 0;
    if (!meta)
        rc = sq_fail(err, SQ_ERR_IO, "%s is not a MaxMind database (no metadata marker)", path);
    if (rc == 0)
        rc = meta_uint(db, meta, "node_count", &db->node_count, err);
    if (rc == 0)
        rc = meta_uint(db, meta, "record_size", &db->record_size, err);
    if (rc == 0)
        rc = meta_uint(db, meta, "ip_version", &db->ip_version, err);
    if (rc == 0 && db->record_size != 24 && db->record_size != 28 && db->record_size != 32)
        rc = sq_fail(err, SQ_ERR_IO, "%s: unsupported record size %u", path, db->record_size);
    if (rc == 0) {
        db->tree_size = (size_t)db->node_count * db->record_size * 2 / 8;
        db->data = db->tree_size + 16;
        if (db->data > len)
            rc = damaged(err);
    }
    /* IPv4 addresses live under 96 zero bits of an IPv6 tree */
    uint32_t node = 0;
    for (int i = 0; rc == 0 && db->ip_version == 6 && i < 96 && node < db->node_count; i++)
        rc = read_node(db, node, 0, &node, err);
    db->ipv4_start = node;
    if (rc < 0) {
        sq_mmdb_close(db);
        return -1;
    }
    *out = db;
    return 0;
}

void sq_mmdb_close(sq_mmdb *db) {
    if (!db)
        return;
    free(db->buf);
    free(db);
}

int sq_mmdb_lookup(sq_mmdb *db, const char *ip, size_t *rec, sq_error *err) {
    unsigned char addr[16];
    int bits;
    uint32_t node;
    if (inet_pton(AF_INET, ip, addr) == 1) {
        bits = 32;
        node = db->ip_version == 6 ? db->ipv4_start : 0;
    } else if (inet_pton(AF_INET6, ip, addr) == 1) {
        if (db->ip_version != 6)
            return 0;
        bits = 128;
        node = 0;
    } else {
        return 0;
    }
    for (int i = 0; i < bits && node < db->node_count; i++) {
        int bit = (addr[i >> 3] >> (7 - (i & 7))) & 1;
        if (read_node(db, node, bit, &node, err) < 0)
            return -1;
    }
    if (node <= db->node_count) /* not found (== node_count), or ran out of bits */
        return 0;
    size_t off = (size_t)(node - db->node_count) - 16 + db->data;
    if (off >= db->len)
        return damaged(err);
    *rec = off;
    return 1;
}

int sq_mmdb_get(sq_mmdb *db, size_t rec, const char *const *path, int npath, sq_buf *out,
                sq_error *err) {
    size_t off = rec;
    for (int i = 0; i < npath; i++) {
        const char *step = path[i];
        int rc;
        if (step[0] >= '0' && step[0] <= '9')
            rc = array_at(db, db->data, off, (size_t)strtoul(step, NULL, 10), &off, err);
        else
            rc = map_find(db, db->data, off, step, &off, err);
        if (rc <= 0)
            return rc;
    }
    return scalar_text(db, db->data, off, out, err);
}
