"""`blogbuild import typecho`: the fixture blog (typecho_fixture.py) in each export form, imported
through the CLI, then built. Expectations are written out from the fixture's rows by hand."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import typecho_fixture as fx
import yaml
from helpers import run_cli, tree

TZ8 = "+08:00"


def _front(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1])


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[2]


@pytest.fixture
def dump(tmp_path) -> Path:
    path = tmp_path / "blog.sql"
    path.write_text(fx.mysqldump(fx.rows()), encoding="utf-8")
    return path


@pytest.fixture
def imported(tmp_path, dump, capsys) -> tuple[Path, str]:
    site = tmp_path / "site"
    code, out, err = run_cli("import", "typecho", str(dump), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    return site, out


def test_summary_counts_posts_drafts_pages_comments_and_skips(imported):
    _site, out = imported
    lines = out.splitlines()
    # contents: posts 1,2,3,4,14,15,16 published; 5 (draft), 6 hidden, 7 password, 8 private: 11 posts,
    # 4 drafts; pages 12, 13. Comments kept: 1,2,3,8,12,13 on posts, 9 on the about page, 10 on the draft.
    assert lines[0] == "Imported from blog.sql: 11 posts (4 drafts), 2 pages, 8 comments (2 replies)"
    assert lines[1] == "  as drafts (not published until you remove 'draft: true'): " \
                       "1 draft, 1 hidden, 1 password, 1 private"
    skipped = lines[2]
    for reason in ("1 pingback", "1 trackback", "1 spam comment", "1 unapproved comment", "1 revision",
                   "1 unsaved edit of a published entry", "1 comment on an entry that was not imported",
                   "1 attachment record"):
        assert reason in skipped
    assert lines[3] == "  changed: 2 slug not usable in a URL, replaced (the old URL is kept as an alias), 1 old URL " \
                       "not kept: a static host cannot serve it (space, '?', '#' in the slug), 1 slug used twice, " \
                       "made unique"


def test_files_slugs_drafts_readers_and_front_matter(imported):
    site, _out = imported
    posts = sorted(p.name for p in (site / "posts").iterdir())
    # The post pattern /[year]/[slug].html keeps Typecho's slugs; cid 3's and 16's are cleaned, cid 14 has
    # none, cid 15 keeps c-x (cid 3 would have had it). Dates: created = T0 + cid days (UTC+8).
    assert posts == ["2019-03-02-invertible-matrix.md", "2019-03-03-欧拉公式.md", "2019-03-04-c-x-3.md",
                     "2019-03-05-42.md", "2019-03-06-5.md", "2019-03-07-hidden-post.md",
                     "2019-03-08-password-post.md", "2019-03-09-private-post.md", "2019-03-15-14.md",
                     "2019-03-16-c-x.md", "2019-03-17-bad-slug-x.md"]
    assert sorted(p.name for p in (site / "pages").iterdir()) == ["about.md", "留言板.md"]
    first = _front(site / "posts" / "2019-03-02-invertible-matrix.md")
    assert list(first) == ["title", "author", "date", "updated", "slug", "tags", "categories", "readers",
                           "aliases"]
    assert first["title"] == "构造一个显式的、总是可逆的矩阵"
    assert first["author"] == "苏剑林"
    assert first["date"].isoformat() == "2019-03-02T21:15:00" + TZ8
    assert first["updated"].isoformat() == "2019-03-02T22:15:00" + TZ8
    assert (first["tags"], first["categories"]) == (["矩阵", "Linear algebra"], ["数学研究"])
    assert first["readers"] == 44144  # the plugin's views column
    # /2019/invertible-matrix.html is the new URL too (permalink /{year}/{slug}.html): no alias for it.
    assert first["aliases"] == ["/index.php/2019/invertible-matrix.html"]
    assert _front(site / "posts" / "2019-03-03-欧拉公式.md")["readers"] == 321  # the viewsNum field
    bad = _front(site / "posts" / "2019-03-04-c-x-3.md")
    assert bad["slug"] == "c-x-3"  # not c-x: cid 15 has that slug (and old URL)
    assert bad["aliases"] == ["/2019/c++&x.html", "/index.php/2019/c++&x.html"]
    assert _front(site / "posts" / "2019-03-16-c-x.md")["aliases"] == ["/index.php/2019/c-x.html"]
    assert "aliases" not in _front(site / "posts" / "2019-03-17-bad-slug-x.md")  # /2019/bad slug?x.html
    drafts = {p.name: _front(p).get("draft", False) for p in (site / "posts").iterdir()}
    assert sorted(n for n, d in drafts.items() if d) == ["2019-03-06-5.md", "2019-03-07-hidden-post.md",
                                                         "2019-03-08-password-post.md",
                                                         "2019-03-09-private-post.md"]
    about = _front(site / "pages" / "about.md")
    assert about["aliases"] == ["/about.html", "/index.php/about.html"]
    assert "tags" not in about and "categories" not in about
    assert (about["nav"], _front(site / "pages" / "留言板.md")["nav"]) == (1, 2)
    config = yaml.safe_load((site / "blog.yaml").read_text(encoding="utf-8"))
    assert config == {"title": "科学空间", "url": "https://kexue.example/", "author": "苏剑林",
                      "description": "渴望成为一个小飞侠", "timezone": TZ8, "permalink": "/{year}/{slug}.html"}


def test_comments_threads_and_what_was_left_out(imported):
    site, _out = imported
    comments = yaml.safe_load((site / "comments" / "invertible-matrix.yaml").read_text(encoding="utf-8"))
    assert [(c["id"], c.get("parent")) for c in comments] == [(1, None), (2, 1), (3, 2), (8, None)]
    assert comments[0]["url"] == "https://zhangsan.example"
    assert comments[1]["author"] == "Li \"Four\" O'Brien"
    other = yaml.safe_load((site / "comments" / "欧拉公式.yaml").read_text(encoding="utf-8"))
    assert [c["id"] for c in other] == [12, 13]
    assert other[0]["author"] == "匿名" and "url" not in other[0]  # javascript: URL dropped
    assert other[1]["body"].startswith("a\\b and 'q' \"dq\"\nline2\nline3 😀")
    assert sorted(p.name for p in (site / "comments").iterdir()) == ["5.yaml", "about.yaml", "invertible-matrix.yaml",
                                                                     "欧拉公式.yaml"]


def test_no_email_ip_or_user_agent_reaches_any_file(imported, capsys):
    site, _out = imported
    assert run_cli("build", "-s", str(site), "--drafts", capsys=capsys)[0] == 0
    everything = b"".join(tree(site).values())
    for secret in fx.EMAILS + fx.IPS + ["Mozilla/5.0", "s3cret", "0123456789abcdef", "$P$B"]:
        assert secret.encode() not in everything, secret


def _math(html_text: str) -> list[str]:
    """The formulas of a page as MathJax gets them, spaces just inside the delimiters dropped."""
    found = [html.unescape(m) for m in re.findall(r'class="math (?:inline|display)">(.*?)</', html_text, re.S)]
    return [f[:2] + f[2:-2].strip() + f[-2:] for f in found]


def test_build_shows_every_formula_the_old_site_showed(imported, capsys):
    site, _out = imported
    code, _o, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    public = site / "public"
    first = (public / "2019" / "invertible-matrix.html").read_text(encoding="utf-8")
    found = _math(first)
    # The old site's MathJax paired `$ \exp(A) $` (spaces inside), and `$5 and $` too.
    assert r"\(\exp(A)\)" in found
    assert r"\[\det(\exp(A)) = e^{\operatorname{tr} A}\]" in found
    assert r"\(5 and\)" in found
    assert r"\(x^2\)" in found  # a comment's `$ x^2 $`
    second = _math((public / "2019" / "欧拉公式.html").read_text(encoding="utf-8"))
    assert r"\(e^{i\pi}+1=0\)" in second and r"\(a<b\)" in second and r"\(x_1 * y_1\)" in second
    assert any(r"\sum_{n=1}^\infty \frac{1}{n^2} = \frac{\pi^2}{6}" in f for f in second)
    board = _math((public / "留言板" / "index.html").read_text(encoding="utf-8"))
    assert r"\(a+b\)" in board


def test_old_urls_redirect_after_the_build(imported, capsys):
    site, _out = imported
    assert run_cli("build", "-s", str(site), capsys=capsys)[0] == 0
    redirect = (site / "public" / "2019" / "c++&x.html").read_text(encoding="utf-8")
    assert "/2019/c-x-3.html" in redirect
    assert (site / "public" / "index.php" / "about.html").is_file()


def test_every_export_form_gives_the_same_site(tmp_path, imported, capsys):
    site, _out = imported
    expected = tree(site)
    (tmp_path / "pma.sql").write_bytes(fx.phpmyadmin(fx.rows()).encode("utf-8"))
    fx.sqlite(fx.rows(), tmp_path / "blog.db")
    for name in ("pma.sql", "blog.db"):
        other = tmp_path / f"site-{name}"
        code, _o, err = run_cli("import", "typecho", str(tmp_path / name), "-s", str(other), capsys=capsys)
        assert (code, err) == (0, "")
        assert tree(other) == expected, name


def test_gzipped_dump_with_hex_blobs(tmp_path, imported, capsys):
    """mysqldump --hex-blob | gzip: text in BLOB columns comes as 0x… literals."""
    import gzip

    site, _out = imported
    text = fx.mysqldump(fx.rows())
    title = "'构造一个显式的、总是可逆的矩阵'"
    assert title in text
    text = text.replace(title, "0x" + title.strip("'").encode("utf-8").hex(), 1)
    (tmp_path / "blog.sql.gz").write_bytes(gzip.compress(text.encode("utf-8")))
    code, _o, err = run_cli("import", "typecho", str(tmp_path / "blog.sql.gz"), "-s", str(tmp_path / "gz"),
                            capsys=capsys)
    assert (code, err) == (0, "")
    assert tree(tmp_path / "gz") == tree(site)


def test_backup_dat_equals_the_database_without_its_options(tmp_path, capsys):
    """A .dat carries no options: Typecho's default URLs (/archives/[cid]/), so slugs are cids."""
    data = fx.rows()
    data["options"] = []
    for row in data["contents"]:
        row["views"] = 0  # a plugin's column: Backup.php writes only Typecho's own columns
    (tmp_path / "blog.dat").write_bytes(fx.backup(data))
    fx.sqlite(data, tmp_path / "blog.db")
    for name in ("blog.dat", "blog.db"):
        code, _o, err = run_cli("import", "typecho", str(tmp_path / name), "-s", str(tmp_path / name[5:]),
                                capsys=capsys)
        assert (code, err) == (0, "")
    assert tree(tmp_path / "dat") == tree(tmp_path / "db")
    first = _front(tmp_path / "dat" / "posts" / "2019-03-02-1.md")
    assert first["slug"] == "1" and first["aliases"] == ["/index.php/archives/1/"]
    assert "readers" not in first


