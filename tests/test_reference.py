"""The language reference (plugins/convertible_note/README.md) documents
exactly the keys the parser accepts, and no file cites a document that the
repository does not have."""

from __future__ import annotations

import re
import subprocess

from importers.filing import ACCOUNT_KEYS
from importers.filing import FIELDS
from plugins.convertible_note.terms import DEFINITION_KEYS
from plugins.convertible_note.terms import EVENT_TYPES
from tests.conftest import ROOT

REFERENCE = ROOT / "plugins" / "convertible_note" / "README.md"

#: The keys the deal-terms work added, which the README's note-language
#: section documents too.
DEAL_KEYS = {
    "purchase-price",
    "issue-costs",
    "discount-account",
    "extinguishment-account",
    "interest-payment",
    "conversion-discount",
    "conversion-lookback",
    "conversion-reference",
    "conversion-price-floor",
    "share-commodity",
}


def test_reference_table_lists_exactly_the_parsers_keys() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    section = text[text.index("## The definition") : text.index("## Events")]
    table = re.findall(r"^\| `([a-z-]+)` \|", section, re.MULTILINE)
    assert table == [spec.name for spec in DEFINITION_KEYS]


def test_reference_names_every_event() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    for event in EVENT_TYPES:
        assert f'custom "{event}"' in text, event


def test_readme_documents_the_deal_terms_keys() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The note language") : text.index("## Conventions")]
    assert {spec.name for spec in DEFINITION_KEYS} >= DEAL_KEYS
    for key in sorted(DEAL_KEYS):
        assert f"`{key}`" in section, key
    assert "plugins/convertible_note/README.md" in section


def test_no_file_cites_a_document_the_repository_lacks() -> None:
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for name in files:
        path = ROOT / name
        if path.suffix not in {".py", ".md", ".beancount", ".toml", ".html", ""}:
            continue
        if path.name == "test_reference.py" or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "NOTE-SPEC" not in text, name
        assert "../shared" not in text, name


def test_the_filing_reader_drafts_only_keys_of_the_table() -> None:
    names = {spec.name for spec in DEFINITION_KEYS}
    assert set(FIELDS[1:]) <= names
    assert {key for key, _hint in ACCOUNT_KEYS} == {
        spec.name for spec in DEFINITION_KEYS if spec.kind == "account"
    }
