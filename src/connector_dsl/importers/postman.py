"""Postman collections (v2.0 and v2.1) as connector documents.

Folders become tags, requests become operations (repeats are all kept, see
`postman_names`), `{{baseUrl}}` becomes host and basePath, `{{var}}` and `:var`
in the path become path parameters, example values type the parameters and
schemas, and saved example responses become response schemas. Every lossy
step is a warning placed at a pointer into the collection.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from connector_dsl.document import (
    HTTP_METHODS,
    Info,
    Operation,
    Parameter,
    PathItem,
    SecurityRequirement,
    SecurityScheme,
    SwaggerDocument,
    Tag,
)
from connector_dsl.importers.conversion import Conversion
from connector_dsl.importers.postman_auth import Auth, read_auth
from connector_dsl.importers.postman_names import UniqueNames, free_path
from connector_dsl.importers.postman_reader import Reporter, Tokens
from connector_dsl.importers.postman_request import Built, Source, build_operation
from connector_dsl.importers.postman_url import (
    PLACEHOLDER_HOST,
    Base,
    RequestUrl,
    read_url,
    resolve_base,
)
from connector_dsl.importers.postman_variables import Variables, read_variables

__all__ = ["convert_postman"]


@dataclass(frozen=True, slots=True)
class _Item:
    """A request found in the collection, with the folders and auth blocks above it."""

    name: str
    request: dict[str, Any]
    at: Tokens
    folders: tuple[tuple[str, str], ...]
    """(name, description) of each enclosing folder, outermost first."""
    auths: tuple[tuple[object, Tokens], ...]
    """The auth blocks that apply, innermost last (the request's own not included)."""
    examples: object


def convert_postman(
    data: dict[str, Any], source: str = "<input>", environment: dict[str, Any] | None = None
) -> Conversion:
    """A Postman collection as a connector document, with every lossy step as a warning.

    `environment` is a Postman environment file; its values win over the
    collection's variables. Raises `InputError` (with a pointer) on shapes that
    are not a Postman collection.
    """
    reporter = Reporter(source=source)
    collection = reporter.mapping(data, ())
    _scripts(reporter, collection, ())
    info = reporter.mapping(collection.get("info"), ("info",))
    variables = read_variables(reporter, collection, environment)
    root_auth = ((collection.get("auth"), ("auth",)),)
    items = list(_walk(reporter, collection.get("item"), ("item",), (), root_auth))
    urls = _readable(reporter, items)
    main_key, base = _main_base(reporter, variables, urls)
    builder = _Builder(reporter, variables, base, main_key)
    document = builder.build(info, items, urls, collection.get("auth"))
    return Conversion(document=document, warnings=reporter.warnings)


def _walk(
    reporter: Reporter,
    value: object,
    at: Tokens,
    folders: tuple[tuple[str, str], ...],
    auths: tuple[tuple[object, Tokens], ...],
) -> list[_Item]:
    found: list[_Item] = []
    for index, entry in enumerate(reporter.sequence(value, at)):
        where = (*at, index)
        item = reporter.mapping(entry, where)
        _scripts(reporter, item, where)
        name = reporter.text(item.get("name"), (*where, "name")).strip()
        if "item" in item:
            folder = (name, reporter.description(item.get("description"), (*where, "description")))
            inner_auths = (*auths, (item.get("auth"), (*where, "auth")))
            inner = (*folders, folder)
            found.extend(_walk(reporter, item["item"], (*where, "item"), inner, inner_auths))
        elif "request" in item:
            request = item["request"]
            if isinstance(request, str):
                request = {"url": request, "method": "GET"}
            request = reporter.mapping(request, (*where, "request"))
            found.append(_Item(name, request, where, folders, auths, item.get("response")))
    return found


def _scripts(reporter: Reporter, node: dict[str, Any], at: Tokens) -> None:
    """A warning for each pre-request or test script, which a connector cannot run."""
    events = node.get("event")
    if not isinstance(events, list):
        return
    for index, event in enumerate(events):  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        if not isinstance(event, dict):
            continue
        script: Any = event.get("script")  # pyright: ignore[reportUnknownMemberType]
        lines: Any = script.get("exec") if isinstance(script, dict) else None  # pyright: ignore[reportUnknownMemberType]
        if not lines or (isinstance(lines, list) and not any(str(x).strip() for x in lines)):  # pyright: ignore[reportUnknownVariableType]
            continue
        listen = event.get("listen")  # pyright: ignore[reportUnknownMemberType]
        kind = "test" if listen == "test" else "pre-request"
        msg = (
            f"the {kind} script was not kept: a connector cannot run Postman scripts; move "
            "what it does into the request (or a policy or script.csx) by hand"
        )
        reporter.warn("postman-script-dropped", msg, (*at, "event", index))


def _readable(reporter: Reporter, items: list[_Item]) -> dict[Tokens, RequestUrl]:
    """The URL of every request that can be converted; warnings for the others."""
    urls: dict[Tokens, RequestUrl] = {}
    for item in items:
        at = (*item.at, "request")
        method = reporter.text(item.request.get("method", "GET"), (*at, "method")).lower()
        url = read_url(reporter, item.request.get("url"), (*at, "url"))
        if method not in HTTP_METHODS:
            reason = f"its method `{method.upper()}` is not an HTTP method Swagger knows"
            _skip(reporter, item, reason, (*at, "method"))
        elif url is None:
            _skip(reporter, item, "its URL cannot be read as a URL", (*at, "url"))
        else:
            urls[item.at] = url
    return urls


def _skip(reporter: Reporter, item: _Item, reason: str, at: Tokens) -> None:
    reporter.warn("postman-request-skipped", f"request `{item.name}` was skipped: {reason}", at)


def _main_base(
    reporter: Reporter, variables: Variables, urls: dict[Tokens, RequestUrl]
) -> tuple[str, Base]:
    """The base most requests use, resolved; a placeholder host when it has no value."""
    counts = Counter(url.base_key for url in urls.values())
    if not counts:
        return "", Base(scheme="https", host=PLACEHOLDER_HOST, path="")
    key = counts.most_common(1)[0][0]
    base = resolve_base(variables, key)
    if base is not None:
        return key, base
    first = next(at for at, url in urls.items() if url.base_key == key)
    reporter.warn(
        "postman-host-unresolved",
        f"`{key}` has no value in the collection or environment: the host is the "
        f"placeholder `{PLACEHOLDER_HOST}`; pass an environment that defines it, or set "
        "the host by hand",
        (*first, "request", "url"),
    )
    return key, Base(scheme="https", host=PLACEHOLDER_HOST, path="")


@dataclass
class _Builder:
    """Builds the document from the readable requests."""

    reporter: Reporter
    variables: Variables
    base: Base
    main_key: str
    paths: dict[str, PathItem] = field(default_factory=dict[str, PathItem])
    definitions: dict[str, SecurityScheme] = field(default_factory=dict[str, SecurityScheme])
    tags: dict[str, str] = field(default_factory=dict[str, str])
    auth_cache: dict[Tokens, Auth | None] = field(default_factory=dict[Tokens, "Auth | None"])

    def build(
        self,
        info: dict[str, Any],
        items: list[_Item],
        urls: dict[Tokens, RequestUrl],
        collection_auth: object,
    ) -> SwaggerDocument:
        """The whole document."""
        root = self._auth(collection_auth, ("auth",))
        root_name = (
            self._define(root.name, root.scheme) if root and root.name and root.scheme else None
        )
        names = {item.at: item.name for item in items}
        full_paths = {
            at: p for at, url in urls.items() if (p := self._full_path(url, at, names[at]))
        }
        prefix = self._base_path(list(full_paths.values()))
        ids = UniqueNames()
        for item in items:
            if item.at in full_paths:
                self._add(item, urls[item.at], full_paths[item.at][len(prefix) :], root, ids)
        document = SwaggerDocument(
            swagger="2.0",
            info=self._info(info),
            host=self.base.host,
            base_path=prefix or "/",
            schemes=[self.base.scheme],
            paths=self.paths,
        )
        if self.definitions:
            document.security_definitions = self.definitions
        if root_name is not None:
            document.security = [{root_name: []}]
        if self.tags:
            document.tags = [self._tag(name, text) for name, text in self.tags.items()]
        return document

    def _info(self, info: dict[str, Any]) -> Info:
        title = self.reporter.text(info.get("name"), ("info", "name")).strip()
        text = self.reporter.description(info.get("description"), ("info", "description"))
        if not text:
            text = f"Operations of {title or 'the API'}, imported from a Postman collection."
            self.reporter.warn(
                "postman-description-missing",
                "the collection has no description, which Power Platform requires; "
                "a generic sentence was written, replace it",
                ("info",),
            )
        return Info(title=title or "Postman collection", version="1.0", description=text)

    @staticmethod
    def _tag(name: str, description: str) -> Tag:
        tag = Tag(name=name)
        if description:
            tag.description = description
        return tag

    def _auth(self, value: object, at: Tokens) -> Auth | None:
        if at not in self.auth_cache:
            self.auth_cache[at] = read_auth(self.reporter, value, at, self.absolute)
        return self.auth_cache[at]

    def absolute(self, text: str) -> str:
        """An absolute URL for a URL that may start with a variable or be a bare path."""
        if text.startswith("/"):
            return f"{self.base.scheme}://{self.base.host}{self.base.path}{text}"
        url = read_url(self.reporter, text, ())
        if url is None:
            return f"{self.base.scheme}://{self.base.host}/"
        base = resolve_base(self.variables, url.base_key)
        if base is None:
            base = self.base
        return f"{base.scheme}://{base.host}{base.path}{url.rest}"

    def _full_path(self, url: RequestUrl, at: Tokens, name: str) -> str | None:
        """The path on the document's host (base path included); None when off host."""
        if url.base_key == self.main_key:
            return self.base.path + url.rest
        base = resolve_base(self.variables, url.base_key)
        if base is None:
            reason = f"it starts with `{url.base_key}`, which has no value and is not the base URL"
        elif base.host != self.base.host:
            reason = f"it calls `{base.host}`, but the connector calls `{self.base.host}`"
        else:
            return base.path + url.rest
        self.reporter.warn(
            "postman-request-skipped",
            f"request `{name}` was skipped: {reason}",
            (*at, "request", "url"),
        )
        return None

    def _base_path(self, paths: list[str]) -> str:
        prefix = self.base.path
        if prefix and all(p.startswith(prefix + "/") for p in paths):
            return prefix
        return ""

    def _add(
        self, item: _Item, url: RequestUrl, path: str, root: Auth | None, ids: UniqueNames
    ) -> None:
        auth = self._effective_auth(item)
        source = Source(
            name=item.name,
            request=item.request,
            at=(*item.at, "request"),
            examples=item.examples,
            examples_at=(*item.at, "response"),
        )
        built = build_operation(self.reporter, self.variables, source, url, path, auth)
        self._security(built.operation, auth, root)
        tag = " / ".join(name for name, _ in item.folders if name)
        if tag:
            built.operation.tags = [tag]
            self.tags.setdefault(tag, item.folders[-1][1])
        built.operation.operation_id = ids.claim(built.operation.operation_id or "Operation")
        self._place(built, item)

    def _effective_auth(self, item: _Item) -> Auth | None:
        own = self._auth(item.request.get("auth"), (*item.at, "request", "auth"))
        if own is not None:
            return own
        for value, at in reversed(item.auths):
            found = self._auth(value, at)
            if found is not None:
                return found
        return None

    def _security(self, operation: Operation, auth: Auth | None, root: Auth | None) -> None:
        if auth is None or auth == root:
            return
        if auth.name is None or auth.scheme is None:
            operation.security = []
            return
        name = self._define(auth.name, auth.scheme)
        requirement: SecurityRequirement = {name: []}
        operation.security = [requirement]

    def _define(self, name: str, scheme: SecurityScheme) -> str:
        candidate, number = name, 1
        while candidate in self.definitions and self.definitions[candidate] != scheme:
            number += 1
            candidate = f"{name}_{number}"
        self.definitions[candidate] = scheme
        return candidate

    def _place(self, built: Built, item: _Item) -> None:
        method = built.method

        def taken(path: str) -> bool:
            return path in self.paths and getattr(self.paths[path], method) is not None

        free = free_path(built.path, built.path_names, taken)
        if free.path != built.path:
            self._report_repeat(built, item, free.path, free.renamed)
        if free.renamed is not None:
            _rename(built.operation.parameters or [], *free.renamed)
        path_item = self.paths.setdefault(free.path, PathItem())
        setattr(path_item, method, built.operation)

    def _report_repeat(
        self, built: Built, item: _Item, path: str, renamed: tuple[str, str] | None
    ) -> None:
        how = (
            f"its path parameter `{renamed[0]}` is named `{renamed[1]}` (same URL)"
            if renamed
            else "a trailing `/` was added (the URL sent changes; check the API accepts it)"
        )
        self.reporter.warn(
            "postman-duplicate-path",
            f"`{built.method.upper()} {built.path}` is already an operation; request "
            f"`{item.name}` went to `{path}`: {how}",
            (*item.at, "request", "url"),
        )


def _rename(parameters: list[Any], old: str, new: str) -> None:
    for parameter in parameters:
        if isinstance(parameter, Parameter) and parameter.in_ == "path" and parameter.name == old:
            parameter.name = new
            parameter.x_ms_summary = old
