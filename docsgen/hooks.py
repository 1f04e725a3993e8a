"""mkdocs hook: adds the generated pages (codes/, rules/, cli.md) to the site."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT / "src", ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from mkdocs.structure.files import File, Files  # noqa: E402

from docsgen import cli, codes  # noqa: E402


def on_files(files: Files, config: Any) -> Files:
    """Add every generated page as a file of the site."""
    generated = {**codes.pages(), "cli.md": cli.markdown()}
    for path, content in sorted(generated.items()):
        files.append(File.generated(config, path, content=content))
    return files
