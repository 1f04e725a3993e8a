"""Raw escape hatches: exact JSON for what the typed authoring layer cannot say.

Real connectors are untidy: a parameter `$ref` into `#/parameters`, a response
schema no pydantic model reproduces key for key, a dropdown naming an operation
that does not exist. Imported code keeps such parts exactly with these forms,
so that building the imported class gives back the input document unchanged.

- `Exact(data)`, inside `Annotated[...]` of an operation field: the field's
  parameter is written as `data` (a parameter object or a `{"$ref": ...}`),
  whatever the typed markers would have made of it.
- `Route(..., raw=Raw(keys={...}, drop=(...)))`: keys of the operation object
  replaced (or added) after it is compiled, and keys removed.
- `Raw(...)` inside `Annotated[...]` of an operation field: the same for that
  field's parameter (say `Raw(drop=("required",))` for an input whose file leaves
  `required` out). The only `Body()` field of an operation owns the body
  parameter; one of several does not. `Exact` wins when a field has both.
- `Connector.raw = RawDocument(keys=..., drop=..., paths={path: Raw(...)})`: the
  same for the document's top-level keys and for path items (a path's
  `parameters`, its extensions, `x-ms-notification-content`).
- `RawDocument(definitions=Raw(keys={name: schema}, drop=(name, ...)))`: single
  entries of `definitions` written exactly (or removed), while every other
  definition is still built from its model class.
- `Connector.properties_raw = RawProperties(keys=..., drop=...)`: the same for the
  keys of `apiProperties.json`'s `properties` object (`connectionParameters`,
  `policyTemplateInstances`, ...), applied after the typed declarations are built.

Prefer typed forms when writing a connector by hand; these are for imports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from connector_dsl.document.base import JsonValue


@dataclass(frozen=True, slots=True)
class Exact:
    """The exact JSON of one parameter (an `Annotated` marker of an operation field)."""

    data: Mapping[str, JsonValue]


@dataclass(frozen=True, slots=True, kw_only=True)
class Raw:
    """Exact JSON for keys of one compiled node: `keys` are set as given, `drop` removed."""

    keys: Mapping[str, JsonValue] = field(default_factory=dict)
    drop: Sequence[str] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument(Raw):
    """`Raw` for the whole document, with `Raw` parts per path item.

    A path given in `paths` but with no operation is written as a path item
    holding only the given keys. `definitions` sets (or removes) single entries
    of the `definitions` object; the others stay built from the model classes.
    """

    paths: Mapping[str, Raw] = field(default_factory=dict)
    definitions: Raw | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RawProperties(Raw):
    """`Raw` for the `properties` object of `apiProperties.json`.

    Never put a client secret in `keys`: secrets are given to the platform when
    the connector is created, not written into files.
    """
