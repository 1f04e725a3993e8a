"""`connector-dsl call / values / trigger`; the token never reaches the output."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from connector_dsl.cli import main
from tests.harness import aps_fake, specs
from tests.harness.aps_fake import ApsFake
from tests.harness.server import Scripted, json_answer

# call, values and trigger end to end, each against a live fake service.
pytestmark = pytest.mark.slow

ACC = "aps_connectors.acc:ACC"


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CONNECTOR_TOKEN", aps_fake.TOKEN)
    return aps_fake.TOKEN


def _run(capsys: pytest.CaptureFixture[str], token: str, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert token not in out and token not in err
    return code, out, err


def test_call_prints_json(aps: ApsFake, token: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, token, "call", ACC, "ListHubs", "--base-url", aps.url, "--json")
    data = json.loads(out)
    assert code == 0 and data["status"] == 200 and data["ok"] is True
    assert data["request"]["headers"]["Authorization"] == "Bearer ***"
    assert aps.requests[0][2]["Authorization"] == f"Bearer {token}"


def test_call_prints_text(aps: ApsFake, token: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("call", ACC, "ListProjects", "--base-url", aps.url, "-p", f"hub_id={aps_fake.HUB}")
    code, out, _ = _run(capsys, token, *argv)
    assert code == 0 and "-> 200 OK" in out and "Harbor Tower" in out


def test_an_error_answer_exits_1(
    aps: ApsFake, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("call", ACC, "ListProjects", "--base-url", aps.url, "-p", "hub_id=b.nope")
    code, out, _ = _run(capsys, token, *argv)
    assert code == 1 and "[harness-status]" in out


def test_a_rejected_token_is_not_echoed(
    aps: ApsFake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MY_TOKEN", "wrong-secret-123")
    code, out, _err = _run(
        capsys,
        "wrong-secret-123",
        "call",
        ACC,
        "ListHubs",
        "--base-url",
        aps.url,
        "--token-env",
        "MY_TOKEN",
        "--json",
    )
    assert code == 1 and json.loads(out)["status"] == 401


def test_errors_name_no_token(token: str, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, _ = _run(
        capsys,
        token,
        "call",
        ACC,
        "ListHubs",
        "--base-url",
        f"http://127.0.0.1:{port}",
        "--timeout",
        "2",
    )
    assert code == 1 and "[harness-connect]" in out
    code, _, err = _run(
        capsys, token, "call", ACC, "ListProjects", "--base-url", f"http://127.0.0.1:{port}"
    )
    assert code == 1 and "harness-input" in err and "'hub_id'" in err


def test_api_key_in_the_query_is_hidden(
    tmp_path: Path,
    api: Scripted,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONNECTOR_API_KEY", "q-secret-456")
    api.on(
        "GET", "/api/widgets/1", lambda s: json_answer(500, {"message": "key q-secret-456 is bad"})
    )
    folder = specs.write(tmp_path, security="query")
    code, out, _ = _run(
        capsys,
        "q-secret-456",
        "call",
        str(folder),
        "GetWidget",
        "-p",
        "id=1",
        "--base-url",
        api.url,
    )
    assert code == 1 and "key=***" in out and "key *** is bad" in out
    assert ("key", "q-secret-456") in api.seen[0].query


def test_values(aps: ApsFake, token: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = (
        "values",
        ACC,
        "ListTopFolders",
        "project_id",
        "--base-url",
        aps.url,
        "-p",
        f"hub_id={aps_fake.HUB}",
    )
    code, out, _ = _run(capsys, token, *argv)
    assert code == 0 and out.splitlines()[0] == f"{aps_fake.PROJECT}\tHarbor Tower"


def test_values_of_a_swagger_folder_with_typed_params(
    tmp_path: Path, api: Scripted, capsys: pytest.CaptureFixture[str]
) -> None:
    api.on(
        "GET",
        "/api/widgets",
        lambda s: json_answer(200, {"value": [{"id": "w1", "count": 1, "owner": {"name": "Ann"}}]}),
    )
    argv = (
        "values",
        str(specs.write(tmp_path)),
        "PickWidget",
        "widget",
        "-p",
        'kind:="a"',
        "--base-url",
        api.url,
        "--json",
    )
    code, out, _ = _run(capsys, "-", *argv)
    assert code == 0 and json.loads(out) == [{"value": "w1", "title": "Ann"}]


def test_trigger_webhook(aps: ApsFake, token: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = (
        "trigger",
        ACC,
        "WhenVersionAdded",
        "--base-url",
        aps.url,
        "--wait",
        "5",
        "-p",
        f"hubId={aps_fake.HUB}",
        "-p",
        f"projectId={aps_fake.PROJECT}",
        "-p",
        f"scope/folder={aps_fake.FOLDER}",
    )
    code, out, _ = _run(capsys, token, *argv)
    assert code == 0, out
    assert "registered: 201" in out and "Tower.rvt" in out and "unsubscribed: 204" in out
    assert aps.hooks == {}


def test_trigger_polls(tmp_path: Path, api: Scripted, capsys: pytest.CaptureFixture[str]) -> None:
    api.on("GET", "/api/items", lambda s: json_answer(200, {"value": [{"id": "1", "count": 1}]}))
    argv = (
        "trigger",
        str(specs.write(tmp_path)),
        "PollItems",
        "--base-url",
        api.url,
        "--polls",
        "2",
    )
    code, out, _ = _run(capsys, "-", *argv)
    assert code == 0 and "poll 2: 200, 1 item(s)" in out
