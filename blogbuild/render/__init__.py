"""What each page shows: Markdown and math to HTML, TeX checks, the feed, page contexts, templates."""
