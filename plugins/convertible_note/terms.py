"""Parse ``convertible-note`` directives into typed, frozen values.

This is the first step of the plugin (parse → schedule → entries). It knows
the ledger's syntax and nothing of interest arithmetic: every problem it finds
becomes a :class:`NoteError` located at the directive, and every problem of a
directive is reported, not just the first.

The language itself (every key, event and error) is described for users in
``plugins/convertible_note/README.md``; :data:`DEFINITION_KEYS` is the one
table of definition keys that the parser, the filing reader, the CLI and that
reference share.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from typing import Final
from typing import Literal
from typing import TypeAlias
from typing import TypeVar
from typing import get_args

from beancount.core import account as account_lib
from beancount.core import account_types
from beancount.core import data
from beancount.core.amount import Amount
from beancount.parser import options

from plugins.convertible_note.daycount import BASES
from plugins.convertible_note.daycount import DayCount
from plugins.convertible_note.errors import NoteError

DEFINITION: Final = "convertible-note"
#: An event's directive is the definition's followed by a verb (see
#: ``is_note_directive``).
EXTEND: Final = f"{DEFINITION}-extend"
CONVERT: Final = f"{DEFINITION}-convert"
ADJUST: Final = f"{DEFINITION}-adjust"
SETTLE: Final = f"{DEFINITION}-settle"
REPAY: Final = f"{DEFINITION}-repay"
EVENT_TYPES = (EXTEND, CONVERT, ADJUST, SETTLE, REPAY)

Compounding = Literal["none", "daily", "monthly", "quarterly", "annually"]
Policy = Literal["shares", "cash", "forfeit"]
SettleMethod = Literal["cash", "shares", "mixed"]
InterestPayment = Literal[
    "maturity", "monthly", "quarterly", "semiannually", "annually"
]
Reference = Literal[
    "lowest",
    "average",
    "average-2-lowest",
    "average-3-lowest",
    "average-4-lowest",
    "average-5-lowest",
]

COMPOUNDING: tuple[Compounding, ...] = get_args(Compounding)
INTEREST_ON_CONVERSION: tuple[Policy, ...] = get_args(Policy)
SETTLEMENT_METHODS: tuple[SettleMethod, ...] = get_args(SettleMethod)
INTEREST_PAYMENTS: tuple[InterestPayment, ...] = get_args(InterestPayment)
REFERENCES: tuple[Reference, ...] = get_args(Reference)
#: How many of the lowest closing prices an "average-N-lowest" reference
#: averages.
LOWEST_AVERAGED: dict[str, int] = {
    word: int(word.split("-")[1]) for word in REFERENCES if word.count("-") == 2
}

#: Months between compounding dates, and between interest payment dates:
#: both fall on the issue date's anniversaries.
COMPOUNDING_MONTHS: dict[str, int] = {"monthly": 1, "quarterly": 3, "annually": 12}
PAYMENT_MONTHS: dict[str, int] = {
    "monthly": 1,
    "quarterly": 3,
    "semiannually": 6,
    "annually": 12,
}

NOTE_ID = re.compile(r"[A-Za-z0-9\-_/.]+")

Meta: TypeAlias = Mapping[str, Any]

#: Keys that Beancount itself puts on every directive.
_SYSTEM_KEYS = frozenset({"filename", "lineno"})

#: The largest amount the plugin books: money stays exact to the cent within
#: Beancount's 28 significant digits even after a century of interest.
MAX_AMOUNT = Decimal("1e15")

Kind = Literal["string", "amount", "number", "integer", "date", "bool", "account"]
Root = Literal["assets", "liabilities", "equity", "income", "expenses"]


@dataclass(frozen=True)
class KeySpec:
    """One key of the ``convertible-note`` definition."""

    name: str
    kind: Kind
    required: bool
    meaning: str
    #: For words: the closed set of values. For accounts: the allowed roots.
    words: tuple[str, ...] = ()
    roots: tuple[Root, ...] = ()


def _account(name: str, required: bool, meaning: str, *roots: Root) -> KeySpec:
    """An account key: its value must sit under one of ``roots``."""
    return KeySpec(name, "account", required, meaning, roots=roots)


def _choice(name: str, meaning: str, words: tuple[str, ...]) -> KeySpec:
    """An optional string key whose value is one of ``words``."""
    return KeySpec(name, "string", False, meaning, words=words)


#: Every key a definition may carry, in the order the reference lists them.
DEFINITION_KEYS: tuple[KeySpec, ...] = (
    KeySpec("holder", "string", True, "the holder's name"),
    KeySpec("principal", "amount", True, "face amount; its currency is the note's"),
    KeySpec("rate", "number", True, "annual coupon rate as a fraction (7 % is 0.07)"),
    KeySpec("maturity", "date", True, "the maturity date, after the issue date"),
    KeySpec(
        "conversion-price",
        "amount",
        False,
        "price per share; required unless the market sets it",
    ),
    KeySpec("par-value", "amount", True, "par value per share"),
    _choice("day-count", "day-count basis", BASES),
    _choice("compounding", "compounding", COMPOUNDING),
    _choice(
        "interest-on-conversion",
        "what happens to interest on converted principal",
        INTEREST_ON_CONVERSION,
    ),
    KeySpec("related-party", "bool", False, "flags a related-party note"),
    KeySpec("share-class", "string", False, "label of the shares issued"),
    _account(
        "proceeds-account",
        True,
        "debited at issue: cash received, or a loan the note settles",
        "assets",
        "liabilities",
    ),
    _account(
        "principal-account",
        True,
        "the (current) liability for principal",
        "liabilities",
    ),
    _account(
        "noncurrent-account",
        False,
        "enables current/non-current classification",
        "liabilities",
    ),
    _account("interest-account", True, "accrued interest payable", "liabilities"),
    _account("expense-account", True, "interest expense", "expenses"),
    _account("share-capital-account", True, "par value of shares issued", "equity"),
    _account(
        "premium-account", True, "share premium / additional paid-in capital", "equity"
    ),
    _account(
        "cash-account", False, "cash paid out (default: proceeds-account)", "assets"
    ),
    KeySpec("purchase-price", "amount", False, "what the holder pays"),
    KeySpec("issue-costs", "amount", False, "transaction costs withheld"),
    _account(
        "discount-account", False, "unamortized discount or premium", "liabilities"
    ),
    _account(
        "extinguishment-account",
        False,
        "gain or loss on repayment or early settlement",
        "expenses",
        "income",
    ),
    _choice("interest-payment", "when coupons are paid in cash", INTEREST_PAYMENTS),
    KeySpec("conversion-discount", "number", False, "fraction off the market price"),
    KeySpec("conversion-lookback", "integer", False, "trading days looked at"),
    _choice("conversion-reference", "which of the prices", REFERENCES),
    KeySpec("conversion-price-floor", "amount", False, "lowest conversion price"),
    KeySpec("share-commodity", "string", False, "commodity of the share prices"),
)

#: Keys that only a market-priced note takes.
MARKET_KEYS = (
    "conversion-lookback",
    "conversion-reference",
    "conversion-price-floor",
    "share-commodity",
)

#: Keys an ``adjust`` event may set.
ADJUSTABLE = (
    "conversion-price",
    "par-value",
    "rate",
    "conversion-discount",
    "conversion-price-floor",
)


def account_roots(options_map: Mapping[str, Any]) -> account_types.AccountTypes:
    """The ledger's five root account names, from Beancount's own options."""
    if "name_assets" not in options_map:
        return account_types.DEFAULT_ACCOUNT_TYPES
    # Beancount's options module is untyped; this returns AccountTypes.
    types: account_types.AccountTypes = options.get_account_types(options_map)  # type: ignore[no-untyped-call]
    return types


def is_note_directive(entry: data.Directive) -> bool:
    """A ``convertible-note`` definition or one of its events."""
    return isinstance(entry, data.Custom) and (
        entry.type == DEFINITION or entry.type.startswith(DEFINITION + "-")
    )


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
    discount: str | None
    extinguishment: str


@dataclass(frozen=True)
class MarketPrice:
    """A conversion price set by the market (``conversion-discount``)."""

    discount: Decimal
    lookback: int
    reference: Reference
    floor: Decimal
    commodity: str


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
    #: None for a market-priced note (``market`` is then set).
    conversion_price: Decimal | None
    par_value: Decimal
    day_count: DayCount
    compounding: Compounding
    interest_on_conversion: Policy
    related_party: bool
    share_class: str | None
    accounts: NoteAccounts
    source: Meta
    purchase_price: Decimal
    issue_costs: Decimal
    interest_payment: InterestPayment
    market: MarketPrice | None

    @property
    def proceeds(self) -> Decimal:
        """What the company receives: purchase price less issue costs."""
        return self.purchase_price - self.issue_costs

    @property
    def discount_at_issue(self) -> Decimal:
        """U at issue: principal - proceeds (negative for a premium)."""
        return self.principal - self.proceeds


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
    conversion_discount: Decimal | None = None
    price_floor: Money | None = None


@dataclass(frozen=True)
class Settle:
    """The company pays everything owed, in cash, shares, or both."""

    note_id: str
    date: datetime.date
    method: SettleMethod
    cash: Money | None
    source: Meta


@dataclass(frozen=True)
class Repay:
    """The company repays ``principal`` for ``price`` in cash."""

    note_id: str
    date: datetime.date
    principal: Money
    price: Money
    source: Meta


Event: TypeAlias = Extend | Convert | Adjust | Settle | Repay

_Word = TypeVar("_Word", bound=str)


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

    def meta(self, key: str, kind: Kind, required: bool) -> Any:
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
        if kind == "integer":
            return int(value)
        return value

    def choice(
        self, key: str, choices: tuple[_Word, ...], default: _Word
    ) -> _Word | None:
        value = self.meta(key, "string", required=False)
        if value is None:
            return None if key in self.entry.meta else default
        if value not in choices:
            self.error(
                f'{self.entry.type}: unknown {key} "{value}"; '
                f"use one of: {', '.join(choices)}"
            )
            return None
        return choices[choices.index(value)]

    def account(self, key: str, roots: tuple[str, ...], required: bool) -> str | None:
        value = self.meta(key, "account", required)
        if value is None:
            return None
        if not _valid_account(value):
            self.error(f"{self.entry.type}: '{key}' is not a valid account: {value}")
            return None
        if account_lib.root(1, value) not in roots:
            self.error(
                f"{self.entry.type}: '{key}' must be an account under "
                f"{' or '.join(roots)}, got {value}"
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

    def event_values(self, usage: str, *keys: str) -> list[Any] | None:
        """The note id and the one value of an event that takes ``keys``."""
        values = self.positional(2, usage)
        self.check_keys(keys)
        return values

    def optional_money(
        self, key: str, minimum: Literal["zero", "positive"]
    ) -> Money | None:
        """The amount under ``key`` if given, checked against ``minimum``."""
        money: Money | None = self.meta(key, "amount", required=False)
        if money is not None:
            self.money(key, money, None, minimum)
        return money

    def money(
        self,
        what: str,
        money: Money | None,
        currency: str | None,
        minimum: Literal["zero", "positive"],
        cents: bool = True,
    ) -> bool:
        """An amount in the note's currency, within the limits; report if not."""
        if money is None:
            return False
        where = self.entry.type
        ok = True
        if currency is not None and money.currency != currency:
            self.error(
                f"{where}: {what} is in {money.currency} but the principal is in "
                f"{currency}; use the note's currency"
            )
            ok = False
        if money.number < 0 or (money.number == 0 and minimum == "positive"):
            limit = "not be negative" if minimum == "zero" else "be above zero"
            self.error(f"{where}: {what} must {limit}, got {money}")
            return False
        if _too_large(money.number):
            self.error(
                f"{where}: {what} must be below 1,000,000,000,000,000 "
                f"(amounts are booked exactly to the cent), got {money}"
            )
            return False
        if cents and not _is_cents(money.number):
            self.error(f"{where}: {what} must be in whole cents, got {money}")
            return False
        return ok


