"""Try a connector locally: call operations, fill dropdowns, fire triggers.

```python
from connector_dsl.harness import Harness

with Harness(ACC, base_url="http://127.0.0.1:8000", token=token) as harness:
    hubs = harness.values("ListProjects", "hub_id")
    result = harness.call("ListProjects", hub_id=hubs[0][0])
```
"""

from connector_dsl.harness.callback import CallbackServer, Notification
from connector_dsl.harness.calls import CallResult
from connector_dsl.harness.client import Harness
from connector_dsl.harness.dropdowns import RESPONSE
from connector_dsl.harness.findings import HarnessError
from connector_dsl.harness.source import ConnectorSource, load_source
from connector_dsl.harness.triggers import Poller, PollResult, ReceivedNotification, WebhookSession

__all__ = [
    "RESPONSE",
    "CallResult",
    "CallbackServer",
    "ConnectorSource",
    "Harness",
    "HarnessError",
    "Notification",
    "PollResult",
    "Poller",
    "ReceivedNotification",
    "WebhookSession",
    "load_source",
]
