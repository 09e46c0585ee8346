#!/usr/bin/env python3
"""Fails when a built or installed ELF binary could load libraries from a
directory its user does not control.

  check_runpath.py [--installed] [--plant-test] DIR...

Every ELF executable and shared object under each DIR (CMakeFiles and install
scratch trees skipped) has its DT_RPATH and DT_RUNPATH read with readelf -d.
Each colon-separated element must be

  * non-empty: the dynamic loader reads an empty element (a leading, trailing
    or doubled colon, or an empty string) as the current working directory;
  * absolute, or start with $ORIGIN / ${ORIGIN}: any other relative element is
    taken relative to the current working directory too;
  * with --installed, $ORIGIN-based only and resolving to a directory inside
    DIR: an installed tree must neither point back into the build tree nor
    outside itself.

$ORIGIN-based elements must resolve to an existing directory.

--plant-test additionally runs every executable under DIR/bin or DIR/apps
with --version from a scratch directory holding a fake libxxhash.so.0 (and
the other libraries the binaries need), with LD_DEBUG=libs, and fails if the
loader so much as tries a file from that directory.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP_DIRS = {"CMakeFiles", "scratch", ".git"}


def elf_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            path = os.path.join(dirpath, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                with open(path, "rb") as f:
                    header = f.read(18)
            except OSError:
                continue
            # ELF magic, then e_type (little-endian on every target we build):
            # 2 = executable, 3 = shared object or PIE. Objects (1) are skipped.
            if len(header) == 18 and header[:4] == b"\x7fELF" and header[16] in (2, 3):
                yield path


def search_paths(path):
    """[(tag, value)] for the DT_RPATH and DT_RUNPATH entries of `path`."""
    out = subprocess.run(["readelf", "-d", "-W", path], check=True,
                         capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines():
        m = re.search(r"\((RPATH|RUNPATH)\)\s+Library (?:rpath|runpath): \[(.*)\]$", line)
        if m:
            found.append((m.group(1), m.group(2)))
    return found


def expand_origin(element, path):
    origin = os.path.dirname(os.path.abspath(path))
    for token in ("${ORIGIN}", "$ORIGIN"):
        if element.startswith(token):
            return origin + element[len(token):]
    return None


def check_file(path, root, installed):
    problems = []
    for tag, value in search_paths(path):
        for element in value.split(":"):
            where = f"{path}: {tag} [{value}]"
            if element == "":
                problems.append(f"{where}: empty element (means the current directory)")
                continue
            resolved = expand_origin(element, path)
            if resolved is None:
                if not element.startswith("/"):
                    problems.append(f"{where}: relative element '{element}' "
                                    "(resolved against the current directory)")
                elif installed:
                    problems.append(f"{where}: absolute element '{element}' in an "
                                    "installed file (only $ORIGIN-based ones belong there)")
                continue
            if not os.path.isdir(resolved):
                problems.append(f"{where}: '{element}' resolves to {resolved}, "
                                "which is not a directory")
            elif installed:
                real_root = os.path.realpath(root)
                real = os.path.realpath(resolved)
                if os.path.commonpath([real, real_root]) != real_root:
                    problems.append(f"{where}: '{element}' leaves the installed tree ({real})")
    return problems


def plant_test(root):
    """Runs the apps from a directory full of decoy libraries."""
    problems = []
    programs = []
    for sub in ("bin", "apps"):
        top = os.path.join(root, sub)
        if os.path.isdir(top):
            for path in elf_files(top):
                if os.access(path, os.X_OK) and not re.search(r"\.so(\.|$)", path):
                    programs.append(path)
    if not programs:
        return [f"{root}: no programs under bin/ or apps/ to run"]
    with tempfile.TemporaryDirectory(prefix="precis-plant-") as scratch:
        decoys = ["libxxhash.so.0", "libprecis.so.0", "libstdc++.so.6", "libc.so.6",
                  "libicuuc.so.72", "libstemmer.so.0d"]
        for name in decoys:
            with open(os.path.join(scratch, name), "wb") as f:
                f.write(b"not a library\n")
        env = dict(os.environ, LD_DEBUG="libs")
        env.pop("LD_LIBRARY_PATH", None)
        for program in sorted(programs):
            run = subprocess.run([program, "--version"], cwd=scratch, env=env,
                                 capture_output=True, text=True, errors="replace")
            tried = re.findall(r"trying file=(\S+)", run.stderr)
            if run.returncode != 0:
                problems.append(f"{program} --version from {scratch} exited "
                                f"{run.returncode}:\n{run.stderr[-2000:]}")
            if not tried and "find library=" not in run.stderr:
                problems.append(f"{program}: LD_DEBUG=libs printed no search trace")
            for candidate in tried:
                if not candidate.startswith("/") or candidate.startswith(scratch):
                    problems.append(f"{program}: the loader tried {candidate} "
                                    f"from the current directory {scratch}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installed", action="store_true")
    parser.add_argument("--plant-test", action="store_true")
    parser.add_argument("dirs", nargs="+")
    args = parser.parse_args()
    if shutil.which("readelf") is None:
        print("check_runpath: readelf not found (binutils)", file=sys.stderr)
        return 1
    problems = []
    checked = 0
    for root in map(os.path.abspath, args.dirs):
        for path in elf_files(root):
            checked += 1
            problems += check_file(path, root, args.installed)
        if args.plant_test:
            problems += plant_test(root)
    problems = list(dict.fromkeys(problems))  # one line per distinct finding
    for problem in problems:
        print(problem, file=sys.stderr)
    if checked == 0:
        print(f"check_runpath: no ELF files under {' '.join(args.dirs)}", file=sys.stderr)
        return 1
    print(f"check_runpath: {checked} ELF files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
