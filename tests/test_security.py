"""Security: where Fava listens, read-only mode, and input treated as text.

- ``books serve`` listens on 127.0.0.1 unless ``--host`` says otherwise.
- ``--read-only`` (Fava's ``read_only``) refuses every request that could
  write: each route of Fava 1.30 accepting PUT, POST or DELETE answers 401,
  and the books' files are byte for byte unchanged. The same requests do
  change the books when Fava is not read-only, so the 401 is what stops them.
- Nothing the importers, the plugin or the Fava extension read is executed
  or evaluated: a static check of the code (``ast``), and payloads fed to
  ``draft_note``, ``parse_statement``, ``books ingest extract``, a note's
  definition, the Fava page and the export, which must come out as the same
  text with no side effect.
- Fava parses the extension's config with ``ast.literal_eval``.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import html
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import uuid
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import openpyxl
import pytest
from beancount import loader
from beancount.core import data
from beancount.parser import parser
from click.testing import CliRunner
from fava.beans.funcs import hash_entry
from fava.core.file import get_entry_slice

from importers.bank import parse_statement
from importers.filing import draft_note
from importers.filing import render_draft
from plugins.books.cli import main
from tests.conftest import acme_books
from tests.conftest import acme_note
from tests.conftest import acme_opens
from tests.conftest import fava_app
from tests.conftest import free_port
from tests.conftest import http
from tests.conftest import serve_books
from tests.conftest import stop
from tests.conftest import tree

if TYPE_CHECKING:
    from collections.abc import Iterator

    from click.testing import Result
    from flask import Flask
    from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "tests" / "data" / "books" / "main.beancount"
SMALL_NOTE = ROOT / "tests" / "data" / "fava" / "small-note.beancount"
WAIT_SECONDS = 30
WRITE_METHODS = frozenset({"PUT", "POST", "DELETE"})
PAGE = "extension/ConvertibleNotes/"


def invoke(*args: str) -> Result:
    """``books ARGS`` in-process."""
    return CliRunner().invoke(main, list(args))


# --------------------------------------------------------------------------
# books serve: 127.0.0.1 by default
# --------------------------------------------------------------------------


def other_addresses() -> set[str]:
    """This machine's addresses other than 127.0.0.1: its network addresses
    (if any) and 127.0.0.2, which answers for a server bound to 0.0.0.0."""
    found = {"127.0.0.2"}
    with contextlib.suppress(OSError):
        found.add(socket.gethostbyname(socket.gethostname()))
    for family, probe_address in (
        (socket.AF_INET, "192.0.2.1"),
        (socket.AF_INET6, "2001:db8::1"),
    ):
        with (
            socket.socket(family, socket.SOCK_DGRAM) as probe,
            contextlib.suppress(OSError),
        ):
            probe.connect((probe_address, 9))  # no packet is sent
            found.add(probe.getsockname()[0])
    return found - {"127.0.0.1", "0.0.0.0", "::"}


def network_address() -> str | None:
    """An address of this machine outside the loopback network, if any."""
    for address in sorted(other_addresses()):
        if not address.startswith("127.") and address != "::1":
            return address
    return None


def _proc_address(text: str) -> str:
    raw = bytes.fromhex(text)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    # IPv6: four 32-bit words, each in host (little-endian) order.
    words = b"".join(raw[index : index + 4][::-1] for index in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def listening_addresses(port: int) -> set[str] | None:
    """The local addresses of the sockets listening on ``port`` (Linux's
    /proc/net/tcp and tcp6), or None where /proc does not say."""
    tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
    if not tables[0].exists():
        return None
    found = set()
    for table in tables:
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].rsplit(":", 1)
            if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                found.add(_proc_address(address))
    return found


def _url_host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def refused(address: str, port: int) -> bool:
    """Nothing accepts a connection there."""
    try:
        socket.create_connection((address, port), timeout=3).close()
    except (ConnectionRefusedError, TimeoutError, OSError):
        return True
    return False


@contextlib.contextmanager
def serving(ledger: Path, log: Path, *extra: str) -> Iterator[tuple[int, Any]]:
    """``books serve`` as a subprocess; yields its port and process."""
    port = free_port()
    with log.open("wb") as output:
        process = serve_books(ledger, port, output, *extra, cwd=ledger.parent)
    try:
        yield port, process
    finally:
        stop(process)


def wait_until_answering(process: Any, address: str, port: int, log: Path) -> int:
    """Poll ``/`` on ``address`` for 30 s at most; the status it answers."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text(errors="replace")
        try:
            return http(f"http://{_url_host(address)}:{port}/")[0]
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"books serve did not answer on {address} within {WAIT_SECONDS} s")


