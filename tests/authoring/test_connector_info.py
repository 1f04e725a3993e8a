"""`ConnectorInfo` checks its host and base path when it is made, with the fix."""

from __future__ import annotations

import pytest

from connector_dsl import AuthoringError, ConnectorInfo


@pytest.mark.parametrize(
    ("host", "message"),
    [
        (
            "https://example.com",
            "ConnectorInfo(host='https://example.com') has a scheme; the host is the name "
            "(and port) only: write host='example.com'",
        ),
        (
            "http://example.com/api/v1/",
            "ConnectorInfo(host='http://example.com/api/v1/') has a scheme and a path; the host "
            "is the name (and port) only: write host='example.com', base_path='/api/v1', "
            "schemes=('http',)",
        ),
        (
            "example.com/api",
            "ConnectorInfo(host='example.com/api') has a path; the host is the name (and port) "
            "only: write host='example.com', base_path='/api'",
        ),
        (
            "example.com:http",
            "ConnectorInfo(host='example.com:http') has the port 'http', which is not a number "
            "from 1 to 65535: write host='example.com', or host='example.com:443' with the real "
            "port",
        ),
        (
            "example.com:70000",
            "ConnectorInfo(host='example.com:70000') has the port '70000', which is not a number "
            "from 1 to 65535: write host='example.com', or host='example.com:443' with the real "
            "port",
        ),
    ],
)
def test_host_with_a_scheme_path_or_bad_port_is_an_error(host: str, message: str) -> None:
    with pytest.raises(AuthoringError) as caught:
        ConnectorInfo(title="T", host=host)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "info-host"
    assert diagnostic.message == message
    assert diagnostic.place.file is not None
    assert diagnostic.place.file.endswith("test_connector_info.py")
    assert diagnostic.place.line == 45


@pytest.mark.parametrize("host", ["example.com", "api.example.com:8443", "10.0.0.1", "my_host"])
def test_bare_host_and_port_are_accepted(host: str) -> None:
    assert ConnectorInfo(title="T", host=host).host == host


def test_base_path_must_start_with_a_slash() -> None:
    with pytest.raises(AuthoringError) as caught:
        ConnectorInfo(title="T", host="example.com", base_path="api/v2")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "info-base-path"
    assert diagnostic.message == (
        "ConnectorInfo(base_path='api/v2') must start with '/': write base_path='/api/v2'"
    )


def test_host_and_base_path_are_reported_together() -> None:
    with pytest.raises(AuthoringError) as caught:
        ConnectorInfo(title="T", host="https://example.com", base_path="v1")
    assert caught.value.codes == ["info-host", "info-base-path"]
