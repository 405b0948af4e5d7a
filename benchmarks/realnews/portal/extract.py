"""Make the portal texts: days of Wikipedia's "Portal:Current events" (2025-2026) as articles.

The portal's daily pages summarise the day's news in one- or two-sentence items written by
Wikipedia editors, each citing its sources: modern reporting of wars, attacks, disasters,
diplomacy, crime and elections, which the TimeBank/LGL splits (1989-2009) lack. A day's page
becomes one "article": the items of its news sections (armed conflicts and attacks, disasters
and accidents, international relations, law and crime, politics and elections), in page order,
one paragraph each, with links reduced to their words and the source citations dropped; the
page's date is the publication date. Topic headings (items that are only links) are left out.

The pages were read from a public mirror of the portal in Markdown (github.com/fordred/wikinews,
one file per day, docs/_posts/YYYY-MM-DD-index.md); the texts are Wikipedia contributors' work
under CC BY-SA 4.0 (https://en.wikipedia.org/wiki/Portal:Current_events), kept in texts.jsonl
with that attribution.

    python benchmarks/realnews/portal/extract.py MIRROR_GIT_DIR DAY [DAY ...] > texts.jsonl
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

SECTIONS = ("Armed conflicts and attacks", "Disasters and accidents", "International relations",
            "Law and crime", "Politics and elections")
LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
CITATION = re.compile(r"\s*\[\(([^\]]*)\)\]\((?:[^()\s]|\([^()]*\))*\)")


def items(markdown: str) -> list[str]:
    out, section = [], None
    for line in markdown.splitlines():
        heading = re.match(r"#+\s*(.+)", line)
        if heading:
            section = heading.group(1).strip()
            continue
        bullet = re.match(r"\s*\*\s+(.*)", line)
        if not bullet or section not in SECTIONS:
            continue
        body = bullet.group(1)
        if not CITATION.search(body):
            continue  # a topic heading: only links, no source
        text = CITATION.sub("", body)
        text = LINK.sub(lambda m: m.group(1), text)
        text = re.sub(r"\*+", "", text).replace("\\", "")
        text = re.sub(r"\s+", " ", text).strip()
        if len(text.split()) >= 5:
            out.append(text)
    return out


def page(git_dir: str, day: str) -> dict:
    markdown = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:docs/_posts/{day}-index.md"],
                              check=True, capture_output=True, text=True).stdout
    return {"id": day, "published": day, "title": None, "text": "\n\n".join(items(markdown)),
            "url": f"https://en.wikipedia.org/wiki/Portal:Current_events/{day}",
            "licence": "CC BY-SA 4.0, Wikipedia contributors"}


if __name__ == "__main__":
    git_dir, days = sys.argv[1], sys.argv[2:]
    for day in days:
        print(json.dumps(page(git_dir, day), ensure_ascii=False))
