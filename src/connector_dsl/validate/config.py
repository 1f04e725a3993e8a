"""`[tool.connector-dsl.validate]` in pyproject.toml: rules to disable and severities.

[tool.connector-dsl.validate]
profile = "certification"
disable = ["OperationIdSanitized"]
severity = { PathParameterMissingEncoding = "error" }
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from connector_dsl.errors import Diagnostic, InputError, Place
from connector_dsl.validate.jsonview import arr, obj
from connector_dsl.validate.profiles import PROFILES, Profile, RuleSeverity
from connector_dsl.validate.registry import RULES


@dataclass(frozen=True, slots=True)
class Config:
    """Validation settings from pyproject.toml."""

    profile: Profile | None = None
    disable: frozenset[str] = frozenset()
    severity: dict[str, RuleSeverity] = field(default_factory=dict[str, RuleSeverity])


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start`."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def read_config(path: Path | None) -> Config:
    """The `[tool.connector-dsl.validate]` table; an empty Config when there is none."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise InputError([Diagnostic("config", str(error), Place(file=str(path)))]) from error
    table = obj((obj((obj(data.get("tool")) or {}).get("connector-dsl")) or {}).get("validate"))
    if table is None:
        return Config()
    problems: list[str] = []
    disable = [str(rule) for rule in arr(table.get("disable")) or []]
    problems += [f"unknown rule {rule!r} in disable" for rule in disable if rule not in RULES]
    severity: dict[str, RuleSeverity] = {}
    for rule, level in (obj(table.get("severity")) or {}).items():
        if rule not in RULES or level not in ("error", "warning"):
            problems.append(f"severity.{rule} = {level!r}: need a known rule and error/warning")
        else:
            severity[rule] = cast(RuleSeverity, level)
    profile = table.get("profile")
    if profile is not None and profile not in PROFILES:
        problems.append(f"profile {profile!r} is not one of {', '.join(PROFILES)}")
    if problems:
        place = Place(file=str(path), pointer="/tool/connector-dsl/validate")
        raise InputError([Diagnostic("config", p, place) for p in problems])
    return Config(cast(Profile | None, profile), frozenset(disable), severity)
