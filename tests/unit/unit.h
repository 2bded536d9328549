/* unit.h — Check suites register themselves; tests/unit/main.c runs them all.
 * A test file ends with SQ_TEST_SUITE(make_suite) for its `Suite *make_suite(void)`. */
#ifndef SPLQ_TEST_UNIT_H
#define SPLQ_TEST_UNIT_H

#include <check.h>

void sq_test_register(Suite *(*make)(void));

#define SQ_TEST_SUITE(fn)                                                                          \
    __attribute__((constructor)) static void sq_test_register_##fn(void) {                         \
        sq_test_register(fn);                                                                      \
    }

#endif