_KIND_NAMES: dict[Kind, str] = {
    "string": "a string in double quotes",
    "amount": "an amount such as 1000.00 USD",
    "number": "a number",
    "integer": "a whole number",
    "date": "a date such as 2023-12-16",
    "bool": "TRUE or FALSE",
    "account": "an account name",
}


def _is_kind(value: Any, kind: Kind) -> bool:
    match kind:
        case "amount":
            return isinstance(value, Amount) and isinstance(value.number, Decimal)
        case "number":
            return isinstance(value, Decimal) and not isinstance(value, bool)
        case "integer":
            return (
                isinstance(value, Decimal)
                and value.is_finite()
                and value == value.to_integral_value()
                and abs(value) < MAX_AMOUNT
            )
        case "date":
            return isinstance(value, datetime.date)
        case "bool":
            return isinstance(value, bool)
        case "string" | "account":
            # Beancount gives both strings and account names as str.
            return isinstance(value, str)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def _is_cents(number: Decimal) -> bool:
    return (
        number == number.quantize(Decimal("0.01"))
        if abs(number) < MAX_AMOUNT
        else False
    )


def _too_large(number: Decimal) -> bool:
    return abs(number) >= MAX_AMOUNT


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


def check_conversion_discount(
    discount: Decimal, report: Callable[[str], None], where: str
) -> bool:
    """0 ≤ conversion-discount < 1 ("61 % of the price" is 0.39)."""
    if 0 <= discount < 1:
        return True
    report(
        f"{where}: conversion-discount must be at least 0 and below 1, got "
        f'{discount}; "61 % of the lowest price" is 0.39'
    )
    return False


