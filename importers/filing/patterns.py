"""The ``re`` functions the reader calls, over patterns compiled once.

The reader writes about a thousand patterns where it uses them. Python keeps
only 512 compiled patterns, so reading one passage with all of them compiles
many of them again, passage after passage. These functions keep up to
:data:`_KEPT` patterns compiled: all the reader writes, and the few it builds
from a passage's names.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Iterator

#: Patterns kept compiled: the reader's own, and room for those it builds.
_KEPT = 4096

Pattern = str | re.Pattern[str]


@functools.lru_cache(maxsize=_KEPT)
def compiled(pattern: Pattern, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compiled(pattern, flags).finditer(string)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[str]:
    return compiled(pattern, flags).findall(string)


def sub(
    pattern: Pattern,
    repl: str | Callable[[re.Match[str]], str],
    string: str,
    flags: int = 0,
) -> str:
    return compiled(pattern, flags).sub(repl, string)
