"""A small Typecho blog with the hard cases, and the four forms people export it in: a mysqldump
file, a phpMyAdmin export, an SQLite database and a Typecho backup (.dat).

The schemas are Typecho's own (fixtures/typecho-install-*.sql, from typecho/typecho install/ at
56f4c6f), plus the `views` column a view-counter plugin adds. The dump writers here escape values
the simple way MySQL documents (backslash escapes for mysqldump, doubled quotes for the phpMyAdmin
variant), independently of the importer's parser.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
TZ = 8 * 3600
T0 = 1551446100  # 2019-03-01 13:15:00 UTC = 21:15 in +08:00

ROUTING = ('a:3:{s:5:"index";a:1:{s:3:"url";s:1:"/";}s:4:"post";a:3:{s:3:"url";s:33:"/[year:digital:4]/[slug].html";'
           's:6:"widget";s:15:"\\Widget\\Archive";s:6:"action";s:6:"render";}'
           's:4:"page";a:1:{s:3:"url";s:13:"/[slug].html";}}')
# PHP counts string lengths in bytes: fix them so the serialised text is what PHP would write.


def _php_fix(text: str) -> str:
    import re

    return re.sub(r's:\d+:"([^"]*)";', lambda m: f's:{len(m.group(1).encode())}:"{m.group(1)}";', text)


ROUTING = _php_fix(ROUTING)

EMAILS = ["zhangsan@example.com", "lisi.obrien@example.net", "spammer@spam.example", "wang5@example.org",
          "admin@kexue.example", "pinger@example.com"]
IPS = ["203.0.113.5", "2001:db8::1", "198.51.100.77", "192.0.2.200"]

MARKDOWN_POST = ("<!--markdown-->矩阵$ \\exp(A) $总是可逆的，价格 $5 and $6。\n\n<!--more-->\n\n"
                 "$$\\det(\\exp(A)) = e^{\\operatorname{tr} A}$$\n\n"
                 "Backslash \\\\ and 'single' \"double\" quotes; a line\r\nwith CRLF; 😀 and\ttab.\n\n"
                 "```sql\nINSERT INTO typecho_contents VALUES (1,'x');\n```\n")
HTML_POST = ("<p>Euler: \\(e^{i\\pi}+1=0\\) and $a<b$ and $x_1 * y_1$.</p>\n<!--more-->\n"
             "<p>More &amp; more: $$\\sum_{n=1}^\\infty \\frac{1}{n^2} = \\frac{\\pi^2}{6}$$</p>")


def _content(cid, title, slug, text, type_="post", status="publish", password=None, parent=0, views=0,
             created=None):
    created = T0 + cid * 86400 if created is None else created
    return {"cid": cid, "title": title, "slug": slug, "created": created, "modified": created + 3600,
            "text": text, "order": 0, "authorId": 1, "template": None, "type": type_, "status": status,
            "password": password, "commentsNum": 0, "allowComment": "1", "allowPing": "1", "allowFeed": "1",
            "parent": parent, "views": views}


CONTENTS = [
    _content(1, "构造一个显式的、总是可逆的矩阵", "invertible-matrix", MARKDOWN_POST, views=44144),
    _content(2, "Euler's \"identity\"", "欧拉公式", HTML_POST),
    _content(3, "A bad slug", "c++&x", "<!--markdown-->Slug with characters blogbuild does not take."),
    _content(4, "Numeric", "42", "<!--markdown-->A numeric slug."),
    _content(5, "未完成的草稿", "5", "<!--markdown-->Draft $x$.", type_="post_draft"),
    _content(6, "Hidden post", "hidden-post", "<!--markdown-->Hidden.", status="hidden"),
    _content(7, "Password post", "password-post", "<!--markdown-->Secret.", password="s3cret"),
    _content(8, "Private post", "private-post", "<!--markdown-->Private.", status="private"),
    _content(9, "构造一个显式的、总是可逆的矩阵", "@9", "<!--markdown-->unsaved edit", type_="post_draft",
             parent=1),
    _content(10, "old revision", "@10", "<!--markdown-->old", type_="revision", parent=1),
    _content(11, "figure.png", "figure-png",
             'a:5:{s:4:"name";s:10:"figure.png";s:4:"path";s:35:"/usr/uploads/2019/03/1234567890.png";'
             's:4:"size";i:95;s:4:"type";s:3:"png";s:4:"mime";s:9:"image/png";}', type_="attachment"),
    _content(12, "关于", "about", "<!--markdown-->About me. ![fig](https://kexue.example/usr/uploads/2019/03/"
             "1234567890.png)"),
    _content(13, "留言板", "留言板", "<!--markdown-->Leave a message: $ a+b $."),
    _content(14, "No slug", "", "<!--markdown-->Empty slug."),
    _content(15, "Clash", "c-x", "<!--markdown-->Its slug is what cid 3's becomes."),
    _content(16, "Unservable", "bad slug?x", "<!--markdown-->A space and a question mark: no file can have "
             "this URL."),
]
CONTENTS[11]["type"] = CONTENTS[12]["type"] = "page"
CONTENTS[11]["order"], CONTENTS[12]["order"] = 1, 2  # their places in the old site's navigation

COMMENT_TEXT_MULTILINE = "a\\b and 'q' \"dq\"\nline2\x00\r\nline3 😀 $ y $"  # a stray NUL: dropped


def _comment(coid, cid, author, text, *, parent=0, status="approved", type_="comment", mail=None, ip=None,
             url=None):
    return {"coid": coid, "cid": cid, "created": T0 + 100000 + coid * 60, "author": author, "authorId": 0,
            "ownerId": 1, "mail": mail, "url": url, "ip": ip, "agent": "Mozilla/5.0 (X11)", "text": text,
            "type": type_, "status": status, "parent": parent}


COMMENTS = [
    _comment(1, 1, "张三", "Nice $ x^2 $!", mail=EMAILS[0], ip=IPS[0], url="https://zhangsan.example"),
    _comment(2, 1, "Li \"Four\" O'Brien", "Reply to 张三", parent=1, mail=EMAILS[1], ip=IPS[1]),
    _comment(3, 1, "张三", "Reply to the reply", parent=2, mail=EMAILS[0], ip=IPS[0]),
    _comment(4, 1, "Spammer", "buy now", status="spam", mail=EMAILS[2], ip=IPS[2]),
    _comment(5, 1, "Wang", "waiting for approval", status="waiting", mail=EMAILS[3], ip=IPS[3]),
    _comment(6, 1, "Other blog", "pinged you", type_="pingback", url="https://other.example/p", mail=EMAILS[5]),
    _comment(7, 1, "Another blog", "tracked back", type_="trackback", url="https://another.example/t"),
    _comment(8, 1, "Zhao", "answers the unapproved comment 5", parent=5, ip=IPS[3]),
    _comment(9, 12, "访客", "A comment on the about page", mail=EMAILS[3], ip=IPS[2]),
    _comment(10, 5, "Drafty", "A comment on the draft"),
    _comment(11, 9, "Edit", "A comment on an unsaved edit"),
    _comment(12, 2, "", '<a href="http://x.example/">link</a> and <b>bold</b>', url="javascript:alert(1)"),
    _comment(13, 2, "Multi", COMMENT_TEXT_MULTILINE, mail=EMAILS[1], ip=IPS[1]),
]

METAS = [
    {"mid": 1, "name": "数学研究", "slug": "math", "type": "category", "description": None, "count": 2,
     "order": 1, "parent": 0},
    {"mid": 2, "name": "默认分类", "slug": "default", "type": "category", "description": "只是一个默认分类",
     "count": 1, "order": 2, "parent": 0},
    {"mid": 3, "name": "矩阵", "slug": "matrix", "type": "tag", "description": None, "count": 1, "order": 0,
     "parent": 0},
    {"mid": 4, "name": "Linear algebra", "slug": "linear-algebra", "type": "tag", "description": None, "count": 1,
     "order": 0, "parent": 0},
]
RELATIONSHIPS = [{"cid": 1, "mid": 1}, {"cid": 1, "mid": 3}, {"cid": 1, "mid": 4}, {"cid": 2, "mid": 1},
                 {"cid": 3, "mid": 2}]
FIELDS = [{"cid": 2, "name": "viewsNum", "type": "int", "str_value": None, "int_value": 321, "float_value": 0}]
USERS = [{"uid": 1, "name": "admin", "password": "$P$Bxxxxxxxx", "mail": EMAILS[4], "url": "https://kexue.example",
          "screenName": "苏剑林", "created": T0, "activated": T0, "logged": T0, "group": "administrator",
          "authCode": "0123456789abcdef"}]
OPTIONS = [
    {"name": "title", "user": 0, "value": "科学空间"},
    {"name": "description", "user": 0, "value": "渴望成为一个小飞侠"},
    {"name": "siteUrl", "user": 0, "value": "https://kexue.example"},
    {"name": "timezone", "user": 0, "value": str(TZ)},
    {"name": "routingTable", "user": 0, "value": ROUTING},
    {"name": "theme", "user": 1, "value": "someone's own option"},
]


def rows() -> dict[str, list[dict]]:
    return {"contents": [dict(r) for r in CONTENTS], "comments": [dict(r) for r in COMMENTS],
            "metas": METAS, "relationships": RELATIONSHIPS, "fields": FIELDS, "users": USERS,
            "options": [dict(r) for r in OPTIONS]}


def _create_tables(prefix: str) -> str:
    schema = (FIXTURES / "typecho-install-Mysql.sql").read_text(encoding="utf-8")
    schema = schema.replace("%engine%", "InnoDB").replace("%charset%", "utf8mb4").replace("typecho_", prefix)
    # A view-counter plugin's column (the importer must read it as the reader count).
    return schema.replace("  `parent` int(10) unsigned default '0',\n  PRIMARY KEY  (`cid`),",
                          "  `parent` int(10) unsigned default '0',\n  `views` int(10) unsigned default '0',\n"
                          "  PRIMARY KEY  (`cid`),")


def _mysql_value(value, doubled: bool) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(value)
    if doubled:  # phpMyAdmin-like: quotes doubled, only the backslash escaped
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    out = value.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\r", "\\r").replace("\0", "\\0").replace("\x1a", "\\Z")
    return "'" + out + "'"


def mysqldump(data: dict[str, list[dict]], prefix: str = "typecho_") -> str:
    """mysqldump's layout: header comments, /*!…*/ settings, DROP/CREATE, LOCK, one multi-row INSERT
    per table without a column list."""
    out = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "--", "-- Host: localhost    Database: blog",
           "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;", "/*!40101 SET NAMES utf8mb4 */;",
           "/*!40103 SET TIME_ZONE='+00:00' */;", ""]
    for statement in _create_tables(prefix).split(";"):
        if "CREATE TABLE" in statement:
            name = _table_name(statement)
            out += [f"DROP TABLE IF EXISTS `{name}`;", "/*!40101 SET character_set_client = utf8mb4 */;",
                    statement.strip() + ";", f"LOCK TABLES `{name}` WRITE;"]
            table = name[len(prefix):]
            rows_ = data.get(table, [])
            if rows_:
                columns = _columns(statement)
                values = ",".join("(" + ",".join(_mysql_value(r.get(c), False) for c in columns) + ")"
                                  for r in rows_)
                out.append(f"INSERT INTO `{name}` VALUES {values};")
            out += ["UNLOCK TABLES;", ""]
    out.append("-- Dump completed on 2026-11-29 12:00:00")
    return "\n".join(out) + "\n"


def phpmyadmin(data: dict[str, list[dict]], prefix: str = "typecho_") -> str:
    """phpMyAdmin's layout: column lists, one row per line, CRLF line ends, quotes doubled."""
    out = ["-- phpMyAdmin SQL Dump", "-- version 5.2.1", "-- https://www.phpmyadmin.net/", "",
           'SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";', "START TRANSACTION;", 'SET time_zone = "+00:00";', ""]
    for statement in _create_tables(prefix).split(";"):
        if "CREATE TABLE" not in statement:
            continue
        name = _table_name(statement)
        out += ["--", f"-- 表的结构 `{name}`", "--", "", statement.strip() + ";", ""]
        rows_ = data.get(name[len(prefix):], [])
        for start in range(0, len(rows_), 2):  # phpMyAdmin splits long INSERTs: several statements
            chunk = rows_[start:start + 2]
            columns = _columns(statement)
            out.append(f"INSERT INTO `{name}` (" + ", ".join(f"`{c}`" for c in columns) + ") VALUES")
            out.append(",\n".join("(" + ", ".join(_mysql_value(r.get(c), True) for c in columns) + ")"
                                  for r in chunk) + ";")
        out.append("")
    out.append("COMMIT;")
    return "\r\n".join(out) + "\r\n"