_SPEC_BY_NAME = {spec.name: spec for spec in DEFINITION_KEYS}

#: Whether an account name is well formed; notes share their accounts, and
#: Beancount's check compiles a pattern on every call.
_valid_account = functools.lru_cache(maxsize=1024)(account_lib.is_valid)


def _read_accounts(
    reader: _Reader, roots: account_types.AccountTypes
) -> dict[str, str | None]:
    """Every account key of the table, checked against its allowed roots."""
    found: dict[str, str | None] = {}
    for spec in DEFINITION_KEYS:
        if spec.kind == "account":
            names = tuple(getattr(roots, root) for root in spec.roots)
            found[spec.name] = reader.account(spec.name, names, spec.required)
    return found


def _read_note_id(reader: _Reader) -> str | None:
    values = reader.positional(
        1, 'one value, the note id: custom "convertible-note" "ID"'
    )
    if values is None:
        return None
    note_id = values[0]
    if not isinstance(note_id, str) or not NOTE_ID.fullmatch(note_id):
        reader.error(
            f"{DEFINITION}: the note id must be a string of letters, digits "
            f"and -_/. (it is used as the link ^ID), got {_describe(note_id)}"
        )
        return None
    return note_id


@dataclass(frozen=True)
class _Prices:
    """What the holder pays and what the company keeps, as read."""

    purchase_price: Decimal
    issue_costs: Decimal


