/*
 * dec_keys.c - the kernel's key retention service: add_key, request_key and
 * keyctl with its many operations (serials, permissions, payloads, the
 * PKEY_* and DH_COMPUTE parameters).
 */
#include "decode.h"
#include "dec_process.h"

#include <string.h>

static struct value *mk_key_serial(struct dctx *c, int32_t k)
{
	const char *n = xlat_name(&xlat_key_specs, (uint64_t)(int64_t)k);
	return n ? v_const(c->a, n, (uint64_t)(int64_t)k, NF_DEC) : mk_int(c, k);
}

static void dec_add_key(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_cstr(c, c->arg[0], c->opt->strsize));
	add_arg(c, mk_cstr(c, c->arg[1], c->opt->strsize));
	add_arg(c, mk_buf(c, c->arg[2], c->arg[3]));
	add_arg(c, mk_uint(c, c->arg[3]));
	add_arg(c, mk_key_serial(c, (int32_t)c->arg[4]));
}

static void dec_request_key(struct dctx *c)
{
	if (c->exiting)
		return;
	for (int i = 0; i < 3; i++)
		add_arg(c, mk_cstr(c, c->arg[i], c->opt->strsize));
	add_arg(c, mk_key_serial(c, (int32_t)c->arg[3]));
}

/*
 * A string the kernel wrote into a buffer of n bytes (n = the smaller of
 * the buffer and the result): up to its NUL, "..." past -s only.
 */
static struct value *mk_zbuf(struct dctx *c, uint64_t addr, uint64_t n)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (c->opt->redact)
		return v_str(c->a, NULL, 0, VS_REDACTED);
	size_t lim = c->opt->strsize;
	size_t rd = n > lim ? lim + 1 : (size_t)n;
	char *buf = arena_alloc(c->a, rd + 1);
	bool term = false;
	long got = rd ? c->mem->read_str(c->mem, addr, buf, rd, &term) : 0;
	if (got < 0 || (!term && (size_t)got < rd))
		return mk_ptr(c, addr);
	if (term)
		return v_str(c->a, buf, (size_t)got, 0);
	return v_str(c->a, buf, (size_t)got < lim ? (size_t)got : lim, n > lim ? VS_TRUNC : 0);
}

/* __spare[n] of the keyctl parameter structs: shown only when not all zero */
static void add_spare(struct dctx *c, struct value *s, const uint32_t *sp, unsigned n)
{
	bool any = false;
	for (unsigned i = 0; i < n; i++)
		any |= sp[i] != 0;
	if (!any)
		return;
	struct value *a = v_field(s, "__spare", v_list(c->a, V_ARRAY));
	for (unsigned i = 0; i < n; i++)
		v_add(a, mk_hex(c, sp[i]));
}

/* KEYCTL_DH_COMPUTE's struct keyctl_dh_params */
static struct value *mk_dh_params(struct dctx *c, uint64_t addr)
{
	int32_t p[3];
	struct value *fb;
	if (!fetch(c, addr, p, sizeof(p), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "private", mk_key_serial(c, p[0]));
	v_field(s, "prime", mk_key_serial(c, p[1]));
	v_field(s, "base", mk_key_serial(c, p[2]));
	return s;
}

/* struct keyctl_kdf_params { char *hashname; char *otherinfo; u32 otherinfolen; u32 __spare[8]; } */
static struct value *mk_kdf_params(struct dctx *c, uint64_t addr)
{
	struct { uint64_t hashname, otherinfo; uint32_t otherinfolen, spare[8]; } k;
	struct value *fb;
	if (!fetch(c, addr, &k, sizeof(k), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "hashname", mk_cstr(c, k.hashname, c->opt->strsize));
	v_field(s, "otherinfo", k.otherinfolen ? mk_buf(c, k.otherinfo, k.otherinfolen) : mk_ptr(c, k.otherinfo));
	v_field(s, "otherinfolen", mk_uint(c, k.otherinfolen));
	add_spare(c, s, k.spare, 8);
	return s;
}

/* struct keyctl_pkey_params { s32 key_id; u32 in_len; u32 out_len or in2_len; u32 __spare[7]; } */
struct pkey_params_k { int32_t key_id; uint32_t in_len, out_len, spare[7]; };

static struct value *mk_pkey_params(struct dctx *c, const struct pkey_params_k *p, bool verify)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "key_id", mk_key_serial(c, p->key_id));
	v_field(s, "in_len", mk_uint(c, p->in_len));
	v_field(s, verify ? "in2_len" : "out_len", mk_uint(c, p->out_len));
	add_spare(c, s, p->spare, 7);
	return s;
}

