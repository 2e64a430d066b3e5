# kunit.py --qemu_config: the x86_64 target (x86_64.py) plus an Intel IOMMU
# (VT-d) and QEMU's pci-testdev (1b36:0005), which the IOMMU suites bind and
# allocate for: dma-iommu on a real IOMMU driver.  Derived from x86_64.py so
# that both targets run on one kernel.
# intel-iommu must come before the PCI devices it translates; interrupt
# remapping would need a split irqchip and is not what is tested.
import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

_base = sibling.load(__name__, __file__, 'x86_64').QEMU_ARCH

QEMU_ARCH = dataclasses.replace(
	_base,
	kernel_command_line=_base.kernel_command_line + ' intel_iommu=on',
	extra_qemu_params=_base.extra_qemu_params +
		['-device', 'intel-iommu,intremap=off', '-device', 'pci-testdev'])