@pytest.mark.slow
def test_serve_listens_on_loopback_only_by_default(tmp_path: Path) -> None:
    ledger = tmp_path / "books.beancount"
    shutil.copy(SMALL_NOTE, ledger)
    log = tmp_path / "serve.log"
    with serving(ledger, log) as (port, process):
        assert wait_until_answering(process, "127.0.0.1", port, log) == 200
        listening = listening_addresses(port)
        if listening is not None:
            assert listening == {"127.0.0.1"}
        others = other_addresses()
        assert others  # 127.0.0.2 at least
        for address in sorted(others):
            assert refused(address, port), f"books serve answers on {address}"
        assert process.poll() is None


@pytest.mark.slow
@pytest.mark.parametrize("which", ["127.0.0.2", "network"])
def test_serve_host_option_changes_the_address(tmp_path: Path, which: str) -> None:
    host = which if which != "network" else network_address()
    if host is None:
        pytest.skip("this machine has no address outside the loopback network")
    ledger = tmp_path / "books.beancount"
    shutil.copy(SMALL_NOTE, ledger)
    log = tmp_path / "serve.log"
    with serving(ledger, log, "--host", host) as (port, process):
        assert wait_until_answering(process, host, port, log) == 200
        listening = listening_addresses(port)
        if listening is not None:
            assert listening == {host}
        assert refused("127.0.0.1", port)
        assert process.poll() is None
    assert f"http://{host}:{port}/" in log.read_text(errors="replace")


# --------------------------------------------------------------------------
# Read-only mode refuses every write
# --------------------------------------------------------------------------

# Small books with every kind of file Fava can write: the main file, an
# included file (entries), a documents folder with one document, and an
# import folder with one file to import.
RO_MAIN = """\
option "title" "Read Only Books"
option "operating_currency" "USD"
option "documents" "documents"
plugin "plugins.convertible_note"

2023-01-01 custom "fava-extension" "plugins.fava_notes"
2023-01-01 custom "fava-option" "import-dirs" "imports"

include "entries.beancount"
"""
RO_ENTRIES = acme_books(options=False, fees=False)
DOCUMENT = "documents/Assets/Bank/Operating/2023-01-31.statement.pdf"
IMPORT_FILE = "imports/statement.csv"


def write_read_only_books(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "main.beancount").write_text(RO_MAIN, encoding="utf-8")
    (folder / "entries.beancount").write_text(RO_ENTRIES, encoding="utf-8")
    (folder / DOCUMENT).parent.mkdir(parents=True)
    (folder / DOCUMENT).write_bytes(b"%PDF-1.4 a bank statement\n")
    (folder / IMPORT_FILE).parent.mkdir(parents=True)
    (folder / IMPORT_FILE).write_text("Date,Amount\n", encoding="utf-8")
    return (folder / "main.beancount").resolve()


def _app_and_slug(path: Path, *, read_only: bool) -> tuple[Flask, FlaskClient, str]:
    app = fava_app([path], read_only=read_only)
    client = app.test_client()
    response = client.get("/")
    assert response.status_code == 302, response.status_code
    slug = response.headers["Location"].strip("/").split("/")[0]
    return app, client, slug


def _write_routes() -> list[tuple[str, str, str]]:
    """(rule, method, endpoint) of every route of Fava's url_map that accepts
    PUT, POST or DELETE (the app is not loaded: the routes do not depend on
    the books)."""
    app = fava_app([MAIN], load=False)
    return sorted(
        (rule.rule, method, rule.endpoint)
        for rule in app.url_map.iter_rules()
        for method in sorted((rule.methods or set()) & WRITE_METHODS)
    )


