/*
 * dec_stat.c - decoders for the stat family (being filled in).
 */
#include "decode.h"

static const struct decoder stat_decoders[] = {
	{ .nr = -1 },
};

DECODER_TABLE(stat, stat_decoders);
