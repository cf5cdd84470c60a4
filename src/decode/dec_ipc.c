/*
 * dec_ipc.c - decoders for synchronisation and message passing between
 * processes: futex and futex_waitv, SysV shared memory, semaphores and
 * message queues (the three *ctl calls share one decoder), and POSIX
 * message queues.
 */
#include "decode.h"

#include <signal.h>
#include <string.h>
#include <time.h>

/* ---- futex ---- */

static struct value *mk_futex_bitset(struct dctx *c, uint32_t v)
{
	return v == 0xffffffffu ? v_sym(c->a, "FUTEX_BITSET_MATCH_ANY", v) : mk_hex(c, v);
}

/* FUTEX_WAKE_OP's encoded operation: op<<28|oparg<<12|cmp<<24|cmparg */
static struct value *mk_futex_wake_op(struct dctx *c, uint32_t v)
{
	struct value *o = v_list(c->a, V_OR);
	if (v & (8u << 28))
		v_add(o, v_sym(c->a, "FUTEX_OP_OPARG_SHIFT<<28", 8));
	uint32_t op = (v >> 28) & 7, cmp = (v >> 24) & 15;
	const char *n = xlat_name(&xlat_futex_wake_ops, op);
	v_add(o, v_sym(c->a, n ? arena_printf(c->a, "%s<<28", n)
			    : arena_printf(c->a, "%#x<<28 /* FUTEX_OP_??? */", op), op));
	uint32_t oparg = (v >> 12) & 0xfff;
	v_add(o, v_sym(c->a, oparg ? arena_printf(c->a, "%#x<<12", oparg) : "0<<12", oparg));
	n = xlat_name(&xlat_futex_wake_cmps, cmp);
	v_add(o, v_sym(c->a, n ? arena_printf(c->a, "%s<<24", n)
			    : arena_printf(c->a, "%#x<<24 /* FUTEX_OP_CMP_??? */", cmp), cmp));
	v_add(o, mk_hex(c, v & 0xfff));
	return o;
}

static void dec_futex(struct dctx *c)
{
	if (c->exiting)
		return;
	uint32_t op = c->arg[1];
	uint32_t val = c->arg[2], val2 = c->arg[3], val3 = c->arg[5];
	uint64_t timeout = c->arg[3], uaddr2 = c->arg[4];
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_enum(c, op, &xlat_futex_ops));
	switch (op & 127) {
	case 0: /* FUTEX_WAIT */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_timespec(c, timeout));
		break;
	case 1: case 2: /* FUTEX_WAKE, FUTEX_FD */
		add_arg(c, mk_uint(c, val));
		break;
	case 3: /* FUTEX_REQUEUE */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_uint(c, val2));
		add_arg(c, mk_ptr(c, uaddr2));
		break;
	case 4: case 12: /* FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE_PI */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_uint(c, val2));
		add_arg(c, mk_ptr(c, uaddr2));
		add_arg(c, mk_uint(c, val3));
		break;
	case 5: /* FUTEX_WAKE_OP */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_uint(c, val2));
		add_arg(c, mk_ptr(c, uaddr2));
		add_arg(c, mk_futex_wake_op(c, val3));
		break;
	case 6: case 13: /* FUTEX_LOCK_PI, FUTEX_LOCK_PI2 */
		add_arg(c, mk_timespec(c, timeout));
		break;
	case 7: case 8: /* FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI */
		break;
	case 9: /* FUTEX_WAIT_BITSET */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_timespec(c, timeout));
		add_arg(c, mk_futex_bitset(c, val3));
		break;
	case 10: /* FUTEX_WAKE_BITSET */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_futex_bitset(c, val3));
		break;
	case 11: /* FUTEX_WAIT_REQUEUE_PI */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_timespec(c, timeout));
		add_arg(c, mk_ptr(c, uaddr2));
		break;
	default:
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_hex(c, timeout));
		add_arg(c, mk_ptr(c, uaddr2));
		add_arg(c, mk_hex(c, val3));
		break;
	}
}

