"""``python -m ceasefire_cli`` runs the same command line as ``cfdiff``."""

from .cli import main

if __name__ == "__main__":  # worker processes started with spawn import this module: they must not run the CLI
    main()
