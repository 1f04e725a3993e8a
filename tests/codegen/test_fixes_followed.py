"""The per-key fixes' keys are followed on the first prediction: no second prediction.

`model_check.check_models` gives a class the keys it writes differently
(`json_schema_extra`); where the rules follow those keys (`Predicted.given`) the
classes are not predicted again. A fix that decides other keys (a title) is still
checked by a second prediction. On corpus connectors, what is followed is exactly
what a whole second prediction gives (as values: key order is not predicted).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.codegen import generate, model_check, schema_rules, verify
from connector_dsl.codegen.module import render
from connector_dsl.codegen.plan import Plan
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from tests.codegen.corpus import corpus_files, read_json
from tests.codegen.operation_documents import count_schema_runs, item_document

SAMPLE = 20
"""Corpus connectors checked, evenly spread over the sorted corpus."""


def _document(thing: dict[str, Any]) -> dict[str, Any]:
    return item_document({"Thing": thing}, "Thing")


def _thing(**keys: Any) -> dict[str, Any]:
    """A definition whose required property has a default (given as `json_schema_extra`)."""
    properties = {"code": {"type": "string", "default": "x"}, "name": {"type": "string"}}
    return {"type": "object", "required": ["code"], "properties": properties, **keys}


@pytest.fixture
def predictions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the schema computations of generation (`model_check._schemas`)."""
    return count_schema_runs(monkeypatch)


def test_a_key_given_on_a_property_needs_no_second_prediction(predictions: list[int]) -> None:
    parsed = SwaggerDocument.model_validate(_document(_thing()), context={"lenient": True})
    source, plan = generate(parsed)
    assert predictions == [1]
    assert "code: Annotated[str, Field(json_schema_extra={'default': 'x'})]" in source
    assert plan.definition_raw == {}
    assert verify.build_source(source, "ImportedConnector") == to_data(parsed)


@pytest.mark.invalid_document  # a title that is no string, on purpose
def test_a_title_given_is_checked_by_a_second_prediction(predictions: list[int]) -> None:
    thing = _thing(title=5)  # no string: pydantic leaves a class's `title` key out
    parsed = SwaggerDocument.model_validate(_document(thing), context={"lenient": True})
    source, plan = generate(parsed)
    assert predictions == [1, 1, 1]  # checked, then emptied, then checked again
    assert plan.definition_raw == {"Thing": thing}
    assert verify.build_source(source, "ImportedConnector") == to_data(parsed)


def _text(found: schema_rules.Predicted) -> str:
    """A prediction's schemas as text: value types told apart, key order not (not predicted)."""
    return json.dumps([found.classes, found.types], sort_keys=True)


def test_what_is_followed_is_what_a_second_prediction_gives(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = corpus_files(shared)
    if not files:
        pytest.skip("no corpus")
    files = files[:: max(1, len(files) // SAMPLE)][:SAMPLE]
    followed: list[str] = []
    differing: list[str] = []
    real_predict = schema_rules.predict
    real_given = schema_rules.Predicted.given
    runs: dict[int, tuple[list[Any], dict[str, int], Any]] = {}

    def predict(wanted: list[Any], order: dict[str, int], types: Any = ()) -> Any:
        found = real_predict(wanted, order, types)
        if found is not None:
            runs[id(found.run)] = (wanted, order, types)
        return found

    def given(self: schema_rules.Predicted, keys: Any, properties: Any) -> Any:
        found = real_given(self, keys, properties)
        if found is None:
            return None
        wanted, order, types = runs[id(self.run)]
        again = real_predict(wanted, order, types)  # the classes as the fixes left them
        followed.append(current)
        if again is None or _text(found) != _text(again):
            differing.append(current)
        return found

    monkeypatch.setattr(model_check, "predict", predict)
    monkeypatch.setattr(schema_rules.Predicted, "given", given)
    current = ""
    for path in files:
        current = path.parent.name
        render(read_json(path), Plan(), "ImportedConnector")
    assert differing == []
    assert followed  # the sample has connectors whose fixes are followed