WRITE_ROUTES = _write_routes()
URL_VALUES = {
    "extension_name": "ConvertibleNotes",
    "endpoint": "what_if",
    "report_name": "balance_sheet",
    "name": "Assets:Bank:Operating",
    "page_slug": "_index",
    "result_format": "csv",
    "aggregation_key": "account",
    "filename": "app.js",
}


def fill(rule: str, slug: str) -> str:
    """The rule with each URL variable filled with a plausible value."""
    values = {**URL_VALUES, "bfile": slug}
    return re.sub(r"<(?:[^:<>]+:)?(\w+)>", lambda match: values[match.group(1)], rule)


def write_request(
    app: Flask, slug: str, books: Path, endpoint: str, method: str
) -> dict[str, Any]:
    """Keyword arguments of ``client.open`` for a request to ``endpoint``
    that would write to the books if Fava let it (see the control test)."""
    ledger = app.config["LEDGERS"][slug]
    supplies = next(
        entry
        for entry in ledger.all_entries
        if isinstance(entry, data.Transaction) and entry.narration == "Office supplies"
    )
    # Fava's own Directive type is a protocol Beancount's classes meet at
    # run time; its stubs do not say so.
    entry_hash = hash_entry(supplies)  # type: ignore[arg-type]
    source_slice, slice_sha = get_entry_slice(supplies)  # type: ignore[arg-type]
    main_file = books / "main.beancount"
    main_text = main_file.read_text(encoding="utf-8")
    document = str(books / DOCUMENT)
    requests: dict[str, dict[str, Any]] = {
        "json_api.put_source": {
            "json": {
                "file_path": str(main_file),
                "source": main_text + "\n; changed through Fava\n",
                "sha256sum": hashlib.sha256(main_file.read_bytes()).hexdigest(),
            }
        },
        "json_api.put_source_slice": {
            "json": {
                "entry_hash": entry_hash,
                "source": source_slice.replace("120.00", "121.00"),
                "sha256sum": slice_sha,
            }
        },
        "json_api.delete_source_slice": {
            "query_string": {"entry_hash": entry_hash, "sha256sum": slice_sha}
        },
        "json_api.put_add_entries": {
            "json": {
                "entries": [
                    {
                        "t": "Note",
                        "date": "2023-02-20",
                        "account": "Assets:Bank:Operating",
                        "comment": "added through Fava",
                        "meta": {},
                    }
                ]
            }
        },
        "json_api.put_format_source": {"json": {"source": main_text}},
        "json_api.put_attach_document": {
            "json": {"filename": document, "entry_hash": entry_hash}
        },
        "json_api.delete_document": {"query_string": {"filename": document}},
        "json_api.put_move": {
            "json": {
                "account": "Assets:Bank:Operating",
                "new_name": "2023-02-28.moved.csv",
                "filename": str(books / IMPORT_FILE),
            }
        },
        "json_api.put_add_document": {
            "data": {
                "folder": ledger.options["documents"][0],
                "account": "Assets:Bank:Operating",
                "file": (io.BytesIO(b"%PDF-1.4 new\n"), "2023-02-28.new.pdf"),
            },
            "content_type": "multipart/form-data",
        },
        "json_api.put_upload_import_file": {
            "data": {"file": (io.BytesIO(b"Date,Amount\n"), "upload.csv")},
            "content_type": "multipart/form-data",
        },
    }
    request = requests.get(endpoint, {"json": {}})
    return {"method": method, **request}


def each_route(routes: list[tuple[str, str, str]]) -> pytest.MarkDecorator:
    """Run a test once per ``(rule, method, endpoint)``, named by its request."""
    return pytest.mark.parametrize(
        ("rule", "method", "endpoint"),
        routes,
        ids=[f"{method} {rule}" for rule, method, _ in routes],
    )


