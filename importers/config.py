"""The project's importers, configured for the company's accounts."""

from __future__ import annotations

from importers import bank
from importers import filing

#: The bank's account numbers for the ledger's bank accounts.
BANK_ACCOUNTS = {
    "023-456789-838": "Assets:Bank:Operating",
    "023-456789-001": "Assets:Bank:Restricted",
}


def importers() -> list[object]:
    return [bank.Importer(BANK_ACCOUNTS), filing.Importer()]
