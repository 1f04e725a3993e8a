"""Client secrets in `apiProperties.json`: found by pointer and left out of what is written."""

from __future__ import annotations

import copy
from typing import Any

from connector_dsl.errors import escape_pointer_token


def client_secret_pointers(data: Any) -> list[str]:
    """JSON pointers of the non-empty `oAuthSettings.clientSecret` values in `data`."""
    found: list[str] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            items: dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
            for key, item in items.items():
                here = f"{where}/{escape_pointer_token(str(key))}"
                if key == "oAuthSettings" and isinstance(item, dict):
                    secret: Any = item.get("clientSecret")  # pyright: ignore[reportUnknownMemberType]
                    if isinstance(secret, str) and secret:
                        found.append(f"{here}/clientSecret")
                stack.append((item, here))
        elif isinstance(value, list):
            elements: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
            stack.extend((item, f"{where}/{index}") for index, item in enumerate(elements))
    return sorted(found)


def without_client_secrets(data: Any) -> tuple[Any, list[str]]:
    """A copy of `data` without client secret values, and the pointers of those removed."""
    pointers = client_secret_pointers(data)
    if not pointers:
        return data, []
    clean = copy.deepcopy(data)
    for pointer in pointers:
        node: Any = clean
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
        for token in tokens[:-1]:
            node = node[int(token)] if isinstance(node, list) else node[token]
        del node[tokens[-1]]
    return clean, pointers
