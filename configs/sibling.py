# Not a QEMU config: what the derived configs (x86_64_vtd.py,
# arm64_smmuv3.py, the *_pool.py ones) share.  kunit.py loads a
# --qemu_config file by path under a synthetic module name; load() loads a
# sibling config the same way, so that its relative import resolves alike
# and both targets describe the same kernel.
import dataclasses
import importlib.util
import os


def load(name, path, sibling):
	"""The module of config SIBLING next to PATH, the caller's file."""
	stem = os.path.splitext(os.path.basename(path))[0]
	spec = importlib.util.spec_from_file_location(
		name.replace(stem, sibling),
		os.path.join(os.path.dirname(path), sibling + '.py'))
	module = importlib.util.module_from_spec(spec)
	spec.loader.exec_module(module)
	return module


def boot_file(name):
	"""Path of NAME in build/boot, where scripts/mkboot puts what the
	targets boot with besides the kernel."""
	build = os.environ.get('BUILD', os.path.join(os.path.dirname(
		os.path.abspath(__file__)), '..', 'build'))
	return os.path.normpath(os.path.join(build, 'boot', name))


def with_dtb(name, path, sibling, dtb):
	"""Config SIBLING's QEMU_ARCH booted with device tree DTB from
	build/boot instead of the one QEMU generates."""
	base = load(name, path, sibling).QEMU_ARCH
	return dataclasses.replace(
		base, extra_qemu_params=base.extra_qemu_params +
		['-dtb', boot_file(dtb)])
