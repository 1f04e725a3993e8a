# expect: visibility
"""A misspelt visibility in Ui(...) on a body model field."""

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import Ui


class NewIssue(BaseModel):
    title: Annotated[str, Ui(summary="Title", visibility="advnced")]  # error
