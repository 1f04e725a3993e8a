"""The schema rules agree with the live classes on real connectors.

Every schema computation of generation (`model_check._schemas`) is done both ways on
a sample of corpus connectors spread over the corpus: what the rules predict must be
what the classes made live write, for every class and every operation type (bodies,
responses, payloads); where the rules say they cannot predict, the live path is used.
`SCHEMA_RULES_CORPUS=all` checks the whole corpus (`nox -s predictor`) and prints
the figures.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from connector_dsl.codegen import model_check
from connector_dsl.codegen.models import ModelClass
from connector_dsl.codegen.module import render
from connector_dsl.codegen.plan import Plan
from connector_dsl.codegen.schema_rules import predict
from connector_dsl.codegen.type_tree import TypeNode
from tests.codegen.corpus import corpus_files, read_json

SAMPLE = 20
"""Connectors of the default run, evenly spread over the sorted corpus."""


def _files(shared: Path) -> list[Path]:
    files = corpus_files(shared)
    if not files:
        pytest.skip("no corpus")
    if os.environ.get("SCHEMA_RULES_CORPUS") == "all":
        return files
    step = max(1, len(files) // SAMPLE)
    return files[::step][:SAMPLE]


def test_predicted_schemas_are_the_live_ones(
    shared: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _files(shared)
    calls = predicted = classes = types = 0
    unsettled: set[str] = set()
    differing: list[str] = []

    def both(
        wanted: list[ModelClass], order: dict[str, int], expressions: Sequence[TypeNode] = ()
    ) -> model_check.Schemas:
        nonlocal calls, predicted, classes, types
        live, written = model_check.live_schemas(wanted, order, expressions)
        prediction = predict(wanted, order, expressions)
        calls += 1
        if prediction is None:
            unsettled.add(current)
            return model_check.Schemas(live, written, None)
        predicted += 1
        for model in wanted:
            classes += 1
            have = live.get(model.name)
            if not isinstance(have, dict | list):
                have = None  # a definition not written: the rules leave it out
            if prediction.classes.get(model.name) != have:
                differing.append(f"{current}: {model.name}")
        for node, guess, have in zip(expressions, prediction.types, written, strict=True):
            types += 1
            if guess != have:
                differing.append(f"{current}: {node.source()}")
        return model_check.Schemas(live, written, prediction)

    monkeypatch.setattr(model_check, "_schemas", both)
    current = ""
    for path in files:
        current = str(path.relative_to(shared / "corpus").parent)
        render(read_json(path), Plan(), "ImportedConnector")
    with capsys.disabled():
        print(
            f"\nschema rules: {len(files)} connectors, {calls} schema computations, "
            f"{predicted} predicted ({classes} classes, {types} operation types, "
            f"{len(differing)} differing), "
            f"{calls - predicted} on the live path in {len(unsettled)} connectors: "
            f"{', '.join(sorted(unsettled))}"
        )
    assert differing == []
    assert calls > 0
    assert len(unsettled) <= max(1, len(files) // 50)  # very few connectors need the classes
