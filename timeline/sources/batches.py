"""Reading many articles at once: files, folders, .jsonl batches, .zip archives and URLs.

Every input is read and checked before anything is extracted or stored, so a bad input
leaves the store as it was (unless ``skip_invalid``: then each bad item is logged, listed
in :attr:`Batch.skipped` and left out). Limits keep hostile input bounded: a .jsonl line
is at most :data:`MAX_LINE_BYTES`, a .zip holds at most :data:`MAX_ZIP_MEMBERS` members and
:data:`MAX_ZIP_BYTES` once unpacked (each member read with that cap, whatever its header
claims), archives inside archives are not opened, and the articles of one run hold at most
:data:`MAX_RUN_TEXT_BYTES` of text in memory (all are held from the check to the write; a
2 MB zip can unpack to gigabytes of valid articles).

>>> import json, tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "batch.jsonl"
>>> _ = path.write_text(json.dumps({"text": "Police arrested 14 people in Nairobi.",
...                                 "published": "2025-07-10", "title": "Arrests"}) + "\\n")
>>> [a.title for a in read_inputs([str(path)], published=None).articles]
['Arrests']
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from timeline.errors import InputError
from timeline.model import Article
from timeline.sources.pubdate import parse_published

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
BATCH_SUFFIXES = (".jsonl", ".ndjson")
ARCHIVE_SUFFIXES = (".zip",)
FOLDER_SUFFIXES = ARTICLE_SUFFIXES + BATCH_SUFFIXES + ARCHIVE_SUFFIXES
MAX_LINE_BYTES = 20_000_000
MAX_ZIP_MEMBERS = 100_000
MAX_ZIP_BYTES = 4_000_000_000
MAX_MEMBER_BYTES = 20_000_000  # one .txt/.html member; a .jsonl member is read line by line
MAX_RUN_TEXT_BYTES = 300_000_000  # the texts of one run's articles, as Python holds them


@dataclass
class Batch:
    """The articles read, and the items left out with their reasons (only with skip_invalid)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    text_bytes: int = 0  # memory the texts of the articles counted so far hold
    _counted: int = field(default=0, repr=False)

    def check_size(self) -> None:
        """Refuse the run once its articles' texts hold more than :data:`MAX_RUN_TEXT_BYTES`."""
        for article in self.articles[self._counted:]:
            self.text_bytes += sys.getsizeof(article.text)
        self._counted = len(self.articles)
        if self.text_bytes > MAX_RUN_TEXT_BYTES:
            raise InputError(f"the inputs hold more than {MAX_RUN_TEXT_BYTES // 1_000_000} MB of article text; "
                             "give them in several runs")


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def read_inputs(inputs: Sequence[str], *, published: dt.date | dt.datetime | str | None,
                allow: Iterable[str] = (), skip_invalid: bool = False) -> Batch:
    """Every article named by ``inputs`` (files, folders, .jsonl, .zip, URLs of pages or feeds)."""
    default_date = parse_published(published) if published else None
    allow = tuple(allow)
    batch = Batch()
    for name in inputs:
        if is_url(name):
            _guard(batch, name, skip_invalid, lambda: _read_url(batch, name, default_date, allow))
            continue
        if "://" in name and not Path(name).exists():
            from timeline.sources.fetch import UnsafeURLError

            raise UnsafeURLError(f"refused {name}: only http and https URLs can be fetched")
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            if not files:
                raise InputError(f"{path}: no .txt, .html, .jsonl or .zip files in this folder")
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"{name}: no such file or folder")
        for file in files:
            _read_path(batch, file, default_date, skip_invalid)
    return batch


def _guard(batch: Batch, label: str, skip_invalid: bool, read) -> None:
    try:
        read()
    except InputError as exc:
        if not skip_invalid:
            raise
        # info, not warning: the caller reports Batch.skipped (the CLI lists each once)
        logger.info("skipped %s: %s", label, exc)
        batch.skipped.append((label, str(exc)))
    batch.check_size()  # whatever skip_invalid says: the run as a whole is too big


def _read_url(batch: Batch, url: str, default_date: dt.date | None, allow: tuple[str, ...]) -> None:
    from timeline.sources.feeds import read_url

    result = read_url(url, published=default_date, allow=allow)
    batch.articles.extend(result.articles)
    batch.skipped.extend(result.skipped)


def _read_path(batch: Batch, path: Path, default_date: dt.date | None, skip_invalid: bool) -> None:
    from timeline.sources.ingest import read_file, readable_name

    suffix = path.suffix.lower()
    label = readable_name(str(path))
    if suffix in BATCH_SUFFIXES:
        with path.open("rb") as stream:
            read_jsonl(stream, name=label, default_date=default_date, batch=batch, skip_invalid=skip_invalid)
    elif suffix in ARCHIVE_SUFFIXES:
        _guard(batch, label, skip_invalid, lambda: read_zip(path, default_date=default_date, batch=batch,
                                                             skip_invalid=skip_invalid, name=label))
    else:
        _guard(batch, label, skip_invalid, lambda: batch.articles.append(read_file(path, published=default_date)))


