"""The project's own checks in ``books check``, beyond bean-check's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from click.testing import CliRunner

from plugins.books.cli import main

if TYPE_CHECKING:
    from pathlib import Path


def test_a_bare_word_fava_extension_config_is_reported(tmp_path: Path) -> None:
    # Fava reads the config with ast.literal_eval: a bare word raises
    # ValueError, which Fava does not catch, so every page would answer 500.
    ledger = tmp_path / "books.beancount"
    ledger.write_text(
        '2022-01-01 custom "fava-extension" "plugins.fava_notes" "verbose"\n'
        '2022-01-01 custom "fava-extension" "plugins.fava_notes" "{\'x\': 1}"\n'
        '2022-01-01 custom "fava-extension" "plugins.fava_notes"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--ledger", str(ledger)])
    assert result.exit_code == 1
    located = [
        line for line in result.stderr.splitlines() if line.startswith(str(ledger))
    ]
    assert located == [
        f"{ledger}:1: the config of fava-extension plugins.fava_notes must be a "
        "Python literal (a string in quotes, a number, a dict...), got 'verbose'; "
        "Fava would fail to load the books"
    ]
