"""Autodesk's contracts for the APS endpoints: the OpenAPI specs, and Postman collections
for the families Autodesk publishes no spec for.

`Contracts.find(method, path)` gives the spec operation (or Postman route) a
request is for; `check(...)` lists what is wrong with the request: openapi-core
validates it against the spec (path, method, parameters, body), and a parameter
or custom header the spec does not declare is an error too (openapi-core lets
unknown ones through). A Postman route is a contract of its requests' methods,
paths, query parameter names and body properties.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, cast

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

HOST = "https://developer.api.autodesk.com"
STANDARD_HEADERS = frozenset(
    {
        "accept",
        "accept-encoding",
        "authorization",
        "connection",
        "content-length",
        "content-type",
        "host",
        "user-agent",
    }
)
"""Headers every HTTP client sends; any other header must be declared by the contract."""

JsonDict = dict[str, Any]

CORRECTIONS = {
    "Issues.yaml": (
        "patchIssueDetails takes IssuePayload, whose `required` (title, issueSubtypeId, status) "
        "is the creation's: a PATCH changes the fields it sends (Autodesk's reference, "
        "https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issues-issueId-PATCH), "
        "so the PATCH body is checked against IssuePayload without `required`",
        "customAttributes[].value of IssuePayload and Issue says type object, while its own "
        "description says 'Possible value types: string, number, null': it is checked as any value",
    ),
}
"""Where a spec contradicts itself or Autodesk's reference pages, the check follows the
reference; each correction is applied to the loaded spec and listed in the report."""

POSTMAN_ADDITIONS: dict[tuple[str, str, str], frozenset[str]] = {
    (
        "ACC_RFIs_API.postman_collection",
        "post",
        "/construction/rfis/v3/projects/{project_id_without_b}/search:rfis",
    ): frozenset({"limit", "offset", "search", "sort", "filter/updatedAt"}),
}
"""Body properties (slash paths) of a Postman route that its examples do not show but
Autodesk's reference page documents: the RFI search body takes `limit`, `offset`,
`search`, `sort` and an `updatedAt` range in its `filter` (the collection's example
filters by `status` and `dueDate` only;
aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfi-search-POST, as cited in
aps_connectors/acc/rfis.py). A POST to a collection also takes the properties the
collection's PATCH of one of its members sends (a property of the resource)."""


def _pattern(template: str) -> re.Pattern[str]:
    """`/a/{b}/c` -> a regex where each `{...}` is one path segment."""
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def _literal_length(template: str) -> int:
    return len(re.sub(r"\{[^}]+\}", "", template))


@dataclass(frozen=True)
class SpecOperation:
    """One operation of an OpenAPI spec."""

    spec: str
    method: str
    path: str
    operation: JsonDict
    parameters: tuple[JsonDict, ...]
    document: JsonDict = field(repr=False)
    api: OpenAPI = field(repr=False)

    @property
    def name(self) -> str:
        return f"{self.spec} {self.operation.get('operationId', self.method + ' ' + self.path)}"

    def resolve(self, node: Any) -> Any:
        """`node` with its top-level `$ref` followed."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def success(self) -> tuple[int, JsonDict]:
        """The first 2xx status the spec declares and its response."""
        responses = cast("JsonDict", self.operation.get("responses", {}))
        status = min(int(s) for s in responses if str(s).startswith("2"))
        return status, cast("JsonDict", self.resolve(responses[str(status)]))

    def response_schema(self, status: int) -> tuple[Any, Any] | None:
        """(schema, example-or-None) of the JSON body the spec declares for `status`."""
        response = self.resolve(self.operation.get("responses", {}).get(str(status)))
        content = cast("JsonDict", (response or {}).get("content") or {})
        media = next((m for k, m in content.items() if "json" in k), None)
        if media is None or "schema" not in media:
            return None
        example = media.get("example")
        examples = media.get("examples") or {}
        if example is None and examples:
            first = self.resolve(next(iter(examples.values())))
            example = first.get("value") if isinstance(first, dict) else None
        return media["schema"], example

    def declared(self, location: str) -> set[str]:
        """Names of the parameters in `location` (header names lower-cased)."""
        found = {str(p["name"]) for p in self.parameters if p.get("in") == location}
        return {n.lower() for n in found} if location == "header" else found


@dataclass(frozen=True)
class PostmanRoute:
    """The requests of a Postman collection that share a method and path."""

    collection: str
    method: str
    path: str
    query: frozenset[str]
    bodies: tuple[Any, ...]

    @property
    def name(self) -> str:
        return f"{self.collection} {self.method.upper()} {self.path}"


Contract = SpecOperation | PostmanRoute


@dataclass(frozen=True)
class Seen:
    """A request as the fake server received it."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


