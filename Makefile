# splq — a plain Makefile.  `make` builds ./splq and build/libsplq.a;
# `make check` runs every test; `make deps` installs what is missing;
# `make demo` installs, builds and runs the founding rule on a bundled sample.

CC      ?= cc
BUILD   ?= build
SHARED  ?= ../shared
PKGS    := jansson libpcre2-8 yaml-0.1 zlib libedit
OPT     ?= -O2 -g
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS  += -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) -Iinclude -Isrc -I$(BUILD)/gen \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -lpthread
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null)

LEMPAR  ?= /usr/share/lemon/lempar.c
# The program; a sanitizer build puts its own in its build tree (check-sanitize).
SPLQ    ?= splq

# Everything under src/ except the front ends is the library.
LIB_SRC := $(shell find src -name '*.c' -not -path 'src/cli/*' | sort)
CLI_SRC := $(shell find src/cli -name '*.c' | sort)
GEN_SRC := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/lexer.o $(BUILD)/obj/gen/parser.o
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
UNIT_SRC := $(shell find tests/unit -name '*.c' | sort)
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/obj/%.o)

.PHONY: all deps demo check unit golden scripts corpus clean format check-sanitize

all: $(SPLQ)

# --- generated lexer and parser (never committed) ---------------------------
$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h: grammar/parser.y
	@mkdir -p $(BUILD)/gen
	cp grammar/parser.y $(BUILD)/gen/parser.y
	lemon -q -l -T$(LEMPAR) -d$(BUILD)/gen $(BUILD)/gen/parser.y
	@touch $(BUILD)/gen/parser.c $(BUILD)/gen/parser.h  # lemon keeps an unchanged parser.h's old time

$(BUILD)/gen/lexer.c: grammar/lexer.re $(BUILD)/gen/parser.h
	@mkdir -p $(BUILD)/gen
	re2c -W --no-generation-date -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-unused-variable -Wno-sign-compare -Wno-implicit-fallthrough -MMD -MP -c -o $@ $<

$(BUILD)/obj/%.o: %.c | $(BUILD)/gen/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/libsplq.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(SPLQ): $(CLI_OBJ) $(BUILD)/libsplq.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libsplq.a $(LDLIBS)

# --- tests -------------------------------------------------------------------
$(BUILD)/unit_tests: $(UNIT_OBJ) $(BUILD)/libsplq.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(BUILD)/libsplq.a $(LDLIBS) $(CHECK_LIBS)

unit: $(BUILD)/unit_tests
	SHARED=$(SHARED) TZ=UTC $(BUILD)/unit_tests

golden: $(SPLQ)
	SHARED=$(SHARED) tests/golden/run.sh ./$(SPLQ)

