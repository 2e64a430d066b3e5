# kunit.py --qemu_config: the arm64 target (arm64.py) with an SMMUv3 in
# front of the PCI host bridge and QEMU's pci-testdev (1b36:0005), which the
# IOMMU suites bind and allocate for: dma-iommu on a real IOMMU driver.
# Derived from arm64.py so that both targets run on one kernel.
import dataclasses
import importlib.util
import os

# kunit.py loads these files by path under a synthetic module name; load
# the sibling the same way so its relative import resolves alike.
_spec = importlib.util.spec_from_file_location(
	__name__.replace('arm64_smmuv3', 'arm64'),
	os.path.join(os.path.dirname(__file__), 'arm64.py'))
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)

QEMU_ARCH = dataclasses.replace(
	_base.QEMU_ARCH,
	extra_qemu_params=['virt,iommu=smmuv3' if p == 'virt' else p
			   for p in _base.QEMU_ARCH.extra_qemu_params] +
		['-device', 'pci-testdev'])