def _read_prices(
    reader: _Reader, principal: Money | None, discount_account: str | None
) -> _Prices | None:
    """purchase-price and issue-costs, with section 8's limits."""
    currency = principal.currency if principal is not None else None
    purchase = reader.meta("purchase-price", "amount", required=False)
    costs = reader.meta("issue-costs", "amount", required=False)
    ok = True
    if purchase is not None:
        ok &= reader.money("purchase-price", purchase, currency, "positive")
    if costs is not None:
        ok &= reader.money("issue-costs", costs, currency, "zero")
    if principal is None or not ok or reader.failed:
        return None
    price = purchase.number if purchase is not None else principal.number
    cost = costs.number if costs is not None else Decimal(0)
    if cost >= price:
        reader.error(
            f"{DEFINITION}: issue-costs {cost} must be below the purchase-price {price}"
        )
        return None
    if price - cost != principal.number and discount_account is None:
        kind = "discount" if price - cost < principal.number else "premium"
        reader.error(
            f"{DEFINITION}: the note is issued at a {kind} (principal "
            f"{principal.number}, purchase-price {price}, issue-costs {cost}); "
            f"name the discount-account that carries it"
        )
        return None
    return _Prices(price, cost)


def _read_market(reader: _Reader, currency: str | None) -> MarketPrice | None:
    """The market-price keys of section 11 (None for a fixed price)."""
    where = DEFINITION
    entry_meta = reader.entry.meta
    has_price = "conversion-price" in entry_meta
    has_discount = "conversion-discount" in entry_meta
    if has_price == has_discount:
        reader.error(
            f"{where}: give either conversion-price (a fixed price) or "
            f"conversion-discount (a price set by the market), "
            + ("not both" if has_price else "neither is given")
        )
        return None
    if has_price:
        for key in MARKET_KEYS:
            if key in entry_meta:
                reader.error(
                    f"{where}: {key} applies to a price set by the market "
                    f"(conversion-discount) only"
                )
        return None
    discount = reader.meta("conversion-discount", "number", required=False)
    if discount is not None:
        check_conversion_discount(discount, reader.error, where)
    lookback = reader.meta("conversion-lookback", "integer", required=False)
    if "conversion-lookback" not in entry_meta:
        lookback = 1
    reference = reader.choice("conversion-reference", REFERENCES, "lowest")
    floor = reader.meta("conversion-price-floor", "amount", required=False)
    commodity = reader.meta("share-commodity", "string", required=False)
    if "share-commodity" not in entry_meta:
        reader.error(
            f"{where}: a price set by the market needs share-commodity, the "
            f"commodity whose price directives are the share's closing prices"
        )
    if floor is not None:
        reader.money("conversion-price-floor", floor, currency, "zero", cents=False)
    if lookback is not None and lookback < 1:
        reader.error(f"{where}: conversion-lookback must be at least 1, got {lookback}")
    elif (
        lookback is not None
        and reference in LOWEST_AVERAGED
        and lookback < LOWEST_AVERAGED[reference]
    ):
        reader.error(
            f'{where}: conversion-reference "{reference}" needs a '
            f"conversion-lookback of at least {LOWEST_AVERAGED[reference]}, "
            f"got {lookback}"
        )
    if (
        reader.failed
        or discount is None
        or lookback is None
        or reference is None
        or commodity is None
    ):
        return None
    return MarketPrice(
        discount=discount,
        lookback=lookback,
        reference=reference,
        floor=floor.number if floor is not None else Decimal(0),
        commodity=commodity,
    )