static struct value *caps_elem(struct dctx *c, const void *e, void *ud)
{
	unsigned *i = ud;
	uint8_t b = *(const uint8_t *)e;
	unsigned k = (*i)++;
	return k == 0 ? mk_flags(c, b, &xlat_keyctl_caps0) : k == 1 ? mk_flags(c, b, &xlat_keyctl_caps1) : mk_hex(c, b);
}

enum {
	KC_GET_KEYRING_ID, KC_JOIN_SESSION_KEYRING, KC_UPDATE, KC_REVOKE, KC_CHOWN, KC_SETPERM,
	KC_DESCRIBE, KC_CLEAR, KC_LINK, KC_UNLINK, KC_SEARCH, KC_READ, KC_INSTANTIATE, KC_NEGATE,
	KC_SET_REQKEY_KEYRING, KC_SET_TIMEOUT, KC_ASSUME_AUTHORITY, KC_GET_SECURITY,
	KC_SESSION_TO_PARENT, KC_REJECT, KC_INSTANTIATE_IOV, KC_INVALIDATE, KC_GET_PERSISTENT,
	KC_DH_COMPUTE, KC_PKEY_QUERY, KC_PKEY_ENCRYPT, KC_PKEY_DECRYPT, KC_PKEY_SIGN, KC_PKEY_VERIFY,
	KC_RESTRICT_KEYRING, KC_MOVE, KC_CAPABILITIES,
};

static void keyctl_entry(struct dctx *c, uint32_t cmd)
{
	uint64_t a1 = c->arg[1], a2 = c->arg[2], a3 = c->arg[3], a4 = c->arg[4];
	switch (cmd) {
	case KC_GET_KEYRING_ID:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_int(c, (int)a2));
		break;
	case KC_JOIN_SESSION_KEYRING:
		add_arg(c, mk_cstr(c, a1, c->opt->strsize));
		break;
	case KC_UPDATE:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_buf(c, a2, a3));
		add_arg(c, mk_uint(c, a3));
		break;
	case KC_REVOKE: case KC_CLEAR: case KC_ASSUME_AUTHORITY: case KC_INVALIDATE:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		break;
	case KC_CHOWN:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_id(c, a2));
		add_arg(c, mk_id(c, a3));
		break;
	case KC_SETPERM:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_flags(c, (uint32_t)a2, &xlat_key_perms));
		break;
	case KC_LINK: case KC_UNLINK:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_key_serial(c, (int32_t)a2));
		break;
	case KC_SEARCH:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_cstr(c, a2, c->opt->strsize));
		add_arg(c, mk_cstr(c, a3, c->opt->strsize));
		add_arg(c, mk_key_serial(c, (int32_t)a4));
		break;
	case KC_RESTRICT_KEYRING:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_cstr(c, a2, c->opt->strsize));
		add_arg(c, mk_cstr(c, a3, c->opt->strsize));
		break;
	case KC_DESCRIBE: case KC_READ: case KC_GET_SECURITY:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		c->pending = true;
		break;
	case KC_INSTANTIATE:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_buf(c, a2, a3));
		add_arg(c, mk_uint(c, a3));
		add_arg(c, mk_key_serial(c, (int32_t)a4));
		break;
	case KC_INSTANTIATE_IOV:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_iovec(c, a2, a3, UINT64_MAX, true));
		add_arg(c, mk_uint(c, a3));
		add_arg(c, mk_key_serial(c, (int32_t)a4));
		break;
	case KC_NEGATE:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_uint(c, (uint32_t)a2));
		add_arg(c, mk_key_serial(c, (int32_t)a3));
		break;
	case KC_REJECT: {
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_uint(c, (uint32_t)a2));
		const char *e = errno_name((int)(uint32_t)a3);
		add_arg(c, e ? v_const(c->a, e, (uint32_t)a3, NF_UDEC) : mk_uint(c, (uint32_t)a3));
		add_arg(c, mk_key_serial(c, (int32_t)a4));
		break;
	}
	case KC_SET_REQKEY_KEYRING:
		add_arg(c, v_enum(c->a, (uint64_t)(int64_t)(int32_t)a1, &xlat_key_reqkeys, NF_DEC));
		break;
	case KC_SET_TIMEOUT:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_uint(c, (uint32_t)a2));
		break;
	case KC_SESSION_TO_PARENT:
		break;
	case KC_GET_PERSISTENT:
		add_arg(c, mk_id(c, a1));
		add_arg(c, mk_key_serial(c, (int32_t)a2));
		break;
	case KC_DH_COMPUTE:
		add_arg(c, mk_dh_params(c, a1));
		c->pending = true;
		break;
	case KC_PKEY_QUERY:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_hex(c, a2));
		add_arg(c, mk_cstr(c, a3, c->opt->strsize));
		c->pending = true;
		break;
	case KC_PKEY_ENCRYPT: case KC_PKEY_DECRYPT: case KC_PKEY_SIGN: case KC_PKEY_VERIFY: {
		bool verify = cmd == KC_PKEY_VERIFY;
		struct pkey_params_k p;
		struct value *fb;
		bool ok = fetch(c, a1, &p, sizeof(p), &fb);
		add_arg(c, ok ? mk_pkey_params(c, &p, verify) : fb);
		add_arg(c, mk_cstr(c, a2, c->opt->strsize));
		add_arg(c, ok ? mk_buf(c, a3, p.in_len) : mk_ptr(c, a3));
		if (verify)
			add_arg(c, ok ? mk_buf(c, a4, p.out_len) : mk_ptr(c, a4));
		else
			c->pending = true;
		break;
	}
	case KC_MOVE:
		add_arg(c, mk_key_serial(c, (int32_t)a1));
		add_arg(c, mk_key_serial(c, (int32_t)a2));
		add_arg(c, mk_key_serial(c, (int32_t)a3));
		add_arg(c, mk_flags(c, (uint32_t)a4, &xlat_keyctl_move_flags));
		break;
	case KC_CAPABILITIES:
		c->pending = true;
		break;
	default:
		for (int i = 1; i < 5; i++)
			add_arg(c, mk_hex(c, c->arg[i]));
	}
}

