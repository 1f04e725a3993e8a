"""Build figures, each a ratio against a baseline measured in the same run.

1. The whole `python -m aps_connectors.acc` process against its floor, `bench/acc_floor.py`:
   the same models and one plain model per operation in plain pydantic, with the same
   docstrings, titles, descriptions and aliases, and their JSON schema (target <= 1.3);
   beside the same floor without those words (`bench/acc_floor_bare.py`, types and defaults
   only) and `python -c "import pydantic, orjson"`.
2. Building then dumping a connector of 200 operations against pydantic's own
   `models_json_schema` of its 200 response models (target <= 1.5).
3. Dumping the built document alone against `orjson.dumps` of the finished dict (target <= 10),
   beside two floors: a Python walk that only visits every node of the document once, and
   pydantic's own `model_dump_json` of the same document.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from typing import Annotated, Any

import orjson
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from connector_dsl import (
    Action,
    Connector,
    ConnectorInfo,
    Path,
    Query,
    Route,
    Ui,
    build,
    dumps,
    to_data,
)
from connector_dsl.document.base import Node

FLOOR = str(__import__("pathlib").Path(__file__).with_name("acc_floor.py"))
BARE = str(__import__("pathlib").Path(__file__).with_name("acc_floor_bare.py"))

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


def _filler(fields: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def fill(namespace: dict[str, Any]) -> None:
        namespace.update(fields)

    return fill


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
        # `Action[record]` is a generic alias, which `type()` cannot take as a base.
        operation = types.new_class(
            f"GetThing{index}",
            (Action[record],),  # type: ignore[valid-type]
            exec_body=_filler(fields),
        )
        operations.append(operation)
    info = ConnectorInfo(title="Large", description="Two hundred operations.", host="example.com")
    return type("Large", (Connector,), {"info": info, "operations": tuple(operations)})


def visit(value: Any) -> None:
    """Visit every node of a document once, doing nothing: the floor of any Python-level dump."""
    if isinstance(value, Node):
        for name in value.__pydantic_fields_set__:
            visit(value.__dict__[name])
        for item in (value.__pydantic_extra__ or {}).values():
            visit(item)
    elif isinstance(value, list | tuple):
        for item in value:
            visit(item)
    elif isinstance(value, dict):
        for item in value.values():
            visit(item)


def main() -> None:
    found = interleaved(
        {
            "baseline": process("-c", "import pydantic, orjson"),
            "acc": process("-m", "aps_connectors.acc"),
            "floor": process(FLOOR),
            "bare": process(BARE),
            "import": process("-c", "import connector_dsl"),
            "one model": process("-c", ONE_MODEL),
        }
    )
    baseline = found["baseline"]
    print(f"python -c 'import pydantic, orjson': {baseline * 1000:.0f} ms")
    print(f"python bench/acc_floor.py (the ACC in plain pydantic): {found['floor'] * 1000:.0f} ms")
    print(f"python -m aps_connectors.acc: {found['acc'] * 1000:.0f} ms")
    print(
        f"python bench/acc_floor_bare.py (types and defaults only): {found['bare'] * 1000:.0f} ms"
    )
    print(f"ACC / its plain-pydantic floor (target <= 1.3): {found['acc'] / found['floor']:.2f}")
    print(f"ACC / the floor without docstrings and Field words: {found['acc'] / found['bare']:.2f}")
    print(f"ACC / import pydantic, orjson: {found['acc'] / baseline:.2f}")
    print(f"floor / import pydantic, orjson: {found['floor'] / baseline:.2f}")
    print(f"python -c 'import connector_dsl': {found['import'] / baseline:.2f}x the baseline")
    print(f"a process that defines one pydantic model: {found['one model'] / baseline:.2f}x")

    connector = large_connector()
    models = [operation.response_type() for operation in connector.operations]
    built = best_of(lambda: dumps(build(connector)), rounds=7)
    schema = best_of(lambda: models_json_schema([(m, "validation") for m in models]), rounds=7)
    print(f"build+dump of 200 operations: {built * 1000:.1f} ms")
    print(f"models_json_schema of their 200 response models: {schema * 1000:.1f} ms")
    print(f"ratio (target <= 1.5): {built / schema:.2f}")

    document = build(connector)
    dump = best_of(lambda: dumps(document), rounds=30)
    walk = best_of(lambda: visit(document), rounds=30)
    document.model_dump_json(by_alias=True, exclude_unset=True, indent=2)  # builds its serializer
    native = best_of(
        lambda: document.model_dump_json(by_alias=True, exclude_unset=True, indent=2), rounds=30
    )
    finished = to_data(document)
    raw = best_of(lambda: orjson.dumps(finished, option=orjson.OPT_INDENT_2), rounds=100)
    print(f"dump of the built document: {dump * 1000:.2f} ms")
    print(f"orjson.dumps of the finished dict: {raw * 1000:.3f} ms")
    print(f"ratio (target <= 10): {dump / raw:.1f}")
    print(f"floor, visiting every node once in Python: {walk / raw:.1f}x orjson")
    print(f"pydantic's own model_dump_json of the same document: {native / raw:.1f}x orjson")


if __name__ == "__main__":
    main()
