# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables are for the scripts that source this
# Paths and helpers shared by the scripts in this directory; sourced, not run.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
# SERIES_TREE: another source tree to build from (scripts/check builds um
# from a second worktree with the whole series applied).
LINUX=${SERIES_TREE:-$BUILD/linux}
# The base: the newest mainline kernel Debian serves, from trixie-backports
# through the project's own apt lists in build/apt (nothing on the system
# is upgraded from trixie).  PIN_SERIES: the newest 7.3.y or later is taken,
# loudly, once the pin is no longer served.
PIN_VERSION=7.3.4-1~bpo13+1
SOURCE_PKG=linux-source-7.3
PIN_SERIES=7.3
BASE_SUITE=trixie-backports
# sid's sparse, built from source by scripts/setup for scripts/lint (the
# base's Kbuild needs a sparse that knows __typeof_unqual__).
SPARSE_PIN=0.6.5~rc1-2
# The stable base: 6.12 LTS from bookworm-security, for the fixes that
# carry Cc: stable, through its own apt lists in build/apt-stable (a fresh
# machine's sources list may not name bookworm-security).  When the pin is
# gone, the newest 6.12.y served is taken, loudly.
STABLE=$BUILD/stable
STABLE_PIN=6.12.117-1~deb12u1
STABLE_SERIES=6.12
STABLE_PKG=linux-source-$STABLE_SERIES
STABLE_SUITE=bookworm-security
WORK_BRANCH=${WORK_BRANCH:-dma-alloc}
# Everything comes from Debian's packages: put Debian's python3 (which sees
# python3-ply for checkpatch's SPDX check) ahead of any local install.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache-dma-series}
# Kernel O= builds pass absolute paths; rewriting those under the checkout
# to relative ones lets a clone at another path (every CI run) hit the cache.
export CCACHE_BASEDIR=$TOP

# apt_private: the apt-get/apt-cache options that read only APT_DIR's
# (default build/apt) sources list and lists.
apt_private() {
	local dir=${APT_DIR:-$BUILD/apt}
	printf '%s\n' -o "Dir::Etc::sourcelist=$dir/sources.list" \
		-o Dir::Etc::sourceparts=- -o "Dir::State::Lists=$dir/lists" \
		-o "Dir::Cache=$dir/cache" -o APT::Get::List-Cleanup=0
}

# apt_private_update [SUITE...]: build/apt's lists for SUITEs of Debian's
# main archive (bookworm-security is Debian's security archive); a SUITE
# written src:SUITE gives its source packages (deb-src) instead.
apt_private_update() {
	local dir=${APT_DIR:-$BUILD/apt} suite type opts
	[ $# -gt 0 ] || set -- "$BASE_SUITE"
	mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
	for suite; do
		type=deb
		[ "${suite#src:}" = "$suite" ] || { type=deb-src; suite=${suite#src:}; }
		case $suite in
		*-security) echo "$type [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security $suite main" ;;
		*) echo "$type [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" ;;
		esac
	done > "$dir/sources.list"
	mapfile -t opts < <(apt_private)
	apt-get -qq "${opts[@]}" update >&2
}

# served_versions PKG: every version of PKG build/apt's lists hold, newest
# first.  Reads madison to its end: "grep -q" at the end of a pipe under
# pipefail fails when madison dies of SIGPIPE at grep's first match.
served_versions() {
	local opts
	mapfile -t opts < <(apt_private)
	apt-cache "${opts[@]}" madison "$1" 2>/dev/null |
		awk -F' [|] ' '{ gsub(/ /, "", $2); print $2 }' | sort -V -r -u
}

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

# kunit_count NAME SUMMARY: the count NAME (passed, failed, crashed,
# skipped, errors) of kunit.py's "Testing complete. Ran N tests: ..." line;
# empty when it has none.
kunit_count() {
	sed -n "s/.*[ ,]$1: \\([0-9]*\\).*/\\1/p" <<< "$2"
}

# kmake TREE OUT ARCH MAKE-ARGS...: make in TREE for ARCH, objects in OUT,
# the arch's cross compiler through ccache, two jobs, no keyboard.
kmake() {
	local tree=$1 out=$2 arch=$3
	shift 3
	make -C "$tree" O="$out" ARCH="${arch/x86_64/x86}" \
		CROSS_COMPILE="$(cross_compile "$arch")" \
		CC="ccache $(cross_compile "$arch")gcc" -j2 "$@" < /dev/null
}

# build_warnings TREE LOG: the warnings and errors of the build in LOG, as
# "file: warning: text" with TREE's path and the line numbers taken off (a
# patch that moves lines does not make its base's warnings new), sorted.
build_warnings() {
	sed -nE "s#^[^ :]*${1##*/}/##; s#^([^ :]+):[0-9]+(:[0-9]+)?: (warning|error): #\\1: \\3: #p" \
		"$2" | sort -u
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
