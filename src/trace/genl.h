/*
 * genl.h - generic netlink family names by id, from the kernel's controller
 * (CTRL_CMD_GETFAMILY), for the decoders' FD_GENL question (mem.h).
 */
#ifndef SCTRACE_GENL_H
#define SCTRACE_GENL_H

#include <stdbool.h>
#include <stddef.h>

/* The name of the generic netlink family with this id into out; false if none has it. */
bool genl_family_name(unsigned id, char *out, size_t size);

#endif
