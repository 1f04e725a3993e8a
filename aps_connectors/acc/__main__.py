"""`python -m aps_connectors.acc` prints the connector's swagger."""

from aps_connectors.acc import ACC

ACC.main()
