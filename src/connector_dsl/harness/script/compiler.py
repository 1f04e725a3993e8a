"""Compiling a `script.csx` with Mono's C# compiler (`mcs`), with the ScriptBase surface and
the host program beside it; the assembly is cached by the hash of what went into it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from connector_dsl.errors import Diagnostic, Place

HERE = Path(__file__).resolve().parent
SURFACE = HERE / "ScriptBase.cs"
HOST = HERE / "Host.cs"

INSTALL = "apt-get install mono-mcs libnewtonsoft-json5.0-cil libmono-system-net-http4.0-cil"
"""What to install on Debian or Ubuntu to run scripts."""

FRAMEWORK_ASSEMBLIES = (
    "System",
    "System.Core",
    "System.Net.Http",
    "System.Xml",
    "System.Xml.Linq",
    "System.IO.Compression",
    "System.Web",
    "System.Drawing",
)
"""Assemblies of the allowed namespaces, referenced when Mono has them."""

_NEWTONSOFT = (
    "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll",
    "/usr/lib/mono/gac/Newtonsoft.Json/*/Newtonsoft.Json.dll",
)
_ERROR = re.compile(
    r"^(?P<file>.+?)\((?P<line>\d+),(?P<column>\d+)\): error (?P<id>CS\d+): (?P<text>.*)$"
)
COMPILE_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class Toolchain:
    """Where `mcs`, `mono` and the assemblies a script is compiled against are."""

    mcs: str
    mono: str
    references: tuple[str, ...]


def find_toolchain() -> Toolchain | None:
    """Mono's compiler, runtime and Newtonsoft.Json, or None when one is missing."""
    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    newtonsoft = _newtonsoft()
    if mcs is None or mono is None or newtonsoft is None:
        return None
    framework = Path(mono).resolve().parent.parent / "lib" / "mono" / "4.5"
    if not framework.is_dir():
        framework = Path("/usr/lib/mono/4.5")
    found = [
        f"{name}.dll" for name in FRAMEWORK_ASSEMBLIES if (framework / f"{name}.dll").is_file()
    ]
    return Toolchain(mcs, mono, (*found, newtonsoft))


def missing_reason() -> str:
    """Which part of the toolchain is missing, in words."""
    missing = [name for name in ("mcs", "mono") if shutil.which(name) is None]
    if _newtonsoft() is None:
        missing.append("Newtonsoft.Json")
    return ", ".join(missing) or "nothing"


def _newtonsoft() -> str | None:
    for pattern in _NEWTONSOFT:
        matches = sorted(Path("/").glob(pattern.lstrip("/")))
        if matches:
            return str(matches[-1])
    return None


def cache_root() -> Path:
    """`$CONNECTOR_DSL_CACHE`, else `$XDG_CACHE_HOME/connector-dsl`, else `~/.cache/...`."""
    explicit = os.environ.get("CONNECTOR_DSL_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "connector-dsl"


def script_hash(data: bytes, toolchain: Toolchain) -> str:
    """The cache key: the script, the surface, the host and the references."""
    digest = hashlib.sha256()
    for part in (
        data,
        SURFACE.read_bytes(),
        HOST.read_bytes(),
        "\0".join(toolchain.references).encode(),
    ):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def compile_script(
    path: Path, data: bytes, toolchain: Toolchain
) -> tuple[Path | None, list[Diagnostic]]:
    """The host assembly for this script (cached), or None and the compile errors at their lines."""
    key = script_hash(data, toolchain)
    target = cache_root() / "script" / key
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # an unwritable cache: compile into the temporary folder instead
        target = Path(tempfile.gettempdir()) / f"connector-dsl-{os.getuid()}" / "script" / key
        target.parent.mkdir(parents=True, exist_ok=True)
    program = target / "host.exe"
    if program.is_file():
        return program, []
    work = Path(tempfile.mkdtemp(prefix="build-", dir=target.parent))
    try:
        source = work / path.name
        source.write_bytes(data)
        command = [
            toolchain.mcs,
            "-nologo",
            "-debug",
            "-target:exe",
            f"-out:{work / 'host.exe'}",
            *(f"-r:{reference}" for reference in toolchain.references),
            str(SURFACE),
            str(HOST),
            str(source),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=COMPILE_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            msg = f"mcs could not compile the script ({type(error).__name__}: {error})"
            return None, [Diagnostic("script-compile", msg, Place(file=str(path)))]
        errors = _errors(done.stdout + done.stderr, path, source)
        if done.returncode != 0 or not (work / "host.exe").is_file():
            if not errors:
                text = (done.stdout + done.stderr).strip()[
                    -400:
                ] or f"exit status {done.returncode}"
                errors = [
                    Diagnostic("script-compile", f"mcs failed: {text}", Place(file=str(path)))
                ]
            return None, errors
        try:
            work.rename(target)
        except OSError:  # compiled by another process meanwhile
            if not program.is_file():
                raise
        return program, []
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _errors(output: str, path: Path, source: Path) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for line in output.splitlines():
        match = _ERROR.match(line.strip())
        if match is None:
            continue
        text = f"{match['id']}: {match['text']}"
        if Path(match["file"]).name == source.name and Path(match["file"]).parent == source.parent:
            place = Place(file=str(path), line=int(match["line"]), column=int(match["column"]))
            found.append(Diagnostic("script-compile", f"{text}; fix the script", place))
        else:  # in the surface or host: the script does not fit what Power Platform calls
            msg = (
                f"{text} (in connector-dsl's {Path(match['file']).name}): the script does not "
                "fit Power Platform's surface: a public class Script : ScriptBase overriding "
                "Task<HttpResponseMessage> ExecuteAsync()"
            )
            found.append(Diagnostic("script-compile", msg, Place(file=str(path))))
    return found


def reachable_namespaces(toolchain: Toolchain, program: Path) -> frozenset[str]:
    """The namespaces a compiled script can reach (asked of its host once, then cached)."""
    saved = program.parent / "namespaces.txt"
    try:
        return frozenset(saved.read_text(encoding="utf-8").split())
    except OSError:
        pass
    try:
        done = subprocess.run(
            [toolchain.mono, str(program), "--namespaces"],
            capture_output=True,
            text=True,
            timeout=COMPILE_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    names = frozenset(done.stdout.split()) if done.returncode == 0 else frozenset[str]()
    if names:
        with contextlib.suppress(OSError):
            saved.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return names
