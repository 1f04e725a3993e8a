"""Pausing Python's cyclic garbage collector around allocation-heavy work."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, then restore it as it was.

    Reading and generating allocate many short-lived containers and almost no
    cycles: reference counting frees them, and the collector's passes over a
    growing heap only cost time. The collector comes back on afterwards (also on
    error) unless it was already off, and then collects on its own schedule.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
