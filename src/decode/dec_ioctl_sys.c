/*
 * dec_ioctl_sys.c - ioctl arguments of kernel facilities reached through
 * descriptors: perf events (PERF_EVENT_IOC_*), seccomp notifications
 * (SECCOMP_IOCTL_NOTIF_*), KVM.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/perf_event.h>

static const struct ioctl_handler sys_handlers[] = {
	{ PERF_EVENT_IOC_ENABLE, IOH_IN, 0, ioh_val_flags, &xlat_ioctl_perf_ioc_flags },
	{ PERF_EVENT_IOC_DISABLE, IOH_IN, 0, ioh_val_flags, &xlat_ioctl_perf_ioc_flags },
	{ PERF_EVENT_IOC_RESET, IOH_IN, 0, ioh_val_flags, &xlat_ioctl_perf_ioc_flags },
	{ PERF_EVENT_IOC_REFRESH, IOH_IN, 0, ioh_val_int, NULL },
	{ PERF_EVENT_IOC_SET_OUTPUT, IOH_IN, 0, ioh_val_int, NULL },
	{ PERF_EVENT_IOC_SET_BPF, IOH_IN, 0, ioh_val_int, NULL },
	{ PERF_EVENT_IOC_PERIOD, IOH_IN, 0, ioh_u64, NULL },
	{ PERF_EVENT_IOC_ID, IOH_OUT, 0, ioh_u64, NULL },
	{ PERF_EVENT_IOC_SET_FILTER, IOH_IN, 0, ioh_str, NULL },
};

IOCTL_TABLE(sys, sys_handlers);
