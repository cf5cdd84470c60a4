/*
 * dec_poll.c - decoders for the poll family (being filled in).
 */
#include "decode.h"

static const struct decoder poll_decoders[] = {
	{ .nr = -1 },
};

DECODER_TABLE(poll, poll_decoders);
