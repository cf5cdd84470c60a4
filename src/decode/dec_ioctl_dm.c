/*
 * dec_ioctl_dm.c - ioctl arguments of the device mapper (DM_*): the
 * struct dm_ioctl header, with the fields each command uses, and the data
 * after it (target specs, messages, new names) with -v, "..." without.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/dm-ioctl.h>
#include <stddef.h>

IOCTL_FITS(struct dm_ioctl);

/* Which header fields a command uses (besides version, data_size, flags) */
enum {
	DMF_START = 1,    /* data_start */
	DMF_DEV = 2,      /* dev, name, uuid (each when set) */
	DMF_EVENT = 4,    /* event_nr */
	DMF_EVENT_NS = 8, /* event_nr unless DM_SUSPEND_FLAG (DM_DEV_SUSPEND) */
	DMF_TARGETS = 16, /* target_count; data follows when it is not 0 */
	DMF_DATA = 32,    /* input data follows the header */
};

static const uint8_t dm_fields[] = {
	[DM_VERSION_CMD] = DMF_DEV,
	[DM_REMOVE_ALL_CMD] = 0,
	[DM_LIST_DEVICES_CMD] = DMF_START,
	[DM_DEV_CREATE_CMD] = DMF_DEV,
	[DM_DEV_REMOVE_CMD] = DMF_DEV | DMF_EVENT,
	[DM_DEV_RENAME_CMD] = DMF_START | DMF_DEV | DMF_EVENT | DMF_DATA,
	[DM_DEV_SUSPEND_CMD] = DMF_DEV | DMF_EVENT_NS,
	[DM_DEV_STATUS_CMD] = DMF_DEV,
	[DM_DEV_WAIT_CMD] = DMF_START | DMF_DEV | DMF_EVENT,
	[DM_TABLE_LOAD_CMD] = DMF_START | DMF_DEV | DMF_TARGETS,
	[DM_TABLE_CLEAR_CMD] = DMF_DEV,
	[DM_TABLE_DEPS_CMD] = DMF_START | DMF_DEV,
	[DM_TABLE_STATUS_CMD] = DMF_START | DMF_DEV,
	[DM_LIST_VERSIONS_CMD] = DMF_START,
	[DM_TARGET_MSG_CMD] = DMF_START | DMF_DEV | DMF_DATA,
	[DM_DEV_SET_GEOMETRY_CMD] = DMF_START | DMF_DEV | DMF_DATA,
	[DM_DEV_ARM_POLL_CMD] = DMF_DEV,
};

/* "??? / * misplaced struct dm_target_spec * /": data outside [data_start, data_size) */
static struct value *misplaced(struct dctx *c, const char *what)
{
	return v_comment(v_sym(c->a, "???", 0), arena_printf(c->a, "misplaced %s", what));
}

/* A string at offset off of the block, bounded by its data_size */
static struct value *dm_string(struct dctx *c, uint64_t arg, uint64_t off, uint32_t data_size)
{
	if (off >= data_size)
		return v_str(c->a, "", 0, 0);
	uint64_t bound = data_size - off;
	return mk_cstr(c, arg + off, bound < c->opt->strsize ? bound : c->opt->strsize);
}

/* With -v: what follows the header, as the command reads it */
static void dm_data(struct dctx *c, struct value *a, uint64_t arg, const struct dm_ioctl *d, unsigned cmd)
{
	uint64_t off = d->data_start, size = d->data_size;
	if (cmd == DM_TABLE_LOAD_CMD) {
		for (uint32_t i = 0; i < d->target_count; i++) {
			if (i >= c->opt->strsize) {   /* -s specs, -v or not */
				v_add(a, v_ellipsis(c->a));
				return;
			}
			if (off + sizeof(struct dm_target_spec) > size || off + sizeof(struct dm_target_spec) < off) {
				v_add(a, misplaced(c, "struct dm_target_spec"));
				return;
			}
			struct dm_target_spec t;
			struct value *fb;
			if (!fetch(c, arg + off, &t, sizeof(t), &fb)) {
				v_add(a, fb);
				return;
			}
			struct value *s = v_list(c->a, V_STRUCT);
			v_field(s, "sector_start", mk_uint(c, t.sector_start));
			v_field(s, "length", mk_uint(c, t.length));
			v_field(s, "target_type", ioh_chars(c, t.target_type, sizeof(t.target_type)));
			v_field(s, "string", dm_string(c, arg, off + sizeof(t), d->data_size));
			v_add(a, s);
			/* the next spec is t.next bytes after this one; it must move forward */
			if (!t.next) {
				if (i + 1 < d->target_count)
					v_add(a, misplaced(c, "struct dm_target_spec"));
				return;
			}
			off += t.next;
		}
		return;
	}
	if (cmd == DM_TARGET_MSG_CMD) {
		if (off + sizeof(struct dm_target_msg) > size || off + sizeof(struct dm_target_msg) < off) {
			v_add(a, misplaced(c, "struct dm_target_msg"));
			return;
		}
		uint64_t sector;
		struct value *fb;
		if (!fetch(c, arg + off, &sector, sizeof(sector), &fb)) {
			v_add(a, fb);
			return;
		}
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "sector", mk_uint(c, sector));
		v_field(s, "message", dm_string(c, arg, off + sizeof(struct dm_target_msg), d->data_size));
		v_add(a, s);
		return;
	}
	/* DM_DEV_RENAME, DM_DEV_SET_GEOMETRY: a string */
	if (off >= size) {
		v_add(a, misplaced(c, "string"));
		return;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "string", dm_string(c, arg, off, d->data_size));
	v_add(a, s);
}

