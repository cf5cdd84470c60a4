/*
 * dec_net.c - decoders for the net family (being filled in).
 */
#include "decode.h"

static const struct decoder net_decoders[] = {
	{ .nr = -1 },
};

DECODER_TABLE(net, net_decoders);
