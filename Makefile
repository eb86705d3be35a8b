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

PKGS    := libmicrohttpd sqlite3 libsodium libcjson inih libctemplate libcurl libmagic
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

.PHONY: all run test test-unit test-http test-e2e test-calendar deps deps-test bench bench-growth scale-demo security fuzz clean
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
$(BUILD)/tests/fuzz/%_replay: $(BUILD)/tests/fuzz/%.o $(BUILD)/tests/fuzz/replay.o $(LIBA)
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

# libFuzzer over every parser harness, FUZZ_SECONDS each; findings land in
# build/fuzz/; copy a fixed crash into tests/fuzz/corpus/NAME/ to keep it fixed.
fuzz:
	@command -v clang >/dev/null || scripts/deps.sh fuzz
	@mkdir -p build/fuzz
	clang++ -std=c++17 -g -O1 -fsanitize=address,undefined -fno-sanitize=vptr -Isrc $(PKG_CFLAGS) -c src/render/tpl.cc -o build/fuzz/tpl.o
	@set -e; for src in $(FUZZ_SRC); do \
		name=$$(basename $$src .c); \
		clang -std=c11 -D_DEFAULT_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -Isrc $(PKG_CFLAGS) \
			-o build/fuzz/$$name $$src $(LIB_SRC) build/fuzz/tpl.o $(LIBS) -lstdc++; \
		mkdir -p build/fuzz/corpus-$$name && cp tests/fuzz/corpus/$${name#fuzz_}/* build/fuzz/corpus-$$name/; \
		echo "== $$name ($(FUZZ_SECONDS) s)"; \
		build/fuzz/$$name -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=build/fuzz/$$name- build/fuzz/corpus-$$name; \
	done

clean:
	rm -rf build leefbaar

-include $(shell find build -name '*.d' 2>/dev/null)
