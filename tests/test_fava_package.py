"""Downloading the audit package from the Convertible notes page."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from tests.conftest import fava_app

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "tests" / "data" / "books" / "main.beancount"


def _client_and_slug(path: Path):  # type: ignore[no-untyped-def]
    app = fava_app([path])
    client = app.test_client()
    slug = client.get("/").headers["Location"].strip("/").split("/")[0]
    return client, slug


def test_the_page_offers_the_package_for_the_selected_period() -> None:
    client, slug = _client_and_slug(MAIN)
    page = client.get(f"/{slug}/extension/ConvertibleNotes/?time=2022").text
    assert 'name="from" value="2022-01-01"' in page
    assert 'name="to" value="2022-12-31"' in page
    assert 'action="audit_package"' in page


def test_the_package_downloads_as_a_zip_with_every_check_passing() -> None:
    client, slug = _client_and_slug(MAIN)
    base = f"/{slug}/extension/ConvertibleNotes/audit_package"
    url = f"{base}?from=2022-01-01&to=2022-12-31"
    response = client.get(url)
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    names = archive.namelist()
    root = "audit-2022-01-01-2022-12-31"
    for name in (
        "ads/GL_Detail_20220101_20221231.txt",
        "ads/Trial_Balance_20220101_20221231.txt",
        "schedules/Debt_Rollforward.csv",
        "workbook.xlsx",
        "checks.csv",
        "MANIFEST.json",
        "SHA256SUMS",
    ):
        assert f"{root}/{name}" in names
    checks = list(
        csv.DictReader(io.StringIO(archive.read(f"{root}/checks.csv").decode()))
    )
    assert len(checks) == 8
    assert {row["status"] for row in checks} == {"PASS"}
    # The note's 2022: issued 3,000,000.00 and 16 days of interest, 9,205.48.
    (note,) = csv.DictReader(
        io.StringIO(archive.read(f"{root}/schedules/Debt_Rollforward.csv").decode())
    )
    assert (note["principal_issued"], note["interest_accrued"]) == (
        "3000000.00",
        "9205.48",
    )
    # The same books give the same bytes.
    assert client.get(url).data == response.data


def test_bad_periods_and_broken_books_are_explained(tmp_path: Path) -> None:
    client, slug = _client_and_slug(MAIN)
    base = f"/{slug}/extension/ConvertibleNotes/audit_package"
    response = client.get(f"{base}?from=2022-13-01&to=2022-12-31")
    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.json["error"]
    response = client.get(f"{base}?from=2023-01-01&to=2022-12-31")
    assert response.status_code == 400
    assert "after" in response.json["error"]

    broken = tmp_path / "broken.beancount"
    broken.write_text(
        '2022-01-01 custom "fava-extension" "plugins.fava_notes"\n'
        "2022-01-01 open Assets:Cash\n"
        '2022-02-01 * "unbalanced"\n'
        "  Assets:Cash  1.00 USD\n"
        "  Assets:Other  -2.00 USD\n",
        encoding="utf-8",
    )
    client, slug = _client_and_slug(broken)
    response = client.get(
        f"/{slug}/extension/ConvertibleNotes/audit_package?from=2022-01-01&to=2022-12-31"
    )
    assert response.status_code == 400
    assert "has errors" in response.json["error"]