static void dec_keyctl(struct dctx *c)
{
	uint32_t cmd = c->arg[0];
	if (!c->exiting) {
		add_arg(c, mk_enum(c, cmd, &xlat_keyctl_cmds));
		keyctl_entry(c, cmd);
		return;
	}
	if (!c->pending)
		return;
	uint64_t n = (uint64_t)c->rval < c->arg[3] ? (uint64_t)c->rval : c->arg[3];
	switch (cmd) {
	case KC_DESCRIBE: case KC_READ: case KC_GET_SECURITY:
		/* what the kernel stored: min(buffer, result) bytes */
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : cmd == KC_READ ? mk_buf(c, c->arg[2], n)
								    : mk_zbuf(c, c->arg[2], n));
		add_arg(c, mk_uint(c, c->arg[3]));
		break;
	case KC_DH_COMPUTE:
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_buf(c, c->arg[2], n));
		add_arg(c, mk_uint(c, c->arg[3]));
		add_arg(c, c->arg[4] ? mk_kdf_params(c, c->arg[4]) : mk_ptr(c, 0));
		break;
	case KC_PKEY_QUERY:
		add_arg(c, mk_ptr(c, c->arg[4]));
		break;
	case KC_PKEY_ENCRYPT: case KC_PKEY_DECRYPT: case KC_PKEY_SIGN:
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[4]) : mk_buf(c, c->arg[4], (uint64_t)c->rval));
		break;
	case KC_CAPABILITIES: {
		unsigned idx = 0;
		n = (uint64_t)c->rval < c->arg[2] ? (uint64_t)c->rval : c->arg[2];
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[1]) : mk_array(c, c->arg[1], n, 1, caps_elem, &idx));
		add_arg(c, mk_uint(c, c->arg[2]));
		break;
	}
	}
}

static const struct decoder keys_decoders[] = {
	DECODE(add_key, dec_add_key, CAP_STR(0), CAP_STR(1), CAP_IBUF(2, 3)),
	DECODE(request_key, dec_request_key, CAP_STR(0), CAP_STR(1), CAP_STR(2)),
	/*
	 * names and types (args 1-3), UPDATE/INSTANTIATE's payload and what
	 * DESCRIBE/READ/GET_SECURITY return; PKEY_* and DH_COMPUTE's parameters
	 */
	DECODE(keyctl, dec_keyctl, CAP_STR(1), CAP_STR(2), CAP_STR(3), CAP_IBUF(2, 3), CAP_OBUF(2, CAPL_RET),
	       CAP_IN(1, sizeof(struct pkey_params_k))),
};

DECODER_TABLE(keys, keys_decoders);
