"""Quote claims: the same words in several outlets are one claim despite truncation, spelling and
marks; a paraphrase by the same speaker is a variant; the same words credited to different speakers
are a conflict."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .models import Claim, Mention, Quote
from .textmatch import UnionFind, candidate_pairs, content_words, words

TITLE_WORDS = frozenset(
    """mr mrs ms dr president prime minister secretary envoy special spokesperson spokesman spokeswoman
    deputy state department general sen senator rep gov governor chief the""".split()
)


@lru_cache(maxsize=4096)
def _speaker_tokens(s: str | None) -> frozenset[str]:
    return frozenset(w for w in words(s or "") if w not in TITLE_WORDS and len(w) > 2)


def is_named(s: str | None) -> bool:
    """Whether a speaker is a named person or body (not "a senior official", not None)."""
    if not s:
        return False
    first = s.split()[0].lower()
    return s[:1].isupper() and first not in {"a", "an", "one", "another", "the", "two", "three", "several"}


def speakers_compatible(a: str | None, b: str | None) -> bool:
    """Lenient: unknown or unnamed speakers fit anyone; named ones must share a name word."""
    if not is_named(a) or not is_named(b):
        return True
    ta, tb = _speaker_tokens(a), _speaker_tokens(b)
    return bool(ta & tb) or not ta or not tb


def _longest_run(a: list[str], b: list[str]) -> tuple[int, int, int]:
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.a, m.b, m.size


def quote_relation(a: list[str], b: list[str]) -> str | None:
    """'identical' when one quote is the other cut at either end (same words where they overlap),
    'overlap' when they share a long run of words but differ around it, else None."""
    if not a or not b:
        return None
    i, j, n = _longest_run(a, b)
    shorter = min(len(a), len(b))
    if n < min(5, shorter) or n < 3:
        return None
    pre_ok = i == 0 or j == 0
    post_ok = i + n == len(a) or j + n == len(b)
    return "identical" if pre_ok and post_ok else "overlap"


def _paraphrase(a: Quote, b: Quote, wa: set[str], wb: set[str]) -> bool:
    """Same speaker, many shared content words: one remark rendered differently."""
    if not (is_named(a.speaker) and is_named(b.speaker) and speakers_compatible(a.speaker, b.speaker)):
        return False
    shared = wa & wb
    return len(shared) >= 4 and len(shared) >= 0.5 * min(len(wa), len(wb))


def word_diff(a: str, b: str) -> str:
    """`git diff --word-diff` style: [-removed-]{+added+} between two renderings of a quote."""
    ta, tb = a.split(), b.split()
    na = [" ".join(words(t)) for t in ta]
    nb = [" ".join(words(t)) for t in tb]
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(tb[j1:j2]))
            continue
        removed = "[-" + " ".join(ta[i1:i2]) + "-]" if i2 > i1 else ""
        added = "{+" + " ".join(tb[j1:j2]) + "+}" if j2 > j1 else ""
        out.append(removed + added)
    return " ".join(out)


def _trigrams(ts: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ts[k:k + 3]) for k in range(len(ts) - 2)}


def align_quotes(mentions: Sequence[Mention], report_of: dict[str, str] | None = None) -> list[Claim]:
    """Quote claims; ``report_of`` maps a copy's article id to the report it copies (copies count once)."""
    rep = report_of or {}
    qs = list(mentions)
    toks = [words(m.item.quote) for m in qs]  # type: ignore[union-attr]
    cws = [content_words(m.item.quote) for m in qs]  # type: ignore[union-attr]
    uf = UnionFind(len(qs))
    # any two quotes that share a run of >= 3 words share a trigram; paraphrases share >= 4 content words
    pairs = set(candidate_pairs([_trigrams(t) for t in toks], 1)) | set(candidate_pairs(cws, 4))
    for i, j in sorted(pairs):
        if uf.find(i) == uf.find(j):
            continue
        if quote_relation(toks[i], toks[j]) or (
            rep.get(qs[i].article, qs[i].article) != rep.get(qs[j].article, qs[j].article)
            and _paraphrase(qs[i].item, qs[j].item, cws[i], cws[j])  # type: ignore[arg-type]
        ):
            uf.union(i, j)
    claims = []
    for grp in uf.groups():
        ms = [qs[i] for i in grp]
        claims.append(_quote_claim(ms, [toks[i] for i in grp], rep))
    return claims


def _quote_claim(ms: list[Mention], toks: list[list[str]], rep: dict[str, str]) -> Claim:
    arts = {rep.get(m.article, m.article) for m in ms}
    named = [m.item.speaker for m in ms if is_named(m.item.speaker)]  # type: ignore[union-attr]
    uniq_named = sorted(set(named))
    longest = max(range(len(ms)), key=lambda k: len(toks[k]))
    base: Quote = ms[longest].item  # type: ignore[assignment]
    speaker = max(named, key=len) if named else base.speaker
    extra: dict[str, Any] = {"speaker": speaker}
    note = None
    if len(arts) < 2:
        verdict = "single"
    elif any(not speakers_compatible(a, b) for i, a in enumerate(uniq_named) for b in uniq_named[i + 1:]):
        verdict = "conflict"
        note = "credited to " + " vs ".join(uniq_named)
    else:
        # compare each distinct wording once; repeated copies of one wording add nothing
        seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for m, t in zip(ms, toks, strict=True):
            seen[tuple(t)].add(m.article)
        forms = list(seen.items())
        verdict = "identical"
        for i, (ta, aa) in enumerate(forms):
            for tb, ab in forms[i + 1:]:
                two_articles = (aa | ab) != (aa & ab) or len(aa) > 1
                if two_articles and quote_relation(list(ta), list(tb)) != "identical":
                    verdict = "variant"
                    break
            if verdict == "variant":
                break
    if verdict in ("variant", "conflict"):
        diffs: dict[str, str] = {}
        for m in ms:
            if m is not ms[longest] and m.article != ms[longest].article:
                diffs.setdefault(m.article, word_diff(base.quote, m.item.quote))  # type: ignore[union-attr]
        extra["diff"] = diffs
    words_ = base.quote.split()
    label = " ".join(words_[:12]) + ("…" if len(words_) > 12 else "")
    if speaker:
        label = f"{speaker}: {label}"
    return Claim("", "quote", "quotes", label, verdict, ms, note, extra)

