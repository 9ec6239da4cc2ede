"""Every deal-terms error is a located Beancount error: one per problem, at
the directive at fault, with a message that says what to write instead; and
bean-check -C prints it as file:line with exit status 1, never a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import assert_located
from tests.conftest import bean_check
from tests.conftest import line_of
from tests.conftest import load
from tests.deal_terms import deal_ledger
from tests.deal_terms import deal_note

if TYPE_CHECKING:
    from pathlib import Path

MARKET = {
    "conversion_price": None,
    "conversion_discount": "0.39",
    "share_commodity": '"SHR"',
    "discount_account": None,
}

#: name -> (definition keys, message)
DEFINITION_CASES: dict[str, tuple[dict[str, str | None], str]] = {
    "purchase-price-zero": (
        {"purchase_price": "0.00 USD"},
        "purchase-price must be above zero",
    ),
    "purchase-price-negative": (
        {"purchase_price": "-5.00 USD"},
        "purchase-price must be above zero",
    ),
    "purchase-price-other-currency": (
        {"purchase_price": "950000.00 EUR"},
        "purchase-price is in EUR but the principal is in USD",
    ),
    "issue-costs-negative": (
        {"issue_costs": "-1.00 USD"},
        "issue-costs must not be negative",
    ),
    "issue-costs-not-below-price": (
        {"purchase_price": "900000.00 USD", "issue_costs": "900000.00 USD"},
        "issue-costs 900000.00 must be below the purchase-price 900000.00",
    ),
    "discount-without-account": (
        {"purchase_price": "950000.00 USD", "discount_account": None},
        "issued at a discount",
    ),
    "premium-without-account": (
        {"purchase_price": "1050000.00 USD", "discount_account": None},
        "issued at a premium",
    ),
    "costs-without-account": (
        {"issue_costs": "1000.00 USD", "discount_account": None},
        "name the discount-account",
    ),
    "interest-payment-word": (
        {"interest_payment": '"weekly"'},
        'unknown interest-payment "weekly"; use one of: maturity, monthly',
    ),
    "extinguishment-under-assets": (
        {"extinguishment_account": "Assets:Bank"},
        "'extinguishment-account' must be an account under Expenses or Income",
    ),
    "price-and-discount": (
        {"conversion_discount": "0.2", "share_commodity": '"SHR"'},
        "not both",
    ),
    "neither-price-nor-discount": (
        {"conversion_price": None},
        "neither is given",
    ),
    "lookback-with-fixed-price": (
        {"conversion_lookback": "5"},
        "conversion-lookback applies to a price set by the market",
    ),
}
#: name -> (keys changed in a market-priced note, message)
MARKET_CASES: dict[str, tuple[dict[str, str | None], str]] = {
    "conversion-discount-one": (
        {"conversion_discount": "1"},
        "conversion-discount must be at least 0 and below 1, got 1",
    ),
    "conversion-discount-negative": (
        {"conversion_discount": "-0.1"},
        "conversion-discount must be at least 0 and below 1",
    ),
    "lookback-zero": (
        {"conversion_lookback": "0"},
        "conversion-lookback must be at least 1, got 0",
    ),
    "lookback-fraction": (
        {"conversion_lookback": "2.5"},
        "'conversion-lookback' must be a whole number, got 2.5",
    ),
    "average-2-lowest-of-one": (
        {"conversion_reference": '"average-2-lowest"'},
        'conversion-reference "average-2-lowest" needs a conversion-lookback of '
        "at least 2, got 1",
    ),
    "average-5-lowest-of-four": (
        {"conversion_reference": '"average-5-lowest"', "conversion_lookback": "4"},
        'conversion-reference "average-5-lowest" needs a conversion-lookback of '
        "at least 5, got 4",
    ),
    "average-6-lowest": (
        {"conversion_reference": '"average-6-lowest"', "conversion_lookback": "10"},
        'unknown conversion-reference "average-6-lowest"',
    ),
    "reference-word": (
        {"conversion_reference": '"median"'},
        'unknown conversion-reference "median"',
    ),
    "market-without-commodity": (
        {"share_commodity": None},
        "a price set by the market needs share-commodity",
    ),
    "floor-other-currency": (
        {"conversion_price_floor": "0.10 EUR"},
        "conversion-price-floor is in EUR but the principal is in USD",
    ),
}
DEFINITION_CASES.update(
    (name, ({**MARKET, **changes}, message))
    for name, (changes, message) in MARKET_CASES.items()
)


@pytest.mark.parametrize("name", sorted(DEFINITION_CASES))
def test_bad_deal_definition_is_one_located_error(name: str) -> None:
    changes, message = DEFINITION_CASES[name]
    text = deal_ledger(deal_note(**changes))
    entries, errors = load(text)
    assert len(errors) == 1, errors
    assert message in errors[0].message, errors[0].message
    assert_located(errors, line_of(text, 'custom "convertible-note" "N"'))
    # The note is not booked in part: no entry is generated for it.
    assert not [entry for entry in entries if "note-event" in entry.meta]


PRICES = "2024-01-01 commodity SHR\n2024-02-01 price SHR 0.50 USD\n"

#: name -> (definition keys, event text, message)
EVENT_CASES: dict[str, tuple[dict[str, str | None], str, str]] = {
    "repay-above-outstanding": (
        {},
        '2024-03-01 custom "convertible-note-repay" "N" 1000000.01 USD\n',
        "cannot repay 1000000.01 USD, only 1000000.00 USD is outstanding",
    ),
    "repay-price-zero": (
        {},
        '2024-03-01 custom "convertible-note-repay" "N" 100.00 USD\n'
        "  price: 0.00 USD\n",
        "price must be above zero",
    ),
    "repay-price-negative": (
        {},
        '2024-03-01 custom "convertible-note-repay" "N" 100.00 USD\n'
        "  price: -1.00 USD\n",
        "price must be above zero",
    ),
    "repay-unknown-key": (
        {},
        '2024-03-01 custom "convertible-note-repay" "N" 100.00 USD\n'
        "  prise: 100.00 USD\n",
        "unknown key 'prise' (did you mean 'price'?)",
    ),
    "repay-other-currency": (
        {},
        '2024-03-01 custom "convertible-note-repay" "N" 100.00 EUR\n',
        "the amount repaid is in EUR but the note is in USD",
    ),
    "repay-after-close": (
        {},
        '2024-02-01 custom "convertible-note-repay" "N" 1000000.00 USD\n'
        '2024-03-01 custom "convertible-note-repay" "N" 1.00 USD\n',
        "comes after the note closed on 2024-02-01",
    ),
    "market-conversion-without-enough-prices": (
        {**MARKET, "conversion_lookback": "3"},
        '2024-03-01 custom "convertible-note-convert" "N" 100.00 USD\n',
        "needs 3 closing prices of SHR in USD dated before it; found 1",
    ),
    "market-settlement-without-prices": (
        MARKET,
        '2024-01-15 custom "convertible-note-settle" "N" "shares"\n',
        "needs 1 closing prices of SHR in USD dated before it; found 0",
    ),
    "market-adjust-on-fixed-note": (
        {},
        '2024-03-01 custom "convertible-note-adjust" "N"\n  conversion-discount: 0.2\n',
        "this note has a fixed conversion-price",
    ),
    "fixed-adjust-on-market-note": (
        MARKET,
        '2024-03-01 custom "convertible-note-adjust" "N"\n'
        "  conversion-price: 1.00 USD\n",
        "adjust conversion-discount or conversion-price-floor instead",
    ),
    "adjust-conversion-discount-one": (
        MARKET,
        '2024-03-01 custom "convertible-note-adjust" "N"\n  conversion-discount: 1.5\n',
        "conversion-discount must be at least 0 and below 1",
    ),
}


@pytest.mark.parametrize("name", sorted(EVENT_CASES))
def test_bad_deal_event_is_one_located_error(name: str) -> None:
    changes, event, message = EVENT_CASES[name]
    text = deal_ledger(PRICES, deal_note(**changes), event, through="2024-03-31")
    _entries, errors = load(text)
    assert len(errors) == 1, errors
    assert message in errors[0].message, errors[0].message
    last_event = event.rstrip("\n").split("\n")
    last = next(line for line in reversed(last_event) if "custom" in line)
    assert_located(errors, line_of(text, last))


@pytest.mark.slow
def test_bean_check_locates_every_deal_error(tmp_path: Path) -> None:
    """One ledger with every bad definition and event, each its own note:
    bean-check names each one's file and line and exits 1."""
    parts = [PRICES]
    expected: list[tuple[str, str]] = []
    for index, name in enumerate(sorted(DEFINITION_CASES)):
        changes, message = DEFINITION_CASES[name]
        parts.append(deal_note(note_id=f"D{index}", **changes))
        expected.append((f'"convertible-note" "D{index}"', message))
    for index, name in enumerate(sorted(EVENT_CASES)):
        changes, event, message = EVENT_CASES[name]
        note_id = f"E{index}"
        parts.append(deal_note(note_id=note_id, **changes))
        event = event.replace('"N"', f'"{note_id}"')
        parts.append(event)
        last = next(
            line
            for line in reversed(event.rstrip("\n").split("\n"))
            if "custom" in line
        )
        expected.append((last, message))
    text = deal_ledger(*parts, through="2024-03-31")
    path = tmp_path / "deals.beancount"
    path.write_text(text, encoding="utf-8")
    result = bean_check(path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for needle, message in expected:
        located = [
            line
            for line in output.splitlines()
            if line.startswith(f"{path}:{line_of(text, needle)}:")
        ]
        assert any(message in line for line in located), (needle, message, output)
