/*
 * fuzz_options.c - libFuzzer target for the command-line parser.  The input
 * is split at NUL bytes into argv.  The parser ends the process on bad input
 * (one error line, exit status 1); exit() is wrapped (-Wl,--wrap=exit) to
 * jump back here so the fuzzer keeps going.  Run it with -close_fd_mask=3
 * (make fuzz does) to keep the parser's error lines out of the fuzzer's log.
 */
#include "options.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static jmp_buf back;
static bool parsing;

void __real_exit(int status);

void __wrap_exit(int status)
{
	if (parsing)
		longjmp(back, 1);
	__real_exit(status);   /* libFuzzer itself exiting */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct options o;
	char *buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	char *argv[64];
	int argc = 0;
	argv[argc++] = "sctrace";
	for (size_t i = 0; i < size && argc < 63; ) {
		argv[argc++] = buf + i;
		i += strlen(buf + i) + 1;
	}
	argv[argc] = NULL;
	if (setjmp(back) == 0) {
		parsing = true;
		options_parse(&o, MODE_TRACE, argc, argv);
	}
	parsing = false;
	options_free(&o);
	free(buf);
	return 0;
}
