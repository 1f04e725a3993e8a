"""The imported showcases in docs/examples/imported/ are what `import` writes today.

Three corpus connectors (small, medium, large) are checked in as generated, so that
readers see real output; this test regenerates them and fails when they drift.
Refresh them with `UPDATE_GOLDEN=1 pytest tests/codegen/test_imported_examples.py`
(or `python -m tests.codegen.test_imported_examples`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from connector_dsl.codegen import generate_module
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.importers.swagger import read_swagger
from connector_dsl.testing.oracles import shared_dir

pytestmark = pytest.mark.invalid_document  # real connectors, as untidy as they are

PROJECT = Path(__file__).resolve().parents[2]
EXAMPLES = PROJECT / "docs" / "examples" / "imported"
PAGE = PROJECT / "docs" / "imported-example.md"
SHOWCASES = {
    "nifty_gateway.py": "independent-publisher-connectors/Nifty Gateway",
    "emojihub.py": "independent-publisher-connectors/EmojiHub",
    "miro.py": "independent-publisher-connectors/Miro",
}
"""Example file -> corpus folder (about 180, 470 and 1,300 lines of JSON)."""


def generated(shared: Path, folder: str) -> str:
    """The module `import` writes for one corpus connector (with its apiProperties.json)."""
    read = read_swagger(shared / "corpus" / folder / "apiDefinition.swagger.json")
    data = to_data(read.document)
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    return generate_module(document, api_properties=read.api_properties)


@pytest.mark.parametrize("name", sorted(SHOWCASES))
def test_showcase_is_current(name: str, shared: Path) -> None:
    want = generated(shared, SHOWCASES[name])
    if os.environ.get("UPDATE_GOLDEN"):
        (EXAMPLES / name).write_text(want, encoding="utf-8")
    have = (EXAMPLES / name).read_text(encoding="utf-8")
    assert have == want, (
        "regenerate with UPDATE_GOLDEN=1 pytest tests/codegen/test_imported_examples.py"
    )


def test_the_page_shows_code_of_the_showcase() -> None:
    page = PAGE.read_text(encoding="utf-8")
    # `py` blocks: generated code has no include regions (tests/docs checks `python` ones)
    blocks = re.findall(r"```py\n(.*?)```", page, flags=re.S)
    assert blocks
    source = (EXAMPLES / "nifty_gateway.py").read_text(encoding="utf-8")
    for block in blocks:
        assert block in source


if __name__ == "__main__":
    found = shared_dir()
    if found is None:
        message = "../shared is not beside the project"
        raise SystemExit(message)
    for file_name, corpus_folder in SHOWCASES.items():
        (EXAMPLES / file_name).write_text(generated(found, corpus_folder), encoding="utf-8")
