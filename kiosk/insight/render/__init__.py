"""Drawing the manager's report: an A4 PDF for printing, one self-contained HTML page.

The only importer of matplotlib (package ``kiosk.insight.render``). Page 1
carries every figure and chart; the numbers behind each chart follow (PDF
pages 2+, HTML ``<details>``). Chinese and Korean are drawn with the Noto CJK
fonts the kiosk installs, checked for every character before drawing, so a
missing font is a clear error rather than a page of boxes.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display: the report is made on a server or a kiosk's shell

from kiosk.insight.render.html import write_html
from kiosk.insight.render.pdf import write_pdf, write_pngs

__all__ = ["write_html", "write_pdf", "write_pngs"]
