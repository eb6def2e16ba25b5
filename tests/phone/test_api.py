"""The phone's endpoints on a running session host: what a phone may do (add cards, vote
within its budget), what it may not (edit, read what the facilitator keeps private), and
every request checked for size, rate and types, whatever the page does."""

from __future__ import annotations

import pytest

from .conftest import HOSTILE, fs


def test_the_page_needs_the_token_and_loads_nothing_from_elsewhere(host):
    assert host.request("/", token=False).status == 403
    assert host.request("/api/room", token=False).status == 403
    page = host.request("/")
    assert page.status == 200 and '<script src="phone.js" defer>' in page.data
    csp = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    for path in ("/", "/phone.js", "/phone.css"):
        answer = host.request(path)
        assert answer.status == 200
        assert "http://" not in answer.data and "https://" not in answer.data
    assert page.headers["Referrer-Policy"] == "no-referrer"


def test_join_gives_a_secret_and_cleans_the_name(host):
    answer = host.request("/api/join", {"name": "  Ana\n<b>Lima</b>  "})
    assert answer.status == 200
    assert answer.data["name"] == "Ana <b>Lima</b>"  # text, shown as text
    secret = answer.data["secret"]
    room = host.request("/api/room", secret=secret).data
    assert room["you"]["name"] == "Ana <b>Lima</b>"
    assert host.request("/api/room").data["you"] is None  # without the secret: nobody
    renamed = host.request("/api/join", {"name": "Ana"}, secret=secret)
    assert renamed.data["participant"] == answer.data["participant"]  # same person
    assert len(host.state().participants) == 1


@pytest.mark.parametrize(("body", "status", "words"), [
    (b"not json", 400, "not JSON"),
    (b"[1, 2]", 400, "one JSON object"),
    (b'{"name": 5}', 400, "name"),
    (b'{"name": "x", "admin": true}', 400, "admin"),
    (b'{"name": "' + b"x" * 5000 + b'"}', 413, "too long"),
    (b'{"name": "   "}', 400, "Type a name"),
    (b'\xff\xfe{"name": "x"}', 400, "not JSON"),
])
def test_bad_join_requests_are_refused_with_a_sentence(host, body, status, words):
    answer = host.request("/api/join", raw=body)
    assert answer.status == status and words in answer.data["error"]
    assert host.state().participants == {}


def test_only_json_is_accepted(host):
    answer = host.request("/api/join", raw=b"name=Ana",
                          content_type="application/x-www-form-urlencoded")
    assert answer.status == 415


def test_a_card_into_a_cell_reaches_the_map_as_typed(host):
    secret = host.join("Ana")
    doc = host.server.current_map()
    lane, step = doc.lanes[2].id, doc.step_ids()[1]
    answer = host.request("/api/cards", {"title": HOSTILE, "lane": lane, "step": step},
                          secret=secret)
    assert answer.status == 200 and answer.data == {"placed": "map"}
    after = host.server.current_map()
    assert [c.title for c in after.cards_in(lane, step)][-1] == HOSTILE  # kept as text
    assert len(after.cards) == len(doc.cards) + 1


def test_cards_need_a_name_an_open_cell_and_words(host):
    doc = host.server.current_map()
    cell = {"lane": doc.lanes[1].id, "step": doc.step_ids()[0]}
    assert host.request("/api/cards", {"title": "hi", **cell}).status == 401
    assert host.request("/api/cards", {"title": "hi", **cell}, secret="forged").status == 401
    secret = host.join("Ana")
    host.change(lambda s, d: fs.set_private_lanes(s, d, [d.lanes[1].id]))
    refused = host.request("/api/cards", {"title": "hi", **cell}, secret=secret)
    assert refused.status == 400 and "not open" in refused.data["error"]
    half = host.request("/api/cards", {"title": "hi", "lane": doc.lanes[2].id}, secret=secret)
    assert half.status == 400
    bad_id = host.request("/api/cards", {"title": "hi", "lane": "../x", "step": "s"},
                          secret=secret)
    assert bad_id.status == 400
    empty = host.request("/api/cards", {"title": " \n "}, secret=secret)
    assert empty.status == 400 and "words" in empty.data["error"]
    assert host.server.current_map().cards == doc.cards


def test_a_phone_cannot_edit_or_remove(host):
    secret = host.join("Ana")
    doc = host.server.current_map()
    card = doc.cards[0]
    sneaky = {"title": "changed", "id": card.id, "lane": card.lane_id, "step": card.step_id}
    assert host.request("/api/cards", sneaky, secret=secret).status == 400  # no id field
    for method in ("PUT", "DELETE", "PATCH"):
        assert host.request("/api/cards", {"title": "x"}, secret=secret,
                            method=method).status == 405
    assert host.request("/api/votes", {"card": card.id, "delta": 5}, secret=secret).status == 400
    assert host.request("/api/votes", {"card": card.id, "delta": True},
                        secret=secret).status == 400  # strict types: no bool for a number
    assert host.server.current_map() == doc


