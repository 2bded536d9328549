/* main.c — runs every registered Check suite (see unit.h). */
#include <stdlib.h>

#include "unit.h"

#define MAX_SUITES 128
static Suite *(*suites[MAX_SUITES])(void);
static int nsuites;

void sq_test_register(Suite *(*make)(void)) {
    if (nsuites < MAX_SUITES)
        suites[nsuites++] = make;
}

int main(void) {
    if (nsuites == 0)
        return EXIT_FAILURE;
    SRunner *runner = srunner_create(suites[0]());
    for (int i = 1; i < nsuites; i++)
        srunner_add_suite(runner, suites[i]());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
