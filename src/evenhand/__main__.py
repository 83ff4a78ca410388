"""``python -m evenhand``: the same command line as the ``evenhand`` script."""

from .cli import main

main()
