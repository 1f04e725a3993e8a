"""Schema keywords: bounds, arrays, required lists, enums, defaults, formats."""

from __future__ import annotations

from typing import Any

import pytest

from tests.validate.cases import Case, check, params

TITLE = "/definitions/Task/properties/title"
DONE = "/definitions/Task/properties/done"
BODY = "/paths/~1projects~1{projectId}~1tasks/post/parameters/1/schema"


def title(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = d["definitions"]["Task"]["properties"]["title"]
    return node


def inline_body(d: dict[str, Any], schema: dict[str, Any]) -> None:
    d["paths"]["/projects/{projectId}/tasks"]["post"]["parameters"][1]["schema"] = schema


BOUNDS = [
    ("maxItems", "MaxItemsMustBeGreaterThanOrEqualToZero"),
    ("maxLength", "MaxLengthMustBeGreaterThanOrEqualToZero"),
    ("maxProperties", "MaxPropertiesMustBeGreaterThanOrEqualToZero"),
    ("minItems", "MinItemsMustBeGreaterThanOrEqualToZero"),
    ("minLength", "MinLengthMustBeGreaterThanOrEqualToZero"),
    ("minProperties", "MinPropertiesMustBeGreaterThanOrEqualToZero"),
]


@pytest.mark.parametrize(("key", "rule"), BOUNDS)
def test_negative_bounds(key: str, rule: str) -> None:
    check(Case(rule, f"{TITLE}/{key}", lambda d: title(d).update({key: -1})))


CASES = [
    Case(
        "MinimumShouldBeLessThanOrEqualToMaximum",
        f"{TITLE}/minimum",
        lambda d: title(d).update(minimum=5, maximum=1),
    ),
    Case(
        "MinItemsShouldBeLessThanOrEqualToMaxItems",
        f"{TITLE}/minItems",
        lambda d: title(d).update(minItems=5, maxItems=1),
    ),
    Case(
        "MinLengthShouldBeLessThanOrEqualToMaxLength",
        f"{TITLE}/minLength",
        lambda d: title(d).update(minLength=5, maxLength=1),
    ),
    Case(
        "ExclusiveMaximumRequiresMaximum",
        f"{TITLE}/exclusiveMaximum",
        lambda d: title(d).update(exclusiveMaximum=True),
    ),
    Case(
        "ExclusiveMinimumRequiresMinimum",
        f"{TITLE}/exclusiveMinimum",
        lambda d: title(d).update(exclusiveMinimum=True),
    ),
    Case(
        "MultipleOfMustBeGreaterThanZero",
        f"{TITLE}/multipleOf",
        lambda d: title(d).update(multipleOf=0),
    ),
    Case(
        "PatternShouldBeValidRegularExpression",
        f"{TITLE}/pattern",
        lambda d: title(d).update(pattern="("),
    ),
    Case("ArrayHasNoItems", TITLE, lambda d: title(d).update(type="array")),
    Case(
        "RequiredPropertyArrayEmpty",
        "/definitions/Task/required",
        lambda d: d["definitions"]["Task"].update(required=[]),
    ),
    Case(
        "RequiredPropertyDefinitionMissing",
        "/definitions/Task/required/1",
        lambda d: d["definitions"]["Task"]["required"].append("nope"),
    ),
    Case(
        "RequiredPropertyNotOnObject",
        f"{TITLE}/required",
        lambda d: title(d).update(required=["x"]),
    ),
    Case(
        "RequiredReadOnlyPropertyNotAllowedAsInput",
        f"{BODY}/properties/id",
        lambda d: inline_body(
            d,
            {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string", "readOnly": True}},
            },
        ),
    ),
    Case("EnumMustContainAtLeastOneElement", f"{TITLE}/enum", lambda d: title(d).update(enum=[])),
    Case("InvalidEnumValue", f"{TITLE}/enum/0", lambda d: title(d).update(enum=[1])),
    Case(
        "DefaultValueMustMatchType",
        f"{DONE}/default",
        lambda d: d["definitions"]["Task"]["properties"]["done"].update(default="no"),
    ),
    Case("ArrayDuplicateValue", f"{TITLE}/enum/1", lambda d: title(d).update(enum=["a", "a"])),
    Case("UnrecognizedTypeFormat", f"{TITLE}/format", lambda d: title(d).update(format="colour")),
    Case("SchemaTypeFileNotValid", f"{TITLE}/type", lambda d: title(d).update(type="file")),
    Case(
        "InvalidStringBinaryProperty",
        f"{BODY}/properties/f/format",
        lambda d: inline_body(
            d, {"type": "object", "properties": {"f": {"type": "string", "format": "binary"}}}
        ),
    ),
    Case(
        "DiscriminatorMustBeARequiredStringProperty",
        "/definitions/Task/discriminator",
        lambda d: d["definitions"]["Task"].update(discriminator="done"),
    ),
    Case(
        "InvalidCustomEditorExtensionDictionaryValue",
        f"{TITLE}/x-ms-editor",
        lambda d: title(d).update({"x-ms-editor": "dictionary"}),
    ),
    Case(
        "FilterFunctionsPropertyEmpty",
        f"{TITLE}/x-ms-capabilities/filterFunctions",
        lambda d: title(d).update({"x-ms-capabilities": {"filterFunctions": []}}),
    ),
    Case(
        "FilterFunctionsPropertyHasDuplicates",
        f"{TITLE}/x-ms-capabilities/filterFunctions",
        lambda d: title(d).update({"x-ms-capabilities": {"filterFunctions": ["eq", "eq"]}}),
    ),
    Case(
        "FilterFunctionsPropertyInInputSchema",
        f"{BODY}/x-ms-capabilities/filterFunctions",
        lambda d: inline_body(
            d, {"type": "object", "x-ms-capabilities": {"filterFunctions": ["eq"]}}
        ),
    ),
    Case(
        "DuplicateEnumValuesInExtension",
        f"{TITLE}/x-ms-enum-values/1",
        lambda d: title(d).update(
            {"enum": ["a"], "x-ms-enum-values": [{"value": "a", "displayName": "A"}] * 2}
        ),
    ),
    Case(
        "InvalidEnumValuesExtensionValue",
        f"{TITLE}/x-ms-enum-values/0",
        lambda d: title(d).update(
            {"enum": ["a"], "x-ms-enum-values": [{"value": "b", "displayName": "B"}]}
        ),
    ),
    Case(
        "MissingEnumValuesDisplayName",
        f"{TITLE}/x-ms-enum-values/0",
        lambda d: title(d).update({"enum": ["a"], "x-ms-enum-values": [{"value": "a"}]}),
    ),
]


@params(CASES)
def test_rule_fires(case: Case) -> None:
    check(case)