/* struct futex_waitv */
struct ipc_futex_waitv { uint64_t val, uaddr; uint32_t flags, res; };

static void dec_futex_waitv(struct dctx *c)
{
	if (c->exiting)
		return;
	uint64_t addr = c->arg[0];
	uint32_t n = c->arg[1];
	struct value *arr = NULL;
	if (!addr) {
		arr = mk_ptr(c, 0);
	} else {
		arr = v_list(c->a, V_ARRAY);
		for (uint32_t i = 0; i < n; i++) {
			if (i >= array_limit(c)) {
				v_add(arr, v_ellipsis(c->a));
				break;
			}
			struct ipc_futex_waitv w;
			if (mem_read(c->mem, addr + i * sizeof(w), &w, sizeof(w)) != 0) {
				if (i == 0)
					arr = mk_ptr(c, addr);
				else
					v_add(arr, v_ellipsis(c->a));
				break;
			}
			struct value *s = v_list(c->a, V_STRUCT);
			v_field(s, "val", mk_hex(c, w.val));
			v_field(s, "uaddr", mk_ptr(c, w.uaddr));
			v_field(s, "flags", mk_flags(c, w.flags, &xlat_futex_waitv_flags));
			v_add(arr, s);
		}
	}
	add_arg(c, arr);
	add_arg(c, mk_uint(c, n));
	add_arg(c, mk_hex(c, (uint32_t)c->arg[2]));
	add_arg(c, mk_timespec(c, c->arg[3]));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[4], &xlat_clocks));
}

/* ---- SysV IPC ---- */

static struct value *mk_ipc_key(struct dctx *c, uint32_t key)
{
	return key ? mk_hex(c, key) : v_sym(c->a, "IPC_PRIVATE", 0);
}

/* IPC_CREAT|IPC_EXCL|0600: flag names, unknown bits, huge page size, then the mode */
static struct value *mk_ipc_flags(struct dctx *c, uint32_t f, const struct xlat *x, bool huge)
{
	struct value *v = v_list(c->a, V_OR);
	uint32_t rest = f & ~0777u;
	if (huge)
		rest &= (1u << 26) - 1;
	if (rest)
		v_add(v, v_flags(c->a, rest, x, NF_HEX));
	if (huge && (f >> 26))
		v_add(v, v_sym(c->a, arena_printf(c->a, "%u<<SHM_HUGE_SHIFT", f >> 26), f >> 26));
	v_add(v, mk_mode(c, f & 0777));
	return v;
}

static void dec_shmget(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ipc_key(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_ipc_flags(c, c->arg[2], &xlat_shmget_flags, true));
}

static void dec_semget(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ipc_key(c, c->arg[0]));
	add_arg(c, mk_int(c, (int)c->arg[1]));
	add_arg(c, mk_ipc_flags(c, c->arg[2], &xlat_ipc_get_flags, false));
}

static void dec_msgget(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ipc_key(c, c->arg[0]));
	add_arg(c, mk_ipc_flags(c, c->arg[1], &xlat_ipc_get_flags, false));
}

/* IPC_64|IPC_STAT */
static struct value *mk_ipc_cmd(struct dctx *c, uint32_t cmd, const struct xlat *x)
{
	if (!(cmd & 0x100))
		return mk_enum(c, cmd, x);
	struct value *v = v_list(c->a, V_OR);
	v_add(v, v_sym(c->a, "IPC_64", 0x100));
	v_add(v, mk_enum(c, cmd & ~0x100u, x));
	return v;
}

