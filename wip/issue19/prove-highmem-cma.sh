#!/bin/bash
# One-off proof for issue 19 item 1: the arm-iommu-cma target on the
# series with and without "dma-mapping: don't hand out highmem CMA pages
# from dma_common_alloc_pages()".  Needs a checkout with repo.diff applied
# (REPO) and the series branch checked out in a tree (TREE); builds the
# arm kernel in REPO/build/kunit-arm, twice (incrementally).
set -euo pipefail
REPO=${REPO:-/work/main-19}
TREE=${TREE:-/work/wt-19}
OUT=${OUT:-/tmp/prove-highmem-cma}
mkdir -p "$OUT"
branch=$(git -C "$TREE" branch --show-current)
fix=$(git -C "$TREE" log --format='%h %s' base.. | grep -F "don't hand out highmem CMA" | cut -d' ' -f1)
[ -n "$fix" ] || { echo "no fix commit on $branch" >&2; exit 1; }
run() {
	local tag=$1 rc=0
	SERIES_TREE=$TREE "$REPO/scripts/kunit" arm-iommu-cma > "$OUT/$tag.out" 2>&1 || rc=$?
	cp "$REPO/build/logs/"*arm-iommu-cma*.log "$OUT/" 2>/dev/null || true
	echo "$tag: exit $rc: $(grep '^RESULT' "$OUT/$tag.out" || echo no RESULT)"
}
run with-fix
git -C "$TREE" checkout -q -b prove-nofix
trap 'git -C "$TREE" checkout -q "$branch"; git -C "$TREE" branch -D prove-nofix >/dev/null' EXIT
git -C "$TREE" revert --no-edit "$fix" >/dev/null
run without-fix