@each_route(WRITE_ROUTES)
def test_read_only_refuses_every_write_route(
    tmp_path: Path, rule: str, method: str, endpoint: str
) -> None:
    books = write_read_only_books(tmp_path / "books")
    app, client, slug = _app_and_slug(books, read_only=True)
    before = tree(tmp_path)

    response = client.open(
        fill(rule, slug), **write_request(app, slug, books.parent, endpoint, method)
    )

    assert response.status_code == 401, (response.status_code, response.data[:200])
    assert tree(tmp_path) == before


def test_fava_has_the_write_routes_these_tests_know() -> None:
    """Fava 1.30's routes that accept PUT, POST or DELETE. A new one (a Fava
    upgrade) still gets a 401 test above, with an empty JSON body."""
    assert {(rule, method) for rule, method, _ in WRITE_ROUTES} == {
        ("/<bfile>/api/add_document", "PUT"),
        ("/<bfile>/api/add_entries", "PUT"),
        ("/<bfile>/api/attach_document", "PUT"),
        ("/<bfile>/api/document", "DELETE"),
        ("/<bfile>/api/format_source", "PUT"),
        ("/<bfile>/api/move", "PUT"),
        ("/<bfile>/api/source", "PUT"),
        ("/<bfile>/api/source_slice", "PUT"),
        ("/<bfile>/api/source_slice", "DELETE"),
        ("/<bfile>/api/upload_import_file", "PUT"),
        ("/<bfile>/extension/<extension_name>/<endpoint>", "DELETE"),
        ("/<bfile>/extension/<extension_name>/<endpoint>", "POST"),
        ("/<bfile>/extension/<extension_name>/<endpoint>", "PUT"),
    }


CHANGING_ROUTES = [
    route
    for route in WRITE_ROUTES
    if "/api/" in route[0] and route[2] != "json_api.put_format_source"
]


@each_route(CHANGING_ROUTES)
def test_the_same_requests_write_when_not_read_only(
    tmp_path: Path, rule: str, method: str, endpoint: str
) -> None:
    """The control: each request of the read-only test does change the books
    when Fava may write, so its 401 above is what protects them."""
    books = write_read_only_books(tmp_path / "books")
    app, client, slug = _app_and_slug(books, read_only=False)
    before = tree(tmp_path)

    response = client.open(
        fill(rule, slug), **write_request(app, slug, books.parent, endpoint, method)
    )

    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert tree(tmp_path) != before


@pytest.mark.parametrize("method", sorted(WRITE_METHODS))
@pytest.mark.parametrize("endpoint", ["what_if", "schedule"])
def test_read_only_extension_endpoints_refuse_writes(
    tmp_path: Path, endpoint: str, method: str
) -> None:
    books = write_read_only_books(tmp_path / "books")
    _, client, slug = _app_and_slug(books, read_only=True)
    before = tree(tmp_path)
    url = f"/{slug}/extension/ConvertibleNotes/{endpoint}"

    response = client.open(
        url,
        method=method,
        query_string={"note": "ACME-2023", "date": "2023-02-01", "amount": "1000"},
        json={"note": "ACME-2023"},
    )

    assert response.status_code in {401, 405}, response.status_code
    assert tree(tmp_path) == before
    # Reading still works.
    query = {"note": "ACME-2023", "date": "2023-02-01", "amount": "1000"}
    assert client.get(url, query_string=query).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "api/source?filename=/etc/passwd",
        "document/?filename=/etc/passwd",
        "api/source?filename=../../../../etc/passwd",
    ],
)
def test_read_only_does_not_read_files_outside_the_books(
    tmp_path: Path, path: str
) -> None:
    books = write_read_only_books(tmp_path / "books")
    _, client, slug = _app_and_slug(books, read_only=True)
    response = client.get(f"/{slug}/{path}")
    assert response.status_code >= 400, response.status_code
    assert b"root:" not in response.data


# --------------------------------------------------------------------------
# No module evaluates or executes anything: a static check
# --------------------------------------------------------------------------

