"""Self-contained HTML reports: inline CSS, charts as embedded PNG (matplotlib Agg), no network."""
import base64
import html
import io

STYLE = """
body{font-family:'Open Sans','DejaVu Sans',Arial,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{color:#6b0d0e;font-size:22px}h2{font-size:17px;border-bottom:1px solid #ccc;padding-bottom:3px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f3ece4;white-space:nowrap}
td:first-child,th:first-child{text-align:left}.note{color:#555;font-size:12px}
img{max-width:100%;margin:6px 0 14px}.wide{overflow-x:auto}
tfoot td,td.total{font-weight:bold}tfoot td{border-top:2px solid #888}
.figures td{font-size:15px}.figures td:first-child{font-size:13px}
"""


class Formatter:
    """Numbers and dates in the user's locale (callables supplied by the QGIS glue)."""

    def __init__(self, number, date):
        self._number, self.date = number, date

    def number(self, value, decimals):
        """The locale's number, negative ones with the typographic minus sign (one rule for every report); a value
        that rounds to zero has no sign (−0,00 for −0.0001 ha)."""
        text = self._number(value, decimals)
        if not text.startswith("-"):
            return text
        return "\u2212" + text[1:] if any(digit in text for digit in "123456789") else text[1:]

    def cell(self, value, decimals=2):
        if value is None:
            return "—"
        if isinstance(value, bool):
            return html.escape(str(value))
        if isinstance(value, int):
            return self.number(value, 0)
        if value == "":
            return "—"
        if isinstance(value, float):
            return self.number(value, decimals)
        if hasattr(value, "isoformat"):
            return self.date(value)
        return html.escape(str(value))


def table(headers, rows, fmt, totals=None, decimals=2):
    """An HTML table; totals: an optional last row in bold; the last column in bold when headed by a total."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{fmt.cell(v, decimals)}</td>" for v in row) + "</tr>" for row in rows)
    foot = ("<tfoot><tr>" + "".join(f"<td>{fmt.cell(v, decimals)}</td>" for v in totals) + "</tr></tfoot>"
            if totals else "")
    return f"<div class='wide'><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody>{foot}</table></div>"


def number_axis(axes, fmt):
    """Y tick labels (of a chart or a colour scale) with the report's decimal and thousands separators."""
    if fmt is None:
        return
    from matplotlib.ticker import FuncFormatter

    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: fmt.number(value, 0 if value == int(value) else 1)))


def png(figure, css=None):
    """An <img> holding the figure as an embedded PNG (optionally with a CSS class)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    css = f" class='{css}'" if css else ""
    return f"<img{css} alt='' src='data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii") + "'/>"


def bar_chart(title, labels, series, y_label, markers=(), marker_label="{name}", fmt=None):
    """Stacked bars (series: [(name, colour, values)]) with vertical operation markers [(index, name)]."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(9.5, 3.2))
    axes = figure.add_subplot(1, 1, 1)
    bottom = [0.0] * len(labels)
    for name, colour, values in series:
        axes.bar(range(len(labels)), values, bottom=bottom, color=colour, label=name, width=0.8)
        bottom = [b + (v or 0.0) for b, v in zip(bottom, values)]
    for position, name in markers:
        axes.axvline(position, color="#222", linestyle="--", linewidth=1)
        axes.annotate(marker_label.format(name=name), (position, max(bottom or [0]) or 1), rotation=90,
                      va="top", ha="right", fontsize=8)
    step = max(1, len(labels) // 24)
    axes.set_xticks(list(range(0, len(labels), step)))
    axes.set_xticklabels(labels[::step], rotation=45, ha="right", fontsize=8)
    axes.set_ylabel(y_label)
    number_axis(axes, fmt)
    axes.set_title(title, fontsize=11)
    if len(series) > 1:
        axes.legend(fontsize=8)
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    return png(figure)


def grouped_bar_chart(title, labels, series, y_label, fmt=None):
    """Side-by-side bars per label, one per series [(name, colour, values)], values written on top."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(max(4.5, 1.6 * len(labels) + 2), 3.2))
    axes = figure.add_subplot(1, 1, 1)
    width = 0.8 / max(len(series), 1)
    for number, (name, colour, values) in enumerate(series):
        positions = [i - 0.4 + width * (number + 0.5) for i in range(len(labels))]
        bars = axes.bar(positions, [v or 0.0 for v in values], width=width, color=colour, label=name)
        axes.bar_label(bars, labels=[fmt.number(v or 0.0, 1) if fmt else f"{v or 0.0:.1f}" for v in values],
                       fontsize=8)
    axes.set_xticks(list(range(len(labels))))
    axes.set_xticklabels(labels, fontsize=8, rotation=30 if len(labels) > 6 else 0,
                         ha="right" if len(labels) > 6 else "center")
    axes.set_ylabel(y_label)
    number_axis(axes, fmt)
    axes.set_title(title, fontsize=11)
    axes.legend(fontsize=8)
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    return png(figure)


def horizontal_bar_chart(title, labels, values, x_label, colour, fmt=None):
    """One bar per label, labels on the left, values written at the bars' ends; drawn at the page's width, so
    however many labels, their text keeps its size (a wide chart shrunk to the page made it ~6 px)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    figure = Figure(figsize=(7.5, 0.32 * len(labels) + 1.1))
    axes = figure.add_subplot(1, 1, 1)
    positions = list(range(len(labels)))[::-1]
    bars = axes.barh(positions, [v or 0.0 for v in values], color=colour, height=0.7)
    axes.bar_label(bars, labels=[fmt.number(v or 0.0, 1) if fmt else f"{v or 0.0:.1f}" for v in values],
                   fontsize=9, padding=3)
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=9)
    axes.set_xlabel(x_label, fontsize=9)
    if fmt is not None:
        axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: fmt.number(value, 0 if value == int(value)
                                                                                 else 1)))
    axes.set_title(title, fontsize=11)
    axes.margins(x=0.15)
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    return png(figure)


def document(title, language, parts):
    return (f"<!DOCTYPE html><html lang='{html.escape(language)}'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
            f"<h1>{html.escape(title)}</h1>{''.join(parts)}</body></html>")


def heading(text):
    return f"<h2>{html.escape(text)}</h2>"


def paragraph(text, note=False):
    return f"<p{' class=note' if note else ''}>{html.escape(text)}</p>"


def figures(items, fmt):
    """Key figures as a two-column table [(label, value)], values in large type."""
    rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{fmt.cell(v)}</td></tr>" for k, v in items)
    return f"<table class='figures'>{rows}</table>"


def definition_list(items, fmt):
    rows = "".join(f"<tr><th>{html.escape(k)}</th><td style='text-align:left'>{fmt.cell(v)}</td></tr>"
                   for k, v in items)
    return f"<table>{rows}</table>"
