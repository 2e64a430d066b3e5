# kunit.py --qemu_config: 32-bit ARM without an MMU, QEMU's mps2-an385
# (Cortex-M3, 16 MiB at 0x21000000), for the default coherent pool that ARM
# uses without an MMU (DMA_GLOBAL_POOL).  Its own kernel: configs/arm-nommu.*.
#
# QEMU has no Linux boot protocol for M-profile CPUs: it loads vmlinux's
# segments where they are linked, the boot stub at address 0 and the device
# tree (both from scripts/mkboot), and starts from the stub.  Nor does it
# pass the command line: the device tree's bootargs stand in for kunit.py's
# (configs/mps2-pool.dtso).
import os
import sys

from ..qemu_config import QemuArchParams

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

QEMU_ARCH = QemuArchParams(linux_arch='arm',
			   kconfig='',
			   qemu_arch='arm',
			   kernel_path='vmlinux',
			   kernel_command_line='',
			   extra_qemu_params=[
				   '-machine', 'mps2-an385', '-m', '16M',
				   '-device', 'loader,addr=0,force-raw=on,file=' +
				   sibling.boot_file('mps2-boot.bin'),
				   '-device', 'loader,addr=0x20000000,force-raw=on,file=' +
				   sibling.boot_file('mps2-an385-pool.dtb')])
