"""Pinned versions for one target's wheelhouse, resolved for that target.

`pip download --platform` picks wheels for the target but evaluates the environment markers
of the requirements for the machine running pip, so a wheelhouse made on Linux for Windows
lacks pywin32-ctypes (keyring's on Windows), and the like. This step asks pip to resolve for
the target's platform, then reads every chosen project's Requires-Dist, evaluates the markers
for the target's environment itself, and adds what pip left out, until nothing is missing.

Usage: python .ci/constraints.py TARGET [--out FILE] [--dry-run]
  TARGET: win_amd64 | manylinux_2_28_x86_64 | manylinux_2_31_aarch64
Writes .ci/constraints/TARGET.txt (name==version), the file `pip download -c` and
`pip install -c` take on the build machine for that target (docs/BUNDLE.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYTHON = "3.11"
TARGETS = {
    "win_amd64": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                  "platform_machine": "AMD64"},
    "manylinux_2_28_x86_64": {"sys_platform": "linux", "platform_system": "Linux",
                              "os_name": "posix", "platform_machine": "x86_64"},
    "manylinux_2_31_aarch64": {"sys_platform": "linux", "platform_system": "Linux",
                               "os_name": "posix", "platform_machine": "aarch64"},
}


def platforms(target: str) -> list[str]:
    """The wheel platform tags the target takes: a glibc 2.28 system runs every manylinux
    wheel up to 2.28 (pip does not widen one --platform to the older ones itself)."""
    if not target.startswith("manylinux_"):
        return [target]
    _, major, minor, arch = target.split("_", 3)
    tags = [f"manylinux_{major}_{n}_{arch}" for n in range(int(minor), 16, -1)]
    legacy = {"x86_64": ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"],
              "aarch64": ["manylinux2014_aarch64"]}
    return tags + legacy.get(arch, [])


# Qt's own glibc floor: the last PySide6 wheels for glibc 2.28 (x86_64) and 2.31 (aarch64).
TARGET_PINS = {"manylinux_2_28_x86_64": ["PySide6-Essentials<6.10"],
               "manylinux_2_31_aarch64": ["PySide6-Essentials>=6.8.0,<6.8.1"]}


def environment(target: str) -> dict[str, str]:
    return {"python_version": PYTHON, "python_full_version": f"{PYTHON}.9",
            "implementation_name": "cpython", "platform_python_implementation": "CPython",
            "platform_release": "", "platform_version": "", "extra": "",
            **TARGETS[target]}


def project_requirements() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"]["dependencies"])


def pip_resolve(target: str, requirements: list[str]) -> dict[str, dict[str, object]]:
    """pip's choice for the target's platform: project -> its report entry."""
    with tempfile.TemporaryDirectory() as work:
        listed = Path(work) / "requirements.txt"
        listed.write_text("\n".join(requirements) + "\n", encoding="utf-8")
        report = Path(work) / "report.json"
        subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--quiet",
                        "--ignore-installed", "--only-binary=:all:",
                        *[f"--platform={tag}" for tag in platforms(target)],
                        "--python-version", PYTHON, "--implementation", "cp",
                        "--target", str(Path(work) / "t"), "--report", str(report),
                        "-r", str(listed)], check=True)
        chosen = json.loads(report.read_text(encoding="utf-8"))["install"]
    return {canonicalize_name(item["metadata"]["name"]): item for item in chosen}


def walk(chosen: dict[str, dict[str, object]], roots: list[str], env: dict[str, str]
         ) -> tuple[set[str], list[str]]:
    """From our requirements through each chosen project's Requires-Dist, the markers judged
    for the target: the projects the target needs, and the requirements pip did not choose
    (it judged their markers for this machine). Projects pip chose for this machine's sake
    alone are not reached, so they are left out."""
    reached: set[str] = set()
    absent: set[str] = set()
    seen: set[tuple[str, frozenset[str]]] = set()
    queue = [Requirement(text) for text in roots]
    while queue:
        requirement = queue.pop()
        name = canonicalize_name(requirement.name)
        if name not in chosen:
            absent.add(str(Requirement(f"{requirement.name}{requirement.specifier}")))
            continue
        extras = frozenset(requirement.extras)
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        reached.add(name)
        for text in chosen[name]["metadata"].get("requires_dist", []) or []:  # type: ignore[union-attr]
            needed = Requirement(text)
            if needed.marker is None or any(
                    needed.marker.evaluate({**env, "extra": extra})
                    for extra in (extras or {""})):
                queue.append(needed)
    return reached, sorted(absent)


def resolve(target: str) -> list[str]:
    env = environment(target)
    roots = [r for r in project_requirements()
             if Requirement(r).marker is None or Requirement(r).marker.evaluate(env)]
    roots += TARGET_PINS.get(target, [])
    requirements = list(roots)
    for _ in range(6):
        chosen = pip_resolve(target, requirements)
        reached, absent = walk(chosen, roots, env)
        if not absent:
            return sorted(f"{chosen[n]['metadata']['name']}=={chosen[n]['metadata']['version']}"
                          for n in reached)
        requirements += absent
    raise SystemExit(f"{target}: the requirements did not settle")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="print, write nothing")
    parser.add_argument("--check", action="store_true",
                        help="only show that the committed pins resolve for the target")
    args = parser.parse_args()
    committed = ROOT / ".ci" / "constraints" / f"{args.target}.txt"
    if args.check:
        env = environment(args.target)
        roots = [r for r in project_requirements()
                 if Requirement(r).marker is None or Requirement(r).marker.evaluate(env)]
        chosen = pip_resolve(args.target, [*roots, f"-c {committed}"])
        print(f"{args.target}: the committed pins resolve ({len(chosen)} projects)")
        return 0
    pins = resolve(args.target)
    text = (f"# {args.target}, Python {PYTHON}: python .ci/constraints.py {args.target}\n"
            + "\n".join(pins) + "\n")
    if args.dry_run:
        print(text, end="")
        return 0
    out = args.out or ROOT / ".ci" / "constraints" / f"{args.target}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(pins)} pins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
