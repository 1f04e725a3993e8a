"""Connectors with one deliberate dropdown mistake each, one per dynamic diagnostic code.

Several of these mistakes are what mypy and pyright reject as the author types; the
build reports them too, for authors who do not run a type checker.
"""

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    DynamicValues,
    ParamRef,
    Query,
    Route,
    Ui,
    ref,
)

INFO = ConnectorInfo(title="Broken", description="Broken on purpose.", host="example.com")


class Item(BaseModel):
    id: str
    name: str


class Page(BaseModel):
    items: list[Item]


class ListItems(Action[Page]):
    """Items."""

    route = Route(method="GET", path="/items", summary="List items")


class ListChildren(Action[Page]):
    """Children of an item."""

    route = Route(method="GET", path="/items/{parent}/children", summary="Children")
    parent: str
    active: Annotated[bool, Query()] = True


class UsesMissing(Action[None]):
    """Uses an operation the connector does not list."""

    route = Route(method="GET", path="/uses", summary="Uses")
    item: Annotated[
        str, Query(dynamic=DynamicValues(ListItems(), value=lambda r: [i.id for i in r.items]))
    ]


class MissingOperationConnector(Connector):
    info = INFO
    operations = (UsesMissing,)


UNKNOWN_INPUT = DynamicValues(
    ListChildren(parent=ref("item"), nope=ref("item")),  # type: ignore[call-arg]
    value=lambda r: [i.id for i in r.items],
)


class UnknownParameter(Action[None]):
    """A dropdown passing an input its operation does not have."""

    route = Route(method="GET", path="/unknown", summary="Unknown")
    item: Annotated[str, Query(dynamic=UNKNOWN_INPUT)]


class UnknownParameterConnector(Connector):
    info = INFO
    operations = (ListChildren, UnknownParameter)


MISSING_INPUT = DynamicValues(
    ListChildren(),  # type: ignore[call-arg]
    value=lambda r: [i.id for i in r.items],
)


class MissingInput(Action[None]):
    """A dropdown leaving out a required input."""

    route = Route(method="GET", path="/pick", summary="Pick")
    child: Annotated[str, Query(dynamic=MISSING_INPUT)]


class MissingInputConnector(Connector):
    info = INFO
    operations = (ListChildren, MissingInput)


WRONG_LITERAL = DynamicValues(
    ListChildren(parent=ref("item"), active="yes"),  # type: ignore[arg-type]
    value=lambda r: [i.id for i in r.items],
)


class WrongLiteral(Action[None]):
    """A dropdown passing "yes" for a bool."""

    route = Route(method="GET", path="/literal", summary="Literal")
    item: Annotated[str, Query()]
    child: Annotated[str, Query(dynamic=WRONG_LITERAL)]


class WrongLiteralConnector(Connector):
    info = INFO
    operations = (ListChildren, WrongLiteral)


WRONG_REFERENCE = DynamicValues(
    ListChildren(parent=ref("count", int)),  # type: ignore[arg-type]
    value=lambda r: [i.id for i in r.items],
)


class WrongReference(Action[None]):
    """A dropdown feeding an int into a str input."""

    route = Route(method="GET", path="/reference", summary="Reference")
    count: Annotated[int, Query()]
    child: Annotated[str, Query(dynamic=WRONG_REFERENCE)]


class WrongReferenceConnector(Connector):
    info = INFO
    operations = (ListChildren, WrongReference)


BAD_PATH = DynamicValues(
    ListItems(),
    value=lambda r: [i.id for i in r.items],
    title=lambda r: [i.title for i in r.items],  # type: ignore[attr-defined]
)


class BadPath(Action[None]):
    """A dropdown reading a field the response does not have."""

    route = Route(method="GET", path="/bad", summary="Bad")
    item: Annotated[str, Query(dynamic=BAD_PATH)]


class BadPathConnector(Connector):
    info = INFO
    operations = (ListItems, BadPath)


MIXED = DynamicValues(
    ListChildren(parent=ref("item")),
    value="id",
    collection="items",
    parameters={"parent": ParamRef("item")},
)


class Mixed(Action[None]):
    """A dropdown written in both spellings at once."""

    route = Route(method="GET", path="/mixed", summary="Mixed")
    item: Annotated[str, Query()]
    child: Annotated[str, Query(dynamic=MIXED)]


class MixedConnector(Connector):
    info = INFO
    operations = (ListChildren, Mixed)


SHARED = DynamicValues(
    ListChildren(parent=ref("parnet")),
    value=lambda r: [i.id for i in r.items],
    title=lambda r: [i.name for i in r.items],
)


class FirstUse(Action[None]):
    """One of two operations sharing a dropdown with a misspelled reference."""

    route = Route(method="GET", path="/first", summary="First")
    parent: Annotated[str, Query()]
    child: Annotated[str, Query(dynamic=SHARED)]


class SecondUse(Action[None]):
    """The other one."""

    route = Route(method="GET", path="/second", summary="Second")
    parent: Annotated[str, Query()]
    child: Annotated[str, Query(dynamic=SHARED)]


class SharedConnector(Connector):
    info = INFO
    operations = (ListChildren, FirstUse, SecondUse)


class Choice(BaseModel):
    item: Annotated[
        str, Ui(dynamic=DynamicValues(ListItems(), value=lambda r: [i.idd for i in r.items]))  # type: ignore[attr-defined]
    ]


class InBody(Action[None]):
    """A dropdown on a property of a body model."""

    route = Route(method="POST", path="/choices", summary="Choose")
    choice: Annotated[Choice, Body()]


class InBodyConnector(Connector):
    info = INFO
    operations = (ListItems, InBody)
