"""`connector_dsl.properties` loads connection parameters, policies, transforms and the
apiProperties model on use."""

from __future__ import annotations

import subprocess
import sys

import pytest

import connector_dsl.properties as properties
from connector_dsl.properties.policies import SetHeader
from connector_dsl.properties.transforms import StringReplace

LAZY_MODULES = (
    "connector_dsl.properties.build",
    "connector_dsl.properties.model",
    "connector_dsl.properties.parameters",
    "connector_dsl.properties.policies",
    "connector_dsl.properties.transforms",
)


def loaded_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    return [name for name in result.stdout.split() if name in LAZY_MODULES]


def test_building_a_swagger_document_loads_none_of_them() -> None:
    code = (
        "from connector_dsl import Action, Connector, ConnectorInfo, OAuth2, Route, dumps\n"
        "class Ping(Action[None]):\n"
        "    route = Route(method='GET', path='/ping', summary='Ping')\n"
        "class C(Connector):\n"
        "    info = ConnectorInfo(title='C', host='example.com')\n"
        "    security = OAuth2(authorization_url='https://a.example.com', "
        "token_url='https://t.example.com')\n"
        "    operations = (Ping,)\n"
        "dumps(C)"
    )
    assert loaded_after(code) == []


def test_a_lazy_name_loads_its_module_and_is_the_same_object() -> None:
    assert properties.SetHeader is SetHeader
    assert properties.StringReplace is StringReplace
    loaded = loaded_after("from connector_dsl.properties import SetHeader")
    assert "connector_dsl.properties.policies" in loaded
    assert "connector_dsl.properties.transforms" not in loaded
    assert "connector_dsl.properties.model" not in loaded


def test_connection_parameters_load_when_apiproperties_are_built() -> None:
    code = (
        "from connector_dsl.properties import OAuth2\n"
        "flow = OAuth2(authorization_url='https://a.example.com', token_url='https://t.example.com')\n"
        "assert flow.connection_parameters()['token'].type == 'oauthSetting'"
    )
    assert loaded_after(code) == ["connector_dsl.properties.parameters"]


def test_every_public_name_resolves_and_star_import_works() -> None:
    for name in properties.__all__:
        assert getattr(properties, name) is not None
    namespace: dict[str, object] = {}
    exec("from connector_dsl.properties import *", namespace)
    assert set(properties.__all__) <= set(namespace)
    assert set(properties.__all__) <= set(dir(properties))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _ = properties.Nope  # type: ignore[attr-defined]
