"""The cyclic collector is off inside `collector_paused` and restored after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from connector_dsl.collection import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_off_inside_and_back_on_after() -> None:
    with collector_paused():
        assert gc.isenabled() is False
    assert gc.isenabled() is True


@pytest.mark.usefixtures("collector_on")
def test_back_on_after_an_error() -> None:
    with pytest.raises(ValueError, match="boom"), collector_paused():
        msg = "boom"
        raise ValueError(msg)
    assert gc.isenabled() is True


@pytest.mark.usefixtures("collector_on")
def test_nested_pause_leaves_it_off_until_the_outer_one_ends() -> None:
    with collector_paused():
        with collector_paused():
            assert gc.isenabled() is False
        assert gc.isenabled() is False
    assert gc.isenabled() is True


def test_left_off_when_it_was_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert gc.isenabled() is False
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_generate_restores_the_collector() -> None:
    from connector_dsl.codegen import generate
    from connector_dsl.document import SwaggerDocument

    document = SwaggerDocument.model_validate(
        {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    )
    source, _plan = generate(document)
    assert "class" in source
    assert gc.isenabled() is True
