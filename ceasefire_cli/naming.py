"""Outlet names given by the user: ``--name FILE=OUTLET`` and ``--names names.tsv``.

The text does not always say who published it; a name given here beats anything detected and is
used everywhere the outlet appears (columns, notes, diffs, evidence). A key names an article by
its file name (``cnn.txt``), its path, its file stem or its id; a JSON or JSONL file's key names
every article in it. The TSV takes ``FILE<TAB>OUTLET`` per line; more columns (a URL, a date) are
ignored, so a scraper's manifest works as it is; ``#`` starts a comment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from .models import Article

SOURCE = "option"  # outlet_source of a name given on the command line or in a names file


def parse_name(spec: str) -> tuple[str, str]:
    """``"cnn.txt=CNN"`` -> ("cnn.txt", "CNN"); ValueError if either side is empty."""
    key, sep, name = spec.partition("=")
    key, name = key.strip(), " ".join(name.split())
    if not sep or not key or not name:
        raise ValueError(f"--name wants FILE=OUTLET, got {spec!r}")
    return key, name


def read_names(path: str | Path) -> list[tuple[str, str]]:
    """The (key, outlet) pairs of a names file; ValueError names the file and line of a bad line."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise ValueError(f"cannot read names file {path}: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ValueError(f"names file {path} is not UTF-8 (byte at offset {e.start})") from None
    pairs = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        key, name = cols[0].strip(), " ".join(cols[1].split()) if len(cols) > 1 else ""
        if not key or not name:
            raise ValueError(f"names file {path} line {n}: expected FILE<TAB>OUTLET")
        pairs.append((key, name))
    return pairs


def _keys(a: Article) -> set[str]:
    p = Path(a.path)
    return {a.id, a.path, p.name, p.stem, str(p.resolve()) if a.path != "-" else "-"}


def apply_names(articles: Sequence[Article], pairs: Iterable[tuple[str, str]],
                warn: Callable[[str], None] | None = None, hits: set[str] | None = None) -> list[Article]:
    """Articles with the given outlet names (``outlet_source`` "option"); a later pair wins. A key
    that matches no article is named through ``warn`` (a typo should not pass in silence); with
    ``hits`` (many folders named at once) the keys that matched are added to it instead."""
    pairs = list(pairs)
    out = list(articles)
    if not pairs:  # the usual case: no path resolved (a system call per article)
        return out
    keys = [_keys(a) for a in articles]
    for key, name in pairs:
        alt = {key, str(Path(key).resolve())} if key != "-" else {key}
        hit = False
        for i, ks in enumerate(keys):
            if ks & alt:
                out[i] = replace(out[i], outlet=name, outlet_source=SOURCE)
                hit = True
        if hit and hits is not None:
            hits.add(key)
        elif not hit and warn and hits is None:
            warn(unmatched_name(key, name))
    return out


def unmatched_name(key: str, name: str) -> str:
    return f"--name {key}={name}: no article has that file name or id"
