"""A page per diagnostic code and per validator rule, from the two registries.

Meaning and fix come from `connector_dsl.diagnostics.CODES`; a rule's group, severities
and summary from `connector_dsl.validate.RULES`, and its notes from the rule table of
`docs/validator-rules.md`. The example of each page is a message the test suite made
(`messages.json`, written by `CDSL_RECORD_MESSAGES=docsgen/messages.json pytest ...`;
see `tests/docs/record_messages.py`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from connector_dsl.diagnostics import CODES, STAGES, Code
from connector_dsl.validate import RULES, Rule

HERE = Path(__file__).resolve().parent
MESSAGES = HERE / "messages.json"
RULES_PAGE = HERE.parent / "docs" / "validator-rules.md"
CODE_DIR = "codes"
RULE_DIR = "rules"

_RULE_ROW = re.compile(r"^\| `(?P<id>[A-Za-z-]+)` \| yes \|(?P<rest>.*)\|\s*$", re.MULTILINE)


def examples() -> dict[str, str]:
    """Code or rule id -> one message the test suite reported with it."""
    if not MESSAGES.is_file():
        return {}
    data: dict[str, str] = json.loads(MESSAGES.read_text(encoding="utf-8"))
    return data


def rule_notes(text: str | None = None) -> dict[str, str]:
    """Rule id -> the Notes cell of its row in validator-rules.md."""
    if text is None:
        text = RULES_PAGE.read_text(encoding="utf-8")
    notes: dict[str, str] = {}
    for match in _RULE_ROW.finditer(text):
        cells = [cell.strip() for cell in match["rest"].split("|")]
        notes[match["id"]] = cells[-1] if cells else ""
    return notes


def _example(example: str | None) -> list[str]:
    if example is None:
        return ["No message with this code was recorded from the test suite yet."]
    return [
        "A message the test suite recorded (its file, if any, is one of the project's tests):",
        "",
        '<div class="message" markdown>',
        "",
        "```text",
        example,
        "```",
        "",
        "</div>",
    ]


def code_page(code: Code, example: str | None) -> str:
    """The page of one diagnostic code."""
    lines = [
        f"# `{code.code}`",
        "",
        f"**{code.severity}** · {STAGES[code.stage]}",
        "",
        "## What it means",
        "",
        code.meaning,
        "",
        "## Example",
        "",
        *_example(example),
        "",
        "## How to fix it",
        "",
        code.fix,
        "",
        f"[Every diagnostic code](../diagnostics.md#{code.code})",
    ]
    return "\n".join(lines) + "\n"


def _said(rule_id: str, example: str | None) -> list[str]:
    """What the example's message asks for, quoted, as the first line of the fix."""
    if example is None or f"[{rule_id}] " not in example:
        return []
    message = example.split(f"[{rule_id}] ", 1)[1].strip()
    return [f"The example's message says: *{message.replace('*', chr(92) + '*')}*", ""]


def _severity(value: str | None) -> str:
    return "not run" if value is None else value


def rule_page(rule: Rule, notes: str, example: str | None) -> str:
    """The page of one validator rule."""
    origin = (
        "A check of connector-dsl's own (Microsoft has no id for it)."
        if rule.ours
        else "A rule of Microsoft's certification Swagger Validator; the id is Microsoft's."
    )
    lines = [
        f"# `{rule.id}`",
        "",
        f"{origin} Group: {rule.group}.",
        "",
        "| profile | severity |",
        "|---|---|",
        f"| `custom` | {_severity(rule.custom)} |",
        f"| `certification` | {_severity(rule.certification)} |",
        "",
        "## What it means",
        "",
        rule.summary[:1].upper() + rule.summary[1:] + ".",
    ]
    if notes and notes.strip(". ").lower() != rule.summary.strip(". ").lower():
        lines += ["", notes]
    lines += [
        "",
        "## Example",
        "",
        *_example(example),
        "",
        "## How to fix it",
        "",
        *_said(rule.id, example),
        "Each finding names the file and the JSON pointer it is about (and, for a connector "
        "written in Python, the file, line and `Class.field` that wrote it); its message says "
        "what to change there. To turn the rule off or change its severity, see "
        "[the validator's settings](../validator-rules.md#profiles).",
        "",
        f"[Every validator rule](index.md#{rule.id.lower()})",
    ]
    return "\n".join(lines) + "\n"


def rules_index() -> str:
    """`rules/index.md`: every implemented rule with a link to its page."""
    lines = [
        "# Rule pages",
        "",
        "<!-- Generated from connector_dsl.validate.RULES when the site is built. -->",
        "",
        "Each rule `connector-dsl validate` runs has a page: what it means, a message it "
        "gives and how to fix it. [Validator rules](../validator-rules.md) explains the "
        "profiles and how severities were calibrated.",
        "",
        "| rule | group | custom | certification | summary |",
        "|---|---|---|---|---|",
    ]
    for rule in sorted(RULES.values(), key=lambda r: r.id.lower()):
        summary = rule.summary.replace("|", "\\|")
        lines.append(
            f'| <a id="{rule.id.lower()}"></a>[`{rule.id}`]({rule.id}.md) | {rule.group} | '
            f"{_severity(rule.custom)} | {_severity(rule.certification)} | {summary} |"
        )
    return "\n".join(lines) + "\n"


def pages() -> dict[str, str]:
    """Every generated page: path under docs/ -> Markdown."""
    found = examples()
    notes = rule_notes()
    generated = {
        f"{CODE_DIR}/{code}.md": code_page(c, found.get(code)) for code, c in CODES.items()
    }
    for rule_id, rule in RULES.items():
        generated[f"{RULE_DIR}/{rule_id}.md"] = rule_page(
            rule, notes.get(rule_id, ""), found.get(rule_id)
        )
    generated[f"{RULE_DIR}/index.md"] = rules_index()
    return generated
