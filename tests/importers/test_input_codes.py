"""`postman-invalid` and `input-swagger`: inputs of a shape that cannot be converted or read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers.postman import convert_postman
from connector_dsl.importers.swagger import read_swagger


def test_a_postman_item_that_is_not_an_object() -> None:
    with pytest.raises(InputError) as caught:
        convert_postman({"info": {"name": "x"}, "item": [3]})
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "postman-invalid"
    assert diagnostic.place.pointer == "/item/0"


def test_a_swagger_value_of_the_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "apiDefinition.swagger.json"
    document = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": []}
    path.write_text(json.dumps(document, indent=2))
    with pytest.raises(InputError) as caught:
        read_swagger(path)
    codes = {d.code for d in caught.value.diagnostics}
    assert codes == {"input-swagger"}
    assert [d.place.pointer for d in caught.value.diagnostics] == ["/paths"]
    assert caught.value.diagnostics[0].place.line is not None
