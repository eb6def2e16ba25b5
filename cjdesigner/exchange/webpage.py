"""The map as one self-contained web page, for people who will never install the editor.

One ``.html`` file holds everything: the map as inline SVG drawn from the same layout as
the canvas and the poster, the fonts (subsets of the bundled Source Sans Pro, as data
URIs), card pictures (re-encoded as data URIs, only from the map's folder or the map
itself), the style sheet and a small script. Nothing is fetched: a Content Security
Policy forbids every request (``default-src 'none'``), and the one script runs by its
hash. Zoom (wheel, pinch, buttons, keys) and pan (drag); a click or Enter on a card
shows all its fields; filters by channel, owner, tag and evidence dim the other cards;
the emotion curves are drawn in the feelings lane; a card list view reads well on a
phone; printing gives the whole map on a landscape page and then the card list.

The browser shapes the text, so the page says what it is: ``<html lang dir>`` from the
map's language (an Arabic map's page reads right to left; its layout uses logical CSS
properties so it mirrors), every piece of map text in the markup and in the card details
has ``dir="auto"`` (an Arabic card on an English map reads right to left, and the other
way round), and the map's SVG sets each right-to-left line's direction (see ``svgmap``).

Map text is escaped for HTML (``cjdesign.export.escape.html_text``) wherever it enters
markup, and the card data the script reads is JSON with ``<``, ``>`` and ``&`` escaped,
which the script only ever puts into the page as text (``textContent``), so card text
cannot add markup or run script. No Qt.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path

from cjdesigner import resources
from cjdesigner.export.escape import html_text
from cjdesigner.fileio import atomic_write
from cjdesigner.i18n.words import DEFAULT_LANGUAGE, is_right_to_left
from cjdesigner.layout import MapLayout, layout_map, style
from cjdesigner.model import Card, JourneyMap, Lane, channel_label, journey_order

from .svgmap import map_svg

#: card pictures larger than this are shrunk before they go into the page
IMAGE_SIDE = 640
#: all pictures of one page together (after re-encoding); the rest stay placeholders
IMAGES_BUDGET = 24_000_000

_ASSETS = Path(__file__).with_name("web")


def _json_for_script(data: object) -> str:
    """JSON that can sit inside ``<script type="application/json">``: no ``<`` (so no
    ``</script>`` or ``<!--``), ``>`` or ``&``, and no line separators JavaScript dislikes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _format_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def card_record(card: Card, where: dict[str, tuple[str, str]], lanes: dict[str, tuple[str, str]],
                image: str | None) -> dict[str, object]:
    """What the page shows of a card (texts as they are; the script writes them as text)."""
    stage, step = where.get(card.step_id, ("", ""))
    lane, kind = lanes.get(card.lane_id, ("", ""))
    return {
        "title": card.title, "description": card.description, "stage": stage, "step": step,
        "lane": lane, "kind": kind, "channel": channel_label(card.channel) if card.channel else "",
        "owner": card.owner.strip(), "evidence": card.evidence.label if card.evidence else "",
        "source": card.evidence_source, "emotion": _format_number(card.emotion),
        "tags": list(card.tags), "votes": card.votes,
        "impact": card.impact, "effort": card.effort, "links": list(card.links),
        "image": image if image is not None else (card.image or ""),
        "embedded": image is not None,
    }


def page_data(doc: JourneyMap, images: dict[str, str]) -> dict[str, object]:
    where = {step.id: (stage.name, step.name) for stage in doc.stages for step in stage.steps}
    lanes = {lane.id: (lane.title or lane.kind.label, lane.kind.label) for lane in doc.lanes}
    ordered = journey_order(doc)
    return {
        "order": [card.id for card in ordered],
        "cards": {card.id: card_record(card, where, lanes, images.get(card.id))
                  for card in ordered},
    }


def embed_images(doc: JourneyMap, base_dir: Path | None) -> tuple[dict[str, str], list[str]]:
    """Card id → data URI of its picture, re-encoded (never the original bytes), and
    warnings for pictures left out. Only pictures in the map's folder or in the map."""
    from cjdesigner.fileio.images import ImageRefused, describe, open_card_image

    images: dict[str, str] = {}
    warnings: list[str] = []
    used = 0
    for card in doc.cards:
        if card.image is None:
            continue
        try:
            picture = open_card_image(card.image, base_dir, max_side=IMAGE_SIDE)
        except ImageRefused as exc:
            warnings.append(f"card {card.title or card.id!r}: picture {describe(card.image)} "
                            f"left out ({exc})")
            continue
        buffer = io.BytesIO()
        if picture.mode in ("RGBA", "LA", "P"):
            picture.convert("RGBA").save(buffer, "PNG", optimize=True)
            kind = "png"
        else:
            picture.convert("RGB").save(buffer, "JPEG", quality=85)
            kind = "jpeg"
        data = buffer.getvalue()
        if used + len(data) > IMAGES_BUDGET:
            warnings.append(f"card {card.title or card.id!r}: picture left out (the page "
                            "already holds 24 MB of pictures)")
            continue
        used += len(data)
        images[card.id] = f"data:image/{kind};base64," + base64.b64encode(data).decode("ascii")
    return images, warnings


