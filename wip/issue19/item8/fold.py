#!/usr/bin/env python3
"""Rewrite the commits base..dma-alloc of build/linux so that item 8's
changes live in the patches that introduce the lines they touch: each
commit's snapshot of six files is transformed, the commit re-created with
its own message and author.  Prints the new tip."""
import os, re, subprocess, sys

def git(*a, inp=None, env=None):
    return subprocess.run(['git', *a], input=inp, capture_output=True,
                          check=True, env=env).stdout

def show(c, p):
    r = subprocess.run(['git', 'show', f'{c}:{p}'], capture_output=True)
    return r.stdout.decode() if r.returncode == 0 else None

def must(s, old, new, what):
    if old not in s:
        sys.exit(f'{what}: anchor not found: {old[:60]!r}')
    return s.replace(old, new, 1)

def iommu_kconfig(s):
    old = '# Selected by tests that register a mock IOMMU on a bus of their own.\nconfig IOMMU_TEST_BUS\n\tbool\n'
    if 'config IOMMU_TEST_BUS' not in s:
        return s
    return must(s, old, '''config IOMMU_TEST_BUS
	bool "Let in-kernel tests register a mock IOMMU"
	depends on IOMMU_API
	help
	  Lets tests register a mock IOMMU driver for the devices of a bus
	  of their own, without touching the real ones: the iommufd
	  selftest (which selects this) and the DMA mapping KUnit tests on
	  32-bit ARM.  Say N unless you run those tests.
''', 'iommu/Kconfig')

def dma_kconfig(s):
    if 'config DMA_MAPPING_KUNIT_TEST' in s:
        s = must(s, '\tdepends on KUNIT && HAS_DMA && MMU\n',
                 '\tdepends on KUNIT && HAS_DMA && MMU\n'
                 '\t# dma_to_phys() is out of line and not exported there\n'
                 '\tdepends on !(MIPS && ARCH_HAS_PHYS_TO_DMA) || !MODULES\n',
                 'mips')
    for l in ('IOMMU_API', 'ARM_DMA_USE_IOMMU', 'IOMMU_TEST_BUS'):
        s = s.replace(f'\tselect {l} if ARM && IOMMU_SUPPORT\n', '')
    s = s.replace('''	  On 32-bit ARM with IOMMU_SUPPORT, two suites run the cases on the
	  arm32 IOMMU dma_map_ops (ARM_DMA_USE_IOMMU, which this selects)
	  with a device behind a mock IOMMU, and inject IOMMU map failures.
''', '''	  With the arm32 IOMMU dma_map_ops (ARM_DMA_USE_IOMMU, which an
	  arm32 IOMMU driver such as ARM_SMMU selects) and IOMMU_TEST_BUS,
	  two suites run the cases on a device behind a mock IOMMU, and
	  inject IOMMU map failures.
''')
    if 'config DMA_COHERENT_KUNIT_TEST' in s:
        s = must(s, '''config DMA_COHERENT_KUNIT_TEST
	tristate "KUnit tests for DMA coherent memory pools" if !KUNIT_ALL_TESTS
	depends on KUNIT && HAS_DMA && HAS_IOMEM
	default KUNIT_ALL_TESTS
	select DMA_DECLARE_COHERENT
''', '''# Built in only: dma_declare_coherent_memory() is platform code's, and not
# exported.
config DMA_COHERENT_KUNIT_TEST
	bool "KUnit tests for DMA coherent memory pools" if !KUNIT_ALL_TESTS
	depends on KUNIT=y && DMA_DECLARE_COHERENT
	default KUNIT_ALL_TESTS
''', 'coherent kconfig')
        s = must(s, '''	  x86).  Without one its cases skip.
''', '''	  x86).  Without one its cases skip.  DMA_DECLARE_COHERENT, which
	  the tests need, comes with device tree support (OF) or the
	  architecture.
''', 'coherent help')
    return s

