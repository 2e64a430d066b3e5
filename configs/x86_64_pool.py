# kunit.py --qemu_config: the x86_64 target (x86_64.py) with 64 MiB at
# 1 GiB kept out of RAM (memmap=) and handed to the dma_coherent suites as
# the test device's pool (dma_declare_coherent_memory()).  Below 4 GiB, so
# that the cases' 32-bit mask reaches it.  Derived from x86_64.py so that
# both targets run on one kernel.
import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

_base = sibling.load(__name__, __file__, 'x86_64').QEMU_ARCH

QEMU_ARCH = dataclasses.replace(
	_base,
	kernel_command_line=_base.kernel_command_line +
		' memmap=64M$0x40000000 coherent_kunit.pool=64M@0x40000000')
