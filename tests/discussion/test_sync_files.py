"""The comments files pull writes: any text a server sends reads back exactly as cleaned (through
blogbuild's own loader too), entries that did not change keep their bytes, and a file that is not
a plain block list is written anew without losing an entry."""

from __future__ import annotations

import datetime as dt

import yaml
from helpers import post, write_site
from hypothesis import given
from hypothesis import strategies as st

from blogbuild.discussion.sync import clean_author, clean_body, clean_url, edited_file, entry
from blogbuild.site.config import load_config
from blogbuild.site.load import load_site

ZONE = dt.timezone(dt.timedelta(hours=8))
OLD = ("# the old blog's comments\n"
       "- id: 1\n  author: Ann\n  date: 2024-01-03 10:00:00\n  body: |\n    First,  with   spaces.\n"
       "- {id: 2, author: Bob, date: 2024-01-04, body: flow style item}\n"
       "- id: 3\n  author: Cy\n  date: 2024-01-05\n  body: Third.   # a remark\n")


@given(text=st.text(), author=st.one_of(st.none(), st.text()), url=st.one_of(st.none(), st.text()),
       created=st.floats(0, 4e9))
def test_any_text_reads_back_through_the_loader(tmp_path_factory, text, author, url, created):
    root = write_site(tmp_path_factory.mktemp("s"), {"a.md": post("A", slug="a")})
    config = load_config(root)
    item = entry("isso-1", clean_author(author, config), dt.datetime.fromtimestamp(created, ZONE), clean_url(url),
                 None, clean_body(text))
    (root / "comments").mkdir()
    (root / "comments" / "a.yaml").write_text(edited_file(None, {}, [item], "comments/a.yaml"), encoding="utf-8")
    [comment] = load_site(root, config).comments
    assert (comment.id, comment.author, comment.url, comment.body) == (item["id"], item["author"], item.get("url"),
                                                                        item["body"])
    assert abs(comment.date.timestamp() - created) < 1e-5


def test_unchanged_entries_keep_their_bytes():
    edit = entry(3, "Cy", dt.datetime(2024, 1, 5, tzinfo=ZONE), None, None, "Third, edited.")
    new = entry("isso-9", "Dee", dt.datetime(2024, 2, 1, 12, 0, 0, 500000, tzinfo=ZONE), None, 1, "Line 1\nLine 2\n")
    text = edited_file(OLD, {"3": edit}, [new], "comments/a.yaml")
    assert text is not None
    # the flow-style entry makes this a file to write anew, yet nothing is lost
    assert yaml.safe_load(text)[:2] == yaml.safe_load(OLD)[:2]
    assert [c["id"] for c in yaml.safe_load(text)] == [1, 2, 3, "isso-9"]

    block = OLD.replace("- {id: 2, author: Bob, date: 2024-01-04, body: flow style item}\n",
                        "- id: 2\n  author: Bob\n  date: 2024-01-04\n  body: block item\n")
    text = edited_file(block, {"3": edit}, [new], "comments/a.yaml")
    head = block.split("- id: 3\n")[0]
    assert text.startswith(head)  # the remark, entry 1's spacing and entry 2: byte for byte
    assert text[len(head):] == ("- id: 3\n  author: Cy\n  date: 2024-01-05 00:00:00+08:00\n  body: Third, edited.\n"
                                "- id: isso-9\n  author: Dee\n  date: 2024-02-01 12:00:00.500000+08:00\n  parent: 1\n"
                                "  body: |\n    Line 1\n    Line 2\n")
