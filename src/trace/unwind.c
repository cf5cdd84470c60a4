/*
 * unwind.c - -k: the user stack of a ptrace-stopped thread.
 *
 * Two halves.  The walk is elfutils' libdwfl: per traced process a Dwfl
 * with the process's modules (dwfl_linux_proc_report) attached to the
 * already stopped tracee (dwfl_linux_proc_attach), and
 * dwfl_getthread_frames() gives the frames from the CFI (.eh_frame).  The
 * naming is ours, written to print what strace 6.1 (built with libunwind)
 * prints:
 *
 *   - a frame belongs to the executable file mapping of /proc/PID/maps
 *     that holds its address; an address in none (JIT code, a return
 *     address gone wrong) ends the walk;
 *   - its name is the nearest STT_FUNC symbol at or below the address in
 *     the file's .symtab and .dynsym (first one in table order among
 *     aliases), relocated by the load offset of the mapping's PT_LOAD
 *     segment; none if the distance is not below the file's size; a
 *     return address is looked up one byte back (the call, not what
 *     follows it), its offset still counted from the address itself;
 *   - names are demangled with libiberty's cplus_demangle (C++, Rust).
 *
 * Costs are paid only with -k: the maps and modules of a process are read
 * again only after one of its syscalls changed its mappings (the backend
 * says so), symbol tables are read once per file and kept sorted.
 */
#include "stack.h"
#include "common.h"
#include "pidinfo.h"
#include "syscalls.h"

#include <elfutils/libdwfl.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libiberty/demangle.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- interned strings (module paths, demangled names): kept for the session ---- */

struct istr {
	struct istr *next;
	char s[];
};
#define NISTR 4096
static struct istr *istrs[NISTR];

static const char *intern(const char *s)
{
	unsigned h = 5381;
	for (const char *p = s; *p; p++)
		h = h * 33 + (unsigned char)*p;
	struct istr **pp = &istrs[h % NISTR];
	for (struct istr *i = *pp; i; i = i->next)
		if (!strcmp(i->s, s))
			return i->s;
	size_t n = strlen(s) + 1;
	struct istr *i = xmalloc(sizeof(*i) + n);
	memcpy(i->s, s, n);
	i->next = *pp;
	*pp = i;
	return i->s;
}

/* ---- symbol tables, one per file ---- */

struct sym {
	uint64_t value;
	uint32_t order;        /* position in the section walk: the first of equals wins */
	uint32_t name;         /* offset in symfile.names */
	const char *shown;     /* demangled and interned, when first needed */
};

struct symfile {
	char *path;            /* as /proc/PID/maps names it */
	uint64_t dev, ino;
	bool ok;
	uint64_t size;         /* of the file the symbols came from */
	struct { uint64_t off, vaddr; } *loads;   /* PT_LOAD segments */
	unsigned nloads;
	struct sym *syms;      /* relative symbols, by value then order */
	unsigned nsyms;
	struct sym *abs;       /* SHN_ABS ones (not relocated) */
	unsigned nabs;
	char *names;
	size_t names_len;
	struct symfile *next;
};

static struct symfile *symfiles;

