"""Every diagnostic code, declared once: its stage, severity, meaning and fix.

One line of `_TABLE` per code: `code | stage | severity | meaning | fix`. Authoring,
compile, package, importers, the harness and the command line use only codes
declared here (a test scans `src/` for codes and fails on an undeclared one);
`docs/diagnostics.md` is generated from this table. Rule ids of `connector-dsl
validate` have their own registry (`connector_dsl.validate.registry`, listed in
`docs/validator-rules.md`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Stage = Literal["authoring", "compile", "package", "import", "harness", "diff", "cli"]
Severity = Literal["error", "warning", "info"]

STAGES: dict[Stage, str] = {
    "authoring": "Authoring: markers, `Route`, `ConnectorInfo`, loading a connector",
    "compile": "Building a connector: `connector_dsl.build(C)` and `connector-dsl build`",
    "package": "The connector package: apiProperties, policies, script, icon",
    "import": "Reading and importing swagger, OpenAPI 3 and Postman files",
    "harness": "Trying a connector with the harness (`connector-dsl call`, `trigger`, `values`)",
    "diff": "Comparing two versions of a connector (`connector-dsl diff`)",
    "cli": "The command line and its configuration",
}
"""Each stage with the heading its codes have in the docs, in docs order."""

DOCS = "diagnostics.md"


@dataclass(frozen=True, slots=True)
class Code:
    """One diagnostic code: where it is raised, how bad it is, what it means and the fix."""

    code: str
    stage: Stage
    severity: Severity
    meaning: str
    fix: str

    @property
    def anchor(self) -> str:
        """The link to its entry in the docs, `diagnostics.md#code`."""
        return f"{DOCS}#{self.code}"


# code | stage | severity | meaning | fix
_TABLE = """
error | cli | error | A problem reported without a code of its own. | Read the message; a missing code is a bug to report.
connector-spec | authoring | error | The `MODULE:CLASS` argument is malformed or names no `Connector` subclass. | Write `package.module:Class` or `path/file.py:Class` naming a `Connector` subclass.
connector-import | authoring | error | The connector's module cannot be imported, or raised while it ran. | Fix the module at the place given.
info-argument | authoring | error | A `ConnectorInfo` argument that takes a tuple of strings was given one string, or `status` is not `Preview` or `Production`. | Write a tuple: `schemes=("https",)`; fix the status (mypy and pyright flag it).
route-argument | authoring | error | A `Route(...)` argument is wrong (method, path, status, a `Literal` argument such as `visibility` outside its values, ...). | Fix the argument as the message says.
info-host | authoring | error | `ConnectorInfo(host=...)` has a scheme, a path or a port that is not a number from 1 to 65535. | Write the name (and port) only; the message gives the `host=`, `base_path=` and `schemes=` to write.
info-base-path | authoring | error | `ConnectorInfo(base_path=...)` does not start with `/`. | Add the leading `/`.
extension-key | authoring | error | `extension(key, value)` has a key that does not start with `x-`. | Use an `x-` key, or the typed argument for a standard key.
marker-visibility | authoring | error | A marker's `visibility` is not `important`, `advanced` or `internal`. | Use one of the three.
marker-summary | authoring | error | A marker's `summary` is empty. | Give a non-empty title, or leave `summary` out.
marker-dynamic | authoring | error | `dynamic=` or `dynamic_schema=` is not a `DynamicValues` or `DynamicSchema`. | Pass `DynamicValues(ListThings, value=..., title=...)` or a `DynamicSchema(...)`.
marker-enum | authoring | error | A marker's `enum` lists no value. | List at least one value, or leave `enum` out.
marker-extension | authoring | error | A marker's `extensions` holds something that is not `extension(...)`. | Write `extensions=(extension("x-...", value),)`.
marker-name | authoring | error | A marker's wire `name` is empty. | Give a non-empty name, or leave `name` out to use the field's name.
marker-url-encoding | authoring | error | `Path(url_encoding=...)` is not `single` or `double`. | Use `single`, `double`, or None to leave it out.
operation-route | compile | error | An operation class has no `route`. | Add `route = Route(method="GET", path="/path", summary="...")`.
path-template-unbound | compile | error | A `{name}` in the route has no path field; the message names a field whose name differs only in case or `_` (`template_number` for `{templateNumber}`). | Add `name: Annotated[str, Path()]`, or give the named field `Path(name="templateNumber")`.
path-field-unbound | compile | error | A `Path()` field has no `{name}` in the route; when its `name=` is not the route's placeholder, the message says both. | Add it to the route, fix `Path(name=...)`, or make the field a `Query()`.
duplicate-operation-id | compile | error | Two operations share an operation id. | Rename one class, or set `Route(operation_id=...)`.
unknown-operation | compile | error | The connector names an operation that is not in `operations` (test connection, simulate, unsubscribe). | Add it to `operations`.
dynamic-unknown-operation | compile | error | A dropdown or dynamic schema calls an operation that is not in the connector. | Add that operation to `operations` (usually with `visibility="internal"`).
dynamic-unknown-parameter | compile | error | A dropdown passes an input its operation does not have, or a `ref(...)` names no input of the operation showing it. | Fix the name; `ref` takes the wire name of an input of the operation that shows the dropdown.
dynamic-missing-parameter | compile | error | A dropdown leaves out a required input of its operation. | Pass it in the call, `Op(name=ref(...))`, or as a literal.
dynamic-parameter-type | compile | error | A literal input of a dropdown does not fit the input's type (checked strictly: `"yes"` is not a `bool`). | Pass a value of the input's type.
dynamic-reference-type | compile | error | `ref(path, kind)` has another type than the input it feeds or the input it reads. | Give `ref` the input's type, or link inputs of one type.
dynamic-unknown-response-path | compile | error | A dropdown's value, title or list, or a schema path, is not in the operation's response model. | Read a field of the response model (`lambda r: [item.id for item in r.data]`); path strings use `/` between property names.
dynamic-spelling | compile | error | A dropdown mixes the call with `parameters=`, or an accessor with `collection=`. | Use one spelling: the call with accessors, or the class with path strings.
dynamic-operation | authoring | error | `DynamicValues` or `DynamicSchema` was given something that is not an operation. | Pass the call of an operation class, `ListThings(...)`, or the class itself.
internal-required-no-default | compile | error | An internal required input has no default, so nobody can fill it in. | Give it a default, or make it `important` or `advanced`.
webhook-no-notification-url | compile | error | A webhook trigger has no field for the callback URL. | Add `callback_url: Annotated[str, Body(), NotificationUrl()]`.
response-header-type | compile | error | A response header of `Route(response_headers=...)` or `Reply(headers=...)` is given a type no header can have (a model, a dict, `Any`). | Give it `str`, `int`, `float`, `bool` or a list of those (`Annotated[str, Ui(description=...)]` for its details).
webhook-no-payload | compile | error | A webhook trigger has no payload type. | Write `WebhookTrigger[Payload]` with the model the service posts.
webhook-notification-content | compile | error | A webhook's `notification_description` is not a string or None, its `dynamic_payload` is not a `DynamicSchema`, or it has a `dynamic_payload` and a payload type other than `dict[str, Any]`. | Fix the attribute; with `dynamic_payload` write `WebhookTrigger[dict[str, Any]]`.
body-and-form | compile | error | An operation mixes `Body()` and `FormData()` fields. | Use one or the other.
body-on-get | compile | error | A `Body()` or `FormData()` field on a HEAD operation, or on a GET the designer calls itself (a dropdown's or dynamic schema's operation, the connection test); no body is sent. On other GETs the validator warns (`BodyOrFormDataParameterInFetchOperationNotAllowed`). | Make it a `Query()`.
webhook-body-no-notification-url | compile | error | A webhook's body is a model, and no field of it (or of a model inside it) is marked as the callback URL. | Write `callback_url: Annotated[str, Ui(notification_url=True, visibility="internal")]` in the model.
default-type | compile | error | A field's default (`= value` or the marker's `default=`) is not of the field's type, checked with pydantic in strict mode (the JSON form, such as an enum's value, is accepted). | Give a default of the field's type (`Status.OPEN`, not `1`).
field-option-ignored | compile | error | A `Field(...)` option would not be written for the field's parameter: `title` (written only on a property of a body made of `Body()` fields), `examples`, `json_schema_extra`, `deprecated`, a `validation_alias` or `serialization_alias` without `alias`. | Use the marker: `summary=` for a title, `extensions=` for extension keys, `name=` for the wire name.
connector-info | compile | error | The connector has no `info`, or it is not a `ConnectorInfo`. | Add `info = ConnectorInfo(title=..., host=...)`.
operations-entry | compile | error | An entry of `operations` is not an operation class (a pydantic model, an instance, ...), or `operations` is not a tuple. | List `Action`, `WebhookTrigger` or `PollingTrigger` subclasses: `operations = (ListThings,)`.
connector-no-operations | compile | error | The connector lists no operations. | List at least one action or trigger.
operation-no-description | compile | warning | An operation has neither a docstring nor `Route(description=...)`; Power Platform accepts it, certification asks for one. | Write a docstring under the class.
body-whole-not-alone | compile | error | A `Body(whole=True)` or `bytes` body field is one of several `Body()` fields. | Make it the only body field, or a property of the body.
raw-inline-body | compile | error | `Raw(...)` is on one of several `Body()` fields, which together make one body. | Use `Route(raw=...)`, or one body field.
schema-type | compile | error | pydantic cannot describe a field's or a response's type as a JSON schema. | Use a type pydantic can describe (a model, a `list[...]`, a scalar).
policy-unknown-operation | package | error | A policy applies to an operation that is not in the connector. | Add the operation, or remove it from the policy.
policy-unknown-parameter | package | error | A policy uses a `{parameter}` its operations lack, or an undeclared connection parameter. | Fix the name, or declare a `ConnectionField`.
script-unknown-operation | package | error | `script_operations` names an operation that is not in the connector. | Add it to `operations`, or remove it from `script_operations`.
script-missing | package | error | `script_operations` is given without a `script` file. | Set `script = "script.csx"` beside the module.
connection-sets-exclusive | package | error | `parameter_sets` is given together with `connection_fields` (or `security`). | Put the extra fields in each `ParameterSet`, and leave `security` None.
connection-parameter-duplicate | package | error | Two connection parameters have the same name. | Rename one `ConnectionField`, or drop the one the sign-in already declares.
connection-parameter-name | package | error | A connection parameter name has characters other than letters, digits and `_`. | Rename it (a `prefix:` is allowed).
oauth-secret-in-file | package | error | An OAuth `custom_parameters` key names a secret, which is never written into a file. | Give the secret to the platform when creating the connector.
policy-operation-id | package | error | A policy names an operation that has no operation id. | Give the operation class, or its operationId as a string.
package-file | package | error | The icon or script file cannot be read. | Fix the path; it is relative to the connector's module.
output-unwritable | cli | error | An output file, package folder or stdout cannot be written; nothing was written. | Choose another path, or fix its permissions or free space.
output-not-folder | cli | error | `-o` names a file where a package folder is wanted. | Give a folder.
output-folder-not-empty | cli | error | The output folder holds other files or another connector's package. | Give an empty folder or this connector's previous package, or `--force`.
new-name | cli | error | The NAME given to `connector-dsl new` is not a Python identifier once normalised, is a keyword, or would hide a module the project imports. | Give a name that starts with a letter and holds only ASCII letters, digits, `-` and `_`, such as `my-service`.
new-folder-not-empty | cli | error | The folder `connector-dsl new` would write into is a file, cannot be listed, or is not empty; nothing was written. | Give a new or empty folder with `-o DIR`, or another NAME.
convert-secret-dropped | cli | warning | A client secret in apiProperties.json is left out of what `convert` writes. | Give the secret to the platform when creating the connector.
unreadable | cli | error | A file to validate cannot be read or parsed. | Check the path and that the file is JSON.
config | cli | error | `[tool.connector-dsl.validate]` in pyproject.toml has a wrong value. | Fix the value as the message says.
validate-unknown-rule | cli | error | `validate --disable` names no validator rule. | Use a rule id from docs/validator-rules.md; the message suggests the nearest one.
input-unreadable | import | error | The input file cannot be read. | Check the path and its permissions.
input-empty | import | error | The input file is empty. | Give a swagger, OpenAPI or Postman document.
input-encoding | import | warning | The input is not UTF-8; bytes were read as Windows-1252. | Check the text and save the file as UTF-8.
input-syntax | import | error | The input is not valid JSON or YAML. | Fix the file at the line and column given.
input-too-large | import | error | The input is too large or nested too deeply to be a connector. | Give the real connector file.
input-trailing-comma | import | warning | A comma before a closing bracket was ignored. | Delete it.
input-control-character | import | warning | A raw control character stands inside a JSON string. | Write it as `\\t` or `\\n`.
input-duplicate-key | import | warning | A key appears twice in one object; the last value was kept. | Delete the other one.
input-external-ref | import | error | A `$ref` points outside the document. | Copy what it names into the document and refer to it with `#/...`.
input-format | import | error | The input is not the kind of document the command takes. | Give a swagger 2.0, OpenAPI 3 or Postman file, as the message says.
input-value | import | error | A value is past the reader's limits: nested deeper than 64 levels, an integer outside 64 bits, NaN or infinity, a lone surrogate. | Change the value as the message says (a string for a big number, a definition for deep nesting).
input-value-type | import | error | A value of the wrong type was kept by the lenient reader; no Python can be generated for it. | Fix the value at the pointer given (`connector-dsl validate` names the rule).
import-type-list | import | warning | A JSON Schema type list of several types became a value of any type. | Pick one type if the service takes only one.
input-swagger | import | error | A value of the swagger document does not fit swagger 2.0. | Fix the value at the pointer given.
import-secret-dropped | import | warning | A client secret in apiProperties.json is left out of the generated code. | Give the secret to the platform when creating the connector.
import-not-exact | import | error | The generated module builds a different value at this JSON pointer than the input has; nothing was written. | Report it as a connector-dsl bug with the input file.
import-unformatted | import | warning | The generated module is written unformatted: ruff is not installed or failed. | Install ruff (`pip install ruff`) and run `ruff format` on the module.
openapi3-not-openapi3 | import | error | The document has no `openapi: 3.x`. | Give an OpenAPI 3 document, or import it as swagger 2.0.
openapi3-external-ref | import | error | A `$ref` points at another file or a URL. | Bundle the document into one file first.
openapi3-ref-missing | import | error | A `$ref` points at nothing in the document. | Fix the reference.
openapi3-ref-loop | import | error | A `$ref` refers to itself in a loop. | Break the loop.
openapi3-ref-cycle | import | warning | A recursive schema `$ref` became an empty schema. | Describe the recursive part by hand if the designer needs it.
openapi3-path-collision | import | error | Two operations land on one path and method after servers are folded into paths. | Rename one path, or split the document by server.
openapi3-server-dropped | import | warning | A server after the first was dropped: swagger 2.0 has one host. | Make a connector per server if they are different services.
openapi3-server-not-folded | import | warning | An operation's server is not under the global one; it keeps the global base. | Check the host of that operation.
openapi3-server-variable | import | warning | A server variable has no default; it was removed from the URL. | Give it a default, or set the host by hand.
openapi3-path-parameter-added | import | warning | A `{name}` in a path was not declared; it was added as a required string parameter. | Declare the parameter with its type in the input.
openapi3-operation-id-missing | import | warning | An operation has no operationId; one was made from its method and path. | Give it an operationId in the input to choose the name.
openapi3-operation-id-changed | import | warning | An operationId held characters other than letters, digits and `_`. | Check the new id; flows that used the old one need updating.
openapi3-operation-id-duplicate | import | warning | An operationId was used twice; the later one was renamed. | Give each operation its own id.
openapi3-summary-missing | import | warning | An operation has no summary; one was made up. | Write a summary in the input or in the generated code.
openapi3-summary-placeholder | import | warning | A placeholder summary was replaced. | Write a real summary.
openapi3-trace-dropped | import | warning | A TRACE operation was dropped: swagger 2.0 has none. | Nothing to do unless the connector needs it.
openapi3-callbacks-dropped | import | warning | Callbacks were dropped: swagger 2.0 has none. | Write a webhook trigger by hand.
openapi3-webhooks-dropped | import | warning | Webhooks were dropped: swagger 2.0 has none. | Write a webhook trigger by hand.
openapi3-cookie-parameter | import | warning | A cookie parameter was dropped: swagger 2.0 has none. | Send it as a header, or with a policy.
openapi3-parameter-content | import | warning | A parameter with `content` became a string that holds the serialized value. | Check how callers fill it in.
openapi3-parameter-complex | import | warning | A parameter that holds an object became a string. | Send it as JSON text, or as a body.
openapi3-media-type-dropped | import | warning | A body with several media types kept one. | Check the one kept is the one the service wants.
openapi3-form-without-fields | import | warning | A form body without named properties was dropped. | Describe its fields in the input.
openapi3-schema-dropped | import | warning | A schema `false` became an empty schema. | Nothing to do unless the schema mattered.
openapi3-value-ignored | import | warning | A value whose JSON type does not fit its OpenAPI 3 key was left out. | Fix the value at the pointer given.
openapi3-example-dropped | import | warning | An example swagger 2.0 cannot hold was dropped (a second example, a form example, an external one). | Nothing to do unless the example mattered.
openapi3-discriminator-mapping | import | warning | A discriminator's `mapping` was dropped: swagger 2.0 matches values to definition names. | Name the definitions after the values.
openapi3-keyword-dropped | import | warning | A schema keyword swagger 2.0 does not have was dropped. | Check the schema still says what callers need.
openapi3-format-dropped | import | warning | A `format` Power Platform does not know was dropped. | Nothing to do unless the format mattered.
openapi3-type-list | import | warning | A list of types became a schema of any type. | Choose one type by hand if the designer needs it.
openapi3-tuple-items | import | warning | Tuple `items` kept only the first item schema. | Describe the array by hand if its items differ.
openapi3-discriminator-dropped | import | warning | A discriminator was dropped: swagger 2.0 needs it to name a required property. | Make the property required, or do without.
openapi3-union-flattened | import | warning | A `oneOf`/`anyOf` became one object schema (or lost its non-object alternatives). | Check the merged schema.
openapi3-status-range | import | warning | A status range such as `4XX` became its first status. | Check the status.
openapi3-status-dropped | import | warning | A response key that is not a status code was dropped. | Nothing to do unless it mattered.
openapi3-security-dropped | import | warning | A security scheme swagger 2.0 cannot express was dropped. | Declare the sign-in by hand (`security = ...`).
openapi3-bearer-as-api-key | import | warning | HTTP bearer became an API key in the Authorization header. | Users enter `Bearer <token>` as the key.
openapi3-oauth-flows-split | import | warning | OAuth flows after the first became definitions of their own. | Keep the flow Power Platform should use.
openapi3-oauth-url-filled | import | warning | An empty OAuth URL was filled from another flow. | Check the URL.
openapi3-oauth-url-missing | import | warning | An empty OAuth URL got a placeholder. | Set the real URL.
postman-invalid | import | error | The Postman collection has a shape that cannot be converted. | Export the collection again (format v2.1).
postman-request-skipped | import | warning | A request was skipped. | Read the reason; add the operation by hand if needed.
postman-duplicate-path | import | warning | Two requests share a method and path; the later one got a trailing `/`. | Check the service accepts the new path.
postman-script-dropped | import | warning | A pre-request or test script was dropped: a connector cannot run Postman scripts. | Move what it does into the request, a policy or script.csx.
postman-duplicate-parameter | import | warning | A parameter appears more than once; the first was kept. | Delete the other one.
postman-host-unresolved | import | warning | A host variable has no value; the host is a placeholder. | Pass an environment that defines it, or set the host by hand.
postman-path-cleaned | import | warning | Stray braces were removed from a path. | Check the path.
postman-summary-truncated | import | warning | A request name was cut to fit a summary. | Write a shorter summary.
postman-description-missing | import | warning | The collection has no description. | Write one in the generated `ConnectorInfo`.
postman-auth-bearer | import | warning | Bearer auth became an API key in the Authorization header. | Users enter `Bearer <token>` as the key.
postman-auth-unsupported | import | warning | An auth type Power Platform does not have was left out. | Declare the sign-in by hand, or add a policy.
postman-body-unparsed | import | warning | A body that looks like JSON does not parse; it is typed as a bare object. | Describe its properties by hand.
postman-body-unsupported | import | warning | A body mode was left out. | Describe the body by hand.
postman-variable-in-body | import | warning | A `{{variable}}` stood outside a JSON string in a body. | Check the example value of that property.
harness-input | harness | error | An argument given to the harness is malformed. | Fix it as the message says (`NAME=VALUE` or `NAME:=JSON`).
harness-operation | harness | error | The connector has no operation with that id. | Use one of the operationIds listed.
harness-connect | harness | error | The harness cannot connect to the service. | Check the service runs at that URL.
harness-timeout | harness | error | The request timed out. | Raise the timeout, or check the service.
harness-transport | harness | error | The HTTP exchange failed. | Read the reason; check the service and the URL.
harness-too-large | harness | error | The response is larger than the limit. | Raise `max_bytes`, or page the results.
harness-redirect | harness | error | The service answered a redirect, which the harness does not follow. | Point the connector at the final URL.
harness-status | harness | error | The service answered an error status. | Read the service's error text.
harness-undeclared-status | harness | error | The service answered a status the operation does not declare. | Declare it in `Route(responses=...)`.
harness-not-json | harness | error | The service answered a body that is not JSON where JSON was expected. | Check the content type and the service.
harness-schema | harness | error | The response does not fit the declared schema. | Fix the response model, or the service.
harness-dynamic | harness | error | A dropdown or dynamic schema could not be filled. | Read the message; check the dropdown's paths and inputs.
harness-not-simulated | harness | error | A dynamic value uses a built-in operation the harness does not simulate. | Try it in Power Automate.
harness-policy | harness | warning | A policy could not be applied as the gateway would. | Read the note; check the policy.
harness-script | harness | warning | The operation is handled by `script.csx`, which the harness did not run: Mono's C# compiler `mcs` is not installed, the script is absent, or `run_script=False`. | Install `mono-mcs libnewtonsoft-json5.0-cil libmono-system-net-http4.0-cil`, or test the script in Power Platform.
script-compile | harness | error | `script.csx` does not compile against Power Platform's `ScriptBase` surface (reported at the script's line), or has no `class Script : ScriptBase`. | Fix the script at the line given.
script-namespace | harness | error | `script.csx` uses a namespace outside those Power Platform documents for custom code, in a `using` directive or in a name written in full (`System.Reflection.Assembly`). | Use only the listed namespaces.
script-too-large | harness | error | `script.csx` is larger than 1 MB, Power Platform's limit. | Make the script smaller.
script-timeout | harness | error | `ExecuteAsync` ran longer than 5 seconds, Power Platform's limit for custom code. | Make the script do less, or let the service do the work.
script-exception | harness | error | `ExecuteAsync` threw (reported at the script's line when known), or its host stopped without an answer. | Handle the error in the script.
script-log | harness | info | A message the script wrote with `Context.Logger`. | None needed: it is shown for debugging.
harness-webhook | harness | error | A webhook trigger has no input marked as the notification URL. | Mark the callback field with `NotificationUrl()`.
harness-notification | harness | warning | The trigger declares no notification content to check a notification against. | Give the trigger a payload model.
harness-polling | harness | error | A polling trigger's answer does not have the shape its mode needs. | Answer an array for a batch trigger, or set the data path.
diff-side | diff | error | A side is not a file, a connector folder, `MODULE:CLASS` or a `REV:PATH` git knows, or `git show` failed. | Fix the path; for `REV:PATH`, the path is read from the repository root.
diff-unknown-rule | diff | error | `--allow` or `allow` in `[tool.connector-dsl.diff]` names no diff rule. | Use an id from diff-rules.md.
"""


_SEVERITIES: dict[str, Severity] = {"error": "error", "warning": "warning", "info": "info"}


def _read(table: str) -> dict[str, Code]:
    stages: dict[str, Stage] = {stage: stage for stage in STAGES}
    codes: dict[str, Code] = {}
    for line in table.strip().splitlines():
        code, stage, severity, meaning, fix = (part.strip() for part in line.split(" | "))
        if code in codes or stage not in stages or severity not in _SEVERITIES:
            msg = f"bad line in the diagnostics table: {line}"
            raise ValueError(msg)
        codes[code] = Code(code, stages[stage], _SEVERITIES[severity], meaning, fix)
    return codes


CODES: dict[str, Code] = _read(_TABLE)
"""Every diagnostic code, by code, in the table's order."""


def markdown() -> str:
    """`docs/diagnostics.md`: every code with its severity, meaning and fix, by stage."""
    lines = [
        "# Diagnostic codes",
        "",
        "<!-- Generated from src/connector_dsl/diagnostics.py; regenerate with",
        "     UPDATE_GOLDEN=1 pytest tests/test_diagnostics_registry.py -->",
        "",
        "Every error and warning connector-dsl reports carries one of these codes, the place",
        "it is about (the Python file, line and `Class.field`, or the input file, line and",
        "JSON pointer) and what to do. The rules of `connector-dsl validate` have ids of their",
        "own, listed in [validator-rules.md](validator-rules.md); `connector-dsl build` and",
        "`connector-dsl validate MODULE:CLASS` report their findings at the Python place too.",
        "On the documentation site each code links to a page of its own with an example",
        "message (`mkdocs build` makes those pages from the same table).",
    ]
    for stage, heading in STAGES.items():
        lines += [
            "",
            f"## {heading}",
            "",
            "| code | severity | meaning | fix |",
            "|---|---|---|---|",
        ]
        for code in CODES.values():
            if code.stage == stage:
                cells = (
                    f'<a id="{code.code}"></a>[`{code.code}`](codes/{code.code}.md)',
                    code.severity,
                    code.meaning,
                    code.fix,
                )
                lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"
