"""A WordPress export (WXR) written from WordPress's own export format (wp-admin/includes/export.php):
the channel, authors, terms, and items with post meta and comments, with the hard cases."""

from __future__ import annotations

EMAILS = ["alice@example.com", "bob@example.org", "spam@spam.example", "editor@wp.example", "carol@example.net"]
IPS = ["203.0.113.9", "198.51.100.23", "2001:db8::42"]


def _comment(cid, author, content, *, parent=0, approved="1", type_="", email=EMAILS[0], ip=IPS[0], url="",
             date="2019-03-02 10:00:00", date_gmt="2019-03-02 02:00:00"):
    return f"""
		<wp:comment>
			<wp:comment_id>{cid}</wp:comment_id>
			<wp:comment_author><![CDATA[{author}]]></wp:comment_author>
			<wp:comment_author_email><![CDATA[{email}]]></wp:comment_author_email>
			<wp:comment_author_url>{url}</wp:comment_author_url>
			<wp:comment_author_IP><![CDATA[{ip}]]></wp:comment_author_IP>
			<wp:comment_date><![CDATA[{date}]]></wp:comment_date>
			<wp:comment_date_gmt><![CDATA[{date_gmt}]]></wp:comment_date_gmt>
			<wp:comment_content><![CDATA[{content}]]></wp:comment_content>
			<wp:comment_approved><![CDATA[{approved}]]></wp:comment_approved>
			<wp:comment_type><![CDATA[{type_}]]></wp:comment_type>
			<wp:comment_parent>{parent}</wp:comment_parent>
			<wp:comment_user_id>0</wp:comment_user_id>
		</wp:comment>"""


def _item(post_id, title, name, content, *, type_="post", status="publish", link=None, date="2019-03-01 21:15:00",
          date_gmt="2019-03-01 13:15:00", terms="", meta=None, comments="", password="", excerpt=""):
    link = link if link is not None else f"https://wp.example/{date[:4]}/{date[5:7]}/{name}/"
    metas = "".join(f"""
		<wp:postmeta>
			<wp:meta_key><![CDATA[{k}]]></wp:meta_key>
			<wp:meta_value><![CDATA[{v}]]></wp:meta_value>
		</wp:postmeta>""" for k, v in (meta or {}).items())
    return f"""
	<item>
		<title><![CDATA[{title}]]></title>
		<link>{link}</link>
		<pubDate>Fri, 01 Mar 2019 13:15:00 +0000</pubDate>
		<dc:creator><![CDATA[editor]]></dc:creator>
		<guid isPermaLink="false">https://wp.example/?p={post_id}</guid>
		<description></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
		<wp:post_id>{post_id}</wp:post_id>
		<wp:post_date><![CDATA[{date}]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[{date_gmt}]]></wp:post_date_gmt>
		<wp:comment_status><![CDATA[open]]></wp:comment_status>
		<wp:ping_status><![CDATA[open]]></wp:ping_status>
		<wp:post_name><![CDATA[{name}]]></wp:post_name>
		<wp:status><![CDATA[{status}]]></wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type><![CDATA[{type_}]]></wp:post_type>
		<wp:post_password><![CDATA[{password}]]></wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>{terms}{metas}{comments}
	</item>"""


MATH_POST = (
    "Inline $x_1$ and \\(a<b\\) and $latex \\alpha^2$ and a price of $5.\n\n"
    "A caption: [caption id=\"attachment_30\" align=\"aligncenter\" width=\"300\"]<img class=\"size-medium\" "
    "src=\"https://wp.example/wp-content/uploads/2019/03/pic.png\" alt=\"pic\" width=\"300\" height=\"200\" />"
    " The picture[/caption]\n\n<!--more-->\n\n[gallery ids=\"30,31\"]\n\n"
    "$$\\int_0^1 x\\,dx = \\frac{1}{2}$$\n\n<p>Emphasis <em>here</em> &amp; a <a href=\"https://x.example/\">link</a>.</p>"
)
TERMS = ('\n\t\t<category domain="category" nicename="math"><![CDATA[Mathematics]]></category>'
         '\n\t\t<category domain="post_tag" nicename="calculus"><![CDATA[Calculus]]></category>'
         '\n\t\t<category domain="post_tag" nicename="%e5%be%ae%e7%a7%af%e5%88%86"><![CDATA[微积分]]></category>')

