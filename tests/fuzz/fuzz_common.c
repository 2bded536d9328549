/* fuzz_common.c — the helpers of fuzz.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "splq/macro.h"
#include "splq/splq.h"

sq_env *fuzz_env(void) {
    static sq_env env;
    static int ready;
    if (ready)
        return &env;
    sq_error err;
    sq_error_clear(&err);
    if (sq_env_init(&env, "/proc/self/exe", &err) < 0) {
        fprintf(stderr, "fuzz: %s\n", err.msg);
        abort();
    }
    env.diag.fn = NULL; /* warnings are discarded */
    env.now = 1700000000;
    const char *shared = getenv("SHARED");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/corpus/security_content/macros", shared ? shared : "../shared");
    if (env.macros && access(dir, R_OK) == 0 && sq_macros_load_dir(env.macros, dir, &err) < 0)
        fprintf(stderr, "fuzz: corpus macros not loaded: %s\n", err.msg);
    ready = 1;
    return &env;
}

const char *fuzz_file(const uint8_t *data, size_t size, const char *suffix) {
    static char dir[64];
    static char path[128];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/splq-fuzz.XXXXXX");
        if (!mkdtemp(dir))
            return NULL;
    }
    snprintf(path, sizeof path, "%s/input%s", dir, suffix);
    FILE *f = fopen(path, "wb");
    if (!f)
        return NULL;
    if (size && fwrite(data, 1, size, f) != size) {
        fclose(f);
        return NULL;
    }
    fclose(f);
    return path;
}

char *fuzz_str(const uint8_t *data, size_t size) {
    char *s = malloc(size + 1);
    if (!s)
        abort();
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}