def kunitconfig(s):
    if 'CONFIG_DMA_COHERENT_KUNIT_TEST=y\n' not in s:
        return s
    return must(s, 'CONFIG_DMA_COHERENT_KUNIT_TEST=y\n',
                'CONFIG_DMA_COHERENT_KUNIT_TEST=y\n'
                '# DMA_DECLARE_COHERENT, which the pool tests need, on every arch\n'
                'CONFIG_OF=y\n', 'kunitconfig')

def coherent_c(s):
    s = s.replace('#include <kunit/visibility.h>\n', '')
    s = s.replace('EXPORT_SYMBOL_IF_KUNIT(dma_declare_coherent_memory);\n', '')
    s = s.replace('EXPORT_SYMBOL_IF_KUNIT(dma_release_coherent_memory);\n', '')
    return s

def coherent_kunit(s):
    return s.replace('MODULE_IMPORT_NS("EXPORTED_FOR_KUNIT_TESTING");\n', '')

ARM_DEF = ('#define DMA_KUNIT_ARM_IOMMU \\\n'
           '\t(IS_ENABLED(CONFIG_ARM_DMA_USE_IOMMU) && IS_ENABLED(CONFIG_IOMMU_TEST_BUS))\n')

def mapping_kunit(s):
    if 'CONFIG_ARM_DMA_USE_IOMMU' not in s:
        return s
    s = must(s, ''' * With the arm32 IOMMU dma_map_ops (ARM_DMA_USE_IOMMU), which no emulated
 * machine drives, the dma_mapping_arm_iommu suite runs the cases on a device
 * behind a mock IOMMU, whose page table they check in the same way, and the
 * dma_arm_iommu suite makes the mock fail map calls.
''', ''' * With the arm32 IOMMU dma_map_ops (ARM_DMA_USE_IOMMU), which no emulated
 * machine drives, and IOMMU_TEST_BUS, the dma_mapping_arm_iommu suite runs
 * the cases on a device behind a mock IOMMU, whose page table they check in
 * the same way, and the dma_arm_iommu suite makes the mock fail map calls.
''', 'mk header')
    s = s.replace('#if DMA_KUNIT_PCI_IOMMU || IS_ENABLED(CONFIG_ARM_DMA_USE_IOMMU)\n',
                  '#if DMA_KUNIT_PCI_IOMMU || DMA_KUNIT_ARM_IOMMU\n')
    s = s.replace('#endif /* DMA_KUNIT_PCI_IOMMU || CONFIG_ARM_DMA_USE_IOMMU */\n',
                  '#endif /* DMA_KUNIT_PCI_IOMMU || DMA_KUNIT_ARM_IOMMU */\n')
    s = s.replace('#endif /* CONFIG_ARM_DMA_USE_IOMMU */\n',
                  '#endif /* DMA_KUNIT_ARM_IOMMU */\n')
    pci = '#define DMA_KUNIT_PCI_IOMMU \\\n\t(IS_ENABLED(CONFIG_PCI) && IS_ENABLED(CONFIG_IOMMU_DMA))\n'
    if pci in s:
        s = s.replace(pci, pci + ARM_DEF, 1)
        s = must(s, '#if IS_ENABLED(CONFIG_ARM_DMA_USE_IOMMU)\n',
                 '#if DMA_KUNIT_ARM_IOMMU\n', 'arm if')
    else:
        s = must(s, '#if IS_ENABLED(CONFIG_ARM_DMA_USE_IOMMU)\n',
                 '/* The arm32 IOMMU dma_map_ops, with a mock IOMMU on a bus of its own. */\n'
                 + ARM_DEF + '\n#if DMA_KUNIT_ARM_IOMMU\n', 'arm if')
    if 'CONFIG_ARM_DMA_USE_IOMMU' in s.replace(ARM_DEF, ''):
        sys.exit('mapping_kunit.c: CONFIG_ARM_DMA_USE_IOMMU left')
    return s

