"""The whole connector package: every file `paconn create` and `pac connector create` take."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from connector_dsl.authoring.places import class_place
from connector_dsl.compile import build
from connector_dsl.compile.package import api_properties
from connector_dsl.dump import dumps
from connector_dsl.errors import AuthoringError, Diagnostic
from connector_dsl.package.readme import render_readme

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector
    from connector_dsl.document import SwaggerDocument

SWAGGER = "apiDefinition.swagger.json"
PROPERTIES = "apiProperties.json"
SETTINGS = "settings.json"
README = "readme.md"
ICON = "icon.png"
SCRIPT = "script.csx"


def settings(*, icon: bool, script: bool) -> dict[str, str]:
    """`settings.json` as paconn reads it (without an environment or connector id yet)."""
    data = {"apiDefinition": SWAGGER, "apiProperties": PROPERTIES}
    if icon:
        data["icon"] = ICON
    if script:
        data["script"] = SCRIPT
    data["powerAppsUrl"] = "https://api.powerapps.com"
    data["powerAppsApiVersion"] = "2016-11-01"
    return data


def _read(connector: type[Connector], attribute: str, path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        msg = f"cannot read {path}: {error.strerror}; fix the path (relative to the module)"
        place = class_place(connector, attribute)
        raise AuthoringError([Diagnostic("package-file", msg, place)]) from None


def package_files(
    connector: type[Connector],
    *,
    indent: Literal[2, 4] = 2,
    document: SwaggerDocument | None = None,
) -> dict[str, bytes]:
    """Every file of the connector's package, by name; raises before anything is written.

    `document` is the connector's swagger when the caller has built it already.
    """
    if document is None:
        document = build(connector)
    properties = api_properties(connector)
    icon = _read(connector, "icon", connector.icon_path())
    script = _read(connector, "script", connector.script_path())
    readme = render_readme(
        document,
        publisher=connector.publisher,
        prerequisites=connector.prerequisites,
        known_limits=connector.known_limits,
        getting_started=connector.getting_started,
        connection_parameters=properties.properties.connection_parameters,
    )
    files = {
        SWAGGER: dumps(document, indent=indent),
        PROPERTIES: dumps(properties, indent=indent),
        SETTINGS: dumps(settings(icon=icon is not None, script=script is not None), indent=indent),
        README: readme.encode(),
    }
    if icon is not None:
        files[ICON] = icon
    if script is not None:
        files[SCRIPT] = script
    return files
