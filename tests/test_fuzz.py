"""Fuzzing the parsing surface: note directives, filings and bank statements.

- **Note directives.** A valid ledger (a definition and one event of each
  kind) is mutated at random: keys dropped, duplicated or misspelt, values
  replaced by values of another type or by extreme ones (rate 0, principal
  0.01 or 10^15, a hundred-year term, 29 February, the 31st, conversion
  prices 10^-8 and 10^12), wrong currencies, events for other ids, events out
  of order. Loading must give either errors located in the ledger (file and a
  line of it; never a traceback, never "Error applying plugin") or entries
  that all balance, never an exception, and must finish in seconds.
- **Filings.** ``draft_note`` and ``render_draft`` never raise, on any text
  and on the real filings of ``tests/data/filings`` mutated.
- **Bank statements.** ``parse_statement`` returns a Statement or raises
  :class:`importers.bank.StatementError` whose message starts with the file's
  path, on any bytes and on the real statements of ``tests/data/bank`` with
  bytes flipped, inserted, deleted or cut off.

The plain tests named ``test_found_*`` keep, minimal, what the fuzzers found.

The number of examples comes from the Hypothesis profile chosen with the
environment variable ``HYPOTHESIS_PROFILE`` (see ``conftest.py``): ``ci`` by
default (bounded, derandomized) or ``long``::

    HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py tests/test_fuzz.py
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
import time
from collections import defaultdict
from decimal import Decimal
from decimal import localcontext
from pathlib import Path

import pytest
from beancount import loader
from beancount.core import data
from beancount.parser import printer
from hypothesis import currently_in_test_context
from hypothesis import event
from hypothesis import given
from hypothesis import strategies as st

from importers.bank import Statement
from importers.bank import StatementError
from importers.bank import parse_statement
from importers.filing import draft_note
from importers.filing import render_draft
from tests.chart import CAPITAL
from tests.chart import CASH
from tests.chart import CURRENT
from tests.chart import EXPENSE
from tests.chart import FEES
from tests.chart import INTEREST
from tests.chart import NONCURRENT
from tests.chart import NOTE_ACCOUNTS
from tests.chart import PREMIUM
from tests.chart import PROCEEDS
from tests.conftest import number

DATA = Path(__file__).resolve().parent / "data"
FILINGS = sorted((DATA / "filings").glob("*.txt"))
STATEMENTS = sorted((DATA / "bank").glob("*.csv"))
LOADED = "<string>"
LOAD_SECONDS = 10.0
DRAFT_SECONDS = 10.0

NOTE = "CN-FUZZ"
ACCOUNTS = (*NOTE_ACCOUNTS, FEES)


# --------------------------------------------------------------------------
# Note directives.


@dataclasses.dataclass
class Directive:
    """A custom directive as ledger text: header values and key lines."""

    date: str
    kind: str
    values: list[str]
    keys: list[tuple[str, str]]

    def text(self) -> str:
        head = " ".join([self.date, "custom", f'"{self.kind}"', *self.values])
        return "\n".join([head, *(f"  {key}: {value}" for key, value in self.keys)])


def base_directives() -> list[Directive]:
    """A valid note with one event of each kind (it loads without errors)."""
    return [
        Directive(
            "2023-01-31",
            "convertible-note",
            [f'"{NOTE}"'],
            [
                ("holder", '"Fuzz Capital Ltd"'),
                ("principal", "1000000.00 USD"),
                ("rate", "0.06"),
                ("maturity", "2024-01-31"),
                ("conversion-price", "2.00 USD"),
                ("par-value", "0.125 USD"),
                ("day-count", '"ACT/365"'),
                ("compounding", '"none"'),
                ("interest-on-conversion", '"shares"'),
                ("related-party", "FALSE"),
                ("share-class", '"Class A Ordinary"'),
                ("proceeds-account", PROCEEDS),
                ("principal-account", CURRENT),
                ("noncurrent-account", NONCURRENT),
                ("interest-account", INTEREST),
                ("expense-account", EXPENSE),
                ("share-capital-account", CAPITAL),
                ("premium-account", PREMIUM),
                ("cash-account", CASH),
            ],
        ),
        Directive(
            "2023-03-15",
            "convertible-note-adjust",
            [f'"{NOTE}"'],
            [
                ("conversion-price", "1.50 USD"),
                ("par-value", "0.10 USD"),
                ("rate", "0.05"),
            ],
        ),
        Directive(
            "2023-04-28", "convertible-note-extend", [f'"{NOTE}"', "2025-01-31"], []
        ),
        Directive(
            "2023-06-15",
            "convertible-note-convert",
            [f'"{NOTE}"', "100000.00 USD"],
            [],
        ),
        Directive(
            "2023-09-29",
            "convertible-note-settle",
            [f'"{NOTE}"', '"mixed"'],
            [("cash", "50000.00 USD")],
        ),
    ]


def ledger_text(directives: list[Directive], tail: str = "2023-10-02") -> str:
    opens = "".join(f"2000-01-01 open {account}\n" for account in ACCOUNTS)
    ordinary = f'{tail} * "Bank" "Charges"\n  {FEES}  1.00 USD\n  {CASH}  -1.00 USD\n'
    return "\n".join(
        [
            'plugin "plugins.convertible_note"',
            "",
            opens,
            *(directive.text() + "\n" for directive in directives),
            ordinary,
        ]
    )


#: Values of every type Beancount metadata can hold, and some that do not
#: parse at all (those must give a located syntax error).
OTHER_VALUES = (
    '"a string"',
    '""',
    '"ACT/365"',
    '"mixed"',
    "0",
    "-1",
    "0.07",
    "7",
    "1.5",
    "100000000000000000000",
    "2023-12-31",
    "2024-02-29",
    "1900-01-01",
    "9999-12-31",
    "1.00 USD",
    "0.00 USD",
    "-5.00 USD",
    "0.005 USD",
    "1.00 EUR",
    "1000000000000 USD",
    "0.00000001 USD",
    "TRUE",
    "FALSE",
    "Assets:Bank:Operating",
    "Income:Other",
    "Equity:SharePremium",
    "Liabilities:Unopened:Account",
    "USD",
    "NULL",
    "2023-02-30",
    "1e5",
    "7%",
)

#: Extreme but well-typed values, per key.
EXTREMES: dict[str, tuple[str, ...]] = {
    "principal": ("0.01 USD", "1000000000000000.00 USD", "0.01 EUR"),
    "rate": ("0", "0.0", "0.3", "0.999999", "1", "0.0000000001"),
    "maturity": ("2123-01-31", "2023-02-01", "2023-01-31", "2024-02-29"),
    "conversion-price": (
        "0.00000001 USD",
        "1000000000000 USD",
        "0.0001 USD",
        "2.00 EUR",
    ),
    "par-value": ("0 USD", "0.00000001 USD", "2.00 USD", "1000000000000 USD"),
    "day-count": ('"ACT/365"', '"ACT/360"', '"30/360"', '"ACT/ACT"', '"act/365"'),
    "compounding": (
        '"daily"',
        '"monthly"',
        '"quarterly"',
        '"annually"',
        '"semi-annually"',
    ),
    "interest-on-conversion": ('"shares"', '"cash"', '"forfeit"', '"bonus"'),
    "cash": ("0.00 USD", "1000000000000000.00 USD", "0.01 USD", "50000.00 EUR"),
}
DATES = (
    "2023-01-31",
    "2024-02-29",
    "2023-03-31",
    "2023-05-31",
    "2023-01-30",
    "2022-12-31",
    "2023-02-28",
    "2024-01-31",
    "2025-06-30",
)
IDS = (f'"{NOTE}"', '"CN-OTHER"', '"cn-fuzz"', '""', '"CN FUZZ"', "2023-01-31")


def typo(key: str, draw: st.DrawFn) -> str:
    """The key misspelt: a letter dropped, doubled, changed, or two swapped."""
    index = draw(st.integers(0, len(key) - 1))
    how = draw(st.sampled_from(("drop", "double", "change", "swap", "underscore")))
    if how == "drop":
        return key[:index] + key[index + 1 :] or "x"
    if how == "double":
        return key[:index] + key[index] + key[index:]
    if how == "change":
        letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz-"))
        return key[:index] + letter + key[index + 1 :]
    if how == "swap" and index + 1 < len(key):
        return key[:index] + key[index + 1] + key[index] + key[index + 2 :]
    return key.replace("-", "_")


def long_life(directives: list[Directive], draw: st.DrawFn) -> None:
    """A hundred-year note that runs its whole life (any compounding): the
    load must still take seconds."""
    definition = directives[0]
    mode = draw(st.sampled_from((*EXTREMES["compounding"][:4], '"none"')))
    keys = dict(definition.keys)
    keys["maturity"] = "2123-01-31"
    keys["compounding"] = mode
    definition.keys = list(keys.items())
    for directive in directives[1:]:
        if directive.kind.endswith("extend"):
            directive.values[1:] = ["2124-01-31"]
        if directive.kind.endswith("settle"):
            directive.date = "2123-01-31"


MUTATIONS = (
    "drop key",
    "duplicate key",
    "typo in key",
    "other type",
    "extreme value",
    "wrong currency",
    "other id",
    "move date",
    "swap order",
    "positional",
    "change kind",
    "long life",
    "late tail",
)
KINDS = (
    "convertible-note",
    "convertible-note-adjust",
    "convertible-note-extend",
    "convertible-note-convert",
    "convertible-note-settle",
    "convertible-note-repay",
)


def mutate_key(mutation: str, target: Directive, draw: st.DrawFn) -> None:
    """Drop, duplicate or misspell one key of ``target``."""
    if not target.keys:
        return
    index = draw(st.integers(0, len(target.keys) - 1))
    key, value = target.keys[index]
    if mutation == "drop key":
        del target.keys[index]
    elif mutation == "duplicate key":
        other = draw(st.sampled_from((value, *OTHER_VALUES)))
        target.keys.insert(index + 1, (key, other))
    else:
        target.keys[index] = (typo(key, draw), value)


def mutate_value(mutation: str, target: Directive, draw: st.DrawFn) -> None:
    """A value of another type, an extreme value, or another currency."""
    if mutation == "other type":
        slots = len(target.keys) + len(target.values)
        index = draw(st.integers(0, slots - 1))
        value = draw(st.sampled_from(OTHER_VALUES))
        if index < len(target.keys):
            target.keys[index] = (target.keys[index][0], value)
        else:
            target.values[index - len(target.keys)] = value
    elif mutation == "extreme value":
        key = draw(st.sampled_from(sorted(EXTREMES)))
        keys = dict(target.keys)
        keys[key] = draw(st.sampled_from(EXTREMES[key]))
        target.keys = list(keys.items())
    else:
        currency = draw(st.sampled_from(("EUR", "HKD", "usd", "US")))
        target.values = [v.replace("USD", currency) for v in target.values]
        target.keys = [(k, v.replace("USD", currency)) for k, v in target.keys]


def mutate_shape(
    mutation: str, target: Directive, directives: list[Directive], draw: st.DrawFn
) -> None:
    """Another id, date, order, positional value or kind; a long life."""
    if mutation == "other id" and target.values:
        target.values[0] = draw(st.sampled_from(IDS))
    elif mutation == "move date":
        target.date = draw(st.sampled_from(DATES))
    elif mutation == "swap order":
        i = draw(st.integers(0, len(directives) - 1))
        j = draw(st.integers(0, len(directives) - 1))
        directives[i], directives[j] = directives[j], directives[i]
    elif mutation == "positional":
        # A custom directive keeps at least one value: Beancount itself
        # fails on one without (see the xfail test below).
        if len(target.values) > 1 and draw(st.booleans()):
            target.values.pop()
        else:
            target.values.append(draw(st.sampled_from(OTHER_VALUES)))
    elif mutation == "change kind":
        target.kind = draw(st.sampled_from(KINDS))
    elif mutation == "long life":
        long_life(directives, draw)


@st.composite
def mutated_ledgers(draw: st.DrawFn) -> str:
    directives = base_directives()
    tail = "2023-10-02"
    for _ in range(draw(st.integers(1, 4))):
        target = directives[draw(st.integers(0, len(directives) - 1))]
        mutation = draw(st.sampled_from(MUTATIONS))
        label(f"mutation: {mutation}")
        if mutation in ("drop key", "duplicate key", "typo in key"):
            mutate_key(mutation, target, draw)
        elif mutation in ("other type", "extreme value", "wrong currency"):
            mutate_value(mutation, target, draw)
        elif mutation == "late tail":
            tail = draw(st.sampled_from(("2024-02-29", "2030-12-31", "2123-01-31")))
        else:
            mutate_shape(mutation, target, directives, draw)
    return ledger_text(directives, tail)


def label(text: str) -> None:
    """Count ``text`` in --hypothesis-show-statistics (inside a test only)."""
    if currently_in_test_context():
        event(text)


def generated(entries: list[data.Directive]) -> list[data.Transaction]:
    return [
        entry
        for entry in entries
        if isinstance(entry, data.Transaction) and "note-event" in entry.meta
    ]


def assert_balances(txn: data.Transaction) -> None:
    """The postings sum to exactly zero in each currency (no tolerance)."""
    residual: dict[str, Decimal] = defaultdict(Decimal)
    with localcontext() as context:
        context.prec = 200
        for posting in txn.postings:
            assert posting.units is not None
            residual[posting.units.currency] += number(posting)
    assert all(value == 0 for value in residual.values()), (
        printer.format_entry(txn),
        dict(residual),
    )


def check_load(text: str) -> list[data.BeancountError]:
    """Load: no exception, quick, located errors, balanced generated entries."""
    started = time.perf_counter()
    entries, errors, _options = loader.load_string(text)
    elapsed = time.perf_counter() - started
    assert elapsed < LOAD_SECONDS, f"loading took {elapsed:.1f} s"
    lines = len(text.splitlines())
    for error in errors:
        message = str(error.message)
        assert "Traceback" not in message, message
        assert "Error applying plugin" not in message, message
        source = error.source
        assert source is not None, error
        assert source.get("filename") == LOADED, error
        assert isinstance(source.get("lineno"), int), error
        assert 1 <= source["lineno"] <= lines, error
    for txn in generated(entries):
        assert_balances(txn)
    label("loads with errors" if errors else "loads cleanly")
    return errors


def test_the_unmutated_ledger_loads_cleanly() -> None:
    assert check_load(ledger_text(base_directives())) == []


@given(text=mutated_ledgers())
def test_mutated_note_directives_give_located_errors_or_balanced_entries(
    text: str,
) -> None:
    check_load(text)


@pytest.mark.parametrize("mode", ["daily", "monthly", "none"])
@pytest.mark.parametrize("through", [None, "2000-01-31"], ids=["monthly", "one-period"])
def test_hundred_year_note_loads_in_seconds(mode: str, through: str | None) -> None:
    # 1,200 month-end accruals; or, with a horizon before the issue, one
    # settlement accrual covering all hundred years, (1 + r/365)^36524 exactly.
    directives = base_directives()
    definition = directives[0]
    definition.keys = [
        (key, {"maturity": "2123-01-31", "compounding": f'"{mode}"'}.get(key, value))
        for key, value in definition.keys
    ]
    settle = Directive(
        "2123-01-31", "convertible-note-settle", [f'"{NOTE}"', '"cash"'], []
    )
    text = ledger_text([definition, settle], tail="2123-02-01")
    if through is not None:
        text = text.replace(
            'plugin "plugins.convertible_note"',
            f'plugin "plugins.convertible_note" "through={through}"',
        )
    assert check_load(text) == []


# --------------------------------------------------------------------------
# Filings.

FRAGMENTS = (
    "The Note was issued on",
    "The transaction closed on",
    "in the aggregate principal amount of",
    "original principal amount of",
    "face value of",
    "bears interest at a rate of",
    "per annum",
    "% per annum, compounded",
    "daily",
    "semi-annually",
    "on the basis of a 360-day year of twelve 30-day months",
    "actual/365",
    "The Note matures",
    "The Maturity Date is",
    "due on",
    "years after issue",
    "twenty-four months",
    "999 years",
    "convertible at a conversion price of",
    "per share",
    "the lower of",
    "VWAP",
    "par value",
    "no par value",
    "Class A Ordinary Shares",
    "with Aenco Technologies Ltd (the “Holder”)",
    "to Mr. Ian Huen, the Company's Chairman",
    "three institutional investors",
    "original issue discount",
    "a related party",
    "an independent third party",
    "US$",
    "HK$",
    "€",
    "$",
    "million",
    "billion",
    "December 31, 9999",
    "February 29, 2023",
    "February 29, 2024",
    "31 April 2024",
    "January 31, 2024",
    "0%",
    "7.5 percent",
    ".",
    ",",
    "(",
    ")",
    "\n\n",
)
NUMBERS = (
    "0",
    "1",
    "7",
    "12",
    "29",
    "31",
    "999",
    "9999",
    "0.0001",
    "1.20",
    "3,000,000",
    "3,000,000.005",
    "1" + "0" * 30,
    "9" * 40,
    "1,000,000,000,000,000,000,000,000,000",
)


@st.composite
def filing_like_texts(draw: st.DrawFn) -> str:
    """Sentences of filing vocabulary, numbers and stray text in any order."""
    parts = draw(
        st.lists(
            st.sampled_from(FRAGMENTS)
            | st.sampled_from(NUMBERS)
            | st.text(max_size=12),
            max_size=40,
        )
    )
    return " ".join(parts)


def mutate_text(text: str, data: st.DataObject) -> str:
    draw = data.draw
    for _ in range(draw(st.integers(1, 6))):
        how = draw(
            st.sampled_from(
                ("number", "insert", "delete", "duplicate", "truncate", "fragment")
            )
        )
        label(f"filing mutation: {how}")
        position = draw(st.integers(0, len(text)))
        if how == "number":
            numbers = list(re.finditer(r"\d[\d,.]*", text))
            if numbers:
                match = numbers[draw(st.integers(0, len(numbers) - 1))]
                text = (
                    text[: match.start()]
                    + draw(st.sampled_from(NUMBERS))
                    + text[match.end() :]
                )
        elif how == "insert":
            text = text[:position] + draw(st.text(max_size=30)) + text[position:]
        elif how == "fragment":
            text = (
                text[:position]
                + " "
                + draw(st.sampled_from(FRAGMENTS + NUMBERS))
                + " "
                + text[position:]
            )
        elif how == "delete":
            end = draw(st.integers(position, min(len(text), position + 400)))
            text = text[:position] + text[end:]
        elif how == "duplicate":
            end = draw(st.integers(position, min(len(text), position + 400)))
            text = text[:end] + text[position:end] + text[end:]
        else:
            text = text[:position]
    return text


def check_draft(text: str) -> None:
    started = time.perf_counter()
    draft = draft_note(text)
    rendered = render_draft(draft, "filing.txt")
    elapsed = time.perf_counter() - started
    assert isinstance(rendered, str)
    assert elapsed < DRAFT_SECONDS, f"drafting took {elapsed:.1f} s"


@given(text=st.text() | filing_like_texts())
def test_draft_note_never_raises_on_any_text(text: str) -> None:
    check_draft(text)


@given(name=st.sampled_from([path.name for path in FILINGS]), data=st.data())
def test_draft_note_never_raises_on_mutated_filings(
    name: str, data: st.DataObject
) -> None:
    text = (DATA / "filings" / name).read_text(encoding="utf-8")
    check_draft(mutate_text(text, data))


# --------------------------------------------------------------------------
# Bank statements.

SPECIAL_BYTES = (b"\r", b"\n", b'"', b",", b"\x00", b"\xff", b"\xef\xbb\xbf", b" ")


def check_statement(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "statement.csv")
        with open(path, "wb") as file:
            file.write(raw)
        # Anything but a Statement or a StatementError escapes and fails.
        outcome: Statement | StatementError
        try:
            outcome = parse_statement(path)
        except StatementError as error:
            outcome = error
    if isinstance(outcome, StatementError):
        label("StatementError")
        assert str(outcome).startswith(path), str(outcome)
    else:
        label("Statement")
        assert isinstance(outcome, Statement)


def mutate_bytes(raw: bytes, data: st.DataObject) -> bytes:
    draw = data.draw
    some_bytes = st.sampled_from(SPECIAL_BYTES) | st.binary(min_size=1, max_size=3)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(("flip", "bit", "insert", "delete", "truncate")))
        label(f"byte mutation: {how}")
        if not raw:
            raw = draw(some_bytes)
            continue
        index = draw(st.integers(0, len(raw) - 1))
        if how == "flip":
            raw = raw[:index] + draw(some_bytes)[:1] + raw[index + 1 :]
        elif how == "bit":
            bit = draw(st.integers(0, 7))
            raw = raw[:index] + bytes([raw[index] ^ (1 << bit)]) + raw[index + 1 :]
        elif how == "insert":
            raw = raw[:index] + draw(some_bytes) + raw[index:]
        elif how == "delete":
            end = draw(st.integers(index, min(len(raw), index + 80)))
            raw = raw[:index] + raw[end:]
        else:
            raw = raw[:index]
    return raw


@given(raw=st.binary(max_size=2048))
def test_parse_statement_on_arbitrary_bytes(raw: bytes) -> None:
    check_statement(raw)


@given(name=st.sampled_from([path.name for path in STATEMENTS]), data=st.data())
def test_parse_statement_on_mutated_statements(name: str, data: st.DataObject) -> None:
    raw = (DATA / "bank" / name).read_bytes()
    check_statement(mutate_bytes(raw, data))


# --------------------------------------------------------------------------
# What the fuzzers found, kept minimal. Each must pass once the code is fixed.


def note_ledger(principal: str, *events: Directive) -> str:
    """The base note with another principal, and only ``events``."""
    definition = base_directives()[0]
    definition.keys = [
        (key, principal if key == "principal" else value)
        for key, value in definition.keys
    ]
    return ledger_text([definition, *events])


def test_found_settle_with_an_amount_for_its_method() -> None:
    # A partial repayment written as `settle "ID" AMOUNT` must be reported at
    # the directive ("unknown settlement 100000.00 USD"). terms._parse_settle
    # tests `method not in SETTLEMENT_METHODS`, which compares "cash" == Amount,
    # and Beancount's Amount.__eq__ raises AttributeError on a str.
    text = note_ledger(
        "1000000.00 USD",
        Directive(
            "2023-06-15", "convertible-note-settle", [f'"{NOTE}"', "100000.00 USD"], []
        ),
    )
    errors = check_load(text)
    assert errors


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            note_ledger("1000000000000000000000000000.00 USD"), id="principal"
        ),
        pytest.param(
            note_ledger(
                "1000000.00 USD",
                Directive(
                    "2023-06-15",
                    "convertible-note-convert",
                    [f'"{NOTE}"', "1000000000000000000000000000.00 USD"],
                    [],
                ),
            ),
            id="converted-amount",
        ),
    ],
)
def test_found_amounts_of_28_digits_and_more(text: str) -> None:
    # terms._is_cents quantizes to 0.01 in Python's default Decimal context
    # (28 significant digits): an amount of 10^27 or more raises
    # decimal.InvalidOperation out of the plugin ("Error applying plugin").
    # Such an amount must be booked exactly or reported at its directive.
    check_load(text)


@pytest.mark.parametrize("method", ["cash", "shares"])
def test_found_settlement_owing_more_than_28_digits(method: str) -> None:
    # The plugin accepts this principal (26 digits and cents), but the
    # settlement owes principal + interest > 10^26, more than the default
    # Decimal context's 28 significant digits. "shares": round_cents()
    # quantizes and raises decimal.InvalidOperation (a traceback). "cash":
    # owed is rounded to 100476712328767123287671232.9, so the entry is 0.02
    # USD out of balance, and bean-check stays silent because Beancount infers
    # its tolerance from that one-decimal number.
    text = note_ledger(
        "99999999999999999999999999.99 USD",
        Directive(
            "2023-03-01", "convertible-note-settle", [f'"{NOTE}"', f'"{method}"'], []
        ),
    )
    check_load(text)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "Beancount 3.2.3: beancount.ops.pad runs before any plugin and iterates "
        "Custom.values, which is None for a custom directive without values"
    ),
)
def test_found_note_directive_without_values_upstream() -> None:
    # `custom "convertible-note"` without the id: Beancount itself fails with
    # 'Error applying plugin "beancount.ops.pad"' (a traceback), whether or not
    # this plugin is loaded. Not the plugin's code; kept so that an upgrade of
    # Beancount that fixes it shows up (strict xfail).
    definition = base_directives()[0]
    definition.values = []
    check_load(ledger_text([definition]))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The aggregate principal amount of the Note is "
            "US$1000000000000000000000000000.",
            id="amount-of-31-digits",
        ),
        pytest.param(
            "On December 16, 9999, the transaction closed. "
            "The Notes will have a maturity date of 12 months.",
            id="maturity-after-year-9999",
        ),
    ],
)
def test_found_filing_texts_that_raise(text: str) -> None:
    # amount-of-31-digits: Money.text() quantizes to 0.01 in the default
    # 28-digit Decimal context, decimal.InvalidOperation (the fuzzer found it
    # by putting 10^30 in place of a number of a real filing).
    # maturity-after-year-9999: add_months(9999-12-16, 12) builds a date in
    # year 10000, ValueError (found reading _maturity beside the fuzzer).
    check_draft(text)


STATEMENT_HEAD = (
    "Account Number,023-456789-838\n"
    "Currency,USD\n"
    "\n"
    "Date,Value Date,Description,Debit,Credit,Balance,Reference\n"
)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"\r\x01", id="bare-carriage-return"),
        pytest.param(
            (
                STATEMENT_HEAD + "01/12/2022,01/12/2022,RENT\rDEC22,10.00,,-10.00,TT1\n"
            ).encode(),
            id="bare-carriage-return-in-a-row",
        ),
        pytest.param(
            (
                STATEMENT_HEAD
                + "01/12/2022,01/12/2022,"
                + "X" * 140_000
                + ",10.00,,-10.00,TT1\n"
            ).encode(),
            id="field-above-csv-limit",
        ),
    ],
)
def test_found_statements_that_raise_csv_error(raw: bytes) -> None:
    # parse_statement lets csv.Error escape: "new-line character seen in
    # unquoted field" for a lone CR (an old Mac line end, or a byte flipped
    # to 0x0d) and "field larger than field limit (131072)". It must raise
    # StatementError naming the file and line.
    check_statement(raw)
