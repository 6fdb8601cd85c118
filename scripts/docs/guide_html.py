"""docs/guia_es.md and docs/guide_en.md to self-contained HTML pages next to them (the algorithms' help opens
them offline). A small Markdown subset: headings, paragraphs, lists, images, links, code, bold, italics, tables."""
import html
import os
import re
import sys

STYLE = """
body{font-family:'Open Sans','DejaVu Sans',Arial,sans-serif;margin:24px auto;color:#222;max-width:1000px;
line-height:1.5;padding:0 16px}h1{color:#6b0d0e}h2{border-bottom:1px solid #ccc;padding-bottom:3px;margin-top:32px}
img{max-width:100%;border:1px solid #ccc;margin:6px 0}code,pre{background:#f4f1ec;padding:1px 4px;font-size:13px}
pre{padding:8px;overflow-x:auto}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 8px}
th{background:#f3ece4}
"""
GUIDES = ("guia_es", "guide_en")


def inline(text):
    """Inline Markdown (code, images, links, bold, italics) of one escaped line."""
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append(f"<code>{html.escape(part[1:-1])}</code>")
            continue
        part = html.escape(part, quote=False)
        part = re.sub(r"!\[([^\]]*)\]\(([^)]+)\)", r"<img src='\2' alt='\1'>", part)
        part = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f"<a href='{_link(m.group(2))}'>{m.group(1)}</a>", part)
        part = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", part)
        part = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", part)
        out.append(part)
    return "".join(out)


def _link(target):
    """Links between the guides point at their HTML twins."""
    name, _, anchor = target.partition("#")
    if name.endswith(".md") and os.path.splitext(os.path.basename(name))[0] in GUIDES:
        name = name[:-3] + ".html"
    return name + ("#" + anchor if anchor else "")


def slug(text):
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def convert(markdown, title):
    """The HTML page of a Markdown text."""
    body, paragraph, items, code = [], [], None, None

    def flush():
        nonlocal paragraph, items
        if paragraph:
            body.append("<p>" + inline(" ".join(paragraph)) + "</p>")
            paragraph = []
        if items:
            tag, entries = items
            body.append(f"<{tag}>" + "".join(f"<li>{inline(e)}</li>" for e in entries) + f"</{tag}>")
            items = None

    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if code is not None:
            if line.startswith("```"):
                body.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
                code = None
            else:
                code.append(line)
            continue
        if line.startswith("```"):
            flush()
            code = []
            continue
        heading = re.match(r"^(#{1,4})\s+(.*)$", line)
        bullet = re.match(r"^\s*[-*]\s+(.*)$", line)
        number = re.match(r"^\s*\d+[.)]\s+(.*)$", line)
        if heading:
            flush()
            level, text = len(heading.group(1)), heading.group(2)
            body.append(f"<h{level} id='{slug(text)}'>{inline(text)}</h{level}>")
        elif line.startswith("|"):
            flush()
            rows = [line]
            while index < len(lines) and lines[index].startswith("|"):
                rows.append(lines[index])
                index += 1
            body.append(_table(rows))
        elif bullet or number:
            tag = "ul" if bullet else "ol"
            if items and items[0] != tag:
                flush()
            if paragraph:
                flush()
            items = items or (tag, [])
            items[1].append((bullet or number).group(1))
        elif line.startswith("  ") and items:
            items[1][-1] += " " + line.strip()
        elif not line.strip():
            flush()
        else:
            if items:
                flush()
            paragraph.append(line.strip())
    flush()
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def _table(rows):
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    body = [row for row in cells[1:] if not all(re.fullmatch(r":?-+:?", c) for c in row)]
    head = "".join(f"<th>{inline(c)}</th>" for c in cells[0])
    rows_html = "".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>" for row in body)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows_html}</tbody></table>"


def build(markdown_path):
    """Write the .html next to a guide's .md; return its path."""
    with open(markdown_path, encoding="utf-8") as handle:
        text = handle.read()
    title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("# ")), "Guide")
    path = os.path.splitext(markdown_path)[0] + ".html"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(convert(text, title))
    return path


def build_all(docs):
    return [build(os.path.join(docs, name + ".md")) for name in GUIDES]


if __name__ == "__main__":
    print("\n".join(build_all(sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "docs"))))
