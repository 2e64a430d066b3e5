#!/bin/bash
# WIP: the tests as modules on ARCH's kunit config.
set -euo pipefail
cd /work/main
. scripts/common.sh
arch=$1
src=$BUILD/kunit-$arch
out=$BUILD/modules-$arch
mkdir -p "$out"
cp "$src/.config" "$out/.config"
"$LINUX/scripts/config" --file "$out/.config" -e MODULES -e MODULE_UNLOAD \
	-m DMA_MAPPING_KUNIT_TEST -m TEST_BITMAP -m FIND_BIT_BENCHMARK \
	-e RUNTIME_TESTING_MENU -e BLK_DEV_INITRD
t0=$SECONDS
kmake "$LINUX" "$out" "$arch" olddefconfig
grep -E "MODULES=|DMA_MAPPING_KUNIT_TEST|DMA_COHERENT_KUNIT|TEST_BITMAP|FIND_BIT_BENCH" "$out/.config"
kmake "$LINUX" "$out" "$arch" all
echo "built in $((SECONDS - t0)) s"
find "$out" -name '*.ko' | sed "s|$out/||"
