/* env.c — the environment: the project's own knowledge directories.
 *
 * macros/ and sourcetypes/ are found beside the executable (a build tree:
 * ./splq with ./macros), one level up (build/ layouts), or under the install
 * prefix's share/splq. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "splq/buf.h"
#include "splq/datamodel.h"
#include "splq/eventtype.h"
#include "splq/lookup.h"
#include "splq/macro.h"
#include "splq/sourcetype.h"
#include "splq/splq.h"

#ifndef SPLQ_DATADIR
#define SPLQ_DATADIR "/usr/local/share/splq"
#endif

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The directory holding the project's knowledge directories, or NULL. */
static char *find_datadir(const char *argv0) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        if (!argv0 || !realpath(argv0, exe))
            return NULL;
    } else {
        exe[n] = '\0';
    }
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    const char *candidates[] = {"%s", "%s/..", "%s/../share/splq"};
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        sq_buf b = SQ_BUF_INIT;
        sq_buf_printf(&b, candidates[i], exe);
        sq_buf_adds(&b, "/macros");
        if (is_dir(b.data)) {
            b.len -= strlen("/macros");
            b.data[b.len] = '\0';
            return sq_buf_steal(&b);
        }
        sq_buf_free(&b);
    }
    if (is_dir(SPLQ_DATADIR "/macros"))
        return sq_xstrdup(SPLQ_DATADIR);
    return NULL;
}

int sq_env_init(sq_env *env, const char *argv0, sq_error *err) {
    memset(env, 0, sizeof *env);
    env->now = -1;
    env->max_memory = sq_max_memory_default(); /* once: it asks the system */
    env->macros = sq_macros_new();
    env->sourcetypes = sq_sourcetypes_new();
    char *dir = find_datadir(argv0);
    if (!dir)
        return 0; /* no shipped knowledge: built-in defaults only */
    sq_buf b = SQ_BUF_INIT;
    sq_buf_printf(&b, "%s/macros", dir);
    int rc = sq_macros_load_dir(env->macros, b.data, err);
    sq_buf_reset(&b);
    sq_buf_printf(&b, "%s/sourcetypes", dir);
    if (rc == 0 && is_dir(b.data))
        rc = sq_sourcetypes_load_dir(env->sourcetypes, b.data, err);
    /* event types and tags (eventtypes/), data models (datamodels/) */
    env->eventtypes = sq_eventtypes_new();
    env->datamodels = sq_datamodels_new();
    sq_buf_reset(&b);
    sq_buf_printf(&b, "%s/eventtypes", dir);
    if (rc == 0 && is_dir(b.data))
        rc = sq_eventtypes_load_dir(env->eventtypes, b.data, err);
    sq_buf_reset(&b);
    sq_buf_printf(&b, "%s/datamodels", dir);
    if (rc == 0 && is_dir(b.data))
        rc = sq_datamodels_load_dir(env->datamodels, b.data, err);
    sq_buf_free(&b);
    free(dir);
    return rc;
}

int sq_cancelled(const sq_env *env, sq_error *err) {
    if (env && env->cancel && *env->cancel)
        return sq_fail(err, SQ_ERR_RUNTIME, "interrupted");
    return 0;
}

void sq_env_free(sq_env *env) {
    sq_macros_free(env->macros);
    sq_sourcetypes_free(env->sourcetypes);
    sq_lookups_free(env->lookups);
    env->lookups = NULL;
    sq_eventtypes_free(env->eventtypes);
    sq_datamodels_free(env->datamodels);
    env->eventtypes = NULL;
    env->datamodels = NULL;
    env->macros = NULL;
    env->sourcetypes = NULL;
}
