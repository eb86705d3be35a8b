# Leefbaar - plain GNU Makefile.
#
#   make run     install what is missing, build, migrate, demo data, serve :8080
#   make test    install what is missing, build, run unit + HTTP + browser tests
#   make test-calendar   unit + HTTP suites on the days of tests/calendar.txt
#   make bench   benchmarks with the machine's own baseline
#   make bench-growth   the same at 10k, 100k and 1M meldingen, one table
#   make scale-demo   two tenants behind HAProxy: isolation, a move, a failure
#   make SANITIZE=1 test   the same under ASan + UBSan (the HTTP suites run a
#                          second time under valgrind in a plain make test)
#   make clean

ifeq ($(SANITIZE),1)
BUILD   ?= build/san
OPT     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDOPT   := -fsanitize=address,undefined
else
BUILD   ?= build/rel
OPT     := -O2 -g -D_FORTIFY_SOURCE=3
LDOPT   :=
endif

PKGS    := libmicrohttpd sqlite3 libsodium libcjson inih libctemplate libcurl libmagic libheif libjpeg
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv

ARCH    := $(shell uname -m)
HARDEN  := -fstack-protector-strong -fstack-clash-protection -fPIE
ifeq ($(ARCH),x86_64)
HARDEN  += -fcf-protection
endif
WARN    := -Wall -Wextra -Werror -Wformat=2
CFLAGS  ?=
CFLAGS  += -std=c11 -D_DEFAULT_SOURCE $(WARN) $(OPT) $(HARDEN) -Isrc $(PKG_CFLAGS) -MMD -MP
CXXFLAGS += -std=c++17 $(WARN) $(OPT) $(HARDEN) -Isrc $(PKG_CFLAGS) -MMD -MP
LDFLAGS += -pie -Wl,-z,relro,-z,now $(LDOPT)
LIBS    := $(PKG_LIBS) -lpthread -lm

