"""Parse ``convertible-note`` directives into typed, frozen values.

This is the first step of the plugin (parse → schedule → entries). It knows
the ledger's syntax and nothing of interest arithmetic: every problem it finds
becomes a :class:`NoteError` located at the directive, and every problem of a
directive is reported, not just the first.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from typing import TypeAlias

from beancount.core import account as account_lib
from beancount.core import data
from beancount.core.amount import Amount

from plugins.convertible_note.daycount import BASES
from plugins.convertible_note.errors import NoteError

DEFINITION = "convertible-note"
EXTEND = "convertible-note-extend"
CONVERT = "convertible-note-convert"
ADJUST = "convertible-note-adjust"
SETTLE = "convertible-note-settle"
EVENT_TYPES = (EXTEND, CONVERT, ADJUST, SETTLE)

COMPOUNDING = ("none", "daily", "monthly", "quarterly", "annually")
INTEREST_ON_CONVERSION = ("shares", "cash", "forfeit")
SETTLEMENT_METHODS = ("cash", "shares", "mixed")

NOTE_ID = re.compile(r"[A-Za-z0-9\-_/.]+")

Meta: TypeAlias = Mapping[str, Any]

#: Keys that Beancount itself puts on every directive.
_SYSTEM_KEYS = frozenset({"filename", "lineno"})


@dataclass(frozen=True)
class Money:
    """An amount whose number is known to be present."""

    number: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.number} {self.currency}"


@dataclass(frozen=True)
class NoteAccounts:
    """The accounts a note posts to."""

    proceeds: str
    principal: str
    noncurrent: str | None
    interest: str
    expense: str
    share_capital: str
    premium: str
    cash: str


@dataclass(frozen=True)
class NoteTerms:
    """A note as defined on its issue date, before any event."""

    note_id: str
    issue_date: datetime.date
    holder: str
    currency: str
    principal: Decimal
    rate: Decimal
    maturity: datetime.date
    conversion_price: Decimal
    par_value: Decimal
    day_count: str
    compounding: str
    interest_on_conversion: str
    related_party: bool
    share_class: str | None
    accounts: NoteAccounts
    source: Meta


@dataclass(frozen=True)
class Extend:
    """The holder extends the note to ``new_maturity``."""

    note_id: str
    date: datetime.date
    new_maturity: datetime.date
    source: Meta


@dataclass(frozen=True)
class Convert:
    """The holder converts ``principal`` (an amount of the note's currency)."""

    note_id: str
    date: datetime.date
    principal: Money
    source: Meta


@dataclass(frozen=True)
class Adjust:
    """From ``date`` on, the given terms take new values (None: unchanged)."""

    note_id: str
    date: datetime.date
    conversion_price: Money | None
    par_value: Money | None
    rate: Decimal | None
    source: Meta


@dataclass(frozen=True)
class Settle:
    """The company pays everything owed, in cash, shares, or both."""

    note_id: str
    date: datetime.date
    method: str
    cash: Money | None
    source: Meta


Event: TypeAlias = Extend | Convert | Adjust | Settle


@dataclass(frozen=True)
class AccountRoots:
    """The names of the five root accounts, from the ledger's options."""

    assets: str = "Assets"
    liabilities: str = "Liabilities"
    equity: str = "Equity"
    income: str = "Income"
    expenses: str = "Expenses"

    @classmethod
    def from_options(cls, options_map: Mapping[str, Any]) -> AccountRoots:
        return cls(
            assets=options_map.get("name_assets", "Assets"),
            liabilities=options_map.get("name_liabilities", "Liabilities"),
            equity=options_map.get("name_equity", "Equity"),
            income=options_map.get("name_income", "Income"),
            expenses=options_map.get("name_expenses", "Expenses"),
        )


class _Reader:
    """Reads typed values off one directive, collecting every problem."""

    def __init__(self, entry: data.Custom, errors: list[NoteError]) -> None:
        self.entry = entry
        self.errors = errors
        self.failed = False

    def error(self, message: str) -> None:
        self.failed = True
        self.errors.append(NoteError(self.entry.meta, message, self.entry))

    def check_keys(self, allowed: Iterable[str]) -> None:
        """Every user key must be one of ``allowed``: a typo is an error."""
        allowed = tuple(allowed)
        for key in self.entry.meta:
            if key in _SYSTEM_KEYS or key.startswith("__") or key in allowed:
                continue
            hint = difflib.get_close_matches(key, allowed, n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
            self.error(
                f"{self.entry.type}: unknown key '{key}'{suggestion}; "
                f"allowed keys: {', '.join(allowed)}"
            )

    def meta(self, key: str, kind: str, required: bool) -> Any:
        """The value of ``key`` if it has the right kind, else None."""
        if key not in self.entry.meta:
            if required:
                self.error(f"{self.entry.type}: missing required key '{key}'")
            return None
        value = self.entry.meta[key]
        if not _is_kind(value, kind):
            self.error(
                f"{self.entry.type}: '{key}' must be {_KIND_NAMES[kind]}, "
                f"got {_describe(value)}"
            )
            return None
        if kind == "amount":
            return Money(value.number, value.currency)
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str | None:
        value = self.meta(key, "string", required=False)
        if value is None:
            return None if key in self.entry.meta else default
        if value not in choices:
            self.error(
                f'{self.entry.type}: unknown {key} "{value}"; '
                f"use one of: {', '.join(choices)}"
            )
            return None
        return str(value)

    def account(self, key: str, root: str, required: bool) -> str | None:
        value = self.meta(key, "account", required)
        if value is None:
            return None
        if not account_lib.is_valid(value):
            self.error(f"{self.entry.type}: '{key}' is not a valid account: {value}")
            return None
        if account_lib.root(1, value) != root:
            self.error(
                f"{self.entry.type}: '{key}' must be an account under {root}, "
                f"got {value}"
            )
            return None
        return str(value)

    def positional(self, count: int, usage: str) -> list[Any] | None:
        """The directive's values after its type, checked for count."""
        values = [value.value for value in self.entry.values or ()]
        if len(values) != count:
            self.error(f"{self.entry.type}: expected {usage}")
            return None
        return values


_KIND_NAMES = {
    "string": "a string in double quotes",
    "amount": "an amount such as 1000.00 USD",
    "number": "a number",
    "date": "a date such as 2023-12-16",
    "bool": "TRUE or FALSE",
    "account": "an account name",
}


def _is_kind(value: Any, kind: str) -> bool:
    if kind == "amount":
        return isinstance(value, Amount) and isinstance(value.number, Decimal)
    if kind == "number":
        return isinstance(value, Decimal) and not isinstance(value, bool)
    if kind == "date":
        return isinstance(value, datetime.date)
    if kind == "bool":
        return isinstance(value, bool)
    # Beancount gives both strings and account names as str.
    return isinstance(value, str)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


#: The largest amount the plugin books: money stays exact to the cent within
#: Beancount's 28 significant digits even after a century of interest.
MAX_AMOUNT = Decimal("1e15")


def _is_cents(number: Decimal) -> bool:
    return (
        number == number.quantize(Decimal("0.01"))
        if abs(number) < MAX_AMOUNT
        else False
    )


def _too_large(number: Decimal) -> bool:
    return abs(number) >= MAX_AMOUNT


_DEFINITION_KEYS = (
    "holder",
    "principal",
    "rate",
    "maturity",
    "conversion-price",
    "par-value",
    "day-count",
    "compounding",
    "interest-on-conversion",
    "related-party",
    "share-class",
    "proceeds-account",
    "principal-account",
    "noncurrent-account",
    "interest-account",
    "expense-account",
    "share-capital-account",
    "premium-account",
    "cash-account",
)


def check_rate(rate: Decimal, report: Callable[[str], None], where: str) -> bool:
    """0 ≤ rate < 1, with a hint for rates written as percentages."""
    if rate < 0:
        report(f"{where}: rate must not be negative, got {rate}")
        return False
    if rate >= 1:
        report(
            f"{where}: rate must be a fraction below 1, got {rate}; write 7 % as 0.07"
        )
        return False
    return True


def parse_definition(
    entry: data.Custom, roots: AccountRoots, errors: list[NoteError]
) -> NoteTerms | None:
    """A note's terms, or None after appending every problem to ``errors``."""
    reader = _Reader(entry, errors)
    values = reader.positional(
        1, 'one value, the note id: custom "convertible-note" "ID"'
    )
    note_id = None
    if values is not None:
        note_id = values[0]
        if not isinstance(note_id, str) or not NOTE_ID.fullmatch(note_id):
            reader.error(
                f"{DEFINITION}: the note id must be a string of letters, digits "
                f"and -_/. (it is used as the link ^ID), got {_describe(note_id)}"
            )
            note_id = None
    reader.check_keys(_DEFINITION_KEYS)

    holder = reader.meta("holder", "string", required=True)
    principal = reader.meta("principal", "amount", required=True)
    rate = reader.meta("rate", "number", required=True)
    maturity = reader.meta("maturity", "date", required=True)
    price = reader.meta("conversion-price", "amount", required=True)
    par = reader.meta("par-value", "amount", required=True)
    day_count = reader.choice("day-count", BASES, "ACT/365")
    compounding = reader.choice("compounding", COMPOUNDING, "none")
    policy = reader.choice("interest-on-conversion", INTEREST_ON_CONVERSION, "shares")
    related = reader.meta("related-party", "bool", required=False)
    share_class = reader.meta("share-class", "string", required=False)

    accounts = {
        "proceeds": reader.account("proceeds-account", roots.assets, True),
        "principal": reader.account("principal-account", roots.liabilities, True),
        "noncurrent": reader.account("noncurrent-account", roots.liabilities, False),
        "interest": reader.account("interest-account", roots.liabilities, True),
        "expense": reader.account("expense-account", roots.expenses, True),
        "share_capital": reader.account("share-capital-account", roots.equity, True),
        "premium": reader.account("premium-account", roots.equity, True),
        "cash": reader.account("cash-account", roots.assets, False),
    }

    where = DEFINITION
    if principal is not None:
        if principal.number <= 0:
            reader.error(f"{where}: principal must be above zero, got {principal}")
        elif _too_large(principal.number):
            reader.error(
                f"{where}: principal must be below 1,000,000,000,000,000 "
                f"(amounts are booked exactly to the cent), got {principal}"
            )
        elif not _is_cents(principal.number):
            reader.error(f"{where}: principal must be in whole cents, got {principal}")
    if rate is not None:
        check_rate(rate, reader.error, where)
    if maturity is not None and maturity <= entry.date:
        reader.error(
            f"{where}: maturity {maturity} must be after the issue date {entry.date}"
        )
    currency = principal.currency if principal is not None else None
    for key, amount in (("conversion-price", price), ("par-value", par)):
        if amount is None or currency is None:
            continue
        if amount.currency != currency:
            reader.error(
                f"{where}: {key} is in {amount.currency} but the principal is in "
                f"{currency}; use the note's currency"
            )
    if price is not None and price.number <= 0:
        reader.error(f"{where}: conversion-price must be above zero, got {price}")
    if par is not None and par.number < 0:
        reader.error(f"{where}: par-value must not be negative, got {par}")
    if (
        price is not None
        and par is not None
        and price.currency == par.currency
        and par.number > price.number
    ):
        reader.error(
            f"{where}: par-value {par} is above the conversion-price {price}; "
            f"shares cannot be issued below par"
        )

    if reader.failed:
        return None
    assert note_id is not None
    assert principal is not None and price is not None and par is not None
    assert day_count is not None and compounding is not None and policy is not None
    proceeds = accounts["proceeds"]
    assert proceeds is not None
    return NoteTerms(
        note_id=note_id,
        issue_date=entry.date,
        holder=holder,
        currency=principal.currency,
        principal=principal.number,
        rate=rate,
        maturity=maturity,
        conversion_price=price.number,
        par_value=par.number,
        day_count=day_count,
        compounding=compounding,
        interest_on_conversion=policy,
        related_party=bool(related),
        share_class=share_class,
        accounts=NoteAccounts(
            proceeds=proceeds,
            principal=_required(accounts["principal"]),
            noncurrent=accounts["noncurrent"],
            interest=_required(accounts["interest"]),
            expense=_required(accounts["expense"]),
            share_capital=_required(accounts["share_capital"]),
            premium=_required(accounts["premium"]),
            cash=accounts["cash"] or proceeds,
        ),
        source=entry.meta,
    )


def _required(value: str | None) -> str:
    assert value is not None
    return value


def _cents(reader: _Reader, what: str, money: Money, allow_zero: bool) -> bool:
    """An amount posted as given must be whole cents and not negative."""
    if money.number < 0 or (money.number == 0 and not allow_zero):
        limit = "not be negative" if allow_zero else "be above zero"
        reader.error(f"{reader.entry.type}: {what} must {limit}, got {money}")
        return False
    if _too_large(money.number):
        reader.error(
            f"{reader.entry.type}: {what} must be below 1,000,000,000,000,000, "
            f"got {money}"
        )
        return False
    if not _is_cents(money.number):
        reader.error(f"{reader.entry.type}: {what} must be in whole cents, got {money}")
        return False
    return True


def _parse_extend(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    values = reader.positional(
        2, f'the note id and the new maturity: {EXTEND} "ID" 2024-12-16'
    )
    reader.check_keys(())
    if values is None:
        return None
    if not isinstance(values[1], datetime.date):
        reader.error(
            f"{EXTEND}: the new maturity must be a date, got {_describe(values[1])}"
        )
        return None
    return Extend(note_id, entry.date, values[1], entry.meta)


def _parse_convert(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    values = reader.positional(
        2, f'the note id and an amount: {CONVERT} "ID" 1200000.00 USD'
    )
    reader.check_keys(())
    if values is None:
        return None
    if not _is_kind(values[1], "amount"):
        reader.error(
            f"{CONVERT}: the amount converted must be an amount such as "
            f"1200000.00 USD, got {_describe(values[1])}"
        )
        return None
    amount = Money(values[1].number, values[1].currency)
    if not _cents(reader, "the amount converted", amount, allow_zero=False):
        return None
    return Convert(note_id, entry.date, amount, entry.meta)


_ADJUSTABLE = ("conversion-price", "par-value", "rate")


def _parse_adjust(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    reader.positional(1, f'only the note id: {ADJUST} "ID", with the new terms as keys')
    reader.check_keys(_ADJUSTABLE)
    price = reader.meta("conversion-price", "amount", required=False)
    par = reader.meta("par-value", "amount", required=False)
    rate = reader.meta("rate", "number", required=False)
    if not any(key in entry.meta for key in _ADJUSTABLE):
        reader.error(f"{ADJUST}: give at least one of {', '.join(_ADJUSTABLE)}")
    if price is not None and price.number <= 0:
        reader.error(f"{ADJUST}: conversion-price must be above zero, got {price}")
    if par is not None and par.number < 0:
        reader.error(f"{ADJUST}: par-value must not be negative, got {par}")
    if rate is not None:
        check_rate(rate, reader.error, ADJUST)
    if reader.failed:
        return None
    return Adjust(note_id, entry.date, price, par, rate, entry.meta)


def _parse_settle(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    values = reader.positional(
        2, f'the note id and "cash", "shares" or "mixed": {SETTLE} "ID" "cash"'
    )
    reader.check_keys(("cash",))
    cash = reader.meta("cash", "amount", required=False)
    if cash is not None:
        _cents(reader, "cash", cash, allow_zero=True)
    if values is None:
        return None
    method = values[1]
    if not isinstance(method, str) or method not in SETTLEMENT_METHODS:
        reader.error(
            f"{SETTLE}: unknown settlement {_describe(method)}; "
            f'use "cash", "shares" or "mixed"'
        )
    elif method == "mixed" and "cash" not in entry.meta:
        reader.error(
            f'{SETTLE}: a "mixed" settlement needs its cash part, '
            f"e.g. cash: 1000000.00 USD"
        )
    elif method != "mixed" and "cash" in entry.meta:
        reader.error(f'{SETTLE}: the key cash: belongs to a "mixed" settlement only')
    if reader.failed:
        return None
    return Settle(note_id, entry.date, method, cash, entry.meta)


_EVENT_PARSERS = {
    EXTEND: _parse_extend,
    CONVERT: _parse_convert,
    ADJUST: _parse_adjust,
    SETTLE: _parse_settle,
}


def parse_event(entry: data.Custom, errors: list[NoteError]) -> Event | None:
    """An event, or None after appending every problem to ``errors``."""
    reader = _Reader(entry, errors)
    parser = _EVENT_PARSERS.get(entry.type)
    if parser is None:
        reader.error(
            f"unknown directive '{entry.type}'; the note directives are "
            f"{DEFINITION}, {', '.join(EVENT_TYPES)}"
        )
        return None
    note_id = entry.values[0].value if entry.values else None
    if not isinstance(note_id, str):
        reader.error(f'{entry.type}: the first value must be the note id, e.g. "ID"')
        return None
    event = parser(reader, note_id)
    return None if reader.failed else event
