"""The accuracy gate: the dev set's answer keys, scored as ../shared/eval/devset.sh scores them, must
not fall below the floors set at the figures reached (raise a floor when a change lifts it; never
lower one without saying why in the commit). Skipped, saying so, where ../shared is not beside the
project."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
CFDIFF = f"{sys.executable} -m ceasefire_cli"

# cluster -> floors: F1 of counts, quotes, events; speakers right; verdicts right; count conflicts in
# the key (reported conflicts that are keyed / reported, as a share; 1.0 when none are reported)
FLOORS = {
    "doha-recall-jul2025": dict(counts=1.0, quotes=1.0, speakers=1.0, events=0.99, verdicts=7, keyed=1.0),
    "hostage-release-oct2025": dict(counts=0.97, quotes=1.0, speakers=1.0, events=0.92, verdicts=10, keyed=1.0),
    # counts 1.00 -> 0.99 with named people's ages (a measure, unit "age"): the scorer pairs a key's count with
    # the first mention of equal value, so "a 30-year-old woman" takes the key's "more than 30 hours" and the
    # hours, still found, are scored extra. No count was lost.
    "myanmar-quake-mar2025": dict(counts=0.99, quotes=1.0, speakers=1.0, events=0.95, verdicts=15, keyed=1.0),
    "seeds": dict(counts=1.0, quotes=1.0, speakers=1.0, events=1.0, verdicts=9, keyed=1.0),
}
_SUMMARY = re.compile(
    r"counts F1 (?P<counts>[\d.]+) quotes F1 (?P<quotes>[\d.]+) speakers (?P<speakers>[\d.]+) events F1 "
    r"(?P<events>[\d.]+) verdicts (?P<verdicts>\d+)/\d+ false-conflicts (?P<false>\d+) .*"
    r"conflicts-keyed (?P<k>\d+)/(?P<n>\d+)"
)


def _summary(gold: Path, folder: Path, tmp_path: Path) -> dict[str, float]:
    if folder.name != "seeds":  # the scorer sees only the articles, as devset.sh arranges it
        dest = tmp_path / folder.name
        dest.mkdir()
        for f in folder.glob("*.txt"):
            (dest / f.name).write_bytes(f.read_bytes())
        folder = dest
    out = subprocess.run([sys.executable, str(SCORE), "--gold", str(gold), "--dir", str(folder), "--cfdiff", CFDIFF,
                          "--quiet"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    m = _SUMMARY.search(out)
    assert m, out
    got = {k: float(v) for k, v in m.groupdict().items()}
    got["keyed"] = got["k"] / got["n"] if got["n"] else 1.0
    return got


@pytest.mark.skipif(not SCORE.is_file(), reason="../shared/eval is not beside the project")
@pytest.mark.parametrize("cluster", sorted(FLOORS))
def test_dev_set_stays_above_its_floors(cluster: str, tmp_path: Path) -> None:
    if cluster == "seeds":
        gold, folder = SHARED / "gold" / "seeds.json", ROOT / "seeds"
    else:
        gold, folder = SHARED / "devset" / cluster / "gold.json", SHARED / "devset" / cluster
    got = _summary(gold, folder, tmp_path)
    low = {k: (got[k], floor) for k, floor in FLOORS[cluster].items() if got[k] < floor - 1e-9}
    assert not low, f"{cluster} below its floors (got, floor): {low}"
    assert got["false"] == 0, f"{cluster}: conflicts the key says are none"
