"""A docstring under a field is its description: in models and in operation parameters."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, create_model

from connector_dsl import Action, Connector, ConnectorInfo, Query, Route, Ui, build
from connector_dsl.compile.docstrings import field_docstrings
from connector_dsl.dump import to_data


class Site(BaseModel):
    """A site."""

    name: str
    """The site's name, as the hub shows it."""
    code: Annotated[str | None, Ui(description="Said by Ui.")] = None
    """Not used: Ui says the description."""
    city: str | None = Field(default=None, description="Said by Field.")
    """Not used: Field says the description."""
    region: str | None = None


class Campus(Site):
    """A site with buildings."""

    buildings: int = 0
    """How many buildings."""


class ListSites(Action[list[Campus]]):
    """Lists the sites."""

    route = Route(method="GET", path="/sites", summary="List sites")
    country: Annotated[str, Query(summary="Country")]
    """Only sites in this country."""
    limit: Annotated[int | None, Query(summary="Limit", description="Said by Query.")] = None
    """Not used: Query says the description."""


class Sites(Connector):
    info = ConnectorInfo(title="Sites", version="1.0", description="Sites.", host="example.com")
    operations = (ListSites,)
    models = (Site,)


def _built() -> dict[str, Any]:
    data: dict[str, Any] = to_data(build(Sites))
    return data


def test_model_field_docstrings_are_descriptions() -> None:
    properties = _built()["definitions"]["Site"]["properties"]
    assert properties["name"]["description"] == "The site's name, as the hub shows it."
    assert properties["code"]["description"] == "Said by Ui."
    assert properties["city"]["description"] == "Said by Field."
    assert "description" not in properties["region"]


def test_inherited_fields_keep_their_docstrings() -> None:
    properties = _built()["definitions"]["Campus"]["properties"]
    assert properties["name"]["description"] == "The site's name, as the hub shows it."
    assert properties["buildings"]["description"] == "How many buildings."


def test_parameter_docstrings_are_descriptions() -> None:
    parameters = _built()["paths"]["/sites"]["get"]["parameters"]
    by_name = {p["name"]: p for p in parameters}
    assert by_name["country"]["description"] == "Only sites in this country."
    assert by_name["limit"]["description"] == "Said by Query."


def test_classes_in_functions_and_without_source() -> None:
    class Local(BaseModel):
        size: int
        """  Indented text
            is tidied as inspect.cleandoc does.
        """

    assert field_docstrings(Local) == {"size": "Indented text\nis tidied as inspect.cleandoc does."}
    made = create_model("Made", size=(int, 0))
    assert field_docstrings(made) == {}


def test_a_string_not_right_after_a_field_is_no_docstring() -> None:
    class Spaced(BaseModel):
        size: int
        flag: bool = False
        "the flag"
        other: int = 0

        def method(self) -> None:
            """A method's docstring."""

    assert field_docstrings(Spaced) == {"flag": "the flag"}
