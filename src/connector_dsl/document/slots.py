"""pydantic's own slots of a node, set directly as `model_construct` sets them.

`BaseModel.__setattr__` would check and record every assignment; these setters
only store. No node class has its own `__new__`, so `object.__new__` is what
`cls.__new__` would be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

NEW = object.__new__
"""An empty instance of a node class, its slots not set yet."""

_Setter = Callable[[Any, Any], None]

SET_DICT: _Setter = BaseModel.__dict__["__dict__"].__set__
"""Set the field values (every field, in the class's order)."""
SET_FIELDS: _Setter = BaseModel.__dict__["__pydantic_fields_set__"].__set__
"""Set the names of the fields given (extension keys included, as validation records them)."""
SET_EXTRA: _Setter = BaseModel.__dict__["__pydantic_extra__"].__set__
"""Set the keys without a field, in their order."""
SET_PRIVATE: _Setter = BaseModel.__dict__["__pydantic_private__"].__set__
"""Set the private attributes (None: no node class has any)."""
