"""The generator's planning and rendering modules never execute code, retry or hide errors.

Only `codegen/verify.py` runs a generated module (once, to check `import`'s output);
no other module builds generated code in a loop (`for _ in range(...)` retries, or a
loop around a build) or catches `Exception`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import connector_dsl.codegen

CODEGEN = Path(connector_dsl.codegen.__file__).parent
VERIFY = "verify.py"
FORBIDDEN_CALLS = frozenset({"exec", "eval", "compile", "__import__"})
BUILDS = frozenset({"build_source", "build_module", "build_properties", "run_module"})
"""`verify`'s functions that run generated code."""


def _called(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return None


def _retries(node: ast.AST) -> bool:
    """Whether `node` is a retry loop: `for _ in range(...)`, or a loop around a build."""
    if not isinstance(node, ast.For | ast.While):
        return False
    if (
        isinstance(node, ast.For)
        and isinstance(node.target, ast.Name)
        and node.target.id == "_"
        and _called(node.iter) == "range"
    ):
        return True
    return any(_called(inner) in BUILDS for inner in ast.walk(node))


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in FORBIDDEN_CALLS
        ):
            found.append(f"{path.name}:{node.lineno}: {node.func.id}()")
        if _retries(node):
            found.append(f"{path.name}:{getattr(node, 'lineno', 0)}: retry loop")
        if isinstance(node, ast.ExceptHandler):
            caught = node.type
            names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
            for name in names:
                if name is None or (
                    isinstance(name, ast.Name) and name.id in {"Exception", "BaseException"}
                ):
                    found.append(f"{path.name}:{node.lineno}: broad except")
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            if "inspect" in modules:
                found.append(f"{path.name}:{node.lineno}: imports inspect")
    return sorted(found, key=lambda problem: int(problem.split(":")[1]))


def test_planning_and_rendering_modules_do_not_execute_code() -> None:
    modules = sorted(p for p in CODEGEN.glob("*.py") if p.name != VERIFY)
    assert len(modules) >= 8
    assert [problem for path in modules for problem in _problems(path)] == []


def test_the_verification_module_is_the_one_that_runs_generated_code() -> None:
    assert any("exec()" in problem for problem in _problems(CODEGEN / VERIFY))


def test_the_scan_finds_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import inspect\ntry:\n    eval('1')\nexcept Exception:\n    exec('x = 1')\n"
        "for _ in range(8):\n    pass\n"
        "while source:\n    source = verify.build_source(source, 'C')\n"
        "for item in items:\n    print(item)\n",
        encoding="utf-8",
    )
    assert _problems(sample) == [
        "sample.py:1: imports inspect",
        "sample.py:3: eval()",
        "sample.py:4: broad except",
        "sample.py:5: exec()",
        "sample.py:6: retry loop",
        "sample.py:8: retry loop",
    ]
