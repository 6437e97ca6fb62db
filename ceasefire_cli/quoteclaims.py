"""Quote claims: the same words in several outlets are one claim despite truncation, spelling and
marks; a paraphrase by the same speaker is a variant; the same words credited to different speakers
are a conflict."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from .models import Article, Claim, Mention, Quote
from .names import surname
from .textmatch import candidate_pairs, complete_linkage, content_words, words
from .textutil import MONTH_NAMES, MONTHS

TITLE_WORDS = frozenset(
    """mr mrs ms dr president prime minister secretary envoy special spokesperson spokesman spokeswoman
    deputy state department general sen senator rep gov governor chief the""".split()
)


# words that make a speaker a body rather than a person ("Prime Minister's Office", "the Interior Ministry")
ORG_WORDS = frozenset(
    """office ministry union committee forum council agency department government army military police
    authority authorities service services group organization organisation movement party company
    corporation commission court board bureau administration embassy mission association federation
    force forces brigade brigades command corps foundation institute center centre club cabinet""".split()
)
_ACRONYM_SKIP = frozenset("of the for and on in 's".split())
SURNAME_LIKENESS = 0.75  # "Gaddafi"/"Qaddafi" 0.86, "Zelensky"/"Zelenskyy" 0.94; "Berg"/"Reyes" 0.0


@lru_cache(maxsize=4096)
def _speaker_tokens(s: str | None) -> frozenset[str]:
    """The words that name a speaker: not titles, not what kind of body it is ("ministry")."""
    return frozenset(w for w in words(s or "") if w not in TITLE_WORDS and w not in ORG_WORDS and len(w) > 2)


# a credit that describes someone by whose they are ("Berg’s lawyer", "Reyes' aides"): not a name of its own
_POSSESSED_ROLE = re.compile(r"^(?:[A-Z]\S*\s+){0,3}\S+(?:['’]s?)\s+[a-z][a-z\s-]*$")


def is_named(s: str | None) -> bool:
    """Whether a speaker is a named person or body (not "a senior official", not "Berg’s lawyer", not None)."""
    if not s:
        return False
    first = s.split()[0].lower()
    return s[:1].isupper() and first not in {"a", "an", "one", "another", "the", "two", "three", "several"} \
        and not _POSSESSED_ROLE.match(s)


def _is_body(s: str) -> bool:
    return bool(set(words(s)) & ORG_WORDS) or s.isupper()


def _acronym(s: str) -> str:
    return "".join(w[0] for w in s.replace("’", "'").split() if w.lower() not in _ACRONYM_SKIP and w[:1].isupper())


def speakers_compatible(a: str | None, b: str | None) -> bool:
    """Whether two credits can name one speaker: unknown or unnamed speakers fit anyone; named ones
    share a name word, or one is the other's acronym ("CUPE"), or their surnames are one name
    transliterated ("Gaddafi"/"Qaddafi"); a body and a person fit too (an office speaks for its
    holder, a union for its leader). Only two different people make a conflict."""
    if not is_named(a) or not is_named(b):
        return True
    assert a is not None and b is not None
    ta, tb = _speaker_tokens(a), _speaker_tokens(b)
    if not ta or not tb or ta & tb:
        return True
    short, long_ = sorted((a.strip(), b.strip()), key=len)
    if short.isupper() and len(short) >= 2 and _acronym(long_).upper() == short.replace(".", ""):
        return True
    if _is_body(a) or _is_body(b):
        return _is_body(a) != _is_body(b)  # two bodies with different names are two speakers
    sa, sb = surname(a).lower(), surname(b).lower()
    return difflib.SequenceMatcher(None, sa, sb).ratio() >= SURNAME_LIKENESS


def _longest_run(a: list[str], b: list[str]) -> tuple[int, int, int]:
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.a, m.b, m.size


# A shared run in the middle of both quotes, shorter than this share of the shorter one, is a stock phrase
# two remarks happen to share. On 24 tuning clusters (and dev, seeds) 0.25 split the four rows that each held
# two different remarks (one credited to two speakers) and joined no other (quotes, speakers scores unchanged).
STOCK_PHRASE_SHARE = 0.25
# words a transcription adds or drops without changing what was said ("..., then so be it")
FILLER = frozenset("then that so and the a an um uh well just really also".split())


def _same_but_fillers(a: list[str], b: list[str]) -> bool:
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return all(op == "equal" or (set(a[i1:i2]) | set(b[j1:j2])) <= FILLER for op, i1, i2, j1, j2 in ops)


def quote_relation(a: list[str], b: list[str]) -> str | None:
    """'identical' when one quote is the other cut at either end (same words where they overlap, a
    filler word aside), 'overlap' when they share a long run of words but differ around it, else None."""
    if not a or not b:
        return None
    if len(a) > 3 and len(b) > 3 and abs(len(a) - len(b)) <= 3 and _same_but_fillers(a, b):
        return "identical"
    i, j, n = _longest_run(a, b)
    shorter = min(len(a), len(b))
    if n < min(5, shorter) or n < 3:
        return None
    pre_ok = i == 0 or j == 0
    post_ok = i + n == len(a) or j + n == len(b)
    if pre_ok and post_ok:
        return "identical"
    if not (pre_ok or post_ok) and n < STOCK_PHRASE_SHARE * shorter:
        return None  # a stock phrase inside two long remarks ("at the end of the day"), not one remark
    return "overlap"


def _paraphrase(a: Quote, b: Quote, wa: set[str], wb: set[str]) -> bool:
    """Same speaker, many shared content words: one remark rendered differently."""
    if not (is_named(a.speaker) and is_named(b.speaker) and speakers_compatible(a.speaker, b.speaker)):
        return False
    shared = wa & wb
    return len(shared) >= 4 and len(shared) >= 0.5 * min(len(wa), len(wb))


def word_diff(a: str, b: str) -> str:
    """`git diff --word-diff` style: [-removed-]{+added+} between two renderings of a quote. Where ``b``
    quotes only a part of ``a``, the words of ``a`` before or after that part are not listed as removed: an
    "…" stands for them ("… No one has fought harder [-for-]{+than+} …" rather than the whole speech)."""
    ta, tb = a.split(), b.split()
    na = [" ".join(words(t)) for t in ta]
    nb = [" ".join(words(t)) for t in tb]
    out: list[str] = []
    ops = difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes()
    head = len(ops) > 1 and ops[0][0] == "delete"
    tail = len(ops) > 1 and ops[-1][0] == "delete"
    ops = ops[1 if head else 0 : len(ops) - 1 if tail else len(ops)]
    if head:
        out.append("…")
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            out.append(" ".join(tb[j1:j2]))
            continue
        removed = "[-" + " ".join(ta[i1:i2]) + "-]" if i2 > i1 else ""
        added = "{+" + " ".join(tb[j1:j2]) + "+}" if j2 > j1 else ""
        out.append(removed + added)
    if tail:
        out.append("…")
    return " ".join(out)


def _trigrams(ts: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ts[k:k + 3]) for k in range(len(ts) - 2)}


# the same word written short in a quote: outlets' house styles ("Nov. 5" for "November 5th"), not the speaker's
# (not "mar", which quotes use as the verb far more often than as March)
_HOUSE_STYLE = {w: MONTH_NAMES[n - 1].lower() for w, n in MONTHS.items() if w != "mar"}
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


# British and American spellings of one word, as two outlets print one remark ("organise"/"organize",
# "labour"/"labor", "centre"/"center", "travelled"/"traveled", "defence"/"defense"): each written the American way
# here (applied to both sides alike, so a word only one spelling has, "promise", stays a word of both)
_SPELLINGS = (
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations)$"), r"\1iz\2"),
    (re.compile(r"^(\w{2,})our(s|ed|ing|able|ite|ites)?$"), r"\1or\2"),
    (re.compile(r"^(\w+)tre(s)?$"), r"\1ter\2"),
    (re.compile(r"^(\w{3,}[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"^(defen|offen|licen|preten)ce(s)?$"), r"\1se\2"),
)


@lru_cache(maxsize=1 << 14)
def _american(w: str) -> str:
    for pattern, repl in _SPELLINGS:
        w = pattern.sub(repl, w)
    return w


def quote_words(s: str) -> list[str]:
    """A quote's comparable words, house styles and spellings undone: 'Nov. 5' and 'November 5th' are one wording,
    and so are 'organise' and 'organize'."""
    return [_HOUSE_STYLE.get(w) or (o.group(1) if (o := _ORDINAL.fullmatch(w)) else _american(w)) for w in words(s)]


def align_quotes(mentions: Sequence[Mention], articles: dict[str, Article] | None = None) -> list[Claim]:
    """Quote claims, one row per passage; copies of one report (``Article.copy_of``) count once.
    Each distinct wording is compared once; wordings join a row only if
    each is related to every wording already there (the same words, a long shared run, or one
    speaker's paraphrase), so a speaker's different remarks never chain into one row."""
    arts = articles or {}
    rep = {a.id: a.copy_of for a in arts.values() if a.copy_of}
    forms: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        forms[tuple(quote_words(m.item.quote))].append(m)  # type: ignore[union-attr]
    keys = list(forms)
    toks = [list(k) for k in keys]
    cws = [content_words(" ".join(k)) for k in keys]
    reps = [{rep.get(m.article, m.article) for m in forms[k]} for k in keys]

    @cache
    def related(i: int, j: int) -> float:
        rel = quote_relation(toks[i], toks[j])
        if rel == "identical":  # a quote that runs on into a second remark is its opening remark's ("No family
            # …its head, and we will rebuild" and "No family …its head"), then the one it shares most words with
            a, b, n = _longest_run(toks[i], toks[j])
            return 3.0 + (0.5 if a == b == 0 else 0.0) + 0.5 * n / max(len(toks[i]), len(toks[j]))
        if rel == "overlap":
            return 2.0 + _longest_run(toks[i], toks[j])[2] / min(len(toks[i]), len(toks[j]))
        if reps[i] != reps[j] and any(_paraphrase(a.item, b.item, cws[i], cws[j])  # type: ignore[arg-type]
                                      for a in forms[keys[i]][:3] for b in forms[keys[j]][:3]):
            return 1.0 + len(cws[i] & cws[j]) / max(1, min(len(cws[i]), len(cws[j])))
        return 0.0

    # any two quotes that share a run of >= 3 words share a trigram; paraphrases share >= 4 content words
    pairs = set(candidate_pairs([_trigrams(t) for t in toks], 1)) | set(candidate_pairs(cws, 4))
    scored = sorted(((related(i, j), i, j) for i, j in pairs), reverse=True)
    claims = []
    for ks in complete_linkage(len(keys), scored, related):
        ms = [m for k in ks for m in forms[keys[k]]]
        claims.append(_quote_claim(ms, [toks[k] for k in ks for _ in forms[keys[k]]], rep, arts))
    return claims


def _quote_claim(ms: list[Mention], toks: list[list[str]], rep: dict[str, str],
                 articles: dict[str, Article]) -> Claim:
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
        by_speaker: dict[str, list[str]] = defaultdict(list)
        for m in ms:
            if is_named(m.item.speaker):  # type: ignore[union-attr]
                a = articles.get(m.article)
                by_speaker[m.item.speaker].append(a.outlet if a else m.article)  # type: ignore[union-attr,index]
        note = "credited to " + " vs ".join(f"{sp} ({', '.join(dict.fromkeys(o))})"
                                             for sp, o in sorted(by_speaker.items()))
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
        by_wording: dict[str, str] = {}
        for m in ms:
            if m is not ms[longest] and m.article != ms[longest].article and m.article not in diffs:
                q = m.item.quote  # type: ignore[union-attr]
                if q not in by_wording:  # copies repeat a wording: diff each wording once
                    by_wording[q] = word_diff(base.quote, q)
                diffs[m.article] = by_wording[q]
        extra["diff"] = diffs
    words_ = base.quote.split()
    label = " ".join(words_[:12]) + ("…" if len(words_) > 12 else "")
    if speaker:
        label = f"{speaker}: {label}"
    return Claim("", "quote", "quotes", label, verdict, ms, note, extra)

