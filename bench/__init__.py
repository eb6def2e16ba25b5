"""Benchmarks for cjdesigner: a generator of realistic maps and a timing harness.

``python -m bench`` (``make bench``) runs every measured path beside its natural
alternative; ``python -m bench.generate N -o map.cjm`` writes a synthetic map.
"""
