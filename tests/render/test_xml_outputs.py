"""Every XML file the build writes (atom.xml, sitemap.xml) parses, whatever control characters a
title, a tag, an author, a post or a comment holds: feed readers drop an ill-formed feed whole."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import feedparser
import pytest
from helpers import write_site
from hypothesis import given
from hypothesis import strategies as st

from blogbuild.render.feed import _CHAR_REF, xml_reference, xml_text

ATOM = "{http://www.w3.org/2005/Atom}"
CONTROLS = "".join(chr(c) for c in [*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85, 0x9F])
NOT_XML_REFS = "&#1;&#x1B;&#xFFFE;&#0;&#99999999999;&#x110000;"


def _escaped(chars: str) -> str:
    """YAML double-quoted escapes for chars (PyYAML refuses them written plainly)."""
    return "".join(f"\\x{ord(c):02x}" for c in chars)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("xml") / "site"
    title = f'"Bell{_escaped(CONTROLS)} title & <more>"'
    body = f"Text with raw controls \x01\x02\x1b[31m and refs {NOT_XML_REFS} and $x^2$ math.\n"
    write_site(root, {
        "2024-01-02-ctl.md": f"---\ntitle: {title}\ndate: 2024-01-02\nslug: ctl\n"
                             f'tags: [tagx]\nauthor: "Ann{_escaped(chr(8))}"\n'
                             f'summary: "sum{_escaped(chr(0x1f))}mary"\n---\n{body}',
    }, config="title: Feed test\nurl: https://example.org/blog/\nauthor: Tester\nlanguage: en\n")
    (root / "comments").mkdir()
    (root / "comments" / "ctl.yaml").write_text(
        f'- id: 1\n  author: "Eve{_escaped(chr(0x1b))}"\n  date: 2024-01-03\n  body: "hi{_escaped(chr(0x0c))} there"\n',
        encoding="utf-8")
    build = subprocess.run([sys.executable, "-m", "blogbuild", "build", "-s", str(root)],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    return root / "public"


@pytest.mark.parametrize("name", ["atom.xml", "sitemap.xml"])
def test_xml_outputs_parse_and_hold_no_control_characters(site, name):
    data = (site / name).read_bytes()
    ET.fromstring(data)  # expat: any character XML forbids is a parse error
    text = data.decode("utf-8")
    assert not [c for c in text if c in CONTROLS]


def test_the_feed_is_accepted_by_a_feed_reader(site):
    feed = feedparser.parse((site / "atom.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    (entry,) = feed.entries
    assert entry.title == "Bell title & <more>"
    assert [t.term for t in entry.tags] == ["tagx"]
    assert entry.author == "Ann"
    content = entry.content[0].value
    assert "Text with raw controls" in content and "[31m and refs" in content and "&#1;" not in content


@pytest.mark.parametrize(("text", "expected"), [
    ("a\x00b\x1fc\td\ne\rf", "abc\td\ne\rf"),
    ("&#1;&#x9;&#10;&#x1F;&#65;&#xD800;&#xFFFF;&#x10FFFF;&amp;", "&#x9;&#10;&#65;&#x10FFFF;&amp;"),
    ("&#0000000000065;&#99999999999999999999;", "&#0000000000065;"),
    ("\ud800x\ufffe\uffffy\u0085z\u00a0", "xyz\u00a0"),
])
def test_xml_text_keeps_only_what_xml_allows(text, expected):
    assert xml_text(text) == expected


def _plain_xml_text(text: str) -> str:
    """The reference: each reference looked at where it stands (xml_text checks each distinct one once)."""
    text = "".join(c for c in text if not (0 <= ord(c) < 9 or ord(c) in (0xB, 0xC) or 0xE <= ord(c) < 0x20
                                            or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF
                                            or ord(c) in (0xFFFE, 0xFFFF)))
    return _CHAR_REF.sub(lambda m: m.group(0) if xml_reference(m.group(1)) else "", text)


_REFS = st.one_of(st.integers(0, 0x11FFFF).map(lambda c: f"&#{c};"),
                  st.integers(0, 0x11FFFF).map(lambda c: f"&#x{c:X};"),
                  st.sampled_from(["&#x2212;", "&#1;", "&#x0;", "&#00065;", "&#x;", "&#;", "&#99999999999;", "&amp;",
                                   "&#", "&#x1f"]))


@given(st.lists(st.one_of(_REFS, st.text(max_size=5))))
def test_xml_text_is_a_plain_pass_over_every_reference(parts):
    text = "".join(parts)
    assert xml_text(text) == _plain_xml_text(text)
