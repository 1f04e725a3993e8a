"""Generated modules pass `mypy --strict`, pyright and `ruff format --check`.

Checked together, in one run of each tool: the hazards document (`typing_hazards.py`)
once per way to sign in, the first with every policy template, and a sample of corpus
connectors; between them they import every name a generated module may import.
`nox -s typing_corpus` (bench/typing_corpus.py) checks the whole corpus.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.codegen import build_properties, build_source, find_ruff, generate_module
from connector_dsl.codegen.module import IMPORTS
from connector_dsl.codegen.properties import PROPERTY_IMPORTS
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.importers.swagger import read_swagger
from connector_dsl.properties import (
    ApiKey,
    AzureAD,
    AzureADCertificate,
    Basic,
    Connection,
    ConnectionField,
    DocuSign,
    Facebook,
    NamedOAuth,
    OAuth2Generic,
)
from connector_dsl.properties.build import build_api_properties
from connector_dsl.testing.oracles import shared_dir
from tests.codegen.typing_hazards import DOCUMENT
from tests.properties.test_policies import CASES

pytestmark = [
    pytest.mark.invalid_document,
    pytest.mark.slow,  # mypy and pyright in subprocesses
    pytest.mark.xdist_group("generated_typing"),  # one generated directory for the three tools
]

PROJECT = Path(__file__).resolve().parents[2]

SAMPLE = (
    "certified-connectors/1Me Corporate",
    "certified-connectors/Assently E-Sign",
    "certified-connectors/Blackbaud SKY Add-ins",
    "certified-connectors/Feathery Forms",
    "certified-connectors/Insiders Cloud",
    "certified-connectors/JotForm Enterprise",
    "certified-connectors/Mural",
    "certified-connectors/Office365GroupsMail",
    "certified-connectors/SoloSign",
    "certified-connectors/TALXISDataFeed",
    "independent-publisher-connectors/Advanced Scraper",
    "independent-publisher-connectors/Beauhurst",
    "independent-publisher-connectors/LibreBor",
    "independent-publisher-connectors/OMDb API",
    "independent-publisher-connectors/Open Charge Map",
    "independent-publisher-connectors/Unsplash",
    "independent-publisher-connectors/mondaycom",
)
"""Small connectors that together have webhooks, polling triggers, dropdowns, dynamic
schemas, `$ref` parameters, uploads, enums, root models, tags, the three security kinds,
connection parameters and policies, each with `apiProperties.json`."""

CONNECTIONS: tuple[Connection, ...] = (
    AzureAD(client_id="id", resource_uri="https://graph.microsoft.com", scopes=["User.Read"]),
    AzureADCertificate(client_id="id", resource_uri="https://management.core.windows.net"),
    Facebook(client_id="id"),
    DocuSign(client_id="id", login_uri="https://account-d.docusign.com"),
    NamedOAuth(
        client_id="id",
        provider="github",
        authorization_url="https://github.com/login/oauth/authorize",
        token_url="https://github.com/login/oauth/access_token",
    ),
    OAuth2Generic(
        client_id="id",
        authorization_url_template="https://{domain}/authorize",
        token_url_template="https://{domain}/token",
        scopes=["read"],
    ),
    Basic(),
    ApiKey(parameter="key", location="query", display_name="Access key"),
)
"""One hazards module per way to sign in (each its own `apiProperties.json`)."""

FIELDS = (
    ConnectionField(name="host", display_name="Host", description="The host"),
    ConnectionField(name="sub", display_name="Subdomain", description="The subdomain"),
)
"""The connection parameters the policy templates' `@connectionParameters(...)` name."""


def _policies() -> list[Any]:
    """Every policy template of the policy tests, scoped to operations of the hazards."""
    policies = []
    for policy, _data in CASES:
        if policy.operations:
            polling = type(policy).__name__ == "PollingTriggerPolicy"
            policy = dataclasses.replace(
                policy, operations=("ListNodes",) if polling else ("Action",)
            )
        policies.append(policy)
    return policies


def _hazard_module(number: int, connection: Connection) -> str:
    """The hazards document signed in with `connection`, as `import` writes it (exact)."""
    data = copy.deepcopy(DOCUMENT)
    data["securityDefinitions"] = {
        name: to_data(scheme) for name, scheme in connection.security_definitions().items()
    }
    properties = to_data(
        build_api_properties(
            connection, extra_parameters=FIELDS, policies=_policies() if number == 0 else ()
        )
    )
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source = generate_module(document, api_properties=properties)
    assert build_source(source, "ImportedConnector") == to_data(document)
    assert to_data(build_properties(source, "ImportedConnector")) == properties
    return source


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("generated")
    for number, connection in enumerate(CONNECTIONS):
        source = _hazard_module(number, connection)
        (directory / f"hazards_{number}.py").write_text(source, encoding="utf-8")
    shared = shared_dir()
    for number, name in enumerate(SAMPLE if shared is not None else ()):
        assert shared is not None
        read = read_swagger(shared / "corpus" / name / "apiDefinition.swagger.json")
        data = to_data(read.document)
        document = SwaggerDocument.model_validate(data, context={"lenient": True})
        source = generate_module(document, api_properties=read.api_properties)
        (directory / f"connector_{number}.py").write_text(source, encoding="utf-8")
    return directory


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        alias.name
        for statement in tree.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }


def test_the_checked_modules_import_every_name(generated: Path) -> None:
    if shared_dir() is None:
        pytest.skip("../shared is not beside the project: the corpus sample is not checked")
    used = set().union(*map(_imported, generated.glob("*.py")))
    assert (set(IMPORTS) | set(PROPERTY_IMPORTS)) - used == set(), "extend SAMPLE or the hazards"


def test_mypy_strict(generated: Path) -> None:
    if shutil.which("mypy") is None:
        pytest.skip("mypy is not installed")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(PROJECT / "pyproject.toml"),
            "--no-incremental",
            *sorted(str(p) for p in generated.glob("*.py")),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROJECT,
    )
    assert result.returncode == 0, result.stdout[-5000:]


def test_pyright(generated: Path) -> None:
    pyright = shutil.which("pyright")
    if pyright is None:
        pytest.skip("pyright is not installed")
    files = sorted(str(p) for p in generated.glob("*.py"))
    result = subprocess.run(
        [pyright, *files], capture_output=True, text=True, check=False, cwd=PROJECT
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert "0 errors" in result.stdout


def test_ruff_format_check(generated: Path) -> None:
    ruff = find_ruff()
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run(
        [ruff, "format", "--check", "--line-length", "100", str(generated)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
