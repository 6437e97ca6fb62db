"""The HTML report: self-contained, disputes first, every cell linked to its highlighted sentence —
checked in a real headless Chromium (the DOM it builds) and as text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from ceasefire_cli.cli import app
from ceasefire_cli.html_report import write_html
from ceasefire_cli.view import select

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"  # a fresh profile per test
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],  # type: ignore[list-item]
                          capture_output=True, text=True, timeout=180)


def report(tmp_path: Path, *args: str) -> Path:
    page = tmp_path / "report.html"
    r = CliRunner().invoke(app, ["compare", str(SEEDS), "-f", "html", "-o", str(page), *args])
    assert r.exit_code == 1, r.stderr
    return page


def check_self_contained(doc) -> None:
    assert not doc.xpath("//script | //link | //iframe | //object | //embed | //img")
    assert not doc.xpath("//*[@src]")
    assert all(h.startswith("#") for h in doc.xpath("//a/@href"))
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]


def check_links(doc) -> int:
    """Every link lands on an element; every value cell lands on a sentence with its mention marked."""
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids"
    checked = 0
    for a in doc.xpath("//td[@class='cell']//a"):
        target = doc.get_element_by_id(a.get("href")[1:])
        marks = target.xpath(".//mark | self::mark")
        assert marks, a.get("href")
        link_words = set(re.findall(r"\w+", a.text_content().lower()))
        firsts = [re.findall(r"\w+", m.text_content().lower())[:1] for m in marks]
        assert any(f and f[0] in link_words for f in firsts), (a.text_content(), [m.text_content() for m in marks])
        assert target.get("class") == "sent" or target.tag == "mark"
        checked += 1
    return checked


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on this machine (Debian: apt-get install chromium)")
def test_report_in_headless_chromium(tmp_path: Path):
    page = report(tmp_path)
    r = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert r.returncode == 0, r.stderr[-2000:]
    doc = lxml.html.fromstring(r.stdout)
    # disputes first: the first section is the conflict, with who said what
    sections = doc.xpath("//section")
    assert sections[0].get("id") == "disputes"
    assert sections[0].xpath("string(.//h2)") == "Conflicts (1)"
    dispute = " ".join(sections[0].xpath("string(.//div[@class='dispute'])").split())
    assert "some 50 — Fox News" in dispute and "10 + 18 = 28" in dispute
    assert sections[0].xpath(".//span[@class='note']")  # the claim's note, whatever align writes there
    rows = doc.xpath("//tbody/tr[starts-with(@class, 'v-')]")
    assert rows[0].get("class") == "v-conflict" and all(r.get("class") != "v-single" for r in rows)
    headers = [" ".join(th.text_content().split()) for th in doc.xpath("//thead/tr/th")]
    assert headers[:2] == ["claim", "verdict"] and "Fox News" in headers and "CNN" in headers
    assert check_links(doc) >= 20
    check_self_contained(doc)
    # a screenshot for the artifacts
    shot = tmp_path / "report.png"
    r = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    assert r.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_report_as_text_links_and_escapes(make_comparison):
    html = write_html(select(make_comparison(5), include_single=True), evidence=True)
    doc = lxml.html.fromstring(html)
    check_self_contained(doc)
    assert check_links(doc) == 5 * 4 + 1  # five outlets × four shared claims, plus the single
    assert doc.xpath("string(//section[1]//h2)") == "Conflicts (1)"
    assert doc.xpath("//span[@class='ev']")  # --evidence: sentences under the values


def test_hostile_article_text_stays_text(tmp_path: Path):
    (tmp_path / "x.txt").write_text(
        "---\noutlet: Bad</th><script>alert(1)</script>\n---\n"
        "\"We will <script>alert(2)</script> rebuild the \u202ebridge,\" said Dana Whit on Monday, "
        "and <img src=x onerror=alert(3)> 12 workers returned.\n", encoding="utf-8")
    page = tmp_path / "r.html"
    r = CliRunner().invoke(app, ["compare", str(tmp_path), "--all", "-f", "html", "-o", str(page)])
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    doc = lxml.html.fromstring(html)
    check_self_contained(doc)
    assert "alert(2)" in doc.text_content() and "\u202e" not in html and "\\u202e" in html
