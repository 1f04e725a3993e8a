"""The scan for docstrings under fields gives what the syntax tree gives, or leaves it to it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from connector_dsl.compile.docstring_scan import scan
from connector_dsl.compile.docstrings import _parsed

SURE = {
    "fields": '''
        class A:
            """The class's own docstring is no field's."""

            x: int
            """About x."""
            y: str = "y"
            z: list[int] = []
            """About z,
               over two lines."""
    ''',
    "prefixes and quotes": """
        class A:
            a: int
            r'raw \\d'
            b: int
            u"plain"
            c: int
            b"bytes are no docstring"
            d: int
            'say "it"'
            e: int
            '''it's'''
            f: int
            "escaped \\u00e9"
            g: int
            "one" "string" 'made of three'
            h: int
            "a string".upper()
    """,
    "what breaks the pair": '''
        class A:
            x: int
            # a comment line keeps the pair

            """about x"""
            """a second string is nobody's"""
            y: int
            z = 1
            """after an assignment: nobody's"""
            w: int

            def method(self) -> None:
                """A method's docstring."""

            v: int
            @property
            def p(self) -> int:
                return 1
            "after a method"
            u: int
            if True:
                "inside if: nobody's"
    ''',
    "names that are not fields": """
        class A:
            a.b: int
            "attribute target"
            c[0]: int
            "subscript target"
            else_: int
            "a real field"
            match: int
            "soft keywords name fields"
            type: str = "t"
            "so does type"
    """,
    "nesting": '''
        class Outer:
            x: int
            """outer x"""

            class Inner:
                y: int
                """inner y"""

            z: int
            """outer z"""


        def factory():
            class Local:
                a: int
                """local a"""

            async def deeper():
                class Deep:
                    b: int
                    """deep b"""

            return Local


        if True:
            class Hidden:
                c: int
                """in an if block: not read, as the syntax tree walk does"""
        for _ in ():
            pass
        else:
            class Hidden2:
                d: int
                """nor here"""
    ''',
    "redefinition": '''
        class Twice:
            x: int
            """first"""


        class Twice:
            y: int
            """second"""


        class Gone:
            x: int
            """forgotten by the next definition"""


        class Gone: pass
    ''',
    "brackets, continuations, comments": '''
        @decorator(
            "text: with a colon", {"key": [1, (2, 3)]},  # comment ( with [ brackets
        )
        class A(
            Base,
            metaclass=Meta,
        ):  # comment
            x: Annotated[
                dict[str, list[int]],  # a comment with a quote '
                Field(description="a ] bracket"),
            ] = {"a": [1]}
            """about x"""
            y: int = \\
                1
            """about y"""
            z: str = """multi
        line ( with brackets """
            """about z"""
            w: int
            """with a backslash \\
            continued"""
    ''',
    "one-line bodies": """
        class Empty: pass
        def f(): return 1
        class A:
            x: int
            '''about x'''
            if x: y = 1
            z: int
            '''about z'''
    """,
}


@pytest.mark.parametrize("name", list(SURE))
def test_scan_gives_what_the_syntax_tree_gives(name: str) -> None:
    text = textwrap.dedent(SURE[name])
    found = scan(text)
    assert found is not None
    assert found == _parsed(text)


def test_scan_reads_values_as_python_does() -> None:
    found = scan(textwrap.dedent(SURE["prefixes and quotes"]))
    assert found == {
        "A": {
            "a": "raw \\d",
            "b": "plain",
            "d": 'say "it"',
            "e": "it's",
            "f": "escaped \u00e9",
            "g": "onestringmade of three",
        }
    }


def test_scan_follows_nesting_and_redefinition() -> None:
    assert scan(textwrap.dedent(SURE["nesting"])) == {
        "Outer": {"x": "outer x", "z": "outer z"},
        "Outer.Inner": {"y": "inner y"},
        "factory.<locals>.Local": {"a": "local a"},
        "factory.<locals>.deeper.<locals>.Deep": {"b": "deep b"},
    }
    assert scan(textwrap.dedent(SURE["redefinition"])) == {"Twice": {"y": "second"}}


UNSURE = {
    "semicolon": 'class A:\n    x: int; "about x"\n',
    "tab indentation": 'class A:\n\tx: int\n\t"about x"\n',
    "parenthesized target": 'class A:\n    (x): int\n    "about x"\n',
    "carriage return": 'class A:\r\n    x: int\r\n    "about x"\r\n',
    "too deep": "x = " + "[" * 20 + "]" * 20 + "\n",
    "unterminated": 'class A:\n    x: int\n    """about x\n',
    "bad dedent": "class A:\n        x: int\n    y: int\n",
}


@pytest.mark.parametrize("name", list(UNSURE))
def test_scan_leaves_what_it_cannot_be_sure_of_to_the_parser(name: str) -> None:
    assert scan(UNSURE[name]) is None


def test_scan_agrees_with_the_syntax_tree_on_this_package() -> None:
    root = Path(__file__).resolve().parents[2] / "src"
    sure = 0
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found = scan(text)
        if found is not None:
            sure += 1
            assert found == _parsed(text), path
    assert sure > 100