LIB_SRC := $(wildcard src/lib/*.c src/domain/*.c src/db/*.c src/store/*.c \
             src/auth/*.c src/app/*.c src/render/*.c src/http/*.c src/web/*.c src/api/*.c \
             src/mail/*.c src/cli/*.c src/seed/*.c) \
           $(filter-out src/main.c,$(wildcard src/*.c))
LIB_CXX := $(wildcard src/render/*.cc)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(LIB_CXX:%.cc=$(BUILD)/%.o)
LIBA    := $(BUILD)/libleefbaar.a
BIN     := $(BUILD)/leefbaar

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:%.c=$(BUILD)/%)
HTTP_SRC := $(wildcard tests/http/test_*.c)
HTTP_BIN := $(HTTP_SRC:%.c=$(BUILD)/%)
HTTP_LIB := $(BUILD)/tests/http/harness.o $(BUILD)/tests/http/accounts.o $(BUILD)/tests/http/load.o
BENCH_SRC := $(wildcard tests/bench/bench_*.c)
BENCH_BIN := $(BENCH_SRC:%.c=$(BUILD)/%)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
REPLAY_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/tests/fuzz/%_replay)
FUZZ_SECONDS ?= 60

.PHONY: all run test test-unit test-http test-e2e test-calendar deps deps-test bench bench-growth scale-demo security fuzz fuzz-short clean
.DELETE_ON_ERROR:
# Keep the test objects: without this make deletes them as intermediates and rebuilds them every run.
.SECONDARY:

all: $(BIN) leefbaar

leefbaar: $(BIN)
	ln -sf $(BIN) leefbaar

$(BIN): $(BUILD)/src/main.o $(LIBA)
	$(CXX) $(LDFLAGS) -o $@ $^ $(LIBS)

$(LIBA): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.cc
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -c -o $@ $<

$(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(LIBA)
	$(CXX) $(LDFLAGS) -o $@ $^ $(LIBS) -lcmocka

$(BUILD)/tests/http/%: $(BUILD)/tests/http/%.o $(HTTP_LIB) $(LIBA) | $(BUILD)/tests/http/faults.so
	$(CXX) $(LDFLAGS) -o $@ $^ $(LIBS) -lcmocka

# Storage faults for the HTTP tests, preloaded into the server (tests/http/faults.c).
$(BUILD)/tests/http/faults.so: tests/http/faults.c
	@mkdir -p $(@D)
	$(CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -U_FORTIFY_SOURCE -fPIC -shared -o $@ $< -ldl

# Fuzz targets replayed over their saved inputs (make test), or fuzzed with libFuzzer (make fuzz).
$(BUILD)/tests/fuzz/%_replay: $(BUILD)/tests/fuzz/%.o $(BUILD)/tests/fuzz/replay.o $(BUILD)/tests/fuzz/inproc.o $(LIBA)
	$(CXX) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/bench/%: $(BUILD)/tests/bench/%.o $(LIBA)
	$(CXX) $(LDFLAGS) -o $@ $^ $(LIBS)

# Installs missing Debian packages (and npm packages for the browser tests).
deps:
	@scripts/deps.sh build

deps-test:
	@scripts/deps.sh test

run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p data
	@./leefbaar migrate
	@./leefbaar seed --demo
	@./leefbaar serve

test: deps-test
	@scripts/layers.sh
	@$(MAKE) --no-print-directory all $(UNIT_BIN) $(REPLAY_BIN) $(HTTP_BIN)
	@LEEFBAAR_BIN=$(BIN) SANITIZE=$(SANITIZE) scripts/run-tests.sh $(UNIT_BIN) $(REPLAY_BIN) -- $(HTTP_BIN) \
		--calendar $(if $(filter 1,$(SANITIZE)),,--valgrind)
	@$(MAKE) --no-print-directory fuzz-short

# The unit and HTTP suites on every moment of tests/calendar.txt (faketime).
test-calendar: deps-test
	@$(MAKE) --no-print-directory all $(UNIT_BIN) $(HTTP_BIN)
	@LEEFBAAR_BIN=$(BIN) scripts/test-calendar.sh $(UNIT_BIN) -- $(HTTP_BIN)

test-unit: all $(UNIT_BIN) $(REPLAY_BIN)
	@scripts/layers.sh
	@scripts/run-tests.sh $(UNIT_BIN) $(REPLAY_BIN) -- --no-e2e

test-http: all $(HTTP_BIN)
	@LEEFBAAR_BIN=$(BIN) scripts/run-tests.sh -- $(HTTP_BIN) --no-e2e

test-e2e: all
	@LEEFBAAR_BIN=$(BIN) scripts/run-tests.sh -- --e2e-only

bench:
	@scripts/deps.sh bench
	@$(MAKE) --no-print-directory all $(BENCH_BIN)
	@LEEFBAAR_BIN=$(BIN) scripts/bench.sh $(BENCH_BIN)

# make bench at 10,000, 100,000 and 1,000,000 meldingen, one table (docs/scaling.md).
bench-growth:
	@scripts/deps.sh bench
	@$(MAKE) --no-print-directory all $(BENCH_BIN)
	@LEEFBAAR_BIN=$(BIN) scripts/bench_growth.sh $(BENCH_BIN)

# Two corporations, each on its own instance and database, behind HAProxy on
# loopback: isolation, moving a tenant, one instance failing (docs/scaling.md).
# scripts/deps.sh scale installs haproxy, socat, curl, sqlite3 and iproute2 when missing.
scale-demo: deps
	@$(MAKE) --no-print-directory $(BIN)
	@LEEFBAAR_BIN=$(BIN) SCALE_DIR=$(BUILD)/scale-demo scripts/scale-demo.sh

# sqlmap and wapiti against a live loopback server (SECURITY.md); minutes, not in CI.
security:
	@scripts/deps.sh security
	@$(MAKE) --no-print-directory $(BIN)
	@scripts/security.sh $(BIN)

# libFuzzer (clang, ASan + UBSan): the library is built once into build/fuzz/,
# then one binary per target. `make fuzz` runs each FUZZ_SECONDS, keeping what
# it finds in build/fuzz/corpus/NAME/ and crashes as build/fuzz/fuzz_NAME-crash-*;
# copy a fixed crash into tests/fuzz/corpus/NAME/ to keep it fixed.
# `make test` runs each FUZZ_SHORT seconds (fuzz-short) when clang can.
FUZZ_DIR := build/fuzz
FUZZ_SAN := -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_OBJ := $(LIB_SRC:%.c=$(FUZZ_DIR)/%.o) $(LIB_CXX:%.cc=$(FUZZ_DIR)/%.o)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(FUZZ_DIR)/%)
FUZZ_SHORT ?= 3

$(FUZZ_DIR)/%.o: %.c
	@mkdir -p $(@D)
	clang -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra $(FUZZ_SAN) -fsanitize=fuzzer-no-link -Isrc $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/%.o: %.cc
	@mkdir -p $(@D)
	clang++ -std=c++17 -Wall -Wextra $(FUZZ_SAN) -fno-sanitize=vptr -fsanitize=fuzzer-no-link -Isrc $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/libleefbaar.a: $(FUZZ_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/tests/fuzz/fuzz_%.o $(FUZZ_DIR)/tests/fuzz/inproc.o $(FUZZ_DIR)/libleefbaar.a
	clang++ $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(LIBS)

fuzz:
	@command -v clang >/dev/null || scripts/deps.sh fuzz
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	@set -e; for bin in $(FUZZ_BIN); do \
		name=$${bin##*/fuzz_}; mkdir -p $(FUZZ_DIR)/corpus/$$name; \
		echo "== fuzz_$$name ($(FUZZ_SECONDS) s)"; \
		$$bin -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_DIR)/fuzz_$$name- \
			$(FUZZ_DIR)/corpus/$$name tests/fuzz/corpus/$$name; \
	done