def test_inbox_and_private_mode_keep_others_notes_from_other_phones(host):
    ana, ben = host.join("Ana"), host.join("Ben")
    doc = host.server.current_map()
    inbox = host.request("/api/cards", {"title": "Ana's inbox card"}, secret=ana)
    assert inbox.data == {"placed": "inbox"}
    host.change(lambda s, d: fs.set_private(s, True))
    cell = {"lane": doc.lanes[1].id, "step": doc.step_ids()[0]}
    hidden = host.request("/api/cards", {"title": "Ana's secret", **cell}, secret=ana)
    assert hidden.data == {"placed": "hidden"}
    assert host.server.current_map() == doc  # nothing on the map yet
    ana_view = host.request("/api/room", secret=ana).data
    assert [n["title"] for n in ana_view["waiting"]] == ["Ana's inbox card", "Ana's secret"]
    ben_text = str(host.request("/api/room", secret=ben).data)
    assert "Ana" not in ben_text
    assert "Ana" not in str(host.request("/api/map", secret=ben).data)


def test_votes_within_the_budget_and_no_tally_before_the_reveal(host):
    ana, ben = host.join("Ana"), host.join("Ben")
    doc = host.server.current_map()
    a, b = doc.cards[0].id, doc.cards[1].id
    closed = host.request("/api/votes", {"card": a, "delta": 1}, secret=ana)
    assert closed.status == 409 and "closed" in closed.data["error"]
    host.change(lambda s, d: fs.open_vote(s, host.api.clock(), budget=2, anonymous=True))
    assert host.request("/api/votes", {"card": a, "delta": 1}, secret=ana).data["left"] == 1
    assert host.request("/api/votes", {"card": b, "delta": 1}, secret=ana).data["left"] == 0
    over = host.request("/api/votes", {"card": a, "delta": 1}, secret=ana)
    assert over.status == 409 and "used all" in over.data["error"]
    host.request("/api/votes", {"card": a, "delta": 1}, secret=ben)
    ben_view = host.request("/api/room", secret=ben).data["vote"]
    assert ben_view["mine"] == {a: 1} and ben_view["tally"] is None
    host.change(lambda s, d: fs.reveal_vote(s))
    revealed = host.request("/api/room", secret=ben).data["vote"]
    assert revealed["tally"] == {a: 2, b: 1} and revealed["voters"] is None  # anonymous
    assert host.request("/api/votes", {"card": a, "delta": -1}, secret=ana).status == 409


def _strings(data: object) -> set[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(data, str):
        return {data}
    if isinstance(data, dict):
        return set(data) | {s for v in data.values() for s in _strings(v)}
    if isinstance(data, list):
        return {s for v in data for s in _strings(v)}
    return set()


def test_private_lanes_never_reach_a_phone(host):
    secret = host.join("Ana")
    doc = host.server.current_map()
    secret_lane = doc.lanes[0]
    host.change(lambda s, d: fs.set_private_lanes(s, d, [secret_lane.id]))
    view = host.request("/api/map", secret=secret).data
    said = _strings(view)
    assert secret_lane.id not in said and secret_lane.title not in said
    hidden_card = next(c for c in doc.cards if c.lane_id == secret_lane.id)
    # whole values, not substrings: a random card id may start with the hidden one's
    assert hidden_card.id not in said
    if all(c.title != hidden_card.title for c in doc.cards if c.lane_id != secret_lane.id):
        assert hidden_card.title not in said
    host.change(lambda s, d: fs.open_vote(s, host.api.clock()))
    answer = host.request("/api/votes", {"card": hidden_card.id, "delta": 1}, secret=secret)
    assert answer.status == 409


def test_floods_are_slowed_per_participant(host):
    secret = host.join("Ana")
    statuses = [host.request("/api/cards", {"title": f"card {i}"}, secret=secret).status
                for i in range(12)]
    assert statuses[:6] == [200] * 6 and 429 in statuses
    assert len(host.state().inbox()) < 12
    other = host.join("Ben")  # someone else is not slowed by Ana
    assert host.request("/api/cards", {"title": "mine"}, secret=other).status == 200


def test_the_timer_and_spotlight_reach_the_phone(host):
    host.change(lambda s, d: fs.spotlight(
        fs.start_timer(fs.set_timer(s, 420), host.api.clock()), d, d.stages[1].id))
    room = host.request("/api/room").data
    assert room["timer"]["running"] and 418 <= room["timer"]["remaining"] <= 420
    assert room["spotlight"] == host.server.current_map().stages[1].id


def test_a_bad_entry_written_by_a_peer_does_not_stop_the_phones(host):
    def vandalise(text: str) -> None:
        doc = host.server.room_doc
        with doc.ydoc.transaction(origin="peer"):
            doc.session["facilitation"] = text

    secret = host.join("Ana")
    host.request("/api/cards", {"title": "kept"}, secret=secret)
    for text in ("{not json", "[1, 2]",
                 '{"notes": {"x": {"id": "x", "title": 5}}, "countdown": {"duration": -1}}'):
        host.server.call(vandalise, text)
        room = host.request("/api/room", secret=secret)
        # the room starts again from what is valid: the phone says its name again
        assert room.status == 200 and room.data["you"] is None
        host.request("/api/join", {"name": "Ana"}, secret=secret)
        assert host.request("/api/cards", {"title": "still works"}, secret=secret).status == 200
    assert [n.title for n in host.state().inbox()] == ["still works"]


def test_the_session_link_opens_the_phone_page(host):
    import urllib.request

    url = host.server.page_url.replace(host.server.address.host, "127.0.0.1")
    with urllib.request.urlopen(url, timeout=10) as response:
        page = response.read().decode()
        cookie = response.headers["Set-Cookie"]
    assert 'id="card-form"' in page and "cj_token=" in cookie  # the page, then the cookie
