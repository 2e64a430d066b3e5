#!/bin/bash
# One-off proofs for issue 19 on the arm kernel, run in three steps on one
# tree so that the builds after the first are incremental:
#  A  issue19~1 (no atomic-alloc fix): arm-iommu-cma (expect pass),
#     dma_arm_iommu on arm-iommu (expect dma_kunit_mock_alloc_atomic to fail
#     if __iommu_alloc_simple() really maps stray pages)
#  B  A with "don't hand out highmem CMA pages" reverted: arm-iommu-cma
#     (expect an oops in dma_common_alloc_pages)
#  C  issue19 (with the atomic-alloc fix): dma_arm_iommu on arm-iommu
#     (expect pass), arm-iommu-cma (expect pass)
# REPO: a checkout of main with wip/issue19/repo.diff applied; TREE: a
# worktree of build/linux (it is left on branch issue19).
set -euo pipefail
REPO=${REPO:-/work/main-19}
TREE=${TREE:-/work/wt-19}
OUT=${OUT:-/tmp/prove19}
mkdir -p "$OUT"
git -C "$TREE" diff --quiet || { echo "$TREE has changes" >&2; exit 1; }
fix=$(git -C "$TREE" log --format='%h %s' base..issue19 | grep -F "don't hand out highmem CMA" | cut -d' ' -f1)
run() {
	local tag=$1 target=$2 suites=$3 rc=0
	TARGET_SUITES=$suites SERIES_TREE=$TREE "$REPO/scripts/kunit" "$target" \
		> "$OUT/$tag.out" 2>&1 || rc=$?
	echo "$tag: $target $suites: exit $rc: $(grep '^RESULT' "$OUT/$tag.out" || echo no RESULT)"
	grep -E '^(FAILED|SKIPPED):' "$OUT/$tag.out" | head -20 || true
}
trap 'git -C "$TREE" checkout -q issue19' EXIT
git -C "$TREE" checkout -q --detach issue19~1
run A-cma arm-iommu-cma dma_arm_iommu_cma
run A-atomic arm-iommu dma_arm_iommu
git -C "$TREE" revert --no-edit "$fix" >/dev/null
run B-cma-nofix arm-iommu-cma dma_arm_iommu_cma
git -C "$TREE" checkout -q issue19
run C-atomic arm-iommu dma_arm_iommu
run C-cma arm-iommu-cma dma_arm_iommu_cma
