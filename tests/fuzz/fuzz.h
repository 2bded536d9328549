/* fuzz.h — what the libFuzzer targets share: a quiet environment with the
 * project's knowledge (and the corpus macros when ../shared is there), and
 * a scratch file to hand file-reading code the fuzzer's bytes. */
#ifndef SPLQ_FUZZ_H
#define SPLQ_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "splq/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The environment, made once (argv0 from the process). */
sq_env *fuzz_env(void);
/* Write data to a scratch file whose name ends in suffix; the path is valid
 * until the next call.  NULL when it cannot be written. */
const char *fuzz_file(const uint8_t *data, size_t size, const char *suffix);
/* data as a NUL-terminated string (freed by the caller). */
char *fuzz_str(const uint8_t *data, size_t size);

#endif