def _fonts(chars: Iterable[str]) -> str:
    """@font-face rules: subsets of the bundled faces with the page's characters. Kerning
    and ligature tables are left out: the layout measures plain advance widths, and
    reading those tables is most of the cost of a subset."""
    from cjdesigner.export.svgfonts import FAMILY, _font_face

    text = "".join(sorted(set(chars) | set(_ASCII))).replace("\n", "")
    rules = []
    for weight, path in (("400", resources.FONT_REGULAR), ("600", resources.FONT_SEMIBOLD),
                         ("700", resources.FONT_BOLD)):
        rules.append(_font_face(FAMILY, weight, "normal", _subset(Path(path), text)))
    return "\n".join(rules)


def _subset(path: Path, text: str) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GPOS", "GSUB", "GDEF", "kern"]
    font = TTFont(str(path), lazy=True)
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


_ASCII = "".join(chr(c) for c in range(32, 127)) + "…·—–‹›◷×−"


def _options_html(values: Iterable[str], everything: str) -> str:
    # the values are numbers: map text goes into the page as element text only, and the
    # script reads the chosen option's text
    shown = sorted({v for v in values if v}, key=str.casefold)
    return f'<option value="">{everything}</option>' + "".join(
        f'<option value="{i}">{html_text(v)}</option>' for i, v in enumerate(shown, start=1))


def _meta_line(doc: JourneyMap) -> str:
    meta = doc.meta
    parts = [meta.map_type.label, meta.journey_kind.label]
    if meta.author:
        parts.append(meta.author)
    if meta.version_label:
        parts.append(meta.version_label)
    if meta.modified[:10]:
        parts.append(meta.modified[:10])
    return " · ".join(html_text(p) for p in parts)


def _about(doc: JourneyMap) -> str:
    blocks = []
    if doc.meta.objective.strip():
        blocks.append(f'<h3>Objective</h3><p dir="auto">{html_text(doc.meta.objective)}</p>')
    if doc.meta.scope.strip():
        blocks.append(f'<h3>Scope</h3><p dir="auto">{html_text(doc.meta.scope)}</p>')
    for persona in doc.personas:
        facts = " · ".join(html_text(v) for v in (persona.segment, persona.age,
                                                  persona.occupation, persona.income) if v)
        lists = "".join(
            f"<h4>{label}</h4><ul>" + "".join(f'<li dir="auto">{html_text(item)}</li>'
                                              for item in items)
            + "</ul>"
            for label, items in (("Goals", persona.goals), ("Needs", persona.needs),
                                 ("Motivations", persona.motivations),
                                 ("Challenges", persona.challenges),
                                 ("Behaviours", persona.behaviours),
                                 ("Preferred channels", persona.preferred_channels))
            if items)
        quote = (f'<blockquote dir="auto">{html_text(persona.quote)}</blockquote>'
                 if persona.quote else "")
        primary = ' <span class="tag">primary</span>' if persona.primary else ""
        blocks.append(f'<section class="persona"><h3 dir="auto">{html_text(persona.name)}'
                      f'{primary}</h3><p class="facts" dir="auto">{facts}</p>{quote}<div class="lists">{lists}</div>'
                      "</section>")
    return "".join(blocks)


def _card_list(doc: JourneyMap) -> str:
    """The cards as a readable list, by stage and step (phones, printing)."""
    by_step: dict[str, list[Card]] = {}
    for card in journey_order(doc):
        by_step.setdefault(card.step_id, []).append(card)
    lanes = {lane.id: lane for lane in doc.lanes}
    out = []
    for index, stage in enumerate(doc.stages):
        colour = style.stage_colour(index, stage.color)
        out.append(f'<section class="stage"><h2 dir="auto" style="border-color:{colour}">'
                   f"{html_text(stage.name)}</h2>")
        for step in stage.steps:
            cards = by_step.get(step.id, [])
            if not cards:
                continue
            out.append(f'<div class="step"><h3 dir="auto">{html_text(step.name)}</h3>'
                       '<ul class="cards">')
            for card in cards:
                out.append(_list_item(card, lanes.get(card.lane_id)))
            out.append("</ul></div>")
        out.append("</section>")
    return "".join(out)


