"""`{{variables}}`: collection variables, an environment file, and substitution."""

from __future__ import annotations

import re
from typing import Any

from connector_dsl.importers.postman_reader import Reporter, Tokens

VARIABLE = re.compile(r"\{\{\s*([^{}]+?)\s*\}\}")
"""A `{{name}}` reference; group 1 is the name."""

_MAX_DEPTH = 8


class Variables:
    """Known variable values: the environment's win over the collection's."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def lookup(self, name: str) -> str | None:
        """The value of `name` with nested references resolved; None when unknown or empty."""
        value = self.values.get(name)
        for _ in range(_MAX_DEPTH):
            if not value or not VARIABLE.search(value):
                break
            value = self.substitute(value, keep_unknown=True)
        return value or None

    def substitute(self, text: str, *, keep_unknown: bool = True) -> str:
        """`text` with every known reference replaced by its (one-level) value."""

        def replace(match: re.Match[str]) -> str:
            value = self.values.get(match.group(1))
            if value:
                return value
            return match.group(0) if keep_unknown else ""

        return VARIABLE.sub(replace, text)


def _variable_list(
    reporter: Reporter, entries: object, at: Tokens, *, enabled_key: str
) -> dict[str, str]:
    values: dict[str, str] = {}
    for index, entry in enumerate(reporter.sequence(entries, at)):
        where = (*at, index)
        item = reporter.mapping(entry, where)
        name = reporter.text(item.get("key", item.get("id")), (*where, "key"))
        if not name:
            continue
        if enabled_key == "enabled" and item.get("enabled") is False:
            continue
        if enabled_key == "disabled" and item.get("disabled") is True:
            continue
        value = item.get("value")
        if isinstance(value, str | int | float | bool):
            values[name] = reporter.text(value, (*where, "value"))
    return values


def read_variables(
    reporter: Reporter, collection: dict[str, Any], environment: dict[str, Any] | None
) -> Variables:
    """The collection's variables, overridden by the environment's enabled values."""
    values = _variable_list(
        reporter, collection.get("variable"), ("variable",), enabled_key="disabled"
    )
    if environment is not None:
        env_reporter = Reporter(source="<environment>", warnings=reporter.warnings)
        env = env_reporter.mapping(environment, ())
        values.update(
            _variable_list(env_reporter, env.get("values"), ("values",), enabled_key="enabled")
        )
    return Variables(values)
