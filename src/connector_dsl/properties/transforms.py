"""Policy templates that reshape request or response bodies.

Paths are policy expressions such as `@body().items` or `@body()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from connector_dsl.properties.policies import PolicyTemplate, RunOn


@dataclass(frozen=True, slots=True, kw_only=True)
class SetProperty(PolicyTemplate):
    """Set a body property to a value (Preview)."""

    template_id: ClassVar[str] = "setproperty"
    default_title: ClassVar[str] = "Set property"

    new_property_parent_path_template: str
    new_property_sub_path_template: str
    property_value_path_template: str
    run_on: RunOn = "request"


@dataclass(frozen=True, slots=True, kw_only=True)
class ConvertArrayToObject(PolicyTemplate):
    """Turn an array into an object keyed by a property of its items (Preview)."""

    template_id: ClassVar[str] = "convertarraytoobject"
    default_title: ClassVar[str] = "Convert an array to an object"

    property_parent_path: str
    property_sub_path: str | None = None
    key_within_collection_path: str
    new_property_path: str
    retain_key: bool = True
    run_on: RunOn = "response"


@dataclass(frozen=True, slots=True, kw_only=True)
class ConvertObjectToArray(PolicyTemplate):
    """Turn an object into an array of `{key, value}` items (Preview)."""

    template_id: ClassVar[str] = "convertobjecttoarray"
    default_title: ClassVar[str] = "Convert an object to an array"

    property_parent_path: str
    property_sub_path: str | None = None
    new_property_path: str
    key_name: str = "key"
    value_name: str = "value"
    run_on: RunOn = "response"


@dataclass(frozen=True, slots=True, kw_only=True)
class StringToArray(PolicyTemplate):
    """Split a delimited string into an array of objects (Preview)."""

    template_id: ClassVar[str] = "stringtoarray"
    default_title: ClassVar[str] = "Convert delimited string into array of objects"

    property_parent_path: str
    property_sub_path: str | None = None
    delimiter_list: str
    child_property_name: str
    new_property_path: str
    run_on: RunOn = "response"


@dataclass(frozen=True, slots=True, kw_only=True)
class StringReplace(PolicyTemplate):
    """Replace text inside a string property."""

    template_id: ClassVar[str] = "stringreplace"
    default_title: ClassVar[str] = "Replace string"

    property_parent_path: str
    property_sub_path: str | None = None
    source_string: str
    replacement_string: str
    new_property_path: str
    run_on: RunOn = "request"


@dataclass(frozen=True, slots=True, kw_only=True)
class EncodePropertyValue(PolicyTemplate):
    """Encode a property's value into a new property."""

    template_id: ClassVar[str] = "encodepropertyvalue"
    default_title: ClassVar[str] = "Encode property value"

    property_parent_path: str
    property_sub_path: str | None = None
    new_property_path: str
    run_on: RunOn = "request"


@dataclass(frozen=True, slots=True, kw_only=True)
class MoveProperties(PolicyTemplate):
    """Undocumented: move (or copy the children of) a body property to another place."""

    template_id: ClassVar[str] = "moveproperties"
    default_title: ClassVar[str] = "Move properties"

    src_parent_path: str
    src_sub_path: str
    dst_parent_path: str
    dst_sub_path: str
    copy_only_sub_properties: bool = False
    run_on: RunOn = "request"