def _table_name(create_statement: str) -> str:
    return create_statement.split("CREATE TABLE `", 1)[1].split("`", 1)[0]


def _columns(create_statement: str) -> list[str]:
    body = create_statement.split("CREATE TABLE", 1)[1].split("\n", 1)[1]
    return [line.strip().split("`")[1] for line in body.splitlines() if line.strip().startswith("`")]


def sqlite(data: dict[str, list[dict]], path: Path, prefix: str = "typecho_") -> Path:
    db = sqlite3.connect(path)
    schema = (FIXTURES / "typecho-install-SQLite.sql").read_text(encoding="utf-8").replace("typecho_", prefix)
    db.executescript(schema)
    db.execute(f'ALTER TABLE {prefix}contents ADD COLUMN "views" int(10) default 0')
    for table, rows_ in data.items():
        for row in rows_:
            columns = list(row)
            db.execute(f"INSERT INTO {prefix}{table} (" + ",".join(f'"{c}"' for c in columns) + ") VALUES ("
                       + ",".join("?" for _ in columns) + ")", [row[c] for c in columns])
    db.commit()
    db.close()
    return path


def backup(data: dict[str, list[dict]], version: str = "0001") -> bytes:
    """Typecho's var/Widget/Backup.php export: no options table (a backup does not carry them).
    version FILE: the format before Typecho 1.2 (7900c1b), three u16s, the body length cut to 16 bits."""
    header = f"%TYPECHO_BACKUP_{version}%".encode()
    types = {"contents": 1, "comments": 2, "metas": 3, "relationships": 4, "users": 5, "fields": 6}
    out = [header]
    for table, kind in types.items():
        for row in data[table]:
            row = {k: v for k, v in row.items() if k != "views"}
            values = {k: None if v is None else str(v).encode("utf-8") for k, v in row.items()}
            schema = json.dumps({k: None if v is None else len(v) for k, v in values.items()}).encode()
            body = b"".join(v for v in values.values() if v is not None)
            meta = struct.pack("<HHI", kind, len(schema), len(body)) if version != "FILE" else \
                struct.pack("<3H", kind, len(schema), len(body) & 0xFFFF)
            buffer = meta + schema + body
            out.append(buffer + hashlib.md5(buffer).hexdigest().encode())
    out.append(header)
    return b"".join(out)
