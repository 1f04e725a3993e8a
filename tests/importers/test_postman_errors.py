"""Shapes that are not a Postman collection raise `InputError` with a pointer, nothing else."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connector_dsl.errors import InputError
from connector_dsl.importers.postman import convert_postman

from .postman_kit import collection, request


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ([], ""),
        ({"item": []}, "/info"),
        ({"info": {"name": "x"}, "item": {}}, "/item"),
        ({"info": {"name": "x"}, "item": [3]}, "/item/0"),
        (collection(request("A", header=[1])), "/item/0/request/header/0"),
        (collection(request("A", url={"raw": ["x"]})), "/item/0/request/url/raw"),
        (collection(request("A", body=[])), "/item/0/request/body"),
        ({"info": {}, "item": [], "variable": 5}, "/variable"),
    ],
)
def test_bad_shapes_raise_input_error_at_the_place(data: Any, where: str) -> None:
    with pytest.raises(InputError) as caught:
        convert_postman(data, source="bad.json")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.place.file == "bad.json"
    assert diagnostic.place.pointer == where


def test_bad_environment_names_the_environment() -> None:
    with pytest.raises(InputError) as caught:
        convert_postman(collection(request("A")), environment={"values": {}})
    assert caught.value.diagnostics[0].place.file == "<environment>"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
_keys = st.sampled_from(
    ["name", "item", "request", "url", "method", "header", "body", "auth", "response"]
)
_shaped = st.recursive(
    _json,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(items=_shaped, auth=_shaped)
def test_arbitrary_input_only_raises_input_error(items: Any, auth: Any) -> None:
    data = {"info": {"name": "x"}, "item": items, "auth": auth}
    with contextlib.suppress(InputError):
        convert_postman(data)
