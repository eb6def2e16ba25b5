"""The phone page's files: one HTML page, its script and its style sheet, served from the
installed resources (``resources/phone``), nothing from elsewhere. The Content Security
Policy lets the page load only these three files and talk only to its own host."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cache

from starlette.requests import Request
from starlette.responses import Response

from cjdesigner.resources import resource_path

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/phone.js": ("phone.js", "text/javascript; charset=utf-8"),
    "/phone.css": ("phone.css", "text/css; charset=utf-8"),
}
Endpoint = Callable[[Request], Awaitable[Response]]


@cache
def _read(name: str) -> bytes:
    return resource_path("phone", name).read_bytes()


def _serve(name: str, kind: str) -> Endpoint:
    async def endpoint(_request: Request) -> Response:
        return Response(_read(name), media_type=kind, headers={
            "Content-Security-Policy": CSP,
            "Cache-Control": "no-store",
            "Referrer-Policy": "no-referrer",
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
        })

    return endpoint


def page_routes() -> list[tuple[str, Endpoint, list[str]]]:
    return [(path, _serve(name, kind), ["GET"]) for path, (name, kind) in FILES.items()]
