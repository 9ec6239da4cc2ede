"""``python -m plugins.books``: the ``books`` command without the script."""

from plugins.books.cli import main

main()
