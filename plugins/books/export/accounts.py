"""Accounts, journal ids and authorship for the audit export."""

from __future__ import annotations

import datetime
import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from beancount.core import account_types
from beancount.core import data
from beancount.parser import options as options_lib

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Mapping

#: ADS account types by Beancount root type.
_ACCOUNT_TYPE = {
    "name_assets": "Asset",
    "name_liabilities": "Liability",
    "name_equity": "Equity",
    "name_income": "Revenue",
    "name_expenses": "Expense",
}


@dataclass(frozen=True)
class AccountInfo:
    """One line of the chart of accounts."""

    number: str
    name: str
    account_type: str
    caption: str
    income_statement: bool


def _caption(account: str, account_type: str) -> str:
    """The financial-statement caption, from the account's name.

    ``Liabilities:Current:ConvertibleNotes:Aenco`` → ``Current liabilities -
    Convertible Notes``; ``caption`` (the published statement line) or
    ``fs-caption`` metadata on the Open overrides it.
    """
    parts = account.split(":")
    words = [_words(part) for part in parts[1:3]]
    plural = {
        "Asset": "assets",
        "Liability": "liabilities",
        "Equity": "equity",
        "Revenue": "income",
        "Expense": "expenses",
    }[account_type]
    if words and words[0] in ("Current", "Non Current"):
        head = f"{words[0].replace('Non Current', 'Non-current')} {plural}"
        return f"{head} - {words[1]}" if len(words) > 1 else head
    return " - ".join([plural.capitalize(), *words])


def _words(name: str) -> str:
    out = ""
    for index, char in enumerate(name):
        if index and char.isupper() and not name[index - 1].isupper():
            out += " "
        out += char
    return out


def chart_of_accounts(
    entries: Iterable[data.Directive], options: Mapping[str, Any]
) -> dict[str, AccountInfo]:
    """Every opened account: its number (``gl-number`` metadata, else its
    name), ADS type and caption."""
    types = options_lib.get_account_types(options)  # type: ignore[no-untyped-call]
    roots = {options[key]: value for key, value in _ACCOUNT_TYPE.items()}
    chart = {}
    for entry in entries:
        if not isinstance(entry, data.Open):
            continue
        name = entry.account
        kind = roots.get(account_types.get_account_type(name), "Asset")
        number = entry.meta.get("gl-number", name)
        chart[name] = AccountInfo(
            number=str(number),
            name=name,
            account_type=kind,
            caption=str(
                entry.meta.get("caption")
                or entry.meta.get("fs-caption")
                or _caption(name, kind)
            ),
            income_statement=account_types.is_income_statement_account(name, types),
        )
    return chart


class JournalIds:
    """Stable journal ids, assigned in ledger order over the whole ledger.

    ``je-id`` metadata wins. A generated entry gets ``NOTE/event/date``; a
    hand-written one ``JE-`` and a digest of its content (date, flag, payee,
    narration, tags, links and postings). Identical entries are numbered in
    ledger order (``-2``, ``-3``), so an id does not depend on which period is
    exported, nor on line numbers.
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def assign(self, entry: data.Transaction) -> str:
        explicit = entry.meta.get("je-id")
        if explicit:
            return str(explicit)
        note = entry.meta.get("note")
        event = entry.meta.get("note-event")
        if note and event:
            base = f"{note}/{event}/{entry.date.isoformat()}"
        else:
            base = "JE-" + _digest(entry)
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        return base if count == 1 else f"{base}-{count}"


def _digest(entry: data.Transaction) -> str:
    parts = [
        entry.date.isoformat(),
        entry.flag or "",
        entry.payee or "",
        entry.narration or "",
        ",".join(sorted(entry.tags or ())),
        ",".join(sorted(entry.links or ())),
    ]
    for posting in entry.postings:
        units = posting.units
        if units is not None:
            parts.append(f"{posting.account} {units.number} {units.currency}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Authorship:
    author: str
    date: str  # YYYYMMDD (UTC), empty when unknown


UNKNOWN = Authorship("", "")
UNCOMMITTED = Authorship("(uncommitted)", "")


class GitBlame:
    """Who last changed the lines of a directive, from ``git blame``.

    Without git, or for a file git does not track, everything is unknown.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, tuple[list[Authorship], list[str]] | None] = {}

    def _load(self, filename: str) -> tuple[list[Authorship], list[str]] | None:
        if filename in self._files:
            return self._files[filename]
        result = None
        path = Path(filename)
        if path.is_file():
            try:
                # git from PATH with a fixed argument list and no shell.
                blame = subprocess.run(  # noqa: S603
                    ["git", "blame", "--porcelain", "--", path.name],  # noqa: S607
                    cwd=path.parent,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if blame.returncode == 0:
                    lines = path.read_text(encoding="utf-8").splitlines()
                    result = (_parse_blame(blame.stdout), lines)
            except OSError:
                result = None
        self._files[filename] = result
        return result

    def lookup(self, meta: Mapping[str, Any]) -> Authorship:
        """The last change to the directive starting at ``meta``'s line."""
        filename, lineno = meta.get("filename"), meta.get("lineno")
        if not isinstance(filename, str) or not isinstance(lineno, int):
            return UNKNOWN
        loaded = self._load(filename)
        if loaded is None:
            return UNKNOWN
        authors, lines = loaded
        start = lineno - 1
        end = start + 1
        while end < len(lines) and lines[end][:1] in (" ", "\t") and lines[end].strip():
            end += 1
        span = authors[start:end]
        if not span:
            return UNKNOWN
        if any(author is UNCOMMITTED for author in span):
            return UNCOMMITTED
        return max(span, key=lambda author: author.date)


def _parse_blame(output: str) -> list[Authorship]:
    """Line-by-line authorship from ``git blame --porcelain``."""
    commits: dict[str, dict[str, str]] = {}
    by_line: dict[int, str] = {}
    current = ""
    for line in output.splitlines():
        if line.startswith("\t"):
            continue
        fields = line.split(" ")
        if len(fields) >= 3 and len(fields[0]) == 40 and fields[2].isdigit():
            current = fields[0]
            by_line[int(fields[2])] = current
            commits.setdefault(current, {})
        elif current and fields[0] in ("author", "author-time"):
            commits[current][fields[0]] = line[len(fields[0]) + 1 :]
    result = []
    for number in range(1, len(by_line) + 1):
        sha = by_line.get(number, "")
        info = commits.get(sha, {})
        if not sha or set(sha) == {"0"}:
            result.append(UNCOMMITTED)
            continue
        stamp = int(info.get("author-time", "0"))
        day = datetime.datetime.fromtimestamp(stamp, tz=datetime.UTC)
        result.append(Authorship(info.get("author", ""), day.strftime("%Y%m%d")))
    return result
