"""The smallest useful connector: one action with a path parameter."""

# --8<-- [start:file]
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import Action, Connector, ConnectorInfo, NoAuth, Path, Route, Ui
from connector_dsl.cli.swagger import print_swagger


# --8<-- [start:quickstart]
class Pet(BaseModel):
    id: Annotated[int, Ui(summary="Pet ID")]
    name: Annotated[str, Ui(summary="Name")]


class GetPet(Action[Pet]):
    """Returns one pet."""  # -> description

    route = Route(method="GET", path="/pets/{pet_id}", summary="Get a pet")
    pet_id: Annotated[int, Path(summary="Pet ID")]


class PetStore(Connector):
    info = ConnectorInfo(title="Pet Store", host="petstore.example.com")
    security = NoAuth()
    operations = (GetPet,)


# --8<-- [end:quickstart]


if __name__ == "__main__":
    raise SystemExit(print_swagger(PetStore))
# --8<-- [end:file]
