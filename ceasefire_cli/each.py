"""Output of ``cfdiff compare --each``: one comparison per event, written as each one is ready.

Every format is the single-event one with the event's folder name added: JSON is an array of the
single-event objects, each with an ``event`` field first; JSONL claims and CSV/TSV rows carry an
``event`` field (CSV/TSV: a first column, one header for all); tables and Markdown come one event
after another under the event's name.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from .formats import CLAIM_FIELDS, claim_rows, sanitize, write_delimited
from .models import Comparison

Filter = Callable[[Comparison], Comparison]


def write_each(results: Iterable[tuple[str, Comparison]], fmt: str, out: TextIO, *, shown: Filter,
               console: Any = None, evidence: bool = False) -> bool:
    """Write every (event, comparison) in ``fmt``, each filtered by ``shown``; True if any event has a
    conflict (before filtering, as the exit status of a single compare)."""
    conflicts = False

    def events() -> Iterator[tuple[str, Comparison]]:
        nonlocal conflicts
        for name, cmp in results:
            conflicts = conflicts or cmp.has_conflicts
            yield name, shown(cmp)

    if fmt in ("csv", "tsv"):
        rows = ({"event": name, **row} for name, cmp in events() for row in claim_rows(cmp))
        write_delimited(("event", *CLAIM_FIELDS), rows, out, "\t" if fmt == "tsv" else ",")  # type: ignore[arg-type]
    elif fmt == "jsonl":
        for name, cmp in events():
            for c in cmp.claims:
                out.write(json.dumps({"event": name, **c.to_dict()}, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write("[")
        for i, (name, cmp) in enumerate(events()):
            text = json.dumps({"event": name, **cmp.to_dict()}, ensure_ascii=False, indent=2)
            out.write(("," if i else "") + "\n  " + text.replace("\n", "\n  "))
        out.write("\n]\n")
    elif fmt == "markdown":
        from .render import write_markdown

        for name, cmp in events():
            out.write(f"# {sanitize(name)}\n\n")
            write_markdown(cmp, out, evidence=evidence)
            out.write("\n")
    else:
        from rich.text import Text

        from .render import render_tables

        for name, cmp in events():
            console.rule(Text(sanitize(name), style="bold"), align="left")
            render_tables(cmp, console, evidence=evidence)
            console.print()
    return conflicts
