"""Reading an XML export (WordPress WXR, Disqus): the parsed tree, or one line naming the file and
the line where the XML breaks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from blogbuild.errors import ImportSourceError


def parse_export(source: Path, display: str) -> ET.Element:
    try:
        return ET.parse(source).getroot()
    except ET.ParseError as e:
        message = re.sub(r": line \d+, column \d+$", "", str(e))  # the line is in the location
        raise ImportSourceError(f"not well-formed XML: {message}", display, line=e.position[0]) from None
