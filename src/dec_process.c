/*
 * dec_process.c - decoders for the process family (being filled in).
 */
#include "decode.h"

static const struct decoder process_decoders[] = {
	{ .nr = -1 },
};

DECODER_TABLE(process, process_decoders);
