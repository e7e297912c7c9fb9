"""Read reports from files: plain text, HTML (main text), Telegram Desktop exports, RSS and Atom feeds."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .model import Report


class ReaderError(Exception):
    """Bad input; the message names the file and, where known, the line, column or JSON path."""


def read_file(path: str | Path) -> list[Report]:
    """The reports in one file (a Telegram export or a feed holds many)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{p}: cannot read: {exc.strerror or exc}") from None
    text = _decode(raw, p)
    if not text.strip():
        raise ReaderError(f"{p}: empty file (no text to read)")
    head = text.lstrip()[:400].lower()
    suffix = p.suffix.lower()
    if suffix == ".json" or head.startswith(("{", "[")):
        return _telegram(text, p)
    if suffix in (".rss", ".atom", ".xml") or head.startswith(("<?xml", "<rss", "<feed")):
        return _feed(text, p)
    if suffix in (".html", ".htm") or head.startswith(("<!doctype html", "<html")):
        return [_html_report(text, p)]
    return [read_text(text, str(p))]


def read_text(
    text: str,
    origin: str = "",
    published: dt.date | None = None,
    lang: str | None = None,
    outlet: str | None = None,
) -> Report:
    """A report from text already in memory."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReaderError(f"{origin or '<text>'}: empty text")
    return Report(text=text, origin=origin, published=published, lang=lang, outlet=outlet)


def _decode(raw: bytes, p: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReaderError(f"{p}: not valid UTF-16 text (byte {exc.start})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ReaderError(
            f"{p}: not UTF-8 text (undecodable byte 0x{raw[exc.start]:02x} at offset {exc.start}, line {line});"
            " convert it to UTF-8 first"
        ) from None


# --- Telegram Desktop export ---------------------------------------------------------------------


def _telegram(text: str, p: Path) -> list[Report]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReaderError(
            f"{p}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ReaderError(f"{p}: not a Telegram Desktop export (expected an object with a 'messages' list)")
    channel = data.get("name") if isinstance(data.get("name"), str) else None
    reports: list[Report] = []
    for i, msg in enumerate(data["messages"]):
        where = f"{p}: messages[{i}]"
        if not isinstance(msg, dict):
            raise ReaderError(f"{where}: expected an object, found {type(msg).__name__}")
        if msg.get("type", "message") != "message":
            continue  # service messages (pins, joins) carry no report
        body = _telegram_text(msg.get("text", ""), where)
        if not body.strip():
            continue
        published = None
        if msg.get("date"):
            try:
                published = dt.datetime.fromisoformat(str(msg["date"])).date()
            except ValueError:
                raise ReaderError(f"{where}.date: not an ISO date: {msg['date']!r}") from None
        mid = msg.get("id", i)
        reports.append(
            Report(text=body, origin=f"{p}#{mid}", published=published, outlet=channel, first_person=True)
        )
    if not reports:
        raise ReaderError(f"{p}: the Telegram export has no message with text")
    return reports


def _telegram_text(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for j, part in enumerate(value):
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text", ""), str):
                parts.append(part.get("text", ""))
            else:
                raise ReaderError(f"{where}.text[{j}]: expected a string or an entity object")
        return "".join(parts)
    raise ReaderError(f"{where}.text: expected a string or a list")


# --- HTML ------------------------------------------------------------------------------------------

_SKIP = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "svg",
    "button",
    "select",
    "template",
    "iframe",
    "figcaption",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "main",
    "blockquote",
    "ul",
    "ol",
    "table",
    "dd",
    "dt",
    "pre",
    "hr",
}


class _MainText(HTMLParser):
    """Collects text, separately for <article>/<main> and for the whole body, skipping navigation."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.main_depth = 0
        self.all: list[str] = []
        self.main: list[str] = []
        self.title = ""
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _SKIP:
            self.skip += 1
        if tag in ("article", "main"):
            self.main_depth += 1
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            key = a.get("property") or a.get("name") or ""
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in _BLOCK:
            self._out("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag in ("article", "main") and self.main_depth:
            self.main_depth -= 1
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK:
            self._out("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        self._out(data)

    def _out(self, s: str) -> None:
        self.all.append(s)
        if self.main_depth:
            self.main.append(s)


def html_to_text(html: str) -> tuple[str, dict[str, str], str]:
    parser = _MainText()
    parser.feed(html)
    parser.close()
    body = "".join(parser.main) if "".join(parser.main).strip() else "".join(parser.all)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in body.split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    return text, parser.meta, parser.title.strip()


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def _html_report(html: str, p: Path) -> Report:
    text, meta, title = html_to_text(html)
    if not text.strip():
        raise ReaderError(f"{p}: the HTML page has no text")
    published = _parse_date(meta.get("article:published_time") or meta.get("time") or meta.get("date"))
    return Report(
        text=text,
        origin=str(p),
        published=published,
        outlet=meta.get("og:site_name"),
        url=meta.get("og:url"),
        title=meta.get("og:title") or title or None,
    )


# --- RSS / Atom --------------------------------------------------------------------------------------

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def _feed(text: str, p: Path) -> list[Report]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, col = exc.position
        raise ReaderError(f"{p}: malformed XML at line {line}, column {col + 1}") from None
    reports: list[Report] = []
    if root.tag == "rss" or root.find("channel") is not None:
        channel = root.find("channel")
        if channel is None:
            raise ReaderError(f"{p}: RSS feed without a <channel>")
        outlet = (channel.findtext("title") or "").strip() or None
        for i, item in enumerate(channel.findall("item")):
            body = item.findtext(_CONTENT) or item.findtext("description") or ""
            reports.append(
                _entry(
                    p,
                    i,
                    item.findtext("title"),
                    body,
                    item.findtext("pubDate"),
                    item.findtext("link"),
                    outlet,
                )
            )
    elif root.tag == f"{_ATOM}feed":
        outlet = (root.findtext(f"{_ATOM}title") or "").strip() or None
        for i, entry in enumerate(root.findall(f"{_ATOM}entry")):
            body = entry.findtext(f"{_ATOM}content") or entry.findtext(f"{_ATOM}summary") or ""
            link = entry.find(f"{_ATOM}link")
            reports.append(
                _entry(
                    p,
                    i,
                    entry.findtext(f"{_ATOM}title"),
                    body,
                    entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated"),
                    link.get("href") if link is not None else None,
                    outlet,
                )
            )
    else:
        raise ReaderError(f"{p}: XML but neither an RSS nor an Atom feed (root <{root.tag}>)")
    reports = [r for r in reports if r.text.strip()]
    if not reports:
        raise ReaderError(f"{p}: the feed has no entry with text")
    return reports


def _entry(
    p: Path, i: int, title: str | None, body: str, date: str | None, link: str | None, outlet: str | None
) -> Report:
    body_text = html_to_text(body)[0] if "<" in body else body.strip()
    title = (title or "").strip()
    text = f"{title}\n{body_text}" if title else body_text
    return Report(
        text=text,
        origin=f"{p}#entry-{i}",
        published=_parse_date(date),
        outlet=outlet,
        url=(link or "").strip() or None,
        title=title or None,
    )