/* struct ipc64_perm; short form for IPC_SET */
static struct value *mk_ipc_perm(struct dctx *c, const uint32_t *p, bool full)
{
	/* key, uid, gid, cuid, cgid, mode(16), ... */
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "uid", mk_uint(c, p[1]));
	v_field(s, "gid", mk_uint(c, p[2]));
	v_field(s, "mode", mk_mode(c, p[5] & 0xffff));
	if (full) {
		v_field(s, "key", mk_int(c, (int32_t)p[0]));
		v_field(s, "cuid", mk_uint(c, p[3]));
		v_field(s, "cgid", mk_uint(c, p[4]));
	}
	return s;
}

enum { IPC_RMID_ = 0, IPC_SET_, IPC_STAT_, IPC_INFO_ };

/* the kernel's struct shmid64_ds, semid64_ds, msqid64_ds, shm_info */
struct ipc_shmid_ds { uint32_t perm[12]; uint64_t segsz, atime, dtime, ctime; int32_t cpid, lpid; uint64_t nattch, u4, u5; };
struct ipc_semid_ds { uint32_t perm[12]; uint64_t otime, u1, ctime, u2, nsems; };
struct ipc_msqid_ds { uint32_t perm[12]; uint64_t stime, rtime, ctime, cbytes, qnum, qbytes; int32_t lspid, lrpid; };
struct ipc_shm_info { int32_t used, pad; uint64_t tot, rss, swp, att, succ; };

static struct value *mk_shmid_ds(struct dctx *c, uint64_t addr, bool set)
{
	struct ipc_shmid_ds d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "shm_perm", mk_ipc_perm(c, d.perm, !set));
	if (set)
		return s;
	v_field(s, "shm_segsz", mk_uint(c, d.segsz));
	v_field(s, "shm_cpid", mk_int(c, d.cpid));
	v_field(s, "shm_lpid", mk_int(c, d.lpid));
	v_field(s, "shm_nattch", mk_uint(c, d.nattch));
	v_field(s, "shm_atime", mk_int(c, (int64_t)d.atime));
	v_field(s, "shm_dtime", mk_int(c, (int64_t)d.dtime));
	v_field(s, "shm_ctime", mk_int(c, (int64_t)d.ctime));
	return s;
}

/* A struct of n unsigned longs (or ints) with the given names */
static struct value *mk_ulong_struct(struct dctx *c, uint64_t addr, const char *const *names,
				     unsigned n, unsigned size)
{
	uint8_t buf[128];
	struct value *fb;
	if (!fetch(c, addr, buf, n * size, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	for (unsigned i = 0; i < n; i++) {
		uint64_t v = 0;
		memcpy(&v, buf + i * size, size);
		v_field(s, names[i], size == 8 ? mk_uint(c, v) : mk_int(c, (int32_t)v));
	}
	return s;
}

static const char *const shminfo_names[] = { "shmmax", "shmmin", "shmmni", "shmseg", "shmall" };
static const char *const shm_info_names[] = { "used_ids", "shm_tot", "shm_rss", "shm_swp",
					       "swap_attempts", "swap_successes" };
static const char *const seminfo_names[] = { "semmap", "semmni", "semmns", "semmnu", "semmsl",
					     "semopm", "semume", "semusz", "semvmx", "semaem" };
static const char *const msginfo_names[] = { "msgpool", "msgmap", "msgmax", "msgmnb", "msgmni",
					     "msgssz", "msgtql", "msgseg" };

/* what the *ctl calls may read at buf (its largest is what is captured) */
union ipc_shm_buf { struct ipc_shmid_ds ds; struct ipc_shm_info info; uint64_t shminfo[ARRAY_SIZE(shminfo_names)]; };
union ipc_sem_buf { struct ipc_semid_ds ds; int32_t seminfo[ARRAY_SIZE(seminfo_names)]; };
union ipc_msg_buf { struct ipc_msqid_ds ds; int32_t msginfo[ARRAY_SIZE(msginfo_names)]; };

static struct value *mk_shm_info(struct dctx *c, uint64_t addr)
{
	struct ipc_shm_info d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, shm_info_names[0], mk_int(c, d.used));
	v_field(s, shm_info_names[1], mk_uint(c, d.tot));
	v_field(s, shm_info_names[2], mk_uint(c, d.rss));
	v_field(s, shm_info_names[3], mk_uint(c, d.swp));
	v_field(s, shm_info_names[4], mk_uint(c, d.att));
	v_field(s, shm_info_names[5], mk_uint(c, d.succ));
	return s;
}

static struct value *mk_semid_ds(struct dctx *c, uint64_t addr, bool set)
{
	struct ipc_semid_ds d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sem_perm", mk_ipc_perm(c, d.perm, !set));
	if (set)
		return s;
	v_field(s, "sem_otime", mk_int(c, (int64_t)d.otime));
	v_field(s, "sem_ctime", mk_int(c, (int64_t)d.ctime));
	v_field(s, "sem_nsems", mk_uint(c, d.nsems));
	return s;
}

static struct value *mk_msqid_ds(struct dctx *c, uint64_t addr, bool set)
{
	struct ipc_msqid_ds d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "msg_perm", mk_ipc_perm(c, d.perm, !set));
	if (set) {
		v_field(s, "msg_qbytes", mk_uint(c, d.qbytes));
		return s;
	}
	v_field(s, "msg_stime", mk_int(c, (int64_t)d.stime));
	v_field(s, "msg_rtime", mk_int(c, (int64_t)d.rtime));
	v_field(s, "msg_ctime", mk_int(c, (int64_t)d.ctime));
	v_field(s, "msg_qnum", mk_uint(c, d.qnum));
	v_field(s, "msg_qbytes", mk_uint(c, d.qbytes));
	v_field(s, "msg_lspid", mk_int(c, d.lspid));
	v_field(s, "msg_lrpid", mk_int(c, d.lrpid));
	return s;
}

