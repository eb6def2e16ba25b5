"""The application icon as PNG files, drawn from resources/icons/cjdesigner.svg with Qt.

Used by packaging/cjdesigner.spec (build/icon.ico for Windows, also the installer's icon;
macOS's .icns is made by PyInstaller from build/icon-256.png) and for the hicolor PNG
sizes of a Linux install:
    python packaging/icons.py OUT_FOLDER    # OUT_FOLDER/SIZExSIZE/apps/org.cjdesigner.CJDesigner.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "cjdesigner.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(svg: Path, png: Path, size: int) -> Path:
    """Draw ``svg`` into a ``size`` × ``size`` PNG with a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # a QApplication (not a QGuiApplication): a process that goes on to make widgets needs one
    _app = QApplication.instance() or QApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG picture")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png), "PNG"):
        raise OSError(f"{png}: cannot write")
    return png


def write_ico(png: Path, ico: Path) -> Path:
    """A Windows .ico with the usual sizes, from a large square PNG (Pillow)."""
    from PIL import Image

    ico.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(png) as image:
        image.save(ico, format="ICO", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    return ico


def hicolor_pngs(out: Path, app_id: str) -> list[Path]:
    return [
        render_png(SVG, out / f"{size}x{size}" / "apps" / f"{app_id}.png", size)
        for size in HICOLOR_SIZES
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from cjdesigner.about import APP_ID

    for path in hicolor_pngs(Path(sys.argv[1] if len(sys.argv) > 1 else "icons"), APP_ID):
        print(path)
