# expect: "type[Hub]"
"""DynamicValues given a pydantic model instead of an operation class."""
from __future__ import annotations

from pydantic import BaseModel

from connector_dsl import DynamicValues


class Hub(BaseModel):
    id: str
    name: str


HUBS = DynamicValues(Hub, value="id", title="name")  # error
