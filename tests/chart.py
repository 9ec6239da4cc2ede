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
