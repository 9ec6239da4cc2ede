"""The chart of accounts of the synthetic ledgers the event, property and
fuzz tests build (one copy for all of them)."""

from __future__ import annotations

PROCEEDS = "Assets:Bank:Proceeds"
CASH = "Assets:Bank:Operating"
CURRENT = "Liabilities:Current:ConvertibleNotes"
NONCURRENT = "Liabilities:NonCurrent:ConvertibleNotes"
INTEREST = "Liabilities:Current:AccruedInterest"
EXPENSE = "Expenses:Finance:Interest"
CAPITAL = "Equity:ShareCapital"
PREMIUM = "Equity:SharePremium"
FEES = "Expenses:Bank:Fees"
#: The accounts a note definition names (FEES is for hand-written entries).
NOTE_ACCOUNTS = (
    PROCEEDS,
    CASH,
    CURRENT,
    NONCURRENT,
    INTEREST,
    EXPENSE,
    CAPITAL,
    PREMIUM,
)


#: The note id of the event tests' definition.
NOTE = "CN-2023-01"


def definition(
    *,
    note_id: str = NOTE,
    issue: str = "2023-01-01",
    principal: str = "1000000.00",
    rate: str = "0.06",
    maturity: str = "2024-12-31",
    price: str = "2.00",
    par: str = "0.125",
    policy: str = "shares",
    compounding: str = "none",
    day_count: str = "ACT/365",
    noncurrent: bool = False,
    holder: str = "Harbour Capital Ltd",
) -> str:
    """A note definition on this chart: 1,000,000.00 USD at 6 % simple
    interest, ACT/365, issued 2023-01-01, maturing 2024-12-31, conversion
    price 2.00 USD and par value 0.125 USD unless told otherwise."""
    lines = [
        f'{issue} custom "convertible-note" "{note_id}"',
        f'  holder: "{holder}"',
        f"  principal: {principal} USD",
        f"  rate: {rate}",
        f"  maturity: {maturity}",
        f"  conversion-price: {price} USD",
        f"  par-value: {par} USD",
        f'  day-count: "{day_count}"',
        f'  compounding: "{compounding}"',
        f'  interest-on-conversion: "{policy}"',
        f"  proceeds-account: {PROCEEDS}",
        f"  principal-account: {CURRENT}",
    ]
    if noncurrent:
        lines.append(f"  noncurrent-account: {NONCURRENT}")
    lines += [
        f"  interest-account: {INTEREST}",
        f"  expense-account: {EXPENSE}",
        f"  share-capital-account: {CAPITAL}",
        f"  premium-account: {PREMIUM}",
        f"  cash-account: {CASH}",
    ]
    return "\n".join(lines) + "\n"
