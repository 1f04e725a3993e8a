"""A `parameters` list no set of fields gives is written raw on the route, as a whole."""

from __future__ import annotations

import pytest

from connector_dsl.codegen.plan import DROP
from tests.codegen.operation_documents import document, generated, operation


def test_an_empty_list() -> None:
    # the compiler leaves out `parameters` when the class has no field
    source, plan = generated(document({"/things": {"get": operation("ListThings", [])}}))
    assert plan.operation_raw == {("/things", "get"): {"parameters": []}}
    assert "raw=Raw(keys={'parameters': []})" in source


@pytest.mark.invalid_document  # `{id}` has no parameter
def test_a_path_name_no_parameter_binds() -> None:
    # the class needs a field for `{id}`, which writes a parameter the input does not have
    source, plan = generated(document({"/things/{id}": {"get": operation("GetThing")}}))
    assert plan.operation_raw == {("/things/{id}", "get"): {"parameters": DROP}}
    assert "raw=Raw(drop=('parameters',))" in source
    assert "    id: Annotated[str, Path()]" in source
