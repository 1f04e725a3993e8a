"""`servers` to host, basePath and schemes; other servers folded into paths."""

from __future__ import annotations

from .openapi3_docs import convert, operation, spec, warning


def test_variables_take_their_defaults() -> None:
    servers = [
        {
            "url": "{scheme}://{region}.example.com/api/{version}",
            "variables": {
                "scheme": {"default": "https", "enum": ["https", "http"]},
                "region": {"default": "eu"},
                "version": {"default": "v2"},
            },
        }
    ]
    data, _ = convert(spec({"/a": {"get": operation()}}, servers=servers))
    assert (data["host"], data["basePath"], data["schemes"]) == (
        "eu.example.com",
        "/api/v2",
        ["https"],
    )


def test_schemes_of_servers_with_the_same_host() -> None:
    servers = [{"url": "https://a.example.com/v1"}, {"url": "http://a.example.com/v1/"}]
    data, conversion = convert(spec({"/a": {"get": operation()}}, servers=servers))
    assert data["schemes"] == ["https", "http"]
    assert conversion.warnings == []


def test_other_servers_are_dropped_with_a_warning() -> None:
    servers = [{"url": "https://a.example.com"}, {"url": "https://sandbox.example.com"}]
    data, conversion = convert(spec({"/a": {"get": operation()}}, servers=servers))
    assert data["host"] == "a.example.com"
    assert warning(conversion, "openapi3-server-dropped").place.pointer == "/servers/1"


def test_path_level_server_is_folded_into_the_path() -> None:
    item = {"servers": [{"url": "https://api.example.com/files/v1"}], "get": operation()}
    data, conversion = convert(spec({"/a/{id}": item}))
    assert list(data["paths"]) == ["/files/v1/a/{id}"]
    assert data["basePath"] == "/"
    assert "openapi3-server-not-folded" not in [w.code for w in conversion.warnings]


def test_operation_server_moves_only_that_operation() -> None:
    post = operation(operationId="Upload", servers=[{"url": "/uploads"}])
    data, _ = convert(spec({"/a": {"get": operation(), "post": post}}))
    assert set(data["paths"]["/a"]) == {"get"}
    assert data["paths"]["/uploads/a"]["post"]["operationId"] == "Upload"


def test_path_level_servers_under_a_base_path() -> None:
    item = {"servers": [{"url": "https://api.example.com/v1/beta"}], "get": operation()}
    servers = [{"url": "https://api.example.com/v1"}]
    data, _ = convert(spec({"/a": item}, servers=servers))
    assert data["basePath"] == "/v1"
    assert list(data["paths"]) == ["/beta/a"]


def test_another_host_cannot_be_folded() -> None:
    item = {"servers": [{"url": "https://other.example.org"}], "get": operation()}
    data, conversion = convert(spec({"/a": item}))
    assert list(data["paths"]) == ["/a"]
    assert warning(conversion, "openapi3-server-not-folded").place.pointer == "/paths/~1a/servers"


def test_empty_path_servers_mean_the_global_ones() -> None:
    data, conversion = convert(spec({"/a": {"servers": [], "get": operation()}}))
    assert list(data["paths"]) == ["/a"]
    assert conversion.warnings == []
