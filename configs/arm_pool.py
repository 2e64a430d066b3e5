# kunit.py --qemu_config: the arm target (arm.py) booted with QEMU's own device
# tree extended by configs/virt-pool.dtso (scripts/mkboot): a 64 MiB
# per-device coherent pool for the dma_coherent suites.  Derived from
# arm.py so that both targets run on one kernel.
import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

_base = sibling.load(__name__, __file__, 'arm').QEMU_ARCH

QEMU_ARCH = dataclasses.replace(
	_base,
	extra_qemu_params=_base.extra_qemu_params +
		['-dtb', sibling.boot_file('arm-pool.dtb')])