def parse_definition(
    entry: data.Custom,
    roots: account_types.AccountTypes,
    errors: list[NoteError],
) -> NoteTerms | None:
    """A note's terms, or None after appending every problem to ``errors``."""
    reader = _Reader(entry, errors)
    note_id = _read_note_id(reader)
    reader.check_keys(spec.name for spec in DEFINITION_KEYS)

    holder = reader.meta("holder", "string", required=True)
    principal = reader.meta("principal", "amount", required=True)
    rate = reader.meta("rate", "number", required=True)
    maturity = reader.meta("maturity", "date", required=True)
    price = reader.meta("conversion-price", "amount", required=False)
    par = reader.meta("par-value", "amount", required=True)
    day_count = reader.choice("day-count", BASES, "ACT/365")
    compounding = reader.choice("compounding", COMPOUNDING, "none")
    policy = reader.choice("interest-on-conversion", INTEREST_ON_CONVERSION, "shares")
    payment = reader.choice("interest-payment", INTEREST_PAYMENTS, "maturity")
    related = reader.meta("related-party", "bool", required=False)
    share_class = reader.meta("share-class", "string", required=False)
    accounts = _read_accounts(reader, roots)

    where = DEFINITION
    currency = principal.currency if principal is not None else None
    if principal is not None:
        reader.money("principal", principal, None, "positive")
    if rate is not None:
        check_rate(rate, reader.error, where)
    if maturity is not None and maturity <= entry.date:
        reader.error(
            f"{where}: maturity {maturity} must be after the issue date {entry.date}"
        )
    if price is not None:
        reader.money("conversion-price", price, currency, "positive", cents=False)
    if par is not None:
        reader.money("par-value", par, currency, "zero", cents=False)
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
    market = _read_market(reader, currency)
    prices = _read_prices(reader, principal, accounts["discount-account"])

    if reader.failed:
        return None
    assert note_id is not None and principal is not None and par is not None
    assert day_count is not None and compounding is not None and policy is not None
    assert payment is not None and prices is not None
    assert price is not None or market is not None
    proceeds = _required(accounts["proceeds-account"])
    expense = _required(accounts["expense-account"])
    return NoteTerms(
        note_id=note_id,
        issue_date=entry.date,
        holder=holder,
        currency=principal.currency,
        principal=principal.number,
        rate=rate,
        maturity=maturity,
        conversion_price=price.number if price is not None else None,
        par_value=par.number,
        day_count=day_count,
        compounding=compounding,
        interest_on_conversion=policy,
        related_party=bool(related),
        share_class=share_class,
        accounts=NoteAccounts(
            proceeds=proceeds,
            principal=_required(accounts["principal-account"]),
            noncurrent=accounts["noncurrent-account"],
            interest=_required(accounts["interest-account"]),
            expense=expense,
            share_capital=_required(accounts["share-capital-account"]),
            premium=_required(accounts["premium-account"]),
            cash=accounts["cash-account"] or proceeds,
            discount=accounts["discount-account"],
            extinguishment=accounts["extinguishment-account"] or expense,
        ),
        source=entry.meta,
        purchase_price=prices.purchase_price,
        issue_costs=prices.issue_costs,
        interest_payment=payment,
        market=market,
    )


