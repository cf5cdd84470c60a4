/*
 * net_edge.c - edge cases of the address/length pairs: recvfrom, accept,
 * getsockname with NULL or bad pointers, short and negative lengths,
 * truncated datagrams, sendto with zero lengths.
 */
#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/syscall.h>
#include <netinet/in.h>
#include <string.h>
#include <unistd.h>
int main(void){
 int sv[2]; socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
 char b[16]; struct sockaddr_storage ss; socklen_t l = sizeof ss;
 send(sv[0], "a", 1, 0); recvfrom(sv[1], b, 16, 0, NULL, &l);
 send(sv[0], "b", 1, 0); recvfrom(sv[1], b, 16, 0, (void*)&ss, NULL);
 send(sv[0], "c", 1, 0); recvfrom(sv[1], b, 16, 0, (void*)&ss, (void*)8);
 send(sv[0], "d", 1, 0); l = 1; recvfrom(sv[1], b, 16, 0, (void*)&ss, &l);
 send(sv[0], "e", 1, 0); l = -1; recvfrom(sv[1], b, 16, 0, (void*)&ss, &l);
 send(sv[0], "f", 1, 0); recvfrom(sv[1], NULL, 0, MSG_TRUNC, NULL, NULL);
 send(sv[0], "ghijkl", 6, 0); recvfrom(sv[1], b, 3, 0, NULL, NULL);
 l = sizeof ss; getsockname(sv[0], (void*)&ss, &l);
 l = sizeof ss; getsockname(sv[0], (void*)8, &l);
 getsockname(sv[0], (void*)&ss, (void*)8);
 l = 0; getsockname(sv[0], (void*)&ss, &l);
 l = -5; getsockname(sv[0], (void*)&ss, &l);
 l = sizeof ss; getpeername(sv[0], (void*)&ss, &l);
 struct sockaddr_in a = {AF_INET, htons(1), {0}};
 sendto(sv[0], "x", 1, 0, (void*)&a, 0);
 sendto(sv[0], "x", 1, 0, NULL, 16);
 sendto(sv[0], NULL, 1, 0, NULL, 0);
 sendto(sv[0], (void*)8, 1, 0, NULL, 0);
 sendto(sv[0], "xyz", 0, 0, NULL, 0);
 l = sizeof ss; accept(sv[0], NULL, &l);
 accept(sv[0], (void*)&ss, NULL);
 l = sizeof ss; accept4(sv[0], (void*)&ss, &l, 0);
 int ls = socket(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0); listen(ls, 1);
 l = sizeof ss; accept(ls, (void*)&ss, &l);
 l = sizeof ss; getsockname(ls, (void*)&ss, &l);
 return 0;}