ITEMS = [
    _item(10, "Hello math", "hello-math", MATH_POST, terms=TERMS, meta={"views": "1234", "_edit_last": "1"},
          excerpt="A <em>short</em> summary with $y^2$.",
          comments=_comment(1, "Alice", "First! $ e^{i\\pi} $", url="https://alice.example/")
          + _comment(2, "Bob", "Reply to Alice\nsecond line", parent=1, email=EMAILS[1], ip=IPS[1],
                     date="2019-03-02 11:00:00", date_gmt="2019-03-02 03:00:00")
          + _comment(3, "Alice", "Reply to Bob <strong>bold</strong>", parent=2, date="2019-03-02 12:00:00",
                     date_gmt="2019-03-02 04:00:00")
          + _comment(4, "Some blog", "[&#8230;] pinged [&#8230;]", type_="pingback", url="https://ping.example/")
          + _comment(5, "Spammer", "cheap pills", approved="spam", email=EMAILS[2], ip=IPS[2])
          + _comment(6, "Carol", "awaiting moderation", approved="0", email=EMAILS[4])
          + _comment(7, "Other", "tracked", type_="trackback")
          + _comment(8, "Dave", "answers Carol's unapproved comment", parent=6, date="2019-03-03 10:00:00",
                     date_gmt="2019-03-03 02:00:00")
          + _comment(9, "Eve", "trashed", approved="trash")),
    _item(11, "你好", "%e4%bd%a0%e5%a5%bd", "<p>Chinese slug, $\\sum_i a_i$.</p>",
          link="https://wp.example/2019/03/%e4%bd%a0%e5%a5%bd/", date="2019-03-05 08:00:00",
          date_gmt="2019-03-05 00:00:00", meta={"post_views_count": "77"}),
    _item(12, "A draft", "", "Not yet.", status="draft", link="https://wp.example/?p=12",
          date_gmt="0000-00-00 00:00:00", date="2019-03-06 09:00:00"),
    _item(13, "Private", "private-thoughts", "Mine.", status="private", date="2019-03-07 09:00:00",
          date_gmt="2019-03-07 01:00:00"),
    _item(14, "Protected", "protected", "Secret.", password="hunter2", date="2019-03-08 09:00:00",
          date_gmt="2019-03-08 01:00:00"),
    _item(15, "Scheduled", "scheduled", "Later.", status="future", date="2029-01-01 09:00:00",
          date_gmt="2029-01-01 01:00:00"),
    _item(16, "Trashed", "trashed__trashed", "Gone.", status="trash"),
    _item(20, "About", "about", "<p>About this blog: $E=mc^2$.</p>", type_="page", link="https://wp.example/about/",
          comments=_comment(21, "Visitor", "Nice page"), excerpt="A page's excerpt (blogbuild pages have none)"),
    _item(30, "pic", "pic", "", type_="attachment", status="inherit",
          link="https://wp.example/2019/03/hello-math/pic/"),
    _item(40, "Home", "home", "", type_="nav_menu_item"),
]


def wxr(namespace: str = "http://wordpress.org/export/1.2/", version: str = "1.2") -> str:
    excerpt = namespace + "excerpt/"
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<rss version="2.0"
	xmlns:excerpt="{excerpt}"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="{namespace}"
>
<channel>
	<title>WP Math</title>
	<link>https://wp.example</link>
	<description>Formulas &amp; more</description>
	<pubDate>Sun, 29 Nov 2026 09:00:00 +0000</pubDate>
	<language>en-US</language>
	<wp:wxr_version>{version}</wp:wxr_version>
	<wp:base_site_url>https://wp.example</wp:base_site_url>
	<wp:base_blog_url>https://wp.example</wp:base_blog_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login>
		<wp:author_email><![CDATA[{EMAILS[3]}]]></wp:author_email>
		<wp:author_display_name><![CDATA[The Editor]]></wp:author_display_name></wp:author>
	<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[math]]></wp:category_nicename>
		<wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Mathematics]]></wp:cat_name>
	</wp:category>
	<generator>https://wordpress.org/?v=6.4</generator>
{"".join(ITEMS)}
</channel>
</rss>
"""