def _required(value: str | None) -> str:
    assert value is not None
    return value


def _amount_value(reader: _Reader, value: Any, what: str, example: str) -> Money | None:
    """A positional amount: whole cents, above zero."""
    if not _is_kind(value, "amount"):
        reader.error(
            f"{reader.entry.type}: {what} must be an amount such as {example}, "
            f"got {_describe(value)}"
        )
        return None
    amount = Money(value.number, value.currency)
    if not reader.money(what, amount, None, "positive"):
        return None
    return amount


def _parse_extend(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    values = reader.event_values(
        f'the note id and the new maturity: {EXTEND} "ID" 2024-12-16'
    )
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
    values = reader.event_values(
        f'the note id and an amount: {CONVERT} "ID" 1200000.00 USD'
    )
    if values is None:
        return None
    amount = _amount_value(reader, values[1], "the amount converted", "1200000.00 USD")
    if amount is None:
        return None
    return Convert(note_id, entry.date, amount, entry.meta)


def _parse_repay(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    values = reader.event_values(
        f'the note id and an amount: {REPAY} "ID" 500000.00 USD', "price"
    )
    price = reader.optional_money("price", "positive")
    if values is None:
        return None
    amount = _amount_value(reader, values[1], "the amount repaid", "500000.00 USD")
    if amount is None or reader.failed:
        return None
    return Repay(note_id, entry.date, amount, price or amount, entry.meta)


def _parse_adjust(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    reader.positional(1, f'only the note id: {ADJUST} "ID", with the new terms as keys')
    reader.check_keys(ADJUSTABLE)
    price = reader.meta("conversion-price", "amount", required=False)
    par = reader.meta("par-value", "amount", required=False)
    rate = reader.meta("rate", "number", required=False)
    discount = reader.meta("conversion-discount", "number", required=False)
    floor = reader.meta("conversion-price-floor", "amount", required=False)
    if not any(key in entry.meta for key in ADJUSTABLE):
        reader.error(f"{ADJUST}: give at least one of {', '.join(ADJUSTABLE)}")
    if price is not None:
        reader.money("conversion-price", price, None, "positive", cents=False)
    if par is not None:
        reader.money("par-value", par, None, "zero", cents=False)
    if floor is not None:
        reader.money("conversion-price-floor", floor, None, "zero", cents=False)
    if rate is not None:
        check_rate(rate, reader.error, ADJUST)
    if discount is not None:
        check_conversion_discount(discount, reader.error, ADJUST)
    if reader.failed:
        return None
    return Adjust(
        note_id,
        entry.date,
        price,
        par,
        rate,
        entry.meta,
        conversion_discount=discount,
        price_floor=floor,
    )


def _parse_settle(reader: _Reader, note_id: str) -> Event | None:
    entry = reader.entry
    values = reader.event_values(
        f'the note id and "cash", "shares" or "mixed": {SETTLE} "ID" "cash"', "cash"
    )
    cash = reader.optional_money("cash", "zero")
    if values is None:
        return None
    method = values[1]
    if not isinstance(method, str) or method not in SETTLEMENT_METHODS:
        reader.error(
            f"{SETTLE}: unknown settlement {_describe(method)}; "
            f'use "cash", "shares" or "mixed"'
        )
        return None
    if method == "mixed" and "cash" not in entry.meta:
        reader.error(
            f'{SETTLE}: a "mixed" settlement needs its cash part, '
            f"e.g. cash: 1000000.00 USD"
        )
    elif method != "mixed" and "cash" in entry.meta:
        reader.error(f'{SETTLE}: the key cash: belongs to a "mixed" settlement only')
    if reader.failed:
        return None
    word = SETTLEMENT_METHODS[SETTLEMENT_METHODS.index(method)]
    return Settle(note_id, entry.date, word, cash, entry.meta)


_EVENT_PARSERS: dict[str, Callable[[_Reader, str], Event | None]] = {
    EXTEND: _parse_extend,
    CONVERT: _parse_convert,
    ADJUST: _parse_adjust,
    SETTLE: _parse_settle,
    REPAY: _parse_repay,
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
