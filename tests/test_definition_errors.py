"""Errors in a note definition (contract section 7).

Each problem is one error at the definition's line (``file:line: message``),
never a traceback; the message names the key at fault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from beancount.core import data

from tests.conftest import AENCO_FIELDS
from tests.conftest import NOTE_ID
from tests.conftest import REQUIRED_ACCOUNTS
from tests.conftest import REQUIRED_TERMS
from tests.conftest import assert_located
from tests.conftest import bean_check
from tests.conftest import ledger
from tests.conftest import line_of
from tests.conftest import load
from tests.conftest import note_definition
from tests.conftest import settle

if TYPE_CHECKING:
    from pathlib import Path

DEFINITION = 'custom "convertible-note"'

REQUIRED_KEYS = [*REQUIRED_TERMS, *REQUIRED_ACCOUNTS]

OPTIONAL_KEYS = [
    "day-count",
    "compounding",
    "interest-on-conversion",
    "related-party",
    "share-class",
    "noncurrent-account",
    "cash-account",
]


def overrides(**changes: str | None) -> dict[str, str | None]:
    return changes


#: key -> {test id: value}: a value that is wrong for its key; the one error
#: names the key. Keys in the reference's order, then two unknown keys.
BAD_VALUES: dict[str, dict[str, str]] = {
    "holder": {"holder-as-number": "42"},
    "principal": {
        "principal-without-currency": "3000000.00",
        "principal-zero": "0.00 USD",
        "principal-negative": "-5.00 USD",
    },
    "rate": {"rate-as-string": '"0.07"', "rate-negative": "-0.01"},
    "maturity": {
        "maturity-as-number": "20231216",
        "maturity-as-string": '"2023-12-16"',
        "maturity-on-issue-date": "2022-12-16",
        "maturity-before-issue": "2022-12-01",
    },
    "conversion-price": {
        "conversion-price-as-number": "1.20",
        "conversion-price-in-eur": "1.20 EUR",
    },
    "par-value": {
        "par-value-above-price": "1.50 USD",
        "par-value-negative": "-1.00 USD",
    },
    "day-count": {
        "unknown-day-count": '"30E/360"',
        "day-count-lowercase-word": '"actual"',
    },
    "compounding": {"unknown-compounding": '"weekly"'},
    "interest-on-conversion": {"unknown-interest-on-conversion": '"bonds"'},
    "related-party": {"related-party-as-string": '"yes"'},
    "proceeds-account": {
        "proceeds-account-not-assets-or-liabilities": "Equity:SharePremium"
    },
    "expense-account": {"expense-account-not-expenses": "Assets:Bank:Operating"},
    "maturty": {"unknown-key": "2023-12-16"},
    "dayCount": {"unknown-key-camel": '"ACT/360"'},
}

# (test id, changes to the Aenco definition, text the message must contain)
BAD_DEFINITIONS = [
    *[(f"missing-{key}", {key.replace("-", "_"): None}, key) for key in REQUIRED_KEYS],
    *[
        (name, {key.replace("-", "_"): value}, key)
        for key, cases in BAD_VALUES.items()
        for name, value in cases.items()
    ],
    # A rate of 1 or more is a percentage: the message says to write 0.07.
    ("rate-as-percent", overrides(rate="7"), "0.07"),
    ("rate-one", overrides(rate="1"), "0.07"),
    (
        "conversion-price-zero",
        overrides(conversion_price="0.00 USD", par_value="0.00 USD"),
        "conversion-price",
    ),
]


def test_valid_ledger_has_no_errors() -> None:
    _entries, errors = load(ledger(note_definition()))
    assert errors == []


def test_minimal_definition_has_no_errors() -> None:
    # Only the required keys: every optional key has a default.
    optional = {key.replace("-", "_"): None for key in OPTIONAL_KEYS}
    entries, errors = load(ledger(note_definition(**optional)))
    assert errors == []
    assert any(
        getattr(entry, "meta", {}).get("note-event") == "issue" for entry in entries
    )


def test_required_keys_are_those_of_the_contract() -> None:
    assert sorted(REQUIRED_KEYS + OPTIONAL_KEYS) == sorted(AENCO_FIELDS)


@pytest.mark.parametrize(
    ("changes", "word"),
    [pytest.param(changes, word, id=name) for name, changes, word in BAD_DEFINITIONS],
)
def test_bad_definition_gives_one_error_at_its_line(
    changes: dict[str, str | None], word: str
) -> None:
    text = ledger(note_definition(**changes))
    _entries, errors = load(text)
    assert len(errors) == 1, errors
    assert_located(errors, line_of(text, DEFINITION))
    assert word in errors[0].message


def test_rate_of_one_or_more_says_how_to_write_a_percentage() -> None:
    text = ledger(note_definition(rate="7"))
    _entries, errors = load(text)
    [error] = errors
    assert "rate" in error.message
    assert "0.07" in error.message


def test_misspelt_key_reports_the_typo_and_the_missing_key() -> None:
    # `maturty` instead of `maturity`: two problems, both at the definition.
    text = ledger(note_definition(maturity=None, maturty="2023-12-16"))
    _entries, errors = load(text)
    assert_located(errors, line_of(text, DEFINITION))
    messages = [error.message for error in errors]
    assert any("maturty" in message for message in messages), messages
    assert any(
        "maturity" in message and "maturty" not in message for message in messages
    ), messages


def test_every_problem_of_a_definition_is_reported() -> None:
    text = ledger(note_definition(principal="0.00 USD", rate="7"))
    _entries, errors = load(text)
    assert len(errors) == 2, errors
    assert_located(errors, line_of(text, DEFINITION))
    messages = sorted(error.message for error in errors)
    assert any("principal" in message for message in messages), messages
    assert any("0.07" in message for message in messages), messages


def test_problems_in_two_notes_are_each_reported_at_their_line() -> None:
    text = ledger(
        note_definition(note_id="NOTE-A", rate="-0.01"),
        note_definition(note_id="NOTE-B", day_count='"ACT/366"'),
    )
    _entries, errors = load(text)
    assert len(errors) == 2, errors
    by_line = {error.source["lineno"]: error.message for error in errors}
    assert set(by_line) == {
        line_of(text, DEFINITION, 1),
        line_of(text, DEFINITION, 2),
    }
    assert "rate" in by_line[line_of(text, DEFINITION, 1)]
    assert "day-count" in by_line[line_of(text, DEFINITION, 2)]


def test_duplicate_id_is_reported_at_the_second_definition() -> None:
    text = ledger(
        note_definition(),
        note_definition(date="2023-01-10", principal="500000.00 USD"),
    )
    _entries, errors = load(text)
    assert len(errors) == 1, errors
    assert_located(errors, line_of(text, DEFINITION, 2))
    assert NOTE_ID in errors[0].message


@pytest.mark.parametrize(
    "id_text",
    [
        ' "APM 2022-AENCO"',  # space
        ' "APM:2022"',
        ' "APM#2022"',
        ' "APM^2022"',
        ' "APM,2022"',
        ' ""',  # empty
        " 2022",  # a number, not a string
    ],
)
def test_bad_id_gives_one_error_at_its_line(id_text: str) -> None:
    text = ledger(note_definition(id_text=id_text))
    _entries, errors = load(text)
    assert len(errors) == 1, errors
    assert_located(errors, line_of(text, DEFINITION))


def test_definition_without_id_does_not_crash_the_plugin() -> None:
    # A custom directive with no value at all also trips Beancount's own
    # `pad` plugin (realization.postings_by_account iterates `values`, which
    # is None), so only this plugin's part is checked: it reports the missing
    # id at the definition and raises nothing.
    text = ledger(note_definition(id_text=""))
    _entries, errors = load(text)
    ours = [e for e in errors if "beancount.ops.pad" not in e.message]
    assert len(ours) == 1, ours
    assert_located(ours, line_of(text, DEFINITION))


@pytest.mark.parametrize(
    "note_id", ["APM-2022-AENCO", "a_b.c/d-1", "N1", "2022/AENCO.v2"]
)
def test_legal_ids_are_accepted(note_id: str) -> None:
    entries, errors = load(ledger(note_definition(note_id=note_id)))
    assert errors == []
    [issue] = [
        entry
        for entry in entries
        if isinstance(entry, data.Transaction)
        and entry.meta.get("note-event") == "issue"
    ]
    assert issue.links == frozenset({note_id})
    assert issue.meta["note"] == note_id


# --------------------------------------------------------------------------
# Through bean-check, as a user runs it.

BEAN_CHECK_CASES = {
    "missing-holder": overrides(holder=None),
    "rate-as-percent": overrides(rate="7"),
    "unknown-key": overrides(maturty="2023-12-16"),
    "unknown-day-count": overrides(day_count='"30E/360"'),
    "conversion-price-in-eur": overrides(conversion_price="1.20 EUR"),
}


def assert_bean_check_reports(tmp_path: Path, text: str, lineno: int) -> None:
    """bean-check of ``text`` fails with an error at ``lineno``, no traceback."""
    path = tmp_path / "books.beancount"
    path.write_text(text)
    result = bean_check(path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"{path}:{lineno}:" in output
    assert "Traceback" not in output


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BEAN_CHECK_CASES))
def test_bean_check_reports_file_and_line(tmp_path: Path, name: str) -> None:
    text = ledger(note_definition(**BEAN_CHECK_CASES[name]))
    assert_bean_check_reports(tmp_path, text, line_of(text, DEFINITION))


@pytest.mark.slow
def test_bean_check_reports_a_duplicate_id_at_the_second_definition(
    tmp_path: Path,
) -> None:
    text = ledger(note_definition(), note_definition(date="2023-01-10"))
    assert_bean_check_reports(tmp_path, text, line_of(text, DEFINITION, 2))


@pytest.mark.slow
def test_bean_check_accepts_a_valid_ledger(tmp_path: Path) -> None:
    path = tmp_path / "books.beancount"
    path.write_text(ledger(note_definition(), settle("2023-12-16")))
    result = bean_check(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""
