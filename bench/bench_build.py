"""Build figures for the core issue, each a ratio against a baseline measured in the same run.

1. The whole `python -m aps_connectors.acc` process against `python -c "import pydantic, orjson"`.
2. Building then dumping a connector of 200 operations against `orjson.dumps` of the finished dict.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Annotated, Any

import orjson
from pydantic import BaseModel

from connector_dsl import Action, Connector, ConnectorInfo, Path, Query, Route, Ui, dumps, to_data

ROUNDS = 15


def best_of(run: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def process(*args: str) -> Callable[[], object]:
    return lambda: subprocess.run([sys.executable, *args], check=True, capture_output=True)


def large_connector(count: int = 200) -> type[Connector]:
    operations: list[type[Action[Any]]] = []
    for index in range(count):
        record = type(
            f"Record{index}",
            (BaseModel,),
            {
                "__annotations__": {
                    "id": str,
                    "name": Annotated[str, Ui(summary="Name")],
                    "n": int,
                },
                "__doc__": f"Record {index}.",
            },
        )
        fields = {
            "__annotations__": {
                "item_id": Annotated[str, Path(summary="Item")],
                "top": Annotated[int, Query(summary="Top")],
            },
            "top": 10,
            "route": Route(
                method="GET", path=f"/things{index}/{{item_id}}", summary=f"Get {index}"
            ),
            "__doc__": f"Gets thing {index}.",
        }
        operations.append(type(f"GetThing{index}", (Action[record],), fields))  # type: ignore[valid-type]
    info = ConnectorInfo(title="Large", description="Two hundred operations.", host="example.com")
    return type("Large", (Connector,), {"info": info, "operations": tuple(operations)})


def main() -> None:
    baseline = best_of(process("-c", "import pydantic, orjson"))
    acc = best_of(process("-m", "aps_connectors.acc"))
    print(f"python -m aps_connectors.acc: {acc * 1000:.0f} ms")
    print(f"python -c 'import pydantic, orjson': {baseline * 1000:.0f} ms")
    print(f"ratio (target <= 1.5): {acc / baseline:.2f}")
    # The floor that pydantic itself sets: the ACC connector defines about a hundred models.
    models = "".join(
        f"class M{i}(BaseModel):\n    a: str\n    b: int | None = None\n" for i in range(100)
    )
    floor = best_of(process("-c", "from pydantic import BaseModel\n" + models))
    print(f"floor, 100 plain pydantic models in a process: {floor / baseline:.2f}x the baseline")

    connector = large_connector()
    build = best_of(lambda: dumps(connector.build()), rounds=5)
    finished = to_data(connector.build())
    raw = best_of(lambda: orjson.dumps(finished, option=orjson.OPT_INDENT_2), rounds=50)
    print(f"build+dump of 200 operations: {build * 1000:.1f} ms")
    print(f"orjson.dumps of the finished dict: {raw * 1000:.2f} ms")
    print(f"ratio: {build / raw:.0f}x")


if __name__ == "__main__":
    main()
