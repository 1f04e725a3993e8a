"""What Power Platform documents about custom code, checked on a `script.csx` before it runs.

Facts from Microsoft's "Write code in a custom connector"
(https://learn.microsoft.com/connectors/custom-connectors/write-code: "Supported namespaces"
and "Custom code FAQ") and "Create a custom connector from scratch", step 4
(https://learn.microsoft.com/connectors/custom-connectors/define-blank):

- only the namespaces of `ALLOWED_NAMESPACES` may be used;
- the script runs for at most 5 seconds and its file is at most 1 MB;
- the class is named `Script` and derives from `ScriptBase`;
- the script runs for the operations chosen for it, or for every operation when none is
  chosen (apiProperties' `scriptOperations`).
"""

from __future__ import annotations

import re
from pathlib import Path

from connector_dsl.errors import Diagnostic, Place

ALLOWED_NAMESPACES: frozenset[str] = frozenset(
    {
        "System",
        "System.Collections",
        "System.Collections.Generic",
        "System.Diagnostics",
        "System.IO",
        "System.IO.Compression",
        "System.Linq",
        "System.Net",
        "System.Net.Http",
        "System.Net.Http.Headers",
        "System.Net.Security",
        "System.Security.Authentication",
        "System.Security.Cryptography",
        "System.Text",
        "System.Text.RegularExpressions",
        "System.Threading",
        "System.Threading.Tasks",
        "System.Web",
        "System.Xml",
        "System.Xml.Linq",
        "System.Drawing",
        "System.Drawing.Drawing2D",
        "System.Drawing.Imaging",
        "Microsoft.Extensions.Logging",
        "Newtonsoft.Json",
        "Newtonsoft.Json.Linq",
    }
)
"""The namespaces Microsoft lists as the only ones custom code may use."""

MAX_BYTES = 1024 * 1024
"""The largest script file Power Platform takes (1 MB)."""

TIME_LIMIT = 5.0
"""Seconds the script may run before Power Platform stops it."""

_COMMENT_OR_STRING = re.compile(
    r"""//[^\n]*|/\*.*?\*/|@"(?:[^"]|"")*"|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'""",
    re.DOTALL,
)
_USING = re.compile(
    r"^[ \t]*using[ \t]+(?:(static)[ \t]+)?(?:(\w+)[ \t]*=[ \t]*)?([\w.]+)[ \t]*;", re.MULTILINE
)
_SCRIPT_CLASS = re.compile(r"\bclass\s+Script\s*:\s*ScriptBase\b")
_QUALIFIED = re.compile(
    r"(?<![\w.])(?:global\s*::\s*)?((?:System|Microsoft|Newtonsoft)(?:\s*\.\s*\w+)+)"
)


def blank_comments_and_strings(text: str) -> str:
    """The text with comments and string literals blanked, lines kept where they were."""
    return _COMMENT_OR_STRING.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def check_limits(path: Path, data: bytes) -> list[Diagnostic]:
    """Every documented limit the script breaks: size, namespaces, the `Script` class."""
    found: list[Diagnostic] = []
    name = str(path)
    if len(data) > MAX_BYTES:
        msg = (
            f"the script is {len(data):,} bytes; Power Platform takes at most 1 MB "
            f"({MAX_BYTES:,} bytes): move what it computes into the service, policies or "
            "smaller helpers"
        )
        found.append(Diagnostic("script-too-large", msg, Place(file=name)))
    code = blank_comments_and_strings(data.decode("utf-8", errors="replace"))
    for match in _USING.finditer(code):
        static, alias, target = match.groups()
        namespace = target.rpartition(".")[0] if static or alias else target
        if namespace not in ALLOWED_NAMESPACES and target not in ALLOWED_NAMESPACES:
            line = code.count("\n", 0, match.start()) + 1
            msg = (
                f"'using {target};' is outside the namespaces Power Platform lets custom code "
                f"use; the connector would not save: use only "
                f"{', '.join(sorted(ALLOWED_NAMESPACES))}"
            )
            found.append(Diagnostic("script-namespace", msg, Place(file=name, line=line)))
    if not _SCRIPT_CLASS.search(code):
        msg = (
            "no 'class Script : ScriptBase': Power Platform runs the class named Script, "
            "which derives from ScriptBase and overrides ExecuteAsync; declare it"
        )
        found.append(Diagnostic("script-compile", msg, Place(file=name, line=1)))
    return found


def check_qualified(path: Path, data: bytes, namespaces: frozenset[str]) -> list[Diagnostic]:
    """Names written in full (`System.Reflection.Assembly.Load`) whose namespace is not allowed.

    `namespaces` are the namespaces the script can reach (from its compiled host); the
    longest one a name starts with is the namespace it uses. `using X;` lines are left to
    `check_limits`.
    """
    code = blank_comments_and_strings(data.decode("utf-8", errors="replace"))
    plain_usings = {
        code.count("\n", 0, m.start()) + 1
        for m in _USING.finditer(code)
        if not m.group(1) and not m.group(2)
    }
    found: list[Diagnostic] = []
    reported: set[tuple[int, str]] = set()
    for match in _QUALIFIED.finditer(code):
        line = code.count("\n", 0, match.start()) + 1
        parts = [p.strip() for p in match.group(1).split(".")]
        used = next(
            (
                ".".join(parts[:n])
                for n in range(len(parts), 0, -1)
                if ".".join(parts[:n]) in namespaces
            ),
            None,
        )
        if used is None or used in ALLOWED_NAMESPACES or line in plain_usings:
            continue
        if (line, used) in reported:
            continue
        reported.add((line, used))
        msg = (
            f"'{'.'.join(parts)}' is in namespace {used}, outside the namespaces Power Platform "
            f"lets custom code use; the connector would not save: use only "
            f"{', '.join(sorted(ALLOWED_NAMESPACES))}"
        )
        found.append(Diagnostic("script-namespace", msg, Place(file=str(path), line=line)))
    return found
