#!/bin/bash
# Saves the issue-19 work in progress as files under wip/issue19 (main's CI never reads them).
set -euo pipefail
W=/work/main/wip/issue19
rm -rf $W/series $W/stable $W/bitmap
mkdir -p $W/series $W/stable $W/bitmap
git -C /work/main/build/linux -c core.abbrev=12 format-patch -q --no-signature --base=base -o $W/series base..issue19-next
git -C /work/main/build/linux -c core.abbrev=12 format-patch -q --no-signature --base=base -o $W/bitmap base..issue19-bitmap
git -C /work/main/build/stable -c core.abbrev=12 format-patch -q --no-signature --base=base -o $W/stable base..stable-fixes
git -C /work/main-19 add -A && git -C /work/main-19 diff --cached main > $W/repo.diff
ls $W/series | wc -l