def test_old_backup_format_reads_the_same(tmp_path, capsys):
    """Backups made before Typecho 1.2 (%TYPECHO_BACKUP_FILE%) cut each body length to 16 bits: a post
    longer than 64 KiB must still read whole."""
    data = fx.rows()
    data["contents"][1]["text"] = "<!--markdown-->" + "长文。" * 30000  # 270,000 bytes
    for version in ("0001", "FILE"):
        (tmp_path / f"{version}.dat").write_bytes(fx.backup(data, version))
        code, _o, err = run_cli("import", "typecho", str(tmp_path / f"{version}.dat"), "-s", str(tmp_path / version),
                                capsys=capsys)
        assert (code, err) == (0, "")
    assert tree(tmp_path / "FILE") == tree(tmp_path / "0001")
    assert _body(tmp_path / "FILE" / "posts" / "2019-03-03-2.md") == "长文。" * 30000 + "\n"


def test_json_routing_table_and_table_prefix(tmp_path, capsys):
    data = fx.rows()
    for option in data["options"]:
        if option["name"] == "routingTable":
            option["value"] = ('{"0":{"post":{"regx":"|^/archives/([0-9]+)/?$|"}},'
                               '"post":{"url":"/archives/[cid:digital]/","widget":"\\\\Widget\\\\Archive"},'
                               '"page":{"url":"/page/[slug]/"}}')
    (tmp_path / "my.sql").write_text(fx.mysqldump(data, prefix="blog_"), encoding="utf-8")
    code, _o, err = run_cli("import", "typecho", str(tmp_path / "my.sql"), "-s", str(tmp_path / "s"), capsys=capsys)
    assert (code, err) == (0, "")
    assert yaml.safe_load((tmp_path / "s" / "blog.yaml").read_text(encoding="utf-8"))["permalink"] \
        == "/archives/{slug}/"
    assert _front(tmp_path / "s" / "posts" / "2019-03-04-3.md")["aliases"] == ["/index.php/archives/3/"]
    assert _front(tmp_path / "s" / "pages" / "about.md")["aliases"] == ["/page/about/", "/index.php/page/about/"]


