"""A new connector project, as `connector-dsl new NAME` writes it.

    names = project_names("my-service")     # or the diagnostics that say why not
    files = project_files(names)            # relative path -> bytes

The project holds the connector module (one typed action), a pytest test that drives
it through the harness fixtures, a `pyproject.toml`, a README, a `.gitignore` and a
GitHub Actions workflow that validates, tests, builds and uploads the package. The
files are made from the templates beside this module.
"""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass
from importlib.resources import files as resource_files

from connector_dsl.errors import Diagnostic, Place

_SEPARATORS = re.compile(r"[-.\s]+")
_MODULE = re.compile(r"[a-z][a-z0-9_]*")
_TOKEN = re.compile(r"\{\{(\w+)\}\}")

TAKEN_MODULES = frozenset(
    {"connector_dsl", "pydantic", "pytest", "httpx", "orjson", "yaml", "typing_extensions"}
    | {"tests", "test", "conftest", "setup"}
)
"""Module names a project may not take: they would hide a package its code or tests import."""

TEMPLATE_NAMES = frozenset(
    {"Item", "GetItem", "Action", "Connector", "ConnectorInfo", "NoAuth", "Path", "Route"}
    | {"Ui", "BaseModel", "Annotated", "FakeFactory", "HarnessFactory"}
)
"""Names the templates use; a connector class of the same name gets a `Connector` suffix."""

TEMPLATES = {
    "pyproject.toml": "pyproject.toml.tmpl",
    "README.md": "README.md.tmpl",
    ".gitignore": "gitignore.tmpl",
    "{module}.py": "connector.py.tmpl",
    "tests/test_{module}.py": "test_connector.py.tmpl",
    ".github/workflows/connector.yml": "workflow.yml.tmpl",
}
"""Each file of the project (its path may name the module) -> its template."""


@dataclass(frozen=True, slots=True)
class ProjectNames:
    """The names one NAME gives a project."""

    module: str
    """`my_service`: the connector's Python module."""
    connector: str
    """`MyService`: the `Connector` class."""
    project: str
    """`my-service`: the distribution name in pyproject.toml and the default folder."""
    title: str
    """`My Service`: the connector's title in Power Platform."""


def project_names(name: str) -> ProjectNames | Diagnostic:
    """The names made from NAME, or the `new-name` diagnostic that says why it cannot be one.

    NAME is normalised first: lower case, with runs of `-`, `.` and spaces as one `_`.
    """
    module = _SEPARATORS.sub("_", name.strip()).lower()
    problem = _name_problem(module)
    if problem is not None:
        message = f"the project name (as a module: {module!r}) {problem}"
        return Diagnostic("new-name", message, Place(file=name))
    words = [word for word in module.split("_") if word]
    connector = "".join(word[0].upper() + word[1:] for word in words)
    if connector in TEMPLATE_NAMES:
        connector += "Connector"
    title = " ".join(word[0].upper() + word[1:] for word in words)
    return ProjectNames(module, connector, module.replace("_", "-"), title)


def _name_problem(module: str) -> str | None:
    """Why `module` cannot name the project, and what to write instead; None when it can."""
    if not _MODULE.fullmatch(module):
        return (
            "is not a Python identifier; start with a letter and use only ASCII letters, "
            "digits, `-` and `_` (e.g. my-service)"
        )
    if keyword.iskeyword(module) or keyword.issoftkeyword(module):
        return "is a Python keyword; choose another name (e.g. add a suffix: my_class)"
    if module in sys.stdlib_module_names or module in TAKEN_MODULES:
        return (
            "would hide the module of the same name that Python or the project imports; "
            "choose another name (e.g. add a suffix: json_connector)"
        )
    return None


def project_files(names: ProjectNames) -> dict[str, bytes]:
    """Every file of the project: its path relative to the project folder -> its content."""
    values = {
        "module": names.module,
        "Class": names.connector,
        "project": names.project,
        "title": names.title,
    }
    templates = resource_files(__name__) / "templates"
    made: dict[str, bytes] = {}
    for path, template in TEMPLATES.items():
        text = (templates / template).read_text(encoding="utf-8")
        filled = _TOKEN.sub(lambda match: values[match[1]], text)
        made[path.format(module=names.module)] = filled.encode("utf-8")
    return made
