/*
 * ioctl_devs.c - ioctl requests of many device families, made on a closed
 * descriptor (so every call fails with EBADF after the kernel would have
 * read its argument) and a few on real descriptors, with filled, zeroed,
 * NULL and unreadable arguments, for the differential test: names of known,
 * unknown and parameterised requests (MIXER_READ(n), EVIOCGBIT(ev, len)),
 * and the argument structs as strace shows them at entry and exit.
 */
#define _GNU_SOURCE
#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/audit.h>
#include <linux/counter.h>
#include <linux/fs.h>
#include <linux/gpio.h>
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <linux/ptp_clock.h>
#include <linux/rtc.h>
#include <linux/dm-ioctl.h>
#include <scsi/sg.h>
#include <linux/hdreg.h>
#include <linux/input.h>
#include <linux/lirc.h>
#include <linux/loop.h>
#include <linux/nbd.h>
#include <linux/perf_event.h>
#include <linux/seccomp.h>
#include <linux/watchdog.h>
#include <mtd/mtd-abi.h>
#include <fcntl.h>
#include <string.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static long io(unsigned long req, const void *arg)
{
	return syscall(SYS_ioctl, -1, req, arg);
}

int main(void)
{
	/* a page followed by an unmapped one: its end is an unreadable argument */
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	char *end = page + 4096;

	int flags = FS_IMMUTABLE_FL | FS_NOATIME_FL | 0x08000000;
	io(FS_IOC_SETFLAGS, &flags);
	io(FS_IOC_GETFLAGS, &flags);
	io(FS_IOC_SETFLAGS, end);
	struct fsxattr fx = { .fsx_xflags = FS_XFLAG_APPEND | FS_XFLAG_DAX, .fsx_extsize = 4096, .fsx_projid = 7 };
	io(FS_IOC_FSSETXATTR, &fx);
	struct fstrim_range tr = { .start = 0x1000, .len = 1 << 20, .minlen = 512 };
	io(FITRIM, &tr);
	io(FIFREEZE, NULL);

	struct loop_info64 li;
	memset(&li, 0, sizeof(li));
	li.lo_offset = 0x200;
	li.lo_flags = LO_FLAGS_READ_ONLY | LO_FLAGS_PARTSCAN;
	strcpy((char *)li.lo_file_name, "/tmp/image");
	io(LOOP_SET_STATUS64, &li);
	li.lo_encrypt_type = LO_CRYPT_XOR;
	li.lo_encrypt_key_size = 3;
	memcpy(li.lo_encrypt_key, "k\0y", 3);
	io(LOOP_SET_STATUS64, &li);
	struct loop_config lc = { .fd = 3, .block_size = 512, .info = li };
	io(LOOP_CONFIGURE, &lc);
	io(LOOP_SET_FD, (void *)3);
	io(LOOP_CLR_FD, NULL);
	io(LOOP_GET_STATUS64, &li);

	unsigned char cmd[4] = { 0xec, 1, 2, 3 };
	io(HDIO_DRIVE_CMD, cmd);
	io(HDIO_DRIVE_CMD, end);
	io(HDIO_SET_NICE, (void *)0x1b);
	io(HDIO_GETGEO, NULL);

	io(NBD_SET_FLAGS, (void *)(NBD_FLAG_HAS_FLAGS | NBD_FLAG_SEND_TRIM | 0x8000));
	io(NBD_SET_SIZE, (void *)(1ul << 30));
	io(NBD_DISCONNECT, NULL);

	int timeout = 30;
	io(WDIOC_SETTIMEOUT, &timeout);
	io(WDIOC_GETTIMEOUT, &timeout);
	io(WDIOC_KEEPALIVE, NULL);

	struct counter_watch cw = { { COUNTER_COMPONENT_COUNT, COUNTER_SCOPE_COUNT, 1, 2 }, COUNTER_EVENT_INDEX, 0 };
	io(COUNTER_ADD_WATCH_IOCTL, &cw);
	cw.event = 99;
	io(COUNTER_ADD_WATCH_IOCTL, &cw);

	struct erase_info_user eu = { 0x10000, 0x2000 };
	io(MEMERASE, &eu);
	io(MEMGETINFO, NULL);
	struct mtd_write_req wr = { .start = 0x100, .len = 0x200, .mode = MTD_OPS_RAW };
	io(MEMWRITE, &wr);
	int otp = MTD_OTP_USER;
	io(OTPSELECT, &otp);
	io(MTDFILEMODE, (void *)MTD_FILE_MODE_RAW);

	io(PERF_EVENT_IOC_ENABLE, (void *)PERF_IOC_FLAG_GROUP);
	io(PERF_EVENT_IOC_RESET, (void *)6);
	io(PERF_EVENT_IOC_SET_FILTER, "filter expression");
	unsigned long long period = 1000;
	io(PERF_EVENT_IOC_PERIOD, &period);

	struct seccomp_notif sn;
	memset(&sn, 0, sizeof(sn));
	io(SECCOMP_IOCTL_NOTIF_RECV, &sn);
	sn.id = 5;
	sn.data.nr = SYS_getpid;
	sn.data.arch = AUDIT_ARCH_X86_64;
	io(SECCOMP_IOCTL_NOTIF_RECV, &sn);
	io(SECCOMP_IOCTL_NOTIF_RECV, end);
	struct seccomp_notif_resp rs = { .id = 5, .error = -13, .flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE };
	io(SECCOMP_IOCTL_NOTIF_SEND, &rs);
	unsigned long long id = 5;
	io(SECCOMP_IOCTL_NOTIF_ID_VALID, &id);
	struct seccomp_notif_addfd af = { .id = 5, .flags = SECCOMP_ADDFD_FLAG_SETFD, .srcfd = 0, .newfd = 9,
					  .newfd_flags = O_CLOEXEC };
	io(SECCOMP_IOCTL_NOTIF_ADDFD, &af);

	struct rtc_time rt = { .tm_sec = 5, .tm_min = 4, .tm_hour = 3, .tm_mday = 2, .tm_mon = 1, .tm_year = 126 };
	io(RTC_SET_TIME, &rt);
	struct rtc_param rp = { .param = RTC_PARAM_FEATURES, .uvalue = 1 << RTC_FEATURE_ALARM | 0x100, .index = 1 };
	io(RTC_PARAM_SET, &rp);
	io(RTC_PARAM_GET, &rp);

	struct dm_ioctl dm;
	memset(&dm, 0, sizeof(dm));
	dm.version[0] = DM_VERSION_MAJOR;
	dm.data_size = sizeof(dm);
	strcpy(dm.name, "vg-root");
	dm.flags = DM_READONLY_FLAG;
	io(DM_DEV_STATUS, &dm);
	io(DM_TABLE_LOAD, &dm);
	struct { struct dm_ioctl h; struct dm_target_spec t; char params[16]; } load;
	memset(&load, 0, sizeof(load));
	load.h = dm;
	load.h.data_size = sizeof(load);
	load.h.data_start = sizeof(load.h);
	load.h.target_count = 1;
	load.t.length = 2048;
	strcpy(load.t.target_type, "linear");
	strcpy(load.params, "/dev/sda 0");
	io(DM_TABLE_LOAD, &load);
	struct { struct dm_ioctl h; char name[16]; } ren;
	memset(&ren, 0, sizeof(ren));
	ren.h = dm;
	ren.h.data_size = sizeof(ren);
	ren.h.data_start = sizeof(ren.h);
	strcpy(ren.name, "vg-new");
	io(DM_DEV_RENAME, &ren);

	struct sg_io_hdr sg;
	unsigned char cdb[6] = { 0x12, 0, 0, 0, 36, 0 }, data[36];
	memset(&sg, 0, sizeof(sg));
	memset(data, 0x5a, sizeof(data));
	sg.interface_id = 'S';
	sg.dxfer_direction = SG_DXFER_FROM_DEV;
	sg.cmd_len = sizeof(cdb);
	sg.cmdp = cdb;
	sg.dxfer_len = sizeof(data);
	sg.dxferp = data;
	sg.timeout = 1000;
	io(SG_IO, &sg);

	struct ptp_extts_request ex = { .index = 1, .flags = PTP_ENABLE_FEATURE | PTP_RISING_EDGE };
	io(PTP_EXTTS_REQUEST2, &ex);
	struct ptp_pin_desc pd = { .index = 2, .func = PTP_PF_PEROUT, .chan = 1 };
	io(PTP_PIN_SETFUNC, &pd);

	struct gpio_v2_line_request gl;
	memset(&gl, 0, sizeof(gl));
	gl.num_lines = 2;
	gl.offsets[0] = 17;
	gl.offsets[1] = 27;
	strcpy(gl.consumer, "blink");
	gl.config.flags = GPIO_V2_LINE_FLAG_OUTPUT;
	io(GPIO_V2_GET_LINE_IOCTL, &gl);
	struct gpio_v2_line_values gv = { .bits = 1, .mask = 3 };
	io(GPIO_V2_LINE_SET_VALUES_IOCTL, &gv);

	io(KIOCSOUND, (void *)440);
	io(KDMKTONE, (void *)((100 << 16) | 1000));
	io(KDSETMODE, (void *)KD_GRAPHICS);
	io(KDSKBMODE, (void *)K_UNICODE);
	io(KDSETLED, (void *)(LED_NUM | LED_CAP));
	io(KDSKBLED, (void *)(LED_NUM | (LED_SCR << 4) | 0x80));

	/* accent tables: chars as C quotes them, a count past the table, a table cut by the page end */
	static struct kbdiacrs kdia = { .kb_cnt = 3, .kbdiacr = { { '`', 'a', 0xe0 }, { '\n', '\'', '\\' }, { 0, 'z', 0x7f } } };
	io(KDSKBDIACR, &kdia);
	io(KDGKBDIACR, &kdia);
	static struct kbdiacrsuc kduc;
	kduc.kb_cnt = 300;
	for (unsigned i = 0; i < 256; i++)
		kduc.kbdiacruc[i] = (struct kbdiacruc){ 0x300 + i, 'a' + i % 26, 0xe0 + i };
	io(KDSKBDIACRUC, &kduc);
	unsigned *cut = (unsigned *)(end - 4 - 2 * sizeof(struct kbdiacr));
	*cut = 5;
	memset(cut + 1, 'x', 2 * sizeof(struct kbdiacr));
	io(KDSKBDIACR, cut);

	/* keyboard entries: a plain table, modifier bits, a function key's string */
	struct kbentry ke = { .kb_table = K_SHIFTTAB, .kb_index = 30, .kb_value = K(KT_LATIN, 'A') };
	io(KDSKBENT, &ke);
	ke.kb_table = (1 << KG_ALT) | (1 << KG_CTRLR);
	io(KDGKBENT, &ke);
	struct kbsentry ks = { .kb_func = 3, .kb_string = "\033[[D" };
	io(KDSKBSENT, &ks);
	io(KDGKBSENT, &ks);

	struct kbkeycode kk = { .scancode = 0x1e, .keycode = 30 };
	io(KDGETKEYCODE, &kk);
	io(KDSETKEYCODE, &kk);
	struct kbd_repeat kr = { .delay = 250, .period = 33 };
	io(KDKBDREP, &kr);

	struct consolefontdesc fd = { .charcount = 2, .charheight = 16, .chardata = (char *)page };
	io(GIO_FONTX, &fd);

	/* font operations: the font's bytes, the default font's name, an unknown op */
	static unsigned char font[2 * 32 * 2];
	for (unsigned i = 0; i < sizeof(font); i++)
		font[i] = (unsigned char)i;
	struct console_font_op fo = { .op = KD_FONT_OP_SET, .width = 9, .height = 16, .charcount = 2, .data = font };
	io(KDFONTOP, &fo);
	fo.op = KD_FONT_OP_GET;
	fo.flags = KD_FONT_FLAG_DONT_RECALC;
	io(KDFONTOP, &fo);
	fo.op = KD_FONT_OP_SET_DEFAULT;
	fo.data = (unsigned char *)"default8x16";
	io(KDFONTOP, &fo);
	fo.data = (unsigned char *)"0123456789abcdef0123456789abcdefXYZ";
	io(KDFONTOP, &fo);
	fo.op = KD_FONT_OP_COPY;
	io(KDFONTOP, &fo);
	fo.op = 7;
	fo.flags = 0x80000003;
	io(KDFONTOP, &fo);

	/* perf event attributes: each type's config, the flag bits, sizes of several versions */
	struct perf_event_attr pa;
	memset(&pa, 0, sizeof(pa));
	pa.type = PERF_TYPE_HW_CACHE;
	pa.size = PERF_ATTR_SIZE_VER5 + 2;
	pa.config = 0xab01020207ULL;
	pa.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_BRANCH_STACK | PERF_SAMPLE_STACK_USER | (1ULL << 40);
	pa.branch_sample_type = PERF_SAMPLE_BRANCH_ANY | PERF_SAMPLE_BRANCH_USER;
	pa.read_format = PERF_FORMAT_GROUP;
	pa.disabled = pa.freq = pa.use_clockid = pa.sigtrap = 1;
	pa.precise_ip = 3;
	pa.sample_freq = 4000;
	pa.clockid = 1;
	pa.sample_stack_user = 4096;
	pa.sample_max_stack = 7;
	pa.__reserved_2 = 9;
	io(PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &pa);
	pa.type = PERF_TYPE_BREAKPOINT;
	pa.bp_type = 6;
	pa.bp_addr = 0x1000;
	pa.bp_len = 8;
	pa.watermark = 1;
	pa.wakeup_watermark = 64;
	pa.size = PERF_ATTR_SIZE_VER1;
	io(PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &pa);
	pa.type = PERF_TYPE_HARDWARE;
	pa.config = 0x500000001ULL;
	pa.size = 40;
	io(PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &pa);
	pa.size = 0;
	io(PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &pa);
	pa.type = 77;
	pa.size = 300;
	io(PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &pa);
	memcpy(end - 48, &pa, 48);
	io(PERF_EVENT_IOC_MODIFY_ATTRIBUTES, end - 48);

	/* infrared remote controls: modes, features, counts, a transmitter mask */
	unsigned lv = LIRC_MODE_PULSE;
	io(LIRC_SET_SEND_MODE, &lv);
	lv = 3;
	io(LIRC_SET_REC_MODE, &lv);
	lv = 38000;
	io(LIRC_SET_SEND_CARRIER, &lv);
	lv = 0x1f;
	io(LIRC_SET_TRANSMITTER_MASK, &lv);
	io(LIRC_SET_REC_CARRIER_RANGE, &lv);
	io(LIRC_GET_FEATURES, &lv);
	io(LIRC_GET_REC_MODE, end - 2);

	/* names made of the request's number and size */
	io(EVIOCGNAME(64), page);
	io(EVIOCGBIT(EV_KEY, 96), page);
	io(EVIOCGBIT(0, 8), page);
	io(EVIOCGABS(ABS_Y), page);
	io(_IOR('E', 0xfe, int), NULL);
	io(_IOR('M', 3, int), NULL);
	io(_IOW('M', 40, int), NULL);
	io(_IOWR('M', 0xfe, int), NULL);
	io(_IOC(_IOC_READ | _IOC_WRITE, 0x99, 0x12, 0x34), (void *)0xdeadbeef);

	/* real descriptors: the loopback interface through a socket */
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	if (s >= 0) {
		struct ifreq ifr;
		memset(&ifr, 0, sizeof(ifr));
		strcpy(ifr.ifr_name, "lo");
		ioctl(s, SIOCGIFINDEX, &ifr);
		ioctl(s, SIOCGIFNAME, &ifr);
		ioctl(s, SIOCGIFFLAGS, &ifr);
		ioctl(s, SIOCGIFMTU, &ifr);
		ioctl(s, SIOCGIFADDR, &ifr);
		ioctl(s, SIOCGIFHWADDR, &ifr);
		ioctl(s, SIOCGIFNETMASK, &ifr);
		strcpy(ifr.ifr_name, "nosuchif0");
		ioctl(s, SIOCGIFFLAGS, &ifr);
		struct ifreq list[8];
		struct ifconf ifc = { .ifc_len = sizeof(list), .ifc_buf = (char *)list };
		ioctl(s, SIOCGIFCONF, &ifc);
		ifc.ifc_buf = NULL;
		ioctl(s, SIOCGIFCONF, &ifc);
		close(s);
	}

	/* real descriptors: a pipe and its byte count */
	int p[2], n;
	if (pipe(p) == 0) {
		if (write(p[1], "abc", 3) != 3)
			return 1;
		ioctl(p[0], FIONREAD, &n);
		ioctl(p[0], FS_IOC_GETFLAGS, &n);
		close(p[0]);
		close(p[1]);
	}
	return 0;
}
