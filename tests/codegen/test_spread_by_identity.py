"""`responses.share` makes each shared reply the mapping's own call; `spread` finds it so."""

from __future__ import annotations

import ast

from connector_dsl.codegen.calls import Call, Expr
from connector_dsl.codegen.names import Namer
from connector_dsl.codegen.responses import share, spread


def _reply(text: str) -> Call:
    return Call("Reply", (), (text,))


def test_share_gives_each_operation_the_mappings_call() -> None:
    first = {"401": _reply("No key."), "500": _reply("Failed.")}
    second = {"401": _reply("No key."), "500": _reply("Failed."), "404": _reply("Gone.")}
    found = share([first, second], Namer())
    assert [mapping.name for mapping in found] == ["ERRORS"]
    calls = found[0].calls
    assert (first["401"], first["500"]) == calls
    assert second["401"] is calls[0] and second["500"] is calls[1]
    assert spread(first, found) == Expr("ERRORS")
    assert spread(second, found) == Expr("{**ERRORS, '404': Reply('Gone.')}")


def test_a_reply_share_did_not_see_is_not_spread() -> None:
    first = {"401": _reply("No key."), "500": _reply("Failed.")}
    found = share([first, {**first}], Namer())
    alike = {"401": _reply("No key."), "500": _reply("Failed.")}  # equal, not the same calls
    assert spread(alike, found) is alike


def test_mapping_source_is_what_ast_writes() -> None:
    replies = [{"401": _reply("It's 'denied'"), "default": Call("Exact", (), ({"a": [1]},))}] * 2
    mapping = share([dict(items) for items in replies], Namer())[0]
    keys: list[ast.expr | None] = [ast.Constant(status) for status, _ in mapping.replies]
    tree = ast.Dict(keys=keys, values=[call.node() for call in mapping.calls])
    unparsed = ast.unparse(ast.fix_missing_locations(tree))
    assert mapping.source() == f"ERRORS: dict[str, Reply | Exact] = {unparsed}"
