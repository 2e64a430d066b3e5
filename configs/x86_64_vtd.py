# kunit.py --qemu_config: the x86_64 target (x86_64.py) plus an Intel IOMMU
# (VT-d) and QEMU's pci-testdev (1b36:0005), which the IOMMU suites bind and
# allocate for: dma-iommu on a real IOMMU driver.  Derived from x86_64.py so
# that both targets run on one kernel.
# intel-iommu must come before the PCI devices it translates; interrupt
# remapping would need a split irqchip and is not what is tested.
import dataclasses
import importlib.util
import os

# kunit.py loads these files by path under a synthetic module name; load
# the sibling the same way so its relative import resolves alike.
_spec = importlib.util.spec_from_file_location(
	__name__.replace('x86_64_vtd', 'x86_64'),
	os.path.join(os.path.dirname(__file__), 'x86_64.py'))
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)

QEMU_ARCH = dataclasses.replace(
	_base.QEMU_ARCH,
	kernel_command_line=_base.QEMU_ARCH.kernel_command_line + ' intel_iommu=on',
	extra_qemu_params=_base.QEMU_ARCH.extra_qemu_params +
		['-device', 'intel-iommu,intremap=off', '-device', 'pci-testdev'])
