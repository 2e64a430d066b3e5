#!/bin/bash
# WIP: boot ARCH's modules kernel with an initramfs that loads the modules.
set -euo pipefail
cd /work/main
. scripts/common.sh
arch=$1
out=$BUILD/modules-$arch
work=$out/initramfs
rm -rf "$work"; mkdir -p "$work"
kmake "$LINUX" "$out" "$arch" headers >/dev/null
"$(cross_compile "$arch")gcc" -Os -static -nostdlib -fno-asynchronous-unwind-tables \
	-fno-stack-protector $([ "$arch" = arm ] && echo -marm) -I"$out/usr/include" \
	-include "$LINUX/tools/include/nolibc/nolibc.h" \
	-o "$work/init" "$TOP/wip/issue19/item8/modinit.c" -lgcc
mods=(kernel/dma/mapping_kunit.ko lib/test_bitmap.ko lib/find_bit_benchmark.ko)
{
	echo "dir /dev 0755 0 0"
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "file /init $work/init 0755 0 0"
	for m in "${mods[@]}"; do
		echo "file /${m##*/} $out/$m 0644 0 0"
	done
	printf '%s\n' "${mods[@]##*/}" > "$work/modules"
	echo "file /modules $work/modules 0644 0 0"
} > "$work/list"
"$out/usr/gen_init_cpio" "$work/list" > "$work/initramfs.cpio"
case $arch in
arm) q=(qemu-system-arm -machine virt -m 1G -kernel "$out/arch/arm/boot/zImage"
	-append "console=ttyAMA0 kunit.filter_glob=dma_mapping*") ;;
x86_64) q=(qemu-system-x86_64 -m 1G -kernel "$out/arch/x86/boot/bzImage"
	-append "console=ttyS0 kunit.filter_glob=dma_mapping") ;;
esac
timeout 900 "${q[@]}" -accel tcg -initrd "$work/initramfs.cpio" -nographic -no-reboot \
	-serial mon:stdio < /dev/null > "$out/console.log" 2>&1 || echo "qemu exit $?"
grep -E "MODLOAD|^ *(not )?ok [0-9]+ dma|test_bitmap:|find_bit|Kernel panic|BUG:" "$out/console.log" | head -60
