"""The plugin leaves no garbage for the cyclic collector.

It pauses Python's cyclic garbage collector while it runs (see
``convertible_note``); that is only sound if nothing it builds forms a
reference cycle, or every finished note would stay in memory until the
collector runs again.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from beancount import loader

from plugins.convertible_note import convertible_note
from plugins.convertible_note.schedule import _Note
from tests.benchmark.synthetic import header
from tests.benchmark.synthetic import write_books

if TYPE_CHECKING:
    from pathlib import Path


def test_plugin_makes_no_reference_cycles(tmp_path: Path) -> None:
    # Every day count, compounding, event kind and deal term the synthetic
    # books use (every third note has a discount and coupon payments).
    write_books(tmp_path, notes=12, ordinary=50, deal=True)
    raw = tmp_path / "raw.beancount"
    raw.write_text(header(False) + 'include "body.beancount"\n', encoding="utf-8")
    entries, errors, options = loader.load_file(str(raw))
    assert not errors
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        result, plugin_errors = convertible_note(entries, options)
        assert not plugin_errors
        assert len(result) - len(entries) > 12 * 40
        # With the collector paused, only reference counting has freed
        # anything: a note still here is held by a cycle.
        assert [item for item in gc.get_objects() if isinstance(item, _Note)] == []
    finally:
        if was_enabled:
            gc.enable()
