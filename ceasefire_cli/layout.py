"""Width-aware plain-text layout: columns and indented blocks that never split a word.

Rich's tables shrink columns below their longest word when space runs out (cutting ids and
numbers mid-word) and pad every line to the full width. Here text is a list of unbreakable
tokens: a grid is laid out only if every column gets at least its longest token, otherwise the
caller switches to blocks; lines carry no trailing spaces. A token wider than the whole width (a
long URL in an evidence sentence) stays whole on a line of its own: the one case a line may
exceed the width.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text

Token = tuple[str, str]  # (text, Rich style or "")
Para = list[Token]  # tokens separated by single spaces when laid out
Cell = list[Para]  # paragraphs, each starting on a new line

GAP = 2  # spaces between columns


def words(s: str, style: str = "") -> Para:
    """A paragraph that may break at any space."""
    return [(w, style) for w in s.split()]


def atom(s: str, style: str = "") -> Para:
    """A paragraph that never breaks (a value such as "10 + 18 = 28", an outlet name in a list)."""
    return [(" ".join(s.split()), style)] if s.strip() else []


def para_width(p: Para) -> int:
    return sum(cell_len(t) for t, _ in p) + max(len(p) - 1, 0)


def min_width(cell: Cell) -> int:
    """The narrowest width at which no token of the cell has to be split."""
    return max((cell_len(t) for p in cell for t, _ in p), default=0)


def max_width(cell: Cell) -> int:
    """The width at which no paragraph of the cell has to wrap."""
    return max((para_width(p) for p in cell), default=0)


def wrap(p: Para, width: int) -> list[Para]:
    """Greedy wrap at token boundaries; a token wider than ``width`` gets a line of its own."""
    lines: list[Para] = []
    cur: Para = []
    used = 0
    for tok in p:
        w = cell_len(tok[0])
        if cur and used + 1 + w > width:
            lines.append(cur)
            cur, used = [], 0
        used += w + (1 if cur else 0)
        cur.append(tok)
    if cur or not lines:
        lines.append(cur)
    return lines


def wrap_cell(cell: Cell, width: int) -> list[Para]:
    return [line for p in cell for line in wrap(p, width)]


def text_of(p: Para, pad_to: int = 0) -> Text:
    """A laid-out line as Rich Text, styles kept, padded with plain spaces to ``pad_to``."""
    t = Text()
    for i, (s, style) in enumerate(p):
        if i:
            t.append(" ")
        t.append(s, style=style or None)
    if pad_to > t.cell_len:
        t.append(" " * (pad_to - t.cell_len))
    return t


def allocate(mins: Sequence[int], maxs: Sequence[int], avail: int) -> list[int] | None:
    """Column widths: every column at least its minimum, spare space shared in proportion to how
    much more each column could use, never more than it needs; None if the minimums do not fit."""
    if sum(mins) > avail:
        return None
    widths = list(mins)
    spare = avail - sum(widths)
    while spare > 0:
        wants = [max(mx - w, 0) for w, mx in zip(widths, maxs, strict=True)]
        total = sum(wants)
        if total == 0:
            break
        if total <= spare:
            return [w + d for w, d in zip(widths, wants, strict=True)]
        given = 0
        for i, d in enumerate(wants):
            add = d * spare // total
            widths[i] += add
            given += add
        if given == 0:
            widths[wants.index(max(wants))] += 1
            given = 1
        spare -= given
    return widths


def grid_widths(header: Sequence[Cell], rows: Sequence[Sequence[Cell]], width: int, *, indent: int = 0,
                floors: Sequence[int] | None = None) -> list[int] | None:
    """Column widths for ``rows`` within ``width``, or None when the columns cannot all be given
    their longest token (plus any ``floors``, minimum widths the caller wants for readability)."""
    n = len(header)
    cols = [[header[i], *(r[i] for r in rows)] for i in range(n)]
    mins = [max(min_width(c) for c in col) for col in cols]
    if floors:
        mins = [max(m, min(f, max(max_width(c) for c in col))) for m, f, col in zip(mins, floors, cols, strict=True)]
    maxs = [max(max(max_width(c) for c in col), m) for m, col in zip(mins, cols, strict=True)]
    return allocate(mins, maxs, width - indent - GAP * (n - 1))


def grid_lines(header: Sequence[Cell], rows: Sequence[Sequence[Cell]], widths: Sequence[int], *, indent: int = 0,
               header_style: str = "bold", rule: bool = True) -> list[Text]:
    """Rows laid out in columns of the given widths: the header, a rule as wide as the table, then
    the rows separated by a blank line."""
    n = len(widths)
    out: list[Text] = []

    def emit(cells: Sequence[Cell], style: str = "") -> None:
        wrapped = [wrap_cell(c, w) for c, w in zip(cells, widths, strict=True)]
        height = max(len(w) for w in wrapped)
        for k in range(height):
            line = Text(" " * indent)
            for i, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                p = lines[k] if k < len(lines) else []
                if style:
                    p = [(s, st or style) for s, st in p]
                line.append_text(text_of(p, w if i < n - 1 else 0))
                if i < n - 1:
                    line.append(" " * GAP)
            line.rstrip()
            out.append(line)

    emit(header, header_style)
    if rule:
        out.append(Text(" " * indent + "─" * (sum(widths) + GAP * (n - 1))))
    for i, r in enumerate(rows):
        if i:
            out.append(Text())
        emit(r)
    return out


def grid(header: Sequence[Cell], rows: Sequence[Sequence[Cell]], width: int, *, indent: int = 0,
         floors: Sequence[int] | None = None) -> list[Text] | None:
    """``grid_widths`` and ``grid_lines`` in one: the laid-out table, or None if it cannot fit."""
    widths = grid_widths(header, rows, width, indent=indent, floors=floors)
    return None if widths is None else grid_lines(header, rows, widths, indent=indent)


def block(lines: Sequence[tuple[int, Para]], width: int, hang: int = 2) -> list[Text]:
    """Indented paragraphs: each (indent, para) wraps within ``width``, continuation lines indented
    ``hang`` more."""
    out: list[Text] = []
    for indent, p in lines:
        for k, line in enumerate(wrap(p, max(width - indent - hang, 1))):
            pad = indent + (hang if k else 0)
            t = Text(" " * pad)
            t.append_text(text_of(line))
            t.rstrip()
            out.append(t)
    return out
