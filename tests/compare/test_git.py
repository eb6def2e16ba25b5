"""A real git repository using cjdesigner as the merge driver and textconv of .cjm files,
configured as the README says."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import cjdesigner
from cjdesigner.fileio import dumps, load
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields

CHECKOUT = Path(cjdesigner.__file__).resolve().parents[1]
COMMAND = f"{shlex.quote(sys.executable)} -m cjdesigner.cli"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(CHECKOUT),  # the driver runs this checkout's cjdesigner
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo),
    }
    return subprocess.run(["git", *args], cwd=repo, env=env, text=True, capture_output=True,
                          check=check, timeout=120)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / ".gitattributes").write_text("*.cjm diff=cjm merge=cjm\n", encoding="utf-8")
    git(tmp_path, "config", "merge.cjm.name", "cjdesigner three-way merge by id")
    git(tmp_path, "config", "merge.cjm.driver", f"{COMMAND} merge %O %A %B --path %P")
    git(tmp_path, "config", "diff.cjm.textconv", f"{COMMAND} diff --textconv")
    (tmp_path / "map.cjm").write_text(dumps(sample_map()), encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def edit(repo: Path, branch: str, change, message: str) -> None:  # type: ignore[no-untyped-def]
    git(repo, "checkout", "-q", branch)
    doc = load(repo / "map.cjm")
    doc = change(doc) or doc  # a change edits the map or returns a new one
    (repo / "map.cjm").write_text(dumps(doc), encoding="utf-8")
    git(repo, "commit", "-q", "-am", message)


def test_branches_merge_by_id_and_diff_by_name(repo: Path) -> None:
    git(repo, "branch", "feature")

    def retitle(doc):  # type: ignore[no-untyped-def]
        set_fields(doc, "card", "card-1", title="Spots a banner")
        # and the card moves to the end of the file
        return doc.model_copy(update={"cards": [*doc.cards[1:], doc.cards[0]]})

    def vote(doc):  # type: ignore[no-untyped-def]
        set_fields(doc, "card", "card-1", votes=4)
        set_fields(doc, "lane", doc.lanes[0].id, title="Doing")

    edit(repo, "feature", retitle, "retitle")
    edit(repo, "main", vote, "vote")
    merged = git(repo, "merge", "-q", "--no-edit", "feature", check=False)
    assert merged.returncode == 0, merged.stderr + merged.stdout
    doc = load(repo / "map.cjm")
    card = doc.find_card("card-1")
    assert (card.title, card.votes, doc.lanes[0].title) == ("Spots a banner", 4, "Doing")
    assert doc.conflicts == []
    # textconv: git's diff shows items by name, one a line
    shown = git(repo, "diff", "HEAD~1", "HEAD", "--", "map.cjm").stdout
    assert '-card "Notices a banner" [card-1] in Doing × Sees an advert' in shown
    assert '+card "Spots a banner" [card-1] in Doing × Sees an advert' in shown
    assert '"schema_version"' not in shown


def test_a_conflict_stops_the_merge_and_is_kept_in_the_map(repo: Path) -> None:
    git(repo, "branch", "feature")
    edit(repo, "feature", lambda d: set_fields(d, "card", "card-1", title="Theirs"), "t")
    edit(repo, "main", lambda d: set_fields(d, "card", "card-1", title="Ours"), "o")
    merged = git(repo, "merge", "--no-edit", "feature", check=False)
    assert merged.returncode != 0
    assert 'map.cjm: CONFLICT card "Ours": title changed on both sides' in merged.stderr
    text = (repo / "map.cjm").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text  # a map, not text with markers
    doc = load(repo / "map.cjm")
    assert doc.find_card("card-1").title == "Ours"
    ((conflict),) = doc.conflicts
    assert (conflict.ours, conflict.theirs) == ("Ours", "Theirs")
    assert "map.cjm" in git(repo, "diff", "--name-only", "--diff-filter=U").stdout
    assert not list(repo.glob("*.bak")) and not list(repo.glob(".merge_file*"))


def test_diff_command_as_git_diff_driver(repo: Path) -> None:
    git(repo, "config", "diff.cjm.command", f"{COMMAND} diff")
    edit(repo, "main", lambda d: set_fields(d, "card", "card-2", votes=9), "votes")
    shown = git(repo, "diff", "HEAD~1", "HEAD").stdout
    assert shown.splitlines()[:3] == [
        "diff --cjm a/map.cjm b/map.cjm",
        '~ card "Reads three reviews" changed (Customer actions × Reads reviews)',
        "    votes: 2 → 9",
    ]
