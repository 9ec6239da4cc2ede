"""The plugin merges its entries into the ledger's as a full sort would."""

from __future__ import annotations

import datetime
import itertools

from beancount.core import data
from hypothesis import assume
from hypothesis import given
from hypothesis import strategies as st

from plugins.convertible_note import merge_entries

DAY = st.dates(datetime.date(2023, 1, 1), datetime.date(2023, 1, 10))


def _entry(kind: str, date: datetime.date, lineno: int) -> data.Directive:
    meta = data.new_metadata("<test>", lineno)
    if kind == "open":
        return data.Open(meta, date, f"Assets:A{lineno}", None, None)
    if kind == "balance":
        return data.Balance(meta, date, "Assets:A", None, None, None)
    return data.Transaction(meta, date, "*", None, "", frozenset(), frozenset(), [])


ENTRY = st.builds(
    _entry,
    st.sampled_from(["open", "balance", "txn"]),
    DAY,
    st.integers(min_value=1, max_value=30),
)


@given(st.lists(ENTRY, max_size=30), st.lists(ENTRY, max_size=30))
def test_merge_equals_a_stable_sort(
    ledger: list[data.Directive], generated: list[data.Directive]
) -> None:
    entries = sorted(ledger, key=data.entry_sortkey)
    expected = sorted([*entries, *generated], key=data.entry_sortkey)
    merged = merge_entries(entries, generated)
    assert [id(entry) for entry in merged] == [id(entry) for entry in expected]


@given(st.lists(ENTRY, min_size=2, max_size=30), st.lists(ENTRY, max_size=5))
def test_unsorted_input_falls_back_to_a_full_sort(
    ledger: list[data.Directive], generated: list[data.Directive]
) -> None:
    # Entries out of date order (the loader never hands these over, but a
    # plugin before this one might): the merge sorts everything.
    assume(any(a.date > b.date for a, b in itertools.pairwise(ledger)))
    expected = sorted([*ledger, *generated], key=data.entry_sortkey)
    merged = merge_entries(ledger, generated)
    assert [data.entry_sortkey(entry) for entry in merged] == [
        data.entry_sortkey(entry) for entry in expected
    ]
