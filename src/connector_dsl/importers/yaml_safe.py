"""Loading YAML safely: a safe loader, JSON-like values, and a bound on alias expansion."""

from __future__ import annotations

from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

from connector_dsl.errors import Diagnostic, InputError, Place, Severity, escape_pointer_token
from connector_dsl.importers.limits import MAX_INT_DIGITS, TooLongNumber
from connector_dsl.importers.locating import walk_yaml

MAX_YAML_NODES = 1_000_000
"""Most nodes a YAML document may have once its aliases are expanded."""

MAX_YAML_TEXT = 64 * 1024 * 1024
"""Most characters of scalar text a YAML document may hold once its aliases are expanded."""

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE = "tag:yaml.org,2002:merge"


def _key_text(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bool) or key is None:
        return "true" if key is True else "false" if key is False else "null"
    return str(key)


class _Loader(_BASE):  # type: ignore[misc, unused-ignore]
    """A safe loader whose values are all JSON: timestamps and binary stay text,
    and mapping keys are strings (`200:` is the key "200")."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        base: Any = super()
        mapping: dict[Any, Any] = base.construct_mapping(node, deep=deep)
        return {_key_text(key): value for key, value in mapping.items()}

    def construct_text(self, node: Any) -> str:
        value: str = self.construct_scalar(node)
        return value

    def construct_integer(self, node: Any) -> int | TooLongNumber:
        """An integer; one too long to convert stays text, to be refused with its place."""
        text: str = self.construct_scalar(node)
        if len(text.replace("_", "")) > MAX_INT_DIGITS:
            return TooLongNumber(text)
        base: Any = super()
        value: int = base.construct_yaml_int(node)
        return value

    def construct_set(self, node: Any) -> Any:
        """`!!set` has no JSON form: refused at its line and column."""
        problem = "a YAML !!set has no JSON form; write a list (- item) instead"
        raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_text)
_Loader.add_constructor("tag:yaml.org,2002:binary", _Loader.construct_text)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_integer)
_Loader.add_constructor("tag:yaml.org,2002:set", _Loader.construct_set)


def _place(file: str, mark: Any) -> Place:
    if mark is None:
        return Place(file=file)
    return Place(file=file, line=mark.line + 1, column=mark.column + 1)


def _bounded(root: Any, file: str) -> list[tuple[Any, Any]]:
    """Refuse recursive aliases and expansion past `MAX_YAML_NODES` nodes or `MAX_YAML_TEXT`
    characters; return repeated keys as (mapping node, key node)."""
    sizes: dict[int, int] = {}
    texts: dict[int, int] = {}
    open_nodes: set[int] = set()
    repeated: list[tuple[Any, Any]] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        children = _children(node)
        if done:
            open_nodes.discard(id(node))
            total = 1 + sum(sizes[id(child)] for child in children)
            text = sum(texts[id(child)] for child in children)
            if isinstance(node, yaml.ScalarNode):
                text = len(node.value)
            if total > MAX_YAML_NODES or text > MAX_YAML_TEXT:
                msg = (
                    f"its aliases expand to more than {MAX_YAML_NODES:,} values or "
                    f"{MAX_YAML_TEXT:,} characters (a 'billion laughs' document); it was not "
                    "read: write the values out"
                )
                raise InputError([_diagnostic("input-too-large", msg, file, node.start_mark)])
            sizes[id(node)] = total
            texts[id(node)] = text
            continue
        if id(node) in sizes:
            continue
        if id(node) in open_nodes:
            msg = "an alias refers to a node that contains it; JSON cannot hold a cycle"
            raise InputError([_diagnostic("input-too-large", msg, file, node.start_mark)])
        open_nodes.add(id(node))
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
        if isinstance(node, yaml.MappingNode):
            repeated.extend(_repeated_keys(node))
    return repeated


def _children(node: Any) -> list[Any]:
    value = node.value
    if not isinstance(value, list):
        return []
    if isinstance(node, yaml.MappingNode):
        return [part for pair in value for part in pair]  # pyright: ignore[reportUnknownVariableType]
    return list(value)  # pyright: ignore[reportUnknownArgumentType]


def _repeated_keys(node: Any) -> list[tuple[Any, Any]]:
    seen: set[str] = set()
    repeated: list[tuple[Any, Any]] = []
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE:
            continue
        text: str = key.value
        if text in seen:
            repeated.append((node, key))
        seen.add(text)
    return repeated


def _diagnostic(
    code: str, message: str, file: str, mark: Any, severity: Severity = "error"
) -> Diagnostic:
    return Diagnostic(code=code, message=message, place=_place(file, mark), severity=severity)


def load_yaml(text: str, file: str) -> tuple[Any, Any, list[Diagnostic]]:
    """The data of a YAML text, its composed root node and the warnings.

    Raises `InputError` for a syntax error, several documents, a recursive alias or
    an alias bomb.
    """
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            msg = "the file holds no YAML document; give a swagger or OpenAPI document"
            raise InputError([_diagnostic("input-empty", msg, file, None)])
        repeated = _bounded(root, file)
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        problem = error.problem or "this is not valid YAML"
        context = f" ({error.context})" if error.context else ""
        msg = f"not valid YAML: {problem}{context}; fix the file here and try again"
        mark = error.problem_mark or error.context_mark
        raise InputError([_diagnostic("input-syntax", msg, file, mark)]) from None
    except yaml.reader.ReaderError as error:
        position: int = error.position
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        character: Any = error.character
        code = character if isinstance(character, int) else ord(str(character)[:1] or "?")
        msg = (
            f"not valid YAML: character U+{code:04X} is not allowed here; "
            "delete it or write it as an escape in a quoted string"
        )
        place = Place(file=file, line=line, column=column)
        raise InputError([Diagnostic(code="input-syntax", message=msg, place=place)]) from None
    except yaml.YAMLError as error:
        msg = f"not valid YAML: {error}; fix the file and try again"
        raise InputError([_diagnostic("input-syntax", msg, file, None)]) from None
    except RecursionError:
        msg = "the document is nested too deeply to read; it cannot be a real connector"
        raise InputError([_diagnostic("input-too-large", msg, file, None)]) from None
    finally:
        loader.dispose()
    return data, root, list(_duplicate_warnings(root, repeated, file))


def _duplicate_warnings(root: Any, repeated: list[tuple[Any, Any]], file: str) -> list[Diagnostic]:
    if not repeated:
        return []
    where = {id(node): pointer for pointer, node in reversed(list(walk_yaml(root)))}
    found: list[Diagnostic] = []
    for mapping, key in repeated:
        mark = _place(file, key.start_mark)
        pointer = where.get(id(mapping), "") + "/" + escape_pointer_token(key.value)
        place = Place(file=file, line=mark.line, column=mark.column, pointer=pointer)
        msg = f"key {key.value!r} is repeated; the last value was kept: delete the other one"
        found.append(
            Diagnostic(code="input-duplicate-key", message=msg, place=place, severity="warning")
        )
    return found
