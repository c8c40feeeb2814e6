"""Typecho's `rewrite` option decides which old URLs existed: /archives/… with rewriting on,
/index.php/archives/… with it off (both when the dump does not say)."""

from __future__ import annotations

import pytest
import typecho_fixture as fx
import yaml
from helpers import run_cli


@pytest.mark.parametrize("rewrite,prefixes", [("1", [""]), ("0", ["/index.php"]), (None, ["", "/index.php"])])
def test_old_urls_follow_the_rewrite_option(tmp_path, capsys, rewrite, prefixes):
    data = fx.rows()
    data["options"] = [r for r in data["options"] if r["name"] != "rewrite"]
    if rewrite is not None:
        data["options"].append({"name": "rewrite", "user": 0, "value": rewrite})
    dump = tmp_path / "blog.sql"
    dump.write_text(fx.mysqldump(data), encoding="utf-8")
    code, _o, err = run_cli("import", "typecho", str(dump), "-s", str(tmp_path / "site"), capsys=capsys)
    assert (code, err) == (0, "")
    page = (tmp_path / "site" / "pages" / "about.md").read_text(encoding="utf-8")
    aliases = yaml.safe_load(page.split("---\n")[1])["aliases"]
    assert aliases == [prefix + "/about.html" for prefix in prefixes]
