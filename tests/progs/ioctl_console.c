/*
 * ioctl_console.c - the virtual console's table requests on a closed
 * descriptor, for the differential tests (also with -e inject=ioctl:retval=,
 * which shows what the get requests print on success): screen maps and fonts
 * read one byte past -s, the Unicode pairs (GIO_UNIMAP's room => count), the
 * hash advice, the Unicode screen map with its direct-font glyphs, and a few
 * in/out requests (keycodes, repeat rates, font operations).
 */
#include <linux/types.h>
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <string.h>
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
	memset(page, 0x41, 4096);

	/* byte tables: 64 bytes readable is enough for -s 32 and too few for -s 64 */
	io(GIO_SCRNMAP, end - 64);
	io(PIO_SCRNMAP, end - 65);
	io(PIO_SCRNMAP, end - 32);
	io(PIO_FONT, page);
	io(GIO_CMAP, end - 48);

	/* the Unicode pairs: all readable, one too many, none, unreadable */
	struct unipair *up = (struct unipair *)(end - 3 * sizeof(*up));
	for (unsigned i = 0; i < 3; i++)
		up[i] = (struct unipair){ 0x263a + i, i };
	struct unimapdesc ud = { .entry_ct = 3, .entries = up };
	io(PIO_UNIMAP, &ud);
	io(GIO_UNIMAP, &ud);
	ud.entry_ct = 4;
	io(PIO_UNIMAP, &ud);
	io(GIO_UNIMAP, &ud);
	ud.entry_ct = 0;
	io(GIO_UNIMAP, &ud);
	ud.entries = NULL;
	ud.entry_ct = 9;
	io(GIO_UNIMAP, &ud);
	io(GIO_UNIMAP, end - 4);
	io(PIO_UNIMAP, NULL);

	struct unimapinit ui = { 256, 3, 2 };
	io(PIO_UNIMAPCLR, &ui);
	io(PIO_UNIMAPCLR, end - 4);

	/* the Unicode screen map: codes and direct-font glyphs, then cut by the page end */
	unsigned short *um = (unsigned short *)(end - 2 * E_TABSZ);
	for (unsigned i = 0; i < E_TABSZ; i++)
		um[i] = i % 3 ? UNI_DIRECT_BASE + i : 0x2500 + i;
	io(PIO_UNISCRNMAP, um);
	io(GIO_UNISCRNMAP, um);
	io(PIO_UNISCRNMAP, um + 240);
	io(GIO_UNISCRNMAP, end - 1);

	/* in/out requests */
	struct kbkeycode kk = { .scancode = 0x1e, .keycode = 30 };
	io(KDGETKEYCODE, &kk);
	struct kbd_repeat kr = { .delay = 250, .period = 33 };
	io(KDKBDREP, &kr);
	struct consolefontdesc fd = { .charcount = 1, .charheight = 16, .chardata = page };
	io(GIO_FONTX, &fd);
	struct console_font_op fo = { .op = KD_FONT_OP_GET, .width = 8, .height = 16, .charcount = 1,
				      .data = (unsigned char *)page };
	io(KDFONTOP, &fo);
	io(KIOCSOUND, 0);
	io(KDADDIO, (void *)0x3b5);
	return 0;
}
