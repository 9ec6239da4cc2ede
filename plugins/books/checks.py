"""The project's own checks, run by ``books check`` after bean-check's."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any
from typing import NamedTuple

from beancount.core import data

from plugins.books.close import CLOSED_DIR
from plugins.books.ledger import PLUGIN
from plugins.convertible_note.register import share_movements
from plugins.convertible_note.terms import is_note_directive

if TYPE_CHECKING:
    from collections.abc import Mapping

    from plugins.books.ledger import Books


class BooksCheckError(NamedTuple):
    source: Mapping[str, Any]
    message: str
    entry: Any


def project_errors(books: Books) -> list[BooksCheckError]:
    return [
        *_plugin_not_loaded(books),
        *_locks_not_included(books),
        *_fava_extension_configs(books),
        *_share_directives(books),
    ]


def _share_directives(books: Books) -> list[BooksCheckError]:
    """``share-issue`` and ``share-conversion`` directives that the share
    register cannot read."""
    schedules, _ = books.schedules()
    _, errors = share_movements(books.entries, schedules)
    return [
        BooksCheckError(error.source, error.message, error.entry) for error in errors
    ]


def _fava_extension_configs(books: Books) -> list[BooksCheckError]:
    """Fava parses an extension's config with ast.literal_eval and fails on
    every page (500) when that raises anything but a SyntaxError; say so here,
    before a server is started."""
    errors = []
    for entry in books.entries:
        if not (isinstance(entry, data.Custom) and entry.type == "fava-extension"):
            continue
        if len(entry.values) < 2:
            continue
        config = entry.values[1].value
        try:
            ast.literal_eval(str(config))
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            errors.append(
                BooksCheckError(
                    entry.meta,
                    f"the config of fava-extension {entry.values[0].value} must be "
                    f"a Python literal (a string in quotes, a number, a dict...), "
                    f"got {config!r}; Fava would fail to load the books",
                    entry,
                )
            )
    return errors


def _plugin_not_loaded(books: Books) -> list[BooksCheckError]:
    """Note directives without the plugin would be silently ignored."""
    if any(name == PLUGIN for name, _ in books.options.get("plugin", ())):
        return []
    for entry in books.entries:
        if is_note_directive(entry):
            assert isinstance(entry, data.Custom)
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