/*
 * shmctl(id, cmd, buf), semctl(id, num, cmd, arg), msgctl(id, cmd, buf):
 * one decoder, with what differs between the three in a table.
 */
struct ipc_ctl {
	const struct xlat *cmds;
	unsigned cmd_arg;              /* index of cmd; the buffer follows it */
	uint32_t stat, info, stat_any; /* the family's own *_STAT, *_INFO, *_STAT_ANY */
	struct value *(*ds)(struct dctx *c, uint64_t addr, bool set);   /* *id_ds */
	struct value *(*own_info)(struct dctx *c, uint64_t addr);       /* *_INFO, if not IPC_INFO's struct */
	const char *const *info_names; /* IPC_INFO: a struct of unsigned longs or ints */
	unsigned ninfo, info_size;
};

static void dec_ipc_ctl(struct dctx *c, const struct ipc_ctl *k)
{
	uint32_t cmd = c->arg[k->cmd_arg], base = cmd & ~0x100u;
	uint64_t buf = c->arg[k->cmd_arg + 1];
	if (!c->exiting) {
		for (unsigned i = 0; i < k->cmd_arg; i++)
			add_arg(c, mk_int(c, (int)c->arg[i]));
		add_arg(c, mk_ipc_cmd(c, cmd, k->cmds));
		if (base == IPC_SET_)
			add_arg(c, k->ds(c, buf, true));
		else if (base == IPC_STAT_ || base == IPC_INFO_ || base == k->stat || base == k->info ||
			 base == k->stat_any)
			c->pending = true;
		else
			add_arg(c, mk_ptr(c, buf));
		return;
	}
	if (!c->pending)
		return;
	if (failed(c))
		add_arg(c, mk_ptr(c, buf));
	else if (base == k->info && k->own_info)
		add_arg(c, k->own_info(c, buf));
	else if (base == IPC_INFO_ || base == k->info)
		add_arg(c, mk_ulong_struct(c, buf, k->info_names, k->ninfo, k->info_size));
	else
		add_arg(c, k->ds(c, buf, false));
}