# Part of make test: without a clang that links libFuzzer the replays alone stand.
# It starts from the committed corpora only, so its time does not grow with make fuzz's finds.
fuzz-short:
	@mkdir -p $(FUZZ_DIR)
	@if ! printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' | \
		clang -x c -fsanitize=fuzzer -o $(FUZZ_DIR)/probe - 2>/dev/null; then \
		echo "fuzz: no clang with libFuzzer (scripts/deps.sh fuzz); the corpora were replayed only"; exit 0; fi; \
	$(MAKE) --no-print-directory $(FUZZ_BIN) >$(FUZZ_DIR)/build.log 2>&1 || { tail -30 $(FUZZ_DIR)/build.log; exit 1; }; \
	fail=0; for bin in $(FUZZ_BIN); do \
		name=$${bin##*/fuzz_}; rm -rf $(FUZZ_DIR)/short/$$name; mkdir -p $(FUZZ_DIR)/short/$$name; \
		if $$bin -max_total_time=$(FUZZ_SHORT) -timeout=30 -artifact_prefix=$(FUZZ_DIR)/fuzz_$$name- \
			$(FUZZ_DIR)/short/$$name tests/fuzz/corpus/$$name >$(FUZZ_DIR)/$$name.log 2>&1; then \
			echo "fuzz: fuzz_$$name $(FUZZ_SHORT) s: $$(grep -o 'Done [0-9]* runs' $(FUZZ_DIR)/$$name.log | tail -1), no crash"; \
		else \
			fail=1; tail -40 $(FUZZ_DIR)/$$name.log; echo "fuzz: fuzz_$$name FAILED (log: $(FUZZ_DIR)/$$name.log)"; \
		fi; \
	done; exit $$fail

clean:
	rm -rf build leefbaar

-include $(shell find build -name '*.d' 2>/dev/null)
