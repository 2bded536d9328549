/* fuzz_reader.c — the event readers: JSON lines, JSON arrays, {"Records":
 * [...]}, gzip (by its magic bytes), plain text (a file that is not JSON:
 * one event per line, text.c); JSON extraction, the sourcetype detection
 * (CloudTrail records, syslog and web-server lines) and the knowledge
 * applied to each event, _time recognition included (syslog timestamps
 * without a year, ctime, ISO 8601).  The seeds in tests/data/input hold
 * plain-text logs (auth.log, app.log, access.log.gz). */
#include "fuzz.h"
#include "splq/input.h"
#include "splq/sourcetype.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sq_env *env = fuzz_env();
    const char *path = fuzz_file(data, size, ".log");
    if (!path)
        return 0;
    sq_query q = {0};
    q.env = env;
    q.syms = sq_symtab_new();
    q.now = 1700000000;
    sq_error err;
    sq_error_clear(&err);
    sq_st_apply *st = NULL;
    if (sq_st_apply_new(&q, &st, &err) < 0)
        st = NULL;
    sq_event_reader *er;
    if (sq_event_reader_open(&q, path, NULL, NULL, st, &er, &err) == 0) {
        sq_event *ev;
        while (sq_event_reader_next(er, &ev, &err) == 1)
            sq_event_free(ev);
        sq_event_reader_close(er);
    }
    sq_st_apply_free(st);
    sq_symtab_free(q.syms);
    return 0;
}
