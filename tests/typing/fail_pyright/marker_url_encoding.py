# expect: url_encoding
"""A wrong url_encoding inside Annotated: pyright and the marker catch it, mypy does not."""

from typing import Annotated

from connector_dsl import Action, Path, Route


class GetFile(Action[None]):
    route = Route(method="GET", path="/files/{file_id}", summary="Get file")
    file_id: Annotated[str, Path(summary="File", url_encoding="triple")]  # error
