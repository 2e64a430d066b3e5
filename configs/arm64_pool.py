# kunit.py --qemu_config: the arm64 target (arm64.py) booted with QEMU's own device
# tree extended by configs/virt-pool.dtso (scripts/mkboot): a 64 MiB
# per-device coherent pool for the dma_coherent suites.  Derived from
# arm64.py so that both targets run on one kernel.
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sibling  # noqa: E402

QEMU_ARCH = sibling.with_dtb(__name__, __file__, 'arm64', 'arm64-pool.dtb')
