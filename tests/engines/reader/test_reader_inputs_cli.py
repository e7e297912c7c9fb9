"""Readers for text, HTML, Telegram exports and feeds; the `corridor reports` commands; bad input."""

from __future__ import annotations

import json

import pytest

from corridor.cli import main
from corridor.reader import ReaderError, read_file

ITEM_KEYS = {
    "value",
    "low",
    "high",
    "surface",
    "qualifier",
    "category",
    "counted",
    "place",
    "facility",
    "time",
    "source",
    "stance",
    "hedge",
    "span",
}

HTML = """<!doctype html><html><head><title>Mariupol siege</title>
<meta property="article:published_time" content="2022-03-16T09:00:00Z"><meta property="og:site_name" content="Wire">
</head><body><nav><a href="/">Home</a> 500 readers killed time here</nav>
<article><h1>Convoy leaves</h1><p>About 6,500 cars left Mariupol on Tuesday, officials said.</p>
<p>Another 2,000 people are waiting in Berdiansk.</p></article>
<footer>Subscribe: 100 people injured by our puns</footer></body></html>"""

TELEGRAM = {
    "name": "Mariupol City Council",
    "type": "public_channel",
    "id": 1,
    "messages": [
        {"id": 10, "type": "service", "date": "2022-03-12T08:00:00", "action": "pin_message", "text": ""},
        {
            "id": 11,
            "type": "message",
            "date": "2022-03-12T09:15:00",
            "text": "In 12 days of siege, 1,582 residents of Mariupol have been killed.",
        },
        {
            "id": 12,
            "type": "message",
            "date": "2022-03-13T10:00:00",
            "text": [
                {"type": "bold", "text": "Today "},
                "about 2,187 residents of Mariupol have been killed.",
            ],
        },
    ],
}

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire feed</title>
<item><title>Mariupol toll rises</title><link>https://example.org/a</link>
<pubDate>Sun, 13 Mar 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Some 2,187 residents of Mariupol have been killed, the city council said.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<entry><title>Refugees</title><link href="https://example.org/b"/><published>2022-03-10T12:00:00Z</published>
<content type="html">More than 1.5 million people have crossed into Poland, Polish border guards said.</content></entry>
</feed>"""


def write(tmp_path, name, content):
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return str(p)


def run_json(capsys, argv):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_extract_plain_text_json_schema(tmp_path, capsys):
    path = write(
        tmp_path, "r.txt", "About 300 civilians have reached Zaporizhzhia, the Mariupol city council said."
    )
    code, docs, _ = run_json(capsys, ["reports", "extract", path, "--published", "2022-03-15", "--json"])
    assert code == 0
    (doc,) = docs
    assert doc["file"] == path and doc["published"] == "2022-03-15"
    (item,) = doc["items"]
    assert set(item) == ITEM_KEYS
    assert set(item["place"]) == {"name", "geonameid", "lat", "lon"}
    assert set(item["source"]) == {"name", "role", "organisation", "channel"}
    assert item["value"] == 300 and item["category"] == "arrived" and item["qualifier"] == "about"
    assert item["place"]["name"] == "Zaporizhzhia" and item["source"]["name"] == "Mariupol city council"
    assert item["time"] is None and item["facility"] is None and item["hedge"] is None
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert text[item["span"][0] : item["span"][1]] == item["surface"] == "About 300"


def test_extract_lang_flag(tmp_path, capsys):
    path = write(tmp_path, "r.txt", "Із Маріуполя виїхали 20 тисяч людей.")
    code, docs, _ = run_json(capsys, ["reports", "extract", path, "--lang", "uk", "--json"])
    assert code == 0 and docs[0]["items"][0]["value"] == 20000 and docs[0]["published"] is None


def test_html_main_text_only(tmp_path):
    (r,) = read_file(write(tmp_path, "a.html", HTML))
    assert "6,500 cars" in r.text and "Home" not in r.text and "Subscribe" not in r.text
    assert r.published.isoformat() == "2022-03-16" and r.outlet == "Wire"


def test_html_through_the_command(tmp_path, capsys):
    code, docs, _ = run_json(capsys, ["reports", "extract", write(tmp_path, "a.html", HTML), "--json"])
    assert code == 0 and docs[0]["published"] == "2022-03-16"
    assert [i["value"] for i in docs[0]["items"]] == [6500, 2000]
    assert docs[0]["items"][0]["time"]["start"] == "2022-03-15"


def test_telegram_export_each_message_is_a_report(tmp_path):
    reports = read_file(write(tmp_path, "result.json", json.dumps(TELEGRAM)))
    assert [r.origin.rsplit("#", 1)[1] for r in reports] == ["11", "12"]
    assert reports[1].text.startswith("Today about 2,187")
    assert reports[0].published.isoformat() == "2022-03-12" and reports[0].outlet == "Mariupol City Council"


def test_telegram_channel_is_the_source_of_its_own_posts(tmp_path, capsys):
    code, docs, _ = run_json(
        capsys, ["reports", "extract", write(tmp_path, "result.json", json.dumps(TELEGRAM)), "--json"]
    )
    items = docs[0]["items"]
    assert code == 0 and [i["value"] for i in items] == [1582, 2187]
    assert items[0]["source"] == {
        "name": "Mariupol City Council",
        "role": None,
        "organisation": None,
        "channel": "Telegram",
    }
    assert items[1]["time"]["start"] == "2022-03-13"


def test_rss_and_atom(tmp_path):
    (rss,) = read_file(write(tmp_path, "feed.rss", RSS))
    (atom,) = read_file(write(tmp_path, "feed.atom", ATOM))
    assert (
        rss.text.startswith("Mariupol toll rises\nSome 2,187") and rss.published.isoformat() == "2022-03-13"
    )
    assert rss.url == "https://example.org/a" and rss.outlet == "Wire feed"
    assert "1.5 million" in atom.text and atom.published.isoformat() == "2022-03-10"


def test_picture_command(tmp_path, capsys):
    a = write(tmp_path, "a.txt", "About 350,000 people remain trapped in Mariupol, the city council said.")
    b = write(tmp_path, "b.txt", "About 100,000 people remain trapped in Mariupol, Zelenskiy said.")
    code, (doc,), _ = run_json(capsys, ["reports", "picture", a, b, "--published", "2022-03-16", "--json"])
    assert code == 0 and doc["files"] == [a, b]
    (g,) = doc["groups"]
    assert g["category"] == "trapped" and g["conflict"] is True
    assert g["range"] == {"low": 100000, "high": 350000}
    assert {i["report"] for i in g["items"]} == {a, b}


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("latin1.txt", "Mariupol: 300 b\xe9b\xe9s".encode("latin-1"), "not UTF-8 text"),
        ("empty.txt", "  \n\n ", "empty file"),
        ("result.json", '{"name": "x", "messages": [ {"id": 1,, } ]}', "malformed JSON at line 1, column"),
        ("result.json", '{"name": "x", "chats": []}', "not a Telegram Desktop export"),
        (
            "result.json",
            '{"name": "x", "messages": [{"id": 1, "type": "message", "text": 5}]}',
            "messages[0].text",
        ),
        ("feed.rss", "<rss><channel><item><title>x</item></channel>", "malformed XML at line 1"),
        ("empty.json", '{"name": "x", "messages": []}', "no message with text"),
    ],
)
def test_bad_input_names_the_file_and_exits_2(tmp_path, capsys, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(ReaderError, match="not|empty|malformed|messages|no message"):
        read_file(path)
    code = main(["reports", "extract", path, "--json"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert path in err and message in err and "Traceback" not in err


def test_missing_file(tmp_path, capsys):
    code = main(["reports", "extract", str(tmp_path / "nope.txt"), "--json"])
    _, err = capsys.readouterr()
    assert code == 2 and "nope.txt: cannot read" in err


def test_good_files_are_still_read_when_one_is_bad(tmp_path, capsys):
    good = write(tmp_path, "good.txt", "Some 20,000 people left Mariupol.")
    bad = write(tmp_path, "bad.txt", b"\xff\xfe\x00")
    code, docs, err = run_json(capsys, ["reports", "extract", good, bad, "--json"])
    assert code == 2 and [d["file"] for d in docs] == [good] and bad in err


def test_bad_published_date(tmp_path, capsys):
    path = write(tmp_path, "r.txt", "Some 20,000 people left Mariupol.")
    assert main(["reports", "extract", path, "--published", "16/03/2022", "--json"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
