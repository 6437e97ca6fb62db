"""From results to the text of one output format: the single place that maps ``--format`` to a writer.

Each function returns the whole output as a string (written out in one go by ``output.emit``), so
the command line only parses options, calls the library and writes what comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .models import Article, Mention
from .output import make_console, rendered
from .view import View, without_stages

Say = Callable[[str], None]
HUMAN_FORMATS = ("table", "markdown")  # text for people: encoded as stdout expects; the rest is UTF-8


def comparison_text(view: View, fmt: str, *, width: int = 80, styled: bool = False, evidence: bool = False,
                    raw_cells: bool = False, warn: Say | None = None, info: Say | None = None) -> str:
    """``cfdiff compare`` output in ``fmt`` (table, markdown, html, json, jsonl, csv, tsv, wide-csv)."""
    if fmt in ("table", "markdown", "html"):
        view = without_stages(view)
    if fmt == "table":
        from .render import render_compare

        console = make_console(width, styled)
        render_compare(view, console, evidence=evidence, info=info)
        return rendered(console)
    if fmt == "markdown":
        from .render import write_markdown

        return write_markdown(view, evidence=evidence)
    if fmt == "html":
        from .html_report import write_html

        return write_html(view, evidence=evidence)
    from .formats import write_comparison

    return write_comparison(view, fmt, with_evidence=evidence, raw_cells=raw_cells, warn=warn)


def articles_text(articles: Sequence[Article], fmt: str, *, width: int = 80, styled: bool = False,
                  raw_cells: bool = False, warn: Say | None = None) -> str:
    """``cfdiff ingest`` output in ``fmt`` (table, json, jsonl, csv, tsv)."""
    if fmt == "table":
        from .render import render_articles

        console = make_console(width, styled)
        render_articles(articles, console)
        return rendered(console)
    from .formats import ARTICLE_FIELDS, articles_rows, write_rows

    return write_rows(fmt, ARTICLE_FIELDS, articles_rows(articles), raw_cells=raw_cells, warn=warn)


def mentions_text(articles: Sequence[Article], mentions: Iterable[Mention], fmt: str, *, width: int = 80,
                  styled: bool = False, raw_cells: bool = False, warn: Say | None = None) -> str:
    """``cfdiff extract`` output in ``fmt`` (table, json, jsonl, csv, tsv). JSONL, CSV and TSV take the
    mentions one by one: given them as they are extracted, the text is made while workers extract."""
    if fmt == "table":
        from .render import render_mentions

        console = make_console(width, styled)
        render_mentions(articles, list(mentions), console)
        return rendered(console)
    from .formats import MENTION_FIELDS, mention_rows, write_rows

    return write_rows(fmt, MENTION_FIELDS, mention_rows(mentions), raw_cells=raw_cells, warn=warn)


def describe(a: Article) -> str:
    """What ``-v`` says about one article: where its outlet and date came from."""
    outlet = (f"no outlet found in the text (shown by its id; --name {Path(a.path).name}=OUTLET names it)"
              if a.outlet_source == "id" else f"outlet {a.outlet!r} ({a.outlet_source})")
    return (f"{a.path}: {outlet}, published {a.published or 'unknown'} ({a.published_source}), {a.words} words, "
            f"{len(a.boilerplate)} boilerplate lines dropped")