# ruff's flake8-bandit rules (S, selected in pyproject.toml) check every
# module for these; tests/test_quality.py runs ruff on the whole tree. This
# checks the check: each dangerous form is reported, look-alikes are not.

DANGEROUS = """\
import os
import pickle as p
import subprocess
import sys
import yaml
from os import system as run_it
eval(text)
exec(text)
p.loads(blob)
yaml.load(text)
os.system(text)
run_it(text)
subprocess.run(text, shell=True)
os.popen(text)
"""

HARMLESS = """\
import re
import subprocess
import sys
import yaml
from ast import literal_eval
re.compile("x")
subprocess.run(["git", "log"], shell=False, check=False)
yaml.safe_load(text)
literal_eval(text)
"""


def bandit_codes(source: str, tmp_path: Path) -> list[str]:
    """The S codes ruff reports for ``source``, in line order."""
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "S",
            "--ignore",
            "S603,S607",
            "--output-format",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return [item["code"] for item in json.loads(result.stdout)]


def test_ruff_bandit_rules_find_each_dangerous_call(tmp_path: Path) -> None:
    assert bandit_codes(DANGEROUS, tmp_path) == [
        "S307",  # eval
        "S102",  # exec
        "S301",  # pickle.loads
        "S506",  # yaml.load
        "S605",  # os.system
        "S605",  # os.system under another name
        "S602",  # shell=True
        "S605",  # os.popen
    ]
    assert bandit_codes(HARMLESS, tmp_path) == []


def test_the_project_selects_the_bandit_rules() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lint = config["tool"]["ruff"]["lint"]
    assert "S" in lint["select"]
    # Only assert and subprocess-with-a-list are tolerated outside the tests.
    assert set(lint["ignore"]) & {
        code for code in lint["ignore"] if code.startswith("S")
    } == {"S101"}


# --------------------------------------------------------------------------
# Input is text: payloads through the importers, a ledger and Fava
# --------------------------------------------------------------------------

MARKER = Path(tempfile.gettempdir()) / f"pwned-{uuid.uuid4().hex}"
PAYLOADS = {
    "python": f"__import__('os').system('touch {MARKER}')",
    "template": "{{7*7}}",
    "template-exec": (
        "{{ cycler.__init__.__globals__.os.popen('touch " + str(MARKER) + "') }}"
    ),
    "jndi": "${jndi:ldap://x}",
    "html": "<script>alert(1)</script>",
    "quotes": 'Robert" ^injected #tag \\ end',
    "formula": '=HYPERLINK("http://x","y")',
}


@pytest.fixture(autouse=True)
def _no_side_effect() -> Iterator[None]:
    """No test of this module may leave the marker file behind."""
    MARKER.unlink(missing_ok=True)
    yield
    assert not MARKER.exists(), f"a payload was executed: {MARKER} exists"


def _comments(text: str) -> str:
    """The text of the comment lines, wrapped lines joined by a space."""
    return " ".join(
        line.strip().lstrip(";").strip()
        for line in text.splitlines()
        if line.strip().startswith(";")
    )


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_draft_note_quotes_a_payload_as_text(tmp_path: Path, name: str) -> None:
    payload = PAYLOADS[name]
    filing = tmp_path / "filing.txt"
    filing.write_text(
        f"On December 16, 2022, the Company issued a convertible note to "
        f"{payload} (the “Holder”).\n\n"
        f"The note bears interest at {payload} per annum.\n\n"
        f"The maturity date is {payload}.\n",
        encoding="utf-8",
    )

    draft = draft_note(filing.read_text(encoding="utf-8"))
    result = invoke("draft-note", str(filing))

    assert result.exit_code == 0, result.output
    quotes = [field.quote for field in draft.fields.values() if field.quote]
    assert any(payload in quote for quote in quotes), quotes
    for field in draft.fields.values():
        assert field.value is None or payload not in field.value, field
    rendered = render_draft(draft, filing.name)
    assert result.stdout == rendered
    # The payload is only ever quoted in a comment, never a value ...
    assert payload in _comments(rendered)
    code = [line for line in rendered.splitlines() if not line.lstrip().startswith(";")]
    assert not any(payload in line for line in code), code
    # ... and the draft is one directive, whatever the text said.
    entries, errors, _ = parser.parse_string(rendered)
    assert errors == []
    assert [type(entry).__name__ for entry in entries] == ["Custom"]


