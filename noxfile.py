"""Development sessions: lint, typing, tests, docs, package, bench, fuzz."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typing", "tests", "package"]
nox.options.reuse_existing_virtualenvs = True

TYPED = ["src", "aps_connectors"]


@nox.session
def lint(session: nox.Session) -> None:
    """ruff format --check and ruff check."""
    session.install("ruff>=0.8")
    session.run("ruff", "format", "--check", ".")
    session.run("ruff", "check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict and pyright on the library and the shipped connectors; the import layers."""
    session.install("-e", ".[test]")
    session.run("mypy", "--strict", *TYPED)
    session.run("pyright", "--project", ".", *TYPED)
    session.run("lint-imports")


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite; an empty run (pytest exit 5) fails."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs, success_codes=[0])


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site: `mkdocs build --strict` (a broken link or reference fails)."""
    session.install("-e", ".[docs]")
    session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session
def package(session: nox.Session) -> None:
    """Build the sdist and the wheel into a fresh `dist/` and check them with twine."""
    session.install("build>=1.2", "twine>=5.1")
    shutil.rmtree("dist", ignore_errors=True)
    session.run("python", "-m", "build")
    session.run("twine", "check", "--strict", *sorted(str(p) for p in Path("dist").iterdir()))


@nox.session
def typing_corpus(session: nox.Session) -> None:
    """Every corpus connector's generated module through mypy --strict and pyright (a count)."""
    session.install("-e", ".[test]")
    session.run("python", "bench/typing_corpus.py", *session.posargs)


@nox.session
def predictor(session: nox.Session) -> None:
    """The schema rules against the live classes on every corpus connector: the predicted
    schemas must be the live ones; prints how many connectors needed the live classes."""
    session.install("-e", ".[test]")
    session.run(
        "pytest",
        "tests/codegen/test_schema_rules_corpus.py",
        "-q",
        *session.posargs,
        env={"SCHEMA_RULES_CORPUS": "all"},
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: each script prints its figures as ratios against its baseline."""
    session.install("-e", ".[test]")
    for script in sorted(Path("bench").glob("bench_*.py")):
        session.run("python", str(script))


@nox.session
def fuzz(session: nox.Session) -> None:
    """A longer fuzzing campaign (`nox -s fuzz -- --inputs 5000 --seed 2`): prints inputs per
    command, successes, clean errors, tracebacks, timeouts and peak memory; fails on any
    traceback, timeout or package left changed by a failed write."""
    session.install("-e", ".[test]")
    args = session.posargs or ["--inputs", "2000"]
    session.run("python", "-m", "tests.robustness.fuzzing", *args)
