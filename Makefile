# sctrace - build with GNU make and a C11 compiler (gcc or clang).
#   make            build ./sctrace
#   make check      run the whole test suite (unit, integration, differential)
#   make install    PREFIX=/usr/local DESTDIR=
#   make torture    torture scenarios RUNS=20 times in a row
#   make bench      benchmark table (bench/run.py; BENCH_SCALE=0.1 for a quick run)
#   make asan|ubsan sanitizer builds in build-asan/, build-ubsan/
#   make check-asan the whole suite against the ASan+UBSan build
#   make fuzz       libFuzzer targets (clang), FUZZ_TIME seconds each
#   make conformance  strace 6.1's own test suite against sctrace (opt-in; STRACE_SRC=)

CC      ?= cc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
# always on, even when CFLAGS is given on the command line
STD_CFLAGS := -std=gnu11 -Wall -Wextra -D_GNU_SOURCE
PREFIX  ?= /usr/local
DESTDIR ?=
B       ?= build

# one folder per pipeline stage (docs/ARCHITECTURE.md)
STAGES  := lib trace decode session render store analyze cli
SRCS    := $(filter-out %.bpf.c,$(foreach d,$(STAGES),$(wildcard src/$(d)/*.c)))
XLATS   := $(sort $(wildcard src/decode/xlat/*.in))
GEN     := $(B)/gen
OBJS    := $(SRCS:src/%.c=$(B)/obj/%.o) $(B)/obj/xlat_tables.o
INCLUDES := $(STAGES:%=-Isrc/%)
# libpq-fe.h (Debian's libpq-dev puts it there)
CPPFLAGS += $(INCLUDES) -I$(GEN) -I/usr/include/postgresql
# libraries from Debian: libsqlite3-dev (the trace store), libbpf-dev (the eBPF backend),
# libdw-dev (-k: unwinding), libiberty-dev (-k: demangling), libseccomp-dev (sctrace seccomp);
# libpq-dev's header only: libpq itself is opened when a PostgreSQL store is first used
# (src/store/pg_dl.c; linked, its ~25 libraries cost every run ~5 ms of start-up)
LDLIBS  += -lsqlite3 -lbpf -ldw -lelf -liberty -lseccomp -lm -pthread

all: sctrace

sctrace: $(B)/sctrace
	cp $< $@.tmp && mv -f $@.tmp $@   # a running ./sctrace (a test, a bench) is not in the way

$(B)/sctrace: $(OBJS)
	$(CC) $(STD_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(GEN)/xlat_decls.h: $(XLATS) tools/xlatgen.awk | $(GEN)
	awk -v mode=h -f tools/xlatgen.awk $(XLATS) > $@.tmp && mv $@.tmp $@

$(GEN)/xlat_tables.c: $(XLATS) tools/xlatgen.awk | $(GEN)
	{ echo '#include "xlat_headers.h"'; echo '#include "xlat.h"'; \
	  awk -v mode=c -f tools/xlatgen.awk $(XLATS); } > $@.tmp && mv $@.tmp $@

# sysargs.tbl (tools/gen-sysargs) gives each syscall its parameter names and types
$(GEN)/sysent.h: src/decode/syscalls.tbl src/decode/sysargs.tbl tools/sysentgen.awk | $(GEN)
	awk -v mode=c -v args=src/decode/sysargs.tbl -f tools/sysentgen.awk $< > $@.tmp && mv $@.tmp $@

$(GEN)/sc_nr.h: src/decode/syscalls.tbl tools/sysentgen.awk | $(GEN)
	awk -v mode=h -f tools/sysentgen.awk $< > $@.tmp && mv $@.tmp $@

# the i386 table (a 32-bit program on x86_64; tools/gen-syscalls32.sh made it from strace 6.1)
$(GEN)/sysent32.h: src/decode/syscalls32.tbl src/decode/sysargs.tbl src/decode/sysargs32.tbl tools/sysentgen.awk | $(GEN)
	awk -v mode=c -v compat=1 -v args=src/decode/sysargs.tbl -v args32=src/decode/sysargs32.tbl -f tools/sysentgen.awk $< > $@.tmp && mv $@.tmp $@

$(GEN)/sc32_nr.h: src/decode/syscalls32.tbl tools/sysentgen.awk | $(GEN)
	awk -v mode=h -v compat=1 -f tools/sysentgen.awk $< > $@.tmp && mv $@.tmp $@

# the HTML report's page, script and style sheet, inlined into sctrace (src/analyze/html.c)
HTML_ASSETS := $(sort $(wildcard src/analyze/html/*.html src/analyze/html/*.css src/analyze/html/*.js))
$(GEN)/html_assets.h: $(HTML_ASSETS) tools/embed.awk | $(GEN)
	awk -f tools/embed.awk $(HTML_ASSETS) > $@.tmp && mv $@.tmp $@

# the shipped alert rules, compiled into sctrace (src/analyze/rules_file.c, docs/RULES.md)
$(GEN)/rules_default.h: src/analyze/default.rules tools/embed.awk | $(GEN)
	awk -f tools/embed.awk src/analyze/default.rules > $@.tmp && mv $@.tmp $@

# the syscall names of x86_64's other personalities (i386, x32), which -e trace= accepts
ASM_INCLUDE ?= /usr/include/x86_64-linux-gnu/asm
$(GEN)/sysnames_compat.h: tools/compatnames.sh | $(GEN)
	sh tools/compatnames.sh $(ASM_INCLUDE) /usr/include/linux > $@.tmp && mv $@.tmp $@

GENHDRS := $(GEN)/xlat_decls.h $(GEN)/sysent.h $(GEN)/sc_nr.h $(GEN)/sysent32.h $(GEN)/sc32_nr.h $(GEN)/html_assets.h $(GEN)/sysnames_compat.h $(GEN)/rules_default.h

# the eBPF interceptor, as libbpf-tools builds one: clang compiles the kernel
# half against the kernel's BTF (vmlinux.h, dumped by bpftool), CO-RE keeps it
# portable, and bpftool wraps the object in a skeleton that ebpf.c includes.
# Debian: clang, bpftool, libbpf-dev.
CLANG   ?= clang
BPFTOOL ?= bpftool
VMLINUX_BTF ?= /sys/kernel/btf/vmlinux
BPF_CFLAGS := -g -O2 -target bpf -D__TARGET_ARCH_x86 -Wall -Wno-unused-function -Wno-unused-parameter
$(GEN)/vmlinux.h: | $(GEN)
	$(BPFTOOL) btf dump file $(VMLINUX_BTF) format c > $@.tmp && mv $@.tmp $@
$(GEN)/sctrace.bpf.o: src/trace/sctrace.bpf.c src/trace/capture.bpf.h src/trace/fdpath.bpf.h src/trace/ebpf_event.h src/decode/capkind.h $(GEN)/vmlinux.h
	$(CLANG) $(BPF_CFLAGS) -I$(GEN) -Isrc/trace -Isrc/decode -c $< -o $@
$(GEN)/sctrace.skel.h: $(GEN)/sctrace.bpf.o
	$(BPFTOOL) gen skeleton $< name sctrace_bpf > $@.tmp && mv $@.tmp $@
# The same programs without -y's path walk (fdpath.bpf.h): loaded when -y is not asked for,
# they spare libbpf 8 of its 12 CO-RE type searches through the kernel's BTF at start-up.
# ebpf.c opens either object through sctrace.skel.h, so both must lay out their maps,
# programs and globals alike: checked here.
$(GEN)/sctrace_nofd.bpf.o: src/trace/sctrace.bpf.c src/trace/capture.bpf.h src/trace/fdpath.bpf.h src/trace/ebpf_event.h src/decode/capkind.h $(GEN)/vmlinux.h
	$(CLANG) $(BPF_CFLAGS) -DSCB_NO_FDPATH -I$(GEN) -Isrc/trace -Isrc/decode -c $< -o $@
$(GEN)/sctrace_nofd.skel.h: $(GEN)/sctrace_nofd.bpf.o $(GEN)/sctrace.skel.h
	$(BPFTOOL) gen skeleton $< name sctrace_nofd_bpf > $@.tmp
	sed -n '/^struct sctrace_bpf {/,/^};/p' $(GEN)/sctrace.skel.h > $@.a
	sed -n '/^struct sctrace_nofd_bpf {/,/^};/p' $@.tmp | sed 's/sctrace_nofd_bpf/sctrace_bpf/g' > $@.b
	cmp -s $@.a $@.b || { echo "sctrace_nofd.bpf.o is laid out unlike sctrace.bpf.o"; diff $@.a $@.b; exit 1; }
	rm -f $@.a $@.b && mv $@.tmp $@
$(B)/obj/trace/ebpf.o: $(GEN)/sctrace.skel.h $(GEN)/sctrace_nofd.skel.h

$(B)/obj/%.o: src/%.c $(GENHDRS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(STD_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(B)/obj/xlat_tables.o: $(GEN)/xlat_tables.c $(GENHDRS) src/decode/xlat_headers.h | $(B)/obj
	$(CC) $(CPPFLAGS) $(STD_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(GEN) $(B)/obj:
	mkdir -p $@

-include $(wildcard $(B)/obj/*.d $(B)/obj/*/*.d)

# ---- tests ----
check test: sctrace
	tests/run

# torture scenarios RUNS times in a row (tests/run runs them once)
RUNS ?= 20
torture: sctrace
	tests/torture/run.sh $(RUNS)

# ---- benchmark (not part of check: it takes minutes) ----
bench: sctrace
	bench/run.py

# ---- sanitizers: the same tree built into its own directory ----
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
UBSAN_FLAGS := -O1 -g -fsanitize=undefined -fno-sanitize-recover=undefined
asan:
	$(MAKE) B=build-asan CFLAGS="$(ASAN_FLAGS)" build-asan/sctrace
ubsan:
	$(MAKE) B=build-ubsan CFLAGS="$(UBSAN_FLAGS)" build-ubsan/sctrace
# the whole suite with sctrace and the unit tests built with ASan+UBSan
check-asan: asan
	SCTRACE=$(CURDIR)/build-asan/sctrace BUILD=build-asan UNIT_CFLAGS="$(ASAN_FLAGS)" \
		ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 tests/run

# ---- fuzzing (clang's libFuzzer): FUZZ_TIME seconds per target ----
# (the option parser leaves by exit(); its harness longjmps out instead,
# which leaks by design, so leak detection is off for that target)
FUZZ_TIME ?= 60
FUZZ_TARGETS := decode options
FZ := build-fuzz
FUZZ_CFLAGS := -O1 -g -std=gnu11 -D_GNU_SOURCE -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_OBJS := $(filter-out $(FZ)/obj/cli/main.o,$(SRCS:src/%.c=$(FZ)/obj/%.o)) $(FZ)/obj/xlat_tables.o

$(FZ)/obj/trace/ebpf.o: $(GEN)/sctrace.skel.h $(GEN)/sctrace_nofd.skel.h
$(FZ)/obj/%.o: src/%.c $(GENHDRS)
	@mkdir -p $(@D)
	clang $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
$(FZ)/obj/xlat_tables.o: $(GEN)/xlat_tables.c $(GENHDRS) | $(FZ)/obj
	clang $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
$(FZ)/obj:
	mkdir -p $@
$(FZ)/fuzz_decode: tests/fuzz/fuzz_decode.c $(FUZZ_OBJS)
	clang $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)
$(FZ)/fuzz_options: tests/fuzz/fuzz_options.c $(FUZZ_OBJS)
	clang $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Wl,--wrap=exit -o $@ $^ $(LDLIBS)

fuzz-build: $(FUZZ_TARGETS:%=$(FZ)/fuzz_%)
fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FZ)/corpus/$$t; cp -n tests/fuzz/corpus/$$t/* $(FZ)/corpus/$$t/ 2>/dev/null; \
		echo "fuzz_$$t: $(FUZZ_TIME) s"; \
		opts=; [ $$t = options ] && opts="-detect_leaks=0 -close_fd_mask=3"; \
		ASAN_OPTIONS=detect_leaks=$$([ $$t = options ] && echo 0 || echo 1) \
		$(FZ)/fuzz_$$t -max_total_time=$(FUZZ_TIME) -print_final_stats=1 $$opts \
			-artifact_prefix=$(FZ)/crash-$$t- $(FZ)/corpus/$$t 2>&1 | \
			grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==.*ERROR|SUMMARY)|Done ' || true; \
		ls $(FZ)/crash-$$t-* >/dev/null 2>&1 && { echo "fuzz_$$t: CRASH, see $(FZ)/crash-$$t-*"; exit 1; }; \
	done; echo "fuzz: no crashes"

install: sctrace
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 sctrace $(DESTDIR)$(PREFIX)/bin/sctrace
	install -m 0644 docs/sctrace.1 $(DESTDIR)$(PREFIX)/share/man/man1/sctrace.1

clean:
	rm -rf build build-asan build-ubsan build-fuzz sctrace tests/progs/bin

# ---- strace 6.1's own test suite as an external oracle (opt-in, not in CI) ----
# It needs strace's source (a git clone with the tag v6.1: STRACE_SRC=...) the first time;
# its test programs are built in STRACE_SUITE, never in this tree.  CONFORMANCE_LIST picks
# the tests (default: the half strace itself passes here); docs/COMPATIBILITY.md has the figure.
CONFORMANCE      ?= ../shared/conformance
CONFORMANCE_LIST ?= $(CONFORMANCE)/train-strace61-pass.txt
STRACE_SUITE     ?= /tmp/strace-v6.1
conformance: sctrace
	@if [ ! -f "$(STRACE_SUITE)/tests/run.sh" ]; then \
		[ -n "$(STRACE_SRC)" ] || { echo "make conformance: STRACE_SRC=PATH (a git clone of strace with tag v6.1) builds the suite first" >&2; exit 2; }; \
		$(CONFORMANCE)/build-suite.sh "$(STRACE_SRC)" "$(STRACE_SUITE)" || \
			$(MAKE) -k -C "$(STRACE_SUITE)/tests" check TESTS= >/dev/null 2>&1 || true; \
	fi
	TESTS_DIR=$(STRACE_SUITE)/tests JOBS=2 $(CONFORMANCE)/run-suite.sh $(CURDIR)/sctrace $(CONFORMANCE_LIST)

.PHONY: all check check-asan test torture bench asan ubsan fuzz fuzz-build install clean conformance
