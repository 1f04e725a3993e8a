"""The base of every document node: aliases, kept extension keys, lenient reading.

Nodes are strict when built in Python (the authoring layer) and lenient when read
from a file: a value that does not fit its typed field is kept as it was read, so
nothing in an input file is ever lost, and the validator reports it later.
"""

import re
from typing import Any, ClassVar, Self, TypeAlias

from pydantic import (
    AliasGenerator,
    BaseModel,
    ConfigDict,
    ModelWrapValidatorHandler,
    ValidationError,
    ValidationInfo,
    model_validator,
)

JsonValue: TypeAlias = Any
"""Any JSON value (kept as `Any` so that pydantic does not copy or coerce it)."""

LENIENT = "lenient"
"""The validation-context key that turns on lenient reading."""

_SPECIAL = {
    "ref": "$ref",
    "in_": "in",
    "schema_": "schema",
    "x_ms_localize_default_value": "x-ms-localizeDefaultValue",
}
_HYPHENATED = frozenset(
    {
        "value_collection",
        "value_path",
        "value_title",
        "value_folder_property",
        "value_media_property",
        "file_picker",
    }
)


def swagger_alias(name: str) -> str:
    """The Swagger key of a field: `x_ms_summary` -> `x-ms-summary`, `base_path` -> `basePath`."""
    if name in _SPECIAL:
        return _SPECIAL[name]
    if name.startswith("x_") or name in _HYPHENATED:
        return name.replace("_", "-")
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_EXTENSION_KEY = re.compile(r"^x-")


class Node(BaseModel):
    """A node of a connector document.

    Keys the model does not name are kept in `model_extra` and written back as
    they were. In lenient mode (`context={"lenient": True}`), a named key whose
    value does not fit is kept there too, instead of failing.
    """

    model_config = ConfigDict(
        extra="allow",
        alias_generator=AliasGenerator(
            validation_alias=swagger_alias, serialization_alias=swagger_alias
        ),
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        strict=True,
        defer_build=True,
    )

    wire_order: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="wrap")
    @classmethod
    def _read_leniently(
        cls, data: Any, handler: ModelWrapValidatorHandler[Self], info: ValidationInfo
    ) -> Self:
        try:
            return handler(data)
        except ValidationError as error:
            context = info.context
            if not (isinstance(context, dict) and context.get(LENIENT)):
                raise
            if not isinstance(data, dict):
                raise
            details = error.errors(include_url=False, include_context=False, include_input=False)
            bad = {err["loc"][0] for err in details if err["loc"]}
            bad &= set(data)
            if not bad:
                raise
            kept = {key: value for key, value in data.items() if key not in bad}
            node = handler(kept)
            extra = node.__pydantic_extra__
            if extra is None:  # pragma: no cover - every Node allows extras
                raise
            for key in data:
                if key in bad:
                    extra[key] = data[key]
            return node

    def extensions(self) -> dict[str, JsonValue]:
        """The `x-` keys this node carries beyond its typed fields."""
        extra = self.__pydantic_extra__ or {}
        return {k: v for k, v in extra.items() if _EXTENSION_KEY.match(k)}

    def set_extension(self, key: str, value: JsonValue) -> None:
        """Add or replace an extension key that has no typed field."""
        extra = self.__pydantic_extra__
        if extra is None:  # pragma: no cover
            msg = f"{type(self).__name__} does not keep extra keys"
            raise TypeError(msg)
        extra[key] = value
