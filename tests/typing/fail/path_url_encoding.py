# expect: url_encoding
"""A wrong url_encoding on a Path marker made outside Annotated (both checkers see it)."""
from __future__ import annotations

from typing import Annotated

from connector_dsl import Action, Path, Route

FILE_PATH = Path(summary="File", url_encoding="triple")  # error


class GetFile(Action[None]):
    route = Route(method="GET", path="/files/{file_id}", summary="Get file")
    file_id: Annotated[str, FILE_PATH]
