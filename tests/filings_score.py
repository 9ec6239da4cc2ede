"""Score the filing reader against hand-read truth files.

``python -m tests.filings_score [FOLDER]`` reads every ``NAME.txt`` with a
``NAME.truth.json`` beside it (default: ``tests/data/filings/real``), drafts
the note, and prints for each key of the language how many stated terms the
draft got right, wrong or missing, and how many values it gave that the
filing does not state (invented). Exit status 1 when anything is wrong or
invented.

A truth file holds the terms a person read in the passage, as ledger text
(``"principal": "6400000.00 USD"``, ``"rate": "0.12"``), with the passage's
source address.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from decimal import InvalidOperation
from pathlib import Path
from typing import Literal

from importers.filing import FIELDS
from importers.filing import draft_note

REAL = Path(__file__).resolve().parent / "data" / "filings" / "real"

Verdict = Literal["right", "wrong", "missing", "invented"]


def canonical(key: str, text: str) -> str:
    """A value as compared: numbers as numbers, quotes and case dropped, a
    holder's closing full stop, opening "The" and title ("Mr.") dropped, the
    words "shares", "stock(s)", "restricted" and "fully paid" dropped from a
    share class, and "American Depositary Shares" and "Global Depositary
    Receipts" read as the "ADSs" and "GDRs" they abbreviate."""
    text = text.strip().strip('"').strip()
    parts = text.split()
    try:
        if len(parts) == 2 and re.fullmatch(r"[A-Z]{3}", parts[1]):
            return f"{Decimal(parts[0]).normalize()} {parts[1]}"
        if len(parts) == 1 and re.fullmatch(r"-?[\d.]+", parts[0]):
            return str(Decimal(parts[0]).normalize())
    except InvalidOperation:
        pass
    lowered = text.lower()
    if key == "holder":
        # a full stop after a name ("3BRT Investments, LP.") names no other
        # party
        lowered = lowered.removesuffix(".")
        # nor does the article before it ("The Travelers Insurance Company"),
        # nor a person's title ("Mr. Yat-Gai Au")
        lowered = lowered.removeprefix("the ")
        lowered = re.sub(r"^(?:mr|mrs|ms|dr)\.?\s+", "", lowered)
    if key == "share-class":
        # "restricted" is a resale legend, "fully paid" a payment's state and
        # "new" shares ones issued for the conversion, not classes of their
        # own; "Company Common Stock" is the issuer's common stock
        # ("H-shares" is "H shares" hyphenated)
        lowered = re.sub(r"-(?=shares?\b)", " ", lowered)
        lowered = re.sub(
            r"\b(?:shares?|stocks?|restricted|fully[- ]paid|new)\b"
            r"|^(?:the\s+)?company(?:['\u2019]s)?\s+",
            "",
            lowered,
        )
        # "ADSs" abbreviates "American Depositary Shares" (also spelt
        # "Depository"), "ADRs" "American Depositary Receipts", "GDRs"
        # "Global Depositary Receipts"
        lowered = re.sub(
            r"\bamerican deposit[ao]ry receipts?\b|\badrs?\b", "adr", lowered
        )
        lowered = re.sub(r"\bamerican deposit[ao]ry\b|\badss?\b", "ads", lowered)
        lowered = re.sub(r"\bglobal depositary receipts?\b|\bgdrs?\b", "gdr", lowered)
    return " ".join(lowered.split())


@dataclass
class Score:
    """Verdicts of one passage, key by key."""

    name: str
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    got: dict[str, str | None] = field(default_factory=dict)
    expected: dict[str, str] = field(default_factory=dict)


def truth_of(path: Path) -> dict[str, str]:
    terms: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["terms"]
    return {key: str(value) for key, value in terms.items()}


def stated(truth: dict[str, str]) -> dict[str, str]:
    """The terms a truth states: not a share class written only as "shares",
    which names no class (nothing is left once the word "shares" is
    dropped), as a draft names none for it."""
    return {key: value for key, value in truth.items() if canonical(key, value)}


def score_passage(text: str, truth: dict[str, str], name: str = "") -> Score:
    """The verdict of each key read from ``text`` against the terms
    ``truth`` states (see :func:`stated`)."""
    draft = draft_note(text)
    score = Score(name)
    terms = stated(truth)
    for key in FIELDS:
        got = draft.fields[key].value
        expected = terms.get(key)
        score.got[key] = got
        if expected is not None:
            score.expected[key] = expected
            if got is None:
                score.verdicts[key] = "missing"
            elif canonical(key, got) == canonical(key, expected):
                score.verdicts[key] = "right"
            else:
                score.verdicts[key] = "wrong"
        elif got is not None:
            score.verdicts[key] = "invented"
    return score


def passages(folder: Path = REAL) -> list[tuple[str, Path, Path]]:
    return [
        (truth.name.removesuffix(".truth.json"), text, truth)
        for truth in sorted(folder.glob("*.truth.json"))
        if (
            text := truth.with_name(truth.name.removesuffix(".truth.json") + ".txt")
        ).exists()
    ]


def score_folder(folder: Path = REAL) -> list[Score]:
    return [
        score_passage(text.read_text(encoding="utf-8"), truth_of(truth), name)
        for name, text, truth in passages(folder)
    ]


def report(scores: list[Score]) -> tuple[str, bool]:
    """The table, and whether nothing is wrong or invented."""
    kinds: tuple[Verdict, ...] = ("right", "wrong", "missing", "invented")
    totals = dict.fromkeys(kinds, 0)
    lines = [f"{'key':<24}{'right':>7}{'wrong':>7}{'missing':>9}{'invented':>10}"]
    for key in FIELDS:
        counts = dict.fromkeys(kinds, 0)
        for score in scores:
            verdict = score.verdicts.get(key)
            if verdict is not None:
                counts[verdict] += 1
        if any(counts.values()):
            for kind in kinds:
                totals[kind] += counts[kind]
            lines.append(
                f"{key:<24}{counts['right']:>7}{counts['wrong']:>7}"
                f"{counts['missing']:>9}{counts['invented']:>10}"
            )
    stated = totals["right"] + totals["wrong"] + totals["missing"]
    share = totals["right"] / stated if stated else 0.0
    lines.append(
        f"{'all':<24}{totals['right']:>7}{totals['wrong']:>7}"
        f"{totals['missing']:>9}{totals['invented']:>10}"
    )
    lines.append(
        f"{len(scores)} passages, {stated} stated terms: {share:.1%} right, "
        f"{totals['wrong']} wrong, {totals['invented']} invented"
    )
    for score in scores:
        for key, verdict in score.verdicts.items():
            if verdict != "right":
                lines.append(
                    f"  {score.name}: {key} {verdict}: got {score.got.get(key)!r},"
                    f" truth {score.expected.get(key)!r}"
                )
    return "\n".join(lines), totals["wrong"] == 0 and totals["invented"] == 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else REAL
    text, clean = report(score_folder(folder))
    print(text)
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
