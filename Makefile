# sctrace - build with GNU make and a C11 compiler (gcc or clang).
#   make            build ./sctrace
#   make check      run the whole test suite (unit, integration, differential)
#   make install    PREFIX=/usr/local DESTDIR=
#   make bench      benchmark table (bench/run.py; BENCH_SCALE=0.1 for a quick run)
#   make asan|ubsan sanitizer builds in build-asan/, build-ubsan/

CC      ?= cc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=gnu11 -Wall -Wextra -D_GNU_SOURCE
PREFIX  ?= /usr/local
DESTDIR ?=
B       ?= build

SRCS    := $(wildcard src/*.c)
XLATS   := $(sort $(wildcard src/xlat/*.in))
GEN     := $(B)/gen
OBJS    := $(SRCS:src/%.c=$(B)/obj/%.o) $(B)/obj/xlat_tables.o
CPPFLAGS += -Isrc -I$(GEN)

all: sctrace

sctrace: $(B)/sctrace
	cp $< $@

$(B)/sctrace: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(GEN)/xlat_decls.h: $(XLATS) tools/xlatgen.awk | $(GEN)
	awk -v mode=h -f tools/xlatgen.awk $(XLATS) > $@.tmp && mv $@.tmp $@

$(GEN)/xlat_tables.c: $(XLATS) tools/xlatgen.awk | $(GEN)
	{ echo '#include "xlat_headers.h"'; echo '#include "xlat.h"'; \
	  awk -v mode=c -f tools/xlatgen.awk $(XLATS); } > $@.tmp && mv $@.tmp $@

$(GEN)/sysent.h: src/syscalls.tbl tools/sysentgen.awk | $(GEN)
	awk -v mode=c -f tools/sysentgen.awk $< > $@.tmp && mv $@.tmp $@

$(GEN)/sc_nr.h: src/syscalls.tbl tools/sysentgen.awk | $(GEN)
	awk -v mode=h -f tools/sysentgen.awk $< > $@.tmp && mv $@.tmp $@

GENHDRS := $(GEN)/xlat_decls.h $(GEN)/sysent.h $(GEN)/sc_nr.h

$(B)/obj/%.o: src/%.c $(GENHDRS) | $(B)/obj
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(B)/obj/xlat_tables.o: $(GEN)/xlat_tables.c $(GENHDRS) src/xlat_headers.h | $(B)/obj
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(GEN) $(B)/obj:
	mkdir -p $@

-include $(wildcard $(B)/obj/*.d)

# ---- tests ----
check test: sctrace
	tests/run

# ---- benchmark (not part of check: it takes minutes) ----
bench: sctrace
	bench/run.py

# ---- sanitizers: the same tree built into its own directory ----
asan:
	$(MAKE) B=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" build-asan/sctrace
ubsan:
	$(MAKE) B=build-ubsan CFLAGS="-O1 -g -fsanitize=undefined -fno-sanitize-recover=undefined" build-ubsan/sctrace

install: sctrace
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 sctrace $(DESTDIR)$(PREFIX)/bin/sctrace
	install -m 0644 docs/sctrace.1 $(DESTDIR)$(PREFIX)/share/man/man1/sctrace.1

clean:
	rm -rf build build-asan build-ubsan sctrace tests/progs/bin

.PHONY: all check test bench asan ubsan install clean
