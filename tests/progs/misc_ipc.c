/*
 * misc_ipc.c - SysV shared memory, semaphores and message queues (get, ctl
 * commands, op/snd/rcv with real and bogus buffers), and POSIX message queues.
 * Runs in a new IPC namespace (as root) so identifiers are the same every run.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	if (syscall(SYS_unshare, 0x08000000 /* CLONE_NEWIPC */) != 0)
		return 1;
	int id = syscall(SYS_shmget, IPC_PRIVATE, 8192, IPC_CREAT | 0600);
	syscall(SYS_shmget, 0x1234, 4096, IPC_CREAT | IPC_EXCL | SHM_HUGETLB | 0644);
	syscall(SYS_shmget, 0x1234, 4096, 0);
	void *p = (void *)syscall(SYS_shmat, id, NULL, SHM_RDONLY);
	syscall(SYS_shmat, id, (void *)0x10000, SHM_RND | SHM_REMAP);
	syscall(SYS_shmat, -1, NULL, 0);
	struct shmid_ds ds;
	syscall(SYS_shmctl, id, IPC_STAT, &ds);
	syscall(SYS_shmctl, id, IPC_STAT | 0x100, &ds);
	syscall(SYS_shmctl, id, IPC_SET, &ds);
	syscall(SYS_shmctl, id, SHM_LOCK, NULL);
	syscall(SYS_shmctl, id, SHM_UNLOCK, NULL);
	syscall(SYS_shmctl, 0, IPC_INFO, &ds);
	syscall(SYS_shmctl, 0, SHM_INFO, &ds);
	syscall(SYS_shmctl, 0, SHM_STAT, &ds);
	syscall(SYS_shmctl, id, 99, &ds);
	syscall(SYS_shmdt, p);
	syscall(SYS_shmctl, id, IPC_RMID, NULL);

	int s = syscall(SYS_semget, IPC_PRIVATE, 3, IPC_CREAT | 0600);
	syscall(SYS_semget, 0x4321, 1, IPC_CREAT | IPC_EXCL | IPC_NOWAIT | 0666);
	struct sembuf ops[3] = { { 0, 1, 0 }, { 1, 0, IPC_NOWAIT }, { 2, -1, SEM_UNDO | IPC_NOWAIT } };
	syscall(SYS_semop, s, ops, 1);
	syscall(SYS_semop, s, ops, 3);
	syscall(SYS_semop, s, NULL, 1);
	struct timespec ts = { 0, 1000 };
	syscall(SYS_semtimedop, s, ops, 1, &ts);
	syscall(SYS_semtimedop, s, ops, 2, NULL);
	unsigned short vals[3] = { 1, 2, 3 };
	struct semid_ds sds;
	syscall(SYS_semctl, s, 0, IPC_STAT, &sds);
	syscall(SYS_semctl, s, 0, SETALL, vals);
	syscall(SYS_semctl, s, 0, GETALL, vals);
	syscall(SYS_semctl, s, 1, GETVAL, NULL);
	syscall(SYS_semctl, s, 1, SETVAL, 5);
	syscall(SYS_semctl, s, 1, GETPID, NULL);
	syscall(SYS_semctl, s, 1, GETNCNT, NULL);
	syscall(SYS_semctl, s, 1, GETZCNT, NULL);
	syscall(SYS_semctl, 0, 0, SEM_INFO, &sds);
	syscall(SYS_semctl, s, 0, IPC_RMID, NULL);

	int q = syscall(SYS_msgget, IPC_PRIVATE, IPC_CREAT | 0600);
	struct { long mtype; char mtext[16]; } msg = { 7, "hello, queue" };
	syscall(SYS_msgsnd, q, &msg, 12, 0);
	syscall(SYS_msgsnd, q, &msg, 5, IPC_NOWAIT);
	syscall(SYS_msgrcv, q, &msg, sizeof(msg.mtext), 0, IPC_NOWAIT);
	syscall(SYS_msgrcv, q, &msg, 3, 7, IPC_NOWAIT | MSG_NOERROR);
	syscall(SYS_msgrcv, q, &msg, 3, (long)-5, IPC_NOWAIT | MSG_EXCEPT);
	struct msqid_ds mds;
	syscall(SYS_msgctl, q, IPC_STAT, &mds);
	syscall(SYS_msgctl, q, MSG_INFO, &mds);
	syscall(SYS_msgctl, q, IPC_RMID, NULL);

	struct mq_attr attr = { 0, 4, 32, 0 };
	int mq = syscall(SYS_mq_open, "sctrace-test", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
	syscall(SYS_mq_open, "sctrace-none", O_RDONLY, 0, NULL);
	syscall(SYS_mq_timedsend, mq, "message", 7, 3, NULL);
	syscall(SYS_mq_timedsend, mq, "second", 6, 1, &ts);
	char buf[64];
	unsigned prio;
	syscall(SYS_mq_timedreceive, mq, buf, sizeof(buf), &prio, NULL);
	syscall(SYS_mq_timedreceive, mq, buf, sizeof(buf), NULL, &ts);
	syscall(SYS_mq_timedreceive, mq, buf, sizeof(buf), &prio, &ts);
	struct sigevent sev = { 0 };
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR2;
	syscall(SYS_mq_notify, mq, &sev);
	syscall(SYS_mq_notify, mq, NULL);
	struct mq_attr na = { O_NONBLOCK, 0, 0, 0 }, oa;
	syscall(SYS_mq_getsetattr, mq, &na, &oa);
	syscall(SYS_mq_getsetattr, mq, NULL, &oa);
	close(mq);
	syscall(SYS_mq_unlink, "sctrace-test");
	syscall(SYS_mq_unlink, "sctrace-test");
	return 0;
}