static int sym_cmp(const void *a, const void *b)
{
	const struct sym *x = a, *y = b;
	if (x->value != y->value)
		return x->value < y->value ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static uint32_t add_name(struct symfile *f, const char *s, size_t *cap)
{
	size_t n = strlen(s) + 1;
	if (f->names_len + n > *cap) {
		while (f->names_len + n > *cap)
			*cap = *cap ? *cap * 2 : 4096;
		f->names = xrealloc(f->names, *cap);
	}
	memcpy(f->names + f->names_len, s, n);
	f->names_len += n;
	return (uint32_t)(f->names_len - n);
}

/* The STT_FUNC symbols of every SHT_SYMTAB and SHT_DYNSYM section, in section order. */
static void read_symbols(struct symfile *f, Elf *elf)
{
	size_t cap = 0, nsyms = 0, nabs = 0, scap = 0, acap = 0;
	uint32_t order = 0;
	for (Elf_Scn *scn = NULL; (scn = elf_nextscn(elf, scn));) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) ||
		    !sh.sh_entsize)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (!d)
			continue;
		size_t n = sh.sh_size / sh.sh_entsize;
		for (size_t i = 0; i < n; i++) {
			GElf_Sym s;
			if (!gelf_getsym(d, (int)i, &s) || GELF_ST_TYPE(s.st_info) != STT_FUNC ||
			    s.st_shndx == SHN_UNDEF)
				continue;
			const char *name = elf_strptr(elf, sh.sh_link, s.st_name);
			if (!name)
				continue;
			bool is_abs = s.st_shndx == SHN_ABS;
			struct sym **arr = is_abs ? &f->abs : &f->syms;
			size_t *cnt = is_abs ? &nabs : &nsyms, *c = is_abs ? &acap : &scap;
			if (*cnt == *c) {
				*c = *c ? *c * 2 : 256;
				*arr = xrealloc(*arr, *c * sizeof(**arr));
			}
			(*arr)[(*cnt)++] = (struct sym){ s.st_value, order++, add_name(f, name, &cap), NULL };
		}
	}
	f->nsyms = (unsigned)nsyms;
	f->nabs = (unsigned)nabs;
	if (f->nsyms)
		qsort(f->syms, f->nsyms, sizeof(*f->syms), sym_cmp);
}

static Elf *open_elf(const char *path, int *fd, uint64_t *size)
{
	*fd = open(path, O_RDONLY | O_CLOEXEC);
	if (*fd < 0)
		return NULL;
	struct stat st;
	Elf *elf = NULL;
	if (fstat(*fd, &st) == 0 && S_ISREG(st.st_mode))
		elf = elf_begin(*fd, ELF_C_READ_MMAP, NULL);
	if (!elf || elf_kind(elf) != ELF_K_ELF) {
		if (elf)
			elf_end(elf);
		close(*fd);
		*fd = -1;
		return NULL;
	}
	*size = (uint64_t)st.st_size;
	return elf;
}

/* A .gnu_debuglink file next to the object or in its .debug/, as libunwind looks. */
static Elf *open_debuglink(Elf *elf, const char *path, int *fd, uint64_t *size)
{
	size_t shstrndx;
	if (elf_getshdrstrndx(elf, &shstrndx) < 0)
		return NULL;
	for (Elf_Scn *scn = NULL; (scn = elf_nextscn(elf, scn));) {
		GElf_Shdr sh;
		const char *name;
		if (!gelf_getshdr(scn, &sh) || !(name = elf_strptr(elf, shstrndx, sh.sh_name)) ||
		    strcmp(name, ".gnu_debuglink"))
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (!d || !d->d_buf || !memchr(d->d_buf, 0, d->d_size))
			return NULL;
		const char *link = d->d_buf, *slash = strrchr(path, '/');
		int dirlen = slash ? (int)(slash - path) : 0;
		char buf[4096];
		snprintf(buf, sizeof(buf), "%.*s/%s", dirlen, path, link);
		Elf *e = open_elf(buf, fd, size);
		if (!e) {
			snprintf(buf, sizeof(buf), "%.*s/.debug/%s", dirlen, path, link);
			e = open_elf(buf, fd, size);
		}
		return e;
	}
	return NULL;
}

