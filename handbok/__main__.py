"""`python -m handbok check`: every check of the handbook in seconds, without building the site."""

from __future__ import annotations

import sys

from handbok.cli.commands import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
