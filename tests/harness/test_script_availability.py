"""Without Mono's C# compiler (or with `run_script=False`) the script is not run, and the
harness and `connector-dsl call` say so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connector_dsl.cli import main
from connector_dsl.harness import Harness, HarnessError
from tests.harness import specs
from tests.harness.mono import needs_mono, use_cache
from tests.harness.server import Scripted, json_answer

SCRIPT = "public class Script : ScriptBase { }\n"
TAGGING = """using System.Net.Http;
using System.Threading.Tasks;

public class Script : ScriptBase
{
    public override Task<HttpResponseMessage> ExecuteAsync()
    {
        this.Context.Request.Headers.Add("X-Via", "script");
        return this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
"""


def _connector(tmp_path: Path) -> Path:
    folder = specs.write(tmp_path, script_operations=["GetWidget"])
    (folder / "script.csx").write_text(SCRIPT, encoding="utf-8")
    return folder


@pytest.fixture
def no_mono(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PATH with neither mcs nor mono on it."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def test_without_mcs_the_request_goes_as_the_swagger_says(
    tmp_path: Path, api: Scripted, no_mono: None
) -> None:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, {"id": "w1", "count": 2}))
    with Harness(_connector(tmp_path), base_url=api.url) as harness:
        assert harness.script_off is not None
        assert harness.script_off.startswith("script.csx is not run: mcs, mono not found")
        result = harness.call("GetWidget", id="1")
    assert result.ok
    (note,) = [f for f in result.findings if f.code == "harness-script"]
    assert note.severity == "warning" and "mcs, mono not found" in note.message
    assert [s.path for s in api.seen] == ["/api/widgets/1"]


def test_asking_for_the_script_without_mcs_fails(tmp_path: Path, no_mono: None) -> None:
    with pytest.raises(HarnessError) as caught:
        Harness(_connector(tmp_path), base_url="http://127.0.0.1:9", run_script=True)
    assert caught.value.codes == ["harness-script"]
    assert "apt-get install mono-mcs" in caught.value.diagnostics[0].message


def test_the_script_can_be_turned_off(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, {"id": "w1", "count": 2}))
    with Harness(_connector(tmp_path), base_url=api.url, run_script=False) as harness:
        result = harness.call("GetWidget", id="1")
    (note,) = [f for f in result.findings if f.code == "harness-script"]
    assert "run_script=False" in note.message
    assert result.ok


def test_the_command_says_on_one_line_that_the_script_is_not_run(
    tmp_path: Path, api: Scripted, no_mono: None, capsys: pytest.CaptureFixture[str]
) -> None:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, {"id": "w1", "count": 2}))
    folder = str(_connector(tmp_path))
    code = main(["call", folder, "GetWidget", "--base-url", api.url, "-p", "id=1", "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    assert err.splitlines() == [
        "connector-dsl: script.csx is not run: mcs, mono not found (Debian: apt-get install "
        "mono-mcs libnewtonsoft-json5.0-cil libmono-system-net-http4.0-cil)"
    ]
    assert '"code": "harness-script"' in out


@needs_mono
def test_the_command_runs_the_script_when_mcs_is_there(
    tmp_path: Path,
    api: Scripted,
    capsys: pytest.CaptureFixture[str],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_cache(tmp_path_factory, monkeypatch)
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, {"id": "w1", "count": 2}))
    folder = _connector(tmp_path)
    (folder / "script.csx").write_text(TAGGING, encoding="utf-8")
    code = main(["call", str(folder), "GetWidget", "--base-url", api.url, "-p", "id=1", "--json"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert json.loads(out)["request"]["headers"]["X-Via"] == "script"
    assert api.seen[0].headers["X-Via"] == "script"