# Script tests: end-to-end checks that need more than stdout (report files, schemas).
scripts: $(SPLQ)
	@for t in tests/scripts/*.sh; do SHARED=$(SHARED) bash "$$t" ./$(SPLQ) || exit 1; done

check: unit golden scripts

# Coverage over Splunk's public detections (beside the checkout): how many
# parse, how many splq can run as written, and what is most wanted (see
# docs/check.md).  Lookups and data sources are found beside the macros.
CORPUS ?= $(SHARED)/corpus/security_content
.PHONY: corpus-report
corpus-report: splq
	./splq check --summary --top 20 -m $(CORPUS)/macros $(CORPUS)/detections

# The whole suite under AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer: everything is rebuilt into build/asan (the program too, as
# build/asan/splq, which finds the knowledge directories through links), and
# every sanitizer finding exits with a status no test expects (98/99, 23 for
# a leak), so the golden runner reports it with the sanitizer's stderr.
ASAN_DIR := build/asan
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
check-sanitize:
	@mkdir -p $(ASAN_DIR)
	@for d in macros sourcetypes eventtypes datamodels; do ln -sfn ../../$$d $(ASAN_DIR)/$$d; done
	ASAN_OPTIONS=detect_leaks=1:exitcode=99:abort_on_error=0:detect_stack_use_after_return=0 \
	LSAN_OPTIONS=exitcode=23 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=98 CK_TIMEOUT_MULTIPLIER=10 \
	$(MAKE) BUILD=$(ASAN_DIR) SPLQ=$(ASAN_DIR)/splq OPT="-O1 -g $(SAN_FLAGS)" \
	    LDFLAGS="$(SAN_FLAGS)" check

# The golden suite under valgrind (memcheck, leaks): slow, not in CI; see
# docs/limits.md for the time it takes.  VALGRIND_TESTS picks tests or
# directories (default: all).  PCRE2's JIT is off (SPLQ_NO_JIT=1): valgrind
# reports the JIT's generated code as uninitialised reads.
VALGRIND_TESTS ?=
.PHONY: check-valgrind
check-valgrind: $(SPLQ)
	SPLQ_NO_JIT=1 SHARED=$(SHARED) GOLDEN_WRAP="valgrind -q --error-exitcode=97 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect" \
	    tests/golden/run.sh ./$(SPLQ) $(VALGRIND_TESTS)

# Speed against the installed peers (jq, DuckDB) on synthetic CloudTrail logs,
# with the data made once into bench-cache/ (see docs/performance.md).
# BENCH_QUICK=1: 100k events only, fewer runs.
.PHONY: bench
bench: splq
	SHARED=$(SHARED) bench/run.sh

# Fuzz targets (libFuzzer, clang): `make fuzz` builds build/fuzz/fuzz_*,
# `make fuzz-run SECONDS=N` runs each for N seconds (tests/fuzz/run.sh).
FUZZ_DIR := build/fuzz
FUZZ_TARGETS := query reader eval time csv yaml scan
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SECONDS ?= 60
.PHONY: fuzz fuzz-run
fuzz:
	@mkdir -p $(FUZZ_DIR)
	@for d in macros sourcetypes eventtypes datamodels; do ln -sfn ../../$$d $(FUZZ_DIR)/$$d; done
	$(MAKE) CC=clang BUILD=$(FUZZ_DIR) WARN="-Wall -Wno-unused-parameter" \
	    OPT="-O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)" $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)
fuzz-run: fuzz
	SHARED=$(SHARED) tests/fuzz/run.sh $(SECONDS)

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.c tests/fuzz/fuzz.h $(FUZZ_DIR)/libsplq.a
	$(CC) $(CFLAGS) -Itests/fuzz -fsanitize=fuzzer -o $@ $< tests/fuzz/fuzz_common.c \
	    $(FUZZ_DIR)/libsplq.a $(LDLIBS)

# --- install ------------------------------------------------------------------
# The binary, the man page, and the shipped knowledge under PREFIX/share/splq,
# where the binary finds it at run time (../share/splq relative to itself).
PREFIX  ?= /usr/local
KNOWLEDGE_DIRS := macros sourcetypes eventtypes datamodels
.PHONY: install
install: $(SPLQ)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/splq
	install -m 755 $(SPLQ) $(DESTDIR)$(PREFIX)/bin/splq
	install -m 644 docs/splq.1 $(DESTDIR)$(PREFIX)/share/man/man1/splq.1
	@for d in $(KNOWLEDGE_DIRS); do if [ -d $$d ]; then \
	  echo "install $$d -> $(DESTDIR)$(PREFIX)/share/splq/$$d"; \
	  rm -rf $(DESTDIR)$(PREFIX)/share/splq/$$d; cp -R $$d $(DESTDIR)$(PREFIX)/share/splq/$$d; fi; done

# --- set-up and demo ---------------------------------------------------------
DEPS_PKGS := re2c lemon libjansson-dev check libpcre2-dev libyaml-dev libedit-dev zlib1g-dev pkg-config gcc make libxml2-utils tmux python3 procps
deps:
	@missing=""; for p in $(DEPS_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then echo "deps: all installed"; exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then echo "deps: missing:$$missing"; \
	  echo "run as root: apt-get install -y$$missing"; exit 1; fi; \
	echo "deps: installing$$missing"; \
	apt-get update -qq && env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing

demo: deps
	@$(MAKE) --no-print-directory splq
	@echo '$$ TZ=UTC ./splq -o table -f tests/data/founding_rule.spl tests/data/cloudtrail_sample.json'
	@TZ=UTC ./splq -o table -f tests/data/founding_rule.spl tests/data/cloudtrail_sample.json

format:
	clang-format -i $$(find src include tests/unit -name '*.[ch]')

clean:
	rm -rf build splq

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