def test_second_run_changes_nothing_and_edits_are_not_overwritten(imported, dump, capsys):
    site, _out = imported
    before = tree(site)
    code, out, _e = run_cli("import", "typecho", str(dump), "-s", str(site), capsys=capsys)
    assert code == 0 and "files: 0 written, 17 unchanged" in out
    assert "blog.yaml exists and is left as it is; the source would set:" in out
    assert tree(site) == before
    edited = site / "posts" / "2019-03-05-42.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "My edit.\n", encoding="utf-8")
    before = tree(site)
    code, out, err = run_cli("import", "typecho", str(dump), "-s", str(site), capsys=capsys)
    assert (code, out) == (1, "")
    assert err == "refusing to overwrite posts/2019-03-05-42.md: exists and differs from the imported file " \
                  "(--force overwrites)\n"
    assert tree(site) == before
    code, out, err = run_cli("import", "typecho", str(dump), "-s", str(site), "--force", capsys=capsys)
    assert code == 0 and "files: 1 written" in out
    assert "My edit." not in edited.read_text(encoding="utf-8")


def test_comments_added_by_hand_are_kept(imported, dump, capsys):
    site, _out = imported
    path = site / "comments" / "invertible-matrix.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "- id: 9001\n  author: Me\n  date: 2024-01-01\n"
                    "  body: mine\n", encoding="utf-8")
    assert run_cli("import", "typecho", str(dump), "-s", str(site), capsys=capsys)[0] == 0
    ids = [c["id"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))]
    assert ids == [1, 2, 3, 8, 9001]


