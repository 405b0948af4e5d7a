"""Make the WikiNews texts: whole English Wikinews stories (2019-2020) as articles.

Wikinews stories are whole news articles (a headline, a lead, several paragraphs of reporting
with quotes and background), the kind the held-out TimeBank/LGL splits hold and the portal days
(one-line items) do not. They were read from a public scrape of en.wikinews.org
(github.com/vanatteveldt/wikinews, data/wikinews_2019.csv and data/wikinews_2020.csv: url, date,
title, text); the texts are Wikinews contributors' work under CC BY 2.5
(https://creativecommons.org/licenses/by/2.5/), kept in texts.jsonl with each story's link.

Cleaning: the weekday dateline line the scrape left at the top is dropped (the date is the
``published`` field), as are picture credits ("Image: ..."), map legends ("██ ...") and
pull-quote attributions ("—Name", left without their quote, which the scrape lost); paragraphs are kept, one per block, whitespace normalised.

    python benchmarks/realnews/wikinews/extract.py MIRROR_GIT_DIR ID [ID ...] >> texts.jsonl
    python benchmarks/realnews/wikinews/extract.py MIRROR_GIT_DIR --list      # every story's id and title
    python benchmarks/realnews/wikinews/extract.py MIRROR_GIT_DIR --draw SEED N  # N event stories at random
    python benchmarks/realnews/wikinews/extract.py MIRROR_GIT_DIR --draw SEED N texts.jsonl  # none of those already drawn
    python benchmarks/realnews/wikinews/extract.py MIRROR_GIT_DIR --draw-other SEED N texts.jsonl  # the other reports

``--draw`` samples (``random.Random(SEED).sample``, ids sorted) from the event stories: a title
naming a happening (:data:`EVENT_TITLE`), not an interview or an obituary, at most 650 words.
``--draw-other`` samples the same way from the other reports, drawn once the event stories ran out
(session 36): a title :data:`EVENT_TITLE` does not match ("ends presidential bid", "impeaches",
"tests positive", "stabbed"), not an interview, an obituary or a science finding
(:data:`A_FINDING`), at most 650 words.

An ``id`` is the story's date and its title's words in lower case, joined by hyphens (at most 80
characters): "2019-04-16-notre-dame-in-paris-catches-fire".
"""
from __future__ import annotations

import csv
import json
import random
import re
import subprocess
import sys
import urllib.parse

YEARS = (2019, 2020)
LICENCE = "CC BY 2.5, Wikinews contributors (https://creativecommons.org/licenses/by/2.5/)"


#: A headline that names a happening: the kinds of the codebook (attacks, arrests, protests,
#: disasters and accidents, elections and votes, trials, meetings and visits, agreements).
EVENT_TITLE = re.compile(
    r"\b(kill|killed|kills|attack|attacks|bomb|bombing|arrest|arrested|protest|protests|protesters|troops|"
    r"war|fire|fires|crash|crashes|election|elected|vote|votes|court|charged|shooting|shot|summit|talks|"
    r"sanction|police|rebels|strike|strikes|dies|die|dead|earthquake|flood|floods|storm|hurricane|cyclone|"
    r"sentenced|convicted|resigns|wins|win|explosion|clashes|missile|airstrike|riot|coup|hostage|meets|"
    r"visit|visits|agreement|deal|signs)\b", re.I)
#: Interviews and obituaries tell few happenings of the day.
NOT_A_REPORT = re.compile(r"Wikinews interviews|tells Wikinews|talks to|interview|\bdies\b.*\b(aged|at age|at \d|of)\b"
                          r"|\bdies\s*$|\bdead at\b", re.I)
#: A study's finding ("Scientists report ...", "..., says study") is a generic claim, not a happening
#: (codebook section 1): such stories hold no event to code.
A_FINDING = re.compile(r"\b(scientists?|study|studies|researchers|astronomers|scientific)\b", re.I)


def draw(every: dict[str, dict], seed: int, n: int, drawn: set[str] = frozenset(), *,
         event_titles: bool = True) -> list[str]:
    """``n`` stories at random of at most 650 words, neither drawn nor an interview or an obituary:
    of the titles that name a happening, or (``event_titles=False``) of the other reports."""
    pool = sorted(i for i, s in every.items()
                  if i not in drawn and not NOT_A_REPORT.search(s["title"]) and len(s["text"].split()) <= 650
                  and (bool(EVENT_TITLE.search(s["title"])) if event_titles else
                       not EVENT_TITLE.search(s["title"]) and not A_FINDING.search(s["title"])))
    return random.Random(seed).sample(pool, n)


def story_id(published: str, title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return (published + "-" + "-".join(words))[:80].rstrip("-")


def clean(text: str) -> str | None:
    """The story's paragraphs, or None for a page that is no published story."""
    text = text.replace("\xa0", " ")
    text = re.sub(r"^\s*\w+day, \w+ \d{1,2}, \d{4}\s*\n", "", text)
    if text.lstrip().startswith("This article requires pre-publication review"):
        return None
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", text)]
    kept: list[str] = []
    for paragraph in paragraphs:
        if not paragraph or paragraph.startswith("Image:") or "██" in paragraph:
            continue
        if paragraph.startswith(("—", "―")):
            continue  # a pull quote's attribution (the scrape lost the quote itself)
        kept.append(paragraph)
    return "\n\n".join(kept)


def stories(git_dir: str):
    for year in YEARS:
        raw = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:data/wikinews_{year}.csv"],
                             check=True, capture_output=True).stdout.decode("utf-8")
        for row in csv.DictReader(raw.splitlines(keepends=True)):
            if row["title"].startswith("TEST PAGE"):
                continue
            text = clean(row["text"])
            if text is None:
                continue
            url = "https://en.wikinews.org/wiki/" + urllib.parse.quote(
                urllib.parse.unquote(row["url"].split("/wiki/", 1)[1]), safe="_,()'!")
            yield {"id": story_id(row["date"], row["title"]), "published": row["date"], "title": row["title"],
                   "text": text, "url": url, "licence": LICENCE}


USAGE = "usage: extract.py MIRROR_GIT_DIR (ID [ID ...] | --list | --draw[-other] SEED N [DRAWN.jsonl])"


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] in ("--draw", "--draw-other") and len(argv) not in (4, 5):
        print(USAGE, file=sys.stderr)
        return 2
    try:
        every = {s["id"]: s for s in stories(argv[0])}
    except subprocess.CalledProcessError:
        print(f"{argv[0]}: not a git directory holding data/wikinews_{YEARS[0]}.csv (fetch vanatteveldt/wikinews)",
              file=sys.stderr)
        return 2
    if argv[1] in ("--draw", "--draw-other"):
        drawn: set[str] = set()
        if len(argv) == 5:
            with open(argv[4], encoding="utf-8") as fh:
                drawn = {json.loads(line)["id"] for line in fh if line.strip()}
        print(*draw(every, int(argv[2]), int(argv[3]), drawn, event_titles=argv[1] == "--draw"), sep="\n")
        return 0
    if argv[1] == "--list":
        for s in every.values():
            print(s["id"], "|", s["title"], "|", len(s["text"].split()), "words")
        return 0
    missing = [i for i in argv[1:] if i not in every]
    if missing:
        print(f"no such story: {', '.join(missing)}", file=sys.stderr)
        return 2
    for i in argv[1:]:
        print(json.dumps(every[i], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