MESSAGES = [
    ("""QEMU, and is most useful with CONFIG_DMA_API_DEBUG=y.
""", """QEMU, and is most useful with CONFIG_DMA_API_DEBUG=y.

The test reads dma_to_phys(), which MIPS platforms with
ARCH_HAS_PHYS_TO_DMA define out of line and do not export, so it cannot
be a module there.
"""),
    ("""that 32-bit ARM drives.  Build the helpers when a new hidden symbol,
IOMMU_TEST_BUS, is selected, and have IOMMUFD_TEST select it.  The
""", """that 32-bit ARM drives.  Build the helpers with a new symbol,
IOMMU_TEST_BUS, which IOMMUFD_TEST selects and a test configuration can
switch on; its prompt says to leave it off otherwise.  The
"""),
    ("""On ARM with IOMMU_SUPPORT the test selects ARM_DMA_USE_IOMMU, IOMMU_API
and IOMMU_TEST_BUS, which is all the mock needs.
""", """The suites are built where the kernel has the arm32 IOMMU ops
(ARM_DMA_USE_IOMMU, which an arm32 IOMMU driver such as ARM_SMMU
selects) and IOMMU_TEST_BUS.  The test selects neither: a
KUNIT_ALL_TESTS kernel would otherwise get the arm32 IOMMU ops, and the
larger struct device that comes with them, whether it has an IOMMU or
not.
"""),
    ("""dma_declare_coherent_memory() and dma_release_coherent_memory() are
exported to KUnit tests only.  The test selects DMA_DECLARE_COHERENT, so
that it also runs where nothing else does, such as on x86.
""", """dma_declare_coherent_memory() is platform code's and not exported, so
the test is built in only (KUNIT=y), rather than exporting it to every
kernel with KUNIT=m.  It depends on DMA_DECLARE_COHERENT, which device
tree support provides; kernel/dma/.kunitconfig asks for OF so that
"kunit.py run --kunitconfig=kernel/dma" runs it on every architecture,
x86 and User-Mode Linux included.
"""),
]

def fix_message(m):
    for old, new in MESSAGES:
        m = m.replace(old, new)
    return m.rstrip() + '\n'

FILES = {
    'drivers/iommu/Kconfig': iommu_kconfig,
    'kernel/dma/Kconfig': dma_kconfig,
    'kernel/dma/.kunitconfig': kunitconfig,
    'kernel/dma/coherent.c': coherent_c,
    'kernel/dma/coherent_kunit.c': coherent_kunit,
    'kernel/dma/mapping_kunit.c': mapping_kunit,
}

base, tip = sys.argv[1], sys.argv[2]
commits = git('rev-list', '--reverse', f'{base}..{tip}').decode().split()
parent = git('rev-parse', base).decode().strip()
idx = '/tmp/fold.index'
for c in commits:
    env = dict(os.environ, GIT_INDEX_FILE=idx)
    git('read-tree', c, env=env)
    for path, fn in FILES.items():
        old = show(c, path)
        if old is None:
            continue
        new = fn(old)
        if new != old:
            blob = git('hash-object', '-w', '--stdin', inp=new.encode()).decode().strip()
            mode = '100644'
            git('update-index', '--cacheinfo', f'{mode},{blob},{path}', env=env)
    tree = git('write-tree', env=env).decode().strip()
    fmt = git('log', '-1', '--format=%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd', '--date=raw', c).decode().split('\0')
    env.update(GIT_AUTHOR_NAME=fmt[0], GIT_AUTHOR_EMAIL=fmt[1], GIT_AUTHOR_DATE=fmt[2],
               GIT_COMMITTER_NAME=fmt[3], GIT_COMMITTER_EMAIL=fmt[4], GIT_COMMITTER_DATE=fmt[5].strip())
    msg = fix_message(git('log', '-1', '--format=%B', c).decode()).encode()
    parent = git('commit-tree', tree, '-p', parent, inp=msg, env=env).decode().strip()
print(parent)
