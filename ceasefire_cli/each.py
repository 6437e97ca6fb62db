"""Output of ``cfdiff compare --each``: one comparison per event, in one text.

Every format is the single-event one with the event's folder name added: JSON is an array of the
single-event objects, each with an ``event`` field first; JSONL claims and CSV/TSV rows carry an
``event`` field (CSV/TSV and wide CSV: a first column, one header for all); tables and Markdown
come one event after another under the event's name. HTML is one page per event, so ``--each``
does not write it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .formats import (
    CLAIM_FIELDS,
    EVIDENCE_FIELDS,
    claim_dict,
    claim_rows,
    comparison_dict,
    wide_rows,
    write_delimited,
    write_json,
    write_jsonl,
)
from .models import Comparison
from .view import View

Say = Callable[[str], None]
EACH_FORMATS = ("table", "markdown", "json", "jsonl", "csv", "tsv", "wide-csv")


def each_text(results: Iterable[tuple[str, Comparison]], fmt: str, *, shown: Callable[[Comparison], View],
              width: int = 80, styled: bool = False, evidence: bool = False, raw_cells: bool = False,
              warn: Say | None = None, info: Say | None = None) -> tuple[str, bool]:
    """Every (event, comparison) in ``fmt``, each as ``shown`` selects it; and whether any event shows
    a conflict (the exit status follows the rows shown, as for one event)."""
    if fmt not in EACH_FORMATS:
        raise ValueError(f"--each writes {', '.join(EACH_FORMATS)}, not {fmt} (one report per event: compare "
                         "each folder on its own)")
    views = [(name, shown(cmp)) for name, cmp in results]
    conflicts = any(v.has_conflicts for _, v in views)
    if fmt in ("table", "markdown"):
        from .escape import for_markdown, for_people
        from .show import comparison_text

        parts = []
        for name, v in views:
            head = f"# {for_markdown(name)}\n\n" if fmt == "markdown" else f"== {for_people(name)} ==\n"
            parts.append(head + comparison_text(v, fmt, width=width, styled=styled, evidence=evidence,
                                                raw_cells=raw_cells, warn=warn, info=info))
        return "\n".join(parts), conflicts
    if fmt == "json":
        return write_json([{"event": name, **comparison_dict(v, evidence)} for name, v in views], warn), conflicts
    if fmt == "jsonl":
        rows = [{"event": name, **claim_dict(c, v.articles, evidence)} for name, v in views for c in v.claims]
        return write_jsonl(rows, warn), conflicts
    if fmt == "wide-csv":
        header: list[str] = ["event"]
        rows: list[dict[str, Any]] = []
        for name, v in views:
            cols, rs = wide_rows(v, evidence)
            header += [c for c in cols if c not in header]
            rows += [{"event": name, **r} for r in rs]
        return write_delimited(header, rows, ",", raw_cells), conflicts
    fields = ("event", *CLAIM_FIELDS, *(EVIDENCE_FIELDS if evidence else ()))
    rows = [{"event": name, **r} for name, v in views for r in claim_rows(v, evidence)]
    return write_delimited(fields, rows, "\t" if fmt == "tsv" else ",", raw_cells), conflicts
