# kunit.py --qemu_config: the arm64 target (arm64.py) with an SMMUv3 in
# front of the PCI host bridge and QEMU's pci-testdev (1b36:0005), which the
# IOMMU suites bind and allocate for: dma-iommu on a real IOMMU driver.
# Derived from arm64.py so that both targets run on one kernel.
import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

_base = sibling.load(__name__, __file__, 'arm64').QEMU_ARCH

QEMU_ARCH = dataclasses.replace(
	_base,
	extra_qemu_params=['virt,iommu=smmuv3' if p == 'virt' else p
			   for p in _base.extra_qemu_params] +
		['-device', 'pci-testdev'])
