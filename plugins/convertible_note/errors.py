"""The error type every problem with a note is reported as."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any
from typing import NamedTuple

if TYPE_CHECKING:
    from collections.abc import Mapping


class NoteError(NamedTuple):
    """A problem with a convertible note, located at the directive at fault.

    bean-check prints it as ``file:line: message`` from ``source``.
    """

    source: Mapping[str, Any]
    message: str
    entry: Any
