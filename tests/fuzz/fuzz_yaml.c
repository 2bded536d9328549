/* fuzz_yaml.c — detection and macro YAML (and macros.conf): the input is
 * read as a detection file, as a macro file of each kind, and a query using
 * a macro it may define is expanded. */
#include <stdlib.h>

#include "fuzz.h"
#include "splq/detection.h"
#include "splq/macro.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 64 * 1024)
        return 0;
    sq_error err;
    sq_error_clear(&err);
    const char *path = fuzz_file(data, size, ".yml");
    if (!path)
        return 0;
    sq_detection *d;
    if (sq_detection_load(path, &d, &err) == 0)
        sq_detection_free(d);
    sq_macros *m = sq_macros_new();
    if (sq_macros_load_file(m, path, &err) == 0) {
        static const char q[] = "`a` `b(1)` `c(x,y)` | search `d`";
        char *out;
        size_t n;
        sq_srcmap *map;
        sq_diag diag = {0};
        if (sq_macro_expand(m, q, sizeof q - 1, &out, &n, &map, &diag, &err) == 0) {
            free(out);
            sq_srcmap_free(map);
        }
    }
    sq_macros_free(m);
    path = fuzz_file(data, size, ".conf");
    m = sq_macros_new();
    if (path)
        (void)sq_macros_load_file(m, path, &err);
    sq_macros_free(m);
    return 0;
}
