# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables are for the scripts that source this
# Paths and helpers shared by the scripts in this directory; sourced, not run.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
# SERIES_TREE: another source tree to build from (scripts/check builds um
# from a second worktree with the whole series applied).
LINUX=${SERIES_TREE:-$BUILD/linux}
PIN_VERSION=6.12.117-1~deb12u1
SOURCE_PKG=linux-source-6.12
SOURCE_TAR=/usr/src/linux-source-6.12.tar.xz
WORK_BRANCH=${WORK_BRANCH:-dma-alloc}
# Everything comes from Debian's packages: put Debian's python3 (which sees
# python3-ply for checkpatch's SPDX check) ahead of any local install.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache-dma-series}
# Kernel O= builds pass absolute paths; rewriting those under the checkout
# to relative ones lets a clone at another path (every CI run) hit the cache.
export CCACHE_BASEDIR=$TOP

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Commits in build/linux use the local git identity; without one, a
# neutral project identity keeps git am and commit from failing.
git_ident() {
	if ! git -C "$LINUX" config user.email >/dev/null; then
		git -C "$LINUX" config user.name "DMA series CI"
		git -C "$LINUX" config user.email "dma-series-ci@localhost"
	fi
}

# Patch files in quilt order, as absolute paths.
series_patches() {
	local p
	while read -r p; do
		case $p in ''|'#'*) continue ;; esac
		printf '%s\n' "$TOP/patches/$p"
	done < "$TOP/series"
}

# fresh_worktree DIR [BRANCH]: DIR becomes a new worktree of build/linux at
# base, detached or on a new BRANCH, whatever was there before.
fresh_worktree() {
	local dir=$1 branch=${2:-}
	git -C "$LINUX" worktree remove --force "$dir" 2>/dev/null || rm -rf "$dir"
	git -C "$LINUX" worktree prune
	if [ -n "$branch" ]; then
		git -C "$LINUX" branch -q -D "$branch" 2>/dev/null || true
		git -C "$LINUX" worktree add -q -b "$branch" "$dir" base
	else
		git -C "$LINUX" worktree add -q --detach "$dir" base
	fi
}

# apply_series DIR: git am the series in DIR.  Should a patch not apply, the
# am is aborted, git's messages are printed and it fails.
apply_series() {
	local out patches
	mapfile -t patches < <(series_patches)
	out=$(git -C "$1" am -q --keep-cr "${patches[@]}" 2>&1) && return 0
	printf '%s\n' "$out" >&2
	git -C "$1" am --abort 2>/dev/null || true
	return 1
}

# target_field TARGET N: field N (1-based) of TARGET's row in configs/targets.
target_field() {
	awk -v t="$1" -v n="$2" '!/^#/ && $1 == t { print $n; found = 1 }
		END { exit !found }' "$TOP/configs/targets"
}

all_targets() {
	awk '!/^#/ && NF { print $1 }' "$TOP/configs/targets"
}

cross_compile() {
	case $1 in
	arm|arm-nommu) echo arm-linux-gnueabihf- ;;
	arm64) echo aarch64-linux-gnu- ;;
	*) echo ;;
	esac
}

# changes_build TREE OBJDIR ARCH: whether the commit at TREE's HEAD changes
# what ARCH's kernel, built in OBJDIR, compiles: a C file with an object
# there, a header, a Kconfig or Makefile, ARCH's own arch/ directory; not
# Documentation/, MAINTAINERS, other arches' arch/ or C files OBJDIR's
# configuration does not compile (arm-nommu has no mapping_kunit.o).
changes_build() {
	local tree=$1 objdir=$2 dir=arch/$3 file
	case $3 in
	x86_64) dir=arch/x86 ;;
	arm-nommu) dir=arch/arm ;;
	esac
	while read -r file; do
		case $file in
		Documentation/* | MAINTAINERS) ;;
		*.c) [ ! -e "$objdir/${file%.c}.o" ] || return 0 ;;
		"$dir"/*) return 0 ;;
		arch/*) ;;
		*) return 0 ;;
		esac
	done < <(git -C "$tree" diff --name-only HEAD~1 HEAD)
	return 1
}

# unfold_headers: an mbox on stdin to stdout with every header line of every
# message unfolded (RFC 5322: the same header).  b4 0.12 (Debian 12) fails
# on folded From: and Subject: lines.  A message starts at a "From " line
# with a date, as mboxrd and git format-patch write them.
unfold_headers() {
	awk 'function flush() { if (held != "") print held; held = "" }
	     /^From [^ ]+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) / { flush(); hdr = 1; print; next }
	     hdr && /^$/ { flush(); hdr = 0; print; next }
	     hdr && /^[ \t]/ { sub(/^[ \t]+/, " "); held = held $0; next }
	     hdr { flush(); held = $0; next }
	     { print }'
}
