/* fuzz_reader.c — the event readers: JSON lines, JSON arrays, {"Records":
 * [...]}, gzip (by its magic bytes), plain text; JSON extraction and the
 * sourcetype detection and knowledge applied to each event. */
#include "fuzz.h"
#include "splq/input.h"
#include "splq/sourcetype.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sq_env *env = fuzz_env();
    const char *path = fuzz_file(data, size, ".json");
    if (!path)
        return 0;
    sq_query q = {0};
    q.env = env;
    q.syms = sq_symtab_new();
    q.now = 1700000000;
    sq_error err;
    sq_error_clear(&err);
    sq_event_reader *er;
    if (sq_event_reader_open(&q, path, NULL, NULL, NULL, &er, &err) == 0) {
        sq_event *ev;
        while (sq_event_reader_next(er, &ev, &err) == 1)
            sq_event_free(ev);
        sq_event_reader_close(er);
    }
    sq_symtab_free(q.syms);
    return 0;
}