static void dec_shmctl(struct dctx *c)
{
	static const struct ipc_ctl shm = { &xlat_shmctl_cmds, 1, 13, 14, 15, mk_shmid_ds, mk_shm_info,
					    shminfo_names, 5, 8 };
	dec_ipc_ctl(c, &shm);
}

static void dec_semctl(struct dctx *c)
{
	static const struct ipc_ctl sem = { &xlat_semctl_cmds, 2, 18, 19, 20, mk_semid_ds, NULL,
					    seminfo_names, 10, 4 };
	dec_ipc_ctl(c, &sem);
}

static void dec_msgctl(struct dctx *c)
{
	static const struct ipc_ctl msg = { &xlat_msgctl_cmds, 1, 11, 12, 13, mk_msqid_ds, NULL,
					    msginfo_names, 8, 4 };
	dec_ipc_ctl(c, &msg);
}

/* struct sembuf */
struct ipc_sembuf { uint16_t num; int16_t op; int16_t flg; };

static struct value *mk_sembufs(struct dctx *c, uint64_t addr, uint64_t n)
{
	if (!addr)
		return mk_ptr(c, 0);
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint64_t i = 0; i < n; i++) {
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		struct ipc_sembuf b;
		if (mem_read(c->mem, addr + i * sizeof(b), &b, sizeof(b)) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "sem_num", mk_uint(c, b.num));
		v_field(s, "sem_op", mk_int(c, b.op));
		v_field(s, "sem_flg", mk_flags(c, (uint16_t)b.flg, &xlat_sem_flags));
		v_add(arr, s);
	}
	return arr;
}

static void dec_semop(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, mk_sembufs(c, c->arg[1], (uint32_t)c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
	if (c->nr == SC_semtimedop)
		add_arg(c, mk_timespec(c, c->arg[3]));
}

/* {mtype=1, mtext="..."}: len bytes of text after the type */
static struct value *mk_msgbuf(struct dctx *c, uint64_t addr, uint64_t len)
{
	int64_t type;
	struct value *fb;
	if (!fetch(c, addr, &type, sizeof(type), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "mtype", mk_int(c, type));
	v_field(s, "mtext", mk_buf(c, addr + 8, len));
	return s;
}

static void dec_msgsnd(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, mk_msgbuf(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_msg_flags));
}

static void dec_msgrcv(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[1]) : mk_msgbuf(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_int(c, (int64_t)c->arg[3]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[4], &xlat_msg_flags));
}

/* ---- POSIX message queues ---- */

/* struct mq_attr, all 64 bytes of it; mq_open's flags are not the queue's: raw */
static struct value *mk_mq_attr(struct dctx *c, uint64_t addr, bool named_flags)
{
	int64_t a[8];
	struct value *fb;
	if (!fetch(c, addr, a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "mq_flags", named_flags ? mk_flags(c, (uint64_t)a[0], &xlat_mq_attr_flags) : mk_hex(c, (uint64_t)a[0]));
	v_field(s, "mq_maxmsg", mk_int(c, a[1]));
	v_field(s, "mq_msgsize", mk_int(c, a[2]));
	v_field(s, "mq_curmsgs", mk_int(c, a[3]));
	return s;
}

static void dec_mq_open(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_path(c, c->arg[0]));
	uint32_t flags = c->arg[1];
	add_arg(c, mk_open_flags(c, flags));
	if (flags & 0100) {   /* O_CREAT */
		add_arg(c, mk_mode(c, (uint32_t)c->arg[2] & 0177777));
		add_arg(c, mk_mq_attr(c, c->arg[3], false));
	}
}

static void dec_mq_timedsend(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_buf(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[3]));
	add_arg(c, mk_timespec(c, c->arg[4]));
}

