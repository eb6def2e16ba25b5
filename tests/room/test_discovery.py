"""Zeroconf: a session announced on this machine's loopback interface is found, with its
title, address and port, and never its token."""

from __future__ import annotations

from cjdesigner.room.discovery import Announcer, Browser, session_id

from .helpers import wait_for


def test_an_announced_session_is_found_and_gone_when_it_stops() -> None:
    token = "t0ken-of-the-session-xyz"
    announcer = Announcer("Cancellation journey", "127.0.0.1", 43210, session_id(token))
    browser = Browser(interfaces=["127.0.0.1"])
    try:
        wait_for(lambda: browser.sessions(), timeout=15, what="the announcement")
        found = browser.sessions()[0]
        assert (found.title, found.host, found.port) == ("Cancellation journey", "127.0.0.1", 43210)
        assert found.join_url == "http://127.0.0.1:43210/"
        assert "token" not in str(announcer.info.properties)
        # the session's id: whoever knows the token recognises it; it does not give the token
        assert found.session == session_id(token) != session_id(token + "x")
        assert token not in str(announcer.info.properties)
        announcer.close()
        wait_for(lambda: not browser.sessions(), timeout=15, what="the goodbye")
    finally:
        browser.close()
