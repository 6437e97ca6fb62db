"""``python -m ceasefire_cli`` runs the same command line as ``cfdiff``."""

from .cli import main

main()
