"""Operation ids and summaries a connector can use, and declared path parameters.

Ids are made unique and valid (letters, digits, `_`): a missing id comes from the
method and path, `add-attachments` becomes `addAttachments`, a repeated id gets a
number. A missing summary, or Stoplight's placeholder "Your GET endpoint", is
replaced by the words of the spec's operation id (what its author named it), or of
the method and path when there is none; summaries are otherwise only trimmed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from connector_dsl.importers.openapi3_context import Context, Json, Where

_VALID_ID = re.compile(r"^[A-Za-z0-9_]+\Z")
_PLACEHOLDER = re.compile(r"^your (get|put|post|delete|options|head|patch|trace) endpoint$", re.I)
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


@dataclass
class Slot:
    """One converted operation and where it came from."""

    path: str
    method: str
    operation: Json
    where: Where


def _camel(words: list[str]) -> str:
    head, *rest = words
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def derived_id(method: str, path: str) -> str:
    """An id from method and path: `get /hubs/{hub_id}/projects` is `getHubsByHubIdProjects`."""
    words = [method.lower()]
    for segment in path.split("/"):
        name = _TEMPLATE.fullmatch(segment)
        parts = re.split(r"[^A-Za-z0-9]+", name.group(1) if name else segment)
        parts = [part for part in parts if part]
        if parts:
            words += ["by", *parts] if name else parts
    return _camel(words)


def sentence(text: str) -> str:
    """`getIssueTypes` or `add-attachments` as words: `Get issue types`, `Add attachments`."""
    words = [word.lower() for word in _WORDS.findall(text)]
    return " ".join(words).capitalize()


def fix_operation_ids(slots: list[Slot], ctx: Context) -> None:
    """Give every operation a unique, valid id, warning about each change."""
    taken: set[str] = set()
    for slot in slots:
        original = slot.operation.get("operationId")
        where = (*slot.where, "operationId")
        if not isinstance(original, str) or not original.strip():
            candidate = derived_id(slot.method, slot.path)
            ctx.warn("openapi3-operation-id-missing", f"no operationId; used {candidate!r}", where)
        elif not _VALID_ID.match(original):
            candidate = _camel([p for p in re.split(r"[^A-Za-z0-9_]+", original) if p] or ["op"])
            msg = f"operationId {original!r} became {candidate!r} (letters, digits, _ only)"
            ctx.warn("openapi3-operation-id-changed", msg, where)
        else:
            candidate = original
        unique, n = candidate, 2
        while unique.lower() in taken:
            unique, n = f"{candidate}{n}", n + 1
        if unique != candidate:
            msg = f"operationId {candidate!r} is used before; this one became {unique!r}"
            ctx.warn("openapi3-operation-id-duplicate", msg, where)
        taken.add(unique.lower())
        slot.operation["operationId"] = unique


def fix_summaries(slots: list[Slot], original_ids: Sequence[object], ctx: Context) -> None:
    """Trim summaries; fill missing and placeholder ones, warning about each."""
    for slot, original in zip(slots, original_ids, strict=True):
        summary = slot.operation.get("summary")
        text = summary.strip() if isinstance(summary, str) else ""
        where = (*slot.where, "summary")
        if text and not _PLACEHOLDER.match(text):
            slot.operation["summary"] = text
            continue
        source = original if isinstance(original, str) and original.strip() else ""
        filled = sentence(source) or sentence(derived_id(slot.method, slot.path))
        if text:
            msg = f"placeholder summary {text!r} replaced by {filled!r}"
            ctx.warn("openapi3-summary-placeholder", msg, where)
        else:
            ctx.warn("openapi3-summary-missing", f"no summary; used {filled!r}", where)
        slot.operation["summary"] = filled


def declare_path_parameters(slot: Slot, declared: set[str], ctx: Context) -> None:
    """Add a string path parameter for each `{name}` of the path no parameter declares."""
    for name in _TEMPLATE.findall(slot.path):
        if name not in declared:
            parameters: list[Json] = slot.operation.setdefault("parameters", [])
            parameters.append({"name": name, "in": "path", "required": True, "type": "string"})
            msg = f"path parameter {name!r} was not declared; added as a required string"
            ctx.warn("openapi3-path-parameter-added", msg, slot.where)
