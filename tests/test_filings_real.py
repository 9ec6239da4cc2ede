"""The filing reader on real filings, against hand-read truth files.

``tests/data/filings/real/`` holds passages of real filings (8-K items,
note exhibits, notes to 10-Q/10-K/20-F statements), each with the terms a
person read in it (``NAME.truth.json``, with the source address; see
``SOURCES.md``). The reader must never give a value that differs from the
truth (wrong) or one the passage does not state (invented); each stated term
it does not yet read is listed below and expected to stay missing (a strict
xfail: reading it turns the test red until the list is updated).
``python -m tests.filings_score`` prints the same comparison as a table.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.filings_score import REAL
from tests.filings_score import passages
from tests.filings_score import score_folder
from tests.filings_score import score_passage
from tests.filings_score import truth_of

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = passages()

#: Stated terms the reader leaves as a TODO today (never a wrong value).
KNOWN_MISSING: dict[str, tuple[str, ...]] = {
    "10q-akoustis-2018-6.5pct-notes": ("interest-payment",),
    "10q-cik1416090-2023-1800-diagonal-three-lowest": ("purchase-price",),
    "10q-cik811212-2019-24pct-quarterly-floor": (
        "conversion-price",
        "conversion-discount",
        "conversion-price-floor",
    ),
    "10q-cik855683-2025-director-notes-annual-interest": (
        "rate",
        "related-party",
    ),
    "10q-renovacare-2022-kalen-related-party": ("holder",),
    "10q-tlss-2017-reddiamond-tranches": (
        "purchase-price",
        "rate",
        "maturity",
    ),
    "1a-pf-management-2019-davos-note": ("date",),
    "8k-cardio-diagnostics-2023-yorkville-debenture": ("purchase-price",),
    "8k-nightfood-2023-mast-hill-issuance-date": ("maturity",),
    "annual-cik1098880-2017-cad-debentures": ("share-class",),
    "annual-cik1517492-2013-rmb-zero-interest-note": ("principal",),
    "annual-cik1668438-2020-hkd-note-usd-price": ("maturity",),
    "annual-cik1736541-2017-usd-note-90-days": ("share-class",),
    "annual-cik1769731-2019-usd-bond-interest-at-maturity": ("rate",),
    "annual-cik1771885-2024-cad-debenture-units-monthly-rate": (
        "interest-payment",
        "share-class",
    ),
    "ex10-outlook-therapeutics-2022-streeterville": ("issue-costs",),
    "interim-cik1588084-2023-streeterville-floor": (
        "conversion-discount",
        "conversion-price-floor",
    ),
    "interim-cik1867102-2021-gbp-zero-interest-notes": ("rate",),
    "xbrl-arch-therapeutics-2015-8pct-notes": (
        "principal",
        "interest-payment",
    ),
}


def verdict_cases() -> list[tuple[str, str]]:
    return [
        (name, key)
        for name, _text, truth in PASSAGES
        for key in sorted(truth_of(truth))
    ]


@pytest.mark.parametrize(("name", "key"), verdict_cases())
def test_each_stated_term_is_read_right(name: str, key: str) -> None:
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    score = score_passage(text, truth_of(REAL / f"{name}.truth.json"), name)
    verdict = score.verdicts[key]
    assert verdict != "wrong", (key, score.got[key], score.expected[key])
    if key in KNOWN_MISSING.get(name, ()):
        pytest.xfail(f"not read yet: {key} {score.expected[key]!r}")
    assert verdict == "right", (key, score.got[key], score.expected[key])


@pytest.mark.parametrize("name", [name for name, _, _ in PASSAGES])
def test_nothing_is_invented(name: str) -> None:
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    score = score_passage(text, truth_of(REAL / f"{name}.truth.json"), name)
    invented = {k: score.got[k] for k, v in score.verdicts.items() if v == "invented"}
    assert invented == {}


def test_the_known_misses_are_still_misses() -> None:
    # A miss that is now read must leave the list (so the list never hides
    # a regression behind an outdated entry).
    scores = {score.name: score for score in score_folder()}
    stale = {
        (name, key)
        for name, keys in KNOWN_MISSING.items()
        for key in keys
        if scores[name].verdicts.get(key) != "missing"
    }
    assert stale == set()


def test_the_corpus_is_real_and_varied() -> None:
    assert len(PASSAGES) >= 25
    for name, text, truth in PASSAGES:
        record = json.loads(truth.read_text(encoding="utf-8"))
        assert record["source"].startswith("https://"), name
        assert text.read_text(encoding="utf-8").strip(), name
        assert record["terms"], name
    currencies = {
        truth_of(truth)["principal"].split()[1]
        for _, _, truth in PASSAGES
        if "principal" in truth_of(truth)
    }
    assert {"USD", "CAD", "CNY"} <= currencies
    keys = {key for _, _, truth in PASSAGES for key in truth_of(truth)}
    assert {
        "purchase-price", "issue-costs", "interest-payment", "conversion-discount",
        "conversion-lookback", "conversion-reference", "conversion-price-floor",
    } <= keys  # fmt: skip


def test_the_scoring_command_prints_the_table() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tests.filings_score"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    header, *_ = run.stdout.splitlines()
    assert header.split() == ["key", "right", "wrong", "missing", "invented"]
    summary = next(line for line in run.stdout.splitlines() if "stated terms" in line)
    assert ", 0 wrong, 0 invented" in summary, summary
