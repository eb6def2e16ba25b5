"""The code that writes the bundled template maps (resources/templates/*.cjm).

Each template is a function returning a JourneyMap (``purchase``, ``service``,
``lifecycle``, written with the small vocabulary of ``builder``); ``build`` writes them as
canonical .cjm text: ``python -m tools.templates.build [--check]``. Only the generated
files ship; a test fails when a committed file differs from what this code builds.
"""
