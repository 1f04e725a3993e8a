"""Schemas and simple-typed parameters: types, enums, defaults, bounds, required lists."""

from __future__ import annotations

import re
from typing import TypeGuard

from connector_dsl.jsontypes import fits_type, json_type
from connector_dsl.validate.context import Context
from connector_dsl.validate.jsonview import arr, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

FORMATS = {
    "integer": {"int32", "int64"},
    "number": {"float", "double", "decimal", "int32", "int64"},
    "string": {
        "byte", "binary", "date", "date-time", "password", "date-no-tz", "email", "html",
        "uri", "uuid", "guid", "url",
    },
}  # fmt: skip
_BOUNDS_NON_NEGATIVE = (
    ("maxItems", "MaxItemsMustBeGreaterThanOrEqualToZero"),
    ("maxLength", "MaxLengthMustBeGreaterThanOrEqualToZero"),
    ("maxProperties", "MaxPropertiesMustBeGreaterThanOrEqualToZero"),
    ("minItems", "MinItemsMustBeGreaterThanOrEqualToZero"),
    ("minLength", "MinLengthMustBeGreaterThanOrEqualToZero"),
    ("minProperties", "MinPropertiesMustBeGreaterThanOrEqualToZero"),
)
_ORDERED = (
    ("minimum", "maximum", "MinimumShouldBeLessThanOrEqualToMaximum"),
    ("minItems", "maxItems", "MinItemsShouldBeLessThanOrEqualToMaxItems"),
    ("minLength", "maxLength", "MinLengthShouldBeLessThanOrEqualToMaxLength"),
)
for _key, _rule in _BOUNDS_NON_NEGATIVE:
    declare(_rule, "Metadata", E, E, f"{_key} < 0")
for _low, _high, _rule in _ORDERED:
    declare(_rule, "Metadata", E, E, f"{_low} > {_high}")
EX_MAX = declare("ExclusiveMaximumRequiresMaximum", "Metadata", E, E, "exclusiveMaximum alone")
EX_MIN = declare("ExclusiveMinimumRequiresMinimum", "Metadata", E, E, "exclusiveMinimum alone")
MULTIPLE = declare("MultipleOfMustBeGreaterThanZero", "Properties", E, E, "multipleOf <= 0")
PATTERN = declare("PatternShouldBeValidRegularExpression", "Metadata", W, W, "bad pattern")
NO_ITEMS = declare("ArrayHasNoItems", "Arrays", E, E, "array without items")
REQ_EMPTY = declare("RequiredPropertyArrayEmpty", "Arrays", W, W, "required: []")
REQ_UNKNOWN = declare(
    "RequiredPropertyDefinitionMissing", "Properties", E, E, "required name not a property"
)
REQ_NOT_OBJECT = declare("RequiredPropertyNotOnObject", "Properties", W, W, "required on scalar")
REQ_READ_ONLY = declare(
    "RequiredReadOnlyPropertyNotAllowedAsInput", "Properties", E, E, "readOnly and required input"
)
ENUM_EMPTY = declare("EnumMustContainAtLeastOneElement", "Properties", E, E, "enum: []")
ENUM_TYPE = declare("InvalidEnumValue", "Operations", W, W, "enum value of another type")
DEFAULT_TYPE = declare("DefaultValueMustMatchType", "Properties", W, W, "default of another type")
DUPLICATES = declare("ArrayDuplicateValue", "Operations", E, E, "duplicate in a set")
FORMAT = declare("UnrecognizedTypeFormat", "Operations", None, W, "unknown type/format pair")
FILE_TYPE = declare("SchemaTypeFileNotValid", "Response", E, E, "type file misplaced")
BINARY = declare("InvalidStringBinaryProperty", "Properties", W, W, "nested string/binary")
DISCRIMINATOR = declare(
    "DiscriminatorMustBeARequiredStringProperty", "Metadata", E, E, "bad discriminator"
)
EDITOR = declare(
    "InvalidCustomEditorExtensionDictionaryValue", "Response", E, E, "dictionary editor misplaced"
)
FILTER_EMPTY = declare("FilterFunctionsPropertyEmpty", "Properties", E, E, "filterFunctions: []")
FILTER_DUP = declare("FilterFunctionsPropertyHasDuplicates", "Properties", E, E, "repeated")
FILTER_INPUT = declare("FilterFunctionsPropertyInInputSchema", "Properties", E, E, "in request")
ENUM_VALUES_DUP = declare("DuplicateEnumValuesInExtension", "Operations", E, E, "repeated value")
ENUM_VALUES_BAD = declare("InvalidEnumValuesExtensionValue", "Operations", E, E, "not in enum")
ENUM_VALUES_NAME = declare("MissingEnumValuesDisplayName", "Properties", E, E, "no displayName")

