"""The project's own checks, run by ``books check`` after bean-check's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any
from typing import NamedTuple

from beancount.core import data

from plugins.books.close import CLOSED_DIR
from plugins.books.ledger import PLUGIN
from plugins.convertible_note.terms import DEFINITION

if TYPE_CHECKING:
    from collections.abc import Mapping

    from plugins.books.ledger import Books


class BooksCheckError(NamedTuple):
    source: Mapping[str, Any]
    message: str
    entry: Any


def project_errors(books: Books) -> list[BooksCheckError]:
    return [*_plugin_not_loaded(books), *_locks_not_included(books)]


def _plugin_not_loaded(books: Books) -> list[BooksCheckError]:
    """Note directives without the plugin would be silently ignored."""
    if any(name == PLUGIN for name, _ in books.options.get("plugin", ())):
        return []
    for entry in books.entries:
        if isinstance(entry, data.Custom) and entry.type.startswith(DEFINITION):
            return [
                BooksCheckError(
                    entry.meta,
                    f"the ledger has {entry.type} directives but does not load "
                    f'the plugin: add  plugin "{PLUGIN}"',
                    None,
                )
            ]
    return []


def _locks_not_included(books: Books) -> list[BooksCheckError]:
    """Every lock file next to the ledger must be part of the books."""
    loaded = {Path(name).resolve() for name in books.options.get("include", ())}
    errors = []
    for lock in sorted((books.path.parent / CLOSED_DIR).glob("*.beancount")):
        if lock.resolve() not in loaded:
            errors.append(
                BooksCheckError(
                    {"filename": str(books.path), "lineno": 0},
                    f"locked period {lock.name} is not included: add  "
                    f'include "{CLOSED_DIR}/{lock.name}"',
                    None,
                )
            )
    return errors