def test_uploads_are_copied_and_links_rewritten(tmp_path, dump, capsys):
    uploads = tmp_path / "usr-uploads"
    (uploads / "2019" / "03").mkdir(parents=True)
    (uploads / "2019" / "03" / "1234567890.png").write_bytes(b"\x89PNG fake")
    site = tmp_path / "site"
    code, _o, err = run_cli("import", "typecho", str(dump), "-s", str(site), "--uploads", str(uploads),
                            capsys=capsys)
    assert (code, err) == (0, "")
    assert (site / "static" / "uploads" / "2019" / "03" / "1234567890.png").read_bytes() == b"\x89PNG fake"
    assert "![fig](/static/uploads/2019/03/1234567890.png)" in _body(site / "pages" / "about.md")
    assert run_cli("build", "-s", str(site), capsys=capsys)[0] == 0
    page = (site / "public" / "about" / "index.html").read_text(encoding="utf-8")
    src = re.search(r'<img src="([^"]+)"', page).group(1)  # the page links the file the build published
    assert src.endswith("/static/uploads/2019/03/1234567890.png")
    assert (site / "public" / src.split("://", 1)[-1].split("/", 1)[1]).read_bytes() == b"\x89PNG fake"


@pytest.mark.parametrize(("change", "message"), [
    (("contents", 3, "status", "unknown"),
     "blog.sql: contents cid=3: status 'unknown' is not one of publish, hidden, private, waiting"),
    (("contents", 4, "created", "yesterday"), "blog.sql: contents cid=4: created must be a Unix time, got 'yesterday'"),
    (("contents", 4, "created", 10**15), "blog.sql: contents cid=4: created is not a usable Unix time: "
                                         "1000000000000000"),
    (("comments", 2, "status", "deleted"),
     "blog.sql: comments coid=2: status 'deleted' is not one of approved, waiting, spam"),
])
def test_a_bad_record_is_one_line_naming_it_and_nothing_is_written(tmp_path, capsys, change, message):
    table, key, column, value = change
    data = fx.rows()
    row = next(r for r in data[table] if r["cid" if table == "contents" else "coid"] == key)
    row[column] = value
    (tmp_path / "blog.sql").write_text(fx.mysqldump(data), encoding="utf-8")
    code, out, err = run_cli("import", "typecho", str(tmp_path / "blog.sql"), "-s", str(tmp_path / "site"),
                             capsys=capsys)
    assert (code, out, err) == (1, "", message + "\n")
    assert not (tmp_path / "site").exists()