static struct value *ioh_dm(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct dm_ioctl d;
	struct value *fb;
	if (!fetch(c, arg, &d, offsetof(struct dm_ioctl, data_start), &fb))
		return fb;
	/* a size that does not even cover the version: nothing to believe */
	if (d.data_size < offsetof(struct dm_ioctl, data_size))
		return mk_ptr(c, arg);
	unsigned cmd = c->arg[1] & 0xff;
	uint8_t f = cmd < ARRAY_SIZE(dm_fields) ? dm_fields[cmd] : 0;
	struct value *a = v_list(c->a, V_ARRAY), *s = v_list(c->a, V_STRUCT);
	v_add(a, s);
	struct value *ver = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < 3; i++)
		v_add(ver, mk_uint(c, d.version[i]));
	v_field(s, "version", ver);
	if (d.version[0] != DM_VERSION_MAJOR) {
		v_comment(ver, "unsupported device mapper ABI version");
		return a;
	}
	struct value *sz = v_field(s, "data_size", mk_uint(c, d.data_size));
	if (d.data_size < offsetof(struct dm_ioctl, data)) {
		v_comment(sz, "data_size too small");
		return a;
	}
	if (!fetch(c, arg, &d, offsetof(struct dm_ioctl, data), &fb))
		return fb;
	if (f & DMF_START)
		v_field(s, "data_start", mk_uint(c, d.data_start));
	if (f & DMF_DEV) {
		if (d.dev)
			v_field(s, "dev", mk_dev(c, d.dev));
		if (d.name[0])
			v_field(s, "name", ioh_chars(c, d.name, sizeof(d.name)));
		if (d.uuid[0])
			v_field(s, "uuid", ioh_chars(c, d.uuid, sizeof(d.uuid)));
	}
	if ((f & DMF_EVENT) || ((f & DMF_EVENT_NS) && !(d.flags & DM_SUSPEND_FLAG)))
		v_field(s, "event_nr", mk_uint(c, d.event_nr));
	if (f & DMF_TARGETS)
		v_field(s, "target_count", mk_uint(c, d.target_count));
	v_field(s, "flags", mk_flags(c, d.flags, &xlat_ioctl_dm_flags));
	if ((f & DMF_DATA) || ((f & DMF_TARGETS) && d.target_count)) {
		if (c->verbose)
			dm_data(c, a, arg, &d, cmd);
		else
			v_add(a, v_ellipsis(c->a));
	}
	return a;
}

static const struct ioctl_handler dm_handlers[] = {
	{ DM_VERSION, IOH_IN, 0, ioh_dm, NULL },
	{ DM_REMOVE_ALL, IOH_IN, 0, ioh_dm, NULL },
	{ DM_LIST_DEVICES, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_CREATE, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_REMOVE, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_RENAME, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_SUSPEND, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_STATUS, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_WAIT, IOH_IN, 0, ioh_dm, NULL },
	{ DM_TABLE_LOAD, IOH_IN, 0, ioh_dm, NULL },
	{ DM_TABLE_CLEAR, IOH_IN, 0, ioh_dm, NULL },
	{ DM_TABLE_DEPS, IOH_IN, 0, ioh_dm, NULL },
	{ DM_TABLE_STATUS, IOH_IN, 0, ioh_dm, NULL },
	{ DM_LIST_VERSIONS, IOH_IN, 0, ioh_dm, NULL },
	{ DM_TARGET_MSG, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_SET_GEOMETRY, IOH_IN, 0, ioh_dm, NULL },
	{ DM_DEV_ARM_POLL, IOH_IN, 0, ioh_dm, NULL },
};

IOCTL_TABLE(dm, dm_handlers);