static void dec_mq_timedreceive(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	if (failed(c)) {
		add_arg(c, mk_ptr(c, c->arg[1]));
		add_arg(c, mk_uint(c, c->arg[2]));
		add_arg(c, mk_ptr(c, c->arg[3]));
	} else {
		add_arg(c, mk_buf(c, c->arg[1], (uint64_t)c->rval));
		add_arg(c, mk_uint(c, c->arg[2]));
		uint32_t prio;
		struct value *fb;
		if (fetch(c, c->arg[3], &prio, sizeof(prio), &fb)) {
			fb = v_list(c->a, V_ARRAY);
			v_add(fb, mk_uint(c, prio));
		}
		add_arg(c, fb);
	}
	add_arg(c, mk_timespec(c, c->arg[4]));
}

static void dec_mq_notify(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_sigevent(c, c->arg[1]));
}

static void dec_mq_getsetattr(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_mq_attr(c, c->arg[1], true));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_mq_attr(c, c->arg[2], true));
}

static const struct decoder ipc_decoders[] = {
	/* the timeout of the WAIT and LOCK_PI ops (a number for the others) */
	DECODE(futex, dec_futex, CAP_IN(3, sizeof(struct timespec))),
	DECODE(futex_waitv, dec_futex_waitv, CAP_ARRAY(0, CAPP_ENTRY, 1, sizeof(struct ipc_futex_waitv)),
	       CAP_IN(3, sizeof(struct timespec))),
	DECODE(shmget, dec_shmget),
	SIGNATURE_R(shmat, RET_HEX, ARG(int), ARG(ptr), ARGX(flags, shmat_flags)),
	/* IPC_SET reads buf at entry, the STAT and INFO commands at exit */
	DECODE(shmctl, dec_shmctl, CAP_INOUT(2, sizeof(union ipc_shm_buf))),
	SIGNATURE(shmdt, ARG(ptr)),
	DECODE(semget, dec_semget),
	DECODE(semop, dec_semop, CAP_ARRAY(1, CAPP_ENTRY, 2, sizeof(struct ipc_sembuf))),
	DECODE(semtimedop, dec_semop, CAP_ARRAY(1, CAPP_ENTRY, 2, sizeof(struct ipc_sembuf)),
	       CAP_IN(3, sizeof(struct timespec))),
	DECODE(semctl, dec_semctl, CAP_INOUT(3, sizeof(union ipc_sem_buf))),
	DECODE(msgget, dec_msgget),
	/* mtype only: mtext follows it, at an offset no capture kind describes */
	/* struct msgbuf: mtype, then msgsz bytes of mtext */
	DECODE(msgsnd, dec_msgsnd, CAP_HDRBUF(1, CAPP_ENTRY, 2, sizeof(int64_t))),
	DECODE(msgrcv, dec_msgrcv, CAP_HDRBUF(1, CAPP_EXIT, 2, sizeof(int64_t))),
	DECODE(msgctl, dec_msgctl, CAP_INOUT(2, sizeof(union ipc_msg_buf))),
	/* the attributes, read with O_CREAT */
	DECODE_R(mq_open, dec_mq_open, RET_FD, CAP_PATH(0), CAP_IN(3, sizeof(int64_t[8]))),
	SIGNATURE(mq_unlink, ARG(path)),
	DECODE(mq_timedsend, dec_mq_timedsend, CAP_IBUF(1, 2), CAP_IN(4, sizeof(struct timespec))),
	/* all read at exit */
	DECODE(mq_timedreceive, dec_mq_timedreceive, CAP_OBUF(1, CAPL_RET), CAP_OUT(3, sizeof(uint32_t)),
	       CAP_OUT(4, sizeof(struct timespec))),
	DECODE(mq_notify, dec_mq_notify, CAP_IN(1, 32)),   /* the sigevent as mk_sigevent reads it */
	DECODE(mq_getsetattr, dec_mq_getsetattr, CAP_IN(1, sizeof(int64_t[8])), CAP_OUT(2, sizeof(int64_t[8]))),
};

DECODER_TABLE(ipc, ipc_decoders);
