# kunit.py --qemu_config: the arm target (arm.py) booted with QEMU's own device
# tree extended by configs/virt-pool.dtso (scripts/mkboot): a 64 MiB
# per-device coherent pool for the dma_coherent suites.  Derived from
# arm.py so that both targets run on one kernel.
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

QEMU_ARCH = sibling.with_dtb(__name__, __file__, 'arm', 'arm-pool.dtb')
