"""A faster ``wrap`` for cjdesigner/layout/text.py, for the layout's owner to adopt.

The benchmarks' top hotspot (layout, scene build, poster) is ``text_width`` called from
``wrap`` (layout/text.py): every word re-measures the whole growing line, one Python
loop step per character. This version takes each paragraph's advance widths in one
C-level pass (``map``/``accumulate``) and measures any stretch as a difference of
prefix sums. The main faces' advances are integers and the fallback's are dyadic
fractions, so the sums are exact in any order and the lines come out identical.

    python -m bench.proto_wrap [CARDS]   # check identical lines, time layout A/B (CPU)
"""

from __future__ import annotations

import statistics
import sys
import time
from itertools import accumulate

from cjdesigner.layout import text as T


def _prefix(paragraph: str, role: T.FontRole) -> list[float]:
    ws = list(map(role.face.widths.get, map(ord, paragraph)))
    if None in ws:
        fb = T.fallback_face()
        ws = [w if w is not None else fb.widths.get(ord(ch), fb.default_width)
              for w, ch in zip(ws, paragraph, strict=True)]
    return [0, *accumulate(ws)]


def wrap(text: str, role: T.FontRole, width: float, max_lines: int | None = None) -> list[str]:
    lines: list[str] = []
    truncated = False
    k = role.size / 1000.0
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if max_lines is not None and len(lines) >= max_lines:
            truncated = True
            break
        pre = _prefix(paragraph, role)
        current = ""
        start = 0  # where ``current`` starts in the paragraph
        for match in T._BREAK.finditer(paragraph):
            word = match.group(0)
            s = match.start()
            end = s + len(word.rstrip())
            if (pre[end] - pre[start if current else s]) * k <= width:
                if not current:
                    start = s
                current += word
                continue
            if current:
                lines.append(current.rstrip())
                current = ""
            if (pre[end] - pre[s]) * k > width:
                bare = word.rstrip()
                pieces = T._split_long_word(bare, role, width)
                lines.extend(pieces[:-1])
                current = pieces[-1] + word[len(bare):]
                start = end - len(pieces[-1])
            else:
                current, start = word, s
        if current.strip() or not paragraph.strip():
            lines.append(current.rstrip())
    while lines and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        truncated = True
    if truncated and lines:
        lines[-1] = T._with_ellipsis(lines[-1], role, width)
    return lines


def main(argv: list[str]) -> int:
    import cjdesigner.layout.engine as engine
    from cjdesigner.layout import style

    from .generate import generate_data, generate_map

    cards = int(argv[0]) if argv else 2000
    original = T.wrap
    roles = [v for v in vars(style).values() if isinstance(v, T.FontRole)]
    data = generate_data(1500, seed=5)
    texts = [c["description"] for c in data["cards"]] + [c["title"] for c in data["cards"]]
    texts += ["Supercalifragilisticexpialidocious-and-then-some-more here", "Ελληνικά 日本語",
              "a\nb\n\nc  ", "   ", "", "x " * 300]
    bad = sum(original(t, r, w, m) != wrap(t, r, w, m)
              for t in texts for r in roles for w in (20, 60, 120, 170) for m in (None, 2, 4))
    print(f"different results: {bad} of {len(texts) * len(roles) * 12}")
    doc = generate_map(cards)
    times: dict[str, list[float]] = {"current": [], "prefix sums": []}
    for _ in range(5):
        for name, fn in (("current", original), ("prefix sums", wrap)):
            engine.wrap = fn
            start = time.process_time()
            engine.layout_map(doc)
            times[name].append(time.process_time() - start)
    engine.wrap = original
    for name, runs in times.items():
        print(f"layout_map, {cards:,} cards, {name}: {statistics.median(runs) * 1000:.0f} ms CPU")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
