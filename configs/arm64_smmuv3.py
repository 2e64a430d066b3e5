# kunit.py --qemu_config: arm64 virt with an SMMUv3 in front of the PCI host
# bridge and QEMU's pci-testdev (1b36:0005), which the dma_mapping_iommu
# suite binds and allocates for: dma-iommu on a real IOMMU driver.  The
# kconfig string must stay that of arm64.py: both targets run on one kernel.
from ..qemu_config import QemuArchParams

QEMU_ARCH = QemuArchParams(linux_arch='arm64',
			   kconfig='''
CONFIG_SERIAL_AMBA_PL011=y
CONFIG_SERIAL_AMBA_PL011_CONSOLE=y''',
			   qemu_arch='aarch64',
			   kernel_path='arch/arm64/boot/Image.gz',
			   kernel_command_line='console=ttyAMA0',
			   extra_qemu_params=['-machine', 'virt,iommu=smmuv3',
					      '-cpu', 'cortex-a57', '-m', '4G',
					      '-device', 'pci-testdev'])
