/* fuzz_time.c — time parsing and formatting: the input is a format, a
 * newline, then text.  The text is parsed with the format (local and a
 * fixed zone), formatted back with it, and read as a relative time
 * modifier. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "splq/buf.h"
#include "splq/timefmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096)
        return 0;
    char *all = fuzz_str(data, size);
    char *nl = strchr(all, '\n');
    const char *fmt = all, *text = "";
    if (nl) {
        *nl = '\0';
        text = nl + 1;
    }
    double t = 0;
    sq_tmparts parts;
    (void)sq_strptime(text, strlen(text), fmt, &t);
    (void)sq_strptime_ex(text, strlen(text), fmt, "+05:30", &t, &parts);
    sq_buf out = SQ_BUF_INIT;
    (void)sq_strftime(t, fmt, &out);
    (void)sq_strftime(1700000000.123456, fmt, &out);
    double r;
    (void)sq_relative_time(1700000000, text, &r);
    (void)sq_relative_time(1700000000, fmt, &r);
    sq_time_display(t, &out);
    sq_time_iso(t, &out);
    sq_buf_free(&out);
    free(all);
    return 0;
}
