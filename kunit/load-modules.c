// SPDX-License-Identifier: GPL-2.0
/*
 * /init of the modules boot (scripts/modules): loads the modules named in
 * /modules, one a line, in that order, and prints "MODLOAD <name> <errno>"
 * for each, then "MODLOAD done", and powers the machine off (QEMU runs with
 * -no-reboot).  KUnit modules run their suites while they load.
 *
 * Built static against the kernel's own nolibc, so that no C library of
 * the target is needed.  Numbers are printed by hand: in a first draft,
 * nolibc's printf() of a non-zero number killed init with SIGILL on arm.
 */
#include <linux/reboot.h>

static void say(const char *s)
{
	write(1, s, strlen(s));
}

static void say_uint(unsigned int n)
{
	static const unsigned int pow10[] = {
		1000000000, 100000000, 10000000, 1000000, 100000,
		10000, 1000, 100, 10, 1,
	};
	char buf[11];
	int i, len = 0;

	for (i = 0; i < 10; i++) {
		char digit = '0';

		while (n >= pow10[i]) {
			n -= pow10[i];
			digit++;
		}
		if (len || digit != '0' || i == 9)
			buf[len++] = digit;
	}
	buf[len] = '\0';
	say(buf);
}

int main(void)
{
	static char list[4096];
	char *name, *next;
	ssize_t n;
	int fd;

	fd = open("/modules", O_RDONLY);
	n = fd < 0 ? 0 : read(fd, list, sizeof(list) - 1);
	list[n > 0 ? n : 0] = '\0';
	for (name = list; *name; name = next) {
		long rc;
		int mfd;

		next = strchr(name, '\n');
		if (next)
			*next++ = '\0';
		else
			next = name + strlen(name);
		if (!*name)
			continue;
		mfd = open(name, O_RDONLY);
		rc = mfd < 0 ? -ENOENT :
		     syscall(__NR_finit_module, mfd, "", 0) ? -errno : 0;
		say("MODLOAD ");
		say(name);
		say(" ");
		say_uint(rc < 0 ? -rc : 0);
		say("\n");
		if (mfd >= 0)
			close(mfd);
	}
	say("MODLOAD done\n");
	reboot(LINUX_REBOOT_CMD_POWER_OFF);
	return 0;
}