def read_jsonl(stream: BinaryIO, *, name: str, default_date: dt.date | None, batch: Batch | None = None,
               skip_invalid: bool = False) -> Batch:
    """Articles from a JSON Lines stream: one ``{"text", "published", "url", "title"}`` per line."""
    batch = batch if batch is not None else Batch()
    for number, line in _lines(stream, name=name):
        label = f"{name}:{number}"
        if isinstance(line, InputError):
            _guard(batch, label, skip_invalid, lambda exc=line: _raise(exc))
            continue
        if not line.strip():
            continue
        _guard(batch, label, skip_invalid,
               lambda: batch.articles.append(article_from_record(line, label=label, default_date=default_date,
                                                                 source=Path(name).name)))
    return batch


def _raise(exc: Exception) -> None:
    raise exc


def _lines(stream: BinaryIO, *, name: str) -> Iterator[tuple[int, bytes | InputError]]:
    number = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the over-long line
                line = stream.readline(1_000_000)
            yield number, InputError(f"{name}:{number}: line longer than {MAX_LINE_BYTES // 1_000_000} MB")
            continue
        yield number, line


def article_from_record(line: bytes | str, *, label: str, default_date: dt.date | None,
                        source: str | None) -> Article:
    """An article from one JSON Lines record; every problem is an :class:`InputError` naming ``label``."""
    from timeline.sources.ingest import from_text

    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise InputError(f"{label}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{label}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{label}: not valid JSON (nested too deeply)") from None
    except ValueError as exc:  # Python's own limits, such as an integer of more than 4,300 digits
        raise InputError(f"{label}: not readable JSON ({str(exc).split(';')[0]})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{label}: each line needs a \"text\" string")
    for key in ("title", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"{label}: \"{key}\" must be a string")
    date = record.get("published")
    try:
        article = from_text(record["text"], published=date if date not in (None, "") else default_date,
                            title=record.get("title") or None, url=record.get("url") or None, source=source)
    except InputError as exc:
        raise type(exc)(f"{label}: {exc}") from None
    article.published_from = "jsonl" if date not in (None, "") else "user"
    return article


def read_zip(path: Path | BinaryIO, *, default_date: dt.date | None, batch: Batch | None = None,
             skip_invalid: bool = False, name: str | None = None) -> Batch:
    """Articles from the .txt/.html/.jsonl members of a .zip archive (other members ignored)."""
    from timeline.sources.ingest import from_upload

    batch = batch if batch is not None else Batch()
    name = name or str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise InputError(f"{name}: not a readable .zip archive ({exc})") from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > MAX_ZIP_MEMBERS:
            raise InputError(f"{name}: more than {MAX_ZIP_MEMBERS} files in the archive")
        total = 0
        readable = 0
        for info in members:
            suffix = Path(info.filename).suffix.lower()
            label = f"{name}!{info.filename}"
            if suffix not in ARTICLE_SUFFIXES + BATCH_SUFFIXES:
                continue
            readable += 1
            limit = MAX_LINE_BYTES * 1000 if suffix in BATCH_SUFFIXES else MAX_MEMBER_BYTES
            if info.file_size > limit:
                _guard(batch, label, skip_invalid, lambda: _raise(InputError(f"{label}: member too large")))
                continue
            total += info.file_size
            if total > MAX_ZIP_BYTES:
                raise InputError(f"{name}: more than {MAX_ZIP_BYTES // 1_000_000_000} GB once unpacked")
            try:
                with archive.open(info) as member:
                    if suffix in BATCH_SUFFIXES:
                        read_jsonl(io.BufferedReader(_Capped(member, limit)), name=label, default_date=default_date,
                                   batch=batch, skip_invalid=skip_invalid)
                        continue
                    data = member.read(limit + 1)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError) as exc:
                _guard(batch, label, skip_invalid, lambda exc=exc: _raise(
                    InputError(f"{label}: cannot be unpacked ({exc})")))
                continue
            if len(data) > limit:
                _guard(batch, label, skip_invalid, lambda: _raise(InputError(f"{label}: member too large")))
                continue
            _guard(batch, label, skip_invalid, lambda: batch.articles.append(
                _labelled(label, lambda: from_upload(info.filename, data, published=default_date))))
        if not readable:
            raise InputError(f"{name}: no .txt, .html or .jsonl files in the archive")
    return batch


def _labelled(label: str, read) -> Article:
    try:
        return read()
    except InputError as exc:
        message = str(exc)
        raise type(exc)(message if label.split("!")[-1] in message else f"{label}: {message}") from None


class _Capped(io.RawIOBase):
    """A read-only stream that fails once more than ``limit`` bytes were read (zip bombs)."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(min(len(buffer), self._left + 1))
        if len(data) > self._left:
            raise InputError("archive member larger than it claims")
        self._left -= len(data)
        buffer[:len(data)] = data
        return len(data)
