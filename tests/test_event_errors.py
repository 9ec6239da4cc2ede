"""Errors in note events (contract section 7), located at the directive at fault.

Each bad ledger must give exactly one Beancount error, at the event's line (or,
for a maturity that passed unanswered, at the definition's line), and never a
Python traceback; bean-check must print it as ``file:line: message`` and exit 1.

The note: 1,000,000.00 USD at 6 % simple, ACT/365, issued 2023-01-01, maturing
2023-12-31, conversion price 2.00 USD, par value 0.125 USD.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from beancount.core import data

from tests.chart import CAPITAL
from tests.chart import CASH
from tests.chart import CURRENT
from tests.chart import EXPENSE
from tests.chart import FEES
from tests.chart import INTEREST
from tests.chart import PREMIUM
from tests.chart import PROCEEDS
from tests.chart import definition
from tests.conftest import bean_check
from tests.conftest import load
from tests.conftest import number

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
LOADED = "<string>"
NOTE = "CN-2023-02"
DEFINITION = definition(note_id=NOTE, maturity="2023-12-31")


def convert(date: str, amount: str = "1000.00 USD", note_id: str = NOTE) -> str:
    return f'{date} custom "convertible-note-convert" "{note_id}" {amount}\n'


def extend(date: str, new_maturity: str = "2024-06-30", note_id: str = NOTE) -> str:
    return f'{date} custom "convertible-note-extend" "{note_id}" {new_maturity}\n'


def adjust(date: str, body: str = "  rate: 0.05\n", note_id: str = NOTE) -> str:
    return f'{date} custom "convertible-note-adjust" "{note_id}"\n{body}'


def settle(
    date: str, kind: str = "cash", cash: str | None = None, note_id: str = NOTE
) -> str:
    text = f'{date} custom "convertible-note-settle" "{note_id}" "{kind}"\n'
    if cash is not None:
        text += f"  cash: {cash}\n"
    return text


def fee(date: str) -> str:
    """An ordinary transaction, unrelated to the note."""
    return f'{date} * "Bank charges"\n  {FEES}  10.00 USD\n  {CASH}\n'


EVENTS: dict[str, Callable[..., str]] = {
    "convert": convert,
    "extend": extend,
    "adjust": adjust,
    "settle": settle,
}


def build(*body: str) -> tuple[str, list[int]]:
    """The ledger text and the 1-based first line of each part of ``body``."""
    accounts = (PROCEEDS, CASH, CURRENT, INTEREST, EXPENSE, CAPITAL, PREMIUM, FEES)
    head = 'plugin "plugins.convertible_note"\n\n'
    head += "".join(f"2020-01-01 open {account}\n" for account in accounts)
    parts = [head, *body]
    text = ""
    starts = []
    for part in parts:
        text += "\n" if text else ""
        starts.append(text.count("\n") + 1)
        text += part
    return text, starts[1:]


def describe(errors: list[data.BeancountError]) -> list[tuple[object, str]]:
    return [(e.source.get("lineno"), e.message) for e in errors]


def assert_one_error_at(errors: list[data.BeancountError], lineno: int) -> None:
    assert len(errors) == 1, describe(errors)
    (error,) = errors
    message = error.message
    assert isinstance(message, str) and message
    assert "Traceback" not in message
    assert error.source["filename"] == LOADED, describe(errors)
    assert error.source["lineno"] == lineno, describe(errors)


# --------------------------------------------------------------------------
# Cases: (ledger body after the open directives, index of the part at fault).
# Index 0 is always the definition.

CASES: dict[str, tuple[tuple[str, ...], int]] = {}
for _kind, _event in EVENTS.items():
    CASES[f"unknown-id-{_kind}"] = (
        (DEFINITION, _event("2023-03-15", note_id="CN-2023-99")),
        1,
    )
    CASES[f"before-issue-{_kind}"] = ((DEFINITION, _event("2022-12-31")), 1)
    CASES[f"after-full-conversion-{_kind}"] = (
        (DEFINITION, convert("2023-03-15", "1000000.00 USD"), _event("2023-04-10")),
        2,
    )
    CASES[f"after-settlement-{_kind}"] = (
        (DEFINITION, settle("2023-03-15"), _event("2023-04-10")),
        2,
    )
CASES.update(
    {
        # Same day, file order: the conversion closes the note, then the settle.
        "same-day-after-full-conversion": (
            (DEFINITION, convert("2023-03-15", "1000000.00 USD"), settle("2023-03-15")),
            2,
        ),
        # 1,000,000.01 > 1,000,000.00 outstanding
        "conversion-above-principal": (
            (DEFINITION, convert("2023-03-15", "1000000.01 USD")),
            1,
        ),
        # 1,000,000.00 - 400,000.00 = 600,000.00 outstanding < 600,000.01
        "conversion-above-outstanding": (
            (
                DEFINITION,
                convert("2023-03-15", "400000.00 USD"),
                convert("2023-04-10", "600000.01 USD"),
            ),
            2,
        ),
        "extension-to-the-same-maturity": (
            (DEFINITION, extend("2023-06-01", "2023-12-31")),
            1,
        ),
        "extension-to-an-earlier-maturity": (
            (DEFINITION, extend("2023-06-01", "2023-11-30")),
            1,
        ),
        # The current maturity is 2024-06-30 after the first extension.
        "extension-not-later-than-the-extended-maturity": (
            (
                DEFINITION,
                extend("2023-06-01", "2024-06-30"),
                extend("2023-07-01", "2024-03-31"),
            ),
            2,
        ),
        "mixed-settlement-without-cash": (
            (DEFINITION, settle("2023-06-15", "mixed")),
            1,
        ),
        # Owed on 2023-06-15 (165 days): 1,000,000 x 0.06 x 165/365
        #   = 27,123.287671 -> 27,123.29; T = 1,027,123.29 < 1,027,123.30
        "mixed-settlement-with-more-cash-than-owed": (
            (DEFINITION, settle("2023-06-15", "mixed", "1027123.30 USD")),
            1,
        ),
        # Maturity 2023-12-31 passed (an entry on 2024-01-15), nothing done.
        "maturity-passed": ((DEFINITION, fee("2024-01-15")), 0),
        # A partial conversion does not answer the maturity.
        "maturity-passed-after-partial-conversion": (
            (DEFINITION, convert("2023-06-15", "400000.00 USD"), fee("2024-01-15")),
            0,
        ),
        # A settlement after the maturity is not "on or before" it.
        "maturity-passed-settled-late": (
            (DEFINITION, settle("2024-01-15")),
            0,
        ),
    }
)


@pytest.mark.parametrize("case", sorted(CASES))
def test_event_error_is_one_error_at_its_line(case: str) -> None:
    body, at_fault = CASES[case]
    text, starts = build(*body)
    _entries, errors = load(text)
    assert_one_error_at(errors, starts[at_fault])


def test_extension_dated_after_the_maturity() -> None:
    text, starts = build(DEFINITION, extend("2024-01-05", "2024-12-31"))
    _entries, errors = load(text)
    at_event = [e for e in errors if e.source["lineno"] == starts[1]]
    assert len(at_event) == 1, describe(errors)
    assert at_event[0].source["filename"] == LOADED
    assert "Traceback" not in at_event[0].message
    # The late extension is itself an entry after the maturity 2023-12-31, so
    # the unanswered maturity may also be reported, but only at the definition.
    others = [e for e in errors if e not in at_event]
    assert len(others) <= 1, describe(errors)
    assert all(e.source["lineno"] == starts[0] for e in others), describe(errors)


# Events that are malformed rather than out of place (section 7, first bullets:
# a value of the wrong type, an unknown word or key, a currency mismatch).
MALFORMED = {
    "convert-in-another-currency": convert("2023-03-15", "1000.00 EUR"),
    "convert-zero": convert("2023-03-15", "0.00 USD"),
    "convert-negative": convert("2023-03-15", "-5.00 USD"),
    "convert-without-amount": convert("2023-03-15", ""),
    "extend-with-a-string": extend("2023-03-15", '"2024-06-30"'),
    "settle-unknown-word": settle("2023-03-15", "bonds"),
    # A misspelt key beside a good one: the typo must not be ignored.
    "adjust-unknown-key": adjust("2023-03-15", "  price: 1.50 USD\n  rate: 0.05\n"),
    "adjust-nothing-to-change": adjust("2023-03-15", ""),
    "adjust-rate-as-percent": adjust("2023-03-15", "  rate: 6.5\n"),
    "adjust-par-above-price": adjust("2023-03-15", "  par-value: 3.00 USD\n"),
    "adjust-price-in-another-currency": adjust(
        "2023-03-15", "  conversion-price: 1.50 EUR\n"
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_event_is_one_error_at_its_line(case: str) -> None:
    text, starts = build(DEFINITION, MALFORMED[case])
    _entries, errors = load(text)
    assert_one_error_at(errors, starts[1])


# --------------------------------------------------------------------------
# Ledgers that must load cleanly: the edges of the rules above.

CLEAN = {
    # Settled on the maturity date.
    "settled-on-maturity": (settle("2023-12-31"), fee("2024-01-15")),
    # Fully converted before the maturity.
    "fully-converted": (convert("2023-10-01", "1000000.00 USD"), fee("2024-01-15")),
    # Extended on the maturity date, later than it.
    "extended-on-maturity": (extend("2023-12-31", "2024-12-31"), fee("2024-01-15")),
    # Nothing dated after the maturity: nothing has passed yet.
    "nothing-after-maturity": (fee("2023-12-31"),),
    # Converting exactly what is outstanding is allowed.
    "convert-all-that-is-left": (
        convert("2023-03-15", "400000.00 USD"),
        convert("2023-04-10", "600000.00 USD"),
    ),
    # An event on the issue date is allowed (zero days).
    "event-on-issue-date": (convert("2023-01-01", "1000.00 USD"),),
}


@pytest.mark.parametrize("case", sorted(CLEAN))
def test_edge_ledger_has_no_errors(case: str) -> None:
    text, _starts = build(DEFINITION, *CLEAN[case])
    _entries, errors = load(text)
    assert errors == [], describe(errors)


def test_mixed_settlement_with_exactly_the_amount_owed() -> None:
    # T on 2023-06-15 = 1,000,000.00 + 27,123.29 = 1,027,123.29 (see above):
    # all of it in cash is allowed; V = 0, so no shares.
    text, _starts = build(DEFINITION, settle("2023-06-15", "mixed", "1027123.29 USD"))
    entries, errors = load(text)
    assert errors == [], describe(errors)
    (settlement,) = [
        e
        for e in entries
        if isinstance(e, data.Transaction) and e.meta.get("note-event") == "settlement"
    ]
    assert settlement.meta["shares"] == 0
    amounts = {p.account: number(p) for p in settlement.postings}
    assert amounts == {
        CURRENT: Decimal("1000000.00"),
        INTEREST: Decimal("27123.29"),
        CASH: Decimal("-1027123.29"),
    }


def test_every_bad_event_is_reported_not_just_the_first() -> None:
    # Three independent faults in one ledger, each at its own line.
    text, starts = build(
        DEFINITION,
        convert("2023-03-15", "1.00 USD", note_id="CN-2023-99"),
        extend("2023-06-01", "2023-11-30"),
        settle("2023-06-15", "mixed"),
    )
    _entries, errors = load(text)
    assert sorted(e.source["lineno"] for e in errors) == starts[1:], describe(errors)


# --------------------------------------------------------------------------
# The same errors through bean-check.

BEAN_CHECK = {
    "unknown-id-convert": CASES["unknown-id-convert"],
    "after-settlement-convert": CASES["after-settlement-convert"],
    "conversion-above-outstanding": CASES["conversion-above-outstanding"],
    "mixed-settlement-without-cash": CASES["mixed-settlement-without-cash"],
    "maturity-passed": CASES["maturity-passed"],
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(BEAN_CHECK))
def test_bean_check_prints_file_and_line(case: str, tmp_path: Path) -> None:
    body, at_fault = BEAN_CHECK[case]
    text, starts = build(*body)
    path = tmp_path / "books.beancount"
    path.write_text(text)
    result = bean_check(path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"{path}:{starts[at_fault]}:" in output, output
    assert "Traceback" not in output, output
