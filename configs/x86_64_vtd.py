# kunit.py --qemu_config: x86_64 q35 with an Intel IOMMU (VT-d) and QEMU's
# pci-testdev (1b36:0005), which the dma_mapping_iommu suite binds and
# allocates for: dma-iommu on a real IOMMU driver.  The kconfig string must
# stay that of x86_64.py: both targets run on one kernel.
# intel-iommu must come before the PCI devices it translates; interrupt
# remapping would need a split irqchip and is not what is tested.
from ..qemu_config import QemuArchParams

QEMU_ARCH = QemuArchParams(linux_arch='x86_64',
			   kconfig='''
CONFIG_SERIAL_8250=y
CONFIG_SERIAL_8250_CONSOLE=y''',
			   qemu_arch='x86_64',
			   kernel_path='arch/x86/boot/bzImage',
			   kernel_command_line='console=ttyS0 intel_iommu=on',
			   extra_qemu_params=['-machine', 'q35', '-bios', 'qboot.rom',
					      '-m', '6G',
					      '-device', 'intel-iommu,intremap=off',
					      '-device', 'pci-testdev'])