STATEMENT_HEAD = [
    ["Account Number", "023-456789-838"],
    ["Account Name", "FAULTY BOOKS LTD"],
    ["Currency", "USD"],
    ["Opening Balance", "1,000.00"],
    [],
    ["Date", "Value Date", "Description", "Debit", "Credit", "Balance", "Reference"],
]
STATEMENT_LEDGER = """\
option "operating_currency" "USD"
plugin "plugins.convertible_note"

2024-01-01 open Assets:Bank:Operating  USD
2024-01-01 open Equity:Opening         USD

2024-01-02 * "Owner" "Opening balance"
  Assets:Bank:Operating      1000.00 USD
  Equity:Opening
"""


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_bank_statement_payload_is_text(tmp_path: Path, name: str) -> None:
    payload = PAYLOADS[name]
    statement = tmp_path / "statement.csv"
    with statement.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerows(STATEMENT_HEAD)
        writer.writerow(
            ["10/01/2024", "10/01/2024", payload, "25.00", "", "975.00", payload]
        )
    ledger = tmp_path / "books.beancount"
    ledger.write_text(STATEMENT_LEDGER, encoding="utf-8")

    parsed = parse_statement(str(statement))
    result = invoke("ingest", "extract", "--ledger", str(ledger), str(statement))

    assert [(row.description, row.reference) for row in parsed.rows] == [
        (payload, payload)
    ]
    assert result.exit_code == 0, result.output
    entries, errors, _ = parser.parse_string(result.stdout)
    assert errors == []
    transactions = [entry for entry in entries if isinstance(entry, data.Transaction)]
    assert len(transactions) == 1
    assert len(entries) == 2  # the row and the closing balance
    (transaction,) = transactions
    assert transaction.narration == payload
    assert transaction.meta["bank-reference"] == payload
    assert transaction.tags == frozenset()
    assert transaction.links == frozenset()