static struct symfile *symfile_get(int tgid, int tid, const char *path, uint64_t dev, uint64_t ino)
{
	for (struct symfile *f = symfiles; f; f = f->next)
		if (f->dev == dev && f->ino == ino && !strcmp(f->path, path))
			return f;
	struct symfile *f = xcalloc(1, sizeof(*f));
	f->path = xstrdup(path);
	f->dev = dev;
	f->ino = ino;
	f->next = symfiles;
	symfiles = f;
	if (path[0] != '/')
		return f;   /* [vdso] and the like: no file to read */
	char full[4096];
	snprintf(full, sizeof(full), "/proc/%d/task/%d/root%s", pid_proc(tgid), pid_proc(tid), path);   /* its mount namespace */
	int fd;
	uint64_t size;
	Elf *elf = open_elf(full, &fd, &size);
	if (!elf)
		return f;
	size_t nph;
	if (elf_getphdrnum(elf, &nph) == 0) {
		f->loads = xcalloc(nph ? nph : 1, sizeof(*f->loads));
		for (size_t i = 0; i < nph; i++) {
			GElf_Phdr ph;
			if (gelf_getphdr(elf, (int)i, &ph) && ph.p_type == PT_LOAD) {
				f->loads[f->nloads].off = ph.p_offset;
				f->loads[f->nloads++].vaddr = ph.p_vaddr;
			}
		}
	}
	int dfd;
	uint64_t dsize;
	Elf *dbg = open_debuglink(elf, full, &dfd, &dsize);
	if (dbg) {
		read_symbols(f, dbg);
		f->size = dsize;
		elf_end(dbg);
		close(dfd);
	} else {
		read_symbols(f, elf);
		f->size = size;
	}
	f->ok = true;
	elf_end(elf);
	close(fd);
	return f;
}

/* Where the file's symbol values are in memory, from the mapping that holds the address. */
static uint64_t load_offset(const struct symfile *f, uint64_t start, uint64_t mapoff)
{
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	for (unsigned i = 0; i < f->nloads; i++)
		if ((f->loads[i].off & ~(page - 1)) == mapoff)
			return start - f->loads[i].vaddr + (f->loads[i].off & (page - 1));
	return 0;
}

/* The nearest symbol at or below addr; its distance in *dist. */
static struct sym *nearest(struct symfile *f, uint64_t addr, uint64_t bias, uint64_t *dist)
{
	struct sym *best = NULL;
	uint64_t bd = ~0ull;
	if (f->nsyms && addr >= bias) {
		uint64_t t = addr - bias;
		size_t lo = 0, hi = f->nsyms;   /* first with value > t */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (f->syms[mid].value <= t)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo > 0) {
			size_t i = lo - 1;
			while (i > 0 && f->syms[i - 1].value == f->syms[i].value)
				i--;
			best = &f->syms[i];
			bd = t - best->value;
		}
	}
	for (unsigned i = 0; i < f->nabs; i++) {
		uint64_t d = addr - f->abs[i].value;
		if (d < bd || (d == bd && best && f->abs[i].order < best->order)) {
			bd = d;
			best = &f->abs[i];
		}
	}
	*dist = bd;
	return best;
}

static const char *shown_name(struct symfile *f, struct sym *s)
{
	if (!s->shown) {
		const char *raw = f->names + s->name;
		char *d = cplus_demangle(raw, DMGL_AUTO | DMGL_PARAMS);
		s->shown = intern(d ? d : raw);
		free(d);
	}
	return s->shown;
}

/* ---- processes: their executable mappings and their Dwfl ---- */

struct xmap {
	uint64_t start, end, off, dev, ino;
	const char *path;      /* interned */
};

struct uproc {
	int tgid;
	Dwfl *dwfl;
	bool attached;
	bool stale;            /* mappings changed since they were read */
	struct xmap *maps;     /* every mapping with a name (naming), executable ones flagged */
	bool *exec;
	unsigned nmaps;
	struct uproc *next;
};

#define NPROCS 256
static struct uproc *procs[NPROCS];

static struct uproc *proc_find(int tgid, bool create)
{
	struct uproc **pp = &procs[tgid % NPROCS];
	for (struct uproc *p = *pp; p; p = p->next)
		if (p->tgid == tgid)
			return p;
	if (!create)
		return NULL;
	struct uproc *p = xcalloc(1, sizeof(*p));
	p->tgid = tgid;
	p->stale = true;
	p->next = *pp;
	*pp = p;
	return p;
}

