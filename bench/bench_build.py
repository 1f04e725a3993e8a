"""Build figures for the core issue, each a ratio against a baseline measured in the same run.

1. The whole `python -m aps_connectors.acc` process against `python -c "import pydantic, orjson"`.
2. Building then dumping a connector of 200 operations against `orjson.dumps` of the finished dict.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Annotated, Any

import orjson
from pydantic import BaseModel

from connector_dsl import Action, Connector, ConnectorInfo, Path, Query, Route, Ui, dumps, to_data
from connector_dsl.compile import compile_connector

ROUNDS = 15


def best_of(run: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# A user's installed package has its bytecode cached; a PYTHONDONTWRITEBYTECODE inherited from
# the shell would make every run recompile the sources and measure the compiler instead.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def process(*args: str) -> Callable[[], object]:
    def run() -> object:
        return subprocess.run([sys.executable, *args], check=True, capture_output=True, env=ENV)

    return run


def interleaved(runs: dict[str, Callable[[], object]], rounds: int = 25) -> dict[str, float]:
    """Median seconds of each process, the processes taking turns so that load drifts evenly."""
    for run in runs.values():
        run()  # warm the bytecode cache and the file system
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(found) for name, found in times.items()}


# Floors that pydantic itself sets, whatever a library on top of it does.
ONE_MODEL = "from pydantic import BaseModel\nclass M(BaseModel):\n    a: str\n"
ACC_SIZED = (
    "from pydantic import BaseModel\n"
    "from pydantic.json_schema import models_json_schema\n"
    + "".join(
        f"class M{i}(BaseModel):\n    a: str\n    b: int | None = None\n"
        f"    c: list[str] = []\n    d: bool = False\n"
        for i in range(57)
    )
    + "models_json_schema([(m, 'serialization') for m in list(globals().values())"
    " if isinstance(m, type) and issubclass(m, BaseModel) and m is not BaseModel])\n"
)


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
    found = interleaved(
        {
            "baseline": process("-c", "import pydantic, orjson"),
            "acc": process("-m", "aps_connectors.acc"),
            "import": process("-c", "import connector_dsl"),
            "one model": process("-c", ONE_MODEL),
            "acc-sized": process("-c", ACC_SIZED),
        }
    )
    baseline = found["baseline"]
    print(f"python -c 'import pydantic, orjson': {baseline * 1000:.0f} ms")
    print(f"python -m aps_connectors.acc: {found['acc'] * 1000:.0f} ms")
    print(f"ratio (target <= 1.5): {found['acc'] / baseline:.2f}")
    print(f"python -c 'import connector_dsl': {found['import'] / baseline:.2f}x the baseline")
    print(
        "floor, a process that defines one pydantic model: "
        f"{found['one model'] / baseline:.2f}x the baseline"
    )
    print(
        "floor, the ACC's pydantic work alone (57 models of 4 fields and their JSON schema): "
        f"{found['acc-sized'] / baseline:.2f}x the baseline"
    )

    connector = large_connector()
    build = best_of(lambda: dumps(connector), rounds=5)
    finished = to_data(compile_connector(connector))
    raw = best_of(lambda: orjson.dumps(finished, option=orjson.OPT_INDENT_2), rounds=50)
    print(f"build+dump of 200 operations: {build * 1000:.1f} ms")
    print(f"orjson.dumps of the finished dict: {raw * 1000:.2f} ms")
    print(f"ratio: {build / raw:.0f}x")


if __name__ == "__main__":
    main()
