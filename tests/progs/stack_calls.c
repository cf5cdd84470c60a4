/*
 * stack_calls.c - syscalls made from known call chains, for -k and -i:
 * nested named functions, a forked child, a thread, a signal and a syscall
 * in its handler (through the signal frame), 300 nested calls (more frames
 * than are shown), code in an
 * anonymous executable mapping (no file to name it), a library loaded with
 * dlopen (new mappings), and an execve of itself whose stack is the old
 * image's.  "stack_calls exec" is the program after that execve;
 * "stack_calls orphan": a thread writes after its leader has exited.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void __attribute__((noinline)) leaf(const char *s)
{
	write(1, s, strlen(s));
	__asm__ volatile("" ::: "memory");   /* no tail call */
}

static void __attribute__((noinline)) middle(const char *s)
{
	leaf(s);
	__asm__ volatile("" ::: "memory");   /* no tail call */
}

static void *thread_main(void *arg)
{
	/*
	 * Alive while the tracer reads clone3's parent_tid (the kernel zeroes
	 * it when the thread exits: CLONE_CHILD_CLEARTID on the same word), and
	 * so the join always waits in futex: neither depends on timing.
	 */
	struct timespec settle = { 0, 50 * 1000 * 1000 };
	nanosleep(&settle, NULL);
	middle(arg);
	return NULL;
}

static void *orphan_main(void *arg)
{
	struct timespec ts = { 0, 100000000 };
	nanosleep(&ts, NULL);   /* the leader is gone by now */
	middle(arg);
	return NULL;
}

static void on_usr2(int sig)
{
	(void)sig;
	middle("handler\n");
}

static int __attribute__((noinline)) deep(int n)
{
	if (n == 0)
		return (int)getppid();
	int r = deep(n - 1);
	__asm__ volatile("" ::: "memory");
	return r;
}

/* getpid from code in an anonymous mapping: mov $39,%eax; syscall; ret */
static void __attribute__((noinline)) from_anonymous_code(void)
{
	static const unsigned char code[] = { 0xb8, 39, 0, 0, 0, 0x0f, 0x05, 0xc3 };
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return;
	memcpy(p, code, sizeof(code));
	((int (*)(void))p)();
	munmap(p, 4096);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "exec")) {
		middle("after exec\n");
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "orphan")) {
		pthread_t t;
		pthread_create(&t, NULL, orphan_main, "orphan\n");
		pthread_exit(NULL);
	}
	middle("hello\n");
	pid_t pid = fork();
	if (pid == 0) {
		middle("child\n");
		/* the parent is in wait4 when SIGCHLD comes (not still leaving fork: timing) */
		struct timespec settle = { 0, 50 * 1000 * 1000 };
		nanosleep(&settle, NULL);
		_exit(3);
	}
	waitpid(pid, NULL, 0);
	pthread_t t;
	pthread_create(&t, NULL, thread_main, "thread\n");
	pthread_join(t, NULL);
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	signal(SIGUSR2, on_usr2);
	raise(SIGUSR2);
	deep(300);
	from_anonymous_code();
	void *h = dlopen("libm.so.6", RTLD_NOW);
	if (h) {
		double (*cosine)(double) = (double (*)(double))dlsym(h, "cos");
		if (cosine && cosine(0.0) == 1.0)
			middle("libm\n");
		dlclose(h);
	}
	execl("/proc/self/exe", argv[0], "exec", (char *)NULL);
	return 1;
}