_ALL_BOUNDS = [rule for _, rule in _BOUNDS_NON_NEGATIVE] + [rule for *_, rule in _ORDERED]


@check(*_ALL_BOUNDS, EX_MAX, EX_MIN, MULTIPLE, PATTERN)
def bounds(ctx: Context) -> None:
    """Numeric and length bounds are coherent; patterns compile."""
    for site in ctx.index.sites:
        node = site.node
        for key, rule in _BOUNDS_NON_NEGATIVE:
            value = node.get(key)
            if _number(value) and value < 0:
                ctx.report(rule, (*site.at, key), f"{key} must not be negative.")
        for low, high, rule in _ORDERED:
            a, b = node.get(low), node.get(high)
            if _number(a) and _number(b) and a > b:
                ctx.report(rule, (*site.at, low), f"{low} {a} is above {high} {b}.")
        if "exclusiveMaximum" in node and "maximum" not in node:
            ctx.report(EX_MAX, (*site.at, "exclusiveMaximum"), "Set maximum too.")
        if "exclusiveMinimum" in node and "minimum" not in node:
            ctx.report(EX_MIN, (*site.at, "exclusiveMinimum"), "Set minimum too.")
        multiple = node.get("multipleOf")
        if _number(multiple) and multiple <= 0:
            ctx.report(MULTIPLE, (*site.at, "multipleOf"), "multipleOf must be above zero.")
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
            except re.error as error:
                ctx.report(PATTERN, (*site.at, "pattern"), f"Pattern does not compile: {error}.")


def _number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


@check(NO_ITEMS, REQ_EMPTY, REQ_UNKNOWN, REQ_NOT_OBJECT, REQ_READ_ONLY, DISCRIMINATOR)
def objects_and_arrays(ctx: Context) -> None:
    """Arrays have items; required lists name properties of objects."""
    for site in ctx.index.sites:
        node = site.node
        if node.get("type") == "array" and "items" not in node:
            ctx.report(NO_ITEMS, site.at, "Describe the array's items.")
        if site.role == "simple":
            continue
        required = arr(node.get("required"))
        if required is None:
            continue
        if not required:
            ctx.report(REQ_EMPTY, (*site.at, "required"), "Drop the empty required list.")
        kind = node.get("type")
        if kind is not None and kind != "object":
            where = (*site.at, "required")
            ctx.report(REQ_NOT_OBJECT, where, f"Type {kind} has no properties to require.")
        properties = obj(node.get("properties"))
        if properties is not None and "allOf" not in node:
            for position, name in enumerate(required):
                if not isinstance(name, str) or name not in properties:
                    where = (*site.at, "required", position)
                    ctx.report(REQ_UNKNOWN, where, f"{name!r} is required but not a property.")
                elif site.role == "input" and (obj(properties[name]) or {}).get("readOnly"):
                    where = (*site.at, "properties", name)
                    ctx.report(REQ_READ_ONLY, where, f"{name!r} is read-only yet required.")
        discriminator = text(node.get("discriminator"))
        if discriminator is not None:
            prop = ctx.index.resolve((properties or {}).get(discriminator)) or {}
            if discriminator not in required or prop.get("type") != "string":
                where = (*site.at, "discriminator")
                ctx.report(DISCRIMINATOR, where, "Discriminate on a required string property.")


