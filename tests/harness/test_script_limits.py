"""A script is checked against Power Platform's documented limits and compiled before it runs:
every problem is reported at once, at the script's file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.harness import Harness, HarnessError
from connector_dsl.harness.script.limits import ALLOWED_NAMESPACES, MAX_BYTES, check_limits
from tests.harness import specs
from tests.harness.mono import needs_mono, use_cache
from tests.harness.server import Scripted, json_answer

SLACK = 30.0
"""Far above Power Platform's 5 s: Mono's first call compiles code on a busy machine too."""

FORWARD = """using System.Net.Http;
using System.Threading.Tasks;

public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
"""


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    return use_cache(tmp_path_factory, monkeypatch)


def _connector(tmp_path: Path, script: str) -> Path:
    folder = specs.write(tmp_path, script_operations=["GetWidget"])
    (folder / "script.csx").write_text(script, encoding="utf-8")
    return folder


def _problems(folder: Path, api: Scripted) -> list[tuple[str, int | None, str]]:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, {"id": "w1"}))
    with (
        Harness(folder, base_url=api.url, script_time_limit=SLACK) as harness,
        pytest.raises(HarnessError) as caught,
    ):
        harness.call("GetWidget", id="1")
    assert api.seen == []  # nothing was sent
    script = str(folder / "script.csx")
    assert {d.place.file for d in caught.value.diagnostics} == {script}
    return [(d.code, d.place.line, d.message) for d in caught.value.diagnostics]


def test_the_documented_namespaces_are_allowed_and_others_are_not(tmp_path: Path) -> None:
    lines = [f"using {name};" for name in sorted(ALLOWED_NAMESPACES)]
    lines += ["using Json = Newtonsoft.Json.Linq.JObject;", "using static System.Math;"]
    lines += ["// using System.Reflection;", 'var text = "using System.IO.Ports;";']
    lines += ["using System.Reflection;", "  using Microsoft.Win32 ;", FORWARD]
    found = check_limits(tmp_path / "script.csx", "\n".join(lines).encode())
    assert [(d.code, d.place.line) for d in found] == [
        ("script-namespace", len(ALLOWED_NAMESPACES) + 5),
        ("script-namespace", len(ALLOWED_NAMESPACES) + 6),
    ]
    assert "'using System.Reflection;'" in found[0].message
    assert "'using Microsoft.Win32;'" in found[1].message
    assert "Newtonsoft.Json.Linq" in found[0].message  # it lists what may be used


def test_a_script_over_one_megabyte_is_refused(tmp_path: Path) -> None:
    padding = "// " + "x" * 97 + "\n"
    script = FORWARD + padding * (MAX_BYTES // len(padding) + 1)
    found = check_limits(tmp_path / "script.csx", script.encode())
    assert [(d.code, d.place.line) for d in found] == [("script-too-large", None)]
    assert f"{len(script.encode()):,} bytes" in found[0].message
    assert check_limits(tmp_path / "script.csx", FORWARD.encode()) == []


def test_a_script_without_the_script_class_is_refused(tmp_path: Path) -> None:
    found = check_limits(tmp_path / "script.csx", b"public class Helper { }\n")
    assert [(d.code, d.place.line) for d in found] == [("script-compile", 1)]
    assert "class Script : ScriptBase" in found[0].message


@needs_mono
def test_a_compile_error_is_reported_at_the_scripts_line(tmp_path: Path, api: Scripted) -> None:
    lines = FORWARD.splitlines()
    lines.insert(7, "        var region = regionHeader;")
    problems = _problems(_connector(tmp_path, "\n".join(lines)), api)
    assert [(code, line) for code, line, _ in problems] == [("script-compile", 8)]
    assert problems[0][2].startswith("CS0103: The name `regionHeader' does not exist")


@needs_mono
def test_every_limit_and_compile_error_is_reported_at_once(tmp_path: Path, api: Scripted) -> None:
    script = "using System.Reflection;\n" + FORWARD.replace("SendAsync(", "SendAsnc(")
    script += "// " + "y" * MAX_BYTES + "\n"
    problems = _problems(_connector(tmp_path, script), api)
    assert [(code, line) for code, line, _ in problems] == [
        ("script-too-large", None),
        ("script-namespace", 1),
        ("script-compile", 9),
    ]
    assert "SendAsnc" in problems[2][2]


@needs_mono
def test_a_script_that_fits_runs(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, {"id": "w1", "count": 2}))
    with Harness(
        _connector(tmp_path, FORWARD), base_url=api.url, script_time_limit=SLACK
    ) as harness:
        result = harness.call("GetWidget", id="1")
    assert result.ok, result.findings
    assert result.body == {"id": "w1", "count": 2}
    assert [s.path for s in api.seen] == ["/api/widgets/1"]


@needs_mono
def test_names_written_in_full_are_checked_by_their_namespace(
    tmp_path: Path, api: Scripted
) -> None:
    lines = FORWARD.splitlines()
    lines[0:0] = ["using Refl = System.Reflection;"]
    lines[8:8] = [
        "        var name = System.Reflection.Assembly.GetExecutingAssembly().FullName;",
        "        var text = System.Text.Encoding.UTF8.GetBytes(name);",
        "        var bag = new System.Collections.Concurrent.ConcurrentBag<int>();",
        "        Microsoft.Extensions.Logging.LoggerExtensions.LogDebug(Context.Logger, name);",
    ]
    problems = _problems(_connector(tmp_path, "\n".join(lines)), api)
    assert [(code, line) for code, line, _ in problems] == [
        ("script-namespace", 1),
        ("script-namespace", 9),
        ("script-namespace", 11),
    ]
    assert "in namespace System.Reflection" in problems[1][2]
    assert "'System.Collections.Concurrent.ConcurrentBag'" in problems[2][2]
