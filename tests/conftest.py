"""Fixtures for the whole suite: the editor's own application class, and no test ever
talking to a real editor that happens to run on this machine."""

from __future__ import annotations

import uuid

import pytest


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt makes the application the editor makes (it handles QFileOpenEvent)."""
    from cjdesigner.ui.application import Application

    return Application


@pytest.fixture(autouse=True)
def _own_instance_socket(monkeypatch):
    """A socket name of this test's own: a launch in a test never finds a real editor
    (or another test run's) to hand its files to."""
    monkeypatch.setenv("CJDESIGNER_INSTANCE", f"cjdesigner-test-{uuid.uuid4().hex[:12]}")
