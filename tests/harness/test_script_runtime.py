"""Running a script as Power Platform does: for the operations it covers, with the documented
context, within the time limit, its failures and logs reported at the script's line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connector_dsl.harness import Harness
from tests.harness import specs
from tests.harness.mono import needs_mono, use_cache
from tests.harness.server import Scripted, json_answer

SLACK = 30.0
"""Far above Power Platform's 5 s: Mono's first call compiles code on a busy machine too."""

pytestmark = [needs_mono, pytest.mark.slow]  # compiles and runs C# scripts under Mono

MARK = """using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        var request = this.Context.Request;
        request.Headers.Add("X-Operation", this.Context.OperationId);
        request.Headers.Add("X-Correlation", this.Context.CorrelationId);
        this.Context.Logger.LogInformation("sending {Operation}", this.Context.OperationId);
        Console.WriteLine("printed text does not spoil the answer");
        if (this.Context.OperationId == "GetFile")
        {
            throw new InvalidOperationException("no files today");
        }
        if (request.RequestUri.AbsolutePath.EndsWith("/slow"))
        {
            await Task.Delay(20000, this.CancellationToken);
        }
        if (request.RequestUri.AbsolutePath.EndsWith("/hello"))
        {
            var hello = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
            hello.Content = CreateJsonContent("{\\"id\\": \\"hello\\", \\"count\\": 1}");
            return hello;
        }
        return await this.Context.SendAsync(request, this.CancellationToken);
    }
}
"""
THROW_LINE = 17


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    return use_cache(tmp_path_factory, monkeypatch)


def _connector(tmp_path: Path, operations: list[str] | None, script: str = MARK) -> Path:
    folder = specs.write(tmp_path, script_operations=operations)
    if operations is None:  # no scriptOperations at all
        properties = json.loads((folder / "apiProperties.json").read_text())
        properties["properties"].pop("scriptOperations", None)
        (folder / "apiProperties.json").write_text(json.dumps(properties))
    (folder / "script.csx").write_text(script, encoding="utf-8")
    return folder


def _widgets(api: Scripted) -> None:
    for name in ("1", "slow", "hello"):
        api.on("GET", f"/api/widgets/{name}", lambda s: json_answer(200, {"id": "w1", "count": 2}))


def test_the_script_runs_only_for_the_operations_listed(tmp_path: Path, api: Scripted) -> None:
    _widgets(api)
    api.on("GET", "/api/files/x", lambda s: json_answer(200, {"name": "x"}))
    with Harness(
        _connector(tmp_path, ["GetWidget"]), base_url=api.url, script_time_limit=SLACK
    ) as harness:
        widget = harness.call("GetWidget", id="1")
        harness.call("GetFile", path="x")
    assert widget.ok, widget.findings
    first, second = api.seen
    assert first.headers["X-Operation"] == "GetWidget"
    assert len(first.headers["X-Correlation"]) == 36  # a GUID
    assert widget.request_headers["X-Operation"] == "GetWidget"  # reported as sent
    assert "X-Operation" not in second.headers


def test_with_no_operations_listed_the_script_runs_for_all(tmp_path: Path, api: Scripted) -> None:
    _widgets(api)
    with Harness(_connector(tmp_path, None), base_url=api.url, script_time_limit=SLACK) as harness:
        assert harness.source.script_operations == ()
        widget = harness.call("GetWidget", id="1")
        failed = harness.call("GetFile", path="x")
    assert api.seen[0].headers["X-Operation"] == "GetWidget"
    assert len(api.seen) == 1  # GetFile threw before sending
    assert widget.ok
    (thrown,) = [f for f in failed.findings if f.code == "script-exception"]
    assert thrown.place.line == THROW_LINE
    assert "System.InvalidOperationException: no files today" in thrown.message
    assert failed.status is None and not failed.ok


def test_the_scripts_logs_are_shown(tmp_path: Path, api: Scripted) -> None:
    _widgets(api)
    with Harness(
        _connector(tmp_path, ["GetWidget"]), base_url=api.url, script_time_limit=SLACK
    ) as harness:
        result = harness.call("GetWidget", id="1")
    logs = [f for f in result.findings if f.code == "script-log"]
    assert [(f.severity, f.message) for f in logs] == [
        ("info", "GetWidget logged (Information): sending GetWidget")
    ]


def test_a_script_may_answer_without_calling_the_service(tmp_path: Path, api: Scripted) -> None:
    _widgets(api)
    with Harness(
        _connector(tmp_path, ["GetWidget"]), base_url=api.url, script_time_limit=SLACK
    ) as harness:
        result = harness.call("GetWidget", id="hello")
    assert api.seen == []
    assert result.ok and result.body == {"id": "hello", "count": 1}


def test_a_script_over_the_time_limit_is_stopped(tmp_path: Path, api: Scripted) -> None:
    _widgets(api)
    folder = _connector(tmp_path, ["GetWidget"])
    with Harness(folder, base_url=api.url, script_time_limit=1.5) as harness:
        slow = harness.call("GetWidget", id="slow")
        after = harness.call("GetWidget", id="1")  # the host still answers
    (late,) = [f for f in slow.findings if f.code == "script-timeout"]
    assert "longer than 1.5 s" in late.message
    assert late.place.file == str(folder / "script.csx")
    assert slow.status is None and not slow.ok
    assert after.ok, after.findings


def test_a_compiled_script_is_reused_until_it_changes(
    tmp_path: Path, api: Scripted, _cache: Path
) -> None:
    _widgets(api)
    cache = _cache
    folder = _connector(tmp_path, ["GetWidget"], MARK.replace("count", "total"))
    before = set((cache / "script").iterdir()) if (cache / "script").exists() else set()
    for _ in range(2):
        with Harness(folder, base_url=api.url, script_time_limit=SLACK) as harness:
            assert harness.call("GetWidget", id="1").ok
    made = set((cache / "script").iterdir()) - before
    assert len(made) == 1 and (made.pop() / "host.exe").is_file()
    (folder / "script.csx").write_text(MARK.replace("count", "sum"), encoding="utf-8")
    with Harness(folder, base_url=api.url, script_time_limit=SLACK) as harness:
        assert harness.call("GetWidget", id="1").ok
    assert len(set((cache / "script").iterdir()) - before) == 2