@check(ENUM_EMPTY, ENUM_TYPE, DEFAULT_TYPE, DUPLICATES, FORMAT, FILE_TYPE, BINARY)
def values_and_types(ctx: Context) -> None:
    """enum and default fit the type; type/format pairs are known; file/binary placed well."""
    for site in ctx.index.sites:
        node = site.node
        kind = text(node.get("type"))
        enum = arr(node.get("enum"))
        if enum is not None:
            if not enum:
                ctx.report(ENUM_EMPTY, (*site.at, "enum"), "List at least one enum value.")
            for position, value in enumerate(enum):
                if kind and value is not None and not fits_type(value, kind):
                    where = (*site.at, "enum", position)
                    ctx.report(ENUM_TYPE, where, f"{value!r} is a {json_type(value)}, not {kind}.")
            _unique(ctx, enum, (*site.at, "enum"))
        required = arr(node.get("required"))
        if required is not None and site.role != "simple":
            _unique(ctx, required, (*site.at, "required"))
        default = node.get("default")
        if kind and default is not None and not fits_type(default, kind):
            where = (*site.at, "default")
            ctx.report(DEFAULT_TYPE, where, f"Default {default!r} is not a {kind}.")
        fmt = text(node.get("format"))
        if kind in FORMATS and fmt is not None and fmt not in FORMATS[kind]:
            ctx.report(FORMAT, (*site.at, "format"), f"{kind} with format {fmt!r} is not known.")
        if kind == "file" and site.role != "simple" and not (site.role == "output" and site.top):
            ctx.report(FILE_TYPE, (*site.at, "type"), "type: file only fits form fields.")
        if fmt == "binary" and site.role == "input" and not site.top:
            ctx.report(BINARY, (*site.at, "format"), "Binary content only at the body's root.")


def _unique(ctx: Context, values: list[object], at: tuple[str | int, ...]) -> None:
    seen: list[object] = []
    for position, value in enumerate(values):
        if value in seen:
            ctx.report(DUPLICATES, (*at, position), f"{value!r} appears twice.")
        else:
            seen.append(value)


@check(EDITOR, FILTER_EMPTY, FILTER_DUP, FILTER_INPUT)
def schema_extensions(ctx: Context) -> None:
    """x-ms-editor and x-ms-capabilities.filterFunctions on schemas."""
    for site in ctx.index.sites:
        node = site.node
        if node.get("x-ms-editor") == "dictionary" and not (
            node.get("type") in ("object", None) and node.get("additionalProperties")
        ):
            where = (*site.at, "x-ms-editor")
            ctx.report(
                EDITOR, where, "The dictionary editor needs an object with additionalProperties."
            )
        capabilities = obj(node.get("x-ms-capabilities"))
        functions = arr((capabilities or {}).get("filterFunctions"))
        if functions is None:
            continue
        where = (*site.at, "x-ms-capabilities", "filterFunctions")
        if not functions:
            ctx.report(FILTER_EMPTY, where, "List at least one filter function.")
        if len(set(map(str, functions))) != len(functions):
            ctx.report(FILTER_DUP, where, "A filter function is listed twice.")
        if site.role == "input":
            ctx.report(FILTER_INPUT, where, "Filter functions belong in response schemas.")


@check(ENUM_VALUES_DUP, ENUM_VALUES_BAD, ENUM_VALUES_NAME)
def enum_values(ctx: Context) -> None:
    """x-ms-enum-values: unique values, each in enum, each with a displayName."""
    for site in ctx.index.sites:
        entries = arr(site.node.get("x-ms-enum-values"))
        if entries is None:
            continue
        enum = arr(site.node.get("enum"))
        seen: list[object] = []
        for position, raw in enumerate(entries):
            entry = obj(raw) or {}
            at = (*site.at, "x-ms-enum-values", position)
            value = entry.get("value")
            if value in seen:
                ctx.report(ENUM_VALUES_DUP, at, f"Value {value!r} is listed twice.")
            seen.append(value)
            if enum is not None and value not in enum:
                ctx.report(ENUM_VALUES_BAD, at, f"Value {value!r} is not in enum.")
            if not text(entry.get("displayName")):
                ctx.report(ENUM_VALUES_NAME, at, "Give each value a displayName.")