/* through the thread being walked: a leader that exited before its threads has no maps */
static void read_maps(struct uproc *p, int tid)
{
	char name[64];
	snprintf(name, sizeof(name), "/proc/%d/task/%d/maps", pid_proc(p->tgid), pid_proc(tid));
	FILE *fp = fopen(name, "re");
	p->nmaps = 0;
	if (!fp)
		return;
	unsigned cap = 0;
	char line[4096 + 128];
	while (fgets(line, sizeof(line), fp)) {
		unsigned long long start, end, off, ino;
		unsigned maj, min;
		char perms[8];
		int pos = 0;
		if (sscanf(line, "%llx-%llx %7s %llx %x:%x %llu %n", &start, &end, perms, &off, &maj, &min,
			   &ino, &pos) < 7 || !pos)
			continue;
		char *path = line + pos;
		path[strcspn(path, "\n")] = '\0';
		if (!*path)
			continue;   /* anonymous */
		if (p->nmaps == cap) {
			cap = cap ? cap * 2 : 64;
			p->maps = xrealloc(p->maps, cap * sizeof(*p->maps));
			p->exec = xrealloc(p->exec, cap * sizeof(*p->exec));
		}
		p->maps[p->nmaps] = (struct xmap){ start, end, off, ((uint64_t)maj << 32) | min, ino, intern(path) };
		p->exec[p->nmaps++] = perms[2] == 'x';
	}
	fclose(fp);
}

static const struct xmap *map_of(const struct uproc *p, uint64_t addr, bool exec_only)
{
	for (unsigned i = 0; i < p->nmaps; i++)
		if (addr >= p->maps[i].start && addr < p->maps[i].end && (!exec_only || p->exec[i]))
			return &p->maps[i];
	return NULL;
}

/* Unwinding needs only .eh_frame: no separate debug files (nor debuginfod). */
static int no_debuginfo(Dwfl_Module *mod, void **userdata, const char *modname, Dwarf_Addr base,
			const char *file_name, const char *debuglink_file, GElf_Word debuglink_crc,
			char **debuginfo_file_name)
{
	(void)mod; (void)userdata; (void)modname; (void)base; (void)file_name;
	(void)debuglink_file; (void)debuglink_crc; (void)debuginfo_file_name;
	return -1;
}

static const Dwfl_Callbacks callbacks = {
	.find_elf = dwfl_linux_proc_find_elf,
	.find_debuginfo = no_debuginfo,
};

static void proc_drop_dwfl(struct uproc *p)
{
	if (p->dwfl)
		dwfl_end(p->dwfl);
	p->dwfl = NULL;
	p->attached = false;
}

static bool proc_refresh(struct uproc *p, int tid)
{
	if (!p->stale && p->dwfl)
		return true;
	read_maps(p, tid);
	if (!p->dwfl) {
		p->dwfl = dwfl_begin(&callbacks);
		if (!p->dwfl)
			return false;
	}
	dwfl_report_begin(p->dwfl);
	int r = dwfl_linux_proc_report(p->dwfl, tid);
	if (dwfl_report_end(p->dwfl, NULL, NULL) != 0 || r != 0) {
		proc_drop_dwfl(p);
		return false;
	}
	if (!p->attached) {
		/* the tracee is stopped by us already: libdwfl must not attach, nor detach it */
		if (dwfl_linux_proc_attach(p->dwfl, tid, true) != 0) {
			proc_drop_dwfl(p);
			return false;
		}
		p->attached = true;
	}
	p->stale = false;
	return true;
}

/* ---- the walk ---- */

struct walk {
	struct uproc *p;
	int tid;
	struct frames *out;
	int added;
};

static void frames_push(struct frames *f, const struct frame *fr)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 32;
		f->v = xrealloc(f->v, f->cap * sizeof(*f->v));
	}
	f->v[f->n++] = *fr;
}

