/*
 * dec_mem.c - decoders for the mem family (being filled in).
 */
#include "decode.h"

static const struct decoder mem_decoders[] = {
	{ .nr = -1 },
};

DECODER_TABLE(mem, mem_decoders);
