/*
 * dec_misc.c - decoders for the misc family (being filled in).
 */
#include "decode.h"

static const struct decoder misc_decoders[] = {
	{ .nr = -1 },
};

DECODER_TABLE(misc, misc_decoders);
