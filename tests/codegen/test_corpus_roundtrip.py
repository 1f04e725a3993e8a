"""Every corpus connector: parse, generate Python, import it, build, get the input back.

One generation per connector checks both files: `build()` gives the swagger back,
and `api_properties()` gives `apiProperties.json` back, apart from client secret
values, which are never written (`SECRETS` lists the connectors that have one).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from connector_dsl import api_properties, build
from connector_dsl.codegen import generate_module, without_secrets
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.errors import ConnectorError
from connector_dsl.importers.swagger import read_swagger
from tests.codegen.corpus import corpus_files, import_file

# Real connectors, as untidy as they are; every one of the corpus.
pytestmark = [pytest.mark.invalid_document, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[3] / "shared" / "corpus"
NAMES = [str(p.relative_to(ROOT)) for p in corpus_files(ROOT.parent)] if ROOT.is_dir() else []
"""Swagger files relative to the corpus: `certified-connectors/Mural/apiDefinition.swagger.json`."""

NOT_EXACT: dict[str, str] = {}
"""Connectors that do not round-trip exactly, with the reason (xfail, strict)."""

UNREADABLE = {
    "certified-connectors/Cireson Service Manager Portal/apiDefinition.swagger.json": "JSON",
    "certified-connectors/DocuSignDemo/apiDefinition.swagger.json": "JSON",
    "independent-publisher-connectors/Brønnøysundregistrene/apiDefinition.swagger.json": "cp1252",
}
"""Inputs the plain JSON reader cannot read (the project's reader may)."""

SECRETS = {
    "certified-connectors/HoneywellForge/apiDefinition.swagger.json": "placeholder secret",
    "certified-connectors/Signi/apiDefinition.swagger.json": "placeholder secret",
    "certified-connectors/sendSMS/apiDefinition.swagger.json": "placeholder secret",
}
"""Exact except the client secret: `oAuthSettings.clientSecret` is left out of the code."""

NO_PROPERTIES = {
    "certified-connectors/Shopranos/apiDefinition.swagger.json": "apiProperties.json is cut off",
    "certified-connectors/gofileroom/apiDefinition.swagger.json": "apiProperties.json is cut off",
}
"""Connectors whose `apiProperties.json` cannot be read (so only the swagger is checked)."""


CASES = [
    pytest.param(n, marks=pytest.mark.xfail(reason=NOT_EXACT[n], strict=True))
    if n in NOT_EXACT
    else n
    for n in NAMES
]


@pytest.mark.parametrize("name", CASES)
def test_roundtrip(name: str, shared: Path, tmp_path: Path) -> None:
    path = shared / "corpus" / name
    try:
        read = read_swagger(path)
    except (ValueError, UnicodeDecodeError, ConnectorError) as error:
        if name in UNREADABLE:
            pytest.skip(f"unreadable input: {UNREADABLE[name]}")
        raise AssertionError(name) from error
    data = to_data(read.document)
    properties = read.api_properties
    assert (properties is None) == (name in NO_PROPERTIES)
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source = generate_module(document, api_properties=properties, format=False)
    module_name = "generated_" + hashlib.sha1(name.encode()).hexdigest()[:12]
    target = tmp_path / f"{module_name}.py"
    target.write_text(source, encoding="utf-8")
    module = import_file(target, module_name)
    try:
        built = build(module.ImportedConnector)
        built_properties = api_properties(module.ImportedConnector)
    finally:
        sys.modules.pop(module_name, None)
    assert to_data(built) == data
    if properties is None:
        return
    expected = without_secrets(properties)
    assert (expected != properties) == (name in SECRETS)
    assert to_data(built_properties) == expected


def test_corpus_is_there(shared: Path) -> None:
    assert len(corpus_files(shared)) == 409
