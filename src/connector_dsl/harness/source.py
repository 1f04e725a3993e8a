"""The connector the harness drives: a Python class, `module:Class`, a swagger file or folder."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from connector_dsl.authoring.loading import load_connector
from connector_dsl.compile import build
from connector_dsl.compile.package import api_properties
from connector_dsl.document import Operation, Parameter, PathItem, Reference, SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.errors import pointer
from connector_dsl.harness.findings import HarnessError, finding
from connector_dsl.importers.swagger import read_swagger
from connector_dsl.properties.model import ApiProperties, read_api_properties
from connector_dsl.properties.policies import default_operation_id

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector

ConnectorLike: TypeAlias = "type[Connector] | str | os.PathLike[str] | ConnectorSource"
OperationLike: TypeAlias = "str | type[Any]"


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """One operation with its path-level parameters merged and `$ref`s resolved."""

    operation_id: str
    method: str
    path: str
    operation: Operation
    path_item: PathItem
    parameters: tuple[Parameter, ...]
    pointer: str
    """`/paths/~1hubs/get` in the swagger."""

    def parameter_pointer(self, parameter: Parameter) -> str:
        """The pointer of a parameter (into the operation's `parameters`, when it is there)."""
        for index, found in enumerate(self.operation.parameters or []):
            if isinstance(found, Parameter) and found.name == parameter.name:
                return f"{self.pointer}/parameters/{index}"
        return self.pointer

    def body(self) -> Parameter | None:
        """The body parameter, if any."""
        return next((p for p in self.parameters if p.in_ == "body"), None)


@dataclass(frozen=True, slots=True)
class ConnectorSource:
    """A connector's swagger and apiProperties, indexed by operationId."""

    name: str
    document: SwaggerDocument
    data: dict[str, Any]
    properties: ApiProperties | None = None
    file: str | None = None
    unsubscribe: dict[str, str] = field(default_factory=dict[str, str])
    """Webhook trigger operationId -> the operationId that deletes its hook (Python classes)."""
    script_operations: tuple[str, ...] | None = None
    """Operations handled by `script.csx`; () means every operation; None: no script."""
    script_file: str | None = None
    """The `script.csx` file, when the connector has one that can be read."""
    operations: dict[str, OperationInfo] = field(default_factory=dict[str, OperationInfo])

    def operation(self, op: OperationLike) -> OperationInfo:
        """The operation with this operationId (or operation class)."""

        name = op if isinstance(op, str) else default_operation_id(op)
        found = self.operations.get(name)
        if found is None:
            known = ", ".join(sorted(self.operations)) or "none"
            msg = f"{self.name} has no operation {name!r}; its operations are: {known}"
            raise HarnessError([finding("harness-operation", msg, file=self.file)])
        return found

    def is_script_operation(self, operation_id: str) -> bool:
        """Whether `script.csx` handles this operation: Power Platform runs the script for the
        operations listed in `scriptOperations`, or for every one when none is listed."""
        if self.script_operations is None:
            return False
        return not self.script_operations or operation_id in self.script_operations


def load_source(target: ConnectorLike) -> ConnectorSource:
    """Load and index a connector."""
    if isinstance(target, ConnectorSource):
        return target
    if isinstance(target, type):
        return _from_class(target)
    text = os.fspath(target)
    if Path(text).exists() or ":" not in text:
        return _from_files(Path(text))

    return _from_class(load_connector(text))


def _from_class(cls: type[Connector]) -> ConnectorSource:
    document = build(cls)
    properties = api_properties(cls)
    unsubscribe: dict[str, str] = {}
    for op in cls.operations:
        target = getattr(op, "unsubscribe", None)
        if target is not None:
            unsubscribe[op.operation_id()] = target.operation_id()
    scripts: tuple[str, ...] | None = None
    if cls.script is not None or cls.script_operations:
        scripts = tuple(op.operation_id() for op in cls.script_operations)
    found = cls.script_path() if cls.script is not None else None
    script = str(found) if found is not None and found.is_file() else None
    return _indexed(cls.__name__, document, properties, None, unsubscribe, scripts, script)


def _from_files(path: Path) -> ConnectorSource:

    imported = read_swagger(path)
    properties = None
    scripts: tuple[str, ...] | None = None
    if imported.api_properties is not None:
        properties = read_api_properties(imported.api_properties)
        listed = properties.properties.script_operations
        if isinstance(listed, list):
            scripts = tuple(str(name) for name in listed)
    beside = imported.source.parent / "script.csx"
    script = str(beside) if beside.is_file() else None
    if scripts is None and script is not None:
        scripts = ()
    name = imported.document.info.title
    source = str(imported.source)
    return _indexed(name, imported.document, properties, source, {}, scripts, script)


def _indexed(
    name: str,
    document: SwaggerDocument,
    properties: ApiProperties | None,
    file: str | None,
    unsubscribe: dict[str, str],
    scripts: tuple[str, ...] | None,
    script: str | None = None,
) -> ConnectorSource:
    operations: dict[str, OperationInfo] = {}
    for path, item in document.paths.items():
        if not isinstance(item, PathItem):
            continue
        shared = _parameters(document, item.parameters)
        for method, op in item.operations():
            own = _parameters(document, op.parameters)
            names = {(p.name, p.in_) for p in own}
            merged = tuple(own + [p for p in shared if (p.name, p.in_) not in names])
            op_id = op.operation_id or f"{method.upper()} {path}"
            operations[op_id] = OperationInfo(
                operation_id=op_id,
                method=method,
                path=path,
                operation=op,
                path_item=item,
                parameters=merged,
                pointer=pointer("paths", path, method),
            )
    return ConnectorSource(
        name=name,
        document=document,
        data=to_data(document),
        properties=properties,
        file=file,
        unsubscribe=unsubscribe,
        script_operations=scripts,
        script_file=script,
        operations=operations,
    )


def _parameters(
    document: SwaggerDocument, found: list[Parameter | Reference] | None
) -> list[Parameter]:
    out: list[Parameter] = []
    for parameter in found or []:
        if isinstance(parameter, Reference):
            key = parameter.ref.rpartition("/")[2]
            resolved = (document.parameters or {}).get(key)
            if isinstance(resolved, Parameter):
                out.append(resolved)
        elif isinstance(parameter, Parameter):
            out.append(parameter)
    return out
