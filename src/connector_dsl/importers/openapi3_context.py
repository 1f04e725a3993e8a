"""State shared by the OpenAPI 3 conversion steps: the input, its name, the warnings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from connector_dsl.errors import Diagnostic, InputError, Place, pointer

Where: TypeAlias = tuple[str | int, ...]
"""Reference tokens of a place in the input document."""

Json: TypeAlias = dict[str, Any]


def is_extension(key: object) -> bool:
    """Whether a key is a vendor extension (`x-...`), which is always carried through."""
    return isinstance(key, str) and key.startswith("x-")


def extensions(node: Json) -> Json:
    """The `x-` keys of an input node."""
    return {key: value for key, value in node.items() if is_extension(key)}


def unescape(token: str) -> str:
    """One RFC 6901 reference token decoded: `~1` is `/`, `~0` is `~`."""
    return token.replace("~1", "/").replace("~0", "~")


def ref_tokens(ref: str) -> tuple[str, ...]:
    """The tokens of a local `$ref` such as `#/components/schemas/Folder`."""
    body = ref[1:]
    if not body:
        return ()
    return tuple(unescape(token) for token in body.split("/")[1:])


@dataclass
class Context:
    """The input document, its file name, and the warnings gathered so far."""

    data: Json
    source: str
    warnings: list[Diagnostic] = field(default_factory=list)
    inlining: set[Where] = field(default_factory=lambda: set())
    """Places of schemas being inlined, to stop at recursion."""
    _quiet: int = 0
    _seen: set[tuple[str, str]] = field(default_factory=lambda: set())

    def place(self, where: Where) -> Place:
        """The place of an input node: this file and a JSON pointer."""
        return Place(file=self.source, pointer=pointer(*where))

    def warn(self, code: str, message: str, where: Where, *, quiet_too: bool = False) -> None:
        """Record that something was lost or changed at `where` (once per code and place).

        `quiet_too` reports it even while converting again (`quiet`): for losses found
        only then, such as a recursive `$ref` met while it is being inlined.
        """
        key = (code, pointer(*where))
        if (self._quiet and not quiet_too) or key in self._seen:
            return
        self._seen.add(key)
        self.warnings.append(
            Diagnostic(code=code, message=message, place=self.place(where), severity="warning")
        )

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Convert again something already reported elsewhere, without warning twice."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def fail(self, message: str, where: Where, code: str) -> InputError:
        """An input error at `where`, to raise."""
        return InputError([Diagnostic(code=code, message=message, place=self.place(where))])

    def resolve(self, ref: str, where: Where) -> tuple[Any, Where]:
        """The node a local `$ref` points at, and its tokens; follows chains of refs."""
        seen: set[str] = set()
        node: Any = {"$ref": ref}
        tokens: Where = where
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = str(node["$ref"])
            if ref in seen:
                msg = f"`$ref` {ref!r} refers to itself in a loop"
                raise self.fail(msg, tokens, code="openapi3-ref-loop")
            seen.add(ref)
            node, tokens = self._lookup(ref, tokens)
        return node, tokens

    def _lookup(self, ref: str, where: Where) -> tuple[Any, Where]:
        if not ref.startswith("#"):
            msg = f"external `$ref` {ref!r} is not supported; inline it (nothing is fetched)"
            raise self.fail(msg, where, code="openapi3-external-ref")
        node: Any = self.data
        tokens = ref_tokens(ref)
        for token in tokens:
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                msg = f"`$ref` {ref!r} points at nothing in this document"
                raise self.fail(msg, where, code="openapi3-ref-missing")
        return node, tokens
