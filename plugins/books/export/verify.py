"""The checks an auditor runs first, each PASS or FAIL with its evidence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import ClassVar

from plugins.books.export import reperform
from plugins.books.export.schedules import CONVERSION_FIELDS
from plugins.books.export.schedules import ENTRY
from plugins.books.export.schedules import PIECE
from plugins.books.export.schedules import RECALCULATION_FIELDS
from plugins.books.export.schedules import movements
from plugins.convertible_note.schedule import ACCRUAL
from plugins.convertible_note.schedule import round_cents

if TYPE_CHECKING:
    import datetime
    from collections.abc import Sequence

    from plugins.books.export.ads import LedgerSums
    from plugins.books.export.ads import TrialBalanceLine
    from plugins.convertible_note.schedule import Schedule

ZERO = Decimal(0)
#: How many failing items a check names before it says "and N more".
SHOWN = 10


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    checked: int
    detail: str

    FIELDS: ClassVar[tuple[str, ...]] = ("check", "status", "items_checked", "detail")

    def row(self) -> tuple[object, ...]:
        return (self.name, "PASS" if self.passed else "FAIL", self.checked, self.detail)

    @classmethod
    def of(cls, name: str, problems: list[str], checked: int, ok: str) -> Check:
        """Passed when there are no problems; the detail lists them, or says
        ``ok``."""
        return cls(name, not problems, checked, _summary(problems, ok))


def _summary(problems: list[str], ok: str) -> str:
    if not problems:
        return ok
    shown = "; ".join(problems[:SHOWN])
    more = f"; and {len(problems) - SHOWN} more" if len(problems) > SHOWN else ""
    return shown + more


def journals_balance(sums: LedgerSums) -> Check:
    return Check.of(
        "Each journal balances",
        [f"{journal} does not balance" for journal in sums.unbalanced],
        sums.journals,
        f"{sums.journals} journals, {sums.lines} lines, each sums to zero",
    )


def activity_matches(sums: LedgerSums, lines: Sequence[TrialBalanceLine]) -> Check:
    problems = []
    for line in lines:
        activity = sums.activity.get((line.name, line.currency), ZERO)
        movement = line.ending - line.beginning
        if activity != movement:
            problems.append(
                f"{line.name} {line.currency}: GL activity {activity} != "
                f"ending - beginning {movement}"
            )
    return Check.of(
        "GL activity per account equals Trial Balance ending - beginning",
        problems,
        len(lines),
        f"{len(lines)} accounts tie",
    )


def trial_balance_zero(lines: Sequence[TrialBalanceLine]) -> Check:
    beginning: dict[str, Decimal] = defaultdict(Decimal)
    ending: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        beginning[line.currency] += line.beginning
        ending[line.currency] += line.ending
    problems = [
        f"{currency}: beginning sums to {beginning[currency]}, "
        f"ending to {ending[currency]}"
        for currency in sorted(beginning)
        if beginning[currency] != 0 or ending[currency] != 0
    ]
    return Check.of(
        "Trial Balance sums to zero",
        problems,
        len(beginning),
        "beginning and ending balances sum to zero in every currency",
    )


def rollforward_ties(
    schedules: Sequence[Schedule],
    lines: Sequence[TrialBalanceLine],
    start: datetime.date,
    end: datetime.date,
) -> Check:
    """Each note's roll-forward adds up, and the notes' closing balances equal
    the Trial Balance of their accounts (credit balances, so negated)."""
    expected: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    problems = []
    for schedule in schedules:
        terms, accounts = schedule.terms, schedule.terms.accounts
        moved = movements(schedule, start, end)
        principal = (
            moved.opening_principal
            + moved.principal_issued
            - moved.principal_converted
            - moved.principal_settled
            - moved.principal_repaid
        )
        interest = (
            moved.opening_interest
            + moved.interest_accrued
            - moved.interest_converted
            - moved.interest_settled
            - moved.interest_paid
        )
        discount = (
            moved.opening_discount
            + moved.discount_issued
            - moved.discount_amortized
            - moved.discount_to_equity
            - moved.discount_extinguished
        )
        if principal != moved.closing_principal:
            problems.append(
                f"{terms.note_id}: principal rolls forward to {principal}, "
                f"closing is {moved.closing_principal}"
            )
        if interest != moved.closing_interest:
            problems.append(
                f"{terms.note_id}: interest rolls forward to {interest}, "
                f"closing is {moved.closing_interest}"
            )
        if discount != moved.closing_discount:
            problems.append(
                f"{terms.note_id}: discount rolls forward to {discount}, "
                f"closing is {moved.closing_discount}"
            )
        currency = terms.currency
        if accounts.discount is not None:
            # A debit balance (a premium: credit), so not negated below.
            expected[(accounts.discount, currency)] -= moved.closing_discount
        expected[(accounts.principal, currency)] += moved.closing_current
        if accounts.noncurrent is not None:
            expected[(accounts.noncurrent, currency)] += moved.closing_noncurrent
        expected[(accounts.interest, currency)] += moved.closing_interest
    balances = {(line.name, line.currency): line.ending for line in lines}
    for (account, currency), amount in sorted(expected.items()):
        booked = -balances.get((account, currency), ZERO)
        if booked != amount:
            problems.append(
                f"{account}: roll-forward closing {amount} {currency}, "
                f"Trial Balance {booked} {currency}"
            )
    return Check.of(
        "Debt roll-forward ties to the Trial Balance",
        problems,
        len(schedules),
        f"{len(schedules)} notes, {len(expected)} accounts tie",
    )


def recalculation_reproduces(
    sums: LedgerSums,
    schedules: Sequence[Schedule],
    start: datetime.date,
    end: datetime.date,
) -> Check:
    """Each posted accrual = round_half_up(exact unpaid interest) - what was
    posted before, each amortization = the discount posted before -
    round_half_up(U), and the ledger's accrual entries (their expense) are
    exactly those."""
    expected: dict[tuple[str, datetime.date, str], Decimal] = defaultdict(Decimal)
    problems = []
    count = 0
    for schedule in schedules:
        for row in schedule.rows:
            if row.kind != ACCRUAL or not start <= row.date <= end:
                continue
            count += 1
            before = row.accrued_posted - row.amount
            recomputed = round_cents(row.accrued_exact) - before
            if recomputed != row.amount:
                problems.append(
                    f"{schedule.terms.note_id} {row.date}: recomputed {recomputed}, "
                    f"schedule {row.amount}"
                )
            amortized = (
                row.discount_posted + row.amortization - round_cents(row.discount)
            )
            if amortized != row.amortization:
                problems.append(
                    f"{schedule.terms.note_id} {row.date}: amortization "
                    f"recomputed {amortized}, schedule {row.amortization}"
                )
            accounts = schedule.terms.accounts
            note_id = schedule.terms.note_id
            expected[(note_id, row.date, accounts.expense)] += row.expense
            expected[(note_id, row.date, accounts.interest)] -= row.amount
            if accounts.discount is not None:
                expected[(note_id, row.date, accounts.discount)] -= row.amortization
    for key in sorted(set(expected) | set(sums.accruals)):
        booked = sums.accruals.get(key, ZERO)
        if booked != expected.get(key, ZERO):
            problems.append(
                f"{key[0]} {key[1]} {key[2]}: ledger accrual {booked}, "
                f"recalculated {expected.get(key, ZERO)}"
            )
    return Check.of(
        "Interest recalculation reproduces every posted accrual",
        problems,
        count,
        f"{count} accrual entries reproduced to the cent",
    )


def conversions_add_up(rows: Sequence[tuple[object, ...]]) -> Check:
    """Every Conversions.csv row: principal + interest = discount_released +
    share_capital + premium + cash_paid, and it names its GL journal."""
    problems = []
    for row in rows:
        values = dict(zip(CONVERSION_FIELDS, row, strict=True))
        money = {
            name: value for name, value in values.items() if isinstance(value, Decimal)
        }
        debit = money["principal"] + money["interest"]
        credit = (
            money["discount_released"]
            + money["share_capital"]
            + money["premium"]
            + money["cash_paid"]
        )
        if debit != credit:
            problems.append(
                f"{values['note']} {values['date']}: principal + interest "
                f"{debit}, credited {credit}"
            )
        if not values["journal_id"]:
            problems.append(
                f"{values['note']} {values['date']}: no GL journal posts this "
                f"{values['event']}"
            )
    return Check.of(
        "Conversions add up and each names the journal that posts it",
        problems,
        len(rows),
        f"{len(rows)} conversions and share settlements",
    )


def cross_references_resolve(rows: Sequence[tuple[object, ...]]) -> Check:
    """Every entry row of Interest_Recalculation.csv names the journal that
    posts exactly its amounts."""
    entries = [
        dict(zip(RECALCULATION_FIELDS, row, strict=True))
        for row in rows
        if row[1] == ENTRY
    ]
    missing = [
        f"{row['note']} {row['entry_date']}: no GL journal posts this accrual"
        for row in entries
        if not row["journal_id"]
    ]
    return Check.of(
        "Each recalculated accrual names the journal that posts it",
        missing,
        len(entries),
        f"{len(entries)} accruals matched to their journals",
    )


def recalculation_reperforms(rows: Sequence[tuple[object, ...]]) -> Check:
    """Re-perform Interest_Recalculation.csv from its own columns, with this
    module's own day counts (:mod:`reperform`): every piece's fraction,
    growth and interest, its effective interest and amortization, every
    entry's rounding, and that the pieces between two entries add up to the
    change in cumulative interest."""
    problems = reperform.problems(
        [dict(zip(RECALCULATION_FIELDS, row, strict=True)) for row in rows]
    )
    pieces = sum(1 for row in rows if row[1] == PIECE)
    return Check.of(
        "Interest re-performed piece by piece from the recalculation's columns",
        problems,
        len(rows),
        f"{pieces} pieces and {len(rows) - pieces} entries",
    )


def run_checks(
    sums: LedgerSums,
    lines: Sequence[TrialBalanceLine],
    schedules: Sequence[Schedule],
    start: datetime.date,
    end: datetime.date,
    recalculation: Sequence[tuple[object, ...]] = (),
    conversions: Sequence[tuple[object, ...]] = (),
) -> list[Check]:
    return [
        journals_balance(sums),
        activity_matches(sums, lines),
        trial_balance_zero(lines),
        rollforward_ties(schedules, lines, start, end),
        recalculation_reproduces(sums, schedules, start, end),
        cross_references_resolve(recalculation),
        recalculation_reperforms(recalculation),
        conversions_add_up(conversions),
    ]