def note_ledger(holder: str, share_class: str, relationship: str) -> str:
    """Small books whose note's strings are the given payloads (escaped as
    Beancount strings)."""

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    note = acme_note(
        holder=quoted(holder), related_party="TRUE", share_class=quoted(share_class)
    )
    opens = acme_opens(
        (
            "Assets:Bank:Operating",
            "Assets:Bank:Restricted",
            "Liabilities:Current:ConvertibleNotes:Acme",
            "Liabilities:Current:AccruedInterest:Acme",
            "Expenses:Finance:Interest",
            "Equity:ShareCapital",
            "Equity:SharePremium",
        )
    )
    return f"""\
option "title" "Payload Books"
option "operating_currency" "USD"
plugin "plugins.convertible_note"

2023-01-01 custom "fava-extension" "plugins.fava_notes"
{opens}
2023-01-10 custom "related-party" {quoted(holder)}
  relationship: {quoted(relationship)}

{note}
2023-02-28 * "Bank" "Fees"
  Assets:Bank:Operating        -10.00 USD
  Assets:Bank:Restricted        10.00 USD
"""


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_note_definition_payload_is_text(tmp_path: Path, name: str) -> None:
    payload = PAYLOADS[name]
    ledger = tmp_path / "books.beancount"
    ledger.write_text(note_ledger(payload, payload, payload), encoding="utf-8")

    entries, errors, _ = loader.load_file(str(ledger))
    assert errors == []
    (definition,) = [
        entry
        for entry in entries
        if isinstance(entry, data.Custom) and entry.type == "convertible-note"
    ]
    assert definition.meta["holder"] == payload
    assert definition.meta["share-class"] == payload

    # books materialize: the payload is the generated entries' payee, and the
    # text reads back as the same string (no tag, link or line injected).
    result = invoke("materialize", "--ledger", str(ledger))
    assert result.exit_code == 0, result.output
    generated, errors, _ = parser.parse_string(result.stdout)
    assert errors == []
    assert generated
    for entry in generated:
        assert isinstance(entry, data.Transaction)
        assert entry.payee == payload
        assert entry.tags == frozenset()
        assert entry.links == frozenset({"ACME-2023"})

    # books schedule: JSON with the numbers, nothing evaluated.
    result = invoke(
        "schedule", "ACME-2023", "--format", "json", "--ledger", str(ledger)
    )
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)

    # The Fava page: the payload is shown as the text it is, escaped.
    _, client, slug = _app_and_slug(ledger.resolve(), read_only=True)
    response = client.get(f"/{slug}/{PAGE}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert payload in html.unescape(page)
    assert "<script>alert(1)" not in page
    for endpoint in ("schedule", "what_if"):
        answer = client.get(
            f"/{slug}/extension/ConvertibleNotes/{endpoint}",
            query_string={"note": payload, "date": payload, "amount": payload},
        )
        assert answer.status_code in {400, 404}, answer.status_code
        assert answer.is_json
        # Quoted back as the text it is (Python's repr: a backslash doubled).
        assert repr(payload) in answer.get_json()["error"]


@pytest.mark.parametrize("name", ["formula", "python", "quotes"])
def test_exported_payload_is_text(tmp_path: Path, name: str) -> None:
    """The export writes a payload as text: verbatim in the ADS files and the
    CSV schedules, and a string cell (never a formula) in the workbook."""
    payload = PAYLOADS[name]
    ledger = tmp_path / "books.beancount"
    ledger.write_text(note_ledger(payload, payload, payload), encoding="utf-8")
    out = tmp_path / "package"

    result = invoke(
        "export",
        *("--from", "2023-01-01", "--to", "2023-02-28"),
        *("--out", str(out), "--ledger", str(ledger)),
    )

    assert result.exit_code == 0, result.output
    related = (out / "schedules" / "Related_Party.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(related)))
    assert payload in rows[1], rows
    gl = (out / "ads" / "GL_Detail_20230101_20230228.txt").read_text(encoding="utf-8")
    assert payload in gl
    book = openpyxl.load_workbook(out / "workbook.xlsx")
    cells = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and payload in cell.value
    ]
    assert cells
    assert {cell.data_type for cell in cells} == {"s"}


# --------------------------------------------------------------------------
# The extension's config: a Python literal, never code
# --------------------------------------------------------------------------


def _with_config(tmp_path: Path, config: str) -> Path:
    text = SMALL_NOTE.read_text(encoding="utf-8")
    line = '2022-01-01 custom "fava-extension" "plugins.fava_notes"'
    assert line in text
    ledger = tmp_path / "books.beancount"
    ledger.write_text(text.replace(line, f"{line} {config}"), encoding="utf-8")
    return ledger.resolve()


def test_extension_with_a_literal_config_still_shows_the_page(tmp_path: Path) -> None:
    # small-note.beancount ends on 2023-01-31: 16 + 31 = 47 days of interest,
    # 3,000,000 x 0.07 x 47 / 365 = 27,041.0958... -> 27,041.10.
    ledger = _with_config(tmp_path, "\"{'x': 1}\"")
    _, client, slug = _app_and_slug(ledger, read_only=True)
    response = client.get(f"/{slug}/{PAGE}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert re.search(r'class="num outstanding">3,000,000\.00<', page)
    assert re.search(r'class="num accrued">27,041\.10<', page)


@pytest.mark.parametrize("name", ["python", "template"])
def test_extension_config_is_never_executed(tmp_path: Path, name: str) -> None:
    """A config that is code: Fava's ``ast.literal_eval`` refuses it (Fava
    1.30 then fails to load the ledger, see the report); whatever happens,
    nothing runs."""
    escaped = PAYLOADS[name].replace('"', '\\"')
    ledger = _with_config(tmp_path, f'"{escaped}"')
    with contextlib.suppress(Exception):
        _, client, slug = _app_and_slug(ledger, read_only=True)
        client.get(f"/{slug}/{PAGE}")
    assert not MARKER.exists()
