/* macro_helpers.c — see macro_helpers.h. */
#include <stdlib.h>
#include <string.h>

#include "macro_helpers.h"
#include "unit.h"

void macro_notes_collect(void *ud, sq_diag_level level, const char *msg) {
    macro_notes *ns = ud;
    sq_buf_printf(&ns->text, "%s%s\n", level == SQ_DIAG_NOTE ? "note: " : "warning: ", msg);
    ns->n++;
}

char *macro_expand_ok(const sq_macros *m, const char *text, sq_srcmap **map) {
    char *out = NULL;
    size_t len = 0;
    sq_error err;
    sq_error_clear(&err);
    int rc = sq_macro_expand(m, text, strlen(text), &out, &len, map, NULL, &err);
    ck_assert_msg(rc == 0, "expanding %s: %s", text, err.msg);
    ck_assert_uint_eq(len, strlen(out));
    return out;
}

void macro_expect(const sq_macros *m, const char *text, const char *want) {
    char *got = macro_expand_ok(m, text, NULL);
    ck_assert_str_eq(got, want);
    free(got);
}

sq_error macro_expand_fail(const sq_macros *m, const char *text) {
    char *out = (char *)1;
    sq_srcmap *map = (sq_srcmap *)1;
    sq_error err;
    sq_error_clear(&err);
    int rc = sq_macro_expand(m, text, strlen(text), &out, NULL, &map, NULL, &err);
    ck_assert_msg(rc == -1, "expanding %s should fail", text);
    ck_assert_ptr_null(out);
    ck_assert_ptr_null(map);
    return err;
}
