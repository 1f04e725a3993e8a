"""`python -m aps_connectors.acc` prints the connector's swagger."""

from aps_connectors.acc import ACC
from connector_dsl.cli.swagger import print_swagger

raise SystemExit(print_swagger(ACC))