def _list_item(card: Card, lane: Lane | None) -> str:
    accent = (lane.color or style.LANE_ACCENT[lane.kind]) if lane else style.INK_FAINT
    lane_name = html_text(lane.title or lane.kind.label) if lane else ""
    desc = f'<p dir="auto">{html_text(card.description)}</p>' if card.description else ""
    facts = [channel_label(card.channel) if card.channel else "", card.owner.strip(),
             card.evidence.label if card.evidence else "",
             f"emotion {card.emotion:g}" if card.emotion is not None else "",
             f"{card.votes} vote{'s' if card.votes != 1 else ''}" if card.votes else ""]
    shown = " · ".join(html_text(f) for f in facts if f)
    footer = f'<span class="facts" dir="auto">{shown}</span>' if shown else ""
    return (f'<li class="item" data-id="{html_text(card.id)}" tabindex="0" '
            f'style="border-inline-start-color:{accent}"><span class="lane" dir="auto">'
            f'{lane_name}</span><strong dir="auto">{html_text(card.title or "Untitled")}'
            f"</strong>{desc}{footer}</li>")


def build_page(doc: JourneyMap, lay: MapLayout | None = None,
               base_dir: Path | None = None) -> tuple[str, list[str]]:
    """The page's HTML and warnings (pictures left out)."""
    lay = lay or layout_map(doc)
    images, warnings = embed_images(doc, base_dir)
    svg = map_svg(doc, lay, images)
    data = page_data(doc, images)
    script = (_ASSETS / "page.js").read_text(encoding="utf-8")
    css = (_ASSETS / "page.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = ("default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; "
              f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")
    channels = _options_html((channel_label(c.channel) for c in doc.cards if c.channel),
                             "All channels")
    owners = _options_html((c.owner.strip() for c in doc.cards), "All owners")
    tags = _options_html((t for c in doc.cards for t in c.tags), "All tags")
    evidence = _options_html((c.evidence.label for c in doc.cards if c.evidence), "Any evidence")
    about = _about(doc)
    cards_html = _card_list(doc)
    chars = set(svg) | set(cards_html) | set(about) | set(json.dumps(data, ensure_ascii=False))
    fonts = _fonts(chars)
    title = html_text(doc.meta.title)
    language = doc.meta.language or DEFAULT_LANGUAGE
    page = f"""<!DOCTYPE html>
<html lang="{html_text(language)}" dir="{"rtl" if is_right_to_left(language) else "ltr"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cjdesigner">
<title>{title}</title>
<style>
{fonts}
{css}
</style>
</head>
<body>
<header class="bar">
  <div class="heading"><h1 dir="auto">{title}</h1><p class="meta" dir="auto">{_meta_line(doc)}</p></div>
  <nav class="views" aria-label="View">
    <button type="button" id="show-map" aria-pressed="true">Map</button>
    <button type="button" id="show-list" aria-pressed="false">Cards</button>
    <button type="button" id="show-about" aria-pressed="false"{' hidden' if not about else ''}>About</button>
  </nav>
  <form class="filters" id="filters" aria-label="Filter cards">
    <select id="f-channel" aria-label="Channel">{channels}</select>
    <select id="f-owner" aria-label="Owner">{owners}</select>
    <select id="f-tag" aria-label="Tag">{tags}</select>
    <select id="f-evidence" aria-label="Evidence">{evidence}</select>
    <button type="reset" id="f-clear">Clear</button>
    <output id="count" aria-live="polite" dir="auto"></output>
  </form>
  <div class="zoom" role="group" aria-label="Zoom">
    <button type="button" id="zoom-out" aria-label="Zoom out">−</button>
    <button type="button" id="zoom-fit" aria-label="Fit the map">Fit</button>
    <button type="button" id="zoom-in" aria-label="Zoom in">+</button>
  </div>
</header>
<main>
  <div id="viewport" class="viewport">{svg}</div>
  <section id="list" class="list" hidden>{cards_html}</section>
  <section id="about" class="about" hidden>{about}</section>
  <aside id="details" class="details" hidden aria-live="polite">
    <button type="button" id="close-details" aria-label="Close">×</button>
    <div id="details-body"></div>
  </aside>
</main>
<script type="application/json" id="cjm-data">{_json_for_script(data)}</script>
<script>{script}</script>
</body>
</html>
"""
    return page, warnings


def write_page(doc: JourneyMap, path: str | os.PathLike[str], base_dir: Path | None = None,
               lay: MapLayout | None = None) -> list[str]:
    """Write the page atomically; returns warnings."""
    page, warnings = build_page(doc, lay, base_dir)
    atomic_write(path, page.encode("utf-8"))
    return warnings
