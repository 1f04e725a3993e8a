"""The generated pages of the site cover every code, rule, command and public name.

The site itself is built by `nox -s docs` (`mkdocs build --strict`, also run by `.ci/run`);
these tests check what the build is fed, in a fraction of the time.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
from pathlib import Path

import connector_dsl
from connector_dsl.cli import parser
from connector_dsl.diagnostics import CODES
from connector_dsl.validate import RULES
from docsgen import cli, codes

ROOT = Path(__file__).resolve().parents[2]
API = ROOT / "docs" / "api"
PACKAGES = sorted(
    f"connector_dsl.{path.parent.name}"
    for path in (ROOT / "src" / "connector_dsl").glob("*/__init__.py")
    if "__all__" in path.read_text(encoding="utf-8")
)


def test_a_page_per_code_and_rule() -> None:
    pages = codes.pages()
    assert {f"codes/{code}.md" for code in CODES} < set(pages)
    assert {f"rules/{rule}.md" for rule in RULES} < set(pages)
    assert len(pages) == len(CODES) + len(RULES) + 1  # and rules/index.md


def test_code_page_has_meaning_example_and_fix() -> None:
    code = CODES["path-template-unbound"]
    page = codes.code_page(code, 'File "x.py", line 3, in A.route: error [path-template-unbound] m')
    assert page.startswith("# `path-template-unbound`\n")
    assert code.meaning in page and code.fix in page
    assert '```text\nFile "x.py", line 3, in A.route: error [path-template-unbound] m\n```' in page
    assert "(../diagnostics.md#path-template-unbound)" in page
    assert '<div class="message" markdown>' in page


def test_rule_page_has_severities_notes_and_example() -> None:
    rule = RULES["BodyOrFormDataParameterInFetchOperationNotAllowed"]
    notes = codes.rule_notes()[rule.id]
    page = codes.rule_page(rule, notes, None)
    assert "| `custom` | error |" in page and "| `certification` | error |" in page
    assert "designer calls itself" in page  # the note of validator-rules.md's table
    assert "No message with this code was recorded" in page
    example = f"at #/paths/~1x/get: error [{rule.id}] Make it a query parameter."
    page = codes.rule_page(rule, notes, example)
    assert "The example's message says: *Make it a query parameter.*" in page


def test_every_rule_has_notes_in_validator_rules_md() -> None:
    assert set(codes.rule_notes()) == set(RULES)


def test_recorded_messages_are_of_known_codes() -> None:
    recorded = json.loads(codes.MESSAGES.read_text(encoding="utf-8"))
    assert sorted(set(recorded) - set(CODES) - set(RULES)) == []
    for code, text in recorded.items():
        assert f"[{code}]" in text, code
    assert len(recorded) >= 200  # most of the 334 codes and rules have a real example


def _subparsers(top: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_cli_page_lists_every_command_and_option() -> None:
    page = cli.markdown()
    for name, sub in _subparsers(parser()).items():
        assert f"\n## `{name}`\n" in page
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            for option in action.option_strings:
                assert f"`{option}`" in page, (name, option)


def test_cli_page_reads_the_parser_it_is_given() -> None:
    top = argparse.ArgumentParser(prog="tool", description="A tool.")
    sub = top.add_subparsers().add_parser("go", description="Goes.")
    sub.add_argument("--speed", type=int, default=3, help="how fast (%(default)s)")
    page = cli.markdown(top)
    assert "## `go`" in page and "Goes." in page
    assert "| `--speed` `SPEED` | how fast (3) |  | `3` |" in page


def test_every_package_with_public_names_has_an_api_page() -> None:
    directives = {
        m[1]
        for page in API.glob("*.md")
        for m in re.finditer(r"^::: ([\w.]+)$", page.read_text(encoding="utf-8"), re.MULTILINE)
    }
    assert set(PACKAGES) <= directives
    assert "connector_dsl.authoring.raw" in directives


def test_api_index_says_where_each_top_level_name_is() -> None:
    text = (API / "index.md").read_text(encoding="utf-8")
    for name in connector_dsl.__all__:
        assert f"`{name}`" in text, name
    for name in ("Raw", "Exact", "RawDocument", "RawProperties"):
        assert not hasattr(connector_dsl, name)
        assert hasattr(importlib.import_module("connector_dsl.authoring.raw"), name)
