# kunit.py --qemu_config: x86_64 q35, dma-direct.
# 6 GiB puts RAM above 4 GiB, so 32-bit masks exercise ZONE_DMA32 and
# swiotlb bouncing instead of passing trivially.
from ..qemu_config import QemuArchParams

QEMU_ARCH = QemuArchParams(linux_arch='x86_64',
			   kconfig='''
CONFIG_SERIAL_8250=y
CONFIG_SERIAL_8250_CONSOLE=y''',
			   qemu_arch='x86_64',
			   kernel_path='arch/x86/boot/bzImage',
			   kernel_command_line='console=ttyS0',
			   extra_qemu_params=['-machine', 'q35', '-bios', 'qboot.rom',
					      '-m', '6G'])
