"""The module imports only the names its code uses: names in strings and comments do not count."""

from __future__ import annotations

from connector_dsl.codegen.used_names import code_names as _used_names


def test_names_in_code_count_and_in_strings_not() -> None:
    body = (
        '"""Route docstring."""\n'
        "class A(Action[None]):\n"
        "    route = Route(summary='Uses Field and Query', description=\"it's Body\")\n"
        "    x: Annotated[int, Path()]  # Header\n"
    )
    found = _used_names(body)
    assert {"A", "Action", "Route", "Annotated", "int", "Path", "route", "x"} <= found
    assert not found & {"Field", "Query", "Body", "Header", "docstring"}


def test_whole_identifiers_only() -> None:
    found = _used_names("MyField = Field2 + 3 + x_Raw\nRaw\n")
    assert "Field" not in found
    assert {"MyField", "Field2", "x_Raw", "Raw"} <= found
    assert "3" not in found


def test_code_outside_ascii_is_read_by_identifier() -> None:
    found = _used_names("é = Fieldé + éRaw\n")
    assert "Field" in found
    assert "Raw" not in found


def test_escapes_and_triple_quotes() -> None:
    found = _used_names("'a\\'Field' \"\"\"x \"\" Body\"\"\" Query\n'''Ui''' Reply\n")
    assert {"Query", "Reply"} <= found
    assert not found & {"Field", "Body", "Ui"}
