"""The bank-statement importer and ``books ingest``.

Each statement under tests/data/bank/ has its expected extraction beside it
(``statement.csv.beancount``), written by hand from the statement and the
books: which rows the books already hold (hand-written entries, or entries
the note plugin generates) and the closing balance.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from importers.bank import StatementError
from importers.bank import parse_statement
from plugins.books.cli import main
from tests.conftest import run_books

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "bank"
LEDGER = ROOT / "tests" / "data" / "books"


def normalise(text: str) -> str:
    """Paths made relative and runs of spaces folded (the printer aligns)."""
    text = text.replace(str(DATA), "<DATA>").replace(str(LEDGER), "<LEDGER>")
    lines = [re.sub(r" {2,}", "  ", line).rstrip() for line in text.splitlines()]
    return "\n".join(lines).strip()


@pytest.mark.parametrize(
    ("statement", "ledger"),
    [
        ("operating-2022-12.csv", "main.beancount"),
        ("restricted-2022-12.csv", "main.beancount"),
        ("operating-2023-12-settle-cash.csv", "scenarios/settle-cash.beancount"),
    ],
)
def test_extract_matches_the_expected_output(statement: str, ledger: str) -> None:
    result = CliRunner().invoke(
        main,
        ["ingest", "extract", "--ledger", str(LEDGER / ledger), str(DATA / statement)],
    )
    assert result.exit_code == 0, result.output
    expected = (DATA / f"{statement}.beancount").read_text(encoding="utf-8")
    assert normalise(result.stdout) == normalise(expected)


def test_generated_proceeds_are_a_duplicate_not_a_new_entry() -> None:
    # The 3,000,000.00 credit of 16 Dec 2022 is the note's issue entry, which
    # the plugin generates at the definition (convertible-notes.beancount:80):
    # it must come out commented, so importing cannot book the proceeds twice.
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            "extract",
            "--ledger",
            str(LEDGER / "main.beancount"),
            str(DATA / "restricted-2022-12.csv"),
        ],
    )
    lines = result.stdout.splitlines()
    proceeds = [line for line in lines if "3000000.00 USD" in line]
    assert proceeds == [";   Assets:Bank:Restricted  3000000.00 USD"]


def test_statement_rows_are_parsed_with_signed_amounts() -> None:
    statement = parse_statement(str(DATA / "operating-2022-12.csv"))
    assert statement.account_number == "023-456789-838"
    assert statement.currency == "USD"
    # 1,393,413.45 - 18,600 - 72,700 + 31,200 - 109,900 - 35,600 - 227,700
    # - 2,150 + 1,245.87 - 436.15 = 958,773.17
    assert [str(row.amount) for row in statement.rows] == [
        "-18600.00", "-72700.00", "31200.00", "-109900.00", "-35600.00",
        "-227700.00", "-2150.00", "1245.87", "-436.15",
    ]  # fmt: skip
    assert str(statement.rows[-1].balance) == "958773.17"
    assert [row.line for row in statement.rows] == list(range(8, 17))


BAD_STATEMENTS = {
    "empty.csv": (b"", "the file is empty"),
    "binary.csv": (b"Account Number,1\n\x00\x01\x02", ":2: a binary file"),
    "latin1.csv": (
        "Account Number,023-456789-838\nCurrency,USD\nAccount Name,Caf\u00e9\n".encode(
            "latin-1"
        ),
        ":3: not UTF-8 text",
    ),
    "missing-column.csv": (
        b"Account Number,023-456789-838\nCurrency,USD\n\n"
        b"Date,Value Date,Description,Debit,Balance,Reference\n"
        b"01/12/2022,01/12/2022,X,1.00,1.00,R\n",
        ":4: missing column(s) Credit",
    ),
    "bad-amount.csv": (
        b"Account Number,023-456789-838\nCurrency,USD\n\n"
        b"Date,Value Date,Description,Debit,Credit,Balance,Reference\n"
        b"01/12/2022,01/12/2022,X,1.0x,,5.00,R\n",
        ":5: Debit '1.0x' is not an amount",
    ),
    "bad-balance.csv": (
        b"Account Number,023-456789-838\nCurrency,USD\nOpening Balance,10.00\n\n"
        b"Date,Value Date,Description,Debit,Credit,Balance,Reference\n"
        b"01/12/2022,01/12/2022,X,1.00,,9.00,R\n"
        b"02/12/2022,02/12/2022,Y,1.00,,7.00,R\n",
        ":7: running balance 7.00 does not follow from 9.00 and -1.00",
    ),
    "bad-date.csv": (
        b"Account Number,023-456789-838\nCurrency,USD\n\n"
        b"Date,Value Date,Description,Debit,Credit,Balance,Reference\n"
        b"31/02/2022,01/12/2022,X,1.00,,9.00,R\n",
        ":5: Date '31/02/2022'",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_STATEMENTS))
def test_bad_statement_is_a_located_error_and_writes_nothing(
    name: str, tmp_path: Path
) -> None:
    content, message = BAD_STATEMENTS[name]
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(StatementError) as raised:
        parse_statement(str(source))
    assert str(raised.value).startswith(str(source))
    assert message in str(raised.value)

    # Through the command: exit 1, the message, no traceback, no output file.
    out = tmp_path / "out.beancount"
    result = run_books("ingest", "extract", "-o", str(out), str(source), cwd=ROOT)
    assert not out.exists()
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert message in result.stderr


def test_extract_refuses_a_ledger_with_errors(tmp_path: Path) -> None:
    # beangulp's own extract loads the ledger and ignores its errors; here a
    # broken ledger stops the import, since its duplicates cannot be trusted.
    ledger = tmp_path / "broken.beancount"
    ledger.write_text(
        "2022-01-01 open Assets:Bank:Operating USD\n"
        '2022-12-01 * "unbalanced"\n'
        "  Assets:Bank:Operating  10.00 USD\n"
        "  Assets:Unopened  -9.00 USD\n",
        encoding="utf-8",
    )
    result = run_books(
        "ingest",
        "extract",
        "--ledger",
        str(ledger),
        str(DATA / "operating-2022-12.csv"),
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "has errors" in result.stderr
    assert f"{ledger}:2" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_extract_to_a_file_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "imported.beancount"
    out.write_text("previous\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["ingest", "extract", "-o", str(out), str(DATA / "restricted-2022-12.csv")],
    )
    # An existing file is kept unless --force says to replace it.
    assert result.exit_code == 1
    assert "pass --force to replace it" in result.stderr
    assert out.read_text(encoding="utf-8") == "previous\n"
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            "extract",
            "-o",
            str(out),
            "--force",
            str(DATA / "restricted-2022-12.csv"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert '2022-12-30 ! "CREDIT INTEREST"' in out.read_text(encoding="utf-8")
    assert [path.name for path in tmp_path.iterdir()] == ["imported.beancount"]


def test_identify_and_archive_use_the_project_importers(tmp_path: Path) -> None:
    result = run_books("ingest", "identify", str(DATA), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    identified = re.findall(r"\* (\S+) \.\.\. OK\n\s+(\S+)", result.stdout)
    assert sorted((Path(path).name, name) for path, name in identified) == [
        ("operating-2022-12.csv", "importers.bank.Importer"),
        ("operating-2023-12-settle-cash.csv", "importers.bank.Importer"),
        ("restricted-2022-12.csv", "importers.bank.Importer"),
    ]

    # Archive a copy: filed under the account, named by the statement dates.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    copy = inbox / "download.csv"
    copy.write_bytes((DATA / "restricted-2022-12.csv").read_bytes())
    documents = tmp_path / "documents"
    documents.mkdir()
    result = run_books("ingest", "archive", "-o", str(documents), str(inbox), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    archived = documents / "Assets" / "Bank" / "Restricted"
    # beangulp prefixes the document's date (the last row, 30 Dec 2022).
    assert [path.name for path in archived.iterdir()] == [
        "2022-12-30.statement-20221216-20221230.csv"
    ]
    assert not copy.exists()