def test_a_plugin_s_own_content_type_is_skipped_and_counted(tmp_path, capsys):
    data = fx.rows()
    data["contents"][3]["type"] = "widget"
    (tmp_path / "blog.sql").write_text(fx.mysqldump(data), encoding="utf-8")
    code, out, err = run_cli("import", "typecho", str(tmp_path / "blog.sql"), "-s", str(tmp_path / "site"),
                             capsys=capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("Imported from blog.sql: 10 posts")
    assert "1 contents of type 'widget' (not one of Typecho's)" in out.splitlines()[2]


def test_a_broken_dump_names_the_line(tmp_path, capsys):
    text = fx.mysqldump(fx.rows())
    text = text.replace("INSERT INTO `typecho_metas` VALUES (1,", "INSERT INTO `typecho_metas` VALUES (1,,")
    line = text[:text.index("INSERT INTO `typecho_metas`")].count("\n") + 1
    (tmp_path / "blog.sql").write_text(text, encoding="utf-8")
    code, _o, err = run_cli("import", "typecho", str(tmp_path / "blog.sql"), "-s", str(tmp_path / "site"),
                            capsys=capsys)
    assert (code, err) == (1, f"blog.sql:{line}: INSERT INTO typecho_metas: cannot read value 2 of row 1\n")


def test_not_a_typecho_database(tmp_path, capsys):
    (tmp_path / "other.sql").write_text("CREATE TABLE wp_posts (ID int);\nINSERT INTO wp_posts VALUES (1);\n",
                                        encoding="utf-8")
    code, _o, err = run_cli("import", "typecho", str(tmp_path / "other.sql"), "-s", str(tmp_path / "s"),
                            capsys=capsys)
    assert (code, err) == (1, "other.sql: no Typecho table found (looked for <prefix>contents and "
                              "<prefix>comments) (is this a dump of a Typecho database?)\n")


def test_a_post_already_there_with_an_imported_slug_stops_the_import(tmp_path, dump, capsys):
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (site / "posts" / "mine.md").write_text("---\ntitle: Mine\ndate: 2024-01-01\nslug: invertible-matrix\n---\nx\n",
                                            encoding="utf-8")
    code, _o, err = run_cli("import", "typecho", str(dump), "-s", str(site), capsys=capsys)
    assert (code, err) == (1, "posts/mine.md has the slug 'invertible-matrix' of the imported "
                              "posts/2019-03-02-invertible-matrix.md (rename or remove one of them; nothing was "
                              "written)\n")
    assert sorted(p.name for p in site.rglob("*")) == ["mine.md", "posts"]


def test_a_backup_without_the_site_address_says_so(tmp_path, capsys):
    (tmp_path / "blog.dat").write_bytes(fx.backup(fx.rows()))
    code, out, _e = run_cli("import", "typecho", str(tmp_path / "blog.dat"), "-s", str(tmp_path / "s"),
                            capsys=capsys)
    assert code == 0
    assert out.splitlines()[-2:] == ["blog.yaml written from the source's settings (author, permalink)",
                                     "  the source does not say the site's address: set 'url' in blog.yaml"]
    assert yaml.safe_load((tmp_path / "s" / "blog.yaml").read_text(encoding="utf-8"))["url"] == "https://example.org/"


def test_a_missing_source(tmp_path, capsys):
    code, out, err = run_cli("import", "typecho", str(tmp_path / "nope.sql"), "-s", str(tmp_path / "s"),
                             capsys=capsys)
    assert (code, out, err) == (1, "", f"{tmp_path / 'nope.sql'}: no such file or folder\n")
