// SPDX-License-Identifier: GPL-2.0
/*
 * DRAFT: /init of the modules boot that item 8 of
 * issue 19 asks for.  Built with the kernel's nolibc, static, for the
 * arch's cross compiler:
 *
 *   ${CROSS}gcc -Os -static -nostdlib -fno-asynchronous-unwind-tables \
 *     -I$O/usr/include -include tools/include/nolibc/nolibc.h \
 *     -o init modinit.c -lgcc
 *
 * ($O/usr/include from "make O=$O headers").  The initramfs (made with
 * $O/usr/gen_init_cpio: /init, /dev/console, the .ko files) lists the
 * modules in /modules, one name a line, in load order.  KUnit modules run
 * their suites when loaded (kunit.filter_glob on the command line applies
 * to them since 6.6), test_bitmap prints its own verdict and fails its
 * load on a failed case; every load's result is printed as
 * "MODLOAD <name> <errno>" for the harness to count.
 */
#include <linux/reboot.h>

static void say(const char *s)
{
	write(1, s, strlen(s));
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
		rc = mfd < 0 ? -errno :
		     syscall(__NR_finit_module, mfd, "", 0) ? -errno : 0;
		printf("MODLOAD %s %ld\n", name, -rc);
		if (mfd >= 0)
			close(mfd);
	}
	say("MODLOAD done\n");
	reboot(LINUX_REBOOT_CMD_RESTART);	/* QEMU runs with -no-reboot */
	return 0;
}