class _OpenApiRequest:
    """A received request in the shape openapi-core reads."""

    def __init__(self, seen: Seen) -> None:
        self.host_url = HOST
        self.path = seen.path
        self.method = seen.method.lower()
        self.body = seen.body or None
        self.content_type = (seen.header("content-type") or "application/json").lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(seen.query)),
            header=Headers(list(seen.headers.items())),
            cookie=ImmutableMultiDict(),
            path={},
        )


class _OpenApiResponse:
    def __init__(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.status_code = status
        self.data = body
        self.content_type = "application/json"
        self.headers = Headers(list(headers.items()))


def _error_text(error: BaseException) -> str:
    """The error with each schema violation at its JSON path (not the whole value)."""
    cause: BaseException | None = error
    while cause is not None:
        found = getattr(cause, "schema_errors", None)
        if found:
            head = " ".join(str(error).split())[:120]
            return f"{head}: " + "; ".join(_violation(e) for e in found)
        cause = cause.__cause__
    return " ".join(str(error).split())[:400]


def _violation(error: Any) -> str:
    context = list(getattr(error, "context", None) or [])
    if context:
        error = min(context, key=lambda e: len(list(e.absolute_path)) * -1)
    return f"{error.json_path}: {' '.join(str(error.message).split())[:160]}"


class Contracts:
    """Every OpenAPI spec under `openapi/` and every Postman collection under `postman/`."""

    def __init__(self, aps: Path) -> None:
        self.aps = aps

    @cached_property
    def operations(self) -> list[SpecOperation]:
        found: list[SpecOperation] = []
        for file in sorted((self.aps / "openapi").rglob("*.yaml")):
            document = yaml.safe_load(file.read_text(encoding="utf-8"))
            if file.name == "Issues.yaml":
                _correct_issues(document)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                # The specs are not re-validated on each load (they pass openapi-spec-validator).
                skip: Any = None
                api = OpenAPI.from_dict(document, config=Config(spec_validator_cls=skip))
            for path, item in cast("JsonDict", document.get("paths", {})).items():
                shared = item.get("parameters", [])
                for method, operation in item.items():
                    if method not in ("get", "post", "put", "patch", "delete"):
                        continue
                    probe = SpecOperation(file.name, method, path, operation, (), document, api)
                    params = {
                        (p["in"], p["name"]): p
                        for p in (
                            probe.resolve(x) for x in [*shared, *operation.get("parameters", [])]
                        )
                    }
                    found.append(
                        SpecOperation(
                            file.name,
                            method,
                            path,
                            operation,
                            tuple(params.values()),
                            document,
                            api,
                        )
                    )
        return found

    @cached_property
    def postman(self) -> list[PostmanRoute]:
        grouped: dict[tuple[str, str, str], tuple[set[str], list[Any]]] = {}
        for file in sorted((self.aps / "postman").glob("*.json")):
            collection = json.loads(file.read_text(encoding="utf-8"))
            for request in _postman_requests(collection.get("item", [])):
                method = str(request.get("method", "")).lower()
                url = request.get("url")
                raw = url.get("raw", "") if isinstance(url, dict) else str(url or "")
                path = _postman_path(raw)
                if method not in ("get", "post", "put", "patch", "delete") or path is None:
                    continue
                query, bodies = grouped.setdefault((file.stem, method, path), (set(), []))
                for item in url.get("query", []) if isinstance(url, dict) else []:
                    query.add(str(item.get("key", "")))
                body = _postman_body(request.get("body"))
                if body is not None:
                    bodies.append(body)
        routes: list[PostmanRoute] = []
        for (stem, method, path), (query, bodies) in sorted(grouped.items()):
            extra = set(POSTMAN_ADDITIONS.get((stem, method, path), frozenset()))
            if method == "post":
                member = re.compile(re.escape(path) + r"/\{[^/}]+\}")
                for (other, verb, where), (_, sent) in grouped.items():
                    if other == stem and verb in ("patch", "put") and member.fullmatch(where):
                        extra |= {k for b in sent if isinstance(b, dict) for k in b}
            if extra:
                bodies = [*bodies, _sample(extra)]
            routes.append(PostmanRoute(stem, method, path, frozenset(query), tuple(bodies)))
        return routes

    def find(self, method: str, path: str) -> Contract | None:
        """The contract of `method path`: the most literal matching spec path, else Postman."""
        method = method.lower()
        specs = [
            op
            for op in self.operations
            if op.method == method and _pattern(op.path).fullmatch(path)
        ]
        if specs:
            return max(specs, key=lambda op: _literal_length(op.path))
        routes = [
            r for r in self.postman if r.method == method and _pattern(r.path).fullmatch(path)
        ]
        return max(routes, key=lambda r: _literal_length(r.path)) if routes else None

    def check(self, contract: Contract, seen: Seen) -> list[str]:
        """What is wrong with `seen` for `contract` (empty: a valid request)."""
        if isinstance(contract, PostmanRoute):
            return _check_postman(contract, seen)
        problems: list[str] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for error in contract.api.iter_request_errors(_OpenApiRequest(seen)):
                problems.append(_error_text(error))
        declared = contract.declared("query")
        problems += [
            f"query parameter {k!r} is not in the spec" for k, _ in seen.query if k not in declared
        ]
        headers = contract.declared("header")
        problems += [
            f"header {k!r} is not in the spec"
            for k in seen.headers
            if k.lower() not in STANDARD_HEADERS and k.lower() not in headers
        ]
        return problems

    def check_response(
        self,
        contract: SpecOperation,
        seen: Seen,
        status: int,
        body: bytes,
        headers: Mapping[str, str],
    ) -> list[str]:
        """What is wrong with a response the fake is about to send, for the spec."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [
                _error_text(e)
                for e in contract.api.iter_response_errors(
                    _OpenApiRequest(seen), _OpenApiResponse(status, body, headers)
                )
            ]


def _correct_issues(document: JsonDict) -> None:
    """Apply `CORRECTIONS["Issues.yaml"]` to the loaded Issues spec."""
    schemas = document["components"]["schemas"]
    payload = schemas["IssuePayload"]
    for name in ("IssuePayload", "Issue"):
        attributes = schemas[name]["properties"]["customAttributes"]["items"]["properties"]
        attributes["value"] = {"description": attributes["value"].get("description", "")}
    schemas["IssuePatchPayload"] = {k: v for k, v in payload.items() if k != "required"}
    patch = document["paths"]["/construction/issues/v1/projects/{projectId}/issues/{issueId}"][
        "patch"
    ]
    patch["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/IssuePatchPayload"
    }


def _postman_requests(items: list[Any]) -> Iterator[JsonDict]:
    for item in items:
        if "item" in item:
            yield from _postman_requests(item["item"])
        elif isinstance(item.get("request"), dict):
            yield item["request"]


def _postman_path(raw: str) -> str | None:
    """`{{base}}construction/x/:id/{{var}}?q=1` -> `/construction/x/{id}/{var}`."""
    text = raw.split("?")[0].strip()
    text = re.sub(r"^(\{\{[^}]+\}\})+", "", text)
    if text.startswith(("http://", "https://")) or not text:
        return None
    segments = []
    for segment in text.strip("/").split("/"):
        if segment.startswith(":"):
            segments.append("{" + segment[1:] + "}")
        elif "{{" in segment:
            segments.append("{" + re.sub(r"[^\w]", "", segment) + "}")
        else:
            segments.append(segment)
    return "/" + "/".join(segments)


def _postman_body(body: Any) -> Any:
    if not isinstance(body, dict) or body.get("mode") != "raw":
        return None
    raw = re.sub(r"(?<!\")\{\{[^}]+\}\}(?!\")", "0", str(body.get("raw", "")))
    try:
        return json.loads(raw)
    except ValueError:
        keys = re.findall(r'"([^"]+)"\s*:', raw)
        return dict.fromkeys(keys, "") or None


def _check_postman(route: PostmanRoute, seen: Seen) -> list[str]:
    problems = [
        f"query parameter {k!r} is in none of the collection's requests"
        for k, _ in seen.query
        if k not in route.query
    ]
    if seen.body:
        try:
            sent = json.loads(seen.body)
        except ValueError:
            return [*problems, "the body is not JSON"]
        if not route.bodies:
            problems.append("the collection's requests send no body")
        elif not any(isinstance(sent, type(b)) for b in route.bodies if b is not _ANY):
            kinds = sorted({type(b).__name__ for b in route.bodies if b is not _ANY})
            problems.append(f"the body is a JSON {type(sent).__name__}, not a {' or '.join(kinds)}")
        else:
            problems += _unknown_keys(sent, list(route.bodies), "")
    return problems


_ANY: Any = object()
"""A sample value that allows any value under it (a documented addition)."""


def _sample(paths: set[str]) -> JsonDict:
    """A sample body with any value at each slash path (`filter/updatedAt`)."""
    sample: JsonDict = {}
    for path in sorted(paths):
        *parents, leaf = path.split("/")
        node = sample
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = _ANY
    return sample


def _unknown_keys(sent: Any, samples: list[Any], where: str) -> list[str]:
    """Properties of `sent` found in none of the sample bodies (recursively)."""
    if any(s is _ANY for s in samples):
        return []
    if isinstance(sent, list):
        items = [i for s in samples if isinstance(s, list) for i in s]
        return [p for value in sent for p in _unknown_keys(value, items, where + "/*")]
    if not isinstance(sent, dict):
        return []
    objects = [s for s in samples if isinstance(s, dict)]
    problems: list[str] = []
    for key, value in sent.items():
        found = [s[key] for s in objects if key in s]
        if not found:
            problems.append(f"body property {where}/{key} is in none of the collection's bodies")
        else:
            problems += _unknown_keys(value, found, f"{where}/{key}")
    return problems
