"""`print_swagger(C)`: a connector module's own `python -m` entry point."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from connector_dsl.compile import dumps
from connector_dsl.errors import ConnectorError

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector


def print_swagger(connector: type[Connector]) -> int:
    """Print the swagger to stdout and return 0; on problems print them to stderr and return 1.

    For a connector's `__main__.py`: `raise SystemExit(print_swagger(MyConnector))`.
    """
    try:
        data = dumps(connector)
    except ConnectorError as error:
        print(error, file=sys.stderr)
        return 1
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return 0
