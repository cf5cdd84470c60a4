#include "xlat_headers.h"
#include "xlat.h"
static const struct xlat_entry xe_access_modes[] = {
	{ (uint64_t)(F_OK), "F_OK" },
	{ (uint64_t)(R_OK), "R_OK" },
	{ (uint64_t)(W_OK), "W_OK" },
	{ (uint64_t)(X_OK), "X_OK" },
};
const struct xlat xlat_access_modes = { xe_access_modes, 4, "?_OK" };

#ifdef ADJ_OFFSET_SS_READ
_Static_assert((uint64_t)(ADJ_OFFSET_SS_READ) == (uint64_t)(0xa001), "adjtimex_modes: ADJ_OFFSET_SS_READ");
#endif
#ifdef ADJ_OFFSET_SINGLESHOT
_Static_assert((uint64_t)(ADJ_OFFSET_SINGLESHOT) == (uint64_t)(0x8001), "adjtimex_modes: ADJ_OFFSET_SINGLESHOT");
#endif
#ifdef ADJ_OFFSET
_Static_assert((uint64_t)(ADJ_OFFSET) == (uint64_t)(0x0001), "adjtimex_modes: ADJ_OFFSET");
#endif
#ifdef ADJ_FREQUENCY
_Static_assert((uint64_t)(ADJ_FREQUENCY) == (uint64_t)(0x0002), "adjtimex_modes: ADJ_FREQUENCY");
#endif
#ifdef ADJ_MAXERROR
_Static_assert((uint64_t)(ADJ_MAXERROR) == (uint64_t)(0x0004), "adjtimex_modes: ADJ_MAXERROR");
#endif
#ifdef ADJ_ESTERROR
_Static_assert((uint64_t)(ADJ_ESTERROR) == (uint64_t)(0x0008), "adjtimex_modes: ADJ_ESTERROR");
#endif
#ifdef ADJ_STATUS
_Static_assert((uint64_t)(ADJ_STATUS) == (uint64_t)(0x0010), "adjtimex_modes: ADJ_STATUS");
#endif
#ifdef ADJ_TIMECONST
_Static_assert((uint64_t)(ADJ_TIMECONST) == (uint64_t)(0x0020), "adjtimex_modes: ADJ_TIMECONST");
#endif
#ifdef ADJ_TAI
_Static_assert((uint64_t)(ADJ_TAI) == (uint64_t)(0x0080), "adjtimex_modes: ADJ_TAI");
#endif
#ifdef ADJ_SETOFFSET
_Static_assert((uint64_t)(ADJ_SETOFFSET) == (uint64_t)(0x0100), "adjtimex_modes: ADJ_SETOFFSET");
#endif
#ifdef ADJ_MICRO
_Static_assert((uint64_t)(ADJ_MICRO) == (uint64_t)(0x1000), "adjtimex_modes: ADJ_MICRO");
#endif
#ifdef ADJ_NANO
_Static_assert((uint64_t)(ADJ_NANO) == (uint64_t)(0x2000), "adjtimex_modes: ADJ_NANO");
#endif
#ifdef ADJ_TICK
_Static_assert((uint64_t)(ADJ_TICK) == (uint64_t)(0x4000), "adjtimex_modes: ADJ_TICK");
#endif
static const struct xlat_entry xe_adjtimex_modes[] = {
	{ (uint64_t)(0xa001), "ADJ_OFFSET_SS_READ" },
	{ (uint64_t)(0x8001), "ADJ_OFFSET_SINGLESHOT" },
	{ (uint64_t)(0x0001), "ADJ_OFFSET" },
	{ (uint64_t)(0x0002), "ADJ_FREQUENCY" },
	{ (uint64_t)(0x0004), "ADJ_MAXERROR" },
	{ (uint64_t)(0x0008), "ADJ_ESTERROR" },
	{ (uint64_t)(0x0010), "ADJ_STATUS" },
	{ (uint64_t)(0x0020), "ADJ_TIMECONST" },
	{ (uint64_t)(0x0080), "ADJ_TAI" },
	{ (uint64_t)(0x0100), "ADJ_SETOFFSET" },
	{ (uint64_t)(0x1000), "ADJ_MICRO" },
	{ (uint64_t)(0x2000), "ADJ_NANO" },
	{ (uint64_t)(0x4000), "ADJ_TICK" },
};
const struct xlat xlat_adjtimex_modes = { xe_adjtimex_modes, 13, "ADJ_???" };

#ifdef TIME_OK
_Static_assert((uint64_t)(TIME_OK) == (uint64_t)(0), "adjtimex_state: TIME_OK");
#endif
#ifdef TIME_INS
_Static_assert((uint64_t)(TIME_INS) == (uint64_t)(1), "adjtimex_state: TIME_INS");
#endif
#ifdef TIME_DEL
_Static_assert((uint64_t)(TIME_DEL) == (uint64_t)(2), "adjtimex_state: TIME_DEL");
#endif
#ifdef TIME_OOP
_Static_assert((uint64_t)(TIME_OOP) == (uint64_t)(3), "adjtimex_state: TIME_OOP");
#endif
#ifdef TIME_WAIT
_Static_assert((uint64_t)(TIME_WAIT) == (uint64_t)(4), "adjtimex_state: TIME_WAIT");
#endif
#ifdef TIME_ERROR
_Static_assert((uint64_t)(TIME_ERROR) == (uint64_t)(5), "adjtimex_state: TIME_ERROR");
#endif
static const struct xlat_entry xe_adjtimex_state[] = {
	{ (uint64_t)(0), "TIME_OK" },
	{ (uint64_t)(1), "TIME_INS" },
	{ (uint64_t)(2), "TIME_DEL" },
	{ (uint64_t)(3), "TIME_OOP" },
	{ (uint64_t)(4), "TIME_WAIT" },
	{ (uint64_t)(5), "TIME_ERROR" },
};
const struct xlat xlat_adjtimex_state = { xe_adjtimex_state, 6, NULL };

#ifdef STA_PLL
_Static_assert((uint64_t)(STA_PLL) == (uint64_t)(0x0001), "adjtimex_status: STA_PLL");
#endif
#ifdef STA_PPSFREQ
_Static_assert((uint64_t)(STA_PPSFREQ) == (uint64_t)(0x0002), "adjtimex_status: STA_PPSFREQ");
#endif
#ifdef STA_PPSTIME
_Static_assert((uint64_t)(STA_PPSTIME) == (uint64_t)(0x0004), "adjtimex_status: STA_PPSTIME");
#endif
#ifdef STA_FLL
_Static_assert((uint64_t)(STA_FLL) == (uint64_t)(0x0008), "adjtimex_status: STA_FLL");
#endif
#ifdef STA_INS
_Static_assert((uint64_t)(STA_INS) == (uint64_t)(0x0010), "adjtimex_status: STA_INS");
#endif
#ifdef STA_DEL
_Static_assert((uint64_t)(STA_DEL) == (uint64_t)(0x0020), "adjtimex_status: STA_DEL");
#endif
#ifdef STA_UNSYNC
_Static_assert((uint64_t)(STA_UNSYNC) == (uint64_t)(0x0040), "adjtimex_status: STA_UNSYNC");
#endif
#ifdef STA_FREQHOLD
_Static_assert((uint64_t)(STA_FREQHOLD) == (uint64_t)(0x0080), "adjtimex_status: STA_FREQHOLD");
#endif
#ifdef STA_PPSSIGNAL
_Static_assert((uint64_t)(STA_PPSSIGNAL) == (uint64_t)(0x0100), "adjtimex_status: STA_PPSSIGNAL");
#endif
#ifdef STA_PPSJITTER
_Static_assert((uint64_t)(STA_PPSJITTER) == (uint64_t)(0x0200), "adjtimex_status: STA_PPSJITTER");
#endif
#ifdef STA_PPSWANDER
_Static_assert((uint64_t)(STA_PPSWANDER) == (uint64_t)(0x0400), "adjtimex_status: STA_PPSWANDER");
#endif
#ifdef STA_PPSERROR
_Static_assert((uint64_t)(STA_PPSERROR) == (uint64_t)(0x0800), "adjtimex_status: STA_PPSERROR");
#endif
#ifdef STA_CLOCKERR
_Static_assert((uint64_t)(STA_CLOCKERR) == (uint64_t)(0x1000), "adjtimex_status: STA_CLOCKERR");
#endif
#ifdef STA_NANO
_Static_assert((uint64_t)(STA_NANO) == (uint64_t)(0x2000), "adjtimex_status: STA_NANO");
#endif
#ifdef STA_MODE
_Static_assert((uint64_t)(STA_MODE) == (uint64_t)(0x4000), "adjtimex_status: STA_MODE");
#endif
#ifdef STA_CLK
_Static_assert((uint64_t)(STA_CLK) == (uint64_t)(0x8000), "adjtimex_status: STA_CLK");
#endif
static const struct xlat_entry xe_adjtimex_status[] = {
	{ (uint64_t)(0x0001), "STA_PLL" },
	{ (uint64_t)(0x0002), "STA_PPSFREQ" },
	{ (uint64_t)(0x0004), "STA_PPSTIME" },
	{ (uint64_t)(0x0008), "STA_FLL" },
	{ (uint64_t)(0x0010), "STA_INS" },
	{ (uint64_t)(0x0020), "STA_DEL" },
	{ (uint64_t)(0x0040), "STA_UNSYNC" },
	{ (uint64_t)(0x0080), "STA_FREQHOLD" },
	{ (uint64_t)(0x0100), "STA_PPSSIGNAL" },
	{ (uint64_t)(0x0200), "STA_PPSJITTER" },
	{ (uint64_t)(0x0400), "STA_PPSWANDER" },
	{ (uint64_t)(0x0800), "STA_PPSERROR" },
	{ (uint64_t)(0x1000), "STA_CLOCKERR" },
	{ (uint64_t)(0x2000), "STA_NANO" },
	{ (uint64_t)(0x4000), "STA_MODE" },
	{ (uint64_t)(0x8000), "STA_CLK" },
};
const struct xlat xlat_adjtimex_status = { xe_adjtimex_status, 16, "STA_???" };

#ifdef ARCH_SET_GS
_Static_assert((uint64_t)(ARCH_SET_GS) == (uint64_t)(0x1001), "arch_prctl_codes: ARCH_SET_GS");
#endif
#ifdef ARCH_SET_FS
_Static_assert((uint64_t)(ARCH_SET_FS) == (uint64_t)(0x1002), "arch_prctl_codes: ARCH_SET_FS");
#endif
#ifdef ARCH_GET_FS
_Static_assert((uint64_t)(ARCH_GET_FS) == (uint64_t)(0x1003), "arch_prctl_codes: ARCH_GET_FS");
#endif
#ifdef ARCH_GET_GS
_Static_assert((uint64_t)(ARCH_GET_GS) == (uint64_t)(0x1004), "arch_prctl_codes: ARCH_GET_GS");
#endif
#ifdef ARCH_GET_CPUID
_Static_assert((uint64_t)(ARCH_GET_CPUID) == (uint64_t)(0x1011), "arch_prctl_codes: ARCH_GET_CPUID");
#endif
#ifdef ARCH_SET_CPUID
_Static_assert((uint64_t)(ARCH_SET_CPUID) == (uint64_t)(0x1012), "arch_prctl_codes: ARCH_SET_CPUID");
#endif
#ifdef ARCH_GET_XCOMP_SUPP
_Static_assert((uint64_t)(ARCH_GET_XCOMP_SUPP) == (uint64_t)(0x1021), "arch_prctl_codes: ARCH_GET_XCOMP_SUPP");
#endif
#ifdef ARCH_GET_XCOMP_PERM
_Static_assert((uint64_t)(ARCH_GET_XCOMP_PERM) == (uint64_t)(0x1022), "arch_prctl_codes: ARCH_GET_XCOMP_PERM");
#endif
#ifdef ARCH_REQ_XCOMP_PERM
_Static_assert((uint64_t)(ARCH_REQ_XCOMP_PERM) == (uint64_t)(0x1023), "arch_prctl_codes: ARCH_REQ_XCOMP_PERM");
#endif
#ifdef ARCH_GET_XCOMP_GUEST_PERM
_Static_assert((uint64_t)(ARCH_GET_XCOMP_GUEST_PERM) == (uint64_t)(0x1024), "arch_prctl_codes: ARCH_GET_XCOMP_GUEST_PERM");
#endif
#ifdef ARCH_REQ_XCOMP_GUEST_PERM
_Static_assert((uint64_t)(ARCH_REQ_XCOMP_GUEST_PERM) == (uint64_t)(0x1025), "arch_prctl_codes: ARCH_REQ_XCOMP_GUEST_PERM");
#endif
#ifdef ARCH_MAP_VDSO_X32
_Static_assert((uint64_t)(ARCH_MAP_VDSO_X32) == (uint64_t)(0x2001), "arch_prctl_codes: ARCH_MAP_VDSO_X32");
#endif
#ifdef ARCH_MAP_VDSO_32
_Static_assert((uint64_t)(ARCH_MAP_VDSO_32) == (uint64_t)(0x2002), "arch_prctl_codes: ARCH_MAP_VDSO_32");
#endif
#ifdef ARCH_MAP_VDSO_64
_Static_assert((uint64_t)(ARCH_MAP_VDSO_64) == (uint64_t)(0x2003), "arch_prctl_codes: ARCH_MAP_VDSO_64");
#endif
static const struct xlat_entry xe_arch_prctl_codes[] = {
	{ (uint64_t)(0x1001), "ARCH_SET_GS" },
	{ (uint64_t)(0x1002), "ARCH_SET_FS" },
	{ (uint64_t)(0x1003), "ARCH_GET_FS" },
	{ (uint64_t)(0x1004), "ARCH_GET_GS" },
	{ (uint64_t)(0x1011), "ARCH_GET_CPUID" },
	{ (uint64_t)(0x1012), "ARCH_SET_CPUID" },
	{ (uint64_t)(0x1021), "ARCH_GET_XCOMP_SUPP" },
	{ (uint64_t)(0x1022), "ARCH_GET_XCOMP_PERM" },
	{ (uint64_t)(0x1023), "ARCH_REQ_XCOMP_PERM" },
	{ (uint64_t)(0x1024), "ARCH_GET_XCOMP_GUEST_PERM" },
	{ (uint64_t)(0x1025), "ARCH_REQ_XCOMP_GUEST_PERM" },
	{ (uint64_t)(0x2001), "ARCH_MAP_VDSO_X32" },
	{ (uint64_t)(0x2002), "ARCH_MAP_VDSO_32" },
	{ (uint64_t)(0x2003), "ARCH_MAP_VDSO_64" },
};
const struct xlat xlat_arch_prctl_codes = { xe_arch_prctl_codes, 14, "ARCH_???" };

#ifdef AT_RECURSIVE
_Static_assert((uint64_t)(AT_RECURSIVE) == (uint64_t)(0x8000), "at_flags: AT_RECURSIVE");
#endif
static const struct xlat_entry xe_at_flags[] = {
	{ (uint64_t)(AT_SYMLINK_NOFOLLOW), "AT_SYMLINK_NOFOLLOW" },
	{ (uint64_t)(AT_REMOVEDIR), "AT_REMOVEDIR" },
	{ (uint64_t)(AT_SYMLINK_FOLLOW), "AT_SYMLINK_FOLLOW" },
	{ (uint64_t)(AT_NO_AUTOMOUNT), "AT_NO_AUTOMOUNT" },
	{ (uint64_t)(AT_EMPTY_PATH), "AT_EMPTY_PATH" },
	{ (uint64_t)(0x8000), "AT_RECURSIVE" },
};
const struct xlat xlat_at_flags = { xe_at_flags, 6, "AT_???" };

static const struct xlat_entry xe_audit_arch[] = {
	{ (uint64_t)(AUDIT_ARCH_AARCH64), "AUDIT_ARCH_AARCH64" },
	{ (uint64_t)(AUDIT_ARCH_ALPHA), "AUDIT_ARCH_ALPHA" },
	{ (uint64_t)(AUDIT_ARCH_ARCOMPACT), "AUDIT_ARCH_ARCOMPACT" },
	{ (uint64_t)(AUDIT_ARCH_ARCOMPACTBE), "AUDIT_ARCH_ARCOMPACTBE" },
	{ (uint64_t)(AUDIT_ARCH_ARCV2), "AUDIT_ARCH_ARCV2" },
	{ (uint64_t)(AUDIT_ARCH_ARCV2BE), "AUDIT_ARCH_ARCV2BE" },
	{ (uint64_t)(AUDIT_ARCH_ARM), "AUDIT_ARCH_ARM" },
	{ (uint64_t)(AUDIT_ARCH_ARMEB), "AUDIT_ARCH_ARMEB" },
	{ (uint64_t)(AUDIT_ARCH_C6X), "AUDIT_ARCH_C6X" },
	{ (uint64_t)(AUDIT_ARCH_C6XBE), "AUDIT_ARCH_C6XBE" },
	{ (uint64_t)(AUDIT_ARCH_CRIS), "AUDIT_ARCH_CRIS" },
	{ (uint64_t)(AUDIT_ARCH_CSKY), "AUDIT_ARCH_CSKY" },
	{ (uint64_t)(AUDIT_ARCH_FRV), "AUDIT_ARCH_FRV" },
	{ (uint64_t)(AUDIT_ARCH_H8300), "AUDIT_ARCH_H8300" },
	{ (uint64_t)(AUDIT_ARCH_HEXAGON), "AUDIT_ARCH_HEXAGON" },
	{ (uint64_t)(AUDIT_ARCH_I386), "AUDIT_ARCH_I386" },
	{ (uint64_t)(AUDIT_ARCH_IA64), "AUDIT_ARCH_IA64" },
	{ (uint64_t)(AUDIT_ARCH_M32R), "AUDIT_ARCH_M32R" },
	{ (uint64_t)(AUDIT_ARCH_M68K), "AUDIT_ARCH_M68K" },
	{ (uint64_t)(AUDIT_ARCH_MICROBLAZE), "AUDIT_ARCH_MICROBLAZE" },
	{ (uint64_t)(AUDIT_ARCH_MIPS), "AUDIT_ARCH_MIPS" },
	{ (uint64_t)(AUDIT_ARCH_MIPSEL), "AUDIT_ARCH_MIPSEL" },
	{ (uint64_t)(AUDIT_ARCH_MIPS64), "AUDIT_ARCH_MIPS64" },
	{ (uint64_t)(AUDIT_ARCH_MIPS64N32), "AUDIT_ARCH_MIPS64N32" },
	{ (uint64_t)(AUDIT_ARCH_MIPSEL64), "AUDIT_ARCH_MIPSEL64" },
	{ (uint64_t)(AUDIT_ARCH_MIPSEL64N32), "AUDIT_ARCH_MIPSEL64N32" },
	{ (uint64_t)(AUDIT_ARCH_NDS32), "AUDIT_ARCH_NDS32" },
	{ (uint64_t)(AUDIT_ARCH_NDS32BE), "AUDIT_ARCH_NDS32BE" },
	{ (uint64_t)(AUDIT_ARCH_NIOS2), "AUDIT_ARCH_NIOS2" },
	{ (uint64_t)(AUDIT_ARCH_OPENRISC), "AUDIT_ARCH_OPENRISC" },
	{ (uint64_t)(AUDIT_ARCH_PARISC), "AUDIT_ARCH_PARISC" },
	{ (uint64_t)(AUDIT_ARCH_PARISC64), "AUDIT_ARCH_PARISC64" },
	{ (uint64_t)(AUDIT_ARCH_PPC), "AUDIT_ARCH_PPC" },
	{ (uint64_t)(AUDIT_ARCH_PPC64), "AUDIT_ARCH_PPC64" },
	{ (uint64_t)(AUDIT_ARCH_PPC64LE), "AUDIT_ARCH_PPC64LE" },
	{ (uint64_t)(AUDIT_ARCH_RISCV32), "AUDIT_ARCH_RISCV32" },
	{ (uint64_t)(AUDIT_ARCH_RISCV64), "AUDIT_ARCH_RISCV64" },
	{ (uint64_t)(AUDIT_ARCH_S390), "AUDIT_ARCH_S390" },
	{ (uint64_t)(AUDIT_ARCH_S390X), "AUDIT_ARCH_S390X" },
	{ (uint64_t)(AUDIT_ARCH_SH), "AUDIT_ARCH_SH" },
	{ (uint64_t)(AUDIT_ARCH_SHEL), "AUDIT_ARCH_SHEL" },
	{ (uint64_t)(AUDIT_ARCH_SH64), "AUDIT_ARCH_SH64" },
	{ (uint64_t)(AUDIT_ARCH_SHEL64), "AUDIT_ARCH_SHEL64" },
	{ (uint64_t)(AUDIT_ARCH_SPARC), "AUDIT_ARCH_SPARC" },
	{ (uint64_t)(AUDIT_ARCH_SPARC64), "AUDIT_ARCH_SPARC64" },
	{ (uint64_t)(AUDIT_ARCH_TILEGX), "AUDIT_ARCH_TILEGX" },
	{ (uint64_t)(AUDIT_ARCH_TILEGX32), "AUDIT_ARCH_TILEGX32" },
	{ (uint64_t)(AUDIT_ARCH_TILEPRO), "AUDIT_ARCH_TILEPRO" },
	{ (uint64_t)(AUDIT_ARCH_UNICORE), "AUDIT_ARCH_UNICORE" },
	{ (uint64_t)(AUDIT_ARCH_X86_64), "AUDIT_ARCH_X86_64" },
	{ (uint64_t)(AUDIT_ARCH_XTENSA), "AUDIT_ARCH_XTENSA" },
	{ (uint64_t)(AUDIT_ARCH_LOONGARCH32), "AUDIT_ARCH_LOONGARCH32" },
	{ (uint64_t)(AUDIT_ARCH_LOONGARCH64), "AUDIT_ARCH_LOONGARCH64" },
};
const struct xlat xlat_audit_arch = { xe_audit_arch, 53, "AUDIT_ARCH_???" };

#ifdef BPF_MAP_CREATE
_Static_assert((uint64_t)(BPF_MAP_CREATE) == (uint64_t)(0), "bpf_cmds: BPF_MAP_CREATE");
#endif
#ifdef BPF_MAP_LOOKUP_ELEM
_Static_assert((uint64_t)(BPF_MAP_LOOKUP_ELEM) == (uint64_t)(1), "bpf_cmds: BPF_MAP_LOOKUP_ELEM");
#endif
#ifdef BPF_MAP_UPDATE_ELEM
_Static_assert((uint64_t)(BPF_MAP_UPDATE_ELEM) == (uint64_t)(2), "bpf_cmds: BPF_MAP_UPDATE_ELEM");
#endif
#ifdef BPF_MAP_DELETE_ELEM
_Static_assert((uint64_t)(BPF_MAP_DELETE_ELEM) == (uint64_t)(3), "bpf_cmds: BPF_MAP_DELETE_ELEM");
#endif
#ifdef BPF_MAP_GET_NEXT_KEY
_Static_assert((uint64_t)(BPF_MAP_GET_NEXT_KEY) == (uint64_t)(4), "bpf_cmds: BPF_MAP_GET_NEXT_KEY");
#endif
#ifdef BPF_PROG_LOAD
_Static_assert((uint64_t)(BPF_PROG_LOAD) == (uint64_t)(5), "bpf_cmds: BPF_PROG_LOAD");
#endif
#ifdef BPF_OBJ_PIN
_Static_assert((uint64_t)(BPF_OBJ_PIN) == (uint64_t)(6), "bpf_cmds: BPF_OBJ_PIN");
#endif
#ifdef BPF_OBJ_GET
_Static_assert((uint64_t)(BPF_OBJ_GET) == (uint64_t)(7), "bpf_cmds: BPF_OBJ_GET");
#endif
#ifdef BPF_PROG_ATTACH
_Static_assert((uint64_t)(BPF_PROG_ATTACH) == (uint64_t)(8), "bpf_cmds: BPF_PROG_ATTACH");
#endif
#ifdef BPF_PROG_DETACH
_Static_assert((uint64_t)(BPF_PROG_DETACH) == (uint64_t)(9), "bpf_cmds: BPF_PROG_DETACH");
#endif
#ifdef BPF_PROG_TEST_RUN
_Static_assert((uint64_t)(BPF_PROG_TEST_RUN) == (uint64_t)(10), "bpf_cmds: BPF_PROG_TEST_RUN");
#endif
#ifdef BPF_PROG_GET_NEXT_ID
_Static_assert((uint64_t)(BPF_PROG_GET_NEXT_ID) == (uint64_t)(11), "bpf_cmds: BPF_PROG_GET_NEXT_ID");
#endif
#ifdef BPF_MAP_GET_NEXT_ID
_Static_assert((uint64_t)(BPF_MAP_GET_NEXT_ID) == (uint64_t)(12), "bpf_cmds: BPF_MAP_GET_NEXT_ID");
#endif
#ifdef BPF_PROG_GET_FD_BY_ID
_Static_assert((uint64_t)(BPF_PROG_GET_FD_BY_ID) == (uint64_t)(13), "bpf_cmds: BPF_PROG_GET_FD_BY_ID");
#endif
#ifdef BPF_MAP_GET_FD_BY_ID
_Static_assert((uint64_t)(BPF_MAP_GET_FD_BY_ID) == (uint64_t)(14), "bpf_cmds: BPF_MAP_GET_FD_BY_ID");
#endif
#ifdef BPF_OBJ_GET_INFO_BY_FD
_Static_assert((uint64_t)(BPF_OBJ_GET_INFO_BY_FD) == (uint64_t)(15), "bpf_cmds: BPF_OBJ_GET_INFO_BY_FD");
#endif
#ifdef BPF_PROG_QUERY
_Static_assert((uint64_t)(BPF_PROG_QUERY) == (uint64_t)(16), "bpf_cmds: BPF_PROG_QUERY");
#endif
#ifdef BPF_RAW_TRACEPOINT_OPEN
_Static_assert((uint64_t)(BPF_RAW_TRACEPOINT_OPEN) == (uint64_t)(17), "bpf_cmds: BPF_RAW_TRACEPOINT_OPEN");
#endif
#ifdef BPF_BTF_LOAD
_Static_assert((uint64_t)(BPF_BTF_LOAD) == (uint64_t)(18), "bpf_cmds: BPF_BTF_LOAD");
#endif
#ifdef BPF_BTF_GET_FD_BY_ID
_Static_assert((uint64_t)(BPF_BTF_GET_FD_BY_ID) == (uint64_t)(19), "bpf_cmds: BPF_BTF_GET_FD_BY_ID");
#endif
#ifdef BPF_TASK_FD_QUERY
_Static_assert((uint64_t)(BPF_TASK_FD_QUERY) == (uint64_t)(20), "bpf_cmds: BPF_TASK_FD_QUERY");
#endif
#ifdef BPF_MAP_LOOKUP_AND_DELETE_ELEM
_Static_assert((uint64_t)(BPF_MAP_LOOKUP_AND_DELETE_ELEM) == (uint64_t)(21), "bpf_cmds: BPF_MAP_LOOKUP_AND_DELETE_ELEM");
#endif
#ifdef BPF_MAP_FREEZE
_Static_assert((uint64_t)(BPF_MAP_FREEZE) == (uint64_t)(22), "bpf_cmds: BPF_MAP_FREEZE");
#endif
#ifdef BPF_BTF_GET_NEXT_ID
_Static_assert((uint64_t)(BPF_BTF_GET_NEXT_ID) == (uint64_t)(23), "bpf_cmds: BPF_BTF_GET_NEXT_ID");
#endif
#ifdef BPF_MAP_LOOKUP_BATCH
_Static_assert((uint64_t)(BPF_MAP_LOOKUP_BATCH) == (uint64_t)(24), "bpf_cmds: BPF_MAP_LOOKUP_BATCH");
#endif
#ifdef BPF_MAP_LOOKUP_AND_DELETE_BATCH
_Static_assert((uint64_t)(BPF_MAP_LOOKUP_AND_DELETE_BATCH) == (uint64_t)(25), "bpf_cmds: BPF_MAP_LOOKUP_AND_DELETE_BATCH");
#endif
#ifdef BPF_MAP_UPDATE_BATCH
_Static_assert((uint64_t)(BPF_MAP_UPDATE_BATCH) == (uint64_t)(26), "bpf_cmds: BPF_MAP_UPDATE_BATCH");
#endif
#ifdef BPF_MAP_DELETE_BATCH
_Static_assert((uint64_t)(BPF_MAP_DELETE_BATCH) == (uint64_t)(27), "bpf_cmds: BPF_MAP_DELETE_BATCH");
#endif
#ifdef BPF_LINK_CREATE
_Static_assert((uint64_t)(BPF_LINK_CREATE) == (uint64_t)(28), "bpf_cmds: BPF_LINK_CREATE");
#endif
#ifdef BPF_LINK_UPDATE
_Static_assert((uint64_t)(BPF_LINK_UPDATE) == (uint64_t)(29), "bpf_cmds: BPF_LINK_UPDATE");
#endif
#ifdef BPF_LINK_GET_FD_BY_ID
_Static_assert((uint64_t)(BPF_LINK_GET_FD_BY_ID) == (uint64_t)(30), "bpf_cmds: BPF_LINK_GET_FD_BY_ID");
#endif
#ifdef BPF_LINK_GET_NEXT_ID
_Static_assert((uint64_t)(BPF_LINK_GET_NEXT_ID) == (uint64_t)(31), "bpf_cmds: BPF_LINK_GET_NEXT_ID");
#endif
#ifdef BPF_ENABLE_STATS
_Static_assert((uint64_t)(BPF_ENABLE_STATS) == (uint64_t)(32), "bpf_cmds: BPF_ENABLE_STATS");
#endif
#ifdef BPF_ITER_CREATE
_Static_assert((uint64_t)(BPF_ITER_CREATE) == (uint64_t)(33), "bpf_cmds: BPF_ITER_CREATE");
#endif
#ifdef BPF_LINK_DETACH
_Static_assert((uint64_t)(BPF_LINK_DETACH) == (uint64_t)(34), "bpf_cmds: BPF_LINK_DETACH");
#endif
#ifdef BPF_PROG_BIND_MAP
_Static_assert((uint64_t)(BPF_PROG_BIND_MAP) == (uint64_t)(35), "bpf_cmds: BPF_PROG_BIND_MAP");
#endif
static const struct xlat_entry xe_bpf_cmds[] = {
	{ (uint64_t)(0), "BPF_MAP_CREATE" },
	{ (uint64_t)(1), "BPF_MAP_LOOKUP_ELEM" },
	{ (uint64_t)(2), "BPF_MAP_UPDATE_ELEM" },
	{ (uint64_t)(3), "BPF_MAP_DELETE_ELEM" },
	{ (uint64_t)(4), "BPF_MAP_GET_NEXT_KEY" },
	{ (uint64_t)(5), "BPF_PROG_LOAD" },
	{ (uint64_t)(6), "BPF_OBJ_PIN" },
	{ (uint64_t)(7), "BPF_OBJ_GET" },
	{ (uint64_t)(8), "BPF_PROG_ATTACH" },
	{ (uint64_t)(9), "BPF_PROG_DETACH" },
	{ (uint64_t)(10), "BPF_PROG_TEST_RUN" },
	{ (uint64_t)(11), "BPF_PROG_GET_NEXT_ID" },
	{ (uint64_t)(12), "BPF_MAP_GET_NEXT_ID" },
	{ (uint64_t)(13), "BPF_PROG_GET_FD_BY_ID" },
	{ (uint64_t)(14), "BPF_MAP_GET_FD_BY_ID" },
	{ (uint64_t)(15), "BPF_OBJ_GET_INFO_BY_FD" },
	{ (uint64_t)(16), "BPF_PROG_QUERY" },
	{ (uint64_t)(17), "BPF_RAW_TRACEPOINT_OPEN" },
	{ (uint64_t)(18), "BPF_BTF_LOAD" },
	{ (uint64_t)(19), "BPF_BTF_GET_FD_BY_ID" },
	{ (uint64_t)(20), "BPF_TASK_FD_QUERY" },
	{ (uint64_t)(21), "BPF_MAP_LOOKUP_AND_DELETE_ELEM" },
	{ (uint64_t)(22), "BPF_MAP_FREEZE" },
	{ (uint64_t)(23), "BPF_BTF_GET_NEXT_ID" },
	{ (uint64_t)(24), "BPF_MAP_LOOKUP_BATCH" },
	{ (uint64_t)(25), "BPF_MAP_LOOKUP_AND_DELETE_BATCH" },
	{ (uint64_t)(26), "BPF_MAP_UPDATE_BATCH" },
	{ (uint64_t)(27), "BPF_MAP_DELETE_BATCH" },
	{ (uint64_t)(28), "BPF_LINK_CREATE" },
	{ (uint64_t)(29), "BPF_LINK_UPDATE" },
	{ (uint64_t)(30), "BPF_LINK_GET_FD_BY_ID" },
	{ (uint64_t)(31), "BPF_LINK_GET_NEXT_ID" },
	{ (uint64_t)(32), "BPF_ENABLE_STATS" },
	{ (uint64_t)(33), "BPF_ITER_CREATE" },
	{ (uint64_t)(34), "BPF_LINK_DETACH" },
	{ (uint64_t)(35), "BPF_PROG_BIND_MAP" },
};
const struct xlat xlat_bpf_cmds = { xe_bpf_cmds, 36, "BPF_???" };

static const struct xlat_entry xe_cap_mask[] = {
	{ (uint64_t)((1ULL<<0)), "1<<CAP_CHOWN" },
	{ (uint64_t)((1ULL<<1)), "1<<CAP_DAC_OVERRIDE" },
	{ (uint64_t)((1ULL<<2)), "1<<CAP_DAC_READ_SEARCH" },
	{ (uint64_t)((1ULL<<3)), "1<<CAP_FOWNER" },
	{ (uint64_t)((1ULL<<4)), "1<<CAP_FSETID" },
	{ (uint64_t)((1ULL<<5)), "1<<CAP_KILL" },
	{ (uint64_t)((1ULL<<6)), "1<<CAP_SETGID" },
	{ (uint64_t)((1ULL<<7)), "1<<CAP_SETUID" },
	{ (uint64_t)((1ULL<<8)), "1<<CAP_SETPCAP" },
	{ (uint64_t)((1ULL<<9)), "1<<CAP_LINUX_IMMUTABLE" },
	{ (uint64_t)((1ULL<<10)), "1<<CAP_NET_BIND_SERVICE" },
	{ (uint64_t)((1ULL<<11)), "1<<CAP_NET_BROADCAST" },
	{ (uint64_t)((1ULL<<12)), "1<<CAP_NET_ADMIN" },
	{ (uint64_t)((1ULL<<13)), "1<<CAP_NET_RAW" },
	{ (uint64_t)((1ULL<<14)), "1<<CAP_IPC_LOCK" },
	{ (uint64_t)((1ULL<<15)), "1<<CAP_IPC_OWNER" },
	{ (uint64_t)((1ULL<<16)), "1<<CAP_SYS_MODULE" },
	{ (uint64_t)((1ULL<<17)), "1<<CAP_SYS_RAWIO" },
	{ (uint64_t)((1ULL<<18)), "1<<CAP_SYS_CHROOT" },
	{ (uint64_t)((1ULL<<19)), "1<<CAP_SYS_PTRACE" },
	{ (uint64_t)((1ULL<<20)), "1<<CAP_SYS_PACCT" },
	{ (uint64_t)((1ULL<<21)), "1<<CAP_SYS_ADMIN" },
	{ (uint64_t)((1ULL<<22)), "1<<CAP_SYS_BOOT" },
	{ (uint64_t)((1ULL<<23)), "1<<CAP_SYS_NICE" },
	{ (uint64_t)((1ULL<<24)), "1<<CAP_SYS_RESOURCE" },
	{ (uint64_t)((1ULL<<25)), "1<<CAP_SYS_TIME" },
	{ (uint64_t)((1ULL<<26)), "1<<CAP_SYS_TTY_CONFIG" },
	{ (uint64_t)((1ULL<<27)), "1<<CAP_MKNOD" },
	{ (uint64_t)((1ULL<<28)), "1<<CAP_LEASE" },
	{ (uint64_t)((1ULL<<29)), "1<<CAP_AUDIT_WRITE" },
	{ (uint64_t)((1ULL<<30)), "1<<CAP_AUDIT_CONTROL" },
	{ (uint64_t)((1ULL<<31)), "1<<CAP_SETFCAP" },
	{ (uint64_t)((1ULL<<32)), "1<<CAP_MAC_OVERRIDE" },
	{ (uint64_t)((1ULL<<33)), "1<<CAP_MAC_ADMIN" },
	{ (uint64_t)((1ULL<<34)), "1<<CAP_SYSLOG" },
	{ (uint64_t)((1ULL<<35)), "1<<CAP_WAKE_ALARM" },
	{ (uint64_t)((1ULL<<36)), "1<<CAP_BLOCK_SUSPEND" },
	{ (uint64_t)((1ULL<<37)), "1<<CAP_AUDIT_READ" },
	{ (uint64_t)((1ULL<<38)), "1<<CAP_PERFMON" },
	{ (uint64_t)((1ULL<<39)), "1<<CAP_BPF" },
	{ (uint64_t)((1ULL<<40)), "1<<CAP_CHECKPOINT_RESTORE" },
};
const struct xlat xlat_cap_mask = { xe_cap_mask, 41, NULL };

#ifdef CAP_CHOWN
_Static_assert((uint64_t)(CAP_CHOWN) == (uint64_t)(0), "cap_names: CAP_CHOWN");
#endif
#ifdef CAP_DAC_OVERRIDE
_Static_assert((uint64_t)(CAP_DAC_OVERRIDE) == (uint64_t)(1), "cap_names: CAP_DAC_OVERRIDE");
#endif
#ifdef CAP_DAC_READ_SEARCH
_Static_assert((uint64_t)(CAP_DAC_READ_SEARCH) == (uint64_t)(2), "cap_names: CAP_DAC_READ_SEARCH");
#endif
#ifdef CAP_FOWNER
_Static_assert((uint64_t)(CAP_FOWNER) == (uint64_t)(3), "cap_names: CAP_FOWNER");
#endif
#ifdef CAP_FSETID
_Static_assert((uint64_t)(CAP_FSETID) == (uint64_t)(4), "cap_names: CAP_FSETID");
#endif
#ifdef CAP_KILL
_Static_assert((uint64_t)(CAP_KILL) == (uint64_t)(5), "cap_names: CAP_KILL");
#endif
#ifdef CAP_SETGID
_Static_assert((uint64_t)(CAP_SETGID) == (uint64_t)(6), "cap_names: CAP_SETGID");
#endif
#ifdef CAP_SETUID
_Static_assert((uint64_t)(CAP_SETUID) == (uint64_t)(7), "cap_names: CAP_SETUID");
#endif
#ifdef CAP_SETPCAP
_Static_assert((uint64_t)(CAP_SETPCAP) == (uint64_t)(8), "cap_names: CAP_SETPCAP");
#endif
#ifdef CAP_LINUX_IMMUTABLE
_Static_assert((uint64_t)(CAP_LINUX_IMMUTABLE) == (uint64_t)(9), "cap_names: CAP_LINUX_IMMUTABLE");
#endif
#ifdef CAP_NET_BIND_SERVICE
_Static_assert((uint64_t)(CAP_NET_BIND_SERVICE) == (uint64_t)(10), "cap_names: CAP_NET_BIND_SERVICE");
#endif
#ifdef CAP_NET_BROADCAST
_Static_assert((uint64_t)(CAP_NET_BROADCAST) == (uint64_t)(11), "cap_names: CAP_NET_BROADCAST");
#endif
#ifdef CAP_NET_ADMIN
_Static_assert((uint64_t)(CAP_NET_ADMIN) == (uint64_t)(12), "cap_names: CAP_NET_ADMIN");
#endif
#ifdef CAP_NET_RAW
_Static_assert((uint64_t)(CAP_NET_RAW) == (uint64_t)(13), "cap_names: CAP_NET_RAW");
#endif
#ifdef CAP_IPC_LOCK
_Static_assert((uint64_t)(CAP_IPC_LOCK) == (uint64_t)(14), "cap_names: CAP_IPC_LOCK");
#endif
#ifdef CAP_IPC_OWNER
_Static_assert((uint64_t)(CAP_IPC_OWNER) == (uint64_t)(15), "cap_names: CAP_IPC_OWNER");
#endif
#ifdef CAP_SYS_MODULE
_Static_assert((uint64_t)(CAP_SYS_MODULE) == (uint64_t)(16), "cap_names: CAP_SYS_MODULE");
#endif
#ifdef CAP_SYS_RAWIO
_Static_assert((uint64_t)(CAP_SYS_RAWIO) == (uint64_t)(17), "cap_names: CAP_SYS_RAWIO");
#endif
#ifdef CAP_SYS_CHROOT
_Static_assert((uint64_t)(CAP_SYS_CHROOT) == (uint64_t)(18), "cap_names: CAP_SYS_CHROOT");
#endif
#ifdef CAP_SYS_PTRACE
_Static_assert((uint64_t)(CAP_SYS_PTRACE) == (uint64_t)(19), "cap_names: CAP_SYS_PTRACE");
#endif
#ifdef CAP_SYS_PACCT
_Static_assert((uint64_t)(CAP_SYS_PACCT) == (uint64_t)(20), "cap_names: CAP_SYS_PACCT");
#endif
#ifdef CAP_SYS_ADMIN
_Static_assert((uint64_t)(CAP_SYS_ADMIN) == (uint64_t)(21), "cap_names: CAP_SYS_ADMIN");
#endif
#ifdef CAP_SYS_BOOT
_Static_assert((uint64_t)(CAP_SYS_BOOT) == (uint64_t)(22), "cap_names: CAP_SYS_BOOT");
#endif
#ifdef CAP_SYS_NICE
_Static_assert((uint64_t)(CAP_SYS_NICE) == (uint64_t)(23), "cap_names: CAP_SYS_NICE");
#endif
#ifdef CAP_SYS_RESOURCE
_Static_assert((uint64_t)(CAP_SYS_RESOURCE) == (uint64_t)(24), "cap_names: CAP_SYS_RESOURCE");
#endif
#ifdef CAP_SYS_TIME
_Static_assert((uint64_t)(CAP_SYS_TIME) == (uint64_t)(25), "cap_names: CAP_SYS_TIME");
#endif
#ifdef CAP_SYS_TTY_CONFIG
_Static_assert((uint64_t)(CAP_SYS_TTY_CONFIG) == (uint64_t)(26), "cap_names: CAP_SYS_TTY_CONFIG");
#endif
#ifdef CAP_MKNOD
_Static_assert((uint64_t)(CAP_MKNOD) == (uint64_t)(27), "cap_names: CAP_MKNOD");
#endif
#ifdef CAP_LEASE
_Static_assert((uint64_t)(CAP_LEASE) == (uint64_t)(28), "cap_names: CAP_LEASE");
#endif
#ifdef CAP_AUDIT_WRITE
_Static_assert((uint64_t)(CAP_AUDIT_WRITE) == (uint64_t)(29), "cap_names: CAP_AUDIT_WRITE");
#endif
#ifdef CAP_AUDIT_CONTROL
_Static_assert((uint64_t)(CAP_AUDIT_CONTROL) == (uint64_t)(30), "cap_names: CAP_AUDIT_CONTROL");
#endif
#ifdef CAP_SETFCAP
_Static_assert((uint64_t)(CAP_SETFCAP) == (uint64_t)(31), "cap_names: CAP_SETFCAP");
#endif
#ifdef CAP_MAC_OVERRIDE
_Static_assert((uint64_t)(CAP_MAC_OVERRIDE) == (uint64_t)(32), "cap_names: CAP_MAC_OVERRIDE");
#endif
#ifdef CAP_MAC_ADMIN
_Static_assert((uint64_t)(CAP_MAC_ADMIN) == (uint64_t)(33), "cap_names: CAP_MAC_ADMIN");
#endif
#ifdef CAP_SYSLOG
_Static_assert((uint64_t)(CAP_SYSLOG) == (uint64_t)(34), "cap_names: CAP_SYSLOG");
#endif
#ifdef CAP_WAKE_ALARM
_Static_assert((uint64_t)(CAP_WAKE_ALARM) == (uint64_t)(35), "cap_names: CAP_WAKE_ALARM");
#endif
#ifdef CAP_BLOCK_SUSPEND
_Static_assert((uint64_t)(CAP_BLOCK_SUSPEND) == (uint64_t)(36), "cap_names: CAP_BLOCK_SUSPEND");
#endif
#ifdef CAP_AUDIT_READ
_Static_assert((uint64_t)(CAP_AUDIT_READ) == (uint64_t)(37), "cap_names: CAP_AUDIT_READ");
#endif
#ifdef CAP_PERFMON
_Static_assert((uint64_t)(CAP_PERFMON) == (uint64_t)(38), "cap_names: CAP_PERFMON");
#endif
#ifdef CAP_BPF
_Static_assert((uint64_t)(CAP_BPF) == (uint64_t)(39), "cap_names: CAP_BPF");
#endif
#ifdef CAP_CHECKPOINT_RESTORE
_Static_assert((uint64_t)(CAP_CHECKPOINT_RESTORE) == (uint64_t)(40), "cap_names: CAP_CHECKPOINT_RESTORE");
#endif
static const struct xlat_entry xe_cap_names[] = {
	{ (uint64_t)(0), "CAP_CHOWN" },
	{ (uint64_t)(1), "CAP_DAC_OVERRIDE" },
	{ (uint64_t)(2), "CAP_DAC_READ_SEARCH" },
	{ (uint64_t)(3), "CAP_FOWNER" },
	{ (uint64_t)(4), "CAP_FSETID" },
	{ (uint64_t)(5), "CAP_KILL" },
	{ (uint64_t)(6), "CAP_SETGID" },
	{ (uint64_t)(7), "CAP_SETUID" },
	{ (uint64_t)(8), "CAP_SETPCAP" },
	{ (uint64_t)(9), "CAP_LINUX_IMMUTABLE" },
	{ (uint64_t)(10), "CAP_NET_BIND_SERVICE" },
	{ (uint64_t)(11), "CAP_NET_BROADCAST" },
	{ (uint64_t)(12), "CAP_NET_ADMIN" },
	{ (uint64_t)(13), "CAP_NET_RAW" },
	{ (uint64_t)(14), "CAP_IPC_LOCK" },
	{ (uint64_t)(15), "CAP_IPC_OWNER" },
	{ (uint64_t)(16), "CAP_SYS_MODULE" },
	{ (uint64_t)(17), "CAP_SYS_RAWIO" },
	{ (uint64_t)(18), "CAP_SYS_CHROOT" },
	{ (uint64_t)(19), "CAP_SYS_PTRACE" },
	{ (uint64_t)(20), "CAP_SYS_PACCT" },
	{ (uint64_t)(21), "CAP_SYS_ADMIN" },
	{ (uint64_t)(22), "CAP_SYS_BOOT" },
	{ (uint64_t)(23), "CAP_SYS_NICE" },
	{ (uint64_t)(24), "CAP_SYS_RESOURCE" },
	{ (uint64_t)(25), "CAP_SYS_TIME" },
	{ (uint64_t)(26), "CAP_SYS_TTY_CONFIG" },
	{ (uint64_t)(27), "CAP_MKNOD" },
	{ (uint64_t)(28), "CAP_LEASE" },
	{ (uint64_t)(29), "CAP_AUDIT_WRITE" },
	{ (uint64_t)(30), "CAP_AUDIT_CONTROL" },
	{ (uint64_t)(31), "CAP_SETFCAP" },
	{ (uint64_t)(32), "CAP_MAC_OVERRIDE" },
	{ (uint64_t)(33), "CAP_MAC_ADMIN" },
	{ (uint64_t)(34), "CAP_SYSLOG" },
	{ (uint64_t)(35), "CAP_WAKE_ALARM" },
	{ (uint64_t)(36), "CAP_BLOCK_SUSPEND" },
	{ (uint64_t)(37), "CAP_AUDIT_READ" },
	{ (uint64_t)(38), "CAP_PERFMON" },
	{ (uint64_t)(39), "CAP_BPF" },
	{ (uint64_t)(40), "CAP_CHECKPOINT_RESTORE" },
};
const struct xlat xlat_cap_names = { xe_cap_names, 41, "CAP_???" };

#ifdef _LINUX_CAPABILITY_VERSION_1
_Static_assert((uint64_t)(_LINUX_CAPABILITY_VERSION_1) == (uint64_t)(0x19980330), "cap_versions: _LINUX_CAPABILITY_VERSION_1");
#endif
#ifdef _LINUX_CAPABILITY_VERSION_2
_Static_assert((uint64_t)(_LINUX_CAPABILITY_VERSION_2) == (uint64_t)(0x20071026), "cap_versions: _LINUX_CAPABILITY_VERSION_2");
#endif
#ifdef _LINUX_CAPABILITY_VERSION_3
_Static_assert((uint64_t)(_LINUX_CAPABILITY_VERSION_3) == (uint64_t)(0x20080522), "cap_versions: _LINUX_CAPABILITY_VERSION_3");
#endif
static const struct xlat_entry xe_cap_versions[] = {
	{ (uint64_t)(0x19980330), "_LINUX_CAPABILITY_VERSION_1" },
	{ (uint64_t)(0x20071026), "_LINUX_CAPABILITY_VERSION_2" },
	{ (uint64_t)(0x20080522), "_LINUX_CAPABILITY_VERSION_3" },
};
const struct xlat xlat_cap_versions = { xe_cap_versions, 3, "_LINUX_CAPABILITY_VERSION_???" };

#ifdef CLOCK_REALTIME
_Static_assert((uint64_t)(CLOCK_REALTIME) == (uint64_t)(0), "clocks: CLOCK_REALTIME");
#endif
#ifdef CLOCK_MONOTONIC
_Static_assert((uint64_t)(CLOCK_MONOTONIC) == (uint64_t)(1), "clocks: CLOCK_MONOTONIC");
#endif
#ifdef CLOCK_PROCESS_CPUTIME_ID
_Static_assert((uint64_t)(CLOCK_PROCESS_CPUTIME_ID) == (uint64_t)(2), "clocks: CLOCK_PROCESS_CPUTIME_ID");
#endif
#ifdef CLOCK_THREAD_CPUTIME_ID
_Static_assert((uint64_t)(CLOCK_THREAD_CPUTIME_ID) == (uint64_t)(3), "clocks: CLOCK_THREAD_CPUTIME_ID");
#endif
#ifdef CLOCK_MONOTONIC_RAW
_Static_assert((uint64_t)(CLOCK_MONOTONIC_RAW) == (uint64_t)(4), "clocks: CLOCK_MONOTONIC_RAW");
#endif
#ifdef CLOCK_REALTIME_COARSE
_Static_assert((uint64_t)(CLOCK_REALTIME_COARSE) == (uint64_t)(5), "clocks: CLOCK_REALTIME_COARSE");
#endif
#ifdef CLOCK_MONOTONIC_COARSE
_Static_assert((uint64_t)(CLOCK_MONOTONIC_COARSE) == (uint64_t)(6), "clocks: CLOCK_MONOTONIC_COARSE");
#endif
#ifdef CLOCK_BOOTTIME
_Static_assert((uint64_t)(CLOCK_BOOTTIME) == (uint64_t)(7), "clocks: CLOCK_BOOTTIME");
#endif
#ifdef CLOCK_REALTIME_ALARM
_Static_assert((uint64_t)(CLOCK_REALTIME_ALARM) == (uint64_t)(8), "clocks: CLOCK_REALTIME_ALARM");
#endif
#ifdef CLOCK_BOOTTIME_ALARM
_Static_assert((uint64_t)(CLOCK_BOOTTIME_ALARM) == (uint64_t)(9), "clocks: CLOCK_BOOTTIME_ALARM");
#endif
#ifdef CLOCK_SGI_CYCLE
_Static_assert((uint64_t)(CLOCK_SGI_CYCLE) == (uint64_t)(10), "clocks: CLOCK_SGI_CYCLE");
#endif
#ifdef CLOCK_TAI
_Static_assert((uint64_t)(CLOCK_TAI) == (uint64_t)(11), "clocks: CLOCK_TAI");
#endif
static const struct xlat_entry xe_clocks[] = {
	{ (uint64_t)(0), "CLOCK_REALTIME" },
	{ (uint64_t)(1), "CLOCK_MONOTONIC" },
	{ (uint64_t)(2), "CLOCK_PROCESS_CPUTIME_ID" },
	{ (uint64_t)(3), "CLOCK_THREAD_CPUTIME_ID" },
	{ (uint64_t)(4), "CLOCK_MONOTONIC_RAW" },
	{ (uint64_t)(5), "CLOCK_REALTIME_COARSE" },
	{ (uint64_t)(6), "CLOCK_MONOTONIC_COARSE" },
	{ (uint64_t)(7), "CLOCK_BOOTTIME" },
	{ (uint64_t)(8), "CLOCK_REALTIME_ALARM" },
	{ (uint64_t)(9), "CLOCK_BOOTTIME_ALARM" },
	{ (uint64_t)(10), "CLOCK_SGI_CYCLE" },
	{ (uint64_t)(11), "CLOCK_TAI" },
};
const struct xlat xlat_clocks = { xe_clocks, 12, "CLOCK_???" };

#ifdef CLONE_VM
_Static_assert((uint64_t)(CLONE_VM) == (uint64_t)(0x00000100), "clone3_flags: CLONE_VM");
#endif
#ifdef CLONE_FS
_Static_assert((uint64_t)(CLONE_FS) == (uint64_t)(0x00000200), "clone3_flags: CLONE_FS");
#endif
#ifdef CLONE_FILES
_Static_assert((uint64_t)(CLONE_FILES) == (uint64_t)(0x00000400), "clone3_flags: CLONE_FILES");
#endif
#ifdef CLONE_SIGHAND
_Static_assert((uint64_t)(CLONE_SIGHAND) == (uint64_t)(0x00000800), "clone3_flags: CLONE_SIGHAND");
#endif
#ifdef CLONE_PIDFD
_Static_assert((uint64_t)(CLONE_PIDFD) == (uint64_t)(0x00001000), "clone3_flags: CLONE_PIDFD");
#endif
#ifdef CLONE_PTRACE
_Static_assert((uint64_t)(CLONE_PTRACE) == (uint64_t)(0x00002000), "clone3_flags: CLONE_PTRACE");
#endif
#ifdef CLONE_VFORK
_Static_assert((uint64_t)(CLONE_VFORK) == (uint64_t)(0x00004000), "clone3_flags: CLONE_VFORK");
#endif
#ifdef CLONE_PARENT
_Static_assert((uint64_t)(CLONE_PARENT) == (uint64_t)(0x00008000), "clone3_flags: CLONE_PARENT");
#endif
#ifdef CLONE_THREAD
_Static_assert((uint64_t)(CLONE_THREAD) == (uint64_t)(0x00010000), "clone3_flags: CLONE_THREAD");
#endif
#ifdef CLONE_NEWNS
_Static_assert((uint64_t)(CLONE_NEWNS) == (uint64_t)(0x00020000), "clone3_flags: CLONE_NEWNS");
#endif
#ifdef CLONE_SYSVSEM
_Static_assert((uint64_t)(CLONE_SYSVSEM) == (uint64_t)(0x00040000), "clone3_flags: CLONE_SYSVSEM");
#endif
#ifdef CLONE_SETTLS
_Static_assert((uint64_t)(CLONE_SETTLS) == (uint64_t)(0x00080000), "clone3_flags: CLONE_SETTLS");
#endif
#ifdef CLONE_PARENT_SETTID
_Static_assert((uint64_t)(CLONE_PARENT_SETTID) == (uint64_t)(0x00100000), "clone3_flags: CLONE_PARENT_SETTID");
#endif
#ifdef CLONE_CHILD_CLEARTID
_Static_assert((uint64_t)(CLONE_CHILD_CLEARTID) == (uint64_t)(0x00200000), "clone3_flags: CLONE_CHILD_CLEARTID");
#endif
#ifdef CLONE_UNTRACED
_Static_assert((uint64_t)(CLONE_UNTRACED) == (uint64_t)(0x00800000), "clone3_flags: CLONE_UNTRACED");
#endif
#ifdef CLONE_CHILD_SETTID
_Static_assert((uint64_t)(CLONE_CHILD_SETTID) == (uint64_t)(0x01000000), "clone3_flags: CLONE_CHILD_SETTID");
#endif
#ifdef CLONE_NEWCGROUP
_Static_assert((uint64_t)(CLONE_NEWCGROUP) == (uint64_t)(0x02000000), "clone3_flags: CLONE_NEWCGROUP");
#endif
#ifdef CLONE_NEWUTS
_Static_assert((uint64_t)(CLONE_NEWUTS) == (uint64_t)(0x04000000), "clone3_flags: CLONE_NEWUTS");
#endif
#ifdef CLONE_NEWIPC
_Static_assert((uint64_t)(CLONE_NEWIPC) == (uint64_t)(0x08000000), "clone3_flags: CLONE_NEWIPC");
#endif
#ifdef CLONE_NEWUSER
_Static_assert((uint64_t)(CLONE_NEWUSER) == (uint64_t)(0x10000000), "clone3_flags: CLONE_NEWUSER");
#endif
#ifdef CLONE_NEWPID
_Static_assert((uint64_t)(CLONE_NEWPID) == (uint64_t)(0x20000000), "clone3_flags: CLONE_NEWPID");
#endif
#ifdef CLONE_NEWNET
_Static_assert((uint64_t)(CLONE_NEWNET) == (uint64_t)(0x40000000), "clone3_flags: CLONE_NEWNET");
#endif
#ifdef CLONE_IO
_Static_assert((uint64_t)(CLONE_IO) == (uint64_t)(0x80000000), "clone3_flags: CLONE_IO");
#endif
#ifdef CLONE_NEWTIME
_Static_assert((uint64_t)(CLONE_NEWTIME) == (uint64_t)(0x00000080), "clone3_flags: CLONE_NEWTIME");
#endif
#ifdef CLONE_CLEAR_SIGHAND
_Static_assert((uint64_t)(CLONE_CLEAR_SIGHAND) == (uint64_t)(0x100000000), "clone3_flags: CLONE_CLEAR_SIGHAND");
#endif
#ifdef CLONE_INTO_CGROUP
_Static_assert((uint64_t)(CLONE_INTO_CGROUP) == (uint64_t)(0x200000000), "clone3_flags: CLONE_INTO_CGROUP");
#endif
static const struct xlat_entry xe_clone3_flags[] = {
	{ (uint64_t)(0x00000100), "CLONE_VM" },
	{ (uint64_t)(0x00000200), "CLONE_FS" },
	{ (uint64_t)(0x00000400), "CLONE_FILES" },
	{ (uint64_t)(0x00000800), "CLONE_SIGHAND" },
	{ (uint64_t)(0x00001000), "CLONE_PIDFD" },
	{ (uint64_t)(0x00002000), "CLONE_PTRACE" },
	{ (uint64_t)(0x00004000), "CLONE_VFORK" },
	{ (uint64_t)(0x00008000), "CLONE_PARENT" },
	{ (uint64_t)(0x00010000), "CLONE_THREAD" },
	{ (uint64_t)(0x00020000), "CLONE_NEWNS" },
	{ (uint64_t)(0x00040000), "CLONE_SYSVSEM" },
	{ (uint64_t)(0x00080000), "CLONE_SETTLS" },
	{ (uint64_t)(0x00100000), "CLONE_PARENT_SETTID" },
	{ (uint64_t)(0x00200000), "CLONE_CHILD_CLEARTID" },
	{ (uint64_t)(0x00800000), "CLONE_UNTRACED" },
	{ (uint64_t)(0x01000000), "CLONE_CHILD_SETTID" },
	{ (uint64_t)(0x02000000), "CLONE_NEWCGROUP" },
	{ (uint64_t)(0x04000000), "CLONE_NEWUTS" },
	{ (uint64_t)(0x08000000), "CLONE_NEWIPC" },
	{ (uint64_t)(0x10000000), "CLONE_NEWUSER" },
	{ (uint64_t)(0x20000000), "CLONE_NEWPID" },
	{ (uint64_t)(0x40000000), "CLONE_NEWNET" },
	{ (uint64_t)(0x80000000), "CLONE_IO" },
	{ (uint64_t)(0x00000080), "CLONE_NEWTIME" },
	{ (uint64_t)(0x100000000), "CLONE_CLEAR_SIGHAND" },
	{ (uint64_t)(0x200000000), "CLONE_INTO_CGROUP" },
};
const struct xlat xlat_clone3_flags = { xe_clone3_flags, 26, "CLONE_???" };

#ifdef CLONE_VM
_Static_assert((uint64_t)(CLONE_VM) == (uint64_t)(0x00000100), "clone_flags: CLONE_VM");
#endif
#ifdef CLONE_FS
_Static_assert((uint64_t)(CLONE_FS) == (uint64_t)(0x00000200), "clone_flags: CLONE_FS");
#endif
#ifdef CLONE_FILES
_Static_assert((uint64_t)(CLONE_FILES) == (uint64_t)(0x00000400), "clone_flags: CLONE_FILES");
#endif
#ifdef CLONE_SIGHAND
_Static_assert((uint64_t)(CLONE_SIGHAND) == (uint64_t)(0x00000800), "clone_flags: CLONE_SIGHAND");
#endif
#ifdef CLONE_PIDFD
_Static_assert((uint64_t)(CLONE_PIDFD) == (uint64_t)(0x00001000), "clone_flags: CLONE_PIDFD");
#endif
#ifdef CLONE_PTRACE
_Static_assert((uint64_t)(CLONE_PTRACE) == (uint64_t)(0x00002000), "clone_flags: CLONE_PTRACE");
#endif
#ifdef CLONE_VFORK
_Static_assert((uint64_t)(CLONE_VFORK) == (uint64_t)(0x00004000), "clone_flags: CLONE_VFORK");
#endif
#ifdef CLONE_PARENT
_Static_assert((uint64_t)(CLONE_PARENT) == (uint64_t)(0x00008000), "clone_flags: CLONE_PARENT");
#endif
#ifdef CLONE_THREAD
_Static_assert((uint64_t)(CLONE_THREAD) == (uint64_t)(0x00010000), "clone_flags: CLONE_THREAD");
#endif
#ifdef CLONE_NEWNS
_Static_assert((uint64_t)(CLONE_NEWNS) == (uint64_t)(0x00020000), "clone_flags: CLONE_NEWNS");
#endif
#ifdef CLONE_SYSVSEM
_Static_assert((uint64_t)(CLONE_SYSVSEM) == (uint64_t)(0x00040000), "clone_flags: CLONE_SYSVSEM");
#endif
#ifdef CLONE_SETTLS
_Static_assert((uint64_t)(CLONE_SETTLS) == (uint64_t)(0x00080000), "clone_flags: CLONE_SETTLS");
#endif
#ifdef CLONE_PARENT_SETTID
_Static_assert((uint64_t)(CLONE_PARENT_SETTID) == (uint64_t)(0x00100000), "clone_flags: CLONE_PARENT_SETTID");
#endif
#ifdef CLONE_CHILD_CLEARTID
_Static_assert((uint64_t)(CLONE_CHILD_CLEARTID) == (uint64_t)(0x00200000), "clone_flags: CLONE_CHILD_CLEARTID");
#endif
#ifdef CLONE_UNTRACED
_Static_assert((uint64_t)(CLONE_UNTRACED) == (uint64_t)(0x00800000), "clone_flags: CLONE_UNTRACED");
#endif
#ifdef CLONE_CHILD_SETTID
_Static_assert((uint64_t)(CLONE_CHILD_SETTID) == (uint64_t)(0x01000000), "clone_flags: CLONE_CHILD_SETTID");
#endif
#ifdef CLONE_NEWCGROUP
_Static_assert((uint64_t)(CLONE_NEWCGROUP) == (uint64_t)(0x02000000), "clone_flags: CLONE_NEWCGROUP");
#endif
#ifdef CLONE_NEWUTS
_Static_assert((uint64_t)(CLONE_NEWUTS) == (uint64_t)(0x04000000), "clone_flags: CLONE_NEWUTS");
#endif
#ifdef CLONE_NEWIPC
_Static_assert((uint64_t)(CLONE_NEWIPC) == (uint64_t)(0x08000000), "clone_flags: CLONE_NEWIPC");
#endif
#ifdef CLONE_NEWUSER
_Static_assert((uint64_t)(CLONE_NEWUSER) == (uint64_t)(0x10000000), "clone_flags: CLONE_NEWUSER");
#endif
#ifdef CLONE_NEWPID
_Static_assert((uint64_t)(CLONE_NEWPID) == (uint64_t)(0x20000000), "clone_flags: CLONE_NEWPID");
#endif
#ifdef CLONE_NEWNET
_Static_assert((uint64_t)(CLONE_NEWNET) == (uint64_t)(0x40000000), "clone_flags: CLONE_NEWNET");
#endif
#ifdef CLONE_IO
_Static_assert((uint64_t)(CLONE_IO) == (uint64_t)(0x80000000), "clone_flags: CLONE_IO");
#endif
static const struct xlat_entry xe_clone_flags[] = {
	{ (uint64_t)(0x00000100), "CLONE_VM" },
	{ (uint64_t)(0x00000200), "CLONE_FS" },
	{ (uint64_t)(0x00000400), "CLONE_FILES" },
	{ (uint64_t)(0x00000800), "CLONE_SIGHAND" },
	{ (uint64_t)(0x00001000), "CLONE_PIDFD" },
	{ (uint64_t)(0x00002000), "CLONE_PTRACE" },
	{ (uint64_t)(0x00004000), "CLONE_VFORK" },
	{ (uint64_t)(0x00008000), "CLONE_PARENT" },
	{ (uint64_t)(0x00010000), "CLONE_THREAD" },
	{ (uint64_t)(0x00020000), "CLONE_NEWNS" },
	{ (uint64_t)(0x00040000), "CLONE_SYSVSEM" },
	{ (uint64_t)(0x00080000), "CLONE_SETTLS" },
	{ (uint64_t)(0x00100000), "CLONE_PARENT_SETTID" },
	{ (uint64_t)(0x00200000), "CLONE_CHILD_CLEARTID" },
	{ (uint64_t)(0x00800000), "CLONE_UNTRACED" },
	{ (uint64_t)(0x01000000), "CLONE_CHILD_SETTID" },
	{ (uint64_t)(0x02000000), "CLONE_NEWCGROUP" },
	{ (uint64_t)(0x04000000), "CLONE_NEWUTS" },
	{ (uint64_t)(0x08000000), "CLONE_NEWIPC" },
	{ (uint64_t)(0x10000000), "CLONE_NEWUSER" },
	{ (uint64_t)(0x20000000), "CLONE_NEWPID" },
	{ (uint64_t)(0x40000000), "CLONE_NEWNET" },
	{ (uint64_t)(0x80000000), "CLONE_IO" },
};
const struct xlat xlat_clone_flags = { xe_clone_flags, 23, "CLONE_???" };

#ifdef CLOSE_RANGE_UNSHARE
_Static_assert((uint64_t)(CLOSE_RANGE_UNSHARE) == (uint64_t)(2), "close_range_flags: CLOSE_RANGE_UNSHARE");
#endif
#ifdef CLOSE_RANGE_CLOEXEC
_Static_assert((uint64_t)(CLOSE_RANGE_CLOEXEC) == (uint64_t)(4), "close_range_flags: CLOSE_RANGE_CLOEXEC");
#endif
static const struct xlat_entry xe_close_range_flags[] = {
	{ (uint64_t)(2), "CLOSE_RANGE_UNSHARE" },
	{ (uint64_t)(4), "CLOSE_RANGE_CLOEXEC" },
};
const struct xlat xlat_close_range_flags = { xe_close_range_flags, 2, "CLOSE_RANGE_???" };

#ifdef O_NONBLOCK
_Static_assert((uint64_t)(O_NONBLOCK) == (uint64_t)(04000), "delete_module_flags: O_NONBLOCK");
#endif
#ifdef O_TRUNC
_Static_assert((uint64_t)(O_TRUNC) == (uint64_t)(01000), "delete_module_flags: O_TRUNC");
#endif
static const struct xlat_entry xe_delete_module_flags[] = {
	{ (uint64_t)(04000), "O_NONBLOCK" },
	{ (uint64_t)(01000), "O_TRUNC" },
};
const struct xlat xlat_delete_module_flags = { xe_delete_module_flags, 2, "O_???" };

#ifdef DT_UNKNOWN
_Static_assert((uint64_t)(DT_UNKNOWN) == (uint64_t)(0), "dirent_types: DT_UNKNOWN");
#endif
#ifdef DT_FIFO
_Static_assert((uint64_t)(DT_FIFO) == (uint64_t)(1), "dirent_types: DT_FIFO");
#endif
#ifdef DT_CHR
_Static_assert((uint64_t)(DT_CHR) == (uint64_t)(2), "dirent_types: DT_CHR");
#endif
#ifdef DT_DIR
_Static_assert((uint64_t)(DT_DIR) == (uint64_t)(4), "dirent_types: DT_DIR");
#endif
#ifdef DT_BLK
_Static_assert((uint64_t)(DT_BLK) == (uint64_t)(6), "dirent_types: DT_BLK");
#endif
#ifdef DT_REG
_Static_assert((uint64_t)(DT_REG) == (uint64_t)(8), "dirent_types: DT_REG");
#endif
#ifdef DT_LNK
_Static_assert((uint64_t)(DT_LNK) == (uint64_t)(10), "dirent_types: DT_LNK");
#endif
#ifdef DT_SOCK
_Static_assert((uint64_t)(DT_SOCK) == (uint64_t)(12), "dirent_types: DT_SOCK");
#endif
#ifdef DT_WHT
_Static_assert((uint64_t)(DT_WHT) == (uint64_t)(14), "dirent_types: DT_WHT");
#endif
static const struct xlat_entry xe_dirent_types[] = {
	{ (uint64_t)(0), "DT_UNKNOWN" },
	{ (uint64_t)(1), "DT_FIFO" },
	{ (uint64_t)(2), "DT_CHR" },
	{ (uint64_t)(4), "DT_DIR" },
	{ (uint64_t)(6), "DT_BLK" },
	{ (uint64_t)(8), "DT_REG" },
	{ (uint64_t)(10), "DT_LNK" },
	{ (uint64_t)(12), "DT_SOCK" },
	{ (uint64_t)(14), "DT_WHT" },
};
const struct xlat xlat_dirent_types = { xe_dirent_types, 9, "DT_???" };

static const struct xlat_entry xe_errnos[] = {
	{ (uint64_t)(EPERM), "EPERM" },
	{ (uint64_t)(ENOENT), "ENOENT" },
	{ (uint64_t)(ESRCH), "ESRCH" },
	{ (uint64_t)(EINTR), "EINTR" },
	{ (uint64_t)(EIO), "EIO" },
	{ (uint64_t)(ENXIO), "ENXIO" },
	{ (uint64_t)(E2BIG), "E2BIG" },
	{ (uint64_t)(ENOEXEC), "ENOEXEC" },
	{ (uint64_t)(EBADF), "EBADF" },
	{ (uint64_t)(ECHILD), "ECHILD" },
	{ (uint64_t)(EAGAIN), "EAGAIN" },
	{ (uint64_t)(ENOMEM), "ENOMEM" },
	{ (uint64_t)(EACCES), "EACCES" },
	{ (uint64_t)(EFAULT), "EFAULT" },
	{ (uint64_t)(ENOTBLK), "ENOTBLK" },
	{ (uint64_t)(EBUSY), "EBUSY" },
	{ (uint64_t)(EEXIST), "EEXIST" },
	{ (uint64_t)(EXDEV), "EXDEV" },
	{ (uint64_t)(ENODEV), "ENODEV" },
	{ (uint64_t)(ENOTDIR), "ENOTDIR" },
	{ (uint64_t)(EISDIR), "EISDIR" },
	{ (uint64_t)(EINVAL), "EINVAL" },
	{ (uint64_t)(ENFILE), "ENFILE" },
	{ (uint64_t)(EMFILE), "EMFILE" },
	{ (uint64_t)(ENOTTY), "ENOTTY" },
	{ (uint64_t)(ETXTBSY), "ETXTBSY" },
	{ (uint64_t)(EFBIG), "EFBIG" },
	{ (uint64_t)(ENOSPC), "ENOSPC" },
	{ (uint64_t)(ESPIPE), "ESPIPE" },
	{ (uint64_t)(EROFS), "EROFS" },
	{ (uint64_t)(EMLINK), "EMLINK" },
	{ (uint64_t)(EPIPE), "EPIPE" },
	{ (uint64_t)(EDOM), "EDOM" },
	{ (uint64_t)(ERANGE), "ERANGE" },
	{ (uint64_t)(EDEADLK), "EDEADLK" },
	{ (uint64_t)(ENAMETOOLONG), "ENAMETOOLONG" },
	{ (uint64_t)(ENOLCK), "ENOLCK" },
	{ (uint64_t)(ENOSYS), "ENOSYS" },
	{ (uint64_t)(ENOTEMPTY), "ENOTEMPTY" },
	{ (uint64_t)(ELOOP), "ELOOP" },
	{ (uint64_t)(ENOMSG), "ENOMSG" },
	{ (uint64_t)(EIDRM), "EIDRM" },
	{ (uint64_t)(ECHRNG), "ECHRNG" },
	{ (uint64_t)(EL2NSYNC), "EL2NSYNC" },
	{ (uint64_t)(EL3HLT), "EL3HLT" },
	{ (uint64_t)(EL3RST), "EL3RST" },
	{ (uint64_t)(ELNRNG), "ELNRNG" },
	{ (uint64_t)(EUNATCH), "EUNATCH" },
	{ (uint64_t)(ENOCSI), "ENOCSI" },
	{ (uint64_t)(EL2HLT), "EL2HLT" },
	{ (uint64_t)(EBADE), "EBADE" },
	{ (uint64_t)(EBADR), "EBADR" },
	{ (uint64_t)(EXFULL), "EXFULL" },
	{ (uint64_t)(ENOANO), "ENOANO" },
	{ (uint64_t)(EBADRQC), "EBADRQC" },
	{ (uint64_t)(EBADSLT), "EBADSLT" },
	{ (uint64_t)(EBFONT), "EBFONT" },
	{ (uint64_t)(ENOSTR), "ENOSTR" },
	{ (uint64_t)(ENODATA), "ENODATA" },
	{ (uint64_t)(ETIME), "ETIME" },
	{ (uint64_t)(ENOSR), "ENOSR" },
	{ (uint64_t)(ENONET), "ENONET" },
	{ (uint64_t)(ENOPKG), "ENOPKG" },
	{ (uint64_t)(EREMOTE), "EREMOTE" },
	{ (uint64_t)(ENOLINK), "ENOLINK" },
	{ (uint64_t)(EADV), "EADV" },
	{ (uint64_t)(ESRMNT), "ESRMNT" },
	{ (uint64_t)(ECOMM), "ECOMM" },
	{ (uint64_t)(EPROTO), "EPROTO" },
	{ (uint64_t)(EMULTIHOP), "EMULTIHOP" },
	{ (uint64_t)(EDOTDOT), "EDOTDOT" },
	{ (uint64_t)(EBADMSG), "EBADMSG" },
	{ (uint64_t)(EOVERFLOW), "EOVERFLOW" },
	{ (uint64_t)(ENOTUNIQ), "ENOTUNIQ" },
	{ (uint64_t)(EBADFD), "EBADFD" },
	{ (uint64_t)(EREMCHG), "EREMCHG" },
	{ (uint64_t)(ELIBACC), "ELIBACC" },
	{ (uint64_t)(ELIBBAD), "ELIBBAD" },
	{ (uint64_t)(ELIBSCN), "ELIBSCN" },
	{ (uint64_t)(ELIBMAX), "ELIBMAX" },
	{ (uint64_t)(ELIBEXEC), "ELIBEXEC" },
	{ (uint64_t)(EILSEQ), "EILSEQ" },
	{ (uint64_t)(ERESTART), "ERESTART" },
	{ (uint64_t)(ESTRPIPE), "ESTRPIPE" },
	{ (uint64_t)(EUSERS), "EUSERS" },
	{ (uint64_t)(ENOTSOCK), "ENOTSOCK" },
	{ (uint64_t)(EDESTADDRREQ), "EDESTADDRREQ" },
	{ (uint64_t)(EMSGSIZE), "EMSGSIZE" },
	{ (uint64_t)(EPROTOTYPE), "EPROTOTYPE" },
	{ (uint64_t)(ENOPROTOOPT), "ENOPROTOOPT" },
	{ (uint64_t)(EPROTONOSUPPORT), "EPROTONOSUPPORT" },
	{ (uint64_t)(ESOCKTNOSUPPORT), "ESOCKTNOSUPPORT" },
	{ (uint64_t)(EOPNOTSUPP), "EOPNOTSUPP" },
	{ (uint64_t)(EPFNOSUPPORT), "EPFNOSUPPORT" },
	{ (uint64_t)(EAFNOSUPPORT), "EAFNOSUPPORT" },
	{ (uint64_t)(EADDRINUSE), "EADDRINUSE" },
	{ (uint64_t)(EADDRNOTAVAIL), "EADDRNOTAVAIL" },
	{ (uint64_t)(ENETDOWN), "ENETDOWN" },
	{ (uint64_t)(ENETUNREACH), "ENETUNREACH" },
	{ (uint64_t)(ENETRESET), "ENETRESET" },
	{ (uint64_t)(ECONNABORTED), "ECONNABORTED" },
	{ (uint64_t)(ECONNRESET), "ECONNRESET" },
	{ (uint64_t)(ENOBUFS), "ENOBUFS" },
	{ (uint64_t)(EISCONN), "EISCONN" },
	{ (uint64_t)(ENOTCONN), "ENOTCONN" },
	{ (uint64_t)(ESHUTDOWN), "ESHUTDOWN" },
	{ (uint64_t)(ETOOMANYREFS), "ETOOMANYREFS" },
	{ (uint64_t)(ETIMEDOUT), "ETIMEDOUT" },
	{ (uint64_t)(ECONNREFUSED), "ECONNREFUSED" },
	{ (uint64_t)(EHOSTDOWN), "EHOSTDOWN" },
	{ (uint64_t)(EHOSTUNREACH), "EHOSTUNREACH" },
	{ (uint64_t)(EALREADY), "EALREADY" },
	{ (uint64_t)(EINPROGRESS), "EINPROGRESS" },
	{ (uint64_t)(ESTALE), "ESTALE" },
	{ (uint64_t)(EUCLEAN), "EUCLEAN" },
	{ (uint64_t)(ENOTNAM), "ENOTNAM" },
	{ (uint64_t)(ENAVAIL), "ENAVAIL" },
	{ (uint64_t)(EISNAM), "EISNAM" },
	{ (uint64_t)(EREMOTEIO), "EREMOTEIO" },
	{ (uint64_t)(EDQUOT), "EDQUOT" },
	{ (uint64_t)(ENOMEDIUM), "ENOMEDIUM" },
	{ (uint64_t)(EMEDIUMTYPE), "EMEDIUMTYPE" },
	{ (uint64_t)(ECANCELED), "ECANCELED" },
	{ (uint64_t)(ENOKEY), "ENOKEY" },
	{ (uint64_t)(EKEYEXPIRED), "EKEYEXPIRED" },
	{ (uint64_t)(EKEYREVOKED), "EKEYREVOKED" },
	{ (uint64_t)(EKEYREJECTED), "EKEYREJECTED" },
	{ (uint64_t)(EOWNERDEAD), "EOWNERDEAD" },
	{ (uint64_t)(ENOTRECOVERABLE), "ENOTRECOVERABLE" },
	{ (uint64_t)(ERFKILL), "ERFKILL" },
	{ (uint64_t)(EHWPOISON), "EHWPOISON" },
};
const struct xlat xlat_errnos = { xe_errnos, 131, NULL };

#ifdef EFD_SEMAPHORE
_Static_assert((uint64_t)(EFD_SEMAPHORE) == (uint64_t)(1), "eventfd_flags: EFD_SEMAPHORE");
#endif
#ifdef EFD_CLOEXEC
_Static_assert((uint64_t)(EFD_CLOEXEC) == (uint64_t)(02000000), "eventfd_flags: EFD_CLOEXEC");
#endif
#ifdef EFD_NONBLOCK
_Static_assert((uint64_t)(EFD_NONBLOCK) == (uint64_t)(04000), "eventfd_flags: EFD_NONBLOCK");
#endif
static const struct xlat_entry xe_eventfd_flags[] = {
	{ (uint64_t)(1), "EFD_SEMAPHORE" },
	{ (uint64_t)(02000000), "EFD_CLOEXEC" },
	{ (uint64_t)(04000), "EFD_NONBLOCK" },
};
const struct xlat xlat_eventfd_flags = { xe_eventfd_flags, 3, "EFD_???" };

static const struct xlat_entry xe_faccessat_flags[] = {
	{ (uint64_t)(AT_SYMLINK_NOFOLLOW), "AT_SYMLINK_NOFOLLOW" },
	{ (uint64_t)(AT_EACCESS), "AT_EACCESS" },
	{ (uint64_t)(AT_EMPTY_PATH), "AT_EMPTY_PATH" },
};
const struct xlat xlat_faccessat_flags = { xe_faccessat_flags, 3, "AT_???" };

#ifdef POSIX_FADV_NORMAL
_Static_assert((uint64_t)(POSIX_FADV_NORMAL) == (uint64_t)(0), "fadvise_advice: POSIX_FADV_NORMAL");
#endif
#ifdef POSIX_FADV_RANDOM
_Static_assert((uint64_t)(POSIX_FADV_RANDOM) == (uint64_t)(1), "fadvise_advice: POSIX_FADV_RANDOM");
#endif
#ifdef POSIX_FADV_SEQUENTIAL
_Static_assert((uint64_t)(POSIX_FADV_SEQUENTIAL) == (uint64_t)(2), "fadvise_advice: POSIX_FADV_SEQUENTIAL");
#endif
#ifdef POSIX_FADV_WILLNEED
_Static_assert((uint64_t)(POSIX_FADV_WILLNEED) == (uint64_t)(3), "fadvise_advice: POSIX_FADV_WILLNEED");
#endif
#ifdef POSIX_FADV_DONTNEED
_Static_assert((uint64_t)(POSIX_FADV_DONTNEED) == (uint64_t)(4), "fadvise_advice: POSIX_FADV_DONTNEED");
#endif
#ifdef POSIX_FADV_NOREUSE
_Static_assert((uint64_t)(POSIX_FADV_NOREUSE) == (uint64_t)(5), "fadvise_advice: POSIX_FADV_NOREUSE");
#endif
static const struct xlat_entry xe_fadvise_advice[] = {
	{ (uint64_t)(0), "POSIX_FADV_NORMAL" },
	{ (uint64_t)(1), "POSIX_FADV_RANDOM" },
	{ (uint64_t)(2), "POSIX_FADV_SEQUENTIAL" },
	{ (uint64_t)(3), "POSIX_FADV_WILLNEED" },
	{ (uint64_t)(4), "POSIX_FADV_DONTNEED" },
	{ (uint64_t)(5), "POSIX_FADV_NOREUSE" },
};
const struct xlat xlat_fadvise_advice = { xe_fadvise_advice, 6, "POSIX_FADV_???" };

#ifdef FALLOC_FL_KEEP_SIZE
_Static_assert((uint64_t)(FALLOC_FL_KEEP_SIZE) == (uint64_t)(0x01), "falloc_flags: FALLOC_FL_KEEP_SIZE");
#endif
#ifdef FALLOC_FL_PUNCH_HOLE
_Static_assert((uint64_t)(FALLOC_FL_PUNCH_HOLE) == (uint64_t)(0x02), "falloc_flags: FALLOC_FL_PUNCH_HOLE");
#endif
#ifdef FALLOC_FL_NO_HIDE_STALE
_Static_assert((uint64_t)(FALLOC_FL_NO_HIDE_STALE) == (uint64_t)(0x04), "falloc_flags: FALLOC_FL_NO_HIDE_STALE");
#endif
#ifdef FALLOC_FL_COLLAPSE_RANGE
_Static_assert((uint64_t)(FALLOC_FL_COLLAPSE_RANGE) == (uint64_t)(0x08), "falloc_flags: FALLOC_FL_COLLAPSE_RANGE");
#endif
#ifdef FALLOC_FL_ZERO_RANGE
_Static_assert((uint64_t)(FALLOC_FL_ZERO_RANGE) == (uint64_t)(0x10), "falloc_flags: FALLOC_FL_ZERO_RANGE");
#endif
#ifdef FALLOC_FL_INSERT_RANGE
_Static_assert((uint64_t)(FALLOC_FL_INSERT_RANGE) == (uint64_t)(0x20), "falloc_flags: FALLOC_FL_INSERT_RANGE");
#endif
#ifdef FALLOC_FL_UNSHARE_RANGE
_Static_assert((uint64_t)(FALLOC_FL_UNSHARE_RANGE) == (uint64_t)(0x40), "falloc_flags: FALLOC_FL_UNSHARE_RANGE");
#endif
static const struct xlat_entry xe_falloc_flags[] = {
	{ (uint64_t)(0x01), "FALLOC_FL_KEEP_SIZE" },
	{ (uint64_t)(0x02), "FALLOC_FL_PUNCH_HOLE" },
	{ (uint64_t)(0x04), "FALLOC_FL_NO_HIDE_STALE" },
	{ (uint64_t)(0x08), "FALLOC_FL_COLLAPSE_RANGE" },
	{ (uint64_t)(0x10), "FALLOC_FL_ZERO_RANGE" },
	{ (uint64_t)(0x20), "FALLOC_FL_INSERT_RANGE" },
	{ (uint64_t)(0x40), "FALLOC_FL_UNSHARE_RANGE" },
};
const struct xlat xlat_falloc_flags = { xe_falloc_flags, 7, "FALLOC_FL_???" };

#ifdef FAN_CLASS_NOTIF
_Static_assert((uint64_t)(FAN_CLASS_NOTIF) == (uint64_t)(0), "fan_classes: FAN_CLASS_NOTIF");
#endif
#ifdef FAN_CLASS_CONTENT
_Static_assert((uint64_t)(FAN_CLASS_CONTENT) == (uint64_t)(4), "fan_classes: FAN_CLASS_CONTENT");
#endif
#ifdef FAN_CLASS_PRE_CONTENT
_Static_assert((uint64_t)(FAN_CLASS_PRE_CONTENT) == (uint64_t)(8), "fan_classes: FAN_CLASS_PRE_CONTENT");
#endif
static const struct xlat_entry xe_fan_classes[] = {
	{ (uint64_t)(0), "FAN_CLASS_NOTIF" },
	{ (uint64_t)(4), "FAN_CLASS_CONTENT" },
	{ (uint64_t)(8), "FAN_CLASS_PRE_CONTENT" },
};
const struct xlat xlat_fan_classes = { xe_fan_classes, 3, "FAN_CLASS_???" };

#ifdef FAN_ACCESS
_Static_assert((uint64_t)(FAN_ACCESS) == (uint64_t)(0x1), "fan_events: FAN_ACCESS");
#endif
#ifdef FAN_MODIFY
_Static_assert((uint64_t)(FAN_MODIFY) == (uint64_t)(0x2), "fan_events: FAN_MODIFY");
#endif
#ifdef FAN_ATTRIB
_Static_assert((uint64_t)(FAN_ATTRIB) == (uint64_t)(0x4), "fan_events: FAN_ATTRIB");
#endif
#ifdef FAN_CLOSE_WRITE
_Static_assert((uint64_t)(FAN_CLOSE_WRITE) == (uint64_t)(0x8), "fan_events: FAN_CLOSE_WRITE");
#endif
#ifdef FAN_CLOSE_NOWRITE
_Static_assert((uint64_t)(FAN_CLOSE_NOWRITE) == (uint64_t)(0x10), "fan_events: FAN_CLOSE_NOWRITE");
#endif
#ifdef FAN_OPEN
_Static_assert((uint64_t)(FAN_OPEN) == (uint64_t)(0x20), "fan_events: FAN_OPEN");
#endif
#ifdef FAN_MOVED_FROM
_Static_assert((uint64_t)(FAN_MOVED_FROM) == (uint64_t)(0x40), "fan_events: FAN_MOVED_FROM");
#endif
#ifdef FAN_MOVED_TO
_Static_assert((uint64_t)(FAN_MOVED_TO) == (uint64_t)(0x80), "fan_events: FAN_MOVED_TO");
#endif
#ifdef FAN_CREATE
_Static_assert((uint64_t)(FAN_CREATE) == (uint64_t)(0x100), "fan_events: FAN_CREATE");
#endif
#ifdef FAN_DELETE
_Static_assert((uint64_t)(FAN_DELETE) == (uint64_t)(0x200), "fan_events: FAN_DELETE");
#endif
#ifdef FAN_DELETE_SELF
_Static_assert((uint64_t)(FAN_DELETE_SELF) == (uint64_t)(0x400), "fan_events: FAN_DELETE_SELF");
#endif
#ifdef FAN_MOVE_SELF
_Static_assert((uint64_t)(FAN_MOVE_SELF) == (uint64_t)(0x800), "fan_events: FAN_MOVE_SELF");
#endif
#ifdef FAN_OPEN_EXEC
_Static_assert((uint64_t)(FAN_OPEN_EXEC) == (uint64_t)(0x1000), "fan_events: FAN_OPEN_EXEC");
#endif
#ifdef FAN_Q_OVERFLOW
_Static_assert((uint64_t)(FAN_Q_OVERFLOW) == (uint64_t)(0x4000), "fan_events: FAN_Q_OVERFLOW");
#endif
#ifdef FAN_FS_ERROR
_Static_assert((uint64_t)(FAN_FS_ERROR) == (uint64_t)(0x8000), "fan_events: FAN_FS_ERROR");
#endif
#ifdef FAN_OPEN_PERM
_Static_assert((uint64_t)(FAN_OPEN_PERM) == (uint64_t)(0x10000), "fan_events: FAN_OPEN_PERM");
#endif
#ifdef FAN_ACCESS_PERM
_Static_assert((uint64_t)(FAN_ACCESS_PERM) == (uint64_t)(0x20000), "fan_events: FAN_ACCESS_PERM");
#endif
#ifdef FAN_OPEN_EXEC_PERM
_Static_assert((uint64_t)(FAN_OPEN_EXEC_PERM) == (uint64_t)(0x40000), "fan_events: FAN_OPEN_EXEC_PERM");
#endif
#ifdef FAN_DIR_MODIFY
_Static_assert((uint64_t)(FAN_DIR_MODIFY) == (uint64_t)(0x80000), "fan_events: FAN_DIR_MODIFY");
#endif
#ifdef FAN_ONDIR
_Static_assert((uint64_t)(FAN_ONDIR) == (uint64_t)(0x40000000), "fan_events: FAN_ONDIR");
#endif
#ifdef FAN_EVENT_ON_CHILD
_Static_assert((uint64_t)(FAN_EVENT_ON_CHILD) == (uint64_t)(0x08000000), "fan_events: FAN_EVENT_ON_CHILD");
#endif
#ifdef FAN_RENAME
_Static_assert((uint64_t)(FAN_RENAME) == (uint64_t)(0x10000000), "fan_events: FAN_RENAME");
#endif
static const struct xlat_entry xe_fan_events[] = {
	{ (uint64_t)(0x1), "FAN_ACCESS" },
	{ (uint64_t)(0x2), "FAN_MODIFY" },
	{ (uint64_t)(0x4), "FAN_ATTRIB" },
	{ (uint64_t)(0x8), "FAN_CLOSE_WRITE" },
	{ (uint64_t)(0x10), "FAN_CLOSE_NOWRITE" },
	{ (uint64_t)(0x20), "FAN_OPEN" },
	{ (uint64_t)(0x40), "FAN_MOVED_FROM" },
	{ (uint64_t)(0x80), "FAN_MOVED_TO" },
	{ (uint64_t)(0x100), "FAN_CREATE" },
	{ (uint64_t)(0x200), "FAN_DELETE" },
	{ (uint64_t)(0x400), "FAN_DELETE_SELF" },
	{ (uint64_t)(0x800), "FAN_MOVE_SELF" },
	{ (uint64_t)(0x1000), "FAN_OPEN_EXEC" },
	{ (uint64_t)(0x4000), "FAN_Q_OVERFLOW" },
	{ (uint64_t)(0x8000), "FAN_FS_ERROR" },
	{ (uint64_t)(0x10000), "FAN_OPEN_PERM" },
	{ (uint64_t)(0x20000), "FAN_ACCESS_PERM" },
	{ (uint64_t)(0x40000), "FAN_OPEN_EXEC_PERM" },
	{ (uint64_t)(0x80000), "FAN_DIR_MODIFY" },
	{ (uint64_t)(0x40000000), "FAN_ONDIR" },
	{ (uint64_t)(0x08000000), "FAN_EVENT_ON_CHILD" },
	{ (uint64_t)(0x10000000), "FAN_RENAME" },
};
const struct xlat xlat_fan_events = { xe_fan_events, 22, "FAN_???" };

#ifdef FAN_CLOEXEC
_Static_assert((uint64_t)(FAN_CLOEXEC) == (uint64_t)(0x1), "fan_init_flags: FAN_CLOEXEC");
#endif
#ifdef FAN_NONBLOCK
_Static_assert((uint64_t)(FAN_NONBLOCK) == (uint64_t)(0x2), "fan_init_flags: FAN_NONBLOCK");
#endif
#ifdef FAN_UNLIMITED_QUEUE
_Static_assert((uint64_t)(FAN_UNLIMITED_QUEUE) == (uint64_t)(0x10), "fan_init_flags: FAN_UNLIMITED_QUEUE");
#endif
#ifdef FAN_UNLIMITED_MARKS
_Static_assert((uint64_t)(FAN_UNLIMITED_MARKS) == (uint64_t)(0x20), "fan_init_flags: FAN_UNLIMITED_MARKS");
#endif
#ifdef FAN_ENABLE_AUDIT
_Static_assert((uint64_t)(FAN_ENABLE_AUDIT) == (uint64_t)(0x40), "fan_init_flags: FAN_ENABLE_AUDIT");
#endif
#ifdef FAN_REPORT_PIDFD
_Static_assert((uint64_t)(FAN_REPORT_PIDFD) == (uint64_t)(0x80), "fan_init_flags: FAN_REPORT_PIDFD");
#endif
#ifdef FAN_REPORT_TID
_Static_assert((uint64_t)(FAN_REPORT_TID) == (uint64_t)(0x100), "fan_init_flags: FAN_REPORT_TID");
#endif
#ifdef FAN_REPORT_FID
_Static_assert((uint64_t)(FAN_REPORT_FID) == (uint64_t)(0x200), "fan_init_flags: FAN_REPORT_FID");
#endif
#ifdef FAN_REPORT_DIR_FID
_Static_assert((uint64_t)(FAN_REPORT_DIR_FID) == (uint64_t)(0x400), "fan_init_flags: FAN_REPORT_DIR_FID");
#endif
#ifdef FAN_REPORT_NAME
_Static_assert((uint64_t)(FAN_REPORT_NAME) == (uint64_t)(0x800), "fan_init_flags: FAN_REPORT_NAME");
#endif
#ifdef FAN_REPORT_TARGET_FID
_Static_assert((uint64_t)(FAN_REPORT_TARGET_FID) == (uint64_t)(0x1000), "fan_init_flags: FAN_REPORT_TARGET_FID");
#endif
static const struct xlat_entry xe_fan_init_flags[] = {
	{ (uint64_t)(0x1), "FAN_CLOEXEC" },
	{ (uint64_t)(0x2), "FAN_NONBLOCK" },
	{ (uint64_t)(0x10), "FAN_UNLIMITED_QUEUE" },
	{ (uint64_t)(0x20), "FAN_UNLIMITED_MARKS" },
	{ (uint64_t)(0x40), "FAN_ENABLE_AUDIT" },
	{ (uint64_t)(0x80), "FAN_REPORT_PIDFD" },
	{ (uint64_t)(0x100), "FAN_REPORT_TID" },
	{ (uint64_t)(0x200), "FAN_REPORT_FID" },
	{ (uint64_t)(0x400), "FAN_REPORT_DIR_FID" },
	{ (uint64_t)(0x800), "FAN_REPORT_NAME" },
	{ (uint64_t)(0x1000), "FAN_REPORT_TARGET_FID" },
};
const struct xlat xlat_fan_init_flags = { xe_fan_init_flags, 11, NULL };

#ifdef FAN_MARK_ADD
_Static_assert((uint64_t)(FAN_MARK_ADD) == (uint64_t)(0x1), "fan_mark_flags: FAN_MARK_ADD");
#endif
#ifdef FAN_MARK_REMOVE
_Static_assert((uint64_t)(FAN_MARK_REMOVE) == (uint64_t)(0x2), "fan_mark_flags: FAN_MARK_REMOVE");
#endif
#ifdef FAN_MARK_DONT_FOLLOW
_Static_assert((uint64_t)(FAN_MARK_DONT_FOLLOW) == (uint64_t)(0x4), "fan_mark_flags: FAN_MARK_DONT_FOLLOW");
#endif
#ifdef FAN_MARK_ONLYDIR
_Static_assert((uint64_t)(FAN_MARK_ONLYDIR) == (uint64_t)(0x8), "fan_mark_flags: FAN_MARK_ONLYDIR");
#endif
#ifdef FAN_MARK_MOUNT
_Static_assert((uint64_t)(FAN_MARK_MOUNT) == (uint64_t)(0x10), "fan_mark_flags: FAN_MARK_MOUNT");
#endif
#ifdef FAN_MARK_IGNORED_MASK
_Static_assert((uint64_t)(FAN_MARK_IGNORED_MASK) == (uint64_t)(0x20), "fan_mark_flags: FAN_MARK_IGNORED_MASK");
#endif
#ifdef FAN_MARK_IGNORED_SURV_MODIFY
_Static_assert((uint64_t)(FAN_MARK_IGNORED_SURV_MODIFY) == (uint64_t)(0x40), "fan_mark_flags: FAN_MARK_IGNORED_SURV_MODIFY");
#endif
#ifdef FAN_MARK_FLUSH
_Static_assert((uint64_t)(FAN_MARK_FLUSH) == (uint64_t)(0x80), "fan_mark_flags: FAN_MARK_FLUSH");
#endif
#ifdef FAN_MARK_FILESYSTEM
_Static_assert((uint64_t)(FAN_MARK_FILESYSTEM) == (uint64_t)(0x100), "fan_mark_flags: FAN_MARK_FILESYSTEM");
#endif
#ifdef FAN_MARK_EVICTABLE
_Static_assert((uint64_t)(FAN_MARK_EVICTABLE) == (uint64_t)(0x200), "fan_mark_flags: FAN_MARK_EVICTABLE");
#endif
#ifdef FAN_MARK_IGNORE
_Static_assert((uint64_t)(FAN_MARK_IGNORE) == (uint64_t)(0x400), "fan_mark_flags: FAN_MARK_IGNORE");
#endif
static const struct xlat_entry xe_fan_mark_flags[] = {
	{ (uint64_t)(0x1), "FAN_MARK_ADD" },
	{ (uint64_t)(0x2), "FAN_MARK_REMOVE" },
	{ (uint64_t)(0x4), "FAN_MARK_DONT_FOLLOW" },
	{ (uint64_t)(0x8), "FAN_MARK_ONLYDIR" },
	{ (uint64_t)(0x10), "FAN_MARK_MOUNT" },
	{ (uint64_t)(0x20), "FAN_MARK_IGNORED_MASK" },
	{ (uint64_t)(0x40), "FAN_MARK_IGNORED_SURV_MODIFY" },
	{ (uint64_t)(0x80), "FAN_MARK_FLUSH" },
	{ (uint64_t)(0x100), "FAN_MARK_FILESYSTEM" },
	{ (uint64_t)(0x200), "FAN_MARK_EVICTABLE" },
	{ (uint64_t)(0x400), "FAN_MARK_IGNORE" },
};
const struct xlat xlat_fan_mark_flags = { xe_fan_mark_flags, 11, "FAN_MARK_???" };

#ifdef F_GET_RW_HINT
_Static_assert((uint64_t)(F_GET_RW_HINT) == (uint64_t)(1035), "fcntl_cmds: F_GET_RW_HINT");
#endif
#ifdef F_SET_RW_HINT
_Static_assert((uint64_t)(F_SET_RW_HINT) == (uint64_t)(1036), "fcntl_cmds: F_SET_RW_HINT");
#endif
#ifdef F_GET_FILE_RW_HINT
_Static_assert((uint64_t)(F_GET_FILE_RW_HINT) == (uint64_t)(1037), "fcntl_cmds: F_GET_FILE_RW_HINT");
#endif
#ifdef F_SET_FILE_RW_HINT
_Static_assert((uint64_t)(F_SET_FILE_RW_HINT) == (uint64_t)(1038), "fcntl_cmds: F_SET_FILE_RW_HINT");
#endif
static const struct xlat_entry xe_fcntl_cmds[] = {
	{ (uint64_t)(F_DUPFD), "F_DUPFD" },
	{ (uint64_t)(F_GETFD), "F_GETFD" },
	{ (uint64_t)(F_SETFD), "F_SETFD" },
	{ (uint64_t)(F_GETFL), "F_GETFL" },
	{ (uint64_t)(F_SETFL), "F_SETFL" },
	{ (uint64_t)(F_GETLK), "F_GETLK" },
	{ (uint64_t)(F_SETLK), "F_SETLK" },
	{ (uint64_t)(F_SETLKW), "F_SETLKW" },
	{ (uint64_t)(F_SETOWN), "F_SETOWN" },
	{ (uint64_t)(F_GETOWN), "F_GETOWN" },
	{ (uint64_t)(F_SETSIG), "F_SETSIG" },
	{ (uint64_t)(F_GETSIG), "F_GETSIG" },
	{ (uint64_t)(F_SETOWN_EX), "F_SETOWN_EX" },
	{ (uint64_t)(F_GETOWN_EX), "F_GETOWN_EX" },
	{ (uint64_t)(F_OFD_GETLK), "F_OFD_GETLK" },
	{ (uint64_t)(F_OFD_SETLK), "F_OFD_SETLK" },
	{ (uint64_t)(F_OFD_SETLKW), "F_OFD_SETLKW" },
	{ (uint64_t)(F_SETLEASE), "F_SETLEASE" },
	{ (uint64_t)(F_GETLEASE), "F_GETLEASE" },
	{ (uint64_t)(F_NOTIFY), "F_NOTIFY" },
	{ (uint64_t)(F_DUPFD_CLOEXEC), "F_DUPFD_CLOEXEC" },
	{ (uint64_t)(F_SETPIPE_SZ), "F_SETPIPE_SZ" },
	{ (uint64_t)(F_GETPIPE_SZ), "F_GETPIPE_SZ" },
	{ (uint64_t)(F_ADD_SEALS), "F_ADD_SEALS" },
	{ (uint64_t)(F_GET_SEALS), "F_GET_SEALS" },
	{ (uint64_t)(1035), "F_GET_RW_HINT" },
	{ (uint64_t)(1036), "F_SET_RW_HINT" },
	{ (uint64_t)(1037), "F_GET_FILE_RW_HINT" },
	{ (uint64_t)(1038), "F_SET_FILE_RW_HINT" },
};
const struct xlat xlat_fcntl_cmds = { xe_fcntl_cmds, 29, "F_???" };

static const struct xlat_entry xe_fd_flags[] = {
	{ (uint64_t)(FD_CLOEXEC), "FD_CLOEXEC" },
};
const struct xlat xlat_fd_flags = { xe_fd_flags, 1, "FD_???" };

#ifdef MODULE_INIT_IGNORE_MODVERSIONS
_Static_assert((uint64_t)(MODULE_INIT_IGNORE_MODVERSIONS) == (uint64_t)(1), "finit_module_flags: MODULE_INIT_IGNORE_MODVERSIONS");
#endif
#ifdef MODULE_INIT_IGNORE_VERMAGIC
_Static_assert((uint64_t)(MODULE_INIT_IGNORE_VERMAGIC) == (uint64_t)(2), "finit_module_flags: MODULE_INIT_IGNORE_VERMAGIC");
#endif
#ifdef MODULE_INIT_COMPRESSED_FILE
_Static_assert((uint64_t)(MODULE_INIT_COMPRESSED_FILE) == (uint64_t)(4), "finit_module_flags: MODULE_INIT_COMPRESSED_FILE");
#endif
static const struct xlat_entry xe_finit_module_flags[] = {
	{ (uint64_t)(1), "MODULE_INIT_IGNORE_MODVERSIONS" },
	{ (uint64_t)(2), "MODULE_INIT_IGNORE_VERMAGIC" },
	{ (uint64_t)(4), "MODULE_INIT_COMPRESSED_FILE" },
};
const struct xlat xlat_finit_module_flags = { xe_finit_module_flags, 3, "MODULE_INIT_???" };

#ifdef LOCK_MAND
_Static_assert((uint64_t)(LOCK_MAND) == (uint64_t)(32), "flock_ops: LOCK_MAND");
#endif
#ifdef LOCK_RW
_Static_assert((uint64_t)(LOCK_RW) == (uint64_t)(192), "flock_ops: LOCK_RW");
#endif
static const struct xlat_entry xe_flock_ops[] = {
	{ (uint64_t)(LOCK_SH), "LOCK_SH" },
	{ (uint64_t)(LOCK_EX), "LOCK_EX" },
	{ (uint64_t)(LOCK_NB), "LOCK_NB" },
	{ (uint64_t)(LOCK_UN), "LOCK_UN" },
	{ (uint64_t)(32), "LOCK_MAND" },
	{ (uint64_t)(192), "LOCK_RW" },
};
const struct xlat xlat_flock_ops = { xe_flock_ops, 6, "LOCK_???" };

#ifdef FS_SECRM_FL
_Static_assert((uint64_t)(FS_SECRM_FL) == (uint64_t)(0x00000001), "fs_inode_flags: FS_SECRM_FL");
#endif
#ifdef FS_UNRM_FL
_Static_assert((uint64_t)(FS_UNRM_FL) == (uint64_t)(0x00000002), "fs_inode_flags: FS_UNRM_FL");
#endif
#ifdef FS_COMPR_FL
_Static_assert((uint64_t)(FS_COMPR_FL) == (uint64_t)(0x00000004), "fs_inode_flags: FS_COMPR_FL");
#endif
#ifdef FS_SYNC_FL
_Static_assert((uint64_t)(FS_SYNC_FL) == (uint64_t)(0x00000008), "fs_inode_flags: FS_SYNC_FL");
#endif
#ifdef FS_IMMUTABLE_FL
_Static_assert((uint64_t)(FS_IMMUTABLE_FL) == (uint64_t)(0x00000010), "fs_inode_flags: FS_IMMUTABLE_FL");
#endif
#ifdef FS_APPEND_FL
_Static_assert((uint64_t)(FS_APPEND_FL) == (uint64_t)(0x00000020), "fs_inode_flags: FS_APPEND_FL");
#endif
#ifdef FS_NODUMP_FL
_Static_assert((uint64_t)(FS_NODUMP_FL) == (uint64_t)(0x00000040), "fs_inode_flags: FS_NODUMP_FL");
#endif
#ifdef FS_NOATIME_FL
_Static_assert((uint64_t)(FS_NOATIME_FL) == (uint64_t)(0x00000080), "fs_inode_flags: FS_NOATIME_FL");
#endif
#ifdef FS_DIRTY_FL
_Static_assert((uint64_t)(FS_DIRTY_FL) == (uint64_t)(0x00000100), "fs_inode_flags: FS_DIRTY_FL");
#endif
#ifdef FS_COMPRBLK_FL
_Static_assert((uint64_t)(FS_COMPRBLK_FL) == (uint64_t)(0x00000200), "fs_inode_flags: FS_COMPRBLK_FL");
#endif
#ifdef FS_NOCOMP_FL
_Static_assert((uint64_t)(FS_NOCOMP_FL) == (uint64_t)(0x00000400), "fs_inode_flags: FS_NOCOMP_FL");
#endif
#ifdef FS_ENCRYPT_FL
_Static_assert((uint64_t)(FS_ENCRYPT_FL) == (uint64_t)(0x00000800), "fs_inode_flags: FS_ENCRYPT_FL");
#endif
#ifdef FS_INDEX_FL
_Static_assert((uint64_t)(FS_INDEX_FL) == (uint64_t)(0x00001000), "fs_inode_flags: FS_INDEX_FL");
#endif
#ifdef FS_IMAGIC_FL
_Static_assert((uint64_t)(FS_IMAGIC_FL) == (uint64_t)(0x00002000), "fs_inode_flags: FS_IMAGIC_FL");
#endif
#ifdef FS_JOURNAL_DATA_FL
_Static_assert((uint64_t)(FS_JOURNAL_DATA_FL) == (uint64_t)(0x00004000), "fs_inode_flags: FS_JOURNAL_DATA_FL");
#endif
#ifdef FS_NOTAIL_FL
_Static_assert((uint64_t)(FS_NOTAIL_FL) == (uint64_t)(0x00008000), "fs_inode_flags: FS_NOTAIL_FL");
#endif
#ifdef FS_DIRSYNC_FL
_Static_assert((uint64_t)(FS_DIRSYNC_FL) == (uint64_t)(0x00010000), "fs_inode_flags: FS_DIRSYNC_FL");
#endif
#ifdef FS_TOPDIR_FL
_Static_assert((uint64_t)(FS_TOPDIR_FL) == (uint64_t)(0x00020000), "fs_inode_flags: FS_TOPDIR_FL");
#endif
#ifdef FS_HUGE_FILE_FL
_Static_assert((uint64_t)(FS_HUGE_FILE_FL) == (uint64_t)(0x00040000), "fs_inode_flags: FS_HUGE_FILE_FL");
#endif
#ifdef FS_EXTENT_FL
_Static_assert((uint64_t)(FS_EXTENT_FL) == (uint64_t)(0x00080000), "fs_inode_flags: FS_EXTENT_FL");
#endif
#ifdef FS_VERITY_FL
_Static_assert((uint64_t)(FS_VERITY_FL) == (uint64_t)(0x00100000), "fs_inode_flags: FS_VERITY_FL");
#endif
#ifdef FS_EA_INODE_FL
_Static_assert((uint64_t)(FS_EA_INODE_FL) == (uint64_t)(0x00200000), "fs_inode_flags: FS_EA_INODE_FL");
#endif
#ifdef FS_EOFBLOCKS_FL
_Static_assert((uint64_t)(FS_EOFBLOCKS_FL) == (uint64_t)(0x00400000), "fs_inode_flags: FS_EOFBLOCKS_FL");
#endif
#ifdef FS_NOCOW_FL
_Static_assert((uint64_t)(FS_NOCOW_FL) == (uint64_t)(0x00800000), "fs_inode_flags: FS_NOCOW_FL");
#endif
#ifdef FS_DAX_FL
_Static_assert((uint64_t)(FS_DAX_FL) == (uint64_t)(0x02000000), "fs_inode_flags: FS_DAX_FL");
#endif
#ifdef FS_INLINE_DATA_FL
_Static_assert((uint64_t)(FS_INLINE_DATA_FL) == (uint64_t)(0x10000000), "fs_inode_flags: FS_INLINE_DATA_FL");
#endif
#ifdef FS_PROJINHERIT_FL
_Static_assert((uint64_t)(FS_PROJINHERIT_FL) == (uint64_t)(0x20000000), "fs_inode_flags: FS_PROJINHERIT_FL");
#endif
#ifdef FS_CASEFOLD_FL
_Static_assert((uint64_t)(FS_CASEFOLD_FL) == (uint64_t)(0x40000000), "fs_inode_flags: FS_CASEFOLD_FL");
#endif
#ifdef FS_RESERVED_FL
_Static_assert((uint64_t)(FS_RESERVED_FL) == (uint64_t)(0x80000000), "fs_inode_flags: FS_RESERVED_FL");
#endif
static const struct xlat_entry xe_fs_inode_flags[] = {
	{ (uint64_t)(0x00000001), "FS_SECRM_FL" },
	{ (uint64_t)(0x00000002), "FS_UNRM_FL" },
	{ (uint64_t)(0x00000004), "FS_COMPR_FL" },
	{ (uint64_t)(0x00000008), "FS_SYNC_FL" },
	{ (uint64_t)(0x00000010), "FS_IMMUTABLE_FL" },
	{ (uint64_t)(0x00000020), "FS_APPEND_FL" },
	{ (uint64_t)(0x00000040), "FS_NODUMP_FL" },
	{ (uint64_t)(0x00000080), "FS_NOATIME_FL" },
	{ (uint64_t)(0x00000100), "FS_DIRTY_FL" },
	{ (uint64_t)(0x00000200), "FS_COMPRBLK_FL" },
	{ (uint64_t)(0x00000400), "FS_NOCOMP_FL" },
	{ (uint64_t)(0x00000800), "FS_ENCRYPT_FL" },
	{ (uint64_t)(0x00001000), "FS_INDEX_FL" },
	{ (uint64_t)(0x00002000), "FS_IMAGIC_FL" },
	{ (uint64_t)(0x00004000), "FS_JOURNAL_DATA_FL" },
	{ (uint64_t)(0x00008000), "FS_NOTAIL_FL" },
	{ (uint64_t)(0x00010000), "FS_DIRSYNC_FL" },
	{ (uint64_t)(0x00020000), "FS_TOPDIR_FL" },
	{ (uint64_t)(0x00040000), "FS_HUGE_FILE_FL" },
	{ (uint64_t)(0x00080000), "FS_EXTENT_FL" },
	{ (uint64_t)(0x00100000), "FS_VERITY_FL" },
	{ (uint64_t)(0x00200000), "FS_EA_INODE_FL" },
	{ (uint64_t)(0x00400000), "FS_EOFBLOCKS_FL" },
	{ (uint64_t)(0x00800000), "FS_NOCOW_FL" },
	{ (uint64_t)(0x02000000), "FS_DAX_FL" },
	{ (uint64_t)(0x10000000), "FS_INLINE_DATA_FL" },
	{ (uint64_t)(0x20000000), "FS_PROJINHERIT_FL" },
	{ (uint64_t)(0x40000000), "FS_CASEFOLD_FL" },
	{ (uint64_t)(0x80000000), "FS_RESERVED_FL" },
};
const struct xlat xlat_fs_inode_flags = { xe_fs_inode_flags, 29, NULL };

#ifdef FSCONFIG_SET_FLAG
_Static_assert((uint64_t)(FSCONFIG_SET_FLAG) == (uint64_t)(0), "fsconfig_cmds: FSCONFIG_SET_FLAG");
#endif
#ifdef FSCONFIG_SET_STRING
_Static_assert((uint64_t)(FSCONFIG_SET_STRING) == (uint64_t)(1), "fsconfig_cmds: FSCONFIG_SET_STRING");
#endif
#ifdef FSCONFIG_SET_BINARY
_Static_assert((uint64_t)(FSCONFIG_SET_BINARY) == (uint64_t)(2), "fsconfig_cmds: FSCONFIG_SET_BINARY");
#endif
#ifdef FSCONFIG_SET_PATH
_Static_assert((uint64_t)(FSCONFIG_SET_PATH) == (uint64_t)(3), "fsconfig_cmds: FSCONFIG_SET_PATH");
#endif
#ifdef FSCONFIG_SET_PATH_EMPTY
_Static_assert((uint64_t)(FSCONFIG_SET_PATH_EMPTY) == (uint64_t)(4), "fsconfig_cmds: FSCONFIG_SET_PATH_EMPTY");
#endif
#ifdef FSCONFIG_SET_FD
_Static_assert((uint64_t)(FSCONFIG_SET_FD) == (uint64_t)(5), "fsconfig_cmds: FSCONFIG_SET_FD");
#endif
#ifdef FSCONFIG_CMD_CREATE
_Static_assert((uint64_t)(FSCONFIG_CMD_CREATE) == (uint64_t)(6), "fsconfig_cmds: FSCONFIG_CMD_CREATE");
#endif
#ifdef FSCONFIG_CMD_RECONFIGURE
_Static_assert((uint64_t)(FSCONFIG_CMD_RECONFIGURE) == (uint64_t)(7), "fsconfig_cmds: FSCONFIG_CMD_RECONFIGURE");
#endif
static const struct xlat_entry xe_fsconfig_cmds[] = {
	{ (uint64_t)(0), "FSCONFIG_SET_FLAG" },
	{ (uint64_t)(1), "FSCONFIG_SET_STRING" },
	{ (uint64_t)(2), "FSCONFIG_SET_BINARY" },
	{ (uint64_t)(3), "FSCONFIG_SET_PATH" },
	{ (uint64_t)(4), "FSCONFIG_SET_PATH_EMPTY" },
	{ (uint64_t)(5), "FSCONFIG_SET_FD" },
	{ (uint64_t)(6), "FSCONFIG_CMD_CREATE" },
	{ (uint64_t)(7), "FSCONFIG_CMD_RECONFIGURE" },
};
const struct xlat xlat_fsconfig_cmds = { xe_fsconfig_cmds, 8, "FSCONFIG_???" };

#ifdef FSMOUNT_CLOEXEC
_Static_assert((uint64_t)(FSMOUNT_CLOEXEC) == (uint64_t)(1), "fsmount_flags: FSMOUNT_CLOEXEC");
#endif
static const struct xlat_entry xe_fsmount_flags[] = {
	{ (uint64_t)(1), "FSMOUNT_CLOEXEC" },
};
const struct xlat xlat_fsmount_flags = { xe_fsmount_flags, 1, NULL };

#ifdef FSOPEN_CLOEXEC
_Static_assert((uint64_t)(FSOPEN_CLOEXEC) == (uint64_t)(1), "fsopen_flags: FSOPEN_CLOEXEC");
#endif
static const struct xlat_entry xe_fsopen_flags[] = {
	{ (uint64_t)(1), "FSOPEN_CLOEXEC" },
};
const struct xlat xlat_fsopen_flags = { xe_fsopen_flags, 1, NULL };

#ifdef FSPICK_CLOEXEC
_Static_assert((uint64_t)(FSPICK_CLOEXEC) == (uint64_t)(1), "fspick_flags: FSPICK_CLOEXEC");
#endif
#ifdef FSPICK_SYMLINK_NOFOLLOW
_Static_assert((uint64_t)(FSPICK_SYMLINK_NOFOLLOW) == (uint64_t)(2), "fspick_flags: FSPICK_SYMLINK_NOFOLLOW");
#endif
#ifdef FSPICK_NO_AUTOMOUNT
_Static_assert((uint64_t)(FSPICK_NO_AUTOMOUNT) == (uint64_t)(4), "fspick_flags: FSPICK_NO_AUTOMOUNT");
#endif
#ifdef FSPICK_EMPTY_PATH
_Static_assert((uint64_t)(FSPICK_EMPTY_PATH) == (uint64_t)(8), "fspick_flags: FSPICK_EMPTY_PATH");
#endif
static const struct xlat_entry xe_fspick_flags[] = {
	{ (uint64_t)(1), "FSPICK_CLOEXEC" },
	{ (uint64_t)(2), "FSPICK_SYMLINK_NOFOLLOW" },
	{ (uint64_t)(4), "FSPICK_NO_AUTOMOUNT" },
	{ (uint64_t)(8), "FSPICK_EMPTY_PATH" },
};
const struct xlat xlat_fspick_flags = { xe_fspick_flags, 4, NULL };

#ifdef FUTEX_WAIT
_Static_assert((uint64_t)(FUTEX_WAIT) == (uint64_t)(0), "futex_ops: FUTEX_WAIT");
#endif
#ifdef FUTEX_WAKE
_Static_assert((uint64_t)(FUTEX_WAKE) == (uint64_t)(1), "futex_ops: FUTEX_WAKE");
#endif
#ifdef FUTEX_FD
_Static_assert((uint64_t)(FUTEX_FD) == (uint64_t)(2), "futex_ops: FUTEX_FD");
#endif
#ifdef FUTEX_REQUEUE
_Static_assert((uint64_t)(FUTEX_REQUEUE) == (uint64_t)(3), "futex_ops: FUTEX_REQUEUE");
#endif
#ifdef FUTEX_CMP_REQUEUE
_Static_assert((uint64_t)(FUTEX_CMP_REQUEUE) == (uint64_t)(4), "futex_ops: FUTEX_CMP_REQUEUE");
#endif
#ifdef FUTEX_WAKE_OP
_Static_assert((uint64_t)(FUTEX_WAKE_OP) == (uint64_t)(5), "futex_ops: FUTEX_WAKE_OP");
#endif
#ifdef FUTEX_LOCK_PI
_Static_assert((uint64_t)(FUTEX_LOCK_PI) == (uint64_t)(6), "futex_ops: FUTEX_LOCK_PI");
#endif
#ifdef FUTEX_UNLOCK_PI
_Static_assert((uint64_t)(FUTEX_UNLOCK_PI) == (uint64_t)(7), "futex_ops: FUTEX_UNLOCK_PI");
#endif
#ifdef FUTEX_TRYLOCK_PI
_Static_assert((uint64_t)(FUTEX_TRYLOCK_PI) == (uint64_t)(8), "futex_ops: FUTEX_TRYLOCK_PI");
#endif
#ifdef FUTEX_WAIT_BITSET
_Static_assert((uint64_t)(FUTEX_WAIT_BITSET) == (uint64_t)(9), "futex_ops: FUTEX_WAIT_BITSET");
#endif
#ifdef FUTEX_WAKE_BITSET
_Static_assert((uint64_t)(FUTEX_WAKE_BITSET) == (uint64_t)(10), "futex_ops: FUTEX_WAKE_BITSET");
#endif
#ifdef FUTEX_WAIT_REQUEUE_PI
_Static_assert((uint64_t)(FUTEX_WAIT_REQUEUE_PI) == (uint64_t)(11), "futex_ops: FUTEX_WAIT_REQUEUE_PI");
#endif
#ifdef FUTEX_CMP_REQUEUE_PI
_Static_assert((uint64_t)(FUTEX_CMP_REQUEUE_PI) == (uint64_t)(12), "futex_ops: FUTEX_CMP_REQUEUE_PI");
#endif
#ifdef FUTEX_LOCK_PI2
_Static_assert((uint64_t)(FUTEX_LOCK_PI2) == (uint64_t)(13), "futex_ops: FUTEX_LOCK_PI2");
#endif
#ifdef FUTEX_WAIT_PRIVATE
_Static_assert((uint64_t)(FUTEX_WAIT_PRIVATE) == (uint64_t)(128), "futex_ops: FUTEX_WAIT_PRIVATE");
#endif
#ifdef FUTEX_WAKE_PRIVATE
_Static_assert((uint64_t)(FUTEX_WAKE_PRIVATE) == (uint64_t)(129), "futex_ops: FUTEX_WAKE_PRIVATE");
#endif
#ifdef FUTEX_REQUEUE_PRIVATE
_Static_assert((uint64_t)(FUTEX_REQUEUE_PRIVATE) == (uint64_t)(131), "futex_ops: FUTEX_REQUEUE_PRIVATE");
#endif
#ifdef FUTEX_CMP_REQUEUE_PRIVATE
_Static_assert((uint64_t)(FUTEX_CMP_REQUEUE_PRIVATE) == (uint64_t)(132), "futex_ops: FUTEX_CMP_REQUEUE_PRIVATE");
#endif
#ifdef FUTEX_WAKE_OP_PRIVATE
_Static_assert((uint64_t)(FUTEX_WAKE_OP_PRIVATE) == (uint64_t)(133), "futex_ops: FUTEX_WAKE_OP_PRIVATE");
#endif
#ifdef FUTEX_LOCK_PI_PRIVATE
_Static_assert((uint64_t)(FUTEX_LOCK_PI_PRIVATE) == (uint64_t)(134), "futex_ops: FUTEX_LOCK_PI_PRIVATE");
#endif
#ifdef FUTEX_UNLOCK_PI_PRIVATE
_Static_assert((uint64_t)(FUTEX_UNLOCK_PI_PRIVATE) == (uint64_t)(135), "futex_ops: FUTEX_UNLOCK_PI_PRIVATE");
#endif
#ifdef FUTEX_TRYLOCK_PI_PRIVATE
_Static_assert((uint64_t)(FUTEX_TRYLOCK_PI_PRIVATE) == (uint64_t)(136), "futex_ops: FUTEX_TRYLOCK_PI_PRIVATE");
#endif
#ifdef FUTEX_WAIT_BITSET_PRIVATE
_Static_assert((uint64_t)(FUTEX_WAIT_BITSET_PRIVATE) == (uint64_t)(137), "futex_ops: FUTEX_WAIT_BITSET_PRIVATE");
#endif
#ifdef FUTEX_WAKE_BITSET_PRIVATE
_Static_assert((uint64_t)(FUTEX_WAKE_BITSET_PRIVATE) == (uint64_t)(138), "futex_ops: FUTEX_WAKE_BITSET_PRIVATE");
#endif
#ifdef FUTEX_WAIT_REQUEUE_PI_PRIVATE
_Static_assert((uint64_t)(FUTEX_WAIT_REQUEUE_PI_PRIVATE) == (uint64_t)(139), "futex_ops: FUTEX_WAIT_REQUEUE_PI_PRIVATE");
#endif
#ifdef FUTEX_CMP_REQUEUE_PI_PRIVATE
_Static_assert((uint64_t)(FUTEX_CMP_REQUEUE_PI_PRIVATE) == (uint64_t)(140), "futex_ops: FUTEX_CMP_REQUEUE_PI_PRIVATE");
#endif
#ifdef FUTEX_LOCK_PI2_PRIVATE
_Static_assert((uint64_t)(FUTEX_LOCK_PI2_PRIVATE) == (uint64_t)(141), "futex_ops: FUTEX_LOCK_PI2_PRIVATE");
#endif
static const struct xlat_entry xe_futex_ops[] = {
	{ (uint64_t)(0), "FUTEX_WAIT" },
	{ (uint64_t)(1), "FUTEX_WAKE" },
	{ (uint64_t)(2), "FUTEX_FD" },
	{ (uint64_t)(3), "FUTEX_REQUEUE" },
	{ (uint64_t)(4), "FUTEX_CMP_REQUEUE" },
	{ (uint64_t)(5), "FUTEX_WAKE_OP" },
	{ (uint64_t)(6), "FUTEX_LOCK_PI" },
	{ (uint64_t)(7), "FUTEX_UNLOCK_PI" },
	{ (uint64_t)(8), "FUTEX_TRYLOCK_PI" },
	{ (uint64_t)(9), "FUTEX_WAIT_BITSET" },
	{ (uint64_t)(10), "FUTEX_WAKE_BITSET" },
	{ (uint64_t)(11), "FUTEX_WAIT_REQUEUE_PI" },
	{ (uint64_t)(12), "FUTEX_CMP_REQUEUE_PI" },
	{ (uint64_t)(13), "FUTEX_LOCK_PI2" },
	{ (uint64_t)(128), "FUTEX_WAIT_PRIVATE" },
	{ (uint64_t)(129), "FUTEX_WAKE_PRIVATE" },
	{ (uint64_t)(130), "FUTEX_FD|FUTEX_PRIVATE_FLAG" },
	{ (uint64_t)(131), "FUTEX_REQUEUE_PRIVATE" },
	{ (uint64_t)(132), "FUTEX_CMP_REQUEUE_PRIVATE" },
	{ (uint64_t)(133), "FUTEX_WAKE_OP_PRIVATE" },
	{ (uint64_t)(134), "FUTEX_LOCK_PI_PRIVATE" },
	{ (uint64_t)(135), "FUTEX_UNLOCK_PI_PRIVATE" },
	{ (uint64_t)(136), "FUTEX_TRYLOCK_PI_PRIVATE" },
	{ (uint64_t)(137), "FUTEX_WAIT_BITSET_PRIVATE" },
	{ (uint64_t)(138), "FUTEX_WAKE_BITSET_PRIVATE" },
	{ (uint64_t)(139), "FUTEX_WAIT_REQUEUE_PI_PRIVATE" },
	{ (uint64_t)(140), "FUTEX_CMP_REQUEUE_PI_PRIVATE" },
	{ (uint64_t)(141), "FUTEX_LOCK_PI2_PRIVATE" },
	{ (uint64_t)(256), "FUTEX_WAIT|FUTEX_CLOCK_REALTIME" },
	{ (uint64_t)(265), "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME" },
	{ (uint64_t)(267), "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME" },
	{ (uint64_t)(384), "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ (uint64_t)(393), "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ (uint64_t)(395), "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME" },
};
const struct xlat xlat_futex_ops = { xe_futex_ops, 34, "FUTEX_???" };

#ifdef FUTEX_32
_Static_assert((uint64_t)(FUTEX_32) == (uint64_t)(2), "futex_waitv_flags: FUTEX_32");
#endif
#ifdef FUTEX_PRIVATE_FLAG
_Static_assert((uint64_t)(FUTEX_PRIVATE_FLAG) == (uint64_t)(128), "futex_waitv_flags: FUTEX_PRIVATE_FLAG");
#endif
static const struct xlat_entry xe_futex_waitv_flags[] = {
	{ (uint64_t)(2), "FUTEX_32" },
	{ (uint64_t)(128), "FUTEX_PRIVATE_FLAG" },
};
const struct xlat xlat_futex_waitv_flags = { xe_futex_waitv_flags, 2, NULL };

#ifdef FUTEX_OP_CMP_EQ
_Static_assert((uint64_t)(FUTEX_OP_CMP_EQ) == (uint64_t)(0), "futex_wake_cmps: FUTEX_OP_CMP_EQ");
#endif
#ifdef FUTEX_OP_CMP_NE
_Static_assert((uint64_t)(FUTEX_OP_CMP_NE) == (uint64_t)(1), "futex_wake_cmps: FUTEX_OP_CMP_NE");
#endif
#ifdef FUTEX_OP_CMP_LT
_Static_assert((uint64_t)(FUTEX_OP_CMP_LT) == (uint64_t)(2), "futex_wake_cmps: FUTEX_OP_CMP_LT");
#endif
#ifdef FUTEX_OP_CMP_LE
_Static_assert((uint64_t)(FUTEX_OP_CMP_LE) == (uint64_t)(3), "futex_wake_cmps: FUTEX_OP_CMP_LE");
#endif
#ifdef FUTEX_OP_CMP_GT
_Static_assert((uint64_t)(FUTEX_OP_CMP_GT) == (uint64_t)(4), "futex_wake_cmps: FUTEX_OP_CMP_GT");
#endif
#ifdef FUTEX_OP_CMP_GE
_Static_assert((uint64_t)(FUTEX_OP_CMP_GE) == (uint64_t)(5), "futex_wake_cmps: FUTEX_OP_CMP_GE");
#endif
static const struct xlat_entry xe_futex_wake_cmps[] = {
	{ (uint64_t)(0), "FUTEX_OP_CMP_EQ" },
	{ (uint64_t)(1), "FUTEX_OP_CMP_NE" },
	{ (uint64_t)(2), "FUTEX_OP_CMP_LT" },
	{ (uint64_t)(3), "FUTEX_OP_CMP_LE" },
	{ (uint64_t)(4), "FUTEX_OP_CMP_GT" },
	{ (uint64_t)(5), "FUTEX_OP_CMP_GE" },
};
const struct xlat xlat_futex_wake_cmps = { xe_futex_wake_cmps, 6, "FUTEX_OP_CMP_???" };

#ifdef FUTEX_OP_SET
_Static_assert((uint64_t)(FUTEX_OP_SET) == (uint64_t)(0), "futex_wake_ops: FUTEX_OP_SET");
#endif
#ifdef FUTEX_OP_ADD
_Static_assert((uint64_t)(FUTEX_OP_ADD) == (uint64_t)(1), "futex_wake_ops: FUTEX_OP_ADD");
#endif
#ifdef FUTEX_OP_OR
_Static_assert((uint64_t)(FUTEX_OP_OR) == (uint64_t)(2), "futex_wake_ops: FUTEX_OP_OR");
#endif
#ifdef FUTEX_OP_ANDN
_Static_assert((uint64_t)(FUTEX_OP_ANDN) == (uint64_t)(3), "futex_wake_ops: FUTEX_OP_ANDN");
#endif
#ifdef FUTEX_OP_XOR
_Static_assert((uint64_t)(FUTEX_OP_XOR) == (uint64_t)(4), "futex_wake_ops: FUTEX_OP_XOR");
#endif
static const struct xlat_entry xe_futex_wake_ops[] = {
	{ (uint64_t)(0), "FUTEX_OP_SET" },
	{ (uint64_t)(1), "FUTEX_OP_ADD" },
	{ (uint64_t)(2), "FUTEX_OP_OR" },
	{ (uint64_t)(3), "FUTEX_OP_ANDN" },
	{ (uint64_t)(4), "FUTEX_OP_XOR" },
};
const struct xlat xlat_futex_wake_ops = { xe_futex_wake_ops, 5, "FUTEX_OP_???" };

#ifdef GRND_NONBLOCK
_Static_assert((uint64_t)(GRND_NONBLOCK) == (uint64_t)(1), "getrandom_flags: GRND_NONBLOCK");
#endif
#ifdef GRND_RANDOM
_Static_assert((uint64_t)(GRND_RANDOM) == (uint64_t)(2), "getrandom_flags: GRND_RANDOM");
#endif
#ifdef GRND_INSECURE
_Static_assert((uint64_t)(GRND_INSECURE) == (uint64_t)(4), "getrandom_flags: GRND_INSECURE");
#endif
static const struct xlat_entry xe_getrandom_flags[] = {
	{ (uint64_t)(1), "GRND_NONBLOCK" },
	{ (uint64_t)(2), "GRND_RANDOM" },
	{ (uint64_t)(4), "GRND_INSECURE" },
};
const struct xlat xlat_getrandom_flags = { xe_getrandom_flags, 3, "GRND_???" };

#ifdef IN_NONBLOCK
_Static_assert((uint64_t)(IN_NONBLOCK) == (uint64_t)(04000), "inotify_init_flags: IN_NONBLOCK");
#endif
#ifdef IN_CLOEXEC
_Static_assert((uint64_t)(IN_CLOEXEC) == (uint64_t)(02000000), "inotify_init_flags: IN_CLOEXEC");
#endif
static const struct xlat_entry xe_inotify_init_flags[] = {
	{ (uint64_t)(04000), "IN_NONBLOCK" },
	{ (uint64_t)(02000000), "IN_CLOEXEC" },
};
const struct xlat xlat_inotify_init_flags = { xe_inotify_init_flags, 2, "IN_???" };

#ifdef IN_ACCESS
_Static_assert((uint64_t)(IN_ACCESS) == (uint64_t)(0x00000001), "inotify_mask: IN_ACCESS");
#endif
#ifdef IN_MODIFY
_Static_assert((uint64_t)(IN_MODIFY) == (uint64_t)(0x00000002), "inotify_mask: IN_MODIFY");
#endif
#ifdef IN_ATTRIB
_Static_assert((uint64_t)(IN_ATTRIB) == (uint64_t)(0x00000004), "inotify_mask: IN_ATTRIB");
#endif
#ifdef IN_CLOSE_WRITE
_Static_assert((uint64_t)(IN_CLOSE_WRITE) == (uint64_t)(0x00000008), "inotify_mask: IN_CLOSE_WRITE");
#endif
#ifdef IN_CLOSE_NOWRITE
_Static_assert((uint64_t)(IN_CLOSE_NOWRITE) == (uint64_t)(0x00000010), "inotify_mask: IN_CLOSE_NOWRITE");
#endif
#ifdef IN_OPEN
_Static_assert((uint64_t)(IN_OPEN) == (uint64_t)(0x00000020), "inotify_mask: IN_OPEN");
#endif
#ifdef IN_MOVED_FROM
_Static_assert((uint64_t)(IN_MOVED_FROM) == (uint64_t)(0x00000040), "inotify_mask: IN_MOVED_FROM");
#endif
#ifdef IN_MOVED_TO
_Static_assert((uint64_t)(IN_MOVED_TO) == (uint64_t)(0x00000080), "inotify_mask: IN_MOVED_TO");
#endif
#ifdef IN_CREATE
_Static_assert((uint64_t)(IN_CREATE) == (uint64_t)(0x00000100), "inotify_mask: IN_CREATE");
#endif
#ifdef IN_DELETE
_Static_assert((uint64_t)(IN_DELETE) == (uint64_t)(0x00000200), "inotify_mask: IN_DELETE");
#endif
#ifdef IN_DELETE_SELF
_Static_assert((uint64_t)(IN_DELETE_SELF) == (uint64_t)(0x00000400), "inotify_mask: IN_DELETE_SELF");
#endif
#ifdef IN_MOVE_SELF
_Static_assert((uint64_t)(IN_MOVE_SELF) == (uint64_t)(0x00000800), "inotify_mask: IN_MOVE_SELF");
#endif
#ifdef IN_UNMOUNT
_Static_assert((uint64_t)(IN_UNMOUNT) == (uint64_t)(0x00002000), "inotify_mask: IN_UNMOUNT");
#endif
#ifdef IN_Q_OVERFLOW
_Static_assert((uint64_t)(IN_Q_OVERFLOW) == (uint64_t)(0x00004000), "inotify_mask: IN_Q_OVERFLOW");
#endif
#ifdef IN_IGNORED
_Static_assert((uint64_t)(IN_IGNORED) == (uint64_t)(0x00008000), "inotify_mask: IN_IGNORED");
#endif
#ifdef IN_ONLYDIR
_Static_assert((uint64_t)(IN_ONLYDIR) == (uint64_t)(0x01000000), "inotify_mask: IN_ONLYDIR");
#endif
#ifdef IN_DONT_FOLLOW
_Static_assert((uint64_t)(IN_DONT_FOLLOW) == (uint64_t)(0x02000000), "inotify_mask: IN_DONT_FOLLOW");
#endif
#ifdef IN_EXCL_UNLINK
_Static_assert((uint64_t)(IN_EXCL_UNLINK) == (uint64_t)(0x04000000), "inotify_mask: IN_EXCL_UNLINK");
#endif
#ifdef IN_MASK_CREATE
_Static_assert((uint64_t)(IN_MASK_CREATE) == (uint64_t)(0x10000000), "inotify_mask: IN_MASK_CREATE");
#endif
#ifdef IN_MASK_ADD
_Static_assert((uint64_t)(IN_MASK_ADD) == (uint64_t)(0x20000000), "inotify_mask: IN_MASK_ADD");
#endif
#ifdef IN_ISDIR
_Static_assert((uint64_t)(IN_ISDIR) == (uint64_t)(0x40000000), "inotify_mask: IN_ISDIR");
#endif
#ifdef IN_ONESHOT
_Static_assert((uint64_t)(IN_ONESHOT) == (uint64_t)(0x80000000), "inotify_mask: IN_ONESHOT");
#endif
static const struct xlat_entry xe_inotify_mask[] = {
	{ (uint64_t)(0x00000001), "IN_ACCESS" },
	{ (uint64_t)(0x00000002), "IN_MODIFY" },
	{ (uint64_t)(0x00000004), "IN_ATTRIB" },
	{ (uint64_t)(0x00000008), "IN_CLOSE_WRITE" },
	{ (uint64_t)(0x00000010), "IN_CLOSE_NOWRITE" },
	{ (uint64_t)(0x00000020), "IN_OPEN" },
	{ (uint64_t)(0x00000040), "IN_MOVED_FROM" },
	{ (uint64_t)(0x00000080), "IN_MOVED_TO" },
	{ (uint64_t)(0x00000100), "IN_CREATE" },
	{ (uint64_t)(0x00000200), "IN_DELETE" },
	{ (uint64_t)(0x00000400), "IN_DELETE_SELF" },
	{ (uint64_t)(0x00000800), "IN_MOVE_SELF" },
	{ (uint64_t)(0x00002000), "IN_UNMOUNT" },
	{ (uint64_t)(0x00004000), "IN_Q_OVERFLOW" },
	{ (uint64_t)(0x00008000), "IN_IGNORED" },
	{ (uint64_t)(0x01000000), "IN_ONLYDIR" },
	{ (uint64_t)(0x02000000), "IN_DONT_FOLLOW" },
	{ (uint64_t)(0x04000000), "IN_EXCL_UNLINK" },
	{ (uint64_t)(0x10000000), "IN_MASK_CREATE" },
	{ (uint64_t)(0x20000000), "IN_MASK_ADD" },
	{ (uint64_t)(0x40000000), "IN_ISDIR" },
	{ (uint64_t)(0x80000000), "IN_ONESHOT" },
};
const struct xlat xlat_inotify_mask = { xe_inotify_mask, 22, "IN_???" };

#ifdef IORING_ENTER_GETEVENTS
_Static_assert((uint64_t)(IORING_ENTER_GETEVENTS) == (uint64_t)(1), "io_uring_enter_flags: IORING_ENTER_GETEVENTS");
#endif
#ifdef IORING_ENTER_SQ_WAKEUP
_Static_assert((uint64_t)(IORING_ENTER_SQ_WAKEUP) == (uint64_t)(2), "io_uring_enter_flags: IORING_ENTER_SQ_WAKEUP");
#endif
#ifdef IORING_ENTER_SQ_WAIT
_Static_assert((uint64_t)(IORING_ENTER_SQ_WAIT) == (uint64_t)(4), "io_uring_enter_flags: IORING_ENTER_SQ_WAIT");
#endif
#ifdef IORING_ENTER_EXT_ARG
_Static_assert((uint64_t)(IORING_ENTER_EXT_ARG) == (uint64_t)(8), "io_uring_enter_flags: IORING_ENTER_EXT_ARG");
#endif
#ifdef IORING_ENTER_REGISTERED_RING
_Static_assert((uint64_t)(IORING_ENTER_REGISTERED_RING) == (uint64_t)(16), "io_uring_enter_flags: IORING_ENTER_REGISTERED_RING");
#endif
static const struct xlat_entry xe_io_uring_enter_flags[] = {
	{ (uint64_t)(1), "IORING_ENTER_GETEVENTS" },
	{ (uint64_t)(2), "IORING_ENTER_SQ_WAKEUP" },
	{ (uint64_t)(4), "IORING_ENTER_SQ_WAIT" },
	{ (uint64_t)(8), "IORING_ENTER_EXT_ARG" },
	{ (uint64_t)(16), "IORING_ENTER_REGISTERED_RING" },
};
const struct xlat xlat_io_uring_enter_flags = { xe_io_uring_enter_flags, 5, NULL };

#ifdef IORING_REGISTER_BUFFERS
_Static_assert((uint64_t)(IORING_REGISTER_BUFFERS) == (uint64_t)(0), "io_uring_register_ops: IORING_REGISTER_BUFFERS");
#endif
#ifdef IORING_UNREGISTER_BUFFERS
_Static_assert((uint64_t)(IORING_UNREGISTER_BUFFERS) == (uint64_t)(1), "io_uring_register_ops: IORING_UNREGISTER_BUFFERS");
#endif
#ifdef IORING_REGISTER_FILES
_Static_assert((uint64_t)(IORING_REGISTER_FILES) == (uint64_t)(2), "io_uring_register_ops: IORING_REGISTER_FILES");
#endif
#ifdef IORING_UNREGISTER_FILES
_Static_assert((uint64_t)(IORING_UNREGISTER_FILES) == (uint64_t)(3), "io_uring_register_ops: IORING_UNREGISTER_FILES");
#endif
#ifdef IORING_REGISTER_EVENTFD
_Static_assert((uint64_t)(IORING_REGISTER_EVENTFD) == (uint64_t)(4), "io_uring_register_ops: IORING_REGISTER_EVENTFD");
#endif
#ifdef IORING_UNREGISTER_EVENTFD
_Static_assert((uint64_t)(IORING_UNREGISTER_EVENTFD) == (uint64_t)(5), "io_uring_register_ops: IORING_UNREGISTER_EVENTFD");
#endif
#ifdef IORING_REGISTER_FILES_UPDATE
_Static_assert((uint64_t)(IORING_REGISTER_FILES_UPDATE) == (uint64_t)(6), "io_uring_register_ops: IORING_REGISTER_FILES_UPDATE");
#endif
#ifdef IORING_REGISTER_EVENTFD_ASYNC
_Static_assert((uint64_t)(IORING_REGISTER_EVENTFD_ASYNC) == (uint64_t)(7), "io_uring_register_ops: IORING_REGISTER_EVENTFD_ASYNC");
#endif
#ifdef IORING_REGISTER_PROBE
_Static_assert((uint64_t)(IORING_REGISTER_PROBE) == (uint64_t)(8), "io_uring_register_ops: IORING_REGISTER_PROBE");
#endif
#ifdef IORING_REGISTER_PERSONALITY
_Static_assert((uint64_t)(IORING_REGISTER_PERSONALITY) == (uint64_t)(9), "io_uring_register_ops: IORING_REGISTER_PERSONALITY");
#endif
#ifdef IORING_UNREGISTER_PERSONALITY
_Static_assert((uint64_t)(IORING_UNREGISTER_PERSONALITY) == (uint64_t)(10), "io_uring_register_ops: IORING_UNREGISTER_PERSONALITY");
#endif
#ifdef IORING_REGISTER_RESTRICTIONS
_Static_assert((uint64_t)(IORING_REGISTER_RESTRICTIONS) == (uint64_t)(11), "io_uring_register_ops: IORING_REGISTER_RESTRICTIONS");
#endif
#ifdef IORING_REGISTER_ENABLE_RINGS
_Static_assert((uint64_t)(IORING_REGISTER_ENABLE_RINGS) == (uint64_t)(12), "io_uring_register_ops: IORING_REGISTER_ENABLE_RINGS");
#endif
#ifdef IORING_REGISTER_FILES2
_Static_assert((uint64_t)(IORING_REGISTER_FILES2) == (uint64_t)(13), "io_uring_register_ops: IORING_REGISTER_FILES2");
#endif
#ifdef IORING_REGISTER_FILES_UPDATE2
_Static_assert((uint64_t)(IORING_REGISTER_FILES_UPDATE2) == (uint64_t)(14), "io_uring_register_ops: IORING_REGISTER_FILES_UPDATE2");
#endif
#ifdef IORING_REGISTER_BUFFERS2
_Static_assert((uint64_t)(IORING_REGISTER_BUFFERS2) == (uint64_t)(15), "io_uring_register_ops: IORING_REGISTER_BUFFERS2");
#endif
#ifdef IORING_REGISTER_BUFFERS_UPDATE
_Static_assert((uint64_t)(IORING_REGISTER_BUFFERS_UPDATE) == (uint64_t)(16), "io_uring_register_ops: IORING_REGISTER_BUFFERS_UPDATE");
#endif
#ifdef IORING_REGISTER_IOWQ_AFF
_Static_assert((uint64_t)(IORING_REGISTER_IOWQ_AFF) == (uint64_t)(17), "io_uring_register_ops: IORING_REGISTER_IOWQ_AFF");
#endif
#ifdef IORING_UNREGISTER_IOWQ_AFF
_Static_assert((uint64_t)(IORING_UNREGISTER_IOWQ_AFF) == (uint64_t)(18), "io_uring_register_ops: IORING_UNREGISTER_IOWQ_AFF");
#endif
#ifdef IORING_REGISTER_IOWQ_MAX_WORKERS
_Static_assert((uint64_t)(IORING_REGISTER_IOWQ_MAX_WORKERS) == (uint64_t)(19), "io_uring_register_ops: IORING_REGISTER_IOWQ_MAX_WORKERS");
#endif
#ifdef IORING_REGISTER_RING_FDS
_Static_assert((uint64_t)(IORING_REGISTER_RING_FDS) == (uint64_t)(20), "io_uring_register_ops: IORING_REGISTER_RING_FDS");
#endif
#ifdef IORING_UNREGISTER_RING_FDS
_Static_assert((uint64_t)(IORING_UNREGISTER_RING_FDS) == (uint64_t)(21), "io_uring_register_ops: IORING_UNREGISTER_RING_FDS");
#endif
#ifdef IORING_REGISTER_PBUF_RING
_Static_assert((uint64_t)(IORING_REGISTER_PBUF_RING) == (uint64_t)(22), "io_uring_register_ops: IORING_REGISTER_PBUF_RING");
#endif
#ifdef IORING_UNREGISTER_PBUF_RING
_Static_assert((uint64_t)(IORING_UNREGISTER_PBUF_RING) == (uint64_t)(23), "io_uring_register_ops: IORING_UNREGISTER_PBUF_RING");
#endif
#ifdef IORING_REGISTER_SYNC_CANCEL
_Static_assert((uint64_t)(IORING_REGISTER_SYNC_CANCEL) == (uint64_t)(24), "io_uring_register_ops: IORING_REGISTER_SYNC_CANCEL");
#endif
static const struct xlat_entry xe_io_uring_register_ops[] = {
	{ (uint64_t)(0), "IORING_REGISTER_BUFFERS" },
	{ (uint64_t)(1), "IORING_UNREGISTER_BUFFERS" },
	{ (uint64_t)(2), "IORING_REGISTER_FILES" },
	{ (uint64_t)(3), "IORING_UNREGISTER_FILES" },
	{ (uint64_t)(4), "IORING_REGISTER_EVENTFD" },
	{ (uint64_t)(5), "IORING_UNREGISTER_EVENTFD" },
	{ (uint64_t)(6), "IORING_REGISTER_FILES_UPDATE" },
	{ (uint64_t)(7), "IORING_REGISTER_EVENTFD_ASYNC" },
	{ (uint64_t)(8), "IORING_REGISTER_PROBE" },
	{ (uint64_t)(9), "IORING_REGISTER_PERSONALITY" },
	{ (uint64_t)(10), "IORING_UNREGISTER_PERSONALITY" },
	{ (uint64_t)(11), "IORING_REGISTER_RESTRICTIONS" },
	{ (uint64_t)(12), "IORING_REGISTER_ENABLE_RINGS" },
	{ (uint64_t)(13), "IORING_REGISTER_FILES2" },
	{ (uint64_t)(14), "IORING_REGISTER_FILES_UPDATE2" },
	{ (uint64_t)(15), "IORING_REGISTER_BUFFERS2" },
	{ (uint64_t)(16), "IORING_REGISTER_BUFFERS_UPDATE" },
	{ (uint64_t)(17), "IORING_REGISTER_IOWQ_AFF" },
	{ (uint64_t)(18), "IORING_UNREGISTER_IOWQ_AFF" },
	{ (uint64_t)(19), "IORING_REGISTER_IOWQ_MAX_WORKERS" },
	{ (uint64_t)(20), "IORING_REGISTER_RING_FDS" },
	{ (uint64_t)(21), "IORING_UNREGISTER_RING_FDS" },
	{ (uint64_t)(22), "IORING_REGISTER_PBUF_RING" },
	{ (uint64_t)(23), "IORING_UNREGISTER_PBUF_RING" },
	{ (uint64_t)(24), "IORING_REGISTER_SYNC_CANCEL" },
};
const struct xlat xlat_io_uring_register_ops = { xe_io_uring_register_ops, 25, "IORING_REGISTER_???" };

#ifdef HDIO_SET_MULTCOUNT
_Static_assert((uint64_t)(HDIO_SET_MULTCOUNT) == (uint64_t)(0x321), "ioctl_arg_dec: HDIO_SET_MULTCOUNT");
#endif
#ifdef HDIO_SET_UNMASKINTR
_Static_assert((uint64_t)(HDIO_SET_UNMASKINTR) == (uint64_t)(0x322), "ioctl_arg_dec: HDIO_SET_UNMASKINTR");
#endif
#ifdef HDIO_SET_KEEPSETTINGS
_Static_assert((uint64_t)(HDIO_SET_KEEPSETTINGS) == (uint64_t)(0x323), "ioctl_arg_dec: HDIO_SET_KEEPSETTINGS");
#endif
#ifdef HDIO_SET_32BIT
_Static_assert((uint64_t)(HDIO_SET_32BIT) == (uint64_t)(0x324), "ioctl_arg_dec: HDIO_SET_32BIT");
#endif
#ifdef HDIO_SET_NOWERR
_Static_assert((uint64_t)(HDIO_SET_NOWERR) == (uint64_t)(0x325), "ioctl_arg_dec: HDIO_SET_NOWERR");
#endif
#ifdef HDIO_SET_DMA
_Static_assert((uint64_t)(HDIO_SET_DMA) == (uint64_t)(0x326), "ioctl_arg_dec: HDIO_SET_DMA");
#endif
#ifdef HDIO_SET_PIO_MODE
_Static_assert((uint64_t)(HDIO_SET_PIO_MODE) == (uint64_t)(0x327), "ioctl_arg_dec: HDIO_SET_PIO_MODE");
#endif
#ifdef HDIO_UNREGISTER_HWIF
_Static_assert((uint64_t)(HDIO_UNREGISTER_HWIF) == (uint64_t)(0x32a), "ioctl_arg_dec: HDIO_UNREGISTER_HWIF");
#endif
#ifdef HDIO_SET_WCACHE
_Static_assert((uint64_t)(HDIO_SET_WCACHE) == (uint64_t)(0x32b), "ioctl_arg_dec: HDIO_SET_WCACHE");
#endif
#ifdef HDIO_SET_ACOUSTIC
_Static_assert((uint64_t)(HDIO_SET_ACOUSTIC) == (uint64_t)(0x32c), "ioctl_arg_dec: HDIO_SET_ACOUSTIC");
#endif
#ifdef HDIO_SET_ADDRESS
_Static_assert((uint64_t)(HDIO_SET_ADDRESS) == (uint64_t)(0x32f), "ioctl_arg_dec: HDIO_SET_ADDRESS");
#endif
#ifdef BLKRASET
_Static_assert((uint64_t)(BLKRASET) == (uint64_t)(0x1262), "ioctl_arg_dec: BLKRASET");
#endif
#ifdef BLKFRASET
_Static_assert((uint64_t)(BLKFRASET) == (uint64_t)(0x1264), "ioctl_arg_dec: BLKFRASET");
#endif
#ifdef LOOP_SET_FD
_Static_assert((uint64_t)(LOOP_SET_FD) == (uint64_t)(0x4c00), "ioctl_arg_dec: LOOP_SET_FD");
#endif
#ifdef LOOP_CHANGE_FD
_Static_assert((uint64_t)(LOOP_CHANGE_FD) == (uint64_t)(0x4c06), "ioctl_arg_dec: LOOP_CHANGE_FD");
#endif
#ifdef LOOP_SET_DIRECT_IO
_Static_assert((uint64_t)(LOOP_SET_DIRECT_IO) == (uint64_t)(0x4c08), "ioctl_arg_dec: LOOP_SET_DIRECT_IO");
#endif
#ifdef LOOP_SET_BLOCK_SIZE
_Static_assert((uint64_t)(LOOP_SET_BLOCK_SIZE) == (uint64_t)(0x4c09), "ioctl_arg_dec: LOOP_SET_BLOCK_SIZE");
#endif
#ifdef LOOP_CTL_ADD
_Static_assert((uint64_t)(LOOP_CTL_ADD) == (uint64_t)(0x4c80), "ioctl_arg_dec: LOOP_CTL_ADD");
#endif
#ifdef LOOP_CTL_REMOVE
_Static_assert((uint64_t)(LOOP_CTL_REMOVE) == (uint64_t)(0x4c81), "ioctl_arg_dec: LOOP_CTL_REMOVE");
#endif
#ifdef TCSBRK
_Static_assert((uint64_t)(TCSBRK) == (uint64_t)(0x5409), "ioctl_arg_dec: TCSBRK");
#endif
#ifdef TIOCSCTTY
_Static_assert((uint64_t)(TIOCSCTTY) == (uint64_t)(0x540e), "ioctl_arg_dec: TIOCSCTTY");
#endif
#ifdef TCSBRKP
_Static_assert((uint64_t)(TCSBRKP) == (uint64_t)(0x5425), "ioctl_arg_dec: TCSBRKP");
#endif
#ifdef KVM_CREATE_VCPU
_Static_assert((uint64_t)(KVM_CREATE_VCPU) == (uint64_t)(0xae41), "ioctl_arg_dec: KVM_CREATE_VCPU");
#endif
#ifdef PERF_EVENT_IOC_SET_BPF
_Static_assert((uint64_t)(PERF_EVENT_IOC_SET_BPF) == (uint64_t)(0x40042408), "ioctl_arg_dec: PERF_EVENT_IOC_SET_BPF");
#endif
#ifdef PERF_EVENT_IOC_PAUSE_OUTPUT
_Static_assert((uint64_t)(PERF_EVENT_IOC_PAUSE_OUTPUT) == (uint64_t)(0x40042409), "ioctl_arg_dec: PERF_EVENT_IOC_PAUSE_OUTPUT");
#endif
#ifdef EVIOCRMFF
_Static_assert((uint64_t)(EVIOCRMFF) == (uint64_t)(0x40044581), "ioctl_arg_dec: EVIOCRMFF");
#endif
#ifdef EVIOCGRAB
_Static_assert((uint64_t)(EVIOCGRAB) == (uint64_t)(0x40044590), "ioctl_arg_dec: EVIOCGRAB");
#endif
#ifdef EVIOCREVOKE
_Static_assert((uint64_t)(EVIOCREVOKE) == (uint64_t)(0x40044591), "ioctl_arg_dec: EVIOCREVOKE");
#endif
#ifdef BTRFS_IOC_CLONE
_Static_assert((uint64_t)(BTRFS_IOC_CLONE) == (uint64_t)(0x40049409), "ioctl_arg_dec: BTRFS_IOC_CLONE");
#endif
#ifdef RTC_IRQP_SET
_Static_assert((uint64_t)(RTC_IRQP_SET) == (uint64_t)(0x4008700c), "ioctl_arg_dec: RTC_IRQP_SET");
#endif
#ifdef RTC_EPOCH_SET
_Static_assert((uint64_t)(RTC_EPOCH_SET) == (uint64_t)(0x4008700e), "ioctl_arg_dec: RTC_EPOCH_SET");
#endif
static const struct xlat_entry xe_ioctl_arg_dec[] = {
	{ (uint64_t)(0x321), "HDIO_SET_MULTCOUNT" },
	{ (uint64_t)(0x322), "HDIO_SET_UNMASKINTR" },
	{ (uint64_t)(0x323), "HDIO_SET_KEEPSETTINGS" },
	{ (uint64_t)(0x324), "HDIO_SET_32BIT" },
	{ (uint64_t)(0x325), "HDIO_SET_NOWERR" },
	{ (uint64_t)(0x326), "HDIO_SET_DMA" },
	{ (uint64_t)(0x327), "HDIO_SET_PIO_MODE" },
	{ (uint64_t)(0x32a), "HDIO_UNREGISTER_HWIF" },
	{ (uint64_t)(0x32b), "HDIO_SET_WCACHE" },
	{ (uint64_t)(0x32c), "HDIO_SET_ACOUSTIC" },
	{ (uint64_t)(0x32f), "HDIO_SET_ADDRESS" },
	{ (uint64_t)(0x1262), "BLKRASET" },
	{ (uint64_t)(0x1264), "BLKFRASET" },
	{ (uint64_t)(0x4c00), "LOOP_SET_FD" },
	{ (uint64_t)(0x4c06), "LOOP_CHANGE_FD" },
	{ (uint64_t)(0x4c08), "LOOP_SET_DIRECT_IO" },
	{ (uint64_t)(0x4c09), "LOOP_SET_BLOCK_SIZE" },
	{ (uint64_t)(0x4c80), "LOOP_CTL_ADD" },
	{ (uint64_t)(0x4c81), "LOOP_CTL_REMOVE" },
	{ (uint64_t)(0x5409), "TCSBRK" },
	{ (uint64_t)(0x540e), "TIOCSCTTY" },
	{ (uint64_t)(0x5425), "TCSBRKP" },
	{ (uint64_t)(0xae41), "KVM_CREATE_VCPU" },
	{ (uint64_t)(0x40042408), "PERF_EVENT_IOC_SET_BPF" },
	{ (uint64_t)(0x40042409), "PERF_EVENT_IOC_PAUSE_OUTPUT" },
	{ (uint64_t)(0x40044581), "EVIOCRMFF" },
	{ (uint64_t)(0x40044590), "EVIOCGRAB" },
	{ (uint64_t)(0x40044591), "EVIOCREVOKE" },
	{ (uint64_t)(0x40049409), "BTRFS_IOC_CLONE" },
	{ (uint64_t)(0x4008700c), "RTC_IRQP_SET" },
	{ (uint64_t)(0x4008700e), "RTC_EPOCH_SET" },
};
const struct xlat xlat_ioctl_arg_dec = { xe_ioctl_arg_dec, 31, NULL };

#ifdef BLKRRPART
_Static_assert((uint64_t)(BLKRRPART) == (uint64_t)(0x125f), "ioctl_arg_none: BLKRRPART");
#endif
#ifdef BLKFLSBUF
_Static_assert((uint64_t)(BLKFLSBUF) == (uint64_t)(0x1261), "ioctl_arg_none: BLKFLSBUF");
#endif
#ifdef BLKTRACESTART
_Static_assert((uint64_t)(BLKTRACESTART) == (uint64_t)(0x1274), "ioctl_arg_none: BLKTRACESTART");
#endif
#ifdef BLKTRACESTOP
_Static_assert((uint64_t)(BLKTRACESTOP) == (uint64_t)(0x1275), "ioctl_arg_none: BLKTRACESTOP");
#endif
#ifdef BLKTRACETEARDOWN
_Static_assert((uint64_t)(BLKTRACETEARDOWN) == (uint64_t)(0x1276), "ioctl_arg_none: BLKTRACETEARDOWN");
#endif
#ifdef COUNTER_ENABLE_EVENTS_IOCTL
_Static_assert((uint64_t)(COUNTER_ENABLE_EVENTS_IOCTL) == (uint64_t)(0x3e01), "ioctl_arg_none: COUNTER_ENABLE_EVENTS_IOCTL");
#endif
#ifdef COUNTER_DISABLE_EVENTS_IOCTL
_Static_assert((uint64_t)(COUNTER_DISABLE_EVENTS_IOCTL) == (uint64_t)(0x3e02), "ioctl_arg_none: COUNTER_DISABLE_EVENTS_IOCTL");
#endif
#ifdef KDENABIO
_Static_assert((uint64_t)(KDENABIO) == (uint64_t)(0x4b36), "ioctl_arg_none: KDENABIO");
#endif
#ifdef KDDISABIO
_Static_assert((uint64_t)(KDDISABIO) == (uint64_t)(0x4b37), "ioctl_arg_none: KDDISABIO");
#endif
#ifdef KDMAPDISP
_Static_assert((uint64_t)(KDMAPDISP) == (uint64_t)(0x4b3c), "ioctl_arg_none: KDMAPDISP");
#endif
#ifdef KDUNMAPDISP
_Static_assert((uint64_t)(KDUNMAPDISP) == (uint64_t)(0x4b3d), "ioctl_arg_none: KDUNMAPDISP");
#endif
#ifdef PIO_FONTRESET
_Static_assert((uint64_t)(PIO_FONTRESET) == (uint64_t)(0x4b6d), "ioctl_arg_none: PIO_FONTRESET");
#endif
#ifdef LOOP_CLR_FD
_Static_assert((uint64_t)(LOOP_CLR_FD) == (uint64_t)(0x4c01), "ioctl_arg_none: LOOP_CLR_FD");
#endif
#ifdef LOOP_SET_CAPACITY
_Static_assert((uint64_t)(LOOP_SET_CAPACITY) == (uint64_t)(0x4c07), "ioctl_arg_none: LOOP_SET_CAPACITY");
#endif
#ifdef LOOP_CTL_GET_FREE
_Static_assert((uint64_t)(LOOP_CTL_GET_FREE) == (uint64_t)(0x4c82), "ioctl_arg_none: LOOP_CTL_GET_FREE");
#endif
#ifdef FASTRPC_IOCTL_INIT_ATTACH
_Static_assert((uint64_t)(FASTRPC_IOCTL_INIT_ATTACH) == (uint64_t)(0x5204), "ioctl_arg_none: FASTRPC_IOCTL_INIT_ATTACH");
#endif
#ifdef RNDCLEARPOOL
_Static_assert((uint64_t)(RNDCLEARPOOL) == (uint64_t)(0x5206), "ioctl_arg_none: RNDCLEARPOOL");
#endif
#ifdef RNDRESEEDCRNG
_Static_assert((uint64_t)(RNDRESEEDCRNG) == (uint64_t)(0x5207), "ioctl_arg_none: RNDRESEEDCRNG");
#endif
#ifdef TIOCEXCL
_Static_assert((uint64_t)(TIOCEXCL) == (uint64_t)(0x540c), "ioctl_arg_none: TIOCEXCL");
#endif
#ifdef TIOCNXCL
_Static_assert((uint64_t)(TIOCNXCL) == (uint64_t)(0x540d), "ioctl_arg_none: TIOCNXCL");
#endif
#ifdef TIOCCONS
_Static_assert((uint64_t)(TIOCCONS) == (uint64_t)(0x541d), "ioctl_arg_none: TIOCCONS");
#endif
#ifdef TIOCSSERIAL
_Static_assert((uint64_t)(TIOCSSERIAL) == (uint64_t)(0x541f), "ioctl_arg_none: TIOCSSERIAL");
#endif
#ifdef TIOCNOTTY
_Static_assert((uint64_t)(TIOCNOTTY) == (uint64_t)(0x5422), "ioctl_arg_none: TIOCNOTTY");
#endif
#ifdef TIOCSBRK
_Static_assert((uint64_t)(TIOCSBRK) == (uint64_t)(0x5427), "ioctl_arg_none: TIOCSBRK");
#endif
#ifdef TIOCCBRK
_Static_assert((uint64_t)(TIOCCBRK) == (uint64_t)(0x5428), "ioctl_arg_none: TIOCCBRK");
#endif
#ifdef TIOCVHANGUP
_Static_assert((uint64_t)(TIOCVHANGUP) == (uint64_t)(0x5437), "ioctl_arg_none: TIOCVHANGUP");
#endif
#ifdef FIONCLEX
_Static_assert((uint64_t)(FIONCLEX) == (uint64_t)(0x5450), "ioctl_arg_none: FIONCLEX");
#endif
#ifdef FIOCLEX
_Static_assert((uint64_t)(FIOCLEX) == (uint64_t)(0x5451), "ioctl_arg_none: FIOCLEX");
#endif
#ifdef RTC_AIE_ON
_Static_assert((uint64_t)(RTC_AIE_ON) == (uint64_t)(0x7001), "ioctl_arg_none: RTC_AIE_ON");
#endif
#ifdef RTC_AIE_OFF
_Static_assert((uint64_t)(RTC_AIE_OFF) == (uint64_t)(0x7002), "ioctl_arg_none: RTC_AIE_OFF");
#endif
#ifdef RTC_UIE_ON
_Static_assert((uint64_t)(RTC_UIE_ON) == (uint64_t)(0x7003), "ioctl_arg_none: RTC_UIE_ON");
#endif
#ifdef PHN_NOT_OH
_Static_assert((uint64_t)(PHN_NOT_OH) == (uint64_t)(0x7004), "ioctl_arg_none: PHN_NOT_OH");
#endif
#ifdef RTC_PIE_ON
_Static_assert((uint64_t)(RTC_PIE_ON) == (uint64_t)(0x7005), "ioctl_arg_none: RTC_PIE_ON");
#endif
#ifdef RTC_PIE_OFF
_Static_assert((uint64_t)(RTC_PIE_OFF) == (uint64_t)(0x7006), "ioctl_arg_none: RTC_PIE_OFF");
#endif
#ifdef RTC_WIE_ON
_Static_assert((uint64_t)(RTC_WIE_ON) == (uint64_t)(0x700f), "ioctl_arg_none: RTC_WIE_ON");
#endif
#ifdef RTC_WIE_OFF
_Static_assert((uint64_t)(RTC_WIE_OFF) == (uint64_t)(0x7010), "ioctl_arg_none: RTC_WIE_OFF");
#endif
#ifdef RTC_VL_CLR
_Static_assert((uint64_t)(RTC_VL_CLR) == (uint64_t)(0x7014), "ioctl_arg_none: RTC_VL_CLR");
#endif
#ifdef BTRFS_IOC_TRANS_START
_Static_assert((uint64_t)(BTRFS_IOC_TRANS_START) == (uint64_t)(0x9406), "ioctl_arg_none: BTRFS_IOC_TRANS_START");
#endif
#ifdef BTRFS_IOC_TRANS_END
_Static_assert((uint64_t)(BTRFS_IOC_TRANS_END) == (uint64_t)(0x9407), "ioctl_arg_none: BTRFS_IOC_TRANS_END");
#endif
#ifdef BTRFS_IOC_SYNC
_Static_assert((uint64_t)(BTRFS_IOC_SYNC) == (uint64_t)(0x9408), "ioctl_arg_none: BTRFS_IOC_SYNC");
#endif
#ifdef BTRFS_IOC_SCRUB_CANCEL
_Static_assert((uint64_t)(BTRFS_IOC_SCRUB_CANCEL) == (uint64_t)(0x941c), "ioctl_arg_none: BTRFS_IOC_SCRUB_CANCEL");
#endif
#ifdef BTRFS_IOC_QUOTA_RESCAN_WAIT
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_RESCAN_WAIT) == (uint64_t)(0x942e), "ioctl_arg_none: BTRFS_IOC_QUOTA_RESCAN_WAIT");
#endif
#ifdef NS_GET_USERNS
_Static_assert((uint64_t)(NS_GET_USERNS) == (uint64_t)(0xb701), "ioctl_arg_none: NS_GET_USERNS");
#endif
#ifdef NS_GET_PARENT
_Static_assert((uint64_t)(NS_GET_PARENT) == (uint64_t)(0xb702), "ioctl_arg_none: NS_GET_PARENT");
#endif
#ifdef NS_GET_NSTYPE
_Static_assert((uint64_t)(NS_GET_NSTYPE) == (uint64_t)(0xb703), "ioctl_arg_none: NS_GET_NSTYPE");
#endif
#ifdef BTRFS_IOC_DEFRAG
_Static_assert((uint64_t)(BTRFS_IOC_DEFRAG) == (uint64_t)(0x50009402), "ioctl_arg_none: BTRFS_IOC_DEFRAG");
#endif
#ifdef BTRFS_IOC_BALANCE
_Static_assert((uint64_t)(BTRFS_IOC_BALANCE) == (uint64_t)(0x5000940c), "ioctl_arg_none: BTRFS_IOC_BALANCE");
#endif
#ifdef WDIOC_KEEPALIVE
_Static_assert((uint64_t)(WDIOC_KEEPALIVE) == (uint64_t)(0x80045705), "ioctl_arg_none: WDIOC_KEEPALIVE");
#endif
#ifdef FIFREEZE
_Static_assert((uint64_t)(FIFREEZE) == (uint64_t)(0xc0045877), "ioctl_arg_none: FIFREEZE");
#endif
#ifdef FITHAW
_Static_assert((uint64_t)(FITHAW) == (uint64_t)(0xc0045878), "ioctl_arg_none: FITHAW");
#endif
static const struct xlat_entry xe_ioctl_arg_none[] = {
	{ (uint64_t)(0x125f), "BLKRRPART" },
	{ (uint64_t)(0x1261), "BLKFLSBUF" },
	{ (uint64_t)(0x1274), "BLKTRACESTART" },
	{ (uint64_t)(0x1275), "BLKTRACESTOP" },
	{ (uint64_t)(0x1276), "BLKTRACETEARDOWN" },
	{ (uint64_t)(0x3e01), "COUNTER_ENABLE_EVENTS_IOCTL" },
	{ (uint64_t)(0x3e02), "COUNTER_DISABLE_EVENTS_IOCTL" },
	{ (uint64_t)(0x4b36), "KDENABIO" },
	{ (uint64_t)(0x4b37), "KDDISABIO" },
	{ (uint64_t)(0x4b3c), "KDMAPDISP" },
	{ (uint64_t)(0x4b3d), "KDUNMAPDISP" },
	{ (uint64_t)(0x4b6d), "PIO_FONTRESET" },
	{ (uint64_t)(0x4c01), "LOOP_CLR_FD" },
	{ (uint64_t)(0x4c07), "LOOP_SET_CAPACITY" },
	{ (uint64_t)(0x4c82), "LOOP_CTL_GET_FREE" },
	{ (uint64_t)(0x5204), "FASTRPC_IOCTL_INIT_ATTACH" },
	{ (uint64_t)(0x5206), "RNDCLEARPOOL" },
	{ (uint64_t)(0x5207), "RNDRESEEDCRNG" },
	{ (uint64_t)(0x540c), "TIOCEXCL" },
	{ (uint64_t)(0x540d), "TIOCNXCL" },
	{ (uint64_t)(0x541d), "TIOCCONS" },
	{ (uint64_t)(0x541f), "TIOCSSERIAL" },
	{ (uint64_t)(0x5422), "TIOCNOTTY" },
	{ (uint64_t)(0x5427), "TIOCSBRK" },
	{ (uint64_t)(0x5428), "TIOCCBRK" },
	{ (uint64_t)(0x5437), "TIOCVHANGUP" },
	{ (uint64_t)(0x5450), "FIONCLEX" },
	{ (uint64_t)(0x5451), "FIOCLEX" },
	{ (uint64_t)(0x7001), "RTC_AIE_ON" },
	{ (uint64_t)(0x7002), "RTC_AIE_OFF" },
	{ (uint64_t)(0x7003), "RTC_UIE_ON" },
	{ (uint64_t)(0x7004), "PHN_NOT_OH" },
	{ (uint64_t)(0x7005), "RTC_PIE_ON" },
	{ (uint64_t)(0x7006), "RTC_PIE_OFF" },
	{ (uint64_t)(0x700f), "RTC_WIE_ON" },
	{ (uint64_t)(0x7010), "RTC_WIE_OFF" },
	{ (uint64_t)(0x7014), "RTC_VL_CLR" },
	{ (uint64_t)(0x9406), "BTRFS_IOC_TRANS_START" },
	{ (uint64_t)(0x9407), "BTRFS_IOC_TRANS_END" },
	{ (uint64_t)(0x9408), "BTRFS_IOC_SYNC" },
	{ (uint64_t)(0x941c), "BTRFS_IOC_SCRUB_CANCEL" },
	{ (uint64_t)(0x942e), "BTRFS_IOC_QUOTA_RESCAN_WAIT" },
	{ (uint64_t)(0xb701), "NS_GET_USERNS" },
	{ (uint64_t)(0xb702), "NS_GET_PARENT" },
	{ (uint64_t)(0xb703), "NS_GET_NSTYPE" },
	{ (uint64_t)(0x50009402), "BTRFS_IOC_DEFRAG" },
	{ (uint64_t)(0x5000940c), "BTRFS_IOC_BALANCE" },
	{ (uint64_t)(0x80045705), "WDIOC_KEEPALIVE" },
	{ (uint64_t)(0xc0045877), "FIFREEZE" },
	{ (uint64_t)(0xc0045878), "FITHAW" },
};
const struct xlat xlat_ioctl_arg_none = { xe_ioctl_arg_none, 50, NULL };

#ifdef HDIO_GETGEO
_Static_assert((uint64_t)(HDIO_GETGEO) == (uint64_t)(0x301), "ioctl_arg_ptr: HDIO_GETGEO");
#endif
#ifdef HDIO_GET_UNMASKINTR
_Static_assert((uint64_t)(HDIO_GET_UNMASKINTR) == (uint64_t)(0x302), "ioctl_arg_ptr: HDIO_GET_UNMASKINTR");
#endif
#ifdef HDIO_GET_MULTCOUNT
_Static_assert((uint64_t)(HDIO_GET_MULTCOUNT) == (uint64_t)(0x304), "ioctl_arg_ptr: HDIO_GET_MULTCOUNT");
#endif
#ifdef HDIO_OBSOLETE_IDENTITY
_Static_assert((uint64_t)(HDIO_OBSOLETE_IDENTITY) == (uint64_t)(0x307), "ioctl_arg_ptr: HDIO_OBSOLETE_IDENTITY");
#endif
#ifdef HDIO_GET_KEEPSETTINGS
_Static_assert((uint64_t)(HDIO_GET_KEEPSETTINGS) == (uint64_t)(0x308), "ioctl_arg_ptr: HDIO_GET_KEEPSETTINGS");
#endif
#ifdef HDIO_GET_32BIT
_Static_assert((uint64_t)(HDIO_GET_32BIT) == (uint64_t)(0x309), "ioctl_arg_ptr: HDIO_GET_32BIT");
#endif
#ifdef HDIO_GET_NOWERR
_Static_assert((uint64_t)(HDIO_GET_NOWERR) == (uint64_t)(0x30a), "ioctl_arg_ptr: HDIO_GET_NOWERR");
#endif
#ifdef HDIO_GET_DMA
_Static_assert((uint64_t)(HDIO_GET_DMA) == (uint64_t)(0x30b), "ioctl_arg_ptr: HDIO_GET_DMA");
#endif
#ifdef HDIO_GET_NICE
_Static_assert((uint64_t)(HDIO_GET_NICE) == (uint64_t)(0x30c), "ioctl_arg_ptr: HDIO_GET_NICE");
#endif
#ifdef HDIO_GET_IDENTITY
_Static_assert((uint64_t)(HDIO_GET_IDENTITY) == (uint64_t)(0x30d), "ioctl_arg_ptr: HDIO_GET_IDENTITY");
#endif
#ifdef HDIO_GET_WCACHE
_Static_assert((uint64_t)(HDIO_GET_WCACHE) == (uint64_t)(0x30e), "ioctl_arg_ptr: HDIO_GET_WCACHE");
#endif
#ifdef HDIO_GET_ACOUSTIC
_Static_assert((uint64_t)(HDIO_GET_ACOUSTIC) == (uint64_t)(0x30f), "ioctl_arg_ptr: HDIO_GET_ACOUSTIC");
#endif
#ifdef HDIO_GET_ADDRESS
_Static_assert((uint64_t)(HDIO_GET_ADDRESS) == (uint64_t)(0x310), "ioctl_arg_ptr: HDIO_GET_ADDRESS");
#endif
#ifdef HDIO_GET_BUSSTATE
_Static_assert((uint64_t)(HDIO_GET_BUSSTATE) == (uint64_t)(0x31a), "ioctl_arg_ptr: HDIO_GET_BUSSTATE");
#endif
#ifdef HDIO_DRIVE_RESET
_Static_assert((uint64_t)(HDIO_DRIVE_RESET) == (uint64_t)(0x31c), "ioctl_arg_ptr: HDIO_DRIVE_RESET");
#endif
#ifdef HDIO_DRIVE_CMD
_Static_assert((uint64_t)(HDIO_DRIVE_CMD) == (uint64_t)(0x31f), "ioctl_arg_ptr: HDIO_DRIVE_CMD");
#endif
#ifdef HDIO_SCAN_HWIF
_Static_assert((uint64_t)(HDIO_SCAN_HWIF) == (uint64_t)(0x328), "ioctl_arg_ptr: HDIO_SCAN_HWIF");
#endif
#ifdef BLKROSET
_Static_assert((uint64_t)(BLKROSET) == (uint64_t)(0x125d), "ioctl_arg_ptr: BLKROSET");
#endif
#ifdef BLKROGET
_Static_assert((uint64_t)(BLKROGET) == (uint64_t)(0x125e), "ioctl_arg_ptr: BLKROGET");
#endif
#ifdef BLKGETSIZE
_Static_assert((uint64_t)(BLKGETSIZE) == (uint64_t)(0x1260), "ioctl_arg_ptr: BLKGETSIZE");
#endif
#ifdef BLKRAGET
_Static_assert((uint64_t)(BLKRAGET) == (uint64_t)(0x1263), "ioctl_arg_ptr: BLKRAGET");
#endif
#ifdef BLKFRAGET
_Static_assert((uint64_t)(BLKFRAGET) == (uint64_t)(0x1265), "ioctl_arg_ptr: BLKFRAGET");
#endif
#ifdef BLKSECTGET
_Static_assert((uint64_t)(BLKSECTGET) == (uint64_t)(0x1267), "ioctl_arg_ptr: BLKSECTGET");
#endif
#ifdef BLKSSZGET
_Static_assert((uint64_t)(BLKSSZGET) == (uint64_t)(0x1268), "ioctl_arg_ptr: BLKSSZGET");
#endif
#ifdef BLKPG
_Static_assert((uint64_t)(BLKPG) == (uint64_t)(0x1269), "ioctl_arg_ptr: BLKPG");
#endif
#ifdef BLKDISCARD
_Static_assert((uint64_t)(BLKDISCARD) == (uint64_t)(0x1277), "ioctl_arg_ptr: BLKDISCARD");
#endif
#ifdef BLKIOMIN
_Static_assert((uint64_t)(BLKIOMIN) == (uint64_t)(0x1278), "ioctl_arg_ptr: BLKIOMIN");
#endif
#ifdef BLKIOOPT
_Static_assert((uint64_t)(BLKIOOPT) == (uint64_t)(0x1279), "ioctl_arg_ptr: BLKIOOPT");
#endif
#ifdef BLKALIGNOFF
_Static_assert((uint64_t)(BLKALIGNOFF) == (uint64_t)(0x127a), "ioctl_arg_ptr: BLKALIGNOFF");
#endif
#ifdef BLKPBSZGET
_Static_assert((uint64_t)(BLKPBSZGET) == (uint64_t)(0x127b), "ioctl_arg_ptr: BLKPBSZGET");
#endif
#ifdef BLKDISCARDZEROES
_Static_assert((uint64_t)(BLKDISCARDZEROES) == (uint64_t)(0x127c), "ioctl_arg_ptr: BLKDISCARDZEROES");
#endif
#ifdef BLKSECDISCARD
_Static_assert((uint64_t)(BLKSECDISCARD) == (uint64_t)(0x127d), "ioctl_arg_ptr: BLKSECDISCARD");
#endif
#ifdef BLKROTATIONAL
_Static_assert((uint64_t)(BLKROTATIONAL) == (uint64_t)(0x127e), "ioctl_arg_ptr: BLKROTATIONAL");
#endif
#ifdef BLKZEROOUT
_Static_assert((uint64_t)(BLKZEROOUT) == (uint64_t)(0x127f), "ioctl_arg_ptr: BLKZEROOUT");
#endif
#ifdef KDGETLED
_Static_assert((uint64_t)(KDGETLED) == (uint64_t)(0x4b31), "ioctl_arg_ptr: KDGETLED");
#endif
#ifdef KDGKBTYPE
_Static_assert((uint64_t)(KDGKBTYPE) == (uint64_t)(0x4b33), "ioctl_arg_ptr: KDGKBTYPE");
#endif
#ifdef KDGETMODE
_Static_assert((uint64_t)(KDGETMODE) == (uint64_t)(0x4b3b), "ioctl_arg_ptr: KDGETMODE");
#endif
#ifdef GIO_SCRNMAP
_Static_assert((uint64_t)(GIO_SCRNMAP) == (uint64_t)(0x4b40), "ioctl_arg_ptr: GIO_SCRNMAP");
#endif
#ifdef PIO_SCRNMAP
_Static_assert((uint64_t)(PIO_SCRNMAP) == (uint64_t)(0x4b41), "ioctl_arg_ptr: PIO_SCRNMAP");
#endif
#ifdef KDGKBMODE
_Static_assert((uint64_t)(KDGKBMODE) == (uint64_t)(0x4b44), "ioctl_arg_ptr: KDGKBMODE");
#endif
#ifdef KDGKBENT
_Static_assert((uint64_t)(KDGKBENT) == (uint64_t)(0x4b46), "ioctl_arg_ptr: KDGKBENT");
#endif
#ifdef KDSKBENT
_Static_assert((uint64_t)(KDSKBENT) == (uint64_t)(0x4b47), "ioctl_arg_ptr: KDSKBENT");
#endif
#ifdef KDGKBSENT
_Static_assert((uint64_t)(KDGKBSENT) == (uint64_t)(0x4b48), "ioctl_arg_ptr: KDGKBSENT");
#endif
#ifdef KDSKBSENT
_Static_assert((uint64_t)(KDSKBSENT) == (uint64_t)(0x4b49), "ioctl_arg_ptr: KDSKBSENT");
#endif
#ifdef KDGKBDIACR
_Static_assert((uint64_t)(KDGKBDIACR) == (uint64_t)(0x4b4a), "ioctl_arg_ptr: KDGKBDIACR");
#endif
#ifdef KDSKBDIACR
_Static_assert((uint64_t)(KDSKBDIACR) == (uint64_t)(0x4b4b), "ioctl_arg_ptr: KDSKBDIACR");
#endif
#ifdef KDGETKEYCODE
_Static_assert((uint64_t)(KDGETKEYCODE) == (uint64_t)(0x4b4c), "ioctl_arg_ptr: KDGETKEYCODE");
#endif
#ifdef KDSETKEYCODE
_Static_assert((uint64_t)(KDSETKEYCODE) == (uint64_t)(0x4b4d), "ioctl_arg_ptr: KDSETKEYCODE");
#endif
#ifdef KDKBDREP
_Static_assert((uint64_t)(KDKBDREP) == (uint64_t)(0x4b52), "ioctl_arg_ptr: KDKBDREP");
#endif
#ifdef GIO_FONT
_Static_assert((uint64_t)(GIO_FONT) == (uint64_t)(0x4b60), "ioctl_arg_ptr: GIO_FONT");
#endif
#ifdef PIO_FONT
_Static_assert((uint64_t)(PIO_FONT) == (uint64_t)(0x4b61), "ioctl_arg_ptr: PIO_FONT");
#endif
#ifdef KDGKBMETA
_Static_assert((uint64_t)(KDGKBMETA) == (uint64_t)(0x4b62), "ioctl_arg_ptr: KDGKBMETA");
#endif
#ifdef KDGKBLED
_Static_assert((uint64_t)(KDGKBLED) == (uint64_t)(0x4b64), "ioctl_arg_ptr: KDGKBLED");
#endif
#ifdef GIO_UNIMAP
_Static_assert((uint64_t)(GIO_UNIMAP) == (uint64_t)(0x4b66), "ioctl_arg_ptr: GIO_UNIMAP");
#endif
#ifdef PIO_UNIMAP
_Static_assert((uint64_t)(PIO_UNIMAP) == (uint64_t)(0x4b67), "ioctl_arg_ptr: PIO_UNIMAP");
#endif
#ifdef PIO_UNIMAPCLR
_Static_assert((uint64_t)(PIO_UNIMAPCLR) == (uint64_t)(0x4b68), "ioctl_arg_ptr: PIO_UNIMAPCLR");
#endif
#ifdef GIO_UNISCRNMAP
_Static_assert((uint64_t)(GIO_UNISCRNMAP) == (uint64_t)(0x4b69), "ioctl_arg_ptr: GIO_UNISCRNMAP");
#endif
#ifdef PIO_UNISCRNMAP
_Static_assert((uint64_t)(PIO_UNISCRNMAP) == (uint64_t)(0x4b6a), "ioctl_arg_ptr: PIO_UNISCRNMAP");
#endif
#ifdef GIO_FONTX
_Static_assert((uint64_t)(GIO_FONTX) == (uint64_t)(0x4b6b), "ioctl_arg_ptr: GIO_FONTX");
#endif
#ifdef PIO_FONTX
_Static_assert((uint64_t)(PIO_FONTX) == (uint64_t)(0x4b6c), "ioctl_arg_ptr: PIO_FONTX");
#endif
#ifdef GIO_CMAP
_Static_assert((uint64_t)(GIO_CMAP) == (uint64_t)(0x4b70), "ioctl_arg_ptr: GIO_CMAP");
#endif
#ifdef PIO_CMAP
_Static_assert((uint64_t)(PIO_CMAP) == (uint64_t)(0x4b71), "ioctl_arg_ptr: PIO_CMAP");
#endif
#ifdef KDFONTOP
_Static_assert((uint64_t)(KDFONTOP) == (uint64_t)(0x4b72), "ioctl_arg_ptr: KDFONTOP");
#endif
#ifdef KDGKBDIACRUC
_Static_assert((uint64_t)(KDGKBDIACRUC) == (uint64_t)(0x4bfa), "ioctl_arg_ptr: KDGKBDIACRUC");
#endif
#ifdef KDSKBDIACRUC
_Static_assert((uint64_t)(KDSKBDIACRUC) == (uint64_t)(0x4bfb), "ioctl_arg_ptr: KDSKBDIACRUC");
#endif
#ifdef LOOP_SET_STATUS
_Static_assert((uint64_t)(LOOP_SET_STATUS) == (uint64_t)(0x4c02), "ioctl_arg_ptr: LOOP_SET_STATUS");
#endif
#ifdef LOOP_GET_STATUS
_Static_assert((uint64_t)(LOOP_GET_STATUS) == (uint64_t)(0x4c03), "ioctl_arg_ptr: LOOP_GET_STATUS");
#endif
#ifdef LOOP_SET_STATUS64
_Static_assert((uint64_t)(LOOP_SET_STATUS64) == (uint64_t)(0x4c04), "ioctl_arg_ptr: LOOP_SET_STATUS64");
#endif
#ifdef LOOP_GET_STATUS64
_Static_assert((uint64_t)(LOOP_GET_STATUS64) == (uint64_t)(0x4c05), "ioctl_arg_ptr: LOOP_GET_STATUS64");
#endif
#ifdef LOOP_CONFIGURE
_Static_assert((uint64_t)(LOOP_CONFIGURE) == (uint64_t)(0x4c0a), "ioctl_arg_ptr: LOOP_CONFIGURE");
#endif
#ifdef TCGETS
_Static_assert((uint64_t)(TCGETS) == (uint64_t)(0x5401), "ioctl_arg_ptr: TCGETS");
#endif
#ifdef SNDCTL_TMR_START
_Static_assert((uint64_t)(SNDCTL_TMR_START) == (uint64_t)(0x5402), "ioctl_arg_ptr: SNDCTL_TMR_START");
#endif
#ifdef SNDCTL_TMR_STOP
_Static_assert((uint64_t)(SNDCTL_TMR_STOP) == (uint64_t)(0x5403), "ioctl_arg_ptr: SNDCTL_TMR_STOP");
#endif
#ifdef SNDCTL_TMR_CONTINUE
_Static_assert((uint64_t)(SNDCTL_TMR_CONTINUE) == (uint64_t)(0x5404), "ioctl_arg_ptr: SNDCTL_TMR_CONTINUE");
#endif
#ifdef TCGETA
_Static_assert((uint64_t)(TCGETA) == (uint64_t)(0x5405), "ioctl_arg_ptr: TCGETA");
#endif
#ifdef TCSETA
_Static_assert((uint64_t)(TCSETA) == (uint64_t)(0x5406), "ioctl_arg_ptr: TCSETA");
#endif
#ifdef TCSETAW
_Static_assert((uint64_t)(TCSETAW) == (uint64_t)(0x5407), "ioctl_arg_ptr: TCSETAW");
#endif
#ifdef TCSETAF
_Static_assert((uint64_t)(TCSETAF) == (uint64_t)(0x5408), "ioctl_arg_ptr: TCSETAF");
#endif
#ifdef TIOCGPGRP
_Static_assert((uint64_t)(TIOCGPGRP) == (uint64_t)(0x540f), "ioctl_arg_ptr: TIOCGPGRP");
#endif
#ifdef TIOCSPGRP
_Static_assert((uint64_t)(TIOCSPGRP) == (uint64_t)(0x5410), "ioctl_arg_ptr: TIOCSPGRP");
#endif
#ifdef TIOCOUTQ
_Static_assert((uint64_t)(TIOCOUTQ) == (uint64_t)(0x5411), "ioctl_arg_ptr: TIOCOUTQ");
#endif
#ifdef TIOCSTI
_Static_assert((uint64_t)(TIOCSTI) == (uint64_t)(0x5412), "ioctl_arg_ptr: TIOCSTI");
#endif
#ifdef TIOCGWINSZ
_Static_assert((uint64_t)(TIOCGWINSZ) == (uint64_t)(0x5413), "ioctl_arg_ptr: TIOCGWINSZ");
#endif
#ifdef TIOCSWINSZ
_Static_assert((uint64_t)(TIOCSWINSZ) == (uint64_t)(0x5414), "ioctl_arg_ptr: TIOCSWINSZ");
#endif
#ifdef TIOCMGET
_Static_assert((uint64_t)(TIOCMGET) == (uint64_t)(0x5415), "ioctl_arg_ptr: TIOCMGET");
#endif
#ifdef TIOCMBIS
_Static_assert((uint64_t)(TIOCMBIS) == (uint64_t)(0x5416), "ioctl_arg_ptr: TIOCMBIS");
#endif
#ifdef TIOCMBIC
_Static_assert((uint64_t)(TIOCMBIC) == (uint64_t)(0x5417), "ioctl_arg_ptr: TIOCMBIC");
#endif
#ifdef TIOCMSET
_Static_assert((uint64_t)(TIOCMSET) == (uint64_t)(0x5418), "ioctl_arg_ptr: TIOCMSET");
#endif
#ifdef TIOCGSOFTCAR
_Static_assert((uint64_t)(TIOCGSOFTCAR) == (uint64_t)(0x5419), "ioctl_arg_ptr: TIOCGSOFTCAR");
#endif
#ifdef TIOCSSOFTCAR
_Static_assert((uint64_t)(TIOCSSOFTCAR) == (uint64_t)(0x541a), "ioctl_arg_ptr: TIOCSSOFTCAR");
#endif
#ifdef FIONREAD
_Static_assert((uint64_t)(FIONREAD) == (uint64_t)(0x541b), "ioctl_arg_ptr: FIONREAD");
#endif
#ifdef TIOCPKT
_Static_assert((uint64_t)(TIOCPKT) == (uint64_t)(0x5420), "ioctl_arg_ptr: TIOCPKT");
#endif
#ifdef FIONBIO
_Static_assert((uint64_t)(FIONBIO) == (uint64_t)(0x5421), "ioctl_arg_ptr: FIONBIO");
#endif
#ifdef TIOCSETD
_Static_assert((uint64_t)(TIOCSETD) == (uint64_t)(0x5423), "ioctl_arg_ptr: TIOCSETD");
#endif
#ifdef TIOCGETD
_Static_assert((uint64_t)(TIOCGETD) == (uint64_t)(0x5424), "ioctl_arg_ptr: TIOCGETD");
#endif
#ifdef TIOCGSID
_Static_assert((uint64_t)(TIOCGSID) == (uint64_t)(0x5429), "ioctl_arg_ptr: TIOCGSID");
#endif
#ifdef FIOASYNC
_Static_assert((uint64_t)(FIOASYNC) == (uint64_t)(0x5452), "ioctl_arg_ptr: FIOASYNC");
#endif
#ifdef TIOCGLCKTRMIOS
_Static_assert((uint64_t)(TIOCGLCKTRMIOS) == (uint64_t)(0x5456), "ioctl_arg_ptr: TIOCGLCKTRMIOS");
#endif
#ifdef TIOCSLCKTRMIOS
_Static_assert((uint64_t)(TIOCSLCKTRMIOS) == (uint64_t)(0x5457), "ioctl_arg_ptr: TIOCSLCKTRMIOS");
#endif
#ifdef FIOSETOWN
_Static_assert((uint64_t)(FIOSETOWN) == (uint64_t)(0x8901), "ioctl_arg_ptr: FIOSETOWN");
#endif
#ifdef SIOCSPGRP
_Static_assert((uint64_t)(SIOCSPGRP) == (uint64_t)(0x8902), "ioctl_arg_ptr: SIOCSPGRP");
#endif
#ifdef FIOGETOWN
_Static_assert((uint64_t)(FIOGETOWN) == (uint64_t)(0x8903), "ioctl_arg_ptr: FIOGETOWN");
#endif
#ifdef SIOCGPGRP
_Static_assert((uint64_t)(SIOCGPGRP) == (uint64_t)(0x8904), "ioctl_arg_ptr: SIOCGPGRP");
#endif
#ifdef SIOCATMARK
_Static_assert((uint64_t)(SIOCATMARK) == (uint64_t)(0x8905), "ioctl_arg_ptr: SIOCATMARK");
#endif
#ifdef SIOCGSTAMP_OLD
_Static_assert((uint64_t)(SIOCGSTAMP_OLD) == (uint64_t)(0x8906), "ioctl_arg_ptr: SIOCGSTAMP_OLD");
#endif
#ifdef SIOCGSTAMPNS_OLD
_Static_assert((uint64_t)(SIOCGSTAMPNS_OLD) == (uint64_t)(0x8907), "ioctl_arg_ptr: SIOCGSTAMPNS_OLD");
#endif
#ifdef SIOCADDRT
_Static_assert((uint64_t)(SIOCADDRT) == (uint64_t)(0x890b), "ioctl_arg_ptr: SIOCADDRT");
#endif
#ifdef SIOCDELRT
_Static_assert((uint64_t)(SIOCDELRT) == (uint64_t)(0x890c), "ioctl_arg_ptr: SIOCDELRT");
#endif
#ifdef SIOCRTMSG
_Static_assert((uint64_t)(SIOCRTMSG) == (uint64_t)(0x890d), "ioctl_arg_ptr: SIOCRTMSG");
#endif
#ifdef SIOCGIFNAME
_Static_assert((uint64_t)(SIOCGIFNAME) == (uint64_t)(0x8910), "ioctl_arg_ptr: SIOCGIFNAME");
#endif
#ifdef SIOCSIFLINK
_Static_assert((uint64_t)(SIOCSIFLINK) == (uint64_t)(0x8911), "ioctl_arg_ptr: SIOCSIFLINK");
#endif
#ifdef SIOCGIFCONF
_Static_assert((uint64_t)(SIOCGIFCONF) == (uint64_t)(0x8912), "ioctl_arg_ptr: SIOCGIFCONF");
#endif
#ifdef SIOCGIFFLAGS
_Static_assert((uint64_t)(SIOCGIFFLAGS) == (uint64_t)(0x8913), "ioctl_arg_ptr: SIOCGIFFLAGS");
#endif
#ifdef SIOCSIFFLAGS
_Static_assert((uint64_t)(SIOCSIFFLAGS) == (uint64_t)(0x8914), "ioctl_arg_ptr: SIOCSIFFLAGS");
#endif
#ifdef SIOCGIFADDR
_Static_assert((uint64_t)(SIOCGIFADDR) == (uint64_t)(0x8915), "ioctl_arg_ptr: SIOCGIFADDR");
#endif
#ifdef SIOCSIFADDR
_Static_assert((uint64_t)(SIOCSIFADDR) == (uint64_t)(0x8916), "ioctl_arg_ptr: SIOCSIFADDR");
#endif
#ifdef SIOCGIFDSTADDR
_Static_assert((uint64_t)(SIOCGIFDSTADDR) == (uint64_t)(0x8917), "ioctl_arg_ptr: SIOCGIFDSTADDR");
#endif
#ifdef SIOCSIFDSTADDR
_Static_assert((uint64_t)(SIOCSIFDSTADDR) == (uint64_t)(0x8918), "ioctl_arg_ptr: SIOCSIFDSTADDR");
#endif
#ifdef SIOCGIFBRDADDR
_Static_assert((uint64_t)(SIOCGIFBRDADDR) == (uint64_t)(0x8919), "ioctl_arg_ptr: SIOCGIFBRDADDR");
#endif
#ifdef SIOCSIFBRDADDR
_Static_assert((uint64_t)(SIOCSIFBRDADDR) == (uint64_t)(0x891a), "ioctl_arg_ptr: SIOCSIFBRDADDR");
#endif
#ifdef SIOCGIFNETMASK
_Static_assert((uint64_t)(SIOCGIFNETMASK) == (uint64_t)(0x891b), "ioctl_arg_ptr: SIOCGIFNETMASK");
#endif
#ifdef SIOCSIFNETMASK
_Static_assert((uint64_t)(SIOCSIFNETMASK) == (uint64_t)(0x891c), "ioctl_arg_ptr: SIOCSIFNETMASK");
#endif
#ifdef SIOCGIFMETRIC
_Static_assert((uint64_t)(SIOCGIFMETRIC) == (uint64_t)(0x891d), "ioctl_arg_ptr: SIOCGIFMETRIC");
#endif
#ifdef SIOCSIFMETRIC
_Static_assert((uint64_t)(SIOCSIFMETRIC) == (uint64_t)(0x891e), "ioctl_arg_ptr: SIOCSIFMETRIC");
#endif
#ifdef SIOCGIFMEM
_Static_assert((uint64_t)(SIOCGIFMEM) == (uint64_t)(0x891f), "ioctl_arg_ptr: SIOCGIFMEM");
#endif
#ifdef SIOCSIFMEM
_Static_assert((uint64_t)(SIOCSIFMEM) == (uint64_t)(0x8920), "ioctl_arg_ptr: SIOCSIFMEM");
#endif
#ifdef SIOCGIFMTU
_Static_assert((uint64_t)(SIOCGIFMTU) == (uint64_t)(0x8921), "ioctl_arg_ptr: SIOCGIFMTU");
#endif
#ifdef SIOCSIFMTU
_Static_assert((uint64_t)(SIOCSIFMTU) == (uint64_t)(0x8922), "ioctl_arg_ptr: SIOCSIFMTU");
#endif
#ifdef SIOCSIFNAME
_Static_assert((uint64_t)(SIOCSIFNAME) == (uint64_t)(0x8923), "ioctl_arg_ptr: SIOCSIFNAME");
#endif
#ifdef SIOCSIFHWADDR
_Static_assert((uint64_t)(SIOCSIFHWADDR) == (uint64_t)(0x8924), "ioctl_arg_ptr: SIOCSIFHWADDR");
#endif
#ifdef SIOCGIFENCAP
_Static_assert((uint64_t)(SIOCGIFENCAP) == (uint64_t)(0x8925), "ioctl_arg_ptr: SIOCGIFENCAP");
#endif
#ifdef SIOCSIFENCAP
_Static_assert((uint64_t)(SIOCSIFENCAP) == (uint64_t)(0x8926), "ioctl_arg_ptr: SIOCSIFENCAP");
#endif
#ifdef SIOCGIFHWADDR
_Static_assert((uint64_t)(SIOCGIFHWADDR) == (uint64_t)(0x8927), "ioctl_arg_ptr: SIOCGIFHWADDR");
#endif
#ifdef SIOCGIFSLAVE
_Static_assert((uint64_t)(SIOCGIFSLAVE) == (uint64_t)(0x8929), "ioctl_arg_ptr: SIOCGIFSLAVE");
#endif
#ifdef SIOCSIFSLAVE
_Static_assert((uint64_t)(SIOCSIFSLAVE) == (uint64_t)(0x8930), "ioctl_arg_ptr: SIOCSIFSLAVE");
#endif
#ifdef SIOCADDMULTI
_Static_assert((uint64_t)(SIOCADDMULTI) == (uint64_t)(0x8931), "ioctl_arg_ptr: SIOCADDMULTI");
#endif
#ifdef SIOCDELMULTI
_Static_assert((uint64_t)(SIOCDELMULTI) == (uint64_t)(0x8932), "ioctl_arg_ptr: SIOCDELMULTI");
#endif
#ifdef SIOCGIFINDEX
_Static_assert((uint64_t)(SIOCGIFINDEX) == (uint64_t)(0x8933), "ioctl_arg_ptr: SIOCGIFINDEX");
#endif
#ifdef SIOCSIFPFLAGS
_Static_assert((uint64_t)(SIOCSIFPFLAGS) == (uint64_t)(0x8934), "ioctl_arg_ptr: SIOCSIFPFLAGS");
#endif
#ifdef SIOCGIFPFLAGS
_Static_assert((uint64_t)(SIOCGIFPFLAGS) == (uint64_t)(0x8935), "ioctl_arg_ptr: SIOCGIFPFLAGS");
#endif
#ifdef SIOCDIFADDR
_Static_assert((uint64_t)(SIOCDIFADDR) == (uint64_t)(0x8936), "ioctl_arg_ptr: SIOCDIFADDR");
#endif
#ifdef SIOCSIFHWBROADCAST
_Static_assert((uint64_t)(SIOCSIFHWBROADCAST) == (uint64_t)(0x8937), "ioctl_arg_ptr: SIOCSIFHWBROADCAST");
#endif
#ifdef SIOCGIFCOUNT
_Static_assert((uint64_t)(SIOCGIFCOUNT) == (uint64_t)(0x8938), "ioctl_arg_ptr: SIOCGIFCOUNT");
#endif
#ifdef SIOCGIFBR
_Static_assert((uint64_t)(SIOCGIFBR) == (uint64_t)(0x8940), "ioctl_arg_ptr: SIOCGIFBR");
#endif
#ifdef SIOCSIFBR
_Static_assert((uint64_t)(SIOCSIFBR) == (uint64_t)(0x8941), "ioctl_arg_ptr: SIOCSIFBR");
#endif
#ifdef SIOCGIFTXQLEN
_Static_assert((uint64_t)(SIOCGIFTXQLEN) == (uint64_t)(0x8942), "ioctl_arg_ptr: SIOCGIFTXQLEN");
#endif
#ifdef SIOCSIFTXQLEN
_Static_assert((uint64_t)(SIOCSIFTXQLEN) == (uint64_t)(0x8943), "ioctl_arg_ptr: SIOCSIFTXQLEN");
#endif
#ifdef SIOCETHTOOL
_Static_assert((uint64_t)(SIOCETHTOOL) == (uint64_t)(0x8946), "ioctl_arg_ptr: SIOCETHTOOL");
#endif
#ifdef SIOCGMIIPHY
_Static_assert((uint64_t)(SIOCGMIIPHY) == (uint64_t)(0x8947), "ioctl_arg_ptr: SIOCGMIIPHY");
#endif
#ifdef SIOCGMIIREG
_Static_assert((uint64_t)(SIOCGMIIREG) == (uint64_t)(0x8948), "ioctl_arg_ptr: SIOCGMIIREG");
#endif
#ifdef SIOCSMIIREG
_Static_assert((uint64_t)(SIOCSMIIREG) == (uint64_t)(0x8949), "ioctl_arg_ptr: SIOCSMIIREG");
#endif
#ifdef SIOCWANDEV
_Static_assert((uint64_t)(SIOCWANDEV) == (uint64_t)(0x894a), "ioctl_arg_ptr: SIOCWANDEV");
#endif
#ifdef SIOCOUTQNSD
_Static_assert((uint64_t)(SIOCOUTQNSD) == (uint64_t)(0x894b), "ioctl_arg_ptr: SIOCOUTQNSD");
#endif
#ifdef SIOCGSKNS
_Static_assert((uint64_t)(SIOCGSKNS) == (uint64_t)(0x894c), "ioctl_arg_ptr: SIOCGSKNS");
#endif
#ifdef SIOCDARP
_Static_assert((uint64_t)(SIOCDARP) == (uint64_t)(0x8953), "ioctl_arg_ptr: SIOCDARP");
#endif
#ifdef SIOCGARP
_Static_assert((uint64_t)(SIOCGARP) == (uint64_t)(0x8954), "ioctl_arg_ptr: SIOCGARP");
#endif
#ifdef SIOCSARP
_Static_assert((uint64_t)(SIOCSARP) == (uint64_t)(0x8955), "ioctl_arg_ptr: SIOCSARP");
#endif
#ifdef SIOCDRARP
_Static_assert((uint64_t)(SIOCDRARP) == (uint64_t)(0x8960), "ioctl_arg_ptr: SIOCDRARP");
#endif
#ifdef SIOCGRARP
_Static_assert((uint64_t)(SIOCGRARP) == (uint64_t)(0x8961), "ioctl_arg_ptr: SIOCGRARP");
#endif
#ifdef SIOCSRARP
_Static_assert((uint64_t)(SIOCSRARP) == (uint64_t)(0x8962), "ioctl_arg_ptr: SIOCSRARP");
#endif
#ifdef SIOCGIFMAP
_Static_assert((uint64_t)(SIOCGIFMAP) == (uint64_t)(0x8970), "ioctl_arg_ptr: SIOCGIFMAP");
#endif
#ifdef SIOCSIFMAP
_Static_assert((uint64_t)(SIOCSIFMAP) == (uint64_t)(0x8971), "ioctl_arg_ptr: SIOCSIFMAP");
#endif
#ifdef SIOCADDDLCI
_Static_assert((uint64_t)(SIOCADDDLCI) == (uint64_t)(0x8980), "ioctl_arg_ptr: SIOCADDDLCI");
#endif
#ifdef SIOCDELDLCI
_Static_assert((uint64_t)(SIOCDELDLCI) == (uint64_t)(0x8981), "ioctl_arg_ptr: SIOCDELDLCI");
#endif
#ifdef SIOCGIFVLAN
_Static_assert((uint64_t)(SIOCGIFVLAN) == (uint64_t)(0x8982), "ioctl_arg_ptr: SIOCGIFVLAN");
#endif
#ifdef SIOCSIFVLAN
_Static_assert((uint64_t)(SIOCSIFVLAN) == (uint64_t)(0x8983), "ioctl_arg_ptr: SIOCSIFVLAN");
#endif
#ifdef SIOCBONDENSLAVE
_Static_assert((uint64_t)(SIOCBONDENSLAVE) == (uint64_t)(0x8990), "ioctl_arg_ptr: SIOCBONDENSLAVE");
#endif
#ifdef SIOCBONDRELEASE
_Static_assert((uint64_t)(SIOCBONDRELEASE) == (uint64_t)(0x8991), "ioctl_arg_ptr: SIOCBONDRELEASE");
#endif
#ifdef SIOCBONDSETHWADDR
_Static_assert((uint64_t)(SIOCBONDSETHWADDR) == (uint64_t)(0x8992), "ioctl_arg_ptr: SIOCBONDSETHWADDR");
#endif
#ifdef SIOCBONDSLAVEINFOQUERY
_Static_assert((uint64_t)(SIOCBONDSLAVEINFOQUERY) == (uint64_t)(0x8993), "ioctl_arg_ptr: SIOCBONDSLAVEINFOQUERY");
#endif
#ifdef SIOCBONDINFOQUERY
_Static_assert((uint64_t)(SIOCBONDINFOQUERY) == (uint64_t)(0x8994), "ioctl_arg_ptr: SIOCBONDINFOQUERY");
#endif
#ifdef SIOCBONDCHANGEACTIVE
_Static_assert((uint64_t)(SIOCBONDCHANGEACTIVE) == (uint64_t)(0x8995), "ioctl_arg_ptr: SIOCBONDCHANGEACTIVE");
#endif
#ifdef SIOCBRADDBR
_Static_assert((uint64_t)(SIOCBRADDBR) == (uint64_t)(0x89a0), "ioctl_arg_ptr: SIOCBRADDBR");
#endif
#ifdef SIOCBRDELBR
_Static_assert((uint64_t)(SIOCBRDELBR) == (uint64_t)(0x89a1), "ioctl_arg_ptr: SIOCBRDELBR");
#endif
#ifdef SIOCBRADDIF
_Static_assert((uint64_t)(SIOCBRADDIF) == (uint64_t)(0x89a2), "ioctl_arg_ptr: SIOCBRADDIF");
#endif
#ifdef SIOCBRDELIF
_Static_assert((uint64_t)(SIOCBRDELIF) == (uint64_t)(0x89a3), "ioctl_arg_ptr: SIOCBRDELIF");
#endif
#ifdef SIOCSHWTSTAMP
_Static_assert((uint64_t)(SIOCSHWTSTAMP) == (uint64_t)(0x89b0), "ioctl_arg_ptr: SIOCSHWTSTAMP");
#endif
#ifdef SIOCGHWTSTAMP
_Static_assert((uint64_t)(SIOCGHWTSTAMP) == (uint64_t)(0x89b1), "ioctl_arg_ptr: SIOCGHWTSTAMP");
#endif
#ifdef NS_GET_OWNER_UID
_Static_assert((uint64_t)(NS_GET_OWNER_UID) == (uint64_t)(0xb704), "ioctl_arg_ptr: NS_GET_OWNER_UID");
#endif
#ifdef EVIOCSCLOCKID
_Static_assert((uint64_t)(EVIOCSCLOCKID) == (uint64_t)(0x400445a0), "ioctl_arg_ptr: EVIOCSCLOCKID");
#endif
#ifdef RNDADDTOENTCNT
_Static_assert((uint64_t)(RNDADDTOENTCNT) == (uint64_t)(0x40045201), "ioctl_arg_ptr: RNDADDTOENTCNT");
#endif
#ifdef TIOCSPTLCK
_Static_assert((uint64_t)(TIOCSPTLCK) == (uint64_t)(0x40045431), "ioctl_arg_ptr: TIOCSPTLCK");
#endif
#ifdef VIDIOC_STREAMON
_Static_assert((uint64_t)(VIDIOC_STREAMON) == (uint64_t)(0x40045612), "ioctl_arg_ptr: VIDIOC_STREAMON");
#endif
#ifdef VIDIOC_STREAMOFF
_Static_assert((uint64_t)(VIDIOC_STREAMOFF) == (uint64_t)(0x40045613), "ioctl_arg_ptr: VIDIOC_STREAMOFF");
#endif
#ifdef FS_IOC32_SETFLAGS
_Static_assert((uint64_t)(FS_IOC32_SETFLAGS) == (uint64_t)(0x40046602), "ioctl_arg_ptr: FS_IOC32_SETFLAGS");
#endif
#ifdef LIRC_SET_SEND_MODE
_Static_assert((uint64_t)(LIRC_SET_SEND_MODE) == (uint64_t)(0x40046911), "ioctl_arg_ptr: LIRC_SET_SEND_MODE");
#endif
#ifdef LIRC_SET_REC_MODE
_Static_assert((uint64_t)(LIRC_SET_REC_MODE) == (uint64_t)(0x40046912), "ioctl_arg_ptr: LIRC_SET_REC_MODE");
#endif
#ifdef LIRC_SET_SEND_CARRIER
_Static_assert((uint64_t)(LIRC_SET_SEND_CARRIER) == (uint64_t)(0x40046913), "ioctl_arg_ptr: LIRC_SET_SEND_CARRIER");
#endif
#ifdef LIRC_SET_REC_CARRIER
_Static_assert((uint64_t)(LIRC_SET_REC_CARRIER) == (uint64_t)(0x40046914), "ioctl_arg_ptr: LIRC_SET_REC_CARRIER");
#endif
#ifdef LIRC_SET_SEND_DUTY_CYCLE
_Static_assert((uint64_t)(LIRC_SET_SEND_DUTY_CYCLE) == (uint64_t)(0x40046915), "ioctl_arg_ptr: LIRC_SET_SEND_DUTY_CYCLE");
#endif
#ifdef LIRC_SET_TRANSMITTER_MASK
_Static_assert((uint64_t)(LIRC_SET_TRANSMITTER_MASK) == (uint64_t)(0x40046917), "ioctl_arg_ptr: LIRC_SET_TRANSMITTER_MASK");
#endif
#ifdef LIRC_SET_REC_TIMEOUT
_Static_assert((uint64_t)(LIRC_SET_REC_TIMEOUT) == (uint64_t)(0x40046918), "ioctl_arg_ptr: LIRC_SET_REC_TIMEOUT");
#endif
#ifdef LIRC_SET_REC_TIMEOUT_REPORTS
_Static_assert((uint64_t)(LIRC_SET_REC_TIMEOUT_REPORTS) == (uint64_t)(0x40046919), "ioctl_arg_ptr: LIRC_SET_REC_TIMEOUT_REPORTS");
#endif
#ifdef LIRC_SET_MEASURE_CARRIER_MODE
_Static_assert((uint64_t)(LIRC_SET_MEASURE_CARRIER_MODE) == (uint64_t)(0x4004691d), "ioctl_arg_ptr: LIRC_SET_MEASURE_CARRIER_MODE");
#endif
#ifdef IPMICTL_SET_MAINTENANCE_MODE_CMD
_Static_assert((uint64_t)(IPMICTL_SET_MAINTENANCE_MODE_CMD) == (uint64_t)(0x4004691f), "ioctl_arg_ptr: IPMICTL_SET_MAINTENANCE_MODE_CMD");
#endif
#ifdef LIRC_SET_WIDEBAND_RECEIVER
_Static_assert((uint64_t)(LIRC_SET_WIDEBAND_RECEIVER) == (uint64_t)(0x40046923), "ioctl_arg_ptr: LIRC_SET_WIDEBAND_RECEIVER");
#endif
#ifdef COUNTER_ADD_WATCH_IOCTL
_Static_assert((uint64_t)(COUNTER_ADD_WATCH_IOCTL) == (uint64_t)(0x40063e00), "ioctl_arg_ptr: COUNTER_ADD_WATCH_IOCTL");
#endif
#ifdef BLKBSZSET
_Static_assert((uint64_t)(BLKBSZSET) == (uint64_t)(0x40081271), "ioctl_arg_ptr: BLKBSZSET");
#endif
#ifdef PERF_EVENT_IOC_PERIOD
_Static_assert((uint64_t)(PERF_EVENT_IOC_PERIOD) == (uint64_t)(0x40082404), "ioctl_arg_ptr: PERF_EVENT_IOC_PERIOD");
#endif
#ifdef PERF_EVENT_IOC_SET_FILTER
_Static_assert((uint64_t)(PERF_EVENT_IOC_SET_FILTER) == (uint64_t)(0x40082406), "ioctl_arg_ptr: PERF_EVENT_IOC_SET_FILTER");
#endif
#ifdef PERF_EVENT_IOC_MODIFY_ATTRIBUTES
_Static_assert((uint64_t)(PERF_EVENT_IOC_MODIFY_ATTRIBUTES) == (uint64_t)(0x4008240b), "ioctl_arg_ptr: PERF_EVENT_IOC_MODIFY_ATTRIBUTES");
#endif
#ifdef EVIOCSREP
_Static_assert((uint64_t)(EVIOCSREP) == (uint64_t)(0x40084503), "ioctl_arg_ptr: EVIOCSREP");
#endif
#ifdef EVIOCSKEYCODE
_Static_assert((uint64_t)(EVIOCSKEYCODE) == (uint64_t)(0x40084504), "ioctl_arg_ptr: EVIOCSKEYCODE");
#endif
#ifdef RNDADDENTROPY
_Static_assert((uint64_t)(RNDADDENTROPY) == (uint64_t)(0x40085203), "ioctl_arg_ptr: RNDADDENTROPY");
#endif
#ifdef VIDIOC_S_STD
_Static_assert((uint64_t)(VIDIOC_S_STD) == (uint64_t)(0x40085618), "ioctl_arg_ptr: VIDIOC_S_STD");
#endif
#ifdef FS_IOC_SETFLAGS
_Static_assert((uint64_t)(FS_IOC_SETFLAGS) == (uint64_t)(0x40086602), "ioctl_arg_ptr: FS_IOC_SETFLAGS");
#endif
#ifdef BTRFS_IOC_DEFAULT_SUBVOL
_Static_assert((uint64_t)(BTRFS_IOC_DEFAULT_SUBVOL) == (uint64_t)(0x40089413), "ioctl_arg_ptr: BTRFS_IOC_DEFAULT_SUBVOL");
#endif
#ifdef BTRFS_IOC_WAIT_SYNC
_Static_assert((uint64_t)(BTRFS_IOC_WAIT_SYNC) == (uint64_t)(0x40089416), "ioctl_arg_ptr: BTRFS_IOC_WAIT_SYNC");
#endif
#ifdef BTRFS_IOC_SUBVOL_SETFLAGS
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_SETFLAGS) == (uint64_t)(0x4008941a), "ioctl_arg_ptr: BTRFS_IOC_SUBVOL_SETFLAGS");
#endif
#ifdef KVM_SET_CPUID2
_Static_assert((uint64_t)(KVM_SET_CPUID2) == (uint64_t)(0x4008ae90), "ioctl_arg_ptr: KVM_SET_CPUID2");
#endif
#ifdef PTP_EXTTS_REQUEST
_Static_assert((uint64_t)(PTP_EXTTS_REQUEST) == (uint64_t)(0x40103d02), "ioctl_arg_ptr: PTP_EXTTS_REQUEST");
#endif
#ifdef PTP_EXTTS_REQUEST2
_Static_assert((uint64_t)(PTP_EXTTS_REQUEST2) == (uint64_t)(0x40103d0b), "ioctl_arg_ptr: PTP_EXTTS_REQUEST2");
#endif
#ifdef EVIOCSMASK
_Static_assert((uint64_t)(EVIOCSMASK) == (uint64_t)(0x40104593), "ioctl_arg_ptr: EVIOCSMASK");
#endif
#ifdef BTRFS_IOC_QGROUP_CREATE
_Static_assert((uint64_t)(BTRFS_IOC_QGROUP_CREATE) == (uint64_t)(0x4010942a), "ioctl_arg_ptr: BTRFS_IOC_QGROUP_CREATE");
#endif
#ifdef VIDIOC_S_CROP
_Static_assert((uint64_t)(VIDIOC_S_CROP) == (uint64_t)(0x4014563c), "ioctl_arg_ptr: VIDIOC_S_CROP");
#endif
#ifdef RTC_PARAM_GET
_Static_assert((uint64_t)(RTC_PARAM_GET) == (uint64_t)(0x40187013), "ioctl_arg_ptr: RTC_PARAM_GET");
#endif
#ifdef RTC_PARAM_SET
_Static_assert((uint64_t)(RTC_PARAM_SET) == (uint64_t)(0x40187014), "ioctl_arg_ptr: RTC_PARAM_SET");
#endif
#ifdef BTRFS_IOC_QGROUP_ASSIGN
_Static_assert((uint64_t)(BTRFS_IOC_QGROUP_ASSIGN) == (uint64_t)(0x40189429), "ioctl_arg_ptr: BTRFS_IOC_QGROUP_ASSIGN");
#endif
#ifdef FS_IOC_FSSETXATTR
_Static_assert((uint64_t)(FS_IOC_FSSETXATTR) == (uint64_t)(0x401c5820), "ioctl_arg_ptr: FS_IOC_FSSETXATTR");
#endif
#ifdef RTC_PLL_SET
_Static_assert((uint64_t)(RTC_PLL_SET) == (uint64_t)(0x40207012), "ioctl_arg_ptr: RTC_PLL_SET");
#endif
#ifdef BTRFS_IOC_CLONE_RANGE
_Static_assert((uint64_t)(BTRFS_IOC_CLONE_RANGE) == (uint64_t)(0x4020940d), "ioctl_arg_ptr: BTRFS_IOC_CLONE_RANGE");
#endif
#ifdef KVM_SET_USER_MEMORY_REGION
_Static_assert((uint64_t)(KVM_SET_USER_MEMORY_REGION) == (uint64_t)(0x4020ae46), "ioctl_arg_ptr: KVM_SET_USER_MEMORY_REGION");
#endif
#ifdef RTC_ALM_SET
_Static_assert((uint64_t)(RTC_ALM_SET) == (uint64_t)(0x40247007), "ioctl_arg_ptr: RTC_ALM_SET");
#endif
#ifdef RTC_SET_TIME
_Static_assert((uint64_t)(RTC_SET_TIME) == (uint64_t)(0x4024700a), "ioctl_arg_ptr: RTC_SET_TIME");
#endif
#ifdef EVIOCSKEYCODE_V2
_Static_assert((uint64_t)(EVIOCSKEYCODE_V2) == (uint64_t)(0x40284504), "ioctl_arg_ptr: EVIOCSKEYCODE_V2");
#endif
#ifdef RTC_WKALM_SET
_Static_assert((uint64_t)(RTC_WKALM_SET) == (uint64_t)(0x4028700f), "ioctl_arg_ptr: RTC_WKALM_SET");
#endif
#ifdef TCSETS2
_Static_assert((uint64_t)(TCSETS2) == (uint64_t)(0x402c542b), "ioctl_arg_ptr: TCSETS2");
#endif
#ifdef TCSETSW2
_Static_assert((uint64_t)(TCSETSW2) == (uint64_t)(0x402c542c), "ioctl_arg_ptr: TCSETSW2");
#endif
#ifdef TCSETSF2
_Static_assert((uint64_t)(TCSETSF2) == (uint64_t)(0x402c542d), "ioctl_arg_ptr: TCSETSF2");
#endif
#ifdef EVIOCSFF
_Static_assert((uint64_t)(EVIOCSFF) == (uint64_t)(0x40304580), "ioctl_arg_ptr: EVIOCSFF");
#endif
#ifdef VIDIOC_S_FBUF
_Static_assert((uint64_t)(VIDIOC_S_FBUF) == (uint64_t)(0x4030560b), "ioctl_arg_ptr: VIDIOC_S_FBUF");
#endif
#ifdef BTRFS_IOC_DEFRAG_RANGE
_Static_assert((uint64_t)(BTRFS_IOC_DEFRAG_RANGE) == (uint64_t)(0x40309410), "ioctl_arg_ptr: BTRFS_IOC_DEFRAG_RANGE");
#endif
#ifdef BTRFS_IOC_SET_FEATURES
_Static_assert((uint64_t)(BTRFS_IOC_SET_FEATURES) == (uint64_t)(0x40309439), "ioctl_arg_ptr: BTRFS_IOC_SET_FEATURES");
#endif
#ifdef PTP_PEROUT_REQUEST
_Static_assert((uint64_t)(PTP_PEROUT_REQUEST) == (uint64_t)(0x40383d03), "ioctl_arg_ptr: PTP_PEROUT_REQUEST");
#endif
#ifdef PTP_PEROUT_REQUEST2
_Static_assert((uint64_t)(PTP_PEROUT_REQUEST2) == (uint64_t)(0x40383d0c), "ioctl_arg_ptr: PTP_PEROUT_REQUEST2");
#endif
#ifdef BTRFS_IOC_QUOTA_RESCAN
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_RESCAN) == (uint64_t)(0x4040942c), "ioctl_arg_ptr: BTRFS_IOC_QUOTA_RESCAN");
#endif
#ifdef BTRFS_IOC_SEND
_Static_assert((uint64_t)(BTRFS_IOC_SEND) == (uint64_t)(0x40489426), "ioctl_arg_ptr: BTRFS_IOC_SEND");
#endif
#ifdef VIDIOC_S_TUNER
_Static_assert((uint64_t)(VIDIOC_S_TUNER) == (uint64_t)(0x4054561e), "ioctl_arg_ptr: VIDIOC_S_TUNER");
#endif
#ifdef PTP_PIN_SETFUNC
_Static_assert((uint64_t)(PTP_PIN_SETFUNC) == (uint64_t)(0x40603d07), "ioctl_arg_ptr: PTP_PIN_SETFUNC");
#endif
#ifdef PTP_PIN_SETFUNC2
_Static_assert((uint64_t)(PTP_PIN_SETFUNC2) == (uint64_t)(0x40603d10), "ioctl_arg_ptr: PTP_PIN_SETFUNC2");
#endif
#ifdef KVM_SET_REGS
_Static_assert((uint64_t)(KVM_SET_REGS) == (uint64_t)(0x4090ae82), "ioctl_arg_ptr: KVM_SET_REGS");
#endif
#ifdef FS_IOC_SETFSLABEL
_Static_assert((uint64_t)(FS_IOC_SETFSLABEL) == (uint64_t)(0x41009432), "ioctl_arg_ptr: FS_IOC_SETFSLABEL");
#endif
#ifdef KVM_SET_SREGS
_Static_assert((uint64_t)(KVM_SET_SREGS) == (uint64_t)(0x4138ae84), "ioctl_arg_ptr: KVM_SET_SREGS");
#endif
#ifdef PTP_SYS_OFFSET
_Static_assert((uint64_t)(PTP_SYS_OFFSET) == (uint64_t)(0x43403d05), "ioctl_arg_ptr: PTP_SYS_OFFSET");
#endif
#ifdef PTP_SYS_OFFSET2
_Static_assert((uint64_t)(PTP_SYS_OFFSET2) == (uint64_t)(0x43403d0e), "ioctl_arg_ptr: PTP_SYS_OFFSET2");
#endif
#ifdef BTRFS_IOC_SNAP_CREATE
_Static_assert((uint64_t)(BTRFS_IOC_SNAP_CREATE) == (uint64_t)(0x50009401), "ioctl_arg_ptr: BTRFS_IOC_SNAP_CREATE");
#endif
#ifdef BTRFS_IOC_RESIZE
_Static_assert((uint64_t)(BTRFS_IOC_RESIZE) == (uint64_t)(0x50009403), "ioctl_arg_ptr: BTRFS_IOC_RESIZE");
#endif
#ifdef BTRFS_IOC_SCAN_DEV
_Static_assert((uint64_t)(BTRFS_IOC_SCAN_DEV) == (uint64_t)(0x50009404), "ioctl_arg_ptr: BTRFS_IOC_SCAN_DEV");
#endif
#ifdef BTRFS_IOC_FORGET_DEV
_Static_assert((uint64_t)(BTRFS_IOC_FORGET_DEV) == (uint64_t)(0x50009405), "ioctl_arg_ptr: BTRFS_IOC_FORGET_DEV");
#endif
#ifdef BTRFS_IOC_ADD_DEV
_Static_assert((uint64_t)(BTRFS_IOC_ADD_DEV) == (uint64_t)(0x5000940a), "ioctl_arg_ptr: BTRFS_IOC_ADD_DEV");
#endif
#ifdef BTRFS_IOC_RM_DEV
_Static_assert((uint64_t)(BTRFS_IOC_RM_DEV) == (uint64_t)(0x5000940b), "ioctl_arg_ptr: BTRFS_IOC_RM_DEV");
#endif
#ifdef BTRFS_IOC_SUBVOL_CREATE
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_CREATE) == (uint64_t)(0x5000940e), "ioctl_arg_ptr: BTRFS_IOC_SUBVOL_CREATE");
#endif
#ifdef BTRFS_IOC_SNAP_DESTROY
_Static_assert((uint64_t)(BTRFS_IOC_SNAP_DESTROY) == (uint64_t)(0x5000940f), "ioctl_arg_ptr: BTRFS_IOC_SNAP_DESTROY");
#endif
#ifdef BTRFS_IOC_SNAP_CREATE_V2
_Static_assert((uint64_t)(BTRFS_IOC_SNAP_CREATE_V2) == (uint64_t)(0x50009417), "ioctl_arg_ptr: BTRFS_IOC_SNAP_CREATE_V2");
#endif
#ifdef BTRFS_IOC_SUBVOL_CREATE_V2
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_CREATE_V2) == (uint64_t)(0x50009418), "ioctl_arg_ptr: BTRFS_IOC_SUBVOL_CREATE_V2");
#endif
#ifdef BLKGETZONESZ
_Static_assert((uint64_t)(BLKGETZONESZ) == (uint64_t)(0x80041284), "ioctl_arg_ptr: BLKGETZONESZ");
#endif
#ifdef BLKGETNRZONES
_Static_assert((uint64_t)(BLKGETNRZONES) == (uint64_t)(0x80041285), "ioctl_arg_ptr: BLKGETNRZONES");
#endif
#ifdef EVIOCGVERSION
_Static_assert((uint64_t)(EVIOCGVERSION) == (uint64_t)(0x80044501), "ioctl_arg_ptr: EVIOCGVERSION");
#endif
#ifdef EVIOCGEFFECTS
_Static_assert((uint64_t)(EVIOCGEFFECTS) == (uint64_t)(0x80044584), "ioctl_arg_ptr: EVIOCGEFFECTS");
#endif
#ifdef RNDGETENTCNT
_Static_assert((uint64_t)(RNDGETENTCNT) == (uint64_t)(0x80045200), "ioctl_arg_ptr: RNDGETENTCNT");
#endif
#ifdef TIOCGPTN
_Static_assert((uint64_t)(TIOCGPTN) == (uint64_t)(0x80045430), "ioctl_arg_ptr: TIOCGPTN");
#endif
#ifdef TIOCGDEV
_Static_assert((uint64_t)(TIOCGDEV) == (uint64_t)(0x80045432), "ioctl_arg_ptr: TIOCGDEV");
#endif
#ifdef TIOCGEXCL
_Static_assert((uint64_t)(TIOCGEXCL) == (uint64_t)(0x80045440), "ioctl_arg_ptr: TIOCGEXCL");
#endif
#ifdef VIDIOC_G_INPUT
_Static_assert((uint64_t)(VIDIOC_G_INPUT) == (uint64_t)(0x80045626), "ioctl_arg_ptr: VIDIOC_G_INPUT");
#endif
#ifdef WDIOC_GETSTATUS
_Static_assert((uint64_t)(WDIOC_GETSTATUS) == (uint64_t)(0x80045701), "ioctl_arg_ptr: WDIOC_GETSTATUS");
#endif
#ifdef WDIOC_GETBOOTSTATUS
_Static_assert((uint64_t)(WDIOC_GETBOOTSTATUS) == (uint64_t)(0x80045702), "ioctl_arg_ptr: WDIOC_GETBOOTSTATUS");
#endif
#ifdef WDIOC_GETTEMP
_Static_assert((uint64_t)(WDIOC_GETTEMP) == (uint64_t)(0x80045703), "ioctl_arg_ptr: WDIOC_GETTEMP");
#endif
#ifdef WDIOC_GETTIMEOUT
_Static_assert((uint64_t)(WDIOC_GETTIMEOUT) == (uint64_t)(0x80045707), "ioctl_arg_ptr: WDIOC_GETTIMEOUT");
#endif
#ifdef WDIOC_GETPRETIMEOUT
_Static_assert((uint64_t)(WDIOC_GETPRETIMEOUT) == (uint64_t)(0x80045709), "ioctl_arg_ptr: WDIOC_GETPRETIMEOUT");
#endif
#ifdef WDIOC_GETTIMELEFT
_Static_assert((uint64_t)(WDIOC_GETTIMELEFT) == (uint64_t)(0x8004570a), "ioctl_arg_ptr: WDIOC_GETTIMELEFT");
#endif
#ifdef FS_IOC32_GETFLAGS
_Static_assert((uint64_t)(FS_IOC32_GETFLAGS) == (uint64_t)(0x80046601), "ioctl_arg_ptr: FS_IOC32_GETFLAGS");
#endif
#ifdef LIRC_GET_FEATURES
_Static_assert((uint64_t)(LIRC_GET_FEATURES) == (uint64_t)(0x80046900), "ioctl_arg_ptr: LIRC_GET_FEATURES");
#endif
#ifdef LIRC_GET_SEND_MODE
_Static_assert((uint64_t)(LIRC_GET_SEND_MODE) == (uint64_t)(0x80046901), "ioctl_arg_ptr: LIRC_GET_SEND_MODE");
#endif
#ifdef LIRC_GET_REC_MODE
_Static_assert((uint64_t)(LIRC_GET_REC_MODE) == (uint64_t)(0x80046902), "ioctl_arg_ptr: LIRC_GET_REC_MODE");
#endif
#ifdef LIRC_GET_REC_RESOLUTION
_Static_assert((uint64_t)(LIRC_GET_REC_RESOLUTION) == (uint64_t)(0x80046907), "ioctl_arg_ptr: LIRC_GET_REC_RESOLUTION");
#endif
#ifdef I2OVALIDATE
_Static_assert((uint64_t)(I2OVALIDATE) == (uint64_t)(0x80046908), "ioctl_arg_ptr: I2OVALIDATE");
#endif
#ifdef LIRC_GET_MAX_TIMEOUT
_Static_assert((uint64_t)(LIRC_GET_MAX_TIMEOUT) == (uint64_t)(0x80046909), "ioctl_arg_ptr: LIRC_GET_MAX_TIMEOUT");
#endif
#ifdef LIRC_GET_LENGTH
_Static_assert((uint64_t)(LIRC_GET_LENGTH) == (uint64_t)(0x8004690f), "ioctl_arg_ptr: LIRC_GET_LENGTH");
#endif
#ifdef LIRC_GET_REC_TIMEOUT
_Static_assert((uint64_t)(LIRC_GET_REC_TIMEOUT) == (uint64_t)(0x80046924), "ioctl_arg_ptr: LIRC_GET_REC_TIMEOUT");
#endif
#ifdef RTC_VL_READ
_Static_assert((uint64_t)(RTC_VL_READ) == (uint64_t)(0x80047013), "ioctl_arg_ptr: RTC_VL_READ");
#endif
#ifdef TEE_IOC_CLOSE_SESSION
_Static_assert((uint64_t)(TEE_IOC_CLOSE_SESSION) == (uint64_t)(0x8004a405), "ioctl_arg_ptr: TEE_IOC_CLOSE_SESSION");
#endif
#ifdef BLKBSZGET
_Static_assert((uint64_t)(BLKBSZGET) == (uint64_t)(0x80081270), "ioctl_arg_ptr: BLKBSZGET");
#endif
#ifdef BLKGETSIZE64
_Static_assert((uint64_t)(BLKGETSIZE64) == (uint64_t)(0x80081272), "ioctl_arg_ptr: BLKGETSIZE64");
#endif
#ifdef BLKGETDISKSEQ
_Static_assert((uint64_t)(BLKGETDISKSEQ) == (uint64_t)(0x80081280), "ioctl_arg_ptr: BLKGETDISKSEQ");
#endif
#ifdef PERF_EVENT_IOC_ID
_Static_assert((uint64_t)(PERF_EVENT_IOC_ID) == (uint64_t)(0x80082407), "ioctl_arg_ptr: PERF_EVENT_IOC_ID");
#endif
#ifdef EVIOCGID
_Static_assert((uint64_t)(EVIOCGID) == (uint64_t)(0x80084502), "ioctl_arg_ptr: EVIOCGID");
#endif
#ifdef EVIOCGREP
_Static_assert((uint64_t)(EVIOCGREP) == (uint64_t)(0x80084503), "ioctl_arg_ptr: EVIOCGREP");
#endif
#ifdef EVIOCGKEYCODE
_Static_assert((uint64_t)(EVIOCGKEYCODE) == (uint64_t)(0x80084504), "ioctl_arg_ptr: EVIOCGKEYCODE");
#endif
#ifdef VIDIOC_G_STD
_Static_assert((uint64_t)(VIDIOC_G_STD) == (uint64_t)(0x80085617), "ioctl_arg_ptr: VIDIOC_G_STD");
#endif
#ifdef FS_IOC_GETFLAGS
_Static_assert((uint64_t)(FS_IOC_GETFLAGS) == (uint64_t)(0x80086601), "ioctl_arg_ptr: FS_IOC_GETFLAGS");
#endif
#ifdef RTC_IRQP_READ
_Static_assert((uint64_t)(RTC_IRQP_READ) == (uint64_t)(0x8008700b), "ioctl_arg_ptr: RTC_IRQP_READ");
#endif
#ifdef RTC_EPOCH_READ
_Static_assert((uint64_t)(RTC_EPOCH_READ) == (uint64_t)(0x8008700d), "ioctl_arg_ptr: RTC_EPOCH_READ");
#endif
#ifdef BTRFS_IOC_START_SYNC
_Static_assert((uint64_t)(BTRFS_IOC_START_SYNC) == (uint64_t)(0x80089418), "ioctl_arg_ptr: BTRFS_IOC_START_SYNC");
#endif
#ifdef BTRFS_IOC_SUBVOL_GETFLAGS
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_GETFLAGS) == (uint64_t)(0x80089419), "ioctl_arg_ptr: BTRFS_IOC_SUBVOL_GETFLAGS");
#endif
#ifdef TEE_IOC_CANCEL
_Static_assert((uint64_t)(TEE_IOC_CANCEL) == (uint64_t)(0x8008a404), "ioctl_arg_ptr: TEE_IOC_CANCEL");
#endif
#ifdef TEE_IOC_VERSION
_Static_assert((uint64_t)(TEE_IOC_VERSION) == (uint64_t)(0x800ca400), "ioctl_arg_ptr: TEE_IOC_VERSION");
#endif
#ifdef EVIOCGMASK
_Static_assert((uint64_t)(EVIOCGMASK) == (uint64_t)(0x80104592), "ioctl_arg_ptr: EVIOCGMASK");
#endif
#ifdef TEE_IOC_OPEN_SESSION
_Static_assert((uint64_t)(TEE_IOC_OPEN_SESSION) == (uint64_t)(0x8010a402), "ioctl_arg_ptr: TEE_IOC_OPEN_SESSION");
#endif
#ifdef TEE_IOC_INVOKE
_Static_assert((uint64_t)(TEE_IOC_INVOKE) == (uint64_t)(0x8010a403), "ioctl_arg_ptr: TEE_IOC_INVOKE");
#endif
#ifdef TEE_IOC_SUPPL_RECV
_Static_assert((uint64_t)(TEE_IOC_SUPPL_RECV) == (uint64_t)(0x8010a406), "ioctl_arg_ptr: TEE_IOC_SUPPL_RECV");
#endif
#ifdef TEE_IOC_SUPPL_SEND
_Static_assert((uint64_t)(TEE_IOC_SUPPL_SEND) == (uint64_t)(0x8010a407), "ioctl_arg_ptr: TEE_IOC_SUPPL_SEND");
#endif
#ifdef BTRFS_IOC_GET_FEATURES
_Static_assert((uint64_t)(BTRFS_IOC_GET_FEATURES) == (uint64_t)(0x80189439), "ioctl_arg_ptr: BTRFS_IOC_GET_FEATURES");
#endif
#ifdef FS_IOC_FSGETXATTR
_Static_assert((uint64_t)(FS_IOC_FSGETXATTR) == (uint64_t)(0x801c581f), "ioctl_arg_ptr: FS_IOC_FSGETXATTR");
#endif
#ifdef RTC_PLL_GET
_Static_assert((uint64_t)(RTC_PLL_GET) == (uint64_t)(0x80207011), "ioctl_arg_ptr: RTC_PLL_GET");
#endif
#ifdef RTC_ALM_READ
_Static_assert((uint64_t)(RTC_ALM_READ) == (uint64_t)(0x80247008), "ioctl_arg_ptr: RTC_ALM_READ");
#endif
#ifdef RTC_RD_TIME
_Static_assert((uint64_t)(RTC_RD_TIME) == (uint64_t)(0x80247009), "ioctl_arg_ptr: RTC_RD_TIME");
#endif
#ifdef EVIOCGKEYCODE_V2
_Static_assert((uint64_t)(EVIOCGKEYCODE_V2) == (uint64_t)(0x80284504), "ioctl_arg_ptr: EVIOCGKEYCODE_V2");
#endif
#ifdef RTC_WKALM_RD
_Static_assert((uint64_t)(RTC_WKALM_RD) == (uint64_t)(0x80287010), "ioctl_arg_ptr: RTC_WKALM_RD");
#endif
#ifdef TCGETS2
_Static_assert((uint64_t)(TCGETS2) == (uint64_t)(0x802c542a), "ioctl_arg_ptr: TCGETS2");
#endif
#ifdef VIDIOC_G_FBUF
_Static_assert((uint64_t)(VIDIOC_G_FBUF) == (uint64_t)(0x8030560a), "ioctl_arg_ptr: VIDIOC_G_FBUF");
#endif
#ifdef BTRFS_IOC_QGROUP_LIMIT
_Static_assert((uint64_t)(BTRFS_IOC_QGROUP_LIMIT) == (uint64_t)(0x8030942b), "ioctl_arg_ptr: BTRFS_IOC_QGROUP_LIMIT");
#endif
#ifdef BTRFS_IOC_QUOTA_RESCAN_STATUS
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_RESCAN_STATUS) == (uint64_t)(0x8040942d), "ioctl_arg_ptr: BTRFS_IOC_QUOTA_RESCAN_STATUS");
#endif
#ifdef GPIO_GET_CHIPINFO_IOCTL
_Static_assert((uint64_t)(GPIO_GET_CHIPINFO_IOCTL) == (uint64_t)(0x8044b401), "ioctl_arg_ptr: GPIO_GET_CHIPINFO_IOCTL");
#endif
#ifdef BTRFS_IOC_GET_SUPPORTED_FEATURES
_Static_assert((uint64_t)(BTRFS_IOC_GET_SUPPORTED_FEATURES) == (uint64_t)(0x80489439), "ioctl_arg_ptr: BTRFS_IOC_GET_SUPPORTED_FEATURES");
#endif
#ifdef PTP_CLOCK_GETCAPS
_Static_assert((uint64_t)(PTP_CLOCK_GETCAPS) == (uint64_t)(0x80503d01), "ioctl_arg_ptr: PTP_CLOCK_GETCAPS");
#endif
#ifdef PTP_CLOCK_GETCAPS2
_Static_assert((uint64_t)(PTP_CLOCK_GETCAPS2) == (uint64_t)(0x80503d0a), "ioctl_arg_ptr: PTP_CLOCK_GETCAPS2");
#endif
#ifdef VIDIOC_QUERYCAP
_Static_assert((uint64_t)(VIDIOC_QUERYCAP) == (uint64_t)(0x80685600), "ioctl_arg_ptr: VIDIOC_QUERYCAP");
#endif
#ifdef KVM_GET_REGS
_Static_assert((uint64_t)(KVM_GET_REGS) == (uint64_t)(0x8090ae81), "ioctl_arg_ptr: KVM_GET_REGS");
#endif
#ifdef FS_IOC_GETFSLABEL
_Static_assert((uint64_t)(FS_IOC_GETFSLABEL) == (uint64_t)(0x81009431), "ioctl_arg_ptr: FS_IOC_GETFSLABEL");
#endif
#ifdef KVM_GET_SREGS
_Static_assert((uint64_t)(KVM_GET_SREGS) == (uint64_t)(0x8138ae83), "ioctl_arg_ptr: KVM_GET_SREGS");
#endif
#ifdef BTRFS_IOC_FS_INFO
_Static_assert((uint64_t)(BTRFS_IOC_FS_INFO) == (uint64_t)(0x8400941f), "ioctl_arg_ptr: BTRFS_IOC_FS_INFO");
#endif
#ifdef BTRFS_IOC_BALANCE_PROGRESS
_Static_assert((uint64_t)(BTRFS_IOC_BALANCE_PROGRESS) == (uint64_t)(0x84009422), "ioctl_arg_ptr: BTRFS_IOC_BALANCE_PROGRESS");
#endif
#ifdef BTRFS_IOC_DEVICES_READY
_Static_assert((uint64_t)(BTRFS_IOC_DEVICES_READY) == (uint64_t)(0x90009427), "ioctl_arg_ptr: BTRFS_IOC_DEVICES_READY");
#endif
#ifdef VIDIOC_S_INPUT
_Static_assert((uint64_t)(VIDIOC_S_INPUT) == (uint64_t)(0xc0045627), "ioctl_arg_ptr: VIDIOC_S_INPUT");
#endif
#ifdef WDIOC_SETTIMEOUT
_Static_assert((uint64_t)(WDIOC_SETTIMEOUT) == (uint64_t)(0xc0045706), "ioctl_arg_ptr: WDIOC_SETTIMEOUT");
#endif
#ifdef WDIOC_SETPRETIMEOUT
_Static_assert((uint64_t)(WDIOC_SETPRETIMEOUT) == (uint64_t)(0xc0045708), "ioctl_arg_ptr: WDIOC_SETPRETIMEOUT");
#endif
#ifdef GPIO_GET_LINEINFO_UNWATCH_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEINFO_UNWATCH_IOCTL) == (uint64_t)(0xc004b40c), "ioctl_arg_ptr: GPIO_GET_LINEINFO_UNWATCH_IOCTL");
#endif
#ifdef PERF_EVENT_IOC_QUERY_BPF
_Static_assert((uint64_t)(PERF_EVENT_IOC_QUERY_BPF) == (uint64_t)(0xc008240a), "ioctl_arg_ptr: PERF_EVENT_IOC_QUERY_BPF");
#endif
#ifdef VIDIOC_G_CTRL
_Static_assert((uint64_t)(VIDIOC_G_CTRL) == (uint64_t)(0xc008561b), "ioctl_arg_ptr: VIDIOC_G_CTRL");
#endif
#ifdef VIDIOC_S_CTRL
_Static_assert((uint64_t)(VIDIOC_S_CTRL) == (uint64_t)(0xc008561c), "ioctl_arg_ptr: VIDIOC_S_CTRL");
#endif
#ifdef KVM_GET_SUPPORTED_CPUID
_Static_assert((uint64_t)(KVM_GET_SUPPORTED_CPUID) == (uint64_t)(0xc008ae05), "ioctl_arg_ptr: KVM_GET_SUPPORTED_CPUID");
#endif
#ifdef KVM_GET_EMULATED_CPUID
_Static_assert((uint64_t)(KVM_GET_EMULATED_CPUID) == (uint64_t)(0xc008ae09), "ioctl_arg_ptr: KVM_GET_EMULATED_CPUID");
#endif
#ifdef BTRFS_IOC_SPACE_INFO
_Static_assert((uint64_t)(BTRFS_IOC_SPACE_INFO) == (uint64_t)(0xc0109414), "ioctl_arg_ptr: BTRFS_IOC_SPACE_INFO");
#endif
#ifdef BTRFS_IOC_QUOTA_CTL
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_CTL) == (uint64_t)(0xc0109428), "ioctl_arg_ptr: BTRFS_IOC_QUOTA_CTL");
#endif
#ifdef TEE_IOC_SHM_ALLOC
_Static_assert((uint64_t)(TEE_IOC_SHM_ALLOC) == (uint64_t)(0xc010a401), "ioctl_arg_ptr: TEE_IOC_SHM_ALLOC");
#endif
#ifdef GPIO_V2_LINE_GET_VALUES_IOCTL
_Static_assert((uint64_t)(GPIO_V2_LINE_GET_VALUES_IOCTL) == (uint64_t)(0xc010b40e), "ioctl_arg_ptr: GPIO_V2_LINE_GET_VALUES_IOCTL");
#endif
#ifdef GPIO_V2_LINE_SET_VALUES_IOCTL
_Static_assert((uint64_t)(GPIO_V2_LINE_SET_VALUES_IOCTL) == (uint64_t)(0xc010b40f), "ioctl_arg_ptr: GPIO_V2_LINE_SET_VALUES_IOCTL");
#endif
#ifdef VIDIOC_REQBUFS
_Static_assert((uint64_t)(VIDIOC_REQBUFS) == (uint64_t)(0xc0145608), "ioctl_arg_ptr: VIDIOC_REQBUFS");
#endif
#ifdef VIDIOC_G_CROP
_Static_assert((uint64_t)(VIDIOC_G_CROP) == (uint64_t)(0xc014563b), "ioctl_arg_ptr: VIDIOC_G_CROP");
#endif
#ifdef FITRIM
_Static_assert((uint64_t)(FITRIM) == (uint64_t)(0xc0185879), "ioctl_arg_ptr: FITRIM");
#endif
#ifdef BTRFS_IOC_FILE_EXTENT_SAME
_Static_assert((uint64_t)(BTRFS_IOC_FILE_EXTENT_SAME) == (uint64_t)(0xc0189436), "ioctl_arg_ptr: BTRFS_IOC_FILE_EXTENT_SAME");
#endif
#ifdef TEE_IOC_SHM_REGISTER
_Static_assert((uint64_t)(TEE_IOC_SHM_REGISTER) == (uint64_t)(0xc018a409), "ioctl_arg_ptr: TEE_IOC_SHM_REGISTER");
#endif
#ifdef VIDIOC_G_EXT_CTRLS
_Static_assert((uint64_t)(VIDIOC_G_EXT_CTRLS) == (uint64_t)(0xc0205647), "ioctl_arg_ptr: VIDIOC_G_EXT_CTRLS");
#endif
#ifdef VIDIOC_S_EXT_CTRLS
_Static_assert((uint64_t)(VIDIOC_S_EXT_CTRLS) == (uint64_t)(0xc0205648), "ioctl_arg_ptr: VIDIOC_S_EXT_CTRLS");
#endif
#ifdef VIDIOC_TRY_EXT_CTRLS
_Static_assert((uint64_t)(VIDIOC_TRY_EXT_CTRLS) == (uint64_t)(0xc0205649), "ioctl_arg_ptr: VIDIOC_TRY_EXT_CTRLS");
#endif
#ifdef VIDIOC_CROPCAP
_Static_assert((uint64_t)(VIDIOC_CROPCAP) == (uint64_t)(0xc02c563a), "ioctl_arg_ptr: VIDIOC_CROPCAP");
#endif
#ifdef VIDIOC_ENUM_FRAMESIZES
_Static_assert((uint64_t)(VIDIOC_ENUM_FRAMESIZES) == (uint64_t)(0xc02c564a), "ioctl_arg_ptr: VIDIOC_ENUM_FRAMESIZES");
#endif
#ifdef GPIO_GET_LINEEVENT_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEEVENT_IOCTL) == (uint64_t)(0xc030b404), "ioctl_arg_ptr: GPIO_GET_LINEEVENT_IOCTL");
#endif
#ifdef VIDIOC_ENUM_FRAMEINTERVALS
_Static_assert((uint64_t)(VIDIOC_ENUM_FRAMEINTERVALS) == (uint64_t)(0xc034564b), "ioctl_arg_ptr: VIDIOC_ENUM_FRAMEINTERVALS");
#endif
#ifdef BTRFS_IOC_INO_PATHS
_Static_assert((uint64_t)(BTRFS_IOC_INO_PATHS) == (uint64_t)(0xc0389423), "ioctl_arg_ptr: BTRFS_IOC_INO_PATHS");
#endif
#ifdef BTRFS_IOC_LOGICAL_INO
_Static_assert((uint64_t)(BTRFS_IOC_LOGICAL_INO) == (uint64_t)(0xc0389424), "ioctl_arg_ptr: BTRFS_IOC_LOGICAL_INO");
#endif
#ifdef VIDIOC_ENUM_FMT
_Static_assert((uint64_t)(VIDIOC_ENUM_FMT) == (uint64_t)(0xc0405602), "ioctl_arg_ptr: VIDIOC_ENUM_FMT");
#endif
#ifdef GPIOHANDLE_GET_LINE_VALUES_IOCTL
_Static_assert((uint64_t)(GPIOHANDLE_GET_LINE_VALUES_IOCTL) == (uint64_t)(0xc040b408), "ioctl_arg_ptr: GPIOHANDLE_GET_LINE_VALUES_IOCTL");
#endif
#ifdef GPIOHANDLE_SET_LINE_VALUES_IOCTL
_Static_assert((uint64_t)(GPIOHANDLE_SET_LINE_VALUES_IOCTL) == (uint64_t)(0xc040b409), "ioctl_arg_ptr: GPIOHANDLE_SET_LINE_VALUES_IOCTL");
#endif
#ifdef VIDIOC_QUERYCTRL
_Static_assert((uint64_t)(VIDIOC_QUERYCTRL) == (uint64_t)(0xc0445624), "ioctl_arg_ptr: VIDIOC_QUERYCTRL");
#endif
#ifdef VIDIOC_ENUMSTD
_Static_assert((uint64_t)(VIDIOC_ENUMSTD) == (uint64_t)(0xc0485619), "ioctl_arg_ptr: VIDIOC_ENUMSTD");
#endif
#ifdef GPIO_GET_LINEINFO_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEINFO_IOCTL) == (uint64_t)(0xc048b402), "ioctl_arg_ptr: GPIO_GET_LINEINFO_IOCTL");
#endif
#ifdef GPIO_GET_LINEINFO_WATCH_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEINFO_WATCH_IOCTL) == (uint64_t)(0xc048b40b), "ioctl_arg_ptr: GPIO_GET_LINEINFO_WATCH_IOCTL");
#endif
#ifdef VIDIOC_ENUMINPUT
_Static_assert((uint64_t)(VIDIOC_ENUMINPUT) == (uint64_t)(0xc050561a), "ioctl_arg_ptr: VIDIOC_ENUMINPUT");
#endif
#ifdef VIDIOC_G_TUNER
_Static_assert((uint64_t)(VIDIOC_G_TUNER) == (uint64_t)(0xc054561d), "ioctl_arg_ptr: VIDIOC_G_TUNER");
#endif
#ifdef GPIOHANDLE_SET_CONFIG_IOCTL
_Static_assert((uint64_t)(GPIOHANDLE_SET_CONFIG_IOCTL) == (uint64_t)(0xc054b40a), "ioctl_arg_ptr: GPIOHANDLE_SET_CONFIG_IOCTL");
#endif
#ifdef VIDIOC_QUERYBUF
_Static_assert((uint64_t)(VIDIOC_QUERYBUF) == (uint64_t)(0xc0585609), "ioctl_arg_ptr: VIDIOC_QUERYBUF");
#endif
#ifdef VIDIOC_QBUF
_Static_assert((uint64_t)(VIDIOC_QBUF) == (uint64_t)(0xc058560f), "ioctl_arg_ptr: VIDIOC_QBUF");
#endif
#ifdef VIDIOC_DQBUF
_Static_assert((uint64_t)(VIDIOC_DQBUF) == (uint64_t)(0xc0585611), "ioctl_arg_ptr: VIDIOC_DQBUF");
#endif
#ifdef PTP_PIN_GETFUNC
_Static_assert((uint64_t)(PTP_PIN_GETFUNC) == (uint64_t)(0xc0603d06), "ioctl_arg_ptr: PTP_PIN_GETFUNC");
#endif
#ifdef PTP_PIN_GETFUNC2
_Static_assert((uint64_t)(PTP_PIN_GETFUNC2) == (uint64_t)(0xc0603d0f), "ioctl_arg_ptr: PTP_PIN_GETFUNC2");
#endif
#ifdef BTRFS_IOC_TREE_SEARCH_V2
_Static_assert((uint64_t)(BTRFS_IOC_TREE_SEARCH_V2) == (uint64_t)(0xc0709411), "ioctl_arg_ptr: BTRFS_IOC_TREE_SEARCH_V2");
#endif
#ifdef BTRFS_IOC_SET_RECEIVED_SUBVOL
_Static_assert((uint64_t)(BTRFS_IOC_SET_RECEIVED_SUBVOL) == (uint64_t)(0xc0c89425), "ioctl_arg_ptr: BTRFS_IOC_SET_RECEIVED_SUBVOL");
#endif
#ifdef VIDIOC_G_PARM
_Static_assert((uint64_t)(VIDIOC_G_PARM) == (uint64_t)(0xc0cc5615), "ioctl_arg_ptr: VIDIOC_G_PARM");
#endif
#ifdef VIDIOC_S_PARM
_Static_assert((uint64_t)(VIDIOC_S_PARM) == (uint64_t)(0xc0cc5616), "ioctl_arg_ptr: VIDIOC_S_PARM");
#endif
#ifdef VIDIOC_G_FMT
_Static_assert((uint64_t)(VIDIOC_G_FMT) == (uint64_t)(0xc0d05604), "ioctl_arg_ptr: VIDIOC_G_FMT");
#endif
#ifdef VIDIOC_S_FMT
_Static_assert((uint64_t)(VIDIOC_S_FMT) == (uint64_t)(0xc0d05605), "ioctl_arg_ptr: VIDIOC_S_FMT");
#endif
#ifdef VIDIOC_TRY_FMT
_Static_assert((uint64_t)(VIDIOC_TRY_FMT) == (uint64_t)(0xc0d05640), "ioctl_arg_ptr: VIDIOC_TRY_FMT");
#endif
#ifdef VIDIOC_QUERY_EXT_CTRL
_Static_assert((uint64_t)(VIDIOC_QUERY_EXT_CTRL) == (uint64_t)(0xc0e85667), "ioctl_arg_ptr: VIDIOC_QUERY_EXT_CTRL");
#endif
#ifdef VIDIOC_CREATE_BUFS
_Static_assert((uint64_t)(VIDIOC_CREATE_BUFS) == (uint64_t)(0xc100565c), "ioctl_arg_ptr: VIDIOC_CREATE_BUFS");
#endif
#ifdef GPIO_V2_GET_LINEINFO_IOCTL
_Static_assert((uint64_t)(GPIO_V2_GET_LINEINFO_IOCTL) == (uint64_t)(0xc100b405), "ioctl_arg_ptr: GPIO_V2_GET_LINEINFO_IOCTL");
#endif
#ifdef GPIO_V2_GET_LINEINFO_WATCH_IOCTL
_Static_assert((uint64_t)(GPIO_V2_GET_LINEINFO_WATCH_IOCTL) == (uint64_t)(0xc100b406), "ioctl_arg_ptr: GPIO_V2_GET_LINEINFO_WATCH_IOCTL");
#endif
#ifdef GPIO_V2_LINE_SET_CONFIG_IOCTL
_Static_assert((uint64_t)(GPIO_V2_LINE_SET_CONFIG_IOCTL) == (uint64_t)(0xc110b40d), "ioctl_arg_ptr: GPIO_V2_LINE_SET_CONFIG_IOCTL");
#endif
#ifdef GPIO_GET_LINEHANDLE_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEHANDLE_IOCTL) == (uint64_t)(0xc16cb403), "ioctl_arg_ptr: GPIO_GET_LINEHANDLE_IOCTL");
#endif
#ifdef GPIO_V2_GET_LINE_IOCTL
_Static_assert((uint64_t)(GPIO_V2_GET_LINE_IOCTL) == (uint64_t)(0xc250b407), "ioctl_arg_ptr: GPIO_V2_GET_LINE_IOCTL");
#endif
#ifdef BTRFS_IOC_SCRUB
_Static_assert((uint64_t)(BTRFS_IOC_SCRUB) == (uint64_t)(0xc400941b), "ioctl_arg_ptr: BTRFS_IOC_SCRUB");
#endif
#ifdef BTRFS_IOC_SCRUB_PROGRESS
_Static_assert((uint64_t)(BTRFS_IOC_SCRUB_PROGRESS) == (uint64_t)(0xc400941d), "ioctl_arg_ptr: BTRFS_IOC_SCRUB_PROGRESS");
#endif
#ifdef BTRFS_IOC_BALANCE_V2
_Static_assert((uint64_t)(BTRFS_IOC_BALANCE_V2) == (uint64_t)(0xc4009420), "ioctl_arg_ptr: BTRFS_IOC_BALANCE_V2");
#endif
#ifdef BTRFS_IOC_GET_DEV_STATS
_Static_assert((uint64_t)(BTRFS_IOC_GET_DEV_STATS) == (uint64_t)(0xc4089434), "ioctl_arg_ptr: BTRFS_IOC_GET_DEV_STATS");
#endif
#ifdef BTRFS_IOC_DEV_REPLACE
_Static_assert((uint64_t)(BTRFS_IOC_DEV_REPLACE) == (uint64_t)(0xca289435), "ioctl_arg_ptr: BTRFS_IOC_DEV_REPLACE");
#endif
#ifdef BTRFS_IOC_TREE_SEARCH
_Static_assert((uint64_t)(BTRFS_IOC_TREE_SEARCH) == (uint64_t)(0xd0009411), "ioctl_arg_ptr: BTRFS_IOC_TREE_SEARCH");
#endif
#ifdef BTRFS_IOC_INO_LOOKUP
_Static_assert((uint64_t)(BTRFS_IOC_INO_LOOKUP) == (uint64_t)(0xd0009412), "ioctl_arg_ptr: BTRFS_IOC_INO_LOOKUP");
#endif
#ifdef BTRFS_IOC_DEV_INFO
_Static_assert((uint64_t)(BTRFS_IOC_DEV_INFO) == (uint64_t)(0xd000941e), "ioctl_arg_ptr: BTRFS_IOC_DEV_INFO");
#endif
static const struct xlat_entry xe_ioctl_arg_ptr[] = {
	{ (uint64_t)(0x301), "HDIO_GETGEO" },
	{ (uint64_t)(0x302), "HDIO_GET_UNMASKINTR" },
	{ (uint64_t)(0x304), "HDIO_GET_MULTCOUNT" },
	{ (uint64_t)(0x307), "HDIO_OBSOLETE_IDENTITY" },
	{ (uint64_t)(0x308), "HDIO_GET_KEEPSETTINGS" },
	{ (uint64_t)(0x309), "HDIO_GET_32BIT" },
	{ (uint64_t)(0x30a), "HDIO_GET_NOWERR" },
	{ (uint64_t)(0x30b), "HDIO_GET_DMA" },
	{ (uint64_t)(0x30c), "HDIO_GET_NICE" },
	{ (uint64_t)(0x30d), "HDIO_GET_IDENTITY" },
	{ (uint64_t)(0x30e), "HDIO_GET_WCACHE" },
	{ (uint64_t)(0x30f), "HDIO_GET_ACOUSTIC" },
	{ (uint64_t)(0x310), "HDIO_GET_ADDRESS" },
	{ (uint64_t)(0x31a), "HDIO_GET_BUSSTATE" },
	{ (uint64_t)(0x31c), "HDIO_DRIVE_RESET" },
	{ (uint64_t)(0x31f), "HDIO_DRIVE_CMD" },
	{ (uint64_t)(0x328), "HDIO_SCAN_HWIF" },
	{ (uint64_t)(0x125d), "BLKROSET" },
	{ (uint64_t)(0x125e), "BLKROGET" },
	{ (uint64_t)(0x1260), "BLKGETSIZE" },
	{ (uint64_t)(0x1263), "BLKRAGET" },
	{ (uint64_t)(0x1265), "BLKFRAGET" },
	{ (uint64_t)(0x1267), "BLKSECTGET" },
	{ (uint64_t)(0x1268), "BLKSSZGET" },
	{ (uint64_t)(0x1269), "BLKPG" },
	{ (uint64_t)(0x1277), "BLKDISCARD" },
	{ (uint64_t)(0x1278), "BLKIOMIN" },
	{ (uint64_t)(0x1279), "BLKIOOPT" },
	{ (uint64_t)(0x127a), "BLKALIGNOFF" },
	{ (uint64_t)(0x127b), "BLKPBSZGET" },
	{ (uint64_t)(0x127c), "BLKDISCARDZEROES" },
	{ (uint64_t)(0x127d), "BLKSECDISCARD" },
	{ (uint64_t)(0x127e), "BLKROTATIONAL" },
	{ (uint64_t)(0x127f), "BLKZEROOUT" },
	{ (uint64_t)(0x4b31), "KDGETLED" },
	{ (uint64_t)(0x4b33), "KDGKBTYPE" },
	{ (uint64_t)(0x4b3b), "KDGETMODE" },
	{ (uint64_t)(0x4b40), "GIO_SCRNMAP" },
	{ (uint64_t)(0x4b41), "PIO_SCRNMAP" },
	{ (uint64_t)(0x4b44), "KDGKBMODE" },
	{ (uint64_t)(0x4b46), "KDGKBENT" },
	{ (uint64_t)(0x4b47), "KDSKBENT" },
	{ (uint64_t)(0x4b48), "KDGKBSENT" },
	{ (uint64_t)(0x4b49), "KDSKBSENT" },
	{ (uint64_t)(0x4b4a), "KDGKBDIACR" },
	{ (uint64_t)(0x4b4b), "KDSKBDIACR" },
	{ (uint64_t)(0x4b4c), "KDGETKEYCODE" },
	{ (uint64_t)(0x4b4d), "KDSETKEYCODE" },
	{ (uint64_t)(0x4b52), "KDKBDREP" },
	{ (uint64_t)(0x4b60), "GIO_FONT" },
	{ (uint64_t)(0x4b61), "PIO_FONT" },
	{ (uint64_t)(0x4b62), "KDGKBMETA" },
	{ (uint64_t)(0x4b64), "KDGKBLED" },
	{ (uint64_t)(0x4b66), "GIO_UNIMAP" },
	{ (uint64_t)(0x4b67), "PIO_UNIMAP" },
	{ (uint64_t)(0x4b68), "PIO_UNIMAPCLR" },
	{ (uint64_t)(0x4b69), "GIO_UNISCRNMAP" },
	{ (uint64_t)(0x4b6a), "PIO_UNISCRNMAP" },
	{ (uint64_t)(0x4b6b), "GIO_FONTX" },
	{ (uint64_t)(0x4b6c), "PIO_FONTX" },
	{ (uint64_t)(0x4b70), "GIO_CMAP" },
	{ (uint64_t)(0x4b71), "PIO_CMAP" },
	{ (uint64_t)(0x4b72), "KDFONTOP" },
	{ (uint64_t)(0x4bfa), "KDGKBDIACRUC" },
	{ (uint64_t)(0x4bfb), "KDSKBDIACRUC" },
	{ (uint64_t)(0x4c02), "LOOP_SET_STATUS" },
	{ (uint64_t)(0x4c03), "LOOP_GET_STATUS" },
	{ (uint64_t)(0x4c04), "LOOP_SET_STATUS64" },
	{ (uint64_t)(0x4c05), "LOOP_GET_STATUS64" },
	{ (uint64_t)(0x4c0a), "LOOP_CONFIGURE" },
	{ (uint64_t)(0x5401), "TCGETS" },
	{ (uint64_t)(0x5402), "SNDCTL_TMR_START" },
	{ (uint64_t)(0x5403), "SNDCTL_TMR_STOP" },
	{ (uint64_t)(0x5404), "SNDCTL_TMR_CONTINUE" },
	{ (uint64_t)(0x5405), "TCGETA" },
	{ (uint64_t)(0x5406), "TCSETA" },
	{ (uint64_t)(0x5407), "TCSETAW" },
	{ (uint64_t)(0x5408), "TCSETAF" },
	{ (uint64_t)(0x540f), "TIOCGPGRP" },
	{ (uint64_t)(0x5410), "TIOCSPGRP" },
	{ (uint64_t)(0x5411), "TIOCOUTQ" },
	{ (uint64_t)(0x5412), "TIOCSTI" },
	{ (uint64_t)(0x5413), "TIOCGWINSZ" },
	{ (uint64_t)(0x5414), "TIOCSWINSZ" },
	{ (uint64_t)(0x5415), "TIOCMGET" },
	{ (uint64_t)(0x5416), "TIOCMBIS" },
	{ (uint64_t)(0x5417), "TIOCMBIC" },
	{ (uint64_t)(0x5418), "TIOCMSET" },
	{ (uint64_t)(0x5419), "TIOCGSOFTCAR" },
	{ (uint64_t)(0x541a), "TIOCSSOFTCAR" },
	{ (uint64_t)(0x541b), "FIONREAD" },
	{ (uint64_t)(0x5420), "TIOCPKT" },
	{ (uint64_t)(0x5421), "FIONBIO" },
	{ (uint64_t)(0x5423), "TIOCSETD" },
	{ (uint64_t)(0x5424), "TIOCGETD" },
	{ (uint64_t)(0x5429), "TIOCGSID" },
	{ (uint64_t)(0x5452), "FIOASYNC" },
	{ (uint64_t)(0x5456), "TIOCGLCKTRMIOS" },
	{ (uint64_t)(0x5457), "TIOCSLCKTRMIOS" },
	{ (uint64_t)(0x8901), "FIOSETOWN" },
	{ (uint64_t)(0x8902), "SIOCSPGRP" },
	{ (uint64_t)(0x8903), "FIOGETOWN" },
	{ (uint64_t)(0x8904), "SIOCGPGRP" },
	{ (uint64_t)(0x8905), "SIOCATMARK" },
	{ (uint64_t)(0x8906), "SIOCGSTAMP_OLD" },
	{ (uint64_t)(0x8907), "SIOCGSTAMPNS_OLD" },
	{ (uint64_t)(0x890b), "SIOCADDRT" },
	{ (uint64_t)(0x890c), "SIOCDELRT" },
	{ (uint64_t)(0x890d), "SIOCRTMSG" },
	{ (uint64_t)(0x8910), "SIOCGIFNAME" },
	{ (uint64_t)(0x8911), "SIOCSIFLINK" },
	{ (uint64_t)(0x8912), "SIOCGIFCONF" },
	{ (uint64_t)(0x8913), "SIOCGIFFLAGS" },
	{ (uint64_t)(0x8914), "SIOCSIFFLAGS" },
	{ (uint64_t)(0x8915), "SIOCGIFADDR" },
	{ (uint64_t)(0x8916), "SIOCSIFADDR" },
	{ (uint64_t)(0x8917), "SIOCGIFDSTADDR" },
	{ (uint64_t)(0x8918), "SIOCSIFDSTADDR" },
	{ (uint64_t)(0x8919), "SIOCGIFBRDADDR" },
	{ (uint64_t)(0x891a), "SIOCSIFBRDADDR" },
	{ (uint64_t)(0x891b), "SIOCGIFNETMASK" },
	{ (uint64_t)(0x891c), "SIOCSIFNETMASK" },
	{ (uint64_t)(0x891d), "SIOCGIFMETRIC" },
	{ (uint64_t)(0x891e), "SIOCSIFMETRIC" },
	{ (uint64_t)(0x891f), "SIOCGIFMEM" },
	{ (uint64_t)(0x8920), "SIOCSIFMEM" },
	{ (uint64_t)(0x8921), "SIOCGIFMTU" },
	{ (uint64_t)(0x8922), "SIOCSIFMTU" },
	{ (uint64_t)(0x8923), "SIOCSIFNAME" },
	{ (uint64_t)(0x8924), "SIOCSIFHWADDR" },
	{ (uint64_t)(0x8925), "SIOCGIFENCAP" },
	{ (uint64_t)(0x8926), "SIOCSIFENCAP" },
	{ (uint64_t)(0x8927), "SIOCGIFHWADDR" },
	{ (uint64_t)(0x8929), "SIOCGIFSLAVE" },
	{ (uint64_t)(0x8930), "SIOCSIFSLAVE" },
	{ (uint64_t)(0x8931), "SIOCADDMULTI" },
	{ (uint64_t)(0x8932), "SIOCDELMULTI" },
	{ (uint64_t)(0x8933), "SIOCGIFINDEX" },
	{ (uint64_t)(0x8934), "SIOCSIFPFLAGS" },
	{ (uint64_t)(0x8935), "SIOCGIFPFLAGS" },
	{ (uint64_t)(0x8936), "SIOCDIFADDR" },
	{ (uint64_t)(0x8937), "SIOCSIFHWBROADCAST" },
	{ (uint64_t)(0x8938), "SIOCGIFCOUNT" },
	{ (uint64_t)(0x8940), "SIOCGIFBR" },
	{ (uint64_t)(0x8941), "SIOCSIFBR" },
	{ (uint64_t)(0x8942), "SIOCGIFTXQLEN" },
	{ (uint64_t)(0x8943), "SIOCSIFTXQLEN" },
	{ (uint64_t)(0x8946), "SIOCETHTOOL" },
	{ (uint64_t)(0x8947), "SIOCGMIIPHY" },
	{ (uint64_t)(0x8948), "SIOCGMIIREG" },
	{ (uint64_t)(0x8949), "SIOCSMIIREG" },
	{ (uint64_t)(0x894a), "SIOCWANDEV" },
	{ (uint64_t)(0x894b), "SIOCOUTQNSD" },
	{ (uint64_t)(0x894c), "SIOCGSKNS" },
	{ (uint64_t)(0x8953), "SIOCDARP" },
	{ (uint64_t)(0x8954), "SIOCGARP" },
	{ (uint64_t)(0x8955), "SIOCSARP" },
	{ (uint64_t)(0x8960), "SIOCDRARP" },
	{ (uint64_t)(0x8961), "SIOCGRARP" },
	{ (uint64_t)(0x8962), "SIOCSRARP" },
	{ (uint64_t)(0x8970), "SIOCGIFMAP" },
	{ (uint64_t)(0x8971), "SIOCSIFMAP" },
	{ (uint64_t)(0x8980), "SIOCADDDLCI" },
	{ (uint64_t)(0x8981), "SIOCDELDLCI" },
	{ (uint64_t)(0x8982), "SIOCGIFVLAN" },
	{ (uint64_t)(0x8983), "SIOCSIFVLAN" },
	{ (uint64_t)(0x8990), "SIOCBONDENSLAVE" },
	{ (uint64_t)(0x8991), "SIOCBONDRELEASE" },
	{ (uint64_t)(0x8992), "SIOCBONDSETHWADDR" },
	{ (uint64_t)(0x8993), "SIOCBONDSLAVEINFOQUERY" },
	{ (uint64_t)(0x8994), "SIOCBONDINFOQUERY" },
	{ (uint64_t)(0x8995), "SIOCBONDCHANGEACTIVE" },
	{ (uint64_t)(0x89a0), "SIOCBRADDBR" },
	{ (uint64_t)(0x89a1), "SIOCBRDELBR" },
	{ (uint64_t)(0x89a2), "SIOCBRADDIF" },
	{ (uint64_t)(0x89a3), "SIOCBRDELIF" },
	{ (uint64_t)(0x89b0), "SIOCSHWTSTAMP" },
	{ (uint64_t)(0x89b1), "SIOCGHWTSTAMP" },
	{ (uint64_t)(0xb704), "NS_GET_OWNER_UID" },
	{ (uint64_t)(0x400445a0), "EVIOCSCLOCKID" },
	{ (uint64_t)(0x40045201), "RNDADDTOENTCNT" },
	{ (uint64_t)(0x40045431), "TIOCSPTLCK" },
	{ (uint64_t)(0x40045612), "VIDIOC_STREAMON" },
	{ (uint64_t)(0x40045613), "VIDIOC_STREAMOFF" },
	{ (uint64_t)(0x40046602), "FS_IOC32_SETFLAGS" },
	{ (uint64_t)(0x40046911), "LIRC_SET_SEND_MODE" },
	{ (uint64_t)(0x40046912), "LIRC_SET_REC_MODE" },
	{ (uint64_t)(0x40046913), "LIRC_SET_SEND_CARRIER" },
	{ (uint64_t)(0x40046914), "LIRC_SET_REC_CARRIER" },
	{ (uint64_t)(0x40046915), "LIRC_SET_SEND_DUTY_CYCLE" },
	{ (uint64_t)(0x40046917), "LIRC_SET_TRANSMITTER_MASK" },
	{ (uint64_t)(0x40046918), "LIRC_SET_REC_TIMEOUT" },
	{ (uint64_t)(0x40046919), "LIRC_SET_REC_TIMEOUT_REPORTS" },
	{ (uint64_t)(0x4004691d), "LIRC_SET_MEASURE_CARRIER_MODE" },
	{ (uint64_t)(0x4004691f), "IPMICTL_SET_MAINTENANCE_MODE_CMD" },
	{ (uint64_t)(0x40046923), "LIRC_SET_WIDEBAND_RECEIVER" },
	{ (uint64_t)(0x40063e00), "COUNTER_ADD_WATCH_IOCTL" },
	{ (uint64_t)(0x40081271), "BLKBSZSET" },
	{ (uint64_t)(0x40082404), "PERF_EVENT_IOC_PERIOD" },
	{ (uint64_t)(0x40082406), "PERF_EVENT_IOC_SET_FILTER" },
	{ (uint64_t)(0x4008240b), "PERF_EVENT_IOC_MODIFY_ATTRIBUTES" },
	{ (uint64_t)(0x40084503), "EVIOCSREP" },
	{ (uint64_t)(0x40084504), "EVIOCSKEYCODE" },
	{ (uint64_t)(0x40085203), "RNDADDENTROPY" },
	{ (uint64_t)(0x40085618), "VIDIOC_S_STD" },
	{ (uint64_t)(0x40086602), "FS_IOC_SETFLAGS" },
	{ (uint64_t)(0x40089413), "BTRFS_IOC_DEFAULT_SUBVOL" },
	{ (uint64_t)(0x40089416), "BTRFS_IOC_WAIT_SYNC" },
	{ (uint64_t)(0x4008941a), "BTRFS_IOC_SUBVOL_SETFLAGS" },
	{ (uint64_t)(0x4008ae90), "KVM_SET_CPUID2" },
	{ (uint64_t)(0x40103d02), "PTP_EXTTS_REQUEST" },
	{ (uint64_t)(0x40103d0b), "PTP_EXTTS_REQUEST2" },
	{ (uint64_t)(0x40104593), "EVIOCSMASK" },
	{ (uint64_t)(0x4010942a), "BTRFS_IOC_QGROUP_CREATE" },
	{ (uint64_t)(0x4014563c), "VIDIOC_S_CROP" },
	{ (uint64_t)(0x40187013), "RTC_PARAM_GET" },
	{ (uint64_t)(0x40187014), "RTC_PARAM_SET" },
	{ (uint64_t)(0x40189429), "BTRFS_IOC_QGROUP_ASSIGN" },
	{ (uint64_t)(0x401c5820), "FS_IOC_FSSETXATTR" },
	{ (uint64_t)(0x40207012), "RTC_PLL_SET" },
	{ (uint64_t)(0x4020940d), "BTRFS_IOC_CLONE_RANGE" },
	{ (uint64_t)(0x4020ae46), "KVM_SET_USER_MEMORY_REGION" },
	{ (uint64_t)(0x40247007), "RTC_ALM_SET" },
	{ (uint64_t)(0x4024700a), "RTC_SET_TIME" },
	{ (uint64_t)(0x40284504), "EVIOCSKEYCODE_V2" },
	{ (uint64_t)(0x4028700f), "RTC_WKALM_SET" },
	{ (uint64_t)(0x402c542b), "TCSETS2" },
	{ (uint64_t)(0x402c542c), "TCSETSW2" },
	{ (uint64_t)(0x402c542d), "TCSETSF2" },
	{ (uint64_t)(0x40304580), "EVIOCSFF" },
	{ (uint64_t)(0x4030560b), "VIDIOC_S_FBUF" },
	{ (uint64_t)(0x40309410), "BTRFS_IOC_DEFRAG_RANGE" },
	{ (uint64_t)(0x40309439), "BTRFS_IOC_SET_FEATURES" },
	{ (uint64_t)(0x40383d03), "PTP_PEROUT_REQUEST" },
	{ (uint64_t)(0x40383d0c), "PTP_PEROUT_REQUEST2" },
	{ (uint64_t)(0x4040942c), "BTRFS_IOC_QUOTA_RESCAN" },
	{ (uint64_t)(0x40489426), "BTRFS_IOC_SEND" },
	{ (uint64_t)(0x4054561e), "VIDIOC_S_TUNER" },
	{ (uint64_t)(0x40603d07), "PTP_PIN_SETFUNC" },
	{ (uint64_t)(0x40603d10), "PTP_PIN_SETFUNC2" },
	{ (uint64_t)(0x4090ae82), "KVM_SET_REGS" },
	{ (uint64_t)(0x41009432), "FS_IOC_SETFSLABEL" },
	{ (uint64_t)(0x4138ae84), "KVM_SET_SREGS" },
	{ (uint64_t)(0x43403d05), "PTP_SYS_OFFSET" },
	{ (uint64_t)(0x43403d0e), "PTP_SYS_OFFSET2" },
	{ (uint64_t)(0x50009401), "BTRFS_IOC_SNAP_CREATE" },
	{ (uint64_t)(0x50009403), "BTRFS_IOC_RESIZE" },
	{ (uint64_t)(0x50009404), "BTRFS_IOC_SCAN_DEV" },
	{ (uint64_t)(0x50009405), "BTRFS_IOC_FORGET_DEV" },
	{ (uint64_t)(0x5000940a), "BTRFS_IOC_ADD_DEV" },
	{ (uint64_t)(0x5000940b), "BTRFS_IOC_RM_DEV" },
	{ (uint64_t)(0x5000940e), "BTRFS_IOC_SUBVOL_CREATE" },
	{ (uint64_t)(0x5000940f), "BTRFS_IOC_SNAP_DESTROY" },
	{ (uint64_t)(0x50009417), "BTRFS_IOC_SNAP_CREATE_V2" },
	{ (uint64_t)(0x50009418), "BTRFS_IOC_SUBVOL_CREATE_V2" },
	{ (uint64_t)(0x80041284), "BLKGETZONESZ" },
	{ (uint64_t)(0x80041285), "BLKGETNRZONES" },
	{ (uint64_t)(0x80044501), "EVIOCGVERSION" },
	{ (uint64_t)(0x80044584), "EVIOCGEFFECTS" },
	{ (uint64_t)(0x80045200), "RNDGETENTCNT" },
	{ (uint64_t)(0x80045430), "TIOCGPTN" },
	{ (uint64_t)(0x80045432), "TIOCGDEV" },
	{ (uint64_t)(0x80045440), "TIOCGEXCL" },
	{ (uint64_t)(0x80045626), "VIDIOC_G_INPUT" },
	{ (uint64_t)(0x80045701), "WDIOC_GETSTATUS" },
	{ (uint64_t)(0x80045702), "WDIOC_GETBOOTSTATUS" },
	{ (uint64_t)(0x80045703), "WDIOC_GETTEMP" },
	{ (uint64_t)(0x80045707), "WDIOC_GETTIMEOUT" },
	{ (uint64_t)(0x80045709), "WDIOC_GETPRETIMEOUT" },
	{ (uint64_t)(0x8004570a), "WDIOC_GETTIMELEFT" },
	{ (uint64_t)(0x80046601), "FS_IOC32_GETFLAGS" },
	{ (uint64_t)(0x80046900), "LIRC_GET_FEATURES" },
	{ (uint64_t)(0x80046901), "LIRC_GET_SEND_MODE" },
	{ (uint64_t)(0x80046902), "LIRC_GET_REC_MODE" },
	{ (uint64_t)(0x80046907), "LIRC_GET_REC_RESOLUTION" },
	{ (uint64_t)(0x80046908), "I2OVALIDATE" },
	{ (uint64_t)(0x80046909), "LIRC_GET_MAX_TIMEOUT" },
	{ (uint64_t)(0x8004690f), "LIRC_GET_LENGTH" },
	{ (uint64_t)(0x80046924), "LIRC_GET_REC_TIMEOUT" },
	{ (uint64_t)(0x80047013), "RTC_VL_READ" },
	{ (uint64_t)(0x8004a405), "TEE_IOC_CLOSE_SESSION" },
	{ (uint64_t)(0x80081270), "BLKBSZGET" },
	{ (uint64_t)(0x80081272), "BLKGETSIZE64" },
	{ (uint64_t)(0x80081280), "BLKGETDISKSEQ" },
	{ (uint64_t)(0x80082407), "PERF_EVENT_IOC_ID" },
	{ (uint64_t)(0x80084502), "EVIOCGID" },
	{ (uint64_t)(0x80084503), "EVIOCGREP" },
	{ (uint64_t)(0x80084504), "EVIOCGKEYCODE" },
	{ (uint64_t)(0x80085617), "VIDIOC_G_STD" },
	{ (uint64_t)(0x80086601), "FS_IOC_GETFLAGS" },
	{ (uint64_t)(0x8008700b), "RTC_IRQP_READ" },
	{ (uint64_t)(0x8008700d), "RTC_EPOCH_READ" },
	{ (uint64_t)(0x80089418), "BTRFS_IOC_START_SYNC" },
	{ (uint64_t)(0x80089419), "BTRFS_IOC_SUBVOL_GETFLAGS" },
	{ (uint64_t)(0x8008a404), "TEE_IOC_CANCEL" },
	{ (uint64_t)(0x800ca400), "TEE_IOC_VERSION" },
	{ (uint64_t)(0x80104592), "EVIOCGMASK" },
	{ (uint64_t)(0x8010a402), "TEE_IOC_OPEN_SESSION" },
	{ (uint64_t)(0x8010a403), "TEE_IOC_INVOKE" },
	{ (uint64_t)(0x8010a406), "TEE_IOC_SUPPL_RECV" },
	{ (uint64_t)(0x8010a407), "TEE_IOC_SUPPL_SEND" },
	{ (uint64_t)(0x80189439), "BTRFS_IOC_GET_FEATURES" },
	{ (uint64_t)(0x801c581f), "FS_IOC_FSGETXATTR" },
	{ (uint64_t)(0x80207011), "RTC_PLL_GET" },
	{ (uint64_t)(0x80247008), "RTC_ALM_READ" },
	{ (uint64_t)(0x80247009), "RTC_RD_TIME" },
	{ (uint64_t)(0x80284504), "EVIOCGKEYCODE_V2" },
	{ (uint64_t)(0x80287010), "RTC_WKALM_RD" },
	{ (uint64_t)(0x802c542a), "TCGETS2" },
	{ (uint64_t)(0x8030560a), "VIDIOC_G_FBUF" },
	{ (uint64_t)(0x8030942b), "BTRFS_IOC_QGROUP_LIMIT" },
	{ (uint64_t)(0x8040942d), "BTRFS_IOC_QUOTA_RESCAN_STATUS" },
	{ (uint64_t)(0x8044b401), "GPIO_GET_CHIPINFO_IOCTL" },
	{ (uint64_t)(0x80489439), "BTRFS_IOC_GET_SUPPORTED_FEATURES" },
	{ (uint64_t)(0x80503d01), "PTP_CLOCK_GETCAPS" },
	{ (uint64_t)(0x80503d0a), "PTP_CLOCK_GETCAPS2" },
	{ (uint64_t)(0x80685600), "VIDIOC_QUERYCAP" },
	{ (uint64_t)(0x8090ae81), "KVM_GET_REGS" },
	{ (uint64_t)(0x81009431), "FS_IOC_GETFSLABEL" },
	{ (uint64_t)(0x8138ae83), "KVM_GET_SREGS" },
	{ (uint64_t)(0x8400941f), "BTRFS_IOC_FS_INFO" },
	{ (uint64_t)(0x84009422), "BTRFS_IOC_BALANCE_PROGRESS" },
	{ (uint64_t)(0x90009427), "BTRFS_IOC_DEVICES_READY" },
	{ (uint64_t)(0xc0045627), "VIDIOC_S_INPUT" },
	{ (uint64_t)(0xc0045706), "WDIOC_SETTIMEOUT" },
	{ (uint64_t)(0xc0045708), "WDIOC_SETPRETIMEOUT" },
	{ (uint64_t)(0xc004b40c), "GPIO_GET_LINEINFO_UNWATCH_IOCTL" },
	{ (uint64_t)(0xc008240a), "PERF_EVENT_IOC_QUERY_BPF" },
	{ (uint64_t)(0xc008561b), "VIDIOC_G_CTRL" },
	{ (uint64_t)(0xc008561c), "VIDIOC_S_CTRL" },
	{ (uint64_t)(0xc008ae05), "KVM_GET_SUPPORTED_CPUID" },
	{ (uint64_t)(0xc008ae09), "KVM_GET_EMULATED_CPUID" },
	{ (uint64_t)(0xc0109414), "BTRFS_IOC_SPACE_INFO" },
	{ (uint64_t)(0xc0109428), "BTRFS_IOC_QUOTA_CTL" },
	{ (uint64_t)(0xc010a401), "TEE_IOC_SHM_ALLOC" },
	{ (uint64_t)(0xc010b40e), "GPIO_V2_LINE_GET_VALUES_IOCTL" },
	{ (uint64_t)(0xc010b40f), "GPIO_V2_LINE_SET_VALUES_IOCTL" },
	{ (uint64_t)(0xc0145608), "VIDIOC_REQBUFS" },
	{ (uint64_t)(0xc014563b), "VIDIOC_G_CROP" },
	{ (uint64_t)(0xc0185879), "FITRIM" },
	{ (uint64_t)(0xc0189436), "BTRFS_IOC_FILE_EXTENT_SAME" },
	{ (uint64_t)(0xc018a409), "TEE_IOC_SHM_REGISTER" },
	{ (uint64_t)(0xc0205647), "VIDIOC_G_EXT_CTRLS" },
	{ (uint64_t)(0xc0205648), "VIDIOC_S_EXT_CTRLS" },
	{ (uint64_t)(0xc0205649), "VIDIOC_TRY_EXT_CTRLS" },
	{ (uint64_t)(0xc02c563a), "VIDIOC_CROPCAP" },
	{ (uint64_t)(0xc02c564a), "VIDIOC_ENUM_FRAMESIZES" },
	{ (uint64_t)(0xc030b404), "GPIO_GET_LINEEVENT_IOCTL" },
	{ (uint64_t)(0xc034564b), "VIDIOC_ENUM_FRAMEINTERVALS" },
	{ (uint64_t)(0xc0389423), "BTRFS_IOC_INO_PATHS" },
	{ (uint64_t)(0xc0389424), "BTRFS_IOC_LOGICAL_INO" },
	{ (uint64_t)(0xc0405602), "VIDIOC_ENUM_FMT" },
	{ (uint64_t)(0xc040b408), "GPIOHANDLE_GET_LINE_VALUES_IOCTL" },
	{ (uint64_t)(0xc040b409), "GPIOHANDLE_SET_LINE_VALUES_IOCTL" },
	{ (uint64_t)(0xc0445624), "VIDIOC_QUERYCTRL" },
	{ (uint64_t)(0xc0485619), "VIDIOC_ENUMSTD" },
	{ (uint64_t)(0xc048b402), "GPIO_GET_LINEINFO_IOCTL" },
	{ (uint64_t)(0xc048b40b), "GPIO_GET_LINEINFO_WATCH_IOCTL" },
	{ (uint64_t)(0xc050561a), "VIDIOC_ENUMINPUT" },
	{ (uint64_t)(0xc054561d), "VIDIOC_G_TUNER" },
	{ (uint64_t)(0xc054b40a), "GPIOHANDLE_SET_CONFIG_IOCTL" },
	{ (uint64_t)(0xc0585609), "VIDIOC_QUERYBUF" },
	{ (uint64_t)(0xc058560f), "VIDIOC_QBUF" },
	{ (uint64_t)(0xc0585611), "VIDIOC_DQBUF" },
	{ (uint64_t)(0xc0603d06), "PTP_PIN_GETFUNC" },
	{ (uint64_t)(0xc0603d0f), "PTP_PIN_GETFUNC2" },
	{ (uint64_t)(0xc0709411), "BTRFS_IOC_TREE_SEARCH_V2" },
	{ (uint64_t)(0xc0c89425), "BTRFS_IOC_SET_RECEIVED_SUBVOL" },
	{ (uint64_t)(0xc0cc5615), "VIDIOC_G_PARM" },
	{ (uint64_t)(0xc0cc5616), "VIDIOC_S_PARM" },
	{ (uint64_t)(0xc0d05604), "VIDIOC_G_FMT" },
	{ (uint64_t)(0xc0d05605), "VIDIOC_S_FMT" },
	{ (uint64_t)(0xc0d05640), "VIDIOC_TRY_FMT" },
	{ (uint64_t)(0xc0e85667), "VIDIOC_QUERY_EXT_CTRL" },
	{ (uint64_t)(0xc100565c), "VIDIOC_CREATE_BUFS" },
	{ (uint64_t)(0xc100b405), "GPIO_V2_GET_LINEINFO_IOCTL" },
	{ (uint64_t)(0xc100b406), "GPIO_V2_GET_LINEINFO_WATCH_IOCTL" },
	{ (uint64_t)(0xc110b40d), "GPIO_V2_LINE_SET_CONFIG_IOCTL" },
	{ (uint64_t)(0xc16cb403), "GPIO_GET_LINEHANDLE_IOCTL" },
	{ (uint64_t)(0xc250b407), "GPIO_V2_GET_LINE_IOCTL" },
	{ (uint64_t)(0xc400941b), "BTRFS_IOC_SCRUB" },
	{ (uint64_t)(0xc400941d), "BTRFS_IOC_SCRUB_PROGRESS" },
	{ (uint64_t)(0xc4009420), "BTRFS_IOC_BALANCE_V2" },
	{ (uint64_t)(0xc4089434), "BTRFS_IOC_GET_DEV_STATS" },
	{ (uint64_t)(0xca289435), "BTRFS_IOC_DEV_REPLACE" },
	{ (uint64_t)(0xd0009411), "BTRFS_IOC_TREE_SEARCH" },
	{ (uint64_t)(0xd0009412), "BTRFS_IOC_INO_LOOKUP" },
	{ (uint64_t)(0xd000941e), "BTRFS_IOC_DEV_INFO" },
};
const struct xlat xlat_ioctl_arg_ptr = { xe_ioctl_arg_ptr, 388, NULL };

#ifdef FIBMAP
_Static_assert((uint64_t)(FIBMAP) == (uint64_t)(0x1), "ioctl_names: FIBMAP");
#endif
#ifdef FIGETBSZ
_Static_assert((uint64_t)(FIGETBSZ) == (uint64_t)(0x2), "ioctl_names: FIGETBSZ");
#endif
#ifdef FDCLRPRM
_Static_assert((uint64_t)(FDCLRPRM) == (uint64_t)(0x241), "ioctl_names: FDCLRPRM");
#endif
#ifdef FDMSGON
_Static_assert((uint64_t)(FDMSGON) == (uint64_t)(0x245), "ioctl_names: FDMSGON");
#endif
#ifdef FDMSGOFF
_Static_assert((uint64_t)(FDMSGOFF) == (uint64_t)(0x246), "ioctl_names: FDMSGOFF");
#endif
#ifdef FDFMTBEG
_Static_assert((uint64_t)(FDFMTBEG) == (uint64_t)(0x247), "ioctl_names: FDFMTBEG");
#endif
#ifdef FDFMTEND
_Static_assert((uint64_t)(FDFMTEND) == (uint64_t)(0x249), "ioctl_names: FDFMTEND");
#endif
#ifdef FDSETEMSGTRESH
_Static_assert((uint64_t)(FDSETEMSGTRESH) == (uint64_t)(0x24a), "ioctl_names: FDSETEMSGTRESH");
#endif
#ifdef FDFLUSH
_Static_assert((uint64_t)(FDFLUSH) == (uint64_t)(0x24b), "ioctl_names: FDFLUSH");
#endif
#ifdef FDRESET
_Static_assert((uint64_t)(FDRESET) == (uint64_t)(0x254), "ioctl_names: FDRESET");
#endif
#ifdef FDWERRORCLR
_Static_assert((uint64_t)(FDWERRORCLR) == (uint64_t)(0x256), "ioctl_names: FDWERRORCLR");
#endif
#ifdef FDRAWCMD
_Static_assert((uint64_t)(FDRAWCMD) == (uint64_t)(0x258), "ioctl_names: FDRAWCMD");
#endif
#ifdef FDTWADDLE
_Static_assert((uint64_t)(FDTWADDLE) == (uint64_t)(0x259), "ioctl_names: FDTWADDLE");
#endif
#ifdef FDEJECT
_Static_assert((uint64_t)(FDEJECT) == (uint64_t)(0x25a), "ioctl_names: FDEJECT");
#endif
#ifdef HDIO_GETGEO
_Static_assert((uint64_t)(HDIO_GETGEO) == (uint64_t)(0x301), "ioctl_names: HDIO_GETGEO");
#endif
#ifdef HDIO_GET_UNMASKINTR
_Static_assert((uint64_t)(HDIO_GET_UNMASKINTR) == (uint64_t)(0x302), "ioctl_names: HDIO_GET_UNMASKINTR");
#endif
#ifdef HDIO_GET_MULTCOUNT
_Static_assert((uint64_t)(HDIO_GET_MULTCOUNT) == (uint64_t)(0x304), "ioctl_names: HDIO_GET_MULTCOUNT");
#endif
#ifdef HDIO_GET_QDMA
_Static_assert((uint64_t)(HDIO_GET_QDMA) == (uint64_t)(0x305), "ioctl_names: HDIO_GET_QDMA");
#endif
#ifdef HDIO_SET_XFER
_Static_assert((uint64_t)(HDIO_SET_XFER) == (uint64_t)(0x306), "ioctl_names: HDIO_SET_XFER");
#endif
#ifdef HDIO_OBSOLETE_IDENTITY
_Static_assert((uint64_t)(HDIO_OBSOLETE_IDENTITY) == (uint64_t)(0x307), "ioctl_names: HDIO_OBSOLETE_IDENTITY");
#endif
#ifdef HDIO_GET_KEEPSETTINGS
_Static_assert((uint64_t)(HDIO_GET_KEEPSETTINGS) == (uint64_t)(0x308), "ioctl_names: HDIO_GET_KEEPSETTINGS");
#endif
#ifdef HDIO_GET_32BIT
_Static_assert((uint64_t)(HDIO_GET_32BIT) == (uint64_t)(0x309), "ioctl_names: HDIO_GET_32BIT");
#endif
#ifdef HDIO_GET_NOWERR
_Static_assert((uint64_t)(HDIO_GET_NOWERR) == (uint64_t)(0x30a), "ioctl_names: HDIO_GET_NOWERR");
#endif
#ifdef HDIO_GET_DMA
_Static_assert((uint64_t)(HDIO_GET_DMA) == (uint64_t)(0x30b), "ioctl_names: HDIO_GET_DMA");
#endif
#ifdef HDIO_GET_NICE
_Static_assert((uint64_t)(HDIO_GET_NICE) == (uint64_t)(0x30c), "ioctl_names: HDIO_GET_NICE");
#endif
#ifdef HDIO_GET_IDENTITY
_Static_assert((uint64_t)(HDIO_GET_IDENTITY) == (uint64_t)(0x30d), "ioctl_names: HDIO_GET_IDENTITY");
#endif
#ifdef HDIO_GET_WCACHE
_Static_assert((uint64_t)(HDIO_GET_WCACHE) == (uint64_t)(0x30e), "ioctl_names: HDIO_GET_WCACHE");
#endif
#ifdef HDIO_GET_ACOUSTIC
_Static_assert((uint64_t)(HDIO_GET_ACOUSTIC) == (uint64_t)(0x30f), "ioctl_names: HDIO_GET_ACOUSTIC");
#endif
#ifdef HDIO_GET_ADDRESS
_Static_assert((uint64_t)(HDIO_GET_ADDRESS) == (uint64_t)(0x310), "ioctl_names: HDIO_GET_ADDRESS");
#endif
#ifdef HDIO_GET_BUSSTATE
_Static_assert((uint64_t)(HDIO_GET_BUSSTATE) == (uint64_t)(0x31a), "ioctl_names: HDIO_GET_BUSSTATE");
#endif
#ifdef HDIO_TRISTATE_HWIF
_Static_assert((uint64_t)(HDIO_TRISTATE_HWIF) == (uint64_t)(0x31b), "ioctl_names: HDIO_TRISTATE_HWIF");
#endif
#ifdef HDIO_DRIVE_RESET
_Static_assert((uint64_t)(HDIO_DRIVE_RESET) == (uint64_t)(0x31c), "ioctl_names: HDIO_DRIVE_RESET");
#endif
#ifdef HDIO_DRIVE_TASKFILE
_Static_assert((uint64_t)(HDIO_DRIVE_TASKFILE) == (uint64_t)(0x31d), "ioctl_names: HDIO_DRIVE_TASKFILE");
#endif
#ifdef HDIO_DRIVE_TASK
_Static_assert((uint64_t)(HDIO_DRIVE_TASK) == (uint64_t)(0x31e), "ioctl_names: HDIO_DRIVE_TASK");
#endif
#ifdef HDIO_DRIVE_CMD
_Static_assert((uint64_t)(HDIO_DRIVE_CMD) == (uint64_t)(0x31f), "ioctl_names: HDIO_DRIVE_CMD");
#endif
#ifdef HDIO_SET_MULTCOUNT
_Static_assert((uint64_t)(HDIO_SET_MULTCOUNT) == (uint64_t)(0x321), "ioctl_names: HDIO_SET_MULTCOUNT");
#endif
#ifdef HDIO_SET_UNMASKINTR
_Static_assert((uint64_t)(HDIO_SET_UNMASKINTR) == (uint64_t)(0x322), "ioctl_names: HDIO_SET_UNMASKINTR");
#endif
#ifdef HDIO_SET_KEEPSETTINGS
_Static_assert((uint64_t)(HDIO_SET_KEEPSETTINGS) == (uint64_t)(0x323), "ioctl_names: HDIO_SET_KEEPSETTINGS");
#endif
#ifdef HDIO_SET_32BIT
_Static_assert((uint64_t)(HDIO_SET_32BIT) == (uint64_t)(0x324), "ioctl_names: HDIO_SET_32BIT");
#endif
#ifdef HDIO_SET_NOWERR
_Static_assert((uint64_t)(HDIO_SET_NOWERR) == (uint64_t)(0x325), "ioctl_names: HDIO_SET_NOWERR");
#endif
#ifdef HDIO_SET_DMA
_Static_assert((uint64_t)(HDIO_SET_DMA) == (uint64_t)(0x326), "ioctl_names: HDIO_SET_DMA");
#endif
#ifdef HDIO_SET_PIO_MODE
_Static_assert((uint64_t)(HDIO_SET_PIO_MODE) == (uint64_t)(0x327), "ioctl_names: HDIO_SET_PIO_MODE");
#endif
#ifdef HDIO_SCAN_HWIF
_Static_assert((uint64_t)(HDIO_SCAN_HWIF) == (uint64_t)(0x328), "ioctl_names: HDIO_SCAN_HWIF");
#endif
#ifdef HDIO_SET_NICE
_Static_assert((uint64_t)(HDIO_SET_NICE) == (uint64_t)(0x329), "ioctl_names: HDIO_SET_NICE");
#endif
#ifdef HDIO_UNREGISTER_HWIF
_Static_assert((uint64_t)(HDIO_UNREGISTER_HWIF) == (uint64_t)(0x32a), "ioctl_names: HDIO_UNREGISTER_HWIF");
#endif
#ifdef HDIO_SET_WCACHE
_Static_assert((uint64_t)(HDIO_SET_WCACHE) == (uint64_t)(0x32b), "ioctl_names: HDIO_SET_WCACHE");
#endif
#ifdef HDIO_SET_ACOUSTIC
_Static_assert((uint64_t)(HDIO_SET_ACOUSTIC) == (uint64_t)(0x32c), "ioctl_names: HDIO_SET_ACOUSTIC");
#endif
#ifdef HDIO_SET_BUSSTATE
_Static_assert((uint64_t)(HDIO_SET_BUSSTATE) == (uint64_t)(0x32d), "ioctl_names: HDIO_SET_BUSSTATE");
#endif
#ifdef HDIO_SET_QDMA
_Static_assert((uint64_t)(HDIO_SET_QDMA) == (uint64_t)(0x32e), "ioctl_names: HDIO_SET_QDMA");
#endif
#ifdef HDIO_SET_ADDRESS
_Static_assert((uint64_t)(HDIO_SET_ADDRESS) == (uint64_t)(0x32f), "ioctl_names: HDIO_SET_ADDRESS");
#endif
#ifdef BLKROSET
_Static_assert((uint64_t)(BLKROSET) == (uint64_t)(0x125d), "ioctl_names: BLKROSET");
#endif
#ifdef BLKROGET
_Static_assert((uint64_t)(BLKROGET) == (uint64_t)(0x125e), "ioctl_names: BLKROGET");
#endif
#ifdef BLKRRPART
_Static_assert((uint64_t)(BLKRRPART) == (uint64_t)(0x125f), "ioctl_names: BLKRRPART");
#endif
#ifdef BLKGETSIZE
_Static_assert((uint64_t)(BLKGETSIZE) == (uint64_t)(0x1260), "ioctl_names: BLKGETSIZE");
#endif
#ifdef BLKFLSBUF
_Static_assert((uint64_t)(BLKFLSBUF) == (uint64_t)(0x1261), "ioctl_names: BLKFLSBUF");
#endif
#ifdef BLKRASET
_Static_assert((uint64_t)(BLKRASET) == (uint64_t)(0x1262), "ioctl_names: BLKRASET");
#endif
#ifdef BLKRAGET
_Static_assert((uint64_t)(BLKRAGET) == (uint64_t)(0x1263), "ioctl_names: BLKRAGET");
#endif
#ifdef BLKFRASET
_Static_assert((uint64_t)(BLKFRASET) == (uint64_t)(0x1264), "ioctl_names: BLKFRASET");
#endif
#ifdef BLKFRAGET
_Static_assert((uint64_t)(BLKFRAGET) == (uint64_t)(0x1265), "ioctl_names: BLKFRAGET");
#endif
#ifdef BLKSECTSET
_Static_assert((uint64_t)(BLKSECTSET) == (uint64_t)(0x1266), "ioctl_names: BLKSECTSET");
#endif
#ifdef BLKSECTGET
_Static_assert((uint64_t)(BLKSECTGET) == (uint64_t)(0x1267), "ioctl_names: BLKSECTGET");
#endif
#ifdef BLKSSZGET
_Static_assert((uint64_t)(BLKSSZGET) == (uint64_t)(0x1268), "ioctl_names: BLKSSZGET");
#endif
#ifdef BLKPG
_Static_assert((uint64_t)(BLKPG) == (uint64_t)(0x1269), "ioctl_names: BLKPG");
#endif
#ifdef BLKTRACESTART
_Static_assert((uint64_t)(BLKTRACESTART) == (uint64_t)(0x1274), "ioctl_names: BLKTRACESTART");
#endif
#ifdef BLKTRACESTOP
_Static_assert((uint64_t)(BLKTRACESTOP) == (uint64_t)(0x1275), "ioctl_names: BLKTRACESTOP");
#endif
#ifdef BLKTRACETEARDOWN
_Static_assert((uint64_t)(BLKTRACETEARDOWN) == (uint64_t)(0x1276), "ioctl_names: BLKTRACETEARDOWN");
#endif
#ifdef BLKDISCARD
_Static_assert((uint64_t)(BLKDISCARD) == (uint64_t)(0x1277), "ioctl_names: BLKDISCARD");
#endif
#ifdef BLKIOMIN
_Static_assert((uint64_t)(BLKIOMIN) == (uint64_t)(0x1278), "ioctl_names: BLKIOMIN");
#endif
#ifdef BLKIOOPT
_Static_assert((uint64_t)(BLKIOOPT) == (uint64_t)(0x1279), "ioctl_names: BLKIOOPT");
#endif
#ifdef BLKALIGNOFF
_Static_assert((uint64_t)(BLKALIGNOFF) == (uint64_t)(0x127a), "ioctl_names: BLKALIGNOFF");
#endif
#ifdef BLKPBSZGET
_Static_assert((uint64_t)(BLKPBSZGET) == (uint64_t)(0x127b), "ioctl_names: BLKPBSZGET");
#endif
#ifdef BLKDISCARDZEROES
_Static_assert((uint64_t)(BLKDISCARDZEROES) == (uint64_t)(0x127c), "ioctl_names: BLKDISCARDZEROES");
#endif
#ifdef BLKSECDISCARD
_Static_assert((uint64_t)(BLKSECDISCARD) == (uint64_t)(0x127d), "ioctl_names: BLKSECDISCARD");
#endif
#ifdef BLKROTATIONAL
_Static_assert((uint64_t)(BLKROTATIONAL) == (uint64_t)(0x127e), "ioctl_names: BLKROTATIONAL");
#endif
#ifdef BLKZEROOUT
_Static_assert((uint64_t)(BLKZEROOUT) == (uint64_t)(0x127f), "ioctl_names: BLKZEROOUT");
#endif
#ifdef IB_USER_MAD_ENABLE_PKEY
_Static_assert((uint64_t)(IB_USER_MAD_ENABLE_PKEY) == (uint64_t)(0x1b03), "ioctl_names: IB_USER_MAD_ENABLE_PKEY");
#endif
#ifdef HFI1_IOCTL_CREDIT_UPD
_Static_assert((uint64_t)(HFI1_IOCTL_CREDIT_UPD) == (uint64_t)(0x1be6), "ioctl_names: HFI1_IOCTL_CREDIT_UPD");
#endif
#ifdef HFI1_IOCTL_CTXT_RESET
_Static_assert((uint64_t)(HFI1_IOCTL_CTXT_RESET) == (uint64_t)(0x1bec), "ioctl_names: HFI1_IOCTL_CTXT_RESET");
#endif
#ifdef FW_CDEV_IOC_GET_SPEED
_Static_assert((uint64_t)(FW_CDEV_IOC_GET_SPEED) == (uint64_t)(0x2311), "ioctl_names: FW_CDEV_IOC_GET_SPEED");
#endif
#ifdef VFIO_GET_API_VERSION
_Static_assert((uint64_t)(VFIO_GET_API_VERSION) == (uint64_t)(0x3b64), "ioctl_names: VFIO_GET_API_VERSION");
#endif
#ifdef VFIO_CHECK_EXTENSION
_Static_assert((uint64_t)(VFIO_CHECK_EXTENSION) == (uint64_t)(0x3b65), "ioctl_names: VFIO_CHECK_EXTENSION");
#endif
#ifdef VFIO_SET_IOMMU
_Static_assert((uint64_t)(VFIO_SET_IOMMU) == (uint64_t)(0x3b66), "ioctl_names: VFIO_SET_IOMMU");
#endif
#ifdef VFIO_GROUP_GET_STATUS
_Static_assert((uint64_t)(VFIO_GROUP_GET_STATUS) == (uint64_t)(0x3b67), "ioctl_names: VFIO_GROUP_GET_STATUS");
#endif
#ifdef VFIO_GROUP_SET_CONTAINER
_Static_assert((uint64_t)(VFIO_GROUP_SET_CONTAINER) == (uint64_t)(0x3b68), "ioctl_names: VFIO_GROUP_SET_CONTAINER");
#endif
#ifdef VFIO_GROUP_UNSET_CONTAINER
_Static_assert((uint64_t)(VFIO_GROUP_UNSET_CONTAINER) == (uint64_t)(0x3b69), "ioctl_names: VFIO_GROUP_UNSET_CONTAINER");
#endif
#ifdef VFIO_GROUP_GET_DEVICE_FD
_Static_assert((uint64_t)(VFIO_GROUP_GET_DEVICE_FD) == (uint64_t)(0x3b6a), "ioctl_names: VFIO_GROUP_GET_DEVICE_FD");
#endif
#ifdef VFIO_DEVICE_GET_INFO
_Static_assert((uint64_t)(VFIO_DEVICE_GET_INFO) == (uint64_t)(0x3b6b), "ioctl_names: VFIO_DEVICE_GET_INFO");
#endif
#ifdef VFIO_DEVICE_GET_REGION_INFO
_Static_assert((uint64_t)(VFIO_DEVICE_GET_REGION_INFO) == (uint64_t)(0x3b6c), "ioctl_names: VFIO_DEVICE_GET_REGION_INFO");
#endif
#ifdef VFIO_DEVICE_GET_IRQ_INFO
_Static_assert((uint64_t)(VFIO_DEVICE_GET_IRQ_INFO) == (uint64_t)(0x3b6d), "ioctl_names: VFIO_DEVICE_GET_IRQ_INFO");
#endif
#ifdef VFIO_DEVICE_SET_IRQS
_Static_assert((uint64_t)(VFIO_DEVICE_SET_IRQS) == (uint64_t)(0x3b6e), "ioctl_names: VFIO_DEVICE_SET_IRQS");
#endif
#ifdef VFIO_DEVICE_RESET
_Static_assert((uint64_t)(VFIO_DEVICE_RESET) == (uint64_t)(0x3b6f), "ioctl_names: VFIO_DEVICE_RESET");
#endif
#ifdef VFIO_DEVICE_GET_PCI_HOT_RESET_INFO
_Static_assert((uint64_t)(VFIO_DEVICE_GET_PCI_HOT_RESET_INFO) == (uint64_t)(0x3b70), "ioctl_names: VFIO_DEVICE_GET_PCI_HOT_RESET_INFO");
#endif
#ifdef VFIO_IOMMU_GET_INFO
_Static_assert((uint64_t)(VFIO_IOMMU_GET_INFO) == (uint64_t)(0x3b70), "ioctl_names: VFIO_IOMMU_GET_INFO");
#endif
#ifdef VFIO_IOMMU_SPAPR_TCE_GET_INFO
_Static_assert((uint64_t)(VFIO_IOMMU_SPAPR_TCE_GET_INFO) == (uint64_t)(0x3b70), "ioctl_names: VFIO_IOMMU_SPAPR_TCE_GET_INFO");
#endif
#ifdef VFIO_DEVICE_PCI_HOT_RESET
_Static_assert((uint64_t)(VFIO_DEVICE_PCI_HOT_RESET) == (uint64_t)(0x3b71), "ioctl_names: VFIO_DEVICE_PCI_HOT_RESET");
#endif
#ifdef VFIO_IOMMU_MAP_DMA
_Static_assert((uint64_t)(VFIO_IOMMU_MAP_DMA) == (uint64_t)(0x3b71), "ioctl_names: VFIO_IOMMU_MAP_DMA");
#endif
#ifdef VFIO_DEVICE_QUERY_GFX_PLANE
_Static_assert((uint64_t)(VFIO_DEVICE_QUERY_GFX_PLANE) == (uint64_t)(0x3b72), "ioctl_names: VFIO_DEVICE_QUERY_GFX_PLANE");
#endif
#ifdef VFIO_IOMMU_UNMAP_DMA
_Static_assert((uint64_t)(VFIO_IOMMU_UNMAP_DMA) == (uint64_t)(0x3b72), "ioctl_names: VFIO_IOMMU_UNMAP_DMA");
#endif
#ifdef VFIO_DEVICE_GET_GFX_DMABUF
_Static_assert((uint64_t)(VFIO_DEVICE_GET_GFX_DMABUF) == (uint64_t)(0x3b73), "ioctl_names: VFIO_DEVICE_GET_GFX_DMABUF");
#endif
#ifdef VFIO_IOMMU_ENABLE
_Static_assert((uint64_t)(VFIO_IOMMU_ENABLE) == (uint64_t)(0x3b73), "ioctl_names: VFIO_IOMMU_ENABLE");
#endif
#ifdef VFIO_DEVICE_IOEVENTFD
_Static_assert((uint64_t)(VFIO_DEVICE_IOEVENTFD) == (uint64_t)(0x3b74), "ioctl_names: VFIO_DEVICE_IOEVENTFD");
#endif
#ifdef VFIO_IOMMU_DISABLE
_Static_assert((uint64_t)(VFIO_IOMMU_DISABLE) == (uint64_t)(0x3b74), "ioctl_names: VFIO_IOMMU_DISABLE");
#endif
#ifdef VFIO_DEVICE_FEATURE
_Static_assert((uint64_t)(VFIO_DEVICE_FEATURE) == (uint64_t)(0x3b75), "ioctl_names: VFIO_DEVICE_FEATURE");
#endif
#ifdef VFIO_IOMMU_DIRTY_PAGES
_Static_assert((uint64_t)(VFIO_IOMMU_DIRTY_PAGES) == (uint64_t)(0x3b75), "ioctl_names: VFIO_IOMMU_DIRTY_PAGES");
#endif
#ifdef VFIO_IOMMU_SPAPR_REGISTER_MEMORY
_Static_assert((uint64_t)(VFIO_IOMMU_SPAPR_REGISTER_MEMORY) == (uint64_t)(0x3b75), "ioctl_names: VFIO_IOMMU_SPAPR_REGISTER_MEMORY");
#endif
#ifdef VFIO_IOMMU_SPAPR_UNREGISTER_MEMORY
_Static_assert((uint64_t)(VFIO_IOMMU_SPAPR_UNREGISTER_MEMORY) == (uint64_t)(0x3b76), "ioctl_names: VFIO_IOMMU_SPAPR_UNREGISTER_MEMORY");
#endif
#ifdef VFIO_IOMMU_SPAPR_TCE_CREATE
_Static_assert((uint64_t)(VFIO_IOMMU_SPAPR_TCE_CREATE) == (uint64_t)(0x3b77), "ioctl_names: VFIO_IOMMU_SPAPR_TCE_CREATE");
#endif
#ifdef VFIO_IOMMU_SPAPR_TCE_REMOVE
_Static_assert((uint64_t)(VFIO_IOMMU_SPAPR_TCE_REMOVE) == (uint64_t)(0x3b78), "ioctl_names: VFIO_IOMMU_SPAPR_TCE_REMOVE");
#endif
#ifdef VFIO_EEH_PE_OP
_Static_assert((uint64_t)(VFIO_EEH_PE_OP) == (uint64_t)(0x3b79), "ioctl_names: VFIO_EEH_PE_OP");
#endif
#ifdef COUNTER_ENABLE_EVENTS_IOCTL
_Static_assert((uint64_t)(COUNTER_ENABLE_EVENTS_IOCTL) == (uint64_t)(0x3e01), "ioctl_names: COUNTER_ENABLE_EVENTS_IOCTL");
#endif
#ifdef COUNTER_DISABLE_EVENTS_IOCTL
_Static_assert((uint64_t)(COUNTER_DISABLE_EVENTS_IOCTL) == (uint64_t)(0x3e02), "ioctl_names: COUNTER_DISABLE_EVENTS_IOCTL");
#endif
#ifdef AGPIOC_ACQUIRE
_Static_assert((uint64_t)(AGPIOC_ACQUIRE) == (uint64_t)(0x4101), "ioctl_names: AGPIOC_ACQUIRE");
#endif
#ifdef APM_IOC_STANDBY
_Static_assert((uint64_t)(APM_IOC_STANDBY) == (uint64_t)(0x4101), "ioctl_names: APM_IOC_STANDBY");
#endif
#ifdef AGPIOC_RELEASE
_Static_assert((uint64_t)(AGPIOC_RELEASE) == (uint64_t)(0x4102), "ioctl_names: AGPIOC_RELEASE");
#endif
#ifdef APM_IOC_SUSPEND
_Static_assert((uint64_t)(APM_IOC_SUSPEND) == (uint64_t)(0x4102), "ioctl_names: APM_IOC_SUSPEND");
#endif
#ifdef IOCTL_XENBUS_BACKEND_EVTCHN
_Static_assert((uint64_t)(IOCTL_XENBUS_BACKEND_EVTCHN) == (uint64_t)(0x4200), "ioctl_names: IOCTL_XENBUS_BACKEND_EVTCHN");
#endif
#ifdef PMU_IOC_SLEEP
_Static_assert((uint64_t)(PMU_IOC_SLEEP) == (uint64_t)(0x4200), "ioctl_names: PMU_IOC_SLEEP");
#endif
#ifdef CCISS_REVALIDVOLS
_Static_assert((uint64_t)(CCISS_REVALIDVOLS) == (uint64_t)(0x420a), "ioctl_names: CCISS_REVALIDVOLS");
#endif
#ifdef CCISS_DEREGDISK
_Static_assert((uint64_t)(CCISS_DEREGDISK) == (uint64_t)(0x420c), "ioctl_names: CCISS_DEREGDISK");
#endif
#ifdef CCISS_REGNEWD
_Static_assert((uint64_t)(CCISS_REGNEWD) == (uint64_t)(0x420e), "ioctl_names: CCISS_REGNEWD");
#endif
#ifdef CCISS_RESCANDISK
_Static_assert((uint64_t)(CCISS_RESCANDISK) == (uint64_t)(0x4210), "ioctl_names: CCISS_RESCANDISK");
#endif
#ifdef GSMIOC_DISABLE_NET
_Static_assert((uint64_t)(GSMIOC_DISABLE_NET) == (uint64_t)(0x4703), "ioctl_names: GSMIOC_DISABLE_NET");
#endif
#ifdef SNDRV_FIREWIRE_IOCTL_LOCK
_Static_assert((uint64_t)(SNDRV_FIREWIRE_IOCTL_LOCK) == (uint64_t)(0x48f9), "ioctl_names: SNDRV_FIREWIRE_IOCTL_LOCK");
#endif
#ifdef SNDRV_FIREWIRE_IOCTL_UNLOCK
_Static_assert((uint64_t)(SNDRV_FIREWIRE_IOCTL_UNLOCK) == (uint64_t)(0x48fa), "ioctl_names: SNDRV_FIREWIRE_IOCTL_UNLOCK");
#endif
#ifdef KIOCSOUND
_Static_assert((uint64_t)(KIOCSOUND) == (uint64_t)(0x4b2f), "ioctl_names: KIOCSOUND");
#endif
#ifdef KDMKTONE
_Static_assert((uint64_t)(KDMKTONE) == (uint64_t)(0x4b30), "ioctl_names: KDMKTONE");
#endif
#ifdef KDGETLED
_Static_assert((uint64_t)(KDGETLED) == (uint64_t)(0x4b31), "ioctl_names: KDGETLED");
#endif
#ifdef KDSETLED
_Static_assert((uint64_t)(KDSETLED) == (uint64_t)(0x4b32), "ioctl_names: KDSETLED");
#endif
#ifdef KDGKBTYPE
_Static_assert((uint64_t)(KDGKBTYPE) == (uint64_t)(0x4b33), "ioctl_names: KDGKBTYPE");
#endif
#ifdef KDADDIO
_Static_assert((uint64_t)(KDADDIO) == (uint64_t)(0x4b34), "ioctl_names: KDADDIO");
#endif
#ifdef KDDELIO
_Static_assert((uint64_t)(KDDELIO) == (uint64_t)(0x4b35), "ioctl_names: KDDELIO");
#endif
#ifdef KDENABIO
_Static_assert((uint64_t)(KDENABIO) == (uint64_t)(0x4b36), "ioctl_names: KDENABIO");
#endif
#ifdef KDDISABIO
_Static_assert((uint64_t)(KDDISABIO) == (uint64_t)(0x4b37), "ioctl_names: KDDISABIO");
#endif
#ifdef KDSETMODE
_Static_assert((uint64_t)(KDSETMODE) == (uint64_t)(0x4b3a), "ioctl_names: KDSETMODE");
#endif
#ifdef KDGETMODE
_Static_assert((uint64_t)(KDGETMODE) == (uint64_t)(0x4b3b), "ioctl_names: KDGETMODE");
#endif
#ifdef KDMAPDISP
_Static_assert((uint64_t)(KDMAPDISP) == (uint64_t)(0x4b3c), "ioctl_names: KDMAPDISP");
#endif
#ifdef KDUNMAPDISP
_Static_assert((uint64_t)(KDUNMAPDISP) == (uint64_t)(0x4b3d), "ioctl_names: KDUNMAPDISP");
#endif
#ifdef GIO_SCRNMAP
_Static_assert((uint64_t)(GIO_SCRNMAP) == (uint64_t)(0x4b40), "ioctl_names: GIO_SCRNMAP");
#endif
#ifdef PIO_SCRNMAP
_Static_assert((uint64_t)(PIO_SCRNMAP) == (uint64_t)(0x4b41), "ioctl_names: PIO_SCRNMAP");
#endif
#ifdef KDGKBMODE
_Static_assert((uint64_t)(KDGKBMODE) == (uint64_t)(0x4b44), "ioctl_names: KDGKBMODE");
#endif
#ifdef KDSKBMODE
_Static_assert((uint64_t)(KDSKBMODE) == (uint64_t)(0x4b45), "ioctl_names: KDSKBMODE");
#endif
#ifdef KDGKBENT
_Static_assert((uint64_t)(KDGKBENT) == (uint64_t)(0x4b46), "ioctl_names: KDGKBENT");
#endif
#ifdef KDSKBENT
_Static_assert((uint64_t)(KDSKBENT) == (uint64_t)(0x4b47), "ioctl_names: KDSKBENT");
#endif
#ifdef KDGKBSENT
_Static_assert((uint64_t)(KDGKBSENT) == (uint64_t)(0x4b48), "ioctl_names: KDGKBSENT");
#endif
#ifdef KDSKBSENT
_Static_assert((uint64_t)(KDSKBSENT) == (uint64_t)(0x4b49), "ioctl_names: KDSKBSENT");
#endif
#ifdef KDGKBDIACR
_Static_assert((uint64_t)(KDGKBDIACR) == (uint64_t)(0x4b4a), "ioctl_names: KDGKBDIACR");
#endif
#ifdef KDSKBDIACR
_Static_assert((uint64_t)(KDSKBDIACR) == (uint64_t)(0x4b4b), "ioctl_names: KDSKBDIACR");
#endif
#ifdef KDGETKEYCODE
_Static_assert((uint64_t)(KDGETKEYCODE) == (uint64_t)(0x4b4c), "ioctl_names: KDGETKEYCODE");
#endif
#ifdef KDSETKEYCODE
_Static_assert((uint64_t)(KDSETKEYCODE) == (uint64_t)(0x4b4d), "ioctl_names: KDSETKEYCODE");
#endif
#ifdef KDSIGACCEPT
_Static_assert((uint64_t)(KDSIGACCEPT) == (uint64_t)(0x4b4e), "ioctl_names: KDSIGACCEPT");
#endif
#ifdef KDKBDREP
_Static_assert((uint64_t)(KDKBDREP) == (uint64_t)(0x4b52), "ioctl_names: KDKBDREP");
#endif
#ifdef GIO_FONT
_Static_assert((uint64_t)(GIO_FONT) == (uint64_t)(0x4b60), "ioctl_names: GIO_FONT");
#endif
#ifdef PIO_FONT
_Static_assert((uint64_t)(PIO_FONT) == (uint64_t)(0x4b61), "ioctl_names: PIO_FONT");
#endif
#ifdef KDGKBMETA
_Static_assert((uint64_t)(KDGKBMETA) == (uint64_t)(0x4b62), "ioctl_names: KDGKBMETA");
#endif
#ifdef KDSKBMETA
_Static_assert((uint64_t)(KDSKBMETA) == (uint64_t)(0x4b63), "ioctl_names: KDSKBMETA");
#endif
#ifdef KDGKBLED
_Static_assert((uint64_t)(KDGKBLED) == (uint64_t)(0x4b64), "ioctl_names: KDGKBLED");
#endif
#ifdef KDSKBLED
_Static_assert((uint64_t)(KDSKBLED) == (uint64_t)(0x4b65), "ioctl_names: KDSKBLED");
#endif
#ifdef GIO_UNIMAP
_Static_assert((uint64_t)(GIO_UNIMAP) == (uint64_t)(0x4b66), "ioctl_names: GIO_UNIMAP");
#endif
#ifdef PIO_UNIMAP
_Static_assert((uint64_t)(PIO_UNIMAP) == (uint64_t)(0x4b67), "ioctl_names: PIO_UNIMAP");
#endif
#ifdef PIO_UNIMAPCLR
_Static_assert((uint64_t)(PIO_UNIMAPCLR) == (uint64_t)(0x4b68), "ioctl_names: PIO_UNIMAPCLR");
#endif
#ifdef GIO_UNISCRNMAP
_Static_assert((uint64_t)(GIO_UNISCRNMAP) == (uint64_t)(0x4b69), "ioctl_names: GIO_UNISCRNMAP");
#endif
#ifdef PIO_UNISCRNMAP
_Static_assert((uint64_t)(PIO_UNISCRNMAP) == (uint64_t)(0x4b6a), "ioctl_names: PIO_UNISCRNMAP");
#endif
#ifdef GIO_FONTX
_Static_assert((uint64_t)(GIO_FONTX) == (uint64_t)(0x4b6b), "ioctl_names: GIO_FONTX");
#endif
#ifdef PIO_FONTX
_Static_assert((uint64_t)(PIO_FONTX) == (uint64_t)(0x4b6c), "ioctl_names: PIO_FONTX");
#endif
#ifdef PIO_FONTRESET
_Static_assert((uint64_t)(PIO_FONTRESET) == (uint64_t)(0x4b6d), "ioctl_names: PIO_FONTRESET");
#endif
#ifdef GIO_CMAP
_Static_assert((uint64_t)(GIO_CMAP) == (uint64_t)(0x4b70), "ioctl_names: GIO_CMAP");
#endif
#ifdef PIO_CMAP
_Static_assert((uint64_t)(PIO_CMAP) == (uint64_t)(0x4b71), "ioctl_names: PIO_CMAP");
#endif
#ifdef KDFONTOP
_Static_assert((uint64_t)(KDFONTOP) == (uint64_t)(0x4b72), "ioctl_names: KDFONTOP");
#endif
#ifdef KDGKBDIACRUC
_Static_assert((uint64_t)(KDGKBDIACRUC) == (uint64_t)(0x4bfa), "ioctl_names: KDGKBDIACRUC");
#endif
#ifdef KDSKBDIACRUC
_Static_assert((uint64_t)(KDSKBDIACRUC) == (uint64_t)(0x4bfb), "ioctl_names: KDSKBDIACRUC");
#endif
#ifdef LOOP_SET_FD
_Static_assert((uint64_t)(LOOP_SET_FD) == (uint64_t)(0x4c00), "ioctl_names: LOOP_SET_FD");
#endif
#ifdef LOOP_CLR_FD
_Static_assert((uint64_t)(LOOP_CLR_FD) == (uint64_t)(0x4c01), "ioctl_names: LOOP_CLR_FD");
#endif
#ifdef LOOP_SET_STATUS
_Static_assert((uint64_t)(LOOP_SET_STATUS) == (uint64_t)(0x4c02), "ioctl_names: LOOP_SET_STATUS");
#endif
#ifdef LOOP_GET_STATUS
_Static_assert((uint64_t)(LOOP_GET_STATUS) == (uint64_t)(0x4c03), "ioctl_names: LOOP_GET_STATUS");
#endif
#ifdef LOOP_SET_STATUS64
_Static_assert((uint64_t)(LOOP_SET_STATUS64) == (uint64_t)(0x4c04), "ioctl_names: LOOP_SET_STATUS64");
#endif
#ifdef LOOP_GET_STATUS64
_Static_assert((uint64_t)(LOOP_GET_STATUS64) == (uint64_t)(0x4c05), "ioctl_names: LOOP_GET_STATUS64");
#endif
#ifdef LOOP_CHANGE_FD
_Static_assert((uint64_t)(LOOP_CHANGE_FD) == (uint64_t)(0x4c06), "ioctl_names: LOOP_CHANGE_FD");
#endif
#ifdef LOOP_SET_CAPACITY
_Static_assert((uint64_t)(LOOP_SET_CAPACITY) == (uint64_t)(0x4c07), "ioctl_names: LOOP_SET_CAPACITY");
#endif
#ifdef LOOP_SET_DIRECT_IO
_Static_assert((uint64_t)(LOOP_SET_DIRECT_IO) == (uint64_t)(0x4c08), "ioctl_names: LOOP_SET_DIRECT_IO");
#endif
#ifdef LOOP_SET_BLOCK_SIZE
_Static_assert((uint64_t)(LOOP_SET_BLOCK_SIZE) == (uint64_t)(0x4c09), "ioctl_names: LOOP_SET_BLOCK_SIZE");
#endif
#ifdef LOOP_CONFIGURE
_Static_assert((uint64_t)(LOOP_CONFIGURE) == (uint64_t)(0x4c0a), "ioctl_names: LOOP_CONFIGURE");
#endif
#ifdef LOOP_CTL_ADD
_Static_assert((uint64_t)(LOOP_CTL_ADD) == (uint64_t)(0x4c80), "ioctl_names: LOOP_CTL_ADD");
#endif
#ifdef LOOP_CTL_REMOVE
_Static_assert((uint64_t)(LOOP_CTL_REMOVE) == (uint64_t)(0x4c81), "ioctl_names: LOOP_CTL_REMOVE");
#endif
#ifdef LOOP_CTL_GET_FREE
_Static_assert((uint64_t)(LOOP_CTL_GET_FREE) == (uint64_t)(0x4c82), "ioctl_names: LOOP_CTL_GET_FREE");
#endif
#ifdef SNDCTL_DSP_RESET
_Static_assert((uint64_t)(SNDCTL_DSP_RESET) == (uint64_t)(0x5000), "ioctl_names: SNDCTL_DSP_RESET");
#endif
#ifdef FASTRPC_IOCTL_INIT_ATTACH
_Static_assert((uint64_t)(FASTRPC_IOCTL_INIT_ATTACH) == (uint64_t)(0x5204), "ioctl_names: FASTRPC_IOCTL_INIT_ATTACH");
#endif
#ifdef RNDZAPENTCNT
_Static_assert((uint64_t)(RNDZAPENTCNT) == (uint64_t)(0x5204), "ioctl_names: RNDZAPENTCNT");
#endif
#ifdef RNDCLEARPOOL
_Static_assert((uint64_t)(RNDCLEARPOOL) == (uint64_t)(0x5206), "ioctl_names: RNDCLEARPOOL");
#endif
#ifdef RNDRESEEDCRNG
_Static_assert((uint64_t)(RNDRESEEDCRNG) == (uint64_t)(0x5207), "ioctl_names: RNDRESEEDCRNG");
#endif
#ifdef CDROMPAUSE
_Static_assert((uint64_t)(CDROMPAUSE) == (uint64_t)(0x5301), "ioctl_names: CDROMPAUSE");
#endif
#ifdef CDROMRESUME
_Static_assert((uint64_t)(CDROMRESUME) == (uint64_t)(0x5302), "ioctl_names: CDROMRESUME");
#endif
#ifdef CDROMPLAYMSF
_Static_assert((uint64_t)(CDROMPLAYMSF) == (uint64_t)(0x5303), "ioctl_names: CDROMPLAYMSF");
#endif
#ifdef CDROMPLAYTRKIND
_Static_assert((uint64_t)(CDROMPLAYTRKIND) == (uint64_t)(0x5304), "ioctl_names: CDROMPLAYTRKIND");
#endif
#ifdef CDROMREADTOCHDR
_Static_assert((uint64_t)(CDROMREADTOCHDR) == (uint64_t)(0x5305), "ioctl_names: CDROMREADTOCHDR");
#endif
#ifdef CDROMREADTOCENTRY
_Static_assert((uint64_t)(CDROMREADTOCENTRY) == (uint64_t)(0x5306), "ioctl_names: CDROMREADTOCENTRY");
#endif
#ifdef CDROMSTOP
_Static_assert((uint64_t)(CDROMSTOP) == (uint64_t)(0x5307), "ioctl_names: CDROMSTOP");
#endif
#ifdef CDROMSTART
_Static_assert((uint64_t)(CDROMSTART) == (uint64_t)(0x5308), "ioctl_names: CDROMSTART");
#endif
#ifdef CDROMEJECT
_Static_assert((uint64_t)(CDROMEJECT) == (uint64_t)(0x5309), "ioctl_names: CDROMEJECT");
#endif
#ifdef CDROMVOLCTRL
_Static_assert((uint64_t)(CDROMVOLCTRL) == (uint64_t)(0x530a), "ioctl_names: CDROMVOLCTRL");
#endif
#ifdef CDROMSUBCHNL
_Static_assert((uint64_t)(CDROMSUBCHNL) == (uint64_t)(0x530b), "ioctl_names: CDROMSUBCHNL");
#endif
#ifdef CDROMREADMODE2
_Static_assert((uint64_t)(CDROMREADMODE2) == (uint64_t)(0x530c), "ioctl_names: CDROMREADMODE2");
#endif
#ifdef CDROMREADMODE1
_Static_assert((uint64_t)(CDROMREADMODE1) == (uint64_t)(0x530d), "ioctl_names: CDROMREADMODE1");
#endif
#ifdef CDROMREADAUDIO
_Static_assert((uint64_t)(CDROMREADAUDIO) == (uint64_t)(0x530e), "ioctl_names: CDROMREADAUDIO");
#endif
#ifdef CDROMEJECT_SW
_Static_assert((uint64_t)(CDROMEJECT_SW) == (uint64_t)(0x530f), "ioctl_names: CDROMEJECT_SW");
#endif
#ifdef CDROMMULTISESSION
_Static_assert((uint64_t)(CDROMMULTISESSION) == (uint64_t)(0x5310), "ioctl_names: CDROMMULTISESSION");
#endif
#ifdef CDROM_GET_MCN
_Static_assert((uint64_t)(CDROM_GET_MCN) == (uint64_t)(0x5311), "ioctl_names: CDROM_GET_MCN");
#endif
#ifdef CDROMRESET
_Static_assert((uint64_t)(CDROMRESET) == (uint64_t)(0x5312), "ioctl_names: CDROMRESET");
#endif
#ifdef CDROMVOLREAD
_Static_assert((uint64_t)(CDROMVOLREAD) == (uint64_t)(0x5313), "ioctl_names: CDROMVOLREAD");
#endif
#ifdef CDROMREADRAW
_Static_assert((uint64_t)(CDROMREADRAW) == (uint64_t)(0x5314), "ioctl_names: CDROMREADRAW");
#endif
#ifdef CDROMREADCOOKED
_Static_assert((uint64_t)(CDROMREADCOOKED) == (uint64_t)(0x5315), "ioctl_names: CDROMREADCOOKED");
#endif
#ifdef CDROMSEEK
_Static_assert((uint64_t)(CDROMSEEK) == (uint64_t)(0x5316), "ioctl_names: CDROMSEEK");
#endif
#ifdef CDROMPLAYBLK
_Static_assert((uint64_t)(CDROMPLAYBLK) == (uint64_t)(0x5317), "ioctl_names: CDROMPLAYBLK");
#endif
#ifdef CDROMREADALL
_Static_assert((uint64_t)(CDROMREADALL) == (uint64_t)(0x5318), "ioctl_names: CDROMREADALL");
#endif
#ifdef CDROMCLOSETRAY
_Static_assert((uint64_t)(CDROMCLOSETRAY) == (uint64_t)(0x5319), "ioctl_names: CDROMCLOSETRAY");
#endif
#ifdef CDROMGETSPINDOWN
_Static_assert((uint64_t)(CDROMGETSPINDOWN) == (uint64_t)(0x531d), "ioctl_names: CDROMGETSPINDOWN");
#endif
#ifdef CDROMSETSPINDOWN
_Static_assert((uint64_t)(CDROMSETSPINDOWN) == (uint64_t)(0x531e), "ioctl_names: CDROMSETSPINDOWN");
#endif
#ifdef CDROM_SET_OPTIONS
_Static_assert((uint64_t)(CDROM_SET_OPTIONS) == (uint64_t)(0x5320), "ioctl_names: CDROM_SET_OPTIONS");
#endif
#ifdef CDROM_CLEAR_OPTIONS
_Static_assert((uint64_t)(CDROM_CLEAR_OPTIONS) == (uint64_t)(0x5321), "ioctl_names: CDROM_CLEAR_OPTIONS");
#endif
#ifdef CDROM_SELECT_SPEED
_Static_assert((uint64_t)(CDROM_SELECT_SPEED) == (uint64_t)(0x5322), "ioctl_names: CDROM_SELECT_SPEED");
#endif
#ifdef CDROM_SELECT_DISC
_Static_assert((uint64_t)(CDROM_SELECT_DISC) == (uint64_t)(0x5323), "ioctl_names: CDROM_SELECT_DISC");
#endif
#ifdef CDROM_MEDIA_CHANGED
_Static_assert((uint64_t)(CDROM_MEDIA_CHANGED) == (uint64_t)(0x5325), "ioctl_names: CDROM_MEDIA_CHANGED");
#endif
#ifdef CDROM_DRIVE_STATUS
_Static_assert((uint64_t)(CDROM_DRIVE_STATUS) == (uint64_t)(0x5326), "ioctl_names: CDROM_DRIVE_STATUS");
#endif
#ifdef CDROM_DISC_STATUS
_Static_assert((uint64_t)(CDROM_DISC_STATUS) == (uint64_t)(0x5327), "ioctl_names: CDROM_DISC_STATUS");
#endif
#ifdef CDROM_CHANGER_NSLOTS
_Static_assert((uint64_t)(CDROM_CHANGER_NSLOTS) == (uint64_t)(0x5328), "ioctl_names: CDROM_CHANGER_NSLOTS");
#endif
#ifdef CDROM_LOCKDOOR
_Static_assert((uint64_t)(CDROM_LOCKDOOR) == (uint64_t)(0x5329), "ioctl_names: CDROM_LOCKDOOR");
#endif
#ifdef CDROM_DEBUG
_Static_assert((uint64_t)(CDROM_DEBUG) == (uint64_t)(0x5330), "ioctl_names: CDROM_DEBUG");
#endif
#ifdef CDROM_GET_CAPABILITY
_Static_assert((uint64_t)(CDROM_GET_CAPABILITY) == (uint64_t)(0x5331), "ioctl_names: CDROM_GET_CAPABILITY");
#endif
#ifdef CDROMAUDIOBUFSIZ
_Static_assert((uint64_t)(CDROMAUDIOBUFSIZ) == (uint64_t)(0x5382), "ioctl_names: CDROMAUDIOBUFSIZ");
#endif
#ifdef SCSI_IOCTL_GET_IDLUN
_Static_assert((uint64_t)(SCSI_IOCTL_GET_IDLUN) == (uint64_t)(0x5382), "ioctl_names: SCSI_IOCTL_GET_IDLUN");
#endif
#ifdef DVD_READ_STRUCT
_Static_assert((uint64_t)(DVD_READ_STRUCT) == (uint64_t)(0x5390), "ioctl_names: DVD_READ_STRUCT");
#endif
#ifdef DVD_WRITE_STRUCT
_Static_assert((uint64_t)(DVD_WRITE_STRUCT) == (uint64_t)(0x5391), "ioctl_names: DVD_WRITE_STRUCT");
#endif
#ifdef DVD_AUTH
_Static_assert((uint64_t)(DVD_AUTH) == (uint64_t)(0x5392), "ioctl_names: DVD_AUTH");
#endif
#ifdef CDROM_SEND_PACKET
_Static_assert((uint64_t)(CDROM_SEND_PACKET) == (uint64_t)(0x5393), "ioctl_names: CDROM_SEND_PACKET");
#endif
#ifdef CDROM_NEXT_WRITABLE
_Static_assert((uint64_t)(CDROM_NEXT_WRITABLE) == (uint64_t)(0x5394), "ioctl_names: CDROM_NEXT_WRITABLE");
#endif
#ifdef CDROM_LAST_WRITTEN
_Static_assert((uint64_t)(CDROM_LAST_WRITTEN) == (uint64_t)(0x5395), "ioctl_names: CDROM_LAST_WRITTEN");
#endif
#ifdef CDROM_TIMED_MEDIA_CHANGE
_Static_assert((uint64_t)(CDROM_TIMED_MEDIA_CHANGE) == (uint64_t)(0x5396), "ioctl_names: CDROM_TIMED_MEDIA_CHANGE");
#endif
#ifdef TCGETS
_Static_assert((uint64_t)(TCGETS) == (uint64_t)(0x5401), "ioctl_names: TCGETS");
#endif
#ifdef SNDCTL_TMR_START
_Static_assert((uint64_t)(SNDCTL_TMR_START) == (uint64_t)(0x5402), "ioctl_names: SNDCTL_TMR_START");
#endif
#ifdef TCSETS
_Static_assert((uint64_t)(TCSETS) == (uint64_t)(0x5402), "ioctl_names: TCSETS");
#endif
#ifdef SNDCTL_TMR_STOP
_Static_assert((uint64_t)(SNDCTL_TMR_STOP) == (uint64_t)(0x5403), "ioctl_names: SNDCTL_TMR_STOP");
#endif
#ifdef TCSETSW
_Static_assert((uint64_t)(TCSETSW) == (uint64_t)(0x5403), "ioctl_names: TCSETSW");
#endif
#ifdef SNDCTL_TMR_CONTINUE
_Static_assert((uint64_t)(SNDCTL_TMR_CONTINUE) == (uint64_t)(0x5404), "ioctl_names: SNDCTL_TMR_CONTINUE");
#endif
#ifdef TCSETSF
_Static_assert((uint64_t)(TCSETSF) == (uint64_t)(0x5404), "ioctl_names: TCSETSF");
#endif
#ifdef TCGETA
_Static_assert((uint64_t)(TCGETA) == (uint64_t)(0x5405), "ioctl_names: TCGETA");
#endif
#ifdef TCSETA
_Static_assert((uint64_t)(TCSETA) == (uint64_t)(0x5406), "ioctl_names: TCSETA");
#endif
#ifdef TCSETAW
_Static_assert((uint64_t)(TCSETAW) == (uint64_t)(0x5407), "ioctl_names: TCSETAW");
#endif
#ifdef TCSETAF
_Static_assert((uint64_t)(TCSETAF) == (uint64_t)(0x5408), "ioctl_names: TCSETAF");
#endif
#ifdef TCSBRK
_Static_assert((uint64_t)(TCSBRK) == (uint64_t)(0x5409), "ioctl_names: TCSBRK");
#endif
#ifdef TCXONC
_Static_assert((uint64_t)(TCXONC) == (uint64_t)(0x540a), "ioctl_names: TCXONC");
#endif
#ifdef TCFLSH
_Static_assert((uint64_t)(TCFLSH) == (uint64_t)(0x540b), "ioctl_names: TCFLSH");
#endif
#ifdef TIOCEXCL
_Static_assert((uint64_t)(TIOCEXCL) == (uint64_t)(0x540c), "ioctl_names: TIOCEXCL");
#endif
#ifdef TIOCNXCL
_Static_assert((uint64_t)(TIOCNXCL) == (uint64_t)(0x540d), "ioctl_names: TIOCNXCL");
#endif
#ifdef TIOCSCTTY
_Static_assert((uint64_t)(TIOCSCTTY) == (uint64_t)(0x540e), "ioctl_names: TIOCSCTTY");
#endif
#ifdef TIOCGPGRP
_Static_assert((uint64_t)(TIOCGPGRP) == (uint64_t)(0x540f), "ioctl_names: TIOCGPGRP");
#endif
#ifdef TIOCSPGRP
_Static_assert((uint64_t)(TIOCSPGRP) == (uint64_t)(0x5410), "ioctl_names: TIOCSPGRP");
#endif
#ifdef TIOCOUTQ
_Static_assert((uint64_t)(TIOCOUTQ) == (uint64_t)(0x5411), "ioctl_names: TIOCOUTQ");
#endif
#ifdef TIOCSTI
_Static_assert((uint64_t)(TIOCSTI) == (uint64_t)(0x5412), "ioctl_names: TIOCSTI");
#endif
#ifdef TIOCGWINSZ
_Static_assert((uint64_t)(TIOCGWINSZ) == (uint64_t)(0x5413), "ioctl_names: TIOCGWINSZ");
#endif
#ifdef TIOCSWINSZ
_Static_assert((uint64_t)(TIOCSWINSZ) == (uint64_t)(0x5414), "ioctl_names: TIOCSWINSZ");
#endif
#ifdef TIOCMGET
_Static_assert((uint64_t)(TIOCMGET) == (uint64_t)(0x5415), "ioctl_names: TIOCMGET");
#endif
#ifdef TIOCMBIS
_Static_assert((uint64_t)(TIOCMBIS) == (uint64_t)(0x5416), "ioctl_names: TIOCMBIS");
#endif
#ifdef TIOCMBIC
_Static_assert((uint64_t)(TIOCMBIC) == (uint64_t)(0x5417), "ioctl_names: TIOCMBIC");
#endif
#ifdef TIOCMSET
_Static_assert((uint64_t)(TIOCMSET) == (uint64_t)(0x5418), "ioctl_names: TIOCMSET");
#endif
#ifdef TIOCGSOFTCAR
_Static_assert((uint64_t)(TIOCGSOFTCAR) == (uint64_t)(0x5419), "ioctl_names: TIOCGSOFTCAR");
#endif
#ifdef TIOCSSOFTCAR
_Static_assert((uint64_t)(TIOCSSOFTCAR) == (uint64_t)(0x541a), "ioctl_names: TIOCSSOFTCAR");
#endif
#ifdef FIONREAD
_Static_assert((uint64_t)(FIONREAD) == (uint64_t)(0x541b), "ioctl_names: FIONREAD");
#endif
#ifdef TIOCLINUX
_Static_assert((uint64_t)(TIOCLINUX) == (uint64_t)(0x541c), "ioctl_names: TIOCLINUX");
#endif
#ifdef TIOCCONS
_Static_assert((uint64_t)(TIOCCONS) == (uint64_t)(0x541d), "ioctl_names: TIOCCONS");
#endif
#ifdef TIOCGSERIAL
_Static_assert((uint64_t)(TIOCGSERIAL) == (uint64_t)(0x541e), "ioctl_names: TIOCGSERIAL");
#endif
#ifdef TIOCSSERIAL
_Static_assert((uint64_t)(TIOCSSERIAL) == (uint64_t)(0x541f), "ioctl_names: TIOCSSERIAL");
#endif
#ifdef TIOCPKT
_Static_assert((uint64_t)(TIOCPKT) == (uint64_t)(0x5420), "ioctl_names: TIOCPKT");
#endif
#ifdef FIONBIO
_Static_assert((uint64_t)(FIONBIO) == (uint64_t)(0x5421), "ioctl_names: FIONBIO");
#endif
#ifdef TIOCNOTTY
_Static_assert((uint64_t)(TIOCNOTTY) == (uint64_t)(0x5422), "ioctl_names: TIOCNOTTY");
#endif
#ifdef TIOCSETD
_Static_assert((uint64_t)(TIOCSETD) == (uint64_t)(0x5423), "ioctl_names: TIOCSETD");
#endif
#ifdef TIOCGETD
_Static_assert((uint64_t)(TIOCGETD) == (uint64_t)(0x5424), "ioctl_names: TIOCGETD");
#endif
#ifdef TCSBRKP
_Static_assert((uint64_t)(TCSBRKP) == (uint64_t)(0x5425), "ioctl_names: TCSBRKP");
#endif
#ifdef TIOCSBRK
_Static_assert((uint64_t)(TIOCSBRK) == (uint64_t)(0x5427), "ioctl_names: TIOCSBRK");
#endif
#ifdef TIOCCBRK
_Static_assert((uint64_t)(TIOCCBRK) == (uint64_t)(0x5428), "ioctl_names: TIOCCBRK");
#endif
#ifdef TIOCGSID
_Static_assert((uint64_t)(TIOCGSID) == (uint64_t)(0x5429), "ioctl_names: TIOCGSID");
#endif
#ifdef TIOCGRS485
_Static_assert((uint64_t)(TIOCGRS485) == (uint64_t)(0x542e), "ioctl_names: TIOCGRS485");
#endif
#ifdef TIOCSRS485
_Static_assert((uint64_t)(TIOCSRS485) == (uint64_t)(0x542f), "ioctl_names: TIOCSRS485");
#endif
#ifdef TCGETX
_Static_assert((uint64_t)(TCGETX) == (uint64_t)(0x5432), "ioctl_names: TCGETX");
#endif
#ifdef TCSETX
_Static_assert((uint64_t)(TCSETX) == (uint64_t)(0x5433), "ioctl_names: TCSETX");
#endif
#ifdef TCSETXF
_Static_assert((uint64_t)(TCSETXF) == (uint64_t)(0x5434), "ioctl_names: TCSETXF");
#endif
#ifdef TCSETXW
_Static_assert((uint64_t)(TCSETXW) == (uint64_t)(0x5435), "ioctl_names: TCSETXW");
#endif
#ifdef TIOCVHANGUP
_Static_assert((uint64_t)(TIOCVHANGUP) == (uint64_t)(0x5437), "ioctl_names: TIOCVHANGUP");
#endif
#ifdef TIOCGPTPEER
_Static_assert((uint64_t)(TIOCGPTPEER) == (uint64_t)(0x5441), "ioctl_names: TIOCGPTPEER");
#endif
#ifdef FIONCLEX
_Static_assert((uint64_t)(FIONCLEX) == (uint64_t)(0x5450), "ioctl_names: FIONCLEX");
#endif
#ifdef FIOCLEX
_Static_assert((uint64_t)(FIOCLEX) == (uint64_t)(0x5451), "ioctl_names: FIOCLEX");
#endif
#ifdef FIOASYNC
_Static_assert((uint64_t)(FIOASYNC) == (uint64_t)(0x5452), "ioctl_names: FIOASYNC");
#endif
#ifdef TIOCSERCONFIG
_Static_assert((uint64_t)(TIOCSERCONFIG) == (uint64_t)(0x5453), "ioctl_names: TIOCSERCONFIG");
#endif
#ifdef TIOCSERGWILD
_Static_assert((uint64_t)(TIOCSERGWILD) == (uint64_t)(0x5454), "ioctl_names: TIOCSERGWILD");
#endif
#ifdef TIOCSERSWILD
_Static_assert((uint64_t)(TIOCSERSWILD) == (uint64_t)(0x5455), "ioctl_names: TIOCSERSWILD");
#endif
#ifdef TIOCGLCKTRMIOS
_Static_assert((uint64_t)(TIOCGLCKTRMIOS) == (uint64_t)(0x5456), "ioctl_names: TIOCGLCKTRMIOS");
#endif
#ifdef TIOCSLCKTRMIOS
_Static_assert((uint64_t)(TIOCSLCKTRMIOS) == (uint64_t)(0x5457), "ioctl_names: TIOCSLCKTRMIOS");
#endif
#ifdef TIOCSERGSTRUCT
_Static_assert((uint64_t)(TIOCSERGSTRUCT) == (uint64_t)(0x5458), "ioctl_names: TIOCSERGSTRUCT");
#endif
#ifdef TIOCSERGETLSR
_Static_assert((uint64_t)(TIOCSERGETLSR) == (uint64_t)(0x5459), "ioctl_names: TIOCSERGETLSR");
#endif
#ifdef TIOCSERGETMULTI
_Static_assert((uint64_t)(TIOCSERGETMULTI) == (uint64_t)(0x545a), "ioctl_names: TIOCSERGETMULTI");
#endif
#ifdef TIOCSERSETMULTI
_Static_assert((uint64_t)(TIOCSERSETMULTI) == (uint64_t)(0x545b), "ioctl_names: TIOCSERSETMULTI");
#endif
#ifdef TIOCMIWAIT
_Static_assert((uint64_t)(TIOCMIWAIT) == (uint64_t)(0x545c), "ioctl_names: TIOCMIWAIT");
#endif
#ifdef TIOCGICOUNT
_Static_assert((uint64_t)(TIOCGICOUNT) == (uint64_t)(0x545d), "ioctl_names: TIOCGICOUNT");
#endif
#ifdef FIOQSIZE
_Static_assert((uint64_t)(FIOQSIZE) == (uint64_t)(0x5460), "ioctl_names: FIOQSIZE");
#endif
#ifdef UI_DEV_CREATE
_Static_assert((uint64_t)(UI_DEV_CREATE) == (uint64_t)(0x5501), "ioctl_names: UI_DEV_CREATE");
#endif
#ifdef USB_RAW_IOCTL_RUN
_Static_assert((uint64_t)(USB_RAW_IOCTL_RUN) == (uint64_t)(0x5501), "ioctl_names: USB_RAW_IOCTL_RUN");
#endif
#ifdef UI_DEV_DESTROY
_Static_assert((uint64_t)(UI_DEV_DESTROY) == (uint64_t)(0x5502), "ioctl_names: UI_DEV_DESTROY");
#endif
#ifdef USB_RAW_IOCTL_CONFIGURE
_Static_assert((uint64_t)(USB_RAW_IOCTL_CONFIGURE) == (uint64_t)(0x5509), "ioctl_names: USB_RAW_IOCTL_CONFIGURE");
#endif
#ifdef USB_RAW_IOCTL_EP0_STALL
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP0_STALL) == (uint64_t)(0x550c), "ioctl_names: USB_RAW_IOCTL_EP0_STALL");
#endif
#ifdef VT_OPENQRY
_Static_assert((uint64_t)(VT_OPENQRY) == (uint64_t)(0x5600), "ioctl_names: VT_OPENQRY");
#endif
#ifdef VT_GETMODE
_Static_assert((uint64_t)(VT_GETMODE) == (uint64_t)(0x5601), "ioctl_names: VT_GETMODE");
#endif
#ifdef VT_SETMODE
_Static_assert((uint64_t)(VT_SETMODE) == (uint64_t)(0x5602), "ioctl_names: VT_SETMODE");
#endif
#ifdef VBG_IOCTL_VMMDEV_REQUEST_BIG
_Static_assert((uint64_t)(VBG_IOCTL_VMMDEV_REQUEST_BIG) == (uint64_t)(0x5603), "ioctl_names: VBG_IOCTL_VMMDEV_REQUEST_BIG");
#endif
#ifdef VT_GETSTATE
_Static_assert((uint64_t)(VT_GETSTATE) == (uint64_t)(0x5603), "ioctl_names: VT_GETSTATE");
#endif
#ifdef VT_SENDSIG
_Static_assert((uint64_t)(VT_SENDSIG) == (uint64_t)(0x5604), "ioctl_names: VT_SENDSIG");
#endif
#ifdef VT_RELDISP
_Static_assert((uint64_t)(VT_RELDISP) == (uint64_t)(0x5605), "ioctl_names: VT_RELDISP");
#endif
#ifdef VT_ACTIVATE
_Static_assert((uint64_t)(VT_ACTIVATE) == (uint64_t)(0x5606), "ioctl_names: VT_ACTIVATE");
#endif
#ifdef VT_WAITACTIVE
_Static_assert((uint64_t)(VT_WAITACTIVE) == (uint64_t)(0x5607), "ioctl_names: VT_WAITACTIVE");
#endif
#ifdef VT_DISALLOCATE
_Static_assert((uint64_t)(VT_DISALLOCATE) == (uint64_t)(0x5608), "ioctl_names: VT_DISALLOCATE");
#endif
#ifdef VT_RESIZE
_Static_assert((uint64_t)(VT_RESIZE) == (uint64_t)(0x5609), "ioctl_names: VT_RESIZE");
#endif
#ifdef VT_RESIZEX
_Static_assert((uint64_t)(VT_RESIZEX) == (uint64_t)(0x560a), "ioctl_names: VT_RESIZEX");
#endif
#ifdef VT_LOCKSWITCH
_Static_assert((uint64_t)(VT_LOCKSWITCH) == (uint64_t)(0x560b), "ioctl_names: VT_LOCKSWITCH");
#endif
#ifdef VT_UNLOCKSWITCH
_Static_assert((uint64_t)(VT_UNLOCKSWITCH) == (uint64_t)(0x560c), "ioctl_names: VT_UNLOCKSWITCH");
#endif
#ifdef VT_GETHIFONTMASK
_Static_assert((uint64_t)(VT_GETHIFONTMASK) == (uint64_t)(0x560d), "ioctl_names: VT_GETHIFONTMASK");
#endif
#ifdef VT_WAITEVENT
_Static_assert((uint64_t)(VT_WAITEVENT) == (uint64_t)(0x560e), "ioctl_names: VT_WAITEVENT");
#endif
#ifdef VT_SETACTIVATE
_Static_assert((uint64_t)(VT_SETACTIVATE) == (uint64_t)(0x560f), "ioctl_names: VT_SETACTIVATE");
#endif
#ifdef VIDIOC_LOG_STATUS
_Static_assert((uint64_t)(VIDIOC_LOG_STATUS) == (uint64_t)(0x5646), "ioctl_names: VIDIOC_LOG_STATUS");
#endif
#ifdef UACCE_CMD_START_Q
_Static_assert((uint64_t)(UACCE_CMD_START_Q) == (uint64_t)(0x5700), "ioctl_names: UACCE_CMD_START_Q");
#endif
#ifdef UACCE_CMD_PUT_Q
_Static_assert((uint64_t)(UACCE_CMD_PUT_Q) == (uint64_t)(0x5701), "ioctl_names: UACCE_CMD_PUT_Q");
#endif
#ifdef IOC_WATCH_QUEUE_SET_SIZE
_Static_assert((uint64_t)(IOC_WATCH_QUEUE_SET_SIZE) == (uint64_t)(0x5760), "ioctl_names: IOC_WATCH_QUEUE_SET_SIZE");
#endif
#ifdef IOC_WATCH_QUEUE_SET_FILTER
_Static_assert((uint64_t)(IOC_WATCH_QUEUE_SET_FILTER) == (uint64_t)(0x5761), "ioctl_names: IOC_WATCH_QUEUE_SET_FILTER");
#endif
#ifdef NS_ADJBUFLEV
_Static_assert((uint64_t)(NS_ADJBUFLEV) == (uint64_t)(0x6163), "ioctl_names: NS_ADJBUFLEV");
#endif
#ifdef SIOCSIFATMTCP
_Static_assert((uint64_t)(SIOCSIFATMTCP) == (uint64_t)(0x6180), "ioctl_names: SIOCSIFATMTCP");
#endif
#ifdef ATMTCP_CREATE
_Static_assert((uint64_t)(ATMTCP_CREATE) == (uint64_t)(0x618e), "ioctl_names: ATMTCP_CREATE");
#endif
#ifdef ATMTCP_REMOVE
_Static_assert((uint64_t)(ATMTCP_REMOVE) == (uint64_t)(0x618f), "ioctl_names: ATMTCP_REMOVE");
#endif
#ifdef ATMLEC_CTRL
_Static_assert((uint64_t)(ATMLEC_CTRL) == (uint64_t)(0x61d0), "ioctl_names: ATMLEC_CTRL");
#endif
#ifdef ATMLEC_DATA
_Static_assert((uint64_t)(ATMLEC_DATA) == (uint64_t)(0x61d1), "ioctl_names: ATMLEC_DATA");
#endif
#ifdef ATMLEC_MCAST
_Static_assert((uint64_t)(ATMLEC_MCAST) == (uint64_t)(0x61d2), "ioctl_names: ATMLEC_MCAST");
#endif
#ifdef ATMMPC_CTRL
_Static_assert((uint64_t)(ATMMPC_CTRL) == (uint64_t)(0x61d8), "ioctl_names: ATMMPC_CTRL");
#endif
#ifdef ATMMPC_DATA
_Static_assert((uint64_t)(ATMMPC_DATA) == (uint64_t)(0x61d9), "ioctl_names: ATMMPC_DATA");
#endif
#ifdef SIOCMKCLIP
_Static_assert((uint64_t)(SIOCMKCLIP) == (uint64_t)(0x61e0), "ioctl_names: SIOCMKCLIP");
#endif
#ifdef ATMARPD_CTRL
_Static_assert((uint64_t)(ATMARPD_CTRL) == (uint64_t)(0x61e1), "ioctl_names: ATMARPD_CTRL");
#endif
#ifdef ATMARP_MKIP
_Static_assert((uint64_t)(ATMARP_MKIP) == (uint64_t)(0x61e2), "ioctl_names: ATMARP_MKIP");
#endif
#ifdef ATMARP_SETENTRY
_Static_assert((uint64_t)(ATMARP_SETENTRY) == (uint64_t)(0x61e3), "ioctl_names: ATMARP_SETENTRY");
#endif
#ifdef ATMARP_ENCAP
_Static_assert((uint64_t)(ATMARP_ENCAP) == (uint64_t)(0x61e5), "ioctl_names: ATMARP_ENCAP");
#endif
#ifdef ATMSIGD_CTRL
_Static_assert((uint64_t)(ATMSIGD_CTRL) == (uint64_t)(0x61f0), "ioctl_names: ATMSIGD_CTRL");
#endif
#ifdef FUNCTIONFS_FIFO_STATUS
_Static_assert((uint64_t)(FUNCTIONFS_FIFO_STATUS) == (uint64_t)(0x6701), "ioctl_names: FUNCTIONFS_FIFO_STATUS");
#endif
#ifdef GADGETFS_FIFO_STATUS
_Static_assert((uint64_t)(GADGETFS_FIFO_STATUS) == (uint64_t)(0x6701), "ioctl_names: GADGETFS_FIFO_STATUS");
#endif
#ifdef FUNCTIONFS_FIFO_FLUSH
_Static_assert((uint64_t)(FUNCTIONFS_FIFO_FLUSH) == (uint64_t)(0x6702), "ioctl_names: FUNCTIONFS_FIFO_FLUSH");
#endif
#ifdef GADGETFS_FIFO_FLUSH
_Static_assert((uint64_t)(GADGETFS_FIFO_FLUSH) == (uint64_t)(0x6702), "ioctl_names: GADGETFS_FIFO_FLUSH");
#endif
#ifdef FUNCTIONFS_CLEAR_HALT
_Static_assert((uint64_t)(FUNCTIONFS_CLEAR_HALT) == (uint64_t)(0x6703), "ioctl_names: FUNCTIONFS_CLEAR_HALT");
#endif
#ifdef GADGETFS_CLEAR_HALT
_Static_assert((uint64_t)(GADGETFS_CLEAR_HALT) == (uint64_t)(0x6703), "ioctl_names: GADGETFS_CLEAR_HALT");
#endif
#ifdef FUNCTIONFS_INTERFACE_REVMAP
_Static_assert((uint64_t)(FUNCTIONFS_INTERFACE_REVMAP) == (uint64_t)(0x6780), "ioctl_names: FUNCTIONFS_INTERFACE_REVMAP");
#endif
#ifdef FUNCTIONFS_ENDPOINT_REVMAP
_Static_assert((uint64_t)(FUNCTIONFS_ENDPOINT_REVMAP) == (uint64_t)(0x6781), "ioctl_names: FUNCTIONFS_ENDPOINT_REVMAP");
#endif
#ifdef RTC_AIE_ON
_Static_assert((uint64_t)(RTC_AIE_ON) == (uint64_t)(0x7001), "ioctl_names: RTC_AIE_ON");
#endif
#ifdef RTC_AIE_OFF
_Static_assert((uint64_t)(RTC_AIE_OFF) == (uint64_t)(0x7002), "ioctl_names: RTC_AIE_OFF");
#endif
#ifdef RTC_UIE_ON
_Static_assert((uint64_t)(RTC_UIE_ON) == (uint64_t)(0x7003), "ioctl_names: RTC_UIE_ON");
#endif
#ifdef PHN_NOT_OH
_Static_assert((uint64_t)(PHN_NOT_OH) == (uint64_t)(0x7004), "ioctl_names: PHN_NOT_OH");
#endif
#ifdef RTC_UIE_OFF
_Static_assert((uint64_t)(RTC_UIE_OFF) == (uint64_t)(0x7004), "ioctl_names: RTC_UIE_OFF");
#endif
#ifdef RTC_PIE_ON
_Static_assert((uint64_t)(RTC_PIE_ON) == (uint64_t)(0x7005), "ioctl_names: RTC_PIE_ON");
#endif
#ifdef RTC_PIE_OFF
_Static_assert((uint64_t)(RTC_PIE_OFF) == (uint64_t)(0x7006), "ioctl_names: RTC_PIE_OFF");
#endif
#ifdef RTC_WIE_ON
_Static_assert((uint64_t)(RTC_WIE_ON) == (uint64_t)(0x700f), "ioctl_names: RTC_WIE_ON");
#endif
#ifdef RTC_WIE_OFF
_Static_assert((uint64_t)(RTC_WIE_OFF) == (uint64_t)(0x7010), "ioctl_names: RTC_WIE_OFF");
#endif
#ifdef RTC_VL_CLR
_Static_assert((uint64_t)(RTC_VL_CLR) == (uint64_t)(0x7014), "ioctl_names: RTC_VL_CLR");
#endif
#ifdef NVRAM_INIT
_Static_assert((uint64_t)(NVRAM_INIT) == (uint64_t)(0x7040), "ioctl_names: NVRAM_INIT");
#endif
#ifdef NVRAM_SETCKS
_Static_assert((uint64_t)(NVRAM_SETCKS) == (uint64_t)(0x7041), "ioctl_names: NVRAM_SETCKS");
#endif
#ifdef MEDIA_REQUEST_IOC_QUEUE
_Static_assert((uint64_t)(MEDIA_REQUEST_IOC_QUEUE) == (uint64_t)(0x7c80), "ioctl_names: MEDIA_REQUEST_IOC_QUEUE");
#endif
#ifdef MEDIA_REQUEST_IOC_REINIT
_Static_assert((uint64_t)(MEDIA_REQUEST_IOC_REINIT) == (uint64_t)(0x7c81), "ioctl_names: MEDIA_REQUEST_IOC_REINIT");
#endif
#ifdef FIOSETOWN
_Static_assert((uint64_t)(FIOSETOWN) == (uint64_t)(0x8901), "ioctl_names: FIOSETOWN");
#endif
#ifdef SIOCSPGRP
_Static_assert((uint64_t)(SIOCSPGRP) == (uint64_t)(0x8902), "ioctl_names: SIOCSPGRP");
#endif
#ifdef FIOGETOWN
_Static_assert((uint64_t)(FIOGETOWN) == (uint64_t)(0x8903), "ioctl_names: FIOGETOWN");
#endif
#ifdef SIOCGPGRP
_Static_assert((uint64_t)(SIOCGPGRP) == (uint64_t)(0x8904), "ioctl_names: SIOCGPGRP");
#endif
#ifdef SIOCATMARK
_Static_assert((uint64_t)(SIOCATMARK) == (uint64_t)(0x8905), "ioctl_names: SIOCATMARK");
#endif
#ifdef SIOCGSTAMP_OLD
_Static_assert((uint64_t)(SIOCGSTAMP_OLD) == (uint64_t)(0x8906), "ioctl_names: SIOCGSTAMP_OLD");
#endif
#ifdef SIOCGSTAMPNS_OLD
_Static_assert((uint64_t)(SIOCGSTAMPNS_OLD) == (uint64_t)(0x8907), "ioctl_names: SIOCGSTAMPNS_OLD");
#endif
#ifdef SIOCADDRT
_Static_assert((uint64_t)(SIOCADDRT) == (uint64_t)(0x890b), "ioctl_names: SIOCADDRT");
#endif
#ifdef SIOCDELRT
_Static_assert((uint64_t)(SIOCDELRT) == (uint64_t)(0x890c), "ioctl_names: SIOCDELRT");
#endif
#ifdef SIOCRTMSG
_Static_assert((uint64_t)(SIOCRTMSG) == (uint64_t)(0x890d), "ioctl_names: SIOCRTMSG");
#endif
#ifdef SIOCGIFNAME
_Static_assert((uint64_t)(SIOCGIFNAME) == (uint64_t)(0x8910), "ioctl_names: SIOCGIFNAME");
#endif
#ifdef SIOCSIFLINK
_Static_assert((uint64_t)(SIOCSIFLINK) == (uint64_t)(0x8911), "ioctl_names: SIOCSIFLINK");
#endif
#ifdef SIOCGIFCONF
_Static_assert((uint64_t)(SIOCGIFCONF) == (uint64_t)(0x8912), "ioctl_names: SIOCGIFCONF");
#endif
#ifdef SIOCGIFFLAGS
_Static_assert((uint64_t)(SIOCGIFFLAGS) == (uint64_t)(0x8913), "ioctl_names: SIOCGIFFLAGS");
#endif
#ifdef SIOCSIFFLAGS
_Static_assert((uint64_t)(SIOCSIFFLAGS) == (uint64_t)(0x8914), "ioctl_names: SIOCSIFFLAGS");
#endif
#ifdef SIOCGIFADDR
_Static_assert((uint64_t)(SIOCGIFADDR) == (uint64_t)(0x8915), "ioctl_names: SIOCGIFADDR");
#endif
#ifdef SIOCSIFADDR
_Static_assert((uint64_t)(SIOCSIFADDR) == (uint64_t)(0x8916), "ioctl_names: SIOCSIFADDR");
#endif
#ifdef SIOCGIFDSTADDR
_Static_assert((uint64_t)(SIOCGIFDSTADDR) == (uint64_t)(0x8917), "ioctl_names: SIOCGIFDSTADDR");
#endif
#ifdef SIOCSIFDSTADDR
_Static_assert((uint64_t)(SIOCSIFDSTADDR) == (uint64_t)(0x8918), "ioctl_names: SIOCSIFDSTADDR");
#endif
#ifdef SIOCGIFBRDADDR
_Static_assert((uint64_t)(SIOCGIFBRDADDR) == (uint64_t)(0x8919), "ioctl_names: SIOCGIFBRDADDR");
#endif
#ifdef SIOCSIFBRDADDR
_Static_assert((uint64_t)(SIOCSIFBRDADDR) == (uint64_t)(0x891a), "ioctl_names: SIOCSIFBRDADDR");
#endif
#ifdef SIOCGIFNETMASK
_Static_assert((uint64_t)(SIOCGIFNETMASK) == (uint64_t)(0x891b), "ioctl_names: SIOCGIFNETMASK");
#endif
#ifdef SIOCSIFNETMASK
_Static_assert((uint64_t)(SIOCSIFNETMASK) == (uint64_t)(0x891c), "ioctl_names: SIOCSIFNETMASK");
#endif
#ifdef SIOCGIFMETRIC
_Static_assert((uint64_t)(SIOCGIFMETRIC) == (uint64_t)(0x891d), "ioctl_names: SIOCGIFMETRIC");
#endif
#ifdef SIOCSIFMETRIC
_Static_assert((uint64_t)(SIOCSIFMETRIC) == (uint64_t)(0x891e), "ioctl_names: SIOCSIFMETRIC");
#endif
#ifdef SIOCGIFMEM
_Static_assert((uint64_t)(SIOCGIFMEM) == (uint64_t)(0x891f), "ioctl_names: SIOCGIFMEM");
#endif
#ifdef SIOCSIFMEM
_Static_assert((uint64_t)(SIOCSIFMEM) == (uint64_t)(0x8920), "ioctl_names: SIOCSIFMEM");
#endif
#ifdef SIOCGIFMTU
_Static_assert((uint64_t)(SIOCGIFMTU) == (uint64_t)(0x8921), "ioctl_names: SIOCGIFMTU");
#endif
#ifdef SIOCSIFMTU
_Static_assert((uint64_t)(SIOCSIFMTU) == (uint64_t)(0x8922), "ioctl_names: SIOCSIFMTU");
#endif
#ifdef SIOCSIFNAME
_Static_assert((uint64_t)(SIOCSIFNAME) == (uint64_t)(0x8923), "ioctl_names: SIOCSIFNAME");
#endif
#ifdef SIOCSIFHWADDR
_Static_assert((uint64_t)(SIOCSIFHWADDR) == (uint64_t)(0x8924), "ioctl_names: SIOCSIFHWADDR");
#endif
#ifdef SIOCGIFENCAP
_Static_assert((uint64_t)(SIOCGIFENCAP) == (uint64_t)(0x8925), "ioctl_names: SIOCGIFENCAP");
#endif
#ifdef SIOCSIFENCAP
_Static_assert((uint64_t)(SIOCSIFENCAP) == (uint64_t)(0x8926), "ioctl_names: SIOCSIFENCAP");
#endif
#ifdef SIOCGIFHWADDR
_Static_assert((uint64_t)(SIOCGIFHWADDR) == (uint64_t)(0x8927), "ioctl_names: SIOCGIFHWADDR");
#endif
#ifdef SIOCGIFSLAVE
_Static_assert((uint64_t)(SIOCGIFSLAVE) == (uint64_t)(0x8929), "ioctl_names: SIOCGIFSLAVE");
#endif
#ifdef SIOCSIFSLAVE
_Static_assert((uint64_t)(SIOCSIFSLAVE) == (uint64_t)(0x8930), "ioctl_names: SIOCSIFSLAVE");
#endif
#ifdef SIOCADDMULTI
_Static_assert((uint64_t)(SIOCADDMULTI) == (uint64_t)(0x8931), "ioctl_names: SIOCADDMULTI");
#endif
#ifdef SIOCDELMULTI
_Static_assert((uint64_t)(SIOCDELMULTI) == (uint64_t)(0x8932), "ioctl_names: SIOCDELMULTI");
#endif
#ifdef SIOCGIFINDEX
_Static_assert((uint64_t)(SIOCGIFINDEX) == (uint64_t)(0x8933), "ioctl_names: SIOCGIFINDEX");
#endif
#ifdef SIOCSIFPFLAGS
_Static_assert((uint64_t)(SIOCSIFPFLAGS) == (uint64_t)(0x8934), "ioctl_names: SIOCSIFPFLAGS");
#endif
#ifdef SIOCGIFPFLAGS
_Static_assert((uint64_t)(SIOCGIFPFLAGS) == (uint64_t)(0x8935), "ioctl_names: SIOCGIFPFLAGS");
#endif
#ifdef SIOCDIFADDR
_Static_assert((uint64_t)(SIOCDIFADDR) == (uint64_t)(0x8936), "ioctl_names: SIOCDIFADDR");
#endif
#ifdef SIOCSIFHWBROADCAST
_Static_assert((uint64_t)(SIOCSIFHWBROADCAST) == (uint64_t)(0x8937), "ioctl_names: SIOCSIFHWBROADCAST");
#endif
#ifdef SIOCGIFCOUNT
_Static_assert((uint64_t)(SIOCGIFCOUNT) == (uint64_t)(0x8938), "ioctl_names: SIOCGIFCOUNT");
#endif
#ifdef SIOCGIFBR
_Static_assert((uint64_t)(SIOCGIFBR) == (uint64_t)(0x8940), "ioctl_names: SIOCGIFBR");
#endif
#ifdef SIOCSIFBR
_Static_assert((uint64_t)(SIOCSIFBR) == (uint64_t)(0x8941), "ioctl_names: SIOCSIFBR");
#endif
#ifdef SIOCGIFTXQLEN
_Static_assert((uint64_t)(SIOCGIFTXQLEN) == (uint64_t)(0x8942), "ioctl_names: SIOCGIFTXQLEN");
#endif
#ifdef SIOCSIFTXQLEN
_Static_assert((uint64_t)(SIOCSIFTXQLEN) == (uint64_t)(0x8943), "ioctl_names: SIOCSIFTXQLEN");
#endif
#ifdef SIOCETHTOOL
_Static_assert((uint64_t)(SIOCETHTOOL) == (uint64_t)(0x8946), "ioctl_names: SIOCETHTOOL");
#endif
#ifdef SIOCGMIIPHY
_Static_assert((uint64_t)(SIOCGMIIPHY) == (uint64_t)(0x8947), "ioctl_names: SIOCGMIIPHY");
#endif
#ifdef SIOCGMIIREG
_Static_assert((uint64_t)(SIOCGMIIREG) == (uint64_t)(0x8948), "ioctl_names: SIOCGMIIREG");
#endif
#ifdef SIOCSMIIREG
_Static_assert((uint64_t)(SIOCSMIIREG) == (uint64_t)(0x8949), "ioctl_names: SIOCSMIIREG");
#endif
#ifdef SIOCWANDEV
_Static_assert((uint64_t)(SIOCWANDEV) == (uint64_t)(0x894a), "ioctl_names: SIOCWANDEV");
#endif
#ifdef SIOCOUTQNSD
_Static_assert((uint64_t)(SIOCOUTQNSD) == (uint64_t)(0x894b), "ioctl_names: SIOCOUTQNSD");
#endif
#ifdef SIOCGSKNS
_Static_assert((uint64_t)(SIOCGSKNS) == (uint64_t)(0x894c), "ioctl_names: SIOCGSKNS");
#endif
#ifdef SIOCDARP
_Static_assert((uint64_t)(SIOCDARP) == (uint64_t)(0x8953), "ioctl_names: SIOCDARP");
#endif
#ifdef SIOCGARP
_Static_assert((uint64_t)(SIOCGARP) == (uint64_t)(0x8954), "ioctl_names: SIOCGARP");
#endif
#ifdef SIOCSARP
_Static_assert((uint64_t)(SIOCSARP) == (uint64_t)(0x8955), "ioctl_names: SIOCSARP");
#endif
#ifdef SIOCDRARP
_Static_assert((uint64_t)(SIOCDRARP) == (uint64_t)(0x8960), "ioctl_names: SIOCDRARP");
#endif
#ifdef SIOCGRARP
_Static_assert((uint64_t)(SIOCGRARP) == (uint64_t)(0x8961), "ioctl_names: SIOCGRARP");
#endif
#ifdef SIOCSRARP
_Static_assert((uint64_t)(SIOCSRARP) == (uint64_t)(0x8962), "ioctl_names: SIOCSRARP");
#endif
#ifdef SIOCGIFMAP
_Static_assert((uint64_t)(SIOCGIFMAP) == (uint64_t)(0x8970), "ioctl_names: SIOCGIFMAP");
#endif
#ifdef SIOCSIFMAP
_Static_assert((uint64_t)(SIOCSIFMAP) == (uint64_t)(0x8971), "ioctl_names: SIOCSIFMAP");
#endif
#ifdef SIOCADDDLCI
_Static_assert((uint64_t)(SIOCADDDLCI) == (uint64_t)(0x8980), "ioctl_names: SIOCADDDLCI");
#endif
#ifdef SIOCDELDLCI
_Static_assert((uint64_t)(SIOCDELDLCI) == (uint64_t)(0x8981), "ioctl_names: SIOCDELDLCI");
#endif
#ifdef SIOCGIFVLAN
_Static_assert((uint64_t)(SIOCGIFVLAN) == (uint64_t)(0x8982), "ioctl_names: SIOCGIFVLAN");
#endif
#ifdef SIOCSIFVLAN
_Static_assert((uint64_t)(SIOCSIFVLAN) == (uint64_t)(0x8983), "ioctl_names: SIOCSIFVLAN");
#endif
#ifdef SIOCBONDENSLAVE
_Static_assert((uint64_t)(SIOCBONDENSLAVE) == (uint64_t)(0x8990), "ioctl_names: SIOCBONDENSLAVE");
#endif
#ifdef SIOCBONDRELEASE
_Static_assert((uint64_t)(SIOCBONDRELEASE) == (uint64_t)(0x8991), "ioctl_names: SIOCBONDRELEASE");
#endif
#ifdef SIOCBONDSETHWADDR
_Static_assert((uint64_t)(SIOCBONDSETHWADDR) == (uint64_t)(0x8992), "ioctl_names: SIOCBONDSETHWADDR");
#endif
#ifdef SIOCBONDSLAVEINFOQUERY
_Static_assert((uint64_t)(SIOCBONDSLAVEINFOQUERY) == (uint64_t)(0x8993), "ioctl_names: SIOCBONDSLAVEINFOQUERY");
#endif
#ifdef SIOCBONDINFOQUERY
_Static_assert((uint64_t)(SIOCBONDINFOQUERY) == (uint64_t)(0x8994), "ioctl_names: SIOCBONDINFOQUERY");
#endif
#ifdef SIOCBONDCHANGEACTIVE
_Static_assert((uint64_t)(SIOCBONDCHANGEACTIVE) == (uint64_t)(0x8995), "ioctl_names: SIOCBONDCHANGEACTIVE");
#endif
#ifdef SIOCBRADDBR
_Static_assert((uint64_t)(SIOCBRADDBR) == (uint64_t)(0x89a0), "ioctl_names: SIOCBRADDBR");
#endif
#ifdef SIOCBRDELBR
_Static_assert((uint64_t)(SIOCBRDELBR) == (uint64_t)(0x89a1), "ioctl_names: SIOCBRDELBR");
#endif
#ifdef SIOCBRADDIF
_Static_assert((uint64_t)(SIOCBRADDIF) == (uint64_t)(0x89a2), "ioctl_names: SIOCBRADDIF");
#endif
#ifdef SIOCBRDELIF
_Static_assert((uint64_t)(SIOCBRDELIF) == (uint64_t)(0x89a3), "ioctl_names: SIOCBRDELIF");
#endif
#ifdef SIOCSHWTSTAMP
_Static_assert((uint64_t)(SIOCSHWTSTAMP) == (uint64_t)(0x89b0), "ioctl_names: SIOCSHWTSTAMP");
#endif
#ifdef SIOCGHWTSTAMP
_Static_assert((uint64_t)(SIOCGHWTSTAMP) == (uint64_t)(0x89b1), "ioctl_names: SIOCGHWTSTAMP");
#endif
#ifdef SIOCPROTOPRIVATE
_Static_assert((uint64_t)(SIOCPROTOPRIVATE) == (uint64_t)(0x89e0), "ioctl_names: SIOCPROTOPRIVATE");
#endif
#ifdef SIOCDEVPRIVATE
_Static_assert((uint64_t)(SIOCDEVPRIVATE) == (uint64_t)(0x89f0), "ioctl_names: SIOCDEVPRIVATE");
#endif
#ifdef SIOCIWFIRST
_Static_assert((uint64_t)(SIOCIWFIRST) == (uint64_t)(0x8b00), "ioctl_names: SIOCIWFIRST");
#endif
#ifdef SIOCSIWCOMMIT
_Static_assert((uint64_t)(SIOCSIWCOMMIT) == (uint64_t)(0x8b00), "ioctl_names: SIOCSIWCOMMIT");
#endif
#ifdef SIOCGIWNAME
_Static_assert((uint64_t)(SIOCGIWNAME) == (uint64_t)(0x8b01), "ioctl_names: SIOCGIWNAME");
#endif
#ifdef SIOCSIWNWID
_Static_assert((uint64_t)(SIOCSIWNWID) == (uint64_t)(0x8b02), "ioctl_names: SIOCSIWNWID");
#endif
#ifdef SIOCGIWNWID
_Static_assert((uint64_t)(SIOCGIWNWID) == (uint64_t)(0x8b03), "ioctl_names: SIOCGIWNWID");
#endif
#ifdef SIOCSIWFREQ
_Static_assert((uint64_t)(SIOCSIWFREQ) == (uint64_t)(0x8b04), "ioctl_names: SIOCSIWFREQ");
#endif
#ifdef SIOCGIWFREQ
_Static_assert((uint64_t)(SIOCGIWFREQ) == (uint64_t)(0x8b05), "ioctl_names: SIOCGIWFREQ");
#endif
#ifdef SIOCSIWMODE
_Static_assert((uint64_t)(SIOCSIWMODE) == (uint64_t)(0x8b06), "ioctl_names: SIOCSIWMODE");
#endif
#ifdef SIOCGIWMODE
_Static_assert((uint64_t)(SIOCGIWMODE) == (uint64_t)(0x8b07), "ioctl_names: SIOCGIWMODE");
#endif
#ifdef SIOCSIWSENS
_Static_assert((uint64_t)(SIOCSIWSENS) == (uint64_t)(0x8b08), "ioctl_names: SIOCSIWSENS");
#endif
#ifdef SIOCGIWSENS
_Static_assert((uint64_t)(SIOCGIWSENS) == (uint64_t)(0x8b09), "ioctl_names: SIOCGIWSENS");
#endif
#ifdef SIOCSIWRANGE
_Static_assert((uint64_t)(SIOCSIWRANGE) == (uint64_t)(0x8b0a), "ioctl_names: SIOCSIWRANGE");
#endif
#ifdef SIOCGIWRANGE
_Static_assert((uint64_t)(SIOCGIWRANGE) == (uint64_t)(0x8b0b), "ioctl_names: SIOCGIWRANGE");
#endif
#ifdef SIOCSIWPRIV
_Static_assert((uint64_t)(SIOCSIWPRIV) == (uint64_t)(0x8b0c), "ioctl_names: SIOCSIWPRIV");
#endif
#ifdef SIOCGIWPRIV
_Static_assert((uint64_t)(SIOCGIWPRIV) == (uint64_t)(0x8b0d), "ioctl_names: SIOCGIWPRIV");
#endif
#ifdef SIOCSIWSTATS
_Static_assert((uint64_t)(SIOCSIWSTATS) == (uint64_t)(0x8b0e), "ioctl_names: SIOCSIWSTATS");
#endif
#ifdef SIOCGIWSTATS
_Static_assert((uint64_t)(SIOCGIWSTATS) == (uint64_t)(0x8b0f), "ioctl_names: SIOCGIWSTATS");
#endif
#ifdef SIOCSIWSPY
_Static_assert((uint64_t)(SIOCSIWSPY) == (uint64_t)(0x8b10), "ioctl_names: SIOCSIWSPY");
#endif
#ifdef SIOCGIWSPY
_Static_assert((uint64_t)(SIOCGIWSPY) == (uint64_t)(0x8b11), "ioctl_names: SIOCGIWSPY");
#endif
#ifdef SIOCSIWTHRSPY
_Static_assert((uint64_t)(SIOCSIWTHRSPY) == (uint64_t)(0x8b12), "ioctl_names: SIOCSIWTHRSPY");
#endif
#ifdef SIOCGIWTHRSPY
_Static_assert((uint64_t)(SIOCGIWTHRSPY) == (uint64_t)(0x8b13), "ioctl_names: SIOCGIWTHRSPY");
#endif
#ifdef SIOCSIWAP
_Static_assert((uint64_t)(SIOCSIWAP) == (uint64_t)(0x8b14), "ioctl_names: SIOCSIWAP");
#endif
#ifdef SIOCGIWAP
_Static_assert((uint64_t)(SIOCGIWAP) == (uint64_t)(0x8b15), "ioctl_names: SIOCGIWAP");
#endif
#ifdef SIOCSIWMLME
_Static_assert((uint64_t)(SIOCSIWMLME) == (uint64_t)(0x8b16), "ioctl_names: SIOCSIWMLME");
#endif
#ifdef SIOCGIWAPLIST
_Static_assert((uint64_t)(SIOCGIWAPLIST) == (uint64_t)(0x8b17), "ioctl_names: SIOCGIWAPLIST");
#endif
#ifdef SIOCSIWSCAN
_Static_assert((uint64_t)(SIOCSIWSCAN) == (uint64_t)(0x8b18), "ioctl_names: SIOCSIWSCAN");
#endif
#ifdef SIOCGIWSCAN
_Static_assert((uint64_t)(SIOCGIWSCAN) == (uint64_t)(0x8b19), "ioctl_names: SIOCGIWSCAN");
#endif
#ifdef SIOCSIWESSID
_Static_assert((uint64_t)(SIOCSIWESSID) == (uint64_t)(0x8b1a), "ioctl_names: SIOCSIWESSID");
#endif
#ifdef SIOCGIWESSID
_Static_assert((uint64_t)(SIOCGIWESSID) == (uint64_t)(0x8b1b), "ioctl_names: SIOCGIWESSID");
#endif
#ifdef SIOCSIWNICKN
_Static_assert((uint64_t)(SIOCSIWNICKN) == (uint64_t)(0x8b1c), "ioctl_names: SIOCSIWNICKN");
#endif
#ifdef SIOCGIWNICKN
_Static_assert((uint64_t)(SIOCGIWNICKN) == (uint64_t)(0x8b1d), "ioctl_names: SIOCGIWNICKN");
#endif
#ifdef SIOCSIWRATE
_Static_assert((uint64_t)(SIOCSIWRATE) == (uint64_t)(0x8b20), "ioctl_names: SIOCSIWRATE");
#endif
#ifdef SIOCGIWRATE
_Static_assert((uint64_t)(SIOCGIWRATE) == (uint64_t)(0x8b21), "ioctl_names: SIOCGIWRATE");
#endif
#ifdef SIOCSIWRTS
_Static_assert((uint64_t)(SIOCSIWRTS) == (uint64_t)(0x8b22), "ioctl_names: SIOCSIWRTS");
#endif
#ifdef SIOCGIWRTS
_Static_assert((uint64_t)(SIOCGIWRTS) == (uint64_t)(0x8b23), "ioctl_names: SIOCGIWRTS");
#endif
#ifdef SIOCSIWFRAG
_Static_assert((uint64_t)(SIOCSIWFRAG) == (uint64_t)(0x8b24), "ioctl_names: SIOCSIWFRAG");
#endif
#ifdef SIOCGIWFRAG
_Static_assert((uint64_t)(SIOCGIWFRAG) == (uint64_t)(0x8b25), "ioctl_names: SIOCGIWFRAG");
#endif
#ifdef SIOCSIWTXPOW
_Static_assert((uint64_t)(SIOCSIWTXPOW) == (uint64_t)(0x8b26), "ioctl_names: SIOCSIWTXPOW");
#endif
#ifdef SIOCGIWTXPOW
_Static_assert((uint64_t)(SIOCGIWTXPOW) == (uint64_t)(0x8b27), "ioctl_names: SIOCGIWTXPOW");
#endif
#ifdef SIOCSIWRETRY
_Static_assert((uint64_t)(SIOCSIWRETRY) == (uint64_t)(0x8b28), "ioctl_names: SIOCSIWRETRY");
#endif
#ifdef SIOCGIWRETRY
_Static_assert((uint64_t)(SIOCGIWRETRY) == (uint64_t)(0x8b29), "ioctl_names: SIOCGIWRETRY");
#endif
#ifdef SIOCSIWENCODE
_Static_assert((uint64_t)(SIOCSIWENCODE) == (uint64_t)(0x8b2a), "ioctl_names: SIOCSIWENCODE");
#endif
#ifdef SIOCGIWENCODE
_Static_assert((uint64_t)(SIOCGIWENCODE) == (uint64_t)(0x8b2b), "ioctl_names: SIOCGIWENCODE");
#endif
#ifdef SIOCSIWPOWER
_Static_assert((uint64_t)(SIOCSIWPOWER) == (uint64_t)(0x8b2c), "ioctl_names: SIOCSIWPOWER");
#endif
#ifdef SIOCGIWPOWER
_Static_assert((uint64_t)(SIOCGIWPOWER) == (uint64_t)(0x8b2d), "ioctl_names: SIOCGIWPOWER");
#endif
#ifdef SIOCSIWGENIE
_Static_assert((uint64_t)(SIOCSIWGENIE) == (uint64_t)(0x8b30), "ioctl_names: SIOCSIWGENIE");
#endif
#ifdef SIOCGIWGENIE
_Static_assert((uint64_t)(SIOCGIWGENIE) == (uint64_t)(0x8b31), "ioctl_names: SIOCGIWGENIE");
#endif
#ifdef SIOCSIWAUTH
_Static_assert((uint64_t)(SIOCSIWAUTH) == (uint64_t)(0x8b32), "ioctl_names: SIOCSIWAUTH");
#endif
#ifdef SIOCGIWAUTH
_Static_assert((uint64_t)(SIOCGIWAUTH) == (uint64_t)(0x8b33), "ioctl_names: SIOCGIWAUTH");
#endif
#ifdef SIOCSIWENCODEEXT
_Static_assert((uint64_t)(SIOCSIWENCODEEXT) == (uint64_t)(0x8b34), "ioctl_names: SIOCSIWENCODEEXT");
#endif
#ifdef SIOCGIWENCODEEXT
_Static_assert((uint64_t)(SIOCGIWENCODEEXT) == (uint64_t)(0x8b35), "ioctl_names: SIOCGIWENCODEEXT");
#endif
#ifdef SIOCSIWPMKSA
_Static_assert((uint64_t)(SIOCSIWPMKSA) == (uint64_t)(0x8b36), "ioctl_names: SIOCSIWPMKSA");
#endif
#ifdef SIOCIWFIRSTPRIV
_Static_assert((uint64_t)(SIOCIWFIRSTPRIV) == (uint64_t)(0x8be0), "ioctl_names: SIOCIWFIRSTPRIV");
#endif
#ifdef SIOCIWLASTPRIV
_Static_assert((uint64_t)(SIOCIWLASTPRIV) == (uint64_t)(0x8bff), "ioctl_names: SIOCIWLASTPRIV");
#endif
#ifdef AUTOFS_IOC_READY
_Static_assert((uint64_t)(AUTOFS_IOC_READY) == (uint64_t)(0x9360), "ioctl_names: AUTOFS_IOC_READY");
#endif
#ifdef AUTOFS_IOC_FAIL
_Static_assert((uint64_t)(AUTOFS_IOC_FAIL) == (uint64_t)(0x9361), "ioctl_names: AUTOFS_IOC_FAIL");
#endif
#ifdef AUTOFS_IOC_CATATONIC
_Static_assert((uint64_t)(AUTOFS_IOC_CATATONIC) == (uint64_t)(0x9362), "ioctl_names: AUTOFS_IOC_CATATONIC");
#endif
#ifdef BTRFS_IOC_TRANS_START
_Static_assert((uint64_t)(BTRFS_IOC_TRANS_START) == (uint64_t)(0x9406), "ioctl_names: BTRFS_IOC_TRANS_START");
#endif
#ifdef BTRFS_IOC_TRANS_END
_Static_assert((uint64_t)(BTRFS_IOC_TRANS_END) == (uint64_t)(0x9407), "ioctl_names: BTRFS_IOC_TRANS_END");
#endif
#ifdef BTRFS_IOC_SYNC
_Static_assert((uint64_t)(BTRFS_IOC_SYNC) == (uint64_t)(0x9408), "ioctl_names: BTRFS_IOC_SYNC");
#endif
#ifdef BTRFS_IOC_SCRUB_CANCEL
_Static_assert((uint64_t)(BTRFS_IOC_SCRUB_CANCEL) == (uint64_t)(0x941c), "ioctl_names: BTRFS_IOC_SCRUB_CANCEL");
#endif
#ifdef BTRFS_IOC_QUOTA_RESCAN_WAIT
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_RESCAN_WAIT) == (uint64_t)(0x942e), "ioctl_names: BTRFS_IOC_QUOTA_RESCAN_WAIT");
#endif
#ifdef SDTX_IOCTL_EVENTS_ENABLE
_Static_assert((uint64_t)(SDTX_IOCTL_EVENTS_ENABLE) == (uint64_t)(0xa521), "ioctl_names: SDTX_IOCTL_EVENTS_ENABLE");
#endif
#ifdef SDTX_IOCTL_EVENTS_DISABLE
_Static_assert((uint64_t)(SDTX_IOCTL_EVENTS_DISABLE) == (uint64_t)(0xa522), "ioctl_names: SDTX_IOCTL_EVENTS_DISABLE");
#endif
#ifdef SDTX_IOCTL_LATCH_LOCK
_Static_assert((uint64_t)(SDTX_IOCTL_LATCH_LOCK) == (uint64_t)(0xa523), "ioctl_names: SDTX_IOCTL_LATCH_LOCK");
#endif
#ifdef SDTX_IOCTL_LATCH_UNLOCK
_Static_assert((uint64_t)(SDTX_IOCTL_LATCH_UNLOCK) == (uint64_t)(0xa524), "ioctl_names: SDTX_IOCTL_LATCH_UNLOCK");
#endif
#ifdef SDTX_IOCTL_LATCH_REQUEST
_Static_assert((uint64_t)(SDTX_IOCTL_LATCH_REQUEST) == (uint64_t)(0xa525), "ioctl_names: SDTX_IOCTL_LATCH_REQUEST");
#endif
#ifdef SDTX_IOCTL_LATCH_CONFIRM
_Static_assert((uint64_t)(SDTX_IOCTL_LATCH_CONFIRM) == (uint64_t)(0xa526), "ioctl_names: SDTX_IOCTL_LATCH_CONFIRM");
#endif
#ifdef SDTX_IOCTL_LATCH_HEARTBEAT
_Static_assert((uint64_t)(SDTX_IOCTL_LATCH_HEARTBEAT) == (uint64_t)(0xa527), "ioctl_names: SDTX_IOCTL_LATCH_HEARTBEAT");
#endif
#ifdef SDTX_IOCTL_LATCH_CANCEL
_Static_assert((uint64_t)(SDTX_IOCTL_LATCH_CANCEL) == (uint64_t)(0xa528), "ioctl_names: SDTX_IOCTL_LATCH_CANCEL");
#endif
#ifdef KVM_GET_API_VERSION
_Static_assert((uint64_t)(KVM_GET_API_VERSION) == (uint64_t)(0xae00), "ioctl_names: KVM_GET_API_VERSION");
#endif
#ifdef KVM_CREATE_VM
_Static_assert((uint64_t)(KVM_CREATE_VM) == (uint64_t)(0xae01), "ioctl_names: KVM_CREATE_VM");
#endif
#ifdef KVM_CHECK_EXTENSION
_Static_assert((uint64_t)(KVM_CHECK_EXTENSION) == (uint64_t)(0xae03), "ioctl_names: KVM_CHECK_EXTENSION");
#endif
#ifdef KVM_GET_VCPU_MMAP_SIZE
_Static_assert((uint64_t)(KVM_GET_VCPU_MMAP_SIZE) == (uint64_t)(0xae04), "ioctl_names: KVM_GET_VCPU_MMAP_SIZE");
#endif
#ifdef KVM_CREATE_VCPU
_Static_assert((uint64_t)(KVM_CREATE_VCPU) == (uint64_t)(0xae41), "ioctl_names: KVM_CREATE_VCPU");
#endif
#ifdef KVM_SET_NR_MMU_PAGES
_Static_assert((uint64_t)(KVM_SET_NR_MMU_PAGES) == (uint64_t)(0xae44), "ioctl_names: KVM_SET_NR_MMU_PAGES");
#endif
#ifdef KVM_GET_NR_MMU_PAGES
_Static_assert((uint64_t)(KVM_GET_NR_MMU_PAGES) == (uint64_t)(0xae45), "ioctl_names: KVM_GET_NR_MMU_PAGES");
#endif
#ifdef KVM_SET_TSS_ADDR
_Static_assert((uint64_t)(KVM_SET_TSS_ADDR) == (uint64_t)(0xae47), "ioctl_names: KVM_SET_TSS_ADDR");
#endif
#ifdef KVM_CREATE_IRQCHIP
_Static_assert((uint64_t)(KVM_CREATE_IRQCHIP) == (uint64_t)(0xae60), "ioctl_names: KVM_CREATE_IRQCHIP");
#endif
#ifdef KVM_CREATE_PIT
_Static_assert((uint64_t)(KVM_CREATE_PIT) == (uint64_t)(0xae64), "ioctl_names: KVM_CREATE_PIT");
#endif
#ifdef KVM_REINJECT_CONTROL
_Static_assert((uint64_t)(KVM_REINJECT_CONTROL) == (uint64_t)(0xae71), "ioctl_names: KVM_REINJECT_CONTROL");
#endif
#ifdef KVM_SET_BOOT_CPU_ID
_Static_assert((uint64_t)(KVM_SET_BOOT_CPU_ID) == (uint64_t)(0xae78), "ioctl_names: KVM_SET_BOOT_CPU_ID");
#endif
#ifdef KVM_RUN
_Static_assert((uint64_t)(KVM_RUN) == (uint64_t)(0xae80), "ioctl_names: KVM_RUN");
#endif
#ifdef KVM_NMI
_Static_assert((uint64_t)(KVM_NMI) == (uint64_t)(0xae9a), "ioctl_names: KVM_NMI");
#endif
#ifdef KVM_SET_TSC_KHZ
_Static_assert((uint64_t)(KVM_SET_TSC_KHZ) == (uint64_t)(0xaea2), "ioctl_names: KVM_SET_TSC_KHZ");
#endif
#ifdef KVM_GET_TSC_KHZ
_Static_assert((uint64_t)(KVM_GET_TSC_KHZ) == (uint64_t)(0xaea3), "ioctl_names: KVM_GET_TSC_KHZ");
#endif
#ifdef KVM_KVMCLOCK_CTRL
_Static_assert((uint64_t)(KVM_KVMCLOCK_CTRL) == (uint64_t)(0xaead), "ioctl_names: KVM_KVMCLOCK_CTRL");
#endif
#ifdef KVM_SMI
_Static_assert((uint64_t)(KVM_SMI) == (uint64_t)(0xaeb7), "ioctl_names: KVM_SMI");
#endif
#ifdef KVM_RESET_DIRTY_RINGS
_Static_assert((uint64_t)(KVM_RESET_DIRTY_RINGS) == (uint64_t)(0xaec7), "ioctl_names: KVM_RESET_DIRTY_RINGS");
#endif
#ifdef KVM_GET_STATS_FD
_Static_assert((uint64_t)(KVM_GET_STATS_FD) == (uint64_t)(0xaece), "ioctl_names: KVM_GET_STATS_FD");
#endif
#ifdef VHOST_SET_OWNER
_Static_assert((uint64_t)(VHOST_SET_OWNER) == (uint64_t)(0xaf01), "ioctl_names: VHOST_SET_OWNER");
#endif
#ifdef VHOST_RESET_OWNER
_Static_assert((uint64_t)(VHOST_RESET_OWNER) == (uint64_t)(0xaf02), "ioctl_names: VHOST_RESET_OWNER");
#endif
#ifdef VHOST_VDPA_SUSPEND
_Static_assert((uint64_t)(VHOST_VDPA_SUSPEND) == (uint64_t)(0xaf7d), "ioctl_names: VHOST_VDPA_SUSPEND");
#endif
#ifdef BT_BMC_IOCTL_SMS_ATN
_Static_assert((uint64_t)(BT_BMC_IOCTL_SMS_ATN) == (uint64_t)(0xb100), "ioctl_names: BT_BMC_IOCTL_SMS_ATN");
#endif
#ifdef IPMI_BMC_IOCTL_SET_SMS_ATN
_Static_assert((uint64_t)(IPMI_BMC_IOCTL_SET_SMS_ATN) == (uint64_t)(0xb100), "ioctl_names: IPMI_BMC_IOCTL_SET_SMS_ATN");
#endif
#ifdef IPMI_BMC_IOCTL_CLEAR_SMS_ATN
_Static_assert((uint64_t)(IPMI_BMC_IOCTL_CLEAR_SMS_ATN) == (uint64_t)(0xb101), "ioctl_names: IPMI_BMC_IOCTL_CLEAR_SMS_ATN");
#endif
#ifdef PPPOEIOCDFWD
_Static_assert((uint64_t)(PPPOEIOCDFWD) == (uint64_t)(0xb101), "ioctl_names: PPPOEIOCDFWD");
#endif
#ifdef IPMI_BMC_IOCTL_FORCE_ABORT
_Static_assert((uint64_t)(IPMI_BMC_IOCTL_FORCE_ABORT) == (uint64_t)(0xb102), "ioctl_names: IPMI_BMC_IOCTL_FORCE_ABORT");
#endif
#ifdef RPMSG_DESTROY_EPT_IOCTL
_Static_assert((uint64_t)(RPMSG_DESTROY_EPT_IOCTL) == (uint64_t)(0xb502), "ioctl_names: RPMSG_DESTROY_EPT_IOCTL");
#endif
#ifdef DFL_FPGA_GET_API_VERSION
_Static_assert((uint64_t)(DFL_FPGA_GET_API_VERSION) == (uint64_t)(0xb600), "ioctl_names: DFL_FPGA_GET_API_VERSION");
#endif
#ifdef DFL_FPGA_CHECK_EXTENSION
_Static_assert((uint64_t)(DFL_FPGA_CHECK_EXTENSION) == (uint64_t)(0xb601), "ioctl_names: DFL_FPGA_CHECK_EXTENSION");
#endif
#ifdef DFL_FPGA_PORT_RESET
_Static_assert((uint64_t)(DFL_FPGA_PORT_RESET) == (uint64_t)(0xb640), "ioctl_names: DFL_FPGA_PORT_RESET");
#endif
#ifdef DFL_FPGA_PORT_GET_INFO
_Static_assert((uint64_t)(DFL_FPGA_PORT_GET_INFO) == (uint64_t)(0xb641), "ioctl_names: DFL_FPGA_PORT_GET_INFO");
#endif
#ifdef DFL_FPGA_PORT_GET_REGION_INFO
_Static_assert((uint64_t)(DFL_FPGA_PORT_GET_REGION_INFO) == (uint64_t)(0xb642), "ioctl_names: DFL_FPGA_PORT_GET_REGION_INFO");
#endif
#ifdef DFL_FPGA_PORT_DMA_MAP
_Static_assert((uint64_t)(DFL_FPGA_PORT_DMA_MAP) == (uint64_t)(0xb643), "ioctl_names: DFL_FPGA_PORT_DMA_MAP");
#endif
#ifdef DFL_FPGA_PORT_DMA_UNMAP
_Static_assert((uint64_t)(DFL_FPGA_PORT_DMA_UNMAP) == (uint64_t)(0xb644), "ioctl_names: DFL_FPGA_PORT_DMA_UNMAP");
#endif
#ifdef DFL_FPGA_FME_PORT_PR
_Static_assert((uint64_t)(DFL_FPGA_FME_PORT_PR) == (uint64_t)(0xb680), "ioctl_names: DFL_FPGA_FME_PORT_PR");
#endif
#ifdef NS_GET_USERNS
_Static_assert((uint64_t)(NS_GET_USERNS) == (uint64_t)(0xb701), "ioctl_names: NS_GET_USERNS");
#endif
#ifdef NS_GET_PARENT
_Static_assert((uint64_t)(NS_GET_PARENT) == (uint64_t)(0xb702), "ioctl_names: NS_GET_PARENT");
#endif
#ifdef NS_GET_NSTYPE
_Static_assert((uint64_t)(NS_GET_NSTYPE) == (uint64_t)(0xb703), "ioctl_names: NS_GET_NSTYPE");
#endif
#ifdef NS_GET_OWNER_UID
_Static_assert((uint64_t)(NS_GET_OWNER_UID) == (uint64_t)(0xb704), "ioctl_names: NS_GET_OWNER_UID");
#endif
#ifdef F2FS_IOC_START_ATOMIC_WRITE
_Static_assert((uint64_t)(F2FS_IOC_START_ATOMIC_WRITE) == (uint64_t)(0xf501), "ioctl_names: F2FS_IOC_START_ATOMIC_WRITE");
#endif
#ifdef F2FS_IOC_COMMIT_ATOMIC_WRITE
_Static_assert((uint64_t)(F2FS_IOC_COMMIT_ATOMIC_WRITE) == (uint64_t)(0xf502), "ioctl_names: F2FS_IOC_COMMIT_ATOMIC_WRITE");
#endif
#ifdef F2FS_IOC_START_VOLATILE_WRITE
_Static_assert((uint64_t)(F2FS_IOC_START_VOLATILE_WRITE) == (uint64_t)(0xf503), "ioctl_names: F2FS_IOC_START_VOLATILE_WRITE");
#endif
#ifdef F2FS_IOC_RELEASE_VOLATILE_WRITE
_Static_assert((uint64_t)(F2FS_IOC_RELEASE_VOLATILE_WRITE) == (uint64_t)(0xf504), "ioctl_names: F2FS_IOC_RELEASE_VOLATILE_WRITE");
#endif
#ifdef F2FS_IOC_ABORT_ATOMIC_WRITE
_Static_assert((uint64_t)(F2FS_IOC_ABORT_ATOMIC_WRITE) == (uint64_t)(0xf505), "ioctl_names: F2FS_IOC_ABORT_ATOMIC_WRITE");
#endif
#ifdef F2FS_IOC_WRITE_CHECKPOINT
_Static_assert((uint64_t)(F2FS_IOC_WRITE_CHECKPOINT) == (uint64_t)(0xf507), "ioctl_names: F2FS_IOC_WRITE_CHECKPOINT");
#endif
#ifdef F2FS_IOC_PRECACHE_EXTENTS
_Static_assert((uint64_t)(F2FS_IOC_PRECACHE_EXTENTS) == (uint64_t)(0xf50f), "ioctl_names: F2FS_IOC_PRECACHE_EXTENTS");
#endif
#ifdef F2FS_IOC_DECOMPRESS_FILE
_Static_assert((uint64_t)(F2FS_IOC_DECOMPRESS_FILE) == (uint64_t)(0xf517), "ioctl_names: F2FS_IOC_DECOMPRESS_FILE");
#endif
#ifdef F2FS_IOC_COMPRESS_FILE
_Static_assert((uint64_t)(F2FS_IOC_COMPRESS_FILE) == (uint64_t)(0xf518), "ioctl_names: F2FS_IOC_COMPRESS_FILE");
#endif
#ifdef SPI_IOC_WR_MODE
_Static_assert((uint64_t)(SPI_IOC_WR_MODE) == (uint64_t)(0x40016b01), "ioctl_names: SPI_IOC_WR_MODE");
#endif
#ifdef SPI_IOC_WR_LSB_FIRST
_Static_assert((uint64_t)(SPI_IOC_WR_LSB_FIRST) == (uint64_t)(0x40016b02), "ioctl_names: SPI_IOC_WR_LSB_FIRST");
#endif
#ifdef SPI_IOC_WR_BITS_PER_WORD
_Static_assert((uint64_t)(SPI_IOC_WR_BITS_PER_WORD) == (uint64_t)(0x40016b03), "ioctl_names: SPI_IOC_WR_BITS_PER_WORD");
#endif
#ifdef VHOST_VDPA_SET_STATUS
_Static_assert((uint64_t)(VHOST_VDPA_SET_STATUS) == (uint64_t)(0x4001af72), "ioctl_names: VHOST_VDPA_SET_STATUS");
#endif
#ifdef HFI1_IOCTL_SET_PKEY
_Static_assert((uint64_t)(HFI1_IOCTL_SET_PKEY) == (uint64_t)(0x40021beb), "ioctl_names: HFI1_IOCTL_SET_PKEY");
#endif
#ifdef ATM_SETBACKEND
_Static_assert((uint64_t)(ATM_SETBACKEND) == (uint64_t)(0x400261f2), "ioctl_names: ATM_SETBACKEND");
#endif
#ifdef ATM_NEWBACKENDIF
_Static_assert((uint64_t)(ATM_NEWBACKENDIF) == (uint64_t)(0x400261f3), "ioctl_names: ATM_NEWBACKENDIF");
#endif
#ifdef F2FS_IOC_SET_COMPRESS_OPTION
_Static_assert((uint64_t)(F2FS_IOC_SET_COMPRESS_OPTION) == (uint64_t)(0x4002f516), "ioctl_names: F2FS_IOC_SET_COMPRESS_OPTION");
#endif
#ifdef IB_USER_MAD_UNREGISTER_AGENT
_Static_assert((uint64_t)(IB_USER_MAD_UNREGISTER_AGENT) == (uint64_t)(0x40041b02), "ioctl_names: IB_USER_MAD_UNREGISTER_AGENT");
#endif
#ifdef HFI1_IOCTL_RECV_CTRL
_Static_assert((uint64_t)(HFI1_IOCTL_RECV_CTRL) == (uint64_t)(0x40041be8), "ioctl_names: HFI1_IOCTL_RECV_CTRL");
#endif
#ifdef HFI1_IOCTL_POLL_TYPE
_Static_assert((uint64_t)(HFI1_IOCTL_POLL_TYPE) == (uint64_t)(0x40041be9), "ioctl_names: HFI1_IOCTL_POLL_TYPE");
#endif
#ifdef FW_CDEV_IOC_DEALLOCATE
_Static_assert((uint64_t)(FW_CDEV_IOC_DEALLOCATE) == (uint64_t)(0x40042303), "ioctl_names: FW_CDEV_IOC_DEALLOCATE");
#endif
#ifdef FW_CDEV_IOC_INITIATE_BUS_RESET
_Static_assert((uint64_t)(FW_CDEV_IOC_INITIATE_BUS_RESET) == (uint64_t)(0x40042305), "ioctl_names: FW_CDEV_IOC_INITIATE_BUS_RESET");
#endif
#ifdef FW_CDEV_IOC_REMOVE_DESCRIPTOR
_Static_assert((uint64_t)(FW_CDEV_IOC_REMOVE_DESCRIPTOR) == (uint64_t)(0x40042307), "ioctl_names: FW_CDEV_IOC_REMOVE_DESCRIPTOR");
#endif
#ifdef FW_CDEV_IOC_STOP_ISO
_Static_assert((uint64_t)(FW_CDEV_IOC_STOP_ISO) == (uint64_t)(0x4004230b), "ioctl_names: FW_CDEV_IOC_STOP_ISO");
#endif
#ifdef FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE
_Static_assert((uint64_t)(FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE) == (uint64_t)(0x4004230e), "ioctl_names: FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE");
#endif
#ifdef FW_CDEV_IOC_FLUSH_ISO
_Static_assert((uint64_t)(FW_CDEV_IOC_FLUSH_ISO) == (uint64_t)(0x40042318), "ioctl_names: FW_CDEV_IOC_FLUSH_ISO");
#endif
#ifdef PERF_EVENT_IOC_SET_BPF
_Static_assert((uint64_t)(PERF_EVENT_IOC_SET_BPF) == (uint64_t)(0x40042408), "ioctl_names: PERF_EVENT_IOC_SET_BPF");
#endif
#ifdef PERF_EVENT_IOC_PAUSE_OUTPUT
_Static_assert((uint64_t)(PERF_EVENT_IOC_PAUSE_OUTPUT) == (uint64_t)(0x40042409), "ioctl_names: PERF_EVENT_IOC_PAUSE_OUTPUT");
#endif
#ifdef PTP_ENABLE_PPS
_Static_assert((uint64_t)(PTP_ENABLE_PPS) == (uint64_t)(0x40043d04), "ioctl_names: PTP_ENABLE_PPS");
#endif
#ifdef PTP_ENABLE_PPS2
_Static_assert((uint64_t)(PTP_ENABLE_PPS2) == (uint64_t)(0x40043d0d), "ioctl_names: PTP_ENABLE_PPS2");
#endif
#ifdef CCISS_REGNEWDISK
_Static_assert((uint64_t)(CCISS_REGNEWDISK) == (uint64_t)(0x4004420d), "ioctl_names: CCISS_REGNEWDISK");
#endif
#ifdef EVIOCRMFF
_Static_assert((uint64_t)(EVIOCRMFF) == (uint64_t)(0x40044581), "ioctl_names: EVIOCRMFF");
#endif
#ifdef EVIOCGRAB
_Static_assert((uint64_t)(EVIOCGRAB) == (uint64_t)(0x40044590), "ioctl_names: EVIOCGRAB");
#endif
#ifdef EVIOCREVOKE
_Static_assert((uint64_t)(EVIOCREVOKE) == (uint64_t)(0x40044591), "ioctl_names: EVIOCREVOKE");
#endif
#ifdef EVIOCSCLOCKID
_Static_assert((uint64_t)(EVIOCSCLOCKID) == (uint64_t)(0x400445a0), "ioctl_names: EVIOCSCLOCKID");
#endif
#ifdef RNDADDTOENTCNT
_Static_assert((uint64_t)(RNDADDTOENTCNT) == (uint64_t)(0x40045201), "ioctl_names: RNDADDTOENTCNT");
#endif
#ifdef TIOCSPTLCK
_Static_assert((uint64_t)(TIOCSPTLCK) == (uint64_t)(0x40045431), "ioctl_names: TIOCSPTLCK");
#endif
#ifdef TIOCSIG
_Static_assert((uint64_t)(TIOCSIG) == (uint64_t)(0x40045436), "ioctl_names: TIOCSIG");
#endif
#ifdef USB_RAW_IOCTL_EP_DISABLE
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP_DISABLE) == (uint64_t)(0x40045506), "ioctl_names: USB_RAW_IOCTL_EP_DISABLE");
#endif
#ifdef USB_RAW_IOCTL_VBUS_DRAW
_Static_assert((uint64_t)(USB_RAW_IOCTL_VBUS_DRAW) == (uint64_t)(0x4004550a), "ioctl_names: USB_RAW_IOCTL_VBUS_DRAW");
#endif
#ifdef USBDEVFS_REAPURBNDELAY32
_Static_assert((uint64_t)(USBDEVFS_REAPURBNDELAY32) == (uint64_t)(0x4004550d), "ioctl_names: USBDEVFS_REAPURBNDELAY32");
#endif
#ifdef USB_RAW_IOCTL_EP_SET_HALT
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP_SET_HALT) == (uint64_t)(0x4004550d), "ioctl_names: USB_RAW_IOCTL_EP_SET_HALT");
#endif
#ifdef USB_RAW_IOCTL_EP_CLEAR_HALT
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP_CLEAR_HALT) == (uint64_t)(0x4004550e), "ioctl_names: USB_RAW_IOCTL_EP_CLEAR_HALT");
#endif
#ifdef USB_RAW_IOCTL_EP_SET_WEDGE
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP_SET_WEDGE) == (uint64_t)(0x4004550f), "ioctl_names: USB_RAW_IOCTL_EP_SET_WEDGE");
#endif
#ifdef UI_SET_EVBIT
_Static_assert((uint64_t)(UI_SET_EVBIT) == (uint64_t)(0x40045564), "ioctl_names: UI_SET_EVBIT");
#endif
#ifdef UI_SET_KEYBIT
_Static_assert((uint64_t)(UI_SET_KEYBIT) == (uint64_t)(0x40045565), "ioctl_names: UI_SET_KEYBIT");
#endif
#ifdef UI_SET_RELBIT
_Static_assert((uint64_t)(UI_SET_RELBIT) == (uint64_t)(0x40045566), "ioctl_names: UI_SET_RELBIT");
#endif
#ifdef UI_SET_ABSBIT
_Static_assert((uint64_t)(UI_SET_ABSBIT) == (uint64_t)(0x40045567), "ioctl_names: UI_SET_ABSBIT");
#endif
#ifdef UI_SET_MSCBIT
_Static_assert((uint64_t)(UI_SET_MSCBIT) == (uint64_t)(0x40045568), "ioctl_names: UI_SET_MSCBIT");
#endif
#ifdef UI_SET_LEDBIT
_Static_assert((uint64_t)(UI_SET_LEDBIT) == (uint64_t)(0x40045569), "ioctl_names: UI_SET_LEDBIT");
#endif
#ifdef UI_SET_SNDBIT
_Static_assert((uint64_t)(UI_SET_SNDBIT) == (uint64_t)(0x4004556a), "ioctl_names: UI_SET_SNDBIT");
#endif
#ifdef UI_SET_FFBIT
_Static_assert((uint64_t)(UI_SET_FFBIT) == (uint64_t)(0x4004556b), "ioctl_names: UI_SET_FFBIT");
#endif
#ifdef UI_SET_SWBIT
_Static_assert((uint64_t)(UI_SET_SWBIT) == (uint64_t)(0x4004556d), "ioctl_names: UI_SET_SWBIT");
#endif
#ifdef UI_SET_PROPBIT
_Static_assert((uint64_t)(UI_SET_PROPBIT) == (uint64_t)(0x4004556e), "ioctl_names: UI_SET_PROPBIT");
#endif
#ifdef VIDIOC_OVERLAY
_Static_assert((uint64_t)(VIDIOC_OVERLAY) == (uint64_t)(0x4004560e), "ioctl_names: VIDIOC_OVERLAY");
#endif
#ifdef VIDIOC_STREAMON
_Static_assert((uint64_t)(VIDIOC_STREAMON) == (uint64_t)(0x40045612), "ioctl_names: VIDIOC_STREAMON");
#endif
#ifdef VIDIOC_STREAMOFF
_Static_assert((uint64_t)(VIDIOC_STREAMOFF) == (uint64_t)(0x40045613), "ioctl_names: VIDIOC_STREAMOFF");
#endif
#ifdef VIDIOC_S_PRIORITY
_Static_assert((uint64_t)(VIDIOC_S_PRIORITY) == (uint64_t)(0x40045644), "ioctl_names: VIDIOC_S_PRIORITY");
#endif
#ifdef ATM_SETSC
_Static_assert((uint64_t)(ATM_SETSC) == (uint64_t)(0x400461f1), "ioctl_names: ATM_SETSC");
#endif
#ifdef ATM_DROPPARTY
_Static_assert((uint64_t)(ATM_DROPPARTY) == (uint64_t)(0x400461f5), "ioctl_names: ATM_DROPPARTY");
#endif
#ifdef DMA_BUF_SET_NAME_A
_Static_assert((uint64_t)(DMA_BUF_SET_NAME_A) == (uint64_t)(0x40046201), "ioctl_names: DMA_BUF_SET_NAME_A");
#endif
#ifdef BINDER_SET_MAX_THREADS
_Static_assert((uint64_t)(BINDER_SET_MAX_THREADS) == (uint64_t)(0x40046205), "ioctl_names: BINDER_SET_MAX_THREADS");
#endif
#ifdef BINDER_SET_IDLE_PRIORITY
_Static_assert((uint64_t)(BINDER_SET_IDLE_PRIORITY) == (uint64_t)(0x40046206), "ioctl_names: BINDER_SET_IDLE_PRIORITY");
#endif
#ifdef BINDER_SET_CONTEXT_MGR
_Static_assert((uint64_t)(BINDER_SET_CONTEXT_MGR) == (uint64_t)(0x40046207), "ioctl_names: BINDER_SET_CONTEXT_MGR");
#endif
#ifdef BINDER_THREAD_EXIT
_Static_assert((uint64_t)(BINDER_THREAD_EXIT) == (uint64_t)(0x40046208), "ioctl_names: BINDER_THREAD_EXIT");
#endif
#ifdef BINDER_ENABLE_ONEWAY_SPAM_DETECTION
_Static_assert((uint64_t)(BINDER_ENABLE_ONEWAY_SPAM_DETECTION) == (uint64_t)(0x40046210), "ioctl_names: BINDER_ENABLE_ONEWAY_SPAM_DETECTION");
#endif
#ifdef FS_IOC32_SETFLAGS
_Static_assert((uint64_t)(FS_IOC32_SETFLAGS) == (uint64_t)(0x40046602), "ioctl_names: FS_IOC32_SETFLAGS");
#endif
#ifdef LIRC_SET_SEND_MODE
_Static_assert((uint64_t)(LIRC_SET_SEND_MODE) == (uint64_t)(0x40046911), "ioctl_names: LIRC_SET_SEND_MODE");
#endif
#ifdef LIRC_SET_REC_MODE
_Static_assert((uint64_t)(LIRC_SET_REC_MODE) == (uint64_t)(0x40046912), "ioctl_names: LIRC_SET_REC_MODE");
#endif
#ifdef LIRC_SET_SEND_CARRIER
_Static_assert((uint64_t)(LIRC_SET_SEND_CARRIER) == (uint64_t)(0x40046913), "ioctl_names: LIRC_SET_SEND_CARRIER");
#endif
#ifdef LIRC_SET_REC_CARRIER
_Static_assert((uint64_t)(LIRC_SET_REC_CARRIER) == (uint64_t)(0x40046914), "ioctl_names: LIRC_SET_REC_CARRIER");
#endif
#ifdef LIRC_SET_SEND_DUTY_CYCLE
_Static_assert((uint64_t)(LIRC_SET_SEND_DUTY_CYCLE) == (uint64_t)(0x40046915), "ioctl_names: LIRC_SET_SEND_DUTY_CYCLE");
#endif
#ifdef LIRC_SET_TRANSMITTER_MASK
_Static_assert((uint64_t)(LIRC_SET_TRANSMITTER_MASK) == (uint64_t)(0x40046917), "ioctl_names: LIRC_SET_TRANSMITTER_MASK");
#endif
#ifdef LIRC_SET_REC_TIMEOUT
_Static_assert((uint64_t)(LIRC_SET_REC_TIMEOUT) == (uint64_t)(0x40046918), "ioctl_names: LIRC_SET_REC_TIMEOUT");
#endif
#ifdef LIRC_SET_REC_TIMEOUT_REPORTS
_Static_assert((uint64_t)(LIRC_SET_REC_TIMEOUT_REPORTS) == (uint64_t)(0x40046919), "ioctl_names: LIRC_SET_REC_TIMEOUT_REPORTS");
#endif
#ifdef LIRC_SET_MEASURE_CARRIER_MODE
_Static_assert((uint64_t)(LIRC_SET_MEASURE_CARRIER_MODE) == (uint64_t)(0x4004691d), "ioctl_names: LIRC_SET_MEASURE_CARRIER_MODE");
#endif
#ifdef IPMICTL_SET_MAINTENANCE_MODE_CMD
_Static_assert((uint64_t)(IPMICTL_SET_MAINTENANCE_MODE_CMD) == (uint64_t)(0x4004691f), "ioctl_names: IPMICTL_SET_MAINTENANCE_MODE_CMD");
#endif
#ifdef LIRC_SET_REC_CARRIER_RANGE
_Static_assert((uint64_t)(LIRC_SET_REC_CARRIER_RANGE) == (uint64_t)(0x4004691f), "ioctl_names: LIRC_SET_REC_CARRIER_RANGE");
#endif
#ifdef LIRC_SET_WIDEBAND_RECEIVER
_Static_assert((uint64_t)(LIRC_SET_WIDEBAND_RECEIVER) == (uint64_t)(0x40046923), "ioctl_names: LIRC_SET_WIDEBAND_RECEIVER");
#endif
#ifdef SPI_IOC_WR_MAX_SPEED_HZ
_Static_assert((uint64_t)(SPI_IOC_WR_MAX_SPEED_HZ) == (uint64_t)(0x40046b04), "ioctl_names: SPI_IOC_WR_MAX_SPEED_HZ");
#endif
#ifdef SPI_IOC_WR_MODE32
_Static_assert((uint64_t)(SPI_IOC_WR_MODE32) == (uint64_t)(0x40046b05), "ioctl_names: SPI_IOC_WR_MODE32");
#endif
#ifdef SISFB_SET_AUTOMAXIMIZE_OLD
_Static_assert((uint64_t)(SISFB_SET_AUTOMAXIMIZE_OLD) == (uint64_t)(0x40046efa), "ioctl_names: SISFB_SET_AUTOMAXIMIZE_OLD");
#endif
#ifdef FSI_SBEFIFO_READ_TIMEOUT_SECONDS
_Static_assert((uint64_t)(FSI_SBEFIFO_READ_TIMEOUT_SECONDS) == (uint64_t)(0x40047300), "ioctl_names: FSI_SBEFIFO_READ_TIMEOUT_SECONDS");
#endif
#ifdef FSI_SCOM_RESET
_Static_assert((uint64_t)(FSI_SCOM_RESET) == (uint64_t)(0x40047303), "ioctl_names: FSI_SCOM_RESET");
#endif
#ifdef FS_IOC32_SETVERSION
_Static_assert((uint64_t)(FS_IOC32_SETVERSION) == (uint64_t)(0x40047602), "ioctl_names: FS_IOC32_SETVERSION");
#endif
#ifdef AUTOFS_IOC_EXPIRE_MULTI
_Static_assert((uint64_t)(AUTOFS_IOC_EXPIRE_MULTI) == (uint64_t)(0x40049366), "ioctl_names: AUTOFS_IOC_EXPIRE_MULTI");
#endif
#ifdef BTRFS_IOC_CLONE
_Static_assert((uint64_t)(BTRFS_IOC_CLONE) == (uint64_t)(0x40049409), "ioctl_names: BTRFS_IOC_CLONE");
#endif
#ifdef FICLONE
_Static_assert((uint64_t)(FICLONE) == (uint64_t)(0x40049409), "ioctl_names: FICLONE");
#endif
#ifdef BTRFS_IOC_BALANCE_CTL
_Static_assert((uint64_t)(BTRFS_IOC_BALANCE_CTL) == (uint64_t)(0x40049421), "ioctl_names: BTRFS_IOC_BALANCE_CTL");
#endif
#ifdef CACHEFILES_IOC_READ_COMPLETE
_Static_assert((uint64_t)(CACHEFILES_IOC_READ_COMPLETE) == (uint64_t)(0x40049801), "ioctl_names: CACHEFILES_IOC_READ_COMPLETE");
#endif
#ifdef KVM_INTERRUPT
_Static_assert((uint64_t)(KVM_INTERRUPT) == (uint64_t)(0x4004ae86), "ioctl_names: KVM_INTERRUPT");
#endif
#ifdef KVM_SET_SIGNAL_MASK
_Static_assert((uint64_t)(KVM_SET_SIGNAL_MASK) == (uint64_t)(0x4004ae8b), "ioctl_names: KVM_SET_SIGNAL_MASK");
#endif
#ifdef KVM_SET_MP_STATE
_Static_assert((uint64_t)(KVM_SET_MP_STATE) == (uint64_t)(0x4004ae99), "ioctl_names: KVM_SET_MP_STATE");
#endif
#ifdef VHOST_SET_LOG_FD
_Static_assert((uint64_t)(VHOST_SET_LOG_FD) == (uint64_t)(0x4004af07), "ioctl_names: VHOST_SET_LOG_FD");
#endif
#ifdef VHOST_SCSI_GET_ABI_VERSION
_Static_assert((uint64_t)(VHOST_SCSI_GET_ABI_VERSION) == (uint64_t)(0x4004af42), "ioctl_names: VHOST_SCSI_GET_ABI_VERSION");
#endif
#ifdef VHOST_SCSI_SET_EVENTS_MISSED
_Static_assert((uint64_t)(VHOST_SCSI_SET_EVENTS_MISSED) == (uint64_t)(0x4004af43), "ioctl_names: VHOST_SCSI_SET_EVENTS_MISSED");
#endif
#ifdef VHOST_SCSI_GET_EVENTS_MISSED
_Static_assert((uint64_t)(VHOST_SCSI_GET_EVENTS_MISSED) == (uint64_t)(0x4004af44), "ioctl_names: VHOST_SCSI_GET_EVENTS_MISSED");
#endif
#ifdef VHOST_VSOCK_SET_RUNNING
_Static_assert((uint64_t)(VHOST_VSOCK_SET_RUNNING) == (uint64_t)(0x4004af61), "ioctl_names: VHOST_VSOCK_SET_RUNNING");
#endif
#ifdef VHOST_VDPA_SET_CONFIG_CALL
_Static_assert((uint64_t)(VHOST_VDPA_SET_CONFIG_CALL) == (uint64_t)(0x4004af77), "ioctl_names: VHOST_VDPA_SET_CONFIG_CALL");
#endif
#ifdef DFL_FPGA_FME_PORT_RELEASE
_Static_assert((uint64_t)(DFL_FPGA_FME_PORT_RELEASE) == (uint64_t)(0x4004b681), "ioctl_names: DFL_FPGA_FME_PORT_RELEASE");
#endif
#ifdef DFL_FPGA_FME_PORT_ASSIGN
_Static_assert((uint64_t)(DFL_FPGA_FME_PORT_ASSIGN) == (uint64_t)(0x4004b682), "ioctl_names: DFL_FPGA_FME_PORT_ASSIGN");
#endif
#ifdef RPROC_SET_SHUTDOWN_ON_RELEASE
_Static_assert((uint64_t)(RPROC_SET_SHUTDOWN_ON_RELEASE) == (uint64_t)(0x4004b701), "ioctl_names: RPROC_SET_SHUTDOWN_ON_RELEASE");
#endif
#ifdef PFRU_IOC_SET_REV
_Static_assert((uint64_t)(PFRU_IOC_SET_REV) == (uint64_t)(0x4004ee01), "ioctl_names: PFRU_IOC_SET_REV");
#endif
#ifdef PFRU_IOC_STAGE
_Static_assert((uint64_t)(PFRU_IOC_STAGE) == (uint64_t)(0x4004ee02), "ioctl_names: PFRU_IOC_STAGE");
#endif
#ifdef PFRU_IOC_ACTIVATE
_Static_assert((uint64_t)(PFRU_IOC_ACTIVATE) == (uint64_t)(0x4004ee03), "ioctl_names: PFRU_IOC_ACTIVATE");
#endif
#ifdef PFRU_IOC_STAGE_ACTIVATE
_Static_assert((uint64_t)(PFRU_IOC_STAGE_ACTIVATE) == (uint64_t)(0x4004ee04), "ioctl_names: PFRU_IOC_STAGE_ACTIVATE");
#endif
#ifdef SISFB_SET_AUTOMAXIMIZE
_Static_assert((uint64_t)(SISFB_SET_AUTOMAXIMIZE) == (uint64_t)(0x4004f303), "ioctl_names: SISFB_SET_AUTOMAXIMIZE");
#endif
#ifdef SISFB_SET_TVPOSOFFSET
_Static_assert((uint64_t)(SISFB_SET_TVPOSOFFSET) == (uint64_t)(0x4004f304), "ioctl_names: SISFB_SET_TVPOSOFFSET");
#endif
#ifdef SISFB_SET_LOCK
_Static_assert((uint64_t)(SISFB_SET_LOCK) == (uint64_t)(0x4004f306), "ioctl_names: SISFB_SET_LOCK");
#endif
#ifdef F2FS_IOC_GARBAGE_COLLECT
_Static_assert((uint64_t)(F2FS_IOC_GARBAGE_COLLECT) == (uint64_t)(0x4004f506), "ioctl_names: F2FS_IOC_GARBAGE_COLLECT");
#endif
#ifdef F2FS_IOC_SET_PIN_FILE
_Static_assert((uint64_t)(F2FS_IOC_SET_PIN_FILE) == (uint64_t)(0x4004f50d), "ioctl_names: F2FS_IOC_SET_PIN_FILE");
#endif
#ifdef SSAM_CDEV_NOTIF_REGISTER
_Static_assert((uint64_t)(SSAM_CDEV_NOTIF_REGISTER) == (uint64_t)(0x4005a502), "ioctl_names: SSAM_CDEV_NOTIF_REGISTER");
#endif
#ifdef SSAM_CDEV_NOTIF_UNREGISTER
_Static_assert((uint64_t)(SSAM_CDEV_NOTIF_UNREGISTER) == (uint64_t)(0x4005a503), "ioctl_names: SSAM_CDEV_NOTIF_UNREGISTER");
#endif
#ifdef COUNTER_ADD_WATCH_IOCTL
_Static_assert((uint64_t)(COUNTER_ADD_WATCH_IOCTL) == (uint64_t)(0x40063e00), "ioctl_names: COUNTER_ADD_WATCH_IOCTL");
#endif
#ifdef SSAM_CDEV_EVENT_ENABLE
_Static_assert((uint64_t)(SSAM_CDEV_EVENT_ENABLE) == (uint64_t)(0x4007a504), "ioctl_names: SSAM_CDEV_EVENT_ENABLE");
#endif
#ifdef SSAM_CDEV_EVENT_DISABLE
_Static_assert((uint64_t)(SSAM_CDEV_EVENT_DISABLE) == (uint64_t)(0x4007a505), "ioctl_names: SSAM_CDEV_EVENT_DISABLE");
#endif
#ifdef BLKBSZSET
_Static_assert((uint64_t)(BLKBSZSET) == (uint64_t)(0x40081271), "ioctl_names: BLKBSZSET");
#endif
#ifdef HFI1_IOCTL_ACK_EVENT
_Static_assert((uint64_t)(HFI1_IOCTL_ACK_EVENT) == (uint64_t)(0x40081bea), "ioctl_names: HFI1_IOCTL_ACK_EVENT");
#endif
#ifdef FW_CDEV_IOC_RECEIVE_PHY_PACKETS
_Static_assert((uint64_t)(FW_CDEV_IOC_RECEIVE_PHY_PACKETS) == (uint64_t)(0x40082316), "ioctl_names: FW_CDEV_IOC_RECEIVE_PHY_PACKETS");
#endif
#ifdef PERF_EVENT_IOC_PERIOD
_Static_assert((uint64_t)(PERF_EVENT_IOC_PERIOD) == (uint64_t)(0x40082404), "ioctl_names: PERF_EVENT_IOC_PERIOD");
#endif
#ifdef PERF_EVENT_IOC_SET_FILTER
_Static_assert((uint64_t)(PERF_EVENT_IOC_SET_FILTER) == (uint64_t)(0x40082406), "ioctl_names: PERF_EVENT_IOC_SET_FILTER");
#endif
#ifdef PERF_EVENT_IOC_MODIFY_ATTRIBUTES
_Static_assert((uint64_t)(PERF_EVENT_IOC_MODIFY_ATTRIBUTES) == (uint64_t)(0x4008240b), "ioctl_names: PERF_EVENT_IOC_MODIFY_ATTRIBUTES");
#endif
#ifdef FBIO_RADEON_SET_MIRROR
_Static_assert((uint64_t)(FBIO_RADEON_SET_MIRROR) == (uint64_t)(0x40084004), "ioctl_names: FBIO_RADEON_SET_MIRROR");
#endif
#ifdef PMU_IOC_SET_BACKLIGHT
_Static_assert((uint64_t)(PMU_IOC_SET_BACKLIGHT) == (uint64_t)(0x40084202), "ioctl_names: PMU_IOC_SET_BACKLIGHT");
#endif
#ifdef CCISS_SETINTINFO
_Static_assert((uint64_t)(CCISS_SETINTINFO) == (uint64_t)(0x40084203), "ioctl_names: CCISS_SETINTINFO");
#endif
#ifdef EVIOCSREP
_Static_assert((uint64_t)(EVIOCSREP) == (uint64_t)(0x40084503), "ioctl_names: EVIOCSREP");
#endif
#ifdef EVIOCSKEYCODE
_Static_assert((uint64_t)(EVIOCSKEYCODE) == (uint64_t)(0x40084504), "ioctl_names: EVIOCSKEYCODE");
#endif
#ifdef RNDADDENTROPY
_Static_assert((uint64_t)(RNDADDENTROPY) == (uint64_t)(0x40085203), "ioctl_names: RNDADDENTROPY");
#endif
#ifdef TFD_IOC_SET_TICKS
_Static_assert((uint64_t)(TFD_IOC_SET_TICKS) == (uint64_t)(0x40085400), "ioctl_names: TFD_IOC_SET_TICKS");
#endif
#ifdef USB_RAW_IOCTL_EP0_WRITE
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP0_WRITE) == (uint64_t)(0x40085503), "ioctl_names: USB_RAW_IOCTL_EP0_WRITE");
#endif
#ifdef USB_RAW_IOCTL_EP_WRITE
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP_WRITE) == (uint64_t)(0x40085507), "ioctl_names: USB_RAW_IOCTL_EP_WRITE");
#endif
#ifdef UI_SET_PHYS
_Static_assert((uint64_t)(UI_SET_PHYS) == (uint64_t)(0x4008556c), "ioctl_names: UI_SET_PHYS");
#endif
#ifdef VIDIOC_S_STD
_Static_assert((uint64_t)(VIDIOC_S_STD) == (uint64_t)(0x40085618), "ioctl_names: VIDIOC_S_STD");
#endif
#ifdef VK_IOCTL_RESET
_Static_assert((uint64_t)(VK_IOCTL_RESET) == (uint64_t)(0x40085e04), "ioctl_names: VK_IOCTL_RESET");
#endif
#ifdef DMA_BUF_IOCTL_SYNC
_Static_assert((uint64_t)(DMA_BUF_IOCTL_SYNC) == (uint64_t)(0x40086200), "ioctl_names: DMA_BUF_IOCTL_SYNC");
#endif
#ifdef DMA_BUF_SET_NAME_B
_Static_assert((uint64_t)(DMA_BUF_SET_NAME_B) == (uint64_t)(0x40086201), "ioctl_names: DMA_BUF_SET_NAME_B");
#endif
#ifdef BINDER_SET_IDLE_TIMEOUT
_Static_assert((uint64_t)(BINDER_SET_IDLE_TIMEOUT) == (uint64_t)(0x40086203), "ioctl_names: BINDER_SET_IDLE_TIMEOUT");
#endif
#ifdef DMA_BUF_IOCTL_IMPORT_SYNC_FILE
_Static_assert((uint64_t)(DMA_BUF_IOCTL_IMPORT_SYNC_FILE) == (uint64_t)(0x40086203), "ioctl_names: DMA_BUF_IOCTL_IMPORT_SYNC_FILE");
#endif
#ifdef CM_IOSDBGLVL
_Static_assert((uint64_t)(CM_IOSDBGLVL) == (uint64_t)(0x400863fa), "ioctl_names: CM_IOSDBGLVL");
#endif
#ifdef FS_IOC_SETFLAGS
_Static_assert((uint64_t)(FS_IOC_SETFLAGS) == (uint64_t)(0x40086602), "ioctl_names: FS_IOC_SETFLAGS");
#endif
#ifdef MTIOCTOP
_Static_assert((uint64_t)(MTIOCTOP) == (uint64_t)(0x40086d01), "ioctl_names: MTIOCTOP");
#endif
#ifdef MATROXFB_SET_OUTPUT_CONNECTION
_Static_assert((uint64_t)(MATROXFB_SET_OUTPUT_CONNECTION) == (uint64_t)(0x40086ef8), "ioctl_names: MATROXFB_SET_OUTPUT_CONNECTION");
#endif
#ifdef MATROXFB_SET_OUTPUT_MODE
_Static_assert((uint64_t)(MATROXFB_SET_OUTPUT_MODE) == (uint64_t)(0x40086efa), "ioctl_names: MATROXFB_SET_OUTPUT_MODE");
#endif
#ifdef RTC_IRQP_SET
_Static_assert((uint64_t)(RTC_IRQP_SET) == (uint64_t)(0x4008700c), "ioctl_names: RTC_IRQP_SET");
#endif
#ifdef RTC_EPOCH_SET
_Static_assert((uint64_t)(RTC_EPOCH_SET) == (uint64_t)(0x4008700e), "ioctl_names: RTC_EPOCH_SET");
#endif
#ifdef PPS_SETPARAMS
_Static_assert((uint64_t)(PPS_SETPARAMS) == (uint64_t)(0x400870a2), "ioctl_names: PPS_SETPARAMS");
#endif
#ifdef PPS_KC_BIND
_Static_assert((uint64_t)(PPS_KC_BIND) == (uint64_t)(0x400870a5), "ioctl_names: PPS_KC_BIND");
#endif
#ifdef SPIOCSTYPE
_Static_assert((uint64_t)(SPIOCSTYPE) == (uint64_t)(0x40087101), "ioctl_names: SPIOCSTYPE");
#endif
#ifdef UDMABUF_CREATE_LIST
_Static_assert((uint64_t)(UDMABUF_CREATE_LIST) == (uint64_t)(0x40087543), "ioctl_names: UDMABUF_CREATE_LIST");
#endif
#ifdef FS_IOC_SETVERSION
_Static_assert((uint64_t)(FS_IOC_SETVERSION) == (uint64_t)(0x40087602), "ioctl_names: FS_IOC_SETVERSION");
#endif
#ifdef BTRFS_IOC_DEFAULT_SUBVOL
_Static_assert((uint64_t)(BTRFS_IOC_DEFAULT_SUBVOL) == (uint64_t)(0x40089413), "ioctl_names: BTRFS_IOC_DEFAULT_SUBVOL");
#endif
#ifdef BTRFS_IOC_WAIT_SYNC
_Static_assert((uint64_t)(BTRFS_IOC_WAIT_SYNC) == (uint64_t)(0x40089416), "ioctl_names: BTRFS_IOC_WAIT_SYNC");
#endif
#ifdef BTRFS_IOC_SUBVOL_SETFLAGS
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_SETFLAGS) == (uint64_t)(0x4008941a), "ioctl_names: BTRFS_IOC_SUBVOL_SETFLAGS");
#endif
#ifdef KVM_SET_IDENTITY_MAP_ADDR
_Static_assert((uint64_t)(KVM_SET_IDENTITY_MAP_ADDR) == (uint64_t)(0x4008ae48), "ioctl_names: KVM_SET_IDENTITY_MAP_ADDR");
#endif
#ifdef KVM_IRQ_LINE
_Static_assert((uint64_t)(KVM_IRQ_LINE) == (uint64_t)(0x4008ae61), "ioctl_names: KVM_IRQ_LINE");
#endif
#ifdef KVM_SET_GSI_ROUTING
_Static_assert((uint64_t)(KVM_SET_GSI_ROUTING) == (uint64_t)(0x4008ae6a), "ioctl_names: KVM_SET_GSI_ROUTING");
#endif
#ifdef KVM_ASSIGN_SET_MSIX_NR
_Static_assert((uint64_t)(KVM_ASSIGN_SET_MSIX_NR) == (uint64_t)(0x4008ae73), "ioctl_names: KVM_ASSIGN_SET_MSIX_NR");
#endif
#ifdef KVM_SET_MSRS
_Static_assert((uint64_t)(KVM_SET_MSRS) == (uint64_t)(0x4008ae89), "ioctl_names: KVM_SET_MSRS");
#endif
#ifdef KVM_SET_CPUID
_Static_assert((uint64_t)(KVM_SET_CPUID) == (uint64_t)(0x4008ae8a), "ioctl_names: KVM_SET_CPUID");
#endif
#ifdef KVM_SET_CPUID2
_Static_assert((uint64_t)(KVM_SET_CPUID2) == (uint64_t)(0x4008ae90), "ioctl_names: KVM_SET_CPUID2");
#endif
#ifdef KVM_SET_VAPIC_ADDR
_Static_assert((uint64_t)(KVM_SET_VAPIC_ADDR) == (uint64_t)(0x4008ae93), "ioctl_names: KVM_SET_VAPIC_ADDR");
#endif
#ifdef KVM_X86_SETUP_MCE
_Static_assert((uint64_t)(KVM_X86_SETUP_MCE) == (uint64_t)(0x4008ae9c), "ioctl_names: KVM_X86_SETUP_MCE");
#endif
#ifdef VHOST_SET_FEATURES
_Static_assert((uint64_t)(VHOST_SET_FEATURES) == (uint64_t)(0x4008af00), "ioctl_names: VHOST_SET_FEATURES");
#endif
#ifdef VHOST_SET_MEM_TABLE
_Static_assert((uint64_t)(VHOST_SET_MEM_TABLE) == (uint64_t)(0x4008af03), "ioctl_names: VHOST_SET_MEM_TABLE");
#endif
#ifdef VHOST_SET_LOG_BASE
_Static_assert((uint64_t)(VHOST_SET_LOG_BASE) == (uint64_t)(0x4008af04), "ioctl_names: VHOST_SET_LOG_BASE");
#endif
#ifdef VHOST_SET_VRING_NUM
_Static_assert((uint64_t)(VHOST_SET_VRING_NUM) == (uint64_t)(0x4008af10), "ioctl_names: VHOST_SET_VRING_NUM");
#endif
#ifdef VHOST_SET_VRING_BASE
_Static_assert((uint64_t)(VHOST_SET_VRING_BASE) == (uint64_t)(0x4008af12), "ioctl_names: VHOST_SET_VRING_BASE");
#endif
#ifdef VHOST_SET_VRING_ENDIAN
_Static_assert((uint64_t)(VHOST_SET_VRING_ENDIAN) == (uint64_t)(0x4008af13), "ioctl_names: VHOST_SET_VRING_ENDIAN");
#endif
#ifdef VHOST_GET_VRING_ENDIAN
_Static_assert((uint64_t)(VHOST_GET_VRING_ENDIAN) == (uint64_t)(0x4008af14), "ioctl_names: VHOST_GET_VRING_ENDIAN");
#endif
#ifdef VHOST_SET_VRING_KICK
_Static_assert((uint64_t)(VHOST_SET_VRING_KICK) == (uint64_t)(0x4008af20), "ioctl_names: VHOST_SET_VRING_KICK");
#endif
#ifdef VHOST_SET_VRING_CALL
_Static_assert((uint64_t)(VHOST_SET_VRING_CALL) == (uint64_t)(0x4008af21), "ioctl_names: VHOST_SET_VRING_CALL");
#endif
#ifdef VHOST_SET_VRING_ERR
_Static_assert((uint64_t)(VHOST_SET_VRING_ERR) == (uint64_t)(0x4008af22), "ioctl_names: VHOST_SET_VRING_ERR");
#endif
#ifdef VHOST_SET_VRING_BUSYLOOP_TIMEOUT
_Static_assert((uint64_t)(VHOST_SET_VRING_BUSYLOOP_TIMEOUT) == (uint64_t)(0x4008af23), "ioctl_names: VHOST_SET_VRING_BUSYLOOP_TIMEOUT");
#endif
#ifdef VHOST_GET_VRING_BUSYLOOP_TIMEOUT
_Static_assert((uint64_t)(VHOST_GET_VRING_BUSYLOOP_TIMEOUT) == (uint64_t)(0x4008af24), "ioctl_names: VHOST_GET_VRING_BUSYLOOP_TIMEOUT");
#endif
#ifdef VHOST_SET_BACKEND_FEATURES
_Static_assert((uint64_t)(VHOST_SET_BACKEND_FEATURES) == (uint64_t)(0x4008af25), "ioctl_names: VHOST_SET_BACKEND_FEATURES");
#endif
#ifdef VHOST_NET_SET_BACKEND
_Static_assert((uint64_t)(VHOST_NET_SET_BACKEND) == (uint64_t)(0x4008af30), "ioctl_names: VHOST_NET_SET_BACKEND");
#endif
#ifdef VHOST_VSOCK_SET_GUEST_CID
_Static_assert((uint64_t)(VHOST_VSOCK_SET_GUEST_CID) == (uint64_t)(0x4008af60), "ioctl_names: VHOST_VSOCK_SET_GUEST_CID");
#endif
#ifdef VHOST_VDPA_SET_CONFIG
_Static_assert((uint64_t)(VHOST_VDPA_SET_CONFIG) == (uint64_t)(0x4008af74), "ioctl_names: VHOST_VDPA_SET_CONFIG");
#endif
#ifdef VHOST_VDPA_SET_VRING_ENABLE
_Static_assert((uint64_t)(VHOST_VDPA_SET_VRING_ENABLE) == (uint64_t)(0x4008af75), "ioctl_names: VHOST_VDPA_SET_VRING_ENABLE");
#endif
#ifdef VHOST_VDPA_SET_GROUP_ASID
_Static_assert((uint64_t)(VHOST_VDPA_SET_GROUP_ASID) == (uint64_t)(0x4008af7c), "ioctl_names: VHOST_VDPA_SET_GROUP_ASID");
#endif
#ifdef DFL_FPGA_PORT_ERR_SET_IRQ
_Static_assert((uint64_t)(DFL_FPGA_PORT_ERR_SET_IRQ) == (uint64_t)(0x4008b646), "ioctl_names: DFL_FPGA_PORT_ERR_SET_IRQ");
#endif
#ifdef DFL_FPGA_PORT_UINT_SET_IRQ
_Static_assert((uint64_t)(DFL_FPGA_PORT_UINT_SET_IRQ) == (uint64_t)(0x4008b648), "ioctl_names: DFL_FPGA_PORT_UINT_SET_IRQ");
#endif
#ifdef DFL_FPGA_FME_ERR_SET_IRQ
_Static_assert((uint64_t)(DFL_FPGA_FME_ERR_SET_IRQ) == (uint64_t)(0x4008b684), "ioctl_names: DFL_FPGA_FME_ERR_SET_IRQ");
#endif
#ifdef OCXL_IOCTL_IRQ_FREE
_Static_assert((uint64_t)(OCXL_IOCTL_IRQ_FREE) == (uint64_t)(0x4008ca12), "ioctl_names: OCXL_IOCTL_IRQ_FREE");
#endif
#ifdef F2FS_IOC_FLUSH_DEVICE
_Static_assert((uint64_t)(F2FS_IOC_FLUSH_DEVICE) == (uint64_t)(0x4008f50a), "ioctl_names: F2FS_IOC_FLUSH_DEVICE");
#endif
#ifdef F2FS_IOC_RESIZE_FS
_Static_assert((uint64_t)(F2FS_IOC_RESIZE_FS) == (uint64_t)(0x4008f510), "ioctl_names: F2FS_IOC_RESIZE_FS");
#endif
#ifdef USB_RAW_IOCTL_EP_ENABLE
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP_ENABLE) == (uint64_t)(0x40095505), "ioctl_names: USB_RAW_IOCTL_EP_ENABLE");
#endif
#ifdef FDFMTTRK
_Static_assert((uint64_t)(FDFMTTRK) == (uint64_t)(0x400c0248), "ioctl_names: FDFMTTRK");
#endif
#ifdef CAPI_REGISTER
_Static_assert((uint64_t)(CAPI_REGISTER) == (uint64_t)(0x400c4301), "ioctl_names: CAPI_REGISTER");
#endif
#ifdef UI_END_FF_ERASE
_Static_assert((uint64_t)(UI_END_FF_ERASE) == (uint64_t)(0x400c55cb), "ioctl_names: UI_END_FF_ERASE");
#endif
#ifdef BINDER_FREEZE
_Static_assert((uint64_t)(BINDER_FREEZE) == (uint64_t)(0x400c620e), "ioctl_names: BINDER_FREEZE");
#endif
#ifdef FS_IOC_GET_ENCRYPTION_POLICY
_Static_assert((uint64_t)(FS_IOC_GET_ENCRYPTION_POLICY) == (uint64_t)(0x400c6615), "ioctl_names: FS_IOC_GET_ENCRYPTION_POLICY");
#endif
#ifdef I2OEVTREG
_Static_assert((uint64_t)(I2OEVTREG) == (uint64_t)(0x400c690a), "ioctl_names: I2OEVTREG");
#endif
#ifdef KVM_XEN_HVM_EVTCHN_SEND
_Static_assert((uint64_t)(KVM_XEN_HVM_EVTCHN_SEND) == (uint64_t)(0x400caed0), "ioctl_names: KVM_XEN_HVM_EVTCHN_SEND");
#endif
#ifdef PFRT_LOG_IOC_SET_INFO
_Static_assert((uint64_t)(PFRT_LOG_IOC_SET_INFO) == (uint64_t)(0x400cee06), "ioctl_names: PFRT_LOG_IOC_SET_INFO");
#endif
#ifdef BLKRESETZONE
_Static_assert((uint64_t)(BLKRESETZONE) == (uint64_t)(0x40101283), "ioctl_names: BLKRESETZONE");
#endif
#ifdef BLKOPENZONE
_Static_assert((uint64_t)(BLKOPENZONE) == (uint64_t)(0x40101286), "ioctl_names: BLKOPENZONE");
#endif
#ifdef BLKCLOSEZONE
_Static_assert((uint64_t)(BLKCLOSEZONE) == (uint64_t)(0x40101287), "ioctl_names: BLKCLOSEZONE");
#endif
#ifdef BLKFINISHZONE
_Static_assert((uint64_t)(BLKFINISHZONE) == (uint64_t)(0x40101288), "ioctl_names: BLKFINISHZONE");
#endif
#ifdef FW_CDEV_IOC_START_ISO
_Static_assert((uint64_t)(FW_CDEV_IOC_START_ISO) == (uint64_t)(0x4010230a), "ioctl_names: FW_CDEV_IOC_START_ISO");
#endif
#ifdef FW_CDEV_IOC_SET_ISO_CHANNELS
_Static_assert((uint64_t)(FW_CDEV_IOC_SET_ISO_CHANNELS) == (uint64_t)(0x40102317), "ioctl_names: FW_CDEV_IOC_SET_ISO_CHANNELS");
#endif
#ifdef PTP_EXTTS_REQUEST
_Static_assert((uint64_t)(PTP_EXTTS_REQUEST) == (uint64_t)(0x40103d02), "ioctl_names: PTP_EXTTS_REQUEST");
#endif
#ifdef PTP_EXTTS_REQUEST2
_Static_assert((uint64_t)(PTP_EXTTS_REQUEST2) == (uint64_t)(0x40103d0b), "ioctl_names: PTP_EXTTS_REQUEST2");
#endif
#ifdef CCISS_SETNODENAME
_Static_assert((uint64_t)(CCISS_SETNODENAME) == (uint64_t)(0x40104205), "ioctl_names: CCISS_SETNODENAME");
#endif
#ifdef EVIOCSMASK
_Static_assert((uint64_t)(EVIOCSMASK) == (uint64_t)(0x40104593), "ioctl_names: EVIOCSMASK");
#endif
#ifdef MTRRIOC_ADD_ENTRY
_Static_assert((uint64_t)(MTRRIOC_ADD_ENTRY) == (uint64_t)(0x40104d00), "ioctl_names: MTRRIOC_ADD_ENTRY");
#endif
#ifdef MTRRIOC_SET_ENTRY
_Static_assert((uint64_t)(MTRRIOC_SET_ENTRY) == (uint64_t)(0x40104d01), "ioctl_names: MTRRIOC_SET_ENTRY");
#endif
#ifdef MTRRIOC_DEL_ENTRY
_Static_assert((uint64_t)(MTRRIOC_DEL_ENTRY) == (uint64_t)(0x40104d02), "ioctl_names: MTRRIOC_DEL_ENTRY");
#endif
#ifdef MTRRIOC_KILL_ENTRY
_Static_assert((uint64_t)(MTRRIOC_KILL_ENTRY) == (uint64_t)(0x40104d04), "ioctl_names: MTRRIOC_KILL_ENTRY");
#endif
#ifdef MTRRIOC_ADD_PAGE_ENTRY
_Static_assert((uint64_t)(MTRRIOC_ADD_PAGE_ENTRY) == (uint64_t)(0x40104d05), "ioctl_names: MTRRIOC_ADD_PAGE_ENTRY");
#endif
#ifdef MTRRIOC_SET_PAGE_ENTRY
_Static_assert((uint64_t)(MTRRIOC_SET_PAGE_ENTRY) == (uint64_t)(0x40104d06), "ioctl_names: MTRRIOC_SET_PAGE_ENTRY");
#endif
#ifdef MTRRIOC_DEL_PAGE_ENTRY
_Static_assert((uint64_t)(MTRRIOC_DEL_PAGE_ENTRY) == (uint64_t)(0x40104d07), "ioctl_names: MTRRIOC_DEL_PAGE_ENTRY");
#endif
#ifdef MTRRIOC_KILL_PAGE_ENTRY
_Static_assert((uint64_t)(MTRRIOC_KILL_PAGE_ENTRY) == (uint64_t)(0x40104d09), "ioctl_names: MTRRIOC_KILL_PAGE_ENTRY");
#endif
#ifdef IDT77105_GETSTAT
_Static_assert((uint64_t)(IDT77105_GETSTAT) == (uint64_t)(0x40106132), "ioctl_names: IDT77105_GETSTAT");
#endif
#ifdef IDT77105_GETSTATZ
_Static_assert((uint64_t)(IDT77105_GETSTATZ) == (uint64_t)(0x40106133), "ioctl_names: IDT77105_GETSTATZ");
#endif
#ifdef ATM_GETSTAT
_Static_assert((uint64_t)(ATM_GETSTAT) == (uint64_t)(0x40106150), "ioctl_names: ATM_GETSTAT");
#endif
#ifdef ATM_GETSTATZ
_Static_assert((uint64_t)(ATM_GETSTATZ) == (uint64_t)(0x40106151), "ioctl_names: ATM_GETSTATZ");
#endif
#ifdef ATM_GETLOOP
_Static_assert((uint64_t)(ATM_GETLOOP) == (uint64_t)(0x40106152), "ioctl_names: ATM_GETLOOP");
#endif
#ifdef ATM_SETLOOP
_Static_assert((uint64_t)(ATM_SETLOOP) == (uint64_t)(0x40106153), "ioctl_names: ATM_SETLOOP");
#endif
#ifdef ATM_QUERYLOOP
_Static_assert((uint64_t)(ATM_QUERYLOOP) == (uint64_t)(0x40106154), "ioctl_names: ATM_QUERYLOOP");
#endif
#ifdef ATM_GETLINKRATE
_Static_assert((uint64_t)(ATM_GETLINKRATE) == (uint64_t)(0x40106181), "ioctl_names: ATM_GETLINKRATE");
#endif
#ifdef ATM_GETNAMES
_Static_assert((uint64_t)(ATM_GETNAMES) == (uint64_t)(0x40106183), "ioctl_names: ATM_GETNAMES");
#endif
#ifdef ATM_GETTYPE
_Static_assert((uint64_t)(ATM_GETTYPE) == (uint64_t)(0x40106184), "ioctl_names: ATM_GETTYPE");
#endif
#ifdef ATM_GETESI
_Static_assert((uint64_t)(ATM_GETESI) == (uint64_t)(0x40106185), "ioctl_names: ATM_GETESI");
#endif
#ifdef ATM_GETADDR
_Static_assert((uint64_t)(ATM_GETADDR) == (uint64_t)(0x40106186), "ioctl_names: ATM_GETADDR");
#endif
#ifdef ATM_RSTADDR
_Static_assert((uint64_t)(ATM_RSTADDR) == (uint64_t)(0x40106187), "ioctl_names: ATM_RSTADDR");
#endif
#ifdef ATM_ADDADDR
_Static_assert((uint64_t)(ATM_ADDADDR) == (uint64_t)(0x40106188), "ioctl_names: ATM_ADDADDR");
#endif
#ifdef ATM_DELADDR
_Static_assert((uint64_t)(ATM_DELADDR) == (uint64_t)(0x40106189), "ioctl_names: ATM_DELADDR");
#endif
#ifdef ATM_GETCIRANGE
_Static_assert((uint64_t)(ATM_GETCIRANGE) == (uint64_t)(0x4010618a), "ioctl_names: ATM_GETCIRANGE");
#endif
#ifdef ATM_SETCIRANGE
_Static_assert((uint64_t)(ATM_SETCIRANGE) == (uint64_t)(0x4010618b), "ioctl_names: ATM_SETCIRANGE");
#endif
#ifdef ATM_SETESI
_Static_assert((uint64_t)(ATM_SETESI) == (uint64_t)(0x4010618c), "ioctl_names: ATM_SETESI");
#endif
#ifdef ATM_SETESIF
_Static_assert((uint64_t)(ATM_SETESIF) == (uint64_t)(0x4010618d), "ioctl_names: ATM_SETESIF");
#endif
#ifdef ATM_ADDLECSADDR
_Static_assert((uint64_t)(ATM_ADDLECSADDR) == (uint64_t)(0x4010618e), "ioctl_names: ATM_ADDLECSADDR");
#endif
#ifdef ATM_DELLECSADDR
_Static_assert((uint64_t)(ATM_DELLECSADDR) == (uint64_t)(0x4010618f), "ioctl_names: ATM_DELLECSADDR");
#endif
#ifdef ATM_GETLECSADDR
_Static_assert((uint64_t)(ATM_GETLECSADDR) == (uint64_t)(0x40106190), "ioctl_names: ATM_GETLECSADDR");
#endif
#ifdef ATM_ADDPARTY
_Static_assert((uint64_t)(ATM_ADDPARTY) == (uint64_t)(0x401061f4), "ioctl_names: ATM_ADDPARTY");
#endif
#ifdef FS_IOC_GET_ENCRYPTION_PWSALT
_Static_assert((uint64_t)(FS_IOC_GET_ENCRYPTION_PWSALT) == (uint64_t)(0x40106614), "ioctl_names: FS_IOC_GET_ENCRYPTION_PWSALT");
#endif
#ifdef BTRFS_IOC_QGROUP_CREATE
_Static_assert((uint64_t)(BTRFS_IOC_QGROUP_CREATE) == (uint64_t)(0x4010942a), "ioctl_names: BTRFS_IOC_QGROUP_CREATE");
#endif
#ifdef GENWQE_WRITE_REG64
_Static_assert((uint64_t)(GENWQE_WRITE_REG64) == (uint64_t)(0x4010a51f), "ioctl_names: GENWQE_WRITE_REG64");
#endif
#ifdef GENWQE_WRITE_REG32
_Static_assert((uint64_t)(GENWQE_WRITE_REG32) == (uint64_t)(0x4010a521), "ioctl_names: GENWQE_WRITE_REG32");
#endif
#ifdef GENWQE_WRITE_REG16
_Static_assert((uint64_t)(GENWQE_WRITE_REG16) == (uint64_t)(0x4010a523), "ioctl_names: GENWQE_WRITE_REG16");
#endif
#ifdef KVM_GET_DIRTY_LOG
_Static_assert((uint64_t)(KVM_GET_DIRTY_LOG) == (uint64_t)(0x4010ae42), "ioctl_names: KVM_GET_DIRTY_LOG");
#endif
#ifdef KVM_ASSIGN_SET_MSIX_ENTRY
_Static_assert((uint64_t)(KVM_ASSIGN_SET_MSIX_ENTRY) == (uint64_t)(0x4010ae74), "ioctl_names: KVM_ASSIGN_SET_MSIX_ENTRY");
#endif
#ifdef KVM_DIRTY_TLB
_Static_assert((uint64_t)(KVM_DIRTY_TLB) == (uint64_t)(0x4010aeaa), "ioctl_names: KVM_DIRTY_TLB");
#endif
#ifdef KVM_GET_ONE_REG
_Static_assert((uint64_t)(KVM_GET_ONE_REG) == (uint64_t)(0x4010aeab), "ioctl_names: KVM_GET_ONE_REG");
#endif
#ifdef KVM_SET_ONE_REG
_Static_assert((uint64_t)(KVM_SET_ONE_REG) == (uint64_t)(0x4010aeac), "ioctl_names: KVM_SET_ONE_REG");
#endif
#ifdef ASPEED_LPC_CTRL_IOCTL_MAP
_Static_assert((uint64_t)(ASPEED_LPC_CTRL_IOCTL_MAP) == (uint64_t)(0x4010b201), "ioctl_names: ASPEED_LPC_CTRL_IOCTL_MAP");
#endif
#ifdef ASPEED_P2A_CTRL_IOCTL_SET_WINDOW
_Static_assert((uint64_t)(ASPEED_P2A_CTRL_IOCTL_SET_WINDOW) == (uint64_t)(0x4010b300), "ioctl_names: ASPEED_P2A_CTRL_IOCTL_SET_WINDOW");
#endif
#ifdef OCXL_IOCTL_IRQ_SET_FD
_Static_assert((uint64_t)(OCXL_IOCTL_IRQ_SET_FD) == (uint64_t)(0x4010ca13), "ioctl_names: OCXL_IOCTL_IRQ_SET_FD");
#endif
#ifdef FDSETMAXERRS
_Static_assert((uint64_t)(FDSETMAXERRS) == (uint64_t)(0x4014024c), "ioctl_names: FDSETMAXERRS");
#endif
#ifdef VIDIOC_S_CROP
_Static_assert((uint64_t)(VIDIOC_S_CROP) == (uint64_t)(0x4014563c), "ioctl_names: VIDIOC_S_CROP");
#endif
#ifdef FW_CDEV_IOC_SEND_RESPONSE
_Static_assert((uint64_t)(FW_CDEV_IOC_SEND_RESPONSE) == (uint64_t)(0x40182304), "ioctl_names: FW_CDEV_IOC_SEND_RESPONSE");
#endif
#ifdef FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE_ONCE
_Static_assert((uint64_t)(FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE_ONCE) == (uint64_t)(0x4018230f), "ioctl_names: FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE_ONCE");
#endif
#ifdef FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE_ONCE
_Static_assert((uint64_t)(FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE_ONCE) == (uint64_t)(0x40182310), "ioctl_names: FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE_ONCE");
#endif
#ifdef BINDER_SET_CONTEXT_MGR_EXT
_Static_assert((uint64_t)(BINDER_SET_CONTEXT_MGR_EXT) == (uint64_t)(0x4018620d), "ioctl_names: BINDER_SET_CONTEXT_MGR_EXT");
#endif
#ifdef RTC_PARAM_GET
_Static_assert((uint64_t)(RTC_PARAM_GET) == (uint64_t)(0x40187013), "ioctl_names: RTC_PARAM_GET");
#endif
#ifdef RTC_PARAM_SET
_Static_assert((uint64_t)(RTC_PARAM_SET) == (uint64_t)(0x40187014), "ioctl_names: RTC_PARAM_SET");
#endif
#ifdef UDMABUF_CREATE
_Static_assert((uint64_t)(UDMABUF_CREATE) == (uint64_t)(0x40187542), "ioctl_names: UDMABUF_CREATE");
#endif
#ifdef BTRFS_IOC_QGROUP_ASSIGN
_Static_assert((uint64_t)(BTRFS_IOC_QGROUP_ASSIGN) == (uint64_t)(0x40189429), "ioctl_names: BTRFS_IOC_QGROUP_ASSIGN");
#endif
#ifdef KVM_SET_MEMORY_REGION
_Static_assert((uint64_t)(KVM_SET_MEMORY_REGION) == (uint64_t)(0x4018ae40), "ioctl_names: KVM_SET_MEMORY_REGION");
#endif
#ifdef KVM_HYPERV_EVENTFD
_Static_assert((uint64_t)(KVM_HYPERV_EVENTFD) == (uint64_t)(0x4018aebd), "ioctl_names: KVM_HYPERV_EVENTFD");
#endif
#ifdef KVM_SET_DEVICE_ATTR
_Static_assert((uint64_t)(KVM_SET_DEVICE_ATTR) == (uint64_t)(0x4018aee1), "ioctl_names: KVM_SET_DEVICE_ATTR");
#endif
#ifdef KVM_GET_DEVICE_ATTR
_Static_assert((uint64_t)(KVM_GET_DEVICE_ATTR) == (uint64_t)(0x4018aee2), "ioctl_names: KVM_GET_DEVICE_ATTR");
#endif
#ifdef KVM_HAS_DEVICE_ATTR
_Static_assert((uint64_t)(KVM_HAS_DEVICE_ATTR) == (uint64_t)(0x4018aee3), "ioctl_names: KVM_HAS_DEVICE_ATTR");
#endif
#ifdef F2FS_IOC_GARBAGE_COLLECT_RANGE
_Static_assert((uint64_t)(F2FS_IOC_GARBAGE_COLLECT_RANGE) == (uint64_t)(0x4018f50b), "ioctl_names: F2FS_IOC_GARBAGE_COLLECT_RANGE");
#endif
#ifdef F2FS_IOC_SEC_TRIM_FILE
_Static_assert((uint64_t)(F2FS_IOC_SEC_TRIM_FILE) == (uint64_t)(0x4018f514), "ioctl_names: F2FS_IOC_SEC_TRIM_FILE");
#endif
#ifdef UI_ABS_SETUP
_Static_assert((uint64_t)(UI_ABS_SETUP) == (uint64_t)(0x401c5504), "ioctl_names: UI_ABS_SETUP");
#endif
#ifdef FS_IOC_FSSETXATTR
_Static_assert((uint64_t)(FS_IOC_FSSETXATTR) == (uint64_t)(0x401c5820), "ioctl_names: FS_IOC_FSSETXATTR");
#endif
#ifdef BR2684_SETFILT
_Static_assert((uint64_t)(BR2684_SETFILT) == (uint64_t)(0x401c6190), "ioctl_names: BR2684_SETFILT");
#endif
#ifdef FDSETPRM
_Static_assert((uint64_t)(FDSETPRM) == (uint64_t)(0x40200242), "ioctl_names: FDSETPRM");
#endif
#ifdef FDDEFPRM
_Static_assert((uint64_t)(FDDEFPRM) == (uint64_t)(0x40200243), "ioctl_names: FDDEFPRM");
#endif
#ifdef VIDIOC_SUBSCRIBE_EVENT
_Static_assert((uint64_t)(VIDIOC_SUBSCRIBE_EVENT) == (uint64_t)(0x4020565a), "ioctl_names: VIDIOC_SUBSCRIBE_EVENT");
#endif
#ifdef VIDIOC_UNSUBSCRIBE_EVENT
_Static_assert((uint64_t)(VIDIOC_UNSUBSCRIBE_EVENT) == (uint64_t)(0x4020565b), "ioctl_names: VIDIOC_UNSUBSCRIBE_EVENT");
#endif
#ifdef RTC_PLL_SET
_Static_assert((uint64_t)(RTC_PLL_SET) == (uint64_t)(0x40207012), "ioctl_names: RTC_PLL_SET");
#endif
#ifdef BTRFS_IOC_CLONE_RANGE
_Static_assert((uint64_t)(BTRFS_IOC_CLONE_RANGE) == (uint64_t)(0x4020940d), "ioctl_names: BTRFS_IOC_CLONE_RANGE");
#endif
#ifdef FICLONERANGE
_Static_assert((uint64_t)(FICLONERANGE) == (uint64_t)(0x4020940d), "ioctl_names: FICLONERANGE");
#endif
#ifdef KVM_SET_MEMORY_ALIAS
_Static_assert((uint64_t)(KVM_SET_MEMORY_ALIAS) == (uint64_t)(0x4020ae43), "ioctl_names: KVM_SET_MEMORY_ALIAS");
#endif
#ifdef KVM_SET_USER_MEMORY_REGION
_Static_assert((uint64_t)(KVM_SET_USER_MEMORY_REGION) == (uint64_t)(0x4020ae46), "ioctl_names: KVM_SET_USER_MEMORY_REGION");
#endif
#ifdef KVM_IRQFD
_Static_assert((uint64_t)(KVM_IRQFD) == (uint64_t)(0x4020ae76), "ioctl_names: KVM_IRQFD");
#endif
#ifdef KVM_SIGNAL_MSI
_Static_assert((uint64_t)(KVM_SIGNAL_MSI) == (uint64_t)(0x4020aea5), "ioctl_names: KVM_SIGNAL_MSI");
#endif
#ifdef KVM_SET_PMU_EVENT_FILTER
_Static_assert((uint64_t)(KVM_SET_PMU_EVENT_FILTER) == (uint64_t)(0x4020aeb2), "ioctl_names: KVM_SET_PMU_EVENT_FILTER");
#endif
#ifdef OCXL_IOCTL_ATTACH
_Static_assert((uint64_t)(OCXL_IOCTL_ATTACH) == (uint64_t)(0x4020ca10), "ioctl_names: OCXL_IOCTL_ATTACH");
#endif
#ifdef JSIOCSCORR
_Static_assert((uint64_t)(JSIOCSCORR) == (uint64_t)(0x40246a21), "ioctl_names: JSIOCSCORR");
#endif
#ifdef RTC_ALM_SET
_Static_assert((uint64_t)(RTC_ALM_SET) == (uint64_t)(0x40247007), "ioctl_names: RTC_ALM_SET");
#endif
#ifdef RTC_SET_TIME
_Static_assert((uint64_t)(RTC_SET_TIME) == (uint64_t)(0x4024700a), "ioctl_names: RTC_SET_TIME");
#endif
#ifdef HFI1_IOCTL_CTXT_INFO
_Static_assert((uint64_t)(HFI1_IOCTL_CTXT_INFO) == (uint64_t)(0x40281be2), "ioctl_names: HFI1_IOCTL_CTXT_INFO");
#endif
#ifdef FW_CDEV_IOC_SEND_REQUEST
_Static_assert((uint64_t)(FW_CDEV_IOC_SEND_REQUEST) == (uint64_t)(0x40282301), "ioctl_names: FW_CDEV_IOC_SEND_REQUEST");
#endif
#ifdef FW_CDEV_IOC_SEND_BROADCAST_REQUEST
_Static_assert((uint64_t)(FW_CDEV_IOC_SEND_BROADCAST_REQUEST) == (uint64_t)(0x40282312), "ioctl_names: FW_CDEV_IOC_SEND_BROADCAST_REQUEST");
#endif
#ifdef FW_CDEV_IOC_SEND_STREAM_PACKET
_Static_assert((uint64_t)(FW_CDEV_IOC_SEND_STREAM_PACKET) == (uint64_t)(0x40282313), "ioctl_names: FW_CDEV_IOC_SEND_STREAM_PACKET");
#endif
#ifdef EVIOCSKEYCODE_V2
_Static_assert((uint64_t)(EVIOCSKEYCODE_V2) == (uint64_t)(0x40284504), "ioctl_names: EVIOCSKEYCODE_V2");
#endif
#ifdef RTC_WKALM_SET
_Static_assert((uint64_t)(RTC_WKALM_SET) == (uint64_t)(0x4028700f), "ioctl_names: RTC_WKALM_SET");
#endif
#ifdef VHOST_SET_VRING_ADDR
_Static_assert((uint64_t)(VHOST_SET_VRING_ADDR) == (uint64_t)(0x4028af11), "ioctl_names: VHOST_SET_VRING_ADDR");
#endif
#ifdef RPMSG_CREATE_EPT_IOCTL
_Static_assert((uint64_t)(RPMSG_CREATE_EPT_IOCTL) == (uint64_t)(0x4028b501), "ioctl_names: RPMSG_CREATE_EPT_IOCTL");
#endif
#ifdef RPMSG_CREATE_DEV_IOCTL
_Static_assert((uint64_t)(RPMSG_CREATE_DEV_IOCTL) == (uint64_t)(0x4028b503), "ioctl_names: RPMSG_CREATE_DEV_IOCTL");
#endif
#ifdef RPMSG_RELEASE_DEV_IOCTL
_Static_assert((uint64_t)(RPMSG_RELEASE_DEV_IOCTL) == (uint64_t)(0x4028b504), "ioctl_names: RPMSG_RELEASE_DEV_IOCTL");
#endif
#ifdef TCSETS2
_Static_assert((uint64_t)(TCSETS2) == (uint64_t)(0x402c542b), "ioctl_names: TCSETS2");
#endif
#ifdef TCSETSW2
_Static_assert((uint64_t)(TCSETSW2) == (uint64_t)(0x402c542c), "ioctl_names: TCSETSW2");
#endif
#ifdef TCSETSF2
_Static_assert((uint64_t)(TCSETSF2) == (uint64_t)(0x402c542d), "ioctl_names: TCSETSF2");
#endif
#ifdef VIDIOC_S_FREQUENCY
_Static_assert((uint64_t)(VIDIOC_S_FREQUENCY) == (uint64_t)(0x402c5639), "ioctl_names: VIDIOC_S_FREQUENCY");
#endif
#ifdef EVIOCSFF
_Static_assert((uint64_t)(EVIOCSFF) == (uint64_t)(0x40304580), "ioctl_names: EVIOCSFF");
#endif
#ifdef VIDIOC_S_FBUF
_Static_assert((uint64_t)(VIDIOC_S_FBUF) == (uint64_t)(0x4030560b), "ioctl_names: VIDIOC_S_FBUF");
#endif
#ifdef VIDIOC_S_HW_FREQ_SEEK
_Static_assert((uint64_t)(VIDIOC_S_HW_FREQ_SEEK) == (uint64_t)(0x40305652), "ioctl_names: VIDIOC_S_HW_FREQ_SEEK");
#endif
#ifdef BTRFS_IOC_DEFRAG_RANGE
_Static_assert((uint64_t)(BTRFS_IOC_DEFRAG_RANGE) == (uint64_t)(0x40309410), "ioctl_names: BTRFS_IOC_DEFRAG_RANGE");
#endif
#ifdef BTRFS_IOC_SET_FEATURES
_Static_assert((uint64_t)(BTRFS_IOC_SET_FEATURES) == (uint64_t)(0x40309439), "ioctl_names: BTRFS_IOC_SET_FEATURES");
#endif
#ifdef KVM_SET_CLOCK
_Static_assert((uint64_t)(KVM_SET_CLOCK) == (uint64_t)(0x4030ae7b), "ioctl_names: KVM_SET_CLOCK");
#endif
#ifdef GSMIOC_ENABLE_NET
_Static_assert((uint64_t)(GSMIOC_ENABLE_NET) == (uint64_t)(0x40344702), "ioctl_names: GSMIOC_ENABLE_NET");
#endif
#ifdef VIDIOC_S_AUDIO
_Static_assert((uint64_t)(VIDIOC_S_AUDIO) == (uint64_t)(0x40345622), "ioctl_names: VIDIOC_S_AUDIO");
#endif
#ifdef VIDIOC_S_AUDOUT
_Static_assert((uint64_t)(VIDIOC_S_AUDOUT) == (uint64_t)(0x40345632), "ioctl_names: VIDIOC_S_AUDOUT");
#endif
#ifdef PTP_PEROUT_REQUEST
_Static_assert((uint64_t)(PTP_PEROUT_REQUEST) == (uint64_t)(0x40383d03), "ioctl_names: PTP_PEROUT_REQUEST");
#endif
#ifdef PTP_PEROUT_REQUEST2
_Static_assert((uint64_t)(PTP_PEROUT_REQUEST2) == (uint64_t)(0x40383d0c), "ioctl_names: PTP_PEROUT_REQUEST2");
#endif
#ifdef VIDIOC_DBG_S_REGISTER
_Static_assert((uint64_t)(VIDIOC_DBG_S_REGISTER) == (uint64_t)(0x4038564f), "ioctl_names: VIDIOC_DBG_S_REGISTER");
#endif
#ifdef KVM_XEN_HVM_CONFIG
_Static_assert((uint64_t)(KVM_XEN_HVM_CONFIG) == (uint64_t)(0x4038ae7a), "ioctl_names: KVM_XEN_HVM_CONFIG");
#endif
#ifdef UVCIOC_SEND_RESPONSE
_Static_assert((uint64_t)(UVCIOC_SEND_RESPONSE) == (uint64_t)(0x40405501), "ioctl_names: UVCIOC_SEND_RESPONSE");
#endif
#ifdef JSIOCSAXMAP
_Static_assert((uint64_t)(JSIOCSAXMAP) == (uint64_t)(0x40406a31), "ioctl_names: JSIOCSAXMAP");
#endif
#ifdef BTRFS_IOC_QUOTA_RESCAN
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_RESCAN) == (uint64_t)(0x4040942c), "ioctl_names: BTRFS_IOC_QUOTA_RESCAN");
#endif
#ifdef KVM_ASSIGN_DEV_IRQ
_Static_assert((uint64_t)(KVM_ASSIGN_DEV_IRQ) == (uint64_t)(0x4040ae70), "ioctl_names: KVM_ASSIGN_DEV_IRQ");
#endif
#ifdef KVM_DEASSIGN_PCI_DEVICE
_Static_assert((uint64_t)(KVM_DEASSIGN_PCI_DEVICE) == (uint64_t)(0x4040ae72), "ioctl_names: KVM_DEASSIGN_PCI_DEVICE");
#endif
#ifdef KVM_DEASSIGN_DEV_IRQ
_Static_assert((uint64_t)(KVM_DEASSIGN_DEV_IRQ) == (uint64_t)(0x4040ae75), "ioctl_names: KVM_DEASSIGN_DEV_IRQ");
#endif
#ifdef KVM_CREATE_PIT2
_Static_assert((uint64_t)(KVM_CREATE_PIT2) == (uint64_t)(0x4040ae77), "ioctl_names: KVM_CREATE_PIT2");
#endif
#ifdef KVM_IOEVENTFD
_Static_assert((uint64_t)(KVM_IOEVENTFD) == (uint64_t)(0x4040ae79), "ioctl_names: KVM_IOEVENTFD");
#endif
#ifdef KVM_X86_SET_MCE
_Static_assert((uint64_t)(KVM_X86_SET_MCE) == (uint64_t)(0x4040ae9e), "ioctl_names: KVM_X86_SET_MCE");
#endif
#ifdef KVM_SET_VCPU_EVENTS
_Static_assert((uint64_t)(KVM_SET_VCPU_EVENTS) == (uint64_t)(0x4040aea0), "ioctl_names: KVM_SET_VCPU_EVENTS");
#endif
#ifdef KVM_ASSIGN_SET_INTX_MASK
_Static_assert((uint64_t)(KVM_ASSIGN_SET_INTX_MASK) == (uint64_t)(0x4040aea4), "ioctl_names: KVM_ASSIGN_SET_INTX_MASK");
#endif
#ifdef CXL_IOCTL_START_WORK
_Static_assert((uint64_t)(CXL_IOCTL_START_WORK) == (uint64_t)(0x4040ca00), "ioctl_names: CXL_IOCTL_START_WORK");
#endif
#ifdef CXL_IOCTL_DOWNLOAD_IMAGE
_Static_assert((uint64_t)(CXL_IOCTL_DOWNLOAD_IMAGE) == (uint64_t)(0x4040ca0a), "ioctl_names: CXL_IOCTL_DOWNLOAD_IMAGE");
#endif
#ifdef CXL_IOCTL_VALIDATE_IMAGE
_Static_assert((uint64_t)(CXL_IOCTL_VALIDATE_IMAGE) == (uint64_t)(0x4040ca0b), "ioctl_names: CXL_IOCTL_VALIDATE_IMAGE");
#endif
#ifdef VIDIOC_S_MODULATOR
_Static_assert((uint64_t)(VIDIOC_S_MODULATOR) == (uint64_t)(0x40445637), "ioctl_names: VIDIOC_S_MODULATOR");
#endif
#ifdef VK_IOCTL_LOAD_IMAGE
_Static_assert((uint64_t)(VK_IOCTL_LOAD_IMAGE) == (uint64_t)(0x40445e02), "ioctl_names: VK_IOCTL_LOAD_IMAGE");
#endif
#ifdef BTRFS_IOC_SEND
_Static_assert((uint64_t)(BTRFS_IOC_SEND) == (uint64_t)(0x40489426), "ioctl_names: BTRFS_IOC_SEND");
#endif
#ifdef KVM_SET_GUEST_DEBUG
_Static_assert((uint64_t)(KVM_SET_GUEST_DEBUG) == (uint64_t)(0x4048ae9b), "ioctl_names: KVM_SET_GUEST_DEBUG");
#endif
#ifdef KVM_XEN_HVM_SET_ATTR
_Static_assert((uint64_t)(KVM_XEN_HVM_SET_ATTR) == (uint64_t)(0x4048aec9), "ioctl_names: KVM_XEN_HVM_SET_ATTR");
#endif
#ifdef KVM_XEN_VCPU_SET_ATTR
_Static_assert((uint64_t)(KVM_XEN_VCPU_SET_ATTR) == (uint64_t)(0x4048aecb), "ioctl_names: KVM_XEN_VCPU_SET_ATTR");
#endif
#ifdef GSMIOC_SETCONF
_Static_assert((uint64_t)(GSMIOC_SETCONF) == (uint64_t)(0x404c4701), "ioctl_names: GSMIOC_SETCONF");
#endif
#ifdef VIDIOC_S_TUNER
_Static_assert((uint64_t)(VIDIOC_S_TUNER) == (uint64_t)(0x4054561e), "ioctl_names: VIDIOC_S_TUNER");
#endif
#ifdef UI_DEV_SETUP
_Static_assert((uint64_t)(UI_DEV_SETUP) == (uint64_t)(0x405c5503), "ioctl_names: UI_DEV_SETUP");
#endif
#ifdef PTP_PIN_SETFUNC
_Static_assert((uint64_t)(PTP_PIN_SETFUNC) == (uint64_t)(0x40603d07), "ioctl_names: PTP_PIN_SETFUNC");
#endif
#ifdef PTP_PIN_SETFUNC2
_Static_assert((uint64_t)(PTP_PIN_SETFUNC2) == (uint64_t)(0x40603d10), "ioctl_names: PTP_PIN_SETFUNC2");
#endif
#ifdef UI_END_FF_UPLOAD
_Static_assert((uint64_t)(UI_END_FF_UPLOAD) == (uint64_t)(0x406855c9), "ioctl_names: UI_END_FF_UPLOAD");
#endif
#ifdef KVM_ENABLE_CAP
_Static_assert((uint64_t)(KVM_ENABLE_CAP) == (uint64_t)(0x4068aea3), "ioctl_names: KVM_ENABLE_CAP");
#endif
#ifdef KVM_SET_PIT2
_Static_assert((uint64_t)(KVM_SET_PIT2) == (uint64_t)(0x4070aea0), "ioctl_names: KVM_SET_PIT2");
#endif
#ifdef HFI1_IOCTL_USER_INFO
_Static_assert((uint64_t)(HFI1_IOCTL_USER_INFO) == (uint64_t)(0x40781be3), "ioctl_names: HFI1_IOCTL_USER_INFO");
#endif
#ifdef FDSETDRVPRM
_Static_assert((uint64_t)(FDSETDRVPRM) == (uint64_t)(0x40800290), "ioctl_names: FDSETDRVPRM");
#endif
#ifdef FS_IOC_ENABLE_VERITY
_Static_assert((uint64_t)(FS_IOC_ENABLE_VERITY) == (uint64_t)(0x40806685), "ioctl_names: FS_IOC_ENABLE_VERITY");
#endif
#ifdef BTRFS_IOC_ENCODED_WRITE
_Static_assert((uint64_t)(BTRFS_IOC_ENCODED_WRITE) == (uint64_t)(0x40809440), "ioctl_names: BTRFS_IOC_ENCODED_WRITE");
#endif
#ifdef KVM_SET_DEBUGREGS
_Static_assert((uint64_t)(KVM_SET_DEBUGREGS) == (uint64_t)(0x4080aea2), "ioctl_names: KVM_SET_DEBUGREGS");
#endif
#ifdef KVM_SET_NESTED_STATE
_Static_assert((uint64_t)(KVM_SET_NESTED_STATE) == (uint64_t)(0x4080aebf), "ioctl_names: KVM_SET_NESTED_STATE");
#endif
#ifdef VIDIOC_S_JPEGCOMP
_Static_assert((uint64_t)(VIDIOC_S_JPEGCOMP) == (uint64_t)(0x408c563e), "ioctl_names: VIDIOC_S_JPEGCOMP");
#endif
#ifdef KVM_SET_REGS
_Static_assert((uint64_t)(KVM_SET_REGS) == (uint64_t)(0x4090ae82), "ioctl_names: KVM_SET_REGS");
#endif
#ifdef VHOST_SCSI_SET_ENDPOINT
_Static_assert((uint64_t)(VHOST_SCSI_SET_ENDPOINT) == (uint64_t)(0x40e8af40), "ioctl_names: VHOST_SCSI_SET_ENDPOINT");
#endif
#ifdef VHOST_SCSI_CLEAR_ENDPOINT
_Static_assert((uint64_t)(VHOST_SCSI_CLEAR_ENDPOINT) == (uint64_t)(0x40e8af41), "ioctl_names: VHOST_SCSI_CLEAR_ENDPOINT");
#endif
#ifdef FS_IOC_SETFSLABEL
_Static_assert((uint64_t)(FS_IOC_SETFSLABEL) == (uint64_t)(0x41009432), "ioctl_names: FS_IOC_SETFSLABEL");
#endif
#ifdef USB_RAW_IOCTL_INIT
_Static_assert((uint64_t)(USB_RAW_IOCTL_INIT) == (uint64_t)(0x41015500), "ioctl_names: USB_RAW_IOCTL_INIT");
#endif
#ifdef KVM_SET_SREGS
_Static_assert((uint64_t)(KVM_SET_SREGS) == (uint64_t)(0x4138ae84), "ioctl_names: KVM_SET_SREGS");
#endif
#ifdef KVM_SET_SREGS2
_Static_assert((uint64_t)(KVM_SET_SREGS2) == (uint64_t)(0x4140aecd), "ioctl_names: KVM_SET_SREGS2");
#endif
#ifdef KVM_SET_XCRS
_Static_assert((uint64_t)(KVM_SET_XCRS) == (uint64_t)(0x4188aea7), "ioctl_names: KVM_SET_XCRS");
#endif
#ifdef KVM_X86_SET_MSR_FILTER
_Static_assert((uint64_t)(KVM_X86_SET_MSR_FILTER) == (uint64_t)(0x4188aec6), "ioctl_names: KVM_X86_SET_MSR_FILTER");
#endif
#ifdef KVM_SET_FPU
_Static_assert((uint64_t)(KVM_SET_FPU) == (uint64_t)(0x41a0ae8d), "ioctl_names: KVM_SET_FPU");
#endif
#ifdef PTP_SYS_OFFSET
_Static_assert((uint64_t)(PTP_SYS_OFFSET) == (uint64_t)(0x43403d05), "ioctl_names: PTP_SYS_OFFSET");
#endif
#ifdef PTP_SYS_OFFSET2
_Static_assert((uint64_t)(PTP_SYS_OFFSET2) == (uint64_t)(0x43403d0e), "ioctl_names: PTP_SYS_OFFSET2");
#endif
#ifdef JSIOCSBTNMAP
_Static_assert((uint64_t)(JSIOCSBTNMAP) == (uint64_t)(0x44006a33), "ioctl_names: JSIOCSBTNMAP");
#endif
#ifdef KVM_SET_LAPIC
_Static_assert((uint64_t)(KVM_SET_LAPIC) == (uint64_t)(0x4400ae8f), "ioctl_names: KVM_SET_LAPIC");
#endif
#ifdef BTRFS_IOC_SNAP_CREATE
_Static_assert((uint64_t)(BTRFS_IOC_SNAP_CREATE) == (uint64_t)(0x50009401), "ioctl_names: BTRFS_IOC_SNAP_CREATE");
#endif
#ifdef BTRFS_IOC_DEFRAG
_Static_assert((uint64_t)(BTRFS_IOC_DEFRAG) == (uint64_t)(0x50009402), "ioctl_names: BTRFS_IOC_DEFRAG");
#endif
#ifdef BTRFS_IOC_RESIZE
_Static_assert((uint64_t)(BTRFS_IOC_RESIZE) == (uint64_t)(0x50009403), "ioctl_names: BTRFS_IOC_RESIZE");
#endif
#ifdef BTRFS_IOC_SCAN_DEV
_Static_assert((uint64_t)(BTRFS_IOC_SCAN_DEV) == (uint64_t)(0x50009404), "ioctl_names: BTRFS_IOC_SCAN_DEV");
#endif
#ifdef BTRFS_IOC_FORGET_DEV
_Static_assert((uint64_t)(BTRFS_IOC_FORGET_DEV) == (uint64_t)(0x50009405), "ioctl_names: BTRFS_IOC_FORGET_DEV");
#endif
#ifdef BTRFS_IOC_ADD_DEV
_Static_assert((uint64_t)(BTRFS_IOC_ADD_DEV) == (uint64_t)(0x5000940a), "ioctl_names: BTRFS_IOC_ADD_DEV");
#endif
#ifdef BTRFS_IOC_RM_DEV
_Static_assert((uint64_t)(BTRFS_IOC_RM_DEV) == (uint64_t)(0x5000940b), "ioctl_names: BTRFS_IOC_RM_DEV");
#endif
#ifdef BTRFS_IOC_BALANCE
_Static_assert((uint64_t)(BTRFS_IOC_BALANCE) == (uint64_t)(0x5000940c), "ioctl_names: BTRFS_IOC_BALANCE");
#endif
#ifdef BTRFS_IOC_SUBVOL_CREATE
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_CREATE) == (uint64_t)(0x5000940e), "ioctl_names: BTRFS_IOC_SUBVOL_CREATE");
#endif
#ifdef BTRFS_IOC_SNAP_DESTROY
_Static_assert((uint64_t)(BTRFS_IOC_SNAP_DESTROY) == (uint64_t)(0x5000940f), "ioctl_names: BTRFS_IOC_SNAP_DESTROY");
#endif
#ifdef BTRFS_IOC_SNAP_CREATE_V2
_Static_assert((uint64_t)(BTRFS_IOC_SNAP_CREATE_V2) == (uint64_t)(0x50009417), "ioctl_names: BTRFS_IOC_SNAP_CREATE_V2");
#endif
#ifdef BTRFS_IOC_SUBVOL_CREATE_V2
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_CREATE_V2) == (uint64_t)(0x50009418), "ioctl_names: BTRFS_IOC_SUBVOL_CREATE_V2");
#endif
#ifdef BTRFS_IOC_RM_DEV_V2
_Static_assert((uint64_t)(BTRFS_IOC_RM_DEV_V2) == (uint64_t)(0x5000943a), "ioctl_names: BTRFS_IOC_RM_DEV_V2");
#endif
#ifdef BTRFS_IOC_SNAP_DESTROY_V2
_Static_assert((uint64_t)(BTRFS_IOC_SNAP_DESTROY_V2) == (uint64_t)(0x5000943f), "ioctl_names: BTRFS_IOC_SNAP_DESTROY_V2");
#endif
#ifdef KVM_SET_XSAVE
_Static_assert((uint64_t)(KVM_SET_XSAVE) == (uint64_t)(0x5000aea5), "ioctl_names: KVM_SET_XSAVE");
#endif
#ifdef JSIOCGAXES
_Static_assert((uint64_t)(JSIOCGAXES) == (uint64_t)(0x80016a11), "ioctl_names: JSIOCGAXES");
#endif
#ifdef JSIOCGBUTTONS
_Static_assert((uint64_t)(JSIOCGBUTTONS) == (uint64_t)(0x80016a12), "ioctl_names: JSIOCGBUTTONS");
#endif
#ifdef SPI_IOC_RD_MODE
_Static_assert((uint64_t)(SPI_IOC_RD_MODE) == (uint64_t)(0x80016b01), "ioctl_names: SPI_IOC_RD_MODE");
#endif
#ifdef SPI_IOC_RD_LSB_FIRST
_Static_assert((uint64_t)(SPI_IOC_RD_LSB_FIRST) == (uint64_t)(0x80016b02), "ioctl_names: SPI_IOC_RD_LSB_FIRST");
#endif
#ifdef SPI_IOC_RD_BITS_PER_WORD
_Static_assert((uint64_t)(SPI_IOC_RD_BITS_PER_WORD) == (uint64_t)(0x80016b03), "ioctl_names: SPI_IOC_RD_BITS_PER_WORD");
#endif
#ifdef VHOST_VDPA_GET_STATUS
_Static_assert((uint64_t)(VHOST_VDPA_GET_STATUS) == (uint64_t)(0x8001af71), "ioctl_names: VHOST_VDPA_GET_STATUS");
#endif
#ifdef CAPI_GET_ERRCODE
_Static_assert((uint64_t)(CAPI_GET_ERRCODE) == (uint64_t)(0x80024321), "ioctl_names: CAPI_GET_ERRCODE");
#endif
#ifdef CAPI_INSTALLED
_Static_assert((uint64_t)(CAPI_INSTALLED) == (uint64_t)(0x80024322), "ioctl_names: CAPI_INSTALLED");
#endif
#ifdef SDTX_IOCTL_GET_DEVICE_MODE
_Static_assert((uint64_t)(SDTX_IOCTL_GET_DEVICE_MODE) == (uint64_t)(0x8002a52a), "ioctl_names: SDTX_IOCTL_GET_DEVICE_MODE");
#endif
#ifdef SDTX_IOCTL_GET_LATCH_STATUS
_Static_assert((uint64_t)(SDTX_IOCTL_GET_LATCH_STATUS) == (uint64_t)(0x8002a52b), "ioctl_names: SDTX_IOCTL_GET_LATCH_STATUS");
#endif
#ifdef VHOST_VDPA_GET_VRING_NUM
_Static_assert((uint64_t)(VHOST_VDPA_GET_VRING_NUM) == (uint64_t)(0x8002af76), "ioctl_names: VHOST_VDPA_GET_VRING_NUM");
#endif
#ifdef F2FS_IOC_GET_COMPRESS_OPTION
_Static_assert((uint64_t)(F2FS_IOC_GET_COMPRESS_OPTION) == (uint64_t)(0x8002f515), "ioctl_names: F2FS_IOC_GET_COMPRESS_OPTION");
#endif
#ifdef BLKGETZONESZ
_Static_assert((uint64_t)(BLKGETZONESZ) == (uint64_t)(0x80041284), "ioctl_names: BLKGETZONESZ");
#endif
#ifdef BLKGETNRZONES
_Static_assert((uint64_t)(BLKGETNRZONES) == (uint64_t)(0x80041285), "ioctl_names: BLKGETNRZONES");
#endif
#ifdef HFI1_IOCTL_GET_VERS
_Static_assert((uint64_t)(HFI1_IOCTL_GET_VERS) == (uint64_t)(0x80041bee), "ioctl_names: HFI1_IOCTL_GET_VERS");
#endif
#ifdef CCISS_GETHEARTBEAT
_Static_assert((uint64_t)(CCISS_GETHEARTBEAT) == (uint64_t)(0x80044206), "ioctl_names: CCISS_GETHEARTBEAT");
#endif
#ifdef CCISS_GETBUSTYPES
_Static_assert((uint64_t)(CCISS_GETBUSTYPES) == (uint64_t)(0x80044207), "ioctl_names: CCISS_GETBUSTYPES");
#endif
#ifdef CCISS_GETFIRMVER
_Static_assert((uint64_t)(CCISS_GETFIRMVER) == (uint64_t)(0x80044208), "ioctl_names: CCISS_GETFIRMVER");
#endif
#ifdef CCISS_GETDRIVVER
_Static_assert((uint64_t)(CCISS_GETDRIVVER) == (uint64_t)(0x80044209), "ioctl_names: CCISS_GETDRIVVER");
#endif
#ifdef CAPI_GET_FLAGS
_Static_assert((uint64_t)(CAPI_GET_FLAGS) == (uint64_t)(0x80044323), "ioctl_names: CAPI_GET_FLAGS");
#endif
#ifdef CAPI_SET_FLAGS
_Static_assert((uint64_t)(CAPI_SET_FLAGS) == (uint64_t)(0x80044324), "ioctl_names: CAPI_SET_FLAGS");
#endif
#ifdef CAPI_CLR_FLAGS
_Static_assert((uint64_t)(CAPI_CLR_FLAGS) == (uint64_t)(0x80044325), "ioctl_names: CAPI_CLR_FLAGS");
#endif
#ifdef CAPI_NCCI_OPENCOUNT
_Static_assert((uint64_t)(CAPI_NCCI_OPENCOUNT) == (uint64_t)(0x80044326), "ioctl_names: CAPI_NCCI_OPENCOUNT");
#endif
#ifdef CAPI_NCCI_GETUNIT
_Static_assert((uint64_t)(CAPI_NCCI_GETUNIT) == (uint64_t)(0x80044327), "ioctl_names: CAPI_NCCI_GETUNIT");
#endif
#ifdef EVIOCGVERSION
_Static_assert((uint64_t)(EVIOCGVERSION) == (uint64_t)(0x80044501), "ioctl_names: EVIOCGVERSION");
#endif
#ifdef EVIOCGEFFECTS
_Static_assert((uint64_t)(EVIOCGEFFECTS) == (uint64_t)(0x80044584), "ioctl_names: EVIOCGEFFECTS");
#endif
#ifdef GSMIOC_GETFIRST
_Static_assert((uint64_t)(GSMIOC_GETFIRST) == (uint64_t)(0x80044704), "ioctl_names: GSMIOC_GETFIRST");
#endif
#ifdef MCE_GET_RECORD_LEN
_Static_assert((uint64_t)(MCE_GET_RECORD_LEN) == (uint64_t)(0x80044d01), "ioctl_names: MCE_GET_RECORD_LEN");
#endif
#ifdef MCE_GET_LOG_LEN
_Static_assert((uint64_t)(MCE_GET_LOG_LEN) == (uint64_t)(0x80044d02), "ioctl_names: MCE_GET_LOG_LEN");
#endif
#ifdef MCE_GETCLEAR_FLAGS
_Static_assert((uint64_t)(MCE_GETCLEAR_FLAGS) == (uint64_t)(0x80044d03), "ioctl_names: MCE_GETCLEAR_FLAGS");
#endif
#ifdef RNDGETENTCNT
_Static_assert((uint64_t)(RNDGETENTCNT) == (uint64_t)(0x80045200), "ioctl_names: RNDGETENTCNT");
#endif
#ifdef TIOCGPTN
_Static_assert((uint64_t)(TIOCGPTN) == (uint64_t)(0x80045430), "ioctl_names: TIOCGPTN");
#endif
#ifdef TIOCGDEV
_Static_assert((uint64_t)(TIOCGDEV) == (uint64_t)(0x80045432), "ioctl_names: TIOCGDEV");
#endif
#ifdef TIOCGPKT
_Static_assert((uint64_t)(TIOCGPKT) == (uint64_t)(0x80045438), "ioctl_names: TIOCGPKT");
#endif
#ifdef TIOCGPTLCK
_Static_assert((uint64_t)(TIOCGPTLCK) == (uint64_t)(0x80045439), "ioctl_names: TIOCGPTLCK");
#endif
#ifdef TIOCGEXCL
_Static_assert((uint64_t)(TIOCGEXCL) == (uint64_t)(0x80045440), "ioctl_names: TIOCGEXCL");
#endif
#ifdef UI_GET_VERSION
_Static_assert((uint64_t)(UI_GET_VERSION) == (uint64_t)(0x8004552d), "ioctl_names: UI_GET_VERSION");
#endif
#ifdef VIDIOC_G_INPUT
_Static_assert((uint64_t)(VIDIOC_G_INPUT) == (uint64_t)(0x80045626), "ioctl_names: VIDIOC_G_INPUT");
#endif
#ifdef VIDIOC_G_OUTPUT
_Static_assert((uint64_t)(VIDIOC_G_OUTPUT) == (uint64_t)(0x8004562e), "ioctl_names: VIDIOC_G_OUTPUT");
#endif
#ifdef VIDIOC_G_PRIORITY
_Static_assert((uint64_t)(VIDIOC_G_PRIORITY) == (uint64_t)(0x80045643), "ioctl_names: VIDIOC_G_PRIORITY");
#endif
#ifdef WDIOC_GETSTATUS
_Static_assert((uint64_t)(WDIOC_GETSTATUS) == (uint64_t)(0x80045701), "ioctl_names: WDIOC_GETSTATUS");
#endif
#ifdef WDIOC_GETBOOTSTATUS
_Static_assert((uint64_t)(WDIOC_GETBOOTSTATUS) == (uint64_t)(0x80045702), "ioctl_names: WDIOC_GETBOOTSTATUS");
#endif
#ifdef WDIOC_GETTEMP
_Static_assert((uint64_t)(WDIOC_GETTEMP) == (uint64_t)(0x80045703), "ioctl_names: WDIOC_GETTEMP");
#endif
#ifdef WDIOC_SETOPTIONS
_Static_assert((uint64_t)(WDIOC_SETOPTIONS) == (uint64_t)(0x80045704), "ioctl_names: WDIOC_SETOPTIONS");
#endif
#ifdef WDIOC_KEEPALIVE
_Static_assert((uint64_t)(WDIOC_KEEPALIVE) == (uint64_t)(0x80045705), "ioctl_names: WDIOC_KEEPALIVE");
#endif
#ifdef WDIOC_GETTIMEOUT
_Static_assert((uint64_t)(WDIOC_GETTIMEOUT) == (uint64_t)(0x80045707), "ioctl_names: WDIOC_GETTIMEOUT");
#endif
#ifdef WDIOC_GETPRETIMEOUT
_Static_assert((uint64_t)(WDIOC_GETPRETIMEOUT) == (uint64_t)(0x80045709), "ioctl_names: WDIOC_GETPRETIMEOUT");
#endif
#ifdef WDIOC_GETTIMELEFT
_Static_assert((uint64_t)(WDIOC_GETTIMELEFT) == (uint64_t)(0x8004570a), "ioctl_names: WDIOC_GETTIMELEFT");
#endif
#ifdef F2FS_IOC_SHUTDOWN
_Static_assert((uint64_t)(F2FS_IOC_SHUTDOWN) == (uint64_t)(0x8004587d), "ioctl_names: F2FS_IOC_SHUTDOWN");
#endif
#ifdef FS_IOC32_GETFLAGS
_Static_assert((uint64_t)(FS_IOC32_GETFLAGS) == (uint64_t)(0x80046601), "ioctl_names: FS_IOC32_GETFLAGS");
#endif
#ifdef LIRC_GET_FEATURES
_Static_assert((uint64_t)(LIRC_GET_FEATURES) == (uint64_t)(0x80046900), "ioctl_names: LIRC_GET_FEATURES");
#endif
#ifdef LIRC_GET_SEND_MODE
_Static_assert((uint64_t)(LIRC_GET_SEND_MODE) == (uint64_t)(0x80046901), "ioctl_names: LIRC_GET_SEND_MODE");
#endif
#ifdef LIRC_GET_REC_MODE
_Static_assert((uint64_t)(LIRC_GET_REC_MODE) == (uint64_t)(0x80046902), "ioctl_names: LIRC_GET_REC_MODE");
#endif
#ifdef LIRC_GET_REC_RESOLUTION
_Static_assert((uint64_t)(LIRC_GET_REC_RESOLUTION) == (uint64_t)(0x80046907), "ioctl_names: LIRC_GET_REC_RESOLUTION");
#endif
#ifdef I2OVALIDATE
_Static_assert((uint64_t)(I2OVALIDATE) == (uint64_t)(0x80046908), "ioctl_names: I2OVALIDATE");
#endif
#ifdef LIRC_GET_MIN_TIMEOUT
_Static_assert((uint64_t)(LIRC_GET_MIN_TIMEOUT) == (uint64_t)(0x80046908), "ioctl_names: LIRC_GET_MIN_TIMEOUT");
#endif
#ifdef LIRC_GET_MAX_TIMEOUT
_Static_assert((uint64_t)(LIRC_GET_MAX_TIMEOUT) == (uint64_t)(0x80046909), "ioctl_names: LIRC_GET_MAX_TIMEOUT");
#endif
#ifdef LIRC_GET_LENGTH
_Static_assert((uint64_t)(LIRC_GET_LENGTH) == (uint64_t)(0x8004690f), "ioctl_names: LIRC_GET_LENGTH");
#endif
#ifdef LIRC_GET_REC_TIMEOUT
_Static_assert((uint64_t)(LIRC_GET_REC_TIMEOUT) == (uint64_t)(0x80046924), "ioctl_names: LIRC_GET_REC_TIMEOUT");
#endif
#ifdef IIO_GET_EVENT_FD_IOCTL
_Static_assert((uint64_t)(IIO_GET_EVENT_FD_IOCTL) == (uint64_t)(0x80046990), "ioctl_names: IIO_GET_EVENT_FD_IOCTL");
#endif
#ifdef JSIOCGVERSION
_Static_assert((uint64_t)(JSIOCGVERSION) == (uint64_t)(0x80046a01), "ioctl_names: JSIOCGVERSION");
#endif
#ifdef SPI_IOC_RD_MAX_SPEED_HZ
_Static_assert((uint64_t)(SPI_IOC_RD_MAX_SPEED_HZ) == (uint64_t)(0x80046b04), "ioctl_names: SPI_IOC_RD_MAX_SPEED_HZ");
#endif
#ifdef SPI_IOC_RD_MODE32
_Static_assert((uint64_t)(SPI_IOC_RD_MODE32) == (uint64_t)(0x80046b05), "ioctl_names: SPI_IOC_RD_MODE32");
#endif
#ifdef SISFB_GET_INFO_OLD
_Static_assert((uint64_t)(SISFB_GET_INFO_OLD) == (uint64_t)(0x80046ef8), "ioctl_names: SISFB_GET_INFO_OLD");
#endif
#ifdef SISFB_GET_VBRSTATUS_OLD
_Static_assert((uint64_t)(SISFB_GET_VBRSTATUS_OLD) == (uint64_t)(0x80046ef9), "ioctl_names: SISFB_GET_VBRSTATUS_OLD");
#endif
#ifdef SISFB_GET_AUTOMAXIMIZE_OLD
_Static_assert((uint64_t)(SISFB_GET_AUTOMAXIMIZE_OLD) == (uint64_t)(0x80046efa), "ioctl_names: SISFB_GET_AUTOMAXIMIZE_OLD");
#endif
#ifdef RTC_VL_READ
_Static_assert((uint64_t)(RTC_VL_READ) == (uint64_t)(0x80047013), "ioctl_names: RTC_VL_READ");
#endif
#ifdef FSI_SCOM_CHECK
_Static_assert((uint64_t)(FSI_SCOM_CHECK) == (uint64_t)(0x80047300), "ioctl_names: FSI_SCOM_CHECK");
#endif
#ifdef FS_IOC32_GETVERSION
_Static_assert((uint64_t)(FS_IOC32_GETVERSION) == (uint64_t)(0x80047601), "ioctl_names: FS_IOC32_GETVERSION");
#endif
#ifdef AUTOFS_IOC_PROTOVER
_Static_assert((uint64_t)(AUTOFS_IOC_PROTOVER) == (uint64_t)(0x80049363), "ioctl_names: AUTOFS_IOC_PROTOVER");
#endif
#ifdef AUTOFS_IOC_PROTOSUBVER
_Static_assert((uint64_t)(AUTOFS_IOC_PROTOSUBVER) == (uint64_t)(0x80049367), "ioctl_names: AUTOFS_IOC_PROTOSUBVER");
#endif
#ifdef AUTOFS_IOC_ASKUMOUNT
_Static_assert((uint64_t)(AUTOFS_IOC_ASKUMOUNT) == (uint64_t)(0x80049370), "ioctl_names: AUTOFS_IOC_ASKUMOUNT");
#endif
#ifdef TEE_IOC_CLOSE_SESSION
_Static_assert((uint64_t)(TEE_IOC_CLOSE_SESSION) == (uint64_t)(0x8004a405), "ioctl_names: TEE_IOC_CLOSE_SESSION");
#endif
#ifdef GENWQE_GET_CARD_STATE
_Static_assert((uint64_t)(GENWQE_GET_CARD_STATE) == (uint64_t)(0x8004a524), "ioctl_names: GENWQE_GET_CARD_STATE");
#endif
#ifdef SDTX_IOCTL_GET_BASE_INFO
_Static_assert((uint64_t)(SDTX_IOCTL_GET_BASE_INFO) == (uint64_t)(0x8004a529), "ioctl_names: SDTX_IOCTL_GET_BASE_INFO");
#endif
#ifdef KVM_GET_MP_STATE
_Static_assert((uint64_t)(KVM_GET_MP_STATE) == (uint64_t)(0x8004ae98), "ioctl_names: KVM_GET_MP_STATE");
#endif
#ifdef VHOST_VDPA_GET_DEVICE_ID
_Static_assert((uint64_t)(VHOST_VDPA_GET_DEVICE_ID) == (uint64_t)(0x8004af70), "ioctl_names: VHOST_VDPA_GET_DEVICE_ID");
#endif
#ifdef VHOST_VDPA_GET_CONFIG_SIZE
_Static_assert((uint64_t)(VHOST_VDPA_GET_CONFIG_SIZE) == (uint64_t)(0x8004af79), "ioctl_names: VHOST_VDPA_GET_CONFIG_SIZE");
#endif
#ifdef VHOST_VDPA_GET_AS_NUM
_Static_assert((uint64_t)(VHOST_VDPA_GET_AS_NUM) == (uint64_t)(0x8004af7a), "ioctl_names: VHOST_VDPA_GET_AS_NUM");
#endif
#ifdef VHOST_VDPA_GET_VQS_COUNT
_Static_assert((uint64_t)(VHOST_VDPA_GET_VQS_COUNT) == (uint64_t)(0x8004af80), "ioctl_names: VHOST_VDPA_GET_VQS_COUNT");
#endif
#ifdef VHOST_VDPA_GET_GROUP_NUM
_Static_assert((uint64_t)(VHOST_VDPA_GET_GROUP_NUM) == (uint64_t)(0x8004af81), "ioctl_names: VHOST_VDPA_GET_GROUP_NUM");
#endif
#ifdef DFL_FPGA_PORT_ERR_GET_IRQ_NUM
_Static_assert((uint64_t)(DFL_FPGA_PORT_ERR_GET_IRQ_NUM) == (uint64_t)(0x8004b645), "ioctl_names: DFL_FPGA_PORT_ERR_GET_IRQ_NUM");
#endif
#ifdef DFL_FPGA_PORT_UINT_GET_IRQ_NUM
_Static_assert((uint64_t)(DFL_FPGA_PORT_UINT_GET_IRQ_NUM) == (uint64_t)(0x8004b647), "ioctl_names: DFL_FPGA_PORT_UINT_GET_IRQ_NUM");
#endif
#ifdef DFL_FPGA_FME_ERR_GET_IRQ_NUM
_Static_assert((uint64_t)(DFL_FPGA_FME_ERR_GET_IRQ_NUM) == (uint64_t)(0x8004b683), "ioctl_names: DFL_FPGA_FME_ERR_GET_IRQ_NUM");
#endif
#ifdef RPROC_GET_SHUTDOWN_ON_RELEASE
_Static_assert((uint64_t)(RPROC_GET_SHUTDOWN_ON_RELEASE) == (uint64_t)(0x8004b702), "ioctl_names: RPROC_GET_SHUTDOWN_ON_RELEASE");
#endif
#ifdef CXL_IOCTL_GET_PROCESS_ELEMENT
_Static_assert((uint64_t)(CXL_IOCTL_GET_PROCESS_ELEMENT) == (uint64_t)(0x8004ca01), "ioctl_names: CXL_IOCTL_GET_PROCESS_ELEMENT");
#endif
#ifdef SISFB_GET_INFO_SIZE
_Static_assert((uint64_t)(SISFB_GET_INFO_SIZE) == (uint64_t)(0x8004f300), "ioctl_names: SISFB_GET_INFO_SIZE");
#endif
#ifdef SISFB_GET_VBRSTATUS
_Static_assert((uint64_t)(SISFB_GET_VBRSTATUS) == (uint64_t)(0x8004f302), "ioctl_names: SISFB_GET_VBRSTATUS");
#endif
#ifdef SISFB_GET_AUTOMAXIMIZE
_Static_assert((uint64_t)(SISFB_GET_AUTOMAXIMIZE) == (uint64_t)(0x8004f303), "ioctl_names: SISFB_GET_AUTOMAXIMIZE");
#endif
#ifdef SISFB_GET_TVPOSOFFSET
_Static_assert((uint64_t)(SISFB_GET_TVPOSOFFSET) == (uint64_t)(0x8004f304), "ioctl_names: SISFB_GET_TVPOSOFFSET");
#endif
#ifdef F2FS_IOC_GET_FEATURES
_Static_assert((uint64_t)(F2FS_IOC_GET_FEATURES) == (uint64_t)(0x8004f50c), "ioctl_names: F2FS_IOC_GET_FEATURES");
#endif
#ifdef F2FS_IOC_GET_PIN_FILE
_Static_assert((uint64_t)(F2FS_IOC_GET_PIN_FILE) == (uint64_t)(0x8004f50e), "ioctl_names: F2FS_IOC_GET_PIN_FILE");
#endif
#ifdef BLKBSZGET
_Static_assert((uint64_t)(BLKBSZGET) == (uint64_t)(0x80081270), "ioctl_names: BLKBSZGET");
#endif
#ifdef BLKGETSIZE64
_Static_assert((uint64_t)(BLKGETSIZE64) == (uint64_t)(0x80081272), "ioctl_names: BLKGETSIZE64");
#endif
#ifdef BLKGETDISKSEQ
_Static_assert((uint64_t)(BLKGETDISKSEQ) == (uint64_t)(0x80081280), "ioctl_names: BLKGETDISKSEQ");
#endif
#ifdef PERF_EVENT_IOC_ID
_Static_assert((uint64_t)(PERF_EVENT_IOC_ID) == (uint64_t)(0x80082407), "ioctl_names: PERF_EVENT_IOC_ID");
#endif
#ifdef FBIO_RADEON_GET_MIRROR
_Static_assert((uint64_t)(FBIO_RADEON_GET_MIRROR) == (uint64_t)(0x80084003), "ioctl_names: FBIO_RADEON_GET_MIRROR");
#endif
#ifdef CCISS_GETPCIINFO
_Static_assert((uint64_t)(CCISS_GETPCIINFO) == (uint64_t)(0x80084201), "ioctl_names: CCISS_GETPCIINFO");
#endif
#ifdef PMU_IOC_GET_BACKLIGHT
_Static_assert((uint64_t)(PMU_IOC_GET_BACKLIGHT) == (uint64_t)(0x80084201), "ioctl_names: PMU_IOC_GET_BACKLIGHT");
#endif
#ifdef CCISS_GETINTINFO
_Static_assert((uint64_t)(CCISS_GETINTINFO) == (uint64_t)(0x80084202), "ioctl_names: CCISS_GETINTINFO");
#endif
#ifdef PMU_IOC_GET_MODEL
_Static_assert((uint64_t)(PMU_IOC_GET_MODEL) == (uint64_t)(0x80084203), "ioctl_names: PMU_IOC_GET_MODEL");
#endif
#ifdef PMU_IOC_HAS_ADB
_Static_assert((uint64_t)(PMU_IOC_HAS_ADB) == (uint64_t)(0x80084204), "ioctl_names: PMU_IOC_HAS_ADB");
#endif
#ifdef PMU_IOC_CAN_SLEEP
_Static_assert((uint64_t)(PMU_IOC_CAN_SLEEP) == (uint64_t)(0x80084205), "ioctl_names: PMU_IOC_CAN_SLEEP");
#endif
#ifdef PMU_IOC_GRAB_BACKLIGHT
_Static_assert((uint64_t)(PMU_IOC_GRAB_BACKLIGHT) == (uint64_t)(0x80084206), "ioctl_names: PMU_IOC_GRAB_BACKLIGHT");
#endif
#ifdef EVIOCGID
_Static_assert((uint64_t)(EVIOCGID) == (uint64_t)(0x80084502), "ioctl_names: EVIOCGID");
#endif
#ifdef EVIOCGREP
_Static_assert((uint64_t)(EVIOCGREP) == (uint64_t)(0x80084503), "ioctl_names: EVIOCGREP");
#endif
#ifdef EVIOCGKEYCODE
_Static_assert((uint64_t)(EVIOCGKEYCODE) == (uint64_t)(0x80084504), "ioctl_names: EVIOCGKEYCODE");
#endif
#ifdef RNDGETPOOL
_Static_assert((uint64_t)(RNDGETPOOL) == (uint64_t)(0x80085202), "ioctl_names: RNDGETPOOL");
#endif
#ifdef USB_RAW_IOCTL_EVENT_FETCH
_Static_assert((uint64_t)(USB_RAW_IOCTL_EVENT_FETCH) == (uint64_t)(0x80085502), "ioctl_names: USB_RAW_IOCTL_EVENT_FETCH");
#endif
#ifdef VIDIOC_G_STD
_Static_assert((uint64_t)(VIDIOC_G_STD) == (uint64_t)(0x80085617), "ioctl_names: VIDIOC_G_STD");
#endif
#ifdef VIDIOC_QUERYSTD
_Static_assert((uint64_t)(VIDIOC_QUERYSTD) == (uint64_t)(0x8008563f), "ioctl_names: VIDIOC_QUERYSTD");
#endif
#ifdef FS_IOC_GETFLAGS
_Static_assert((uint64_t)(FS_IOC_GETFLAGS) == (uint64_t)(0x80086601), "ioctl_names: FS_IOC_GETFLAGS");
#endif
#ifdef I2OPASSTHRU32
_Static_assert((uint64_t)(I2OPASSTHRU32) == (uint64_t)(0x8008690c), "ioctl_names: I2OPASSTHRU32");
#endif
#ifdef MTIOCPOS
_Static_assert((uint64_t)(MTIOCPOS) == (uint64_t)(0x80086d03), "ioctl_names: MTIOCPOS");
#endif
#ifdef MATROXFB_GET_OUTPUT_CONNECTION
_Static_assert((uint64_t)(MATROXFB_GET_OUTPUT_CONNECTION) == (uint64_t)(0x80086ef8), "ioctl_names: MATROXFB_GET_OUTPUT_CONNECTION");
#endif
#ifdef MATROXFB_GET_AVAILABLE_OUTPUTS
_Static_assert((uint64_t)(MATROXFB_GET_AVAILABLE_OUTPUTS) == (uint64_t)(0x80086ef9), "ioctl_names: MATROXFB_GET_AVAILABLE_OUTPUTS");
#endif
#ifdef MATROXFB_GET_ALL_OUTPUTS
_Static_assert((uint64_t)(MATROXFB_GET_ALL_OUTPUTS) == (uint64_t)(0x80086efb), "ioctl_names: MATROXFB_GET_ALL_OUTPUTS");
#endif
#ifdef RTC_IRQP_READ
_Static_assert((uint64_t)(RTC_IRQP_READ) == (uint64_t)(0x8008700b), "ioctl_names: RTC_IRQP_READ");
#endif
#ifdef RTC_EPOCH_READ
_Static_assert((uint64_t)(RTC_EPOCH_READ) == (uint64_t)(0x8008700d), "ioctl_names: RTC_EPOCH_READ");
#endif
#ifdef PPS_GETPARAMS
_Static_assert((uint64_t)(PPS_GETPARAMS) == (uint64_t)(0x800870a1), "ioctl_names: PPS_GETPARAMS");
#endif
#ifdef PPS_GETCAP
_Static_assert((uint64_t)(PPS_GETCAP) == (uint64_t)(0x800870a3), "ioctl_names: PPS_GETCAP");
#endif
#ifdef FS_IOC_GETVERSION
_Static_assert((uint64_t)(FS_IOC_GETVERSION) == (uint64_t)(0x80087601), "ioctl_names: FS_IOC_GETVERSION");
#endif
#ifdef BTRFS_IOC_START_SYNC
_Static_assert((uint64_t)(BTRFS_IOC_START_SYNC) == (uint64_t)(0x80089418), "ioctl_names: BTRFS_IOC_START_SYNC");
#endif
#ifdef BTRFS_IOC_SUBVOL_GETFLAGS
_Static_assert((uint64_t)(BTRFS_IOC_SUBVOL_GETFLAGS) == (uint64_t)(0x80089419), "ioctl_names: BTRFS_IOC_SUBVOL_GETFLAGS");
#endif
#ifdef TEE_IOC_CANCEL
_Static_assert((uint64_t)(TEE_IOC_CANCEL) == (uint64_t)(0x8008a404), "ioctl_names: TEE_IOC_CANCEL");
#endif
#ifdef KVM_X86_GET_MCE_CAP_SUPPORTED
_Static_assert((uint64_t)(KVM_X86_GET_MCE_CAP_SUPPORTED) == (uint64_t)(0x8008ae9d), "ioctl_names: KVM_X86_GET_MCE_CAP_SUPPORTED");
#endif
#ifdef VHOST_GET_FEATURES
_Static_assert((uint64_t)(VHOST_GET_FEATURES) == (uint64_t)(0x8008af00), "ioctl_names: VHOST_GET_FEATURES");
#endif
#ifdef VHOST_GET_BACKEND_FEATURES
_Static_assert((uint64_t)(VHOST_GET_BACKEND_FEATURES) == (uint64_t)(0x8008af26), "ioctl_names: VHOST_GET_BACKEND_FEATURES");
#endif
#ifdef VHOST_VDPA_GET_CONFIG
_Static_assert((uint64_t)(VHOST_VDPA_GET_CONFIG) == (uint64_t)(0x8008af73), "ioctl_names: VHOST_VDPA_GET_CONFIG");
#endif
#ifdef OCXL_IOCTL_IRQ_ALLOC
_Static_assert((uint64_t)(OCXL_IOCTL_IRQ_ALLOC) == (uint64_t)(0x8008ca11), "ioctl_names: OCXL_IOCTL_IRQ_ALLOC");
#endif
#ifdef F2FS_IOC_GET_COMPRESS_BLOCKS
_Static_assert((uint64_t)(F2FS_IOC_GET_COMPRESS_BLOCKS) == (uint64_t)(0x8008f511), "ioctl_names: F2FS_IOC_GET_COMPRESS_BLOCKS");
#endif
#ifdef FUNCTIONFS_ENDPOINT_DESC
_Static_assert((uint64_t)(FUNCTIONFS_ENDPOINT_DESC) == (uint64_t)(0x80096782), "ioctl_names: FUNCTIONFS_ENDPOINT_DESC");
#endif
#ifdef CCISS_GETLUNINFO
_Static_assert((uint64_t)(CCISS_GETLUNINFO) == (uint64_t)(0x800c4211), "ioctl_names: CCISS_GETLUNINFO");
#endif
#ifdef FS_IOC_SET_ENCRYPTION_POLICY
_Static_assert((uint64_t)(FS_IOC_SET_ENCRYPTION_POLICY) == (uint64_t)(0x800c6613), "ioctl_names: FS_IOC_SET_ENCRYPTION_POLICY");
#endif
#ifdef TEE_IOC_VERSION
_Static_assert((uint64_t)(TEE_IOC_VERSION) == (uint64_t)(0x800ca400), "ioctl_names: TEE_IOC_VERSION");
#endif
#ifdef PFRT_LOG_IOC_GET_INFO
_Static_assert((uint64_t)(PFRT_LOG_IOC_GET_INFO) == (uint64_t)(0x800cee07), "ioctl_names: PFRT_LOG_IOC_GET_INFO");
#endif
#ifdef FDGETDRVTYP
_Static_assert((uint64_t)(FDGETDRVTYP) == (uint64_t)(0x8010020f), "ioctl_names: FDGETDRVTYP");
#endif
#ifdef FW_CDEV_IOC_GET_CYCLE_TIMER
_Static_assert((uint64_t)(FW_CDEV_IOC_GET_CYCLE_TIMER) == (uint64_t)(0x8010230c), "ioctl_names: FW_CDEV_IOC_GET_CYCLE_TIMER");
#endif
#ifdef CCISS_GETNODENAME
_Static_assert((uint64_t)(CCISS_GETNODENAME) == (uint64_t)(0x80104204), "ioctl_names: CCISS_GETNODENAME");
#endif
#ifdef EVIOCGMASK
_Static_assert((uint64_t)(EVIOCGMASK) == (uint64_t)(0x80104592), "ioctl_names: EVIOCGMASK");
#endif
#ifdef FS_IOC_GET_ENCRYPTION_NONCE
_Static_assert((uint64_t)(FS_IOC_GET_ENCRYPTION_NONCE) == (uint64_t)(0x8010661b), "ioctl_names: FS_IOC_GET_ENCRYPTION_NONCE");
#endif
#ifdef I2OPASSTHRU
_Static_assert((uint64_t)(I2OPASSTHRU) == (uint64_t)(0x8010690c), "ioctl_names: I2OPASSTHRU");
#endif
#ifdef TEE_IOC_OPEN_SESSION
_Static_assert((uint64_t)(TEE_IOC_OPEN_SESSION) == (uint64_t)(0x8010a402), "ioctl_names: TEE_IOC_OPEN_SESSION");
#endif
#ifdef TEE_IOC_INVOKE
_Static_assert((uint64_t)(TEE_IOC_INVOKE) == (uint64_t)(0x8010a403), "ioctl_names: TEE_IOC_INVOKE");
#endif
#ifdef TEE_IOC_SUPPL_RECV
_Static_assert((uint64_t)(TEE_IOC_SUPPL_RECV) == (uint64_t)(0x8010a406), "ioctl_names: TEE_IOC_SUPPL_RECV");
#endif
#ifdef TEE_IOC_SUPPL_SEND
_Static_assert((uint64_t)(TEE_IOC_SUPPL_SEND) == (uint64_t)(0x8010a407), "ioctl_names: TEE_IOC_SUPPL_SEND");
#endif
#ifdef GENWQE_READ_REG64
_Static_assert((uint64_t)(GENWQE_READ_REG64) == (uint64_t)(0x8010a51e), "ioctl_names: GENWQE_READ_REG64");
#endif
#ifdef GENWQE_READ_REG32
_Static_assert((uint64_t)(GENWQE_READ_REG32) == (uint64_t)(0x8010a520), "ioctl_names: GENWQE_READ_REG32");
#endif
#ifdef GENWQE_READ_REG16
_Static_assert((uint64_t)(GENWQE_READ_REG16) == (uint64_t)(0x8010a522), "ioctl_names: GENWQE_READ_REG16");
#endif
#ifdef KVM_MEMORY_ENCRYPT_REG_REGION
_Static_assert((uint64_t)(KVM_MEMORY_ENCRYPT_REG_REGION) == (uint64_t)(0x8010aebb), "ioctl_names: KVM_MEMORY_ENCRYPT_REG_REGION");
#endif
#ifdef KVM_MEMORY_ENCRYPT_UNREG_REGION
_Static_assert((uint64_t)(KVM_MEMORY_ENCRYPT_UNREG_REGION) == (uint64_t)(0x8010aebc), "ioctl_names: KVM_MEMORY_ENCRYPT_UNREG_REGION");
#endif
#ifdef VHOST_VDPA_GET_IOVA_RANGE
_Static_assert((uint64_t)(VHOST_VDPA_GET_IOVA_RANGE) == (uint64_t)(0x8010af78), "ioctl_names: VHOST_VDPA_GET_IOVA_RANGE");
#endif
#ifdef FDGETMAXERRS
_Static_assert((uint64_t)(FDGETMAXERRS) == (uint64_t)(0x8014020e), "ioctl_names: FDGETMAXERRS");
#endif
#ifdef BTRFS_IOC_GET_FEATURES
_Static_assert((uint64_t)(BTRFS_IOC_GET_FEATURES) == (uint64_t)(0x80189439), "ioctl_names: BTRFS_IOC_GET_FEATURES");
#endif
#ifdef FS_IOC_FSGETXATTR
_Static_assert((uint64_t)(FS_IOC_FSGETXATTR) == (uint64_t)(0x801c581f), "ioctl_names: FS_IOC_FSGETXATTR");
#endif
#ifdef FDGETPRM
_Static_assert((uint64_t)(FDGETPRM) == (uint64_t)(0x80200204), "ioctl_names: FDGETPRM");
#endif
#ifdef SNDRV_FIREWIRE_IOCTL_GET_INFO
_Static_assert((uint64_t)(SNDRV_FIREWIRE_IOCTL_GET_INFO) == (uint64_t)(0x802048f8), "ioctl_names: SNDRV_FIREWIRE_IOCTL_GET_INFO");
#endif
#ifdef I2OGETIOPS
_Static_assert((uint64_t)(I2OGETIOPS) == (uint64_t)(0x80206900), "ioctl_names: I2OGETIOPS");
#endif
#ifdef RTC_PLL_GET
_Static_assert((uint64_t)(RTC_PLL_GET) == (uint64_t)(0x80207011), "ioctl_names: RTC_PLL_GET");
#endif
#ifdef OCXL_IOCTL_ENABLE_P9_WAIT
_Static_assert((uint64_t)(OCXL_IOCTL_ENABLE_P9_WAIT) == (uint64_t)(0x8020ca15), "ioctl_names: OCXL_IOCTL_ENABLE_P9_WAIT");
#endif
#ifdef OCXL_IOCTL_GET_FEATURES
_Static_assert((uint64_t)(OCXL_IOCTL_GET_FEATURES) == (uint64_t)(0x8020ca16), "ioctl_names: OCXL_IOCTL_GET_FEATURES");
#endif
#ifdef JSIOCGCORR
_Static_assert((uint64_t)(JSIOCGCORR) == (uint64_t)(0x80246a22), "ioctl_names: JSIOCGCORR");
#endif
#ifdef RTC_ALM_READ
_Static_assert((uint64_t)(RTC_ALM_READ) == (uint64_t)(0x80247008), "ioctl_names: RTC_ALM_READ");
#endif
#ifdef RTC_RD_TIME
_Static_assert((uint64_t)(RTC_RD_TIME) == (uint64_t)(0x80247009), "ioctl_names: RTC_RD_TIME");
#endif
#ifdef FDGETFDCSTAT
_Static_assert((uint64_t)(FDGETFDCSTAT) == (uint64_t)(0x80280215), "ioctl_names: FDGETFDCSTAT");
#endif
#ifdef FDWERRORGET
_Static_assert((uint64_t)(FDWERRORGET) == (uint64_t)(0x80280217), "ioctl_names: FDWERRORGET");
#endif
#ifdef EVIOCGKEYCODE_V2
_Static_assert((uint64_t)(EVIOCGKEYCODE_V2) == (uint64_t)(0x80284504), "ioctl_names: EVIOCGKEYCODE_V2");
#endif
#ifdef WDIOC_GETSUPPORT
_Static_assert((uint64_t)(WDIOC_GETSUPPORT) == (uint64_t)(0x80285700), "ioctl_names: WDIOC_GETSUPPORT");
#endif
#ifdef RTC_WKALM_RD
_Static_assert((uint64_t)(RTC_WKALM_RD) == (uint64_t)(0x80287010), "ioctl_names: RTC_WKALM_RD");
#endif
#ifdef TCGETS2
_Static_assert((uint64_t)(TCGETS2) == (uint64_t)(0x802c542a), "ioctl_names: TCGETS2");
#endif
#ifdef SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_METER
_Static_assert((uint64_t)(SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_METER) == (uint64_t)(0x803048fc), "ioctl_names: SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_METER");
#endif
#ifdef VIDIOC_G_FBUF
_Static_assert((uint64_t)(VIDIOC_G_FBUF) == (uint64_t)(0x8030560a), "ioctl_names: VIDIOC_G_FBUF");
#endif
#ifdef MTIOCGET
_Static_assert((uint64_t)(MTIOCGET) == (uint64_t)(0x80306d02), "ioctl_names: MTIOCGET");
#endif
#ifdef BTRFS_IOC_QGROUP_LIMIT
_Static_assert((uint64_t)(BTRFS_IOC_QGROUP_LIMIT) == (uint64_t)(0x8030942b), "ioctl_names: BTRFS_IOC_QGROUP_LIMIT");
#endif
#ifdef KVM_GET_CLOCK
_Static_assert((uint64_t)(KVM_GET_CLOCK) == (uint64_t)(0x8030ae7c), "ioctl_names: KVM_GET_CLOCK");
#endif
#ifdef VIDIOC_G_AUDIO
_Static_assert((uint64_t)(VIDIOC_G_AUDIO) == (uint64_t)(0x80345621), "ioctl_names: VIDIOC_G_AUDIO");
#endif
#ifdef VIDIOC_G_AUDOUT
_Static_assert((uint64_t)(VIDIOC_G_AUDOUT) == (uint64_t)(0x80345631), "ioctl_names: VIDIOC_G_AUDOUT");
#endif
#ifdef VIDIOC_SUBDEV_QUERYCAP
_Static_assert((uint64_t)(VIDIOC_SUBDEV_QUERYCAP) == (uint64_t)(0x80405600), "ioctl_names: VIDIOC_SUBDEV_QUERYCAP");
#endif
#ifdef JSIOCGAXMAP
_Static_assert((uint64_t)(JSIOCGAXMAP) == (uint64_t)(0x80406a32), "ioctl_names: JSIOCGAXMAP");
#endif
#ifdef BTRFS_IOC_QUOTA_RESCAN_STATUS
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_RESCAN_STATUS) == (uint64_t)(0x8040942d), "ioctl_names: BTRFS_IOC_QUOTA_RESCAN_STATUS");
#endif
#ifdef KVM_ASSIGN_PCI_DEVICE
_Static_assert((uint64_t)(KVM_ASSIGN_PCI_DEVICE) == (uint64_t)(0x8040ae69), "ioctl_names: KVM_ASSIGN_PCI_DEVICE");
#endif
#ifdef KVM_GET_VCPU_EVENTS
_Static_assert((uint64_t)(KVM_GET_VCPU_EVENTS) == (uint64_t)(0x8040ae9f), "ioctl_names: KVM_GET_VCPU_EVENTS");
#endif
#ifdef CXL_IOCTL_GET_AFU_ID
_Static_assert((uint64_t)(CXL_IOCTL_GET_AFU_ID) == (uint64_t)(0x8040ca02), "ioctl_names: CXL_IOCTL_GET_AFU_ID");
#endif
#ifdef PFRT_LOG_IOC_GET_DATA_INFO
_Static_assert((uint64_t)(PFRT_LOG_IOC_GET_DATA_INFO) == (uint64_t)(0x8040ee08), "ioctl_names: PFRT_LOG_IOC_GET_DATA_INFO");
#endif
#ifdef GPIO_GET_CHIPINFO_IOCTL
_Static_assert((uint64_t)(GPIO_GET_CHIPINFO_IOCTL) == (uint64_t)(0x8044b401), "ioctl_names: GPIO_GET_CHIPINFO_IOCTL");
#endif
#ifdef BTRFS_IOC_GET_SUPPORTED_FEATURES
_Static_assert((uint64_t)(BTRFS_IOC_GET_SUPPORTED_FEATURES) == (uint64_t)(0x80489439), "ioctl_names: BTRFS_IOC_GET_SUPPORTED_FEATURES");
#endif
#ifdef KVM_SET_PIT
_Static_assert((uint64_t)(KVM_SET_PIT) == (uint64_t)(0x8048ae66), "ioctl_names: KVM_SET_PIT");
#endif
#ifdef GSMIOC_GETCONF
_Static_assert((uint64_t)(GSMIOC_GETCONF) == (uint64_t)(0x804c4700), "ioctl_names: GSMIOC_GETCONF");
#endif
#ifdef FDGETDRVSTAT
_Static_assert((uint64_t)(FDGETDRVSTAT) == (uint64_t)(0x80500212), "ioctl_names: FDGETDRVSTAT");
#endif
#ifdef FDPOLLDRVSTAT
_Static_assert((uint64_t)(FDPOLLDRVSTAT) == (uint64_t)(0x80500213), "ioctl_names: FDPOLLDRVSTAT");
#endif
#ifdef PTP_CLOCK_GETCAPS
_Static_assert((uint64_t)(PTP_CLOCK_GETCAPS) == (uint64_t)(0x80503d01), "ioctl_names: PTP_CLOCK_GETCAPS");
#endif
#ifdef PTP_CLOCK_GETCAPS2
_Static_assert((uint64_t)(PTP_CLOCK_GETCAPS2) == (uint64_t)(0x80503d0a), "ioctl_names: PTP_CLOCK_GETCAPS2");
#endif
#ifdef PFRU_IOC_QUERY_CAP
_Static_assert((uint64_t)(PFRU_IOC_QUERY_CAP) == (uint64_t)(0x805cee05), "ioctl_names: PFRU_IOC_QUERY_CAP");
#endif
#ifdef VIDIOC_QUERYCAP
_Static_assert((uint64_t)(VIDIOC_QUERYCAP) == (uint64_t)(0x80685600), "ioctl_names: VIDIOC_QUERYCAP");
#endif
#ifdef I2OEVTGET
_Static_assert((uint64_t)(I2OEVTGET) == (uint64_t)(0x8068690b), "ioctl_names: I2OEVTGET");
#endif
#ifdef KVM_GET_PIT2
_Static_assert((uint64_t)(KVM_GET_PIT2) == (uint64_t)(0x8070ae9f), "ioctl_names: KVM_GET_PIT2");
#endif
#ifdef FDGETDRVPRM
_Static_assert((uint64_t)(FDGETDRVPRM) == (uint64_t)(0x80800211), "ioctl_names: FDGETDRVPRM");
#endif
#ifdef BTRFS_IOC_ENCODED_READ
_Static_assert((uint64_t)(BTRFS_IOC_ENCODED_READ) == (uint64_t)(0x80809440), "ioctl_names: BTRFS_IOC_ENCODED_READ");
#endif
#ifdef KVM_GET_DEBUGREGS
_Static_assert((uint64_t)(KVM_GET_DEBUGREGS) == (uint64_t)(0x8080aea1), "ioctl_names: KVM_GET_DEBUGREGS");
#endif
#ifdef OCXL_IOCTL_GET_METADATA
_Static_assert((uint64_t)(OCXL_IOCTL_GET_METADATA) == (uint64_t)(0x8080ca14), "ioctl_names: OCXL_IOCTL_GET_METADATA");
#endif
#ifdef VIDIOC_QUERY_DV_TIMINGS
_Static_assert((uint64_t)(VIDIOC_QUERY_DV_TIMINGS) == (uint64_t)(0x80845663), "ioctl_names: VIDIOC_QUERY_DV_TIMINGS");
#endif
#ifdef VIDIOC_DQEVENT
_Static_assert((uint64_t)(VIDIOC_DQEVENT) == (uint64_t)(0x80885659), "ioctl_names: VIDIOC_DQEVENT");
#endif
#ifdef VIDIOC_G_JPEGCOMP
_Static_assert((uint64_t)(VIDIOC_G_JPEGCOMP) == (uint64_t)(0x808c563d), "ioctl_names: VIDIOC_G_JPEGCOMP");
#endif
#ifdef KVM_GET_REGS
_Static_assert((uint64_t)(KVM_GET_REGS) == (uint64_t)(0x8090ae81), "ioctl_names: KVM_GET_REGS");
#endif
#ifdef SNDRV_FIREWIRE_IOCTL_TASCAM_STATE
_Static_assert((uint64_t)(SNDRV_FIREWIRE_IOCTL_TASCAM_STATE) == (uint64_t)(0x810048fb), "ioctl_names: SNDRV_FIREWIRE_IOCTL_TASCAM_STATE");
#endif
#ifdef FS_IOC_GETFSLABEL
_Static_assert((uint64_t)(FS_IOC_GETFSLABEL) == (uint64_t)(0x81009431), "ioctl_names: FS_IOC_GETFSLABEL");
#endif
#ifdef AUTOFS_IOC_EXPIRE
_Static_assert((uint64_t)(AUTOFS_IOC_EXPIRE) == (uint64_t)(0x810c9365), "ioctl_names: AUTOFS_IOC_EXPIRE");
#endif
#ifdef SISFB_GET_INFO
_Static_assert((uint64_t)(SISFB_GET_INFO) == (uint64_t)(0x811cf301), "ioctl_names: SISFB_GET_INFO");
#endif
#ifdef KVM_GET_SREGS
_Static_assert((uint64_t)(KVM_GET_SREGS) == (uint64_t)(0x8138ae83), "ioctl_names: KVM_GET_SREGS");
#endif
#ifdef KVM_GET_SREGS2
_Static_assert((uint64_t)(KVM_GET_SREGS2) == (uint64_t)(0x8140aecc), "ioctl_names: KVM_GET_SREGS2");
#endif
#ifdef KVM_GET_XCRS
_Static_assert((uint64_t)(KVM_GET_XCRS) == (uint64_t)(0x8188aea6), "ioctl_names: KVM_GET_XCRS");
#endif
#ifdef KVM_GET_FPU
_Static_assert((uint64_t)(KVM_GET_FPU) == (uint64_t)(0x81a0ae8c), "ioctl_names: KVM_GET_FPU");
#endif
#ifdef BTRFS_IOC_GET_SUBVOL_INFO
_Static_assert((uint64_t)(BTRFS_IOC_GET_SUBVOL_INFO) == (uint64_t)(0x81f8943c), "ioctl_names: BTRFS_IOC_GET_SUBVOL_INFO");
#endif
#ifdef SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_PARAMETER
_Static_assert((uint64_t)(SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_PARAMETER) == (uint64_t)(0x820048fe), "ioctl_names: SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_PARAMETER");
#endif
#ifdef KVM_SET_IRQCHIP
_Static_assert((uint64_t)(KVM_SET_IRQCHIP) == (uint64_t)(0x8208ae63), "ioctl_names: KVM_SET_IRQCHIP");
#endif
#ifdef USB_RAW_IOCTL_EPS_INFO
_Static_assert((uint64_t)(USB_RAW_IOCTL_EPS_INFO) == (uint64_t)(0x83c0550b), "ioctl_names: USB_RAW_IOCTL_EPS_INFO");
#endif
#ifdef JSIOCGBTNMAP
_Static_assert((uint64_t)(JSIOCGBTNMAP) == (uint64_t)(0x84006a34), "ioctl_names: JSIOCGBTNMAP");
#endif
#ifdef BTRFS_IOC_FS_INFO
_Static_assert((uint64_t)(BTRFS_IOC_FS_INFO) == (uint64_t)(0x8400941f), "ioctl_names: BTRFS_IOC_FS_INFO");
#endif
#ifdef BTRFS_IOC_BALANCE_PROGRESS
_Static_assert((uint64_t)(BTRFS_IOC_BALANCE_PROGRESS) == (uint64_t)(0x84009422), "ioctl_names: BTRFS_IOC_BALANCE_PROGRESS");
#endif
#ifdef KVM_GET_LAPIC
_Static_assert((uint64_t)(KVM_GET_LAPIC) == (uint64_t)(0x8400ae8e), "ioctl_names: KVM_GET_LAPIC");
#endif
#ifdef SNDRV_FIREWIRE_IOCTL_MOTU_COMMAND_DSP_METER
_Static_assert((uint64_t)(SNDRV_FIREWIRE_IOCTL_MOTU_COMMAND_DSP_METER) == (uint64_t)(0x864048fd), "ioctl_names: SNDRV_FIREWIRE_IOCTL_MOTU_COMMAND_DSP_METER");
#endif
#ifdef VIDIOC_G_ENC_INDEX
_Static_assert((uint64_t)(VIDIOC_G_ENC_INDEX) == (uint64_t)(0x8818564c), "ioctl_names: VIDIOC_G_ENC_INDEX");
#endif
#ifdef BTRFS_IOC_DEVICES_READY
_Static_assert((uint64_t)(BTRFS_IOC_DEVICES_READY) == (uint64_t)(0x90009427), "ioctl_names: BTRFS_IOC_DEVICES_READY");
#endif
#ifdef KVM_GET_XSAVE
_Static_assert((uint64_t)(KVM_GET_XSAVE) == (uint64_t)(0x9000aea4), "ioctl_names: KVM_GET_XSAVE");
#endif
#ifdef KVM_GET_XSAVE2
_Static_assert((uint64_t)(KVM_GET_XSAVE2) == (uint64_t)(0x9000aecf), "ioctl_names: KVM_GET_XSAVE2");
#endif
#ifdef CAPI_GET_MANUFACTURER
_Static_assert((uint64_t)(CAPI_GET_MANUFACTURER) == (uint64_t)(0xc0044306), "ioctl_names: CAPI_GET_MANUFACTURER");
#endif
#ifdef CAPI_GET_SERIAL
_Static_assert((uint64_t)(CAPI_GET_SERIAL) == (uint64_t)(0xc0044308), "ioctl_names: CAPI_GET_SERIAL");
#endif
#ifdef VIDIOC_S_INPUT
_Static_assert((uint64_t)(VIDIOC_S_INPUT) == (uint64_t)(0xc0045627), "ioctl_names: VIDIOC_S_INPUT");
#endif
#ifdef VIDIOC_S_OUTPUT
_Static_assert((uint64_t)(VIDIOC_S_OUTPUT) == (uint64_t)(0xc004562f), "ioctl_names: VIDIOC_S_OUTPUT");
#endif
#ifdef WDIOC_SETTIMEOUT
_Static_assert((uint64_t)(WDIOC_SETTIMEOUT) == (uint64_t)(0xc0045706), "ioctl_names: WDIOC_SETTIMEOUT");
#endif
#ifdef WDIOC_SETPRETIMEOUT
_Static_assert((uint64_t)(WDIOC_SETPRETIMEOUT) == (uint64_t)(0xc0045708), "ioctl_names: WDIOC_SETPRETIMEOUT");
#endif
#ifdef FIFREEZE
_Static_assert((uint64_t)(FIFREEZE) == (uint64_t)(0xc0045877), "ioctl_names: FIFREEZE");
#endif
#ifdef FITHAW
_Static_assert((uint64_t)(FITHAW) == (uint64_t)(0xc0045878), "ioctl_names: FITHAW");
#endif
#ifdef BINDER_VERSION
_Static_assert((uint64_t)(BINDER_VERSION) == (uint64_t)(0xc0046209), "ioctl_names: BINDER_VERSION");
#endif
#ifdef FS_IOC_MEASURE_VERITY
_Static_assert((uint64_t)(FS_IOC_MEASURE_VERITY) == (uint64_t)(0xc0046686), "ioctl_names: FS_IOC_MEASURE_VERITY");
#endif
#ifdef KVM_GET_MSR_INDEX_LIST
_Static_assert((uint64_t)(KVM_GET_MSR_INDEX_LIST) == (uint64_t)(0xc004ae02), "ioctl_names: KVM_GET_MSR_INDEX_LIST");
#endif
#ifdef KVM_GET_MSR_FEATURE_INDEX_LIST
_Static_assert((uint64_t)(KVM_GET_MSR_FEATURE_INDEX_LIST) == (uint64_t)(0xc004ae0a), "ioctl_names: KVM_GET_MSR_FEATURE_INDEX_LIST");
#endif
#ifdef GPIO_GET_LINEINFO_UNWATCH_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEINFO_UNWATCH_IOCTL) == (uint64_t)(0xc004b40c), "ioctl_names: GPIO_GET_LINEINFO_UNWATCH_IOCTL");
#endif
#ifdef PERF_EVENT_IOC_QUERY_BPF
_Static_assert((uint64_t)(PERF_EVENT_IOC_QUERY_BPF) == (uint64_t)(0xc008240a), "ioctl_names: PERF_EVENT_IOC_QUERY_BPF");
#endif
#ifdef USB_RAW_IOCTL_EP0_READ
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP0_READ) == (uint64_t)(0xc0085504), "ioctl_names: USB_RAW_IOCTL_EP0_READ");
#endif
#ifdef USB_RAW_IOCTL_EP_READ
_Static_assert((uint64_t)(USB_RAW_IOCTL_EP_READ) == (uint64_t)(0xc0085508), "ioctl_names: USB_RAW_IOCTL_EP_READ");
#endif
#ifdef VIDIOC_G_CTRL
_Static_assert((uint64_t)(VIDIOC_G_CTRL) == (uint64_t)(0xc008561b), "ioctl_names: VIDIOC_G_CTRL");
#endif
#ifdef VIDIOC_S_CTRL
_Static_assert((uint64_t)(VIDIOC_S_CTRL) == (uint64_t)(0xc008561c), "ioctl_names: VIDIOC_S_CTRL");
#endif
#ifdef DMA_BUF_IOCTL_EXPORT_SYNC_FILE
_Static_assert((uint64_t)(DMA_BUF_IOCTL_EXPORT_SYNC_FILE) == (uint64_t)(0xc0086202), "ioctl_names: DMA_BUF_IOCTL_EXPORT_SYNC_FILE");
#endif
#ifdef CM_IOCGATR
_Static_assert((uint64_t)(CM_IOCGATR) == (uint64_t)(0xc0086301), "ioctl_names: CM_IOCGATR");
#endif
#ifdef MATROXFB_GET_OUTPUT_MODE
_Static_assert((uint64_t)(MATROXFB_GET_OUTPUT_MODE) == (uint64_t)(0xc0086efa), "ioctl_names: MATROXFB_GET_OUTPUT_MODE");
#endif
#ifdef PPS_FETCH
_Static_assert((uint64_t)(PPS_FETCH) == (uint64_t)(0xc00870a4), "ioctl_names: PPS_FETCH");
#endif
#ifdef AUTOFS_IOC_SETTIMEOUT
_Static_assert((uint64_t)(AUTOFS_IOC_SETTIMEOUT) == (uint64_t)(0xc0089364), "ioctl_names: AUTOFS_IOC_SETTIMEOUT");
#endif
#ifdef KVM_GET_SUPPORTED_CPUID
_Static_assert((uint64_t)(KVM_GET_SUPPORTED_CPUID) == (uint64_t)(0xc008ae05), "ioctl_names: KVM_GET_SUPPORTED_CPUID");
#endif
#ifdef KVM_GET_EMULATED_CPUID
_Static_assert((uint64_t)(KVM_GET_EMULATED_CPUID) == (uint64_t)(0xc008ae09), "ioctl_names: KVM_GET_EMULATED_CPUID");
#endif
#ifdef KVM_IRQ_LINE_STATUS
_Static_assert((uint64_t)(KVM_IRQ_LINE_STATUS) == (uint64_t)(0xc008ae67), "ioctl_names: KVM_IRQ_LINE_STATUS");
#endif
#ifdef KVM_GET_MSRS
_Static_assert((uint64_t)(KVM_GET_MSRS) == (uint64_t)(0xc008ae88), "ioctl_names: KVM_GET_MSRS");
#endif
#ifdef KVM_GET_CPUID2
_Static_assert((uint64_t)(KVM_GET_CPUID2) == (uint64_t)(0xc008ae91), "ioctl_names: KVM_GET_CPUID2");
#endif
#ifdef KVM_GET_REG_LIST
_Static_assert((uint64_t)(KVM_GET_REG_LIST) == (uint64_t)(0xc008aeb0), "ioctl_names: KVM_GET_REG_LIST");
#endif
#ifdef KVM_MEMORY_ENCRYPT_OP
_Static_assert((uint64_t)(KVM_MEMORY_ENCRYPT_OP) == (uint64_t)(0xc008aeba), "ioctl_names: KVM_MEMORY_ENCRYPT_OP");
#endif
#ifdef KVM_GET_SUPPORTED_HV_CPUID
_Static_assert((uint64_t)(KVM_GET_SUPPORTED_HV_CPUID) == (uint64_t)(0xc008aec1), "ioctl_names: KVM_GET_SUPPORTED_HV_CPUID");
#endif
#ifdef VHOST_GET_VRING_BASE
_Static_assert((uint64_t)(VHOST_GET_VRING_BASE) == (uint64_t)(0xc008af12), "ioctl_names: VHOST_GET_VRING_BASE");
#endif
#ifdef VHOST_VDPA_GET_VRING_GROUP
_Static_assert((uint64_t)(VHOST_VDPA_GET_VRING_GROUP) == (uint64_t)(0xc008af7b), "ioctl_names: VHOST_VDPA_GET_VRING_GROUP");
#endif
#ifdef FS_IOC_GET_ENCRYPTION_POLICY_EX
_Static_assert((uint64_t)(FS_IOC_GET_ENCRYPTION_POLICY_EX) == (uint64_t)(0xc0096616), "ioctl_names: FS_IOC_GET_ENCRYPTION_POLICY_EX");
#endif
#ifdef UI_BEGIN_FF_ERASE
_Static_assert((uint64_t)(UI_BEGIN_FF_ERASE) == (uint64_t)(0xc00c55ca), "ioctl_names: UI_BEGIN_FF_ERASE");
#endif
#ifdef BINDER_GET_FROZEN_INFO
_Static_assert((uint64_t)(BINDER_GET_FROZEN_INFO) == (uint64_t)(0xc00c620f), "ioctl_names: BINDER_GET_FROZEN_INFO");
#endif
#ifdef BINDER_GET_EXTENDED_ERROR
_Static_assert((uint64_t)(BINDER_GET_EXTENDED_ERROR) == (uint64_t)(0xc00c6211), "ioctl_names: BINDER_GET_EXTENDED_ERROR");
#endif
#ifdef KVM_CREATE_DEVICE
_Static_assert((uint64_t)(KVM_CREATE_DEVICE) == (uint64_t)(0xc00caee0), "ioctl_names: KVM_CREATE_DEVICE");
#endif
#ifdef BLKREPORTZONE
_Static_assert((uint64_t)(BLKREPORTZONE) == (uint64_t)(0xc0101282), "ioctl_names: BLKREPORTZONE");
#endif
#ifdef CAPI_GET_VERSION
_Static_assert((uint64_t)(CAPI_GET_VERSION) == (uint64_t)(0xc0104307), "ioctl_names: CAPI_GET_VERSION");
#endif
#ifdef CAPI_MANUFACTURER_CMD
_Static_assert((uint64_t)(CAPI_MANUFACTURER_CMD) == (uint64_t)(0xc0104320), "ioctl_names: CAPI_MANUFACTURER_CMD");
#endif
#ifdef UVCIOC_CTRL_QUERY
_Static_assert((uint64_t)(UVCIOC_CTRL_QUERY) == (uint64_t)(0xc0107521), "ioctl_names: UVCIOC_CTRL_QUERY");
#endif
#ifdef BTRFS_IOC_SPACE_INFO
_Static_assert((uint64_t)(BTRFS_IOC_SPACE_INFO) == (uint64_t)(0xc0109414), "ioctl_names: BTRFS_IOC_SPACE_INFO");
#endif
#ifdef BTRFS_IOC_QUOTA_CTL
_Static_assert((uint64_t)(BTRFS_IOC_QUOTA_CTL) == (uint64_t)(0xc0109428), "ioctl_names: BTRFS_IOC_QUOTA_CTL");
#endif
#ifdef TEE_IOC_SHM_ALLOC
_Static_assert((uint64_t)(TEE_IOC_SHM_ALLOC) == (uint64_t)(0xc010a401), "ioctl_names: TEE_IOC_SHM_ALLOC");
#endif
#ifdef ASPEED_LPC_CTRL_IOCTL_GET_SIZE
_Static_assert((uint64_t)(ASPEED_LPC_CTRL_IOCTL_GET_SIZE) == (uint64_t)(0xc010b200), "ioctl_names: ASPEED_LPC_CTRL_IOCTL_GET_SIZE");
#endif
#ifdef GPIO_V2_LINE_GET_VALUES_IOCTL
_Static_assert((uint64_t)(GPIO_V2_LINE_GET_VALUES_IOCTL) == (uint64_t)(0xc010b40e), "ioctl_names: GPIO_V2_LINE_GET_VALUES_IOCTL");
#endif
#ifdef GPIO_V2_LINE_SET_VALUES_IOCTL
_Static_assert((uint64_t)(GPIO_V2_LINE_SET_VALUES_IOCTL) == (uint64_t)(0xc010b40f), "ioctl_names: GPIO_V2_LINE_SET_VALUES_IOCTL");
#endif
#ifdef F2FS_IOC_DEFRAGMENT
_Static_assert((uint64_t)(F2FS_IOC_DEFRAGMENT) == (uint64_t)(0xc010f508), "ioctl_names: F2FS_IOC_DEFRAGMENT");
#endif
#ifdef VIDIOC_REQBUFS
_Static_assert((uint64_t)(VIDIOC_REQBUFS) == (uint64_t)(0xc0145608), "ioctl_names: VIDIOC_REQBUFS");
#endif
#ifdef VIDIOC_G_CROP
_Static_assert((uint64_t)(VIDIOC_G_CROP) == (uint64_t)(0xc014563b), "ioctl_names: VIDIOC_G_CROP");
#endif
#ifdef VTPM_PROXY_IOC_NEW_DEV
_Static_assert((uint64_t)(VTPM_PROXY_IOC_NEW_DEV) == (uint64_t)(0xc014a100), "ioctl_names: VTPM_PROXY_IOC_NEW_DEV");
#endif
#ifdef HFI1_IOCTL_TID_UPDATE
_Static_assert((uint64_t)(HFI1_IOCTL_TID_UPDATE) == (uint64_t)(0xc0181be4), "ioctl_names: HFI1_IOCTL_TID_UPDATE");
#endif
#ifdef HFI1_IOCTL_TID_FREE
_Static_assert((uint64_t)(HFI1_IOCTL_TID_FREE) == (uint64_t)(0xc0181be5), "ioctl_names: HFI1_IOCTL_TID_FREE");
#endif
#ifdef HFI1_IOCTL_TID_INVAL_READ
_Static_assert((uint64_t)(HFI1_IOCTL_TID_INVAL_READ) == (uint64_t)(0xc0181bed), "ioctl_names: HFI1_IOCTL_TID_INVAL_READ");
#endif
#ifdef FW_CDEV_IOC_ADD_DESCRIPTOR
_Static_assert((uint64_t)(FW_CDEV_IOC_ADD_DESCRIPTOR) == (uint64_t)(0xc0182306), "ioctl_names: FW_CDEV_IOC_ADD_DESCRIPTOR");
#endif
#ifdef FW_CDEV_IOC_QUEUE_ISO
_Static_assert((uint64_t)(FW_CDEV_IOC_QUEUE_ISO) == (uint64_t)(0xc0182309), "ioctl_names: FW_CDEV_IOC_QUEUE_ISO");
#endif
#ifdef FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE
_Static_assert((uint64_t)(FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE) == (uint64_t)(0xc018230d), "ioctl_names: FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE");
#endif
#ifdef FW_CDEV_IOC_GET_CYCLE_TIMER2
_Static_assert((uint64_t)(FW_CDEV_IOC_GET_CYCLE_TIMER2) == (uint64_t)(0xc0182314), "ioctl_names: FW_CDEV_IOC_GET_CYCLE_TIMER2");
#endif
#ifdef FW_CDEV_IOC_SEND_PHY_PACKET
_Static_assert((uint64_t)(FW_CDEV_IOC_SEND_PHY_PACKET) == (uint64_t)(0xc0182315), "ioctl_names: FW_CDEV_IOC_SEND_PHY_PACKET");
#endif
#ifdef DMA_HEAP_IOCTL_ALLOC
_Static_assert((uint64_t)(DMA_HEAP_IOCTL_ALLOC) == (uint64_t)(0xc0184800), "ioctl_names: DMA_HEAP_IOCTL_ALLOC");
#endif
#ifdef MTRRIOC_GET_ENTRY
_Static_assert((uint64_t)(MTRRIOC_GET_ENTRY) == (uint64_t)(0xc0184d03), "ioctl_names: MTRRIOC_GET_ENTRY");
#endif
#ifdef MTRRIOC_GET_PAGE_ENTRY
_Static_assert((uint64_t)(MTRRIOC_GET_PAGE_ENTRY) == (uint64_t)(0xc0184d08), "ioctl_names: MTRRIOC_GET_PAGE_ENTRY");
#endif
#ifdef FITRIM
_Static_assert((uint64_t)(FITRIM) == (uint64_t)(0xc0185879), "ioctl_names: FITRIM");
#endif
#ifdef BINDER_GET_NODE_DEBUG_INFO
_Static_assert((uint64_t)(BINDER_GET_NODE_DEBUG_INFO) == (uint64_t)(0xc018620b), "ioctl_names: BINDER_GET_NODE_DEBUG_INFO");
#endif
#ifdef BINDER_GET_NODE_INFO_FOR_REF
_Static_assert((uint64_t)(BINDER_GET_NODE_INFO_FOR_REF) == (uint64_t)(0xc018620c), "ioctl_names: BINDER_GET_NODE_INFO_FOR_REF");
#endif
#ifdef I2OHRTGET
_Static_assert((uint64_t)(I2OHRTGET) == (uint64_t)(0xc0186901), "ioctl_names: I2OHRTGET");
#endif
#ifdef I2OLCTGET
_Static_assert((uint64_t)(I2OLCTGET) == (uint64_t)(0xc0186902), "ioctl_names: I2OLCTGET");
#endif
#ifdef BTRFS_IOC_FILE_EXTENT_SAME
_Static_assert((uint64_t)(BTRFS_IOC_FILE_EXTENT_SAME) == (uint64_t)(0xc0189436), "ioctl_names: BTRFS_IOC_FILE_EXTENT_SAME");
#endif
#ifdef FIDEDUPERANGE
_Static_assert((uint64_t)(FIDEDUPERANGE) == (uint64_t)(0xc0189436), "ioctl_names: FIDEDUPERANGE");
#endif
#ifdef TEE_IOC_SHM_REGISTER
_Static_assert((uint64_t)(TEE_IOC_SHM_REGISTER) == (uint64_t)(0xc018a409), "ioctl_names: TEE_IOC_SHM_REGISTER");
#endif
#ifdef KVM_TRANSLATE
_Static_assert((uint64_t)(KVM_TRANSLATE) == (uint64_t)(0xc018ae85), "ioctl_names: KVM_TRANSLATE");
#endif
#ifdef KVM_CLEAR_DIRTY_LOG
_Static_assert((uint64_t)(KVM_CLEAR_DIRTY_LOG) == (uint64_t)(0xc018aec0), "ioctl_names: KVM_CLEAR_DIRTY_LOG");
#endif
#ifdef IB_USER_MAD_REGISTER_AGENT
_Static_assert((uint64_t)(IB_USER_MAD_REGISTER_AGENT) == (uint64_t)(0xc01c1b01), "ioctl_names: IB_USER_MAD_REGISTER_AGENT");
#endif
#ifdef HFI1_IOCTL_ASSIGN_CTXT
_Static_assert((uint64_t)(HFI1_IOCTL_ASSIGN_CTXT) == (uint64_t)(0xc01c1be1), "ioctl_names: HFI1_IOCTL_ASSIGN_CTXT");
#endif
#ifdef FW_CDEV_IOC_ALLOCATE
_Static_assert((uint64_t)(FW_CDEV_IOC_ALLOCATE) == (uint64_t)(0xc0202302), "ioctl_names: FW_CDEV_IOC_ALLOCATE");
#endif
#ifdef FW_CDEV_IOC_CREATE_ISO_CONTEXT
_Static_assert((uint64_t)(FW_CDEV_IOC_CREATE_ISO_CONTEXT) == (uint64_t)(0xc0202308), "ioctl_names: FW_CDEV_IOC_CREATE_ISO_CONTEXT");
#endif
#ifdef VIDIOC_G_EXT_CTRLS
_Static_assert((uint64_t)(VIDIOC_G_EXT_CTRLS) == (uint64_t)(0xc0205647), "ioctl_names: VIDIOC_G_EXT_CTRLS");
#endif
#ifdef VIDIOC_S_EXT_CTRLS
_Static_assert((uint64_t)(VIDIOC_S_EXT_CTRLS) == (uint64_t)(0xc0205648), "ioctl_names: VIDIOC_S_EXT_CTRLS");
#endif
#ifdef VIDIOC_TRY_EXT_CTRLS
_Static_assert((uint64_t)(VIDIOC_TRY_EXT_CTRLS) == (uint64_t)(0xc0205649), "ioctl_names: VIDIOC_TRY_EXT_CTRLS");
#endif
#ifdef X86_IOC_RDMSR_REGS
_Static_assert((uint64_t)(X86_IOC_RDMSR_REGS) == (uint64_t)(0xc02063a0), "ioctl_names: X86_IOC_RDMSR_REGS");
#endif
#ifdef X86_IOC_WRMSR_REGS
_Static_assert((uint64_t)(X86_IOC_WRMSR_REGS) == (uint64_t)(0xc02063a1), "ioctl_names: X86_IOC_WRMSR_REGS");
#endif
#ifdef FSI_SCOM_READ
_Static_assert((uint64_t)(FSI_SCOM_READ) == (uint64_t)(0xc0207301), "ioctl_names: FSI_SCOM_READ");
#endif
#ifdef FSI_SCOM_WRITE
_Static_assert((uint64_t)(FSI_SCOM_WRITE) == (uint64_t)(0xc0207302), "ioctl_names: FSI_SCOM_WRITE");
#endif
#ifdef GENWQE_PIN_MEM
_Static_assert((uint64_t)(GENWQE_PIN_MEM) == (uint64_t)(0xc020a528), "ioctl_names: GENWQE_PIN_MEM");
#endif
#ifdef GENWQE_UNPIN_MEM
_Static_assert((uint64_t)(GENWQE_UNPIN_MEM) == (uint64_t)(0xc020a529), "ioctl_names: GENWQE_UNPIN_MEM");
#endif
#ifdef F2FS_IOC_MOVE_RANGE
_Static_assert((uint64_t)(F2FS_IOC_MOVE_RANGE) == (uint64_t)(0xc020f509), "ioctl_names: F2FS_IOC_MOVE_RANGE");
#endif
#ifdef IB_USER_MAD_REGISTER_AGENT2
_Static_assert((uint64_t)(IB_USER_MAD_REGISTER_AGENT2) == (uint64_t)(0xc0281b04), "ioctl_names: IB_USER_MAD_REGISTER_AGENT2");
#endif
#ifdef FW_CDEV_IOC_GET_INFO
_Static_assert((uint64_t)(FW_CDEV_IOC_GET_INFO) == (uint64_t)(0xc0282300), "ioctl_names: FW_CDEV_IOC_GET_INFO");
#endif
#ifdef VIDIOC_G_EDID
_Static_assert((uint64_t)(VIDIOC_G_EDID) == (uint64_t)(0xc0285628), "ioctl_names: VIDIOC_G_EDID");
#endif
#ifdef VIDIOC_S_EDID
_Static_assert((uint64_t)(VIDIOC_S_EDID) == (uint64_t)(0xc0285629), "ioctl_names: VIDIOC_S_EDID");
#endif
#ifdef VIDIOC_ENCODER_CMD
_Static_assert((uint64_t)(VIDIOC_ENCODER_CMD) == (uint64_t)(0xc028564d), "ioctl_names: VIDIOC_ENCODER_CMD");
#endif
#ifdef VIDIOC_TRY_ENCODER_CMD
_Static_assert((uint64_t)(VIDIOC_TRY_ENCODER_CMD) == (uint64_t)(0xc028564e), "ioctl_names: VIDIOC_TRY_ENCODER_CMD");
#endif
#ifdef I2OPARMSET
_Static_assert((uint64_t)(I2OPARMSET) == (uint64_t)(0xc0286903), "ioctl_names: I2OPARMSET");
#endif
#ifdef I2OPARMGET
_Static_assert((uint64_t)(I2OPARMGET) == (uint64_t)(0xc0286904), "ioctl_names: I2OPARMGET");
#endif
#ifdef MEDIA_IOC_ENUM_LINKS
_Static_assert((uint64_t)(MEDIA_IOC_ENUM_LINKS) == (uint64_t)(0xc0287c02), "ioctl_names: MEDIA_IOC_ENUM_LINKS");
#endif
#ifdef SSAM_CDEV_REQUEST
_Static_assert((uint64_t)(SSAM_CDEV_REQUEST) == (uint64_t)(0xc028a501), "ioctl_names: SSAM_CDEV_REQUEST");
#endif
#ifdef KVM_TPR_ACCESS_REPORTING
_Static_assert((uint64_t)(KVM_TPR_ACCESS_REPORTING) == (uint64_t)(0xc028ae92), "ioctl_names: KVM_TPR_ACCESS_REPORTING");
#endif
#ifdef VIDIOC_QUERYMENU
_Static_assert((uint64_t)(VIDIOC_QUERYMENU) == (uint64_t)(0xc02c5625), "ioctl_names: VIDIOC_QUERYMENU");
#endif
#ifdef VIDIOC_G_FREQUENCY
_Static_assert((uint64_t)(VIDIOC_G_FREQUENCY) == (uint64_t)(0xc02c5638), "ioctl_names: VIDIOC_G_FREQUENCY");
#endif
#ifdef VIDIOC_CROPCAP
_Static_assert((uint64_t)(VIDIOC_CROPCAP) == (uint64_t)(0xc02c563a), "ioctl_names: VIDIOC_CROPCAP");
#endif
#ifdef VIDIOC_ENUM_FRAMESIZES
_Static_assert((uint64_t)(VIDIOC_ENUM_FRAMESIZES) == (uint64_t)(0xc02c564a), "ioctl_names: VIDIOC_ENUM_FRAMESIZES");
#endif
#ifdef SYNC_IOC_MERGE
_Static_assert((uint64_t)(SYNC_IOC_MERGE) == (uint64_t)(0xc0303e03), "ioctl_names: SYNC_IOC_MERGE");
#endif
#ifdef VIDIOC_SUBDEV_ENUM_MBUS_CODE
_Static_assert((uint64_t)(VIDIOC_SUBDEV_ENUM_MBUS_CODE) == (uint64_t)(0xc0305602), "ioctl_names: VIDIOC_SUBDEV_ENUM_MBUS_CODE");
#endif
#ifdef VIDIOC_SUBDEV_G_FRAME_INTERVAL
_Static_assert((uint64_t)(VIDIOC_SUBDEV_G_FRAME_INTERVAL) == (uint64_t)(0xc0305615), "ioctl_names: VIDIOC_SUBDEV_G_FRAME_INTERVAL");
#endif
#ifdef VIDIOC_SUBDEV_S_FRAME_INTERVAL
_Static_assert((uint64_t)(VIDIOC_SUBDEV_S_FRAME_INTERVAL) == (uint64_t)(0xc0305616), "ioctl_names: VIDIOC_SUBDEV_S_FRAME_INTERVAL");
#endif
#ifdef BINDER_WRITE_READ
_Static_assert((uint64_t)(BINDER_WRITE_READ) == (uint64_t)(0xc0306201), "ioctl_names: BINDER_WRITE_READ");
#endif
#ifdef I2OSWDL
_Static_assert((uint64_t)(I2OSWDL) == (uint64_t)(0xc0306905), "ioctl_names: I2OSWDL");
#endif
#ifdef I2OSWUL
_Static_assert((uint64_t)(I2OSWUL) == (uint64_t)(0xc0306906), "ioctl_names: I2OSWUL");
#endif
#ifdef I2OSWDEL
_Static_assert((uint64_t)(I2OSWDEL) == (uint64_t)(0xc0306907), "ioctl_names: I2OSWDEL");
#endif
#ifdef I2OHTML
_Static_assert((uint64_t)(I2OHTML) == (uint64_t)(0xc0306909), "ioctl_names: I2OHTML");
#endif
#ifdef GPIO_GET_LINEEVENT_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEEVENT_IOCTL) == (uint64_t)(0xc030b404), "ioctl_names: GPIO_GET_LINEEVENT_IOCTL");
#endif
#ifdef VIDIOC_ENUMAUDIO
_Static_assert((uint64_t)(VIDIOC_ENUMAUDIO) == (uint64_t)(0xc0345641), "ioctl_names: VIDIOC_ENUMAUDIO");
#endif
#ifdef VIDIOC_ENUMAUDOUT
_Static_assert((uint64_t)(VIDIOC_ENUMAUDOUT) == (uint64_t)(0xc0345642), "ioctl_names: VIDIOC_ENUMAUDOUT");
#endif
#ifdef VIDIOC_ENUM_FRAMEINTERVALS
_Static_assert((uint64_t)(VIDIOC_ENUM_FRAMEINTERVALS) == (uint64_t)(0xc034564b), "ioctl_names: VIDIOC_ENUM_FRAMEINTERVALS");
#endif
#ifdef DELL_WMI_SMBIOS_CMD
_Static_assert((uint64_t)(DELL_WMI_SMBIOS_CMD) == (uint64_t)(0xc0345700), "ioctl_names: DELL_WMI_SMBIOS_CMD");
#endif
#ifdef MEDIA_IOC_SETUP_LINK
_Static_assert((uint64_t)(MEDIA_IOC_SETUP_LINK) == (uint64_t)(0xc0347c03), "ioctl_names: MEDIA_IOC_SETUP_LINK");
#endif
#ifdef SYNC_IOC_FILE_INFO
_Static_assert((uint64_t)(SYNC_IOC_FILE_INFO) == (uint64_t)(0xc0383e04), "ioctl_names: SYNC_IOC_FILE_INFO");
#endif
#ifdef VIDIOC_SUBDEV_G_CROP
_Static_assert((uint64_t)(VIDIOC_SUBDEV_G_CROP) == (uint64_t)(0xc038563b), "ioctl_names: VIDIOC_SUBDEV_G_CROP");
#endif
#ifdef VIDIOC_SUBDEV_S_CROP
_Static_assert((uint64_t)(VIDIOC_SUBDEV_S_CROP) == (uint64_t)(0xc038563c), "ioctl_names: VIDIOC_SUBDEV_S_CROP");
#endif
#ifdef VIDIOC_DBG_G_REGISTER
_Static_assert((uint64_t)(VIDIOC_DBG_G_REGISTER) == (uint64_t)(0xc0385650), "ioctl_names: VIDIOC_DBG_G_REGISTER");
#endif
#ifdef BTRFS_IOC_INO_PATHS
_Static_assert((uint64_t)(BTRFS_IOC_INO_PATHS) == (uint64_t)(0xc0389423), "ioctl_names: BTRFS_IOC_INO_PATHS");
#endif
#ifdef BTRFS_IOC_LOGICAL_INO
_Static_assert((uint64_t)(BTRFS_IOC_LOGICAL_INO) == (uint64_t)(0xc0389424), "ioctl_names: BTRFS_IOC_LOGICAL_INO");
#endif
#ifdef BTRFS_IOC_LOGICAL_INO_V2
_Static_assert((uint64_t)(BTRFS_IOC_LOGICAL_INO_V2) == (uint64_t)(0xc038943b), "ioctl_names: BTRFS_IOC_LOGICAL_INO_V2");
#endif
#ifdef GENWQE_SLU_UPDATE
_Static_assert((uint64_t)(GENWQE_SLU_UPDATE) == (uint64_t)(0xc038a550), "ioctl_names: GENWQE_SLU_UPDATE");
#endif
#ifdef GENWQE_SLU_READ
_Static_assert((uint64_t)(GENWQE_SLU_READ) == (uint64_t)(0xc038a551), "ioctl_names: GENWQE_SLU_READ");
#endif
#ifdef CAPI_GET_PROFILE
_Static_assert((uint64_t)(CAPI_GET_PROFILE) == (uint64_t)(0xc0404309), "ioctl_names: CAPI_GET_PROFILE");
#endif
#ifdef VIDIOC_ENUM_FMT
_Static_assert((uint64_t)(VIDIOC_ENUM_FMT) == (uint64_t)(0xc0405602), "ioctl_names: VIDIOC_ENUM_FMT");
#endif
#ifdef VIDIOC_EXPBUF
_Static_assert((uint64_t)(VIDIOC_EXPBUF) == (uint64_t)(0xc0405610), "ioctl_names: VIDIOC_EXPBUF");
#endif
#ifdef VIDIOC_SUBDEV_G_SELECTION
_Static_assert((uint64_t)(VIDIOC_SUBDEV_G_SELECTION) == (uint64_t)(0xc040563d), "ioctl_names: VIDIOC_SUBDEV_G_SELECTION");
#endif
#ifdef VIDIOC_SUBDEV_S_SELECTION
_Static_assert((uint64_t)(VIDIOC_SUBDEV_S_SELECTION) == (uint64_t)(0xc040563e), "ioctl_names: VIDIOC_SUBDEV_S_SELECTION");
#endif
#ifdef VIDIOC_SUBDEV_ENUM_FRAME_SIZE
_Static_assert((uint64_t)(VIDIOC_SUBDEV_ENUM_FRAME_SIZE) == (uint64_t)(0xc040564a), "ioctl_names: VIDIOC_SUBDEV_ENUM_FRAME_SIZE");
#endif
#ifdef VIDIOC_SUBDEV_ENUM_FRAME_INTERVAL
_Static_assert((uint64_t)(VIDIOC_SUBDEV_ENUM_FRAME_INTERVAL) == (uint64_t)(0xc040564b), "ioctl_names: VIDIOC_SUBDEV_ENUM_FRAME_INTERVAL");
#endif
#ifdef VIDIOC_G_SELECTION
_Static_assert((uint64_t)(VIDIOC_G_SELECTION) == (uint64_t)(0xc040565e), "ioctl_names: VIDIOC_G_SELECTION");
#endif
#ifdef VIDIOC_S_SELECTION
_Static_assert((uint64_t)(VIDIOC_S_SELECTION) == (uint64_t)(0xc040565f), "ioctl_names: VIDIOC_S_SELECTION");
#endif
#ifdef VIDIOC_ENUM_FREQ_BANDS
_Static_assert((uint64_t)(VIDIOC_ENUM_FREQ_BANDS) == (uint64_t)(0xc0405665), "ioctl_names: VIDIOC_ENUM_FREQ_BANDS");
#endif
#ifdef FS_IOC_REMOVE_ENCRYPTION_KEY
_Static_assert((uint64_t)(FS_IOC_REMOVE_ENCRYPTION_KEY) == (uint64_t)(0xc0406618), "ioctl_names: FS_IOC_REMOVE_ENCRYPTION_KEY");
#endif
#ifdef FS_IOC_REMOVE_ENCRYPTION_KEY_ALL_USERS
_Static_assert((uint64_t)(FS_IOC_REMOVE_ENCRYPTION_KEY_ALL_USERS) == (uint64_t)(0xc0406619), "ioctl_names: FS_IOC_REMOVE_ENCRYPTION_KEY_ALL_USERS");
#endif
#ifdef GPIOHANDLE_GET_LINE_VALUES_IOCTL
_Static_assert((uint64_t)(GPIOHANDLE_GET_LINE_VALUES_IOCTL) == (uint64_t)(0xc040b408), "ioctl_names: GPIOHANDLE_GET_LINE_VALUES_IOCTL");
#endif
#ifdef GPIOHANDLE_SET_LINE_VALUES_IOCTL
_Static_assert((uint64_t)(GPIOHANDLE_SET_LINE_VALUES_IOCTL) == (uint64_t)(0xc040b409), "ioctl_names: GPIOHANDLE_SET_LINE_VALUES_IOCTL");
#endif
#ifdef VIDIOC_QUERYCTRL
_Static_assert((uint64_t)(VIDIOC_QUERYCTRL) == (uint64_t)(0xc0445624), "ioctl_names: VIDIOC_QUERYCTRL");
#endif
#ifdef VIDIOC_G_MODULATOR
_Static_assert((uint64_t)(VIDIOC_G_MODULATOR) == (uint64_t)(0xc0445636), "ioctl_names: VIDIOC_G_MODULATOR");
#endif
#ifdef VIDIOC_ENUMSTD
_Static_assert((uint64_t)(VIDIOC_ENUMSTD) == (uint64_t)(0xc0485619), "ioctl_names: VIDIOC_ENUMSTD");
#endif
#ifdef VIDIOC_ENUMOUTPUT
_Static_assert((uint64_t)(VIDIOC_ENUMOUTPUT) == (uint64_t)(0xc0485630), "ioctl_names: VIDIOC_ENUMOUTPUT");
#endif
#ifdef VIDIOC_DECODER_CMD
_Static_assert((uint64_t)(VIDIOC_DECODER_CMD) == (uint64_t)(0xc0485660), "ioctl_names: VIDIOC_DECODER_CMD");
#endif
#ifdef VIDIOC_TRY_DECODER_CMD
_Static_assert((uint64_t)(VIDIOC_TRY_DECODER_CMD) == (uint64_t)(0xc0485661), "ioctl_names: VIDIOC_TRY_DECODER_CMD");
#endif
#ifdef MEDIA_IOC_G_TOPOLOGY
_Static_assert((uint64_t)(MEDIA_IOC_G_TOPOLOGY) == (uint64_t)(0xc0487c04), "ioctl_names: MEDIA_IOC_G_TOPOLOGY");
#endif
#ifdef KVM_GET_PIT
_Static_assert((uint64_t)(KVM_GET_PIT) == (uint64_t)(0xc048ae65), "ioctl_names: KVM_GET_PIT");
#endif
#ifdef KVM_XEN_HVM_GET_ATTR
_Static_assert((uint64_t)(KVM_XEN_HVM_GET_ATTR) == (uint64_t)(0xc048aec8), "ioctl_names: KVM_XEN_HVM_GET_ATTR");
#endif
#ifdef KVM_XEN_VCPU_GET_ATTR
_Static_assert((uint64_t)(KVM_XEN_VCPU_GET_ATTR) == (uint64_t)(0xc048aeca), "ioctl_names: KVM_XEN_VCPU_GET_ATTR");
#endif
#ifdef GPIO_GET_LINEINFO_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEINFO_IOCTL) == (uint64_t)(0xc048b402), "ioctl_names: GPIO_GET_LINEINFO_IOCTL");
#endif
#ifdef GPIO_GET_LINEINFO_WATCH_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEINFO_WATCH_IOCTL) == (uint64_t)(0xc048b40b), "ioctl_names: GPIO_GET_LINEINFO_WATCH_IOCTL");
#endif
#ifdef VIDIOC_ENUMINPUT
_Static_assert((uint64_t)(VIDIOC_ENUMINPUT) == (uint64_t)(0xc050561a), "ioctl_names: VIDIOC_ENUMINPUT");
#endif
#ifdef FS_IOC_ADD_ENCRYPTION_KEY
_Static_assert((uint64_t)(FS_IOC_ADD_ENCRYPTION_KEY) == (uint64_t)(0xc0506617), "ioctl_names: FS_IOC_ADD_ENCRYPTION_KEY");
#endif
#ifdef VIDIOC_G_TUNER
_Static_assert((uint64_t)(VIDIOC_G_TUNER) == (uint64_t)(0xc054561d), "ioctl_names: VIDIOC_G_TUNER");
#endif
#ifdef GPIOHANDLE_SET_CONFIG_IOCTL
_Static_assert((uint64_t)(GPIOHANDLE_SET_CONFIG_IOCTL) == (uint64_t)(0xc054b40a), "ioctl_names: GPIOHANDLE_SET_CONFIG_IOCTL");
#endif
#ifdef SISFB_COMMAND
_Static_assert((uint64_t)(SISFB_COMMAND) == (uint64_t)(0xc054f305), "ioctl_names: SISFB_COMMAND");
#endif
#ifdef CCISS_PASSTHRU
_Static_assert((uint64_t)(CCISS_PASSTHRU) == (uint64_t)(0xc058420b), "ioctl_names: CCISS_PASSTHRU");
#endif
#ifdef VIDIOC_SUBDEV_G_FMT
_Static_assert((uint64_t)(VIDIOC_SUBDEV_G_FMT) == (uint64_t)(0xc0585604), "ioctl_names: VIDIOC_SUBDEV_G_FMT");
#endif
#ifdef VIDIOC_SUBDEV_S_FMT
_Static_assert((uint64_t)(VIDIOC_SUBDEV_S_FMT) == (uint64_t)(0xc0585605), "ioctl_names: VIDIOC_SUBDEV_S_FMT");
#endif
#ifdef VIDIOC_QUERYBUF
_Static_assert((uint64_t)(VIDIOC_QUERYBUF) == (uint64_t)(0xc0585609), "ioctl_names: VIDIOC_QUERYBUF");
#endif
#ifdef VIDIOC_QBUF
_Static_assert((uint64_t)(VIDIOC_QBUF) == (uint64_t)(0xc058560f), "ioctl_names: VIDIOC_QBUF");
#endif
#ifdef VIDIOC_DQBUF
_Static_assert((uint64_t)(VIDIOC_DQBUF) == (uint64_t)(0xc0585611), "ioctl_names: VIDIOC_DQBUF");
#endif
#ifdef VIDIOC_PREPARE_BUF
_Static_assert((uint64_t)(VIDIOC_PREPARE_BUF) == (uint64_t)(0xc058565d), "ioctl_names: VIDIOC_PREPARE_BUF");
#endif
#ifdef PTP_PIN_GETFUNC
_Static_assert((uint64_t)(PTP_PIN_GETFUNC) == (uint64_t)(0xc0603d06), "ioctl_names: PTP_PIN_GETFUNC");
#endif
#ifdef PTP_PIN_GETFUNC2
_Static_assert((uint64_t)(PTP_PIN_GETFUNC2) == (uint64_t)(0xc0603d0f), "ioctl_names: PTP_PIN_GETFUNC2");
#endif
#ifdef CCISS_BIG_PASSTHRU
_Static_assert((uint64_t)(CCISS_BIG_PASSTHRU) == (uint64_t)(0xc0604212), "ioctl_names: CCISS_BIG_PASSTHRU");
#endif
#ifdef UVCIOC_CTRL_MAP
_Static_assert((uint64_t)(UVCIOC_CTRL_MAP) == (uint64_t)(0xc0607520), "ioctl_names: UVCIOC_CTRL_MAP");
#endif
#ifdef UI_BEGIN_FF_UPLOAD
_Static_assert((uint64_t)(UI_BEGIN_FF_UPLOAD) == (uint64_t)(0xc06855c8), "ioctl_names: UI_BEGIN_FF_UPLOAD");
#endif
#ifdef BTRFS_IOC_TREE_SEARCH_V2
_Static_assert((uint64_t)(BTRFS_IOC_TREE_SEARCH_V2) == (uint64_t)(0xc0709411), "ioctl_names: BTRFS_IOC_TREE_SEARCH_V2");
#endif
#ifdef VIDIOC_G_SLICED_VBI_CAP
_Static_assert((uint64_t)(VIDIOC_G_SLICED_VBI_CAP) == (uint64_t)(0xc0745645), "ioctl_names: VIDIOC_G_SLICED_VBI_CAP");
#endif
#ifdef FS_IOC_GET_ENCRYPTION_KEY_STATUS
_Static_assert((uint64_t)(FS_IOC_GET_ENCRYPTION_KEY_STATUS) == (uint64_t)(0xc080661a), "ioctl_names: FS_IOC_GET_ENCRYPTION_KEY_STATUS");
#endif
#ifdef KVM_GET_NESTED_STATE
_Static_assert((uint64_t)(KVM_GET_NESTED_STATE) == (uint64_t)(0xc080aebe), "ioctl_names: KVM_GET_NESTED_STATE");
#endif
#ifdef VIDIOC_S_DV_TIMINGS
_Static_assert((uint64_t)(VIDIOC_S_DV_TIMINGS) == (uint64_t)(0xc0845657), "ioctl_names: VIDIOC_S_DV_TIMINGS");
#endif
#ifdef VIDIOC_G_DV_TIMINGS
_Static_assert((uint64_t)(VIDIOC_G_DV_TIMINGS) == (uint64_t)(0xc0845658), "ioctl_names: VIDIOC_G_DV_TIMINGS");
#endif
#ifdef VIDIOC_DV_TIMINGS_CAP
_Static_assert((uint64_t)(VIDIOC_DV_TIMINGS_CAP) == (uint64_t)(0xc0905664), "ioctl_names: VIDIOC_DV_TIMINGS_CAP");
#endif
#ifdef VIDIOC_ENUM_DV_TIMINGS
_Static_assert((uint64_t)(VIDIOC_ENUM_DV_TIMINGS) == (uint64_t)(0xc0945662), "ioctl_names: VIDIOC_ENUM_DV_TIMINGS");
#endif
#ifdef VIDIOC_DBG_G_CHIP_INFO
_Static_assert((uint64_t)(VIDIOC_DBG_G_CHIP_INFO) == (uint64_t)(0xc0c85666), "ioctl_names: VIDIOC_DBG_G_CHIP_INFO");
#endif
#ifdef BTRFS_IOC_SET_RECEIVED_SUBVOL
_Static_assert((uint64_t)(BTRFS_IOC_SET_RECEIVED_SUBVOL) == (uint64_t)(0xc0c89425), "ioctl_names: BTRFS_IOC_SET_RECEIVED_SUBVOL");
#endif
#ifdef VIDIOC_G_PARM
_Static_assert((uint64_t)(VIDIOC_G_PARM) == (uint64_t)(0xc0cc5615), "ioctl_names: VIDIOC_G_PARM");
#endif
#ifdef VIDIOC_S_PARM
_Static_assert((uint64_t)(VIDIOC_S_PARM) == (uint64_t)(0xc0cc5616), "ioctl_names: VIDIOC_S_PARM");
#endif
#ifdef VIDIOC_G_FMT
_Static_assert((uint64_t)(VIDIOC_G_FMT) == (uint64_t)(0xc0d05604), "ioctl_names: VIDIOC_G_FMT");
#endif
#ifdef VIDIOC_S_FMT
_Static_assert((uint64_t)(VIDIOC_S_FMT) == (uint64_t)(0xc0d05605), "ioctl_names: VIDIOC_S_FMT");
#endif
#ifdef VIDIOC_TRY_FMT
_Static_assert((uint64_t)(VIDIOC_TRY_FMT) == (uint64_t)(0xc0d05640), "ioctl_names: VIDIOC_TRY_FMT");
#endif
#ifdef VIDIOC_QUERY_EXT_CTRL
_Static_assert((uint64_t)(VIDIOC_QUERY_EXT_CTRL) == (uint64_t)(0xc0e85667), "ioctl_names: VIDIOC_QUERY_EXT_CTRL");
#endif
#ifdef VIDIOC_CREATE_BUFS
_Static_assert((uint64_t)(VIDIOC_CREATE_BUFS) == (uint64_t)(0xc100565c), "ioctl_names: VIDIOC_CREATE_BUFS");
#endif
#ifdef MEDIA_IOC_DEVICE_INFO
_Static_assert((uint64_t)(MEDIA_IOC_DEVICE_INFO) == (uint64_t)(0xc1007c00), "ioctl_names: MEDIA_IOC_DEVICE_INFO");
#endif
#ifdef MEDIA_IOC_ENUM_ENTITIES
_Static_assert((uint64_t)(MEDIA_IOC_ENUM_ENTITIES) == (uint64_t)(0xc1007c01), "ioctl_names: MEDIA_IOC_ENUM_ENTITIES");
#endif
#ifdef GPIO_V2_GET_LINEINFO_IOCTL
_Static_assert((uint64_t)(GPIO_V2_GET_LINEINFO_IOCTL) == (uint64_t)(0xc100b405), "ioctl_names: GPIO_V2_GET_LINEINFO_IOCTL");
#endif
#ifdef GPIO_V2_GET_LINEINFO_WATCH_IOCTL
_Static_assert((uint64_t)(GPIO_V2_GET_LINEINFO_WATCH_IOCTL) == (uint64_t)(0xc100b406), "ioctl_names: GPIO_V2_GET_LINEINFO_WATCH_IOCTL");
#endif
#ifdef BINDER_CTL_ADD
_Static_assert((uint64_t)(BINDER_CTL_ADD) == (uint64_t)(0xc1086201), "ioctl_names: BINDER_CTL_ADD");
#endif
#ifdef GPIO_V2_LINE_SET_CONFIG_IOCTL
_Static_assert((uint64_t)(GPIO_V2_LINE_SET_CONFIG_IOCTL) == (uint64_t)(0xc110b40d), "ioctl_names: GPIO_V2_LINE_SET_CONFIG_IOCTL");
#endif
#ifdef GPIO_GET_LINEHANDLE_IOCTL
_Static_assert((uint64_t)(GPIO_GET_LINEHANDLE_IOCTL) == (uint64_t)(0xc16cb403), "ioctl_names: GPIO_GET_LINEHANDLE_IOCTL");
#endif
#ifdef KVM_GET_IRQCHIP
_Static_assert((uint64_t)(KVM_GET_IRQCHIP) == (uint64_t)(0xc208ae62), "ioctl_names: KVM_GET_IRQCHIP");
#endif
#ifdef GPIO_V2_GET_LINE_IOCTL
_Static_assert((uint64_t)(GPIO_V2_GET_LINE_IOCTL) == (uint64_t)(0xc250b407), "ioctl_names: GPIO_V2_GET_LINE_IOCTL");
#endif
#ifdef BTRFS_IOC_SCRUB
_Static_assert((uint64_t)(BTRFS_IOC_SCRUB) == (uint64_t)(0xc400941b), "ioctl_names: BTRFS_IOC_SCRUB");
#endif
#ifdef BTRFS_IOC_SCRUB_PROGRESS
_Static_assert((uint64_t)(BTRFS_IOC_SCRUB_PROGRESS) == (uint64_t)(0xc400941d), "ioctl_names: BTRFS_IOC_SCRUB_PROGRESS");
#endif
#ifdef BTRFS_IOC_BALANCE_V2
_Static_assert((uint64_t)(BTRFS_IOC_BALANCE_V2) == (uint64_t)(0xc4009420), "ioctl_names: BTRFS_IOC_BALANCE_V2");
#endif
#ifdef BTRFS_IOC_GET_DEV_STATS
_Static_assert((uint64_t)(BTRFS_IOC_GET_DEV_STATS) == (uint64_t)(0xc4089434), "ioctl_names: BTRFS_IOC_GET_DEV_STATS");
#endif
#ifdef BTRFS_IOC_DEV_REPLACE
_Static_assert((uint64_t)(BTRFS_IOC_DEV_REPLACE) == (uint64_t)(0xca289435), "ioctl_names: BTRFS_IOC_DEV_REPLACE");
#endif
#ifdef BTRFS_IOC_TREE_SEARCH
_Static_assert((uint64_t)(BTRFS_IOC_TREE_SEARCH) == (uint64_t)(0xd0009411), "ioctl_names: BTRFS_IOC_TREE_SEARCH");
#endif
#ifdef BTRFS_IOC_INO_LOOKUP
_Static_assert((uint64_t)(BTRFS_IOC_INO_LOOKUP) == (uint64_t)(0xd0009412), "ioctl_names: BTRFS_IOC_INO_LOOKUP");
#endif
#ifdef BTRFS_IOC_DEV_INFO
_Static_assert((uint64_t)(BTRFS_IOC_DEV_INFO) == (uint64_t)(0xd000941e), "ioctl_names: BTRFS_IOC_DEV_INFO");
#endif
#ifdef BTRFS_IOC_GET_SUBVOL_ROOTREF
_Static_assert((uint64_t)(BTRFS_IOC_GET_SUBVOL_ROOTREF) == (uint64_t)(0xd000943d), "ioctl_names: BTRFS_IOC_GET_SUBVOL_ROOTREF");
#endif
#ifdef BTRFS_IOC_INO_LOOKUP_USER
_Static_assert((uint64_t)(BTRFS_IOC_INO_LOOKUP_USER) == (uint64_t)(0xd000943e), "ioctl_names: BTRFS_IOC_INO_LOOKUP_USER");
#endif
static const struct xlat_entry xe_ioctl_names[] = {
	{ (uint64_t)(0x1), "FIBMAP" },
	{ (uint64_t)(0x2), "FIGETBSZ" },
	{ (uint64_t)(0x241), "FDCLRPRM" },
	{ (uint64_t)(0x245), "FDMSGON" },
	{ (uint64_t)(0x246), "FDMSGOFF" },
	{ (uint64_t)(0x247), "FDFMTBEG" },
	{ (uint64_t)(0x249), "FDFMTEND" },
	{ (uint64_t)(0x24a), "FDSETEMSGTRESH" },
	{ (uint64_t)(0x24b), "FDFLUSH" },
	{ (uint64_t)(0x254), "FDRESET" },
	{ (uint64_t)(0x256), "FDWERRORCLR" },
	{ (uint64_t)(0x258), "FDRAWCMD" },
	{ (uint64_t)(0x259), "FDTWADDLE" },
	{ (uint64_t)(0x25a), "FDEJECT" },
	{ (uint64_t)(0x301), "HDIO_GETGEO" },
	{ (uint64_t)(0x302), "HDIO_GET_UNMASKINTR" },
	{ (uint64_t)(0x304), "HDIO_GET_MULTCOUNT" },
	{ (uint64_t)(0x305), "HDIO_GET_QDMA" },
	{ (uint64_t)(0x306), "HDIO_SET_XFER" },
	{ (uint64_t)(0x307), "HDIO_OBSOLETE_IDENTITY" },
	{ (uint64_t)(0x308), "HDIO_GET_KEEPSETTINGS" },
	{ (uint64_t)(0x309), "HDIO_GET_32BIT" },
	{ (uint64_t)(0x30a), "HDIO_GET_NOWERR" },
	{ (uint64_t)(0x30b), "HDIO_GET_DMA" },
	{ (uint64_t)(0x30c), "HDIO_GET_NICE" },
	{ (uint64_t)(0x30d), "HDIO_GET_IDENTITY" },
	{ (uint64_t)(0x30e), "HDIO_GET_WCACHE" },
	{ (uint64_t)(0x30f), "HDIO_GET_ACOUSTIC" },
	{ (uint64_t)(0x310), "HDIO_GET_ADDRESS" },
	{ (uint64_t)(0x31a), "HDIO_GET_BUSSTATE" },
	{ (uint64_t)(0x31b), "HDIO_TRISTATE_HWIF" },
	{ (uint64_t)(0x31c), "HDIO_DRIVE_RESET" },
	{ (uint64_t)(0x31d), "HDIO_DRIVE_TASKFILE" },
	{ (uint64_t)(0x31e), "HDIO_DRIVE_TASK" },
	{ (uint64_t)(0x31f), "HDIO_DRIVE_CMD" },
	{ (uint64_t)(0x321), "HDIO_SET_MULTCOUNT" },
	{ (uint64_t)(0x322), "HDIO_SET_UNMASKINTR" },
	{ (uint64_t)(0x323), "HDIO_SET_KEEPSETTINGS" },
	{ (uint64_t)(0x324), "HDIO_SET_32BIT" },
	{ (uint64_t)(0x325), "HDIO_SET_NOWERR" },
	{ (uint64_t)(0x326), "HDIO_SET_DMA" },
	{ (uint64_t)(0x327), "HDIO_SET_PIO_MODE" },
	{ (uint64_t)(0x328), "HDIO_SCAN_HWIF" },
	{ (uint64_t)(0x329), "HDIO_SET_NICE" },
	{ (uint64_t)(0x32a), "HDIO_UNREGISTER_HWIF" },
	{ (uint64_t)(0x32b), "HDIO_SET_WCACHE" },
	{ (uint64_t)(0x32c), "HDIO_SET_ACOUSTIC" },
	{ (uint64_t)(0x32d), "HDIO_SET_BUSSTATE" },
	{ (uint64_t)(0x32e), "HDIO_SET_QDMA" },
	{ (uint64_t)(0x32f), "HDIO_SET_ADDRESS" },
	{ (uint64_t)(0x125d), "BLKROSET" },
	{ (uint64_t)(0x125e), "BLKROGET" },
	{ (uint64_t)(0x125f), "BLKRRPART" },
	{ (uint64_t)(0x1260), "BLKGETSIZE" },
	{ (uint64_t)(0x1261), "BLKFLSBUF" },
	{ (uint64_t)(0x1262), "BLKRASET" },
	{ (uint64_t)(0x1263), "BLKRAGET" },
	{ (uint64_t)(0x1264), "BLKFRASET" },
	{ (uint64_t)(0x1265), "BLKFRAGET" },
	{ (uint64_t)(0x1266), "BLKSECTSET" },
	{ (uint64_t)(0x1267), "BLKSECTGET" },
	{ (uint64_t)(0x1268), "BLKSSZGET" },
	{ (uint64_t)(0x1269), "BLKPG" },
	{ (uint64_t)(0x1274), "BLKTRACESTART" },
	{ (uint64_t)(0x1275), "BLKTRACESTOP" },
	{ (uint64_t)(0x1276), "BLKTRACETEARDOWN" },
	{ (uint64_t)(0x1277), "BLKDISCARD" },
	{ (uint64_t)(0x1278), "BLKIOMIN" },
	{ (uint64_t)(0x1279), "BLKIOOPT" },
	{ (uint64_t)(0x127a), "BLKALIGNOFF" },
	{ (uint64_t)(0x127b), "BLKPBSZGET" },
	{ (uint64_t)(0x127c), "BLKDISCARDZEROES" },
	{ (uint64_t)(0x127d), "BLKSECDISCARD" },
	{ (uint64_t)(0x127e), "BLKROTATIONAL" },
	{ (uint64_t)(0x127f), "BLKZEROOUT" },
	{ (uint64_t)(0x1b03), "IB_USER_MAD_ENABLE_PKEY" },
	{ (uint64_t)(0x1be6), "HFI1_IOCTL_CREDIT_UPD" },
	{ (uint64_t)(0x1bec), "HFI1_IOCTL_CTXT_RESET" },
	{ (uint64_t)(0x2311), "FW_CDEV_IOC_GET_SPEED" },
	{ (uint64_t)(0x3b64), "VFIO_GET_API_VERSION" },
	{ (uint64_t)(0x3b65), "VFIO_CHECK_EXTENSION" },
	{ (uint64_t)(0x3b66), "VFIO_SET_IOMMU" },
	{ (uint64_t)(0x3b67), "VFIO_GROUP_GET_STATUS" },
	{ (uint64_t)(0x3b68), "VFIO_GROUP_SET_CONTAINER" },
	{ (uint64_t)(0x3b69), "VFIO_GROUP_UNSET_CONTAINER" },
	{ (uint64_t)(0x3b6a), "VFIO_GROUP_GET_DEVICE_FD" },
	{ (uint64_t)(0x3b6b), "VFIO_DEVICE_GET_INFO" },
	{ (uint64_t)(0x3b6c), "VFIO_DEVICE_GET_REGION_INFO" },
	{ (uint64_t)(0x3b6d), "VFIO_DEVICE_GET_IRQ_INFO" },
	{ (uint64_t)(0x3b6e), "VFIO_DEVICE_SET_IRQS" },
	{ (uint64_t)(0x3b6f), "VFIO_DEVICE_RESET" },
	{ (uint64_t)(0x3b70), "VFIO_DEVICE_GET_PCI_HOT_RESET_INFO" },
	{ (uint64_t)(0x3b70), "VFIO_IOMMU_GET_INFO" },
	{ (uint64_t)(0x3b70), "VFIO_IOMMU_SPAPR_TCE_GET_INFO" },
	{ (uint64_t)(0x3b71), "VFIO_DEVICE_PCI_HOT_RESET" },
	{ (uint64_t)(0x3b71), "VFIO_IOMMU_MAP_DMA" },
	{ (uint64_t)(0x3b72), "VFIO_DEVICE_QUERY_GFX_PLANE" },
	{ (uint64_t)(0x3b72), "VFIO_IOMMU_UNMAP_DMA" },
	{ (uint64_t)(0x3b73), "VFIO_DEVICE_GET_GFX_DMABUF" },
	{ (uint64_t)(0x3b73), "VFIO_IOMMU_ENABLE" },
	{ (uint64_t)(0x3b74), "VFIO_DEVICE_IOEVENTFD" },
	{ (uint64_t)(0x3b74), "VFIO_IOMMU_DISABLE" },
	{ (uint64_t)(0x3b75), "VFIO_DEVICE_FEATURE" },
	{ (uint64_t)(0x3b75), "VFIO_IOMMU_DIRTY_PAGES" },
	{ (uint64_t)(0x3b75), "VFIO_IOMMU_SPAPR_REGISTER_MEMORY" },
	{ (uint64_t)(0x3b76), "VFIO_IOMMU_SPAPR_UNREGISTER_MEMORY" },
	{ (uint64_t)(0x3b77), "VFIO_IOMMU_SPAPR_TCE_CREATE" },
	{ (uint64_t)(0x3b78), "VFIO_IOMMU_SPAPR_TCE_REMOVE" },
	{ (uint64_t)(0x3b79), "VFIO_EEH_PE_OP" },
	{ (uint64_t)(0x3e01), "COUNTER_ENABLE_EVENTS_IOCTL" },
	{ (uint64_t)(0x3e02), "COUNTER_DISABLE_EVENTS_IOCTL" },
	{ (uint64_t)(0x4101), "AGPIOC_ACQUIRE" },
	{ (uint64_t)(0x4101), "APM_IOC_STANDBY" },
	{ (uint64_t)(0x4102), "AGPIOC_RELEASE" },
	{ (uint64_t)(0x4102), "APM_IOC_SUSPEND" },
	{ (uint64_t)(0x4200), "IOCTL_XENBUS_BACKEND_EVTCHN" },
	{ (uint64_t)(0x4200), "PMU_IOC_SLEEP" },
	{ (uint64_t)(0x420a), "CCISS_REVALIDVOLS" },
	{ (uint64_t)(0x420c), "CCISS_DEREGDISK" },
	{ (uint64_t)(0x420e), "CCISS_REGNEWD" },
	{ (uint64_t)(0x4210), "CCISS_RESCANDISK" },
	{ (uint64_t)(0x4703), "GSMIOC_DISABLE_NET" },
	{ (uint64_t)(0x48f9), "SNDRV_FIREWIRE_IOCTL_LOCK" },
	{ (uint64_t)(0x48fa), "SNDRV_FIREWIRE_IOCTL_UNLOCK" },
	{ (uint64_t)(0x4b2f), "KIOCSOUND" },
	{ (uint64_t)(0x4b30), "KDMKTONE" },
	{ (uint64_t)(0x4b31), "KDGETLED" },
	{ (uint64_t)(0x4b32), "KDSETLED" },
	{ (uint64_t)(0x4b33), "KDGKBTYPE" },
	{ (uint64_t)(0x4b34), "KDADDIO" },
	{ (uint64_t)(0x4b35), "KDDELIO" },
	{ (uint64_t)(0x4b36), "KDENABIO" },
	{ (uint64_t)(0x4b37), "KDDISABIO" },
	{ (uint64_t)(0x4b3a), "KDSETMODE" },
	{ (uint64_t)(0x4b3b), "KDGETMODE" },
	{ (uint64_t)(0x4b3c), "KDMAPDISP" },
	{ (uint64_t)(0x4b3d), "KDUNMAPDISP" },
	{ (uint64_t)(0x4b40), "GIO_SCRNMAP" },
	{ (uint64_t)(0x4b41), "PIO_SCRNMAP" },
	{ (uint64_t)(0x4b44), "KDGKBMODE" },
	{ (uint64_t)(0x4b45), "KDSKBMODE" },
	{ (uint64_t)(0x4b46), "KDGKBENT" },
	{ (uint64_t)(0x4b47), "KDSKBENT" },
	{ (uint64_t)(0x4b48), "KDGKBSENT" },
	{ (uint64_t)(0x4b49), "KDSKBSENT" },
	{ (uint64_t)(0x4b4a), "KDGKBDIACR" },
	{ (uint64_t)(0x4b4b), "KDSKBDIACR" },
	{ (uint64_t)(0x4b4c), "KDGETKEYCODE" },
	{ (uint64_t)(0x4b4d), "KDSETKEYCODE" },
	{ (uint64_t)(0x4b4e), "KDSIGACCEPT" },
	{ (uint64_t)(0x4b52), "KDKBDREP" },
	{ (uint64_t)(0x4b60), "GIO_FONT" },
	{ (uint64_t)(0x4b61), "PIO_FONT" },
	{ (uint64_t)(0x4b62), "KDGKBMETA" },
	{ (uint64_t)(0x4b63), "KDSKBMETA" },
	{ (uint64_t)(0x4b64), "KDGKBLED" },
	{ (uint64_t)(0x4b65), "KDSKBLED" },
	{ (uint64_t)(0x4b66), "GIO_UNIMAP" },
	{ (uint64_t)(0x4b67), "PIO_UNIMAP" },
	{ (uint64_t)(0x4b68), "PIO_UNIMAPCLR" },
	{ (uint64_t)(0x4b69), "GIO_UNISCRNMAP" },
	{ (uint64_t)(0x4b6a), "PIO_UNISCRNMAP" },
	{ (uint64_t)(0x4b6b), "GIO_FONTX" },
	{ (uint64_t)(0x4b6c), "PIO_FONTX" },
	{ (uint64_t)(0x4b6d), "PIO_FONTRESET" },
	{ (uint64_t)(0x4b70), "GIO_CMAP" },
	{ (uint64_t)(0x4b71), "PIO_CMAP" },
	{ (uint64_t)(0x4b72), "KDFONTOP" },
	{ (uint64_t)(0x4bfa), "KDGKBDIACRUC" },
	{ (uint64_t)(0x4bfb), "KDSKBDIACRUC" },
	{ (uint64_t)(0x4c00), "LOOP_SET_FD" },
	{ (uint64_t)(0x4c01), "LOOP_CLR_FD" },
	{ (uint64_t)(0x4c02), "LOOP_SET_STATUS" },
	{ (uint64_t)(0x4c03), "LOOP_GET_STATUS" },
	{ (uint64_t)(0x4c04), "LOOP_SET_STATUS64" },
	{ (uint64_t)(0x4c05), "LOOP_GET_STATUS64" },
	{ (uint64_t)(0x4c06), "LOOP_CHANGE_FD" },
	{ (uint64_t)(0x4c07), "LOOP_SET_CAPACITY" },
	{ (uint64_t)(0x4c08), "LOOP_SET_DIRECT_IO" },
	{ (uint64_t)(0x4c09), "LOOP_SET_BLOCK_SIZE" },
	{ (uint64_t)(0x4c0a), "LOOP_CONFIGURE" },
	{ (uint64_t)(0x4c80), "LOOP_CTL_ADD" },
	{ (uint64_t)(0x4c81), "LOOP_CTL_REMOVE" },
	{ (uint64_t)(0x4c82), "LOOP_CTL_GET_FREE" },
	{ (uint64_t)(0x5000), "SNDCTL_DSP_RESET" },
	{ (uint64_t)(0x5204), "FASTRPC_IOCTL_INIT_ATTACH" },
	{ (uint64_t)(0x5204), "RNDZAPENTCNT" },
	{ (uint64_t)(0x5206), "RNDCLEARPOOL" },
	{ (uint64_t)(0x5207), "RNDRESEEDCRNG" },
	{ (uint64_t)(0x5301), "CDROMPAUSE" },
	{ (uint64_t)(0x5302), "CDROMRESUME" },
	{ (uint64_t)(0x5303), "CDROMPLAYMSF" },
	{ (uint64_t)(0x5304), "CDROMPLAYTRKIND" },
	{ (uint64_t)(0x5305), "CDROMREADTOCHDR" },
	{ (uint64_t)(0x5306), "CDROMREADTOCENTRY" },
	{ (uint64_t)(0x5307), "CDROMSTOP" },
	{ (uint64_t)(0x5308), "CDROMSTART" },
	{ (uint64_t)(0x5309), "CDROMEJECT" },
	{ (uint64_t)(0x530a), "CDROMVOLCTRL" },
	{ (uint64_t)(0x530b), "CDROMSUBCHNL" },
	{ (uint64_t)(0x530c), "CDROMREADMODE2" },
	{ (uint64_t)(0x530d), "CDROMREADMODE1" },
	{ (uint64_t)(0x530e), "CDROMREADAUDIO" },
	{ (uint64_t)(0x530f), "CDROMEJECT_SW" },
	{ (uint64_t)(0x5310), "CDROMMULTISESSION" },
	{ (uint64_t)(0x5311), "CDROM_GET_MCN" },
	{ (uint64_t)(0x5312), "CDROMRESET" },
	{ (uint64_t)(0x5313), "CDROMVOLREAD" },
	{ (uint64_t)(0x5314), "CDROMREADRAW" },
	{ (uint64_t)(0x5315), "CDROMREADCOOKED" },
	{ (uint64_t)(0x5316), "CDROMSEEK" },
	{ (uint64_t)(0x5317), "CDROMPLAYBLK" },
	{ (uint64_t)(0x5318), "CDROMREADALL" },
	{ (uint64_t)(0x5319), "CDROMCLOSETRAY" },
	{ (uint64_t)(0x531d), "CDROMGETSPINDOWN" },
	{ (uint64_t)(0x531e), "CDROMSETSPINDOWN" },
	{ (uint64_t)(0x5320), "CDROM_SET_OPTIONS" },
	{ (uint64_t)(0x5321), "CDROM_CLEAR_OPTIONS" },
	{ (uint64_t)(0x5322), "CDROM_SELECT_SPEED" },
	{ (uint64_t)(0x5323), "CDROM_SELECT_DISC" },
	{ (uint64_t)(0x5325), "CDROM_MEDIA_CHANGED" },
	{ (uint64_t)(0x5326), "CDROM_DRIVE_STATUS" },
	{ (uint64_t)(0x5327), "CDROM_DISC_STATUS" },
	{ (uint64_t)(0x5328), "CDROM_CHANGER_NSLOTS" },
	{ (uint64_t)(0x5329), "CDROM_LOCKDOOR" },
	{ (uint64_t)(0x5330), "CDROM_DEBUG" },
	{ (uint64_t)(0x5331), "CDROM_GET_CAPABILITY" },
	{ (uint64_t)(0x5382), "CDROMAUDIOBUFSIZ" },
	{ (uint64_t)(0x5382), "SCSI_IOCTL_GET_IDLUN" },
	{ (uint64_t)(0x5390), "DVD_READ_STRUCT" },
	{ (uint64_t)(0x5391), "DVD_WRITE_STRUCT" },
	{ (uint64_t)(0x5392), "DVD_AUTH" },
	{ (uint64_t)(0x5393), "CDROM_SEND_PACKET" },
	{ (uint64_t)(0x5394), "CDROM_NEXT_WRITABLE" },
	{ (uint64_t)(0x5395), "CDROM_LAST_WRITTEN" },
	{ (uint64_t)(0x5396), "CDROM_TIMED_MEDIA_CHANGE" },
	{ (uint64_t)(0x5401), "TCGETS" },
	{ (uint64_t)(0x5402), "SNDCTL_TMR_START" },
	{ (uint64_t)(0x5402), "TCSETS" },
	{ (uint64_t)(0x5403), "SNDCTL_TMR_STOP" },
	{ (uint64_t)(0x5403), "TCSETSW" },
	{ (uint64_t)(0x5404), "SNDCTL_TMR_CONTINUE" },
	{ (uint64_t)(0x5404), "TCSETSF" },
	{ (uint64_t)(0x5405), "TCGETA" },
	{ (uint64_t)(0x5406), "TCSETA" },
	{ (uint64_t)(0x5407), "TCSETAW" },
	{ (uint64_t)(0x5408), "TCSETAF" },
	{ (uint64_t)(0x5409), "TCSBRK" },
	{ (uint64_t)(0x540a), "TCXONC" },
	{ (uint64_t)(0x540b), "TCFLSH" },
	{ (uint64_t)(0x540c), "TIOCEXCL" },
	{ (uint64_t)(0x540d), "TIOCNXCL" },
	{ (uint64_t)(0x540e), "TIOCSCTTY" },
	{ (uint64_t)(0x540f), "TIOCGPGRP" },
	{ (uint64_t)(0x5410), "TIOCSPGRP" },
	{ (uint64_t)(0x5411), "TIOCOUTQ" },
	{ (uint64_t)(0x5412), "TIOCSTI" },
	{ (uint64_t)(0x5413), "TIOCGWINSZ" },
	{ (uint64_t)(0x5414), "TIOCSWINSZ" },
	{ (uint64_t)(0x5415), "TIOCMGET" },
	{ (uint64_t)(0x5416), "TIOCMBIS" },
	{ (uint64_t)(0x5417), "TIOCMBIC" },
	{ (uint64_t)(0x5418), "TIOCMSET" },
	{ (uint64_t)(0x5419), "TIOCGSOFTCAR" },
	{ (uint64_t)(0x541a), "TIOCSSOFTCAR" },
	{ (uint64_t)(0x541b), "FIONREAD" },
	{ (uint64_t)(0x541c), "TIOCLINUX" },
	{ (uint64_t)(0x541d), "TIOCCONS" },
	{ (uint64_t)(0x541e), "TIOCGSERIAL" },
	{ (uint64_t)(0x541f), "TIOCSSERIAL" },
	{ (uint64_t)(0x5420), "TIOCPKT" },
	{ (uint64_t)(0x5421), "FIONBIO" },
	{ (uint64_t)(0x5422), "TIOCNOTTY" },
	{ (uint64_t)(0x5423), "TIOCSETD" },
	{ (uint64_t)(0x5424), "TIOCGETD" },
	{ (uint64_t)(0x5425), "TCSBRKP" },
	{ (uint64_t)(0x5427), "TIOCSBRK" },
	{ (uint64_t)(0x5428), "TIOCCBRK" },
	{ (uint64_t)(0x5429), "TIOCGSID" },
	{ (uint64_t)(0x542e), "TIOCGRS485" },
	{ (uint64_t)(0x542f), "TIOCSRS485" },
	{ (uint64_t)(0x5432), "TCGETX" },
	{ (uint64_t)(0x5433), "TCSETX" },
	{ (uint64_t)(0x5434), "TCSETXF" },
	{ (uint64_t)(0x5435), "TCSETXW" },
	{ (uint64_t)(0x5437), "TIOCVHANGUP" },
	{ (uint64_t)(0x5441), "TIOCGPTPEER" },
	{ (uint64_t)(0x5450), "FIONCLEX" },
	{ (uint64_t)(0x5451), "FIOCLEX" },
	{ (uint64_t)(0x5452), "FIOASYNC" },
	{ (uint64_t)(0x5453), "TIOCSERCONFIG" },
	{ (uint64_t)(0x5454), "TIOCSERGWILD" },
	{ (uint64_t)(0x5455), "TIOCSERSWILD" },
	{ (uint64_t)(0x5456), "TIOCGLCKTRMIOS" },
	{ (uint64_t)(0x5457), "TIOCSLCKTRMIOS" },
	{ (uint64_t)(0x5458), "TIOCSERGSTRUCT" },
	{ (uint64_t)(0x5459), "TIOCSERGETLSR" },
	{ (uint64_t)(0x545a), "TIOCSERGETMULTI" },
	{ (uint64_t)(0x545b), "TIOCSERSETMULTI" },
	{ (uint64_t)(0x545c), "TIOCMIWAIT" },
	{ (uint64_t)(0x545d), "TIOCGICOUNT" },
	{ (uint64_t)(0x5460), "FIOQSIZE" },
	{ (uint64_t)(0x5501), "UI_DEV_CREATE" },
	{ (uint64_t)(0x5501), "USB_RAW_IOCTL_RUN" },
	{ (uint64_t)(0x5502), "UI_DEV_DESTROY" },
	{ (uint64_t)(0x5509), "USB_RAW_IOCTL_CONFIGURE" },
	{ (uint64_t)(0x550c), "USB_RAW_IOCTL_EP0_STALL" },
	{ (uint64_t)(0x5600), "VT_OPENQRY" },
	{ (uint64_t)(0x5601), "VT_GETMODE" },
	{ (uint64_t)(0x5602), "VT_SETMODE" },
	{ (uint64_t)(0x5603), "VBG_IOCTL_VMMDEV_REQUEST_BIG" },
	{ (uint64_t)(0x5603), "VT_GETSTATE" },
	{ (uint64_t)(0x5604), "VT_SENDSIG" },
	{ (uint64_t)(0x5605), "VT_RELDISP" },
	{ (uint64_t)(0x5606), "VT_ACTIVATE" },
	{ (uint64_t)(0x5607), "VT_WAITACTIVE" },
	{ (uint64_t)(0x5608), "VT_DISALLOCATE" },
	{ (uint64_t)(0x5609), "VT_RESIZE" },
	{ (uint64_t)(0x560a), "VT_RESIZEX" },
	{ (uint64_t)(0x560b), "VT_LOCKSWITCH" },
	{ (uint64_t)(0x560c), "VT_UNLOCKSWITCH" },
	{ (uint64_t)(0x560d), "VT_GETHIFONTMASK" },
	{ (uint64_t)(0x560e), "VT_WAITEVENT" },
	{ (uint64_t)(0x560f), "VT_SETACTIVATE" },
	{ (uint64_t)(0x5646), "VIDIOC_LOG_STATUS" },
	{ (uint64_t)(0x5700), "UACCE_CMD_START_Q" },
	{ (uint64_t)(0x5701), "UACCE_CMD_PUT_Q" },
	{ (uint64_t)(0x5760), "IOC_WATCH_QUEUE_SET_SIZE" },
	{ (uint64_t)(0x5761), "IOC_WATCH_QUEUE_SET_FILTER" },
	{ (uint64_t)(0x6163), "NS_ADJBUFLEV" },
	{ (uint64_t)(0x6180), "SIOCSIFATMTCP" },
	{ (uint64_t)(0x618e), "ATMTCP_CREATE" },
	{ (uint64_t)(0x618f), "ATMTCP_REMOVE" },
	{ (uint64_t)(0x61d0), "ATMLEC_CTRL" },
	{ (uint64_t)(0x61d1), "ATMLEC_DATA" },
	{ (uint64_t)(0x61d2), "ATMLEC_MCAST" },
	{ (uint64_t)(0x61d8), "ATMMPC_CTRL" },
	{ (uint64_t)(0x61d9), "ATMMPC_DATA" },
	{ (uint64_t)(0x61e0), "SIOCMKCLIP" },
	{ (uint64_t)(0x61e1), "ATMARPD_CTRL" },
	{ (uint64_t)(0x61e2), "ATMARP_MKIP" },
	{ (uint64_t)(0x61e3), "ATMARP_SETENTRY" },
	{ (uint64_t)(0x61e5), "ATMARP_ENCAP" },
	{ (uint64_t)(0x61f0), "ATMSIGD_CTRL" },
	{ (uint64_t)(0x6701), "FUNCTIONFS_FIFO_STATUS" },
	{ (uint64_t)(0x6701), "GADGETFS_FIFO_STATUS" },
	{ (uint64_t)(0x6702), "FUNCTIONFS_FIFO_FLUSH" },
	{ (uint64_t)(0x6702), "GADGETFS_FIFO_FLUSH" },
	{ (uint64_t)(0x6703), "FUNCTIONFS_CLEAR_HALT" },
	{ (uint64_t)(0x6703), "GADGETFS_CLEAR_HALT" },
	{ (uint64_t)(0x6780), "FUNCTIONFS_INTERFACE_REVMAP" },
	{ (uint64_t)(0x6781), "FUNCTIONFS_ENDPOINT_REVMAP" },
	{ (uint64_t)(0x7001), "RTC_AIE_ON" },
	{ (uint64_t)(0x7002), "RTC_AIE_OFF" },
	{ (uint64_t)(0x7003), "RTC_UIE_ON" },
	{ (uint64_t)(0x7004), "PHN_NOT_OH" },
	{ (uint64_t)(0x7004), "RTC_UIE_OFF" },
	{ (uint64_t)(0x7005), "RTC_PIE_ON" },
	{ (uint64_t)(0x7006), "RTC_PIE_OFF" },
	{ (uint64_t)(0x700f), "RTC_WIE_ON" },
	{ (uint64_t)(0x7010), "RTC_WIE_OFF" },
	{ (uint64_t)(0x7014), "RTC_VL_CLR" },
	{ (uint64_t)(0x7040), "NVRAM_INIT" },
	{ (uint64_t)(0x7041), "NVRAM_SETCKS" },
	{ (uint64_t)(0x7c80), "MEDIA_REQUEST_IOC_QUEUE" },
	{ (uint64_t)(0x7c81), "MEDIA_REQUEST_IOC_REINIT" },
	{ (uint64_t)(0x8901), "FIOSETOWN" },
	{ (uint64_t)(0x8902), "SIOCSPGRP" },
	{ (uint64_t)(0x8903), "FIOGETOWN" },
	{ (uint64_t)(0x8904), "SIOCGPGRP" },
	{ (uint64_t)(0x8905), "SIOCATMARK" },
	{ (uint64_t)(0x8906), "SIOCGSTAMP_OLD" },
	{ (uint64_t)(0x8907), "SIOCGSTAMPNS_OLD" },
	{ (uint64_t)(0x890b), "SIOCADDRT" },
	{ (uint64_t)(0x890c), "SIOCDELRT" },
	{ (uint64_t)(0x890d), "SIOCRTMSG" },
	{ (uint64_t)(0x8910), "SIOCGIFNAME" },
	{ (uint64_t)(0x8911), "SIOCSIFLINK" },
	{ (uint64_t)(0x8912), "SIOCGIFCONF" },
	{ (uint64_t)(0x8913), "SIOCGIFFLAGS" },
	{ (uint64_t)(0x8914), "SIOCSIFFLAGS" },
	{ (uint64_t)(0x8915), "SIOCGIFADDR" },
	{ (uint64_t)(0x8916), "SIOCSIFADDR" },
	{ (uint64_t)(0x8917), "SIOCGIFDSTADDR" },
	{ (uint64_t)(0x8918), "SIOCSIFDSTADDR" },
	{ (uint64_t)(0x8919), "SIOCGIFBRDADDR" },
	{ (uint64_t)(0x891a), "SIOCSIFBRDADDR" },
	{ (uint64_t)(0x891b), "SIOCGIFNETMASK" },
	{ (uint64_t)(0x891c), "SIOCSIFNETMASK" },
	{ (uint64_t)(0x891d), "SIOCGIFMETRIC" },
	{ (uint64_t)(0x891e), "SIOCSIFMETRIC" },
	{ (uint64_t)(0x891f), "SIOCGIFMEM" },
	{ (uint64_t)(0x8920), "SIOCSIFMEM" },
	{ (uint64_t)(0x8921), "SIOCGIFMTU" },
	{ (uint64_t)(0x8922), "SIOCSIFMTU" },
	{ (uint64_t)(0x8923), "SIOCSIFNAME" },
	{ (uint64_t)(0x8924), "SIOCSIFHWADDR" },
	{ (uint64_t)(0x8925), "SIOCGIFENCAP" },
	{ (uint64_t)(0x8926), "SIOCSIFENCAP" },
	{ (uint64_t)(0x8927), "SIOCGIFHWADDR" },
	{ (uint64_t)(0x8929), "SIOCGIFSLAVE" },
	{ (uint64_t)(0x8930), "SIOCSIFSLAVE" },
	{ (uint64_t)(0x8931), "SIOCADDMULTI" },
	{ (uint64_t)(0x8932), "SIOCDELMULTI" },
	{ (uint64_t)(0x8933), "SIOCGIFINDEX" },
	{ (uint64_t)(0x8934), "SIOCSIFPFLAGS" },
	{ (uint64_t)(0x8935), "SIOCGIFPFLAGS" },
	{ (uint64_t)(0x8936), "SIOCDIFADDR" },
	{ (uint64_t)(0x8937), "SIOCSIFHWBROADCAST" },
	{ (uint64_t)(0x8938), "SIOCGIFCOUNT" },
	{ (uint64_t)(0x8940), "SIOCGIFBR" },
	{ (uint64_t)(0x8941), "SIOCSIFBR" },
	{ (uint64_t)(0x8942), "SIOCGIFTXQLEN" },
	{ (uint64_t)(0x8943), "SIOCSIFTXQLEN" },
	{ (uint64_t)(0x8946), "SIOCETHTOOL" },
	{ (uint64_t)(0x8947), "SIOCGMIIPHY" },
	{ (uint64_t)(0x8948), "SIOCGMIIREG" },
	{ (uint64_t)(0x8949), "SIOCSMIIREG" },
	{ (uint64_t)(0x894a), "SIOCWANDEV" },
	{ (uint64_t)(0x894b), "SIOCOUTQNSD" },
	{ (uint64_t)(0x894c), "SIOCGSKNS" },
	{ (uint64_t)(0x8953), "SIOCDARP" },
	{ (uint64_t)(0x8954), "SIOCGARP" },
	{ (uint64_t)(0x8955), "SIOCSARP" },
	{ (uint64_t)(0x8960), "SIOCDRARP" },
	{ (uint64_t)(0x8961), "SIOCGRARP" },
	{ (uint64_t)(0x8962), "SIOCSRARP" },
	{ (uint64_t)(0x8970), "SIOCGIFMAP" },
	{ (uint64_t)(0x8971), "SIOCSIFMAP" },
	{ (uint64_t)(0x8980), "SIOCADDDLCI" },
	{ (uint64_t)(0x8981), "SIOCDELDLCI" },
	{ (uint64_t)(0x8982), "SIOCGIFVLAN" },
	{ (uint64_t)(0x8983), "SIOCSIFVLAN" },
	{ (uint64_t)(0x8990), "SIOCBONDENSLAVE" },
	{ (uint64_t)(0x8991), "SIOCBONDRELEASE" },
	{ (uint64_t)(0x8992), "SIOCBONDSETHWADDR" },
	{ (uint64_t)(0x8993), "SIOCBONDSLAVEINFOQUERY" },
	{ (uint64_t)(0x8994), "SIOCBONDINFOQUERY" },
	{ (uint64_t)(0x8995), "SIOCBONDCHANGEACTIVE" },
	{ (uint64_t)(0x89a0), "SIOCBRADDBR" },
	{ (uint64_t)(0x89a1), "SIOCBRDELBR" },
	{ (uint64_t)(0x89a2), "SIOCBRADDIF" },
	{ (uint64_t)(0x89a3), "SIOCBRDELIF" },
	{ (uint64_t)(0x89b0), "SIOCSHWTSTAMP" },
	{ (uint64_t)(0x89b1), "SIOCGHWTSTAMP" },
	{ (uint64_t)(0x89e0), "SIOCPROTOPRIVATE" },
	{ (uint64_t)(0x89f0), "SIOCDEVPRIVATE" },
	{ (uint64_t)(0x8b00), "SIOCIWFIRST" },
	{ (uint64_t)(0x8b00), "SIOCSIWCOMMIT" },
	{ (uint64_t)(0x8b01), "SIOCGIWNAME" },
	{ (uint64_t)(0x8b02), "SIOCSIWNWID" },
	{ (uint64_t)(0x8b03), "SIOCGIWNWID" },
	{ (uint64_t)(0x8b04), "SIOCSIWFREQ" },
	{ (uint64_t)(0x8b05), "SIOCGIWFREQ" },
	{ (uint64_t)(0x8b06), "SIOCSIWMODE" },
	{ (uint64_t)(0x8b07), "SIOCGIWMODE" },
	{ (uint64_t)(0x8b08), "SIOCSIWSENS" },
	{ (uint64_t)(0x8b09), "SIOCGIWSENS" },
	{ (uint64_t)(0x8b0a), "SIOCSIWRANGE" },
	{ (uint64_t)(0x8b0b), "SIOCGIWRANGE" },
	{ (uint64_t)(0x8b0c), "SIOCSIWPRIV" },
	{ (uint64_t)(0x8b0d), "SIOCGIWPRIV" },
	{ (uint64_t)(0x8b0e), "SIOCSIWSTATS" },
	{ (uint64_t)(0x8b0f), "SIOCGIWSTATS" },
	{ (uint64_t)(0x8b10), "SIOCSIWSPY" },
	{ (uint64_t)(0x8b11), "SIOCGIWSPY" },
	{ (uint64_t)(0x8b12), "SIOCSIWTHRSPY" },
	{ (uint64_t)(0x8b13), "SIOCGIWTHRSPY" },
	{ (uint64_t)(0x8b14), "SIOCSIWAP" },
	{ (uint64_t)(0x8b15), "SIOCGIWAP" },
	{ (uint64_t)(0x8b16), "SIOCSIWMLME" },
	{ (uint64_t)(0x8b17), "SIOCGIWAPLIST" },
	{ (uint64_t)(0x8b18), "SIOCSIWSCAN" },
	{ (uint64_t)(0x8b19), "SIOCGIWSCAN" },
	{ (uint64_t)(0x8b1a), "SIOCSIWESSID" },
	{ (uint64_t)(0x8b1b), "SIOCGIWESSID" },
	{ (uint64_t)(0x8b1c), "SIOCSIWNICKN" },
	{ (uint64_t)(0x8b1d), "SIOCGIWNICKN" },
	{ (uint64_t)(0x8b20), "SIOCSIWRATE" },
	{ (uint64_t)(0x8b21), "SIOCGIWRATE" },
	{ (uint64_t)(0x8b22), "SIOCSIWRTS" },
	{ (uint64_t)(0x8b23), "SIOCGIWRTS" },
	{ (uint64_t)(0x8b24), "SIOCSIWFRAG" },
	{ (uint64_t)(0x8b25), "SIOCGIWFRAG" },
	{ (uint64_t)(0x8b26), "SIOCSIWTXPOW" },
	{ (uint64_t)(0x8b27), "SIOCGIWTXPOW" },
	{ (uint64_t)(0x8b28), "SIOCSIWRETRY" },
	{ (uint64_t)(0x8b29), "SIOCGIWRETRY" },
	{ (uint64_t)(0x8b2a), "SIOCSIWENCODE" },
	{ (uint64_t)(0x8b2b), "SIOCGIWENCODE" },
	{ (uint64_t)(0x8b2c), "SIOCSIWPOWER" },
	{ (uint64_t)(0x8b2d), "SIOCGIWPOWER" },
	{ (uint64_t)(0x8b30), "SIOCSIWGENIE" },
	{ (uint64_t)(0x8b31), "SIOCGIWGENIE" },
	{ (uint64_t)(0x8b32), "SIOCSIWAUTH" },
	{ (uint64_t)(0x8b33), "SIOCGIWAUTH" },
	{ (uint64_t)(0x8b34), "SIOCSIWENCODEEXT" },
	{ (uint64_t)(0x8b35), "SIOCGIWENCODEEXT" },
	{ (uint64_t)(0x8b36), "SIOCSIWPMKSA" },
	{ (uint64_t)(0x8be0), "SIOCIWFIRSTPRIV" },
	{ (uint64_t)(0x8bff), "SIOCIWLASTPRIV" },
	{ (uint64_t)(0x9360), "AUTOFS_IOC_READY" },
	{ (uint64_t)(0x9361), "AUTOFS_IOC_FAIL" },
	{ (uint64_t)(0x9362), "AUTOFS_IOC_CATATONIC" },
	{ (uint64_t)(0x9406), "BTRFS_IOC_TRANS_START" },
	{ (uint64_t)(0x9407), "BTRFS_IOC_TRANS_END" },
	{ (uint64_t)(0x9408), "BTRFS_IOC_SYNC" },
	{ (uint64_t)(0x941c), "BTRFS_IOC_SCRUB_CANCEL" },
	{ (uint64_t)(0x942e), "BTRFS_IOC_QUOTA_RESCAN_WAIT" },
	{ (uint64_t)(0xa521), "SDTX_IOCTL_EVENTS_ENABLE" },
	{ (uint64_t)(0xa522), "SDTX_IOCTL_EVENTS_DISABLE" },
	{ (uint64_t)(0xa523), "SDTX_IOCTL_LATCH_LOCK" },
	{ (uint64_t)(0xa524), "SDTX_IOCTL_LATCH_UNLOCK" },
	{ (uint64_t)(0xa525), "SDTX_IOCTL_LATCH_REQUEST" },
	{ (uint64_t)(0xa526), "SDTX_IOCTL_LATCH_CONFIRM" },
	{ (uint64_t)(0xa527), "SDTX_IOCTL_LATCH_HEARTBEAT" },
	{ (uint64_t)(0xa528), "SDTX_IOCTL_LATCH_CANCEL" },
	{ (uint64_t)(0xae00), "KVM_GET_API_VERSION" },
	{ (uint64_t)(0xae01), "KVM_CREATE_VM" },
	{ (uint64_t)(0xae03), "KVM_CHECK_EXTENSION" },
	{ (uint64_t)(0xae04), "KVM_GET_VCPU_MMAP_SIZE" },
	{ (uint64_t)(0xae41), "KVM_CREATE_VCPU" },
	{ (uint64_t)(0xae44), "KVM_SET_NR_MMU_PAGES" },
	{ (uint64_t)(0xae45), "KVM_GET_NR_MMU_PAGES" },
	{ (uint64_t)(0xae47), "KVM_SET_TSS_ADDR" },
	{ (uint64_t)(0xae60), "KVM_CREATE_IRQCHIP" },
	{ (uint64_t)(0xae64), "KVM_CREATE_PIT" },
	{ (uint64_t)(0xae71), "KVM_REINJECT_CONTROL" },
	{ (uint64_t)(0xae78), "KVM_SET_BOOT_CPU_ID" },
	{ (uint64_t)(0xae80), "KVM_RUN" },
	{ (uint64_t)(0xae9a), "KVM_NMI" },
	{ (uint64_t)(0xaea2), "KVM_SET_TSC_KHZ" },
	{ (uint64_t)(0xaea3), "KVM_GET_TSC_KHZ" },
	{ (uint64_t)(0xaead), "KVM_KVMCLOCK_CTRL" },
	{ (uint64_t)(0xaeb7), "KVM_SMI" },
	{ (uint64_t)(0xaec7), "KVM_RESET_DIRTY_RINGS" },
	{ (uint64_t)(0xaece), "KVM_GET_STATS_FD" },
	{ (uint64_t)(0xaf01), "VHOST_SET_OWNER" },
	{ (uint64_t)(0xaf02), "VHOST_RESET_OWNER" },
	{ (uint64_t)(0xaf7d), "VHOST_VDPA_SUSPEND" },
	{ (uint64_t)(0xb100), "BT_BMC_IOCTL_SMS_ATN" },
	{ (uint64_t)(0xb100), "IPMI_BMC_IOCTL_SET_SMS_ATN" },
	{ (uint64_t)(0xb101), "IPMI_BMC_IOCTL_CLEAR_SMS_ATN" },
	{ (uint64_t)(0xb101), "PPPOEIOCDFWD" },
	{ (uint64_t)(0xb102), "IPMI_BMC_IOCTL_FORCE_ABORT" },
	{ (uint64_t)(0xb502), "RPMSG_DESTROY_EPT_IOCTL" },
	{ (uint64_t)(0xb600), "DFL_FPGA_GET_API_VERSION" },
	{ (uint64_t)(0xb601), "DFL_FPGA_CHECK_EXTENSION" },
	{ (uint64_t)(0xb640), "DFL_FPGA_PORT_RESET" },
	{ (uint64_t)(0xb641), "DFL_FPGA_PORT_GET_INFO" },
	{ (uint64_t)(0xb642), "DFL_FPGA_PORT_GET_REGION_INFO" },
	{ (uint64_t)(0xb643), "DFL_FPGA_PORT_DMA_MAP" },
	{ (uint64_t)(0xb644), "DFL_FPGA_PORT_DMA_UNMAP" },
	{ (uint64_t)(0xb680), "DFL_FPGA_FME_PORT_PR" },
	{ (uint64_t)(0xb701), "NS_GET_USERNS" },
	{ (uint64_t)(0xb702), "NS_GET_PARENT" },
	{ (uint64_t)(0xb703), "NS_GET_NSTYPE" },
	{ (uint64_t)(0xb704), "NS_GET_OWNER_UID" },
	{ (uint64_t)(0xf501), "F2FS_IOC_START_ATOMIC_WRITE" },
	{ (uint64_t)(0xf502), "F2FS_IOC_COMMIT_ATOMIC_WRITE" },
	{ (uint64_t)(0xf503), "F2FS_IOC_START_VOLATILE_WRITE" },
	{ (uint64_t)(0xf504), "F2FS_IOC_RELEASE_VOLATILE_WRITE" },
	{ (uint64_t)(0xf505), "F2FS_IOC_ABORT_ATOMIC_WRITE" },
	{ (uint64_t)(0xf507), "F2FS_IOC_WRITE_CHECKPOINT" },
	{ (uint64_t)(0xf50f), "F2FS_IOC_PRECACHE_EXTENTS" },
	{ (uint64_t)(0xf517), "F2FS_IOC_DECOMPRESS_FILE" },
	{ (uint64_t)(0xf518), "F2FS_IOC_COMPRESS_FILE" },
	{ (uint64_t)(0x40016b01), "SPI_IOC_WR_MODE" },
	{ (uint64_t)(0x40016b02), "SPI_IOC_WR_LSB_FIRST" },
	{ (uint64_t)(0x40016b03), "SPI_IOC_WR_BITS_PER_WORD" },
	{ (uint64_t)(0x4001af72), "VHOST_VDPA_SET_STATUS" },
	{ (uint64_t)(0x40021beb), "HFI1_IOCTL_SET_PKEY" },
	{ (uint64_t)(0x400261f2), "ATM_SETBACKEND" },
	{ (uint64_t)(0x400261f3), "ATM_NEWBACKENDIF" },
	{ (uint64_t)(0x4002f516), "F2FS_IOC_SET_COMPRESS_OPTION" },
	{ (uint64_t)(0x40041b02), "IB_USER_MAD_UNREGISTER_AGENT" },
	{ (uint64_t)(0x40041be8), "HFI1_IOCTL_RECV_CTRL" },
	{ (uint64_t)(0x40041be9), "HFI1_IOCTL_POLL_TYPE" },
	{ (uint64_t)(0x40042303), "FW_CDEV_IOC_DEALLOCATE" },
	{ (uint64_t)(0x40042305), "FW_CDEV_IOC_INITIATE_BUS_RESET" },
	{ (uint64_t)(0x40042307), "FW_CDEV_IOC_REMOVE_DESCRIPTOR" },
	{ (uint64_t)(0x4004230b), "FW_CDEV_IOC_STOP_ISO" },
	{ (uint64_t)(0x4004230e), "FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE" },
	{ (uint64_t)(0x40042318), "FW_CDEV_IOC_FLUSH_ISO" },
	{ (uint64_t)(0x40042408), "PERF_EVENT_IOC_SET_BPF" },
	{ (uint64_t)(0x40042409), "PERF_EVENT_IOC_PAUSE_OUTPUT" },
	{ (uint64_t)(0x40043d04), "PTP_ENABLE_PPS" },
	{ (uint64_t)(0x40043d0d), "PTP_ENABLE_PPS2" },
	{ (uint64_t)(0x4004420d), "CCISS_REGNEWDISK" },
	{ (uint64_t)(0x40044581), "EVIOCRMFF" },
	{ (uint64_t)(0x40044590), "EVIOCGRAB" },
	{ (uint64_t)(0x40044591), "EVIOCREVOKE" },
	{ (uint64_t)(0x400445a0), "EVIOCSCLOCKID" },
	{ (uint64_t)(0x40045201), "RNDADDTOENTCNT" },
	{ (uint64_t)(0x40045431), "TIOCSPTLCK" },
	{ (uint64_t)(0x40045436), "TIOCSIG" },
	{ (uint64_t)(0x40045506), "USB_RAW_IOCTL_EP_DISABLE" },
	{ (uint64_t)(0x4004550a), "USB_RAW_IOCTL_VBUS_DRAW" },
	{ (uint64_t)(0x4004550d), "USBDEVFS_REAPURBNDELAY32" },
	{ (uint64_t)(0x4004550d), "USB_RAW_IOCTL_EP_SET_HALT" },
	{ (uint64_t)(0x4004550e), "USB_RAW_IOCTL_EP_CLEAR_HALT" },
	{ (uint64_t)(0x4004550f), "USB_RAW_IOCTL_EP_SET_WEDGE" },
	{ (uint64_t)(0x40045564), "UI_SET_EVBIT" },
	{ (uint64_t)(0x40045565), "UI_SET_KEYBIT" },
	{ (uint64_t)(0x40045566), "UI_SET_RELBIT" },
	{ (uint64_t)(0x40045567), "UI_SET_ABSBIT" },
	{ (uint64_t)(0x40045568), "UI_SET_MSCBIT" },
	{ (uint64_t)(0x40045569), "UI_SET_LEDBIT" },
	{ (uint64_t)(0x4004556a), "UI_SET_SNDBIT" },
	{ (uint64_t)(0x4004556b), "UI_SET_FFBIT" },
	{ (uint64_t)(0x4004556d), "UI_SET_SWBIT" },
	{ (uint64_t)(0x4004556e), "UI_SET_PROPBIT" },
	{ (uint64_t)(0x4004560e), "VIDIOC_OVERLAY" },
	{ (uint64_t)(0x40045612), "VIDIOC_STREAMON" },
	{ (uint64_t)(0x40045613), "VIDIOC_STREAMOFF" },
	{ (uint64_t)(0x40045644), "VIDIOC_S_PRIORITY" },
	{ (uint64_t)(0x400461f1), "ATM_SETSC" },
	{ (uint64_t)(0x400461f5), "ATM_DROPPARTY" },
	{ (uint64_t)(0x40046201), "DMA_BUF_SET_NAME_A" },
	{ (uint64_t)(0x40046205), "BINDER_SET_MAX_THREADS" },
	{ (uint64_t)(0x40046206), "BINDER_SET_IDLE_PRIORITY" },
	{ (uint64_t)(0x40046207), "BINDER_SET_CONTEXT_MGR" },
	{ (uint64_t)(0x40046208), "BINDER_THREAD_EXIT" },
	{ (uint64_t)(0x40046210), "BINDER_ENABLE_ONEWAY_SPAM_DETECTION" },
	{ (uint64_t)(0x40046602), "FS_IOC32_SETFLAGS" },
	{ (uint64_t)(0x40046911), "LIRC_SET_SEND_MODE" },
	{ (uint64_t)(0x40046912), "LIRC_SET_REC_MODE" },
	{ (uint64_t)(0x40046913), "LIRC_SET_SEND_CARRIER" },
	{ (uint64_t)(0x40046914), "LIRC_SET_REC_CARRIER" },
	{ (uint64_t)(0x40046915), "LIRC_SET_SEND_DUTY_CYCLE" },
	{ (uint64_t)(0x40046917), "LIRC_SET_TRANSMITTER_MASK" },
	{ (uint64_t)(0x40046918), "LIRC_SET_REC_TIMEOUT" },
	{ (uint64_t)(0x40046919), "LIRC_SET_REC_TIMEOUT_REPORTS" },
	{ (uint64_t)(0x4004691d), "LIRC_SET_MEASURE_CARRIER_MODE" },
	{ (uint64_t)(0x4004691f), "IPMICTL_SET_MAINTENANCE_MODE_CMD" },
	{ (uint64_t)(0x4004691f), "LIRC_SET_REC_CARRIER_RANGE" },
	{ (uint64_t)(0x40046923), "LIRC_SET_WIDEBAND_RECEIVER" },
	{ (uint64_t)(0x40046b04), "SPI_IOC_WR_MAX_SPEED_HZ" },
	{ (uint64_t)(0x40046b05), "SPI_IOC_WR_MODE32" },
	{ (uint64_t)(0x40046efa), "SISFB_SET_AUTOMAXIMIZE_OLD" },
	{ (uint64_t)(0x40047300), "FSI_SBEFIFO_READ_TIMEOUT_SECONDS" },
	{ (uint64_t)(0x40047303), "FSI_SCOM_RESET" },
	{ (uint64_t)(0x40047602), "FS_IOC32_SETVERSION" },
	{ (uint64_t)(0x40049366), "AUTOFS_IOC_EXPIRE_MULTI" },
	{ (uint64_t)(0x40049409), "BTRFS_IOC_CLONE" },
	{ (uint64_t)(0x40049409), "FICLONE" },
	{ (uint64_t)(0x40049421), "BTRFS_IOC_BALANCE_CTL" },
	{ (uint64_t)(0x40049801), "CACHEFILES_IOC_READ_COMPLETE" },
	{ (uint64_t)(0x4004ae86), "KVM_INTERRUPT" },
	{ (uint64_t)(0x4004ae8b), "KVM_SET_SIGNAL_MASK" },
	{ (uint64_t)(0x4004ae99), "KVM_SET_MP_STATE" },
	{ (uint64_t)(0x4004af07), "VHOST_SET_LOG_FD" },
	{ (uint64_t)(0x4004af42), "VHOST_SCSI_GET_ABI_VERSION" },
	{ (uint64_t)(0x4004af43), "VHOST_SCSI_SET_EVENTS_MISSED" },
	{ (uint64_t)(0x4004af44), "VHOST_SCSI_GET_EVENTS_MISSED" },
	{ (uint64_t)(0x4004af61), "VHOST_VSOCK_SET_RUNNING" },
	{ (uint64_t)(0x4004af77), "VHOST_VDPA_SET_CONFIG_CALL" },
	{ (uint64_t)(0x4004b681), "DFL_FPGA_FME_PORT_RELEASE" },
	{ (uint64_t)(0x4004b682), "DFL_FPGA_FME_PORT_ASSIGN" },
	{ (uint64_t)(0x4004b701), "RPROC_SET_SHUTDOWN_ON_RELEASE" },
	{ (uint64_t)(0x4004ee01), "PFRU_IOC_SET_REV" },
	{ (uint64_t)(0x4004ee02), "PFRU_IOC_STAGE" },
	{ (uint64_t)(0x4004ee03), "PFRU_IOC_ACTIVATE" },
	{ (uint64_t)(0x4004ee04), "PFRU_IOC_STAGE_ACTIVATE" },
	{ (uint64_t)(0x4004f303), "SISFB_SET_AUTOMAXIMIZE" },
	{ (uint64_t)(0x4004f304), "SISFB_SET_TVPOSOFFSET" },
	{ (uint64_t)(0x4004f306), "SISFB_SET_LOCK" },
	{ (uint64_t)(0x4004f506), "F2FS_IOC_GARBAGE_COLLECT" },
	{ (uint64_t)(0x4004f50d), "F2FS_IOC_SET_PIN_FILE" },
	{ (uint64_t)(0x4005a502), "SSAM_CDEV_NOTIF_REGISTER" },
	{ (uint64_t)(0x4005a503), "SSAM_CDEV_NOTIF_UNREGISTER" },
	{ (uint64_t)(0x40063e00), "COUNTER_ADD_WATCH_IOCTL" },
	{ (uint64_t)(0x4007a504), "SSAM_CDEV_EVENT_ENABLE" },
	{ (uint64_t)(0x4007a505), "SSAM_CDEV_EVENT_DISABLE" },
	{ (uint64_t)(0x40081271), "BLKBSZSET" },
	{ (uint64_t)(0x40081bea), "HFI1_IOCTL_ACK_EVENT" },
	{ (uint64_t)(0x40082316), "FW_CDEV_IOC_RECEIVE_PHY_PACKETS" },
	{ (uint64_t)(0x40082404), "PERF_EVENT_IOC_PERIOD" },
	{ (uint64_t)(0x40082406), "PERF_EVENT_IOC_SET_FILTER" },
	{ (uint64_t)(0x4008240b), "PERF_EVENT_IOC_MODIFY_ATTRIBUTES" },
	{ (uint64_t)(0x40084004), "FBIO_RADEON_SET_MIRROR" },
	{ (uint64_t)(0x40084202), "PMU_IOC_SET_BACKLIGHT" },
	{ (uint64_t)(0x40084203), "CCISS_SETINTINFO" },
	{ (uint64_t)(0x40084503), "EVIOCSREP" },
	{ (uint64_t)(0x40084504), "EVIOCSKEYCODE" },
	{ (uint64_t)(0x40085203), "RNDADDENTROPY" },
	{ (uint64_t)(0x40085400), "TFD_IOC_SET_TICKS" },
	{ (uint64_t)(0x40085503), "USB_RAW_IOCTL_EP0_WRITE" },
	{ (uint64_t)(0x40085507), "USB_RAW_IOCTL_EP_WRITE" },
	{ (uint64_t)(0x4008556c), "UI_SET_PHYS" },
	{ (uint64_t)(0x40085618), "VIDIOC_S_STD" },
	{ (uint64_t)(0x40085e04), "VK_IOCTL_RESET" },
	{ (uint64_t)(0x40086200), "DMA_BUF_IOCTL_SYNC" },
	{ (uint64_t)(0x40086201), "DMA_BUF_SET_NAME_B" },
	{ (uint64_t)(0x40086203), "BINDER_SET_IDLE_TIMEOUT" },
	{ (uint64_t)(0x40086203), "DMA_BUF_IOCTL_IMPORT_SYNC_FILE" },
	{ (uint64_t)(0x400863fa), "CM_IOSDBGLVL" },
	{ (uint64_t)(0x40086602), "FS_IOC_SETFLAGS" },
	{ (uint64_t)(0x40086d01), "MTIOCTOP" },
	{ (uint64_t)(0x40086ef8), "MATROXFB_SET_OUTPUT_CONNECTION" },
	{ (uint64_t)(0x40086efa), "MATROXFB_SET_OUTPUT_MODE" },
	{ (uint64_t)(0x4008700c), "RTC_IRQP_SET" },
	{ (uint64_t)(0x4008700e), "RTC_EPOCH_SET" },
	{ (uint64_t)(0x400870a2), "PPS_SETPARAMS" },
	{ (uint64_t)(0x400870a5), "PPS_KC_BIND" },
	{ (uint64_t)(0x40087101), "SPIOCSTYPE" },
	{ (uint64_t)(0x40087543), "UDMABUF_CREATE_LIST" },
	{ (uint64_t)(0x40087602), "FS_IOC_SETVERSION" },
	{ (uint64_t)(0x40089413), "BTRFS_IOC_DEFAULT_SUBVOL" },
	{ (uint64_t)(0x40089416), "BTRFS_IOC_WAIT_SYNC" },
	{ (uint64_t)(0x4008941a), "BTRFS_IOC_SUBVOL_SETFLAGS" },
	{ (uint64_t)(0x4008ae48), "KVM_SET_IDENTITY_MAP_ADDR" },
	{ (uint64_t)(0x4008ae61), "KVM_IRQ_LINE" },
	{ (uint64_t)(0x4008ae6a), "KVM_SET_GSI_ROUTING" },
	{ (uint64_t)(0x4008ae73), "KVM_ASSIGN_SET_MSIX_NR" },
	{ (uint64_t)(0x4008ae89), "KVM_SET_MSRS" },
	{ (uint64_t)(0x4008ae8a), "KVM_SET_CPUID" },
	{ (uint64_t)(0x4008ae90), "KVM_SET_CPUID2" },
	{ (uint64_t)(0x4008ae93), "KVM_SET_VAPIC_ADDR" },
	{ (uint64_t)(0x4008ae9c), "KVM_X86_SETUP_MCE" },
	{ (uint64_t)(0x4008af00), "VHOST_SET_FEATURES" },
	{ (uint64_t)(0x4008af03), "VHOST_SET_MEM_TABLE" },
	{ (uint64_t)(0x4008af04), "VHOST_SET_LOG_BASE" },
	{ (uint64_t)(0x4008af10), "VHOST_SET_VRING_NUM" },
	{ (uint64_t)(0x4008af12), "VHOST_SET_VRING_BASE" },
	{ (uint64_t)(0x4008af13), "VHOST_SET_VRING_ENDIAN" },
	{ (uint64_t)(0x4008af14), "VHOST_GET_VRING_ENDIAN" },
	{ (uint64_t)(0x4008af20), "VHOST_SET_VRING_KICK" },
	{ (uint64_t)(0x4008af21), "VHOST_SET_VRING_CALL" },
	{ (uint64_t)(0x4008af22), "VHOST_SET_VRING_ERR" },
	{ (uint64_t)(0x4008af23), "VHOST_SET_VRING_BUSYLOOP_TIMEOUT" },
	{ (uint64_t)(0x4008af24), "VHOST_GET_VRING_BUSYLOOP_TIMEOUT" },
	{ (uint64_t)(0x4008af25), "VHOST_SET_BACKEND_FEATURES" },
	{ (uint64_t)(0x4008af30), "VHOST_NET_SET_BACKEND" },
	{ (uint64_t)(0x4008af60), "VHOST_VSOCK_SET_GUEST_CID" },
	{ (uint64_t)(0x4008af74), "VHOST_VDPA_SET_CONFIG" },
	{ (uint64_t)(0x4008af75), "VHOST_VDPA_SET_VRING_ENABLE" },
	{ (uint64_t)(0x4008af7c), "VHOST_VDPA_SET_GROUP_ASID" },
	{ (uint64_t)(0x4008b646), "DFL_FPGA_PORT_ERR_SET_IRQ" },
	{ (uint64_t)(0x4008b648), "DFL_FPGA_PORT_UINT_SET_IRQ" },
	{ (uint64_t)(0x4008b684), "DFL_FPGA_FME_ERR_SET_IRQ" },
	{ (uint64_t)(0x4008ca12), "OCXL_IOCTL_IRQ_FREE" },
	{ (uint64_t)(0x4008f50a), "F2FS_IOC_FLUSH_DEVICE" },
	{ (uint64_t)(0x4008f510), "F2FS_IOC_RESIZE_FS" },
	{ (uint64_t)(0x40095505), "USB_RAW_IOCTL_EP_ENABLE" },
	{ (uint64_t)(0x400c0248), "FDFMTTRK" },
	{ (uint64_t)(0x400c4301), "CAPI_REGISTER" },
	{ (uint64_t)(0x400c55cb), "UI_END_FF_ERASE" },
	{ (uint64_t)(0x400c620e), "BINDER_FREEZE" },
	{ (uint64_t)(0x400c6615), "FS_IOC_GET_ENCRYPTION_POLICY" },
	{ (uint64_t)(0x400c690a), "I2OEVTREG" },
	{ (uint64_t)(0x400caed0), "KVM_XEN_HVM_EVTCHN_SEND" },
	{ (uint64_t)(0x400cee06), "PFRT_LOG_IOC_SET_INFO" },
	{ (uint64_t)(0x40101283), "BLKRESETZONE" },
	{ (uint64_t)(0x40101286), "BLKOPENZONE" },
	{ (uint64_t)(0x40101287), "BLKCLOSEZONE" },
	{ (uint64_t)(0x40101288), "BLKFINISHZONE" },
	{ (uint64_t)(0x4010230a), "FW_CDEV_IOC_START_ISO" },
	{ (uint64_t)(0x40102317), "FW_CDEV_IOC_SET_ISO_CHANNELS" },
	{ (uint64_t)(0x40103d02), "PTP_EXTTS_REQUEST" },
	{ (uint64_t)(0x40103d0b), "PTP_EXTTS_REQUEST2" },
	{ (uint64_t)(0x40104205), "CCISS_SETNODENAME" },
	{ (uint64_t)(0x40104593), "EVIOCSMASK" },
	{ (uint64_t)(0x40104d00), "MIXER_WRITE(0)" },
	{ (uint64_t)(0x40104d00), "MTRRIOC_ADD_ENTRY" },
	{ (uint64_t)(0x40104d01), "MIXER_WRITE(1)" },
	{ (uint64_t)(0x40104d01), "MTRRIOC_SET_ENTRY" },
	{ (uint64_t)(0x40104d02), "MIXER_WRITE(2)" },
	{ (uint64_t)(0x40104d02), "MTRRIOC_DEL_ENTRY" },
	{ (uint64_t)(0x40104d04), "MIXER_WRITE(4)" },
	{ (uint64_t)(0x40104d04), "MTRRIOC_KILL_ENTRY" },
	{ (uint64_t)(0x40104d05), "MIXER_WRITE(5)" },
	{ (uint64_t)(0x40104d05), "MTRRIOC_ADD_PAGE_ENTRY" },
	{ (uint64_t)(0x40104d06), "MIXER_WRITE(6)" },
	{ (uint64_t)(0x40104d06), "MTRRIOC_SET_PAGE_ENTRY" },
	{ (uint64_t)(0x40104d07), "MIXER_WRITE(7)" },
	{ (uint64_t)(0x40104d07), "MTRRIOC_DEL_PAGE_ENTRY" },
	{ (uint64_t)(0x40104d09), "MIXER_WRITE(9)" },
	{ (uint64_t)(0x40104d09), "MTRRIOC_KILL_PAGE_ENTRY" },
	{ (uint64_t)(0x40106132), "IDT77105_GETSTAT" },
	{ (uint64_t)(0x40106133), "IDT77105_GETSTATZ" },
	{ (uint64_t)(0x40106150), "ATM_GETSTAT" },
	{ (uint64_t)(0x40106151), "ATM_GETSTATZ" },
	{ (uint64_t)(0x40106152), "ATM_GETLOOP" },
	{ (uint64_t)(0x40106153), "ATM_SETLOOP" },
	{ (uint64_t)(0x40106154), "ATM_QUERYLOOP" },
	{ (uint64_t)(0x40106181), "ATM_GETLINKRATE" },
	{ (uint64_t)(0x40106183), "ATM_GETNAMES" },
	{ (uint64_t)(0x40106184), "ATM_GETTYPE" },
	{ (uint64_t)(0x40106185), "ATM_GETESI" },
	{ (uint64_t)(0x40106186), "ATM_GETADDR" },
	{ (uint64_t)(0x40106187), "ATM_RSTADDR" },
	{ (uint64_t)(0x40106188), "ATM_ADDADDR" },
	{ (uint64_t)(0x40106189), "ATM_DELADDR" },
	{ (uint64_t)(0x4010618a), "ATM_GETCIRANGE" },
	{ (uint64_t)(0x4010618b), "ATM_SETCIRANGE" },
	{ (uint64_t)(0x4010618c), "ATM_SETESI" },
	{ (uint64_t)(0x4010618d), "ATM_SETESIF" },
	{ (uint64_t)(0x4010618e), "ATM_ADDLECSADDR" },
	{ (uint64_t)(0x4010618f), "ATM_DELLECSADDR" },
	{ (uint64_t)(0x40106190), "ATM_GETLECSADDR" },
	{ (uint64_t)(0x401061f4), "ATM_ADDPARTY" },
	{ (uint64_t)(0x40106614), "FS_IOC_GET_ENCRYPTION_PWSALT" },
	{ (uint64_t)(0x4010942a), "BTRFS_IOC_QGROUP_CREATE" },
	{ (uint64_t)(0x4010a51f), "GENWQE_WRITE_REG64" },
	{ (uint64_t)(0x4010a521), "GENWQE_WRITE_REG32" },
	{ (uint64_t)(0x4010a523), "GENWQE_WRITE_REG16" },
	{ (uint64_t)(0x4010ae42), "KVM_GET_DIRTY_LOG" },
	{ (uint64_t)(0x4010ae74), "KVM_ASSIGN_SET_MSIX_ENTRY" },
	{ (uint64_t)(0x4010aeaa), "KVM_DIRTY_TLB" },
	{ (uint64_t)(0x4010aeab), "KVM_GET_ONE_REG" },
	{ (uint64_t)(0x4010aeac), "KVM_SET_ONE_REG" },
	{ (uint64_t)(0x4010b201), "ASPEED_LPC_CTRL_IOCTL_MAP" },
	{ (uint64_t)(0x4010b300), "ASPEED_P2A_CTRL_IOCTL_SET_WINDOW" },
	{ (uint64_t)(0x4010ca13), "OCXL_IOCTL_IRQ_SET_FD" },
	{ (uint64_t)(0x4014024c), "FDSETMAXERRS" },
	{ (uint64_t)(0x4014563c), "VIDIOC_S_CROP" },
	{ (uint64_t)(0x40182304), "FW_CDEV_IOC_SEND_RESPONSE" },
	{ (uint64_t)(0x4018230f), "FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE_ONCE" },
	{ (uint64_t)(0x40182310), "FW_CDEV_IOC_DEALLOCATE_ISO_RESOURCE_ONCE" },
	{ (uint64_t)(0x4018620d), "BINDER_SET_CONTEXT_MGR_EXT" },
	{ (uint64_t)(0x40187013), "RTC_PARAM_GET" },
	{ (uint64_t)(0x40187014), "RTC_PARAM_SET" },
	{ (uint64_t)(0x40187542), "UDMABUF_CREATE" },
	{ (uint64_t)(0x40189429), "BTRFS_IOC_QGROUP_ASSIGN" },
	{ (uint64_t)(0x4018ae40), "KVM_SET_MEMORY_REGION" },
	{ (uint64_t)(0x4018aebd), "KVM_HYPERV_EVENTFD" },
	{ (uint64_t)(0x4018aee1), "KVM_SET_DEVICE_ATTR" },
	{ (uint64_t)(0x4018aee2), "KVM_GET_DEVICE_ATTR" },
	{ (uint64_t)(0x4018aee3), "KVM_HAS_DEVICE_ATTR" },
	{ (uint64_t)(0x4018f50b), "F2FS_IOC_GARBAGE_COLLECT_RANGE" },
	{ (uint64_t)(0x4018f514), "F2FS_IOC_SEC_TRIM_FILE" },
	{ (uint64_t)(0x401c5504), "UI_ABS_SETUP" },
	{ (uint64_t)(0x401c5820), "FS_IOC_FSSETXATTR" },
	{ (uint64_t)(0x401c6190), "BR2684_SETFILT" },
	{ (uint64_t)(0x40200242), "FDSETPRM" },
	{ (uint64_t)(0x40200243), "FDDEFPRM" },
	{ (uint64_t)(0x4020565a), "VIDIOC_SUBSCRIBE_EVENT" },
	{ (uint64_t)(0x4020565b), "VIDIOC_UNSUBSCRIBE_EVENT" },
	{ (uint64_t)(0x40207012), "RTC_PLL_SET" },
	{ (uint64_t)(0x4020940d), "BTRFS_IOC_CLONE_RANGE" },
	{ (uint64_t)(0x4020940d), "FICLONERANGE" },
	{ (uint64_t)(0x4020ae43), "KVM_SET_MEMORY_ALIAS" },
	{ (uint64_t)(0x4020ae46), "KVM_SET_USER_MEMORY_REGION" },
	{ (uint64_t)(0x4020ae76), "KVM_IRQFD" },
	{ (uint64_t)(0x4020aea5), "KVM_SIGNAL_MSI" },
	{ (uint64_t)(0x4020aeb2), "KVM_SET_PMU_EVENT_FILTER" },
	{ (uint64_t)(0x4020ca10), "OCXL_IOCTL_ATTACH" },
	{ (uint64_t)(0x40246a21), "JSIOCSCORR" },
	{ (uint64_t)(0x40247007), "RTC_ALM_SET" },
	{ (uint64_t)(0x4024700a), "RTC_SET_TIME" },
	{ (uint64_t)(0x40281be2), "HFI1_IOCTL_CTXT_INFO" },
	{ (uint64_t)(0x40282301), "FW_CDEV_IOC_SEND_REQUEST" },
	{ (uint64_t)(0x40282312), "FW_CDEV_IOC_SEND_BROADCAST_REQUEST" },
	{ (uint64_t)(0x40282313), "FW_CDEV_IOC_SEND_STREAM_PACKET" },
	{ (uint64_t)(0x40284504), "EVIOCSKEYCODE_V2" },
	{ (uint64_t)(0x4028700f), "RTC_WKALM_SET" },
	{ (uint64_t)(0x4028af11), "VHOST_SET_VRING_ADDR" },
	{ (uint64_t)(0x4028b501), "RPMSG_CREATE_EPT_IOCTL" },
	{ (uint64_t)(0x4028b503), "RPMSG_CREATE_DEV_IOCTL" },
	{ (uint64_t)(0x4028b504), "RPMSG_RELEASE_DEV_IOCTL" },
	{ (uint64_t)(0x402c542b), "TCSETS2" },
	{ (uint64_t)(0x402c542c), "TCSETSW2" },
	{ (uint64_t)(0x402c542d), "TCSETSF2" },
	{ (uint64_t)(0x402c5639), "VIDIOC_S_FREQUENCY" },
	{ (uint64_t)(0x40304580), "EVIOCSFF" },
	{ (uint64_t)(0x4030560b), "VIDIOC_S_FBUF" },
	{ (uint64_t)(0x40305652), "VIDIOC_S_HW_FREQ_SEEK" },
	{ (uint64_t)(0x40309410), "BTRFS_IOC_DEFRAG_RANGE" },
	{ (uint64_t)(0x40309439), "BTRFS_IOC_SET_FEATURES" },
	{ (uint64_t)(0x4030ae7b), "KVM_SET_CLOCK" },
	{ (uint64_t)(0x40344702), "GSMIOC_ENABLE_NET" },
	{ (uint64_t)(0x40345622), "VIDIOC_S_AUDIO" },
	{ (uint64_t)(0x40345632), "VIDIOC_S_AUDOUT" },
	{ (uint64_t)(0x40383d03), "PTP_PEROUT_REQUEST" },
	{ (uint64_t)(0x40383d0c), "PTP_PEROUT_REQUEST2" },
	{ (uint64_t)(0x4038564f), "VIDIOC_DBG_S_REGISTER" },
	{ (uint64_t)(0x4038ae7a), "KVM_XEN_HVM_CONFIG" },
	{ (uint64_t)(0x40405501), "UVCIOC_SEND_RESPONSE" },
	{ (uint64_t)(0x40406a31), "JSIOCSAXMAP" },
	{ (uint64_t)(0x4040942c), "BTRFS_IOC_QUOTA_RESCAN" },
	{ (uint64_t)(0x4040ae70), "KVM_ASSIGN_DEV_IRQ" },
	{ (uint64_t)(0x4040ae72), "KVM_DEASSIGN_PCI_DEVICE" },
	{ (uint64_t)(0x4040ae75), "KVM_DEASSIGN_DEV_IRQ" },
	{ (uint64_t)(0x4040ae77), "KVM_CREATE_PIT2" },
	{ (uint64_t)(0x4040ae79), "KVM_IOEVENTFD" },
	{ (uint64_t)(0x4040ae9e), "KVM_X86_SET_MCE" },
	{ (uint64_t)(0x4040aea0), "KVM_SET_VCPU_EVENTS" },
	{ (uint64_t)(0x4040aea4), "KVM_ASSIGN_SET_INTX_MASK" },
	{ (uint64_t)(0x4040ca00), "CXL_IOCTL_START_WORK" },
	{ (uint64_t)(0x4040ca0a), "CXL_IOCTL_DOWNLOAD_IMAGE" },
	{ (uint64_t)(0x4040ca0b), "CXL_IOCTL_VALIDATE_IMAGE" },
	{ (uint64_t)(0x40445637), "VIDIOC_S_MODULATOR" },
	{ (uint64_t)(0x40445e02), "VK_IOCTL_LOAD_IMAGE" },
	{ (uint64_t)(0x40489426), "BTRFS_IOC_SEND" },
	{ (uint64_t)(0x4048ae9b), "KVM_SET_GUEST_DEBUG" },
	{ (uint64_t)(0x4048aec9), "KVM_XEN_HVM_SET_ATTR" },
	{ (uint64_t)(0x4048aecb), "KVM_XEN_VCPU_SET_ATTR" },
	{ (uint64_t)(0x404c4701), "GSMIOC_SETCONF" },
	{ (uint64_t)(0x4054561e), "VIDIOC_S_TUNER" },
	{ (uint64_t)(0x405c5503), "UI_DEV_SETUP" },
	{ (uint64_t)(0x40603d07), "PTP_PIN_SETFUNC" },
	{ (uint64_t)(0x40603d10), "PTP_PIN_SETFUNC2" },
	{ (uint64_t)(0x406855c9), "UI_END_FF_UPLOAD" },
	{ (uint64_t)(0x4068aea3), "KVM_ENABLE_CAP" },
	{ (uint64_t)(0x4070aea0), "KVM_SET_PIT2" },
	{ (uint64_t)(0x40781be3), "HFI1_IOCTL_USER_INFO" },
	{ (uint64_t)(0x40800290), "FDSETDRVPRM" },
	{ (uint64_t)(0x40806685), "FS_IOC_ENABLE_VERITY" },
	{ (uint64_t)(0x40809440), "BTRFS_IOC_ENCODED_WRITE" },
	{ (uint64_t)(0x4080aea2), "KVM_SET_DEBUGREGS" },
	{ (uint64_t)(0x4080aebf), "KVM_SET_NESTED_STATE" },
	{ (uint64_t)(0x408c563e), "VIDIOC_S_JPEGCOMP" },
	{ (uint64_t)(0x4090ae82), "KVM_SET_REGS" },
	{ (uint64_t)(0x40e8af40), "VHOST_SCSI_SET_ENDPOINT" },
	{ (uint64_t)(0x40e8af41), "VHOST_SCSI_CLEAR_ENDPOINT" },
	{ (uint64_t)(0x41009432), "FS_IOC_SETFSLABEL" },
	{ (uint64_t)(0x41015500), "USB_RAW_IOCTL_INIT" },
	{ (uint64_t)(0x4138ae84), "KVM_SET_SREGS" },
	{ (uint64_t)(0x4140aecd), "KVM_SET_SREGS2" },
	{ (uint64_t)(0x4188aea7), "KVM_SET_XCRS" },
	{ (uint64_t)(0x4188aec6), "KVM_X86_SET_MSR_FILTER" },
	{ (uint64_t)(0x41a0ae8d), "KVM_SET_FPU" },
	{ (uint64_t)(0x43403d05), "PTP_SYS_OFFSET" },
	{ (uint64_t)(0x43403d0e), "PTP_SYS_OFFSET2" },
	{ (uint64_t)(0x44006a33), "JSIOCSBTNMAP" },
	{ (uint64_t)(0x4400ae8f), "KVM_SET_LAPIC" },
	{ (uint64_t)(0x50009401), "BTRFS_IOC_SNAP_CREATE" },
	{ (uint64_t)(0x50009402), "BTRFS_IOC_DEFRAG" },
	{ (uint64_t)(0x50009403), "BTRFS_IOC_RESIZE" },
	{ (uint64_t)(0x50009404), "BTRFS_IOC_SCAN_DEV" },
	{ (uint64_t)(0x50009405), "BTRFS_IOC_FORGET_DEV" },
	{ (uint64_t)(0x5000940a), "BTRFS_IOC_ADD_DEV" },
	{ (uint64_t)(0x5000940b), "BTRFS_IOC_RM_DEV" },
	{ (uint64_t)(0x5000940c), "BTRFS_IOC_BALANCE" },
	{ (uint64_t)(0x5000940e), "BTRFS_IOC_SUBVOL_CREATE" },
	{ (uint64_t)(0x5000940f), "BTRFS_IOC_SNAP_DESTROY" },
	{ (uint64_t)(0x50009417), "BTRFS_IOC_SNAP_CREATE_V2" },
	{ (uint64_t)(0x50009418), "BTRFS_IOC_SUBVOL_CREATE_V2" },
	{ (uint64_t)(0x5000943a), "BTRFS_IOC_RM_DEV_V2" },
	{ (uint64_t)(0x5000943f), "BTRFS_IOC_SNAP_DESTROY_V2" },
	{ (uint64_t)(0x5000aea5), "KVM_SET_XSAVE" },
	{ (uint64_t)(0x80016a11), "JSIOCGAXES" },
	{ (uint64_t)(0x80016a12), "JSIOCGBUTTONS" },
	{ (uint64_t)(0x80016b01), "SPI_IOC_RD_MODE" },
	{ (uint64_t)(0x80016b02), "SPI_IOC_RD_LSB_FIRST" },
	{ (uint64_t)(0x80016b03), "SPI_IOC_RD_BITS_PER_WORD" },
	{ (uint64_t)(0x8001af71), "VHOST_VDPA_GET_STATUS" },
	{ (uint64_t)(0x80024321), "CAPI_GET_ERRCODE" },
	{ (uint64_t)(0x80024322), "CAPI_INSTALLED" },
	{ (uint64_t)(0x8002a52a), "SDTX_IOCTL_GET_DEVICE_MODE" },
	{ (uint64_t)(0x8002a52b), "SDTX_IOCTL_GET_LATCH_STATUS" },
	{ (uint64_t)(0x8002af76), "VHOST_VDPA_GET_VRING_NUM" },
	{ (uint64_t)(0x8002f515), "F2FS_IOC_GET_COMPRESS_OPTION" },
	{ (uint64_t)(0x80041284), "BLKGETZONESZ" },
	{ (uint64_t)(0x80041285), "BLKGETNRZONES" },
	{ (uint64_t)(0x80041bee), "HFI1_IOCTL_GET_VERS" },
	{ (uint64_t)(0x80044206), "CCISS_GETHEARTBEAT" },
	{ (uint64_t)(0x80044207), "CCISS_GETBUSTYPES" },
	{ (uint64_t)(0x80044208), "CCISS_GETFIRMVER" },
	{ (uint64_t)(0x80044209), "CCISS_GETDRIVVER" },
	{ (uint64_t)(0x80044323), "CAPI_GET_FLAGS" },
	{ (uint64_t)(0x80044324), "CAPI_SET_FLAGS" },
	{ (uint64_t)(0x80044325), "CAPI_CLR_FLAGS" },
	{ (uint64_t)(0x80044326), "CAPI_NCCI_OPENCOUNT" },
	{ (uint64_t)(0x80044327), "CAPI_NCCI_GETUNIT" },
	{ (uint64_t)(0x80044501), "EVIOCGVERSION" },
	{ (uint64_t)(0x80044584), "EVIOCGEFFECTS" },
	{ (uint64_t)(0x80044704), "GSMIOC_GETFIRST" },
	{ (uint64_t)(0x80044d01), "MIXER_READ(1)" },
	{ (uint64_t)(0x80044d01), "MCE_GET_RECORD_LEN" },
	{ (uint64_t)(0x80044d02), "MIXER_READ(2)" },
	{ (uint64_t)(0x80044d02), "MCE_GET_LOG_LEN" },
	{ (uint64_t)(0x80044d03), "MIXER_READ(3)" },
	{ (uint64_t)(0x80044d03), "MCE_GETCLEAR_FLAGS" },
	{ (uint64_t)(0x80045200), "RNDGETENTCNT" },
	{ (uint64_t)(0x80045430), "TIOCGPTN" },
	{ (uint64_t)(0x80045432), "TIOCGDEV" },
	{ (uint64_t)(0x80045438), "TIOCGPKT" },
	{ (uint64_t)(0x80045439), "TIOCGPTLCK" },
	{ (uint64_t)(0x80045440), "TIOCGEXCL" },
	{ (uint64_t)(0x8004552d), "UI_GET_VERSION" },
	{ (uint64_t)(0x80045626), "VIDIOC_G_INPUT" },
	{ (uint64_t)(0x8004562e), "VIDIOC_G_OUTPUT" },
	{ (uint64_t)(0x80045643), "VIDIOC_G_PRIORITY" },
	{ (uint64_t)(0x80045701), "WDIOC_GETSTATUS" },
	{ (uint64_t)(0x80045702), "WDIOC_GETBOOTSTATUS" },
	{ (uint64_t)(0x80045703), "WDIOC_GETTEMP" },
	{ (uint64_t)(0x80045704), "WDIOC_SETOPTIONS" },
	{ (uint64_t)(0x80045705), "WDIOC_KEEPALIVE" },
	{ (uint64_t)(0x80045707), "WDIOC_GETTIMEOUT" },
	{ (uint64_t)(0x80045709), "WDIOC_GETPRETIMEOUT" },
	{ (uint64_t)(0x8004570a), "WDIOC_GETTIMELEFT" },
	{ (uint64_t)(0x8004587d), "F2FS_IOC_SHUTDOWN" },
	{ (uint64_t)(0x80046601), "FS_IOC32_GETFLAGS" },
	{ (uint64_t)(0x80046900), "LIRC_GET_FEATURES" },
	{ (uint64_t)(0x80046901), "LIRC_GET_SEND_MODE" },
	{ (uint64_t)(0x80046902), "LIRC_GET_REC_MODE" },
	{ (uint64_t)(0x80046907), "LIRC_GET_REC_RESOLUTION" },
	{ (uint64_t)(0x80046908), "I2OVALIDATE" },
	{ (uint64_t)(0x80046908), "LIRC_GET_MIN_TIMEOUT" },
	{ (uint64_t)(0x80046909), "LIRC_GET_MAX_TIMEOUT" },
	{ (uint64_t)(0x8004690f), "LIRC_GET_LENGTH" },
	{ (uint64_t)(0x80046924), "LIRC_GET_REC_TIMEOUT" },
	{ (uint64_t)(0x80046990), "IIO_GET_EVENT_FD_IOCTL" },
	{ (uint64_t)(0x80046a01), "JSIOCGVERSION" },
	{ (uint64_t)(0x80046b04), "SPI_IOC_RD_MAX_SPEED_HZ" },
	{ (uint64_t)(0x80046b05), "SPI_IOC_RD_MODE32" },
	{ (uint64_t)(0x80046ef8), "SISFB_GET_INFO_OLD" },
	{ (uint64_t)(0x80046ef9), "SISFB_GET_VBRSTATUS_OLD" },
	{ (uint64_t)(0x80046efa), "SISFB_GET_AUTOMAXIMIZE_OLD" },
	{ (uint64_t)(0x80047013), "RTC_VL_READ" },
	{ (uint64_t)(0x80047300), "FSI_SCOM_CHECK" },
	{ (uint64_t)(0x80047601), "FS_IOC32_GETVERSION" },
	{ (uint64_t)(0x80049363), "AUTOFS_IOC_PROTOVER" },
	{ (uint64_t)(0x80049367), "AUTOFS_IOC_PROTOSUBVER" },
	{ (uint64_t)(0x80049370), "AUTOFS_IOC_ASKUMOUNT" },
	{ (uint64_t)(0x8004a405), "TEE_IOC_CLOSE_SESSION" },
	{ (uint64_t)(0x8004a524), "GENWQE_GET_CARD_STATE" },
	{ (uint64_t)(0x8004a529), "SDTX_IOCTL_GET_BASE_INFO" },
	{ (uint64_t)(0x8004ae98), "KVM_GET_MP_STATE" },
	{ (uint64_t)(0x8004af70), "VHOST_VDPA_GET_DEVICE_ID" },
	{ (uint64_t)(0x8004af79), "VHOST_VDPA_GET_CONFIG_SIZE" },
	{ (uint64_t)(0x8004af7a), "VHOST_VDPA_GET_AS_NUM" },
	{ (uint64_t)(0x8004af80), "VHOST_VDPA_GET_VQS_COUNT" },
	{ (uint64_t)(0x8004af81), "VHOST_VDPA_GET_GROUP_NUM" },
	{ (uint64_t)(0x8004b645), "DFL_FPGA_PORT_ERR_GET_IRQ_NUM" },
	{ (uint64_t)(0x8004b647), "DFL_FPGA_PORT_UINT_GET_IRQ_NUM" },
	{ (uint64_t)(0x8004b683), "DFL_FPGA_FME_ERR_GET_IRQ_NUM" },
	{ (uint64_t)(0x8004b702), "RPROC_GET_SHUTDOWN_ON_RELEASE" },
	{ (uint64_t)(0x8004ca01), "CXL_IOCTL_GET_PROCESS_ELEMENT" },
	{ (uint64_t)(0x8004f300), "SISFB_GET_INFO_SIZE" },
	{ (uint64_t)(0x8004f302), "SISFB_GET_VBRSTATUS" },
	{ (uint64_t)(0x8004f303), "SISFB_GET_AUTOMAXIMIZE" },
	{ (uint64_t)(0x8004f304), "SISFB_GET_TVPOSOFFSET" },
	{ (uint64_t)(0x8004f50c), "F2FS_IOC_GET_FEATURES" },
	{ (uint64_t)(0x8004f50e), "F2FS_IOC_GET_PIN_FILE" },
	{ (uint64_t)(0x80081270), "BLKBSZGET" },
	{ (uint64_t)(0x80081272), "BLKGETSIZE64" },
	{ (uint64_t)(0x80081280), "BLKGETDISKSEQ" },
	{ (uint64_t)(0x80082407), "PERF_EVENT_IOC_ID" },
	{ (uint64_t)(0x80084003), "FBIO_RADEON_GET_MIRROR" },
	{ (uint64_t)(0x80084201), "CCISS_GETPCIINFO" },
	{ (uint64_t)(0x80084201), "PMU_IOC_GET_BACKLIGHT" },
	{ (uint64_t)(0x80084202), "CCISS_GETINTINFO" },
	{ (uint64_t)(0x80084203), "PMU_IOC_GET_MODEL" },
	{ (uint64_t)(0x80084204), "PMU_IOC_HAS_ADB" },
	{ (uint64_t)(0x80084205), "PMU_IOC_CAN_SLEEP" },
	{ (uint64_t)(0x80084206), "PMU_IOC_GRAB_BACKLIGHT" },
	{ (uint64_t)(0x80084502), "EVIOCGID" },
	{ (uint64_t)(0x80084503), "EVIOCGREP" },
	{ (uint64_t)(0x80084504), "EVIOCGKEYCODE" },
	{ (uint64_t)(0x80085202), "RNDGETPOOL" },
	{ (uint64_t)(0x80085502), "USB_RAW_IOCTL_EVENT_FETCH" },
	{ (uint64_t)(0x80085617), "VIDIOC_G_STD" },
	{ (uint64_t)(0x8008563f), "VIDIOC_QUERYSTD" },
	{ (uint64_t)(0x80086601), "FS_IOC_GETFLAGS" },
	{ (uint64_t)(0x8008690c), "I2OPASSTHRU32" },
	{ (uint64_t)(0x80086d03), "MTIOCPOS" },
	{ (uint64_t)(0x80086ef8), "MATROXFB_GET_OUTPUT_CONNECTION" },
	{ (uint64_t)(0x80086ef9), "MATROXFB_GET_AVAILABLE_OUTPUTS" },
	{ (uint64_t)(0x80086efb), "MATROXFB_GET_ALL_OUTPUTS" },
	{ (uint64_t)(0x8008700b), "RTC_IRQP_READ" },
	{ (uint64_t)(0x8008700d), "RTC_EPOCH_READ" },
	{ (uint64_t)(0x800870a1), "PPS_GETPARAMS" },
	{ (uint64_t)(0x800870a3), "PPS_GETCAP" },
	{ (uint64_t)(0x80087601), "FS_IOC_GETVERSION" },
	{ (uint64_t)(0x80089418), "BTRFS_IOC_START_SYNC" },
	{ (uint64_t)(0x80089419), "BTRFS_IOC_SUBVOL_GETFLAGS" },
	{ (uint64_t)(0x8008a404), "TEE_IOC_CANCEL" },
	{ (uint64_t)(0x8008ae9d), "KVM_X86_GET_MCE_CAP_SUPPORTED" },
	{ (uint64_t)(0x8008af00), "VHOST_GET_FEATURES" },
	{ (uint64_t)(0x8008af26), "VHOST_GET_BACKEND_FEATURES" },
	{ (uint64_t)(0x8008af73), "VHOST_VDPA_GET_CONFIG" },
	{ (uint64_t)(0x8008ca11), "OCXL_IOCTL_IRQ_ALLOC" },
	{ (uint64_t)(0x8008f511), "F2FS_IOC_GET_COMPRESS_BLOCKS" },
	{ (uint64_t)(0x80096782), "FUNCTIONFS_ENDPOINT_DESC" },
	{ (uint64_t)(0x800c4211), "CCISS_GETLUNINFO" },
	{ (uint64_t)(0x800c6613), "FS_IOC_SET_ENCRYPTION_POLICY" },
	{ (uint64_t)(0x800ca400), "TEE_IOC_VERSION" },
	{ (uint64_t)(0x800cee07), "PFRT_LOG_IOC_GET_INFO" },
	{ (uint64_t)(0x8010020f), "FDGETDRVTYP" },
	{ (uint64_t)(0x8010230c), "FW_CDEV_IOC_GET_CYCLE_TIMER" },
	{ (uint64_t)(0x80104204), "CCISS_GETNODENAME" },
	{ (uint64_t)(0x80104592), "EVIOCGMASK" },
	{ (uint64_t)(0x8010661b), "FS_IOC_GET_ENCRYPTION_NONCE" },
	{ (uint64_t)(0x8010690c), "I2OPASSTHRU" },
	{ (uint64_t)(0x8010a402), "TEE_IOC_OPEN_SESSION" },
	{ (uint64_t)(0x8010a403), "TEE_IOC_INVOKE" },
	{ (uint64_t)(0x8010a406), "TEE_IOC_SUPPL_RECV" },
	{ (uint64_t)(0x8010a407), "TEE_IOC_SUPPL_SEND" },
	{ (uint64_t)(0x8010a51e), "GENWQE_READ_REG64" },
	{ (uint64_t)(0x8010a520), "GENWQE_READ_REG32" },
	{ (uint64_t)(0x8010a522), "GENWQE_READ_REG16" },
	{ (uint64_t)(0x8010aebb), "KVM_MEMORY_ENCRYPT_REG_REGION" },
	{ (uint64_t)(0x8010aebc), "KVM_MEMORY_ENCRYPT_UNREG_REGION" },
	{ (uint64_t)(0x8010af78), "VHOST_VDPA_GET_IOVA_RANGE" },
	{ (uint64_t)(0x8014020e), "FDGETMAXERRS" },
	{ (uint64_t)(0x80189439), "BTRFS_IOC_GET_FEATURES" },
	{ (uint64_t)(0x801c581f), "FS_IOC_FSGETXATTR" },
	{ (uint64_t)(0x80200204), "FDGETPRM" },
	{ (uint64_t)(0x802048f8), "SNDRV_FIREWIRE_IOCTL_GET_INFO" },
	{ (uint64_t)(0x80206900), "I2OGETIOPS" },
	{ (uint64_t)(0x80207011), "RTC_PLL_GET" },
	{ (uint64_t)(0x8020ca15), "OCXL_IOCTL_ENABLE_P9_WAIT" },
	{ (uint64_t)(0x8020ca16), "OCXL_IOCTL_GET_FEATURES" },
	{ (uint64_t)(0x80246a22), "JSIOCGCORR" },
	{ (uint64_t)(0x80247008), "RTC_ALM_READ" },
	{ (uint64_t)(0x80247009), "RTC_RD_TIME" },
	{ (uint64_t)(0x80280215), "FDGETFDCSTAT" },
	{ (uint64_t)(0x80280217), "FDWERRORGET" },
	{ (uint64_t)(0x80284504), "EVIOCGKEYCODE_V2" },
	{ (uint64_t)(0x80285700), "WDIOC_GETSUPPORT" },
	{ (uint64_t)(0x80287010), "RTC_WKALM_RD" },
	{ (uint64_t)(0x802c542a), "TCGETS2" },
	{ (uint64_t)(0x803048fc), "SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_METER" },
	{ (uint64_t)(0x8030560a), "VIDIOC_G_FBUF" },
	{ (uint64_t)(0x80306d02), "MTIOCGET" },
	{ (uint64_t)(0x8030942b), "BTRFS_IOC_QGROUP_LIMIT" },
	{ (uint64_t)(0x8030ae7c), "KVM_GET_CLOCK" },
	{ (uint64_t)(0x80345621), "VIDIOC_G_AUDIO" },
	{ (uint64_t)(0x80345631), "VIDIOC_G_AUDOUT" },
	{ (uint64_t)(0x80405600), "VIDIOC_SUBDEV_QUERYCAP" },
	{ (uint64_t)(0x80406a32), "JSIOCGAXMAP" },
	{ (uint64_t)(0x8040942d), "BTRFS_IOC_QUOTA_RESCAN_STATUS" },
	{ (uint64_t)(0x8040ae69), "KVM_ASSIGN_PCI_DEVICE" },
	{ (uint64_t)(0x8040ae9f), "KVM_GET_VCPU_EVENTS" },
	{ (uint64_t)(0x8040ca02), "CXL_IOCTL_GET_AFU_ID" },
	{ (uint64_t)(0x8040ee08), "PFRT_LOG_IOC_GET_DATA_INFO" },
	{ (uint64_t)(0x8044b401), "GPIO_GET_CHIPINFO_IOCTL" },
	{ (uint64_t)(0x80489439), "BTRFS_IOC_GET_SUPPORTED_FEATURES" },
	{ (uint64_t)(0x8048ae66), "KVM_SET_PIT" },
	{ (uint64_t)(0x804c4700), "GSMIOC_GETCONF" },
	{ (uint64_t)(0x80500212), "FDGETDRVSTAT" },
	{ (uint64_t)(0x80500213), "FDPOLLDRVSTAT" },
	{ (uint64_t)(0x80503d01), "PTP_CLOCK_GETCAPS" },
	{ (uint64_t)(0x80503d0a), "PTP_CLOCK_GETCAPS2" },
	{ (uint64_t)(0x805cee05), "PFRU_IOC_QUERY_CAP" },
	{ (uint64_t)(0x80685600), "VIDIOC_QUERYCAP" },
	{ (uint64_t)(0x8068690b), "I2OEVTGET" },
	{ (uint64_t)(0x8070ae9f), "KVM_GET_PIT2" },
	{ (uint64_t)(0x80800211), "FDGETDRVPRM" },
	{ (uint64_t)(0x80809440), "BTRFS_IOC_ENCODED_READ" },
	{ (uint64_t)(0x8080aea1), "KVM_GET_DEBUGREGS" },
	{ (uint64_t)(0x8080ca14), "OCXL_IOCTL_GET_METADATA" },
	{ (uint64_t)(0x80845663), "VIDIOC_QUERY_DV_TIMINGS" },
	{ (uint64_t)(0x80885659), "VIDIOC_DQEVENT" },
	{ (uint64_t)(0x808c563d), "VIDIOC_G_JPEGCOMP" },
	{ (uint64_t)(0x8090ae81), "KVM_GET_REGS" },
	{ (uint64_t)(0x810048fb), "SNDRV_FIREWIRE_IOCTL_TASCAM_STATE" },
	{ (uint64_t)(0x81009431), "FS_IOC_GETFSLABEL" },
	{ (uint64_t)(0x810c9365), "AUTOFS_IOC_EXPIRE" },
	{ (uint64_t)(0x811cf301), "SISFB_GET_INFO" },
	{ (uint64_t)(0x8138ae83), "KVM_GET_SREGS" },
	{ (uint64_t)(0x8140aecc), "KVM_GET_SREGS2" },
	{ (uint64_t)(0x8188aea6), "KVM_GET_XCRS" },
	{ (uint64_t)(0x81a0ae8c), "KVM_GET_FPU" },
	{ (uint64_t)(0x81f8943c), "BTRFS_IOC_GET_SUBVOL_INFO" },
	{ (uint64_t)(0x820048fe), "SNDRV_FIREWIRE_IOCTL_MOTU_REGISTER_DSP_PARAMETER" },
	{ (uint64_t)(0x8208ae63), "KVM_SET_IRQCHIP" },
	{ (uint64_t)(0x83c0550b), "USB_RAW_IOCTL_EPS_INFO" },
	{ (uint64_t)(0x84006a34), "JSIOCGBTNMAP" },
	{ (uint64_t)(0x8400941f), "BTRFS_IOC_FS_INFO" },
	{ (uint64_t)(0x84009422), "BTRFS_IOC_BALANCE_PROGRESS" },
	{ (uint64_t)(0x8400ae8e), "KVM_GET_LAPIC" },
	{ (uint64_t)(0x864048fd), "SNDRV_FIREWIRE_IOCTL_MOTU_COMMAND_DSP_METER" },
	{ (uint64_t)(0x8818564c), "VIDIOC_G_ENC_INDEX" },
	{ (uint64_t)(0x90009427), "BTRFS_IOC_DEVICES_READY" },
	{ (uint64_t)(0x9000aea4), "KVM_GET_XSAVE" },
	{ (uint64_t)(0x9000aecf), "KVM_GET_XSAVE2" },
	{ (uint64_t)(0xc0044306), "CAPI_GET_MANUFACTURER" },
	{ (uint64_t)(0xc0044308), "CAPI_GET_SERIAL" },
	{ (uint64_t)(0xc0045627), "VIDIOC_S_INPUT" },
	{ (uint64_t)(0xc004562f), "VIDIOC_S_OUTPUT" },
	{ (uint64_t)(0xc0045706), "WDIOC_SETTIMEOUT" },
	{ (uint64_t)(0xc0045708), "WDIOC_SETPRETIMEOUT" },
	{ (uint64_t)(0xc0045877), "FIFREEZE" },
	{ (uint64_t)(0xc0045878), "FITHAW" },
	{ (uint64_t)(0xc0046209), "BINDER_VERSION" },
	{ (uint64_t)(0xc0046686), "FS_IOC_MEASURE_VERITY" },
	{ (uint64_t)(0xc004ae02), "KVM_GET_MSR_INDEX_LIST" },
	{ (uint64_t)(0xc004ae0a), "KVM_GET_MSR_FEATURE_INDEX_LIST" },
	{ (uint64_t)(0xc004b40c), "GPIO_GET_LINEINFO_UNWATCH_IOCTL" },
	{ (uint64_t)(0xc008240a), "PERF_EVENT_IOC_QUERY_BPF" },
	{ (uint64_t)(0xc0085504), "USB_RAW_IOCTL_EP0_READ" },
	{ (uint64_t)(0xc0085508), "USB_RAW_IOCTL_EP_READ" },
	{ (uint64_t)(0xc008561b), "VIDIOC_G_CTRL" },
	{ (uint64_t)(0xc008561c), "VIDIOC_S_CTRL" },
	{ (uint64_t)(0xc0086202), "DMA_BUF_IOCTL_EXPORT_SYNC_FILE" },
	{ (uint64_t)(0xc0086301), "CM_IOCGATR" },
	{ (uint64_t)(0xc0086efa), "MATROXFB_GET_OUTPUT_MODE" },
	{ (uint64_t)(0xc00870a4), "PPS_FETCH" },
	{ (uint64_t)(0xc0089364), "AUTOFS_IOC_SETTIMEOUT" },
	{ (uint64_t)(0xc008ae05), "KVM_GET_SUPPORTED_CPUID" },
	{ (uint64_t)(0xc008ae09), "KVM_GET_EMULATED_CPUID" },
	{ (uint64_t)(0xc008ae67), "KVM_IRQ_LINE_STATUS" },
	{ (uint64_t)(0xc008ae88), "KVM_GET_MSRS" },
	{ (uint64_t)(0xc008ae91), "KVM_GET_CPUID2" },
	{ (uint64_t)(0xc008aeb0), "KVM_GET_REG_LIST" },
	{ (uint64_t)(0xc008aeba), "KVM_MEMORY_ENCRYPT_OP" },
	{ (uint64_t)(0xc008aec1), "KVM_GET_SUPPORTED_HV_CPUID" },
	{ (uint64_t)(0xc008af12), "VHOST_GET_VRING_BASE" },
	{ (uint64_t)(0xc008af7b), "VHOST_VDPA_GET_VRING_GROUP" },
	{ (uint64_t)(0xc0096616), "FS_IOC_GET_ENCRYPTION_POLICY_EX" },
	{ (uint64_t)(0xc00c55ca), "UI_BEGIN_FF_ERASE" },
	{ (uint64_t)(0xc00c620f), "BINDER_GET_FROZEN_INFO" },
	{ (uint64_t)(0xc00c6211), "BINDER_GET_EXTENDED_ERROR" },
	{ (uint64_t)(0xc00caee0), "KVM_CREATE_DEVICE" },
	{ (uint64_t)(0xc0101282), "BLKREPORTZONE" },
	{ (uint64_t)(0xc0104307), "CAPI_GET_VERSION" },
	{ (uint64_t)(0xc0104320), "CAPI_MANUFACTURER_CMD" },
	{ (uint64_t)(0xc0107521), "UVCIOC_CTRL_QUERY" },
	{ (uint64_t)(0xc0109414), "BTRFS_IOC_SPACE_INFO" },
	{ (uint64_t)(0xc0109428), "BTRFS_IOC_QUOTA_CTL" },
	{ (uint64_t)(0xc010a401), "TEE_IOC_SHM_ALLOC" },
	{ (uint64_t)(0xc010b200), "ASPEED_LPC_CTRL_IOCTL_GET_SIZE" },
	{ (uint64_t)(0xc010b40e), "GPIO_V2_LINE_GET_VALUES_IOCTL" },
	{ (uint64_t)(0xc010b40f), "GPIO_V2_LINE_SET_VALUES_IOCTL" },
	{ (uint64_t)(0xc010f508), "F2FS_IOC_DEFRAGMENT" },
	{ (uint64_t)(0xc0145608), "VIDIOC_REQBUFS" },
	{ (uint64_t)(0xc014563b), "VIDIOC_G_CROP" },
	{ (uint64_t)(0xc014a100), "VTPM_PROXY_IOC_NEW_DEV" },
	{ (uint64_t)(0xc0181be4), "HFI1_IOCTL_TID_UPDATE" },
	{ (uint64_t)(0xc0181be5), "HFI1_IOCTL_TID_FREE" },
	{ (uint64_t)(0xc0181bed), "HFI1_IOCTL_TID_INVAL_READ" },
	{ (uint64_t)(0xc0182306), "FW_CDEV_IOC_ADD_DESCRIPTOR" },
	{ (uint64_t)(0xc0182309), "FW_CDEV_IOC_QUEUE_ISO" },
	{ (uint64_t)(0xc018230d), "FW_CDEV_IOC_ALLOCATE_ISO_RESOURCE" },
	{ (uint64_t)(0xc0182314), "FW_CDEV_IOC_GET_CYCLE_TIMER2" },
	{ (uint64_t)(0xc0182315), "FW_CDEV_IOC_SEND_PHY_PACKET" },
	{ (uint64_t)(0xc0184800), "DMA_HEAP_IOCTL_ALLOC" },
	{ (uint64_t)(0xc0184d03), "MTRRIOC_GET_ENTRY" },
	{ (uint64_t)(0xc0184d08), "MTRRIOC_GET_PAGE_ENTRY" },
	{ (uint64_t)(0xc0185879), "FITRIM" },
	{ (uint64_t)(0xc018620b), "BINDER_GET_NODE_DEBUG_INFO" },
	{ (uint64_t)(0xc018620c), "BINDER_GET_NODE_INFO_FOR_REF" },
	{ (uint64_t)(0xc0186901), "I2OHRTGET" },
	{ (uint64_t)(0xc0186902), "I2OLCTGET" },
	{ (uint64_t)(0xc0189436), "BTRFS_IOC_FILE_EXTENT_SAME" },
	{ (uint64_t)(0xc0189436), "FIDEDUPERANGE" },
	{ (uint64_t)(0xc018a409), "TEE_IOC_SHM_REGISTER" },
	{ (uint64_t)(0xc018ae85), "KVM_TRANSLATE" },
	{ (uint64_t)(0xc018aec0), "KVM_CLEAR_DIRTY_LOG" },
	{ (uint64_t)(0xc01c1b01), "IB_USER_MAD_REGISTER_AGENT" },
	{ (uint64_t)(0xc01c1be1), "HFI1_IOCTL_ASSIGN_CTXT" },
	{ (uint64_t)(0xc0202302), "FW_CDEV_IOC_ALLOCATE" },
	{ (uint64_t)(0xc0202308), "FW_CDEV_IOC_CREATE_ISO_CONTEXT" },
	{ (uint64_t)(0xc0205647), "VIDIOC_G_EXT_CTRLS" },
	{ (uint64_t)(0xc0205648), "VIDIOC_S_EXT_CTRLS" },
	{ (uint64_t)(0xc0205649), "VIDIOC_TRY_EXT_CTRLS" },
	{ (uint64_t)(0xc02063a0), "X86_IOC_RDMSR_REGS" },
	{ (uint64_t)(0xc02063a1), "X86_IOC_WRMSR_REGS" },
	{ (uint64_t)(0xc0207301), "FSI_SCOM_READ" },
	{ (uint64_t)(0xc0207302), "FSI_SCOM_WRITE" },
	{ (uint64_t)(0xc020a528), "GENWQE_PIN_MEM" },
	{ (uint64_t)(0xc020a529), "GENWQE_UNPIN_MEM" },
	{ (uint64_t)(0xc020f509), "F2FS_IOC_MOVE_RANGE" },
	{ (uint64_t)(0xc0281b04), "IB_USER_MAD_REGISTER_AGENT2" },
	{ (uint64_t)(0xc0282300), "FW_CDEV_IOC_GET_INFO" },
	{ (uint64_t)(0xc0285628), "VIDIOC_G_EDID" },
	{ (uint64_t)(0xc0285629), "VIDIOC_S_EDID" },
	{ (uint64_t)(0xc028564d), "VIDIOC_ENCODER_CMD" },
	{ (uint64_t)(0xc028564e), "VIDIOC_TRY_ENCODER_CMD" },
	{ (uint64_t)(0xc0286903), "I2OPARMSET" },
	{ (uint64_t)(0xc0286904), "I2OPARMGET" },
	{ (uint64_t)(0xc0287c02), "MEDIA_IOC_ENUM_LINKS" },
	{ (uint64_t)(0xc028a501), "SSAM_CDEV_REQUEST" },
	{ (uint64_t)(0xc028ae92), "KVM_TPR_ACCESS_REPORTING" },
	{ (uint64_t)(0xc02c5625), "VIDIOC_QUERYMENU" },
	{ (uint64_t)(0xc02c5638), "VIDIOC_G_FREQUENCY" },
	{ (uint64_t)(0xc02c563a), "VIDIOC_CROPCAP" },
	{ (uint64_t)(0xc02c564a), "VIDIOC_ENUM_FRAMESIZES" },
	{ (uint64_t)(0xc0303e03), "SYNC_IOC_MERGE" },
	{ (uint64_t)(0xc0305602), "VIDIOC_SUBDEV_ENUM_MBUS_CODE" },
	{ (uint64_t)(0xc0305615), "VIDIOC_SUBDEV_G_FRAME_INTERVAL" },
	{ (uint64_t)(0xc0305616), "VIDIOC_SUBDEV_S_FRAME_INTERVAL" },
	{ (uint64_t)(0xc0306201), "BINDER_WRITE_READ" },
	{ (uint64_t)(0xc0306905), "I2OSWDL" },
	{ (uint64_t)(0xc0306906), "I2OSWUL" },
	{ (uint64_t)(0xc0306907), "I2OSWDEL" },
	{ (uint64_t)(0xc0306909), "I2OHTML" },
	{ (uint64_t)(0xc030b404), "GPIO_GET_LINEEVENT_IOCTL" },
	{ (uint64_t)(0xc0345641), "VIDIOC_ENUMAUDIO" },
	{ (uint64_t)(0xc0345642), "VIDIOC_ENUMAUDOUT" },
	{ (uint64_t)(0xc034564b), "VIDIOC_ENUM_FRAMEINTERVALS" },
	{ (uint64_t)(0xc0345700), "DELL_WMI_SMBIOS_CMD" },
	{ (uint64_t)(0xc0347c03), "MEDIA_IOC_SETUP_LINK" },
	{ (uint64_t)(0xc0383e04), "SYNC_IOC_FILE_INFO" },
	{ (uint64_t)(0xc038563b), "VIDIOC_SUBDEV_G_CROP" },
	{ (uint64_t)(0xc038563c), "VIDIOC_SUBDEV_S_CROP" },
	{ (uint64_t)(0xc0385650), "VIDIOC_DBG_G_REGISTER" },
	{ (uint64_t)(0xc0389423), "BTRFS_IOC_INO_PATHS" },
	{ (uint64_t)(0xc0389424), "BTRFS_IOC_LOGICAL_INO" },
	{ (uint64_t)(0xc038943b), "BTRFS_IOC_LOGICAL_INO_V2" },
	{ (uint64_t)(0xc038a550), "GENWQE_SLU_UPDATE" },
	{ (uint64_t)(0xc038a551), "GENWQE_SLU_READ" },
	{ (uint64_t)(0xc0404309), "CAPI_GET_PROFILE" },
	{ (uint64_t)(0xc0405602), "VIDIOC_ENUM_FMT" },
	{ (uint64_t)(0xc0405610), "VIDIOC_EXPBUF" },
	{ (uint64_t)(0xc040563d), "VIDIOC_SUBDEV_G_SELECTION" },
	{ (uint64_t)(0xc040563e), "VIDIOC_SUBDEV_S_SELECTION" },
	{ (uint64_t)(0xc040564a), "VIDIOC_SUBDEV_ENUM_FRAME_SIZE" },
	{ (uint64_t)(0xc040564b), "VIDIOC_SUBDEV_ENUM_FRAME_INTERVAL" },
	{ (uint64_t)(0xc040565e), "VIDIOC_G_SELECTION" },
	{ (uint64_t)(0xc040565f), "VIDIOC_S_SELECTION" },
	{ (uint64_t)(0xc0405665), "VIDIOC_ENUM_FREQ_BANDS" },
	{ (uint64_t)(0xc0406618), "FS_IOC_REMOVE_ENCRYPTION_KEY" },
	{ (uint64_t)(0xc0406619), "FS_IOC_REMOVE_ENCRYPTION_KEY_ALL_USERS" },
	{ (uint64_t)(0xc040b408), "GPIOHANDLE_GET_LINE_VALUES_IOCTL" },
	{ (uint64_t)(0xc040b409), "GPIOHANDLE_SET_LINE_VALUES_IOCTL" },
	{ (uint64_t)(0xc0445624), "VIDIOC_QUERYCTRL" },
	{ (uint64_t)(0xc0445636), "VIDIOC_G_MODULATOR" },
	{ (uint64_t)(0xc0485619), "VIDIOC_ENUMSTD" },
	{ (uint64_t)(0xc0485630), "VIDIOC_ENUMOUTPUT" },
	{ (uint64_t)(0xc0485660), "VIDIOC_DECODER_CMD" },
	{ (uint64_t)(0xc0485661), "VIDIOC_TRY_DECODER_CMD" },
	{ (uint64_t)(0xc0487c04), "MEDIA_IOC_G_TOPOLOGY" },
	{ (uint64_t)(0xc048ae65), "KVM_GET_PIT" },
	{ (uint64_t)(0xc048aec8), "KVM_XEN_HVM_GET_ATTR" },
	{ (uint64_t)(0xc048aeca), "KVM_XEN_VCPU_GET_ATTR" },
	{ (uint64_t)(0xc048b402), "GPIO_GET_LINEINFO_IOCTL" },
	{ (uint64_t)(0xc048b40b), "GPIO_GET_LINEINFO_WATCH_IOCTL" },
	{ (uint64_t)(0xc050561a), "VIDIOC_ENUMINPUT" },
	{ (uint64_t)(0xc0506617), "FS_IOC_ADD_ENCRYPTION_KEY" },
	{ (uint64_t)(0xc054561d), "VIDIOC_G_TUNER" },
	{ (uint64_t)(0xc054b40a), "GPIOHANDLE_SET_CONFIG_IOCTL" },
	{ (uint64_t)(0xc054f305), "SISFB_COMMAND" },
	{ (uint64_t)(0xc058420b), "CCISS_PASSTHRU" },
	{ (uint64_t)(0xc0585604), "VIDIOC_SUBDEV_G_FMT" },
	{ (uint64_t)(0xc0585605), "VIDIOC_SUBDEV_S_FMT" },
	{ (uint64_t)(0xc0585609), "VIDIOC_QUERYBUF" },
	{ (uint64_t)(0xc058560f), "VIDIOC_QBUF" },
	{ (uint64_t)(0xc0585611), "VIDIOC_DQBUF" },
	{ (uint64_t)(0xc058565d), "VIDIOC_PREPARE_BUF" },
	{ (uint64_t)(0xc0603d06), "PTP_PIN_GETFUNC" },
	{ (uint64_t)(0xc0603d0f), "PTP_PIN_GETFUNC2" },
	{ (uint64_t)(0xc0604212), "CCISS_BIG_PASSTHRU" },
	{ (uint64_t)(0xc0607520), "UVCIOC_CTRL_MAP" },
	{ (uint64_t)(0xc06855c8), "UI_BEGIN_FF_UPLOAD" },
	{ (uint64_t)(0xc0709411), "BTRFS_IOC_TREE_SEARCH_V2" },
	{ (uint64_t)(0xc0745645), "VIDIOC_G_SLICED_VBI_CAP" },
	{ (uint64_t)(0xc080661a), "FS_IOC_GET_ENCRYPTION_KEY_STATUS" },
	{ (uint64_t)(0xc080aebe), "KVM_GET_NESTED_STATE" },
	{ (uint64_t)(0xc0845657), "VIDIOC_S_DV_TIMINGS" },
	{ (uint64_t)(0xc0845658), "VIDIOC_G_DV_TIMINGS" },
	{ (uint64_t)(0xc0905664), "VIDIOC_DV_TIMINGS_CAP" },
	{ (uint64_t)(0xc0945662), "VIDIOC_ENUM_DV_TIMINGS" },
	{ (uint64_t)(0xc0c85666), "VIDIOC_DBG_G_CHIP_INFO" },
	{ (uint64_t)(0xc0c89425), "BTRFS_IOC_SET_RECEIVED_SUBVOL" },
	{ (uint64_t)(0xc0cc5615), "VIDIOC_G_PARM" },
	{ (uint64_t)(0xc0cc5616), "VIDIOC_S_PARM" },
	{ (uint64_t)(0xc0d05604), "VIDIOC_G_FMT" },
	{ (uint64_t)(0xc0d05605), "VIDIOC_S_FMT" },
	{ (uint64_t)(0xc0d05640), "VIDIOC_TRY_FMT" },
	{ (uint64_t)(0xc0e85667), "VIDIOC_QUERY_EXT_CTRL" },
	{ (uint64_t)(0xc100565c), "VIDIOC_CREATE_BUFS" },
	{ (uint64_t)(0xc1007c00), "MEDIA_IOC_DEVICE_INFO" },
	{ (uint64_t)(0xc1007c01), "MEDIA_IOC_ENUM_ENTITIES" },
	{ (uint64_t)(0xc100b405), "GPIO_V2_GET_LINEINFO_IOCTL" },
	{ (uint64_t)(0xc100b406), "GPIO_V2_GET_LINEINFO_WATCH_IOCTL" },
	{ (uint64_t)(0xc1086201), "BINDER_CTL_ADD" },
	{ (uint64_t)(0xc110b40d), "GPIO_V2_LINE_SET_CONFIG_IOCTL" },
	{ (uint64_t)(0xc16cb403), "GPIO_GET_LINEHANDLE_IOCTL" },
	{ (uint64_t)(0xc208ae62), "KVM_GET_IRQCHIP" },
	{ (uint64_t)(0xc250b407), "GPIO_V2_GET_LINE_IOCTL" },
	{ (uint64_t)(0xc400941b), "BTRFS_IOC_SCRUB" },
	{ (uint64_t)(0xc400941d), "BTRFS_IOC_SCRUB_PROGRESS" },
	{ (uint64_t)(0xc4009420), "BTRFS_IOC_BALANCE_V2" },
	{ (uint64_t)(0xc4089434), "BTRFS_IOC_GET_DEV_STATS" },
	{ (uint64_t)(0xca289435), "BTRFS_IOC_DEV_REPLACE" },
	{ (uint64_t)(0xd0009411), "BTRFS_IOC_TREE_SEARCH" },
	{ (uint64_t)(0xd0009412), "BTRFS_IOC_INO_LOOKUP" },
	{ (uint64_t)(0xd000941e), "BTRFS_IOC_DEV_INFO" },
	{ (uint64_t)(0xd000943d), "BTRFS_IOC_GET_SUBVOL_ROOTREF" },
	{ (uint64_t)(0xd000943e), "BTRFS_IOC_INO_LOOKUP_USER" },
};
const struct xlat xlat_ioctl_names = { xe_ioctl_names, 1375, NULL };

#ifdef IPC_CREAT
_Static_assert((uint64_t)(IPC_CREAT) == (uint64_t)(01000), "ipc_get_flags: IPC_CREAT");
#endif
#ifdef IPC_EXCL
_Static_assert((uint64_t)(IPC_EXCL) == (uint64_t)(02000), "ipc_get_flags: IPC_EXCL");
#endif
#ifdef IPC_NOWAIT
_Static_assert((uint64_t)(IPC_NOWAIT) == (uint64_t)(04000), "ipc_get_flags: IPC_NOWAIT");
#endif
static const struct xlat_entry xe_ipc_get_flags[] = {
	{ (uint64_t)(01000), "IPC_CREAT" },
	{ (uint64_t)(02000), "IPC_EXCL" },
	{ (uint64_t)(04000), "IPC_NOWAIT" },
};
const struct xlat xlat_ipc_get_flags = { xe_ipc_get_flags, 3, NULL };

#ifdef ITIMER_REAL
_Static_assert((uint64_t)(ITIMER_REAL) == (uint64_t)(0), "itimer_which: ITIMER_REAL");
#endif
#ifdef ITIMER_VIRTUAL
_Static_assert((uint64_t)(ITIMER_VIRTUAL) == (uint64_t)(1), "itimer_which: ITIMER_VIRTUAL");
#endif
#ifdef ITIMER_PROF
_Static_assert((uint64_t)(ITIMER_PROF) == (uint64_t)(2), "itimer_which: ITIMER_PROF");
#endif
static const struct xlat_entry xe_itimer_which[] = {
	{ (uint64_t)(0), "ITIMER_REAL" },
	{ (uint64_t)(1), "ITIMER_VIRTUAL" },
	{ (uint64_t)(2), "ITIMER_PROF" },
};
const struct xlat xlat_itimer_which = { xe_itimer_which, 3, "ITIMER_???" };

#ifdef KCMP_FILE
_Static_assert((uint64_t)(KCMP_FILE) == (uint64_t)(0), "kcmp_types: KCMP_FILE");
#endif
#ifdef KCMP_VM
_Static_assert((uint64_t)(KCMP_VM) == (uint64_t)(1), "kcmp_types: KCMP_VM");
#endif
#ifdef KCMP_FILES
_Static_assert((uint64_t)(KCMP_FILES) == (uint64_t)(2), "kcmp_types: KCMP_FILES");
#endif
#ifdef KCMP_FS
_Static_assert((uint64_t)(KCMP_FS) == (uint64_t)(3), "kcmp_types: KCMP_FS");
#endif
#ifdef KCMP_SIGHAND
_Static_assert((uint64_t)(KCMP_SIGHAND) == (uint64_t)(4), "kcmp_types: KCMP_SIGHAND");
#endif
#ifdef KCMP_IO
_Static_assert((uint64_t)(KCMP_IO) == (uint64_t)(5), "kcmp_types: KCMP_IO");
#endif
#ifdef KCMP_SYSVSEM
_Static_assert((uint64_t)(KCMP_SYSVSEM) == (uint64_t)(6), "kcmp_types: KCMP_SYSVSEM");
#endif
#ifdef KCMP_EPOLL_TFD
_Static_assert((uint64_t)(KCMP_EPOLL_TFD) == (uint64_t)(7), "kcmp_types: KCMP_EPOLL_TFD");
#endif
static const struct xlat_entry xe_kcmp_types[] = {
	{ (uint64_t)(0), "KCMP_FILE" },
	{ (uint64_t)(1), "KCMP_VM" },
	{ (uint64_t)(2), "KCMP_FILES" },
	{ (uint64_t)(3), "KCMP_FS" },
	{ (uint64_t)(4), "KCMP_SIGHAND" },
	{ (uint64_t)(5), "KCMP_IO" },
	{ (uint64_t)(6), "KCMP_SYSVSEM" },
	{ (uint64_t)(7), "KCMP_EPOLL_TFD" },
};
const struct xlat xlat_kcmp_types = { xe_kcmp_types, 8, "KCMP_???" };

#ifdef KEXEC_ARCH_DEFAULT
_Static_assert((uint64_t)(KEXEC_ARCH_DEFAULT) == (uint64_t)(0), "kexec_archs: KEXEC_ARCH_DEFAULT");
#endif
#ifdef KEXEC_ARCH_386
_Static_assert((uint64_t)(KEXEC_ARCH_386) == (uint64_t)(0x30000), "kexec_archs: KEXEC_ARCH_386");
#endif
#ifdef KEXEC_ARCH_68K
_Static_assert((uint64_t)(KEXEC_ARCH_68K) == (uint64_t)(0x40000), "kexec_archs: KEXEC_ARCH_68K");
#endif
#ifdef KEXEC_ARCH_PARISC
_Static_assert((uint64_t)(KEXEC_ARCH_PARISC) == (uint64_t)(0xf0000), "kexec_archs: KEXEC_ARCH_PARISC");
#endif
#ifdef KEXEC_ARCH_X86_64
_Static_assert((uint64_t)(KEXEC_ARCH_X86_64) == (uint64_t)(0x3e0000), "kexec_archs: KEXEC_ARCH_X86_64");
#endif
#ifdef KEXEC_ARCH_PPC
_Static_assert((uint64_t)(KEXEC_ARCH_PPC) == (uint64_t)(0x140000), "kexec_archs: KEXEC_ARCH_PPC");
#endif
#ifdef KEXEC_ARCH_PPC64
_Static_assert((uint64_t)(KEXEC_ARCH_PPC64) == (uint64_t)(0x150000), "kexec_archs: KEXEC_ARCH_PPC64");
#endif
#ifdef KEXEC_ARCH_IA_64
_Static_assert((uint64_t)(KEXEC_ARCH_IA_64) == (uint64_t)(0x320000), "kexec_archs: KEXEC_ARCH_IA_64");
#endif
#ifdef KEXEC_ARCH_ARM
_Static_assert((uint64_t)(KEXEC_ARCH_ARM) == (uint64_t)(0x280000), "kexec_archs: KEXEC_ARCH_ARM");
#endif
#ifdef KEXEC_ARCH_S390
_Static_assert((uint64_t)(KEXEC_ARCH_S390) == (uint64_t)(0x160000), "kexec_archs: KEXEC_ARCH_S390");
#endif
#ifdef KEXEC_ARCH_SH
_Static_assert((uint64_t)(KEXEC_ARCH_SH) == (uint64_t)(0x2a0000), "kexec_archs: KEXEC_ARCH_SH");
#endif
#ifdef KEXEC_ARCH_MIPS_LE
_Static_assert((uint64_t)(KEXEC_ARCH_MIPS_LE) == (uint64_t)(0xa0000), "kexec_archs: KEXEC_ARCH_MIPS_LE");
#endif
#ifdef KEXEC_ARCH_MIPS
_Static_assert((uint64_t)(KEXEC_ARCH_MIPS) == (uint64_t)(0x80000), "kexec_archs: KEXEC_ARCH_MIPS");
#endif
#ifdef KEXEC_ARCH_AARCH64
_Static_assert((uint64_t)(KEXEC_ARCH_AARCH64) == (uint64_t)(0xb70000), "kexec_archs: KEXEC_ARCH_AARCH64");
#endif
#ifdef KEXEC_ARCH_RISCV
_Static_assert((uint64_t)(KEXEC_ARCH_RISCV) == (uint64_t)(0xf30000), "kexec_archs: KEXEC_ARCH_RISCV");
#endif
#ifdef KEXEC_ARCH_LOONGARCH
_Static_assert((uint64_t)(KEXEC_ARCH_LOONGARCH) == (uint64_t)(0x1020000), "kexec_archs: KEXEC_ARCH_LOONGARCH");
#endif
static const struct xlat_entry xe_kexec_archs[] = {
	{ (uint64_t)(0), "KEXEC_ARCH_DEFAULT" },
	{ (uint64_t)(0x30000), "KEXEC_ARCH_386" },
	{ (uint64_t)(0x40000), "KEXEC_ARCH_68K" },
	{ (uint64_t)(0xf0000), "KEXEC_ARCH_PARISC" },
	{ (uint64_t)(0x3e0000), "KEXEC_ARCH_X86_64" },
	{ (uint64_t)(0x140000), "KEXEC_ARCH_PPC" },
	{ (uint64_t)(0x150000), "KEXEC_ARCH_PPC64" },
	{ (uint64_t)(0x320000), "KEXEC_ARCH_IA_64" },
	{ (uint64_t)(0x280000), "KEXEC_ARCH_ARM" },
	{ (uint64_t)(0x160000), "KEXEC_ARCH_S390" },
	{ (uint64_t)(0x2a0000), "KEXEC_ARCH_SH" },
	{ (uint64_t)(0xa0000), "KEXEC_ARCH_MIPS_LE" },
	{ (uint64_t)(0x80000), "KEXEC_ARCH_MIPS" },
	{ (uint64_t)(0xb70000), "KEXEC_ARCH_AARCH64" },
	{ (uint64_t)(0xf30000), "KEXEC_ARCH_RISCV" },
	{ (uint64_t)(0x1020000), "KEXEC_ARCH_LOONGARCH" },
};
const struct xlat xlat_kexec_archs = { xe_kexec_archs, 16, "KEXEC_ARCH_???" };

#ifdef KEXEC_FILE_UNLOAD
_Static_assert((uint64_t)(KEXEC_FILE_UNLOAD) == (uint64_t)(1), "kexec_file_flags: KEXEC_FILE_UNLOAD");
#endif
#ifdef KEXEC_FILE_ON_CRASH
_Static_assert((uint64_t)(KEXEC_FILE_ON_CRASH) == (uint64_t)(2), "kexec_file_flags: KEXEC_FILE_ON_CRASH");
#endif
#ifdef KEXEC_FILE_NO_INITRAMFS
_Static_assert((uint64_t)(KEXEC_FILE_NO_INITRAMFS) == (uint64_t)(4), "kexec_file_flags: KEXEC_FILE_NO_INITRAMFS");
#endif
static const struct xlat_entry xe_kexec_file_flags[] = {
	{ (uint64_t)(1), "KEXEC_FILE_UNLOAD" },
	{ (uint64_t)(2), "KEXEC_FILE_ON_CRASH" },
	{ (uint64_t)(4), "KEXEC_FILE_NO_INITRAMFS" },
};
const struct xlat xlat_kexec_file_flags = { xe_kexec_file_flags, 3, NULL };

#ifdef KEXEC_ON_CRASH
_Static_assert((uint64_t)(KEXEC_ON_CRASH) == (uint64_t)(1), "kexec_flags: KEXEC_ON_CRASH");
#endif
#ifdef KEXEC_PRESERVE_CONTEXT
_Static_assert((uint64_t)(KEXEC_PRESERVE_CONTEXT) == (uint64_t)(2), "kexec_flags: KEXEC_PRESERVE_CONTEXT");
#endif
static const struct xlat_entry xe_kexec_flags[] = {
	{ (uint64_t)(1), "KEXEC_ON_CRASH" },
	{ (uint64_t)(2), "KEXEC_PRESERVE_CONTEXT" },
};
const struct xlat xlat_kexec_flags = { xe_kexec_flags, 2, NULL };

#ifdef KEY_SPEC_THREAD_KEYRING
_Static_assert((uint64_t)(KEY_SPEC_THREAD_KEYRING) == (uint64_t)(-1), "key_specs: KEY_SPEC_THREAD_KEYRING");
#endif
#ifdef KEY_SPEC_PROCESS_KEYRING
_Static_assert((uint64_t)(KEY_SPEC_PROCESS_KEYRING) == (uint64_t)(-2), "key_specs: KEY_SPEC_PROCESS_KEYRING");
#endif
#ifdef KEY_SPEC_SESSION_KEYRING
_Static_assert((uint64_t)(KEY_SPEC_SESSION_KEYRING) == (uint64_t)(-3), "key_specs: KEY_SPEC_SESSION_KEYRING");
#endif
#ifdef KEY_SPEC_USER_KEYRING
_Static_assert((uint64_t)(KEY_SPEC_USER_KEYRING) == (uint64_t)(-4), "key_specs: KEY_SPEC_USER_KEYRING");
#endif
#ifdef KEY_SPEC_USER_SESSION_KEYRING
_Static_assert((uint64_t)(KEY_SPEC_USER_SESSION_KEYRING) == (uint64_t)(-5), "key_specs: KEY_SPEC_USER_SESSION_KEYRING");
#endif
#ifdef KEY_SPEC_GROUP_KEYRING
_Static_assert((uint64_t)(KEY_SPEC_GROUP_KEYRING) == (uint64_t)(-6), "key_specs: KEY_SPEC_GROUP_KEYRING");
#endif
#ifdef KEY_SPEC_REQKEY_AUTH_KEY
_Static_assert((uint64_t)(KEY_SPEC_REQKEY_AUTH_KEY) == (uint64_t)(-7), "key_specs: KEY_SPEC_REQKEY_AUTH_KEY");
#endif
#ifdef KEY_SPEC_REQUESTOR_KEYRING
_Static_assert((uint64_t)(KEY_SPEC_REQUESTOR_KEYRING) == (uint64_t)(-8), "key_specs: KEY_SPEC_REQUESTOR_KEYRING");
#endif
static const struct xlat_entry xe_key_specs[] = {
	{ (uint64_t)(-1), "KEY_SPEC_THREAD_KEYRING" },
	{ (uint64_t)(-2), "KEY_SPEC_PROCESS_KEYRING" },
	{ (uint64_t)(-3), "KEY_SPEC_SESSION_KEYRING" },
	{ (uint64_t)(-4), "KEY_SPEC_USER_KEYRING" },
	{ (uint64_t)(-5), "KEY_SPEC_USER_SESSION_KEYRING" },
	{ (uint64_t)(-6), "KEY_SPEC_GROUP_KEYRING" },
	{ (uint64_t)(-7), "KEY_SPEC_REQKEY_AUTH_KEY" },
	{ (uint64_t)(-8), "KEY_SPEC_REQUESTOR_KEYRING" },
};
const struct xlat xlat_key_specs = { xe_key_specs, 8, NULL };

#ifdef KEYCTL_GET_KEYRING_ID
_Static_assert((uint64_t)(KEYCTL_GET_KEYRING_ID) == (uint64_t)(0), "keyctl_cmds: KEYCTL_GET_KEYRING_ID");
#endif
#ifdef KEYCTL_JOIN_SESSION_KEYRING
_Static_assert((uint64_t)(KEYCTL_JOIN_SESSION_KEYRING) == (uint64_t)(1), "keyctl_cmds: KEYCTL_JOIN_SESSION_KEYRING");
#endif
#ifdef KEYCTL_UPDATE
_Static_assert((uint64_t)(KEYCTL_UPDATE) == (uint64_t)(2), "keyctl_cmds: KEYCTL_UPDATE");
#endif
#ifdef KEYCTL_REVOKE
_Static_assert((uint64_t)(KEYCTL_REVOKE) == (uint64_t)(3), "keyctl_cmds: KEYCTL_REVOKE");
#endif
#ifdef KEYCTL_CHOWN
_Static_assert((uint64_t)(KEYCTL_CHOWN) == (uint64_t)(4), "keyctl_cmds: KEYCTL_CHOWN");
#endif
#ifdef KEYCTL_SETPERM
_Static_assert((uint64_t)(KEYCTL_SETPERM) == (uint64_t)(5), "keyctl_cmds: KEYCTL_SETPERM");
#endif
#ifdef KEYCTL_DESCRIBE
_Static_assert((uint64_t)(KEYCTL_DESCRIBE) == (uint64_t)(6), "keyctl_cmds: KEYCTL_DESCRIBE");
#endif
#ifdef KEYCTL_CLEAR
_Static_assert((uint64_t)(KEYCTL_CLEAR) == (uint64_t)(7), "keyctl_cmds: KEYCTL_CLEAR");
#endif
#ifdef KEYCTL_LINK
_Static_assert((uint64_t)(KEYCTL_LINK) == (uint64_t)(8), "keyctl_cmds: KEYCTL_LINK");
#endif
#ifdef KEYCTL_UNLINK
_Static_assert((uint64_t)(KEYCTL_UNLINK) == (uint64_t)(9), "keyctl_cmds: KEYCTL_UNLINK");
#endif
#ifdef KEYCTL_SEARCH
_Static_assert((uint64_t)(KEYCTL_SEARCH) == (uint64_t)(10), "keyctl_cmds: KEYCTL_SEARCH");
#endif
#ifdef KEYCTL_READ
_Static_assert((uint64_t)(KEYCTL_READ) == (uint64_t)(11), "keyctl_cmds: KEYCTL_READ");
#endif
#ifdef KEYCTL_INSTANTIATE
_Static_assert((uint64_t)(KEYCTL_INSTANTIATE) == (uint64_t)(12), "keyctl_cmds: KEYCTL_INSTANTIATE");
#endif
#ifdef KEYCTL_NEGATE
_Static_assert((uint64_t)(KEYCTL_NEGATE) == (uint64_t)(13), "keyctl_cmds: KEYCTL_NEGATE");
#endif
#ifdef KEYCTL_SET_REQKEY_KEYRING
_Static_assert((uint64_t)(KEYCTL_SET_REQKEY_KEYRING) == (uint64_t)(14), "keyctl_cmds: KEYCTL_SET_REQKEY_KEYRING");
#endif
#ifdef KEYCTL_SET_TIMEOUT
_Static_assert((uint64_t)(KEYCTL_SET_TIMEOUT) == (uint64_t)(15), "keyctl_cmds: KEYCTL_SET_TIMEOUT");
#endif
#ifdef KEYCTL_ASSUME_AUTHORITY
_Static_assert((uint64_t)(KEYCTL_ASSUME_AUTHORITY) == (uint64_t)(16), "keyctl_cmds: KEYCTL_ASSUME_AUTHORITY");
#endif
#ifdef KEYCTL_GET_SECURITY
_Static_assert((uint64_t)(KEYCTL_GET_SECURITY) == (uint64_t)(17), "keyctl_cmds: KEYCTL_GET_SECURITY");
#endif
#ifdef KEYCTL_SESSION_TO_PARENT
_Static_assert((uint64_t)(KEYCTL_SESSION_TO_PARENT) == (uint64_t)(18), "keyctl_cmds: KEYCTL_SESSION_TO_PARENT");
#endif
#ifdef KEYCTL_REJECT
_Static_assert((uint64_t)(KEYCTL_REJECT) == (uint64_t)(19), "keyctl_cmds: KEYCTL_REJECT");
#endif
#ifdef KEYCTL_INSTANTIATE_IOV
_Static_assert((uint64_t)(KEYCTL_INSTANTIATE_IOV) == (uint64_t)(20), "keyctl_cmds: KEYCTL_INSTANTIATE_IOV");
#endif
#ifdef KEYCTL_INVALIDATE
_Static_assert((uint64_t)(KEYCTL_INVALIDATE) == (uint64_t)(21), "keyctl_cmds: KEYCTL_INVALIDATE");
#endif
#ifdef KEYCTL_GET_PERSISTENT
_Static_assert((uint64_t)(KEYCTL_GET_PERSISTENT) == (uint64_t)(22), "keyctl_cmds: KEYCTL_GET_PERSISTENT");
#endif
#ifdef KEYCTL_DH_COMPUTE
_Static_assert((uint64_t)(KEYCTL_DH_COMPUTE) == (uint64_t)(23), "keyctl_cmds: KEYCTL_DH_COMPUTE");
#endif
#ifdef KEYCTL_PKEY_QUERY
_Static_assert((uint64_t)(KEYCTL_PKEY_QUERY) == (uint64_t)(24), "keyctl_cmds: KEYCTL_PKEY_QUERY");
#endif
#ifdef KEYCTL_PKEY_ENCRYPT
_Static_assert((uint64_t)(KEYCTL_PKEY_ENCRYPT) == (uint64_t)(25), "keyctl_cmds: KEYCTL_PKEY_ENCRYPT");
#endif
#ifdef KEYCTL_PKEY_DECRYPT
_Static_assert((uint64_t)(KEYCTL_PKEY_DECRYPT) == (uint64_t)(26), "keyctl_cmds: KEYCTL_PKEY_DECRYPT");
#endif
#ifdef KEYCTL_PKEY_SIGN
_Static_assert((uint64_t)(KEYCTL_PKEY_SIGN) == (uint64_t)(27), "keyctl_cmds: KEYCTL_PKEY_SIGN");
#endif
#ifdef KEYCTL_PKEY_VERIFY
_Static_assert((uint64_t)(KEYCTL_PKEY_VERIFY) == (uint64_t)(28), "keyctl_cmds: KEYCTL_PKEY_VERIFY");
#endif
#ifdef KEYCTL_RESTRICT_KEYRING
_Static_assert((uint64_t)(KEYCTL_RESTRICT_KEYRING) == (uint64_t)(29), "keyctl_cmds: KEYCTL_RESTRICT_KEYRING");
#endif
#ifdef KEYCTL_MOVE
_Static_assert((uint64_t)(KEYCTL_MOVE) == (uint64_t)(30), "keyctl_cmds: KEYCTL_MOVE");
#endif
#ifdef KEYCTL_CAPABILITIES
_Static_assert((uint64_t)(KEYCTL_CAPABILITIES) == (uint64_t)(31), "keyctl_cmds: KEYCTL_CAPABILITIES");
#endif
#ifdef KEYCTL_WATCH_KEY
_Static_assert((uint64_t)(KEYCTL_WATCH_KEY) == (uint64_t)(32), "keyctl_cmds: KEYCTL_WATCH_KEY");
#endif
static const struct xlat_entry xe_keyctl_cmds[] = {
	{ (uint64_t)(0), "KEYCTL_GET_KEYRING_ID" },
	{ (uint64_t)(1), "KEYCTL_JOIN_SESSION_KEYRING" },
	{ (uint64_t)(2), "KEYCTL_UPDATE" },
	{ (uint64_t)(3), "KEYCTL_REVOKE" },
	{ (uint64_t)(4), "KEYCTL_CHOWN" },
	{ (uint64_t)(5), "KEYCTL_SETPERM" },
	{ (uint64_t)(6), "KEYCTL_DESCRIBE" },
	{ (uint64_t)(7), "KEYCTL_CLEAR" },
	{ (uint64_t)(8), "KEYCTL_LINK" },
	{ (uint64_t)(9), "KEYCTL_UNLINK" },
	{ (uint64_t)(10), "KEYCTL_SEARCH" },
	{ (uint64_t)(11), "KEYCTL_READ" },
	{ (uint64_t)(12), "KEYCTL_INSTANTIATE" },
	{ (uint64_t)(13), "KEYCTL_NEGATE" },
	{ (uint64_t)(14), "KEYCTL_SET_REQKEY_KEYRING" },
	{ (uint64_t)(15), "KEYCTL_SET_TIMEOUT" },
	{ (uint64_t)(16), "KEYCTL_ASSUME_AUTHORITY" },
	{ (uint64_t)(17), "KEYCTL_GET_SECURITY" },
	{ (uint64_t)(18), "KEYCTL_SESSION_TO_PARENT" },
	{ (uint64_t)(19), "KEYCTL_REJECT" },
	{ (uint64_t)(20), "KEYCTL_INSTANTIATE_IOV" },
	{ (uint64_t)(21), "KEYCTL_INVALIDATE" },
	{ (uint64_t)(22), "KEYCTL_GET_PERSISTENT" },
	{ (uint64_t)(23), "KEYCTL_DH_COMPUTE" },
	{ (uint64_t)(24), "KEYCTL_PKEY_QUERY" },
	{ (uint64_t)(25), "KEYCTL_PKEY_ENCRYPT" },
	{ (uint64_t)(26), "KEYCTL_PKEY_DECRYPT" },
	{ (uint64_t)(27), "KEYCTL_PKEY_SIGN" },
	{ (uint64_t)(28), "KEYCTL_PKEY_VERIFY" },
	{ (uint64_t)(29), "KEYCTL_RESTRICT_KEYRING" },
	{ (uint64_t)(30), "KEYCTL_MOVE" },
	{ (uint64_t)(31), "KEYCTL_CAPABILITIES" },
	{ (uint64_t)(32), "KEYCTL_WATCH_KEY" },
};
const struct xlat xlat_keyctl_cmds = { xe_keyctl_cmds, 33, "KEYCTL_???" };

#ifdef LANDLOCK_CREATE_RULESET_VERSION
_Static_assert((uint64_t)(LANDLOCK_CREATE_RULESET_VERSION) == (uint64_t)(1), "landlock_create_flags: LANDLOCK_CREATE_RULESET_VERSION");
#endif
static const struct xlat_entry xe_landlock_create_flags[] = {
	{ (uint64_t)(1), "LANDLOCK_CREATE_RULESET_VERSION" },
};
const struct xlat xlat_landlock_create_flags = { xe_landlock_create_flags, 1, NULL };

#ifdef LANDLOCK_RULE_PATH_BENEATH
_Static_assert((uint64_t)(LANDLOCK_RULE_PATH_BENEATH) == (uint64_t)(1), "landlock_rule_types: LANDLOCK_RULE_PATH_BENEATH");
#endif
static const struct xlat_entry xe_landlock_rule_types[] = {
	{ (uint64_t)(1), "LANDLOCK_RULE_PATH_BENEATH" },
};
const struct xlat xlat_landlock_rule_types = { xe_landlock_rule_types, 1, "LANDLOCK_RULE_???" };

static const struct xlat_entry xe_lease_types[] = {
	{ (uint64_t)(F_RDLCK), "F_RDLCK" },
	{ (uint64_t)(F_WRLCK), "F_WRLCK" },
	{ (uint64_t)(F_UNLCK), "F_UNLCK" },
};
const struct xlat xlat_lease_types = { xe_lease_types, 3, "F_???" };

static const struct xlat_entry xe_lock_types[] = {
	{ (uint64_t)(F_RDLCK), "F_RDLCK" },
	{ (uint64_t)(F_WRLCK), "F_WRLCK" },
	{ (uint64_t)(F_UNLCK), "F_UNLCK" },
};
const struct xlat xlat_lock_types = { xe_lock_types, 3, "F_???" };

#ifdef MADV_NORMAL
_Static_assert((uint64_t)(MADV_NORMAL) == (uint64_t)(0), "madvise_advice: MADV_NORMAL");
#endif
#ifdef MADV_RANDOM
_Static_assert((uint64_t)(MADV_RANDOM) == (uint64_t)(1), "madvise_advice: MADV_RANDOM");
#endif
#ifdef MADV_SEQUENTIAL
_Static_assert((uint64_t)(MADV_SEQUENTIAL) == (uint64_t)(2), "madvise_advice: MADV_SEQUENTIAL");
#endif
#ifdef MADV_WILLNEED
_Static_assert((uint64_t)(MADV_WILLNEED) == (uint64_t)(3), "madvise_advice: MADV_WILLNEED");
#endif
#ifdef MADV_DONTNEED
_Static_assert((uint64_t)(MADV_DONTNEED) == (uint64_t)(4), "madvise_advice: MADV_DONTNEED");
#endif
#ifdef MADV_FREE
_Static_assert((uint64_t)(MADV_FREE) == (uint64_t)(8), "madvise_advice: MADV_FREE");
#endif
#ifdef MADV_REMOVE
_Static_assert((uint64_t)(MADV_REMOVE) == (uint64_t)(9), "madvise_advice: MADV_REMOVE");
#endif
#ifdef MADV_DONTFORK
_Static_assert((uint64_t)(MADV_DONTFORK) == (uint64_t)(10), "madvise_advice: MADV_DONTFORK");
#endif
#ifdef MADV_DOFORK
_Static_assert((uint64_t)(MADV_DOFORK) == (uint64_t)(11), "madvise_advice: MADV_DOFORK");
#endif
#ifdef MADV_MERGEABLE
_Static_assert((uint64_t)(MADV_MERGEABLE) == (uint64_t)(12), "madvise_advice: MADV_MERGEABLE");
#endif
#ifdef MADV_UNMERGEABLE
_Static_assert((uint64_t)(MADV_UNMERGEABLE) == (uint64_t)(13), "madvise_advice: MADV_UNMERGEABLE");
#endif
#ifdef MADV_HUGEPAGE
_Static_assert((uint64_t)(MADV_HUGEPAGE) == (uint64_t)(14), "madvise_advice: MADV_HUGEPAGE");
#endif
#ifdef MADV_NOHUGEPAGE
_Static_assert((uint64_t)(MADV_NOHUGEPAGE) == (uint64_t)(15), "madvise_advice: MADV_NOHUGEPAGE");
#endif
#ifdef MADV_DONTDUMP
_Static_assert((uint64_t)(MADV_DONTDUMP) == (uint64_t)(16), "madvise_advice: MADV_DONTDUMP");
#endif
#ifdef MADV_DODUMP
_Static_assert((uint64_t)(MADV_DODUMP) == (uint64_t)(17), "madvise_advice: MADV_DODUMP");
#endif
#ifdef MADV_WIPEONFORK
_Static_assert((uint64_t)(MADV_WIPEONFORK) == (uint64_t)(18), "madvise_advice: MADV_WIPEONFORK");
#endif
#ifdef MADV_KEEPONFORK
_Static_assert((uint64_t)(MADV_KEEPONFORK) == (uint64_t)(19), "madvise_advice: MADV_KEEPONFORK");
#endif
#ifdef MADV_COLD
_Static_assert((uint64_t)(MADV_COLD) == (uint64_t)(20), "madvise_advice: MADV_COLD");
#endif
#ifdef MADV_PAGEOUT
_Static_assert((uint64_t)(MADV_PAGEOUT) == (uint64_t)(21), "madvise_advice: MADV_PAGEOUT");
#endif
#ifdef MADV_POPULATE_READ
_Static_assert((uint64_t)(MADV_POPULATE_READ) == (uint64_t)(22), "madvise_advice: MADV_POPULATE_READ");
#endif
#ifdef MADV_POPULATE_WRITE
_Static_assert((uint64_t)(MADV_POPULATE_WRITE) == (uint64_t)(23), "madvise_advice: MADV_POPULATE_WRITE");
#endif
#ifdef MADV_DONTNEED_LOCKED
_Static_assert((uint64_t)(MADV_DONTNEED_LOCKED) == (uint64_t)(24), "madvise_advice: MADV_DONTNEED_LOCKED");
#endif
#ifdef MADV_COLLAPSE
_Static_assert((uint64_t)(MADV_COLLAPSE) == (uint64_t)(25), "madvise_advice: MADV_COLLAPSE");
#endif
#ifdef MADV_HWPOISON
_Static_assert((uint64_t)(MADV_HWPOISON) == (uint64_t)(100), "madvise_advice: MADV_HWPOISON");
#endif
#ifdef MADV_SOFT_OFFLINE
_Static_assert((uint64_t)(MADV_SOFT_OFFLINE) == (uint64_t)(101), "madvise_advice: MADV_SOFT_OFFLINE");
#endif
static const struct xlat_entry xe_madvise_advice[] = {
	{ (uint64_t)(0), "MADV_NORMAL" },
	{ (uint64_t)(1), "MADV_RANDOM" },
	{ (uint64_t)(2), "MADV_SEQUENTIAL" },
	{ (uint64_t)(3), "MADV_WILLNEED" },
	{ (uint64_t)(4), "MADV_DONTNEED" },
	{ (uint64_t)(8), "MADV_FREE" },
	{ (uint64_t)(9), "MADV_REMOVE" },
	{ (uint64_t)(10), "MADV_DONTFORK" },
	{ (uint64_t)(11), "MADV_DOFORK" },
	{ (uint64_t)(12), "MADV_MERGEABLE" },
	{ (uint64_t)(13), "MADV_UNMERGEABLE" },
	{ (uint64_t)(14), "MADV_HUGEPAGE" },
	{ (uint64_t)(15), "MADV_NOHUGEPAGE" },
	{ (uint64_t)(16), "MADV_DONTDUMP" },
	{ (uint64_t)(17), "MADV_DODUMP" },
	{ (uint64_t)(18), "MADV_WIPEONFORK" },
	{ (uint64_t)(19), "MADV_KEEPONFORK" },
	{ (uint64_t)(20), "MADV_COLD" },
	{ (uint64_t)(21), "MADV_PAGEOUT" },
	{ (uint64_t)(22), "MADV_POPULATE_READ" },
	{ (uint64_t)(23), "MADV_POPULATE_WRITE" },
	{ (uint64_t)(24), "MADV_DONTNEED_LOCKED" },
	{ (uint64_t)(25), "MADV_COLLAPSE" },
	{ (uint64_t)(100), "MADV_HWPOISON" },
	{ (uint64_t)(101), "MADV_SOFT_OFFLINE" },
};
const struct xlat xlat_madvise_advice = { xe_madvise_advice, 25, "MADV_???" };

#ifdef MEMBARRIER_CMD_QUERY
_Static_assert((uint64_t)(MEMBARRIER_CMD_QUERY) == (uint64_t)(0), "membarrier_cmds: MEMBARRIER_CMD_QUERY");
#endif
#ifdef MEMBARRIER_CMD_GLOBAL
_Static_assert((uint64_t)(MEMBARRIER_CMD_GLOBAL) == (uint64_t)(1), "membarrier_cmds: MEMBARRIER_CMD_GLOBAL");
#endif
#ifdef MEMBARRIER_CMD_GLOBAL_EXPEDITED
_Static_assert((uint64_t)(MEMBARRIER_CMD_GLOBAL_EXPEDITED) == (uint64_t)(2), "membarrier_cmds: MEMBARRIER_CMD_GLOBAL_EXPEDITED");
#endif
#ifdef MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED
_Static_assert((uint64_t)(MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED) == (uint64_t)(4), "membarrier_cmds: MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED");
#endif
#ifdef MEMBARRIER_CMD_PRIVATE_EXPEDITED
_Static_assert((uint64_t)(MEMBARRIER_CMD_PRIVATE_EXPEDITED) == (uint64_t)(8), "membarrier_cmds: MEMBARRIER_CMD_PRIVATE_EXPEDITED");
#endif
#ifdef MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED
_Static_assert((uint64_t)(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) == (uint64_t)(16), "membarrier_cmds: MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED");
#endif
#ifdef MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE
_Static_assert((uint64_t)(MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE) == (uint64_t)(32), "membarrier_cmds: MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE");
#endif
#ifdef MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE
_Static_assert((uint64_t)(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE) == (uint64_t)(64), "membarrier_cmds: MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE");
#endif
#ifdef MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ
_Static_assert((uint64_t)(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ) == (uint64_t)(128), "membarrier_cmds: MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ");
#endif
#ifdef MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ
_Static_assert((uint64_t)(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ) == (uint64_t)(256), "membarrier_cmds: MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ");
#endif
static const struct xlat_entry xe_membarrier_cmds[] = {
	{ (uint64_t)(0), "MEMBARRIER_CMD_QUERY" },
	{ (uint64_t)(1), "MEMBARRIER_CMD_GLOBAL" },
	{ (uint64_t)(2), "MEMBARRIER_CMD_GLOBAL_EXPEDITED" },
	{ (uint64_t)(4), "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED" },
	{ (uint64_t)(8), "MEMBARRIER_CMD_PRIVATE_EXPEDITED" },
	{ (uint64_t)(16), "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED" },
	{ (uint64_t)(32), "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ (uint64_t)(64), "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ (uint64_t)(128), "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ" },
	{ (uint64_t)(256), "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ" },
};
const struct xlat xlat_membarrier_cmds = { xe_membarrier_cmds, 10, "MEMBARRIER_CMD_???" };

#ifdef MEMBARRIER_CMD_FLAG_CPU
_Static_assert((uint64_t)(MEMBARRIER_CMD_FLAG_CPU) == (uint64_t)(1), "membarrier_flags: MEMBARRIER_CMD_FLAG_CPU");
#endif
static const struct xlat_entry xe_membarrier_flags[] = {
	{ (uint64_t)(1), "MEMBARRIER_CMD_FLAG_CPU" },
};
const struct xlat xlat_membarrier_flags = { xe_membarrier_flags, 1, "MEMBARRIER_CMD_FLAG_???" };

#ifdef MFD_CLOEXEC
_Static_assert((uint64_t)(MFD_CLOEXEC) == (uint64_t)(1), "memfd_flags: MFD_CLOEXEC");
#endif
#ifdef MFD_ALLOW_SEALING
_Static_assert((uint64_t)(MFD_ALLOW_SEALING) == (uint64_t)(2), "memfd_flags: MFD_ALLOW_SEALING");
#endif
#ifdef MFD_HUGETLB
_Static_assert((uint64_t)(MFD_HUGETLB) == (uint64_t)(4), "memfd_flags: MFD_HUGETLB");
#endif
static const struct xlat_entry xe_memfd_flags[] = {
	{ (uint64_t)(1), "MFD_CLOEXEC" },
	{ (uint64_t)(2), "MFD_ALLOW_SEALING" },
	{ (uint64_t)(4), "MFD_HUGETLB" },
};
const struct xlat xlat_memfd_flags = { xe_memfd_flags, 3, "MFD_???" };

static const struct xlat_entry xe_memfd_secret_flags[] = {
	{ (uint64_t)(O_CLOEXEC), "O_CLOEXEC" },
};
const struct xlat xlat_memfd_secret_flags = { xe_memfd_secret_flags, 1, NULL };

#ifdef MLOCK_ONFAULT
_Static_assert((uint64_t)(MLOCK_ONFAULT) == (uint64_t)(1), "mlock2_flags: MLOCK_ONFAULT");
#endif
static const struct xlat_entry xe_mlock2_flags[] = {
	{ (uint64_t)(1), "MLOCK_ONFAULT" },
};
const struct xlat xlat_mlock2_flags = { xe_mlock2_flags, 1, "MLOCK_???" };

#ifdef MCL_CURRENT
_Static_assert((uint64_t)(MCL_CURRENT) == (uint64_t)(1), "mlockall_flags: MCL_CURRENT");
#endif
#ifdef MCL_FUTURE
_Static_assert((uint64_t)(MCL_FUTURE) == (uint64_t)(2), "mlockall_flags: MCL_FUTURE");
#endif
#ifdef MCL_ONFAULT
_Static_assert((uint64_t)(MCL_ONFAULT) == (uint64_t)(4), "mlockall_flags: MCL_ONFAULT");
#endif
static const struct xlat_entry xe_mlockall_flags[] = {
	{ (uint64_t)(1), "MCL_CURRENT" },
	{ (uint64_t)(2), "MCL_FUTURE" },
	{ (uint64_t)(4), "MCL_ONFAULT" },
};
const struct xlat xlat_mlockall_flags = { xe_mlockall_flags, 3, "MCL_???" };

#ifdef MAP_FIXED
_Static_assert((uint64_t)(MAP_FIXED) == (uint64_t)(0x10), "mmap_flags: MAP_FIXED");
#endif
#ifdef MAP_ANONYMOUS
_Static_assert((uint64_t)(MAP_ANONYMOUS) == (uint64_t)(0x20), "mmap_flags: MAP_ANONYMOUS");
#endif
#ifdef MAP_32BIT
_Static_assert((uint64_t)(MAP_32BIT) == (uint64_t)(0x40), "mmap_flags: MAP_32BIT");
#endif
#ifdef MAP_NORESERVE
_Static_assert((uint64_t)(MAP_NORESERVE) == (uint64_t)(0x4000), "mmap_flags: MAP_NORESERVE");
#endif
#ifdef MAP_POPULATE
_Static_assert((uint64_t)(MAP_POPULATE) == (uint64_t)(0x8000), "mmap_flags: MAP_POPULATE");
#endif
#ifdef MAP_NONBLOCK
_Static_assert((uint64_t)(MAP_NONBLOCK) == (uint64_t)(0x10000), "mmap_flags: MAP_NONBLOCK");
#endif
#ifdef MAP_GROWSDOWN
_Static_assert((uint64_t)(MAP_GROWSDOWN) == (uint64_t)(0x100), "mmap_flags: MAP_GROWSDOWN");
#endif
#ifdef MAP_DENYWRITE
_Static_assert((uint64_t)(MAP_DENYWRITE) == (uint64_t)(0x800), "mmap_flags: MAP_DENYWRITE");
#endif
#ifdef MAP_EXECUTABLE
_Static_assert((uint64_t)(MAP_EXECUTABLE) == (uint64_t)(0x1000), "mmap_flags: MAP_EXECUTABLE");
#endif
#ifdef MAP_LOCKED
_Static_assert((uint64_t)(MAP_LOCKED) == (uint64_t)(0x2000), "mmap_flags: MAP_LOCKED");
#endif
#ifdef MAP_STACK
_Static_assert((uint64_t)(MAP_STACK) == (uint64_t)(0x20000), "mmap_flags: MAP_STACK");
#endif
#ifdef MAP_HUGETLB
_Static_assert((uint64_t)(MAP_HUGETLB) == (uint64_t)(0x40000), "mmap_flags: MAP_HUGETLB");
#endif
#ifdef MAP_SYNC
_Static_assert((uint64_t)(MAP_SYNC) == (uint64_t)(0x80000), "mmap_flags: MAP_SYNC");
#endif
#ifdef MAP_FIXED_NOREPLACE
_Static_assert((uint64_t)(MAP_FIXED_NOREPLACE) == (uint64_t)(0x100000), "mmap_flags: MAP_FIXED_NOREPLACE");
#endif
static const struct xlat_entry xe_mmap_flags[] = {
	{ (uint64_t)(0x10), "MAP_FIXED" },
	{ (uint64_t)(0x20), "MAP_ANONYMOUS" },
	{ (uint64_t)(0x40), "MAP_32BIT" },
	{ (uint64_t)(0x4000), "MAP_NORESERVE" },
	{ (uint64_t)(0x8000), "MAP_POPULATE" },
	{ (uint64_t)(0x10000), "MAP_NONBLOCK" },
	{ (uint64_t)(0x100), "MAP_GROWSDOWN" },
	{ (uint64_t)(0x800), "MAP_DENYWRITE" },
	{ (uint64_t)(0x1000), "MAP_EXECUTABLE" },
	{ (uint64_t)(0x2000), "MAP_LOCKED" },
	{ (uint64_t)(0x20000), "MAP_STACK" },
	{ (uint64_t)(0x40000), "MAP_HUGETLB" },
	{ (uint64_t)(0x80000), "MAP_SYNC" },
	{ (uint64_t)(0x100000), "MAP_FIXED_NOREPLACE" },
};
const struct xlat xlat_mmap_flags = { xe_mmap_flags, 14, NULL };

#ifdef PROT_NONE
_Static_assert((uint64_t)(PROT_NONE) == (uint64_t)(0), "mmap_prot: PROT_NONE");
#endif
#ifdef PROT_SEM
_Static_assert((uint64_t)(PROT_SEM) == (uint64_t)(0x8), "mmap_prot: PROT_SEM");
#endif
#ifdef PROT_GROWSDOWN
_Static_assert((uint64_t)(PROT_GROWSDOWN) == (uint64_t)(0x01000000), "mmap_prot: PROT_GROWSDOWN");
#endif
#ifdef PROT_GROWSUP
_Static_assert((uint64_t)(PROT_GROWSUP) == (uint64_t)(0x02000000), "mmap_prot: PROT_GROWSUP");
#endif
static const struct xlat_entry xe_mmap_prot[] = {
	{ (uint64_t)(0), "PROT_NONE" },
	{ (uint64_t)(PROT_READ), "PROT_READ" },
	{ (uint64_t)(PROT_WRITE), "PROT_WRITE" },
	{ (uint64_t)(PROT_EXEC), "PROT_EXEC" },
	{ (uint64_t)(0x8), "PROT_SEM" },
	{ (uint64_t)(0x01000000), "PROT_GROWSDOWN" },
	{ (uint64_t)(0x02000000), "PROT_GROWSUP" },
};
const struct xlat xlat_mmap_prot = { xe_mmap_prot, 7, "PROT_???" };

#ifdef MAP_FILE
_Static_assert((uint64_t)(MAP_FILE) == (uint64_t)(0), "mmap_types: MAP_FILE");
#endif
#ifdef MAP_SHARED
_Static_assert((uint64_t)(MAP_SHARED) == (uint64_t)(0x1), "mmap_types: MAP_SHARED");
#endif
#ifdef MAP_PRIVATE
_Static_assert((uint64_t)(MAP_PRIVATE) == (uint64_t)(0x2), "mmap_types: MAP_PRIVATE");
#endif
#ifdef MAP_SHARED_VALIDATE
_Static_assert((uint64_t)(MAP_SHARED_VALIDATE) == (uint64_t)(0x3), "mmap_types: MAP_SHARED_VALIDATE");
#endif
static const struct xlat_entry xe_mmap_types[] = {
	{ (uint64_t)(0), "MAP_FILE" },
	{ (uint64_t)(0x1), "MAP_SHARED" },
	{ (uint64_t)(0x2), "MAP_PRIVATE" },
	{ (uint64_t)(0x3), "MAP_SHARED_VALIDATE" },
};
const struct xlat xlat_mmap_types = { xe_mmap_types, 4, "MAP_???" };

#ifdef MOUNT_ATTR_RDONLY
_Static_assert((uint64_t)(MOUNT_ATTR_RDONLY) == (uint64_t)(0x1), "mount_attr_flags: MOUNT_ATTR_RDONLY");
#endif
#ifdef MOUNT_ATTR_NOSUID
_Static_assert((uint64_t)(MOUNT_ATTR_NOSUID) == (uint64_t)(0x2), "mount_attr_flags: MOUNT_ATTR_NOSUID");
#endif
#ifdef MOUNT_ATTR_NODEV
_Static_assert((uint64_t)(MOUNT_ATTR_NODEV) == (uint64_t)(0x4), "mount_attr_flags: MOUNT_ATTR_NODEV");
#endif
#ifdef MOUNT_ATTR_NOEXEC
_Static_assert((uint64_t)(MOUNT_ATTR_NOEXEC) == (uint64_t)(0x8), "mount_attr_flags: MOUNT_ATTR_NOEXEC");
#endif
#ifdef MOUNT_ATTR_NOATIME
_Static_assert((uint64_t)(MOUNT_ATTR_NOATIME) == (uint64_t)(0x10), "mount_attr_flags: MOUNT_ATTR_NOATIME");
#endif
#ifdef MOUNT_ATTR_STRICTATIME
_Static_assert((uint64_t)(MOUNT_ATTR_STRICTATIME) == (uint64_t)(0x20), "mount_attr_flags: MOUNT_ATTR_STRICTATIME");
#endif
#ifdef MOUNT_ATTR_NODIRATIME
_Static_assert((uint64_t)(MOUNT_ATTR_NODIRATIME) == (uint64_t)(0x80), "mount_attr_flags: MOUNT_ATTR_NODIRATIME");
#endif
static const struct xlat_entry xe_mount_attr_flags[] = {
	{ (uint64_t)(0x1), "MOUNT_ATTR_RDONLY" },
	{ (uint64_t)(0x2), "MOUNT_ATTR_NOSUID" },
	{ (uint64_t)(0x4), "MOUNT_ATTR_NODEV" },
	{ (uint64_t)(0x8), "MOUNT_ATTR_NOEXEC" },
	{ (uint64_t)(0x10), "MOUNT_ATTR_NOATIME" },
	{ (uint64_t)(0x20), "MOUNT_ATTR_STRICTATIME" },
	{ (uint64_t)(0x80), "MOUNT_ATTR_NODIRATIME" },
};
const struct xlat xlat_mount_attr_flags = { xe_mount_attr_flags, 7, NULL };

#ifdef MS_RDONLY
_Static_assert((uint64_t)(MS_RDONLY) == (uint64_t)(1), "mount_flags: MS_RDONLY");
#endif
#ifdef MS_NOSUID
_Static_assert((uint64_t)(MS_NOSUID) == (uint64_t)(2), "mount_flags: MS_NOSUID");
#endif
#ifdef MS_NODEV
_Static_assert((uint64_t)(MS_NODEV) == (uint64_t)(4), "mount_flags: MS_NODEV");
#endif
#ifdef MS_NOEXEC
_Static_assert((uint64_t)(MS_NOEXEC) == (uint64_t)(8), "mount_flags: MS_NOEXEC");
#endif
#ifdef MS_SYNCHRONOUS
_Static_assert((uint64_t)(MS_SYNCHRONOUS) == (uint64_t)(16), "mount_flags: MS_SYNCHRONOUS");
#endif
#ifdef MS_REMOUNT
_Static_assert((uint64_t)(MS_REMOUNT) == (uint64_t)(32), "mount_flags: MS_REMOUNT");
#endif
#ifdef MS_MANDLOCK
_Static_assert((uint64_t)(MS_MANDLOCK) == (uint64_t)(64), "mount_flags: MS_MANDLOCK");
#endif
#ifdef MS_DIRSYNC
_Static_assert((uint64_t)(MS_DIRSYNC) == (uint64_t)(128), "mount_flags: MS_DIRSYNC");
#endif
#ifdef MS_NOSYMFOLLOW
_Static_assert((uint64_t)(MS_NOSYMFOLLOW) == (uint64_t)(256), "mount_flags: MS_NOSYMFOLLOW");
#endif
#ifdef MS_NOATIME
_Static_assert((uint64_t)(MS_NOATIME) == (uint64_t)(1024), "mount_flags: MS_NOATIME");
#endif
#ifdef MS_NODIRATIME
_Static_assert((uint64_t)(MS_NODIRATIME) == (uint64_t)(2048), "mount_flags: MS_NODIRATIME");
#endif
#ifdef MS_BIND
_Static_assert((uint64_t)(MS_BIND) == (uint64_t)(4096), "mount_flags: MS_BIND");
#endif
#ifdef MS_MOVE
_Static_assert((uint64_t)(MS_MOVE) == (uint64_t)(8192), "mount_flags: MS_MOVE");
#endif
#ifdef MS_REC
_Static_assert((uint64_t)(MS_REC) == (uint64_t)(16384), "mount_flags: MS_REC");
#endif
#ifdef MS_SILENT
_Static_assert((uint64_t)(MS_SILENT) == (uint64_t)(32768), "mount_flags: MS_SILENT");
#endif
#ifdef MS_POSIXACL
_Static_assert((uint64_t)(MS_POSIXACL) == (uint64_t)(0x10000), "mount_flags: MS_POSIXACL");
#endif
#ifdef MS_UNBINDABLE
_Static_assert((uint64_t)(MS_UNBINDABLE) == (uint64_t)(0x20000), "mount_flags: MS_UNBINDABLE");
#endif
#ifdef MS_PRIVATE
_Static_assert((uint64_t)(MS_PRIVATE) == (uint64_t)(0x40000), "mount_flags: MS_PRIVATE");
#endif
#ifdef MS_SLAVE
_Static_assert((uint64_t)(MS_SLAVE) == (uint64_t)(0x80000), "mount_flags: MS_SLAVE");
#endif
#ifdef MS_SHARED
_Static_assert((uint64_t)(MS_SHARED) == (uint64_t)(0x100000), "mount_flags: MS_SHARED");
#endif
#ifdef MS_RELATIME
_Static_assert((uint64_t)(MS_RELATIME) == (uint64_t)(0x200000), "mount_flags: MS_RELATIME");
#endif
#ifdef MS_KERNMOUNT
_Static_assert((uint64_t)(MS_KERNMOUNT) == (uint64_t)(0x400000), "mount_flags: MS_KERNMOUNT");
#endif
#ifdef MS_I_VERSION
_Static_assert((uint64_t)(MS_I_VERSION) == (uint64_t)(0x800000), "mount_flags: MS_I_VERSION");
#endif
#ifdef MS_STRICTATIME
_Static_assert((uint64_t)(MS_STRICTATIME) == (uint64_t)(0x1000000), "mount_flags: MS_STRICTATIME");
#endif
#ifdef MS_LAZYTIME
_Static_assert((uint64_t)(MS_LAZYTIME) == (uint64_t)(0x2000000), "mount_flags: MS_LAZYTIME");
#endif
#ifdef MS_SUBMOUNT
_Static_assert((uint64_t)(MS_SUBMOUNT) == (uint64_t)(0x4000000), "mount_flags: MS_SUBMOUNT");
#endif
#ifdef MS_NOREMOTELOCK
_Static_assert((uint64_t)(MS_NOREMOTELOCK) == (uint64_t)(0x8000000), "mount_flags: MS_NOREMOTELOCK");
#endif
#ifdef MS_NOSEC
_Static_assert((uint64_t)(MS_NOSEC) == (uint64_t)(0x10000000), "mount_flags: MS_NOSEC");
#endif
#ifdef MS_BORN
_Static_assert((uint64_t)(MS_BORN) == (uint64_t)(0x20000000), "mount_flags: MS_BORN");
#endif
#ifdef MS_ACTIVE
_Static_assert((uint64_t)(MS_ACTIVE) == (uint64_t)(0x40000000), "mount_flags: MS_ACTIVE");
#endif
#ifdef MS_NOUSER
_Static_assert((uint64_t)(MS_NOUSER) == (uint64_t)(0x80000000), "mount_flags: MS_NOUSER");
#endif
static const struct xlat_entry xe_mount_flags[] = {
	{ (uint64_t)(1), "MS_RDONLY" },
	{ (uint64_t)(2), "MS_NOSUID" },
	{ (uint64_t)(4), "MS_NODEV" },
	{ (uint64_t)(8), "MS_NOEXEC" },
	{ (uint64_t)(16), "MS_SYNCHRONOUS" },
	{ (uint64_t)(32), "MS_REMOUNT" },
	{ (uint64_t)(64), "MS_MANDLOCK" },
	{ (uint64_t)(128), "MS_DIRSYNC" },
	{ (uint64_t)(256), "MS_NOSYMFOLLOW" },
	{ (uint64_t)(1024), "MS_NOATIME" },
	{ (uint64_t)(2048), "MS_NODIRATIME" },
	{ (uint64_t)(4096), "MS_BIND" },
	{ (uint64_t)(8192), "MS_MOVE" },
	{ (uint64_t)(16384), "MS_REC" },
	{ (uint64_t)(32768), "MS_SILENT" },
	{ (uint64_t)(0x10000), "MS_POSIXACL" },
	{ (uint64_t)(0x20000), "MS_UNBINDABLE" },
	{ (uint64_t)(0x40000), "MS_PRIVATE" },
	{ (uint64_t)(0x80000), "MS_SLAVE" },
	{ (uint64_t)(0x100000), "MS_SHARED" },
	{ (uint64_t)(0x200000), "MS_RELATIME" },
	{ (uint64_t)(0x400000), "MS_KERNMOUNT" },
	{ (uint64_t)(0x800000), "MS_I_VERSION" },
	{ (uint64_t)(0x1000000), "MS_STRICTATIME" },
	{ (uint64_t)(0x2000000), "MS_LAZYTIME" },
	{ (uint64_t)(0x4000000), "MS_SUBMOUNT" },
	{ (uint64_t)(0x8000000), "MS_NOREMOTELOCK" },
	{ (uint64_t)(0x10000000), "MS_NOSEC" },
	{ (uint64_t)(0x20000000), "MS_BORN" },
	{ (uint64_t)(0x40000000), "MS_ACTIVE" },
	{ (uint64_t)(0x80000000), "MS_NOUSER" },
};
const struct xlat xlat_mount_flags = { xe_mount_flags, 31, NULL };

#ifdef AT_SYMLINK_NOFOLLOW
_Static_assert((uint64_t)(AT_SYMLINK_NOFOLLOW) == (uint64_t)(0x100), "mount_setattr_flags: AT_SYMLINK_NOFOLLOW");
#endif
#ifdef AT_NO_AUTOMOUNT
_Static_assert((uint64_t)(AT_NO_AUTOMOUNT) == (uint64_t)(0x800), "mount_setattr_flags: AT_NO_AUTOMOUNT");
#endif
#ifdef AT_EMPTY_PATH
_Static_assert((uint64_t)(AT_EMPTY_PATH) == (uint64_t)(0x1000), "mount_setattr_flags: AT_EMPTY_PATH");
#endif
#ifdef AT_RECURSIVE
_Static_assert((uint64_t)(AT_RECURSIVE) == (uint64_t)(0x8000), "mount_setattr_flags: AT_RECURSIVE");
#endif
static const struct xlat_entry xe_mount_setattr_flags[] = {
	{ (uint64_t)(0x100), "AT_SYMLINK_NOFOLLOW" },
	{ (uint64_t)(0x800), "AT_NO_AUTOMOUNT" },
	{ (uint64_t)(0x1000), "AT_EMPTY_PATH" },
	{ (uint64_t)(0x8000), "AT_RECURSIVE" },
};
const struct xlat xlat_mount_setattr_flags = { xe_mount_setattr_flags, 4, "AT_???" };

#ifdef MOVE_MOUNT_F_SYMLINKS
_Static_assert((uint64_t)(MOVE_MOUNT_F_SYMLINKS) == (uint64_t)(0x1), "move_mount_flags: MOVE_MOUNT_F_SYMLINKS");
#endif
#ifdef MOVE_MOUNT_F_AUTOMOUNTS
_Static_assert((uint64_t)(MOVE_MOUNT_F_AUTOMOUNTS) == (uint64_t)(0x2), "move_mount_flags: MOVE_MOUNT_F_AUTOMOUNTS");
#endif
#ifdef MOVE_MOUNT_F_EMPTY_PATH
_Static_assert((uint64_t)(MOVE_MOUNT_F_EMPTY_PATH) == (uint64_t)(0x4), "move_mount_flags: MOVE_MOUNT_F_EMPTY_PATH");
#endif
#ifdef MOVE_MOUNT_T_SYMLINKS
_Static_assert((uint64_t)(MOVE_MOUNT_T_SYMLINKS) == (uint64_t)(0x10), "move_mount_flags: MOVE_MOUNT_T_SYMLINKS");
#endif
#ifdef MOVE_MOUNT_T_AUTOMOUNTS
_Static_assert((uint64_t)(MOVE_MOUNT_T_AUTOMOUNTS) == (uint64_t)(0x20), "move_mount_flags: MOVE_MOUNT_T_AUTOMOUNTS");
#endif
#ifdef MOVE_MOUNT_T_EMPTY_PATH
_Static_assert((uint64_t)(MOVE_MOUNT_T_EMPTY_PATH) == (uint64_t)(0x40), "move_mount_flags: MOVE_MOUNT_T_EMPTY_PATH");
#endif
#ifdef MOVE_MOUNT_SET_GROUP
_Static_assert((uint64_t)(MOVE_MOUNT_SET_GROUP) == (uint64_t)(0x100), "move_mount_flags: MOVE_MOUNT_SET_GROUP");
#endif
static const struct xlat_entry xe_move_mount_flags[] = {
	{ (uint64_t)(0x1), "MOVE_MOUNT_F_SYMLINKS" },
	{ (uint64_t)(0x2), "MOVE_MOUNT_F_AUTOMOUNTS" },
	{ (uint64_t)(0x4), "MOVE_MOUNT_F_EMPTY_PATH" },
	{ (uint64_t)(0x10), "MOVE_MOUNT_T_SYMLINKS" },
	{ (uint64_t)(0x20), "MOVE_MOUNT_T_AUTOMOUNTS" },
	{ (uint64_t)(0x40), "MOVE_MOUNT_T_EMPTY_PATH" },
	{ (uint64_t)(0x100), "MOVE_MOUNT_SET_GROUP" },
};
const struct xlat xlat_move_mount_flags = { xe_move_mount_flags, 7, NULL };

#ifdef MPOL_MF_MOVE
_Static_assert((uint64_t)(MPOL_MF_MOVE) == (uint64_t)(2), "move_pages_flags: MPOL_MF_MOVE");
#endif
#ifdef MPOL_MF_MOVE_ALL
_Static_assert((uint64_t)(MPOL_MF_MOVE_ALL) == (uint64_t)(4), "move_pages_flags: MPOL_MF_MOVE_ALL");
#endif
static const struct xlat_entry xe_move_pages_flags[] = {
	{ (uint64_t)(2), "MPOL_MF_MOVE" },
	{ (uint64_t)(4), "MPOL_MF_MOVE_ALL" },
};
const struct xlat xlat_move_pages_flags = { xe_move_pages_flags, 2, "MPOL_???" };

#ifdef MPOL_F_NODE
_Static_assert((uint64_t)(MPOL_F_NODE) == (uint64_t)(1), "mpol_get_flags: MPOL_F_NODE");
#endif
#ifdef MPOL_F_ADDR
_Static_assert((uint64_t)(MPOL_F_ADDR) == (uint64_t)(2), "mpol_get_flags: MPOL_F_ADDR");
#endif
#ifdef MPOL_F_MEMS_ALLOWED
_Static_assert((uint64_t)(MPOL_F_MEMS_ALLOWED) == (uint64_t)(4), "mpol_get_flags: MPOL_F_MEMS_ALLOWED");
#endif
static const struct xlat_entry xe_mpol_get_flags[] = {
	{ (uint64_t)(1), "MPOL_F_NODE" },
	{ (uint64_t)(2), "MPOL_F_ADDR" },
	{ (uint64_t)(4), "MPOL_F_MEMS_ALLOWED" },
};
const struct xlat xlat_mpol_get_flags = { xe_mpol_get_flags, 3, "MPOL_???" };

#ifdef MPOL_MF_STRICT
_Static_assert((uint64_t)(MPOL_MF_STRICT) == (uint64_t)(1), "mpol_mf_flags: MPOL_MF_STRICT");
#endif
#ifdef MPOL_MF_MOVE
_Static_assert((uint64_t)(MPOL_MF_MOVE) == (uint64_t)(2), "mpol_mf_flags: MPOL_MF_MOVE");
#endif
#ifdef MPOL_MF_MOVE_ALL
_Static_assert((uint64_t)(MPOL_MF_MOVE_ALL) == (uint64_t)(4), "mpol_mf_flags: MPOL_MF_MOVE_ALL");
#endif
static const struct xlat_entry xe_mpol_mf_flags[] = {
	{ (uint64_t)(1), "MPOL_MF_STRICT" },
	{ (uint64_t)(2), "MPOL_MF_MOVE" },
	{ (uint64_t)(4), "MPOL_MF_MOVE_ALL" },
};
const struct xlat xlat_mpol_mf_flags = { xe_mpol_mf_flags, 3, "MPOL_???" };

#ifdef MPOL_F_STATIC_NODES
_Static_assert((uint64_t)(MPOL_F_STATIC_NODES) == (uint64_t)(0x8000), "mpol_mode_flags: MPOL_F_STATIC_NODES");
#endif
#ifdef MPOL_F_RELATIVE_NODES
_Static_assert((uint64_t)(MPOL_F_RELATIVE_NODES) == (uint64_t)(0x4000), "mpol_mode_flags: MPOL_F_RELATIVE_NODES");
#endif
#ifdef MPOL_F_NUMA_BALANCING
_Static_assert((uint64_t)(MPOL_F_NUMA_BALANCING) == (uint64_t)(0x2000), "mpol_mode_flags: MPOL_F_NUMA_BALANCING");
#endif
static const struct xlat_entry xe_mpol_mode_flags[] = {
	{ (uint64_t)(0x8000), "MPOL_F_STATIC_NODES" },
	{ (uint64_t)(0x4000), "MPOL_F_RELATIVE_NODES" },
	{ (uint64_t)(0x2000), "MPOL_F_NUMA_BALANCING" },
};
const struct xlat xlat_mpol_mode_flags = { xe_mpol_mode_flags, 3, "MPOL_???" };

#ifdef MPOL_DEFAULT
_Static_assert((uint64_t)(MPOL_DEFAULT) == (uint64_t)(0), "mpol_modes: MPOL_DEFAULT");
#endif
#ifdef MPOL_PREFERRED
_Static_assert((uint64_t)(MPOL_PREFERRED) == (uint64_t)(1), "mpol_modes: MPOL_PREFERRED");
#endif
#ifdef MPOL_BIND
_Static_assert((uint64_t)(MPOL_BIND) == (uint64_t)(2), "mpol_modes: MPOL_BIND");
#endif
#ifdef MPOL_INTERLEAVE
_Static_assert((uint64_t)(MPOL_INTERLEAVE) == (uint64_t)(3), "mpol_modes: MPOL_INTERLEAVE");
#endif
#ifdef MPOL_LOCAL
_Static_assert((uint64_t)(MPOL_LOCAL) == (uint64_t)(4), "mpol_modes: MPOL_LOCAL");
#endif
#ifdef MPOL_PREFERRED_MANY
_Static_assert((uint64_t)(MPOL_PREFERRED_MANY) == (uint64_t)(5), "mpol_modes: MPOL_PREFERRED_MANY");
#endif
static const struct xlat_entry xe_mpol_modes[] = {
	{ (uint64_t)(0), "MPOL_DEFAULT" },
	{ (uint64_t)(1), "MPOL_PREFERRED" },
	{ (uint64_t)(2), "MPOL_BIND" },
	{ (uint64_t)(3), "MPOL_INTERLEAVE" },
	{ (uint64_t)(4), "MPOL_LOCAL" },
	{ (uint64_t)(5), "MPOL_PREFERRED_MANY" },
};
const struct xlat xlat_mpol_modes = { xe_mpol_modes, 6, "MPOL_???" };

#ifdef O_NONBLOCK
_Static_assert((uint64_t)(O_NONBLOCK) == (uint64_t)(04000), "mq_attr_flags: O_NONBLOCK");
#endif
static const struct xlat_entry xe_mq_attr_flags[] = {
	{ (uint64_t)(04000), "O_NONBLOCK" },
};
const struct xlat xlat_mq_attr_flags = { xe_mq_attr_flags, 1, NULL };

#ifdef MREMAP_MAYMOVE
_Static_assert((uint64_t)(MREMAP_MAYMOVE) == (uint64_t)(1), "mremap_flags: MREMAP_MAYMOVE");
#endif
#ifdef MREMAP_FIXED
_Static_assert((uint64_t)(MREMAP_FIXED) == (uint64_t)(2), "mremap_flags: MREMAP_FIXED");
#endif
#ifdef MREMAP_DONTUNMAP
_Static_assert((uint64_t)(MREMAP_DONTUNMAP) == (uint64_t)(4), "mremap_flags: MREMAP_DONTUNMAP");
#endif
static const struct xlat_entry xe_mremap_flags[] = {
	{ (uint64_t)(1), "MREMAP_MAYMOVE" },
	{ (uint64_t)(2), "MREMAP_FIXED" },
	{ (uint64_t)(4), "MREMAP_DONTUNMAP" },
};
const struct xlat xlat_mremap_flags = { xe_mremap_flags, 3, "MREMAP_???" };

#ifdef MSG_NOERROR
_Static_assert((uint64_t)(MSG_NOERROR) == (uint64_t)(010000), "msg_flags: MSG_NOERROR");
#endif
#ifdef MSG_EXCEPT
_Static_assert((uint64_t)(MSG_EXCEPT) == (uint64_t)(020000), "msg_flags: MSG_EXCEPT");
#endif
#ifdef MSG_COPY
_Static_assert((uint64_t)(MSG_COPY) == (uint64_t)(040000), "msg_flags: MSG_COPY");
#endif
#ifdef IPC_NOWAIT
_Static_assert((uint64_t)(IPC_NOWAIT) == (uint64_t)(04000), "msg_flags: IPC_NOWAIT");
#endif
static const struct xlat_entry xe_msg_flags[] = {
	{ (uint64_t)(010000), "MSG_NOERROR" },
	{ (uint64_t)(020000), "MSG_EXCEPT" },
	{ (uint64_t)(040000), "MSG_COPY" },
	{ (uint64_t)(04000), "IPC_NOWAIT" },
};
const struct xlat xlat_msg_flags = { xe_msg_flags, 4, "MSG_???" };

#ifdef IPC_RMID
_Static_assert((uint64_t)(IPC_RMID) == (uint64_t)(0), "msgctl_cmds: IPC_RMID");
#endif
#ifdef IPC_SET
_Static_assert((uint64_t)(IPC_SET) == (uint64_t)(1), "msgctl_cmds: IPC_SET");
#endif
#ifdef IPC_STAT
_Static_assert((uint64_t)(IPC_STAT) == (uint64_t)(2), "msgctl_cmds: IPC_STAT");
#endif
#ifdef IPC_INFO
_Static_assert((uint64_t)(IPC_INFO) == (uint64_t)(3), "msgctl_cmds: IPC_INFO");
#endif
#ifdef MSG_STAT
_Static_assert((uint64_t)(MSG_STAT) == (uint64_t)(11), "msgctl_cmds: MSG_STAT");
#endif
#ifdef MSG_INFO
_Static_assert((uint64_t)(MSG_INFO) == (uint64_t)(12), "msgctl_cmds: MSG_INFO");
#endif
#ifdef MSG_STAT_ANY
_Static_assert((uint64_t)(MSG_STAT_ANY) == (uint64_t)(13), "msgctl_cmds: MSG_STAT_ANY");
#endif
static const struct xlat_entry xe_msgctl_cmds[] = {
	{ (uint64_t)(0), "IPC_RMID" },
	{ (uint64_t)(1), "IPC_SET" },
	{ (uint64_t)(2), "IPC_STAT" },
	{ (uint64_t)(3), "IPC_INFO" },
	{ (uint64_t)(11), "MSG_STAT" },
	{ (uint64_t)(12), "MSG_INFO" },
	{ (uint64_t)(13), "MSG_STAT_ANY" },
};
const struct xlat xlat_msgctl_cmds = { xe_msgctl_cmds, 7, "MSG_???" };

#ifdef MS_SYNC
_Static_assert((uint64_t)(MS_SYNC) == (uint64_t)(4), "msync_flags: MS_SYNC");
#endif
#ifdef MS_ASYNC
_Static_assert((uint64_t)(MS_ASYNC) == (uint64_t)(1), "msync_flags: MS_ASYNC");
#endif
#ifdef MS_INVALIDATE
_Static_assert((uint64_t)(MS_INVALIDATE) == (uint64_t)(2), "msync_flags: MS_INVALIDATE");
#endif
static const struct xlat_entry xe_msync_flags[] = {
	{ (uint64_t)(4), "MS_SYNC" },
	{ (uint64_t)(1), "MS_ASYNC" },
	{ (uint64_t)(2), "MS_INVALIDATE" },
};
const struct xlat xlat_msync_flags = { xe_msync_flags, 3, "MS_???" };

#ifdef ARPHRD_NETROM
_Static_assert((uint64_t)(ARPHRD_NETROM) == (uint64_t)(0), "net_arphrd: ARPHRD_NETROM");
#endif
#ifdef ARPHRD_ETHER
_Static_assert((uint64_t)(ARPHRD_ETHER) == (uint64_t)(1), "net_arphrd: ARPHRD_ETHER");
#endif
#ifdef ARPHRD_EETHER
_Static_assert((uint64_t)(ARPHRD_EETHER) == (uint64_t)(2), "net_arphrd: ARPHRD_EETHER");
#endif
#ifdef ARPHRD_AX25
_Static_assert((uint64_t)(ARPHRD_AX25) == (uint64_t)(3), "net_arphrd: ARPHRD_AX25");
#endif
#ifdef ARPHRD_PRONET
_Static_assert((uint64_t)(ARPHRD_PRONET) == (uint64_t)(4), "net_arphrd: ARPHRD_PRONET");
#endif
#ifdef ARPHRD_CHAOS
_Static_assert((uint64_t)(ARPHRD_CHAOS) == (uint64_t)(5), "net_arphrd: ARPHRD_CHAOS");
#endif
#ifdef ARPHRD_IEEE802
_Static_assert((uint64_t)(ARPHRD_IEEE802) == (uint64_t)(6), "net_arphrd: ARPHRD_IEEE802");
#endif
#ifdef ARPHRD_ARCNET
_Static_assert((uint64_t)(ARPHRD_ARCNET) == (uint64_t)(7), "net_arphrd: ARPHRD_ARCNET");
#endif
#ifdef ARPHRD_APPLETLK
_Static_assert((uint64_t)(ARPHRD_APPLETLK) == (uint64_t)(8), "net_arphrd: ARPHRD_APPLETLK");
#endif
#ifdef ARPHRD_DLCI
_Static_assert((uint64_t)(ARPHRD_DLCI) == (uint64_t)(15), "net_arphrd: ARPHRD_DLCI");
#endif
#ifdef ARPHRD_ATM
_Static_assert((uint64_t)(ARPHRD_ATM) == (uint64_t)(19), "net_arphrd: ARPHRD_ATM");
#endif
#ifdef ARPHRD_METRICOM
_Static_assert((uint64_t)(ARPHRD_METRICOM) == (uint64_t)(23), "net_arphrd: ARPHRD_METRICOM");
#endif
#ifdef ARPHRD_IEEE1394
_Static_assert((uint64_t)(ARPHRD_IEEE1394) == (uint64_t)(24), "net_arphrd: ARPHRD_IEEE1394");
#endif
#ifdef ARPHRD_EUI64
_Static_assert((uint64_t)(ARPHRD_EUI64) == (uint64_t)(27), "net_arphrd: ARPHRD_EUI64");
#endif
#ifdef ARPHRD_INFINIBAND
_Static_assert((uint64_t)(ARPHRD_INFINIBAND) == (uint64_t)(32), "net_arphrd: ARPHRD_INFINIBAND");
#endif
#ifdef ARPHRD_SLIP
_Static_assert((uint64_t)(ARPHRD_SLIP) == (uint64_t)(256), "net_arphrd: ARPHRD_SLIP");
#endif
#ifdef ARPHRD_CSLIP
_Static_assert((uint64_t)(ARPHRD_CSLIP) == (uint64_t)(257), "net_arphrd: ARPHRD_CSLIP");
#endif
#ifdef ARPHRD_SLIP6
_Static_assert((uint64_t)(ARPHRD_SLIP6) == (uint64_t)(258), "net_arphrd: ARPHRD_SLIP6");
#endif
#ifdef ARPHRD_CSLIP6
_Static_assert((uint64_t)(ARPHRD_CSLIP6) == (uint64_t)(259), "net_arphrd: ARPHRD_CSLIP6");
#endif
#ifdef ARPHRD_RSRVD
_Static_assert((uint64_t)(ARPHRD_RSRVD) == (uint64_t)(260), "net_arphrd: ARPHRD_RSRVD");
#endif
#ifdef ARPHRD_ADAPT
_Static_assert((uint64_t)(ARPHRD_ADAPT) == (uint64_t)(264), "net_arphrd: ARPHRD_ADAPT");
#endif
#ifdef ARPHRD_ROSE
_Static_assert((uint64_t)(ARPHRD_ROSE) == (uint64_t)(270), "net_arphrd: ARPHRD_ROSE");
#endif
#ifdef ARPHRD_X25
_Static_assert((uint64_t)(ARPHRD_X25) == (uint64_t)(271), "net_arphrd: ARPHRD_X25");
#endif
#ifdef ARPHRD_HWX25
_Static_assert((uint64_t)(ARPHRD_HWX25) == (uint64_t)(272), "net_arphrd: ARPHRD_HWX25");
#endif
#ifdef ARPHRD_CAN
_Static_assert((uint64_t)(ARPHRD_CAN) == (uint64_t)(280), "net_arphrd: ARPHRD_CAN");
#endif
#ifdef ARPHRD_MCTP
_Static_assert((uint64_t)(ARPHRD_MCTP) == (uint64_t)(290), "net_arphrd: ARPHRD_MCTP");
#endif
#ifdef ARPHRD_PPP
_Static_assert((uint64_t)(ARPHRD_PPP) == (uint64_t)(512), "net_arphrd: ARPHRD_PPP");
#endif
#ifdef ARPHRD_CISCO
_Static_assert((uint64_t)(ARPHRD_CISCO) == (uint64_t)(513), "net_arphrd: ARPHRD_CISCO");
#endif
#ifdef ARPHRD_LAPB
_Static_assert((uint64_t)(ARPHRD_LAPB) == (uint64_t)(516), "net_arphrd: ARPHRD_LAPB");
#endif
#ifdef ARPHRD_DDCMP
_Static_assert((uint64_t)(ARPHRD_DDCMP) == (uint64_t)(517), "net_arphrd: ARPHRD_DDCMP");
#endif
#ifdef ARPHRD_RAWHDLC
_Static_assert((uint64_t)(ARPHRD_RAWHDLC) == (uint64_t)(518), "net_arphrd: ARPHRD_RAWHDLC");
#endif
#ifdef ARPHRD_RAWIP
_Static_assert((uint64_t)(ARPHRD_RAWIP) == (uint64_t)(519), "net_arphrd: ARPHRD_RAWIP");
#endif
#ifdef ARPHRD_TUNNEL
_Static_assert((uint64_t)(ARPHRD_TUNNEL) == (uint64_t)(768), "net_arphrd: ARPHRD_TUNNEL");
#endif
#ifdef ARPHRD_TUNNEL6
_Static_assert((uint64_t)(ARPHRD_TUNNEL6) == (uint64_t)(769), "net_arphrd: ARPHRD_TUNNEL6");
#endif
#ifdef ARPHRD_FRAD
_Static_assert((uint64_t)(ARPHRD_FRAD) == (uint64_t)(770), "net_arphrd: ARPHRD_FRAD");
#endif
#ifdef ARPHRD_SKIP
_Static_assert((uint64_t)(ARPHRD_SKIP) == (uint64_t)(771), "net_arphrd: ARPHRD_SKIP");
#endif
#ifdef ARPHRD_LOOPBACK
_Static_assert((uint64_t)(ARPHRD_LOOPBACK) == (uint64_t)(772), "net_arphrd: ARPHRD_LOOPBACK");
#endif
#ifdef ARPHRD_LOCALTLK
_Static_assert((uint64_t)(ARPHRD_LOCALTLK) == (uint64_t)(773), "net_arphrd: ARPHRD_LOCALTLK");
#endif
#ifdef ARPHRD_FDDI
_Static_assert((uint64_t)(ARPHRD_FDDI) == (uint64_t)(774), "net_arphrd: ARPHRD_FDDI");
#endif
#ifdef ARPHRD_BIF
_Static_assert((uint64_t)(ARPHRD_BIF) == (uint64_t)(775), "net_arphrd: ARPHRD_BIF");
#endif
#ifdef ARPHRD_SIT
_Static_assert((uint64_t)(ARPHRD_SIT) == (uint64_t)(776), "net_arphrd: ARPHRD_SIT");
#endif
#ifdef ARPHRD_IPDDP
_Static_assert((uint64_t)(ARPHRD_IPDDP) == (uint64_t)(777), "net_arphrd: ARPHRD_IPDDP");
#endif
#ifdef ARPHRD_IPGRE
_Static_assert((uint64_t)(ARPHRD_IPGRE) == (uint64_t)(778), "net_arphrd: ARPHRD_IPGRE");
#endif
#ifdef ARPHRD_PIMREG
_Static_assert((uint64_t)(ARPHRD_PIMREG) == (uint64_t)(779), "net_arphrd: ARPHRD_PIMREG");
#endif
#ifdef ARPHRD_HIPPI
_Static_assert((uint64_t)(ARPHRD_HIPPI) == (uint64_t)(780), "net_arphrd: ARPHRD_HIPPI");
#endif
#ifdef ARPHRD_ASH
_Static_assert((uint64_t)(ARPHRD_ASH) == (uint64_t)(781), "net_arphrd: ARPHRD_ASH");
#endif
#ifdef ARPHRD_ECONET
_Static_assert((uint64_t)(ARPHRD_ECONET) == (uint64_t)(782), "net_arphrd: ARPHRD_ECONET");
#endif
#ifdef ARPHRD_IRDA
_Static_assert((uint64_t)(ARPHRD_IRDA) == (uint64_t)(783), "net_arphrd: ARPHRD_IRDA");
#endif
#ifdef ARPHRD_FCPP
_Static_assert((uint64_t)(ARPHRD_FCPP) == (uint64_t)(784), "net_arphrd: ARPHRD_FCPP");
#endif
#ifdef ARPHRD_FCAL
_Static_assert((uint64_t)(ARPHRD_FCAL) == (uint64_t)(785), "net_arphrd: ARPHRD_FCAL");
#endif
#ifdef ARPHRD_FCPL
_Static_assert((uint64_t)(ARPHRD_FCPL) == (uint64_t)(786), "net_arphrd: ARPHRD_FCPL");
#endif
#ifdef ARPHRD_FCFABRIC
_Static_assert((uint64_t)(ARPHRD_FCFABRIC) == (uint64_t)(787), "net_arphrd: ARPHRD_FCFABRIC");
#endif
#ifdef ARPHRD_IEEE802_TR
_Static_assert((uint64_t)(ARPHRD_IEEE802_TR) == (uint64_t)(800), "net_arphrd: ARPHRD_IEEE802_TR");
#endif
#ifdef ARPHRD_IEEE80211
_Static_assert((uint64_t)(ARPHRD_IEEE80211) == (uint64_t)(801), "net_arphrd: ARPHRD_IEEE80211");
#endif
#ifdef ARPHRD_IEEE80211_PRISM
_Static_assert((uint64_t)(ARPHRD_IEEE80211_PRISM) == (uint64_t)(802), "net_arphrd: ARPHRD_IEEE80211_PRISM");
#endif
#ifdef ARPHRD_IEEE80211_RADIOTAP
_Static_assert((uint64_t)(ARPHRD_IEEE80211_RADIOTAP) == (uint64_t)(803), "net_arphrd: ARPHRD_IEEE80211_RADIOTAP");
#endif
#ifdef ARPHRD_IEEE802154
_Static_assert((uint64_t)(ARPHRD_IEEE802154) == (uint64_t)(804), "net_arphrd: ARPHRD_IEEE802154");
#endif
#ifdef ARPHRD_IEEE802154_MONITOR
_Static_assert((uint64_t)(ARPHRD_IEEE802154_MONITOR) == (uint64_t)(805), "net_arphrd: ARPHRD_IEEE802154_MONITOR");
#endif
#ifdef ARPHRD_PHONET
_Static_assert((uint64_t)(ARPHRD_PHONET) == (uint64_t)(820), "net_arphrd: ARPHRD_PHONET");
#endif
#ifdef ARPHRD_PHONET_PIPE
_Static_assert((uint64_t)(ARPHRD_PHONET_PIPE) == (uint64_t)(821), "net_arphrd: ARPHRD_PHONET_PIPE");
#endif
#ifdef ARPHRD_CAIF
_Static_assert((uint64_t)(ARPHRD_CAIF) == (uint64_t)(822), "net_arphrd: ARPHRD_CAIF");
#endif
#ifdef ARPHRD_IP6GRE
_Static_assert((uint64_t)(ARPHRD_IP6GRE) == (uint64_t)(823), "net_arphrd: ARPHRD_IP6GRE");
#endif
#ifdef ARPHRD_NETLINK
_Static_assert((uint64_t)(ARPHRD_NETLINK) == (uint64_t)(824), "net_arphrd: ARPHRD_NETLINK");
#endif
#ifdef ARPHRD_6LOWPAN
_Static_assert((uint64_t)(ARPHRD_6LOWPAN) == (uint64_t)(825), "net_arphrd: ARPHRD_6LOWPAN");
#endif
#ifdef ARPHRD_VSOCKMON
_Static_assert((uint64_t)(ARPHRD_VSOCKMON) == (uint64_t)(826), "net_arphrd: ARPHRD_VSOCKMON");
#endif
#ifdef ARPHRD_NONE
_Static_assert((uint64_t)(ARPHRD_NONE) == (uint64_t)(65534), "net_arphrd: ARPHRD_NONE");
#endif
#ifdef ARPHRD_VOID
_Static_assert((uint64_t)(ARPHRD_VOID) == (uint64_t)(65535), "net_arphrd: ARPHRD_VOID");
#endif
static const struct xlat_entry xe_net_arphrd[] = {
	{ (uint64_t)(0), "ARPHRD_NETROM" },
	{ (uint64_t)(1), "ARPHRD_ETHER" },
	{ (uint64_t)(2), "ARPHRD_EETHER" },
	{ (uint64_t)(3), "ARPHRD_AX25" },
	{ (uint64_t)(4), "ARPHRD_PRONET" },
	{ (uint64_t)(5), "ARPHRD_CHAOS" },
	{ (uint64_t)(6), "ARPHRD_IEEE802" },
	{ (uint64_t)(7), "ARPHRD_ARCNET" },
	{ (uint64_t)(8), "ARPHRD_APPLETLK" },
	{ (uint64_t)(15), "ARPHRD_DLCI" },
	{ (uint64_t)(19), "ARPHRD_ATM" },
	{ (uint64_t)(23), "ARPHRD_METRICOM" },
	{ (uint64_t)(24), "ARPHRD_IEEE1394" },
	{ (uint64_t)(27), "ARPHRD_EUI64" },
	{ (uint64_t)(32), "ARPHRD_INFINIBAND" },
	{ (uint64_t)(256), "ARPHRD_SLIP" },
	{ (uint64_t)(257), "ARPHRD_CSLIP" },
	{ (uint64_t)(258), "ARPHRD_SLIP6" },
	{ (uint64_t)(259), "ARPHRD_CSLIP6" },
	{ (uint64_t)(260), "ARPHRD_RSRVD" },
	{ (uint64_t)(264), "ARPHRD_ADAPT" },
	{ (uint64_t)(270), "ARPHRD_ROSE" },
	{ (uint64_t)(271), "ARPHRD_X25" },
	{ (uint64_t)(272), "ARPHRD_HWX25" },
	{ (uint64_t)(280), "ARPHRD_CAN" },
	{ (uint64_t)(290), "ARPHRD_MCTP" },
	{ (uint64_t)(512), "ARPHRD_PPP" },
	{ (uint64_t)(513), "ARPHRD_CISCO" },
	{ (uint64_t)(516), "ARPHRD_LAPB" },
	{ (uint64_t)(517), "ARPHRD_DDCMP" },
	{ (uint64_t)(518), "ARPHRD_RAWHDLC" },
	{ (uint64_t)(519), "ARPHRD_RAWIP" },
	{ (uint64_t)(768), "ARPHRD_TUNNEL" },
	{ (uint64_t)(769), "ARPHRD_TUNNEL6" },
	{ (uint64_t)(770), "ARPHRD_FRAD" },
	{ (uint64_t)(771), "ARPHRD_SKIP" },
	{ (uint64_t)(772), "ARPHRD_LOOPBACK" },
	{ (uint64_t)(773), "ARPHRD_LOCALTLK" },
	{ (uint64_t)(774), "ARPHRD_FDDI" },
	{ (uint64_t)(775), "ARPHRD_BIF" },
	{ (uint64_t)(776), "ARPHRD_SIT" },
	{ (uint64_t)(777), "ARPHRD_IPDDP" },
	{ (uint64_t)(778), "ARPHRD_IPGRE" },
	{ (uint64_t)(779), "ARPHRD_PIMREG" },
	{ (uint64_t)(780), "ARPHRD_HIPPI" },
	{ (uint64_t)(781), "ARPHRD_ASH" },
	{ (uint64_t)(782), "ARPHRD_ECONET" },
	{ (uint64_t)(783), "ARPHRD_IRDA" },
	{ (uint64_t)(784), "ARPHRD_FCPP" },
	{ (uint64_t)(785), "ARPHRD_FCAL" },
	{ (uint64_t)(786), "ARPHRD_FCPL" },
	{ (uint64_t)(787), "ARPHRD_FCFABRIC" },
	{ (uint64_t)(800), "ARPHRD_IEEE802_TR" },
	{ (uint64_t)(801), "ARPHRD_IEEE80211" },
	{ (uint64_t)(802), "ARPHRD_IEEE80211_PRISM" },
	{ (uint64_t)(803), "ARPHRD_IEEE80211_RADIOTAP" },
	{ (uint64_t)(804), "ARPHRD_IEEE802154" },
	{ (uint64_t)(805), "ARPHRD_IEEE802154_MONITOR" },
	{ (uint64_t)(820), "ARPHRD_PHONET" },
	{ (uint64_t)(821), "ARPHRD_PHONET_PIPE" },
	{ (uint64_t)(822), "ARPHRD_CAIF" },
	{ (uint64_t)(823), "ARPHRD_IP6GRE" },
	{ (uint64_t)(824), "ARPHRD_NETLINK" },
	{ (uint64_t)(825), "ARPHRD_6LOWPAN" },
	{ (uint64_t)(826), "ARPHRD_VSOCKMON" },
	{ (uint64_t)(65534), "ARPHRD_NONE" },
	{ (uint64_t)(65535), "ARPHRD_VOID" },
};
const struct xlat xlat_net_arphrd = { xe_net_arphrd, 67, "ARPHRD_???" };

#ifdef AX25_P_ROSE
_Static_assert((uint64_t)(AX25_P_ROSE) == (uint64_t)(0x01), "net_ax25_protos: AX25_P_ROSE");
#endif
#ifdef AX25_P_VJCOMP
_Static_assert((uint64_t)(AX25_P_VJCOMP) == (uint64_t)(0x06), "net_ax25_protos: AX25_P_VJCOMP");
#endif
#ifdef AX25_P_VJUNCOMP
_Static_assert((uint64_t)(AX25_P_VJUNCOMP) == (uint64_t)(0x07), "net_ax25_protos: AX25_P_VJUNCOMP");
#endif
#ifdef AX25_P_SEGMENT
_Static_assert((uint64_t)(AX25_P_SEGMENT) == (uint64_t)(0x08), "net_ax25_protos: AX25_P_SEGMENT");
#endif
#ifdef AX25_P_TEXNET
_Static_assert((uint64_t)(AX25_P_TEXNET) == (uint64_t)(0xc3), "net_ax25_protos: AX25_P_TEXNET");
#endif
#ifdef AX25_P_LQ
_Static_assert((uint64_t)(AX25_P_LQ) == (uint64_t)(0xc4), "net_ax25_protos: AX25_P_LQ");
#endif
#ifdef AX25_P_ATALK
_Static_assert((uint64_t)(AX25_P_ATALK) == (uint64_t)(0xca), "net_ax25_protos: AX25_P_ATALK");
#endif
#ifdef AX25_P_ATALK_ARP
_Static_assert((uint64_t)(AX25_P_ATALK_ARP) == (uint64_t)(0xcb), "net_ax25_protos: AX25_P_ATALK_ARP");
#endif
#ifdef AX25_P_IP
_Static_assert((uint64_t)(AX25_P_IP) == (uint64_t)(0xcc), "net_ax25_protos: AX25_P_IP");
#endif
#ifdef AX25_P_ARP
_Static_assert((uint64_t)(AX25_P_ARP) == (uint64_t)(0xcd), "net_ax25_protos: AX25_P_ARP");
#endif
#ifdef AX25_P_FLEXNET
_Static_assert((uint64_t)(AX25_P_FLEXNET) == (uint64_t)(0xce), "net_ax25_protos: AX25_P_FLEXNET");
#endif
#ifdef AX25_P_NETROM
_Static_assert((uint64_t)(AX25_P_NETROM) == (uint64_t)(0xcf), "net_ax25_protos: AX25_P_NETROM");
#endif
#ifdef AX25_P_TEXT
_Static_assert((uint64_t)(AX25_P_TEXT) == (uint64_t)(0xf0), "net_ax25_protos: AX25_P_TEXT");
#endif
static const struct xlat_entry xe_net_ax25_protos[] = {
	{ (uint64_t)(0x01), "AX25_P_ROSE" },
	{ (uint64_t)(0x06), "AX25_P_VJCOMP" },
	{ (uint64_t)(0x07), "AX25_P_VJUNCOMP" },
	{ (uint64_t)(0x08), "AX25_P_SEGMENT" },
	{ (uint64_t)(0xc3), "AX25_P_TEXNET" },
	{ (uint64_t)(0xc4), "AX25_P_LQ" },
	{ (uint64_t)(0xca), "AX25_P_ATALK" },
	{ (uint64_t)(0xcb), "AX25_P_ATALK_ARP" },
	{ (uint64_t)(0xcc), "AX25_P_IP" },
	{ (uint64_t)(0xcd), "AX25_P_ARP" },
	{ (uint64_t)(0xce), "AX25_P_FLEXNET" },
	{ (uint64_t)(0xcf), "AX25_P_NETROM" },
	{ (uint64_t)(0xf0), "AX25_P_TEXT" },
};
const struct xlat xlat_net_ax25_protos = { xe_net_ax25_protos, 13, "AX25_P_???" };

#ifdef BTPROTO_L2CAP
_Static_assert((uint64_t)(BTPROTO_L2CAP) == (uint64_t)(0), "net_bt_protos: BTPROTO_L2CAP");
#endif
#ifdef BTPROTO_HCI
_Static_assert((uint64_t)(BTPROTO_HCI) == (uint64_t)(1), "net_bt_protos: BTPROTO_HCI");
#endif
#ifdef BTPROTO_SCO
_Static_assert((uint64_t)(BTPROTO_SCO) == (uint64_t)(2), "net_bt_protos: BTPROTO_SCO");
#endif
#ifdef BTPROTO_RFCOMM
_Static_assert((uint64_t)(BTPROTO_RFCOMM) == (uint64_t)(3), "net_bt_protos: BTPROTO_RFCOMM");
#endif
#ifdef BTPROTO_BNEP
_Static_assert((uint64_t)(BTPROTO_BNEP) == (uint64_t)(4), "net_bt_protos: BTPROTO_BNEP");
#endif
#ifdef BTPROTO_CMTP
_Static_assert((uint64_t)(BTPROTO_CMTP) == (uint64_t)(5), "net_bt_protos: BTPROTO_CMTP");
#endif
#ifdef BTPROTO_HIDP
_Static_assert((uint64_t)(BTPROTO_HIDP) == (uint64_t)(6), "net_bt_protos: BTPROTO_HIDP");
#endif
#ifdef BTPROTO_AVDTP
_Static_assert((uint64_t)(BTPROTO_AVDTP) == (uint64_t)(7), "net_bt_protos: BTPROTO_AVDTP");
#endif
static const struct xlat_entry xe_net_bt_protos[] = {
	{ (uint64_t)(0), "BTPROTO_L2CAP" },
	{ (uint64_t)(1), "BTPROTO_HCI" },
	{ (uint64_t)(2), "BTPROTO_SCO" },
	{ (uint64_t)(3), "BTPROTO_RFCOMM" },
	{ (uint64_t)(4), "BTPROTO_BNEP" },
	{ (uint64_t)(5), "BTPROTO_CMTP" },
	{ (uint64_t)(6), "BTPROTO_HIDP" },
	{ (uint64_t)(7), "BTPROTO_AVDTP" },
};
const struct xlat xlat_net_bt_protos = { xe_net_bt_protos, 8, "BTPROTO_???" };

#ifdef CAIFPROTO_AT
_Static_assert((uint64_t)(CAIFPROTO_AT) == (uint64_t)(0), "net_caif_protos: CAIFPROTO_AT");
#endif
#ifdef CAIFPROTO_DATAGRAM
_Static_assert((uint64_t)(CAIFPROTO_DATAGRAM) == (uint64_t)(1), "net_caif_protos: CAIFPROTO_DATAGRAM");
#endif
#ifdef CAIFPROTO_DATAGRAM_LOOP
_Static_assert((uint64_t)(CAIFPROTO_DATAGRAM_LOOP) == (uint64_t)(2), "net_caif_protos: CAIFPROTO_DATAGRAM_LOOP");
#endif
#ifdef CAIFPROTO_UTIL
_Static_assert((uint64_t)(CAIFPROTO_UTIL) == (uint64_t)(3), "net_caif_protos: CAIFPROTO_UTIL");
#endif
#ifdef CAIFPROTO_RFM
_Static_assert((uint64_t)(CAIFPROTO_RFM) == (uint64_t)(4), "net_caif_protos: CAIFPROTO_RFM");
#endif
#ifdef CAIFPROTO_DEBUG
_Static_assert((uint64_t)(CAIFPROTO_DEBUG) == (uint64_t)(5), "net_caif_protos: CAIFPROTO_DEBUG");
#endif
static const struct xlat_entry xe_net_caif_protos[] = {
	{ (uint64_t)(0), "CAIFPROTO_AT" },
	{ (uint64_t)(1), "CAIFPROTO_DATAGRAM" },
	{ (uint64_t)(2), "CAIFPROTO_DATAGRAM_LOOP" },
	{ (uint64_t)(3), "CAIFPROTO_UTIL" },
	{ (uint64_t)(4), "CAIFPROTO_RFM" },
	{ (uint64_t)(5), "CAIFPROTO_DEBUG" },
};
const struct xlat xlat_net_caif_protos = { xe_net_caif_protos, 6, "CAIFPROTO_???" };

#ifdef CAN_RAW
_Static_assert((uint64_t)(CAN_RAW) == (uint64_t)(1), "net_can_protos: CAN_RAW");
#endif
#ifdef CAN_BCM
_Static_assert((uint64_t)(CAN_BCM) == (uint64_t)(2), "net_can_protos: CAN_BCM");
#endif
#ifdef CAN_TP16
_Static_assert((uint64_t)(CAN_TP16) == (uint64_t)(3), "net_can_protos: CAN_TP16");
#endif
#ifdef CAN_TP20
_Static_assert((uint64_t)(CAN_TP20) == (uint64_t)(4), "net_can_protos: CAN_TP20");
#endif
#ifdef CAN_MCNET
_Static_assert((uint64_t)(CAN_MCNET) == (uint64_t)(5), "net_can_protos: CAN_MCNET");
#endif
#ifdef CAN_ISOTP
_Static_assert((uint64_t)(CAN_ISOTP) == (uint64_t)(6), "net_can_protos: CAN_ISOTP");
#endif
#ifdef CAN_J1939
_Static_assert((uint64_t)(CAN_J1939) == (uint64_t)(7), "net_can_protos: CAN_J1939");
#endif
static const struct xlat_entry xe_net_can_protos[] = {
	{ (uint64_t)(1), "CAN_RAW" },
	{ (uint64_t)(2), "CAN_BCM" },
	{ (uint64_t)(3), "CAN_TP16" },
	{ (uint64_t)(4), "CAN_TP20" },
	{ (uint64_t)(5), "CAN_MCNET" },
	{ (uint64_t)(6), "CAN_ISOTP" },
	{ (uint64_t)(7), "CAN_J1939" },
};
const struct xlat xlat_net_can_protos = { xe_net_can_protos, 7, "CAN_???" };

#ifdef IP_TOS
_Static_assert((uint64_t)(IP_TOS) == (uint64_t)(1), "net_cmsg_ip_types: IP_TOS");
#endif
#ifdef IP_TTL
_Static_assert((uint64_t)(IP_TTL) == (uint64_t)(2), "net_cmsg_ip_types: IP_TTL");
#endif
#ifdef SCM_SECURITY
_Static_assert((uint64_t)(SCM_SECURITY) == (uint64_t)(3), "net_cmsg_ip_types: SCM_SECURITY");
#endif
#ifdef IP_RECVOPTS
_Static_assert((uint64_t)(IP_RECVOPTS) == (uint64_t)(6), "net_cmsg_ip_types: IP_RECVOPTS");
#endif
#ifdef IP_RETOPTS
_Static_assert((uint64_t)(IP_RETOPTS) == (uint64_t)(7), "net_cmsg_ip_types: IP_RETOPTS");
#endif
#ifdef IP_PKTINFO
_Static_assert((uint64_t)(IP_PKTINFO) == (uint64_t)(8), "net_cmsg_ip_types: IP_PKTINFO");
#endif
#ifdef IP_RECVERR
_Static_assert((uint64_t)(IP_RECVERR) == (uint64_t)(11), "net_cmsg_ip_types: IP_RECVERR");
#endif
#ifdef IP_ORIGDSTADDR
_Static_assert((uint64_t)(IP_ORIGDSTADDR) == (uint64_t)(20), "net_cmsg_ip_types: IP_ORIGDSTADDR");
#endif
#ifdef IP_CHECKSUM
_Static_assert((uint64_t)(IP_CHECKSUM) == (uint64_t)(23), "net_cmsg_ip_types: IP_CHECKSUM");
#endif
static const struct xlat_entry xe_net_cmsg_ip_types[] = {
	{ (uint64_t)(1), "IP_TOS" },
	{ (uint64_t)(2), "IP_TTL" },
	{ (uint64_t)(3), "SCM_SECURITY" },
	{ (uint64_t)(6), "IP_RECVOPTS" },
	{ (uint64_t)(7), "IP_RETOPTS" },
	{ (uint64_t)(8), "IP_PKTINFO" },
	{ (uint64_t)(11), "IP_RECVERR" },
	{ (uint64_t)(20), "IP_ORIGDSTADDR" },
	{ (uint64_t)(23), "IP_CHECKSUM" },
};
const struct xlat xlat_net_cmsg_ip_types = { xe_net_cmsg_ip_types, 9, "IP_???" };

#ifdef SOL_IP
_Static_assert((uint64_t)(SOL_IP) == (uint64_t)(0), "net_cmsg_levels: SOL_IP");
#endif
#ifdef SOL_SOCKET
_Static_assert((uint64_t)(SOL_SOCKET) == (uint64_t)(1), "net_cmsg_levels: SOL_SOCKET");
#endif
#ifdef SOL_TCP
_Static_assert((uint64_t)(SOL_TCP) == (uint64_t)(6), "net_cmsg_levels: SOL_TCP");
#endif
#ifdef SOL_UDP
_Static_assert((uint64_t)(SOL_UDP) == (uint64_t)(17), "net_cmsg_levels: SOL_UDP");
#endif
#ifdef AF_VSOCK
_Static_assert((uint64_t)(AF_VSOCK) == (uint64_t)(40), "net_cmsg_levels: AF_VSOCK");
#endif
#ifdef SOL_IPV6
_Static_assert((uint64_t)(SOL_IPV6) == (uint64_t)(41), "net_cmsg_levels: SOL_IPV6");
#endif
#ifdef SOL_ICMPV6
_Static_assert((uint64_t)(SOL_ICMPV6) == (uint64_t)(58), "net_cmsg_levels: SOL_ICMPV6");
#endif
#ifdef SOL_CAN_BASE
_Static_assert((uint64_t)(SOL_CAN_BASE) == (uint64_t)(100), "net_cmsg_levels: SOL_CAN_BASE");
#endif
#ifdef SOL_CAN_RAW
_Static_assert((uint64_t)(SOL_CAN_RAW) == (uint64_t)(101), "net_cmsg_levels: SOL_CAN_RAW");
#endif
#ifdef SOL_SCTP
_Static_assert((uint64_t)(SOL_SCTP) == (uint64_t)(132), "net_cmsg_levels: SOL_SCTP");
#endif
#ifdef SOL_UDPLITE
_Static_assert((uint64_t)(SOL_UDPLITE) == (uint64_t)(136), "net_cmsg_levels: SOL_UDPLITE");
#endif
#ifdef SOL_RAW
_Static_assert((uint64_t)(SOL_RAW) == (uint64_t)(255), "net_cmsg_levels: SOL_RAW");
#endif
#ifdef SOL_IPX
_Static_assert((uint64_t)(SOL_IPX) == (uint64_t)(256), "net_cmsg_levels: SOL_IPX");
#endif
#ifdef SOL_AX25
_Static_assert((uint64_t)(SOL_AX25) == (uint64_t)(257), "net_cmsg_levels: SOL_AX25");
#endif
#ifdef SOL_ATALK
_Static_assert((uint64_t)(SOL_ATALK) == (uint64_t)(258), "net_cmsg_levels: SOL_ATALK");
#endif
#ifdef SOL_NETROM
_Static_assert((uint64_t)(SOL_NETROM) == (uint64_t)(259), "net_cmsg_levels: SOL_NETROM");
#endif
#ifdef SOL_ROSE
_Static_assert((uint64_t)(SOL_ROSE) == (uint64_t)(260), "net_cmsg_levels: SOL_ROSE");
#endif
#ifdef SOL_DECNET
_Static_assert((uint64_t)(SOL_DECNET) == (uint64_t)(261), "net_cmsg_levels: SOL_DECNET");
#endif
#ifdef SOL_X25
_Static_assert((uint64_t)(SOL_X25) == (uint64_t)(262), "net_cmsg_levels: SOL_X25");
#endif
#ifdef SOL_PACKET
_Static_assert((uint64_t)(SOL_PACKET) == (uint64_t)(263), "net_cmsg_levels: SOL_PACKET");
#endif
#ifdef SOL_ATM
_Static_assert((uint64_t)(SOL_ATM) == (uint64_t)(264), "net_cmsg_levels: SOL_ATM");
#endif
#ifdef SOL_AAL
_Static_assert((uint64_t)(SOL_AAL) == (uint64_t)(265), "net_cmsg_levels: SOL_AAL");
#endif
#ifdef SOL_IRDA
_Static_assert((uint64_t)(SOL_IRDA) == (uint64_t)(266), "net_cmsg_levels: SOL_IRDA");
#endif
#ifdef SOL_NETBEUI
_Static_assert((uint64_t)(SOL_NETBEUI) == (uint64_t)(267), "net_cmsg_levels: SOL_NETBEUI");
#endif
#ifdef SOL_LLC
_Static_assert((uint64_t)(SOL_LLC) == (uint64_t)(268), "net_cmsg_levels: SOL_LLC");
#endif
#ifdef SOL_DCCP
_Static_assert((uint64_t)(SOL_DCCP) == (uint64_t)(269), "net_cmsg_levels: SOL_DCCP");
#endif
#ifdef SOL_NETLINK
_Static_assert((uint64_t)(SOL_NETLINK) == (uint64_t)(270), "net_cmsg_levels: SOL_NETLINK");
#endif
#ifdef SOL_TIPC
_Static_assert((uint64_t)(SOL_TIPC) == (uint64_t)(271), "net_cmsg_levels: SOL_TIPC");
#endif
#ifdef SOL_RXRPC
_Static_assert((uint64_t)(SOL_RXRPC) == (uint64_t)(272), "net_cmsg_levels: SOL_RXRPC");
#endif
#ifdef SOL_PPPOL2TP
_Static_assert((uint64_t)(SOL_PPPOL2TP) == (uint64_t)(273), "net_cmsg_levels: SOL_PPPOL2TP");
#endif
#ifdef SOL_BLUETOOTH
_Static_assert((uint64_t)(SOL_BLUETOOTH) == (uint64_t)(274), "net_cmsg_levels: SOL_BLUETOOTH");
#endif
#ifdef SOL_PNPIPE
_Static_assert((uint64_t)(SOL_PNPIPE) == (uint64_t)(275), "net_cmsg_levels: SOL_PNPIPE");
#endif
#ifdef SOL_RDS
_Static_assert((uint64_t)(SOL_RDS) == (uint64_t)(276), "net_cmsg_levels: SOL_RDS");
#endif
#ifdef SOL_IUCV
_Static_assert((uint64_t)(SOL_IUCV) == (uint64_t)(277), "net_cmsg_levels: SOL_IUCV");
#endif
#ifdef SOL_CAIF
_Static_assert((uint64_t)(SOL_CAIF) == (uint64_t)(278), "net_cmsg_levels: SOL_CAIF");
#endif
#ifdef SOL_ALG
_Static_assert((uint64_t)(SOL_ALG) == (uint64_t)(279), "net_cmsg_levels: SOL_ALG");
#endif
#ifdef SOL_NFC
_Static_assert((uint64_t)(SOL_NFC) == (uint64_t)(280), "net_cmsg_levels: SOL_NFC");
#endif
#ifdef SOL_KCM
_Static_assert((uint64_t)(SOL_KCM) == (uint64_t)(281), "net_cmsg_levels: SOL_KCM");
#endif
#ifdef SOL_TLS
_Static_assert((uint64_t)(SOL_TLS) == (uint64_t)(282), "net_cmsg_levels: SOL_TLS");
#endif
#ifdef SOL_XDP
_Static_assert((uint64_t)(SOL_XDP) == (uint64_t)(283), "net_cmsg_levels: SOL_XDP");
#endif
static const struct xlat_entry xe_net_cmsg_levels[] = {
	{ (uint64_t)(0), "SOL_IP" },
	{ (uint64_t)(1), "SOL_SOCKET" },
	{ (uint64_t)(6), "SOL_TCP" },
	{ (uint64_t)(17), "SOL_UDP" },
	{ (uint64_t)(40), "AF_VSOCK" },
	{ (uint64_t)(41), "SOL_IPV6" },
	{ (uint64_t)(58), "SOL_ICMPV6" },
	{ (uint64_t)(100), "SOL_CAN_BASE" },
	{ (uint64_t)(101), "SOL_CAN_RAW" },
	{ (uint64_t)(132), "SOL_SCTP" },
	{ (uint64_t)(136), "SOL_UDPLITE" },
	{ (uint64_t)(255), "SOL_RAW" },
	{ (uint64_t)(256), "SOL_IPX" },
	{ (uint64_t)(257), "SOL_AX25" },
	{ (uint64_t)(258), "SOL_ATALK" },
	{ (uint64_t)(259), "SOL_NETROM" },
	{ (uint64_t)(260), "SOL_ROSE" },
	{ (uint64_t)(261), "SOL_DECNET" },
	{ (uint64_t)(262), "SOL_X25" },
	{ (uint64_t)(263), "SOL_PACKET" },
	{ (uint64_t)(264), "SOL_ATM" },
	{ (uint64_t)(265), "SOL_AAL" },
	{ (uint64_t)(266), "SOL_IRDA" },
	{ (uint64_t)(267), "SOL_NETBEUI" },
	{ (uint64_t)(268), "SOL_LLC" },
	{ (uint64_t)(269), "SOL_DCCP" },
	{ (uint64_t)(270), "SOL_NETLINK" },
	{ (uint64_t)(271), "SOL_TIPC" },
	{ (uint64_t)(272), "SOL_RXRPC" },
	{ (uint64_t)(273), "SOL_PPPOL2TP" },
	{ (uint64_t)(274), "SOL_BLUETOOTH" },
	{ (uint64_t)(275), "SOL_PNPIPE" },
	{ (uint64_t)(276), "SOL_RDS" },
	{ (uint64_t)(277), "SOL_IUCV" },
	{ (uint64_t)(278), "SOL_CAIF" },
	{ (uint64_t)(279), "SOL_ALG" },
	{ (uint64_t)(280), "SOL_NFC" },
	{ (uint64_t)(281), "SOL_KCM" },
	{ (uint64_t)(282), "SOL_TLS" },
	{ (uint64_t)(283), "SOL_XDP" },
};
const struct xlat xlat_net_cmsg_levels = { xe_net_cmsg_levels, 40, "SOL_???" };

#ifdef ETH_P_802_3
_Static_assert((uint64_t)(ETH_P_802_3) == (uint64_t)(0x0001), "net_eth_protos: ETH_P_802_3");
#endif
#ifdef ETH_P_AX25
_Static_assert((uint64_t)(ETH_P_AX25) == (uint64_t)(0x0002), "net_eth_protos: ETH_P_AX25");
#endif
#ifdef ETH_P_ALL
_Static_assert((uint64_t)(ETH_P_ALL) == (uint64_t)(0x0003), "net_eth_protos: ETH_P_ALL");
#endif
#ifdef ETH_P_802_2
_Static_assert((uint64_t)(ETH_P_802_2) == (uint64_t)(0x0004), "net_eth_protos: ETH_P_802_2");
#endif
#ifdef ETH_P_SNAP
_Static_assert((uint64_t)(ETH_P_SNAP) == (uint64_t)(0x0005), "net_eth_protos: ETH_P_SNAP");
#endif
#ifdef ETH_P_DDCMP
_Static_assert((uint64_t)(ETH_P_DDCMP) == (uint64_t)(0x0006), "net_eth_protos: ETH_P_DDCMP");
#endif
#ifdef ETH_P_WAN_PPP
_Static_assert((uint64_t)(ETH_P_WAN_PPP) == (uint64_t)(0x0007), "net_eth_protos: ETH_P_WAN_PPP");
#endif
#ifdef ETH_P_PPP_MP
_Static_assert((uint64_t)(ETH_P_PPP_MP) == (uint64_t)(0x0008), "net_eth_protos: ETH_P_PPP_MP");
#endif
#ifdef ETH_P_LOCALTALK
_Static_assert((uint64_t)(ETH_P_LOCALTALK) == (uint64_t)(0x0009), "net_eth_protos: ETH_P_LOCALTALK");
#endif
#ifdef ETH_P_CAN
_Static_assert((uint64_t)(ETH_P_CAN) == (uint64_t)(0x000c), "net_eth_protos: ETH_P_CAN");
#endif
#ifdef ETH_P_CANFD
_Static_assert((uint64_t)(ETH_P_CANFD) == (uint64_t)(0x000d), "net_eth_protos: ETH_P_CANFD");
#endif
#ifdef ETH_P_CANXL
_Static_assert((uint64_t)(ETH_P_CANXL) == (uint64_t)(0x000e), "net_eth_protos: ETH_P_CANXL");
#endif
#ifdef ETH_P_PPPTALK
_Static_assert((uint64_t)(ETH_P_PPPTALK) == (uint64_t)(0x0010), "net_eth_protos: ETH_P_PPPTALK");
#endif
#ifdef ETH_P_TR_802_2
_Static_assert((uint64_t)(ETH_P_TR_802_2) == (uint64_t)(0x0011), "net_eth_protos: ETH_P_TR_802_2");
#endif
#ifdef ETH_P_MOBITEX
_Static_assert((uint64_t)(ETH_P_MOBITEX) == (uint64_t)(0x0015), "net_eth_protos: ETH_P_MOBITEX");
#endif
#ifdef ETH_P_CONTROL
_Static_assert((uint64_t)(ETH_P_CONTROL) == (uint64_t)(0x0016), "net_eth_protos: ETH_P_CONTROL");
#endif
#ifdef ETH_P_IRDA
_Static_assert((uint64_t)(ETH_P_IRDA) == (uint64_t)(0x0017), "net_eth_protos: ETH_P_IRDA");
#endif
#ifdef ETH_P_ECONET
_Static_assert((uint64_t)(ETH_P_ECONET) == (uint64_t)(0x0018), "net_eth_protos: ETH_P_ECONET");
#endif
#ifdef ETH_P_HDLC
_Static_assert((uint64_t)(ETH_P_HDLC) == (uint64_t)(0x0019), "net_eth_protos: ETH_P_HDLC");
#endif
#ifdef ETH_P_ARCNET
_Static_assert((uint64_t)(ETH_P_ARCNET) == (uint64_t)(0x001a), "net_eth_protos: ETH_P_ARCNET");
#endif
#ifdef ETH_P_DSA
_Static_assert((uint64_t)(ETH_P_DSA) == (uint64_t)(0x001b), "net_eth_protos: ETH_P_DSA");
#endif
#ifdef ETH_P_TRAILER
_Static_assert((uint64_t)(ETH_P_TRAILER) == (uint64_t)(0x001c), "net_eth_protos: ETH_P_TRAILER");
#endif
#ifdef ETH_P_LOOP
_Static_assert((uint64_t)(ETH_P_LOOP) == (uint64_t)(0x0060), "net_eth_protos: ETH_P_LOOP");
#endif
#ifdef ETH_P_PHONET
_Static_assert((uint64_t)(ETH_P_PHONET) == (uint64_t)(0x00f5), "net_eth_protos: ETH_P_PHONET");
#endif
#ifdef ETH_P_IEEE802154
_Static_assert((uint64_t)(ETH_P_IEEE802154) == (uint64_t)(0x00f6), "net_eth_protos: ETH_P_IEEE802154");
#endif
#ifdef ETH_P_CAIF
_Static_assert((uint64_t)(ETH_P_CAIF) == (uint64_t)(0x00f7), "net_eth_protos: ETH_P_CAIF");
#endif
#ifdef ETH_P_XDSA
_Static_assert((uint64_t)(ETH_P_XDSA) == (uint64_t)(0x00f8), "net_eth_protos: ETH_P_XDSA");
#endif
#ifdef ETH_P_MAP
_Static_assert((uint64_t)(ETH_P_MAP) == (uint64_t)(0x00f9), "net_eth_protos: ETH_P_MAP");
#endif
#ifdef ETH_P_MCTP
_Static_assert((uint64_t)(ETH_P_MCTP) == (uint64_t)(0x00fa), "net_eth_protos: ETH_P_MCTP");
#endif
#ifdef ETH_P_PUP
_Static_assert((uint64_t)(ETH_P_PUP) == (uint64_t)(0x0200), "net_eth_protos: ETH_P_PUP");
#endif
#ifdef ETH_P_PUPAT
_Static_assert((uint64_t)(ETH_P_PUPAT) == (uint64_t)(0x0201), "net_eth_protos: ETH_P_PUPAT");
#endif
#ifdef ETH_P_802_3_MIN
_Static_assert((uint64_t)(ETH_P_802_3_MIN) == (uint64_t)(0x0600), "net_eth_protos: ETH_P_802_3_MIN");
#endif
#ifdef ETH_P_IP
_Static_assert((uint64_t)(ETH_P_IP) == (uint64_t)(0x0800), "net_eth_protos: ETH_P_IP");
#endif
#ifdef ETH_P_X25
_Static_assert((uint64_t)(ETH_P_X25) == (uint64_t)(0x0805), "net_eth_protos: ETH_P_X25");
#endif
#ifdef ETH_P_ARP
_Static_assert((uint64_t)(ETH_P_ARP) == (uint64_t)(0x0806), "net_eth_protos: ETH_P_ARP");
#endif
#ifdef ETH_P_BPQ
_Static_assert((uint64_t)(ETH_P_BPQ) == (uint64_t)(0x08ff), "net_eth_protos: ETH_P_BPQ");
#endif
#ifdef ETH_P_IEEEPUP
_Static_assert((uint64_t)(ETH_P_IEEEPUP) == (uint64_t)(0x0a00), "net_eth_protos: ETH_P_IEEEPUP");
#endif
#ifdef ETH_P_IEEEPUPAT
_Static_assert((uint64_t)(ETH_P_IEEEPUPAT) == (uint64_t)(0x0a01), "net_eth_protos: ETH_P_IEEEPUPAT");
#endif
#ifdef ETH_P_ERSPAN2
_Static_assert((uint64_t)(ETH_P_ERSPAN2) == (uint64_t)(0x22eb), "net_eth_protos: ETH_P_ERSPAN2");
#endif
#ifdef ETH_P_TSN
_Static_assert((uint64_t)(ETH_P_TSN) == (uint64_t)(0x22f0), "net_eth_protos: ETH_P_TSN");
#endif
#ifdef ETH_P_BATMAN
_Static_assert((uint64_t)(ETH_P_BATMAN) == (uint64_t)(0x4305), "net_eth_protos: ETH_P_BATMAN");
#endif
#ifdef ETH_P_DEC
_Static_assert((uint64_t)(ETH_P_DEC) == (uint64_t)(0x6000), "net_eth_protos: ETH_P_DEC");
#endif
#ifdef ETH_P_DNA_DL
_Static_assert((uint64_t)(ETH_P_DNA_DL) == (uint64_t)(0x6001), "net_eth_protos: ETH_P_DNA_DL");
#endif
#ifdef ETH_P_DNA_RC
_Static_assert((uint64_t)(ETH_P_DNA_RC) == (uint64_t)(0x6002), "net_eth_protos: ETH_P_DNA_RC");
#endif
#ifdef ETH_P_DNA_RT
_Static_assert((uint64_t)(ETH_P_DNA_RT) == (uint64_t)(0x6003), "net_eth_protos: ETH_P_DNA_RT");
#endif
#ifdef ETH_P_LAT
_Static_assert((uint64_t)(ETH_P_LAT) == (uint64_t)(0x6004), "net_eth_protos: ETH_P_LAT");
#endif
#ifdef ETH_P_DIAG
_Static_assert((uint64_t)(ETH_P_DIAG) == (uint64_t)(0x6005), "net_eth_protos: ETH_P_DIAG");
#endif
#ifdef ETH_P_CUST
_Static_assert((uint64_t)(ETH_P_CUST) == (uint64_t)(0x6006), "net_eth_protos: ETH_P_CUST");
#endif
#ifdef ETH_P_SCA
_Static_assert((uint64_t)(ETH_P_SCA) == (uint64_t)(0x6007), "net_eth_protos: ETH_P_SCA");
#endif
#ifdef ETH_P_TEB
_Static_assert((uint64_t)(ETH_P_TEB) == (uint64_t)(0x6558), "net_eth_protos: ETH_P_TEB");
#endif
#ifdef ETH_P_RARP
_Static_assert((uint64_t)(ETH_P_RARP) == (uint64_t)(0x8035), "net_eth_protos: ETH_P_RARP");
#endif
#ifdef ETH_P_ATALK
_Static_assert((uint64_t)(ETH_P_ATALK) == (uint64_t)(0x809b), "net_eth_protos: ETH_P_ATALK");
#endif
#ifdef ETH_P_AARP
_Static_assert((uint64_t)(ETH_P_AARP) == (uint64_t)(0x80f3), "net_eth_protos: ETH_P_AARP");
#endif
#ifdef ETH_P_8021Q
_Static_assert((uint64_t)(ETH_P_8021Q) == (uint64_t)(0x8100), "net_eth_protos: ETH_P_8021Q");
#endif
#ifdef ETH_P_IPX
_Static_assert((uint64_t)(ETH_P_IPX) == (uint64_t)(0x8137), "net_eth_protos: ETH_P_IPX");
#endif
#ifdef ETH_P_IPV6
_Static_assert((uint64_t)(ETH_P_IPV6) == (uint64_t)(0x86dd), "net_eth_protos: ETH_P_IPV6");
#endif
#ifdef ETH_P_PAUSE
_Static_assert((uint64_t)(ETH_P_PAUSE) == (uint64_t)(0x8808), "net_eth_protos: ETH_P_PAUSE");
#endif
#ifdef ETH_P_SLOW
_Static_assert((uint64_t)(ETH_P_SLOW) == (uint64_t)(0x8809), "net_eth_protos: ETH_P_SLOW");
#endif
#ifdef ETH_P_WCCP
_Static_assert((uint64_t)(ETH_P_WCCP) == (uint64_t)(0x883e), "net_eth_protos: ETH_P_WCCP");
#endif
#ifdef ETH_P_MPLS_UC
_Static_assert((uint64_t)(ETH_P_MPLS_UC) == (uint64_t)(0x8847), "net_eth_protos: ETH_P_MPLS_UC");
#endif
#ifdef ETH_P_MPLS_MC
_Static_assert((uint64_t)(ETH_P_MPLS_MC) == (uint64_t)(0x8848), "net_eth_protos: ETH_P_MPLS_MC");
#endif
#ifdef ETH_P_ATMMPOA
_Static_assert((uint64_t)(ETH_P_ATMMPOA) == (uint64_t)(0x884c), "net_eth_protos: ETH_P_ATMMPOA");
#endif
#ifdef ETH_P_PPP_DISC
_Static_assert((uint64_t)(ETH_P_PPP_DISC) == (uint64_t)(0x8863), "net_eth_protos: ETH_P_PPP_DISC");
#endif
#ifdef ETH_P_PPP_SES
_Static_assert((uint64_t)(ETH_P_PPP_SES) == (uint64_t)(0x8864), "net_eth_protos: ETH_P_PPP_SES");
#endif
#ifdef ETH_P_LINK_CTL
_Static_assert((uint64_t)(ETH_P_LINK_CTL) == (uint64_t)(0x886c), "net_eth_protos: ETH_P_LINK_CTL");
#endif
#ifdef ETH_P_ATMFATE
_Static_assert((uint64_t)(ETH_P_ATMFATE) == (uint64_t)(0x8884), "net_eth_protos: ETH_P_ATMFATE");
#endif
#ifdef ETH_P_PAE
_Static_assert((uint64_t)(ETH_P_PAE) == (uint64_t)(0x888e), "net_eth_protos: ETH_P_PAE");
#endif
#ifdef ETH_P_REALTEK
_Static_assert((uint64_t)(ETH_P_REALTEK) == (uint64_t)(0x8899), "net_eth_protos: ETH_P_REALTEK");
#endif
#ifdef ETH_P_AOE
_Static_assert((uint64_t)(ETH_P_AOE) == (uint64_t)(0x88a2), "net_eth_protos: ETH_P_AOE");
#endif
#ifdef ETH_P_8021AD
_Static_assert((uint64_t)(ETH_P_8021AD) == (uint64_t)(0x88a8), "net_eth_protos: ETH_P_8021AD");
#endif
#ifdef ETH_P_802_EX1
_Static_assert((uint64_t)(ETH_P_802_EX1) == (uint64_t)(0x88b5), "net_eth_protos: ETH_P_802_EX1");
#endif
#ifdef ETH_P_ERSPAN
_Static_assert((uint64_t)(ETH_P_ERSPAN) == (uint64_t)(0x88be), "net_eth_protos: ETH_P_ERSPAN");
#endif
#ifdef ETH_P_PREAUTH
_Static_assert((uint64_t)(ETH_P_PREAUTH) == (uint64_t)(0x88c7), "net_eth_protos: ETH_P_PREAUTH");
#endif
#ifdef ETH_P_TIPC
_Static_assert((uint64_t)(ETH_P_TIPC) == (uint64_t)(0x88ca), "net_eth_protos: ETH_P_TIPC");
#endif
#ifdef ETH_P_LLDP
_Static_assert((uint64_t)(ETH_P_LLDP) == (uint64_t)(0x88cc), "net_eth_protos: ETH_P_LLDP");
#endif
#ifdef ETH_P_MRP
_Static_assert((uint64_t)(ETH_P_MRP) == (uint64_t)(0x88e3), "net_eth_protos: ETH_P_MRP");
#endif
#ifdef ETH_P_MACSEC
_Static_assert((uint64_t)(ETH_P_MACSEC) == (uint64_t)(0x88e5), "net_eth_protos: ETH_P_MACSEC");
#endif
#ifdef ETH_P_8021AH
_Static_assert((uint64_t)(ETH_P_8021AH) == (uint64_t)(0x88e7), "net_eth_protos: ETH_P_8021AH");
#endif
#ifdef ETH_P_MVRP
_Static_assert((uint64_t)(ETH_P_MVRP) == (uint64_t)(0x88f5), "net_eth_protos: ETH_P_MVRP");
#endif
#ifdef ETH_P_1588
_Static_assert((uint64_t)(ETH_P_1588) == (uint64_t)(0x88f7), "net_eth_protos: ETH_P_1588");
#endif
#ifdef ETH_P_NCSI
_Static_assert((uint64_t)(ETH_P_NCSI) == (uint64_t)(0x88f8), "net_eth_protos: ETH_P_NCSI");
#endif
#ifdef ETH_P_PRP
_Static_assert((uint64_t)(ETH_P_PRP) == (uint64_t)(0x88fb), "net_eth_protos: ETH_P_PRP");
#endif
#ifdef ETH_P_CFM
_Static_assert((uint64_t)(ETH_P_CFM) == (uint64_t)(0x8902), "net_eth_protos: ETH_P_CFM");
#endif
#ifdef ETH_P_FCOE
_Static_assert((uint64_t)(ETH_P_FCOE) == (uint64_t)(0x8906), "net_eth_protos: ETH_P_FCOE");
#endif
#ifdef ETH_P_TDLS
_Static_assert((uint64_t)(ETH_P_TDLS) == (uint64_t)(0x890d), "net_eth_protos: ETH_P_TDLS");
#endif
#ifdef ETH_P_FIP
_Static_assert((uint64_t)(ETH_P_FIP) == (uint64_t)(0x8914), "net_eth_protos: ETH_P_FIP");
#endif
#ifdef ETH_P_IBOE
_Static_assert((uint64_t)(ETH_P_IBOE) == (uint64_t)(0x8915), "net_eth_protos: ETH_P_IBOE");
#endif
#ifdef ETH_P_80221
_Static_assert((uint64_t)(ETH_P_80221) == (uint64_t)(0x8917), "net_eth_protos: ETH_P_80221");
#endif
#ifdef ETH_P_HSR
_Static_assert((uint64_t)(ETH_P_HSR) == (uint64_t)(0x892f), "net_eth_protos: ETH_P_HSR");
#endif
#ifdef ETH_P_NSH
_Static_assert((uint64_t)(ETH_P_NSH) == (uint64_t)(0x894f), "net_eth_protos: ETH_P_NSH");
#endif
#ifdef ETH_P_LOOPBACK
_Static_assert((uint64_t)(ETH_P_LOOPBACK) == (uint64_t)(0x9000), "net_eth_protos: ETH_P_LOOPBACK");
#endif
#ifdef ETH_P_QINQ1
_Static_assert((uint64_t)(ETH_P_QINQ1) == (uint64_t)(0x9100), "net_eth_protos: ETH_P_QINQ1");
#endif
#ifdef ETH_P_QINQ2
_Static_assert((uint64_t)(ETH_P_QINQ2) == (uint64_t)(0x9200), "net_eth_protos: ETH_P_QINQ2");
#endif
#ifdef ETH_P_QINQ3
_Static_assert((uint64_t)(ETH_P_QINQ3) == (uint64_t)(0x9300), "net_eth_protos: ETH_P_QINQ3");
#endif
#ifdef ETH_P_EDSA
_Static_assert((uint64_t)(ETH_P_EDSA) == (uint64_t)(0xdada), "net_eth_protos: ETH_P_EDSA");
#endif
#ifdef ETH_P_DSA_8021Q
_Static_assert((uint64_t)(ETH_P_DSA_8021Q) == (uint64_t)(0xdadb), "net_eth_protos: ETH_P_DSA_8021Q");
#endif
#ifdef ETH_P_DSA_A5PSW
_Static_assert((uint64_t)(ETH_P_DSA_A5PSW) == (uint64_t)(0xe001), "net_eth_protos: ETH_P_DSA_A5PSW");
#endif
#ifdef ETH_P_IFE
_Static_assert((uint64_t)(ETH_P_IFE) == (uint64_t)(0xed3e), "net_eth_protos: ETH_P_IFE");
#endif
#ifdef ETH_P_AF_IUCV
_Static_assert((uint64_t)(ETH_P_AF_IUCV) == (uint64_t)(0xfbfb), "net_eth_protos: ETH_P_AF_IUCV");
#endif
static const struct xlat_entry xe_net_eth_protos[] = {
	{ (uint64_t)(0x0001), "ETH_P_802_3" },
	{ (uint64_t)(0x0002), "ETH_P_AX25" },
	{ (uint64_t)(0x0003), "ETH_P_ALL" },
	{ (uint64_t)(0x0004), "ETH_P_802_2" },
	{ (uint64_t)(0x0005), "ETH_P_SNAP" },
	{ (uint64_t)(0x0006), "ETH_P_DDCMP" },
	{ (uint64_t)(0x0007), "ETH_P_WAN_PPP" },
	{ (uint64_t)(0x0008), "ETH_P_PPP_MP" },
	{ (uint64_t)(0x0009), "ETH_P_LOCALTALK" },
	{ (uint64_t)(0x000c), "ETH_P_CAN" },
	{ (uint64_t)(0x000d), "ETH_P_CANFD" },
	{ (uint64_t)(0x000e), "ETH_P_CANXL" },
	{ (uint64_t)(0x0010), "ETH_P_PPPTALK" },
	{ (uint64_t)(0x0011), "ETH_P_TR_802_2" },
	{ (uint64_t)(0x0015), "ETH_P_MOBITEX" },
	{ (uint64_t)(0x0016), "ETH_P_CONTROL" },
	{ (uint64_t)(0x0017), "ETH_P_IRDA" },
	{ (uint64_t)(0x0018), "ETH_P_ECONET" },
	{ (uint64_t)(0x0019), "ETH_P_HDLC" },
	{ (uint64_t)(0x001a), "ETH_P_ARCNET" },
	{ (uint64_t)(0x001b), "ETH_P_DSA" },
	{ (uint64_t)(0x001c), "ETH_P_TRAILER" },
	{ (uint64_t)(0x0060), "ETH_P_LOOP" },
	{ (uint64_t)(0x00f5), "ETH_P_PHONET" },
	{ (uint64_t)(0x00f6), "ETH_P_IEEE802154" },
	{ (uint64_t)(0x00f7), "ETH_P_CAIF" },
	{ (uint64_t)(0x00f8), "ETH_P_XDSA" },
	{ (uint64_t)(0x00f9), "ETH_P_MAP" },
	{ (uint64_t)(0x00fa), "ETH_P_MCTP" },
	{ (uint64_t)(0x0200), "ETH_P_PUP" },
	{ (uint64_t)(0x0201), "ETH_P_PUPAT" },
	{ (uint64_t)(0x0600), "ETH_P_802_3_MIN" },
	{ (uint64_t)(0x0800), "ETH_P_IP" },
	{ (uint64_t)(0x0805), "ETH_P_X25" },
	{ (uint64_t)(0x0806), "ETH_P_ARP" },
	{ (uint64_t)(0x08ff), "ETH_P_BPQ" },
	{ (uint64_t)(0x0a00), "ETH_P_IEEEPUP" },
	{ (uint64_t)(0x0a01), "ETH_P_IEEEPUPAT" },
	{ (uint64_t)(0x22eb), "ETH_P_ERSPAN2" },
	{ (uint64_t)(0x22f0), "ETH_P_TSN" },
	{ (uint64_t)(0x4305), "ETH_P_BATMAN" },
	{ (uint64_t)(0x6000), "ETH_P_DEC" },
	{ (uint64_t)(0x6001), "ETH_P_DNA_DL" },
	{ (uint64_t)(0x6002), "ETH_P_DNA_RC" },
	{ (uint64_t)(0x6003), "ETH_P_DNA_RT" },
	{ (uint64_t)(0x6004), "ETH_P_LAT" },
	{ (uint64_t)(0x6005), "ETH_P_DIAG" },
	{ (uint64_t)(0x6006), "ETH_P_CUST" },
	{ (uint64_t)(0x6007), "ETH_P_SCA" },
	{ (uint64_t)(0x6558), "ETH_P_TEB" },
	{ (uint64_t)(0x8035), "ETH_P_RARP" },
	{ (uint64_t)(0x809b), "ETH_P_ATALK" },
	{ (uint64_t)(0x80f3), "ETH_P_AARP" },
	{ (uint64_t)(0x8100), "ETH_P_8021Q" },
	{ (uint64_t)(0x8137), "ETH_P_IPX" },
	{ (uint64_t)(0x86dd), "ETH_P_IPV6" },
	{ (uint64_t)(0x8808), "ETH_P_PAUSE" },
	{ (uint64_t)(0x8809), "ETH_P_SLOW" },
	{ (uint64_t)(0x883e), "ETH_P_WCCP" },
	{ (uint64_t)(0x8847), "ETH_P_MPLS_UC" },
	{ (uint64_t)(0x8848), "ETH_P_MPLS_MC" },
	{ (uint64_t)(0x884c), "ETH_P_ATMMPOA" },
	{ (uint64_t)(0x8863), "ETH_P_PPP_DISC" },
	{ (uint64_t)(0x8864), "ETH_P_PPP_SES" },
	{ (uint64_t)(0x886c), "ETH_P_LINK_CTL" },
	{ (uint64_t)(0x8884), "ETH_P_ATMFATE" },
	{ (uint64_t)(0x888e), "ETH_P_PAE" },
	{ (uint64_t)(0x8899), "ETH_P_REALTEK" },
	{ (uint64_t)(0x88a2), "ETH_P_AOE" },
	{ (uint64_t)(0x88a8), "ETH_P_8021AD" },
	{ (uint64_t)(0x88b5), "ETH_P_802_EX1" },
	{ (uint64_t)(0x88be), "ETH_P_ERSPAN" },
	{ (uint64_t)(0x88c7), "ETH_P_PREAUTH" },
	{ (uint64_t)(0x88ca), "ETH_P_TIPC" },
	{ (uint64_t)(0x88cc), "ETH_P_LLDP" },
	{ (uint64_t)(0x88e3), "ETH_P_MRP" },
	{ (uint64_t)(0x88e5), "ETH_P_MACSEC" },
	{ (uint64_t)(0x88e7), "ETH_P_8021AH" },
	{ (uint64_t)(0x88f5), "ETH_P_MVRP" },
	{ (uint64_t)(0x88f7), "ETH_P_1588" },
	{ (uint64_t)(0x88f8), "ETH_P_NCSI" },
	{ (uint64_t)(0x88fb), "ETH_P_PRP" },
	{ (uint64_t)(0x8902), "ETH_P_CFM" },
	{ (uint64_t)(0x8906), "ETH_P_FCOE" },
	{ (uint64_t)(0x890d), "ETH_P_TDLS" },
	{ (uint64_t)(0x8914), "ETH_P_FIP" },
	{ (uint64_t)(0x8915), "ETH_P_IBOE" },
	{ (uint64_t)(0x8917), "ETH_P_80221" },
	{ (uint64_t)(0x892f), "ETH_P_HSR" },
	{ (uint64_t)(0x894f), "ETH_P_NSH" },
	{ (uint64_t)(0x9000), "ETH_P_LOOPBACK" },
	{ (uint64_t)(0x9100), "ETH_P_QINQ1" },
	{ (uint64_t)(0x9200), "ETH_P_QINQ2" },
	{ (uint64_t)(0x9300), "ETH_P_QINQ3" },
	{ (uint64_t)(0xdada), "ETH_P_EDSA" },
	{ (uint64_t)(0xdadb), "ETH_P_DSA_8021Q" },
	{ (uint64_t)(0xe001), "ETH_P_DSA_A5PSW" },
	{ (uint64_t)(0xed3e), "ETH_P_IFE" },
	{ (uint64_t)(0xfbfb), "ETH_P_AF_IUCV" },
};
const struct xlat xlat_net_eth_protos = { xe_net_eth_protos, 99, "ETH_P_???" };

#ifdef AF_UNSPEC
_Static_assert((uint64_t)(AF_UNSPEC) == (uint64_t)(0), "net_families: AF_UNSPEC");
#endif
#ifdef AF_UNIX
_Static_assert((uint64_t)(AF_UNIX) == (uint64_t)(1), "net_families: AF_UNIX");
#endif
#ifdef AF_INET
_Static_assert((uint64_t)(AF_INET) == (uint64_t)(2), "net_families: AF_INET");
#endif
#ifdef AF_AX25
_Static_assert((uint64_t)(AF_AX25) == (uint64_t)(3), "net_families: AF_AX25");
#endif
#ifdef AF_IPX
_Static_assert((uint64_t)(AF_IPX) == (uint64_t)(4), "net_families: AF_IPX");
#endif
#ifdef AF_APPLETALK
_Static_assert((uint64_t)(AF_APPLETALK) == (uint64_t)(5), "net_families: AF_APPLETALK");
#endif
#ifdef AF_NETROM
_Static_assert((uint64_t)(AF_NETROM) == (uint64_t)(6), "net_families: AF_NETROM");
#endif
#ifdef AF_BRIDGE
_Static_assert((uint64_t)(AF_BRIDGE) == (uint64_t)(7), "net_families: AF_BRIDGE");
#endif
#ifdef AF_ATMPVC
_Static_assert((uint64_t)(AF_ATMPVC) == (uint64_t)(8), "net_families: AF_ATMPVC");
#endif
#ifdef AF_X25
_Static_assert((uint64_t)(AF_X25) == (uint64_t)(9), "net_families: AF_X25");
#endif
#ifdef AF_INET6
_Static_assert((uint64_t)(AF_INET6) == (uint64_t)(10), "net_families: AF_INET6");
#endif
#ifdef AF_ROSE
_Static_assert((uint64_t)(AF_ROSE) == (uint64_t)(11), "net_families: AF_ROSE");
#endif
#ifdef AF_DECnet
_Static_assert((uint64_t)(AF_DECnet) == (uint64_t)(12), "net_families: AF_DECnet");
#endif
#ifdef AF_NETBEUI
_Static_assert((uint64_t)(AF_NETBEUI) == (uint64_t)(13), "net_families: AF_NETBEUI");
#endif
#ifdef AF_SECURITY
_Static_assert((uint64_t)(AF_SECURITY) == (uint64_t)(14), "net_families: AF_SECURITY");
#endif
#ifdef AF_KEY
_Static_assert((uint64_t)(AF_KEY) == (uint64_t)(15), "net_families: AF_KEY");
#endif
#ifdef AF_NETLINK
_Static_assert((uint64_t)(AF_NETLINK) == (uint64_t)(16), "net_families: AF_NETLINK");
#endif
#ifdef AF_PACKET
_Static_assert((uint64_t)(AF_PACKET) == (uint64_t)(17), "net_families: AF_PACKET");
#endif
#ifdef AF_ASH
_Static_assert((uint64_t)(AF_ASH) == (uint64_t)(18), "net_families: AF_ASH");
#endif
#ifdef AF_ECONET
_Static_assert((uint64_t)(AF_ECONET) == (uint64_t)(19), "net_families: AF_ECONET");
#endif
#ifdef AF_ATMSVC
_Static_assert((uint64_t)(AF_ATMSVC) == (uint64_t)(20), "net_families: AF_ATMSVC");
#endif
#ifdef AF_RDS
_Static_assert((uint64_t)(AF_RDS) == (uint64_t)(21), "net_families: AF_RDS");
#endif
#ifdef AF_SNA
_Static_assert((uint64_t)(AF_SNA) == (uint64_t)(22), "net_families: AF_SNA");
#endif
#ifdef AF_IRDA
_Static_assert((uint64_t)(AF_IRDA) == (uint64_t)(23), "net_families: AF_IRDA");
#endif
#ifdef AF_PPPOX
_Static_assert((uint64_t)(AF_PPPOX) == (uint64_t)(24), "net_families: AF_PPPOX");
#endif
#ifdef AF_WANPIPE
_Static_assert((uint64_t)(AF_WANPIPE) == (uint64_t)(25), "net_families: AF_WANPIPE");
#endif
#ifdef AF_LLC
_Static_assert((uint64_t)(AF_LLC) == (uint64_t)(26), "net_families: AF_LLC");
#endif
#ifdef AF_IB
_Static_assert((uint64_t)(AF_IB) == (uint64_t)(27), "net_families: AF_IB");
#endif
#ifdef AF_MPLS
_Static_assert((uint64_t)(AF_MPLS) == (uint64_t)(28), "net_families: AF_MPLS");
#endif
#ifdef AF_CAN
_Static_assert((uint64_t)(AF_CAN) == (uint64_t)(29), "net_families: AF_CAN");
#endif
#ifdef AF_TIPC
_Static_assert((uint64_t)(AF_TIPC) == (uint64_t)(30), "net_families: AF_TIPC");
#endif
#ifdef AF_BLUETOOTH
_Static_assert((uint64_t)(AF_BLUETOOTH) == (uint64_t)(31), "net_families: AF_BLUETOOTH");
#endif
#ifdef AF_IUCV
_Static_assert((uint64_t)(AF_IUCV) == (uint64_t)(32), "net_families: AF_IUCV");
#endif
#ifdef AF_RXRPC
_Static_assert((uint64_t)(AF_RXRPC) == (uint64_t)(33), "net_families: AF_RXRPC");
#endif
#ifdef AF_ISDN
_Static_assert((uint64_t)(AF_ISDN) == (uint64_t)(34), "net_families: AF_ISDN");
#endif
#ifdef AF_PHONET
_Static_assert((uint64_t)(AF_PHONET) == (uint64_t)(35), "net_families: AF_PHONET");
#endif
#ifdef AF_IEEE802154
_Static_assert((uint64_t)(AF_IEEE802154) == (uint64_t)(36), "net_families: AF_IEEE802154");
#endif
#ifdef AF_CAIF
_Static_assert((uint64_t)(AF_CAIF) == (uint64_t)(37), "net_families: AF_CAIF");
#endif
#ifdef AF_ALG
_Static_assert((uint64_t)(AF_ALG) == (uint64_t)(38), "net_families: AF_ALG");
#endif
#ifdef AF_NFC
_Static_assert((uint64_t)(AF_NFC) == (uint64_t)(39), "net_families: AF_NFC");
#endif
#ifdef AF_VSOCK
_Static_assert((uint64_t)(AF_VSOCK) == (uint64_t)(40), "net_families: AF_VSOCK");
#endif
#ifdef AF_KCM
_Static_assert((uint64_t)(AF_KCM) == (uint64_t)(41), "net_families: AF_KCM");
#endif
#ifdef AF_QIPCRTR
_Static_assert((uint64_t)(AF_QIPCRTR) == (uint64_t)(42), "net_families: AF_QIPCRTR");
#endif
#ifdef AF_SMC
_Static_assert((uint64_t)(AF_SMC) == (uint64_t)(43), "net_families: AF_SMC");
#endif
#ifdef AF_XDP
_Static_assert((uint64_t)(AF_XDP) == (uint64_t)(44), "net_families: AF_XDP");
#endif
#ifdef AF_MCTP
_Static_assert((uint64_t)(AF_MCTP) == (uint64_t)(45), "net_families: AF_MCTP");
#endif
static const struct xlat_entry xe_net_families[] = {
	{ (uint64_t)(0), "AF_UNSPEC" },
	{ (uint64_t)(1), "AF_UNIX" },
	{ (uint64_t)(2), "AF_INET" },
	{ (uint64_t)(3), "AF_AX25" },
	{ (uint64_t)(4), "AF_IPX" },
	{ (uint64_t)(5), "AF_APPLETALK" },
	{ (uint64_t)(6), "AF_NETROM" },
	{ (uint64_t)(7), "AF_BRIDGE" },
	{ (uint64_t)(8), "AF_ATMPVC" },
	{ (uint64_t)(9), "AF_X25" },
	{ (uint64_t)(10), "AF_INET6" },
	{ (uint64_t)(11), "AF_ROSE" },
	{ (uint64_t)(12), "AF_DECnet" },
	{ (uint64_t)(13), "AF_NETBEUI" },
	{ (uint64_t)(14), "AF_SECURITY" },
	{ (uint64_t)(15), "AF_KEY" },
	{ (uint64_t)(16), "AF_NETLINK" },
	{ (uint64_t)(17), "AF_PACKET" },
	{ (uint64_t)(18), "AF_ASH" },
	{ (uint64_t)(19), "AF_ECONET" },
	{ (uint64_t)(20), "AF_ATMSVC" },
	{ (uint64_t)(21), "AF_RDS" },
	{ (uint64_t)(22), "AF_SNA" },
	{ (uint64_t)(23), "AF_IRDA" },
	{ (uint64_t)(24), "AF_PPPOX" },
	{ (uint64_t)(25), "AF_WANPIPE" },
	{ (uint64_t)(26), "AF_LLC" },
	{ (uint64_t)(27), "AF_IB" },
	{ (uint64_t)(28), "AF_MPLS" },
	{ (uint64_t)(29), "AF_CAN" },
	{ (uint64_t)(30), "AF_TIPC" },
	{ (uint64_t)(31), "AF_BLUETOOTH" },
	{ (uint64_t)(32), "AF_IUCV" },
	{ (uint64_t)(33), "AF_RXRPC" },
	{ (uint64_t)(34), "AF_ISDN" },
	{ (uint64_t)(35), "AF_PHONET" },
	{ (uint64_t)(36), "AF_IEEE802154" },
	{ (uint64_t)(37), "AF_CAIF" },
	{ (uint64_t)(38), "AF_ALG" },
	{ (uint64_t)(39), "AF_NFC" },
	{ (uint64_t)(40), "AF_VSOCK" },
	{ (uint64_t)(41), "AF_KCM" },
	{ (uint64_t)(42), "AF_QIPCRTR" },
	{ (uint64_t)(43), "AF_SMC" },
	{ (uint64_t)(44), "AF_XDP" },
	{ (uint64_t)(45), "AF_MCTP" },
};
const struct xlat xlat_net_families = { xe_net_families, 46, "AF_???" };

#ifdef IPT_SO_GET_INFO
_Static_assert((uint64_t)(IPT_SO_GET_INFO) == (uint64_t)(64), "net_getsockopt_ip: IPT_SO_GET_INFO");
#endif
#ifdef IPT_SO_GET_ENTRIES
_Static_assert((uint64_t)(IPT_SO_GET_ENTRIES) == (uint64_t)(65), "net_getsockopt_ip: IPT_SO_GET_ENTRIES");
#endif
#ifdef IPT_SO_GET_REVISION_MATCH
_Static_assert((uint64_t)(IPT_SO_GET_REVISION_MATCH) == (uint64_t)(66), "net_getsockopt_ip: IPT_SO_GET_REVISION_MATCH");
#endif
#ifdef IPT_SO_GET_REVISION_TARGET
_Static_assert((uint64_t)(IPT_SO_GET_REVISION_TARGET) == (uint64_t)(67), "net_getsockopt_ip: IPT_SO_GET_REVISION_TARGET");
#endif
#ifdef ARPT_SO_GET_INFO
_Static_assert((uint64_t)(ARPT_SO_GET_INFO) == (uint64_t)(96), "net_getsockopt_ip: ARPT_SO_GET_INFO");
#endif
#ifdef ARPT_SO_GET_ENTRIES
_Static_assert((uint64_t)(ARPT_SO_GET_ENTRIES) == (uint64_t)(97), "net_getsockopt_ip: ARPT_SO_GET_ENTRIES");
#endif
#ifdef ARPT_SO_GET_REVISION_TARGET
_Static_assert((uint64_t)(ARPT_SO_GET_REVISION_TARGET) == (uint64_t)(99), "net_getsockopt_ip: ARPT_SO_GET_REVISION_TARGET");
#endif
static const struct xlat_entry xe_net_getsockopt_ip[] = {
	{ (uint64_t)(64), "IPT_SO_GET_INFO" },
	{ (uint64_t)(65), "IPT_SO_GET_ENTRIES" },
	{ (uint64_t)(66), "IPT_SO_GET_REVISION_MATCH" },
	{ (uint64_t)(67), "IPT_SO_GET_REVISION_TARGET" },
	{ (uint64_t)(96), "ARPT_SO_GET_INFO" },
	{ (uint64_t)(97), "ARPT_SO_GET_ENTRIES" },
	{ (uint64_t)(99), "ARPT_SO_GET_REVISION_TARGET" },
};
const struct xlat xlat_net_getsockopt_ip = { xe_net_getsockopt_ip, 7, "IP_???" };

#ifdef IP6T_SO_GET_INFO
_Static_assert((uint64_t)(IP6T_SO_GET_INFO) == (uint64_t)(64), "net_getsockopt_ipv6: IP6T_SO_GET_INFO");
#endif
#ifdef IP6T_SO_GET_ENTRIES
_Static_assert((uint64_t)(IP6T_SO_GET_ENTRIES) == (uint64_t)(65), "net_getsockopt_ipv6: IP6T_SO_GET_ENTRIES");
#endif
#ifdef IP6T_SO_GET_REVISION_MATCH
_Static_assert((uint64_t)(IP6T_SO_GET_REVISION_MATCH) == (uint64_t)(68), "net_getsockopt_ipv6: IP6T_SO_GET_REVISION_MATCH");
#endif
#ifdef IP6T_SO_GET_REVISION_TARGET
_Static_assert((uint64_t)(IP6T_SO_GET_REVISION_TARGET) == (uint64_t)(69), "net_getsockopt_ipv6: IP6T_SO_GET_REVISION_TARGET");
#endif
static const struct xlat_entry xe_net_getsockopt_ipv6[] = {
	{ (uint64_t)(64), "IP6T_SO_GET_INFO" },
	{ (uint64_t)(65), "IP6T_SO_GET_ENTRIES" },
	{ (uint64_t)(68), "IP6T_SO_GET_REVISION_MATCH" },
	{ (uint64_t)(69), "IP6T_SO_GET_REVISION_TARGET" },
};
const struct xlat xlat_net_getsockopt_ipv6 = { xe_net_getsockopt_ipv6, 4, "IPV6_???" };

#ifdef SO_GET_FILTER
_Static_assert((uint64_t)(SO_GET_FILTER) == (uint64_t)(26), "net_getsockopt_socket: SO_GET_FILTER");
#endif
static const struct xlat_entry xe_net_getsockopt_socket[] = {
	{ (uint64_t)(26), "SO_GET_FILTER" },
};
const struct xlat xlat_net_getsockopt_socket = { xe_net_getsockopt_socket, 1, "SO_???" };

#ifdef ICMP_ECHOREPLY
_Static_assert((uint64_t)(ICMP_ECHOREPLY) == (uint64_t)(0), "net_icmp_types: ICMP_ECHOREPLY");
#endif
#ifdef ICMP_DEST_UNREACH
_Static_assert((uint64_t)(ICMP_DEST_UNREACH) == (uint64_t)(3), "net_icmp_types: ICMP_DEST_UNREACH");
#endif
#ifdef ICMP_SOURCE_QUENCH
_Static_assert((uint64_t)(ICMP_SOURCE_QUENCH) == (uint64_t)(4), "net_icmp_types: ICMP_SOURCE_QUENCH");
#endif
#ifdef ICMP_REDIRECT
_Static_assert((uint64_t)(ICMP_REDIRECT) == (uint64_t)(5), "net_icmp_types: ICMP_REDIRECT");
#endif
#ifdef ICMP_ECHO
_Static_assert((uint64_t)(ICMP_ECHO) == (uint64_t)(8), "net_icmp_types: ICMP_ECHO");
#endif
#ifdef ICMP_TIME_EXCEEDED
_Static_assert((uint64_t)(ICMP_TIME_EXCEEDED) == (uint64_t)(11), "net_icmp_types: ICMP_TIME_EXCEEDED");
#endif
#ifdef ICMP_PARAMETERPROB
_Static_assert((uint64_t)(ICMP_PARAMETERPROB) == (uint64_t)(12), "net_icmp_types: ICMP_PARAMETERPROB");
#endif
#ifdef ICMP_TIMESTAMP
_Static_assert((uint64_t)(ICMP_TIMESTAMP) == (uint64_t)(13), "net_icmp_types: ICMP_TIMESTAMP");
#endif
#ifdef ICMP_TIMESTAMPREPLY
_Static_assert((uint64_t)(ICMP_TIMESTAMPREPLY) == (uint64_t)(14), "net_icmp_types: ICMP_TIMESTAMPREPLY");
#endif
#ifdef ICMP_INFO_REQUEST
_Static_assert((uint64_t)(ICMP_INFO_REQUEST) == (uint64_t)(15), "net_icmp_types: ICMP_INFO_REQUEST");
#endif
#ifdef ICMP_INFO_REPLY
_Static_assert((uint64_t)(ICMP_INFO_REPLY) == (uint64_t)(16), "net_icmp_types: ICMP_INFO_REPLY");
#endif
#ifdef ICMP_ADDRESS
_Static_assert((uint64_t)(ICMP_ADDRESS) == (uint64_t)(17), "net_icmp_types: ICMP_ADDRESS");
#endif
#ifdef ICMP_ADDRESSREPLY
_Static_assert((uint64_t)(ICMP_ADDRESSREPLY) == (uint64_t)(18), "net_icmp_types: ICMP_ADDRESSREPLY");
#endif
static const struct xlat_entry xe_net_icmp_types[] = {
	{ (uint64_t)(0), "ICMP_ECHOREPLY" },
	{ (uint64_t)(3), "ICMP_DEST_UNREACH" },
	{ (uint64_t)(4), "ICMP_SOURCE_QUENCH" },
	{ (uint64_t)(5), "ICMP_REDIRECT" },
	{ (uint64_t)(8), "ICMP_ECHO" },
	{ (uint64_t)(11), "ICMP_TIME_EXCEEDED" },
	{ (uint64_t)(12), "ICMP_PARAMETERPROB" },
	{ (uint64_t)(13), "ICMP_TIMESTAMP" },
	{ (uint64_t)(14), "ICMP_TIMESTAMPREPLY" },
	{ (uint64_t)(15), "ICMP_INFO_REQUEST" },
	{ (uint64_t)(16), "ICMP_INFO_REPLY" },
	{ (uint64_t)(17), "ICMP_ADDRESS" },
	{ (uint64_t)(18), "ICMP_ADDRESSREPLY" },
};
const struct xlat xlat_net_icmp_types = { xe_net_icmp_types, 13, "ICMP_???" };

#ifdef IPPROTO_IP
_Static_assert((uint64_t)(IPPROTO_IP) == (uint64_t)(0), "net_ipprotos: IPPROTO_IP");
#endif
#ifdef IPPROTO_ICMP
_Static_assert((uint64_t)(IPPROTO_ICMP) == (uint64_t)(1), "net_ipprotos: IPPROTO_ICMP");
#endif
#ifdef IPPROTO_IGMP
_Static_assert((uint64_t)(IPPROTO_IGMP) == (uint64_t)(2), "net_ipprotos: IPPROTO_IGMP");
#endif
#ifdef IPPROTO_IPIP
_Static_assert((uint64_t)(IPPROTO_IPIP) == (uint64_t)(4), "net_ipprotos: IPPROTO_IPIP");
#endif
#ifdef IPPROTO_TCP
_Static_assert((uint64_t)(IPPROTO_TCP) == (uint64_t)(6), "net_ipprotos: IPPROTO_TCP");
#endif
#ifdef IPPROTO_EGP
_Static_assert((uint64_t)(IPPROTO_EGP) == (uint64_t)(8), "net_ipprotos: IPPROTO_EGP");
#endif
#ifdef IPPROTO_PUP
_Static_assert((uint64_t)(IPPROTO_PUP) == (uint64_t)(12), "net_ipprotos: IPPROTO_PUP");
#endif
#ifdef IPPROTO_UDP
_Static_assert((uint64_t)(IPPROTO_UDP) == (uint64_t)(17), "net_ipprotos: IPPROTO_UDP");
#endif
#ifdef IPPROTO_IDP
_Static_assert((uint64_t)(IPPROTO_IDP) == (uint64_t)(22), "net_ipprotos: IPPROTO_IDP");
#endif
#ifdef IPPROTO_TP
_Static_assert((uint64_t)(IPPROTO_TP) == (uint64_t)(29), "net_ipprotos: IPPROTO_TP");
#endif
#ifdef IPPROTO_DCCP
_Static_assert((uint64_t)(IPPROTO_DCCP) == (uint64_t)(33), "net_ipprotos: IPPROTO_DCCP");
#endif
#ifdef IPPROTO_IPV6
_Static_assert((uint64_t)(IPPROTO_IPV6) == (uint64_t)(41), "net_ipprotos: IPPROTO_IPV6");
#endif
#ifdef IPPROTO_ROUTING
_Static_assert((uint64_t)(IPPROTO_ROUTING) == (uint64_t)(43), "net_ipprotos: IPPROTO_ROUTING");
#endif
#ifdef IPPROTO_FRAGMENT
_Static_assert((uint64_t)(IPPROTO_FRAGMENT) == (uint64_t)(44), "net_ipprotos: IPPROTO_FRAGMENT");
#endif
#ifdef IPPROTO_RSVP
_Static_assert((uint64_t)(IPPROTO_RSVP) == (uint64_t)(46), "net_ipprotos: IPPROTO_RSVP");
#endif
#ifdef IPPROTO_GRE
_Static_assert((uint64_t)(IPPROTO_GRE) == (uint64_t)(47), "net_ipprotos: IPPROTO_GRE");
#endif
#ifdef IPPROTO_ESP
_Static_assert((uint64_t)(IPPROTO_ESP) == (uint64_t)(50), "net_ipprotos: IPPROTO_ESP");
#endif
#ifdef IPPROTO_AH
_Static_assert((uint64_t)(IPPROTO_AH) == (uint64_t)(51), "net_ipprotos: IPPROTO_AH");
#endif
#ifdef IPPROTO_ICMPV6
_Static_assert((uint64_t)(IPPROTO_ICMPV6) == (uint64_t)(58), "net_ipprotos: IPPROTO_ICMPV6");
#endif
#ifdef IPPROTO_NONE
_Static_assert((uint64_t)(IPPROTO_NONE) == (uint64_t)(59), "net_ipprotos: IPPROTO_NONE");
#endif
#ifdef IPPROTO_DSTOPTS
_Static_assert((uint64_t)(IPPROTO_DSTOPTS) == (uint64_t)(60), "net_ipprotos: IPPROTO_DSTOPTS");
#endif
#ifdef IPPROTO_MTP
_Static_assert((uint64_t)(IPPROTO_MTP) == (uint64_t)(92), "net_ipprotos: IPPROTO_MTP");
#endif
#ifdef IPPROTO_BEETPH
_Static_assert((uint64_t)(IPPROTO_BEETPH) == (uint64_t)(94), "net_ipprotos: IPPROTO_BEETPH");
#endif
#ifdef IPPROTO_ENCAP
_Static_assert((uint64_t)(IPPROTO_ENCAP) == (uint64_t)(98), "net_ipprotos: IPPROTO_ENCAP");
#endif
#ifdef IPPROTO_PIM
_Static_assert((uint64_t)(IPPROTO_PIM) == (uint64_t)(103), "net_ipprotos: IPPROTO_PIM");
#endif
#ifdef IPPROTO_COMP
_Static_assert((uint64_t)(IPPROTO_COMP) == (uint64_t)(108), "net_ipprotos: IPPROTO_COMP");
#endif
#ifdef IPPROTO_L2TP
_Static_assert((uint64_t)(IPPROTO_L2TP) == (uint64_t)(115), "net_ipprotos: IPPROTO_L2TP");
#endif
#ifdef IPPROTO_SCTP
_Static_assert((uint64_t)(IPPROTO_SCTP) == (uint64_t)(132), "net_ipprotos: IPPROTO_SCTP");
#endif
#ifdef IPPROTO_MH
_Static_assert((uint64_t)(IPPROTO_MH) == (uint64_t)(135), "net_ipprotos: IPPROTO_MH");
#endif
#ifdef IPPROTO_UDPLITE
_Static_assert((uint64_t)(IPPROTO_UDPLITE) == (uint64_t)(136), "net_ipprotos: IPPROTO_UDPLITE");
#endif
#ifdef IPPROTO_MPLS
_Static_assert((uint64_t)(IPPROTO_MPLS) == (uint64_t)(137), "net_ipprotos: IPPROTO_MPLS");
#endif
#ifdef IPPROTO_ETHERNET
_Static_assert((uint64_t)(IPPROTO_ETHERNET) == (uint64_t)(143), "net_ipprotos: IPPROTO_ETHERNET");
#endif
#ifdef IPPROTO_RAW
_Static_assert((uint64_t)(IPPROTO_RAW) == (uint64_t)(255), "net_ipprotos: IPPROTO_RAW");
#endif
#ifdef IPPROTO_MPTCP
_Static_assert((uint64_t)(IPPROTO_MPTCP) == (uint64_t)(262), "net_ipprotos: IPPROTO_MPTCP");
#endif
static const struct xlat_entry xe_net_ipprotos[] = {
	{ (uint64_t)(0), "IPPROTO_IP" },
	{ (uint64_t)(1), "IPPROTO_ICMP" },
	{ (uint64_t)(2), "IPPROTO_IGMP" },
	{ (uint64_t)(4), "IPPROTO_IPIP" },
	{ (uint64_t)(6), "IPPROTO_TCP" },
	{ (uint64_t)(8), "IPPROTO_EGP" },
	{ (uint64_t)(12), "IPPROTO_PUP" },
	{ (uint64_t)(17), "IPPROTO_UDP" },
	{ (uint64_t)(22), "IPPROTO_IDP" },
	{ (uint64_t)(29), "IPPROTO_TP" },
	{ (uint64_t)(33), "IPPROTO_DCCP" },
	{ (uint64_t)(41), "IPPROTO_IPV6" },
	{ (uint64_t)(43), "IPPROTO_ROUTING" },
	{ (uint64_t)(44), "IPPROTO_FRAGMENT" },
	{ (uint64_t)(46), "IPPROTO_RSVP" },
	{ (uint64_t)(47), "IPPROTO_GRE" },
	{ (uint64_t)(50), "IPPROTO_ESP" },
	{ (uint64_t)(51), "IPPROTO_AH" },
	{ (uint64_t)(58), "IPPROTO_ICMPV6" },
	{ (uint64_t)(59), "IPPROTO_NONE" },
	{ (uint64_t)(60), "IPPROTO_DSTOPTS" },
	{ (uint64_t)(92), "IPPROTO_MTP" },
	{ (uint64_t)(94), "IPPROTO_BEETPH" },
	{ (uint64_t)(98), "IPPROTO_ENCAP" },
	{ (uint64_t)(103), "IPPROTO_PIM" },
	{ (uint64_t)(108), "IPPROTO_COMP" },
	{ (uint64_t)(115), "IPPROTO_L2TP" },
	{ (uint64_t)(132), "IPPROTO_SCTP" },
	{ (uint64_t)(135), "IPPROTO_MH" },
	{ (uint64_t)(136), "IPPROTO_UDPLITE" },
	{ (uint64_t)(137), "IPPROTO_MPLS" },
	{ (uint64_t)(143), "IPPROTO_ETHERNET" },
	{ (uint64_t)(255), "IPPROTO_RAW" },
	{ (uint64_t)(262), "IPPROTO_MPTCP" },
};
const struct xlat xlat_net_ipprotos = { xe_net_ipprotos, 34, "IPPROTO_???" };

#ifdef CAN_RAW
_Static_assert((uint64_t)(CAN_RAW) == (uint64_t)(1), "net_irda_protos: CAN_RAW");
#endif
#ifdef CAN_BCM
_Static_assert((uint64_t)(CAN_BCM) == (uint64_t)(2), "net_irda_protos: CAN_BCM");
#endif
#ifdef CAN_TP16
_Static_assert((uint64_t)(CAN_TP16) == (uint64_t)(3), "net_irda_protos: CAN_TP16");
#endif
#ifdef CAN_TP20
_Static_assert((uint64_t)(CAN_TP20) == (uint64_t)(4), "net_irda_protos: CAN_TP20");
#endif
#ifdef CAN_MCNET
_Static_assert((uint64_t)(CAN_MCNET) == (uint64_t)(5), "net_irda_protos: CAN_MCNET");
#endif
#ifdef CAN_ISOTP
_Static_assert((uint64_t)(CAN_ISOTP) == (uint64_t)(6), "net_irda_protos: CAN_ISOTP");
#endif
#ifdef CAN_J1939
_Static_assert((uint64_t)(CAN_J1939) == (uint64_t)(7), "net_irda_protos: CAN_J1939");
#endif
static const struct xlat_entry xe_net_irda_protos[] = {
	{ (uint64_t)(1), "CAN_RAW" },
	{ (uint64_t)(2), "CAN_BCM" },
	{ (uint64_t)(3), "CAN_TP16" },
	{ (uint64_t)(4), "CAN_TP20" },
	{ (uint64_t)(5), "CAN_MCNET" },
	{ (uint64_t)(6), "CAN_ISOTP" },
	{ (uint64_t)(7), "CAN_J1939" },
};
const struct xlat xlat_net_irda_protos = { xe_net_irda_protos, 7, "IRDAPROTO_???" };

#ifdef ISDN_P_BASE
_Static_assert((uint64_t)(ISDN_P_BASE) == (uint64_t)(0), "net_isdn_protos: ISDN_P_BASE");
#endif
#ifdef ISDN_P_TE_S0
_Static_assert((uint64_t)(ISDN_P_TE_S0) == (uint64_t)(1), "net_isdn_protos: ISDN_P_TE_S0");
#endif
#ifdef ISDN_P_NT_S0
_Static_assert((uint64_t)(ISDN_P_NT_S0) == (uint64_t)(2), "net_isdn_protos: ISDN_P_NT_S0");
#endif
#ifdef ISDN_P_TE_E1
_Static_assert((uint64_t)(ISDN_P_TE_E1) == (uint64_t)(3), "net_isdn_protos: ISDN_P_TE_E1");
#endif
#ifdef ISDN_P_NT_E1
_Static_assert((uint64_t)(ISDN_P_NT_E1) == (uint64_t)(4), "net_isdn_protos: ISDN_P_NT_E1");
#endif
#ifdef ISDN_P_LAPD_TE
_Static_assert((uint64_t)(ISDN_P_LAPD_TE) == (uint64_t)(16), "net_isdn_protos: ISDN_P_LAPD_TE");
#endif
#ifdef ISDN_P_LAPD_NT
_Static_assert((uint64_t)(ISDN_P_LAPD_NT) == (uint64_t)(17), "net_isdn_protos: ISDN_P_LAPD_NT");
#endif
#ifdef ISDN_P_B_RAW
_Static_assert((uint64_t)(ISDN_P_B_RAW) == (uint64_t)(33), "net_isdn_protos: ISDN_P_B_RAW");
#endif
#ifdef ISDN_P_B_HDLC
_Static_assert((uint64_t)(ISDN_P_B_HDLC) == (uint64_t)(34), "net_isdn_protos: ISDN_P_B_HDLC");
#endif
#ifdef ISDN_P_B_X75SLP
_Static_assert((uint64_t)(ISDN_P_B_X75SLP) == (uint64_t)(35), "net_isdn_protos: ISDN_P_B_X75SLP");
#endif
#ifdef ISDN_P_B_L2DTMF
_Static_assert((uint64_t)(ISDN_P_B_L2DTMF) == (uint64_t)(36), "net_isdn_protos: ISDN_P_B_L2DTMF");
#endif
#ifdef ISDN_P_B_L2DSP
_Static_assert((uint64_t)(ISDN_P_B_L2DSP) == (uint64_t)(37), "net_isdn_protos: ISDN_P_B_L2DSP");
#endif
#ifdef ISDN_P_B_L2DSPHDLC
_Static_assert((uint64_t)(ISDN_P_B_L2DSPHDLC) == (uint64_t)(38), "net_isdn_protos: ISDN_P_B_L2DSPHDLC");
#endif
static const struct xlat_entry xe_net_isdn_protos[] = {
	{ (uint64_t)(0), "ISDN_P_BASE" },
	{ (uint64_t)(1), "ISDN_P_TE_S0" },
	{ (uint64_t)(2), "ISDN_P_NT_S0" },
	{ (uint64_t)(3), "ISDN_P_TE_E1" },
	{ (uint64_t)(4), "ISDN_P_NT_E1" },
	{ (uint64_t)(16), "ISDN_P_LAPD_TE" },
	{ (uint64_t)(17), "ISDN_P_LAPD_NT" },
	{ (uint64_t)(33), "ISDN_P_B_RAW" },
	{ (uint64_t)(34), "ISDN_P_B_HDLC" },
	{ (uint64_t)(35), "ISDN_P_B_X75SLP" },
	{ (uint64_t)(36), "ISDN_P_B_L2DTMF" },
	{ (uint64_t)(37), "ISDN_P_B_L2DSP" },
	{ (uint64_t)(38), "ISDN_P_B_L2DSPHDLC" },
};
const struct xlat xlat_net_isdn_protos = { xe_net_isdn_protos, 13, "ISDN_P_???" };

#ifdef KCMPROTO_CONNECTED
_Static_assert((uint64_t)(KCMPROTO_CONNECTED) == (uint64_t)(0), "net_kcm_protos: KCMPROTO_CONNECTED");
#endif
static const struct xlat_entry xe_net_kcm_protos[] = {
	{ (uint64_t)(0), "KCMPROTO_CONNECTED" },
};
const struct xlat xlat_net_kcm_protos = { xe_net_kcm_protos, 1, "KCMPROTO_???" };

#ifdef MSG_OOB
_Static_assert((uint64_t)(MSG_OOB) == (uint64_t)(0x1), "net_msg_flags: MSG_OOB");
#endif
#ifdef MSG_PEEK
_Static_assert((uint64_t)(MSG_PEEK) == (uint64_t)(0x2), "net_msg_flags: MSG_PEEK");
#endif
#ifdef MSG_DONTROUTE
_Static_assert((uint64_t)(MSG_DONTROUTE) == (uint64_t)(0x4), "net_msg_flags: MSG_DONTROUTE");
#endif
#ifdef MSG_CTRUNC
_Static_assert((uint64_t)(MSG_CTRUNC) == (uint64_t)(0x8), "net_msg_flags: MSG_CTRUNC");
#endif
#ifdef MSG_PROBE
_Static_assert((uint64_t)(MSG_PROBE) == (uint64_t)(0x10), "net_msg_flags: MSG_PROBE");
#endif
#ifdef MSG_TRUNC
_Static_assert((uint64_t)(MSG_TRUNC) == (uint64_t)(0x20), "net_msg_flags: MSG_TRUNC");
#endif
#ifdef MSG_DONTWAIT
_Static_assert((uint64_t)(MSG_DONTWAIT) == (uint64_t)(0x40), "net_msg_flags: MSG_DONTWAIT");
#endif
#ifdef MSG_EOR
_Static_assert((uint64_t)(MSG_EOR) == (uint64_t)(0x80), "net_msg_flags: MSG_EOR");
#endif
#ifdef MSG_WAITALL
_Static_assert((uint64_t)(MSG_WAITALL) == (uint64_t)(0x100), "net_msg_flags: MSG_WAITALL");
#endif
#ifdef MSG_FIN
_Static_assert((uint64_t)(MSG_FIN) == (uint64_t)(0x200), "net_msg_flags: MSG_FIN");
#endif
#ifdef MSG_SYN
_Static_assert((uint64_t)(MSG_SYN) == (uint64_t)(0x400), "net_msg_flags: MSG_SYN");
#endif
#ifdef MSG_CONFIRM
_Static_assert((uint64_t)(MSG_CONFIRM) == (uint64_t)(0x800), "net_msg_flags: MSG_CONFIRM");
#endif
#ifdef MSG_RST
_Static_assert((uint64_t)(MSG_RST) == (uint64_t)(0x1000), "net_msg_flags: MSG_RST");
#endif
#ifdef MSG_ERRQUEUE
_Static_assert((uint64_t)(MSG_ERRQUEUE) == (uint64_t)(0x2000), "net_msg_flags: MSG_ERRQUEUE");
#endif
#ifdef MSG_NOSIGNAL
_Static_assert((uint64_t)(MSG_NOSIGNAL) == (uint64_t)(0x4000), "net_msg_flags: MSG_NOSIGNAL");
#endif
#ifdef MSG_MORE
_Static_assert((uint64_t)(MSG_MORE) == (uint64_t)(0x8000), "net_msg_flags: MSG_MORE");
#endif
#ifdef MSG_WAITFORONE
_Static_assert((uint64_t)(MSG_WAITFORONE) == (uint64_t)(0x10000), "net_msg_flags: MSG_WAITFORONE");
#endif
#ifdef MSG_SENDPAGE_NOTLAST
_Static_assert((uint64_t)(MSG_SENDPAGE_NOTLAST) == (uint64_t)(0x20000), "net_msg_flags: MSG_SENDPAGE_NOTLAST");
#endif
#ifdef MSG_BATCH
_Static_assert((uint64_t)(MSG_BATCH) == (uint64_t)(0x40000), "net_msg_flags: MSG_BATCH");
#endif
#ifdef MSG_NO_SHARED_FRAGS
_Static_assert((uint64_t)(MSG_NO_SHARED_FRAGS) == (uint64_t)(0x80000), "net_msg_flags: MSG_NO_SHARED_FRAGS");
#endif
#ifdef MSG_ZEROCOPY
_Static_assert((uint64_t)(MSG_ZEROCOPY) == (uint64_t)(0x4000000), "net_msg_flags: MSG_ZEROCOPY");
#endif
#ifdef MSG_FASTOPEN
_Static_assert((uint64_t)(MSG_FASTOPEN) == (uint64_t)(0x20000000), "net_msg_flags: MSG_FASTOPEN");
#endif
#ifdef MSG_CMSG_CLOEXEC
_Static_assert((uint64_t)(MSG_CMSG_CLOEXEC) == (uint64_t)(0x40000000), "net_msg_flags: MSG_CMSG_CLOEXEC");
#endif
#ifdef MSG_CMSG_COMPAT
_Static_assert((uint64_t)(MSG_CMSG_COMPAT) == (uint64_t)(0x80000000), "net_msg_flags: MSG_CMSG_COMPAT");
#endif
static const struct xlat_entry xe_net_msg_flags[] = {
	{ (uint64_t)(0x1), "MSG_OOB" },
	{ (uint64_t)(0x2), "MSG_PEEK" },
	{ (uint64_t)(0x4), "MSG_DONTROUTE" },
	{ (uint64_t)(0x8), "MSG_CTRUNC" },
	{ (uint64_t)(0x10), "MSG_PROBE" },
	{ (uint64_t)(0x20), "MSG_TRUNC" },
	{ (uint64_t)(0x40), "MSG_DONTWAIT" },
	{ (uint64_t)(0x80), "MSG_EOR" },
	{ (uint64_t)(0x100), "MSG_WAITALL" },
	{ (uint64_t)(0x200), "MSG_FIN" },
	{ (uint64_t)(0x400), "MSG_SYN" },
	{ (uint64_t)(0x800), "MSG_CONFIRM" },
	{ (uint64_t)(0x1000), "MSG_RST" },
	{ (uint64_t)(0x2000), "MSG_ERRQUEUE" },
	{ (uint64_t)(0x4000), "MSG_NOSIGNAL" },
	{ (uint64_t)(0x8000), "MSG_MORE" },
	{ (uint64_t)(0x10000), "MSG_WAITFORONE" },
	{ (uint64_t)(0x20000), "MSG_SENDPAGE_NOTLAST" },
	{ (uint64_t)(0x40000), "MSG_BATCH" },
	{ (uint64_t)(0x80000), "MSG_NO_SHARED_FRAGS" },
	{ (uint64_t)(0x4000000), "MSG_ZEROCOPY" },
	{ (uint64_t)(0x20000000), "MSG_FASTOPEN" },
	{ (uint64_t)(0x40000000), "MSG_CMSG_CLOEXEC" },
	{ (uint64_t)(0x80000000), "MSG_CMSG_COMPAT" },
};
const struct xlat xlat_net_msg_flags = { xe_net_msg_flags, 24, "MSG_???" };

#ifdef NETLINK_ROUTE
_Static_assert((uint64_t)(NETLINK_ROUTE) == (uint64_t)(0), "net_netlink_protos: NETLINK_ROUTE");
#endif
#ifdef NETLINK_UNUSED
_Static_assert((uint64_t)(NETLINK_UNUSED) == (uint64_t)(1), "net_netlink_protos: NETLINK_UNUSED");
#endif
#ifdef NETLINK_USERSOCK
_Static_assert((uint64_t)(NETLINK_USERSOCK) == (uint64_t)(2), "net_netlink_protos: NETLINK_USERSOCK");
#endif
#ifdef NETLINK_FIREWALL
_Static_assert((uint64_t)(NETLINK_FIREWALL) == (uint64_t)(3), "net_netlink_protos: NETLINK_FIREWALL");
#endif
#ifdef NETLINK_SOCK_DIAG
_Static_assert((uint64_t)(NETLINK_SOCK_DIAG) == (uint64_t)(4), "net_netlink_protos: NETLINK_SOCK_DIAG");
#endif
#ifdef NETLINK_NFLOG
_Static_assert((uint64_t)(NETLINK_NFLOG) == (uint64_t)(5), "net_netlink_protos: NETLINK_NFLOG");
#endif
#ifdef NETLINK_XFRM
_Static_assert((uint64_t)(NETLINK_XFRM) == (uint64_t)(6), "net_netlink_protos: NETLINK_XFRM");
#endif
#ifdef NETLINK_SELINUX
_Static_assert((uint64_t)(NETLINK_SELINUX) == (uint64_t)(7), "net_netlink_protos: NETLINK_SELINUX");
#endif
#ifdef NETLINK_ISCSI
_Static_assert((uint64_t)(NETLINK_ISCSI) == (uint64_t)(8), "net_netlink_protos: NETLINK_ISCSI");
#endif
#ifdef NETLINK_AUDIT
_Static_assert((uint64_t)(NETLINK_AUDIT) == (uint64_t)(9), "net_netlink_protos: NETLINK_AUDIT");
#endif
#ifdef NETLINK_FIB_LOOKUP
_Static_assert((uint64_t)(NETLINK_FIB_LOOKUP) == (uint64_t)(10), "net_netlink_protos: NETLINK_FIB_LOOKUP");
#endif
#ifdef NETLINK_CONNECTOR
_Static_assert((uint64_t)(NETLINK_CONNECTOR) == (uint64_t)(11), "net_netlink_protos: NETLINK_CONNECTOR");
#endif
#ifdef NETLINK_NETFILTER
_Static_assert((uint64_t)(NETLINK_NETFILTER) == (uint64_t)(12), "net_netlink_protos: NETLINK_NETFILTER");
#endif
#ifdef NETLINK_IP6_FW
_Static_assert((uint64_t)(NETLINK_IP6_FW) == (uint64_t)(13), "net_netlink_protos: NETLINK_IP6_FW");
#endif
#ifdef NETLINK_DNRTMSG
_Static_assert((uint64_t)(NETLINK_DNRTMSG) == (uint64_t)(14), "net_netlink_protos: NETLINK_DNRTMSG");
#endif
#ifdef NETLINK_KOBJECT_UEVENT
_Static_assert((uint64_t)(NETLINK_KOBJECT_UEVENT) == (uint64_t)(15), "net_netlink_protos: NETLINK_KOBJECT_UEVENT");
#endif
#ifdef NETLINK_GENERIC
_Static_assert((uint64_t)(NETLINK_GENERIC) == (uint64_t)(16), "net_netlink_protos: NETLINK_GENERIC");
#endif
#ifdef NETLINK_SCSITRANSPORT
_Static_assert((uint64_t)(NETLINK_SCSITRANSPORT) == (uint64_t)(18), "net_netlink_protos: NETLINK_SCSITRANSPORT");
#endif
#ifdef NETLINK_ECRYPTFS
_Static_assert((uint64_t)(NETLINK_ECRYPTFS) == (uint64_t)(19), "net_netlink_protos: NETLINK_ECRYPTFS");
#endif
#ifdef NETLINK_RDMA
_Static_assert((uint64_t)(NETLINK_RDMA) == (uint64_t)(20), "net_netlink_protos: NETLINK_RDMA");
#endif
#ifdef NETLINK_CRYPTO
_Static_assert((uint64_t)(NETLINK_CRYPTO) == (uint64_t)(21), "net_netlink_protos: NETLINK_CRYPTO");
#endif
#ifdef NETLINK_SMC
_Static_assert((uint64_t)(NETLINK_SMC) == (uint64_t)(22), "net_netlink_protos: NETLINK_SMC");
#endif
static const struct xlat_entry xe_net_netlink_protos[] = {
	{ (uint64_t)(0), "NETLINK_ROUTE" },
	{ (uint64_t)(1), "NETLINK_UNUSED" },
	{ (uint64_t)(2), "NETLINK_USERSOCK" },
	{ (uint64_t)(3), "NETLINK_FIREWALL" },
	{ (uint64_t)(4), "NETLINK_SOCK_DIAG" },
	{ (uint64_t)(5), "NETLINK_NFLOG" },
	{ (uint64_t)(6), "NETLINK_XFRM" },
	{ (uint64_t)(7), "NETLINK_SELINUX" },
	{ (uint64_t)(8), "NETLINK_ISCSI" },
	{ (uint64_t)(9), "NETLINK_AUDIT" },
	{ (uint64_t)(10), "NETLINK_FIB_LOOKUP" },
	{ (uint64_t)(11), "NETLINK_CONNECTOR" },
	{ (uint64_t)(12), "NETLINK_NETFILTER" },
	{ (uint64_t)(13), "NETLINK_IP6_FW" },
	{ (uint64_t)(14), "NETLINK_DNRTMSG" },
	{ (uint64_t)(15), "NETLINK_KOBJECT_UEVENT" },
	{ (uint64_t)(16), "NETLINK_GENERIC" },
	{ (uint64_t)(18), "NETLINK_SCSITRANSPORT" },
	{ (uint64_t)(19), "NETLINK_ECRYPTFS" },
	{ (uint64_t)(20), "NETLINK_RDMA" },
	{ (uint64_t)(21), "NETLINK_CRYPTO" },
	{ (uint64_t)(22), "NETLINK_SMC" },
};
const struct xlat xlat_net_netlink_protos = { xe_net_netlink_protos, 22, "NETLINK_???" };

#ifdef NFC_SOCKPROTO_RAW
_Static_assert((uint64_t)(NFC_SOCKPROTO_RAW) == (uint64_t)(0), "net_nfc_protos: NFC_SOCKPROTO_RAW");
#endif
#ifdef NFC_SOCKPROTO_LLCP
_Static_assert((uint64_t)(NFC_SOCKPROTO_LLCP) == (uint64_t)(1), "net_nfc_protos: NFC_SOCKPROTO_LLCP");
#endif
static const struct xlat_entry xe_net_nfc_protos[] = {
	{ (uint64_t)(0), "NFC_SOCKPROTO_RAW" },
	{ (uint64_t)(1), "NFC_SOCKPROTO_LLCP" },
};
const struct xlat xlat_net_nfc_protos = { xe_net_nfc_protos, 2, "NFC_SOCKPROTO_???" };

#ifdef PACKET_HOST
_Static_assert((uint64_t)(PACKET_HOST) == (uint64_t)(0), "net_packet_types: PACKET_HOST");
#endif
#ifdef PACKET_BROADCAST
_Static_assert((uint64_t)(PACKET_BROADCAST) == (uint64_t)(1), "net_packet_types: PACKET_BROADCAST");
#endif
#ifdef PACKET_MULTICAST
_Static_assert((uint64_t)(PACKET_MULTICAST) == (uint64_t)(2), "net_packet_types: PACKET_MULTICAST");
#endif
#ifdef PACKET_OTHERHOST
_Static_assert((uint64_t)(PACKET_OTHERHOST) == (uint64_t)(3), "net_packet_types: PACKET_OTHERHOST");
#endif
#ifdef PACKET_OUTGOING
_Static_assert((uint64_t)(PACKET_OUTGOING) == (uint64_t)(4), "net_packet_types: PACKET_OUTGOING");
#endif
#ifdef PACKET_LOOPBACK
_Static_assert((uint64_t)(PACKET_LOOPBACK) == (uint64_t)(5), "net_packet_types: PACKET_LOOPBACK");
#endif
#ifdef PACKET_USER
_Static_assert((uint64_t)(PACKET_USER) == (uint64_t)(6), "net_packet_types: PACKET_USER");
#endif
#ifdef PACKET_KERNEL
_Static_assert((uint64_t)(PACKET_KERNEL) == (uint64_t)(7), "net_packet_types: PACKET_KERNEL");
#endif
static const struct xlat_entry xe_net_packet_types[] = {
	{ (uint64_t)(0), "PACKET_HOST" },
	{ (uint64_t)(1), "PACKET_BROADCAST" },
	{ (uint64_t)(2), "PACKET_MULTICAST" },
	{ (uint64_t)(3), "PACKET_OTHERHOST" },
	{ (uint64_t)(4), "PACKET_OUTGOING" },
	{ (uint64_t)(5), "PACKET_LOOPBACK" },
	{ (uint64_t)(6), "PACKET_USER" },
	{ (uint64_t)(7), "PACKET_KERNEL" },
};
const struct xlat xlat_net_packet_types = { xe_net_packet_types, 8, "PACKET_???" };

#ifdef PN_PROTO_TRANSPORT
_Static_assert((uint64_t)(PN_PROTO_TRANSPORT) == (uint64_t)(0), "net_phonet_protos: PN_PROTO_TRANSPORT");
#endif
#ifdef PN_PROTO_PHONET
_Static_assert((uint64_t)(PN_PROTO_PHONET) == (uint64_t)(1), "net_phonet_protos: PN_PROTO_PHONET");
#endif
#ifdef PN_PROTO_PIPE
_Static_assert((uint64_t)(PN_PROTO_PIPE) == (uint64_t)(2), "net_phonet_protos: PN_PROTO_PIPE");
#endif
static const struct xlat_entry xe_net_phonet_protos[] = {
	{ (uint64_t)(0), "PN_PROTO_TRANSPORT" },
	{ (uint64_t)(1), "PN_PROTO_PHONET" },
	{ (uint64_t)(2), "PN_PROTO_PIPE" },
};
const struct xlat xlat_net_phonet_protos = { xe_net_phonet_protos, 3, "PN_PROTO_???" };

#ifdef SCM_RIGHTS
_Static_assert((uint64_t)(SCM_RIGHTS) == (uint64_t)(1), "net_scm_types: SCM_RIGHTS");
#endif
#ifdef SCM_CREDENTIALS
_Static_assert((uint64_t)(SCM_CREDENTIALS) == (uint64_t)(2), "net_scm_types: SCM_CREDENTIALS");
#endif
#ifdef SCM_SECURITY
_Static_assert((uint64_t)(SCM_SECURITY) == (uint64_t)(3), "net_scm_types: SCM_SECURITY");
#endif
#ifdef SO_TIMESTAMP_OLD
_Static_assert((uint64_t)(SO_TIMESTAMP_OLD) == (uint64_t)(29), "net_scm_types: SO_TIMESTAMP_OLD");
#endif
#ifdef SO_TIMESTAMPNS_OLD
_Static_assert((uint64_t)(SO_TIMESTAMPNS_OLD) == (uint64_t)(35), "net_scm_types: SO_TIMESTAMPNS_OLD");
#endif
#ifdef SO_TIMESTAMPING_OLD
_Static_assert((uint64_t)(SO_TIMESTAMPING_OLD) == (uint64_t)(37), "net_scm_types: SO_TIMESTAMPING_OLD");
#endif
#ifdef SO_WIFI_STATUS
_Static_assert((uint64_t)(SO_WIFI_STATUS) == (uint64_t)(41), "net_scm_types: SO_WIFI_STATUS");
#endif
#ifdef SCM_TIMESTAMPING_OPT_STATS
_Static_assert((uint64_t)(SCM_TIMESTAMPING_OPT_STATS) == (uint64_t)(54), "net_scm_types: SCM_TIMESTAMPING_OPT_STATS");
#endif
#ifdef SCM_TIMESTAMPING_PKTINFO
_Static_assert((uint64_t)(SCM_TIMESTAMPING_PKTINFO) == (uint64_t)(58), "net_scm_types: SCM_TIMESTAMPING_PKTINFO");
#endif
#ifdef SO_TXTIME
_Static_assert((uint64_t)(SO_TXTIME) == (uint64_t)(61), "net_scm_types: SO_TXTIME");
#endif
#ifdef SO_TIMESTAMP_NEW
_Static_assert((uint64_t)(SO_TIMESTAMP_NEW) == (uint64_t)(63), "net_scm_types: SO_TIMESTAMP_NEW");
#endif
#ifdef SO_TIMESTAMPNS_NEW
_Static_assert((uint64_t)(SO_TIMESTAMPNS_NEW) == (uint64_t)(64), "net_scm_types: SO_TIMESTAMPNS_NEW");
#endif
#ifdef SO_TIMESTAMPING_NEW
_Static_assert((uint64_t)(SO_TIMESTAMPING_NEW) == (uint64_t)(65), "net_scm_types: SO_TIMESTAMPING_NEW");
#endif
static const struct xlat_entry xe_net_scm_types[] = {
	{ (uint64_t)(1), "SCM_RIGHTS" },
	{ (uint64_t)(2), "SCM_CREDENTIALS" },
	{ (uint64_t)(3), "SCM_SECURITY" },
	{ (uint64_t)(29), "SO_TIMESTAMP_OLD" },
	{ (uint64_t)(35), "SO_TIMESTAMPNS_OLD" },
	{ (uint64_t)(37), "SO_TIMESTAMPING_OLD" },
	{ (uint64_t)(41), "SO_WIFI_STATUS" },
	{ (uint64_t)(54), "SCM_TIMESTAMPING_OPT_STATS" },
	{ (uint64_t)(58), "SCM_TIMESTAMPING_PKTINFO" },
	{ (uint64_t)(61), "SO_TXTIME" },
	{ (uint64_t)(63), "SO_TIMESTAMP_NEW" },
	{ (uint64_t)(64), "SO_TIMESTAMPNS_NEW" },
	{ (uint64_t)(65), "SO_TIMESTAMPING_NEW" },
};
const struct xlat xlat_net_scm_types = { xe_net_scm_types, 13, "SCM_???" };

#ifdef SHUT_RD
_Static_assert((uint64_t)(SHUT_RD) == (uint64_t)(0), "net_shutdown_modes: SHUT_RD");
#endif
#ifdef SHUT_WR
_Static_assert((uint64_t)(SHUT_WR) == (uint64_t)(1), "net_shutdown_modes: SHUT_WR");
#endif
#ifdef SHUT_RDWR
_Static_assert((uint64_t)(SHUT_RDWR) == (uint64_t)(2), "net_shutdown_modes: SHUT_RDWR");
#endif
static const struct xlat_entry xe_net_shutdown_modes[] = {
	{ (uint64_t)(0), "SHUT_RD" },
	{ (uint64_t)(1), "SHUT_WR" },
	{ (uint64_t)(2), "SHUT_RDWR" },
};
const struct xlat xlat_net_shutdown_modes = { xe_net_shutdown_modes, 3, "SHUT_???" };

#ifdef SMCPROTO_SMC
_Static_assert((uint64_t)(SMCPROTO_SMC) == (uint64_t)(0), "net_smc_protos: SMCPROTO_SMC");
#endif
#ifdef SMCPROTO_SMC6
_Static_assert((uint64_t)(SMCPROTO_SMC6) == (uint64_t)(1), "net_smc_protos: SMCPROTO_SMC6");
#endif
static const struct xlat_entry xe_net_smc_protos[] = {
	{ (uint64_t)(0), "SMCPROTO_SMC" },
	{ (uint64_t)(1), "SMCPROTO_SMC6" },
};
const struct xlat xlat_net_smc_protos = { xe_net_smc_protos, 2, "SMCPROTO_???" };

#ifdef SOCK_CLOEXEC
_Static_assert((uint64_t)(SOCK_CLOEXEC) == (uint64_t)(02000000), "net_sock_flags: SOCK_CLOEXEC");
#endif
#ifdef SOCK_NONBLOCK
_Static_assert((uint64_t)(SOCK_NONBLOCK) == (uint64_t)(04000), "net_sock_flags: SOCK_NONBLOCK");
#endif
static const struct xlat_entry xe_net_sock_flags[] = {
	{ (uint64_t)(02000000), "SOCK_CLOEXEC" },
	{ (uint64_t)(04000), "SOCK_NONBLOCK" },
};
const struct xlat xlat_net_sock_flags = { xe_net_sock_flags, 2, "SOCK_???" };

#ifdef SOCK_STREAM
_Static_assert((uint64_t)(SOCK_STREAM) == (uint64_t)(1), "net_sock_types: SOCK_STREAM");
#endif
#ifdef SOCK_DGRAM
_Static_assert((uint64_t)(SOCK_DGRAM) == (uint64_t)(2), "net_sock_types: SOCK_DGRAM");
#endif
#ifdef SOCK_RAW
_Static_assert((uint64_t)(SOCK_RAW) == (uint64_t)(3), "net_sock_types: SOCK_RAW");
#endif
#ifdef SOCK_RDM
_Static_assert((uint64_t)(SOCK_RDM) == (uint64_t)(4), "net_sock_types: SOCK_RDM");
#endif
#ifdef SOCK_SEQPACKET
_Static_assert((uint64_t)(SOCK_SEQPACKET) == (uint64_t)(5), "net_sock_types: SOCK_SEQPACKET");
#endif
#ifdef SOCK_DCCP
_Static_assert((uint64_t)(SOCK_DCCP) == (uint64_t)(6), "net_sock_types: SOCK_DCCP");
#endif
#ifdef SOCK_PACKET
_Static_assert((uint64_t)(SOCK_PACKET) == (uint64_t)(10), "net_sock_types: SOCK_PACKET");
#endif
static const struct xlat_entry xe_net_sock_types[] = {
	{ (uint64_t)(1), "SOCK_STREAM" },
	{ (uint64_t)(2), "SOCK_DGRAM" },
	{ (uint64_t)(3), "SOCK_RAW" },
	{ (uint64_t)(4), "SOCK_RDM" },
	{ (uint64_t)(5), "SOCK_SEQPACKET" },
	{ (uint64_t)(6), "SOCK_DCCP" },
	{ (uint64_t)(10), "SOCK_PACKET" },
};
const struct xlat xlat_net_sock_types = { xe_net_sock_types, 7, "SOCK_???" };

#ifdef ALG_SET_KEY
_Static_assert((uint64_t)(ALG_SET_KEY) == (uint64_t)(1), "net_sockopt_alg: ALG_SET_KEY");
#endif
#ifdef ALG_SET_IV
_Static_assert((uint64_t)(ALG_SET_IV) == (uint64_t)(2), "net_sockopt_alg: ALG_SET_IV");
#endif
#ifdef ALG_SET_OP
_Static_assert((uint64_t)(ALG_SET_OP) == (uint64_t)(3), "net_sockopt_alg: ALG_SET_OP");
#endif
#ifdef ALG_SET_AEAD_ASSOCLEN
_Static_assert((uint64_t)(ALG_SET_AEAD_ASSOCLEN) == (uint64_t)(4), "net_sockopt_alg: ALG_SET_AEAD_ASSOCLEN");
#endif
#ifdef ALG_SET_AEAD_AUTHSIZE
_Static_assert((uint64_t)(ALG_SET_AEAD_AUTHSIZE) == (uint64_t)(5), "net_sockopt_alg: ALG_SET_AEAD_AUTHSIZE");
#endif
#ifdef ALG_SET_DRBG_ENTROPY
_Static_assert((uint64_t)(ALG_SET_DRBG_ENTROPY) == (uint64_t)(6), "net_sockopt_alg: ALG_SET_DRBG_ENTROPY");
#endif
static const struct xlat_entry xe_net_sockopt_alg[] = {
	{ (uint64_t)(1), "ALG_SET_KEY" },
	{ (uint64_t)(2), "ALG_SET_IV" },
	{ (uint64_t)(3), "ALG_SET_OP" },
	{ (uint64_t)(4), "ALG_SET_AEAD_ASSOCLEN" },
	{ (uint64_t)(5), "ALG_SET_AEAD_AUTHSIZE" },
	{ (uint64_t)(6), "ALG_SET_DRBG_ENTROPY" },
};
const struct xlat xlat_net_sockopt_alg = { xe_net_sockopt_alg, 6, "ALG_???" };

#ifdef AX25_WINDOW
_Static_assert((uint64_t)(AX25_WINDOW) == (uint64_t)(1), "net_sockopt_ax25: AX25_WINDOW");
#endif
#ifdef AX25_T1
_Static_assert((uint64_t)(AX25_T1) == (uint64_t)(2), "net_sockopt_ax25: AX25_T1");
#endif
#ifdef AX25_N2
_Static_assert((uint64_t)(AX25_N2) == (uint64_t)(3), "net_sockopt_ax25: AX25_N2");
#endif
#ifdef AX25_T3
_Static_assert((uint64_t)(AX25_T3) == (uint64_t)(4), "net_sockopt_ax25: AX25_T3");
#endif
#ifdef AX25_T2
_Static_assert((uint64_t)(AX25_T2) == (uint64_t)(5), "net_sockopt_ax25: AX25_T2");
#endif
#ifdef AX25_BACKOFF
_Static_assert((uint64_t)(AX25_BACKOFF) == (uint64_t)(6), "net_sockopt_ax25: AX25_BACKOFF");
#endif
#ifdef AX25_EXTSEQ
_Static_assert((uint64_t)(AX25_EXTSEQ) == (uint64_t)(7), "net_sockopt_ax25: AX25_EXTSEQ");
#endif
#ifdef AX25_PIDINCL
_Static_assert((uint64_t)(AX25_PIDINCL) == (uint64_t)(8), "net_sockopt_ax25: AX25_PIDINCL");
#endif
#ifdef AX25_IDLE
_Static_assert((uint64_t)(AX25_IDLE) == (uint64_t)(9), "net_sockopt_ax25: AX25_IDLE");
#endif
#ifdef AX25_PACLEN
_Static_assert((uint64_t)(AX25_PACLEN) == (uint64_t)(10), "net_sockopt_ax25: AX25_PACLEN");
#endif
#ifdef AX25_IAMDIGI
_Static_assert((uint64_t)(AX25_IAMDIGI) == (uint64_t)(12), "net_sockopt_ax25: AX25_IAMDIGI");
#endif
#ifdef SO_BINDTODEVICE
_Static_assert((uint64_t)(SO_BINDTODEVICE) == (uint64_t)(25), "net_sockopt_ax25: SO_BINDTODEVICE");
#endif
static const struct xlat_entry xe_net_sockopt_ax25[] = {
	{ (uint64_t)(1), "AX25_WINDOW" },
	{ (uint64_t)(2), "AX25_T1" },
	{ (uint64_t)(3), "AX25_N2" },
	{ (uint64_t)(4), "AX25_T3" },
	{ (uint64_t)(5), "AX25_T2" },
	{ (uint64_t)(6), "AX25_BACKOFF" },
	{ (uint64_t)(7), "AX25_EXTSEQ" },
	{ (uint64_t)(8), "AX25_PIDINCL" },
	{ (uint64_t)(9), "AX25_IDLE" },
	{ (uint64_t)(10), "AX25_PACLEN" },
	{ (uint64_t)(12), "AX25_IAMDIGI" },
	{ (uint64_t)(25), "SO_BINDTODEVICE" },
};
const struct xlat xlat_net_sockopt_ax25 = { xe_net_sockopt_ax25, 12, "AX25_???" };

#ifdef BT_SECURITY
_Static_assert((uint64_t)(BT_SECURITY) == (uint64_t)(4), "net_sockopt_bluetooth: BT_SECURITY");
#endif
#ifdef BT_DEFER_SETUP
_Static_assert((uint64_t)(BT_DEFER_SETUP) == (uint64_t)(7), "net_sockopt_bluetooth: BT_DEFER_SETUP");
#endif
#ifdef BT_FLUSHABLE
_Static_assert((uint64_t)(BT_FLUSHABLE) == (uint64_t)(8), "net_sockopt_bluetooth: BT_FLUSHABLE");
#endif
#ifdef BT_POWER
_Static_assert((uint64_t)(BT_POWER) == (uint64_t)(9), "net_sockopt_bluetooth: BT_POWER");
#endif
#ifdef BT_CHANNEL_POLICY
_Static_assert((uint64_t)(BT_CHANNEL_POLICY) == (uint64_t)(10), "net_sockopt_bluetooth: BT_CHANNEL_POLICY");
#endif
#ifdef BT_VOICE
_Static_assert((uint64_t)(BT_VOICE) == (uint64_t)(11), "net_sockopt_bluetooth: BT_VOICE");
#endif
#ifdef BT_SNDMTU
_Static_assert((uint64_t)(BT_SNDMTU) == (uint64_t)(12), "net_sockopt_bluetooth: BT_SNDMTU");
#endif
#ifdef BT_RCVMTU
_Static_assert((uint64_t)(BT_RCVMTU) == (uint64_t)(13), "net_sockopt_bluetooth: BT_RCVMTU");
#endif
static const struct xlat_entry xe_net_sockopt_bluetooth[] = {
	{ (uint64_t)(4), "BT_SECURITY" },
	{ (uint64_t)(7), "BT_DEFER_SETUP" },
	{ (uint64_t)(8), "BT_FLUSHABLE" },
	{ (uint64_t)(9), "BT_POWER" },
	{ (uint64_t)(10), "BT_CHANNEL_POLICY" },
	{ (uint64_t)(11), "BT_VOICE" },
	{ (uint64_t)(12), "BT_SNDMTU" },
	{ (uint64_t)(13), "BT_RCVMTU" },
};
const struct xlat xlat_net_sockopt_bluetooth = { xe_net_sockopt_bluetooth, 8, "BT_???" };

#ifdef CAIFSO_LINK_SELECT
_Static_assert((uint64_t)(CAIFSO_LINK_SELECT) == (uint64_t)(127), "net_sockopt_caif: CAIFSO_LINK_SELECT");
#endif
#ifdef CAIFSO_REQ_PARAM
_Static_assert((uint64_t)(CAIFSO_REQ_PARAM) == (uint64_t)(128), "net_sockopt_caif: CAIFSO_REQ_PARAM");
#endif
#ifdef CAIFSO_RSP_PARAM
_Static_assert((uint64_t)(CAIFSO_RSP_PARAM) == (uint64_t)(129), "net_sockopt_caif: CAIFSO_RSP_PARAM");
#endif
static const struct xlat_entry xe_net_sockopt_caif[] = {
	{ (uint64_t)(127), "CAIFSO_LINK_SELECT" },
	{ (uint64_t)(128), "CAIFSO_REQ_PARAM" },
	{ (uint64_t)(129), "CAIFSO_RSP_PARAM" },
};
const struct xlat xlat_net_sockopt_caif = { xe_net_sockopt_caif, 3, "CAIFSO_???" };

#ifdef CAN_RAW_FILTER
_Static_assert((uint64_t)(CAN_RAW_FILTER) == (uint64_t)(1), "net_sockopt_can_raw: CAN_RAW_FILTER");
#endif
#ifdef CAN_RAW_ERR_FILTER
_Static_assert((uint64_t)(CAN_RAW_ERR_FILTER) == (uint64_t)(2), "net_sockopt_can_raw: CAN_RAW_ERR_FILTER");
#endif
#ifdef CAN_RAW_LOOPBACK
_Static_assert((uint64_t)(CAN_RAW_LOOPBACK) == (uint64_t)(3), "net_sockopt_can_raw: CAN_RAW_LOOPBACK");
#endif
#ifdef CAN_RAW_RECV_OWN_MSGS
_Static_assert((uint64_t)(CAN_RAW_RECV_OWN_MSGS) == (uint64_t)(4), "net_sockopt_can_raw: CAN_RAW_RECV_OWN_MSGS");
#endif
#ifdef CAN_RAW_FD_FRAMES
_Static_assert((uint64_t)(CAN_RAW_FD_FRAMES) == (uint64_t)(5), "net_sockopt_can_raw: CAN_RAW_FD_FRAMES");
#endif
#ifdef CAN_RAW_JOIN_FILTERS
_Static_assert((uint64_t)(CAN_RAW_JOIN_FILTERS) == (uint64_t)(6), "net_sockopt_can_raw: CAN_RAW_JOIN_FILTERS");
#endif
static const struct xlat_entry xe_net_sockopt_can_raw[] = {
	{ (uint64_t)(1), "CAN_RAW_FILTER" },
	{ (uint64_t)(2), "CAN_RAW_ERR_FILTER" },
	{ (uint64_t)(3), "CAN_RAW_LOOPBACK" },
	{ (uint64_t)(4), "CAN_RAW_RECV_OWN_MSGS" },
	{ (uint64_t)(5), "CAN_RAW_FD_FRAMES" },
	{ (uint64_t)(6), "CAN_RAW_JOIN_FILTERS" },
};
const struct xlat xlat_net_sockopt_can_raw = { xe_net_sockopt_can_raw, 6, "CAN_RAW_???" };

#ifdef DCCP_SOCKOPT_PACKET_SIZE
_Static_assert((uint64_t)(DCCP_SOCKOPT_PACKET_SIZE) == (uint64_t)(1), "net_sockopt_dccp: DCCP_SOCKOPT_PACKET_SIZE");
#endif
#ifdef DCCP_SOCKOPT_SERVICE
_Static_assert((uint64_t)(DCCP_SOCKOPT_SERVICE) == (uint64_t)(2), "net_sockopt_dccp: DCCP_SOCKOPT_SERVICE");
#endif
#ifdef DCCP_SOCKOPT_CHANGE_L
_Static_assert((uint64_t)(DCCP_SOCKOPT_CHANGE_L) == (uint64_t)(3), "net_sockopt_dccp: DCCP_SOCKOPT_CHANGE_L");
#endif
#ifdef DCCP_SOCKOPT_CHANGE_R
_Static_assert((uint64_t)(DCCP_SOCKOPT_CHANGE_R) == (uint64_t)(4), "net_sockopt_dccp: DCCP_SOCKOPT_CHANGE_R");
#endif
#ifdef DCCP_SOCKOPT_GET_CUR_MPS
_Static_assert((uint64_t)(DCCP_SOCKOPT_GET_CUR_MPS) == (uint64_t)(5), "net_sockopt_dccp: DCCP_SOCKOPT_GET_CUR_MPS");
#endif
#ifdef DCCP_SOCKOPT_SERVER_TIMEWAIT
_Static_assert((uint64_t)(DCCP_SOCKOPT_SERVER_TIMEWAIT) == (uint64_t)(6), "net_sockopt_dccp: DCCP_SOCKOPT_SERVER_TIMEWAIT");
#endif
#ifdef DCCP_SOCKOPT_SEND_CSCOV
_Static_assert((uint64_t)(DCCP_SOCKOPT_SEND_CSCOV) == (uint64_t)(10), "net_sockopt_dccp: DCCP_SOCKOPT_SEND_CSCOV");
#endif
#ifdef DCCP_SOCKOPT_RECV_CSCOV
_Static_assert((uint64_t)(DCCP_SOCKOPT_RECV_CSCOV) == (uint64_t)(11), "net_sockopt_dccp: DCCP_SOCKOPT_RECV_CSCOV");
#endif
#ifdef DCCP_SOCKOPT_AVAILABLE_CCIDS
_Static_assert((uint64_t)(DCCP_SOCKOPT_AVAILABLE_CCIDS) == (uint64_t)(12), "net_sockopt_dccp: DCCP_SOCKOPT_AVAILABLE_CCIDS");
#endif
#ifdef DCCP_SOCKOPT_CCID
_Static_assert((uint64_t)(DCCP_SOCKOPT_CCID) == (uint64_t)(13), "net_sockopt_dccp: DCCP_SOCKOPT_CCID");
#endif
#ifdef DCCP_SOCKOPT_TX_CCID
_Static_assert((uint64_t)(DCCP_SOCKOPT_TX_CCID) == (uint64_t)(14), "net_sockopt_dccp: DCCP_SOCKOPT_TX_CCID");
#endif
#ifdef DCCP_SOCKOPT_RX_CCID
_Static_assert((uint64_t)(DCCP_SOCKOPT_RX_CCID) == (uint64_t)(15), "net_sockopt_dccp: DCCP_SOCKOPT_RX_CCID");
#endif
#ifdef DCCP_SOCKOPT_QPOLICY_ID
_Static_assert((uint64_t)(DCCP_SOCKOPT_QPOLICY_ID) == (uint64_t)(16), "net_sockopt_dccp: DCCP_SOCKOPT_QPOLICY_ID");
#endif
#ifdef DCCP_SOCKOPT_QPOLICY_TXQLEN
_Static_assert((uint64_t)(DCCP_SOCKOPT_QPOLICY_TXQLEN) == (uint64_t)(17), "net_sockopt_dccp: DCCP_SOCKOPT_QPOLICY_TXQLEN");
#endif
#ifdef DCCP_SOCKOPT_CCID_RX_INFO
_Static_assert((uint64_t)(DCCP_SOCKOPT_CCID_RX_INFO) == (uint64_t)(128), "net_sockopt_dccp: DCCP_SOCKOPT_CCID_RX_INFO");
#endif
#ifdef DCCP_SOCKOPT_CCID_TX_INFO
_Static_assert((uint64_t)(DCCP_SOCKOPT_CCID_TX_INFO) == (uint64_t)(192), "net_sockopt_dccp: DCCP_SOCKOPT_CCID_TX_INFO");
#endif
static const struct xlat_entry xe_net_sockopt_dccp[] = {
	{ (uint64_t)(1), "DCCP_SOCKOPT_PACKET_SIZE" },
	{ (uint64_t)(2), "DCCP_SOCKOPT_SERVICE" },
	{ (uint64_t)(3), "DCCP_SOCKOPT_CHANGE_L" },
	{ (uint64_t)(4), "DCCP_SOCKOPT_CHANGE_R" },
	{ (uint64_t)(5), "DCCP_SOCKOPT_GET_CUR_MPS" },
	{ (uint64_t)(6), "DCCP_SOCKOPT_SERVER_TIMEWAIT" },
	{ (uint64_t)(10), "DCCP_SOCKOPT_SEND_CSCOV" },
	{ (uint64_t)(11), "DCCP_SOCKOPT_RECV_CSCOV" },
	{ (uint64_t)(12), "DCCP_SOCKOPT_AVAILABLE_CCIDS" },
	{ (uint64_t)(13), "DCCP_SOCKOPT_CCID" },
	{ (uint64_t)(14), "DCCP_SOCKOPT_TX_CCID" },
	{ (uint64_t)(15), "DCCP_SOCKOPT_RX_CCID" },
	{ (uint64_t)(16), "DCCP_SOCKOPT_QPOLICY_ID" },
	{ (uint64_t)(17), "DCCP_SOCKOPT_QPOLICY_TXQLEN" },
	{ (uint64_t)(128), "DCCP_SOCKOPT_CCID_RX_INFO" },
	{ (uint64_t)(192), "DCCP_SOCKOPT_CCID_TX_INFO" },
};
const struct xlat xlat_net_sockopt_dccp = { xe_net_sockopt_dccp, 16, "DCCP_SOCKOPT_???" };

#ifdef IP_TOS
_Static_assert((uint64_t)(IP_TOS) == (uint64_t)(1), "net_sockopt_ip: IP_TOS");
#endif
#ifdef IP_TTL
_Static_assert((uint64_t)(IP_TTL) == (uint64_t)(2), "net_sockopt_ip: IP_TTL");
#endif
#ifdef IP_HDRINCL
_Static_assert((uint64_t)(IP_HDRINCL) == (uint64_t)(3), "net_sockopt_ip: IP_HDRINCL");
#endif
#ifdef IP_OPTIONS
_Static_assert((uint64_t)(IP_OPTIONS) == (uint64_t)(4), "net_sockopt_ip: IP_OPTIONS");
#endif
#ifdef IP_ROUTER_ALERT
_Static_assert((uint64_t)(IP_ROUTER_ALERT) == (uint64_t)(5), "net_sockopt_ip: IP_ROUTER_ALERT");
#endif
#ifdef IP_RECVOPTS
_Static_assert((uint64_t)(IP_RECVOPTS) == (uint64_t)(6), "net_sockopt_ip: IP_RECVOPTS");
#endif
#ifdef IP_RETOPTS
_Static_assert((uint64_t)(IP_RETOPTS) == (uint64_t)(7), "net_sockopt_ip: IP_RETOPTS");
#endif
#ifdef IP_PKTINFO
_Static_assert((uint64_t)(IP_PKTINFO) == (uint64_t)(8), "net_sockopt_ip: IP_PKTINFO");
#endif
#ifdef IP_PKTOPTIONS
_Static_assert((uint64_t)(IP_PKTOPTIONS) == (uint64_t)(9), "net_sockopt_ip: IP_PKTOPTIONS");
#endif
#ifdef IP_MTU_DISCOVER
_Static_assert((uint64_t)(IP_MTU_DISCOVER) == (uint64_t)(10), "net_sockopt_ip: IP_MTU_DISCOVER");
#endif
#ifdef IP_RECVERR
_Static_assert((uint64_t)(IP_RECVERR) == (uint64_t)(11), "net_sockopt_ip: IP_RECVERR");
#endif
#ifdef IP_RECVTTL
_Static_assert((uint64_t)(IP_RECVTTL) == (uint64_t)(12), "net_sockopt_ip: IP_RECVTTL");
#endif
#ifdef IP_RECVTOS
_Static_assert((uint64_t)(IP_RECVTOS) == (uint64_t)(13), "net_sockopt_ip: IP_RECVTOS");
#endif
#ifdef IP_MTU
_Static_assert((uint64_t)(IP_MTU) == (uint64_t)(14), "net_sockopt_ip: IP_MTU");
#endif
#ifdef IP_FREEBIND
_Static_assert((uint64_t)(IP_FREEBIND) == (uint64_t)(15), "net_sockopt_ip: IP_FREEBIND");
#endif
#ifdef IP_IPSEC_POLICY
_Static_assert((uint64_t)(IP_IPSEC_POLICY) == (uint64_t)(16), "net_sockopt_ip: IP_IPSEC_POLICY");
#endif
#ifdef IP_XFRM_POLICY
_Static_assert((uint64_t)(IP_XFRM_POLICY) == (uint64_t)(17), "net_sockopt_ip: IP_XFRM_POLICY");
#endif
#ifdef IP_PASSSEC
_Static_assert((uint64_t)(IP_PASSSEC) == (uint64_t)(18), "net_sockopt_ip: IP_PASSSEC");
#endif
#ifdef IP_TRANSPARENT
_Static_assert((uint64_t)(IP_TRANSPARENT) == (uint64_t)(19), "net_sockopt_ip: IP_TRANSPARENT");
#endif
#ifdef IP_ORIGDSTADDR
_Static_assert((uint64_t)(IP_ORIGDSTADDR) == (uint64_t)(20), "net_sockopt_ip: IP_ORIGDSTADDR");
#endif
#ifdef IP_MINTTL
_Static_assert((uint64_t)(IP_MINTTL) == (uint64_t)(21), "net_sockopt_ip: IP_MINTTL");
#endif
#ifdef IP_NODEFRAG
_Static_assert((uint64_t)(IP_NODEFRAG) == (uint64_t)(22), "net_sockopt_ip: IP_NODEFRAG");
#endif
#ifdef IP_CHECKSUM
_Static_assert((uint64_t)(IP_CHECKSUM) == (uint64_t)(23), "net_sockopt_ip: IP_CHECKSUM");
#endif
#ifdef IP_BIND_ADDRESS_NO_PORT
_Static_assert((uint64_t)(IP_BIND_ADDRESS_NO_PORT) == (uint64_t)(24), "net_sockopt_ip: IP_BIND_ADDRESS_NO_PORT");
#endif
#ifdef IP_RECVFRAGSIZE
_Static_assert((uint64_t)(IP_RECVFRAGSIZE) == (uint64_t)(25), "net_sockopt_ip: IP_RECVFRAGSIZE");
#endif
#ifdef IP_RECVERR_RFC4884
_Static_assert((uint64_t)(IP_RECVERR_RFC4884) == (uint64_t)(26), "net_sockopt_ip: IP_RECVERR_RFC4884");
#endif
#ifdef IP_MULTICAST_IF
_Static_assert((uint64_t)(IP_MULTICAST_IF) == (uint64_t)(32), "net_sockopt_ip: IP_MULTICAST_IF");
#endif
#ifdef IP_MULTICAST_TTL
_Static_assert((uint64_t)(IP_MULTICAST_TTL) == (uint64_t)(33), "net_sockopt_ip: IP_MULTICAST_TTL");
#endif
#ifdef IP_MULTICAST_LOOP
_Static_assert((uint64_t)(IP_MULTICAST_LOOP) == (uint64_t)(34), "net_sockopt_ip: IP_MULTICAST_LOOP");
#endif
#ifdef IP_ADD_MEMBERSHIP
_Static_assert((uint64_t)(IP_ADD_MEMBERSHIP) == (uint64_t)(35), "net_sockopt_ip: IP_ADD_MEMBERSHIP");
#endif
#ifdef IP_DROP_MEMBERSHIP
_Static_assert((uint64_t)(IP_DROP_MEMBERSHIP) == (uint64_t)(36), "net_sockopt_ip: IP_DROP_MEMBERSHIP");
#endif
#ifdef IP_UNBLOCK_SOURCE
_Static_assert((uint64_t)(IP_UNBLOCK_SOURCE) == (uint64_t)(37), "net_sockopt_ip: IP_UNBLOCK_SOURCE");
#endif
#ifdef IP_BLOCK_SOURCE
_Static_assert((uint64_t)(IP_BLOCK_SOURCE) == (uint64_t)(38), "net_sockopt_ip: IP_BLOCK_SOURCE");
#endif
#ifdef IP_ADD_SOURCE_MEMBERSHIP
_Static_assert((uint64_t)(IP_ADD_SOURCE_MEMBERSHIP) == (uint64_t)(39), "net_sockopt_ip: IP_ADD_SOURCE_MEMBERSHIP");
#endif
#ifdef IP_DROP_SOURCE_MEMBERSHIP
_Static_assert((uint64_t)(IP_DROP_SOURCE_MEMBERSHIP) == (uint64_t)(40), "net_sockopt_ip: IP_DROP_SOURCE_MEMBERSHIP");
#endif
#ifdef IP_MSFILTER
_Static_assert((uint64_t)(IP_MSFILTER) == (uint64_t)(41), "net_sockopt_ip: IP_MSFILTER");
#endif
#ifdef MCAST_JOIN_GROUP
_Static_assert((uint64_t)(MCAST_JOIN_GROUP) == (uint64_t)(42), "net_sockopt_ip: MCAST_JOIN_GROUP");
#endif
#ifdef MCAST_BLOCK_SOURCE
_Static_assert((uint64_t)(MCAST_BLOCK_SOURCE) == (uint64_t)(43), "net_sockopt_ip: MCAST_BLOCK_SOURCE");
#endif
#ifdef MCAST_UNBLOCK_SOURCE
_Static_assert((uint64_t)(MCAST_UNBLOCK_SOURCE) == (uint64_t)(44), "net_sockopt_ip: MCAST_UNBLOCK_SOURCE");
#endif
#ifdef MCAST_LEAVE_GROUP
_Static_assert((uint64_t)(MCAST_LEAVE_GROUP) == (uint64_t)(45), "net_sockopt_ip: MCAST_LEAVE_GROUP");
#endif
#ifdef MCAST_JOIN_SOURCE_GROUP
_Static_assert((uint64_t)(MCAST_JOIN_SOURCE_GROUP) == (uint64_t)(46), "net_sockopt_ip: MCAST_JOIN_SOURCE_GROUP");
#endif
#ifdef MCAST_LEAVE_SOURCE_GROUP
_Static_assert((uint64_t)(MCAST_LEAVE_SOURCE_GROUP) == (uint64_t)(47), "net_sockopt_ip: MCAST_LEAVE_SOURCE_GROUP");
#endif
#ifdef MCAST_MSFILTER
_Static_assert((uint64_t)(MCAST_MSFILTER) == (uint64_t)(48), "net_sockopt_ip: MCAST_MSFILTER");
#endif
#ifdef IP_MULTICAST_ALL
_Static_assert((uint64_t)(IP_MULTICAST_ALL) == (uint64_t)(49), "net_sockopt_ip: IP_MULTICAST_ALL");
#endif
#ifdef IP_UNICAST_IF
_Static_assert((uint64_t)(IP_UNICAST_IF) == (uint64_t)(50), "net_sockopt_ip: IP_UNICAST_IF");
#endif
#ifdef IPT_SO_SET_REPLACE
_Static_assert((uint64_t)(IPT_SO_SET_REPLACE) == (uint64_t)(64), "net_sockopt_ip: IPT_SO_SET_REPLACE");
#endif
#ifdef IPT_SO_SET_ADD_COUNTERS
_Static_assert((uint64_t)(IPT_SO_SET_ADD_COUNTERS) == (uint64_t)(65), "net_sockopt_ip: IPT_SO_SET_ADD_COUNTERS");
#endif
#ifdef ARPT_SO_SET_REPLACE
_Static_assert((uint64_t)(ARPT_SO_SET_REPLACE) == (uint64_t)(96), "net_sockopt_ip: ARPT_SO_SET_REPLACE");
#endif
#ifdef ARPT_SO_SET_ADD_COUNTERS
_Static_assert((uint64_t)(ARPT_SO_SET_ADD_COUNTERS) == (uint64_t)(97), "net_sockopt_ip: ARPT_SO_SET_ADD_COUNTERS");
#endif
#ifdef EBT_SO_SET_ENTRIES
_Static_assert((uint64_t)(EBT_SO_SET_ENTRIES) == (uint64_t)(128), "net_sockopt_ip: EBT_SO_SET_ENTRIES");
#endif
#ifdef EBT_SO_SET_COUNTERS
_Static_assert((uint64_t)(EBT_SO_SET_COUNTERS) == (uint64_t)(129), "net_sockopt_ip: EBT_SO_SET_COUNTERS");
#endif
static const struct xlat_entry xe_net_sockopt_ip[] = {
	{ (uint64_t)(1), "IP_TOS" },
	{ (uint64_t)(2), "IP_TTL" },
	{ (uint64_t)(3), "IP_HDRINCL" },
	{ (uint64_t)(4), "IP_OPTIONS" },
	{ (uint64_t)(5), "IP_ROUTER_ALERT" },
	{ (uint64_t)(6), "IP_RECVOPTS" },
	{ (uint64_t)(7), "IP_RETOPTS" },
	{ (uint64_t)(8), "IP_PKTINFO" },
	{ (uint64_t)(9), "IP_PKTOPTIONS" },
	{ (uint64_t)(10), "IP_MTU_DISCOVER" },
	{ (uint64_t)(11), "IP_RECVERR" },
	{ (uint64_t)(12), "IP_RECVTTL" },
	{ (uint64_t)(13), "IP_RECVTOS" },
	{ (uint64_t)(14), "IP_MTU" },
	{ (uint64_t)(15), "IP_FREEBIND" },
	{ (uint64_t)(16), "IP_IPSEC_POLICY" },
	{ (uint64_t)(17), "IP_XFRM_POLICY" },
	{ (uint64_t)(18), "IP_PASSSEC" },
	{ (uint64_t)(19), "IP_TRANSPARENT" },
	{ (uint64_t)(20), "IP_ORIGDSTADDR" },
	{ (uint64_t)(21), "IP_MINTTL" },
	{ (uint64_t)(22), "IP_NODEFRAG" },
	{ (uint64_t)(23), "IP_CHECKSUM" },
	{ (uint64_t)(24), "IP_BIND_ADDRESS_NO_PORT" },
	{ (uint64_t)(25), "IP_RECVFRAGSIZE" },
	{ (uint64_t)(26), "IP_RECVERR_RFC4884" },
	{ (uint64_t)(32), "IP_MULTICAST_IF" },
	{ (uint64_t)(33), "IP_MULTICAST_TTL" },
	{ (uint64_t)(34), "IP_MULTICAST_LOOP" },
	{ (uint64_t)(35), "IP_ADD_MEMBERSHIP" },
	{ (uint64_t)(36), "IP_DROP_MEMBERSHIP" },
	{ (uint64_t)(37), "IP_UNBLOCK_SOURCE" },
	{ (uint64_t)(38), "IP_BLOCK_SOURCE" },
	{ (uint64_t)(39), "IP_ADD_SOURCE_MEMBERSHIP" },
	{ (uint64_t)(40), "IP_DROP_SOURCE_MEMBERSHIP" },
	{ (uint64_t)(41), "IP_MSFILTER" },
	{ (uint64_t)(42), "MCAST_JOIN_GROUP" },
	{ (uint64_t)(43), "MCAST_BLOCK_SOURCE" },
	{ (uint64_t)(44), "MCAST_UNBLOCK_SOURCE" },
	{ (uint64_t)(45), "MCAST_LEAVE_GROUP" },
	{ (uint64_t)(46), "MCAST_JOIN_SOURCE_GROUP" },
	{ (uint64_t)(47), "MCAST_LEAVE_SOURCE_GROUP" },
	{ (uint64_t)(48), "MCAST_MSFILTER" },
	{ (uint64_t)(49), "IP_MULTICAST_ALL" },
	{ (uint64_t)(50), "IP_UNICAST_IF" },
	{ (uint64_t)(64), "IPT_SO_SET_REPLACE" },
	{ (uint64_t)(65), "IPT_SO_SET_ADD_COUNTERS" },
	{ (uint64_t)(96), "ARPT_SO_SET_REPLACE" },
	{ (uint64_t)(97), "ARPT_SO_SET_ADD_COUNTERS" },
	{ (uint64_t)(128), "EBT_SO_SET_ENTRIES" },
	{ (uint64_t)(129), "EBT_SO_SET_COUNTERS" },
};
const struct xlat xlat_net_sockopt_ip = { xe_net_sockopt_ip, 51, "IP_???" };

#ifdef IPV6_ADDRFORM
_Static_assert((uint64_t)(IPV6_ADDRFORM) == (uint64_t)(1), "net_sockopt_ipv6: IPV6_ADDRFORM");
#endif
#ifdef IPV6_2292PKTINFO
_Static_assert((uint64_t)(IPV6_2292PKTINFO) == (uint64_t)(2), "net_sockopt_ipv6: IPV6_2292PKTINFO");
#endif
#ifdef IPV6_2292HOPOPTS
_Static_assert((uint64_t)(IPV6_2292HOPOPTS) == (uint64_t)(3), "net_sockopt_ipv6: IPV6_2292HOPOPTS");
#endif
#ifdef IPV6_2292DSTOPTS
_Static_assert((uint64_t)(IPV6_2292DSTOPTS) == (uint64_t)(4), "net_sockopt_ipv6: IPV6_2292DSTOPTS");
#endif
#ifdef IPV6_2292RTHDR
_Static_assert((uint64_t)(IPV6_2292RTHDR) == (uint64_t)(5), "net_sockopt_ipv6: IPV6_2292RTHDR");
#endif
#ifdef IPV6_2292PKTOPTIONS
_Static_assert((uint64_t)(IPV6_2292PKTOPTIONS) == (uint64_t)(6), "net_sockopt_ipv6: IPV6_2292PKTOPTIONS");
#endif
#ifdef IPV6_CHECKSUM
_Static_assert((uint64_t)(IPV6_CHECKSUM) == (uint64_t)(7), "net_sockopt_ipv6: IPV6_CHECKSUM");
#endif
#ifdef IPV6_2292HOPLIMIT
_Static_assert((uint64_t)(IPV6_2292HOPLIMIT) == (uint64_t)(8), "net_sockopt_ipv6: IPV6_2292HOPLIMIT");
#endif
#ifdef IPV6_NEXTHOP
_Static_assert((uint64_t)(IPV6_NEXTHOP) == (uint64_t)(9), "net_sockopt_ipv6: IPV6_NEXTHOP");
#endif
#ifdef IPV6_AUTHHDR
_Static_assert((uint64_t)(IPV6_AUTHHDR) == (uint64_t)(10), "net_sockopt_ipv6: IPV6_AUTHHDR");
#endif
#ifdef IPV6_FLOWINFO
_Static_assert((uint64_t)(IPV6_FLOWINFO) == (uint64_t)(11), "net_sockopt_ipv6: IPV6_FLOWINFO");
#endif
#ifdef IPV6_UNICAST_HOPS
_Static_assert((uint64_t)(IPV6_UNICAST_HOPS) == (uint64_t)(16), "net_sockopt_ipv6: IPV6_UNICAST_HOPS");
#endif
#ifdef IPV6_MULTICAST_IF
_Static_assert((uint64_t)(IPV6_MULTICAST_IF) == (uint64_t)(17), "net_sockopt_ipv6: IPV6_MULTICAST_IF");
#endif
#ifdef IPV6_MULTICAST_HOPS
_Static_assert((uint64_t)(IPV6_MULTICAST_HOPS) == (uint64_t)(18), "net_sockopt_ipv6: IPV6_MULTICAST_HOPS");
#endif
#ifdef IPV6_MULTICAST_LOOP
_Static_assert((uint64_t)(IPV6_MULTICAST_LOOP) == (uint64_t)(19), "net_sockopt_ipv6: IPV6_MULTICAST_LOOP");
#endif
#ifdef IPV6_ADD_MEMBERSHIP
_Static_assert((uint64_t)(IPV6_ADD_MEMBERSHIP) == (uint64_t)(20), "net_sockopt_ipv6: IPV6_ADD_MEMBERSHIP");
#endif
#ifdef IPV6_DROP_MEMBERSHIP
_Static_assert((uint64_t)(IPV6_DROP_MEMBERSHIP) == (uint64_t)(21), "net_sockopt_ipv6: IPV6_DROP_MEMBERSHIP");
#endif
#ifdef IPV6_ROUTER_ALERT
_Static_assert((uint64_t)(IPV6_ROUTER_ALERT) == (uint64_t)(22), "net_sockopt_ipv6: IPV6_ROUTER_ALERT");
#endif
#ifdef IPV6_MTU_DISCOVER
_Static_assert((uint64_t)(IPV6_MTU_DISCOVER) == (uint64_t)(23), "net_sockopt_ipv6: IPV6_MTU_DISCOVER");
#endif
#ifdef IPV6_MTU
_Static_assert((uint64_t)(IPV6_MTU) == (uint64_t)(24), "net_sockopt_ipv6: IPV6_MTU");
#endif
#ifdef IPV6_RECVERR
_Static_assert((uint64_t)(IPV6_RECVERR) == (uint64_t)(25), "net_sockopt_ipv6: IPV6_RECVERR");
#endif
#ifdef IPV6_V6ONLY
_Static_assert((uint64_t)(IPV6_V6ONLY) == (uint64_t)(26), "net_sockopt_ipv6: IPV6_V6ONLY");
#endif
#ifdef IPV6_JOIN_ANYCAST
_Static_assert((uint64_t)(IPV6_JOIN_ANYCAST) == (uint64_t)(27), "net_sockopt_ipv6: IPV6_JOIN_ANYCAST");
#endif
#ifdef IPV6_LEAVE_ANYCAST
_Static_assert((uint64_t)(IPV6_LEAVE_ANYCAST) == (uint64_t)(28), "net_sockopt_ipv6: IPV6_LEAVE_ANYCAST");
#endif
#ifdef IPV6_MULTICAST_ALL
_Static_assert((uint64_t)(IPV6_MULTICAST_ALL) == (uint64_t)(29), "net_sockopt_ipv6: IPV6_MULTICAST_ALL");
#endif
#ifdef IPV6_ROUTER_ALERT_ISOLATE
_Static_assert((uint64_t)(IPV6_ROUTER_ALERT_ISOLATE) == (uint64_t)(30), "net_sockopt_ipv6: IPV6_ROUTER_ALERT_ISOLATE");
#endif
#ifdef IPV6_RECVERR_RFC4884
_Static_assert((uint64_t)(IPV6_RECVERR_RFC4884) == (uint64_t)(31), "net_sockopt_ipv6: IPV6_RECVERR_RFC4884");
#endif
#ifdef IPV6_FLOWLABEL_MGR
_Static_assert((uint64_t)(IPV6_FLOWLABEL_MGR) == (uint64_t)(32), "net_sockopt_ipv6: IPV6_FLOWLABEL_MGR");
#endif
#ifdef IPV6_FLOWINFO_SEND
_Static_assert((uint64_t)(IPV6_FLOWINFO_SEND) == (uint64_t)(33), "net_sockopt_ipv6: IPV6_FLOWINFO_SEND");
#endif
#ifdef IPV6_IPSEC_POLICY
_Static_assert((uint64_t)(IPV6_IPSEC_POLICY) == (uint64_t)(34), "net_sockopt_ipv6: IPV6_IPSEC_POLICY");
#endif
#ifdef IPV6_XFRM_POLICY
_Static_assert((uint64_t)(IPV6_XFRM_POLICY) == (uint64_t)(35), "net_sockopt_ipv6: IPV6_XFRM_POLICY");
#endif
#ifdef IPV6_HDRINCL
_Static_assert((uint64_t)(IPV6_HDRINCL) == (uint64_t)(36), "net_sockopt_ipv6: IPV6_HDRINCL");
#endif
#ifdef MCAST_JOIN_GROUP
_Static_assert((uint64_t)(MCAST_JOIN_GROUP) == (uint64_t)(42), "net_sockopt_ipv6: MCAST_JOIN_GROUP");
#endif
#ifdef MCAST_BLOCK_SOURCE
_Static_assert((uint64_t)(MCAST_BLOCK_SOURCE) == (uint64_t)(43), "net_sockopt_ipv6: MCAST_BLOCK_SOURCE");
#endif
#ifdef MCAST_UNBLOCK_SOURCE
_Static_assert((uint64_t)(MCAST_UNBLOCK_SOURCE) == (uint64_t)(44), "net_sockopt_ipv6: MCAST_UNBLOCK_SOURCE");
#endif
#ifdef MCAST_LEAVE_GROUP
_Static_assert((uint64_t)(MCAST_LEAVE_GROUP) == (uint64_t)(45), "net_sockopt_ipv6: MCAST_LEAVE_GROUP");
#endif
#ifdef MCAST_JOIN_SOURCE_GROUP
_Static_assert((uint64_t)(MCAST_JOIN_SOURCE_GROUP) == (uint64_t)(46), "net_sockopt_ipv6: MCAST_JOIN_SOURCE_GROUP");
#endif
#ifdef MCAST_LEAVE_SOURCE_GROUP
_Static_assert((uint64_t)(MCAST_LEAVE_SOURCE_GROUP) == (uint64_t)(47), "net_sockopt_ipv6: MCAST_LEAVE_SOURCE_GROUP");
#endif
#ifdef MCAST_MSFILTER
_Static_assert((uint64_t)(MCAST_MSFILTER) == (uint64_t)(48), "net_sockopt_ipv6: MCAST_MSFILTER");
#endif
#ifdef IPV6_RECVPKTINFO
_Static_assert((uint64_t)(IPV6_RECVPKTINFO) == (uint64_t)(49), "net_sockopt_ipv6: IPV6_RECVPKTINFO");
#endif
#ifdef IPV6_PKTINFO
_Static_assert((uint64_t)(IPV6_PKTINFO) == (uint64_t)(50), "net_sockopt_ipv6: IPV6_PKTINFO");
#endif
#ifdef IPV6_RECVHOPLIMIT
_Static_assert((uint64_t)(IPV6_RECVHOPLIMIT) == (uint64_t)(51), "net_sockopt_ipv6: IPV6_RECVHOPLIMIT");
#endif
#ifdef IPV6_HOPLIMIT
_Static_assert((uint64_t)(IPV6_HOPLIMIT) == (uint64_t)(52), "net_sockopt_ipv6: IPV6_HOPLIMIT");
#endif
#ifdef IPV6_RECVHOPOPTS
_Static_assert((uint64_t)(IPV6_RECVHOPOPTS) == (uint64_t)(53), "net_sockopt_ipv6: IPV6_RECVHOPOPTS");
#endif
#ifdef IPV6_HOPOPTS
_Static_assert((uint64_t)(IPV6_HOPOPTS) == (uint64_t)(54), "net_sockopt_ipv6: IPV6_HOPOPTS");
#endif
#ifdef IPV6_RTHDRDSTOPTS
_Static_assert((uint64_t)(IPV6_RTHDRDSTOPTS) == (uint64_t)(55), "net_sockopt_ipv6: IPV6_RTHDRDSTOPTS");
#endif
#ifdef IPV6_RECVRTHDR
_Static_assert((uint64_t)(IPV6_RECVRTHDR) == (uint64_t)(56), "net_sockopt_ipv6: IPV6_RECVRTHDR");
#endif
#ifdef IPV6_RTHDR
_Static_assert((uint64_t)(IPV6_RTHDR) == (uint64_t)(57), "net_sockopt_ipv6: IPV6_RTHDR");
#endif
#ifdef IPV6_RECVDSTOPTS
_Static_assert((uint64_t)(IPV6_RECVDSTOPTS) == (uint64_t)(58), "net_sockopt_ipv6: IPV6_RECVDSTOPTS");
#endif
#ifdef IPV6_DSTOPTS
_Static_assert((uint64_t)(IPV6_DSTOPTS) == (uint64_t)(59), "net_sockopt_ipv6: IPV6_DSTOPTS");
#endif
#ifdef IPV6_RECVPATHMTU
_Static_assert((uint64_t)(IPV6_RECVPATHMTU) == (uint64_t)(60), "net_sockopt_ipv6: IPV6_RECVPATHMTU");
#endif
#ifdef IPV6_PATHMTU
_Static_assert((uint64_t)(IPV6_PATHMTU) == (uint64_t)(61), "net_sockopt_ipv6: IPV6_PATHMTU");
#endif
#ifdef IPV6_DONTFRAG
_Static_assert((uint64_t)(IPV6_DONTFRAG) == (uint64_t)(62), "net_sockopt_ipv6: IPV6_DONTFRAG");
#endif
#ifdef IPV6_USE_MIN_MTU
_Static_assert((uint64_t)(IPV6_USE_MIN_MTU) == (uint64_t)(63), "net_sockopt_ipv6: IPV6_USE_MIN_MTU");
#endif
#ifdef IP6T_SO_SET_REPLACE
_Static_assert((uint64_t)(IP6T_SO_SET_REPLACE) == (uint64_t)(64), "net_sockopt_ipv6: IP6T_SO_SET_REPLACE");
#endif
#ifdef IP6T_SO_SET_ADD_COUNTERS
_Static_assert((uint64_t)(IP6T_SO_SET_ADD_COUNTERS) == (uint64_t)(65), "net_sockopt_ipv6: IP6T_SO_SET_ADD_COUNTERS");
#endif
#ifdef IPV6_RECVTCLASS
_Static_assert((uint64_t)(IPV6_RECVTCLASS) == (uint64_t)(66), "net_sockopt_ipv6: IPV6_RECVTCLASS");
#endif
#ifdef IPV6_TCLASS
_Static_assert((uint64_t)(IPV6_TCLASS) == (uint64_t)(67), "net_sockopt_ipv6: IPV6_TCLASS");
#endif
#ifdef IPV6_AUTOFLOWLABEL
_Static_assert((uint64_t)(IPV6_AUTOFLOWLABEL) == (uint64_t)(70), "net_sockopt_ipv6: IPV6_AUTOFLOWLABEL");
#endif
#ifdef IPV6_ADDR_PREFERENCES
_Static_assert((uint64_t)(IPV6_ADDR_PREFERENCES) == (uint64_t)(72), "net_sockopt_ipv6: IPV6_ADDR_PREFERENCES");
#endif
#ifdef IPV6_MINHOPCOUNT
_Static_assert((uint64_t)(IPV6_MINHOPCOUNT) == (uint64_t)(73), "net_sockopt_ipv6: IPV6_MINHOPCOUNT");
#endif
#ifdef IPV6_ORIGDSTADDR
_Static_assert((uint64_t)(IPV6_ORIGDSTADDR) == (uint64_t)(74), "net_sockopt_ipv6: IPV6_ORIGDSTADDR");
#endif
#ifdef IPV6_TRANSPARENT
_Static_assert((uint64_t)(IPV6_TRANSPARENT) == (uint64_t)(75), "net_sockopt_ipv6: IPV6_TRANSPARENT");
#endif
#ifdef IPV6_UNICAST_IF
_Static_assert((uint64_t)(IPV6_UNICAST_IF) == (uint64_t)(76), "net_sockopt_ipv6: IPV6_UNICAST_IF");
#endif
#ifdef IPV6_RECVFRAGSIZE
_Static_assert((uint64_t)(IPV6_RECVFRAGSIZE) == (uint64_t)(77), "net_sockopt_ipv6: IPV6_RECVFRAGSIZE");
#endif
#ifdef IPV6_FREEBIND
_Static_assert((uint64_t)(IPV6_FREEBIND) == (uint64_t)(78), "net_sockopt_ipv6: IPV6_FREEBIND");
#endif
static const struct xlat_entry xe_net_sockopt_ipv6[] = {
	{ (uint64_t)(1), "IPV6_ADDRFORM" },
	{ (uint64_t)(2), "IPV6_2292PKTINFO" },
	{ (uint64_t)(3), "IPV6_2292HOPOPTS" },
	{ (uint64_t)(4), "IPV6_2292DSTOPTS" },
	{ (uint64_t)(5), "IPV6_2292RTHDR" },
	{ (uint64_t)(6), "IPV6_2292PKTOPTIONS" },
	{ (uint64_t)(7), "IPV6_CHECKSUM" },
	{ (uint64_t)(8), "IPV6_2292HOPLIMIT" },
	{ (uint64_t)(9), "IPV6_NEXTHOP" },
	{ (uint64_t)(10), "IPV6_AUTHHDR" },
	{ (uint64_t)(11), "IPV6_FLOWINFO" },
	{ (uint64_t)(16), "IPV6_UNICAST_HOPS" },
	{ (uint64_t)(17), "IPV6_MULTICAST_IF" },
	{ (uint64_t)(18), "IPV6_MULTICAST_HOPS" },
	{ (uint64_t)(19), "IPV6_MULTICAST_LOOP" },
	{ (uint64_t)(20), "IPV6_ADD_MEMBERSHIP" },
	{ (uint64_t)(21), "IPV6_DROP_MEMBERSHIP" },
	{ (uint64_t)(22), "IPV6_ROUTER_ALERT" },
	{ (uint64_t)(23), "IPV6_MTU_DISCOVER" },
	{ (uint64_t)(24), "IPV6_MTU" },
	{ (uint64_t)(25), "IPV6_RECVERR" },
	{ (uint64_t)(26), "IPV6_V6ONLY" },
	{ (uint64_t)(27), "IPV6_JOIN_ANYCAST" },
	{ (uint64_t)(28), "IPV6_LEAVE_ANYCAST" },
	{ (uint64_t)(29), "IPV6_MULTICAST_ALL" },
	{ (uint64_t)(30), "IPV6_ROUTER_ALERT_ISOLATE" },
	{ (uint64_t)(31), "IPV6_RECVERR_RFC4884" },
	{ (uint64_t)(32), "IPV6_FLOWLABEL_MGR" },
	{ (uint64_t)(33), "IPV6_FLOWINFO_SEND" },
	{ (uint64_t)(34), "IPV6_IPSEC_POLICY" },
	{ (uint64_t)(35), "IPV6_XFRM_POLICY" },
	{ (uint64_t)(36), "IPV6_HDRINCL" },
	{ (uint64_t)(42), "MCAST_JOIN_GROUP" },
	{ (uint64_t)(43), "MCAST_BLOCK_SOURCE" },
	{ (uint64_t)(44), "MCAST_UNBLOCK_SOURCE" },
	{ (uint64_t)(45), "MCAST_LEAVE_GROUP" },
	{ (uint64_t)(46), "MCAST_JOIN_SOURCE_GROUP" },
	{ (uint64_t)(47), "MCAST_LEAVE_SOURCE_GROUP" },
	{ (uint64_t)(48), "MCAST_MSFILTER" },
	{ (uint64_t)(49), "IPV6_RECVPKTINFO" },
	{ (uint64_t)(50), "IPV6_PKTINFO" },
	{ (uint64_t)(51), "IPV6_RECVHOPLIMIT" },
	{ (uint64_t)(52), "IPV6_HOPLIMIT" },
	{ (uint64_t)(53), "IPV6_RECVHOPOPTS" },
	{ (uint64_t)(54), "IPV6_HOPOPTS" },
	{ (uint64_t)(55), "IPV6_RTHDRDSTOPTS" },
	{ (uint64_t)(56), "IPV6_RECVRTHDR" },
	{ (uint64_t)(57), "IPV6_RTHDR" },
	{ (uint64_t)(58), "IPV6_RECVDSTOPTS" },
	{ (uint64_t)(59), "IPV6_DSTOPTS" },
	{ (uint64_t)(60), "IPV6_RECVPATHMTU" },
	{ (uint64_t)(61), "IPV6_PATHMTU" },
	{ (uint64_t)(62), "IPV6_DONTFRAG" },
	{ (uint64_t)(63), "IPV6_USE_MIN_MTU" },
	{ (uint64_t)(64), "IP6T_SO_SET_REPLACE" },
	{ (uint64_t)(65), "IP6T_SO_SET_ADD_COUNTERS" },
	{ (uint64_t)(66), "IPV6_RECVTCLASS" },
	{ (uint64_t)(67), "IPV6_TCLASS" },
	{ (uint64_t)(70), "IPV6_AUTOFLOWLABEL" },
	{ (uint64_t)(72), "IPV6_ADDR_PREFERENCES" },
	{ (uint64_t)(73), "IPV6_MINHOPCOUNT" },
	{ (uint64_t)(74), "IPV6_ORIGDSTADDR" },
	{ (uint64_t)(75), "IPV6_TRANSPARENT" },
	{ (uint64_t)(76), "IPV6_UNICAST_IF" },
	{ (uint64_t)(77), "IPV6_RECVFRAGSIZE" },
	{ (uint64_t)(78), "IPV6_FREEBIND" },
};
const struct xlat xlat_net_sockopt_ipv6 = { xe_net_sockopt_ipv6, 66, "IPV6_???" };

#ifdef IPX_TYPE
_Static_assert((uint64_t)(IPX_TYPE) == (uint64_t)(1), "net_sockopt_ipx: IPX_TYPE");
#endif
static const struct xlat_entry xe_net_sockopt_ipx[] = {
	{ (uint64_t)(1), "IPX_TYPE" },
};
const struct xlat xlat_net_sockopt_ipx = { xe_net_sockopt_ipx, 1, "IPX_???" };

#ifdef IRLMP_ENUMDEVICES
_Static_assert((uint64_t)(IRLMP_ENUMDEVICES) == (uint64_t)(1), "net_sockopt_irda: IRLMP_ENUMDEVICES");
#endif
#ifdef IRLMP_IAS_SET
_Static_assert((uint64_t)(IRLMP_IAS_SET) == (uint64_t)(2), "net_sockopt_irda: IRLMP_IAS_SET");
#endif
#ifdef IRLMP_IAS_QUERY
_Static_assert((uint64_t)(IRLMP_IAS_QUERY) == (uint64_t)(3), "net_sockopt_irda: IRLMP_IAS_QUERY");
#endif
#ifdef IRLMP_HINTS_SET
_Static_assert((uint64_t)(IRLMP_HINTS_SET) == (uint64_t)(4), "net_sockopt_irda: IRLMP_HINTS_SET");
#endif
#ifdef IRLMP_QOS_SET
_Static_assert((uint64_t)(IRLMP_QOS_SET) == (uint64_t)(5), "net_sockopt_irda: IRLMP_QOS_SET");
#endif
#ifdef IRLMP_QOS_GET
_Static_assert((uint64_t)(IRLMP_QOS_GET) == (uint64_t)(6), "net_sockopt_irda: IRLMP_QOS_GET");
#endif
#ifdef IRLMP_MAX_SDU_SIZE
_Static_assert((uint64_t)(IRLMP_MAX_SDU_SIZE) == (uint64_t)(7), "net_sockopt_irda: IRLMP_MAX_SDU_SIZE");
#endif
#ifdef IRLMP_IAS_GET
_Static_assert((uint64_t)(IRLMP_IAS_GET) == (uint64_t)(8), "net_sockopt_irda: IRLMP_IAS_GET");
#endif
#ifdef IRLMP_IAS_DEL
_Static_assert((uint64_t)(IRLMP_IAS_DEL) == (uint64_t)(9), "net_sockopt_irda: IRLMP_IAS_DEL");
#endif
#ifdef IRLMP_HINT_MASK_SET
_Static_assert((uint64_t)(IRLMP_HINT_MASK_SET) == (uint64_t)(10), "net_sockopt_irda: IRLMP_HINT_MASK_SET");
#endif
#ifdef IRLMP_WAITDEVICE
_Static_assert((uint64_t)(IRLMP_WAITDEVICE) == (uint64_t)(11), "net_sockopt_irda: IRLMP_WAITDEVICE");
#endif
static const struct xlat_entry xe_net_sockopt_irda[] = {
	{ (uint64_t)(1), "IRLMP_ENUMDEVICES" },
	{ (uint64_t)(2), "IRLMP_IAS_SET" },
	{ (uint64_t)(3), "IRLMP_IAS_QUERY" },
	{ (uint64_t)(4), "IRLMP_HINTS_SET" },
	{ (uint64_t)(5), "IRLMP_QOS_SET" },
	{ (uint64_t)(6), "IRLMP_QOS_GET" },
	{ (uint64_t)(7), "IRLMP_MAX_SDU_SIZE" },
	{ (uint64_t)(8), "IRLMP_IAS_GET" },
	{ (uint64_t)(9), "IRLMP_IAS_DEL" },
	{ (uint64_t)(10), "IRLMP_HINT_MASK_SET" },
	{ (uint64_t)(11), "IRLMP_WAITDEVICE" },
};
const struct xlat xlat_net_sockopt_irda = { xe_net_sockopt_irda, 11, "IRLMP_???" };

#ifdef SO_IPRMDATA_MSG
_Static_assert((uint64_t)(SO_IPRMDATA_MSG) == (uint64_t)(128), "net_sockopt_iucv: SO_IPRMDATA_MSG");
#endif
static const struct xlat_entry xe_net_sockopt_iucv[] = {
	{ (uint64_t)(128), "SO_IPRMDATA_MSG" },
};
const struct xlat xlat_net_sockopt_iucv = { xe_net_sockopt_iucv, 1, "SO_???" };

#ifdef KCM_RECV_DISABLE
_Static_assert((uint64_t)(KCM_RECV_DISABLE) == (uint64_t)(1), "net_sockopt_kcm: KCM_RECV_DISABLE");
#endif
static const struct xlat_entry xe_net_sockopt_kcm[] = {
	{ (uint64_t)(1), "KCM_RECV_DISABLE" },
};
const struct xlat xlat_net_sockopt_kcm = { xe_net_sockopt_kcm, 1, "KCM_???" };

#ifdef LLC_OPT_UNKNOWN
_Static_assert((uint64_t)(LLC_OPT_UNKNOWN) == (uint64_t)(0), "net_sockopt_llc: LLC_OPT_UNKNOWN");
#endif
#ifdef LLC_OPT_RETRY
_Static_assert((uint64_t)(LLC_OPT_RETRY) == (uint64_t)(1), "net_sockopt_llc: LLC_OPT_RETRY");
#endif
#ifdef LLC_OPT_SIZE
_Static_assert((uint64_t)(LLC_OPT_SIZE) == (uint64_t)(2), "net_sockopt_llc: LLC_OPT_SIZE");
#endif
#ifdef LLC_OPT_ACK_TMR_EXP
_Static_assert((uint64_t)(LLC_OPT_ACK_TMR_EXP) == (uint64_t)(3), "net_sockopt_llc: LLC_OPT_ACK_TMR_EXP");
#endif
#ifdef LLC_OPT_P_TMR_EXP
_Static_assert((uint64_t)(LLC_OPT_P_TMR_EXP) == (uint64_t)(4), "net_sockopt_llc: LLC_OPT_P_TMR_EXP");
#endif
#ifdef LLC_OPT_REJ_TMR_EXP
_Static_assert((uint64_t)(LLC_OPT_REJ_TMR_EXP) == (uint64_t)(5), "net_sockopt_llc: LLC_OPT_REJ_TMR_EXP");
#endif
#ifdef LLC_OPT_BUSY_TMR_EXP
_Static_assert((uint64_t)(LLC_OPT_BUSY_TMR_EXP) == (uint64_t)(6), "net_sockopt_llc: LLC_OPT_BUSY_TMR_EXP");
#endif
#ifdef LLC_OPT_TX_WIN
_Static_assert((uint64_t)(LLC_OPT_TX_WIN) == (uint64_t)(7), "net_sockopt_llc: LLC_OPT_TX_WIN");
#endif
#ifdef LLC_OPT_RX_WIN
_Static_assert((uint64_t)(LLC_OPT_RX_WIN) == (uint64_t)(8), "net_sockopt_llc: LLC_OPT_RX_WIN");
#endif
#ifdef LLC_OPT_PKTINFO
_Static_assert((uint64_t)(LLC_OPT_PKTINFO) == (uint64_t)(9), "net_sockopt_llc: LLC_OPT_PKTINFO");
#endif
static const struct xlat_entry xe_net_sockopt_llc[] = {
	{ (uint64_t)(0), "LLC_OPT_UNKNOWN" },
	{ (uint64_t)(1), "LLC_OPT_RETRY" },
	{ (uint64_t)(2), "LLC_OPT_SIZE" },
	{ (uint64_t)(3), "LLC_OPT_ACK_TMR_EXP" },
	{ (uint64_t)(4), "LLC_OPT_P_TMR_EXP" },
	{ (uint64_t)(5), "LLC_OPT_REJ_TMR_EXP" },
	{ (uint64_t)(6), "LLC_OPT_BUSY_TMR_EXP" },
	{ (uint64_t)(7), "LLC_OPT_TX_WIN" },
	{ (uint64_t)(8), "LLC_OPT_RX_WIN" },
	{ (uint64_t)(9), "LLC_OPT_PKTINFO" },
};
const struct xlat xlat_net_sockopt_llc = { xe_net_sockopt_llc, 10, "LLC_OPT_???" };

#ifdef NETLINK_ADD_MEMBERSHIP
_Static_assert((uint64_t)(NETLINK_ADD_MEMBERSHIP) == (uint64_t)(1), "net_sockopt_netlink: NETLINK_ADD_MEMBERSHIP");
#endif
#ifdef NETLINK_DROP_MEMBERSHIP
_Static_assert((uint64_t)(NETLINK_DROP_MEMBERSHIP) == (uint64_t)(2), "net_sockopt_netlink: NETLINK_DROP_MEMBERSHIP");
#endif
#ifdef NETLINK_PKTINFO
_Static_assert((uint64_t)(NETLINK_PKTINFO) == (uint64_t)(3), "net_sockopt_netlink: NETLINK_PKTINFO");
#endif
#ifdef NETLINK_BROADCAST_ERROR
_Static_assert((uint64_t)(NETLINK_BROADCAST_ERROR) == (uint64_t)(4), "net_sockopt_netlink: NETLINK_BROADCAST_ERROR");
#endif
#ifdef NETLINK_NO_ENOBUFS
_Static_assert((uint64_t)(NETLINK_NO_ENOBUFS) == (uint64_t)(5), "net_sockopt_netlink: NETLINK_NO_ENOBUFS");
#endif
#ifdef NETLINK_RX_RING
_Static_assert((uint64_t)(NETLINK_RX_RING) == (uint64_t)(6), "net_sockopt_netlink: NETLINK_RX_RING");
#endif
#ifdef NETLINK_TX_RING
_Static_assert((uint64_t)(NETLINK_TX_RING) == (uint64_t)(7), "net_sockopt_netlink: NETLINK_TX_RING");
#endif
#ifdef NETLINK_LISTEN_ALL_NSID
_Static_assert((uint64_t)(NETLINK_LISTEN_ALL_NSID) == (uint64_t)(8), "net_sockopt_netlink: NETLINK_LISTEN_ALL_NSID");
#endif
#ifdef NETLINK_LIST_MEMBERSHIPS
_Static_assert((uint64_t)(NETLINK_LIST_MEMBERSHIPS) == (uint64_t)(9), "net_sockopt_netlink: NETLINK_LIST_MEMBERSHIPS");
#endif
#ifdef NETLINK_CAP_ACK
_Static_assert((uint64_t)(NETLINK_CAP_ACK) == (uint64_t)(10), "net_sockopt_netlink: NETLINK_CAP_ACK");
#endif
#ifdef NETLINK_EXT_ACK
_Static_assert((uint64_t)(NETLINK_EXT_ACK) == (uint64_t)(11), "net_sockopt_netlink: NETLINK_EXT_ACK");
#endif
#ifdef NETLINK_GET_STRICT_CHK
_Static_assert((uint64_t)(NETLINK_GET_STRICT_CHK) == (uint64_t)(12), "net_sockopt_netlink: NETLINK_GET_STRICT_CHK");
#endif
static const struct xlat_entry xe_net_sockopt_netlink[] = {
	{ (uint64_t)(1), "NETLINK_ADD_MEMBERSHIP" },
	{ (uint64_t)(2), "NETLINK_DROP_MEMBERSHIP" },
	{ (uint64_t)(3), "NETLINK_PKTINFO" },
	{ (uint64_t)(4), "NETLINK_BROADCAST_ERROR" },
	{ (uint64_t)(5), "NETLINK_NO_ENOBUFS" },
	{ (uint64_t)(6), "NETLINK_RX_RING" },
	{ (uint64_t)(7), "NETLINK_TX_RING" },
	{ (uint64_t)(8), "NETLINK_LISTEN_ALL_NSID" },
	{ (uint64_t)(9), "NETLINK_LIST_MEMBERSHIPS" },
	{ (uint64_t)(10), "NETLINK_CAP_ACK" },
	{ (uint64_t)(11), "NETLINK_EXT_ACK" },
	{ (uint64_t)(12), "NETLINK_GET_STRICT_CHK" },
};
const struct xlat xlat_net_sockopt_netlink = { xe_net_sockopt_netlink, 12, "NETLINK_???" };

#ifdef NFC_LLCP_RW
_Static_assert((uint64_t)(NFC_LLCP_RW) == (uint64_t)(0), "net_sockopt_nfc: NFC_LLCP_RW");
#endif
#ifdef NFC_LLCP_MIUX
_Static_assert((uint64_t)(NFC_LLCP_MIUX) == (uint64_t)(1), "net_sockopt_nfc: NFC_LLCP_MIUX");
#endif
#ifdef NFC_LLCP_REMOTE_MIU
_Static_assert((uint64_t)(NFC_LLCP_REMOTE_MIU) == (uint64_t)(2), "net_sockopt_nfc: NFC_LLCP_REMOTE_MIU");
#endif
#ifdef NFC_LLCP_REMOTE_LTO
_Static_assert((uint64_t)(NFC_LLCP_REMOTE_LTO) == (uint64_t)(3), "net_sockopt_nfc: NFC_LLCP_REMOTE_LTO");
#endif
#ifdef NFC_LLCP_REMOTE_RW
_Static_assert((uint64_t)(NFC_LLCP_REMOTE_RW) == (uint64_t)(4), "net_sockopt_nfc: NFC_LLCP_REMOTE_RW");
#endif
static const struct xlat_entry xe_net_sockopt_nfc[] = {
	{ (uint64_t)(0), "NFC_LLCP_RW" },
	{ (uint64_t)(1), "NFC_LLCP_MIUX" },
	{ (uint64_t)(2), "NFC_LLCP_REMOTE_MIU" },
	{ (uint64_t)(3), "NFC_LLCP_REMOTE_LTO" },
	{ (uint64_t)(4), "NFC_LLCP_REMOTE_RW" },
};
const struct xlat xlat_net_sockopt_nfc = { xe_net_sockopt_nfc, 5, "NFC_LLCP_???" };

#ifdef PACKET_ADD_MEMBERSHIP
_Static_assert((uint64_t)(PACKET_ADD_MEMBERSHIP) == (uint64_t)(1), "net_sockopt_packet: PACKET_ADD_MEMBERSHIP");
#endif
#ifdef PACKET_DROP_MEMBERSHIP
_Static_assert((uint64_t)(PACKET_DROP_MEMBERSHIP) == (uint64_t)(2), "net_sockopt_packet: PACKET_DROP_MEMBERSHIP");
#endif
#ifdef PACKET_RECV_OUTPUT
_Static_assert((uint64_t)(PACKET_RECV_OUTPUT) == (uint64_t)(3), "net_sockopt_packet: PACKET_RECV_OUTPUT");
#endif
#ifdef PACKET_RX_RING
_Static_assert((uint64_t)(PACKET_RX_RING) == (uint64_t)(5), "net_sockopt_packet: PACKET_RX_RING");
#endif
#ifdef PACKET_STATISTICS
_Static_assert((uint64_t)(PACKET_STATISTICS) == (uint64_t)(6), "net_sockopt_packet: PACKET_STATISTICS");
#endif
#ifdef PACKET_COPY_THRESH
_Static_assert((uint64_t)(PACKET_COPY_THRESH) == (uint64_t)(7), "net_sockopt_packet: PACKET_COPY_THRESH");
#endif
#ifdef PACKET_AUXDATA
_Static_assert((uint64_t)(PACKET_AUXDATA) == (uint64_t)(8), "net_sockopt_packet: PACKET_AUXDATA");
#endif
#ifdef PACKET_ORIGDEV
_Static_assert((uint64_t)(PACKET_ORIGDEV) == (uint64_t)(9), "net_sockopt_packet: PACKET_ORIGDEV");
#endif
#ifdef PACKET_VERSION
_Static_assert((uint64_t)(PACKET_VERSION) == (uint64_t)(10), "net_sockopt_packet: PACKET_VERSION");
#endif
#ifdef PACKET_HDRLEN
_Static_assert((uint64_t)(PACKET_HDRLEN) == (uint64_t)(11), "net_sockopt_packet: PACKET_HDRLEN");
#endif
#ifdef PACKET_RESERVE
_Static_assert((uint64_t)(PACKET_RESERVE) == (uint64_t)(12), "net_sockopt_packet: PACKET_RESERVE");
#endif
#ifdef PACKET_TX_RING
_Static_assert((uint64_t)(PACKET_TX_RING) == (uint64_t)(13), "net_sockopt_packet: PACKET_TX_RING");
#endif
#ifdef PACKET_LOSS
_Static_assert((uint64_t)(PACKET_LOSS) == (uint64_t)(14), "net_sockopt_packet: PACKET_LOSS");
#endif
#ifdef PACKET_VNET_HDR
_Static_assert((uint64_t)(PACKET_VNET_HDR) == (uint64_t)(15), "net_sockopt_packet: PACKET_VNET_HDR");
#endif
#ifdef PACKET_TX_TIMESTAMP
_Static_assert((uint64_t)(PACKET_TX_TIMESTAMP) == (uint64_t)(16), "net_sockopt_packet: PACKET_TX_TIMESTAMP");
#endif
#ifdef PACKET_TIMESTAMP
_Static_assert((uint64_t)(PACKET_TIMESTAMP) == (uint64_t)(17), "net_sockopt_packet: PACKET_TIMESTAMP");
#endif
#ifdef PACKET_FANOUT
_Static_assert((uint64_t)(PACKET_FANOUT) == (uint64_t)(18), "net_sockopt_packet: PACKET_FANOUT");
#endif
#ifdef PACKET_TX_HAS_OFF
_Static_assert((uint64_t)(PACKET_TX_HAS_OFF) == (uint64_t)(19), "net_sockopt_packet: PACKET_TX_HAS_OFF");
#endif
#ifdef PACKET_QDISC_BYPASS
_Static_assert((uint64_t)(PACKET_QDISC_BYPASS) == (uint64_t)(20), "net_sockopt_packet: PACKET_QDISC_BYPASS");
#endif
#ifdef PACKET_ROLLOVER_STATS
_Static_assert((uint64_t)(PACKET_ROLLOVER_STATS) == (uint64_t)(21), "net_sockopt_packet: PACKET_ROLLOVER_STATS");
#endif
#ifdef PACKET_FANOUT_DATA
_Static_assert((uint64_t)(PACKET_FANOUT_DATA) == (uint64_t)(22), "net_sockopt_packet: PACKET_FANOUT_DATA");
#endif
#ifdef PACKET_IGNORE_OUTGOING
_Static_assert((uint64_t)(PACKET_IGNORE_OUTGOING) == (uint64_t)(23), "net_sockopt_packet: PACKET_IGNORE_OUTGOING");
#endif
static const struct xlat_entry xe_net_sockopt_packet[] = {
	{ (uint64_t)(1), "PACKET_ADD_MEMBERSHIP" },
	{ (uint64_t)(2), "PACKET_DROP_MEMBERSHIP" },
	{ (uint64_t)(3), "PACKET_RECV_OUTPUT" },
	{ (uint64_t)(5), "PACKET_RX_RING" },
	{ (uint64_t)(6), "PACKET_STATISTICS" },
	{ (uint64_t)(7), "PACKET_COPY_THRESH" },
	{ (uint64_t)(8), "PACKET_AUXDATA" },
	{ (uint64_t)(9), "PACKET_ORIGDEV" },
	{ (uint64_t)(10), "PACKET_VERSION" },
	{ (uint64_t)(11), "PACKET_HDRLEN" },
	{ (uint64_t)(12), "PACKET_RESERVE" },
	{ (uint64_t)(13), "PACKET_TX_RING" },
	{ (uint64_t)(14), "PACKET_LOSS" },
	{ (uint64_t)(15), "PACKET_VNET_HDR" },
	{ (uint64_t)(16), "PACKET_TX_TIMESTAMP" },
	{ (uint64_t)(17), "PACKET_TIMESTAMP" },
	{ (uint64_t)(18), "PACKET_FANOUT" },
	{ (uint64_t)(19), "PACKET_TX_HAS_OFF" },
	{ (uint64_t)(20), "PACKET_QDISC_BYPASS" },
	{ (uint64_t)(21), "PACKET_ROLLOVER_STATS" },
	{ (uint64_t)(22), "PACKET_FANOUT_DATA" },
	{ (uint64_t)(23), "PACKET_IGNORE_OUTGOING" },
};
const struct xlat xlat_net_sockopt_packet = { xe_net_sockopt_packet, 22, "PACKET_???" };

#ifdef PNPIPE_ENCAP
_Static_assert((uint64_t)(PNPIPE_ENCAP) == (uint64_t)(1), "net_sockopt_pnpipe: PNPIPE_ENCAP");
#endif
#ifdef PNPIPE_IFINDEX
_Static_assert((uint64_t)(PNPIPE_IFINDEX) == (uint64_t)(2), "net_sockopt_pnpipe: PNPIPE_IFINDEX");
#endif
#ifdef PNPIPE_HANDLE
_Static_assert((uint64_t)(PNPIPE_HANDLE) == (uint64_t)(3), "net_sockopt_pnpipe: PNPIPE_HANDLE");
#endif
#ifdef PNPIPE_INITSTATE
_Static_assert((uint64_t)(PNPIPE_INITSTATE) == (uint64_t)(4), "net_sockopt_pnpipe: PNPIPE_INITSTATE");
#endif
static const struct xlat_entry xe_net_sockopt_pnpipe[] = {
	{ (uint64_t)(1), "PNPIPE_ENCAP" },
	{ (uint64_t)(2), "PNPIPE_IFINDEX" },
	{ (uint64_t)(3), "PNPIPE_HANDLE" },
	{ (uint64_t)(4), "PNPIPE_INITSTATE" },
};
const struct xlat xlat_net_sockopt_pnpipe = { xe_net_sockopt_pnpipe, 4, "PNPIPE_???" };

#ifdef PPPOL2TP_SO_DEBUG
_Static_assert((uint64_t)(PPPOL2TP_SO_DEBUG) == (uint64_t)(1), "net_sockopt_pppol2tp: PPPOL2TP_SO_DEBUG");
#endif
#ifdef PPPOL2TP_SO_RECVSEQ
_Static_assert((uint64_t)(PPPOL2TP_SO_RECVSEQ) == (uint64_t)(2), "net_sockopt_pppol2tp: PPPOL2TP_SO_RECVSEQ");
#endif
#ifdef PPPOL2TP_SO_SENDSEQ
_Static_assert((uint64_t)(PPPOL2TP_SO_SENDSEQ) == (uint64_t)(3), "net_sockopt_pppol2tp: PPPOL2TP_SO_SENDSEQ");
#endif
#ifdef PPPOL2TP_SO_LNSMODE
_Static_assert((uint64_t)(PPPOL2TP_SO_LNSMODE) == (uint64_t)(4), "net_sockopt_pppol2tp: PPPOL2TP_SO_LNSMODE");
#endif
#ifdef PPPOL2TP_SO_REORDERTO
_Static_assert((uint64_t)(PPPOL2TP_SO_REORDERTO) == (uint64_t)(5), "net_sockopt_pppol2tp: PPPOL2TP_SO_REORDERTO");
#endif
static const struct xlat_entry xe_net_sockopt_pppol2tp[] = {
	{ (uint64_t)(1), "PPPOL2TP_SO_DEBUG" },
	{ (uint64_t)(2), "PPPOL2TP_SO_RECVSEQ" },
	{ (uint64_t)(3), "PPPOL2TP_SO_SENDSEQ" },
	{ (uint64_t)(4), "PPPOL2TP_SO_LNSMODE" },
	{ (uint64_t)(5), "PPPOL2TP_SO_REORDERTO" },
};
const struct xlat xlat_net_sockopt_pppol2tp = { xe_net_sockopt_pppol2tp, 5, "PPPOL2TP_SO_???" };

#ifdef ICMP_FILTER
_Static_assert((uint64_t)(ICMP_FILTER) == (uint64_t)(1), "net_sockopt_raw: ICMP_FILTER");
#endif
static const struct xlat_entry xe_net_sockopt_raw[] = {
	{ (uint64_t)(1), "ICMP_FILTER" },
};
const struct xlat xlat_net_sockopt_raw = { xe_net_sockopt_raw, 1, "RAW_???" };

#ifdef RDS_CANCEL_SENT_TO
_Static_assert((uint64_t)(RDS_CANCEL_SENT_TO) == (uint64_t)(1), "net_sockopt_rds: RDS_CANCEL_SENT_TO");
#endif
#ifdef RDS_GET_MR
_Static_assert((uint64_t)(RDS_GET_MR) == (uint64_t)(2), "net_sockopt_rds: RDS_GET_MR");
#endif
#ifdef RDS_FREE_MR
_Static_assert((uint64_t)(RDS_FREE_MR) == (uint64_t)(3), "net_sockopt_rds: RDS_FREE_MR");
#endif
#ifdef RDS_BARRIER
_Static_assert((uint64_t)(RDS_BARRIER) == (uint64_t)(4), "net_sockopt_rds: RDS_BARRIER");
#endif
#ifdef RDS_RECVERR
_Static_assert((uint64_t)(RDS_RECVERR) == (uint64_t)(5), "net_sockopt_rds: RDS_RECVERR");
#endif
#ifdef RDS_CONG_MONITOR
_Static_assert((uint64_t)(RDS_CONG_MONITOR) == (uint64_t)(6), "net_sockopt_rds: RDS_CONG_MONITOR");
#endif
#ifdef RDS_GET_MR_FOR_DEST
_Static_assert((uint64_t)(RDS_GET_MR_FOR_DEST) == (uint64_t)(7), "net_sockopt_rds: RDS_GET_MR_FOR_DEST");
#endif
#ifdef SO_RDS_TRANSPORT
_Static_assert((uint64_t)(SO_RDS_TRANSPORT) == (uint64_t)(8), "net_sockopt_rds: SO_RDS_TRANSPORT");
#endif
#ifdef SO_RDS_MSG_RXPATH_LATENCY
_Static_assert((uint64_t)(SO_RDS_MSG_RXPATH_LATENCY) == (uint64_t)(10), "net_sockopt_rds: SO_RDS_MSG_RXPATH_LATENCY");
#endif
#ifdef SO_TIMESTAMP_OLD
_Static_assert((uint64_t)(SO_TIMESTAMP_OLD) == (uint64_t)(29), "net_sockopt_rds: SO_TIMESTAMP_OLD");
#endif
static const struct xlat_entry xe_net_sockopt_rds[] = {
	{ (uint64_t)(1), "RDS_CANCEL_SENT_TO" },
	{ (uint64_t)(2), "RDS_GET_MR" },
	{ (uint64_t)(3), "RDS_FREE_MR" },
	{ (uint64_t)(4), "RDS_BARRIER" },
	{ (uint64_t)(5), "RDS_RECVERR" },
	{ (uint64_t)(6), "RDS_CONG_MONITOR" },
	{ (uint64_t)(7), "RDS_GET_MR_FOR_DEST" },
	{ (uint64_t)(8), "SO_RDS_TRANSPORT" },
	{ (uint64_t)(10), "SO_RDS_MSG_RXPATH_LATENCY" },
	{ (uint64_t)(29), "SO_TIMESTAMP_OLD" },
};
const struct xlat xlat_net_sockopt_rds = { xe_net_sockopt_rds, 10, "RDS_???" };

#ifdef RXRPC_SECURITY_KEY
_Static_assert((uint64_t)(RXRPC_SECURITY_KEY) == (uint64_t)(1), "net_sockopt_rxrpc: RXRPC_SECURITY_KEY");
#endif
#ifdef RXRPC_SECURITY_KEYRING
_Static_assert((uint64_t)(RXRPC_SECURITY_KEYRING) == (uint64_t)(2), "net_sockopt_rxrpc: RXRPC_SECURITY_KEYRING");
#endif
#ifdef RXRPC_EXCLUSIVE_CONNECTION
_Static_assert((uint64_t)(RXRPC_EXCLUSIVE_CONNECTION) == (uint64_t)(3), "net_sockopt_rxrpc: RXRPC_EXCLUSIVE_CONNECTION");
#endif
#ifdef RXRPC_MIN_SECURITY_LEVEL
_Static_assert((uint64_t)(RXRPC_MIN_SECURITY_LEVEL) == (uint64_t)(4), "net_sockopt_rxrpc: RXRPC_MIN_SECURITY_LEVEL");
#endif
#ifdef RXRPC_UPGRADEABLE_SERVICE
_Static_assert((uint64_t)(RXRPC_UPGRADEABLE_SERVICE) == (uint64_t)(5), "net_sockopt_rxrpc: RXRPC_UPGRADEABLE_SERVICE");
#endif
#ifdef RXRPC_SUPPORTED_CMSG
_Static_assert((uint64_t)(RXRPC_SUPPORTED_CMSG) == (uint64_t)(6), "net_sockopt_rxrpc: RXRPC_SUPPORTED_CMSG");
#endif
static const struct xlat_entry xe_net_sockopt_rxrpc[] = {
	{ (uint64_t)(1), "RXRPC_SECURITY_KEY" },
	{ (uint64_t)(2), "RXRPC_SECURITY_KEYRING" },
	{ (uint64_t)(3), "RXRPC_EXCLUSIVE_CONNECTION" },
	{ (uint64_t)(4), "RXRPC_MIN_SECURITY_LEVEL" },
	{ (uint64_t)(5), "RXRPC_UPGRADEABLE_SERVICE" },
	{ (uint64_t)(6), "RXRPC_SUPPORTED_CMSG" },
};
const struct xlat xlat_net_sockopt_rxrpc = { xe_net_sockopt_rxrpc, 6, "RXRPC_???" };

#ifdef SCTP_RTOINFO
_Static_assert((uint64_t)(SCTP_RTOINFO) == (uint64_t)(0), "net_sockopt_sctp: SCTP_RTOINFO");
#endif
#ifdef SCTP_ASSOCINFO
_Static_assert((uint64_t)(SCTP_ASSOCINFO) == (uint64_t)(1), "net_sockopt_sctp: SCTP_ASSOCINFO");
#endif
#ifdef SCTP_INITMSG
_Static_assert((uint64_t)(SCTP_INITMSG) == (uint64_t)(2), "net_sockopt_sctp: SCTP_INITMSG");
#endif
#ifdef SCTP_NODELAY
_Static_assert((uint64_t)(SCTP_NODELAY) == (uint64_t)(3), "net_sockopt_sctp: SCTP_NODELAY");
#endif
#ifdef SCTP_AUTOCLOSE
_Static_assert((uint64_t)(SCTP_AUTOCLOSE) == (uint64_t)(4), "net_sockopt_sctp: SCTP_AUTOCLOSE");
#endif
#ifdef SCTP_SET_PEER_PRIMARY_ADDR
_Static_assert((uint64_t)(SCTP_SET_PEER_PRIMARY_ADDR) == (uint64_t)(5), "net_sockopt_sctp: SCTP_SET_PEER_PRIMARY_ADDR");
#endif
#ifdef SCTP_PRIMARY_ADDR
_Static_assert((uint64_t)(SCTP_PRIMARY_ADDR) == (uint64_t)(6), "net_sockopt_sctp: SCTP_PRIMARY_ADDR");
#endif
#ifdef SCTP_ADAPTATION_LAYER
_Static_assert((uint64_t)(SCTP_ADAPTATION_LAYER) == (uint64_t)(7), "net_sockopt_sctp: SCTP_ADAPTATION_LAYER");
#endif
#ifdef SCTP_DISABLE_FRAGMENTS
_Static_assert((uint64_t)(SCTP_DISABLE_FRAGMENTS) == (uint64_t)(8), "net_sockopt_sctp: SCTP_DISABLE_FRAGMENTS");
#endif
#ifdef SCTP_PEER_ADDR_PARAMS
_Static_assert((uint64_t)(SCTP_PEER_ADDR_PARAMS) == (uint64_t)(9), "net_sockopt_sctp: SCTP_PEER_ADDR_PARAMS");
#endif
#ifdef SCTP_DEFAULT_SEND_PARAM
_Static_assert((uint64_t)(SCTP_DEFAULT_SEND_PARAM) == (uint64_t)(10), "net_sockopt_sctp: SCTP_DEFAULT_SEND_PARAM");
#endif
#ifdef SCTP_EVENTS
_Static_assert((uint64_t)(SCTP_EVENTS) == (uint64_t)(11), "net_sockopt_sctp: SCTP_EVENTS");
#endif
#ifdef SCTP_I_WANT_MAPPED_V4_ADDR
_Static_assert((uint64_t)(SCTP_I_WANT_MAPPED_V4_ADDR) == (uint64_t)(12), "net_sockopt_sctp: SCTP_I_WANT_MAPPED_V4_ADDR");
#endif
#ifdef SCTP_MAXSEG
_Static_assert((uint64_t)(SCTP_MAXSEG) == (uint64_t)(13), "net_sockopt_sctp: SCTP_MAXSEG");
#endif
#ifdef SCTP_STATUS
_Static_assert((uint64_t)(SCTP_STATUS) == (uint64_t)(14), "net_sockopt_sctp: SCTP_STATUS");
#endif
#ifdef SCTP_GET_PEER_ADDR_INFO
_Static_assert((uint64_t)(SCTP_GET_PEER_ADDR_INFO) == (uint64_t)(15), "net_sockopt_sctp: SCTP_GET_PEER_ADDR_INFO");
#endif
#ifdef SCTP_DELAYED_SACK
_Static_assert((uint64_t)(SCTP_DELAYED_SACK) == (uint64_t)(16), "net_sockopt_sctp: SCTP_DELAYED_SACK");
#endif
#ifdef SCTP_CONTEXT
_Static_assert((uint64_t)(SCTP_CONTEXT) == (uint64_t)(17), "net_sockopt_sctp: SCTP_CONTEXT");
#endif
#ifdef SCTP_FRAGMENT_INTERLEAVE
_Static_assert((uint64_t)(SCTP_FRAGMENT_INTERLEAVE) == (uint64_t)(18), "net_sockopt_sctp: SCTP_FRAGMENT_INTERLEAVE");
#endif
#ifdef SCTP_PARTIAL_DELIVERY_POINT
_Static_assert((uint64_t)(SCTP_PARTIAL_DELIVERY_POINT) == (uint64_t)(19), "net_sockopt_sctp: SCTP_PARTIAL_DELIVERY_POINT");
#endif
#ifdef SCTP_MAX_BURST
_Static_assert((uint64_t)(SCTP_MAX_BURST) == (uint64_t)(20), "net_sockopt_sctp: SCTP_MAX_BURST");
#endif
#ifdef SCTP_AUTH_CHUNK
_Static_assert((uint64_t)(SCTP_AUTH_CHUNK) == (uint64_t)(21), "net_sockopt_sctp: SCTP_AUTH_CHUNK");
#endif
#ifdef SCTP_HMAC_IDENT
_Static_assert((uint64_t)(SCTP_HMAC_IDENT) == (uint64_t)(22), "net_sockopt_sctp: SCTP_HMAC_IDENT");
#endif
#ifdef SCTP_AUTH_KEY
_Static_assert((uint64_t)(SCTP_AUTH_KEY) == (uint64_t)(23), "net_sockopt_sctp: SCTP_AUTH_KEY");
#endif
#ifdef SCTP_AUTH_ACTIVE_KEY
_Static_assert((uint64_t)(SCTP_AUTH_ACTIVE_KEY) == (uint64_t)(24), "net_sockopt_sctp: SCTP_AUTH_ACTIVE_KEY");
#endif
#ifdef SCTP_AUTH_DELETE_KEY
_Static_assert((uint64_t)(SCTP_AUTH_DELETE_KEY) == (uint64_t)(25), "net_sockopt_sctp: SCTP_AUTH_DELETE_KEY");
#endif
#ifdef SCTP_PEER_AUTH_CHUNKS
_Static_assert((uint64_t)(SCTP_PEER_AUTH_CHUNKS) == (uint64_t)(26), "net_sockopt_sctp: SCTP_PEER_AUTH_CHUNKS");
#endif
#ifdef SCTP_LOCAL_AUTH_CHUNKS
_Static_assert((uint64_t)(SCTP_LOCAL_AUTH_CHUNKS) == (uint64_t)(27), "net_sockopt_sctp: SCTP_LOCAL_AUTH_CHUNKS");
#endif
#ifdef SCTP_GET_ASSOC_NUMBER
_Static_assert((uint64_t)(SCTP_GET_ASSOC_NUMBER) == (uint64_t)(28), "net_sockopt_sctp: SCTP_GET_ASSOC_NUMBER");
#endif
#ifdef SCTP_GET_ASSOC_ID_LIST
_Static_assert((uint64_t)(SCTP_GET_ASSOC_ID_LIST) == (uint64_t)(29), "net_sockopt_sctp: SCTP_GET_ASSOC_ID_LIST");
#endif
#ifdef SCTP_AUTO_ASCONF
_Static_assert((uint64_t)(SCTP_AUTO_ASCONF) == (uint64_t)(30), "net_sockopt_sctp: SCTP_AUTO_ASCONF");
#endif
#ifdef SCTP_PEER_ADDR_THLDS
_Static_assert((uint64_t)(SCTP_PEER_ADDR_THLDS) == (uint64_t)(31), "net_sockopt_sctp: SCTP_PEER_ADDR_THLDS");
#endif
#ifdef SCTP_RECVRCVINFO
_Static_assert((uint64_t)(SCTP_RECVRCVINFO) == (uint64_t)(32), "net_sockopt_sctp: SCTP_RECVRCVINFO");
#endif
#ifdef SCTP_RECVNXTINFO
_Static_assert((uint64_t)(SCTP_RECVNXTINFO) == (uint64_t)(33), "net_sockopt_sctp: SCTP_RECVNXTINFO");
#endif
#ifdef SCTP_DEFAULT_SNDINFO
_Static_assert((uint64_t)(SCTP_DEFAULT_SNDINFO) == (uint64_t)(34), "net_sockopt_sctp: SCTP_DEFAULT_SNDINFO");
#endif
#ifdef SCTP_AUTH_DEACTIVATE_KEY
_Static_assert((uint64_t)(SCTP_AUTH_DEACTIVATE_KEY) == (uint64_t)(35), "net_sockopt_sctp: SCTP_AUTH_DEACTIVATE_KEY");
#endif
#ifdef SCTP_REUSE_PORT
_Static_assert((uint64_t)(SCTP_REUSE_PORT) == (uint64_t)(36), "net_sockopt_sctp: SCTP_REUSE_PORT");
#endif
#ifdef SCTP_PEER_ADDR_THLDS_V2
_Static_assert((uint64_t)(SCTP_PEER_ADDR_THLDS_V2) == (uint64_t)(37), "net_sockopt_sctp: SCTP_PEER_ADDR_THLDS_V2");
#endif
#ifdef SCTP_SOCKOPT_BINDX_ADD
_Static_assert((uint64_t)(SCTP_SOCKOPT_BINDX_ADD) == (uint64_t)(100), "net_sockopt_sctp: SCTP_SOCKOPT_BINDX_ADD");
#endif
#ifdef SCTP_SOCKOPT_BINDX_REM
_Static_assert((uint64_t)(SCTP_SOCKOPT_BINDX_REM) == (uint64_t)(101), "net_sockopt_sctp: SCTP_SOCKOPT_BINDX_REM");
#endif
#ifdef SCTP_SOCKOPT_PEELOFF
_Static_assert((uint64_t)(SCTP_SOCKOPT_PEELOFF) == (uint64_t)(102), "net_sockopt_sctp: SCTP_SOCKOPT_PEELOFF");
#endif
#ifdef SCTP_GET_PEER_ADDRS_NUM_OLD
_Static_assert((uint64_t)(SCTP_GET_PEER_ADDRS_NUM_OLD) == (uint64_t)(103), "net_sockopt_sctp: SCTP_GET_PEER_ADDRS_NUM_OLD");
#endif
#ifdef SCTP_GET_PEER_ADDRS_OLD
_Static_assert((uint64_t)(SCTP_GET_PEER_ADDRS_OLD) == (uint64_t)(104), "net_sockopt_sctp: SCTP_GET_PEER_ADDRS_OLD");
#endif
#ifdef SCTP_GET_LOCAL_ADDRS_NUM_OLD
_Static_assert((uint64_t)(SCTP_GET_LOCAL_ADDRS_NUM_OLD) == (uint64_t)(105), "net_sockopt_sctp: SCTP_GET_LOCAL_ADDRS_NUM_OLD");
#endif
#ifdef SCTP_GET_LOCAL_ADDRS_OLD
_Static_assert((uint64_t)(SCTP_GET_LOCAL_ADDRS_OLD) == (uint64_t)(106), "net_sockopt_sctp: SCTP_GET_LOCAL_ADDRS_OLD");
#endif
#ifdef SCTP_SOCKOPT_CONNECTX_OLD
_Static_assert((uint64_t)(SCTP_SOCKOPT_CONNECTX_OLD) == (uint64_t)(107), "net_sockopt_sctp: SCTP_SOCKOPT_CONNECTX_OLD");
#endif
#ifdef SCTP_GET_PEER_ADDRS
_Static_assert((uint64_t)(SCTP_GET_PEER_ADDRS) == (uint64_t)(108), "net_sockopt_sctp: SCTP_GET_PEER_ADDRS");
#endif
#ifdef SCTP_GET_LOCAL_ADDRS
_Static_assert((uint64_t)(SCTP_GET_LOCAL_ADDRS) == (uint64_t)(109), "net_sockopt_sctp: SCTP_GET_LOCAL_ADDRS");
#endif
#ifdef SCTP_SOCKOPT_CONNECTX
_Static_assert((uint64_t)(SCTP_SOCKOPT_CONNECTX) == (uint64_t)(110), "net_sockopt_sctp: SCTP_SOCKOPT_CONNECTX");
#endif
#ifdef SCTP_SOCKOPT_CONNECTX3
_Static_assert((uint64_t)(SCTP_SOCKOPT_CONNECTX3) == (uint64_t)(111), "net_sockopt_sctp: SCTP_SOCKOPT_CONNECTX3");
#endif
#ifdef SCTP_GET_ASSOC_STATS
_Static_assert((uint64_t)(SCTP_GET_ASSOC_STATS) == (uint64_t)(112), "net_sockopt_sctp: SCTP_GET_ASSOC_STATS");
#endif
#ifdef SCTP_PR_SUPPORTED
_Static_assert((uint64_t)(SCTP_PR_SUPPORTED) == (uint64_t)(113), "net_sockopt_sctp: SCTP_PR_SUPPORTED");
#endif
#ifdef SCTP_DEFAULT_PRINFO
_Static_assert((uint64_t)(SCTP_DEFAULT_PRINFO) == (uint64_t)(114), "net_sockopt_sctp: SCTP_DEFAULT_PRINFO");
#endif
#ifdef SCTP_PR_ASSOC_STATUS
_Static_assert((uint64_t)(SCTP_PR_ASSOC_STATUS) == (uint64_t)(115), "net_sockopt_sctp: SCTP_PR_ASSOC_STATUS");
#endif
#ifdef SCTP_PR_STREAM_STATUS
_Static_assert((uint64_t)(SCTP_PR_STREAM_STATUS) == (uint64_t)(116), "net_sockopt_sctp: SCTP_PR_STREAM_STATUS");
#endif
#ifdef SCTP_RECONFIG_SUPPORTED
_Static_assert((uint64_t)(SCTP_RECONFIG_SUPPORTED) == (uint64_t)(117), "net_sockopt_sctp: SCTP_RECONFIG_SUPPORTED");
#endif
#ifdef SCTP_ENABLE_STREAM_RESET
_Static_assert((uint64_t)(SCTP_ENABLE_STREAM_RESET) == (uint64_t)(118), "net_sockopt_sctp: SCTP_ENABLE_STREAM_RESET");
#endif
#ifdef SCTP_RESET_STREAMS
_Static_assert((uint64_t)(SCTP_RESET_STREAMS) == (uint64_t)(119), "net_sockopt_sctp: SCTP_RESET_STREAMS");
#endif
#ifdef SCTP_RESET_ASSOC
_Static_assert((uint64_t)(SCTP_RESET_ASSOC) == (uint64_t)(120), "net_sockopt_sctp: SCTP_RESET_ASSOC");
#endif
#ifdef SCTP_ADD_STREAMS
_Static_assert((uint64_t)(SCTP_ADD_STREAMS) == (uint64_t)(121), "net_sockopt_sctp: SCTP_ADD_STREAMS");
#endif
#ifdef SCTP_SOCKOPT_PEELOFF_FLAGS
_Static_assert((uint64_t)(SCTP_SOCKOPT_PEELOFF_FLAGS) == (uint64_t)(122), "net_sockopt_sctp: SCTP_SOCKOPT_PEELOFF_FLAGS");
#endif
#ifdef SCTP_STREAM_SCHEDULER
_Static_assert((uint64_t)(SCTP_STREAM_SCHEDULER) == (uint64_t)(123), "net_sockopt_sctp: SCTP_STREAM_SCHEDULER");
#endif
#ifdef SCTP_STREAM_SCHEDULER_VALUE
_Static_assert((uint64_t)(SCTP_STREAM_SCHEDULER_VALUE) == (uint64_t)(124), "net_sockopt_sctp: SCTP_STREAM_SCHEDULER_VALUE");
#endif
#ifdef SCTP_INTERLEAVING_SUPPORTED
_Static_assert((uint64_t)(SCTP_INTERLEAVING_SUPPORTED) == (uint64_t)(125), "net_sockopt_sctp: SCTP_INTERLEAVING_SUPPORTED");
#endif
#ifdef SCTP_SENDMSG_CONNECT
_Static_assert((uint64_t)(SCTP_SENDMSG_CONNECT) == (uint64_t)(126), "net_sockopt_sctp: SCTP_SENDMSG_CONNECT");
#endif
#ifdef SCTP_EVENT
_Static_assert((uint64_t)(SCTP_EVENT) == (uint64_t)(127), "net_sockopt_sctp: SCTP_EVENT");
#endif
#ifdef SCTP_ASCONF_SUPPORTED
_Static_assert((uint64_t)(SCTP_ASCONF_SUPPORTED) == (uint64_t)(128), "net_sockopt_sctp: SCTP_ASCONF_SUPPORTED");
#endif
#ifdef SCTP_AUTH_SUPPORTED
_Static_assert((uint64_t)(SCTP_AUTH_SUPPORTED) == (uint64_t)(129), "net_sockopt_sctp: SCTP_AUTH_SUPPORTED");
#endif
#ifdef SCTP_ECN_SUPPORTED
_Static_assert((uint64_t)(SCTP_ECN_SUPPORTED) == (uint64_t)(130), "net_sockopt_sctp: SCTP_ECN_SUPPORTED");
#endif
#ifdef SCTP_EXPOSE_POTENTIALLY_FAILED_STATE
_Static_assert((uint64_t)(SCTP_EXPOSE_POTENTIALLY_FAILED_STATE) == (uint64_t)(131), "net_sockopt_sctp: SCTP_EXPOSE_POTENTIALLY_FAILED_STATE");
#endif
#ifdef SCTP_REMOTE_UDP_ENCAPS_PORT
_Static_assert((uint64_t)(SCTP_REMOTE_UDP_ENCAPS_PORT) == (uint64_t)(132), "net_sockopt_sctp: SCTP_REMOTE_UDP_ENCAPS_PORT");
#endif
#ifdef SCTP_PLPMTUD_PROBE_INTERVAL
_Static_assert((uint64_t)(SCTP_PLPMTUD_PROBE_INTERVAL) == (uint64_t)(133), "net_sockopt_sctp: SCTP_PLPMTUD_PROBE_INTERVAL");
#endif
static const struct xlat_entry xe_net_sockopt_sctp[] = {
	{ (uint64_t)(0), "SCTP_RTOINFO" },
	{ (uint64_t)(1), "SCTP_ASSOCINFO" },
	{ (uint64_t)(2), "SCTP_INITMSG" },
	{ (uint64_t)(3), "SCTP_NODELAY" },
	{ (uint64_t)(4), "SCTP_AUTOCLOSE" },
	{ (uint64_t)(5), "SCTP_SET_PEER_PRIMARY_ADDR" },
	{ (uint64_t)(6), "SCTP_PRIMARY_ADDR" },
	{ (uint64_t)(7), "SCTP_ADAPTATION_LAYER" },
	{ (uint64_t)(8), "SCTP_DISABLE_FRAGMENTS" },
	{ (uint64_t)(9), "SCTP_PEER_ADDR_PARAMS" },
	{ (uint64_t)(10), "SCTP_DEFAULT_SEND_PARAM" },
	{ (uint64_t)(11), "SCTP_EVENTS" },
	{ (uint64_t)(12), "SCTP_I_WANT_MAPPED_V4_ADDR" },
	{ (uint64_t)(13), "SCTP_MAXSEG" },
	{ (uint64_t)(14), "SCTP_STATUS" },
	{ (uint64_t)(15), "SCTP_GET_PEER_ADDR_INFO" },
	{ (uint64_t)(16), "SCTP_DELAYED_SACK" },
	{ (uint64_t)(17), "SCTP_CONTEXT" },
	{ (uint64_t)(18), "SCTP_FRAGMENT_INTERLEAVE" },
	{ (uint64_t)(19), "SCTP_PARTIAL_DELIVERY_POINT" },
	{ (uint64_t)(20), "SCTP_MAX_BURST" },
	{ (uint64_t)(21), "SCTP_AUTH_CHUNK" },
	{ (uint64_t)(22), "SCTP_HMAC_IDENT" },
	{ (uint64_t)(23), "SCTP_AUTH_KEY" },
	{ (uint64_t)(24), "SCTP_AUTH_ACTIVE_KEY" },
	{ (uint64_t)(25), "SCTP_AUTH_DELETE_KEY" },
	{ (uint64_t)(26), "SCTP_PEER_AUTH_CHUNKS" },
	{ (uint64_t)(27), "SCTP_LOCAL_AUTH_CHUNKS" },
	{ (uint64_t)(28), "SCTP_GET_ASSOC_NUMBER" },
	{ (uint64_t)(29), "SCTP_GET_ASSOC_ID_LIST" },
	{ (uint64_t)(30), "SCTP_AUTO_ASCONF" },
	{ (uint64_t)(31), "SCTP_PEER_ADDR_THLDS" },
	{ (uint64_t)(32), "SCTP_RECVRCVINFO" },
	{ (uint64_t)(33), "SCTP_RECVNXTINFO" },
	{ (uint64_t)(34), "SCTP_DEFAULT_SNDINFO" },
	{ (uint64_t)(35), "SCTP_AUTH_DEACTIVATE_KEY" },
	{ (uint64_t)(36), "SCTP_REUSE_PORT" },
	{ (uint64_t)(37), "SCTP_PEER_ADDR_THLDS_V2" },
	{ (uint64_t)(100), "SCTP_SOCKOPT_BINDX_ADD" },
	{ (uint64_t)(101), "SCTP_SOCKOPT_BINDX_REM" },
	{ (uint64_t)(102), "SCTP_SOCKOPT_PEELOFF" },
	{ (uint64_t)(103), "SCTP_GET_PEER_ADDRS_NUM_OLD" },
	{ (uint64_t)(104), "SCTP_GET_PEER_ADDRS_OLD" },
	{ (uint64_t)(105), "SCTP_GET_LOCAL_ADDRS_NUM_OLD" },
	{ (uint64_t)(106), "SCTP_GET_LOCAL_ADDRS_OLD" },
	{ (uint64_t)(107), "SCTP_SOCKOPT_CONNECTX_OLD" },
	{ (uint64_t)(108), "SCTP_GET_PEER_ADDRS" },
	{ (uint64_t)(109), "SCTP_GET_LOCAL_ADDRS" },
	{ (uint64_t)(110), "SCTP_SOCKOPT_CONNECTX" },
	{ (uint64_t)(111), "SCTP_SOCKOPT_CONNECTX3" },
	{ (uint64_t)(112), "SCTP_GET_ASSOC_STATS" },
	{ (uint64_t)(113), "SCTP_PR_SUPPORTED" },
	{ (uint64_t)(114), "SCTP_DEFAULT_PRINFO" },
	{ (uint64_t)(115), "SCTP_PR_ASSOC_STATUS" },
	{ (uint64_t)(116), "SCTP_PR_STREAM_STATUS" },
	{ (uint64_t)(117), "SCTP_RECONFIG_SUPPORTED" },
	{ (uint64_t)(118), "SCTP_ENABLE_STREAM_RESET" },
	{ (uint64_t)(119), "SCTP_RESET_STREAMS" },
	{ (uint64_t)(120), "SCTP_RESET_ASSOC" },
	{ (uint64_t)(121), "SCTP_ADD_STREAMS" },
	{ (uint64_t)(122), "SCTP_SOCKOPT_PEELOFF_FLAGS" },
	{ (uint64_t)(123), "SCTP_STREAM_SCHEDULER" },
	{ (uint64_t)(124), "SCTP_STREAM_SCHEDULER_VALUE" },
	{ (uint64_t)(125), "SCTP_INTERLEAVING_SUPPORTED" },
	{ (uint64_t)(126), "SCTP_SENDMSG_CONNECT" },
	{ (uint64_t)(127), "SCTP_EVENT" },
	{ (uint64_t)(128), "SCTP_ASCONF_SUPPORTED" },
	{ (uint64_t)(129), "SCTP_AUTH_SUPPORTED" },
	{ (uint64_t)(130), "SCTP_ECN_SUPPORTED" },
	{ (uint64_t)(131), "SCTP_EXPOSE_POTENTIALLY_FAILED_STATE" },
	{ (uint64_t)(132), "SCTP_REMOTE_UDP_ENCAPS_PORT" },
	{ (uint64_t)(133), "SCTP_PLPMTUD_PROBE_INTERVAL" },
};
const struct xlat xlat_net_sockopt_sctp = { xe_net_sockopt_sctp, 72, "SCTP_???" };

#ifdef SO_DEBUG
_Static_assert((uint64_t)(SO_DEBUG) == (uint64_t)(1), "net_sockopt_socket: SO_DEBUG");
#endif
#ifdef SO_REUSEADDR
_Static_assert((uint64_t)(SO_REUSEADDR) == (uint64_t)(2), "net_sockopt_socket: SO_REUSEADDR");
#endif
#ifdef SO_TYPE
_Static_assert((uint64_t)(SO_TYPE) == (uint64_t)(3), "net_sockopt_socket: SO_TYPE");
#endif
#ifdef SO_ERROR
_Static_assert((uint64_t)(SO_ERROR) == (uint64_t)(4), "net_sockopt_socket: SO_ERROR");
#endif
#ifdef SO_DONTROUTE
_Static_assert((uint64_t)(SO_DONTROUTE) == (uint64_t)(5), "net_sockopt_socket: SO_DONTROUTE");
#endif
#ifdef SO_BROADCAST
_Static_assert((uint64_t)(SO_BROADCAST) == (uint64_t)(6), "net_sockopt_socket: SO_BROADCAST");
#endif
#ifdef SO_SNDBUF
_Static_assert((uint64_t)(SO_SNDBUF) == (uint64_t)(7), "net_sockopt_socket: SO_SNDBUF");
#endif
#ifdef SO_RCVBUF
_Static_assert((uint64_t)(SO_RCVBUF) == (uint64_t)(8), "net_sockopt_socket: SO_RCVBUF");
#endif
#ifdef SO_KEEPALIVE
_Static_assert((uint64_t)(SO_KEEPALIVE) == (uint64_t)(9), "net_sockopt_socket: SO_KEEPALIVE");
#endif
#ifdef SO_OOBINLINE
_Static_assert((uint64_t)(SO_OOBINLINE) == (uint64_t)(10), "net_sockopt_socket: SO_OOBINLINE");
#endif
#ifdef SO_NO_CHECK
_Static_assert((uint64_t)(SO_NO_CHECK) == (uint64_t)(11), "net_sockopt_socket: SO_NO_CHECK");
#endif
#ifdef SO_PRIORITY
_Static_assert((uint64_t)(SO_PRIORITY) == (uint64_t)(12), "net_sockopt_socket: SO_PRIORITY");
#endif
#ifdef SO_LINGER
_Static_assert((uint64_t)(SO_LINGER) == (uint64_t)(13), "net_sockopt_socket: SO_LINGER");
#endif
#ifdef SO_BSDCOMPAT
_Static_assert((uint64_t)(SO_BSDCOMPAT) == (uint64_t)(14), "net_sockopt_socket: SO_BSDCOMPAT");
#endif
#ifdef SO_REUSEPORT
_Static_assert((uint64_t)(SO_REUSEPORT) == (uint64_t)(15), "net_sockopt_socket: SO_REUSEPORT");
#endif
#ifdef SO_PASSCRED
_Static_assert((uint64_t)(SO_PASSCRED) == (uint64_t)(16), "net_sockopt_socket: SO_PASSCRED");
#endif
#ifdef SO_PEERCRED
_Static_assert((uint64_t)(SO_PEERCRED) == (uint64_t)(17), "net_sockopt_socket: SO_PEERCRED");
#endif
#ifdef SO_RCVLOWAT
_Static_assert((uint64_t)(SO_RCVLOWAT) == (uint64_t)(18), "net_sockopt_socket: SO_RCVLOWAT");
#endif
#ifdef SO_SNDLOWAT
_Static_assert((uint64_t)(SO_SNDLOWAT) == (uint64_t)(19), "net_sockopt_socket: SO_SNDLOWAT");
#endif
#ifdef SO_RCVTIMEO_OLD
_Static_assert((uint64_t)(SO_RCVTIMEO_OLD) == (uint64_t)(20), "net_sockopt_socket: SO_RCVTIMEO_OLD");
#endif
#ifdef SO_SNDTIMEO_OLD
_Static_assert((uint64_t)(SO_SNDTIMEO_OLD) == (uint64_t)(21), "net_sockopt_socket: SO_SNDTIMEO_OLD");
#endif
#ifdef SO_SECURITY_AUTHENTICATION
_Static_assert((uint64_t)(SO_SECURITY_AUTHENTICATION) == (uint64_t)(22), "net_sockopt_socket: SO_SECURITY_AUTHENTICATION");
#endif
#ifdef SO_SECURITY_ENCRYPTION_TRANSPORT
_Static_assert((uint64_t)(SO_SECURITY_ENCRYPTION_TRANSPORT) == (uint64_t)(23), "net_sockopt_socket: SO_SECURITY_ENCRYPTION_TRANSPORT");
#endif
#ifdef SO_SECURITY_ENCRYPTION_NETWORK
_Static_assert((uint64_t)(SO_SECURITY_ENCRYPTION_NETWORK) == (uint64_t)(24), "net_sockopt_socket: SO_SECURITY_ENCRYPTION_NETWORK");
#endif
#ifdef SO_BINDTODEVICE
_Static_assert((uint64_t)(SO_BINDTODEVICE) == (uint64_t)(25), "net_sockopt_socket: SO_BINDTODEVICE");
#endif
#ifdef SO_ATTACH_FILTER
_Static_assert((uint64_t)(SO_ATTACH_FILTER) == (uint64_t)(26), "net_sockopt_socket: SO_ATTACH_FILTER");
#endif
#ifdef SO_DETACH_FILTER
_Static_assert((uint64_t)(SO_DETACH_FILTER) == (uint64_t)(27), "net_sockopt_socket: SO_DETACH_FILTER");
#endif
#ifdef SO_PEERNAME
_Static_assert((uint64_t)(SO_PEERNAME) == (uint64_t)(28), "net_sockopt_socket: SO_PEERNAME");
#endif
#ifdef SO_TIMESTAMP_OLD
_Static_assert((uint64_t)(SO_TIMESTAMP_OLD) == (uint64_t)(29), "net_sockopt_socket: SO_TIMESTAMP_OLD");
#endif
#ifdef SO_ACCEPTCONN
_Static_assert((uint64_t)(SO_ACCEPTCONN) == (uint64_t)(30), "net_sockopt_socket: SO_ACCEPTCONN");
#endif
#ifdef SO_PEERSEC
_Static_assert((uint64_t)(SO_PEERSEC) == (uint64_t)(31), "net_sockopt_socket: SO_PEERSEC");
#endif
#ifdef SO_SNDBUFFORCE
_Static_assert((uint64_t)(SO_SNDBUFFORCE) == (uint64_t)(32), "net_sockopt_socket: SO_SNDBUFFORCE");
#endif
#ifdef SO_RCVBUFFORCE
_Static_assert((uint64_t)(SO_RCVBUFFORCE) == (uint64_t)(33), "net_sockopt_socket: SO_RCVBUFFORCE");
#endif
#ifdef SO_PASSSEC
_Static_assert((uint64_t)(SO_PASSSEC) == (uint64_t)(34), "net_sockopt_socket: SO_PASSSEC");
#endif
#ifdef SO_TIMESTAMPNS_OLD
_Static_assert((uint64_t)(SO_TIMESTAMPNS_OLD) == (uint64_t)(35), "net_sockopt_socket: SO_TIMESTAMPNS_OLD");
#endif
#ifdef SO_MARK
_Static_assert((uint64_t)(SO_MARK) == (uint64_t)(36), "net_sockopt_socket: SO_MARK");
#endif
#ifdef SO_TIMESTAMPING_OLD
_Static_assert((uint64_t)(SO_TIMESTAMPING_OLD) == (uint64_t)(37), "net_sockopt_socket: SO_TIMESTAMPING_OLD");
#endif
#ifdef SO_PROTOCOL
_Static_assert((uint64_t)(SO_PROTOCOL) == (uint64_t)(38), "net_sockopt_socket: SO_PROTOCOL");
#endif
#ifdef SO_DOMAIN
_Static_assert((uint64_t)(SO_DOMAIN) == (uint64_t)(39), "net_sockopt_socket: SO_DOMAIN");
#endif
#ifdef SO_RXQ_OVFL
_Static_assert((uint64_t)(SO_RXQ_OVFL) == (uint64_t)(40), "net_sockopt_socket: SO_RXQ_OVFL");
#endif
#ifdef SO_WIFI_STATUS
_Static_assert((uint64_t)(SO_WIFI_STATUS) == (uint64_t)(41), "net_sockopt_socket: SO_WIFI_STATUS");
#endif
#ifdef SO_PEEK_OFF
_Static_assert((uint64_t)(SO_PEEK_OFF) == (uint64_t)(42), "net_sockopt_socket: SO_PEEK_OFF");
#endif
#ifdef SO_NOFCS
_Static_assert((uint64_t)(SO_NOFCS) == (uint64_t)(43), "net_sockopt_socket: SO_NOFCS");
#endif
#ifdef SO_LOCK_FILTER
_Static_assert((uint64_t)(SO_LOCK_FILTER) == (uint64_t)(44), "net_sockopt_socket: SO_LOCK_FILTER");
#endif
#ifdef SO_SELECT_ERR_QUEUE
_Static_assert((uint64_t)(SO_SELECT_ERR_QUEUE) == (uint64_t)(45), "net_sockopt_socket: SO_SELECT_ERR_QUEUE");
#endif
#ifdef SO_BUSY_POLL
_Static_assert((uint64_t)(SO_BUSY_POLL) == (uint64_t)(46), "net_sockopt_socket: SO_BUSY_POLL");
#endif
#ifdef SO_MAX_PACING_RATE
_Static_assert((uint64_t)(SO_MAX_PACING_RATE) == (uint64_t)(47), "net_sockopt_socket: SO_MAX_PACING_RATE");
#endif
#ifdef SO_BPF_EXTENSIONS
_Static_assert((uint64_t)(SO_BPF_EXTENSIONS) == (uint64_t)(48), "net_sockopt_socket: SO_BPF_EXTENSIONS");
#endif
#ifdef SO_INCOMING_CPU
_Static_assert((uint64_t)(SO_INCOMING_CPU) == (uint64_t)(49), "net_sockopt_socket: SO_INCOMING_CPU");
#endif
#ifdef SO_ATTACH_BPF
_Static_assert((uint64_t)(SO_ATTACH_BPF) == (uint64_t)(50), "net_sockopt_socket: SO_ATTACH_BPF");
#endif
#ifdef SO_ATTACH_REUSEPORT_CBPF
_Static_assert((uint64_t)(SO_ATTACH_REUSEPORT_CBPF) == (uint64_t)(51), "net_sockopt_socket: SO_ATTACH_REUSEPORT_CBPF");
#endif
#ifdef SO_ATTACH_REUSEPORT_EBPF
_Static_assert((uint64_t)(SO_ATTACH_REUSEPORT_EBPF) == (uint64_t)(52), "net_sockopt_socket: SO_ATTACH_REUSEPORT_EBPF");
#endif
#ifdef SO_CNX_ADVICE
_Static_assert((uint64_t)(SO_CNX_ADVICE) == (uint64_t)(53), "net_sockopt_socket: SO_CNX_ADVICE");
#endif
#ifdef SO_MEMINFO
_Static_assert((uint64_t)(SO_MEMINFO) == (uint64_t)(55), "net_sockopt_socket: SO_MEMINFO");
#endif
#ifdef SO_INCOMING_NAPI_ID
_Static_assert((uint64_t)(SO_INCOMING_NAPI_ID) == (uint64_t)(56), "net_sockopt_socket: SO_INCOMING_NAPI_ID");
#endif
#ifdef SO_COOKIE
_Static_assert((uint64_t)(SO_COOKIE) == (uint64_t)(57), "net_sockopt_socket: SO_COOKIE");
#endif
#ifdef SO_PEERGROUPS
_Static_assert((uint64_t)(SO_PEERGROUPS) == (uint64_t)(59), "net_sockopt_socket: SO_PEERGROUPS");
#endif
#ifdef SO_ZEROCOPY
_Static_assert((uint64_t)(SO_ZEROCOPY) == (uint64_t)(60), "net_sockopt_socket: SO_ZEROCOPY");
#endif
#ifdef SO_TXTIME
_Static_assert((uint64_t)(SO_TXTIME) == (uint64_t)(61), "net_sockopt_socket: SO_TXTIME");
#endif
#ifdef SO_BINDTOIFINDEX
_Static_assert((uint64_t)(SO_BINDTOIFINDEX) == (uint64_t)(62), "net_sockopt_socket: SO_BINDTOIFINDEX");
#endif
#ifdef SO_TIMESTAMP_NEW
_Static_assert((uint64_t)(SO_TIMESTAMP_NEW) == (uint64_t)(63), "net_sockopt_socket: SO_TIMESTAMP_NEW");
#endif
#ifdef SO_TIMESTAMPNS_NEW
_Static_assert((uint64_t)(SO_TIMESTAMPNS_NEW) == (uint64_t)(64), "net_sockopt_socket: SO_TIMESTAMPNS_NEW");
#endif
#ifdef SO_TIMESTAMPING_NEW
_Static_assert((uint64_t)(SO_TIMESTAMPING_NEW) == (uint64_t)(65), "net_sockopt_socket: SO_TIMESTAMPING_NEW");
#endif
#ifdef SO_RCVTIMEO_NEW
_Static_assert((uint64_t)(SO_RCVTIMEO_NEW) == (uint64_t)(66), "net_sockopt_socket: SO_RCVTIMEO_NEW");
#endif
#ifdef SO_SNDTIMEO_NEW
_Static_assert((uint64_t)(SO_SNDTIMEO_NEW) == (uint64_t)(67), "net_sockopt_socket: SO_SNDTIMEO_NEW");
#endif
#ifdef SO_DETACH_REUSEPORT_BPF
_Static_assert((uint64_t)(SO_DETACH_REUSEPORT_BPF) == (uint64_t)(68), "net_sockopt_socket: SO_DETACH_REUSEPORT_BPF");
#endif
#ifdef SO_PREFER_BUSY_POLL
_Static_assert((uint64_t)(SO_PREFER_BUSY_POLL) == (uint64_t)(69), "net_sockopt_socket: SO_PREFER_BUSY_POLL");
#endif
#ifdef SO_BUSY_POLL_BUDGET
_Static_assert((uint64_t)(SO_BUSY_POLL_BUDGET) == (uint64_t)(70), "net_sockopt_socket: SO_BUSY_POLL_BUDGET");
#endif
#ifdef SO_NETNS_COOKIE
_Static_assert((uint64_t)(SO_NETNS_COOKIE) == (uint64_t)(71), "net_sockopt_socket: SO_NETNS_COOKIE");
#endif
#ifdef SO_BUF_LOCK
_Static_assert((uint64_t)(SO_BUF_LOCK) == (uint64_t)(72), "net_sockopt_socket: SO_BUF_LOCK");
#endif
#ifdef SO_RESERVE_MEM
_Static_assert((uint64_t)(SO_RESERVE_MEM) == (uint64_t)(73), "net_sockopt_socket: SO_RESERVE_MEM");
#endif
#ifdef SO_TXREHASH
_Static_assert((uint64_t)(SO_TXREHASH) == (uint64_t)(74), "net_sockopt_socket: SO_TXREHASH");
#endif
#ifdef SO_RCVMARK
_Static_assert((uint64_t)(SO_RCVMARK) == (uint64_t)(75), "net_sockopt_socket: SO_RCVMARK");
#endif
static const struct xlat_entry xe_net_sockopt_socket[] = {
	{ (uint64_t)(1), "SO_DEBUG" },
	{ (uint64_t)(2), "SO_REUSEADDR" },
	{ (uint64_t)(3), "SO_TYPE" },
	{ (uint64_t)(4), "SO_ERROR" },
	{ (uint64_t)(5), "SO_DONTROUTE" },
	{ (uint64_t)(6), "SO_BROADCAST" },
	{ (uint64_t)(7), "SO_SNDBUF" },
	{ (uint64_t)(8), "SO_RCVBUF" },
	{ (uint64_t)(9), "SO_KEEPALIVE" },
	{ (uint64_t)(10), "SO_OOBINLINE" },
	{ (uint64_t)(11), "SO_NO_CHECK" },
	{ (uint64_t)(12), "SO_PRIORITY" },
	{ (uint64_t)(13), "SO_LINGER" },
	{ (uint64_t)(14), "SO_BSDCOMPAT" },
	{ (uint64_t)(15), "SO_REUSEPORT" },
	{ (uint64_t)(16), "SO_PASSCRED" },
	{ (uint64_t)(17), "SO_PEERCRED" },
	{ (uint64_t)(18), "SO_RCVLOWAT" },
	{ (uint64_t)(19), "SO_SNDLOWAT" },
	{ (uint64_t)(20), "SO_RCVTIMEO_OLD" },
	{ (uint64_t)(21), "SO_SNDTIMEO_OLD" },
	{ (uint64_t)(22), "SO_SECURITY_AUTHENTICATION" },
	{ (uint64_t)(23), "SO_SECURITY_ENCRYPTION_TRANSPORT" },
	{ (uint64_t)(24), "SO_SECURITY_ENCRYPTION_NETWORK" },
	{ (uint64_t)(25), "SO_BINDTODEVICE" },
	{ (uint64_t)(26), "SO_ATTACH_FILTER" },
	{ (uint64_t)(27), "SO_DETACH_FILTER" },
	{ (uint64_t)(28), "SO_PEERNAME" },
	{ (uint64_t)(29), "SO_TIMESTAMP_OLD" },
	{ (uint64_t)(30), "SO_ACCEPTCONN" },
	{ (uint64_t)(31), "SO_PEERSEC" },
	{ (uint64_t)(32), "SO_SNDBUFFORCE" },
	{ (uint64_t)(33), "SO_RCVBUFFORCE" },
	{ (uint64_t)(34), "SO_PASSSEC" },
	{ (uint64_t)(35), "SO_TIMESTAMPNS_OLD" },
	{ (uint64_t)(36), "SO_MARK" },
	{ (uint64_t)(37), "SO_TIMESTAMPING_OLD" },
	{ (uint64_t)(38), "SO_PROTOCOL" },
	{ (uint64_t)(39), "SO_DOMAIN" },
	{ (uint64_t)(40), "SO_RXQ_OVFL" },
	{ (uint64_t)(41), "SO_WIFI_STATUS" },
	{ (uint64_t)(42), "SO_PEEK_OFF" },
	{ (uint64_t)(43), "SO_NOFCS" },
	{ (uint64_t)(44), "SO_LOCK_FILTER" },
	{ (uint64_t)(45), "SO_SELECT_ERR_QUEUE" },
	{ (uint64_t)(46), "SO_BUSY_POLL" },
	{ (uint64_t)(47), "SO_MAX_PACING_RATE" },
	{ (uint64_t)(48), "SO_BPF_EXTENSIONS" },
	{ (uint64_t)(49), "SO_INCOMING_CPU" },
	{ (uint64_t)(50), "SO_ATTACH_BPF" },
	{ (uint64_t)(51), "SO_ATTACH_REUSEPORT_CBPF" },
	{ (uint64_t)(52), "SO_ATTACH_REUSEPORT_EBPF" },
	{ (uint64_t)(53), "SO_CNX_ADVICE" },
	{ (uint64_t)(55), "SO_MEMINFO" },
	{ (uint64_t)(56), "SO_INCOMING_NAPI_ID" },
	{ (uint64_t)(57), "SO_COOKIE" },
	{ (uint64_t)(59), "SO_PEERGROUPS" },
	{ (uint64_t)(60), "SO_ZEROCOPY" },
	{ (uint64_t)(61), "SO_TXTIME" },
	{ (uint64_t)(62), "SO_BINDTOIFINDEX" },
	{ (uint64_t)(63), "SO_TIMESTAMP_NEW" },
	{ (uint64_t)(64), "SO_TIMESTAMPNS_NEW" },
	{ (uint64_t)(65), "SO_TIMESTAMPING_NEW" },
	{ (uint64_t)(66), "SO_RCVTIMEO_NEW" },
	{ (uint64_t)(67), "SO_SNDTIMEO_NEW" },
	{ (uint64_t)(68), "SO_DETACH_REUSEPORT_BPF" },
	{ (uint64_t)(69), "SO_PREFER_BUSY_POLL" },
	{ (uint64_t)(70), "SO_BUSY_POLL_BUDGET" },
	{ (uint64_t)(71), "SO_NETNS_COOKIE" },
	{ (uint64_t)(72), "SO_BUF_LOCK" },
	{ (uint64_t)(73), "SO_RESERVE_MEM" },
	{ (uint64_t)(74), "SO_TXREHASH" },
	{ (uint64_t)(75), "SO_RCVMARK" },
};
const struct xlat xlat_net_sockopt_socket = { xe_net_sockopt_socket, 73, "SO_???" };

#ifdef TCP_NODELAY
_Static_assert((uint64_t)(TCP_NODELAY) == (uint64_t)(1), "net_sockopt_tcp: TCP_NODELAY");
#endif
#ifdef TCP_MAXSEG
_Static_assert((uint64_t)(TCP_MAXSEG) == (uint64_t)(2), "net_sockopt_tcp: TCP_MAXSEG");
#endif
#ifdef TCP_CORK
_Static_assert((uint64_t)(TCP_CORK) == (uint64_t)(3), "net_sockopt_tcp: TCP_CORK");
#endif
#ifdef TCP_KEEPIDLE
_Static_assert((uint64_t)(TCP_KEEPIDLE) == (uint64_t)(4), "net_sockopt_tcp: TCP_KEEPIDLE");
#endif
#ifdef TCP_KEEPINTVL
_Static_assert((uint64_t)(TCP_KEEPINTVL) == (uint64_t)(5), "net_sockopt_tcp: TCP_KEEPINTVL");
#endif
#ifdef TCP_KEEPCNT
_Static_assert((uint64_t)(TCP_KEEPCNT) == (uint64_t)(6), "net_sockopt_tcp: TCP_KEEPCNT");
#endif
#ifdef TCP_SYNCNT
_Static_assert((uint64_t)(TCP_SYNCNT) == (uint64_t)(7), "net_sockopt_tcp: TCP_SYNCNT");
#endif
#ifdef TCP_LINGER2
_Static_assert((uint64_t)(TCP_LINGER2) == (uint64_t)(8), "net_sockopt_tcp: TCP_LINGER2");
#endif
#ifdef TCP_DEFER_ACCEPT
_Static_assert((uint64_t)(TCP_DEFER_ACCEPT) == (uint64_t)(9), "net_sockopt_tcp: TCP_DEFER_ACCEPT");
#endif
#ifdef TCP_WINDOW_CLAMP
_Static_assert((uint64_t)(TCP_WINDOW_CLAMP) == (uint64_t)(10), "net_sockopt_tcp: TCP_WINDOW_CLAMP");
#endif
#ifdef TCP_INFO
_Static_assert((uint64_t)(TCP_INFO) == (uint64_t)(11), "net_sockopt_tcp: TCP_INFO");
#endif
#ifdef TCP_QUICKACK
_Static_assert((uint64_t)(TCP_QUICKACK) == (uint64_t)(12), "net_sockopt_tcp: TCP_QUICKACK");
#endif
#ifdef TCP_CONGESTION
_Static_assert((uint64_t)(TCP_CONGESTION) == (uint64_t)(13), "net_sockopt_tcp: TCP_CONGESTION");
#endif
#ifdef TCP_MD5SIG
_Static_assert((uint64_t)(TCP_MD5SIG) == (uint64_t)(14), "net_sockopt_tcp: TCP_MD5SIG");
#endif
#ifdef TCP_COOKIE_TRANSACTIONS
_Static_assert((uint64_t)(TCP_COOKIE_TRANSACTIONS) == (uint64_t)(15), "net_sockopt_tcp: TCP_COOKIE_TRANSACTIONS");
#endif
#ifdef TCP_THIN_LINEAR_TIMEOUTS
_Static_assert((uint64_t)(TCP_THIN_LINEAR_TIMEOUTS) == (uint64_t)(16), "net_sockopt_tcp: TCP_THIN_LINEAR_TIMEOUTS");
#endif
#ifdef TCP_THIN_DUPACK
_Static_assert((uint64_t)(TCP_THIN_DUPACK) == (uint64_t)(17), "net_sockopt_tcp: TCP_THIN_DUPACK");
#endif
#ifdef TCP_USER_TIMEOUT
_Static_assert((uint64_t)(TCP_USER_TIMEOUT) == (uint64_t)(18), "net_sockopt_tcp: TCP_USER_TIMEOUT");
#endif
#ifdef TCP_REPAIR
_Static_assert((uint64_t)(TCP_REPAIR) == (uint64_t)(19), "net_sockopt_tcp: TCP_REPAIR");
#endif
#ifdef TCP_REPAIR_QUEUE
_Static_assert((uint64_t)(TCP_REPAIR_QUEUE) == (uint64_t)(20), "net_sockopt_tcp: TCP_REPAIR_QUEUE");
#endif
#ifdef TCP_QUEUE_SEQ
_Static_assert((uint64_t)(TCP_QUEUE_SEQ) == (uint64_t)(21), "net_sockopt_tcp: TCP_QUEUE_SEQ");
#endif
#ifdef TCP_REPAIR_OPTIONS
_Static_assert((uint64_t)(TCP_REPAIR_OPTIONS) == (uint64_t)(22), "net_sockopt_tcp: TCP_REPAIR_OPTIONS");
#endif
#ifdef TCP_FASTOPEN
_Static_assert((uint64_t)(TCP_FASTOPEN) == (uint64_t)(23), "net_sockopt_tcp: TCP_FASTOPEN");
#endif
#ifdef TCP_TIMESTAMP
_Static_assert((uint64_t)(TCP_TIMESTAMP) == (uint64_t)(24), "net_sockopt_tcp: TCP_TIMESTAMP");
#endif
#ifdef TCP_NOTSENT_LOWAT
_Static_assert((uint64_t)(TCP_NOTSENT_LOWAT) == (uint64_t)(25), "net_sockopt_tcp: TCP_NOTSENT_LOWAT");
#endif
#ifdef TCP_CC_INFO
_Static_assert((uint64_t)(TCP_CC_INFO) == (uint64_t)(26), "net_sockopt_tcp: TCP_CC_INFO");
#endif
#ifdef TCP_SAVE_SYN
_Static_assert((uint64_t)(TCP_SAVE_SYN) == (uint64_t)(27), "net_sockopt_tcp: TCP_SAVE_SYN");
#endif
#ifdef TCP_SAVED_SYN
_Static_assert((uint64_t)(TCP_SAVED_SYN) == (uint64_t)(28), "net_sockopt_tcp: TCP_SAVED_SYN");
#endif
#ifdef TCP_REPAIR_WINDOW
_Static_assert((uint64_t)(TCP_REPAIR_WINDOW) == (uint64_t)(29), "net_sockopt_tcp: TCP_REPAIR_WINDOW");
#endif
#ifdef TCP_FASTOPEN_CONNECT
_Static_assert((uint64_t)(TCP_FASTOPEN_CONNECT) == (uint64_t)(30), "net_sockopt_tcp: TCP_FASTOPEN_CONNECT");
#endif
#ifdef TCP_ULP
_Static_assert((uint64_t)(TCP_ULP) == (uint64_t)(31), "net_sockopt_tcp: TCP_ULP");
#endif
#ifdef TCP_MD5SIG_EXT
_Static_assert((uint64_t)(TCP_MD5SIG_EXT) == (uint64_t)(32), "net_sockopt_tcp: TCP_MD5SIG_EXT");
#endif
#ifdef TCP_FASTOPEN_KEY
_Static_assert((uint64_t)(TCP_FASTOPEN_KEY) == (uint64_t)(33), "net_sockopt_tcp: TCP_FASTOPEN_KEY");
#endif
#ifdef TCP_FASTOPEN_NO_COOKIE
_Static_assert((uint64_t)(TCP_FASTOPEN_NO_COOKIE) == (uint64_t)(34), "net_sockopt_tcp: TCP_FASTOPEN_NO_COOKIE");
#endif
#ifdef TCP_ZEROCOPY_RECEIVE
_Static_assert((uint64_t)(TCP_ZEROCOPY_RECEIVE) == (uint64_t)(35), "net_sockopt_tcp: TCP_ZEROCOPY_RECEIVE");
#endif
#ifdef TCP_INQ
_Static_assert((uint64_t)(TCP_INQ) == (uint64_t)(36), "net_sockopt_tcp: TCP_INQ");
#endif
#ifdef TCP_TX_DELAY
_Static_assert((uint64_t)(TCP_TX_DELAY) == (uint64_t)(37), "net_sockopt_tcp: TCP_TX_DELAY");
#endif
static const struct xlat_entry xe_net_sockopt_tcp[] = {
	{ (uint64_t)(1), "TCP_NODELAY" },
	{ (uint64_t)(2), "TCP_MAXSEG" },
	{ (uint64_t)(3), "TCP_CORK" },
	{ (uint64_t)(4), "TCP_KEEPIDLE" },
	{ (uint64_t)(5), "TCP_KEEPINTVL" },
	{ (uint64_t)(6), "TCP_KEEPCNT" },
	{ (uint64_t)(7), "TCP_SYNCNT" },
	{ (uint64_t)(8), "TCP_LINGER2" },
	{ (uint64_t)(9), "TCP_DEFER_ACCEPT" },
	{ (uint64_t)(10), "TCP_WINDOW_CLAMP" },
	{ (uint64_t)(11), "TCP_INFO" },
	{ (uint64_t)(12), "TCP_QUICKACK" },
	{ (uint64_t)(13), "TCP_CONGESTION" },
	{ (uint64_t)(14), "TCP_MD5SIG" },
	{ (uint64_t)(15), "TCP_COOKIE_TRANSACTIONS" },
	{ (uint64_t)(16), "TCP_THIN_LINEAR_TIMEOUTS" },
	{ (uint64_t)(17), "TCP_THIN_DUPACK" },
	{ (uint64_t)(18), "TCP_USER_TIMEOUT" },
	{ (uint64_t)(19), "TCP_REPAIR" },
	{ (uint64_t)(20), "TCP_REPAIR_QUEUE" },
	{ (uint64_t)(21), "TCP_QUEUE_SEQ" },
	{ (uint64_t)(22), "TCP_REPAIR_OPTIONS" },
	{ (uint64_t)(23), "TCP_FASTOPEN" },
	{ (uint64_t)(24), "TCP_TIMESTAMP" },
	{ (uint64_t)(25), "TCP_NOTSENT_LOWAT" },
	{ (uint64_t)(26), "TCP_CC_INFO" },
	{ (uint64_t)(27), "TCP_SAVE_SYN" },
	{ (uint64_t)(28), "TCP_SAVED_SYN" },
	{ (uint64_t)(29), "TCP_REPAIR_WINDOW" },
	{ (uint64_t)(30), "TCP_FASTOPEN_CONNECT" },
	{ (uint64_t)(31), "TCP_ULP" },
	{ (uint64_t)(32), "TCP_MD5SIG_EXT" },
	{ (uint64_t)(33), "TCP_FASTOPEN_KEY" },
	{ (uint64_t)(34), "TCP_FASTOPEN_NO_COOKIE" },
	{ (uint64_t)(35), "TCP_ZEROCOPY_RECEIVE" },
	{ (uint64_t)(36), "TCP_INQ" },
	{ (uint64_t)(37), "TCP_TX_DELAY" },
};
const struct xlat xlat_net_sockopt_tcp = { xe_net_sockopt_tcp, 37, "TCP_???" };

#ifdef TIPC_IMPORTANCE
_Static_assert((uint64_t)(TIPC_IMPORTANCE) == (uint64_t)(127), "net_sockopt_tipc: TIPC_IMPORTANCE");
#endif
#ifdef TIPC_SRC_DROPPABLE
_Static_assert((uint64_t)(TIPC_SRC_DROPPABLE) == (uint64_t)(128), "net_sockopt_tipc: TIPC_SRC_DROPPABLE");
#endif
#ifdef TIPC_DEST_DROPPABLE
_Static_assert((uint64_t)(TIPC_DEST_DROPPABLE) == (uint64_t)(129), "net_sockopt_tipc: TIPC_DEST_DROPPABLE");
#endif
#ifdef TIPC_CONN_TIMEOUT
_Static_assert((uint64_t)(TIPC_CONN_TIMEOUT) == (uint64_t)(130), "net_sockopt_tipc: TIPC_CONN_TIMEOUT");
#endif
#ifdef TIPC_NODE_RECVQ_DEPTH
_Static_assert((uint64_t)(TIPC_NODE_RECVQ_DEPTH) == (uint64_t)(131), "net_sockopt_tipc: TIPC_NODE_RECVQ_DEPTH");
#endif
#ifdef TIPC_SOCK_RECVQ_DEPTH
_Static_assert((uint64_t)(TIPC_SOCK_RECVQ_DEPTH) == (uint64_t)(132), "net_sockopt_tipc: TIPC_SOCK_RECVQ_DEPTH");
#endif
#ifdef TIPC_MCAST_BROADCAST
_Static_assert((uint64_t)(TIPC_MCAST_BROADCAST) == (uint64_t)(133), "net_sockopt_tipc: TIPC_MCAST_BROADCAST");
#endif
#ifdef TIPC_MCAST_REPLICAST
_Static_assert((uint64_t)(TIPC_MCAST_REPLICAST) == (uint64_t)(134), "net_sockopt_tipc: TIPC_MCAST_REPLICAST");
#endif
#ifdef TIPC_GROUP_JOIN
_Static_assert((uint64_t)(TIPC_GROUP_JOIN) == (uint64_t)(135), "net_sockopt_tipc: TIPC_GROUP_JOIN");
#endif
#ifdef TIPC_GROUP_LEAVE
_Static_assert((uint64_t)(TIPC_GROUP_LEAVE) == (uint64_t)(136), "net_sockopt_tipc: TIPC_GROUP_LEAVE");
#endif
#ifdef TIPC_SOCK_RECVQ_USED
_Static_assert((uint64_t)(TIPC_SOCK_RECVQ_USED) == (uint64_t)(137), "net_sockopt_tipc: TIPC_SOCK_RECVQ_USED");
#endif
#ifdef TIPC_NODELAY
_Static_assert((uint64_t)(TIPC_NODELAY) == (uint64_t)(138), "net_sockopt_tipc: TIPC_NODELAY");
#endif
static const struct xlat_entry xe_net_sockopt_tipc[] = {
	{ (uint64_t)(127), "TIPC_IMPORTANCE" },
	{ (uint64_t)(128), "TIPC_SRC_DROPPABLE" },
	{ (uint64_t)(129), "TIPC_DEST_DROPPABLE" },
	{ (uint64_t)(130), "TIPC_CONN_TIMEOUT" },
	{ (uint64_t)(131), "TIPC_NODE_RECVQ_DEPTH" },
	{ (uint64_t)(132), "TIPC_SOCK_RECVQ_DEPTH" },
	{ (uint64_t)(133), "TIPC_MCAST_BROADCAST" },
	{ (uint64_t)(134), "TIPC_MCAST_REPLICAST" },
	{ (uint64_t)(135), "TIPC_GROUP_JOIN" },
	{ (uint64_t)(136), "TIPC_GROUP_LEAVE" },
	{ (uint64_t)(137), "TIPC_SOCK_RECVQ_USED" },
	{ (uint64_t)(138), "TIPC_NODELAY" },
};
const struct xlat xlat_net_sockopt_tipc = { xe_net_sockopt_tipc, 12, "TIPC_???" };

#ifdef TLS_TX
_Static_assert((uint64_t)(TLS_TX) == (uint64_t)(1), "net_sockopt_tls: TLS_TX");
#endif
#ifdef TLS_RX
_Static_assert((uint64_t)(TLS_RX) == (uint64_t)(2), "net_sockopt_tls: TLS_RX");
#endif
static const struct xlat_entry xe_net_sockopt_tls[] = {
	{ (uint64_t)(1), "TLS_TX" },
	{ (uint64_t)(2), "TLS_RX" },
};
const struct xlat xlat_net_sockopt_tls = { xe_net_sockopt_tls, 2, "TLS_???" };

#ifdef UDP_CORK
_Static_assert((uint64_t)(UDP_CORK) == (uint64_t)(1), "net_sockopt_udp: UDP_CORK");
#endif
#ifdef UDP_ENCAP
_Static_assert((uint64_t)(UDP_ENCAP) == (uint64_t)(100), "net_sockopt_udp: UDP_ENCAP");
#endif
#ifdef UDP_NO_CHECK6_TX
_Static_assert((uint64_t)(UDP_NO_CHECK6_TX) == (uint64_t)(101), "net_sockopt_udp: UDP_NO_CHECK6_TX");
#endif
#ifdef UDP_NO_CHECK6_RX
_Static_assert((uint64_t)(UDP_NO_CHECK6_RX) == (uint64_t)(102), "net_sockopt_udp: UDP_NO_CHECK6_RX");
#endif
#ifdef UDP_SEGMENT
_Static_assert((uint64_t)(UDP_SEGMENT) == (uint64_t)(103), "net_sockopt_udp: UDP_SEGMENT");
#endif
#ifdef UDP_GRO
_Static_assert((uint64_t)(UDP_GRO) == (uint64_t)(104), "net_sockopt_udp: UDP_GRO");
#endif
static const struct xlat_entry xe_net_sockopt_udp[] = {
	{ (uint64_t)(1), "UDP_CORK" },
	{ (uint64_t)(100), "UDP_ENCAP" },
	{ (uint64_t)(101), "UDP_NO_CHECK6_TX" },
	{ (uint64_t)(102), "UDP_NO_CHECK6_RX" },
	{ (uint64_t)(103), "UDP_SEGMENT" },
	{ (uint64_t)(104), "UDP_GRO" },
};
const struct xlat xlat_net_sockopt_udp = { xe_net_sockopt_udp, 6, "UDP_???" };

#ifdef SO_VM_SOCKETS_BUFFER_SIZE
_Static_assert((uint64_t)(SO_VM_SOCKETS_BUFFER_SIZE) == (uint64_t)(0), "net_sockopt_vsock: SO_VM_SOCKETS_BUFFER_SIZE");
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MIN_SIZE
_Static_assert((uint64_t)(SO_VM_SOCKETS_BUFFER_MIN_SIZE) == (uint64_t)(1), "net_sockopt_vsock: SO_VM_SOCKETS_BUFFER_MIN_SIZE");
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MAX_SIZE
_Static_assert((uint64_t)(SO_VM_SOCKETS_BUFFER_MAX_SIZE) == (uint64_t)(2), "net_sockopt_vsock: SO_VM_SOCKETS_BUFFER_MAX_SIZE");
#endif
#ifdef SO_VM_SOCKETS_PEER_HOST_VM_ID
_Static_assert((uint64_t)(SO_VM_SOCKETS_PEER_HOST_VM_ID) == (uint64_t)(3), "net_sockopt_vsock: SO_VM_SOCKETS_PEER_HOST_VM_ID");
#endif
#ifdef SO_VM_SOCKETS_TRUSTED
_Static_assert((uint64_t)(SO_VM_SOCKETS_TRUSTED) == (uint64_t)(5), "net_sockopt_vsock: SO_VM_SOCKETS_TRUSTED");
#endif
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD
_Static_assert((uint64_t)(SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD) == (uint64_t)(6), "net_sockopt_vsock: SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD");
#endif
#ifdef SO_VM_SOCKETS_NONBLOCK_TXRX
_Static_assert((uint64_t)(SO_VM_SOCKETS_NONBLOCK_TXRX) == (uint64_t)(7), "net_sockopt_vsock: SO_VM_SOCKETS_NONBLOCK_TXRX");
#endif
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW
_Static_assert((uint64_t)(SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW) == (uint64_t)(8), "net_sockopt_vsock: SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW");
#endif
static const struct xlat_entry xe_net_sockopt_vsock[] = {
	{ (uint64_t)(0), "SO_VM_SOCKETS_BUFFER_SIZE" },
	{ (uint64_t)(1), "SO_VM_SOCKETS_BUFFER_MIN_SIZE" },
	{ (uint64_t)(2), "SO_VM_SOCKETS_BUFFER_MAX_SIZE" },
	{ (uint64_t)(3), "SO_VM_SOCKETS_PEER_HOST_VM_ID" },
	{ (uint64_t)(5), "SO_VM_SOCKETS_TRUSTED" },
	{ (uint64_t)(6), "SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD" },
	{ (uint64_t)(7), "SO_VM_SOCKETS_NONBLOCK_TXRX" },
	{ (uint64_t)(8), "SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW" },
};
const struct xlat xlat_net_sockopt_vsock = { xe_net_sockopt_vsock, 8, "SO_VM_???" };

#ifdef XDP_MMAP_OFFSETS
_Static_assert((uint64_t)(XDP_MMAP_OFFSETS) == (uint64_t)(1), "net_sockopt_xdp: XDP_MMAP_OFFSETS");
#endif
#ifdef XDP_RX_RING
_Static_assert((uint64_t)(XDP_RX_RING) == (uint64_t)(2), "net_sockopt_xdp: XDP_RX_RING");
#endif
#ifdef XDP_TX_RING
_Static_assert((uint64_t)(XDP_TX_RING) == (uint64_t)(3), "net_sockopt_xdp: XDP_TX_RING");
#endif
#ifdef XDP_UMEM_REG
_Static_assert((uint64_t)(XDP_UMEM_REG) == (uint64_t)(4), "net_sockopt_xdp: XDP_UMEM_REG");
#endif
#ifdef XDP_UMEM_FILL_RING
_Static_assert((uint64_t)(XDP_UMEM_FILL_RING) == (uint64_t)(5), "net_sockopt_xdp: XDP_UMEM_FILL_RING");
#endif
#ifdef XDP_UMEM_COMPLETION_RING
_Static_assert((uint64_t)(XDP_UMEM_COMPLETION_RING) == (uint64_t)(6), "net_sockopt_xdp: XDP_UMEM_COMPLETION_RING");
#endif
#ifdef XDP_STATISTICS
_Static_assert((uint64_t)(XDP_STATISTICS) == (uint64_t)(7), "net_sockopt_xdp: XDP_STATISTICS");
#endif
#ifdef XDP_OPTIONS
_Static_assert((uint64_t)(XDP_OPTIONS) == (uint64_t)(8), "net_sockopt_xdp: XDP_OPTIONS");
#endif
static const struct xlat_entry xe_net_sockopt_xdp[] = {
	{ (uint64_t)(1), "XDP_MMAP_OFFSETS" },
	{ (uint64_t)(2), "XDP_RX_RING" },
	{ (uint64_t)(3), "XDP_TX_RING" },
	{ (uint64_t)(4), "XDP_UMEM_REG" },
	{ (uint64_t)(5), "XDP_UMEM_FILL_RING" },
	{ (uint64_t)(6), "XDP_UMEM_COMPLETION_RING" },
	{ (uint64_t)(7), "XDP_STATISTICS" },
	{ (uint64_t)(8), "XDP_OPTIONS" },
};
const struct xlat xlat_net_sockopt_xdp = { xe_net_sockopt_xdp, 8, "XDP_???" };

#ifdef SOL_IP
_Static_assert((uint64_t)(SOL_IP) == (uint64_t)(0), "net_sol_levels: SOL_IP");
#endif
#ifdef SOL_SOCKET
_Static_assert((uint64_t)(SOL_SOCKET) == (uint64_t)(1), "net_sol_levels: SOL_SOCKET");
#endif
#ifdef SOL_TCP
_Static_assert((uint64_t)(SOL_TCP) == (uint64_t)(6), "net_sol_levels: SOL_TCP");
#endif
#ifdef SOL_UDP
_Static_assert((uint64_t)(SOL_UDP) == (uint64_t)(17), "net_sol_levels: SOL_UDP");
#endif
#ifdef AF_VSOCK
_Static_assert((uint64_t)(AF_VSOCK) == (uint64_t)(40), "net_sol_levels: AF_VSOCK");
#endif
#ifdef SOL_IPV6
_Static_assert((uint64_t)(SOL_IPV6) == (uint64_t)(41), "net_sol_levels: SOL_IPV6");
#endif
#ifdef SOL_ICMPV6
_Static_assert((uint64_t)(SOL_ICMPV6) == (uint64_t)(58), "net_sol_levels: SOL_ICMPV6");
#endif
#ifdef SOL_CAN_BASE
_Static_assert((uint64_t)(SOL_CAN_BASE) == (uint64_t)(100), "net_sol_levels: SOL_CAN_BASE");
#endif
#ifdef SOL_CAN_RAW
_Static_assert((uint64_t)(SOL_CAN_RAW) == (uint64_t)(101), "net_sol_levels: SOL_CAN_RAW");
#endif
#ifdef SOL_SCTP
_Static_assert((uint64_t)(SOL_SCTP) == (uint64_t)(132), "net_sol_levels: SOL_SCTP");
#endif
#ifdef SOL_UDPLITE
_Static_assert((uint64_t)(SOL_UDPLITE) == (uint64_t)(136), "net_sol_levels: SOL_UDPLITE");
#endif
#ifdef SOL_RAW
_Static_assert((uint64_t)(SOL_RAW) == (uint64_t)(255), "net_sol_levels: SOL_RAW");
#endif
#ifdef SOL_IPX
_Static_assert((uint64_t)(SOL_IPX) == (uint64_t)(256), "net_sol_levels: SOL_IPX");
#endif
#ifdef SOL_AX25
_Static_assert((uint64_t)(SOL_AX25) == (uint64_t)(257), "net_sol_levels: SOL_AX25");
#endif
#ifdef SOL_ATALK
_Static_assert((uint64_t)(SOL_ATALK) == (uint64_t)(258), "net_sol_levels: SOL_ATALK");
#endif
#ifdef SOL_NETROM
_Static_assert((uint64_t)(SOL_NETROM) == (uint64_t)(259), "net_sol_levels: SOL_NETROM");
#endif
#ifdef SOL_ROSE
_Static_assert((uint64_t)(SOL_ROSE) == (uint64_t)(260), "net_sol_levels: SOL_ROSE");
#endif
#ifdef SOL_DECNET
_Static_assert((uint64_t)(SOL_DECNET) == (uint64_t)(261), "net_sol_levels: SOL_DECNET");
#endif
#ifdef SOL_X25
_Static_assert((uint64_t)(SOL_X25) == (uint64_t)(262), "net_sol_levels: SOL_X25");
#endif
#ifdef SOL_PACKET
_Static_assert((uint64_t)(SOL_PACKET) == (uint64_t)(263), "net_sol_levels: SOL_PACKET");
#endif
#ifdef SOL_ATM
_Static_assert((uint64_t)(SOL_ATM) == (uint64_t)(264), "net_sol_levels: SOL_ATM");
#endif
#ifdef SOL_AAL
_Static_assert((uint64_t)(SOL_AAL) == (uint64_t)(265), "net_sol_levels: SOL_AAL");
#endif
#ifdef SOL_IRDA
_Static_assert((uint64_t)(SOL_IRDA) == (uint64_t)(266), "net_sol_levels: SOL_IRDA");
#endif
#ifdef SOL_NETBEUI
_Static_assert((uint64_t)(SOL_NETBEUI) == (uint64_t)(267), "net_sol_levels: SOL_NETBEUI");
#endif
#ifdef SOL_LLC
_Static_assert((uint64_t)(SOL_LLC) == (uint64_t)(268), "net_sol_levels: SOL_LLC");
#endif
#ifdef SOL_DCCP
_Static_assert((uint64_t)(SOL_DCCP) == (uint64_t)(269), "net_sol_levels: SOL_DCCP");
#endif
#ifdef SOL_NETLINK
_Static_assert((uint64_t)(SOL_NETLINK) == (uint64_t)(270), "net_sol_levels: SOL_NETLINK");
#endif
#ifdef SOL_TIPC
_Static_assert((uint64_t)(SOL_TIPC) == (uint64_t)(271), "net_sol_levels: SOL_TIPC");
#endif
#ifdef SOL_RXRPC
_Static_assert((uint64_t)(SOL_RXRPC) == (uint64_t)(272), "net_sol_levels: SOL_RXRPC");
#endif
#ifdef SOL_PPPOL2TP
_Static_assert((uint64_t)(SOL_PPPOL2TP) == (uint64_t)(273), "net_sol_levels: SOL_PPPOL2TP");
#endif
#ifdef SOL_BLUETOOTH
_Static_assert((uint64_t)(SOL_BLUETOOTH) == (uint64_t)(274), "net_sol_levels: SOL_BLUETOOTH");
#endif
#ifdef SOL_PNPIPE
_Static_assert((uint64_t)(SOL_PNPIPE) == (uint64_t)(275), "net_sol_levels: SOL_PNPIPE");
#endif
#ifdef SOL_RDS
_Static_assert((uint64_t)(SOL_RDS) == (uint64_t)(276), "net_sol_levels: SOL_RDS");
#endif
#ifdef SOL_IUCV
_Static_assert((uint64_t)(SOL_IUCV) == (uint64_t)(277), "net_sol_levels: SOL_IUCV");
#endif
#ifdef SOL_CAIF
_Static_assert((uint64_t)(SOL_CAIF) == (uint64_t)(278), "net_sol_levels: SOL_CAIF");
#endif
#ifdef SOL_ALG
_Static_assert((uint64_t)(SOL_ALG) == (uint64_t)(279), "net_sol_levels: SOL_ALG");
#endif
#ifdef SOL_NFC
_Static_assert((uint64_t)(SOL_NFC) == (uint64_t)(280), "net_sol_levels: SOL_NFC");
#endif
#ifdef SOL_KCM
_Static_assert((uint64_t)(SOL_KCM) == (uint64_t)(281), "net_sol_levels: SOL_KCM");
#endif
#ifdef SOL_TLS
_Static_assert((uint64_t)(SOL_TLS) == (uint64_t)(282), "net_sol_levels: SOL_TLS");
#endif
#ifdef SOL_XDP
_Static_assert((uint64_t)(SOL_XDP) == (uint64_t)(283), "net_sol_levels: SOL_XDP");
#endif
static const struct xlat_entry xe_net_sol_levels[] = {
	{ (uint64_t)(0), "SOL_IP" },
	{ (uint64_t)(1), "SOL_SOCKET" },
	{ (uint64_t)(6), "SOL_TCP" },
	{ (uint64_t)(17), "SOL_UDP" },
	{ (uint64_t)(40), "AF_VSOCK" },
	{ (uint64_t)(41), "SOL_IPV6" },
	{ (uint64_t)(58), "SOL_ICMPV6" },
	{ (uint64_t)(100), "SOL_CAN_BASE" },
	{ (uint64_t)(101), "SOL_CAN_RAW" },
	{ (uint64_t)(132), "SOL_SCTP" },
	{ (uint64_t)(136), "SOL_UDPLITE" },
	{ (uint64_t)(255), "SOL_RAW" },
	{ (uint64_t)(256), "SOL_IPX" },
	{ (uint64_t)(257), "SOL_AX25" },
	{ (uint64_t)(258), "SOL_ATALK" },
	{ (uint64_t)(259), "SOL_NETROM" },
	{ (uint64_t)(260), "SOL_ROSE" },
	{ (uint64_t)(261), "SOL_DECNET" },
	{ (uint64_t)(262), "SOL_X25" },
	{ (uint64_t)(263), "SOL_PACKET" },
	{ (uint64_t)(264), "SOL_ATM" },
	{ (uint64_t)(265), "SOL_AAL" },
	{ (uint64_t)(266), "SOL_IRDA" },
	{ (uint64_t)(267), "SOL_NETBEUI" },
	{ (uint64_t)(268), "SOL_LLC" },
	{ (uint64_t)(269), "SOL_DCCP" },
	{ (uint64_t)(270), "SOL_NETLINK" },
	{ (uint64_t)(271), "SOL_TIPC" },
	{ (uint64_t)(272), "SOL_RXRPC" },
	{ (uint64_t)(273), "SOL_PPPOL2TP" },
	{ (uint64_t)(274), "SOL_BLUETOOTH" },
	{ (uint64_t)(275), "SOL_PNPIPE" },
	{ (uint64_t)(276), "SOL_RDS" },
	{ (uint64_t)(277), "SOL_IUCV" },
	{ (uint64_t)(278), "SOL_CAIF" },
	{ (uint64_t)(279), "SOL_ALG" },
	{ (uint64_t)(280), "SOL_NFC" },
	{ (uint64_t)(281), "SOL_KCM" },
	{ (uint64_t)(282), "SOL_TLS" },
	{ (uint64_t)(283), "SOL_XDP" },
};
const struct xlat xlat_net_sol_levels = { xe_net_sol_levels, 40, "SOL_??" };

#ifdef SOCK_TXREHASH_DISABLED
_Static_assert((uint64_t)(SOCK_TXREHASH_DISABLED) == (uint64_t)(0), "net_txrehash: SOCK_TXREHASH_DISABLED");
#endif
#ifdef SOCK_TXREHASH_ENABLED
_Static_assert((uint64_t)(SOCK_TXREHASH_ENABLED) == (uint64_t)(1), "net_txrehash: SOCK_TXREHASH_ENABLED");
#endif
#ifdef SOCK_TXREHASH_DEFAULT
_Static_assert((uint64_t)(SOCK_TXREHASH_DEFAULT) == (uint64_t)(255), "net_txrehash: SOCK_TXREHASH_DEFAULT");
#endif
static const struct xlat_entry xe_net_txrehash[] = {
	{ (uint64_t)(0), "SOCK_TXREHASH_DISABLED" },
	{ (uint64_t)(1), "SOCK_TXREHASH_ENABLED" },
	{ (uint64_t)(255), "SOCK_TXREHASH_DEFAULT" },
};
const struct xlat xlat_net_txrehash = { xe_net_txrehash, 3, "SOCK_TXREHASH_???" };

static const struct xlat_entry xe_notify_flags[] = {
	{ (uint64_t)(DN_ACCESS), "DN_ACCESS" },
	{ (uint64_t)(DN_MODIFY), "DN_MODIFY" },
	{ (uint64_t)(DN_CREATE), "DN_CREATE" },
	{ (uint64_t)(DN_DELETE), "DN_DELETE" },
	{ (uint64_t)(DN_RENAME), "DN_RENAME" },
	{ (uint64_t)(DN_ATTRIB), "DN_ATTRIB" },
	{ (uint64_t)(DN_MULTISHOT), "DN_MULTISHOT" },
};
const struct xlat xlat_notify_flags = { xe_notify_flags, 7, "DN_???" };

#ifdef NT_PRSTATUS
_Static_assert((uint64_t)(NT_PRSTATUS) == (uint64_t)(1), "nt_types: NT_PRSTATUS");
#endif
#ifdef NT_FPREGSET
_Static_assert((uint64_t)(NT_FPREGSET) == (uint64_t)(2), "nt_types: NT_FPREGSET");
#endif
#ifdef NT_PRPSINFO
_Static_assert((uint64_t)(NT_PRPSINFO) == (uint64_t)(3), "nt_types: NT_PRPSINFO");
#endif
#ifdef NT_PRXREG
_Static_assert((uint64_t)(NT_PRXREG) == (uint64_t)(4), "nt_types: NT_PRXREG");
#endif
#ifdef NT_PLATFORM
_Static_assert((uint64_t)(NT_PLATFORM) == (uint64_t)(5), "nt_types: NT_PLATFORM");
#endif
#ifdef NT_AUXV
_Static_assert((uint64_t)(NT_AUXV) == (uint64_t)(6), "nt_types: NT_AUXV");
#endif
#ifdef NT_GWINDOWS
_Static_assert((uint64_t)(NT_GWINDOWS) == (uint64_t)(7), "nt_types: NT_GWINDOWS");
#endif
#ifdef NT_ASRS
_Static_assert((uint64_t)(NT_ASRS) == (uint64_t)(8), "nt_types: NT_ASRS");
#endif
#ifdef NT_PSTATUS
_Static_assert((uint64_t)(NT_PSTATUS) == (uint64_t)(10), "nt_types: NT_PSTATUS");
#endif
#ifdef NT_PSINFO
_Static_assert((uint64_t)(NT_PSINFO) == (uint64_t)(13), "nt_types: NT_PSINFO");
#endif
#ifdef NT_PRCRED
_Static_assert((uint64_t)(NT_PRCRED) == (uint64_t)(14), "nt_types: NT_PRCRED");
#endif
#ifdef NT_UTSNAME
_Static_assert((uint64_t)(NT_UTSNAME) == (uint64_t)(15), "nt_types: NT_UTSNAME");
#endif
#ifdef NT_LWPSTATUS
_Static_assert((uint64_t)(NT_LWPSTATUS) == (uint64_t)(16), "nt_types: NT_LWPSTATUS");
#endif
#ifdef NT_LWPSINFO
_Static_assert((uint64_t)(NT_LWPSINFO) == (uint64_t)(17), "nt_types: NT_LWPSINFO");
#endif
#ifdef NT_PRFPXREG
_Static_assert((uint64_t)(NT_PRFPXREG) == (uint64_t)(20), "nt_types: NT_PRFPXREG");
#endif
#ifdef NT_SIGINFO
_Static_assert((uint64_t)(NT_SIGINFO) == (uint64_t)(0x53494749), "nt_types: NT_SIGINFO");
#endif
#ifdef NT_FILE
_Static_assert((uint64_t)(NT_FILE) == (uint64_t)(0x46494c45), "nt_types: NT_FILE");
#endif
#ifdef NT_PRXFPREG
_Static_assert((uint64_t)(NT_PRXFPREG) == (uint64_t)(0x46e62b7f), "nt_types: NT_PRXFPREG");
#endif
#ifdef NT_386_TLS
_Static_assert((uint64_t)(NT_386_TLS) == (uint64_t)(0x200), "nt_types: NT_386_TLS");
#endif
#ifdef NT_386_IOPERM
_Static_assert((uint64_t)(NT_386_IOPERM) == (uint64_t)(0x201), "nt_types: NT_386_IOPERM");
#endif
#ifdef NT_X86_XSTATE
_Static_assert((uint64_t)(NT_X86_XSTATE) == (uint64_t)(0x202), "nt_types: NT_X86_XSTATE");
#endif
static const struct xlat_entry xe_nt_types[] = {
	{ (uint64_t)(1), "NT_PRSTATUS" },
	{ (uint64_t)(2), "NT_FPREGSET" },
	{ (uint64_t)(3), "NT_PRPSINFO" },
	{ (uint64_t)(4), "NT_PRXREG" },
	{ (uint64_t)(5), "NT_PLATFORM" },
	{ (uint64_t)(6), "NT_AUXV" },
	{ (uint64_t)(7), "NT_GWINDOWS" },
	{ (uint64_t)(8), "NT_ASRS" },
	{ (uint64_t)(10), "NT_PSTATUS" },
	{ (uint64_t)(13), "NT_PSINFO" },
	{ (uint64_t)(14), "NT_PRCRED" },
	{ (uint64_t)(15), "NT_UTSNAME" },
	{ (uint64_t)(16), "NT_LWPSTATUS" },
	{ (uint64_t)(17), "NT_LWPSINFO" },
	{ (uint64_t)(20), "NT_PRFPXREG" },
	{ (uint64_t)(0x53494749), "NT_SIGINFO" },
	{ (uint64_t)(0x46494c45), "NT_FILE" },
	{ (uint64_t)(0x46e62b7f), "NT_PRXFPREG" },
	{ (uint64_t)(0x200), "NT_386_TLS" },
	{ (uint64_t)(0x201), "NT_386_IOPERM" },
	{ (uint64_t)(0x202), "NT_X86_XSTATE" },
};
const struct xlat xlat_nt_types = { xe_nt_types, 21, "NT_???" };

static const struct xlat_entry xe_open_access[] = {
	{ (uint64_t)(O_RDONLY), "O_RDONLY" },
	{ (uint64_t)(O_WRONLY), "O_WRONLY" },
	{ (uint64_t)(O_RDWR), "O_RDWR" },
	{ (uint64_t)(O_ACCMODE), "O_ACCMODE" },
};
const struct xlat xlat_open_access = { xe_open_access, 4, NULL };

static const struct xlat_entry xe_open_flags[] = {
	{ (uint64_t)(O_CREAT), "O_CREAT" },
	{ (uint64_t)(O_EXCL), "O_EXCL" },
	{ (uint64_t)(O_NOCTTY), "O_NOCTTY" },
	{ (uint64_t)(O_TRUNC), "O_TRUNC" },
	{ (uint64_t)(O_APPEND), "O_APPEND" },
	{ (uint64_t)(O_NONBLOCK), "O_NONBLOCK" },
	{ (uint64_t)(O_SYNC), "O_SYNC" },
	{ (uint64_t)(O_DSYNC), "O_DSYNC" },
	{ (uint64_t)(O_DIRECT), "O_DIRECT" },
	{ (uint64_t)(0100000), "O_LARGEFILE" },
	{ (uint64_t)(O_NOFOLLOW), "O_NOFOLLOW" },
	{ (uint64_t)(O_NOATIME), "O_NOATIME" },
	{ (uint64_t)(O_CLOEXEC), "O_CLOEXEC" },
	{ (uint64_t)(O_PATH), "O_PATH" },
	{ (uint64_t)(O_TMPFILE), "O_TMPFILE" },
	{ (uint64_t)(O_DIRECTORY), "O_DIRECTORY" },
	{ (uint64_t)(FASYNC), "FASYNC" },
};
const struct xlat xlat_open_flags = { xe_open_flags, 17, NULL };

#ifdef OPEN_TREE_CLONE
_Static_assert((uint64_t)(OPEN_TREE_CLONE) == (uint64_t)(1), "open_tree_flags: OPEN_TREE_CLONE");
#endif
#ifdef OPEN_TREE_CLOEXEC
_Static_assert((uint64_t)(OPEN_TREE_CLOEXEC) == (uint64_t)(02000000), "open_tree_flags: OPEN_TREE_CLOEXEC");
#endif
#ifdef AT_SYMLINK_NOFOLLOW
_Static_assert((uint64_t)(AT_SYMLINK_NOFOLLOW) == (uint64_t)(0x100), "open_tree_flags: AT_SYMLINK_NOFOLLOW");
#endif
#ifdef AT_REMOVEDIR
_Static_assert((uint64_t)(AT_REMOVEDIR) == (uint64_t)(0x200), "open_tree_flags: AT_REMOVEDIR");
#endif
#ifdef AT_SYMLINK_FOLLOW
_Static_assert((uint64_t)(AT_SYMLINK_FOLLOW) == (uint64_t)(0x400), "open_tree_flags: AT_SYMLINK_FOLLOW");
#endif
#ifdef AT_NO_AUTOMOUNT
_Static_assert((uint64_t)(AT_NO_AUTOMOUNT) == (uint64_t)(0x800), "open_tree_flags: AT_NO_AUTOMOUNT");
#endif
#ifdef AT_EMPTY_PATH
_Static_assert((uint64_t)(AT_EMPTY_PATH) == (uint64_t)(0x1000), "open_tree_flags: AT_EMPTY_PATH");
#endif
#ifdef AT_RECURSIVE
_Static_assert((uint64_t)(AT_RECURSIVE) == (uint64_t)(0x8000), "open_tree_flags: AT_RECURSIVE");
#endif
static const struct xlat_entry xe_open_tree_flags[] = {
	{ (uint64_t)(1), "OPEN_TREE_CLONE" },
	{ (uint64_t)(02000000), "OPEN_TREE_CLOEXEC" },
	{ (uint64_t)(0x100), "AT_SYMLINK_NOFOLLOW" },
	{ (uint64_t)(0x200), "AT_REMOVEDIR" },
	{ (uint64_t)(0x400), "AT_SYMLINK_FOLLOW" },
	{ (uint64_t)(0x800), "AT_NO_AUTOMOUNT" },
	{ (uint64_t)(0x1000), "AT_EMPTY_PATH" },
	{ (uint64_t)(0x8000), "AT_RECURSIVE" },
};
const struct xlat xlat_open_tree_flags = { xe_open_tree_flags, 8, NULL };

static const struct xlat_entry xe_owner_types[] = {
	{ (uint64_t)(F_OWNER_TID), "F_OWNER_TID" },
	{ (uint64_t)(F_OWNER_PID), "F_OWNER_PID" },
	{ (uint64_t)(F_OWNER_PGRP), "F_OWNER_PGRP" },
};
const struct xlat xlat_owner_types = { xe_owner_types, 3, "F_OWNER_???" };

#ifdef PERF_FLAG_FD_NO_GROUP
_Static_assert((uint64_t)(PERF_FLAG_FD_NO_GROUP) == (uint64_t)(1), "perf_event_open_flags: PERF_FLAG_FD_NO_GROUP");
#endif
#ifdef PERF_FLAG_FD_OUTPUT
_Static_assert((uint64_t)(PERF_FLAG_FD_OUTPUT) == (uint64_t)(2), "perf_event_open_flags: PERF_FLAG_FD_OUTPUT");
#endif
#ifdef PERF_FLAG_PID_CGROUP
_Static_assert((uint64_t)(PERF_FLAG_PID_CGROUP) == (uint64_t)(4), "perf_event_open_flags: PERF_FLAG_PID_CGROUP");
#endif
#ifdef PERF_FLAG_FD_CLOEXEC
_Static_assert((uint64_t)(PERF_FLAG_FD_CLOEXEC) == (uint64_t)(8), "perf_event_open_flags: PERF_FLAG_FD_CLOEXEC");
#endif
static const struct xlat_entry xe_perf_event_open_flags[] = {
	{ (uint64_t)(1), "PERF_FLAG_FD_NO_GROUP" },
	{ (uint64_t)(2), "PERF_FLAG_FD_OUTPUT" },
	{ (uint64_t)(4), "PERF_FLAG_PID_CGROUP" },
	{ (uint64_t)(8), "PERF_FLAG_FD_CLOEXEC" },
};
const struct xlat xlat_perf_event_open_flags = { xe_perf_event_open_flags, 4, NULL };

#ifdef UNAME26
_Static_assert((uint64_t)(UNAME26) == (uint64_t)(0x0020000), "personality_flags: UNAME26");
#endif
#ifdef ADDR_NO_RANDOMIZE
_Static_assert((uint64_t)(ADDR_NO_RANDOMIZE) == (uint64_t)(0x0040000), "personality_flags: ADDR_NO_RANDOMIZE");
#endif
#ifdef FDPIC_FUNCPTRS
_Static_assert((uint64_t)(FDPIC_FUNCPTRS) == (uint64_t)(0x0080000), "personality_flags: FDPIC_FUNCPTRS");
#endif
#ifdef MMAP_PAGE_ZERO
_Static_assert((uint64_t)(MMAP_PAGE_ZERO) == (uint64_t)(0x0100000), "personality_flags: MMAP_PAGE_ZERO");
#endif
#ifdef ADDR_COMPAT_LAYOUT
_Static_assert((uint64_t)(ADDR_COMPAT_LAYOUT) == (uint64_t)(0x0200000), "personality_flags: ADDR_COMPAT_LAYOUT");
#endif
#ifdef READ_IMPLIES_EXEC
_Static_assert((uint64_t)(READ_IMPLIES_EXEC) == (uint64_t)(0x0400000), "personality_flags: READ_IMPLIES_EXEC");
#endif
#ifdef ADDR_LIMIT_32BIT
_Static_assert((uint64_t)(ADDR_LIMIT_32BIT) == (uint64_t)(0x0800000), "personality_flags: ADDR_LIMIT_32BIT");
#endif
#ifdef SHORT_INODE
_Static_assert((uint64_t)(SHORT_INODE) == (uint64_t)(0x1000000), "personality_flags: SHORT_INODE");
#endif
#ifdef WHOLE_SECONDS
_Static_assert((uint64_t)(WHOLE_SECONDS) == (uint64_t)(0x2000000), "personality_flags: WHOLE_SECONDS");
#endif
#ifdef STICKY_TIMEOUTS
_Static_assert((uint64_t)(STICKY_TIMEOUTS) == (uint64_t)(0x4000000), "personality_flags: STICKY_TIMEOUTS");
#endif
#ifdef ADDR_LIMIT_3GB
_Static_assert((uint64_t)(ADDR_LIMIT_3GB) == (uint64_t)(0x8000000), "personality_flags: ADDR_LIMIT_3GB");
#endif
static const struct xlat_entry xe_personality_flags[] = {
	{ (uint64_t)(0x0020000), "UNAME26" },
	{ (uint64_t)(0x0040000), "ADDR_NO_RANDOMIZE" },
	{ (uint64_t)(0x0080000), "FDPIC_FUNCPTRS" },
	{ (uint64_t)(0x0100000), "MMAP_PAGE_ZERO" },
	{ (uint64_t)(0x0200000), "ADDR_COMPAT_LAYOUT" },
	{ (uint64_t)(0x0400000), "READ_IMPLIES_EXEC" },
	{ (uint64_t)(0x0800000), "ADDR_LIMIT_32BIT" },
	{ (uint64_t)(0x1000000), "SHORT_INODE" },
	{ (uint64_t)(0x2000000), "WHOLE_SECONDS" },
	{ (uint64_t)(0x4000000), "STICKY_TIMEOUTS" },
	{ (uint64_t)(0x8000000), "ADDR_LIMIT_3GB" },
};
const struct xlat xlat_personality_flags = { xe_personality_flags, 11, NULL };

#ifdef PER_LINUX
_Static_assert((uint64_t)(PER_LINUX) == (uint64_t)(0x0000), "personality_types: PER_LINUX");
#endif
#ifdef PER_BSD
_Static_assert((uint64_t)(PER_BSD) == (uint64_t)(0x0006), "personality_types: PER_BSD");
#endif
#ifdef PER_LINUX32
_Static_assert((uint64_t)(PER_LINUX32) == (uint64_t)(0x0008), "personality_types: PER_LINUX32");
#endif
#ifdef PER_RISCOS
_Static_assert((uint64_t)(PER_RISCOS) == (uint64_t)(0x000c), "personality_types: PER_RISCOS");
#endif
#ifdef PER_OSF4
_Static_assert((uint64_t)(PER_OSF4) == (uint64_t)(0x000f), "personality_types: PER_OSF4");
#endif
#ifdef PER_HPUX
_Static_assert((uint64_t)(PER_HPUX) == (uint64_t)(0x0010), "personality_types: PER_HPUX");
#endif
static const struct xlat_entry xe_personality_types[] = {
	{ (uint64_t)(0x0000), "PER_LINUX" },
	{ (uint64_t)(0x0006), "PER_BSD" },
	{ (uint64_t)(0x0008), "PER_LINUX32" },
	{ (uint64_t)(0x000c), "PER_RISCOS" },
	{ (uint64_t)(0x000f), "PER_OSF4" },
	{ (uint64_t)(0x0010), "PER_HPUX" },
};
const struct xlat xlat_personality_types = { xe_personality_types, 6, "PER_???" };

#ifdef PIDTYPE_PID
_Static_assert((uint64_t)(PIDTYPE_PID) == (uint64_t)(0), "pid_types: PIDTYPE_PID");
#endif
#ifdef PIDTYPE_TGID
_Static_assert((uint64_t)(PIDTYPE_TGID) == (uint64_t)(1), "pid_types: PIDTYPE_TGID");
#endif
#ifdef PIDTYPE_PGID
_Static_assert((uint64_t)(PIDTYPE_PGID) == (uint64_t)(2), "pid_types: PIDTYPE_PGID");
#endif
#ifdef PIDTYPE_SID
_Static_assert((uint64_t)(PIDTYPE_SID) == (uint64_t)(3), "pid_types: PIDTYPE_SID");
#endif
static const struct xlat_entry xe_pid_types[] = {
	{ (uint64_t)(0), "PIDTYPE_PID" },
	{ (uint64_t)(1), "PIDTYPE_TGID" },
	{ (uint64_t)(2), "PIDTYPE_PGID" },
	{ (uint64_t)(3), "PIDTYPE_SID" },
};
const struct xlat xlat_pid_types = { xe_pid_types, 4, "PIDTYPE_???" };

#ifdef PIDFD_NONBLOCK
_Static_assert((uint64_t)(PIDFD_NONBLOCK) == (uint64_t)(0x800), "pidfd_flags: PIDFD_NONBLOCK");
#endif
static const struct xlat_entry xe_pidfd_flags[] = {
	{ (uint64_t)(0x800), "PIDFD_NONBLOCK" },
};
const struct xlat xlat_pidfd_flags = { xe_pidfd_flags, 1, "PIDFD_???" };

#ifdef PKEY_DISABLE_ACCESS
_Static_assert((uint64_t)(PKEY_DISABLE_ACCESS) == (uint64_t)(0x1), "pkey_access: PKEY_DISABLE_ACCESS");
#endif
#ifdef PKEY_DISABLE_WRITE
_Static_assert((uint64_t)(PKEY_DISABLE_WRITE) == (uint64_t)(0x2), "pkey_access: PKEY_DISABLE_WRITE");
#endif
#ifdef PKEY_DISABLE_EXECUTE
_Static_assert((uint64_t)(PKEY_DISABLE_EXECUTE) == (uint64_t)(0x4), "pkey_access: PKEY_DISABLE_EXECUTE");
#endif
static const struct xlat_entry xe_pkey_access[] = {
	{ (uint64_t)(0x1), "PKEY_DISABLE_ACCESS" },
	{ (uint64_t)(0x2), "PKEY_DISABLE_WRITE" },
	{ (uint64_t)(0x4), "PKEY_DISABLE_EXECUTE" },
};
const struct xlat xlat_pkey_access = { xe_pkey_access, 3, "PKEY_???" };

#ifdef EPOLL_CLOEXEC
_Static_assert((uint64_t)(EPOLL_CLOEXEC) == (uint64_t)(02000000), "poll_epoll_create1_flags: EPOLL_CLOEXEC");
#endif
static const struct xlat_entry xe_poll_epoll_create1_flags[] = {
	{ (uint64_t)(02000000), "EPOLL_CLOEXEC" },
};
const struct xlat xlat_poll_epoll_create1_flags = { xe_poll_epoll_create1_flags, 1, "EPOLL_???" };

#ifdef EPOLL_CTL_ADD
_Static_assert((uint64_t)(EPOLL_CTL_ADD) == (uint64_t)(1), "poll_epoll_ctl_ops: EPOLL_CTL_ADD");
#endif
#ifdef EPOLL_CTL_DEL
_Static_assert((uint64_t)(EPOLL_CTL_DEL) == (uint64_t)(2), "poll_epoll_ctl_ops: EPOLL_CTL_DEL");
#endif
#ifdef EPOLL_CTL_MOD
_Static_assert((uint64_t)(EPOLL_CTL_MOD) == (uint64_t)(3), "poll_epoll_ctl_ops: EPOLL_CTL_MOD");
#endif
static const struct xlat_entry xe_poll_epoll_ctl_ops[] = {
	{ (uint64_t)(1), "EPOLL_CTL_ADD" },
	{ (uint64_t)(2), "EPOLL_CTL_DEL" },
	{ (uint64_t)(3), "EPOLL_CTL_MOD" },
};
const struct xlat xlat_poll_epoll_ctl_ops = { xe_poll_epoll_ctl_ops, 3, "EPOLL_CTL_???" };

#ifdef EPOLLIN
_Static_assert((uint64_t)(EPOLLIN) == (uint64_t)(0x1), "poll_epoll_events: EPOLLIN");
#endif
#ifdef EPOLLPRI
_Static_assert((uint64_t)(EPOLLPRI) == (uint64_t)(0x2), "poll_epoll_events: EPOLLPRI");
#endif
#ifdef EPOLLOUT
_Static_assert((uint64_t)(EPOLLOUT) == (uint64_t)(0x4), "poll_epoll_events: EPOLLOUT");
#endif
#ifdef EPOLLERR
_Static_assert((uint64_t)(EPOLLERR) == (uint64_t)(0x8), "poll_epoll_events: EPOLLERR");
#endif
#ifdef EPOLLHUP
_Static_assert((uint64_t)(EPOLLHUP) == (uint64_t)(0x10), "poll_epoll_events: EPOLLHUP");
#endif
#ifdef EPOLLNVAL
_Static_assert((uint64_t)(EPOLLNVAL) == (uint64_t)(0x20), "poll_epoll_events: EPOLLNVAL");
#endif
#ifdef EPOLLRDNORM
_Static_assert((uint64_t)(EPOLLRDNORM) == (uint64_t)(0x40), "poll_epoll_events: EPOLLRDNORM");
#endif
#ifdef EPOLLRDBAND
_Static_assert((uint64_t)(EPOLLRDBAND) == (uint64_t)(0x80), "poll_epoll_events: EPOLLRDBAND");
#endif
#ifdef EPOLLWRNORM
_Static_assert((uint64_t)(EPOLLWRNORM) == (uint64_t)(0x100), "poll_epoll_events: EPOLLWRNORM");
#endif
#ifdef EPOLLWRBAND
_Static_assert((uint64_t)(EPOLLWRBAND) == (uint64_t)(0x200), "poll_epoll_events: EPOLLWRBAND");
#endif
#ifdef EPOLLMSG
_Static_assert((uint64_t)(EPOLLMSG) == (uint64_t)(0x400), "poll_epoll_events: EPOLLMSG");
#endif
#ifdef EPOLLRDHUP
_Static_assert((uint64_t)(EPOLLRDHUP) == (uint64_t)(0x2000), "poll_epoll_events: EPOLLRDHUP");
#endif
#ifdef EPOLLEXCLUSIVE
_Static_assert((uint64_t)(EPOLLEXCLUSIVE) == (uint64_t)(0x10000000), "poll_epoll_events: EPOLLEXCLUSIVE");
#endif
#ifdef EPOLLWAKEUP
_Static_assert((uint64_t)(EPOLLWAKEUP) == (uint64_t)(0x20000000), "poll_epoll_events: EPOLLWAKEUP");
#endif
#ifdef EPOLLONESHOT
_Static_assert((uint64_t)(EPOLLONESHOT) == (uint64_t)(0x40000000), "poll_epoll_events: EPOLLONESHOT");
#endif
#ifdef EPOLLET
_Static_assert((uint64_t)(EPOLLET) == (uint64_t)(0x80000000), "poll_epoll_events: EPOLLET");
#endif
static const struct xlat_entry xe_poll_epoll_events[] = {
	{ (uint64_t)(0x1), "EPOLLIN" },
	{ (uint64_t)(0x2), "EPOLLPRI" },
	{ (uint64_t)(0x4), "EPOLLOUT" },
	{ (uint64_t)(0x8), "EPOLLERR" },
	{ (uint64_t)(0x10), "EPOLLHUP" },
	{ (uint64_t)(0x20), "EPOLLNVAL" },
	{ (uint64_t)(0x40), "EPOLLRDNORM" },
	{ (uint64_t)(0x80), "EPOLLRDBAND" },
	{ (uint64_t)(0x100), "EPOLLWRNORM" },
	{ (uint64_t)(0x200), "EPOLLWRBAND" },
	{ (uint64_t)(0x400), "EPOLLMSG" },
	{ (uint64_t)(0x2000), "EPOLLRDHUP" },
	{ (uint64_t)(0x10000000), "EPOLLEXCLUSIVE" },
	{ (uint64_t)(0x20000000), "EPOLLWAKEUP" },
	{ (uint64_t)(0x40000000), "EPOLLONESHOT" },
	{ (uint64_t)(0x80000000), "EPOLLET" },
};
const struct xlat xlat_poll_epoll_events = { xe_poll_epoll_events, 16, "EPOLL???" };

#ifdef POLLIN
_Static_assert((uint64_t)(POLLIN) == (uint64_t)(0x1), "poll_events: POLLIN");
#endif
#ifdef POLLPRI
_Static_assert((uint64_t)(POLLPRI) == (uint64_t)(0x2), "poll_events: POLLPRI");
#endif
#ifdef POLLOUT
_Static_assert((uint64_t)(POLLOUT) == (uint64_t)(0x4), "poll_events: POLLOUT");
#endif
#ifdef POLLERR
_Static_assert((uint64_t)(POLLERR) == (uint64_t)(0x8), "poll_events: POLLERR");
#endif
#ifdef POLLHUP
_Static_assert((uint64_t)(POLLHUP) == (uint64_t)(0x10), "poll_events: POLLHUP");
#endif
#ifdef POLLNVAL
_Static_assert((uint64_t)(POLLNVAL) == (uint64_t)(0x20), "poll_events: POLLNVAL");
#endif
#ifdef POLLRDNORM
_Static_assert((uint64_t)(POLLRDNORM) == (uint64_t)(0x40), "poll_events: POLLRDNORM");
#endif
#ifdef POLLRDBAND
_Static_assert((uint64_t)(POLLRDBAND) == (uint64_t)(0x80), "poll_events: POLLRDBAND");
#endif
#ifdef POLLWRNORM
_Static_assert((uint64_t)(POLLWRNORM) == (uint64_t)(0x100), "poll_events: POLLWRNORM");
#endif
#ifdef POLLWRBAND
_Static_assert((uint64_t)(POLLWRBAND) == (uint64_t)(0x200), "poll_events: POLLWRBAND");
#endif
#ifdef POLLMSG
_Static_assert((uint64_t)(POLLMSG) == (uint64_t)(0x400), "poll_events: POLLMSG");
#endif
#ifdef POLLREMOVE
_Static_assert((uint64_t)(POLLREMOVE) == (uint64_t)(0x1000), "poll_events: POLLREMOVE");
#endif
#ifdef POLLRDHUP
_Static_assert((uint64_t)(POLLRDHUP) == (uint64_t)(0x2000), "poll_events: POLLRDHUP");
#endif
#ifdef POLL_BUSY_LOOP
_Static_assert((uint64_t)(POLL_BUSY_LOOP) == (uint64_t)(0x8000), "poll_events: POLL_BUSY_LOOP");
#endif
static const struct xlat_entry xe_poll_events[] = {
	{ (uint64_t)(0x1), "POLLIN" },
	{ (uint64_t)(0x2), "POLLPRI" },
	{ (uint64_t)(0x4), "POLLOUT" },
	{ (uint64_t)(0x8), "POLLERR" },
	{ (uint64_t)(0x10), "POLLHUP" },
	{ (uint64_t)(0x20), "POLLNVAL" },
	{ (uint64_t)(0x40), "POLLRDNORM" },
	{ (uint64_t)(0x80), "POLLRDBAND" },
	{ (uint64_t)(0x100), "POLLWRNORM" },
	{ (uint64_t)(0x200), "POLLWRBAND" },
	{ (uint64_t)(0x400), "POLLMSG" },
	{ (uint64_t)(0x1000), "POLLREMOVE" },
	{ (uint64_t)(0x2000), "POLLRDHUP" },
	{ (uint64_t)(0x8000), "POLL_BUSY_LOOP" },
};
const struct xlat xlat_poll_events = { xe_poll_events, 14, "POLL???" };

#ifdef PR_CAP_AMBIENT_IS_SET
_Static_assert((uint64_t)(PR_CAP_AMBIENT_IS_SET) == (uint64_t)(1), "prctl_cap_ambient: PR_CAP_AMBIENT_IS_SET");
#endif
#ifdef PR_CAP_AMBIENT_RAISE
_Static_assert((uint64_t)(PR_CAP_AMBIENT_RAISE) == (uint64_t)(2), "prctl_cap_ambient: PR_CAP_AMBIENT_RAISE");
#endif
#ifdef PR_CAP_AMBIENT_LOWER
_Static_assert((uint64_t)(PR_CAP_AMBIENT_LOWER) == (uint64_t)(3), "prctl_cap_ambient: PR_CAP_AMBIENT_LOWER");
#endif
#ifdef PR_CAP_AMBIENT_CLEAR_ALL
_Static_assert((uint64_t)(PR_CAP_AMBIENT_CLEAR_ALL) == (uint64_t)(4), "prctl_cap_ambient: PR_CAP_AMBIENT_CLEAR_ALL");
#endif
static const struct xlat_entry xe_prctl_cap_ambient[] = {
	{ (uint64_t)(1), "PR_CAP_AMBIENT_IS_SET" },
	{ (uint64_t)(2), "PR_CAP_AMBIENT_RAISE" },
	{ (uint64_t)(3), "PR_CAP_AMBIENT_LOWER" },
	{ (uint64_t)(4), "PR_CAP_AMBIENT_CLEAR_ALL" },
};
const struct xlat xlat_prctl_cap_ambient = { xe_prctl_cap_ambient, 4, "PR_CAP_AMBIENT_???" };

#ifdef SUID_DUMP_DISABLE
_Static_assert((uint64_t)(SUID_DUMP_DISABLE) == (uint64_t)(0), "prctl_dumpable: SUID_DUMP_DISABLE");
#endif
#ifdef SUID_DUMP_USER
_Static_assert((uint64_t)(SUID_DUMP_USER) == (uint64_t)(1), "prctl_dumpable: SUID_DUMP_USER");
#endif
#ifdef SUID_DUMP_ROOT
_Static_assert((uint64_t)(SUID_DUMP_ROOT) == (uint64_t)(2), "prctl_dumpable: SUID_DUMP_ROOT");
#endif
static const struct xlat_entry xe_prctl_dumpable[] = {
	{ (uint64_t)(0), "SUID_DUMP_DISABLE" },
	{ (uint64_t)(1), "SUID_DUMP_USER" },
	{ (uint64_t)(2), "SUID_DUMP_ROOT" },
};
const struct xlat xlat_prctl_dumpable = { xe_prctl_dumpable, 3, "SUID_DUMP_???" };

#ifdef PR_FP_MODE_FR
_Static_assert((uint64_t)(PR_FP_MODE_FR) == (uint64_t)(1), "prctl_fp_mode: PR_FP_MODE_FR");
#endif
#ifdef PR_FP_MODE_FRE
_Static_assert((uint64_t)(PR_FP_MODE_FRE) == (uint64_t)(2), "prctl_fp_mode: PR_FP_MODE_FRE");
#endif
static const struct xlat_entry xe_prctl_fp_mode[] = {
	{ (uint64_t)(1), "PR_FP_MODE_FR" },
	{ (uint64_t)(2), "PR_FP_MODE_FRE" },
};
const struct xlat xlat_prctl_fp_mode = { xe_prctl_fp_mode, 2, NULL };

#ifdef PR_MCE_KILL_CLEAR
_Static_assert((uint64_t)(PR_MCE_KILL_CLEAR) == (uint64_t)(0), "prctl_mce_kill: PR_MCE_KILL_CLEAR");
#endif
#ifdef PR_MCE_KILL_SET
_Static_assert((uint64_t)(PR_MCE_KILL_SET) == (uint64_t)(1), "prctl_mce_kill: PR_MCE_KILL_SET");
#endif
static const struct xlat_entry xe_prctl_mce_kill[] = {
	{ (uint64_t)(0), "PR_MCE_KILL_CLEAR" },
	{ (uint64_t)(1), "PR_MCE_KILL_SET" },
};
const struct xlat xlat_prctl_mce_kill = { xe_prctl_mce_kill, 2, "PR_MCE_KILL_???" };

#ifdef PR_MCE_KILL_LATE
_Static_assert((uint64_t)(PR_MCE_KILL_LATE) == (uint64_t)(0), "prctl_mce_kill_policy: PR_MCE_KILL_LATE");
#endif
#ifdef PR_MCE_KILL_EARLY
_Static_assert((uint64_t)(PR_MCE_KILL_EARLY) == (uint64_t)(1), "prctl_mce_kill_policy: PR_MCE_KILL_EARLY");
#endif
#ifdef PR_MCE_KILL_DEFAULT
_Static_assert((uint64_t)(PR_MCE_KILL_DEFAULT) == (uint64_t)(2), "prctl_mce_kill_policy: PR_MCE_KILL_DEFAULT");
#endif
static const struct xlat_entry xe_prctl_mce_kill_policy[] = {
	{ (uint64_t)(0), "PR_MCE_KILL_LATE" },
	{ (uint64_t)(1), "PR_MCE_KILL_EARLY" },
	{ (uint64_t)(2), "PR_MCE_KILL_DEFAULT" },
};
const struct xlat xlat_prctl_mce_kill_policy = { xe_prctl_mce_kill_policy, 3, "PR_MCE_KILL_???" };

#ifdef PR_SET_PDEATHSIG
_Static_assert((uint64_t)(PR_SET_PDEATHSIG) == (uint64_t)(1), "prctl_options: PR_SET_PDEATHSIG");
#endif
#ifdef PR_GET_PDEATHSIG
_Static_assert((uint64_t)(PR_GET_PDEATHSIG) == (uint64_t)(2), "prctl_options: PR_GET_PDEATHSIG");
#endif
#ifdef PR_GET_DUMPABLE
_Static_assert((uint64_t)(PR_GET_DUMPABLE) == (uint64_t)(3), "prctl_options: PR_GET_DUMPABLE");
#endif
#ifdef PR_SET_DUMPABLE
_Static_assert((uint64_t)(PR_SET_DUMPABLE) == (uint64_t)(4), "prctl_options: PR_SET_DUMPABLE");
#endif
#ifdef PR_GET_UNALIGN
_Static_assert((uint64_t)(PR_GET_UNALIGN) == (uint64_t)(5), "prctl_options: PR_GET_UNALIGN");
#endif
#ifdef PR_SET_UNALIGN
_Static_assert((uint64_t)(PR_SET_UNALIGN) == (uint64_t)(6), "prctl_options: PR_SET_UNALIGN");
#endif
#ifdef PR_GET_KEEPCAPS
_Static_assert((uint64_t)(PR_GET_KEEPCAPS) == (uint64_t)(7), "prctl_options: PR_GET_KEEPCAPS");
#endif
#ifdef PR_SET_KEEPCAPS
_Static_assert((uint64_t)(PR_SET_KEEPCAPS) == (uint64_t)(8), "prctl_options: PR_SET_KEEPCAPS");
#endif
#ifdef PR_GET_FPEMU
_Static_assert((uint64_t)(PR_GET_FPEMU) == (uint64_t)(9), "prctl_options: PR_GET_FPEMU");
#endif
#ifdef PR_SET_FPEMU
_Static_assert((uint64_t)(PR_SET_FPEMU) == (uint64_t)(10), "prctl_options: PR_SET_FPEMU");
#endif
#ifdef PR_GET_FPEXC
_Static_assert((uint64_t)(PR_GET_FPEXC) == (uint64_t)(11), "prctl_options: PR_GET_FPEXC");
#endif
#ifdef PR_SET_FPEXC
_Static_assert((uint64_t)(PR_SET_FPEXC) == (uint64_t)(12), "prctl_options: PR_SET_FPEXC");
#endif
#ifdef PR_GET_TIMING
_Static_assert((uint64_t)(PR_GET_TIMING) == (uint64_t)(13), "prctl_options: PR_GET_TIMING");
#endif
#ifdef PR_SET_TIMING
_Static_assert((uint64_t)(PR_SET_TIMING) == (uint64_t)(14), "prctl_options: PR_SET_TIMING");
#endif
#ifdef PR_SET_NAME
_Static_assert((uint64_t)(PR_SET_NAME) == (uint64_t)(15), "prctl_options: PR_SET_NAME");
#endif
#ifdef PR_GET_NAME
_Static_assert((uint64_t)(PR_GET_NAME) == (uint64_t)(16), "prctl_options: PR_GET_NAME");
#endif
#ifdef PR_GET_ENDIAN
_Static_assert((uint64_t)(PR_GET_ENDIAN) == (uint64_t)(19), "prctl_options: PR_GET_ENDIAN");
#endif
#ifdef PR_SET_ENDIAN
_Static_assert((uint64_t)(PR_SET_ENDIAN) == (uint64_t)(20), "prctl_options: PR_SET_ENDIAN");
#endif
#ifdef PR_GET_SECCOMP
_Static_assert((uint64_t)(PR_GET_SECCOMP) == (uint64_t)(21), "prctl_options: PR_GET_SECCOMP");
#endif
#ifdef PR_SET_SECCOMP
_Static_assert((uint64_t)(PR_SET_SECCOMP) == (uint64_t)(22), "prctl_options: PR_SET_SECCOMP");
#endif
#ifdef PR_CAPBSET_READ
_Static_assert((uint64_t)(PR_CAPBSET_READ) == (uint64_t)(23), "prctl_options: PR_CAPBSET_READ");
#endif
#ifdef PR_CAPBSET_DROP
_Static_assert((uint64_t)(PR_CAPBSET_DROP) == (uint64_t)(24), "prctl_options: PR_CAPBSET_DROP");
#endif
#ifdef PR_GET_TSC
_Static_assert((uint64_t)(PR_GET_TSC) == (uint64_t)(25), "prctl_options: PR_GET_TSC");
#endif
#ifdef PR_SET_TSC
_Static_assert((uint64_t)(PR_SET_TSC) == (uint64_t)(26), "prctl_options: PR_SET_TSC");
#endif
#ifdef PR_GET_SECUREBITS
_Static_assert((uint64_t)(PR_GET_SECUREBITS) == (uint64_t)(27), "prctl_options: PR_GET_SECUREBITS");
#endif
#ifdef PR_SET_SECUREBITS
_Static_assert((uint64_t)(PR_SET_SECUREBITS) == (uint64_t)(28), "prctl_options: PR_SET_SECUREBITS");
#endif
#ifdef PR_SET_TIMERSLACK
_Static_assert((uint64_t)(PR_SET_TIMERSLACK) == (uint64_t)(29), "prctl_options: PR_SET_TIMERSLACK");
#endif
#ifdef PR_GET_TIMERSLACK
_Static_assert((uint64_t)(PR_GET_TIMERSLACK) == (uint64_t)(30), "prctl_options: PR_GET_TIMERSLACK");
#endif
#ifdef PR_TASK_PERF_EVENTS_DISABLE
_Static_assert((uint64_t)(PR_TASK_PERF_EVENTS_DISABLE) == (uint64_t)(31), "prctl_options: PR_TASK_PERF_EVENTS_DISABLE");
#endif
#ifdef PR_TASK_PERF_EVENTS_ENABLE
_Static_assert((uint64_t)(PR_TASK_PERF_EVENTS_ENABLE) == (uint64_t)(32), "prctl_options: PR_TASK_PERF_EVENTS_ENABLE");
#endif
#ifdef PR_MCE_KILL
_Static_assert((uint64_t)(PR_MCE_KILL) == (uint64_t)(33), "prctl_options: PR_MCE_KILL");
#endif
#ifdef PR_MCE_KILL_GET
_Static_assert((uint64_t)(PR_MCE_KILL_GET) == (uint64_t)(34), "prctl_options: PR_MCE_KILL_GET");
#endif
#ifdef PR_SET_MM
_Static_assert((uint64_t)(PR_SET_MM) == (uint64_t)(35), "prctl_options: PR_SET_MM");
#endif
#ifdef PR_SET_CHILD_SUBREAPER
_Static_assert((uint64_t)(PR_SET_CHILD_SUBREAPER) == (uint64_t)(36), "prctl_options: PR_SET_CHILD_SUBREAPER");
#endif
#ifdef PR_GET_CHILD_SUBREAPER
_Static_assert((uint64_t)(PR_GET_CHILD_SUBREAPER) == (uint64_t)(37), "prctl_options: PR_GET_CHILD_SUBREAPER");
#endif
#ifdef PR_SET_NO_NEW_PRIVS
_Static_assert((uint64_t)(PR_SET_NO_NEW_PRIVS) == (uint64_t)(38), "prctl_options: PR_SET_NO_NEW_PRIVS");
#endif
#ifdef PR_GET_NO_NEW_PRIVS
_Static_assert((uint64_t)(PR_GET_NO_NEW_PRIVS) == (uint64_t)(39), "prctl_options: PR_GET_NO_NEW_PRIVS");
#endif
#ifdef PR_GET_TID_ADDRESS
_Static_assert((uint64_t)(PR_GET_TID_ADDRESS) == (uint64_t)(40), "prctl_options: PR_GET_TID_ADDRESS");
#endif
#ifdef PR_SET_THP_DISABLE
_Static_assert((uint64_t)(PR_SET_THP_DISABLE) == (uint64_t)(41), "prctl_options: PR_SET_THP_DISABLE");
#endif
#ifdef PR_GET_THP_DISABLE
_Static_assert((uint64_t)(PR_GET_THP_DISABLE) == (uint64_t)(42), "prctl_options: PR_GET_THP_DISABLE");
#endif
#ifdef PR_MPX_ENABLE_MANAGEMENT
_Static_assert((uint64_t)(PR_MPX_ENABLE_MANAGEMENT) == (uint64_t)(43), "prctl_options: PR_MPX_ENABLE_MANAGEMENT");
#endif
#ifdef PR_MPX_DISABLE_MANAGEMENT
_Static_assert((uint64_t)(PR_MPX_DISABLE_MANAGEMENT) == (uint64_t)(44), "prctl_options: PR_MPX_DISABLE_MANAGEMENT");
#endif
#ifdef PR_SET_FP_MODE
_Static_assert((uint64_t)(PR_SET_FP_MODE) == (uint64_t)(45), "prctl_options: PR_SET_FP_MODE");
#endif
#ifdef PR_GET_FP_MODE
_Static_assert((uint64_t)(PR_GET_FP_MODE) == (uint64_t)(46), "prctl_options: PR_GET_FP_MODE");
#endif
#ifdef PR_CAP_AMBIENT
_Static_assert((uint64_t)(PR_CAP_AMBIENT) == (uint64_t)(47), "prctl_options: PR_CAP_AMBIENT");
#endif
#ifdef PR_SVE_SET_VL
_Static_assert((uint64_t)(PR_SVE_SET_VL) == (uint64_t)(50), "prctl_options: PR_SVE_SET_VL");
#endif
#ifdef PR_SVE_GET_VL
_Static_assert((uint64_t)(PR_SVE_GET_VL) == (uint64_t)(51), "prctl_options: PR_SVE_GET_VL");
#endif
#ifdef PR_GET_SPECULATION_CTRL
_Static_assert((uint64_t)(PR_GET_SPECULATION_CTRL) == (uint64_t)(52), "prctl_options: PR_GET_SPECULATION_CTRL");
#endif
#ifdef PR_SET_SPECULATION_CTRL
_Static_assert((uint64_t)(PR_SET_SPECULATION_CTRL) == (uint64_t)(53), "prctl_options: PR_SET_SPECULATION_CTRL");
#endif
#ifdef PR_PAC_RESET_KEYS
_Static_assert((uint64_t)(PR_PAC_RESET_KEYS) == (uint64_t)(54), "prctl_options: PR_PAC_RESET_KEYS");
#endif
#ifdef PR_SET_TAGGED_ADDR_CTRL
_Static_assert((uint64_t)(PR_SET_TAGGED_ADDR_CTRL) == (uint64_t)(55), "prctl_options: PR_SET_TAGGED_ADDR_CTRL");
#endif
#ifdef PR_GET_TAGGED_ADDR_CTRL
_Static_assert((uint64_t)(PR_GET_TAGGED_ADDR_CTRL) == (uint64_t)(56), "prctl_options: PR_GET_TAGGED_ADDR_CTRL");
#endif
#ifdef PR_SET_IO_FLUSHER
_Static_assert((uint64_t)(PR_SET_IO_FLUSHER) == (uint64_t)(57), "prctl_options: PR_SET_IO_FLUSHER");
#endif
#ifdef PR_GET_IO_FLUSHER
_Static_assert((uint64_t)(PR_GET_IO_FLUSHER) == (uint64_t)(58), "prctl_options: PR_GET_IO_FLUSHER");
#endif
#ifdef PR_SET_SYSCALL_USER_DISPATCH
_Static_assert((uint64_t)(PR_SET_SYSCALL_USER_DISPATCH) == (uint64_t)(59), "prctl_options: PR_SET_SYSCALL_USER_DISPATCH");
#endif
#ifdef PR_PAC_SET_ENABLED_KEYS
_Static_assert((uint64_t)(PR_PAC_SET_ENABLED_KEYS) == (uint64_t)(60), "prctl_options: PR_PAC_SET_ENABLED_KEYS");
#endif
#ifdef PR_PAC_GET_ENABLED_KEYS
_Static_assert((uint64_t)(PR_PAC_GET_ENABLED_KEYS) == (uint64_t)(61), "prctl_options: PR_PAC_GET_ENABLED_KEYS");
#endif
#ifdef PR_SCHED_CORE
_Static_assert((uint64_t)(PR_SCHED_CORE) == (uint64_t)(62), "prctl_options: PR_SCHED_CORE");
#endif
#ifdef PR_SME_SET_VL
_Static_assert((uint64_t)(PR_SME_SET_VL) == (uint64_t)(63), "prctl_options: PR_SME_SET_VL");
#endif
#ifdef PR_SME_GET_VL
_Static_assert((uint64_t)(PR_SME_GET_VL) == (uint64_t)(64), "prctl_options: PR_SME_GET_VL");
#endif
#ifdef PR_SET_PTRACER
_Static_assert((uint64_t)(PR_SET_PTRACER) == (uint64_t)(0x59616d61), "prctl_options: PR_SET_PTRACER");
#endif
#ifdef PR_SET_VMA
_Static_assert((uint64_t)(PR_SET_VMA) == (uint64_t)(0x53564d41), "prctl_options: PR_SET_VMA");
#endif
static const struct xlat_entry xe_prctl_options[] = {
	{ (uint64_t)(1), "PR_SET_PDEATHSIG" },
	{ (uint64_t)(2), "PR_GET_PDEATHSIG" },
	{ (uint64_t)(3), "PR_GET_DUMPABLE" },
	{ (uint64_t)(4), "PR_SET_DUMPABLE" },
	{ (uint64_t)(5), "PR_GET_UNALIGN" },
	{ (uint64_t)(6), "PR_SET_UNALIGN" },
	{ (uint64_t)(7), "PR_GET_KEEPCAPS" },
	{ (uint64_t)(8), "PR_SET_KEEPCAPS" },
	{ (uint64_t)(9), "PR_GET_FPEMU" },
	{ (uint64_t)(10), "PR_SET_FPEMU" },
	{ (uint64_t)(11), "PR_GET_FPEXC" },
	{ (uint64_t)(12), "PR_SET_FPEXC" },
	{ (uint64_t)(13), "PR_GET_TIMING" },
	{ (uint64_t)(14), "PR_SET_TIMING" },
	{ (uint64_t)(15), "PR_SET_NAME" },
	{ (uint64_t)(16), "PR_GET_NAME" },
	{ (uint64_t)(19), "PR_GET_ENDIAN" },
	{ (uint64_t)(20), "PR_SET_ENDIAN" },
	{ (uint64_t)(21), "PR_GET_SECCOMP" },
	{ (uint64_t)(22), "PR_SET_SECCOMP" },
	{ (uint64_t)(23), "PR_CAPBSET_READ" },
	{ (uint64_t)(24), "PR_CAPBSET_DROP" },
	{ (uint64_t)(25), "PR_GET_TSC" },
	{ (uint64_t)(26), "PR_SET_TSC" },
	{ (uint64_t)(27), "PR_GET_SECUREBITS" },
	{ (uint64_t)(28), "PR_SET_SECUREBITS" },
	{ (uint64_t)(29), "PR_SET_TIMERSLACK" },
	{ (uint64_t)(30), "PR_GET_TIMERSLACK" },
	{ (uint64_t)(31), "PR_TASK_PERF_EVENTS_DISABLE" },
	{ (uint64_t)(32), "PR_TASK_PERF_EVENTS_ENABLE" },
	{ (uint64_t)(33), "PR_MCE_KILL" },
	{ (uint64_t)(34), "PR_MCE_KILL_GET" },
	{ (uint64_t)(35), "PR_SET_MM" },
	{ (uint64_t)(36), "PR_SET_CHILD_SUBREAPER" },
	{ (uint64_t)(37), "PR_GET_CHILD_SUBREAPER" },
	{ (uint64_t)(38), "PR_SET_NO_NEW_PRIVS" },
	{ (uint64_t)(39), "PR_GET_NO_NEW_PRIVS" },
	{ (uint64_t)(40), "PR_GET_TID_ADDRESS" },
	{ (uint64_t)(41), "PR_SET_THP_DISABLE" },
	{ (uint64_t)(42), "PR_GET_THP_DISABLE" },
	{ (uint64_t)(43), "PR_MPX_ENABLE_MANAGEMENT" },
	{ (uint64_t)(44), "PR_MPX_DISABLE_MANAGEMENT" },
	{ (uint64_t)(45), "PR_SET_FP_MODE" },
	{ (uint64_t)(46), "PR_GET_FP_MODE" },
	{ (uint64_t)(47), "PR_CAP_AMBIENT" },
	{ (uint64_t)(50), "PR_SVE_SET_VL" },
	{ (uint64_t)(51), "PR_SVE_GET_VL" },
	{ (uint64_t)(52), "PR_GET_SPECULATION_CTRL" },
	{ (uint64_t)(53), "PR_SET_SPECULATION_CTRL" },
	{ (uint64_t)(54), "PR_PAC_RESET_KEYS" },
	{ (uint64_t)(55), "PR_SET_TAGGED_ADDR_CTRL" },
	{ (uint64_t)(56), "PR_GET_TAGGED_ADDR_CTRL" },
	{ (uint64_t)(57), "PR_SET_IO_FLUSHER" },
	{ (uint64_t)(58), "PR_GET_IO_FLUSHER" },
	{ (uint64_t)(59), "PR_SET_SYSCALL_USER_DISPATCH" },
	{ (uint64_t)(60), "PR_PAC_SET_ENABLED_KEYS" },
	{ (uint64_t)(61), "PR_PAC_GET_ENABLED_KEYS" },
	{ (uint64_t)(62), "PR_SCHED_CORE" },
	{ (uint64_t)(63), "PR_SME_SET_VL" },
	{ (uint64_t)(64), "PR_SME_GET_VL" },
	{ (uint64_t)(0x59616d61), "PR_SET_PTRACER" },
	{ (uint64_t)(0x53564d41), "PR_SET_VMA" },
};
const struct xlat xlat_prctl_options = { xe_prctl_options, 62, "PR_???" };

#ifdef PR_PAC_APIAKEY
_Static_assert((uint64_t)(PR_PAC_APIAKEY) == (uint64_t)(1), "prctl_pac_enabled_keys: PR_PAC_APIAKEY");
#endif
#ifdef PR_PAC_APIBKEY
_Static_assert((uint64_t)(PR_PAC_APIBKEY) == (uint64_t)(2), "prctl_pac_enabled_keys: PR_PAC_APIBKEY");
#endif
#ifdef PR_PAC_APDAKEY
_Static_assert((uint64_t)(PR_PAC_APDAKEY) == (uint64_t)(4), "prctl_pac_enabled_keys: PR_PAC_APDAKEY");
#endif
#ifdef PR_PAC_APDBKEY
_Static_assert((uint64_t)(PR_PAC_APDBKEY) == (uint64_t)(8), "prctl_pac_enabled_keys: PR_PAC_APDBKEY");
#endif
static const struct xlat_entry xe_prctl_pac_enabled_keys[] = {
	{ (uint64_t)(1), "PR_PAC_APIAKEY" },
	{ (uint64_t)(2), "PR_PAC_APIBKEY" },
	{ (uint64_t)(4), "PR_PAC_APDAKEY" },
	{ (uint64_t)(8), "PR_PAC_APDBKEY" },
};
const struct xlat xlat_prctl_pac_enabled_keys = { xe_prctl_pac_enabled_keys, 4, NULL };

#ifdef PR_PAC_APIAKEY
_Static_assert((uint64_t)(PR_PAC_APIAKEY) == (uint64_t)(1), "prctl_pac_keys: PR_PAC_APIAKEY");
#endif
#ifdef PR_PAC_APIBKEY
_Static_assert((uint64_t)(PR_PAC_APIBKEY) == (uint64_t)(2), "prctl_pac_keys: PR_PAC_APIBKEY");
#endif
#ifdef PR_PAC_APDAKEY
_Static_assert((uint64_t)(PR_PAC_APDAKEY) == (uint64_t)(4), "prctl_pac_keys: PR_PAC_APDAKEY");
#endif
#ifdef PR_PAC_APDBKEY
_Static_assert((uint64_t)(PR_PAC_APDBKEY) == (uint64_t)(8), "prctl_pac_keys: PR_PAC_APDBKEY");
#endif
#ifdef PR_PAC_APGAKEY
_Static_assert((uint64_t)(PR_PAC_APGAKEY) == (uint64_t)(16), "prctl_pac_keys: PR_PAC_APGAKEY");
#endif
static const struct xlat_entry xe_prctl_pac_keys[] = {
	{ (uint64_t)(1), "PR_PAC_APIAKEY" },
	{ (uint64_t)(2), "PR_PAC_APIBKEY" },
	{ (uint64_t)(4), "PR_PAC_APDAKEY" },
	{ (uint64_t)(8), "PR_PAC_APDBKEY" },
	{ (uint64_t)(16), "PR_PAC_APGAKEY" },
};
const struct xlat xlat_prctl_pac_keys = { xe_prctl_pac_keys, 5, NULL };

#ifdef PR_SCHED_CORE_GET
_Static_assert((uint64_t)(PR_SCHED_CORE_GET) == (uint64_t)(0), "prctl_sched_core: PR_SCHED_CORE_GET");
#endif
#ifdef PR_SCHED_CORE_CREATE
_Static_assert((uint64_t)(PR_SCHED_CORE_CREATE) == (uint64_t)(1), "prctl_sched_core: PR_SCHED_CORE_CREATE");
#endif
#ifdef PR_SCHED_CORE_SHARE_TO
_Static_assert((uint64_t)(PR_SCHED_CORE_SHARE_TO) == (uint64_t)(2), "prctl_sched_core: PR_SCHED_CORE_SHARE_TO");
#endif
#ifdef PR_SCHED_CORE_SHARE_FROM
_Static_assert((uint64_t)(PR_SCHED_CORE_SHARE_FROM) == (uint64_t)(3), "prctl_sched_core: PR_SCHED_CORE_SHARE_FROM");
#endif
static const struct xlat_entry xe_prctl_sched_core[] = {
	{ (uint64_t)(0), "PR_SCHED_CORE_GET" },
	{ (uint64_t)(1), "PR_SCHED_CORE_CREATE" },
	{ (uint64_t)(2), "PR_SCHED_CORE_SHARE_TO" },
	{ (uint64_t)(3), "PR_SCHED_CORE_SHARE_FROM" },
};
const struct xlat xlat_prctl_sched_core = { xe_prctl_sched_core, 4, "PR_SCHED_CORE_???" };

#ifdef SECBIT_NOROOT
_Static_assert((uint64_t)(SECBIT_NOROOT) == (uint64_t)(0x1), "prctl_securebits: SECBIT_NOROOT");
#endif
#ifdef SECBIT_NOROOT_LOCKED
_Static_assert((uint64_t)(SECBIT_NOROOT_LOCKED) == (uint64_t)(0x2), "prctl_securebits: SECBIT_NOROOT_LOCKED");
#endif
#ifdef SECBIT_NO_SETUID_FIXUP
_Static_assert((uint64_t)(SECBIT_NO_SETUID_FIXUP) == (uint64_t)(0x4), "prctl_securebits: SECBIT_NO_SETUID_FIXUP");
#endif
#ifdef SECBIT_NO_SETUID_FIXUP_LOCKED
_Static_assert((uint64_t)(SECBIT_NO_SETUID_FIXUP_LOCKED) == (uint64_t)(0x8), "prctl_securebits: SECBIT_NO_SETUID_FIXUP_LOCKED");
#endif
#ifdef SECBIT_KEEP_CAPS
_Static_assert((uint64_t)(SECBIT_KEEP_CAPS) == (uint64_t)(0x10), "prctl_securebits: SECBIT_KEEP_CAPS");
#endif
#ifdef SECBIT_KEEP_CAPS_LOCKED
_Static_assert((uint64_t)(SECBIT_KEEP_CAPS_LOCKED) == (uint64_t)(0x20), "prctl_securebits: SECBIT_KEEP_CAPS_LOCKED");
#endif
#ifdef SECBIT_NO_CAP_AMBIENT_RAISE
_Static_assert((uint64_t)(SECBIT_NO_CAP_AMBIENT_RAISE) == (uint64_t)(0x40), "prctl_securebits: SECBIT_NO_CAP_AMBIENT_RAISE");
#endif
#ifdef SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED
_Static_assert((uint64_t)(SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED) == (uint64_t)(0x80), "prctl_securebits: SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED");
#endif
static const struct xlat_entry xe_prctl_securebits[] = {
	{ (uint64_t)(0x1), "SECBIT_NOROOT" },
	{ (uint64_t)(0x2), "SECBIT_NOROOT_LOCKED" },
	{ (uint64_t)(0x4), "SECBIT_NO_SETUID_FIXUP" },
	{ (uint64_t)(0x8), "SECBIT_NO_SETUID_FIXUP_LOCKED" },
	{ (uint64_t)(0x10), "SECBIT_KEEP_CAPS" },
	{ (uint64_t)(0x20), "SECBIT_KEEP_CAPS_LOCKED" },
	{ (uint64_t)(0x40), "SECBIT_NO_CAP_AMBIENT_RAISE" },
	{ (uint64_t)(0x80), "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED" },
};
const struct xlat xlat_prctl_securebits = { xe_prctl_securebits, 8, NULL };

#ifdef PR_SET_MM_START_CODE
_Static_assert((uint64_t)(PR_SET_MM_START_CODE) == (uint64_t)(1), "prctl_set_mm: PR_SET_MM_START_CODE");
#endif
#ifdef PR_SET_MM_END_CODE
_Static_assert((uint64_t)(PR_SET_MM_END_CODE) == (uint64_t)(2), "prctl_set_mm: PR_SET_MM_END_CODE");
#endif
#ifdef PR_SET_MM_START_DATA
_Static_assert((uint64_t)(PR_SET_MM_START_DATA) == (uint64_t)(3), "prctl_set_mm: PR_SET_MM_START_DATA");
#endif
#ifdef PR_SET_MM_END_DATA
_Static_assert((uint64_t)(PR_SET_MM_END_DATA) == (uint64_t)(4), "prctl_set_mm: PR_SET_MM_END_DATA");
#endif
#ifdef PR_SET_MM_START_STACK
_Static_assert((uint64_t)(PR_SET_MM_START_STACK) == (uint64_t)(5), "prctl_set_mm: PR_SET_MM_START_STACK");
#endif
#ifdef PR_SET_MM_START_BRK
_Static_assert((uint64_t)(PR_SET_MM_START_BRK) == (uint64_t)(6), "prctl_set_mm: PR_SET_MM_START_BRK");
#endif
#ifdef PR_SET_MM_BRK
_Static_assert((uint64_t)(PR_SET_MM_BRK) == (uint64_t)(7), "prctl_set_mm: PR_SET_MM_BRK");
#endif
#ifdef PR_SET_MM_ARG_START
_Static_assert((uint64_t)(PR_SET_MM_ARG_START) == (uint64_t)(8), "prctl_set_mm: PR_SET_MM_ARG_START");
#endif
#ifdef PR_SET_MM_ARG_END
_Static_assert((uint64_t)(PR_SET_MM_ARG_END) == (uint64_t)(9), "prctl_set_mm: PR_SET_MM_ARG_END");
#endif
#ifdef PR_SET_MM_ENV_START
_Static_assert((uint64_t)(PR_SET_MM_ENV_START) == (uint64_t)(10), "prctl_set_mm: PR_SET_MM_ENV_START");
#endif
#ifdef PR_SET_MM_ENV_END
_Static_assert((uint64_t)(PR_SET_MM_ENV_END) == (uint64_t)(11), "prctl_set_mm: PR_SET_MM_ENV_END");
#endif
#ifdef PR_SET_MM_AUXV
_Static_assert((uint64_t)(PR_SET_MM_AUXV) == (uint64_t)(12), "prctl_set_mm: PR_SET_MM_AUXV");
#endif
#ifdef PR_SET_MM_EXE_FILE
_Static_assert((uint64_t)(PR_SET_MM_EXE_FILE) == (uint64_t)(13), "prctl_set_mm: PR_SET_MM_EXE_FILE");
#endif
#ifdef PR_SET_MM_MAP
_Static_assert((uint64_t)(PR_SET_MM_MAP) == (uint64_t)(14), "prctl_set_mm: PR_SET_MM_MAP");
#endif
#ifdef PR_SET_MM_MAP_SIZE
_Static_assert((uint64_t)(PR_SET_MM_MAP_SIZE) == (uint64_t)(15), "prctl_set_mm: PR_SET_MM_MAP_SIZE");
#endif
static const struct xlat_entry xe_prctl_set_mm[] = {
	{ (uint64_t)(1), "PR_SET_MM_START_CODE" },
	{ (uint64_t)(2), "PR_SET_MM_END_CODE" },
	{ (uint64_t)(3), "PR_SET_MM_START_DATA" },
	{ (uint64_t)(4), "PR_SET_MM_END_DATA" },
	{ (uint64_t)(5), "PR_SET_MM_START_STACK" },
	{ (uint64_t)(6), "PR_SET_MM_START_BRK" },
	{ (uint64_t)(7), "PR_SET_MM_BRK" },
	{ (uint64_t)(8), "PR_SET_MM_ARG_START" },
	{ (uint64_t)(9), "PR_SET_MM_ARG_END" },
	{ (uint64_t)(10), "PR_SET_MM_ENV_START" },
	{ (uint64_t)(11), "PR_SET_MM_ENV_END" },
	{ (uint64_t)(12), "PR_SET_MM_AUXV" },
	{ (uint64_t)(13), "PR_SET_MM_EXE_FILE" },
	{ (uint64_t)(14), "PR_SET_MM_MAP" },
	{ (uint64_t)(15), "PR_SET_MM_MAP_SIZE" },
};
const struct xlat xlat_prctl_set_mm = { xe_prctl_set_mm, 15, "PR_SET_MM_???" };

#ifdef PR_SME_SET_VL_ONEXEC
_Static_assert((uint64_t)(PR_SME_SET_VL_ONEXEC) == (uint64_t)(0x40000), "prctl_sme_vl_flags: PR_SME_SET_VL_ONEXEC");
#endif
#ifdef PR_SME_VL_INHERIT
_Static_assert((uint64_t)(PR_SME_VL_INHERIT) == (uint64_t)(0x20000), "prctl_sme_vl_flags: PR_SME_VL_INHERIT");
#endif
static const struct xlat_entry xe_prctl_sme_vl_flags[] = {
	{ (uint64_t)(0x40000), "PR_SME_SET_VL_ONEXEC" },
	{ (uint64_t)(0x20000), "PR_SME_VL_INHERIT" },
};
const struct xlat xlat_prctl_sme_vl_flags = { xe_prctl_sme_vl_flags, 2, NULL };

#ifdef PR_SPEC_NOT_AFFECTED
_Static_assert((uint64_t)(PR_SPEC_NOT_AFFECTED) == (uint64_t)(0), "prctl_spec_get: PR_SPEC_NOT_AFFECTED");
#endif
#ifdef PR_SPEC_PRCTL
_Static_assert((uint64_t)(PR_SPEC_PRCTL) == (uint64_t)(1), "prctl_spec_get: PR_SPEC_PRCTL");
#endif
#ifdef PR_SPEC_ENABLE
_Static_assert((uint64_t)(PR_SPEC_ENABLE) == (uint64_t)(2), "prctl_spec_get: PR_SPEC_ENABLE");
#endif
#ifdef PR_SPEC_DISABLE
_Static_assert((uint64_t)(PR_SPEC_DISABLE) == (uint64_t)(4), "prctl_spec_get: PR_SPEC_DISABLE");
#endif
#ifdef PR_SPEC_FORCE_DISABLE
_Static_assert((uint64_t)(PR_SPEC_FORCE_DISABLE) == (uint64_t)(8), "prctl_spec_get: PR_SPEC_FORCE_DISABLE");
#endif
#ifdef PR_SPEC_DISABLE_NOEXEC
_Static_assert((uint64_t)(PR_SPEC_DISABLE_NOEXEC) == (uint64_t)(16), "prctl_spec_get: PR_SPEC_DISABLE_NOEXEC");
#endif
static const struct xlat_entry xe_prctl_spec_get[] = {
	{ (uint64_t)(0), "PR_SPEC_NOT_AFFECTED" },
	{ (uint64_t)(1), "PR_SPEC_PRCTL" },
	{ (uint64_t)(2), "PR_SPEC_ENABLE" },
	{ (uint64_t)(4), "PR_SPEC_DISABLE" },
	{ (uint64_t)(8), "PR_SPEC_FORCE_DISABLE" },
	{ (uint64_t)(16), "PR_SPEC_DISABLE_NOEXEC" },
};
const struct xlat xlat_prctl_spec_get = { xe_prctl_spec_get, 6, NULL };

#ifdef PR_SPEC_ENABLE
_Static_assert((uint64_t)(PR_SPEC_ENABLE) == (uint64_t)(2), "prctl_spec_set: PR_SPEC_ENABLE");
#endif
#ifdef PR_SPEC_DISABLE
_Static_assert((uint64_t)(PR_SPEC_DISABLE) == (uint64_t)(4), "prctl_spec_set: PR_SPEC_DISABLE");
#endif
#ifdef PR_SPEC_FORCE_DISABLE
_Static_assert((uint64_t)(PR_SPEC_FORCE_DISABLE) == (uint64_t)(8), "prctl_spec_set: PR_SPEC_FORCE_DISABLE");
#endif
#ifdef PR_SPEC_DISABLE_NOEXEC
_Static_assert((uint64_t)(PR_SPEC_DISABLE_NOEXEC) == (uint64_t)(16), "prctl_spec_set: PR_SPEC_DISABLE_NOEXEC");
#endif
static const struct xlat_entry xe_prctl_spec_set[] = {
	{ (uint64_t)(2), "PR_SPEC_ENABLE" },
	{ (uint64_t)(4), "PR_SPEC_DISABLE" },
	{ (uint64_t)(8), "PR_SPEC_FORCE_DISABLE" },
	{ (uint64_t)(16), "PR_SPEC_DISABLE_NOEXEC" },
};
const struct xlat xlat_prctl_spec_set = { xe_prctl_spec_set, 4, "PR_SPEC_???" };

#ifdef PR_SPEC_STORE_BYPASS
_Static_assert((uint64_t)(PR_SPEC_STORE_BYPASS) == (uint64_t)(0), "prctl_spec_variant: PR_SPEC_STORE_BYPASS");
#endif
#ifdef PR_SPEC_INDIRECT_BRANCH
_Static_assert((uint64_t)(PR_SPEC_INDIRECT_BRANCH) == (uint64_t)(1), "prctl_spec_variant: PR_SPEC_INDIRECT_BRANCH");
#endif
#ifdef PR_SPEC_L1D_FLUSH
_Static_assert((uint64_t)(PR_SPEC_L1D_FLUSH) == (uint64_t)(2), "prctl_spec_variant: PR_SPEC_L1D_FLUSH");
#endif
static const struct xlat_entry xe_prctl_spec_variant[] = {
	{ (uint64_t)(0), "PR_SPEC_STORE_BYPASS" },
	{ (uint64_t)(1), "PR_SPEC_INDIRECT_BRANCH" },
	{ (uint64_t)(2), "PR_SPEC_L1D_FLUSH" },
};
const struct xlat xlat_prctl_spec_variant = { xe_prctl_spec_variant, 3, "PR_SPEC_???" };

#ifdef PR_SYS_DISPATCH_OFF
_Static_assert((uint64_t)(PR_SYS_DISPATCH_OFF) == (uint64_t)(0), "prctl_sys_dispatch: PR_SYS_DISPATCH_OFF");
#endif
#ifdef PR_SYS_DISPATCH_ON
_Static_assert((uint64_t)(PR_SYS_DISPATCH_ON) == (uint64_t)(1), "prctl_sys_dispatch: PR_SYS_DISPATCH_ON");
#endif
static const struct xlat_entry xe_prctl_sys_dispatch[] = {
	{ (uint64_t)(0), "PR_SYS_DISPATCH_OFF" },
	{ (uint64_t)(1), "PR_SYS_DISPATCH_ON" },
};
const struct xlat xlat_prctl_sys_dispatch = { xe_prctl_sys_dispatch, 2, "PR_SYS_DISPATCH_???" };

#ifdef PR_TSC_ENABLE
_Static_assert((uint64_t)(PR_TSC_ENABLE) == (uint64_t)(1), "prctl_tsc: PR_TSC_ENABLE");
#endif
#ifdef PR_TSC_SIGSEGV
_Static_assert((uint64_t)(PR_TSC_SIGSEGV) == (uint64_t)(2), "prctl_tsc: PR_TSC_SIGSEGV");
#endif
static const struct xlat_entry xe_prctl_tsc[] = {
	{ (uint64_t)(1), "PR_TSC_ENABLE" },
	{ (uint64_t)(2), "PR_TSC_SIGSEGV" },
};
const struct xlat xlat_prctl_tsc = { xe_prctl_tsc, 2, "PR_TSC_???" };

#ifdef PR_UNALIGN_NOPRINT
_Static_assert((uint64_t)(PR_UNALIGN_NOPRINT) == (uint64_t)(1), "prctl_unalign: PR_UNALIGN_NOPRINT");
#endif
#ifdef PR_UNALIGN_SIGBUS
_Static_assert((uint64_t)(PR_UNALIGN_SIGBUS) == (uint64_t)(2), "prctl_unalign: PR_UNALIGN_SIGBUS");
#endif
static const struct xlat_entry xe_prctl_unalign[] = {
	{ (uint64_t)(1), "PR_UNALIGN_NOPRINT" },
	{ (uint64_t)(2), "PR_UNALIGN_SIGBUS" },
};
const struct xlat xlat_prctl_unalign = { xe_prctl_unalign, 2, NULL };

#ifdef PR_SVE_SET_VL_ONEXEC
_Static_assert((uint64_t)(PR_SVE_SET_VL_ONEXEC) == (uint64_t)(0x40000), "prctl_vl_flags: PR_SVE_SET_VL_ONEXEC");
#endif
#ifdef PR_SVE_VL_INHERIT
_Static_assert((uint64_t)(PR_SVE_VL_INHERIT) == (uint64_t)(0x20000), "prctl_vl_flags: PR_SVE_VL_INHERIT");
#endif
static const struct xlat_entry xe_prctl_vl_flags[] = {
	{ (uint64_t)(0x40000), "PR_SVE_SET_VL_ONEXEC" },
	{ (uint64_t)(0x20000), "PR_SVE_VL_INHERIT" },
};
const struct xlat xlat_prctl_vl_flags = { xe_prctl_vl_flags, 2, NULL };

#ifdef PR_SET_VMA_ANON_NAME
_Static_assert((uint64_t)(PR_SET_VMA_ANON_NAME) == (uint64_t)(0), "prctl_vma: PR_SET_VMA_ANON_NAME");
#endif
static const struct xlat_entry xe_prctl_vma[] = {
	{ (uint64_t)(0), "PR_SET_VMA_ANON_NAME" },
};
const struct xlat xlat_prctl_vma = { xe_prctl_vma, 1, "PR_SET_VMA_???" };

#ifdef PRIO_PROCESS
_Static_assert((uint64_t)(PRIO_PROCESS) == (uint64_t)(0), "prio_which: PRIO_PROCESS");
#endif
#ifdef PRIO_PGRP
_Static_assert((uint64_t)(PRIO_PGRP) == (uint64_t)(1), "prio_which: PRIO_PGRP");
#endif
#ifdef PRIO_USER
_Static_assert((uint64_t)(PRIO_USER) == (uint64_t)(2), "prio_which: PRIO_USER");
#endif
static const struct xlat_entry xe_prio_which[] = {
	{ (uint64_t)(0), "PRIO_PROCESS" },
	{ (uint64_t)(1), "PRIO_PGRP" },
	{ (uint64_t)(2), "PRIO_USER" },
};
const struct xlat xlat_prio_which = { xe_prio_which, 3, "PRIO_???" };

#ifdef PTRACE_EVENT_FORK
_Static_assert((uint64_t)(PTRACE_EVENT_FORK) == (uint64_t)(1), "ptrace_events: PTRACE_EVENT_FORK");
#endif
#ifdef PTRACE_EVENT_VFORK
_Static_assert((uint64_t)(PTRACE_EVENT_VFORK) == (uint64_t)(2), "ptrace_events: PTRACE_EVENT_VFORK");
#endif
#ifdef PTRACE_EVENT_CLONE
_Static_assert((uint64_t)(PTRACE_EVENT_CLONE) == (uint64_t)(3), "ptrace_events: PTRACE_EVENT_CLONE");
#endif
#ifdef PTRACE_EVENT_EXEC
_Static_assert((uint64_t)(PTRACE_EVENT_EXEC) == (uint64_t)(4), "ptrace_events: PTRACE_EVENT_EXEC");
#endif
#ifdef PTRACE_EVENT_VFORK_DONE
_Static_assert((uint64_t)(PTRACE_EVENT_VFORK_DONE) == (uint64_t)(5), "ptrace_events: PTRACE_EVENT_VFORK_DONE");
#endif
#ifdef PTRACE_EVENT_EXIT
_Static_assert((uint64_t)(PTRACE_EVENT_EXIT) == (uint64_t)(6), "ptrace_events: PTRACE_EVENT_EXIT");
#endif
#ifdef PTRACE_EVENT_SECCOMP
_Static_assert((uint64_t)(PTRACE_EVENT_SECCOMP) == (uint64_t)(7), "ptrace_events: PTRACE_EVENT_SECCOMP");
#endif
#ifdef PTRACE_EVENT_STOP
_Static_assert((uint64_t)(PTRACE_EVENT_STOP) == (uint64_t)(128), "ptrace_events: PTRACE_EVENT_STOP");
#endif
static const struct xlat_entry xe_ptrace_events[] = {
	{ (uint64_t)(1), "PTRACE_EVENT_FORK" },
	{ (uint64_t)(2), "PTRACE_EVENT_VFORK" },
	{ (uint64_t)(3), "PTRACE_EVENT_CLONE" },
	{ (uint64_t)(4), "PTRACE_EVENT_EXEC" },
	{ (uint64_t)(5), "PTRACE_EVENT_VFORK_DONE" },
	{ (uint64_t)(6), "PTRACE_EVENT_EXIT" },
	{ (uint64_t)(7), "PTRACE_EVENT_SECCOMP" },
	{ (uint64_t)(128), "PTRACE_EVENT_STOP" },
};
const struct xlat xlat_ptrace_events = { xe_ptrace_events, 8, NULL };

#ifdef PTRACE_O_TRACESYSGOOD
_Static_assert((uint64_t)(PTRACE_O_TRACESYSGOOD) == (uint64_t)(0x1), "ptrace_options: PTRACE_O_TRACESYSGOOD");
#endif
#ifdef PTRACE_O_TRACEFORK
_Static_assert((uint64_t)(PTRACE_O_TRACEFORK) == (uint64_t)(0x2), "ptrace_options: PTRACE_O_TRACEFORK");
#endif
#ifdef PTRACE_O_TRACEVFORK
_Static_assert((uint64_t)(PTRACE_O_TRACEVFORK) == (uint64_t)(0x4), "ptrace_options: PTRACE_O_TRACEVFORK");
#endif
#ifdef PTRACE_O_TRACECLONE
_Static_assert((uint64_t)(PTRACE_O_TRACECLONE) == (uint64_t)(0x8), "ptrace_options: PTRACE_O_TRACECLONE");
#endif
#ifdef PTRACE_O_TRACEEXEC
_Static_assert((uint64_t)(PTRACE_O_TRACEEXEC) == (uint64_t)(0x10), "ptrace_options: PTRACE_O_TRACEEXEC");
#endif
#ifdef PTRACE_O_TRACEVFORKDONE
_Static_assert((uint64_t)(PTRACE_O_TRACEVFORKDONE) == (uint64_t)(0x20), "ptrace_options: PTRACE_O_TRACEVFORKDONE");
#endif
#ifdef PTRACE_O_TRACEEXIT
_Static_assert((uint64_t)(PTRACE_O_TRACEEXIT) == (uint64_t)(0x40), "ptrace_options: PTRACE_O_TRACEEXIT");
#endif
#ifdef PTRACE_O_TRACESECCOMP
_Static_assert((uint64_t)(PTRACE_O_TRACESECCOMP) == (uint64_t)(0x80), "ptrace_options: PTRACE_O_TRACESECCOMP");
#endif
#ifdef PTRACE_O_EXITKILL
_Static_assert((uint64_t)(PTRACE_O_EXITKILL) == (uint64_t)(0x100000), "ptrace_options: PTRACE_O_EXITKILL");
#endif
#ifdef PTRACE_O_SUSPEND_SECCOMP
_Static_assert((uint64_t)(PTRACE_O_SUSPEND_SECCOMP) == (uint64_t)(0x200000), "ptrace_options: PTRACE_O_SUSPEND_SECCOMP");
#endif
static const struct xlat_entry xe_ptrace_options[] = {
	{ (uint64_t)(0x1), "PTRACE_O_TRACESYSGOOD" },
	{ (uint64_t)(0x2), "PTRACE_O_TRACEFORK" },
	{ (uint64_t)(0x4), "PTRACE_O_TRACEVFORK" },
	{ (uint64_t)(0x8), "PTRACE_O_TRACECLONE" },
	{ (uint64_t)(0x10), "PTRACE_O_TRACEEXEC" },
	{ (uint64_t)(0x20), "PTRACE_O_TRACEVFORKDONE" },
	{ (uint64_t)(0x40), "PTRACE_O_TRACEEXIT" },
	{ (uint64_t)(0x80), "PTRACE_O_TRACESECCOMP" },
	{ (uint64_t)(0x100000), "PTRACE_O_EXITKILL" },
	{ (uint64_t)(0x200000), "PTRACE_O_SUSPEND_SECCOMP" },
};
const struct xlat xlat_ptrace_options = { xe_ptrace_options, 10, "PTRACE_O_???" };

#ifdef PTRACE_TRACEME
_Static_assert((uint64_t)(PTRACE_TRACEME) == (uint64_t)(0), "ptrace_requests: PTRACE_TRACEME");
#endif
#ifdef PTRACE_PEEKTEXT
_Static_assert((uint64_t)(PTRACE_PEEKTEXT) == (uint64_t)(1), "ptrace_requests: PTRACE_PEEKTEXT");
#endif
#ifdef PTRACE_PEEKDATA
_Static_assert((uint64_t)(PTRACE_PEEKDATA) == (uint64_t)(2), "ptrace_requests: PTRACE_PEEKDATA");
#endif
#ifdef PTRACE_PEEKUSER
_Static_assert((uint64_t)(PTRACE_PEEKUSER) == (uint64_t)(3), "ptrace_requests: PTRACE_PEEKUSER");
#endif
#ifdef PTRACE_POKETEXT
_Static_assert((uint64_t)(PTRACE_POKETEXT) == (uint64_t)(4), "ptrace_requests: PTRACE_POKETEXT");
#endif
#ifdef PTRACE_POKEDATA
_Static_assert((uint64_t)(PTRACE_POKEDATA) == (uint64_t)(5), "ptrace_requests: PTRACE_POKEDATA");
#endif
#ifdef PTRACE_POKEUSER
_Static_assert((uint64_t)(PTRACE_POKEUSER) == (uint64_t)(6), "ptrace_requests: PTRACE_POKEUSER");
#endif
#ifdef PTRACE_CONT
_Static_assert((uint64_t)(PTRACE_CONT) == (uint64_t)(7), "ptrace_requests: PTRACE_CONT");
#endif
#ifdef PTRACE_KILL
_Static_assert((uint64_t)(PTRACE_KILL) == (uint64_t)(8), "ptrace_requests: PTRACE_KILL");
#endif
#ifdef PTRACE_SINGLESTEP
_Static_assert((uint64_t)(PTRACE_SINGLESTEP) == (uint64_t)(9), "ptrace_requests: PTRACE_SINGLESTEP");
#endif
#ifdef PTRACE_GETREGS
_Static_assert((uint64_t)(PTRACE_GETREGS) == (uint64_t)(12), "ptrace_requests: PTRACE_GETREGS");
#endif
#ifdef PTRACE_SETREGS
_Static_assert((uint64_t)(PTRACE_SETREGS) == (uint64_t)(13), "ptrace_requests: PTRACE_SETREGS");
#endif
#ifdef PTRACE_GETFPREGS
_Static_assert((uint64_t)(PTRACE_GETFPREGS) == (uint64_t)(14), "ptrace_requests: PTRACE_GETFPREGS");
#endif
#ifdef PTRACE_SETFPREGS
_Static_assert((uint64_t)(PTRACE_SETFPREGS) == (uint64_t)(15), "ptrace_requests: PTRACE_SETFPREGS");
#endif
#ifdef PTRACE_ATTACH
_Static_assert((uint64_t)(PTRACE_ATTACH) == (uint64_t)(16), "ptrace_requests: PTRACE_ATTACH");
#endif
#ifdef PTRACE_DETACH
_Static_assert((uint64_t)(PTRACE_DETACH) == (uint64_t)(17), "ptrace_requests: PTRACE_DETACH");
#endif
#ifdef PTRACE_GETFPXREGS
_Static_assert((uint64_t)(PTRACE_GETFPXREGS) == (uint64_t)(18), "ptrace_requests: PTRACE_GETFPXREGS");
#endif
#ifdef PTRACE_SETFPXREGS
_Static_assert((uint64_t)(PTRACE_SETFPXREGS) == (uint64_t)(19), "ptrace_requests: PTRACE_SETFPXREGS");
#endif
#ifdef PTRACE_OLDSETOPTIONS
_Static_assert((uint64_t)(PTRACE_OLDSETOPTIONS) == (uint64_t)(21), "ptrace_requests: PTRACE_OLDSETOPTIONS");
#endif
#ifdef PTRACE_SYSCALL
_Static_assert((uint64_t)(PTRACE_SYSCALL) == (uint64_t)(24), "ptrace_requests: PTRACE_SYSCALL");
#endif
#ifdef PTRACE_GET_THREAD_AREA
_Static_assert((uint64_t)(PTRACE_GET_THREAD_AREA) == (uint64_t)(25), "ptrace_requests: PTRACE_GET_THREAD_AREA");
#endif
#ifdef PTRACE_SET_THREAD_AREA
_Static_assert((uint64_t)(PTRACE_SET_THREAD_AREA) == (uint64_t)(26), "ptrace_requests: PTRACE_SET_THREAD_AREA");
#endif
#ifdef PTRACE_ARCH_PRCTL
_Static_assert((uint64_t)(PTRACE_ARCH_PRCTL) == (uint64_t)(30), "ptrace_requests: PTRACE_ARCH_PRCTL");
#endif
#ifdef PTRACE_SYSEMU
_Static_assert((uint64_t)(PTRACE_SYSEMU) == (uint64_t)(31), "ptrace_requests: PTRACE_SYSEMU");
#endif
#ifdef PTRACE_SYSEMU_SINGLESTEP
_Static_assert((uint64_t)(PTRACE_SYSEMU_SINGLESTEP) == (uint64_t)(32), "ptrace_requests: PTRACE_SYSEMU_SINGLESTEP");
#endif
#ifdef PTRACE_SETOPTIONS
_Static_assert((uint64_t)(PTRACE_SETOPTIONS) == (uint64_t)(0x4200), "ptrace_requests: PTRACE_SETOPTIONS");
#endif
#ifdef PTRACE_GETEVENTMSG
_Static_assert((uint64_t)(PTRACE_GETEVENTMSG) == (uint64_t)(0x4201), "ptrace_requests: PTRACE_GETEVENTMSG");
#endif
#ifdef PTRACE_GETSIGINFO
_Static_assert((uint64_t)(PTRACE_GETSIGINFO) == (uint64_t)(0x4202), "ptrace_requests: PTRACE_GETSIGINFO");
#endif
#ifdef PTRACE_SETSIGINFO
_Static_assert((uint64_t)(PTRACE_SETSIGINFO) == (uint64_t)(0x4203), "ptrace_requests: PTRACE_SETSIGINFO");
#endif
#ifdef PTRACE_GETREGSET
_Static_assert((uint64_t)(PTRACE_GETREGSET) == (uint64_t)(0x4204), "ptrace_requests: PTRACE_GETREGSET");
#endif
#ifdef PTRACE_SETREGSET
_Static_assert((uint64_t)(PTRACE_SETREGSET) == (uint64_t)(0x4205), "ptrace_requests: PTRACE_SETREGSET");
#endif
#ifdef PTRACE_SEIZE
_Static_assert((uint64_t)(PTRACE_SEIZE) == (uint64_t)(0x4206), "ptrace_requests: PTRACE_SEIZE");
#endif
#ifdef PTRACE_INTERRUPT
_Static_assert((uint64_t)(PTRACE_INTERRUPT) == (uint64_t)(0x4207), "ptrace_requests: PTRACE_INTERRUPT");
#endif
#ifdef PTRACE_LISTEN
_Static_assert((uint64_t)(PTRACE_LISTEN) == (uint64_t)(0x4208), "ptrace_requests: PTRACE_LISTEN");
#endif
#ifdef PTRACE_PEEKSIGINFO
_Static_assert((uint64_t)(PTRACE_PEEKSIGINFO) == (uint64_t)(0x4209), "ptrace_requests: PTRACE_PEEKSIGINFO");
#endif
#ifdef PTRACE_GETSIGMASK
_Static_assert((uint64_t)(PTRACE_GETSIGMASK) == (uint64_t)(0x420a), "ptrace_requests: PTRACE_GETSIGMASK");
#endif
#ifdef PTRACE_SETSIGMASK
_Static_assert((uint64_t)(PTRACE_SETSIGMASK) == (uint64_t)(0x420b), "ptrace_requests: PTRACE_SETSIGMASK");
#endif
#ifdef PTRACE_SECCOMP_GET_FILTER
_Static_assert((uint64_t)(PTRACE_SECCOMP_GET_FILTER) == (uint64_t)(0x420c), "ptrace_requests: PTRACE_SECCOMP_GET_FILTER");
#endif
#ifdef PTRACE_SECCOMP_GET_METADATA
_Static_assert((uint64_t)(PTRACE_SECCOMP_GET_METADATA) == (uint64_t)(0x420d), "ptrace_requests: PTRACE_SECCOMP_GET_METADATA");
#endif
#ifdef PTRACE_GET_SYSCALL_INFO
_Static_assert((uint64_t)(PTRACE_GET_SYSCALL_INFO) == (uint64_t)(0x420e), "ptrace_requests: PTRACE_GET_SYSCALL_INFO");
#endif
#ifdef PTRACE_GET_RSEQ_CONFIGURATION
_Static_assert((uint64_t)(PTRACE_GET_RSEQ_CONFIGURATION) == (uint64_t)(0x420f), "ptrace_requests: PTRACE_GET_RSEQ_CONFIGURATION");
#endif
static const struct xlat_entry xe_ptrace_requests[] = {
	{ (uint64_t)(0), "PTRACE_TRACEME" },
	{ (uint64_t)(1), "PTRACE_PEEKTEXT" },
	{ (uint64_t)(2), "PTRACE_PEEKDATA" },
	{ (uint64_t)(3), "PTRACE_PEEKUSER" },
	{ (uint64_t)(4), "PTRACE_POKETEXT" },
	{ (uint64_t)(5), "PTRACE_POKEDATA" },
	{ (uint64_t)(6), "PTRACE_POKEUSER" },
	{ (uint64_t)(7), "PTRACE_CONT" },
	{ (uint64_t)(8), "PTRACE_KILL" },
	{ (uint64_t)(9), "PTRACE_SINGLESTEP" },
	{ (uint64_t)(12), "PTRACE_GETREGS" },
	{ (uint64_t)(13), "PTRACE_SETREGS" },
	{ (uint64_t)(14), "PTRACE_GETFPREGS" },
	{ (uint64_t)(15), "PTRACE_SETFPREGS" },
	{ (uint64_t)(16), "PTRACE_ATTACH" },
	{ (uint64_t)(17), "PTRACE_DETACH" },
	{ (uint64_t)(18), "PTRACE_GETFPXREGS" },
	{ (uint64_t)(19), "PTRACE_SETFPXREGS" },
	{ (uint64_t)(21), "PTRACE_OLDSETOPTIONS" },
	{ (uint64_t)(24), "PTRACE_SYSCALL" },
	{ (uint64_t)(25), "PTRACE_GET_THREAD_AREA" },
	{ (uint64_t)(26), "PTRACE_SET_THREAD_AREA" },
	{ (uint64_t)(30), "PTRACE_ARCH_PRCTL" },
	{ (uint64_t)(31), "PTRACE_SYSEMU" },
	{ (uint64_t)(32), "PTRACE_SYSEMU_SINGLESTEP" },
	{ (uint64_t)(0x4200), "PTRACE_SETOPTIONS" },
	{ (uint64_t)(0x4201), "PTRACE_GETEVENTMSG" },
	{ (uint64_t)(0x4202), "PTRACE_GETSIGINFO" },
	{ (uint64_t)(0x4203), "PTRACE_SETSIGINFO" },
	{ (uint64_t)(0x4204), "PTRACE_GETREGSET" },
	{ (uint64_t)(0x4205), "PTRACE_SETREGSET" },
	{ (uint64_t)(0x4206), "PTRACE_SEIZE" },
	{ (uint64_t)(0x4207), "PTRACE_INTERRUPT" },
	{ (uint64_t)(0x4208), "PTRACE_LISTEN" },
	{ (uint64_t)(0x4209), "PTRACE_PEEKSIGINFO" },
	{ (uint64_t)(0x420a), "PTRACE_GETSIGMASK" },
	{ (uint64_t)(0x420b), "PTRACE_SETSIGMASK" },
	{ (uint64_t)(0x420c), "PTRACE_SECCOMP_GET_FILTER" },
	{ (uint64_t)(0x420d), "PTRACE_SECCOMP_GET_METADATA" },
	{ (uint64_t)(0x420e), "PTRACE_GET_SYSCALL_INFO" },
	{ (uint64_t)(0x420f), "PTRACE_GET_RSEQ_CONFIGURATION" },
};
const struct xlat xlat_ptrace_requests = { xe_ptrace_requests, 41, "PTRACE_???" };

#ifdef PTRACE_SYSCALL_INFO_NONE
_Static_assert((uint64_t)(PTRACE_SYSCALL_INFO_NONE) == (uint64_t)(0), "ptrace_syscall_info_ops: PTRACE_SYSCALL_INFO_NONE");
#endif
#ifdef PTRACE_SYSCALL_INFO_ENTRY
_Static_assert((uint64_t)(PTRACE_SYSCALL_INFO_ENTRY) == (uint64_t)(1), "ptrace_syscall_info_ops: PTRACE_SYSCALL_INFO_ENTRY");
#endif
#ifdef PTRACE_SYSCALL_INFO_EXIT
_Static_assert((uint64_t)(PTRACE_SYSCALL_INFO_EXIT) == (uint64_t)(2), "ptrace_syscall_info_ops: PTRACE_SYSCALL_INFO_EXIT");
#endif
#ifdef PTRACE_SYSCALL_INFO_SECCOMP
_Static_assert((uint64_t)(PTRACE_SYSCALL_INFO_SECCOMP) == (uint64_t)(3), "ptrace_syscall_info_ops: PTRACE_SYSCALL_INFO_SECCOMP");
#endif
static const struct xlat_entry xe_ptrace_syscall_info_ops[] = {
	{ (uint64_t)(0), "PTRACE_SYSCALL_INFO_NONE" },
	{ (uint64_t)(1), "PTRACE_SYSCALL_INFO_ENTRY" },
	{ (uint64_t)(2), "PTRACE_SYSCALL_INFO_EXIT" },
	{ (uint64_t)(3), "PTRACE_SYSCALL_INFO_SECCOMP" },
};
const struct xlat xlat_ptrace_syscall_info_ops = { xe_ptrace_syscall_info_ops, 4, "PTRACE_SYSCALL_INFO_???" };

#ifdef Q_SYNC
_Static_assert((uint64_t)(Q_SYNC) == (uint64_t)(0x800001), "quota_cmds: Q_SYNC");
#endif
#ifdef Q_QUOTAON
_Static_assert((uint64_t)(Q_QUOTAON) == (uint64_t)(0x800002), "quota_cmds: Q_QUOTAON");
#endif
#ifdef Q_QUOTAOFF
_Static_assert((uint64_t)(Q_QUOTAOFF) == (uint64_t)(0x800003), "quota_cmds: Q_QUOTAOFF");
#endif
#ifdef Q_GETFMT
_Static_assert((uint64_t)(Q_GETFMT) == (uint64_t)(0x800004), "quota_cmds: Q_GETFMT");
#endif
#ifdef Q_GETINFO
_Static_assert((uint64_t)(Q_GETINFO) == (uint64_t)(0x800005), "quota_cmds: Q_GETINFO");
#endif
#ifdef Q_SETINFO
_Static_assert((uint64_t)(Q_SETINFO) == (uint64_t)(0x800006), "quota_cmds: Q_SETINFO");
#endif
#ifdef Q_GETQUOTA
_Static_assert((uint64_t)(Q_GETQUOTA) == (uint64_t)(0x800007), "quota_cmds: Q_GETQUOTA");
#endif
#ifdef Q_SETQUOTA
_Static_assert((uint64_t)(Q_SETQUOTA) == (uint64_t)(0x800008), "quota_cmds: Q_SETQUOTA");
#endif
#ifdef Q_GETNEXTQUOTA
_Static_assert((uint64_t)(Q_GETNEXTQUOTA) == (uint64_t)(0x800009), "quota_cmds: Q_GETNEXTQUOTA");
#endif
#ifdef Q_XQUOTAON
_Static_assert((uint64_t)(Q_XQUOTAON) == (uint64_t)(0x5801), "quota_cmds: Q_XQUOTAON");
#endif
#ifdef Q_XQUOTAOFF
_Static_assert((uint64_t)(Q_XQUOTAOFF) == (uint64_t)(0x5802), "quota_cmds: Q_XQUOTAOFF");
#endif
#ifdef Q_XGETQUOTA
_Static_assert((uint64_t)(Q_XGETQUOTA) == (uint64_t)(0x5803), "quota_cmds: Q_XGETQUOTA");
#endif
#ifdef Q_XSETQLIM
_Static_assert((uint64_t)(Q_XSETQLIM) == (uint64_t)(0x5804), "quota_cmds: Q_XSETQLIM");
#endif
#ifdef Q_XGETQSTAT
_Static_assert((uint64_t)(Q_XGETQSTAT) == (uint64_t)(0x5805), "quota_cmds: Q_XGETQSTAT");
#endif
#ifdef Q_XQUOTARM
_Static_assert((uint64_t)(Q_XQUOTARM) == (uint64_t)(0x5806), "quota_cmds: Q_XQUOTARM");
#endif
#ifdef Q_XQUOTASYNC
_Static_assert((uint64_t)(Q_XQUOTASYNC) == (uint64_t)(0x5807), "quota_cmds: Q_XQUOTASYNC");
#endif
#ifdef Q_XGETQSTATV
_Static_assert((uint64_t)(Q_XGETQSTATV) == (uint64_t)(0x5808), "quota_cmds: Q_XGETQSTATV");
#endif
#ifdef Q_XGETNEXTQUOTA
_Static_assert((uint64_t)(Q_XGETNEXTQUOTA) == (uint64_t)(0x5809), "quota_cmds: Q_XGETNEXTQUOTA");
#endif
static const struct xlat_entry xe_quota_cmds[] = {
	{ (uint64_t)(0x800001), "Q_SYNC" },
	{ (uint64_t)(0x800002), "Q_QUOTAON" },
	{ (uint64_t)(0x800003), "Q_QUOTAOFF" },
	{ (uint64_t)(0x800004), "Q_GETFMT" },
	{ (uint64_t)(0x800005), "Q_GETINFO" },
	{ (uint64_t)(0x800006), "Q_SETINFO" },
	{ (uint64_t)(0x800007), "Q_GETQUOTA" },
	{ (uint64_t)(0x800008), "Q_SETQUOTA" },
	{ (uint64_t)(0x800009), "Q_GETNEXTQUOTA" },
	{ (uint64_t)(0x5801), "Q_XQUOTAON" },
	{ (uint64_t)(0x5802), "Q_XQUOTAOFF" },
	{ (uint64_t)(0x5803), "Q_XGETQUOTA" },
	{ (uint64_t)(0x5804), "Q_XSETQLIM" },
	{ (uint64_t)(0x5805), "Q_XGETQSTAT" },
	{ (uint64_t)(0x5806), "Q_XQUOTARM" },
	{ (uint64_t)(0x5807), "Q_XQUOTASYNC" },
	{ (uint64_t)(0x5808), "Q_XGETQSTATV" },
	{ (uint64_t)(0x5809), "Q_XGETNEXTQUOTA" },
};
const struct xlat xlat_quota_cmds = { xe_quota_cmds, 18, "Q_???" };

#ifdef QFMT_VFS_OLD
_Static_assert((uint64_t)(QFMT_VFS_OLD) == (uint64_t)(1), "quota_formats: QFMT_VFS_OLD");
#endif
#ifdef QFMT_VFS_V0
_Static_assert((uint64_t)(QFMT_VFS_V0) == (uint64_t)(2), "quota_formats: QFMT_VFS_V0");
#endif
#ifdef QFMT_OCFS2
_Static_assert((uint64_t)(QFMT_OCFS2) == (uint64_t)(3), "quota_formats: QFMT_OCFS2");
#endif
#ifdef QFMT_VFS_V1
_Static_assert((uint64_t)(QFMT_VFS_V1) == (uint64_t)(4), "quota_formats: QFMT_VFS_V1");
#endif
static const struct xlat_entry xe_quota_formats[] = {
	{ (uint64_t)(1), "QFMT_VFS_OLD" },
	{ (uint64_t)(2), "QFMT_VFS_V0" },
	{ (uint64_t)(3), "QFMT_OCFS2" },
	{ (uint64_t)(4), "QFMT_VFS_V1" },
};
const struct xlat xlat_quota_formats = { xe_quota_formats, 4, "QFMT_VFS_???" };

#ifdef USRQUOTA
_Static_assert((uint64_t)(USRQUOTA) == (uint64_t)(0), "quota_types: USRQUOTA");
#endif
#ifdef GRPQUOTA
_Static_assert((uint64_t)(GRPQUOTA) == (uint64_t)(1), "quota_types: GRPQUOTA");
#endif
#ifdef PRJQUOTA
_Static_assert((uint64_t)(PRJQUOTA) == (uint64_t)(2), "quota_types: PRJQUOTA");
#endif
static const struct xlat_entry xe_quota_types[] = {
	{ (uint64_t)(0), "USRQUOTA" },
	{ (uint64_t)(1), "GRPQUOTA" },
	{ (uint64_t)(2), "PRJQUOTA" },
};
const struct xlat xlat_quota_types = { xe_quota_types, 3, "???QUOTA" };

#ifdef LINUX_REBOOT_CMD_RESTART
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_RESTART) == (uint64_t)(0x01234567), "reboot_cmds: LINUX_REBOOT_CMD_RESTART");
#endif
#ifdef LINUX_REBOOT_CMD_HALT
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_HALT) == (uint64_t)(0xCDEF0123), "reboot_cmds: LINUX_REBOOT_CMD_HALT");
#endif
#ifdef LINUX_REBOOT_CMD_CAD_ON
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_CAD_ON) == (uint64_t)(0x89ABCDEF), "reboot_cmds: LINUX_REBOOT_CMD_CAD_ON");
#endif
#ifdef LINUX_REBOOT_CMD_CAD_OFF
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_CAD_OFF) == (uint64_t)(0x00000000), "reboot_cmds: LINUX_REBOOT_CMD_CAD_OFF");
#endif
#ifdef LINUX_REBOOT_CMD_POWER_OFF
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_POWER_OFF) == (uint64_t)(0x4321FEDC), "reboot_cmds: LINUX_REBOOT_CMD_POWER_OFF");
#endif
#ifdef LINUX_REBOOT_CMD_RESTART2
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_RESTART2) == (uint64_t)(0xA1B2C3D4), "reboot_cmds: LINUX_REBOOT_CMD_RESTART2");
#endif
#ifdef LINUX_REBOOT_CMD_SW_SUSPEND
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_SW_SUSPEND) == (uint64_t)(0xD000FCE2), "reboot_cmds: LINUX_REBOOT_CMD_SW_SUSPEND");
#endif
#ifdef LINUX_REBOOT_CMD_KEXEC
_Static_assert((uint64_t)(LINUX_REBOOT_CMD_KEXEC) == (uint64_t)(0x45584543), "reboot_cmds: LINUX_REBOOT_CMD_KEXEC");
#endif
static const struct xlat_entry xe_reboot_cmds[] = {
	{ (uint64_t)(0x01234567), "LINUX_REBOOT_CMD_RESTART" },
	{ (uint64_t)(0xCDEF0123), "LINUX_REBOOT_CMD_HALT" },
	{ (uint64_t)(0x89ABCDEF), "LINUX_REBOOT_CMD_CAD_ON" },
	{ (uint64_t)(0x00000000), "LINUX_REBOOT_CMD_CAD_OFF" },
	{ (uint64_t)(0x4321FEDC), "LINUX_REBOOT_CMD_POWER_OFF" },
	{ (uint64_t)(0xA1B2C3D4), "LINUX_REBOOT_CMD_RESTART2" },
	{ (uint64_t)(0xD000FCE2), "LINUX_REBOOT_CMD_SW_SUSPEND" },
	{ (uint64_t)(0x45584543), "LINUX_REBOOT_CMD_KEXEC" },
};
const struct xlat xlat_reboot_cmds = { xe_reboot_cmds, 8, "LINUX_REBOOT_CMD_???" };

#ifdef LINUX_REBOOT_MAGIC1
_Static_assert((uint64_t)(LINUX_REBOOT_MAGIC1) == (uint64_t)(0xfee1dead), "reboot_magic: LINUX_REBOOT_MAGIC1");
#endif
#ifdef LINUX_REBOOT_MAGIC2
_Static_assert((uint64_t)(LINUX_REBOOT_MAGIC2) == (uint64_t)(672274793), "reboot_magic: LINUX_REBOOT_MAGIC2");
#endif
#ifdef LINUX_REBOOT_MAGIC2A
_Static_assert((uint64_t)(LINUX_REBOOT_MAGIC2A) == (uint64_t)(85072278), "reboot_magic: LINUX_REBOOT_MAGIC2A");
#endif
#ifdef LINUX_REBOOT_MAGIC2B
_Static_assert((uint64_t)(LINUX_REBOOT_MAGIC2B) == (uint64_t)(369367448), "reboot_magic: LINUX_REBOOT_MAGIC2B");
#endif
#ifdef LINUX_REBOOT_MAGIC2C
_Static_assert((uint64_t)(LINUX_REBOOT_MAGIC2C) == (uint64_t)(537993216), "reboot_magic: LINUX_REBOOT_MAGIC2C");
#endif
static const struct xlat_entry xe_reboot_magic[] = {
	{ (uint64_t)(0xfee1dead), "LINUX_REBOOT_MAGIC1" },
	{ (uint64_t)(672274793), "LINUX_REBOOT_MAGIC2" },
	{ (uint64_t)(85072278), "LINUX_REBOOT_MAGIC2A" },
	{ (uint64_t)(369367448), "LINUX_REBOOT_MAGIC2B" },
	{ (uint64_t)(537993216), "LINUX_REBOOT_MAGIC2C" },
};
const struct xlat xlat_reboot_magic = { xe_reboot_magic, 5, "LINUX_REBOOT_MAGIC_???" };

#ifdef RENAME_NOREPLACE
_Static_assert((uint64_t)(RENAME_NOREPLACE) == (uint64_t)(1), "rename_flags: RENAME_NOREPLACE");
#endif
#ifdef RENAME_EXCHANGE
_Static_assert((uint64_t)(RENAME_EXCHANGE) == (uint64_t)(2), "rename_flags: RENAME_EXCHANGE");
#endif
#ifdef RENAME_WHITEOUT
_Static_assert((uint64_t)(RENAME_WHITEOUT) == (uint64_t)(4), "rename_flags: RENAME_WHITEOUT");
#endif
static const struct xlat_entry xe_rename_flags[] = {
	{ (uint64_t)(1), "RENAME_NOREPLACE" },
	{ (uint64_t)(2), "RENAME_EXCHANGE" },
	{ (uint64_t)(4), "RENAME_WHITEOUT" },
};
const struct xlat xlat_rename_flags = { xe_rename_flags, 3, "RENAME_???" };

#ifdef RESOLVE_NO_XDEV
_Static_assert((uint64_t)(RESOLVE_NO_XDEV) == (uint64_t)(0x01), "resolve_flags: RESOLVE_NO_XDEV");
#endif
#ifdef RESOLVE_NO_MAGICLINKS
_Static_assert((uint64_t)(RESOLVE_NO_MAGICLINKS) == (uint64_t)(0x02), "resolve_flags: RESOLVE_NO_MAGICLINKS");
#endif
#ifdef RESOLVE_NO_SYMLINKS
_Static_assert((uint64_t)(RESOLVE_NO_SYMLINKS) == (uint64_t)(0x04), "resolve_flags: RESOLVE_NO_SYMLINKS");
#endif
#ifdef RESOLVE_BENEATH
_Static_assert((uint64_t)(RESOLVE_BENEATH) == (uint64_t)(0x08), "resolve_flags: RESOLVE_BENEATH");
#endif
#ifdef RESOLVE_IN_ROOT
_Static_assert((uint64_t)(RESOLVE_IN_ROOT) == (uint64_t)(0x10), "resolve_flags: RESOLVE_IN_ROOT");
#endif
#ifdef RESOLVE_CACHED
_Static_assert((uint64_t)(RESOLVE_CACHED) == (uint64_t)(0x20), "resolve_flags: RESOLVE_CACHED");
#endif
static const struct xlat_entry xe_resolve_flags[] = {
	{ (uint64_t)(0x01), "RESOLVE_NO_XDEV" },
	{ (uint64_t)(0x02), "RESOLVE_NO_MAGICLINKS" },
	{ (uint64_t)(0x04), "RESOLVE_NO_SYMLINKS" },
	{ (uint64_t)(0x08), "RESOLVE_BENEATH" },
	{ (uint64_t)(0x10), "RESOLVE_IN_ROOT" },
	{ (uint64_t)(0x20), "RESOLVE_CACHED" },
};
const struct xlat xlat_resolve_flags = { xe_resolve_flags, 6, "RESOLVE_???" };

#ifdef RLIMIT_CPU
_Static_assert((uint64_t)(RLIMIT_CPU) == (uint64_t)(0), "rlimit_resources: RLIMIT_CPU");
#endif
#ifdef RLIMIT_FSIZE
_Static_assert((uint64_t)(RLIMIT_FSIZE) == (uint64_t)(1), "rlimit_resources: RLIMIT_FSIZE");
#endif
#ifdef RLIMIT_DATA
_Static_assert((uint64_t)(RLIMIT_DATA) == (uint64_t)(2), "rlimit_resources: RLIMIT_DATA");
#endif
#ifdef RLIMIT_STACK
_Static_assert((uint64_t)(RLIMIT_STACK) == (uint64_t)(3), "rlimit_resources: RLIMIT_STACK");
#endif
#ifdef RLIMIT_CORE
_Static_assert((uint64_t)(RLIMIT_CORE) == (uint64_t)(4), "rlimit_resources: RLIMIT_CORE");
#endif
#ifdef RLIMIT_RSS
_Static_assert((uint64_t)(RLIMIT_RSS) == (uint64_t)(5), "rlimit_resources: RLIMIT_RSS");
#endif
#ifdef RLIMIT_NPROC
_Static_assert((uint64_t)(RLIMIT_NPROC) == (uint64_t)(6), "rlimit_resources: RLIMIT_NPROC");
#endif
#ifdef RLIMIT_NOFILE
_Static_assert((uint64_t)(RLIMIT_NOFILE) == (uint64_t)(7), "rlimit_resources: RLIMIT_NOFILE");
#endif
#ifdef RLIMIT_MEMLOCK
_Static_assert((uint64_t)(RLIMIT_MEMLOCK) == (uint64_t)(8), "rlimit_resources: RLIMIT_MEMLOCK");
#endif
#ifdef RLIMIT_AS
_Static_assert((uint64_t)(RLIMIT_AS) == (uint64_t)(9), "rlimit_resources: RLIMIT_AS");
#endif
#ifdef RLIMIT_LOCKS
_Static_assert((uint64_t)(RLIMIT_LOCKS) == (uint64_t)(10), "rlimit_resources: RLIMIT_LOCKS");
#endif
#ifdef RLIMIT_SIGPENDING
_Static_assert((uint64_t)(RLIMIT_SIGPENDING) == (uint64_t)(11), "rlimit_resources: RLIMIT_SIGPENDING");
#endif
#ifdef RLIMIT_MSGQUEUE
_Static_assert((uint64_t)(RLIMIT_MSGQUEUE) == (uint64_t)(12), "rlimit_resources: RLIMIT_MSGQUEUE");
#endif
#ifdef RLIMIT_NICE
_Static_assert((uint64_t)(RLIMIT_NICE) == (uint64_t)(13), "rlimit_resources: RLIMIT_NICE");
#endif
#ifdef RLIMIT_RTPRIO
_Static_assert((uint64_t)(RLIMIT_RTPRIO) == (uint64_t)(14), "rlimit_resources: RLIMIT_RTPRIO");
#endif
#ifdef RLIMIT_RTTIME
_Static_assert((uint64_t)(RLIMIT_RTTIME) == (uint64_t)(15), "rlimit_resources: RLIMIT_RTTIME");
#endif
static const struct xlat_entry xe_rlimit_resources[] = {
	{ (uint64_t)(0), "RLIMIT_CPU" },
	{ (uint64_t)(1), "RLIMIT_FSIZE" },
	{ (uint64_t)(2), "RLIMIT_DATA" },
	{ (uint64_t)(3), "RLIMIT_STACK" },
	{ (uint64_t)(4), "RLIMIT_CORE" },
	{ (uint64_t)(5), "RLIMIT_RSS" },
	{ (uint64_t)(6), "RLIMIT_NPROC" },
	{ (uint64_t)(7), "RLIMIT_NOFILE" },
	{ (uint64_t)(8), "RLIMIT_MEMLOCK" },
	{ (uint64_t)(9), "RLIMIT_AS" },
	{ (uint64_t)(10), "RLIMIT_LOCKS" },
	{ (uint64_t)(11), "RLIMIT_SIGPENDING" },
	{ (uint64_t)(12), "RLIMIT_MSGQUEUE" },
	{ (uint64_t)(13), "RLIMIT_NICE" },
	{ (uint64_t)(14), "RLIMIT_RTPRIO" },
	{ (uint64_t)(15), "RLIMIT_RTTIME" },
};
const struct xlat xlat_rlimit_resources = { xe_rlimit_resources, 16, "RLIMIT_???" };

#ifdef RUSAGE_SELF
_Static_assert((uint64_t)(RUSAGE_SELF) == (uint64_t)(0), "rusage_who: RUSAGE_SELF");
#endif
#ifdef RUSAGE_THREAD
_Static_assert((uint64_t)(RUSAGE_THREAD) == (uint64_t)(1), "rusage_who: RUSAGE_THREAD");
#endif
static const struct xlat_entry xe_rusage_who[] = {
	{ (uint64_t)(0), "RUSAGE_SELF" },
	{ (uint64_t)(0xffffffff), "RUSAGE_CHILDREN" },
	{ (uint64_t)(0xfffffffe), "RUSAGE_BOTH" },
	{ (uint64_t)(1), "RUSAGE_THREAD" },
};
const struct xlat xlat_rusage_who = { xe_rusage_who, 4, "RUSAGE_???" };

#ifdef RWF_HIPRI
_Static_assert((uint64_t)(RWF_HIPRI) == (uint64_t)(1), "rwf_flags: RWF_HIPRI");
#endif
#ifdef RWF_DSYNC
_Static_assert((uint64_t)(RWF_DSYNC) == (uint64_t)(2), "rwf_flags: RWF_DSYNC");
#endif
#ifdef RWF_SYNC
_Static_assert((uint64_t)(RWF_SYNC) == (uint64_t)(4), "rwf_flags: RWF_SYNC");
#endif
#ifdef RWF_NOWAIT
_Static_assert((uint64_t)(RWF_NOWAIT) == (uint64_t)(8), "rwf_flags: RWF_NOWAIT");
#endif
#ifdef RWF_APPEND
_Static_assert((uint64_t)(RWF_APPEND) == (uint64_t)(16), "rwf_flags: RWF_APPEND");
#endif
static const struct xlat_entry xe_rwf_flags[] = {
	{ (uint64_t)(1), "RWF_HIPRI" },
	{ (uint64_t)(2), "RWF_DSYNC" },
	{ (uint64_t)(4), "RWF_SYNC" },
	{ (uint64_t)(8), "RWF_NOWAIT" },
	{ (uint64_t)(16), "RWF_APPEND" },
};
const struct xlat xlat_rwf_flags = { xe_rwf_flags, 5, "RWF_???" };

#ifdef SA_RESTORER
_Static_assert((uint64_t)(SA_RESTORER) == (uint64_t)(0x04000000), "sa_flags: SA_RESTORER");
#endif
#ifdef SA_INTERRUPT
_Static_assert((uint64_t)(SA_INTERRUPT) == (uint64_t)(0x20000000), "sa_flags: SA_INTERRUPT");
#endif
static const struct xlat_entry xe_sa_flags[] = {
	{ (uint64_t)(0x04000000), "SA_RESTORER" },
	{ (uint64_t)(SA_ONSTACK), "SA_ONSTACK" },
	{ (uint64_t)(SA_RESTART), "SA_RESTART" },
	{ (uint64_t)(0x20000000), "SA_INTERRUPT" },
	{ (uint64_t)(SA_NODEFER), "SA_NODEFER" },
	{ (uint64_t)(SA_RESETHAND), "SA_RESETHAND" },
	{ (uint64_t)(SA_SIGINFO), "SA_SIGINFO" },
	{ (uint64_t)(SA_NOCLDSTOP), "SA_NOCLDSTOP" },
	{ (uint64_t)(SA_NOCLDWAIT), "SA_NOCLDWAIT" },
};
const struct xlat xlat_sa_flags = { xe_sa_flags, 9, "SA_???" };

#ifdef SCHED_FLAG_RESET_ON_FORK
_Static_assert((uint64_t)(SCHED_FLAG_RESET_ON_FORK) == (uint64_t)(0x01), "sched_attr_flags: SCHED_FLAG_RESET_ON_FORK");
#endif
#ifdef SCHED_FLAG_RECLAIM
_Static_assert((uint64_t)(SCHED_FLAG_RECLAIM) == (uint64_t)(0x02), "sched_attr_flags: SCHED_FLAG_RECLAIM");
#endif
#ifdef SCHED_FLAG_DL_OVERRUN
_Static_assert((uint64_t)(SCHED_FLAG_DL_OVERRUN) == (uint64_t)(0x04), "sched_attr_flags: SCHED_FLAG_DL_OVERRUN");
#endif
#ifdef SCHED_FLAG_KEEP_POLICY
_Static_assert((uint64_t)(SCHED_FLAG_KEEP_POLICY) == (uint64_t)(0x08), "sched_attr_flags: SCHED_FLAG_KEEP_POLICY");
#endif
#ifdef SCHED_FLAG_KEEP_PARAMS
_Static_assert((uint64_t)(SCHED_FLAG_KEEP_PARAMS) == (uint64_t)(0x10), "sched_attr_flags: SCHED_FLAG_KEEP_PARAMS");
#endif
#ifdef SCHED_FLAG_UTIL_CLAMP_MIN
_Static_assert((uint64_t)(SCHED_FLAG_UTIL_CLAMP_MIN) == (uint64_t)(0x20), "sched_attr_flags: SCHED_FLAG_UTIL_CLAMP_MIN");
#endif
#ifdef SCHED_FLAG_UTIL_CLAMP_MAX
_Static_assert((uint64_t)(SCHED_FLAG_UTIL_CLAMP_MAX) == (uint64_t)(0x40), "sched_attr_flags: SCHED_FLAG_UTIL_CLAMP_MAX");
#endif
static const struct xlat_entry xe_sched_attr_flags[] = {
	{ (uint64_t)(0x01), "SCHED_FLAG_RESET_ON_FORK" },
	{ (uint64_t)(0x02), "SCHED_FLAG_RECLAIM" },
	{ (uint64_t)(0x04), "SCHED_FLAG_DL_OVERRUN" },
	{ (uint64_t)(0x08), "SCHED_FLAG_KEEP_POLICY" },
	{ (uint64_t)(0x10), "SCHED_FLAG_KEEP_PARAMS" },
	{ (uint64_t)(0x20), "SCHED_FLAG_UTIL_CLAMP_MIN" },
	{ (uint64_t)(0x40), "SCHED_FLAG_UTIL_CLAMP_MAX" },
};
const struct xlat xlat_sched_attr_flags = { xe_sched_attr_flags, 7, "SCHED_FLAG_???" };

#ifdef SCHED_OTHER
_Static_assert((uint64_t)(SCHED_OTHER) == (uint64_t)(0), "sched_policies: SCHED_OTHER");
#endif
#ifdef SCHED_FIFO
_Static_assert((uint64_t)(SCHED_FIFO) == (uint64_t)(1), "sched_policies: SCHED_FIFO");
#endif
#ifdef SCHED_RR
_Static_assert((uint64_t)(SCHED_RR) == (uint64_t)(2), "sched_policies: SCHED_RR");
#endif
#ifdef SCHED_BATCH
_Static_assert((uint64_t)(SCHED_BATCH) == (uint64_t)(3), "sched_policies: SCHED_BATCH");
#endif
#ifdef SCHED_ISO
_Static_assert((uint64_t)(SCHED_ISO) == (uint64_t)(4), "sched_policies: SCHED_ISO");
#endif
#ifdef SCHED_IDLE
_Static_assert((uint64_t)(SCHED_IDLE) == (uint64_t)(5), "sched_policies: SCHED_IDLE");
#endif
#ifdef SCHED_DEADLINE
_Static_assert((uint64_t)(SCHED_DEADLINE) == (uint64_t)(6), "sched_policies: SCHED_DEADLINE");
#endif
static const struct xlat_entry xe_sched_policies[] = {
	{ (uint64_t)(0), "SCHED_OTHER" },
	{ (uint64_t)(1), "SCHED_FIFO" },
	{ (uint64_t)(2), "SCHED_RR" },
	{ (uint64_t)(3), "SCHED_BATCH" },
	{ (uint64_t)(4), "SCHED_ISO" },
	{ (uint64_t)(5), "SCHED_IDLE" },
	{ (uint64_t)(6), "SCHED_DEADLINE" },
};
const struct xlat xlat_sched_policies = { xe_sched_policies, 7, "SCHED_???" };

static const struct xlat_entry xe_seal_flags[] = {
	{ (uint64_t)(F_SEAL_SEAL), "F_SEAL_SEAL" },
	{ (uint64_t)(F_SEAL_SHRINK), "F_SEAL_SHRINK" },
	{ (uint64_t)(F_SEAL_GROW), "F_SEAL_GROW" },
	{ (uint64_t)(F_SEAL_WRITE), "F_SEAL_WRITE" },
	{ (uint64_t)(F_SEAL_FUTURE_WRITE), "F_SEAL_FUTURE_WRITE" },
};
const struct xlat xlat_seal_flags = { xe_seal_flags, 5, "F_SEAL_???" };

#ifdef SECCOMP_FILTER_FLAG_TSYNC
_Static_assert((uint64_t)(SECCOMP_FILTER_FLAG_TSYNC) == (uint64_t)(1), "seccomp_filter_flags: SECCOMP_FILTER_FLAG_TSYNC");
#endif
#ifdef SECCOMP_FILTER_FLAG_LOG
_Static_assert((uint64_t)(SECCOMP_FILTER_FLAG_LOG) == (uint64_t)(2), "seccomp_filter_flags: SECCOMP_FILTER_FLAG_LOG");
#endif
#ifdef SECCOMP_FILTER_FLAG_SPEC_ALLOW
_Static_assert((uint64_t)(SECCOMP_FILTER_FLAG_SPEC_ALLOW) == (uint64_t)(4), "seccomp_filter_flags: SECCOMP_FILTER_FLAG_SPEC_ALLOW");
#endif
#ifdef SECCOMP_FILTER_FLAG_NEW_LISTENER
_Static_assert((uint64_t)(SECCOMP_FILTER_FLAG_NEW_LISTENER) == (uint64_t)(8), "seccomp_filter_flags: SECCOMP_FILTER_FLAG_NEW_LISTENER");
#endif
#ifdef SECCOMP_FILTER_FLAG_TSYNC_ESRCH
_Static_assert((uint64_t)(SECCOMP_FILTER_FLAG_TSYNC_ESRCH) == (uint64_t)(16), "seccomp_filter_flags: SECCOMP_FILTER_FLAG_TSYNC_ESRCH");
#endif
#ifdef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
_Static_assert((uint64_t)(SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV) == (uint64_t)(32), "seccomp_filter_flags: SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV");
#endif
static const struct xlat_entry xe_seccomp_filter_flags[] = {
	{ (uint64_t)(1), "SECCOMP_FILTER_FLAG_TSYNC" },
	{ (uint64_t)(2), "SECCOMP_FILTER_FLAG_LOG" },
	{ (uint64_t)(4), "SECCOMP_FILTER_FLAG_SPEC_ALLOW" },
	{ (uint64_t)(8), "SECCOMP_FILTER_FLAG_NEW_LISTENER" },
	{ (uint64_t)(16), "SECCOMP_FILTER_FLAG_TSYNC_ESRCH" },
	{ (uint64_t)(32), "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" },
};
const struct xlat xlat_seccomp_filter_flags = { xe_seccomp_filter_flags, 6, "SECCOMP_FILTER_FLAG_???" };

#ifdef SECCOMP_MODE_DISABLED
_Static_assert((uint64_t)(SECCOMP_MODE_DISABLED) == (uint64_t)(0), "seccomp_modes: SECCOMP_MODE_DISABLED");
#endif
#ifdef SECCOMP_MODE_STRICT
_Static_assert((uint64_t)(SECCOMP_MODE_STRICT) == (uint64_t)(1), "seccomp_modes: SECCOMP_MODE_STRICT");
#endif
#ifdef SECCOMP_MODE_FILTER
_Static_assert((uint64_t)(SECCOMP_MODE_FILTER) == (uint64_t)(2), "seccomp_modes: SECCOMP_MODE_FILTER");
#endif
static const struct xlat_entry xe_seccomp_modes[] = {
	{ (uint64_t)(0), "SECCOMP_MODE_DISABLED" },
	{ (uint64_t)(1), "SECCOMP_MODE_STRICT" },
	{ (uint64_t)(2), "SECCOMP_MODE_FILTER" },
};
const struct xlat xlat_seccomp_modes = { xe_seccomp_modes, 3, "SECCOMP_MODE_???" };

#ifdef SECCOMP_SET_MODE_STRICT
_Static_assert((uint64_t)(SECCOMP_SET_MODE_STRICT) == (uint64_t)(0), "seccomp_ops: SECCOMP_SET_MODE_STRICT");
#endif
#ifdef SECCOMP_SET_MODE_FILTER
_Static_assert((uint64_t)(SECCOMP_SET_MODE_FILTER) == (uint64_t)(1), "seccomp_ops: SECCOMP_SET_MODE_FILTER");
#endif
#ifdef SECCOMP_GET_ACTION_AVAIL
_Static_assert((uint64_t)(SECCOMP_GET_ACTION_AVAIL) == (uint64_t)(2), "seccomp_ops: SECCOMP_GET_ACTION_AVAIL");
#endif
#ifdef SECCOMP_GET_NOTIF_SIZES
_Static_assert((uint64_t)(SECCOMP_GET_NOTIF_SIZES) == (uint64_t)(3), "seccomp_ops: SECCOMP_GET_NOTIF_SIZES");
#endif
static const struct xlat_entry xe_seccomp_ops[] = {
	{ (uint64_t)(0), "SECCOMP_SET_MODE_STRICT" },
	{ (uint64_t)(1), "SECCOMP_SET_MODE_FILTER" },
	{ (uint64_t)(2), "SECCOMP_GET_ACTION_AVAIL" },
	{ (uint64_t)(3), "SECCOMP_GET_NOTIF_SIZES" },
};
const struct xlat xlat_seccomp_ops = { xe_seccomp_ops, 4, "SECCOMP_SET_MODE_???" };

#ifdef SECCOMP_RET_KILL_PROCESS
_Static_assert((uint64_t)(SECCOMP_RET_KILL_PROCESS) == (uint64_t)(0x80000000), "seccomp_ret_actions: SECCOMP_RET_KILL_PROCESS");
#endif
#ifdef SECCOMP_RET_KILL_THREAD
_Static_assert((uint64_t)(SECCOMP_RET_KILL_THREAD) == (uint64_t)(0), "seccomp_ret_actions: SECCOMP_RET_KILL_THREAD");
#endif
#ifdef SECCOMP_RET_TRAP
_Static_assert((uint64_t)(SECCOMP_RET_TRAP) == (uint64_t)(0x00030000), "seccomp_ret_actions: SECCOMP_RET_TRAP");
#endif
#ifdef SECCOMP_RET_ERRNO
_Static_assert((uint64_t)(SECCOMP_RET_ERRNO) == (uint64_t)(0x00050000), "seccomp_ret_actions: SECCOMP_RET_ERRNO");
#endif
#ifdef SECCOMP_RET_USER_NOTIF
_Static_assert((uint64_t)(SECCOMP_RET_USER_NOTIF) == (uint64_t)(0x7fc00000), "seccomp_ret_actions: SECCOMP_RET_USER_NOTIF");
#endif
#ifdef SECCOMP_RET_TRACE
_Static_assert((uint64_t)(SECCOMP_RET_TRACE) == (uint64_t)(0x7ff00000), "seccomp_ret_actions: SECCOMP_RET_TRACE");
#endif
#ifdef SECCOMP_RET_LOG
_Static_assert((uint64_t)(SECCOMP_RET_LOG) == (uint64_t)(0x7ffc0000), "seccomp_ret_actions: SECCOMP_RET_LOG");
#endif
#ifdef SECCOMP_RET_ALLOW
_Static_assert((uint64_t)(SECCOMP_RET_ALLOW) == (uint64_t)(0x7fff0000), "seccomp_ret_actions: SECCOMP_RET_ALLOW");
#endif
static const struct xlat_entry xe_seccomp_ret_actions[] = {
	{ (uint64_t)(0x80000000), "SECCOMP_RET_KILL_PROCESS" },
	{ (uint64_t)(0), "SECCOMP_RET_KILL_THREAD" },
	{ (uint64_t)(0x00030000), "SECCOMP_RET_TRAP" },
	{ (uint64_t)(0x00050000), "SECCOMP_RET_ERRNO" },
	{ (uint64_t)(0x7fc00000), "SECCOMP_RET_USER_NOTIF" },
	{ (uint64_t)(0x7ff00000), "SECCOMP_RET_TRACE" },
	{ (uint64_t)(0x7ffc0000), "SECCOMP_RET_LOG" },
	{ (uint64_t)(0x7fff0000), "SECCOMP_RET_ALLOW" },
};
const struct xlat xlat_seccomp_ret_actions = { xe_seccomp_ret_actions, 8, "SECCOMP_RET_???" };

static const struct xlat_entry xe_seek_whence[] = {
	{ (uint64_t)(SEEK_SET), "SEEK_SET" },
	{ (uint64_t)(SEEK_CUR), "SEEK_CUR" },
	{ (uint64_t)(SEEK_END), "SEEK_END" },
	{ (uint64_t)(SEEK_DATA), "SEEK_DATA" },
	{ (uint64_t)(SEEK_HOLE), "SEEK_HOLE" },
};
const struct xlat xlat_seek_whence = { xe_seek_whence, 5, "SEEK_???" };

#ifdef SEM_UNDO
_Static_assert((uint64_t)(SEM_UNDO) == (uint64_t)(0x1000), "sem_flags: SEM_UNDO");
#endif
#ifdef IPC_NOWAIT
_Static_assert((uint64_t)(IPC_NOWAIT) == (uint64_t)(04000), "sem_flags: IPC_NOWAIT");
#endif
static const struct xlat_entry xe_sem_flags[] = {
	{ (uint64_t)(0x1000), "SEM_UNDO" },
	{ (uint64_t)(04000), "IPC_NOWAIT" },
};
const struct xlat xlat_sem_flags = { xe_sem_flags, 2, NULL };

#ifdef IPC_RMID
_Static_assert((uint64_t)(IPC_RMID) == (uint64_t)(0), "semctl_cmds: IPC_RMID");
#endif
#ifdef IPC_SET
_Static_assert((uint64_t)(IPC_SET) == (uint64_t)(1), "semctl_cmds: IPC_SET");
#endif
#ifdef IPC_STAT
_Static_assert((uint64_t)(IPC_STAT) == (uint64_t)(2), "semctl_cmds: IPC_STAT");
#endif
#ifdef IPC_INFO
_Static_assert((uint64_t)(IPC_INFO) == (uint64_t)(3), "semctl_cmds: IPC_INFO");
#endif
#ifdef GETPID
_Static_assert((uint64_t)(GETPID) == (uint64_t)(11), "semctl_cmds: GETPID");
#endif
#ifdef GETVAL
_Static_assert((uint64_t)(GETVAL) == (uint64_t)(12), "semctl_cmds: GETVAL");
#endif
#ifdef GETALL
_Static_assert((uint64_t)(GETALL) == (uint64_t)(13), "semctl_cmds: GETALL");
#endif
#ifdef GETNCNT
_Static_assert((uint64_t)(GETNCNT) == (uint64_t)(14), "semctl_cmds: GETNCNT");
#endif
#ifdef GETZCNT
_Static_assert((uint64_t)(GETZCNT) == (uint64_t)(15), "semctl_cmds: GETZCNT");
#endif
#ifdef SETVAL
_Static_assert((uint64_t)(SETVAL) == (uint64_t)(16), "semctl_cmds: SETVAL");
#endif
#ifdef SETALL
_Static_assert((uint64_t)(SETALL) == (uint64_t)(17), "semctl_cmds: SETALL");
#endif
#ifdef SEM_STAT
_Static_assert((uint64_t)(SEM_STAT) == (uint64_t)(18), "semctl_cmds: SEM_STAT");
#endif
#ifdef SEM_INFO
_Static_assert((uint64_t)(SEM_INFO) == (uint64_t)(19), "semctl_cmds: SEM_INFO");
#endif
#ifdef SEM_STAT_ANY
_Static_assert((uint64_t)(SEM_STAT_ANY) == (uint64_t)(20), "semctl_cmds: SEM_STAT_ANY");
#endif
static const struct xlat_entry xe_semctl_cmds[] = {
	{ (uint64_t)(0), "IPC_RMID" },
	{ (uint64_t)(1), "IPC_SET" },
	{ (uint64_t)(2), "IPC_STAT" },
	{ (uint64_t)(3), "IPC_INFO" },
	{ (uint64_t)(11), "GETPID" },
	{ (uint64_t)(12), "GETVAL" },
	{ (uint64_t)(13), "GETALL" },
	{ (uint64_t)(14), "GETNCNT" },
	{ (uint64_t)(15), "GETZCNT" },
	{ (uint64_t)(16), "SETVAL" },
	{ (uint64_t)(17), "SETALL" },
	{ (uint64_t)(18), "SEM_STAT" },
	{ (uint64_t)(19), "SEM_INFO" },
	{ (uint64_t)(20), "SEM_STAT_ANY" },
};
const struct xlat xlat_semctl_cmds = { xe_semctl_cmds, 14, "SEM_???" };

#ifdef SHM_RDONLY
_Static_assert((uint64_t)(SHM_RDONLY) == (uint64_t)(010000), "shmat_flags: SHM_RDONLY");
#endif
#ifdef SHM_RND
_Static_assert((uint64_t)(SHM_RND) == (uint64_t)(020000), "shmat_flags: SHM_RND");
#endif
#ifdef SHM_REMAP
_Static_assert((uint64_t)(SHM_REMAP) == (uint64_t)(040000), "shmat_flags: SHM_REMAP");
#endif
#ifdef SHM_EXEC
_Static_assert((uint64_t)(SHM_EXEC) == (uint64_t)(0100000), "shmat_flags: SHM_EXEC");
#endif
static const struct xlat_entry xe_shmat_flags[] = {
	{ (uint64_t)(010000), "SHM_RDONLY" },
	{ (uint64_t)(020000), "SHM_RND" },
	{ (uint64_t)(040000), "SHM_REMAP" },
	{ (uint64_t)(0100000), "SHM_EXEC" },
};
const struct xlat xlat_shmat_flags = { xe_shmat_flags, 4, "SHM_???" };

#ifdef IPC_RMID
_Static_assert((uint64_t)(IPC_RMID) == (uint64_t)(0), "shmctl_cmds: IPC_RMID");
#endif
#ifdef IPC_SET
_Static_assert((uint64_t)(IPC_SET) == (uint64_t)(1), "shmctl_cmds: IPC_SET");
#endif
#ifdef IPC_STAT
_Static_assert((uint64_t)(IPC_STAT) == (uint64_t)(2), "shmctl_cmds: IPC_STAT");
#endif
#ifdef IPC_INFO
_Static_assert((uint64_t)(IPC_INFO) == (uint64_t)(3), "shmctl_cmds: IPC_INFO");
#endif
#ifdef SHM_LOCK
_Static_assert((uint64_t)(SHM_LOCK) == (uint64_t)(11), "shmctl_cmds: SHM_LOCK");
#endif
#ifdef SHM_UNLOCK
_Static_assert((uint64_t)(SHM_UNLOCK) == (uint64_t)(12), "shmctl_cmds: SHM_UNLOCK");
#endif
#ifdef SHM_STAT
_Static_assert((uint64_t)(SHM_STAT) == (uint64_t)(13), "shmctl_cmds: SHM_STAT");
#endif
#ifdef SHM_INFO
_Static_assert((uint64_t)(SHM_INFO) == (uint64_t)(14), "shmctl_cmds: SHM_INFO");
#endif
#ifdef SHM_STAT_ANY
_Static_assert((uint64_t)(SHM_STAT_ANY) == (uint64_t)(15), "shmctl_cmds: SHM_STAT_ANY");
#endif
static const struct xlat_entry xe_shmctl_cmds[] = {
	{ (uint64_t)(0), "IPC_RMID" },
	{ (uint64_t)(1), "IPC_SET" },
	{ (uint64_t)(2), "IPC_STAT" },
	{ (uint64_t)(3), "IPC_INFO" },
	{ (uint64_t)(11), "SHM_LOCK" },
	{ (uint64_t)(12), "SHM_UNLOCK" },
	{ (uint64_t)(13), "SHM_STAT" },
	{ (uint64_t)(14), "SHM_INFO" },
	{ (uint64_t)(15), "SHM_STAT_ANY" },
};
const struct xlat xlat_shmctl_cmds = { xe_shmctl_cmds, 9, "SHM_???" };

#ifdef IPC_CREAT
_Static_assert((uint64_t)(IPC_CREAT) == (uint64_t)(01000), "shmget_flags: IPC_CREAT");
#endif
#ifdef IPC_EXCL
_Static_assert((uint64_t)(IPC_EXCL) == (uint64_t)(02000), "shmget_flags: IPC_EXCL");
#endif
#ifdef SHM_HUGETLB
_Static_assert((uint64_t)(SHM_HUGETLB) == (uint64_t)(04000), "shmget_flags: SHM_HUGETLB");
#endif
#ifdef SHM_NORESERVE
_Static_assert((uint64_t)(SHM_NORESERVE) == (uint64_t)(010000), "shmget_flags: SHM_NORESERVE");
#endif
static const struct xlat_entry xe_shmget_flags[] = {
	{ (uint64_t)(01000), "IPC_CREAT" },
	{ (uint64_t)(02000), "IPC_EXCL" },
	{ (uint64_t)(04000), "SHM_HUGETLB" },
	{ (uint64_t)(010000), "SHM_NORESERVE" },
};
const struct xlat xlat_shmget_flags = { xe_shmget_flags, 4, NULL };

#ifdef SI_DETHREAD
_Static_assert((uint64_t)(SI_DETHREAD) == (uint64_t)(-7), "si_codes: SI_DETHREAD");
#endif
static const struct xlat_entry xe_si_codes[] = {
	{ (uint64_t)(SI_USER), "SI_USER" },
	{ (uint64_t)(SI_KERNEL), "SI_KERNEL" },
	{ (uint64_t)(SI_QUEUE), "SI_QUEUE" },
	{ (uint64_t)(SI_TIMER), "SI_TIMER" },
	{ (uint64_t)(SI_MESGQ), "SI_MESGQ" },
	{ (uint64_t)(SI_ASYNCIO), "SI_ASYNCIO" },
	{ (uint64_t)(SI_SIGIO), "SI_SIGIO" },
	{ (uint64_t)(SI_TKILL), "SI_TKILL" },
	{ (uint64_t)(-7), "SI_DETHREAD" },
	{ (uint64_t)(SI_ASYNCNL), "SI_ASYNCNL" },
};
const struct xlat xlat_si_codes = { xe_si_codes, 10, "SI_???" };

#ifdef SS_AUTODISARM
_Static_assert((uint64_t)(SS_AUTODISARM) == (uint64_t)(0x80000000), "sigaltstack_flags: SS_AUTODISARM");
#endif
static const struct xlat_entry xe_sigaltstack_flags[] = {
	{ (uint64_t)(SS_ONSTACK), "SS_ONSTACK" },
	{ (uint64_t)(SS_DISABLE), "SS_DISABLE" },
	{ (uint64_t)(0x80000000), "SS_AUTODISARM" },
};
const struct xlat xlat_sigaltstack_flags = { xe_sigaltstack_flags, 3, "SS_???" };

static const struct xlat_entry xe_sigbus_codes[] = {
	{ (uint64_t)(BUS_ADRALN), "BUS_ADRALN" },
	{ (uint64_t)(BUS_ADRERR), "BUS_ADRERR" },
	{ (uint64_t)(BUS_OBJERR), "BUS_OBJERR" },
	{ (uint64_t)(BUS_MCEERR_AR), "BUS_MCEERR_AR" },
	{ (uint64_t)(BUS_MCEERR_AO), "BUS_MCEERR_AO" },
};
const struct xlat xlat_sigbus_codes = { xe_sigbus_codes, 5, "BUS_???" };

static const struct xlat_entry xe_sigchld_codes[] = {
	{ (uint64_t)(CLD_EXITED), "CLD_EXITED" },
	{ (uint64_t)(CLD_KILLED), "CLD_KILLED" },
	{ (uint64_t)(CLD_DUMPED), "CLD_DUMPED" },
	{ (uint64_t)(CLD_TRAPPED), "CLD_TRAPPED" },
	{ (uint64_t)(CLD_STOPPED), "CLD_STOPPED" },
	{ (uint64_t)(CLD_CONTINUED), "CLD_CONTINUED" },
};
const struct xlat xlat_sigchld_codes = { xe_sigchld_codes, 6, "CLD_???" };

#ifdef SIGEV_SIGNAL
_Static_assert((uint64_t)(SIGEV_SIGNAL) == (uint64_t)(0), "sigev_notify: SIGEV_SIGNAL");
#endif
#ifdef SIGEV_NONE
_Static_assert((uint64_t)(SIGEV_NONE) == (uint64_t)(1), "sigev_notify: SIGEV_NONE");
#endif
#ifdef SIGEV_THREAD
_Static_assert((uint64_t)(SIGEV_THREAD) == (uint64_t)(2), "sigev_notify: SIGEV_THREAD");
#endif
#ifdef SIGEV_THREAD_ID
_Static_assert((uint64_t)(SIGEV_THREAD_ID) == (uint64_t)(4), "sigev_notify: SIGEV_THREAD_ID");
#endif
static const struct xlat_entry xe_sigev_notify[] = {
	{ (uint64_t)(0), "SIGEV_SIGNAL" },
	{ (uint64_t)(1), "SIGEV_NONE" },
	{ (uint64_t)(2), "SIGEV_THREAD" },
	{ (uint64_t)(4), "SIGEV_THREAD_ID" },
};
const struct xlat xlat_sigev_notify = { xe_sigev_notify, 4, "SIGEV_???" };

#ifdef FPE_FLTUNK
_Static_assert((uint64_t)(FPE_FLTUNK) == (uint64_t)(14), "sigfpe_codes: FPE_FLTUNK");
#endif
#ifdef FPE_CONDTRAP
_Static_assert((uint64_t)(FPE_CONDTRAP) == (uint64_t)(15), "sigfpe_codes: FPE_CONDTRAP");
#endif
static const struct xlat_entry xe_sigfpe_codes[] = {
	{ (uint64_t)(FPE_INTDIV), "FPE_INTDIV" },
	{ (uint64_t)(FPE_INTOVF), "FPE_INTOVF" },
	{ (uint64_t)(FPE_FLTDIV), "FPE_FLTDIV" },
	{ (uint64_t)(FPE_FLTOVF), "FPE_FLTOVF" },
	{ (uint64_t)(FPE_FLTUND), "FPE_FLTUND" },
	{ (uint64_t)(FPE_FLTRES), "FPE_FLTRES" },
	{ (uint64_t)(FPE_FLTINV), "FPE_FLTINV" },
	{ (uint64_t)(FPE_FLTSUB), "FPE_FLTSUB" },
	{ (uint64_t)(14), "FPE_FLTUNK" },
	{ (uint64_t)(15), "FPE_CONDTRAP" },
};
const struct xlat xlat_sigfpe_codes = { xe_sigfpe_codes, 10, "FPE_???" };

#ifdef ILL_BADIADDR
_Static_assert((uint64_t)(ILL_BADIADDR) == (uint64_t)(9), "sigill_codes: ILL_BADIADDR");
#endif
static const struct xlat_entry xe_sigill_codes[] = {
	{ (uint64_t)(ILL_ILLOPC), "ILL_ILLOPC" },
	{ (uint64_t)(ILL_ILLOPN), "ILL_ILLOPN" },
	{ (uint64_t)(ILL_ILLADR), "ILL_ILLADR" },
	{ (uint64_t)(ILL_ILLTRP), "ILL_ILLTRP" },
	{ (uint64_t)(ILL_PRVOPC), "ILL_PRVOPC" },
	{ (uint64_t)(ILL_PRVREG), "ILL_PRVREG" },
	{ (uint64_t)(ILL_COPROC), "ILL_COPROC" },
	{ (uint64_t)(ILL_BADSTK), "ILL_BADSTK" },
	{ (uint64_t)(9), "ILL_BADIADDR" },
};
const struct xlat xlat_sigill_codes = { xe_sigill_codes, 9, "ILL_???" };

#ifdef SFD_CLOEXEC
_Static_assert((uint64_t)(SFD_CLOEXEC) == (uint64_t)(0x80000), "signalfd_flags: SFD_CLOEXEC");
#endif
#ifdef SFD_NONBLOCK
_Static_assert((uint64_t)(SFD_NONBLOCK) == (uint64_t)(0x800), "signalfd_flags: SFD_NONBLOCK");
#endif
static const struct xlat_entry xe_signalfd_flags[] = {
	{ (uint64_t)(0x80000), "SFD_CLOEXEC" },
	{ (uint64_t)(0x800), "SFD_NONBLOCK" },
};
const struct xlat xlat_signalfd_flags = { xe_signalfd_flags, 2, "SFD_???" };

static const struct xlat_entry xe_signals[] = {
	{ (uint64_t)(SIGHUP), "SIGHUP" },
	{ (uint64_t)(SIGINT), "SIGINT" },
	{ (uint64_t)(SIGQUIT), "SIGQUIT" },
	{ (uint64_t)(SIGILL), "SIGILL" },
	{ (uint64_t)(SIGTRAP), "SIGTRAP" },
	{ (uint64_t)(SIGABRT), "SIGABRT" },
	{ (uint64_t)(SIGBUS), "SIGBUS" },
	{ (uint64_t)(SIGFPE), "SIGFPE" },
	{ (uint64_t)(SIGKILL), "SIGKILL" },
	{ (uint64_t)(SIGUSR1), "SIGUSR1" },
	{ (uint64_t)(SIGSEGV), "SIGSEGV" },
	{ (uint64_t)(SIGUSR2), "SIGUSR2" },
	{ (uint64_t)(SIGPIPE), "SIGPIPE" },
	{ (uint64_t)(SIGALRM), "SIGALRM" },
	{ (uint64_t)(SIGTERM), "SIGTERM" },
	{ (uint64_t)(SIGSTKFLT), "SIGSTKFLT" },
	{ (uint64_t)(SIGCHLD), "SIGCHLD" },
	{ (uint64_t)(SIGCONT), "SIGCONT" },
	{ (uint64_t)(SIGSTOP), "SIGSTOP" },
	{ (uint64_t)(SIGTSTP), "SIGTSTP" },
	{ (uint64_t)(SIGTTIN), "SIGTTIN" },
	{ (uint64_t)(SIGTTOU), "SIGTTOU" },
	{ (uint64_t)(SIGURG), "SIGURG" },
	{ (uint64_t)(SIGXCPU), "SIGXCPU" },
	{ (uint64_t)(SIGXFSZ), "SIGXFSZ" },
	{ (uint64_t)(SIGVTALRM), "SIGVTALRM" },
	{ (uint64_t)(SIGPROF), "SIGPROF" },
	{ (uint64_t)(SIGWINCH), "SIGWINCH" },
	{ (uint64_t)(SIGIO), "SIGIO" },
	{ (uint64_t)(SIGPWR), "SIGPWR" },
	{ (uint64_t)(SIGSYS), "SIGSYS" },
};
const struct xlat xlat_signals = { xe_signals, 31, NULL };

static const struct xlat_entry xe_sigpoll_codes[] = {
	{ (uint64_t)(POLL_IN), "POLL_IN" },
	{ (uint64_t)(POLL_OUT), "POLL_OUT" },
	{ (uint64_t)(POLL_MSG), "POLL_MSG" },
	{ (uint64_t)(POLL_ERR), "POLL_ERR" },
	{ (uint64_t)(POLL_PRI), "POLL_PRI" },
	{ (uint64_t)(POLL_HUP), "POLL_HUP" },
};
const struct xlat xlat_sigpoll_codes = { xe_sigpoll_codes, 6, "POLL_???" };

static const struct xlat_entry xe_sigprocmask_how[] = {
	{ (uint64_t)(SIG_BLOCK), "SIG_BLOCK" },
	{ (uint64_t)(SIG_UNBLOCK), "SIG_UNBLOCK" },
	{ (uint64_t)(SIG_SETMASK), "SIG_SETMASK" },
};
const struct xlat xlat_sigprocmask_how = { xe_sigprocmask_how, 3, "SIG_???" };

#ifdef SEGV_ACCADI
_Static_assert((uint64_t)(SEGV_ACCADI) == (uint64_t)(5), "sigsegv_codes: SEGV_ACCADI");
#endif
#ifdef SEGV_ADIDERR
_Static_assert((uint64_t)(SEGV_ADIDERR) == (uint64_t)(6), "sigsegv_codes: SEGV_ADIDERR");
#endif
#ifdef SEGV_ADIPERR
_Static_assert((uint64_t)(SEGV_ADIPERR) == (uint64_t)(7), "sigsegv_codes: SEGV_ADIPERR");
#endif
#ifdef SEGV_MTEAERR
_Static_assert((uint64_t)(SEGV_MTEAERR) == (uint64_t)(8), "sigsegv_codes: SEGV_MTEAERR");
#endif
#ifdef SEGV_MTESERR
_Static_assert((uint64_t)(SEGV_MTESERR) == (uint64_t)(9), "sigsegv_codes: SEGV_MTESERR");
#endif
static const struct xlat_entry xe_sigsegv_codes[] = {
	{ (uint64_t)(SEGV_MAPERR), "SEGV_MAPERR" },
	{ (uint64_t)(SEGV_ACCERR), "SEGV_ACCERR" },
	{ (uint64_t)(SEGV_BNDERR), "SEGV_BNDERR" },
	{ (uint64_t)(SEGV_PKUERR), "SEGV_PKUERR" },
	{ (uint64_t)(5), "SEGV_ACCADI" },
	{ (uint64_t)(6), "SEGV_ADIDERR" },
	{ (uint64_t)(7), "SEGV_ADIPERR" },
	{ (uint64_t)(8), "SEGV_MTEAERR" },
	{ (uint64_t)(9), "SEGV_MTESERR" },
};
const struct xlat xlat_sigsegv_codes = { xe_sigsegv_codes, 9, "SEGV_???" };

#ifdef SYS_SECCOMP
_Static_assert((uint64_t)(SYS_SECCOMP) == (uint64_t)(1), "sigsys_codes: SYS_SECCOMP");
#endif
#ifdef SYS_USER_DISPATCH
_Static_assert((uint64_t)(SYS_USER_DISPATCH) == (uint64_t)(2), "sigsys_codes: SYS_USER_DISPATCH");
#endif
static const struct xlat_entry xe_sigsys_codes[] = {
	{ (uint64_t)(1), "SYS_SECCOMP" },
	{ (uint64_t)(2), "SYS_USER_DISPATCH" },
};
const struct xlat xlat_sigsys_codes = { xe_sigsys_codes, 2, "SYS_???" };

#ifdef TRAP_UNK
_Static_assert((uint64_t)(TRAP_UNK) == (uint64_t)(5), "sigtrap_codes: TRAP_UNK");
#endif
#ifdef TRAP_PERF
_Static_assert((uint64_t)(TRAP_PERF) == (uint64_t)(6), "sigtrap_codes: TRAP_PERF");
#endif
static const struct xlat_entry xe_sigtrap_codes[] = {
	{ (uint64_t)(TRAP_BRKPT), "TRAP_BRKPT" },
	{ (uint64_t)(TRAP_TRACE), "TRAP_TRACE" },
	{ (uint64_t)(TRAP_BRANCH), "TRAP_BRANCH" },
	{ (uint64_t)(TRAP_HWBKPT), "TRAP_HWBKPT" },
	{ (uint64_t)(5), "TRAP_UNK" },
	{ (uint64_t)(6), "TRAP_PERF" },
};
const struct xlat xlat_sigtrap_codes = { xe_sigtrap_codes, 6, "TRAP_???" };

#ifdef SPLICE_F_MOVE
_Static_assert((uint64_t)(SPLICE_F_MOVE) == (uint64_t)(1), "splice_flags: SPLICE_F_MOVE");
#endif
#ifdef SPLICE_F_NONBLOCK
_Static_assert((uint64_t)(SPLICE_F_NONBLOCK) == (uint64_t)(2), "splice_flags: SPLICE_F_NONBLOCK");
#endif
#ifdef SPLICE_F_MORE
_Static_assert((uint64_t)(SPLICE_F_MORE) == (uint64_t)(4), "splice_flags: SPLICE_F_MORE");
#endif
#ifdef SPLICE_F_GIFT
_Static_assert((uint64_t)(SPLICE_F_GIFT) == (uint64_t)(8), "splice_flags: SPLICE_F_GIFT");
#endif
static const struct xlat_entry xe_splice_flags[] = {
	{ (uint64_t)(1), "SPLICE_F_MOVE" },
	{ (uint64_t)(2), "SPLICE_F_NONBLOCK" },
	{ (uint64_t)(4), "SPLICE_F_MORE" },
	{ (uint64_t)(8), "SPLICE_F_GIFT" },
};
const struct xlat xlat_splice_flags = { xe_splice_flags, 4, "SPLICE_F_???" };

static const struct xlat_entry xe_stat_ftypes[] = {
	{ (uint64_t)(S_IFREG), "S_IFREG" },
	{ (uint64_t)(S_IFSOCK), "S_IFSOCK" },
	{ (uint64_t)(S_IFIFO), "S_IFIFO" },
	{ (uint64_t)(S_IFLNK), "S_IFLNK" },
	{ (uint64_t)(S_IFDIR), "S_IFDIR" },
	{ (uint64_t)(S_IFBLK), "S_IFBLK" },
	{ (uint64_t)(S_IFCHR), "S_IFCHR" },
};
const struct xlat xlat_stat_ftypes = { xe_stat_ftypes, 7, NULL };

static const struct xlat_entry xe_stat_mode_bits[] = {
	{ (uint64_t)(S_ISUID), "S_ISUID" },
	{ (uint64_t)(S_ISGID), "S_ISGID" },
	{ (uint64_t)(S_ISVTX), "S_ISVTX" },
};
const struct xlat xlat_stat_mode_bits = { xe_stat_mode_bits, 3, NULL };

#ifdef ST_VALID
_Static_assert((uint64_t)(ST_VALID) == (uint64_t)(0x0020), "statfs_flags: ST_VALID");
#endif
#ifdef ST_RDONLY
_Static_assert((uint64_t)(ST_RDONLY) == (uint64_t)(0x0001), "statfs_flags: ST_RDONLY");
#endif
#ifdef ST_NOSUID
_Static_assert((uint64_t)(ST_NOSUID) == (uint64_t)(0x0002), "statfs_flags: ST_NOSUID");
#endif
#ifdef ST_NODEV
_Static_assert((uint64_t)(ST_NODEV) == (uint64_t)(0x0004), "statfs_flags: ST_NODEV");
#endif
#ifdef ST_NOEXEC
_Static_assert((uint64_t)(ST_NOEXEC) == (uint64_t)(0x0008), "statfs_flags: ST_NOEXEC");
#endif
#ifdef ST_SYNCHRONOUS
_Static_assert((uint64_t)(ST_SYNCHRONOUS) == (uint64_t)(0x0010), "statfs_flags: ST_SYNCHRONOUS");
#endif
#ifdef ST_MANDLOCK
_Static_assert((uint64_t)(ST_MANDLOCK) == (uint64_t)(0x0040), "statfs_flags: ST_MANDLOCK");
#endif
#ifdef ST_NOATIME
_Static_assert((uint64_t)(ST_NOATIME) == (uint64_t)(0x0400), "statfs_flags: ST_NOATIME");
#endif
#ifdef ST_NODIRATIME
_Static_assert((uint64_t)(ST_NODIRATIME) == (uint64_t)(0x0800), "statfs_flags: ST_NODIRATIME");
#endif
#ifdef ST_RELATIME
_Static_assert((uint64_t)(ST_RELATIME) == (uint64_t)(0x1000), "statfs_flags: ST_RELATIME");
#endif
#ifdef ST_NOSYMFOLLOW
_Static_assert((uint64_t)(ST_NOSYMFOLLOW) == (uint64_t)(0x2000), "statfs_flags: ST_NOSYMFOLLOW");
#endif
static const struct xlat_entry xe_statfs_flags[] = {
	{ (uint64_t)(0x0020), "ST_VALID" },
	{ (uint64_t)(0x0001), "ST_RDONLY" },
	{ (uint64_t)(0x0002), "ST_NOSUID" },
	{ (uint64_t)(0x0004), "ST_NODEV" },
	{ (uint64_t)(0x0008), "ST_NOEXEC" },
	{ (uint64_t)(0x0010), "ST_SYNCHRONOUS" },
	{ (uint64_t)(0x0040), "ST_MANDLOCK" },
	{ (uint64_t)(0x0400), "ST_NOATIME" },
	{ (uint64_t)(0x0800), "ST_NODIRATIME" },
	{ (uint64_t)(0x1000), "ST_RELATIME" },
	{ (uint64_t)(0x2000), "ST_NOSYMFOLLOW" },
};
const struct xlat xlat_statfs_flags = { xe_statfs_flags, 11, NULL };

#ifdef AAFS_MAGIC
_Static_assert((uint64_t)(AAFS_MAGIC) == (uint64_t)(0x5a3c69f0), "statfs_magic: AAFS_MAGIC");
#endif
#ifdef ADFS_SUPER_MAGIC
_Static_assert((uint64_t)(ADFS_SUPER_MAGIC) == (uint64_t)(0xadf5), "statfs_magic: ADFS_SUPER_MAGIC");
#endif
#ifdef AFFS_SUPER_MAGIC
_Static_assert((uint64_t)(AFFS_SUPER_MAGIC) == (uint64_t)(0xadff), "statfs_magic: AFFS_SUPER_MAGIC");
#endif
#ifdef AFS_FS_MAGIC
_Static_assert((uint64_t)(AFS_FS_MAGIC) == (uint64_t)(0x6b414653), "statfs_magic: AFS_FS_MAGIC");
#endif
#ifdef AFS_SUPER_MAGIC
_Static_assert((uint64_t)(AFS_SUPER_MAGIC) == (uint64_t)(0x5346414f), "statfs_magic: AFS_SUPER_MAGIC");
#endif
#ifdef ANON_INODE_FS_MAGIC
_Static_assert((uint64_t)(ANON_INODE_FS_MAGIC) == (uint64_t)(0x09041934), "statfs_magic: ANON_INODE_FS_MAGIC");
#endif
#ifdef AUFS_SUPER_MAGIC
_Static_assert((uint64_t)(AUFS_SUPER_MAGIC) == (uint64_t)(0x61756673), "statfs_magic: AUFS_SUPER_MAGIC");
#endif
#ifdef AUTOFS_SUPER_MAGIC
_Static_assert((uint64_t)(AUTOFS_SUPER_MAGIC) == (uint64_t)(0x0187), "statfs_magic: AUTOFS_SUPER_MAGIC");
#endif
#ifdef BALLOON_KVM_MAGIC
_Static_assert((uint64_t)(BALLOON_KVM_MAGIC) == (uint64_t)(0x13661366), "statfs_magic: BALLOON_KVM_MAGIC");
#endif
#ifdef BDEVFS_MAGIC
_Static_assert((uint64_t)(BDEVFS_MAGIC) == (uint64_t)(0x62646576), "statfs_magic: BDEVFS_MAGIC");
#endif
#ifdef BEFS_SUPER_MAGIC
_Static_assert((uint64_t)(BEFS_SUPER_MAGIC) == (uint64_t)(0x42465331), "statfs_magic: BEFS_SUPER_MAGIC");
#endif
#ifdef BFS_MAGIC
_Static_assert((uint64_t)(BFS_MAGIC) == (uint64_t)(0x1badface), "statfs_magic: BFS_MAGIC");
#endif
#ifdef BINFMTFS_MAGIC
_Static_assert((uint64_t)(BINFMTFS_MAGIC) == (uint64_t)(0x42494e4d), "statfs_magic: BINFMTFS_MAGIC");
#endif
#ifdef BPF_FS_MAGIC
_Static_assert((uint64_t)(BPF_FS_MAGIC) == (uint64_t)(0xcafe4a11), "statfs_magic: BPF_FS_MAGIC");
#endif
#ifdef BTRFS_SUPER_MAGIC
_Static_assert((uint64_t)(BTRFS_SUPER_MAGIC) == (uint64_t)(0x9123683e), "statfs_magic: BTRFS_SUPER_MAGIC");
#endif
#ifdef BTRFS_TEST_MAGIC
_Static_assert((uint64_t)(BTRFS_TEST_MAGIC) == (uint64_t)(0x73727279), "statfs_magic: BTRFS_TEST_MAGIC");
#endif
#ifdef CEPH_SUPER_MAGIC
_Static_assert((uint64_t)(CEPH_SUPER_MAGIC) == (uint64_t)(0x00c36400), "statfs_magic: CEPH_SUPER_MAGIC");
#endif
#ifdef CGROUP2_SUPER_MAGIC
_Static_assert((uint64_t)(CGROUP2_SUPER_MAGIC) == (uint64_t)(0x63677270), "statfs_magic: CGROUP2_SUPER_MAGIC");
#endif
#ifdef CGROUP_SUPER_MAGIC
_Static_assert((uint64_t)(CGROUP_SUPER_MAGIC) == (uint64_t)(0x27e0eb), "statfs_magic: CGROUP_SUPER_MAGIC");
#endif
#ifdef CIFS_SUPER_MAGIC
_Static_assert((uint64_t)(CIFS_SUPER_MAGIC) == (uint64_t)(0xff534d42), "statfs_magic: CIFS_SUPER_MAGIC");
#endif
#ifdef CODA_SUPER_MAGIC
_Static_assert((uint64_t)(CODA_SUPER_MAGIC) == (uint64_t)(0x73757245), "statfs_magic: CODA_SUPER_MAGIC");
#endif
#ifdef COH_SUPER_MAGIC
_Static_assert((uint64_t)(COH_SUPER_MAGIC) == (uint64_t)(0x012ff7b7), "statfs_magic: COH_SUPER_MAGIC");
#endif
#ifdef CONFIGFS_MAGIC
_Static_assert((uint64_t)(CONFIGFS_MAGIC) == (uint64_t)(0x62656570), "statfs_magic: CONFIGFS_MAGIC");
#endif
#ifdef CRAMFS_MAGIC
_Static_assert((uint64_t)(CRAMFS_MAGIC) == (uint64_t)(0x28cd3d45), "statfs_magic: CRAMFS_MAGIC");
#endif
#ifdef DAXFS_MAGIC
_Static_assert((uint64_t)(DAXFS_MAGIC) == (uint64_t)(0x64646178), "statfs_magic: DAXFS_MAGIC");
#endif
#ifdef DEBUGFS_MAGIC
_Static_assert((uint64_t)(DEBUGFS_MAGIC) == (uint64_t)(0x64626720), "statfs_magic: DEBUGFS_MAGIC");
#endif
#ifdef DEVFS_SUPER_MAGIC
_Static_assert((uint64_t)(DEVFS_SUPER_MAGIC) == (uint64_t)(0x1373), "statfs_magic: DEVFS_SUPER_MAGIC");
#endif
#ifdef DEVMEM_MAGIC
_Static_assert((uint64_t)(DEVMEM_MAGIC) == (uint64_t)(0x454d444d), "statfs_magic: DEVMEM_MAGIC");
#endif
#ifdef DEVPTS_SUPER_MAGIC
_Static_assert((uint64_t)(DEVPTS_SUPER_MAGIC) == (uint64_t)(0x1cd1), "statfs_magic: DEVPTS_SUPER_MAGIC");
#endif
#ifdef DMA_BUF_MAGIC
_Static_assert((uint64_t)(DMA_BUF_MAGIC) == (uint64_t)(0x444d4142), "statfs_magic: DMA_BUF_MAGIC");
#endif
#ifdef ECRYPTFS_SUPER_MAGIC
_Static_assert((uint64_t)(ECRYPTFS_SUPER_MAGIC) == (uint64_t)(0xf15f), "statfs_magic: ECRYPTFS_SUPER_MAGIC");
#endif
#ifdef EFIVARFS_MAGIC
_Static_assert((uint64_t)(EFIVARFS_MAGIC) == (uint64_t)(0xde5e81e4), "statfs_magic: EFIVARFS_MAGIC");
#endif
#ifdef EFS_SUPER_MAGIC
_Static_assert((uint64_t)(EFS_SUPER_MAGIC) == (uint64_t)(0x00414a53), "statfs_magic: EFS_SUPER_MAGIC");
#endif
#ifdef EROFS_SUPER_MAGIC_V1
_Static_assert((uint64_t)(EROFS_SUPER_MAGIC_V1) == (uint64_t)(0xe0f5e1e2), "statfs_magic: EROFS_SUPER_MAGIC_V1");
#endif
#ifdef EXFAT_SUPER_MAGIC
_Static_assert((uint64_t)(EXFAT_SUPER_MAGIC) == (uint64_t)(0x2011bab0), "statfs_magic: EXFAT_SUPER_MAGIC");
#endif
#ifdef EXOFS_SUPER_MAGIC
_Static_assert((uint64_t)(EXOFS_SUPER_MAGIC) == (uint64_t)(0x5df5), "statfs_magic: EXOFS_SUPER_MAGIC");
#endif
#ifdef EXT2_OLD_SUPER_MAGIC
_Static_assert((uint64_t)(EXT2_OLD_SUPER_MAGIC) == (uint64_t)(0xef51), "statfs_magic: EXT2_OLD_SUPER_MAGIC");
#endif
#ifdef EXT2_SUPER_MAGIC
_Static_assert((uint64_t)(EXT2_SUPER_MAGIC) == (uint64_t)(0xef53), "statfs_magic: EXT2_SUPER_MAGIC");
#endif
#ifdef EXT_SUPER_MAGIC
_Static_assert((uint64_t)(EXT_SUPER_MAGIC) == (uint64_t)(0x137d), "statfs_magic: EXT_SUPER_MAGIC");
#endif
#ifdef F2FS_SUPER_MAGIC
_Static_assert((uint64_t)(F2FS_SUPER_MAGIC) == (uint64_t)(0xf2f52010), "statfs_magic: F2FS_SUPER_MAGIC");
#endif
#ifdef FUSE_CTL_SUPER_MAGIC
_Static_assert((uint64_t)(FUSE_CTL_SUPER_MAGIC) == (uint64_t)(0x65735543), "statfs_magic: FUSE_CTL_SUPER_MAGIC");
#endif
#ifdef FUSE_SUPER_MAGIC
_Static_assert((uint64_t)(FUSE_SUPER_MAGIC) == (uint64_t)(0x65735546), "statfs_magic: FUSE_SUPER_MAGIC");
#endif
#ifdef FUTEXFS_SUPER_MAGIC
_Static_assert((uint64_t)(FUTEXFS_SUPER_MAGIC) == (uint64_t)(0xbad1dea), "statfs_magic: FUTEXFS_SUPER_MAGIC");
#endif
#ifdef GFS2_MAGIC
_Static_assert((uint64_t)(GFS2_MAGIC) == (uint64_t)(0x01161970), "statfs_magic: GFS2_MAGIC");
#endif
#ifdef GPFS_SUPER_MAGIC
_Static_assert((uint64_t)(GPFS_SUPER_MAGIC) == (uint64_t)(0x47504653), "statfs_magic: GPFS_SUPER_MAGIC");
#endif
#ifdef HFSPLUS_SUPER_MAGIC
_Static_assert((uint64_t)(HFSPLUS_SUPER_MAGIC) == (uint64_t)(0x482b), "statfs_magic: HFSPLUS_SUPER_MAGIC");
#endif
#ifdef HFS_SUPER_MAGIC
_Static_assert((uint64_t)(HFS_SUPER_MAGIC) == (uint64_t)(0x4244), "statfs_magic: HFS_SUPER_MAGIC");
#endif
#ifdef HOSTFS_SUPER_MAGIC
_Static_assert((uint64_t)(HOSTFS_SUPER_MAGIC) == (uint64_t)(0x00c0ffee), "statfs_magic: HOSTFS_SUPER_MAGIC");
#endif
#ifdef HPFS_SUPER_MAGIC
_Static_assert((uint64_t)(HPFS_SUPER_MAGIC) == (uint64_t)(0xf995e849), "statfs_magic: HPFS_SUPER_MAGIC");
#endif
#ifdef HUGETLBFS_MAGIC
_Static_assert((uint64_t)(HUGETLBFS_MAGIC) == (uint64_t)(0x958458f6), "statfs_magic: HUGETLBFS_MAGIC");
#endif
#ifdef ISOFS_SUPER_MAGIC
_Static_assert((uint64_t)(ISOFS_SUPER_MAGIC) == (uint64_t)(0x9660), "statfs_magic: ISOFS_SUPER_MAGIC");
#endif
#ifdef JFFS2_SUPER_MAGIC
_Static_assert((uint64_t)(JFFS2_SUPER_MAGIC) == (uint64_t)(0x72b6), "statfs_magic: JFFS2_SUPER_MAGIC");
#endif
#ifdef JFS_SUPER_MAGIC
_Static_assert((uint64_t)(JFS_SUPER_MAGIC) == (uint64_t)(0x3153464a), "statfs_magic: JFS_SUPER_MAGIC");
#endif
#ifdef LOGFS_MAGIC
_Static_assert((uint64_t)(LOGFS_MAGIC) == (uint64_t)(0xc97e8168), "statfs_magic: LOGFS_MAGIC");
#endif
#ifdef MINIX2_SUPER_MAGIC
_Static_assert((uint64_t)(MINIX2_SUPER_MAGIC) == (uint64_t)(0x2468), "statfs_magic: MINIX2_SUPER_MAGIC");
#endif
#ifdef MINIX2_SUPER_MAGIC2
_Static_assert((uint64_t)(MINIX2_SUPER_MAGIC2) == (uint64_t)(0x2478), "statfs_magic: MINIX2_SUPER_MAGIC2");
#endif
#ifdef MINIX3_SUPER_MAGIC
_Static_assert((uint64_t)(MINIX3_SUPER_MAGIC) == (uint64_t)(0x4d5a), "statfs_magic: MINIX3_SUPER_MAGIC");
#endif
#ifdef MINIX_SUPER_MAGIC
_Static_assert((uint64_t)(MINIX_SUPER_MAGIC) == (uint64_t)(0x137f), "statfs_magic: MINIX_SUPER_MAGIC");
#endif
#ifdef MINIX_SUPER_MAGIC2
_Static_assert((uint64_t)(MINIX_SUPER_MAGIC2) == (uint64_t)(0x138f), "statfs_magic: MINIX_SUPER_MAGIC2");
#endif
#ifdef MSDOS_SUPER_MAGIC
_Static_assert((uint64_t)(MSDOS_SUPER_MAGIC) == (uint64_t)(0x4d44), "statfs_magic: MSDOS_SUPER_MAGIC");
#endif
#ifdef MTD_INODE_FS_MAGIC
_Static_assert((uint64_t)(MTD_INODE_FS_MAGIC) == (uint64_t)(0x11307854), "statfs_magic: MTD_INODE_FS_MAGIC");
#endif
#ifdef NCP_SUPER_MAGIC
_Static_assert((uint64_t)(NCP_SUPER_MAGIC) == (uint64_t)(0x564c), "statfs_magic: NCP_SUPER_MAGIC");
#endif
#ifdef NFS_SUPER_MAGIC
_Static_assert((uint64_t)(NFS_SUPER_MAGIC) == (uint64_t)(0x6969), "statfs_magic: NFS_SUPER_MAGIC");
#endif
#ifdef NILFS_SUPER_MAGIC
_Static_assert((uint64_t)(NILFS_SUPER_MAGIC) == (uint64_t)(0x3434), "statfs_magic: NILFS_SUPER_MAGIC");
#endif
#ifdef NSFS_MAGIC
_Static_assert((uint64_t)(NSFS_MAGIC) == (uint64_t)(0x6e736673), "statfs_magic: NSFS_MAGIC");
#endif
#ifdef NTFS_SB_MAGIC
_Static_assert((uint64_t)(NTFS_SB_MAGIC) == (uint64_t)(0x5346544e), "statfs_magic: NTFS_SB_MAGIC");
#endif
#ifdef OCFS2_SUPER_MAGIC
_Static_assert((uint64_t)(OCFS2_SUPER_MAGIC) == (uint64_t)(0x7461636f), "statfs_magic: OCFS2_SUPER_MAGIC");
#endif
#ifdef OPENPROM_SUPER_MAGIC
_Static_assert((uint64_t)(OPENPROM_SUPER_MAGIC) == (uint64_t)(0x9fa1), "statfs_magic: OPENPROM_SUPER_MAGIC");
#endif
#ifdef OVERLAYFS_SUPER_MAGIC
_Static_assert((uint64_t)(OVERLAYFS_SUPER_MAGIC) == (uint64_t)(0x794c7630), "statfs_magic: OVERLAYFS_SUPER_MAGIC");
#endif
#ifdef PIPEFS_MAGIC
_Static_assert((uint64_t)(PIPEFS_MAGIC) == (uint64_t)(0x50495045), "statfs_magic: PIPEFS_MAGIC");
#endif
#ifdef PROC_SUPER_MAGIC
_Static_assert((uint64_t)(PROC_SUPER_MAGIC) == (uint64_t)(0x9fa0), "statfs_magic: PROC_SUPER_MAGIC");
#endif
#ifdef PSTOREFS_MAGIC
_Static_assert((uint64_t)(PSTOREFS_MAGIC) == (uint64_t)(0x6165676c), "statfs_magic: PSTOREFS_MAGIC");
#endif
#ifdef QNX4_SUPER_MAGIC
_Static_assert((uint64_t)(QNX4_SUPER_MAGIC) == (uint64_t)(0x002f), "statfs_magic: QNX4_SUPER_MAGIC");
#endif
#ifdef QNX6_SUPER_MAGIC
_Static_assert((uint64_t)(QNX6_SUPER_MAGIC) == (uint64_t)(0x68191122), "statfs_magic: QNX6_SUPER_MAGIC");
#endif
#ifdef RAMFS_MAGIC
_Static_assert((uint64_t)(RAMFS_MAGIC) == (uint64_t)(0x858458f6), "statfs_magic: RAMFS_MAGIC");
#endif
#ifdef REISERFS_SUPER_MAGIC
_Static_assert((uint64_t)(REISERFS_SUPER_MAGIC) == (uint64_t)(0x52654973), "statfs_magic: REISERFS_SUPER_MAGIC");
#endif
#ifdef ROMFS_MAGIC
_Static_assert((uint64_t)(ROMFS_MAGIC) == (uint64_t)(0x7275), "statfs_magic: ROMFS_MAGIC");
#endif
#ifdef SECRETMEM_MAGIC
_Static_assert((uint64_t)(SECRETMEM_MAGIC) == (uint64_t)(0x5345434d), "statfs_magic: SECRETMEM_MAGIC");
#endif
#ifdef SECURITYFS_MAGIC
_Static_assert((uint64_t)(SECURITYFS_MAGIC) == (uint64_t)(0x73636673), "statfs_magic: SECURITYFS_MAGIC");
#endif
#ifdef SELINUX_MAGIC
_Static_assert((uint64_t)(SELINUX_MAGIC) == (uint64_t)(0xf97cff8c), "statfs_magic: SELINUX_MAGIC");
#endif
#ifdef SMACK_MAGIC
_Static_assert((uint64_t)(SMACK_MAGIC) == (uint64_t)(0x43415d53), "statfs_magic: SMACK_MAGIC");
#endif
#ifdef SMB2_SUPER_MAGIC
_Static_assert((uint64_t)(SMB2_SUPER_MAGIC) == (uint64_t)(0xfe534d42), "statfs_magic: SMB2_SUPER_MAGIC");
#endif
#ifdef SMB_SUPER_MAGIC
_Static_assert((uint64_t)(SMB_SUPER_MAGIC) == (uint64_t)(0x517b), "statfs_magic: SMB_SUPER_MAGIC");
#endif
#ifdef SOCKFS_MAGIC
_Static_assert((uint64_t)(SOCKFS_MAGIC) == (uint64_t)(0x534f434b), "statfs_magic: SOCKFS_MAGIC");
#endif
#ifdef SQUASHFS_MAGIC
_Static_assert((uint64_t)(SQUASHFS_MAGIC) == (uint64_t)(0x73717368), "statfs_magic: SQUASHFS_MAGIC");
#endif
#ifdef SYSFS_MAGIC
_Static_assert((uint64_t)(SYSFS_MAGIC) == (uint64_t)(0x62656572), "statfs_magic: SYSFS_MAGIC");
#endif
#ifdef SYSV2_SUPER_MAGIC
_Static_assert((uint64_t)(SYSV2_SUPER_MAGIC) == (uint64_t)(0x012ff7b6), "statfs_magic: SYSV2_SUPER_MAGIC");
#endif
#ifdef SYSV4_SUPER_MAGIC
_Static_assert((uint64_t)(SYSV4_SUPER_MAGIC) == (uint64_t)(0x012ff7b5), "statfs_magic: SYSV4_SUPER_MAGIC");
#endif
#ifdef TMPFS_MAGIC
_Static_assert((uint64_t)(TMPFS_MAGIC) == (uint64_t)(0x01021994), "statfs_magic: TMPFS_MAGIC");
#endif
#ifdef TRACEFS_MAGIC
_Static_assert((uint64_t)(TRACEFS_MAGIC) == (uint64_t)(0x74726163), "statfs_magic: TRACEFS_MAGIC");
#endif
#ifdef UBIFS_SUPER_MAGIC
_Static_assert((uint64_t)(UBIFS_SUPER_MAGIC) == (uint64_t)(0x24051905), "statfs_magic: UBIFS_SUPER_MAGIC");
#endif
#ifdef UDF_SUPER_MAGIC
_Static_assert((uint64_t)(UDF_SUPER_MAGIC) == (uint64_t)(0x15013346), "statfs_magic: UDF_SUPER_MAGIC");
#endif
#ifdef UFS_MAGIC
_Static_assert((uint64_t)(UFS_MAGIC) == (uint64_t)(0x00011954), "statfs_magic: UFS_MAGIC");
#endif
#ifdef USBDEVICE_SUPER_MAGIC
_Static_assert((uint64_t)(USBDEVICE_SUPER_MAGIC) == (uint64_t)(0x9fa2), "statfs_magic: USBDEVICE_SUPER_MAGIC");
#endif
#ifdef V9FS_MAGIC
_Static_assert((uint64_t)(V9FS_MAGIC) == (uint64_t)(0x01021997), "statfs_magic: V9FS_MAGIC");
#endif
#ifdef VXFS_SUPER_MAGIC
_Static_assert((uint64_t)(VXFS_SUPER_MAGIC) == (uint64_t)(0xa501fcf5), "statfs_magic: VXFS_SUPER_MAGIC");
#endif
#ifdef XENFS_SUPER_MAGIC
_Static_assert((uint64_t)(XENFS_SUPER_MAGIC) == (uint64_t)(0xabba1974), "statfs_magic: XENFS_SUPER_MAGIC");
#endif
#ifdef XENIX_SUPER_MAGIC
_Static_assert((uint64_t)(XENIX_SUPER_MAGIC) == (uint64_t)(0x012ff7b4), "statfs_magic: XENIX_SUPER_MAGIC");
#endif
#ifdef XFS_SUPER_MAGIC
_Static_assert((uint64_t)(XFS_SUPER_MAGIC) == (uint64_t)(0x58465342), "statfs_magic: XFS_SUPER_MAGIC");
#endif
#ifdef XIAFS_SUPER_MAGIC
_Static_assert((uint64_t)(XIAFS_SUPER_MAGIC) == (uint64_t)(0x012fd16d), "statfs_magic: XIAFS_SUPER_MAGIC");
#endif
#ifdef ZFS_SUPER_MAGIC
_Static_assert((uint64_t)(ZFS_SUPER_MAGIC) == (uint64_t)(0x2fc12fc1), "statfs_magic: ZFS_SUPER_MAGIC");
#endif
#ifdef ZONEFS_MAGIC
_Static_assert((uint64_t)(ZONEFS_MAGIC) == (uint64_t)(0x5a4f4653), "statfs_magic: ZONEFS_MAGIC");
#endif
#ifdef ZSMALLOC_MAGIC
_Static_assert((uint64_t)(ZSMALLOC_MAGIC) == (uint64_t)(0x58295829), "statfs_magic: ZSMALLOC_MAGIC");
#endif
#ifdef CRAMFS_MAGIC_WEND
_Static_assert((uint64_t)(CRAMFS_MAGIC_WEND) == (uint64_t)(0x453dcd28), "statfs_magic: CRAMFS_MAGIC_WEND");
#endif
#ifdef STACK_END_MAGIC
_Static_assert((uint64_t)(STACK_END_MAGIC) == (uint64_t)(0x57ac6e9d), "statfs_magic: STACK_END_MAGIC");
#endif
#ifdef BINDERFS_SUPER_MAGIC
_Static_assert((uint64_t)(BINDERFS_SUPER_MAGIC) == (uint64_t)(0x6c6f6f70), "statfs_magic: BINDERFS_SUPER_MAGIC");
#endif
#ifdef VZFS_SUPER_MAGIC
_Static_assert((uint64_t)(VZFS_SUPER_MAGIC) == (uint64_t)(0x565a4653), "statfs_magic: VZFS_SUPER_MAGIC");
#endif
static const struct xlat_entry xe_statfs_magic[] = {
	{ (uint64_t)(0x5a3c69f0), "AAFS_MAGIC" },
	{ (uint64_t)(0xadf5), "ADFS_SUPER_MAGIC" },
	{ (uint64_t)(0xadff), "AFFS_SUPER_MAGIC" },
	{ (uint64_t)(0x6b414653), "AFS_FS_MAGIC" },
	{ (uint64_t)(0x5346414f), "AFS_SUPER_MAGIC" },
	{ (uint64_t)(0x09041934), "ANON_INODE_FS_MAGIC" },
	{ (uint64_t)(0x61756673), "AUFS_SUPER_MAGIC" },
	{ (uint64_t)(0x0187), "AUTOFS_SUPER_MAGIC" },
	{ (uint64_t)(0x13661366), "BALLOON_KVM_MAGIC" },
	{ (uint64_t)(0x62646576), "BDEVFS_MAGIC" },
	{ (uint64_t)(0x42465331), "BEFS_SUPER_MAGIC" },
	{ (uint64_t)(0x1badface), "BFS_MAGIC" },
	{ (uint64_t)(0x42494e4d), "BINFMTFS_MAGIC" },
	{ (uint64_t)(0xcafe4a11), "BPF_FS_MAGIC" },
	{ (uint64_t)(0x9123683e), "BTRFS_SUPER_MAGIC" },
	{ (uint64_t)(0x73727279), "BTRFS_TEST_MAGIC" },
	{ (uint64_t)(0x00c36400), "CEPH_SUPER_MAGIC" },
	{ (uint64_t)(0x63677270), "CGROUP2_SUPER_MAGIC" },
	{ (uint64_t)(0x27e0eb), "CGROUP_SUPER_MAGIC" },
	{ (uint64_t)(0xff534d42), "CIFS_SUPER_MAGIC" },
	{ (uint64_t)(0x73757245), "CODA_SUPER_MAGIC" },
	{ (uint64_t)(0x012ff7b7), "COH_SUPER_MAGIC" },
	{ (uint64_t)(0x62656570), "CONFIGFS_MAGIC" },
	{ (uint64_t)(0x28cd3d45), "CRAMFS_MAGIC" },
	{ (uint64_t)(0x64646178), "DAXFS_MAGIC" },
	{ (uint64_t)(0x64626720), "DEBUGFS_MAGIC" },
	{ (uint64_t)(0x1373), "DEVFS_SUPER_MAGIC" },
	{ (uint64_t)(0x454d444d), "DEVMEM_MAGIC" },
	{ (uint64_t)(0x1cd1), "DEVPTS_SUPER_MAGIC" },
	{ (uint64_t)(0x444d4142), "DMA_BUF_MAGIC" },
	{ (uint64_t)(0xf15f), "ECRYPTFS_SUPER_MAGIC" },
	{ (uint64_t)(0xde5e81e4), "EFIVARFS_MAGIC" },
	{ (uint64_t)(0x00414a53), "EFS_SUPER_MAGIC" },
	{ (uint64_t)(0xe0f5e1e2), "EROFS_SUPER_MAGIC_V1" },
	{ (uint64_t)(0x2011bab0), "EXFAT_SUPER_MAGIC" },
	{ (uint64_t)(0x5df5), "EXOFS_SUPER_MAGIC" },
	{ (uint64_t)(0xef51), "EXT2_OLD_SUPER_MAGIC" },
	{ (uint64_t)(0xef53), "EXT2_SUPER_MAGIC" },
	{ (uint64_t)(0x137d), "EXT_SUPER_MAGIC" },
	{ (uint64_t)(0xf2f52010), "F2FS_SUPER_MAGIC" },
	{ (uint64_t)(0x65735543), "FUSE_CTL_SUPER_MAGIC" },
	{ (uint64_t)(0x65735546), "FUSE_SUPER_MAGIC" },
	{ (uint64_t)(0xbad1dea), "FUTEXFS_SUPER_MAGIC" },
	{ (uint64_t)(0x01161970), "GFS2_MAGIC" },
	{ (uint64_t)(0x47504653), "GPFS_SUPER_MAGIC" },
	{ (uint64_t)(0x482b), "HFSPLUS_SUPER_MAGIC" },
	{ (uint64_t)(0x4244), "HFS_SUPER_MAGIC" },
	{ (uint64_t)(0x00c0ffee), "HOSTFS_SUPER_MAGIC" },
	{ (uint64_t)(0xf995e849), "HPFS_SUPER_MAGIC" },
	{ (uint64_t)(0x958458f6), "HUGETLBFS_MAGIC" },
	{ (uint64_t)(0x9660), "ISOFS_SUPER_MAGIC" },
	{ (uint64_t)(0x72b6), "JFFS2_SUPER_MAGIC" },
	{ (uint64_t)(0x3153464a), "JFS_SUPER_MAGIC" },
	{ (uint64_t)(0xc97e8168), "LOGFS_MAGIC" },
	{ (uint64_t)(0x2468), "MINIX2_SUPER_MAGIC" },
	{ (uint64_t)(0x2478), "MINIX2_SUPER_MAGIC2" },
	{ (uint64_t)(0x4d5a), "MINIX3_SUPER_MAGIC" },
	{ (uint64_t)(0x137f), "MINIX_SUPER_MAGIC" },
	{ (uint64_t)(0x138f), "MINIX_SUPER_MAGIC2" },
	{ (uint64_t)(0x4d44), "MSDOS_SUPER_MAGIC" },
	{ (uint64_t)(0x11307854), "MTD_INODE_FS_MAGIC" },
	{ (uint64_t)(0x564c), "NCP_SUPER_MAGIC" },
	{ (uint64_t)(0x6969), "NFS_SUPER_MAGIC" },
	{ (uint64_t)(0x3434), "NILFS_SUPER_MAGIC" },
	{ (uint64_t)(0x6e736673), "NSFS_MAGIC" },
	{ (uint64_t)(0x5346544e), "NTFS_SB_MAGIC" },
	{ (uint64_t)(0x7461636f), "OCFS2_SUPER_MAGIC" },
	{ (uint64_t)(0x9fa1), "OPENPROM_SUPER_MAGIC" },
	{ (uint64_t)(0x794c7630), "OVERLAYFS_SUPER_MAGIC" },
	{ (uint64_t)(0x50495045), "PIPEFS_MAGIC" },
	{ (uint64_t)(0x9fa0), "PROC_SUPER_MAGIC" },
	{ (uint64_t)(0x6165676c), "PSTOREFS_MAGIC" },
	{ (uint64_t)(0x002f), "QNX4_SUPER_MAGIC" },
	{ (uint64_t)(0x68191122), "QNX6_SUPER_MAGIC" },
	{ (uint64_t)(0x858458f6), "RAMFS_MAGIC" },
	{ (uint64_t)(0x52654973), "REISERFS_SUPER_MAGIC" },
	{ (uint64_t)(0x7275), "ROMFS_MAGIC" },
	{ (uint64_t)(0x5345434d), "SECRETMEM_MAGIC" },
	{ (uint64_t)(0x73636673), "SECURITYFS_MAGIC" },
	{ (uint64_t)(0xf97cff8c), "SELINUX_MAGIC" },
	{ (uint64_t)(0x43415d53), "SMACK_MAGIC" },
	{ (uint64_t)(0xfe534d42), "SMB2_SUPER_MAGIC" },
	{ (uint64_t)(0x517b), "SMB_SUPER_MAGIC" },
	{ (uint64_t)(0x534f434b), "SOCKFS_MAGIC" },
	{ (uint64_t)(0x73717368), "SQUASHFS_MAGIC" },
	{ (uint64_t)(0x62656572), "SYSFS_MAGIC" },
	{ (uint64_t)(0x012ff7b6), "SYSV2_SUPER_MAGIC" },
	{ (uint64_t)(0x012ff7b5), "SYSV4_SUPER_MAGIC" },
	{ (uint64_t)(0x01021994), "TMPFS_MAGIC" },
	{ (uint64_t)(0x74726163), "TRACEFS_MAGIC" },
	{ (uint64_t)(0x24051905), "UBIFS_SUPER_MAGIC" },
	{ (uint64_t)(0x15013346), "UDF_SUPER_MAGIC" },
	{ (uint64_t)(0x00011954), "UFS_MAGIC" },
	{ (uint64_t)(0x9fa2), "USBDEVICE_SUPER_MAGIC" },
	{ (uint64_t)(0x01021997), "V9FS_MAGIC" },
	{ (uint64_t)(0xa501fcf5), "VXFS_SUPER_MAGIC" },
	{ (uint64_t)(0xabba1974), "XENFS_SUPER_MAGIC" },
	{ (uint64_t)(0x012ff7b4), "XENIX_SUPER_MAGIC" },
	{ (uint64_t)(0x58465342), "XFS_SUPER_MAGIC" },
	{ (uint64_t)(0x012fd16d), "XIAFS_SUPER_MAGIC" },
	{ (uint64_t)(0x2fc12fc1), "ZFS_SUPER_MAGIC" },
	{ (uint64_t)(0x5a4f4653), "ZONEFS_MAGIC" },
	{ (uint64_t)(0x58295829), "ZSMALLOC_MAGIC" },
	{ (uint64_t)(0x453dcd28), "CRAMFS_MAGIC_WEND" },
	{ (uint64_t)(0x57ac6e9d), "STACK_END_MAGIC" },
	{ (uint64_t)(0x6c6f6f70), "BINDERFS_SUPER_MAGIC" },
	{ (uint64_t)(0x565a4653), "VZFS_SUPER_MAGIC" },
};
const struct xlat xlat_statfs_magic = { xe_statfs_magic, 107, NULL };

#ifdef AT_STATX_FORCE_SYNC
_Static_assert((uint64_t)(AT_STATX_FORCE_SYNC) == (uint64_t)(0x2000), "statx_at_flags: AT_STATX_FORCE_SYNC");
#endif
#ifdef AT_STATX_DONT_SYNC
_Static_assert((uint64_t)(AT_STATX_DONT_SYNC) == (uint64_t)(0x4000), "statx_at_flags: AT_STATX_DONT_SYNC");
#endif
#ifdef AT_RECURSIVE
_Static_assert((uint64_t)(AT_RECURSIVE) == (uint64_t)(0x8000), "statx_at_flags: AT_RECURSIVE");
#endif
static const struct xlat_entry xe_statx_at_flags[] = {
	{ (uint64_t)(0x2000), "AT_STATX_FORCE_SYNC" },
	{ (uint64_t)(0x4000), "AT_STATX_DONT_SYNC" },
	{ (uint64_t)(AT_SYMLINK_NOFOLLOW), "AT_SYMLINK_NOFOLLOW" },
	{ (uint64_t)(AT_REMOVEDIR), "AT_REMOVEDIR" },
	{ (uint64_t)(AT_SYMLINK_FOLLOW), "AT_SYMLINK_FOLLOW" },
	{ (uint64_t)(AT_NO_AUTOMOUNT), "AT_NO_AUTOMOUNT" },
	{ (uint64_t)(AT_EMPTY_PATH), "AT_EMPTY_PATH" },
	{ (uint64_t)(0x8000), "AT_RECURSIVE" },
};
const struct xlat xlat_statx_at_flags = { xe_statx_at_flags, 8, NULL };

#ifdef STATX_ATTR_COMPRESSED
_Static_assert((uint64_t)(STATX_ATTR_COMPRESSED) == (uint64_t)(0x4), "statx_attrs: STATX_ATTR_COMPRESSED");
#endif
#ifdef STATX_ATTR_IMMUTABLE
_Static_assert((uint64_t)(STATX_ATTR_IMMUTABLE) == (uint64_t)(0x10), "statx_attrs: STATX_ATTR_IMMUTABLE");
#endif
#ifdef STATX_ATTR_APPEND
_Static_assert((uint64_t)(STATX_ATTR_APPEND) == (uint64_t)(0x20), "statx_attrs: STATX_ATTR_APPEND");
#endif
#ifdef STATX_ATTR_NODUMP
_Static_assert((uint64_t)(STATX_ATTR_NODUMP) == (uint64_t)(0x40), "statx_attrs: STATX_ATTR_NODUMP");
#endif
#ifdef STATX_ATTR_ENCRYPTED
_Static_assert((uint64_t)(STATX_ATTR_ENCRYPTED) == (uint64_t)(0x800), "statx_attrs: STATX_ATTR_ENCRYPTED");
#endif
#ifdef STATX_ATTR_AUTOMOUNT
_Static_assert((uint64_t)(STATX_ATTR_AUTOMOUNT) == (uint64_t)(0x1000), "statx_attrs: STATX_ATTR_AUTOMOUNT");
#endif
#ifdef STATX_ATTR_MOUNT_ROOT
_Static_assert((uint64_t)(STATX_ATTR_MOUNT_ROOT) == (uint64_t)(0x2000), "statx_attrs: STATX_ATTR_MOUNT_ROOT");
#endif
#ifdef STATX_ATTR_VERITY
_Static_assert((uint64_t)(STATX_ATTR_VERITY) == (uint64_t)(0x100000), "statx_attrs: STATX_ATTR_VERITY");
#endif
#ifdef STATX_ATTR_DAX
_Static_assert((uint64_t)(STATX_ATTR_DAX) == (uint64_t)(0x200000), "statx_attrs: STATX_ATTR_DAX");
#endif
static const struct xlat_entry xe_statx_attrs[] = {
	{ (uint64_t)(0x4), "STATX_ATTR_COMPRESSED" },
	{ (uint64_t)(0x10), "STATX_ATTR_IMMUTABLE" },
	{ (uint64_t)(0x20), "STATX_ATTR_APPEND" },
	{ (uint64_t)(0x40), "STATX_ATTR_NODUMP" },
	{ (uint64_t)(0x800), "STATX_ATTR_ENCRYPTED" },
	{ (uint64_t)(0x1000), "STATX_ATTR_AUTOMOUNT" },
	{ (uint64_t)(0x2000), "STATX_ATTR_MOUNT_ROOT" },
	{ (uint64_t)(0x100000), "STATX_ATTR_VERITY" },
	{ (uint64_t)(0x200000), "STATX_ATTR_DAX" },
};
const struct xlat xlat_statx_attrs = { xe_statx_attrs, 9, "STATX_ATTR_???" };

#ifdef STATX_ALL
_Static_assert((uint64_t)(STATX_ALL) == (uint64_t)(0x0fff), "statx_mask: STATX_ALL");
#endif
#ifdef STATX_BASIC_STATS
_Static_assert((uint64_t)(STATX_BASIC_STATS) == (uint64_t)(0x07ff), "statx_mask: STATX_BASIC_STATS");
#endif
#ifdef STATX_TYPE
_Static_assert((uint64_t)(STATX_TYPE) == (uint64_t)(0x0001), "statx_mask: STATX_TYPE");
#endif
#ifdef STATX_MODE
_Static_assert((uint64_t)(STATX_MODE) == (uint64_t)(0x0002), "statx_mask: STATX_MODE");
#endif
#ifdef STATX_NLINK
_Static_assert((uint64_t)(STATX_NLINK) == (uint64_t)(0x0004), "statx_mask: STATX_NLINK");
#endif
#ifdef STATX_UID
_Static_assert((uint64_t)(STATX_UID) == (uint64_t)(0x0008), "statx_mask: STATX_UID");
#endif
#ifdef STATX_GID
_Static_assert((uint64_t)(STATX_GID) == (uint64_t)(0x0010), "statx_mask: STATX_GID");
#endif
#ifdef STATX_ATIME
_Static_assert((uint64_t)(STATX_ATIME) == (uint64_t)(0x0020), "statx_mask: STATX_ATIME");
#endif
#ifdef STATX_MTIME
_Static_assert((uint64_t)(STATX_MTIME) == (uint64_t)(0x0040), "statx_mask: STATX_MTIME");
#endif
#ifdef STATX_CTIME
_Static_assert((uint64_t)(STATX_CTIME) == (uint64_t)(0x0080), "statx_mask: STATX_CTIME");
#endif
#ifdef STATX_INO
_Static_assert((uint64_t)(STATX_INO) == (uint64_t)(0x0100), "statx_mask: STATX_INO");
#endif
#ifdef STATX_SIZE
_Static_assert((uint64_t)(STATX_SIZE) == (uint64_t)(0x0200), "statx_mask: STATX_SIZE");
#endif
#ifdef STATX_BLOCKS
_Static_assert((uint64_t)(STATX_BLOCKS) == (uint64_t)(0x0400), "statx_mask: STATX_BLOCKS");
#endif
#ifdef STATX_BTIME
_Static_assert((uint64_t)(STATX_BTIME) == (uint64_t)(0x0800), "statx_mask: STATX_BTIME");
#endif
#ifdef STATX_MNT_ID
_Static_assert((uint64_t)(STATX_MNT_ID) == (uint64_t)(0x1000), "statx_mask: STATX_MNT_ID");
#endif
#ifdef STATX_DIOALIGN
_Static_assert((uint64_t)(STATX_DIOALIGN) == (uint64_t)(0x2000), "statx_mask: STATX_DIOALIGN");
#endif
static const struct xlat_entry xe_statx_mask[] = {
	{ (uint64_t)(0x0fff), "STATX_ALL" },
	{ (uint64_t)(0x07ff), "STATX_BASIC_STATS" },
	{ (uint64_t)(0x0001), "STATX_TYPE" },
	{ (uint64_t)(0x0002), "STATX_MODE" },
	{ (uint64_t)(0x0004), "STATX_NLINK" },
	{ (uint64_t)(0x0008), "STATX_UID" },
	{ (uint64_t)(0x0010), "STATX_GID" },
	{ (uint64_t)(0x0020), "STATX_ATIME" },
	{ (uint64_t)(0x0040), "STATX_MTIME" },
	{ (uint64_t)(0x0080), "STATX_CTIME" },
	{ (uint64_t)(0x0100), "STATX_INO" },
	{ (uint64_t)(0x0200), "STATX_SIZE" },
	{ (uint64_t)(0x0400), "STATX_BLOCKS" },
	{ (uint64_t)(0x0800), "STATX_BTIME" },
	{ (uint64_t)(0x1000), "STATX_MNT_ID" },
	{ (uint64_t)(0x2000), "STATX_DIOALIGN" },
};
const struct xlat xlat_statx_mask = { xe_statx_mask, 16, "STATX_???" };

#ifdef SWAP_FLAG_PREFER
_Static_assert((uint64_t)(SWAP_FLAG_PREFER) == (uint64_t)(0x8000), "swap_flags: SWAP_FLAG_PREFER");
#endif
#ifdef SWAP_FLAG_DISCARD
_Static_assert((uint64_t)(SWAP_FLAG_DISCARD) == (uint64_t)(0x10000), "swap_flags: SWAP_FLAG_DISCARD");
#endif
#ifdef SWAP_FLAG_DISCARD_ONCE
_Static_assert((uint64_t)(SWAP_FLAG_DISCARD_ONCE) == (uint64_t)(0x20000), "swap_flags: SWAP_FLAG_DISCARD_ONCE");
#endif
#ifdef SWAP_FLAG_DISCARD_PAGES
_Static_assert((uint64_t)(SWAP_FLAG_DISCARD_PAGES) == (uint64_t)(0x40000), "swap_flags: SWAP_FLAG_DISCARD_PAGES");
#endif
static const struct xlat_entry xe_swap_flags[] = {
	{ (uint64_t)(0x8000), "SWAP_FLAG_PREFER" },
	{ (uint64_t)(0x10000), "SWAP_FLAG_DISCARD" },
	{ (uint64_t)(0x20000), "SWAP_FLAG_DISCARD_ONCE" },
	{ (uint64_t)(0x40000), "SWAP_FLAG_DISCARD_PAGES" },
};
const struct xlat xlat_swap_flags = { xe_swap_flags, 4, NULL };

#ifdef SYNC_FILE_RANGE_WAIT_BEFORE
_Static_assert((uint64_t)(SYNC_FILE_RANGE_WAIT_BEFORE) == (uint64_t)(1), "sync_file_range_flags: SYNC_FILE_RANGE_WAIT_BEFORE");
#endif
#ifdef SYNC_FILE_RANGE_WRITE
_Static_assert((uint64_t)(SYNC_FILE_RANGE_WRITE) == (uint64_t)(2), "sync_file_range_flags: SYNC_FILE_RANGE_WRITE");
#endif
#ifdef SYNC_FILE_RANGE_WAIT_AFTER
_Static_assert((uint64_t)(SYNC_FILE_RANGE_WAIT_AFTER) == (uint64_t)(4), "sync_file_range_flags: SYNC_FILE_RANGE_WAIT_AFTER");
#endif
static const struct xlat_entry xe_sync_file_range_flags[] = {
	{ (uint64_t)(1), "SYNC_FILE_RANGE_WAIT_BEFORE" },
	{ (uint64_t)(2), "SYNC_FILE_RANGE_WRITE" },
	{ (uint64_t)(4), "SYNC_FILE_RANGE_WAIT_AFTER" },
};
const struct xlat xlat_sync_file_range_flags = { xe_sync_file_range_flags, 3, "SYNC_FILE_RANGE_???" };

#ifdef SYSLOG_ACTION_CLOSE
_Static_assert((uint64_t)(SYSLOG_ACTION_CLOSE) == (uint64_t)(0), "syslog_actions: SYSLOG_ACTION_CLOSE");
#endif
#ifdef SYSLOG_ACTION_OPEN
_Static_assert((uint64_t)(SYSLOG_ACTION_OPEN) == (uint64_t)(1), "syslog_actions: SYSLOG_ACTION_OPEN");
#endif
#ifdef SYSLOG_ACTION_READ
_Static_assert((uint64_t)(SYSLOG_ACTION_READ) == (uint64_t)(2), "syslog_actions: SYSLOG_ACTION_READ");
#endif
#ifdef SYSLOG_ACTION_READ_ALL
_Static_assert((uint64_t)(SYSLOG_ACTION_READ_ALL) == (uint64_t)(3), "syslog_actions: SYSLOG_ACTION_READ_ALL");
#endif
#ifdef SYSLOG_ACTION_READ_CLEAR
_Static_assert((uint64_t)(SYSLOG_ACTION_READ_CLEAR) == (uint64_t)(4), "syslog_actions: SYSLOG_ACTION_READ_CLEAR");
#endif
#ifdef SYSLOG_ACTION_CLEAR
_Static_assert((uint64_t)(SYSLOG_ACTION_CLEAR) == (uint64_t)(5), "syslog_actions: SYSLOG_ACTION_CLEAR");
#endif
#ifdef SYSLOG_ACTION_CONSOLE_OFF
_Static_assert((uint64_t)(SYSLOG_ACTION_CONSOLE_OFF) == (uint64_t)(6), "syslog_actions: SYSLOG_ACTION_CONSOLE_OFF");
#endif
#ifdef SYSLOG_ACTION_CONSOLE_ON
_Static_assert((uint64_t)(SYSLOG_ACTION_CONSOLE_ON) == (uint64_t)(7), "syslog_actions: SYSLOG_ACTION_CONSOLE_ON");
#endif
#ifdef SYSLOG_ACTION_CONSOLE_LEVEL
_Static_assert((uint64_t)(SYSLOG_ACTION_CONSOLE_LEVEL) == (uint64_t)(8), "syslog_actions: SYSLOG_ACTION_CONSOLE_LEVEL");
#endif
#ifdef SYSLOG_ACTION_SIZE_UNREAD
_Static_assert((uint64_t)(SYSLOG_ACTION_SIZE_UNREAD) == (uint64_t)(9), "syslog_actions: SYSLOG_ACTION_SIZE_UNREAD");
#endif
#ifdef SYSLOG_ACTION_SIZE_BUFFER
_Static_assert((uint64_t)(SYSLOG_ACTION_SIZE_BUFFER) == (uint64_t)(10), "syslog_actions: SYSLOG_ACTION_SIZE_BUFFER");
#endif
static const struct xlat_entry xe_syslog_actions[] = {
	{ (uint64_t)(0), "SYSLOG_ACTION_CLOSE" },
	{ (uint64_t)(1), "SYSLOG_ACTION_OPEN" },
	{ (uint64_t)(2), "SYSLOG_ACTION_READ" },
	{ (uint64_t)(3), "SYSLOG_ACTION_READ_ALL" },
	{ (uint64_t)(4), "SYSLOG_ACTION_READ_CLEAR" },
	{ (uint64_t)(5), "SYSLOG_ACTION_CLEAR" },
	{ (uint64_t)(6), "SYSLOG_ACTION_CONSOLE_OFF" },
	{ (uint64_t)(7), "SYSLOG_ACTION_CONSOLE_ON" },
	{ (uint64_t)(8), "SYSLOG_ACTION_CONSOLE_LEVEL" },
	{ (uint64_t)(9), "SYSLOG_ACTION_SIZE_UNREAD" },
	{ (uint64_t)(10), "SYSLOG_ACTION_SIZE_BUFFER" },
};
const struct xlat xlat_syslog_actions = { xe_syslog_actions, 11, "SYSLOG_ACTION_???" };

#ifdef LOGLEVEL_EMERG
_Static_assert((uint64_t)(LOGLEVEL_EMERG) == (uint64_t)(0), "syslog_levels: LOGLEVEL_EMERG");
#endif
#ifdef LOGLEVEL_ALERT
_Static_assert((uint64_t)(LOGLEVEL_ALERT) == (uint64_t)(1), "syslog_levels: LOGLEVEL_ALERT");
#endif
#ifdef LOGLEVEL_CRIT
_Static_assert((uint64_t)(LOGLEVEL_CRIT) == (uint64_t)(2), "syslog_levels: LOGLEVEL_CRIT");
#endif
#ifdef LOGLEVEL_ERR
_Static_assert((uint64_t)(LOGLEVEL_ERR) == (uint64_t)(3), "syslog_levels: LOGLEVEL_ERR");
#endif
#ifdef LOGLEVEL_WARNING
_Static_assert((uint64_t)(LOGLEVEL_WARNING) == (uint64_t)(4), "syslog_levels: LOGLEVEL_WARNING");
#endif
#ifdef LOGLEVEL_NOTICE
_Static_assert((uint64_t)(LOGLEVEL_NOTICE) == (uint64_t)(5), "syslog_levels: LOGLEVEL_NOTICE");
#endif
#ifdef LOGLEVEL_INFO
_Static_assert((uint64_t)(LOGLEVEL_INFO) == (uint64_t)(6), "syslog_levels: LOGLEVEL_INFO");
#endif
#ifdef LOGLEVEL_DEBUG
_Static_assert((uint64_t)(LOGLEVEL_DEBUG) == (uint64_t)(7), "syslog_levels: LOGLEVEL_DEBUG");
#endif
static const struct xlat_entry xe_syslog_levels[] = {
	{ (uint64_t)(0), "LOGLEVEL_EMERG" },
	{ (uint64_t)(1), "LOGLEVEL_ALERT" },
	{ (uint64_t)(2), "LOGLEVEL_CRIT" },
	{ (uint64_t)(3), "LOGLEVEL_ERR" },
	{ (uint64_t)(4), "LOGLEVEL_WARNING" },
	{ (uint64_t)(5), "LOGLEVEL_NOTICE" },
	{ (uint64_t)(6), "LOGLEVEL_INFO" },
	{ (uint64_t)(7), "LOGLEVEL_DEBUG" },
};
const struct xlat xlat_syslog_levels = { xe_syslog_levels, 8, "LOGLEVEL_???" };

#ifdef TCIFLUSH
_Static_assert((uint64_t)(TCIFLUSH) == (uint64_t)(0), "tcflsh_args: TCIFLUSH");
#endif
#ifdef TCOFLUSH
_Static_assert((uint64_t)(TCOFLUSH) == (uint64_t)(1), "tcflsh_args: TCOFLUSH");
#endif
#ifdef TCIOFLUSH
_Static_assert((uint64_t)(TCIOFLUSH) == (uint64_t)(2), "tcflsh_args: TCIOFLUSH");
#endif
static const struct xlat_entry xe_tcflsh_args[] = {
	{ (uint64_t)(0), "TCIFLUSH" },
	{ (uint64_t)(1), "TCOFLUSH" },
	{ (uint64_t)(2), "TCIOFLUSH" },
};
const struct xlat xlat_tcflsh_args = { xe_tcflsh_args, 3, "TC???" };

#ifdef TCOOFF
_Static_assert((uint64_t)(TCOOFF) == (uint64_t)(0), "tcxonc_args: TCOOFF");
#endif
#ifdef TCOON
_Static_assert((uint64_t)(TCOON) == (uint64_t)(1), "tcxonc_args: TCOON");
#endif
#ifdef TCIOFF
_Static_assert((uint64_t)(TCIOFF) == (uint64_t)(2), "tcxonc_args: TCIOFF");
#endif
#ifdef TCION
_Static_assert((uint64_t)(TCION) == (uint64_t)(3), "tcxonc_args: TCION");
#endif
static const struct xlat_entry xe_tcxonc_args[] = {
	{ (uint64_t)(0), "TCOOFF" },
	{ (uint64_t)(1), "TCOON" },
	{ (uint64_t)(2), "TCIOFF" },
	{ (uint64_t)(3), "TCION" },
};
const struct xlat xlat_tcxonc_args = { xe_tcxonc_args, 4, "TC???" };

#ifdef B0
_Static_assert((uint64_t)(B0) == (uint64_t)(0000000), "termios_bauds: B0");
#endif
#ifdef B50
_Static_assert((uint64_t)(B50) == (uint64_t)(0000001), "termios_bauds: B50");
#endif
#ifdef B75
_Static_assert((uint64_t)(B75) == (uint64_t)(0000002), "termios_bauds: B75");
#endif
#ifdef B110
_Static_assert((uint64_t)(B110) == (uint64_t)(0000003), "termios_bauds: B110");
#endif
#ifdef B134
_Static_assert((uint64_t)(B134) == (uint64_t)(0000004), "termios_bauds: B134");
#endif
#ifdef B150
_Static_assert((uint64_t)(B150) == (uint64_t)(0000005), "termios_bauds: B150");
#endif
#ifdef B200
_Static_assert((uint64_t)(B200) == (uint64_t)(0000006), "termios_bauds: B200");
#endif
#ifdef B300
_Static_assert((uint64_t)(B300) == (uint64_t)(0000007), "termios_bauds: B300");
#endif
#ifdef B600
_Static_assert((uint64_t)(B600) == (uint64_t)(0000010), "termios_bauds: B600");
#endif
#ifdef B1200
_Static_assert((uint64_t)(B1200) == (uint64_t)(0000011), "termios_bauds: B1200");
#endif
#ifdef B1800
_Static_assert((uint64_t)(B1800) == (uint64_t)(0000012), "termios_bauds: B1800");
#endif
#ifdef B2400
_Static_assert((uint64_t)(B2400) == (uint64_t)(0000013), "termios_bauds: B2400");
#endif
#ifdef B4800
_Static_assert((uint64_t)(B4800) == (uint64_t)(0000014), "termios_bauds: B4800");
#endif
#ifdef B9600
_Static_assert((uint64_t)(B9600) == (uint64_t)(0000015), "termios_bauds: B9600");
#endif
#ifdef B19200
_Static_assert((uint64_t)(B19200) == (uint64_t)(0000016), "termios_bauds: B19200");
#endif
#ifdef B38400
_Static_assert((uint64_t)(B38400) == (uint64_t)(0000017), "termios_bauds: B38400");
#endif
#ifdef BOTHER
_Static_assert((uint64_t)(BOTHER) == (uint64_t)(0010000), "termios_bauds: BOTHER");
#endif
#ifdef B57600
_Static_assert((uint64_t)(B57600) == (uint64_t)(0010001), "termios_bauds: B57600");
#endif
#ifdef B115200
_Static_assert((uint64_t)(B115200) == (uint64_t)(0010002), "termios_bauds: B115200");
#endif
#ifdef B230400
_Static_assert((uint64_t)(B230400) == (uint64_t)(0010003), "termios_bauds: B230400");
#endif
#ifdef B460800
_Static_assert((uint64_t)(B460800) == (uint64_t)(0010004), "termios_bauds: B460800");
#endif
#ifdef B500000
_Static_assert((uint64_t)(B500000) == (uint64_t)(0010005), "termios_bauds: B500000");
#endif
#ifdef B576000
_Static_assert((uint64_t)(B576000) == (uint64_t)(0010006), "termios_bauds: B576000");
#endif
#ifdef B921600
_Static_assert((uint64_t)(B921600) == (uint64_t)(0010007), "termios_bauds: B921600");
#endif
#ifdef B1000000
_Static_assert((uint64_t)(B1000000) == (uint64_t)(0010010), "termios_bauds: B1000000");
#endif
#ifdef B1152000
_Static_assert((uint64_t)(B1152000) == (uint64_t)(0010011), "termios_bauds: B1152000");
#endif
#ifdef B1500000
_Static_assert((uint64_t)(B1500000) == (uint64_t)(0010012), "termios_bauds: B1500000");
#endif
#ifdef B2000000
_Static_assert((uint64_t)(B2000000) == (uint64_t)(0010013), "termios_bauds: B2000000");
#endif
#ifdef B2500000
_Static_assert((uint64_t)(B2500000) == (uint64_t)(0010014), "termios_bauds: B2500000");
#endif
#ifdef B3000000
_Static_assert((uint64_t)(B3000000) == (uint64_t)(0010015), "termios_bauds: B3000000");
#endif
#ifdef B3500000
_Static_assert((uint64_t)(B3500000) == (uint64_t)(0010016), "termios_bauds: B3500000");
#endif
#ifdef B4000000
_Static_assert((uint64_t)(B4000000) == (uint64_t)(0010017), "termios_bauds: B4000000");
#endif
static const struct xlat_entry xe_termios_bauds[] = {
	{ (uint64_t)(0000000), "B0" },
	{ (uint64_t)(0000001), "B50" },
	{ (uint64_t)(0000002), "B75" },
	{ (uint64_t)(0000003), "B110" },
	{ (uint64_t)(0000004), "B134" },
	{ (uint64_t)(0000005), "B150" },
	{ (uint64_t)(0000006), "B200" },
	{ (uint64_t)(0000007), "B300" },
	{ (uint64_t)(0000010), "B600" },
	{ (uint64_t)(0000011), "B1200" },
	{ (uint64_t)(0000012), "B1800" },
	{ (uint64_t)(0000013), "B2400" },
	{ (uint64_t)(0000014), "B4800" },
	{ (uint64_t)(0000015), "B9600" },
	{ (uint64_t)(0000016), "B19200" },
	{ (uint64_t)(0000017), "B38400" },
	{ (uint64_t)(0010000), "BOTHER" },
	{ (uint64_t)(0010001), "B57600" },
	{ (uint64_t)(0010002), "B115200" },
	{ (uint64_t)(0010003), "B230400" },
	{ (uint64_t)(0010004), "B460800" },
	{ (uint64_t)(0010005), "B500000" },
	{ (uint64_t)(0010006), "B576000" },
	{ (uint64_t)(0010007), "B921600" },
	{ (uint64_t)(0010010), "B1000000" },
	{ (uint64_t)(0010011), "B1152000" },
	{ (uint64_t)(0010012), "B1500000" },
	{ (uint64_t)(0010013), "B2000000" },
	{ (uint64_t)(0010014), "B2500000" },
	{ (uint64_t)(0010015), "B3000000" },
	{ (uint64_t)(0010016), "B3500000" },
	{ (uint64_t)(0010017), "B4000000" },
};
const struct xlat xlat_termios_bauds = { xe_termios_bauds, 32, NULL };

#ifdef VINTR
_Static_assert((uint64_t)(VINTR) == (uint64_t)(0), "termios_cc: VINTR");
#endif
#ifdef VQUIT
_Static_assert((uint64_t)(VQUIT) == (uint64_t)(1), "termios_cc: VQUIT");
#endif
#ifdef VERASE
_Static_assert((uint64_t)(VERASE) == (uint64_t)(2), "termios_cc: VERASE");
#endif
#ifdef VKILL
_Static_assert((uint64_t)(VKILL) == (uint64_t)(3), "termios_cc: VKILL");
#endif
#ifdef VEOF
_Static_assert((uint64_t)(VEOF) == (uint64_t)(4), "termios_cc: VEOF");
#endif
#ifdef VTIME
_Static_assert((uint64_t)(VTIME) == (uint64_t)(5), "termios_cc: VTIME");
#endif
#ifdef VMIN
_Static_assert((uint64_t)(VMIN) == (uint64_t)(6), "termios_cc: VMIN");
#endif
#ifdef VSWTC
_Static_assert((uint64_t)(VSWTC) == (uint64_t)(7), "termios_cc: VSWTC");
#endif
#ifdef VSTART
_Static_assert((uint64_t)(VSTART) == (uint64_t)(8), "termios_cc: VSTART");
#endif
#ifdef VSTOP
_Static_assert((uint64_t)(VSTOP) == (uint64_t)(9), "termios_cc: VSTOP");
#endif
#ifdef VSUSP
_Static_assert((uint64_t)(VSUSP) == (uint64_t)(10), "termios_cc: VSUSP");
#endif
#ifdef VEOL
_Static_assert((uint64_t)(VEOL) == (uint64_t)(11), "termios_cc: VEOL");
#endif
#ifdef VREPRINT
_Static_assert((uint64_t)(VREPRINT) == (uint64_t)(12), "termios_cc: VREPRINT");
#endif
#ifdef VDISCARD
_Static_assert((uint64_t)(VDISCARD) == (uint64_t)(13), "termios_cc: VDISCARD");
#endif
#ifdef VWERASE
_Static_assert((uint64_t)(VWERASE) == (uint64_t)(14), "termios_cc: VWERASE");
#endif
#ifdef VLNEXT
_Static_assert((uint64_t)(VLNEXT) == (uint64_t)(15), "termios_cc: VLNEXT");
#endif
#ifdef VEOL2
_Static_assert((uint64_t)(VEOL2) == (uint64_t)(16), "termios_cc: VEOL2");
#endif
static const struct xlat_entry xe_termios_cc[] = {
	{ (uint64_t)(0), "VINTR" },
	{ (uint64_t)(1), "VQUIT" },
	{ (uint64_t)(2), "VERASE" },
	{ (uint64_t)(3), "VKILL" },
	{ (uint64_t)(4), "VEOF" },
	{ (uint64_t)(5), "VTIME" },
	{ (uint64_t)(6), "VMIN" },
	{ (uint64_t)(7), "VSWTC" },
	{ (uint64_t)(8), "VSTART" },
	{ (uint64_t)(9), "VSTOP" },
	{ (uint64_t)(10), "VSUSP" },
	{ (uint64_t)(11), "VEOL" },
	{ (uint64_t)(12), "VREPRINT" },
	{ (uint64_t)(13), "VDISCARD" },
	{ (uint64_t)(14), "VWERASE" },
	{ (uint64_t)(15), "VLNEXT" },
	{ (uint64_t)(16), "VEOL2" },
};
const struct xlat xlat_termios_cc = { xe_termios_cc, 17, NULL };

#ifdef CSTOPB
_Static_assert((uint64_t)(CSTOPB) == (uint64_t)(0000100), "termios_cflags: CSTOPB");
#endif
#ifdef CREAD
_Static_assert((uint64_t)(CREAD) == (uint64_t)(0000200), "termios_cflags: CREAD");
#endif
#ifdef PARENB
_Static_assert((uint64_t)(PARENB) == (uint64_t)(0000400), "termios_cflags: PARENB");
#endif
#ifdef PARODD
_Static_assert((uint64_t)(PARODD) == (uint64_t)(0001000), "termios_cflags: PARODD");
#endif
#ifdef HUPCL
_Static_assert((uint64_t)(HUPCL) == (uint64_t)(0002000), "termios_cflags: HUPCL");
#endif
#ifdef CLOCAL
_Static_assert((uint64_t)(CLOCAL) == (uint64_t)(0004000), "termios_cflags: CLOCAL");
#endif
#ifdef CMSPAR
_Static_assert((uint64_t)(CMSPAR) == (uint64_t)(010000000000), "termios_cflags: CMSPAR");
#endif
#ifdef CRTSCTS
_Static_assert((uint64_t)(CRTSCTS) == (uint64_t)(020000000000), "termios_cflags: CRTSCTS");
#endif
static const struct xlat_entry xe_termios_cflags[] = {
	{ (uint64_t)(0000100), "CSTOPB" },
	{ (uint64_t)(0000200), "CREAD" },
	{ (uint64_t)(0000400), "PARENB" },
	{ (uint64_t)(0001000), "PARODD" },
	{ (uint64_t)(0002000), "HUPCL" },
	{ (uint64_t)(0004000), "CLOCAL" },
	{ (uint64_t)(010000000000), "CMSPAR" },
	{ (uint64_t)(020000000000), "CRTSCTS" },
};
const struct xlat xlat_termios_cflags = { xe_termios_cflags, 8, NULL };

#ifdef IGNBRK
_Static_assert((uint64_t)(IGNBRK) == (uint64_t)(0000001), "termios_iflags: IGNBRK");
#endif
#ifdef BRKINT
_Static_assert((uint64_t)(BRKINT) == (uint64_t)(0000002), "termios_iflags: BRKINT");
#endif
#ifdef IGNPAR
_Static_assert((uint64_t)(IGNPAR) == (uint64_t)(0000004), "termios_iflags: IGNPAR");
#endif
#ifdef PARMRK
_Static_assert((uint64_t)(PARMRK) == (uint64_t)(0000010), "termios_iflags: PARMRK");
#endif
#ifdef INPCK
_Static_assert((uint64_t)(INPCK) == (uint64_t)(0000020), "termios_iflags: INPCK");
#endif
#ifdef ISTRIP
_Static_assert((uint64_t)(ISTRIP) == (uint64_t)(0000040), "termios_iflags: ISTRIP");
#endif
#ifdef INLCR
_Static_assert((uint64_t)(INLCR) == (uint64_t)(0000100), "termios_iflags: INLCR");
#endif
#ifdef IGNCR
_Static_assert((uint64_t)(IGNCR) == (uint64_t)(0000200), "termios_iflags: IGNCR");
#endif
#ifdef ICRNL
_Static_assert((uint64_t)(ICRNL) == (uint64_t)(0000400), "termios_iflags: ICRNL");
#endif
#ifdef IUCLC
_Static_assert((uint64_t)(IUCLC) == (uint64_t)(0001000), "termios_iflags: IUCLC");
#endif
#ifdef IXON
_Static_assert((uint64_t)(IXON) == (uint64_t)(0002000), "termios_iflags: IXON");
#endif
#ifdef IXANY
_Static_assert((uint64_t)(IXANY) == (uint64_t)(0004000), "termios_iflags: IXANY");
#endif
#ifdef IXOFF
_Static_assert((uint64_t)(IXOFF) == (uint64_t)(0010000), "termios_iflags: IXOFF");
#endif
#ifdef IMAXBEL
_Static_assert((uint64_t)(IMAXBEL) == (uint64_t)(0020000), "termios_iflags: IMAXBEL");
#endif
#ifdef IUTF8
_Static_assert((uint64_t)(IUTF8) == (uint64_t)(0040000), "termios_iflags: IUTF8");
#endif
static const struct xlat_entry xe_termios_iflags[] = {
	{ (uint64_t)(0000001), "IGNBRK" },
	{ (uint64_t)(0000002), "BRKINT" },
	{ (uint64_t)(0000004), "IGNPAR" },
	{ (uint64_t)(0000010), "PARMRK" },
	{ (uint64_t)(0000020), "INPCK" },
	{ (uint64_t)(0000040), "ISTRIP" },
	{ (uint64_t)(0000100), "INLCR" },
	{ (uint64_t)(0000200), "IGNCR" },
	{ (uint64_t)(0000400), "ICRNL" },
	{ (uint64_t)(0001000), "IUCLC" },
	{ (uint64_t)(0002000), "IXON" },
	{ (uint64_t)(0004000), "IXANY" },
	{ (uint64_t)(0010000), "IXOFF" },
	{ (uint64_t)(0020000), "IMAXBEL" },
	{ (uint64_t)(0040000), "IUTF8" },
};
const struct xlat xlat_termios_iflags = { xe_termios_iflags, 15, NULL };

#ifdef ISIG
_Static_assert((uint64_t)(ISIG) == (uint64_t)(0000001), "termios_lflags: ISIG");
#endif
#ifdef ICANON
_Static_assert((uint64_t)(ICANON) == (uint64_t)(0000002), "termios_lflags: ICANON");
#endif
#ifdef XCASE
_Static_assert((uint64_t)(XCASE) == (uint64_t)(0000004), "termios_lflags: XCASE");
#endif
#ifdef ECHO
_Static_assert((uint64_t)(ECHO) == (uint64_t)(0000010), "termios_lflags: ECHO");
#endif
#ifdef ECHOE
_Static_assert((uint64_t)(ECHOE) == (uint64_t)(0000020), "termios_lflags: ECHOE");
#endif
#ifdef ECHOK
_Static_assert((uint64_t)(ECHOK) == (uint64_t)(0000040), "termios_lflags: ECHOK");
#endif
#ifdef ECHONL
_Static_assert((uint64_t)(ECHONL) == (uint64_t)(0000100), "termios_lflags: ECHONL");
#endif
#ifdef NOFLSH
_Static_assert((uint64_t)(NOFLSH) == (uint64_t)(0000200), "termios_lflags: NOFLSH");
#endif
#ifdef IEXTEN
_Static_assert((uint64_t)(IEXTEN) == (uint64_t)(0100000), "termios_lflags: IEXTEN");
#endif
#ifdef ECHOCTL
_Static_assert((uint64_t)(ECHOCTL) == (uint64_t)(0001000), "termios_lflags: ECHOCTL");
#endif
#ifdef ECHOPRT
_Static_assert((uint64_t)(ECHOPRT) == (uint64_t)(0002000), "termios_lflags: ECHOPRT");
#endif
#ifdef ECHOKE
_Static_assert((uint64_t)(ECHOKE) == (uint64_t)(0004000), "termios_lflags: ECHOKE");
#endif
#ifdef FLUSHO
_Static_assert((uint64_t)(FLUSHO) == (uint64_t)(0010000), "termios_lflags: FLUSHO");
#endif
#ifdef PENDIN
_Static_assert((uint64_t)(PENDIN) == (uint64_t)(0040000), "termios_lflags: PENDIN");
#endif
#ifdef TOSTOP
_Static_assert((uint64_t)(TOSTOP) == (uint64_t)(0000400), "termios_lflags: TOSTOP");
#endif
#ifdef EXTPROC
_Static_assert((uint64_t)(EXTPROC) == (uint64_t)(0200000), "termios_lflags: EXTPROC");
#endif
static const struct xlat_entry xe_termios_lflags[] = {
	{ (uint64_t)(0000001), "ISIG" },
	{ (uint64_t)(0000002), "ICANON" },
	{ (uint64_t)(0000004), "XCASE" },
	{ (uint64_t)(0000010), "ECHO" },
	{ (uint64_t)(0000020), "ECHOE" },
	{ (uint64_t)(0000040), "ECHOK" },
	{ (uint64_t)(0000100), "ECHONL" },
	{ (uint64_t)(0000200), "NOFLSH" },
	{ (uint64_t)(0100000), "IEXTEN" },
	{ (uint64_t)(0001000), "ECHOCTL" },
	{ (uint64_t)(0002000), "ECHOPRT" },
	{ (uint64_t)(0004000), "ECHOKE" },
	{ (uint64_t)(0010000), "FLUSHO" },
	{ (uint64_t)(0040000), "PENDIN" },
	{ (uint64_t)(0000400), "TOSTOP" },
	{ (uint64_t)(0200000), "EXTPROC" },
};
const struct xlat xlat_termios_lflags = { xe_termios_lflags, 16, NULL };

#ifdef N_TTY
_Static_assert((uint64_t)(N_TTY) == (uint64_t)(0), "termios_line: N_TTY");
#endif
#ifdef N_SLIP
_Static_assert((uint64_t)(N_SLIP) == (uint64_t)(1), "termios_line: N_SLIP");
#endif
#ifdef N_MOUSE
_Static_assert((uint64_t)(N_MOUSE) == (uint64_t)(2), "termios_line: N_MOUSE");
#endif
#ifdef N_PPP
_Static_assert((uint64_t)(N_PPP) == (uint64_t)(3), "termios_line: N_PPP");
#endif
#ifdef N_STRIP
_Static_assert((uint64_t)(N_STRIP) == (uint64_t)(4), "termios_line: N_STRIP");
#endif
#ifdef N_AX25
_Static_assert((uint64_t)(N_AX25) == (uint64_t)(5), "termios_line: N_AX25");
#endif
#ifdef N_X25
_Static_assert((uint64_t)(N_X25) == (uint64_t)(6), "termios_line: N_X25");
#endif
#ifdef N_6PACK
_Static_assert((uint64_t)(N_6PACK) == (uint64_t)(7), "termios_line: N_6PACK");
#endif
#ifdef N_MASC
_Static_assert((uint64_t)(N_MASC) == (uint64_t)(8), "termios_line: N_MASC");
#endif
#ifdef N_R3964
_Static_assert((uint64_t)(N_R3964) == (uint64_t)(9), "termios_line: N_R3964");
#endif
#ifdef N_PROFIBUS_FDL
_Static_assert((uint64_t)(N_PROFIBUS_FDL) == (uint64_t)(10), "termios_line: N_PROFIBUS_FDL");
#endif
#ifdef N_IRDA
_Static_assert((uint64_t)(N_IRDA) == (uint64_t)(11), "termios_line: N_IRDA");
#endif
#ifdef N_SMSBLOCK
_Static_assert((uint64_t)(N_SMSBLOCK) == (uint64_t)(12), "termios_line: N_SMSBLOCK");
#endif
#ifdef N_HDLC
_Static_assert((uint64_t)(N_HDLC) == (uint64_t)(13), "termios_line: N_HDLC");
#endif
#ifdef N_SYNC_PPP
_Static_assert((uint64_t)(N_SYNC_PPP) == (uint64_t)(14), "termios_line: N_SYNC_PPP");
#endif
#ifdef N_HCI
_Static_assert((uint64_t)(N_HCI) == (uint64_t)(15), "termios_line: N_HCI");
#endif
#ifdef N_GIGASET_M101
_Static_assert((uint64_t)(N_GIGASET_M101) == (uint64_t)(16), "termios_line: N_GIGASET_M101");
#endif
#ifdef N_SLCAN
_Static_assert((uint64_t)(N_SLCAN) == (uint64_t)(17), "termios_line: N_SLCAN");
#endif
#ifdef N_PPS
_Static_assert((uint64_t)(N_PPS) == (uint64_t)(18), "termios_line: N_PPS");
#endif
#ifdef N_V253
_Static_assert((uint64_t)(N_V253) == (uint64_t)(19), "termios_line: N_V253");
#endif
#ifdef N_CAIF
_Static_assert((uint64_t)(N_CAIF) == (uint64_t)(20), "termios_line: N_CAIF");
#endif
#ifdef N_GSM0710
_Static_assert((uint64_t)(N_GSM0710) == (uint64_t)(21), "termios_line: N_GSM0710");
#endif
#ifdef N_TI_WL
_Static_assert((uint64_t)(N_TI_WL) == (uint64_t)(22), "termios_line: N_TI_WL");
#endif
#ifdef N_TRACESINK
_Static_assert((uint64_t)(N_TRACESINK) == (uint64_t)(23), "termios_line: N_TRACESINK");
#endif
#ifdef N_TRACEROUTER
_Static_assert((uint64_t)(N_TRACEROUTER) == (uint64_t)(24), "termios_line: N_TRACEROUTER");
#endif
#ifdef N_NCI
_Static_assert((uint64_t)(N_NCI) == (uint64_t)(25), "termios_line: N_NCI");
#endif
#ifdef N_SPEAKUP
_Static_assert((uint64_t)(N_SPEAKUP) == (uint64_t)(26), "termios_line: N_SPEAKUP");
#endif
#ifdef N_NULL
_Static_assert((uint64_t)(N_NULL) == (uint64_t)(27), "termios_line: N_NULL");
#endif
static const struct xlat_entry xe_termios_line[] = {
	{ (uint64_t)(0), "N_TTY" },
	{ (uint64_t)(1), "N_SLIP" },
	{ (uint64_t)(2), "N_MOUSE" },
	{ (uint64_t)(3), "N_PPP" },
	{ (uint64_t)(4), "N_STRIP" },
	{ (uint64_t)(5), "N_AX25" },
	{ (uint64_t)(6), "N_X25" },
	{ (uint64_t)(7), "N_6PACK" },
	{ (uint64_t)(8), "N_MASC" },
	{ (uint64_t)(9), "N_R3964" },
	{ (uint64_t)(10), "N_PROFIBUS_FDL" },
	{ (uint64_t)(11), "N_IRDA" },
	{ (uint64_t)(12), "N_SMSBLOCK" },
	{ (uint64_t)(13), "N_HDLC" },
	{ (uint64_t)(14), "N_SYNC_PPP" },
	{ (uint64_t)(15), "N_HCI" },
	{ (uint64_t)(16), "N_GIGASET_M101" },
	{ (uint64_t)(17), "N_SLCAN" },
	{ (uint64_t)(18), "N_PPS" },
	{ (uint64_t)(19), "N_V253" },
	{ (uint64_t)(20), "N_CAIF" },
	{ (uint64_t)(21), "N_GSM0710" },
	{ (uint64_t)(22), "N_TI_WL" },
	{ (uint64_t)(23), "N_TRACESINK" },
	{ (uint64_t)(24), "N_TRACEROUTER" },
	{ (uint64_t)(25), "N_NCI" },
	{ (uint64_t)(26), "N_SPEAKUP" },
	{ (uint64_t)(27), "N_NULL" },
};
const struct xlat xlat_termios_line = { xe_termios_line, 28, "N_???" };

#ifdef OPOST
_Static_assert((uint64_t)(OPOST) == (uint64_t)(0000001), "termios_oflags: OPOST");
#endif
#ifdef OLCUC
_Static_assert((uint64_t)(OLCUC) == (uint64_t)(0000002), "termios_oflags: OLCUC");
#endif
#ifdef ONLCR
_Static_assert((uint64_t)(ONLCR) == (uint64_t)(0000004), "termios_oflags: ONLCR");
#endif
#ifdef OCRNL
_Static_assert((uint64_t)(OCRNL) == (uint64_t)(0000010), "termios_oflags: OCRNL");
#endif
#ifdef ONOCR
_Static_assert((uint64_t)(ONOCR) == (uint64_t)(0000020), "termios_oflags: ONOCR");
#endif
#ifdef ONLRET
_Static_assert((uint64_t)(ONLRET) == (uint64_t)(0000040), "termios_oflags: ONLRET");
#endif
#ifdef OFILL
_Static_assert((uint64_t)(OFILL) == (uint64_t)(0000100), "termios_oflags: OFILL");
#endif
#ifdef OFDEL
_Static_assert((uint64_t)(OFDEL) == (uint64_t)(0000200), "termios_oflags: OFDEL");
#endif
static const struct xlat_entry xe_termios_oflags[] = {
	{ (uint64_t)(0000001), "OPOST" },
	{ (uint64_t)(0000002), "OLCUC" },
	{ (uint64_t)(0000004), "ONLCR" },
	{ (uint64_t)(0000010), "OCRNL" },
	{ (uint64_t)(0000020), "ONOCR" },
	{ (uint64_t)(0000040), "ONLRET" },
	{ (uint64_t)(0000100), "OFILL" },
	{ (uint64_t)(0000200), "OFDEL" },
};
const struct xlat xlat_termios_oflags = { xe_termios_oflags, 8, NULL };

#ifdef TIMER_ABSTIME
_Static_assert((uint64_t)(TIMER_ABSTIME) == (uint64_t)(1), "timer_flags: TIMER_ABSTIME");
#endif
static const struct xlat_entry xe_timer_flags[] = {
	{ (uint64_t)(1), "TIMER_ABSTIME" },
};
const struct xlat xlat_timer_flags = { xe_timer_flags, 1, "TIMER_???" };

#ifdef TFD_TIMER_ABSTIME
_Static_assert((uint64_t)(TFD_TIMER_ABSTIME) == (uint64_t)(1), "timerfd_flags: TFD_TIMER_ABSTIME");
#endif
#ifdef TFD_TIMER_CANCEL_ON_SET
_Static_assert((uint64_t)(TFD_TIMER_CANCEL_ON_SET) == (uint64_t)(2), "timerfd_flags: TFD_TIMER_CANCEL_ON_SET");
#endif
#ifdef TFD_CLOEXEC
_Static_assert((uint64_t)(TFD_CLOEXEC) == (uint64_t)(02000000), "timerfd_flags: TFD_CLOEXEC");
#endif
#ifdef TFD_NONBLOCK
_Static_assert((uint64_t)(TFD_NONBLOCK) == (uint64_t)(04000), "timerfd_flags: TFD_NONBLOCK");
#endif
static const struct xlat_entry xe_timerfd_flags[] = {
	{ (uint64_t)(1), "TFD_TIMER_ABSTIME" },
	{ (uint64_t)(2), "TFD_TIMER_CANCEL_ON_SET" },
	{ (uint64_t)(02000000), "TFD_CLOEXEC" },
	{ (uint64_t)(04000), "TFD_NONBLOCK" },
};
const struct xlat xlat_timerfd_flags = { xe_timerfd_flags, 4, "TFD_???" };

#ifdef TIOCM_LE
_Static_assert((uint64_t)(TIOCM_LE) == (uint64_t)(0x001), "tiocm_flags: TIOCM_LE");
#endif
#ifdef TIOCM_DTR
_Static_assert((uint64_t)(TIOCM_DTR) == (uint64_t)(0x002), "tiocm_flags: TIOCM_DTR");
#endif
#ifdef TIOCM_RTS
_Static_assert((uint64_t)(TIOCM_RTS) == (uint64_t)(0x004), "tiocm_flags: TIOCM_RTS");
#endif
#ifdef TIOCM_ST
_Static_assert((uint64_t)(TIOCM_ST) == (uint64_t)(0x008), "tiocm_flags: TIOCM_ST");
#endif
#ifdef TIOCM_SR
_Static_assert((uint64_t)(TIOCM_SR) == (uint64_t)(0x010), "tiocm_flags: TIOCM_SR");
#endif
#ifdef TIOCM_CTS
_Static_assert((uint64_t)(TIOCM_CTS) == (uint64_t)(0x020), "tiocm_flags: TIOCM_CTS");
#endif
#ifdef TIOCM_CAR
_Static_assert((uint64_t)(TIOCM_CAR) == (uint64_t)(0x040), "tiocm_flags: TIOCM_CAR");
#endif
#ifdef TIOCM_RNG
_Static_assert((uint64_t)(TIOCM_RNG) == (uint64_t)(0x080), "tiocm_flags: TIOCM_RNG");
#endif
#ifdef TIOCM_DSR
_Static_assert((uint64_t)(TIOCM_DSR) == (uint64_t)(0x100), "tiocm_flags: TIOCM_DSR");
#endif
#ifdef TIOCM_OUT1
_Static_assert((uint64_t)(TIOCM_OUT1) == (uint64_t)(0x2000), "tiocm_flags: TIOCM_OUT1");
#endif
#ifdef TIOCM_OUT2
_Static_assert((uint64_t)(TIOCM_OUT2) == (uint64_t)(0x4000), "tiocm_flags: TIOCM_OUT2");
#endif
#ifdef TIOCM_LOOP
_Static_assert((uint64_t)(TIOCM_LOOP) == (uint64_t)(0x8000), "tiocm_flags: TIOCM_LOOP");
#endif
static const struct xlat_entry xe_tiocm_flags[] = {
	{ (uint64_t)(0x001), "TIOCM_LE" },
	{ (uint64_t)(0x002), "TIOCM_DTR" },
	{ (uint64_t)(0x004), "TIOCM_RTS" },
	{ (uint64_t)(0x008), "TIOCM_ST" },
	{ (uint64_t)(0x010), "TIOCM_SR" },
	{ (uint64_t)(0x020), "TIOCM_CTS" },
	{ (uint64_t)(0x040), "TIOCM_CAR" },
	{ (uint64_t)(0x080), "TIOCM_RNG" },
	{ (uint64_t)(0x100), "TIOCM_DSR" },
	{ (uint64_t)(0x2000), "TIOCM_OUT1" },
	{ (uint64_t)(0x4000), "TIOCM_OUT2" },
	{ (uint64_t)(0x8000), "TIOCM_LOOP" },
};
const struct xlat xlat_tiocm_flags = { xe_tiocm_flags, 12, NULL };

#ifdef MNT_FORCE
_Static_assert((uint64_t)(MNT_FORCE) == (uint64_t)(1), "umount_flags: MNT_FORCE");
#endif
#ifdef MNT_DETACH
_Static_assert((uint64_t)(MNT_DETACH) == (uint64_t)(2), "umount_flags: MNT_DETACH");
#endif
#ifdef MNT_EXPIRE
_Static_assert((uint64_t)(MNT_EXPIRE) == (uint64_t)(4), "umount_flags: MNT_EXPIRE");
#endif
#ifdef UMOUNT_NOFOLLOW
_Static_assert((uint64_t)(UMOUNT_NOFOLLOW) == (uint64_t)(8), "umount_flags: UMOUNT_NOFOLLOW");
#endif
static const struct xlat_entry xe_umount_flags[] = {
	{ (uint64_t)(1), "MNT_FORCE" },
	{ (uint64_t)(2), "MNT_DETACH" },
	{ (uint64_t)(4), "MNT_EXPIRE" },
	{ (uint64_t)(8), "UMOUNT_NOFOLLOW" },
};
const struct xlat xlat_umount_flags = { xe_umount_flags, 4, "MNT_???" };

#ifdef UFFD_USER_MODE_ONLY
_Static_assert((uint64_t)(UFFD_USER_MODE_ONLY) == (uint64_t)(1), "userfaultfd_flags: UFFD_USER_MODE_ONLY");
#endif
#ifdef O_NONBLOCK
_Static_assert((uint64_t)(O_NONBLOCK) == (uint64_t)(04000), "userfaultfd_flags: O_NONBLOCK");
#endif
#ifdef O_CLOEXEC
_Static_assert((uint64_t)(O_CLOEXEC) == (uint64_t)(02000000), "userfaultfd_flags: O_CLOEXEC");
#endif
static const struct xlat_entry xe_userfaultfd_flags[] = {
	{ (uint64_t)(1), "UFFD_USER_MODE_ONLY" },
	{ (uint64_t)(04000), "O_NONBLOCK" },
	{ (uint64_t)(02000000), "O_CLOEXEC" },
};
const struct xlat xlat_userfaultfd_flags = { xe_userfaultfd_flags, 3, "UFFD_???" };

#ifdef WNOHANG
_Static_assert((uint64_t)(WNOHANG) == (uint64_t)(1), "wait_options: WNOHANG");
#endif
#ifdef WEXITED
_Static_assert((uint64_t)(WEXITED) == (uint64_t)(4), "wait_options: WEXITED");
#endif
#ifdef WSTOPPED
_Static_assert((uint64_t)(WSTOPPED) == (uint64_t)(2), "wait_options: WSTOPPED");
#endif
#ifdef WCONTINUED
_Static_assert((uint64_t)(WCONTINUED) == (uint64_t)(8), "wait_options: WCONTINUED");
#endif
#ifdef WNOWAIT
_Static_assert((uint64_t)(WNOWAIT) == (uint64_t)(0x01000000), "wait_options: WNOWAIT");
#endif
#ifdef __WCLONE
_Static_assert((uint64_t)(__WCLONE) == (uint64_t)(0x80000000), "wait_options: __WCLONE");
#endif
#ifdef __WALL
_Static_assert((uint64_t)(__WALL) == (uint64_t)(0x40000000), "wait_options: __WALL");
#endif
#ifdef __WNOTHREAD
_Static_assert((uint64_t)(__WNOTHREAD) == (uint64_t)(0x20000000), "wait_options: __WNOTHREAD");
#endif
static const struct xlat_entry xe_wait_options[] = {
	{ (uint64_t)(1), "WNOHANG" },
	{ (uint64_t)(4), "WEXITED" },
	{ (uint64_t)(2), "WSTOPPED" },
	{ (uint64_t)(8), "WCONTINUED" },
	{ (uint64_t)(0x01000000), "WNOWAIT" },
	{ (uint64_t)(0x80000000), "__WCLONE" },
	{ (uint64_t)(0x40000000), "__WALL" },
	{ (uint64_t)(0x20000000), "__WNOTHREAD" },
};
const struct xlat xlat_wait_options = { xe_wait_options, 8, "W???" };

#ifdef P_ALL
_Static_assert((uint64_t)(P_ALL) == (uint64_t)(0), "waitid_idtypes: P_ALL");
#endif
#ifdef P_PID
_Static_assert((uint64_t)(P_PID) == (uint64_t)(1), "waitid_idtypes: P_PID");
#endif
#ifdef P_PGID
_Static_assert((uint64_t)(P_PGID) == (uint64_t)(2), "waitid_idtypes: P_PGID");
#endif
#ifdef P_PIDFD
_Static_assert((uint64_t)(P_PIDFD) == (uint64_t)(3), "waitid_idtypes: P_PIDFD");
#endif
static const struct xlat_entry xe_waitid_idtypes[] = {
	{ (uint64_t)(0), "P_ALL" },
	{ (uint64_t)(1), "P_PID" },
	{ (uint64_t)(2), "P_PGID" },
	{ (uint64_t)(3), "P_PIDFD" },
};
const struct xlat xlat_waitid_idtypes = { xe_waitid_idtypes, 4, "P_???" };

static const struct xlat_entry xe_xattr_flags[] = {
	{ (uint64_t)(XATTR_CREATE), "XATTR_CREATE" },
	{ (uint64_t)(XATTR_REPLACE), "XATTR_REPLACE" },
};
const struct xlat xlat_xattr_flags = { xe_xattr_flags, 2, "XATTR_???" };

#ifdef XFEATURE_MASK_FPSSE
_Static_assert((uint64_t)(XFEATURE_MASK_FPSSE) == (uint64_t)(0x3), "xfeature_masks: XFEATURE_MASK_FPSSE");
#endif
#ifdef XFEATURE_MASK_FP
_Static_assert((uint64_t)(XFEATURE_MASK_FP) == (uint64_t)(0x1), "xfeature_masks: XFEATURE_MASK_FP");
#endif
#ifdef XFEATURE_MASK_SSE
_Static_assert((uint64_t)(XFEATURE_MASK_SSE) == (uint64_t)(0x2), "xfeature_masks: XFEATURE_MASK_SSE");
#endif
#ifdef XFEATURE_MASK_YMM
_Static_assert((uint64_t)(XFEATURE_MASK_YMM) == (uint64_t)(0x4), "xfeature_masks: XFEATURE_MASK_YMM");
#endif
#ifdef XFEATURE_MASK_BNDREGS
_Static_assert((uint64_t)(XFEATURE_MASK_BNDREGS) == (uint64_t)(0x8), "xfeature_masks: XFEATURE_MASK_BNDREGS");
#endif
#ifdef XFEATURE_MASK_BNDCSR
_Static_assert((uint64_t)(XFEATURE_MASK_BNDCSR) == (uint64_t)(0x10), "xfeature_masks: XFEATURE_MASK_BNDCSR");
#endif
#ifdef XFEATURE_MASK_AVX512
_Static_assert((uint64_t)(XFEATURE_MASK_AVX512) == (uint64_t)(0xe0), "xfeature_masks: XFEATURE_MASK_AVX512");
#endif
#ifdef XFEATURE_MASK_OPMASK
_Static_assert((uint64_t)(XFEATURE_MASK_OPMASK) == (uint64_t)(0x20), "xfeature_masks: XFEATURE_MASK_OPMASK");
#endif
#ifdef XFEATURE_MASK_ZMM_Hi256
_Static_assert((uint64_t)(XFEATURE_MASK_ZMM_Hi256) == (uint64_t)(0x40), "xfeature_masks: XFEATURE_MASK_ZMM_Hi256");
#endif
#ifdef XFEATURE_MASK_Hi16_ZMM
_Static_assert((uint64_t)(XFEATURE_MASK_Hi16_ZMM) == (uint64_t)(0x80), "xfeature_masks: XFEATURE_MASK_Hi16_ZMM");
#endif
#ifdef XFEATURE_MASK_PT
_Static_assert((uint64_t)(XFEATURE_MASK_PT) == (uint64_t)(0x100), "xfeature_masks: XFEATURE_MASK_PT");
#endif
#ifdef XFEATURE_MASK_PKRU
_Static_assert((uint64_t)(XFEATURE_MASK_PKRU) == (uint64_t)(0x200), "xfeature_masks: XFEATURE_MASK_PKRU");
#endif
#ifdef XFEATURE_MASK_PASID
_Static_assert((uint64_t)(XFEATURE_MASK_PASID) == (uint64_t)(0x400), "xfeature_masks: XFEATURE_MASK_PASID");
#endif
#ifdef XFEATURE_MASK_LBR
_Static_assert((uint64_t)(XFEATURE_MASK_LBR) == (uint64_t)(0x8000), "xfeature_masks: XFEATURE_MASK_LBR");
#endif
#ifdef XFEATURE_MASK_XTILE
_Static_assert((uint64_t)(XFEATURE_MASK_XTILE) == (uint64_t)(0x60000), "xfeature_masks: XFEATURE_MASK_XTILE");
#endif
#ifdef XFEATURE_MASK_XTILE_CFG
_Static_assert((uint64_t)(XFEATURE_MASK_XTILE_CFG) == (uint64_t)(0x20000), "xfeature_masks: XFEATURE_MASK_XTILE_CFG");
#endif
#ifdef XFEATURE_MASK_XTILE_DATA
_Static_assert((uint64_t)(XFEATURE_MASK_XTILE_DATA) == (uint64_t)(0x40000), "xfeature_masks: XFEATURE_MASK_XTILE_DATA");
#endif
static const struct xlat_entry xe_xfeature_masks[] = {
	{ (uint64_t)(0x3), "XFEATURE_MASK_FPSSE" },
	{ (uint64_t)(0x1), "XFEATURE_MASK_FP" },
	{ (uint64_t)(0x2), "XFEATURE_MASK_SSE" },
	{ (uint64_t)(0x4), "XFEATURE_MASK_YMM" },
	{ (uint64_t)(0x8), "XFEATURE_MASK_BNDREGS" },
	{ (uint64_t)(0x10), "XFEATURE_MASK_BNDCSR" },
	{ (uint64_t)(0xe0), "XFEATURE_MASK_AVX512" },
	{ (uint64_t)(0x20), "XFEATURE_MASK_OPMASK" },
	{ (uint64_t)(0x40), "XFEATURE_MASK_ZMM_Hi256" },
	{ (uint64_t)(0x80), "XFEATURE_MASK_Hi16_ZMM" },
	{ (uint64_t)(0x100), "XFEATURE_MASK_PT" },
	{ (uint64_t)(0x200), "XFEATURE_MASK_PKRU" },
	{ (uint64_t)(0x400), "XFEATURE_MASK_PASID" },
	{ (uint64_t)(0x8000), "XFEATURE_MASK_LBR" },
	{ (uint64_t)(0x60000), "XFEATURE_MASK_XTILE" },
	{ (uint64_t)(0x20000), "XFEATURE_MASK_XTILE_CFG" },
	{ (uint64_t)(0x40000), "XFEATURE_MASK_XTILE_DATA" },
};
const struct xlat xlat_xfeature_masks = { xe_xfeature_masks, 17, "XFEATURE_MASK_???" };

#ifdef XFEATURE_FP
_Static_assert((uint64_t)(XFEATURE_FP) == (uint64_t)(0), "xfeatures: XFEATURE_FP");
#endif
#ifdef XFEATURE_SSE
_Static_assert((uint64_t)(XFEATURE_SSE) == (uint64_t)(1), "xfeatures: XFEATURE_SSE");
#endif
#ifdef XFEATURE_YMM
_Static_assert((uint64_t)(XFEATURE_YMM) == (uint64_t)(2), "xfeatures: XFEATURE_YMM");
#endif
#ifdef XFEATURE_BNDREGS
_Static_assert((uint64_t)(XFEATURE_BNDREGS) == (uint64_t)(3), "xfeatures: XFEATURE_BNDREGS");
#endif
#ifdef XFEATURE_BNDCSR
_Static_assert((uint64_t)(XFEATURE_BNDCSR) == (uint64_t)(4), "xfeatures: XFEATURE_BNDCSR");
#endif
#ifdef XFEATURE_OPMASK
_Static_assert((uint64_t)(XFEATURE_OPMASK) == (uint64_t)(5), "xfeatures: XFEATURE_OPMASK");
#endif
#ifdef XFEATURE_ZMM_Hi256
_Static_assert((uint64_t)(XFEATURE_ZMM_Hi256) == (uint64_t)(6), "xfeatures: XFEATURE_ZMM_Hi256");
#endif
#ifdef XFEATURE_Hi16_ZMM
_Static_assert((uint64_t)(XFEATURE_Hi16_ZMM) == (uint64_t)(7), "xfeatures: XFEATURE_Hi16_ZMM");
#endif
#ifdef XFEATURE_PT_UNIMPLEMENTED_SO_FAR
_Static_assert((uint64_t)(XFEATURE_PT_UNIMPLEMENTED_SO_FAR) == (uint64_t)(8), "xfeatures: XFEATURE_PT_UNIMPLEMENTED_SO_FAR");
#endif
#ifdef XFEATURE_PKRU
_Static_assert((uint64_t)(XFEATURE_PKRU) == (uint64_t)(9), "xfeatures: XFEATURE_PKRU");
#endif
#ifdef XFEATURE_PASID
_Static_assert((uint64_t)(XFEATURE_PASID) == (uint64_t)(10), "xfeatures: XFEATURE_PASID");
#endif
#ifdef XFEATURE_RSRVD_COMP_11
_Static_assert((uint64_t)(XFEATURE_RSRVD_COMP_11) == (uint64_t)(11), "xfeatures: XFEATURE_RSRVD_COMP_11");
#endif
#ifdef XFEATURE_RSRVD_COMP_12
_Static_assert((uint64_t)(XFEATURE_RSRVD_COMP_12) == (uint64_t)(12), "xfeatures: XFEATURE_RSRVD_COMP_12");
#endif
#ifdef XFEATURE_RSRVD_COMP_13
_Static_assert((uint64_t)(XFEATURE_RSRVD_COMP_13) == (uint64_t)(13), "xfeatures: XFEATURE_RSRVD_COMP_13");
#endif
#ifdef XFEATURE_RSRVD_COMP_14
_Static_assert((uint64_t)(XFEATURE_RSRVD_COMP_14) == (uint64_t)(14), "xfeatures: XFEATURE_RSRVD_COMP_14");
#endif
#ifdef XFEATURE_LBR
_Static_assert((uint64_t)(XFEATURE_LBR) == (uint64_t)(15), "xfeatures: XFEATURE_LBR");
#endif
#ifdef XFEATURE_RSRVD_COMP_16
_Static_assert((uint64_t)(XFEATURE_RSRVD_COMP_16) == (uint64_t)(16), "xfeatures: XFEATURE_RSRVD_COMP_16");
#endif
#ifdef XFEATURE_XTILE_CFG
_Static_assert((uint64_t)(XFEATURE_XTILE_CFG) == (uint64_t)(17), "xfeatures: XFEATURE_XTILE_CFG");
#endif
#ifdef XFEATURE_XTILE_DATA
_Static_assert((uint64_t)(XFEATURE_XTILE_DATA) == (uint64_t)(18), "xfeatures: XFEATURE_XTILE_DATA");
#endif
static const struct xlat_entry xe_xfeatures[] = {
	{ (uint64_t)(0), "XFEATURE_FP" },
	{ (uint64_t)(1), "XFEATURE_SSE" },
	{ (uint64_t)(2), "XFEATURE_YMM" },
	{ (uint64_t)(3), "XFEATURE_BNDREGS" },
	{ (uint64_t)(4), "XFEATURE_BNDCSR" },
	{ (uint64_t)(5), "XFEATURE_OPMASK" },
	{ (uint64_t)(6), "XFEATURE_ZMM_Hi256" },
	{ (uint64_t)(7), "XFEATURE_Hi16_ZMM" },
	{ (uint64_t)(8), "XFEATURE_PT_UNIMPLEMENTED_SO_FAR" },
	{ (uint64_t)(9), "XFEATURE_PKRU" },
	{ (uint64_t)(10), "XFEATURE_PASID" },
	{ (uint64_t)(11), "XFEATURE_RSRVD_COMP_11" },
	{ (uint64_t)(12), "XFEATURE_RSRVD_COMP_12" },
	{ (uint64_t)(13), "XFEATURE_RSRVD_COMP_13" },
	{ (uint64_t)(14), "XFEATURE_RSRVD_COMP_14" },
	{ (uint64_t)(15), "XFEATURE_LBR" },
	{ (uint64_t)(16), "XFEATURE_RSRVD_COMP_16" },
	{ (uint64_t)(17), "XFEATURE_XTILE_CFG" },
	{ (uint64_t)(18), "XFEATURE_XTILE_DATA" },
};
const struct xlat xlat_xfeatures = { xe_xfeatures, 19, "XFEATURE_???" };

