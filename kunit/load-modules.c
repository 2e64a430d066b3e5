// SPDX-License-Identifier: GPL-2.0
/*
 * /init of the modules boot (scripts/modules): loads the modules named in
 * /modules, one a line, in that order, and logs "MODLOAD <name> <errno>"
 * for each, then "MODLOAD done", and powers the machine off (QEMU runs with
 * -no-reboot).  KUnit modules run their suites while they load.
 *
 * Built static against the kernel's own nolibc, so that no C library of
 * the target is needed.  Numbers are printed by hand: in a first draft,
 * nolibc's printf() of a non-zero number killed init with SIGILL on arm.
 */
#include <linux/reboot.h>

/*
 * One line a record in the kernel's log, so that it cannot interleave with
 * what the modules print (the console, fd 1, is written to beside printk).
 */
static char line[256];
static size_t line_len;
static int log_fd = 1;

static void say(const char *s)
{
	size_t n = strlen(s);

	if (n > sizeof(line) - line_len)
		n = sizeof(line) - line_len;
	memcpy(line + line_len, s, n);
	line_len += n;
	if (line_len && line[line_len - 1] == '\n') {
		write(log_fd, line, line_len);
		line_len = 0;
	}
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

	fd = open("/dev/kmsg", O_WRONLY);
	if (fd >= 0)
		log_fd = fd;
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
