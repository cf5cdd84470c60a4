/*
 * syscalls.c - the generated syscall table and lookups into it.
 */
#include "syscalls.h"
#include "decode.h"

#include <string.h>

struct sysent sysent[NSYSCALLS] = {
#include "sysent.h"
#include "sysent32.h"
};

int syscall_by_name(const char *name)
{
	for (int i = 0; i < NSYSCALLS; i++)
		if (sysent[i].name && strcmp(sysent[i].name, name) == 0)
			return i;
	return -1;
}

int syscall_by_name_pers(const char *name, int pers)
{
	int lo = pers == PERS_I386 ? SC32_BASE : 0, hi = pers == PERS_I386 ? NSYSCALLS : NSYSCALLS64;
	for (int i = lo; i < hi; i++)
		if (sysent[i].name && strcmp(sysent[i].name, name) == 0)
			return i;
	return -1;
}

const char *sysent_argname(int nr, int i)
{
	const struct sysent *se = sysent_get(nr);
	return se && i >= 0 && i < se->nparams ? se->argname[i] : NULL;
}

static const struct {
	const char *name;
	uint32_t mask;
} class_names[] = {
	{ "file", TC_FILE },
	{ "desc", TC_DESC },
	{ "process", TC_PROCESS },
	{ "network", TC_NETWORK },
	{ "net", TC_NETWORK },
	{ "signal", TC_SIGNAL },
	{ "ipc", TC_IPC },
	{ "memory", TC_MEMORY },
	{ "creds", TC_CREDS },
	{ "clock", TC_CLOCK },
	{ "stat", TC_STAT },
	{ "lstat", TC_LSTAT },
	{ "fstat", TC_FSTAT },
	{ "%stat", TC_STAT | TC_LSTAT | TC_FSTAT | TC_STAT_LIKE },
	{ "statfs", TC_STATFS },
	{ "fstatfs", TC_FSTATFS },
	{ "%statfs", TC_STATFS | TC_FSTATFS | TC_STATFS_LIKE },
	{ "pure", TC_PURE },
};

uint32_t syscall_class_by_name(const char *name)
{
	if (*name == '%')
		name++;
	for (size_t i = 0; i < ARRAY_SIZE(class_names); i++)
		if (strcmp(class_names[i].name, name) == 0)
			return class_names[i].mask;
	return 0;
}

extern const struct decoder_table dec_table_file, dec_table_stat, dec_table_mem,
	dec_table_process, dec_table_prctl, dec_table_creds, dec_table_sched,
	dec_table_ptrace, dec_table_signal, dec_table_time, dec_table_poll,
	dec_table_net, dec_table_netmsg, dec_table_sockopt, dec_table_ioctl,
	dec_table_ipc, dec_table_misc, dec_table_bpf, dec_table_io_uring, dec_table_keys, dec_table_compat;

static const struct decoder_table *const families[] = {
	&dec_table_file, &dec_table_stat, &dec_table_mem, &dec_table_process,
	&dec_table_prctl, &dec_table_creds, &dec_table_sched, &dec_table_ptrace,
	&dec_table_signal, &dec_table_time, &dec_table_poll, &dec_table_net,
	&dec_table_netmsg, &dec_table_sockopt, &dec_table_ioctl, &dec_table_ipc,
	&dec_table_misc, &dec_table_bpf, &dec_table_io_uring, &dec_table_keys, &dec_table_compat,
};

void decoders_init(void)
{
	for (size_t f = 0; f < ARRAY_SIZE(families); f++)
		for (unsigned i = 0; i < families[f]->n; i++) {
			const struct decoder *d = &families[f]->d[i];
			if (d->nr >= 0 && d->nr < NSYSCALLS)
				sysent[d->nr].dec = d;
		}
	compat_init();
}
