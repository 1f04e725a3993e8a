"""`Harness`: try a connector against a real endpoint, as Power Platform would call it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from connector_dsl.harness import dropdowns
from connector_dsl.harness.auth import Credentials
from connector_dsl.harness.callback import CallbackServer
from connector_dsl.harness.calls import CallContext, CallResult, call
from connector_dsl.harness.findings import HarnessError, errors, finding, scrub_all
from connector_dsl.harness.script import ScriptRunner, find_toolchain, missing_reason
from connector_dsl.harness.script.compiler import INSTALL
from connector_dsl.harness.script.limits import TIME_LIMIT
from connector_dsl.harness.source import ConnectorLike, ConnectorSource, OperationLike, load_source
from connector_dsl.harness.transport import DEFAULT_MAX_BYTES
from connector_dsl.harness.triggers import Poller, PollResult, WebhookSession, notification_slot


class Harness:
    """Calls a connector's operations, fills its dropdowns and fires its triggers.

    `connector` is a `Connector` class, `"module:Class"`, a swagger file or a
    connector folder. `base_url` replaces the document's scheme and host (and its
    base path, when the URL has a path). Credentials are never printed.

    The connector's `script.csx` runs for the operations it handles (under Mono) when
    `run_script` is True, or None and Mono's C# compiler `mcs` is installed;
    `script_time_limit` is the time it may take (Power Platform's 5 seconds).
    """

    def __init__(
        self,
        connector: ConnectorLike,
        *,
        base_url: str | None = None,
        token: str | None = None,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        connection: Mapping[str, str] | None = None,
        timeout: float = 10.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        transport: httpx.BaseTransport | None = None,
        run_script: bool | None = None,
        script_time_limit: float = TIME_LIMIT,
    ) -> None:
        self.source: ConnectorSource = load_source(connector)
        runner, self.script_off = self._script(run_script, script_time_limit)
        self._credentials = Credentials(token, api_key, username, password, dict(connection or {}))
        # One connection per request: the whole-request deadline shuts its socket down.
        limits = httpx.Limits(max_keepalive_connections=0)
        self._client = httpx.Client(
            timeout=timeout, transport=transport, follow_redirects=False, limits=limits
        )
        self._context = CallContext(
            self.source,
            self._client,
            self._credentials,
            base_url,
            max_bytes,
            script=runner,
            script_off=self.script_off or "",
        )

    def _script(self, run: bool | None, limit: float) -> tuple[ScriptRunner | None, str | None]:
        """The script runner, or None and why the script is not run."""
        script = self.source.script_file
        if script is None:
            return None, None if self.source.script_operations is None else "script.csx is absent"
        if run is False:
            return None, "running script.csx was turned off (run_script=False)"
        toolchain = find_toolchain()
        if toolchain is None:
            reason = f"script.csx is not run: {missing_reason()} not found (Debian: {INSTALL})"
            if run:
                raise HarnessError([finding("harness-script", reason, file=script)])
            return None, reason
        return ScriptRunner(Path(script), toolchain, time_limit=limit), None

    def __repr__(self) -> str:
        return f"Harness({self.source.name!r}, base_url={self._context.base_url!r})"

    def close(self) -> None:
        """Close the HTTP client and stop the script's host."""
        self._client.close()
        if self._context.script is not None:
            self._context.script.close()

    def __enter__(self) -> Harness:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, operation: OperationLike, /, **params: Any) -> CallResult:
        """Call an operation; `scope__folder=` sets the body property `scope/folder`."""
        return self.call_with(operation, params)

    def call_with(self, operation: OperationLike, params: Mapping[str, Any]) -> CallResult:
        """Call an operation with inputs keyed by name or body path (`scope/folder`)."""
        return call(self._context, self.source.operation(operation), params)

    def values(
        self, operation: OperationLike, parameter: str, /, **chosen: Any
    ) -> list[tuple[Any, str]]:
        """The (value, title) pairs of an input's dropdown, given the inputs already chosen."""
        info = self.source.operation(operation)
        try:
            return dropdowns.values(self.source, info, parameter, chosen, self.call_with)
        except HarnessError as error:
            raise self._scrubbed(error) from None

    def schema(self, operation: OperationLike, parameter: str, /, **chosen: Any) -> dict[str, Any]:
        """The schema of a dynamic-schema input (or `"@response"`) for the inputs chosen."""
        info = self.source.operation(operation)
        try:
            return dropdowns.schema(self.source, info, parameter, chosen, self.call_with)
        except HarnessError as error:
            raise self._scrubbed(error) from None

    def _scrubbed(self, error: HarnessError) -> HarnessError:
        return HarnessError(scrub_all(error.diagnostics, self._credentials.secrets()))

    @contextmanager
    def webhook(
        self,
        trigger: OperationLike,
        /,
        *,
        wait: float = 30.0,
        lifetime: float = 300.0,
        **params: Any,
    ) -> Iterator[WebhookSession]:
        """Register a webhook trigger with a local callback URL; unsubscribes on exit."""
        info = self.source.operation(trigger)
        slot = notification_slot(self._context, info)
        server = CallbackServer(lifetime=lifetime)
        try:
            inputs = {**params, slot: server.url}
            registration = self.call_with(info.operation_id, inputs)
            if not registration.ok:
                registration.raise_for_findings()
        except BaseException:
            server.close()
            raise
        session = WebhookSession(self._context, info, server, registration, inputs, wait)
        try:
            yield session
        finally:
            session.unsubscribe()

    def is_webhook(self, trigger: OperationLike, /) -> bool:
        """Whether a trigger takes a notification URL (else it is polled)."""
        try:
            notification_slot(self._context, self.source.operation(trigger))
        except HarnessError:
            return False
        return True

    def poller(self, trigger: OperationLike, /, **params: Any) -> Poller:
        """A poller that keeps the `pollingtrigger` state between polls."""
        return Poller(self._context, self.source.operation(trigger), dict(params))

    def poll(self, trigger: OperationLike, /, **params: Any) -> PollResult:
        """Poll a polling trigger once; the items it would fire for."""
        return self.poller(trigger, **params).poll()


def failed(result: CallResult) -> bool:
    """Whether a call has error findings or a non-2xx status."""
    return bool(errors(result.findings)) or not result.ok