/* Name one frame; false when the walk must end here. */
static bool resolve(struct uproc *p, int tid, uint64_t pc, bool activation, struct frame *fr)
{
	memset(fr, 0, sizeof(*fr));
	fr->pc = pc;
	const struct xmap *m = map_of(p, pc, true);
	if (!m)
		return false;
	fr->module = m->path;
	fr->file_off = pc - m->start + m->off;
	uint64_t look = activation ? pc : pc - 1;
	const struct xmap *lm = map_of(p, look, false);
	if (!lm)
		return true;
	struct symfile *f = symfile_get(p->tgid, tid, lm->path, lm->dev, lm->ino);
	if (!f->ok)
		return true;
	uint64_t dist;
	struct sym *s = nearest(f, look, load_offset(f, lm->start, lm->off), &dist);
	if (s && dist < f->size) {
		fr->symbol = shown_name(f, s);
		fr->sym_off = dist + (activation ? 0 : 1);
	}
	return true;
}

static int frame_cb(Dwfl_Frame *state, void *arg)
{
	struct walk *w = arg;
	Dwarf_Addr pc;
	bool activation;
	if (!dwfl_frame_pc(state, &pc, &activation))
		return DWARF_CB_ABORT;
	struct frame fr;
	if (w->added == STACK_MAX_FRAMES) {   /* one more than we show: strace says so */
		memset(&fr, 0, sizeof(fr));
		fr.truncated = true;
		frames_push(w->out, &fr);
		return DWARF_CB_ABORT;
	}
	bool more = resolve(w->p, w->tid, pc, activation, &fr);
	frames_push(w->out, &fr);
	w->added++;
	return more ? DWARF_CB_OK : DWARF_CB_ABORT;
}

int unwind_capture(int tgid, int tid, struct frames *out)
{
	static bool elf_ready;
	if (!elf_ready) {
		elf_version(EV_CURRENT);
		elf_ready = true;
	}
	struct uproc *p = proc_find(tgid, true);
	if (!proc_refresh(p, tid))
		return 0;
	struct walk w = { p, tid, out, 0 };
	dwfl_getthread_frames(p->dwfl, tid, frame_cb, &w);
	return w.added;
}

/* The syscalls after which a process's executable mappings may be different. */
static const int maps_changers[] = {
	SC_mmap, SC_munmap, SC_mremap, SC_mprotect, SC_pkey_mprotect, SC_shmat, SC_shmdt,
	SC_remap_file_pages,
};

bool unwind_changes_maps(int nr)
{
	for (size_t i = 0; i < ARRAY_SIZE(maps_changers); i++)
		if (maps_changers[i] == nr)
			return true;
	return false;
}

bool unwind_call_changes_maps(int nr, const uint64_t *args)
{
	/* malloc's anonymous mappings: nothing executable appears or goes */
	if (nr == SC_mmap && (args[3] & MAP_ANONYMOUS) && !(args[3] & MAP_FIXED) && !(args[2] & PROT_EXEC))
		return false;
	return unwind_changes_maps(nr);
}

void unwind_maps_changed(int tgid)
{
	struct uproc *p = proc_find(tgid, false);
	if (p)
		p->stale = true;
}

void unwind_exec(int tgid)
{
	struct uproc *p = proc_find(tgid, false);
	if (p) {
		proc_drop_dwfl(p);   /* a new image: new modules, perhaps a new architecture */
		p->stale = true;
	}
}

void unwind_forget(int tgid)
{
	struct uproc **pp = &procs[tgid % NPROCS];
	while (*pp && (*pp)->tgid != tgid)
		pp = &(*pp)->next;
	struct uproc *p = *pp;
	if (!p)
		return;
	*pp = p->next;
	proc_drop_dwfl(p);
	free(p->maps);
	free(p->exec);
	free(p);
}

void frames_free(struct frames *f)
{
	free(f->v);
	f->v = NULL;
	f->n = f->cap = 0;
}
