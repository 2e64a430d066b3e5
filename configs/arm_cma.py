# kunit.py --qemu_config: the arm target (arm.py) booted with a default CMA
# area, which CMA places in the highmem of its 1 GiB: the page allocators
# must not hand out CMA pages that have no kernel address.  Derived from
# arm.py so that both targets run on one kernel.
import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

_base = sibling.load(__name__, __file__, 'arm').QEMU_ARCH

QEMU_ARCH = dataclasses.replace(
	_base,
	kernel_command_line=_base.kernel_command_line + ' cma=64M')
