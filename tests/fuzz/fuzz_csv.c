/* fuzz_csv.c — CSV lookup tables: the input is read as a lookup file (gzip
 * too, by its magic bytes), its header read, and every cell looked at. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "splq/lookup.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int gz = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    const char *path = fuzz_file(data, size, gz ? ".csv.gz" : ".csv");
    if (!path)
        return 0;
    char dir[128];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    sq_error err;
    sq_error_clear(&err);
    sq_lookups *l = sq_lookups_new();
    sq_diag diag = {0};
    sq_lookup_table *t;
    if (sq_lookups_add_dir(l, dir, &err) == 0 &&
        sq_lookup_open(l, gz ? "input.csv.gz" : "input.csv", &diag, &t, &err) == 0) {
        size_t total = 0;
        for (size_t r = 0; r < t->nrows; r++)
            for (size_t c = 0; c < t->ncols; c++)
                total += strlen(sq_lookup_cell(t, r, c));
        (void)total;
        if (t->ncols)
            (void)sq_lookup_col(t, t->cols[0]);
        sq_lookup_table_free(t);
    }
    char **cols;
    size_t ncols;
    if (sq_csv_read_header(path, &cols, &ncols, &err) == 0) {
        for (size_t i = 0; i < ncols; i++)
            free(cols[i]);
        free(cols);
    }
    sq_lookups_free(l);
    return 0;
}
