from __future__ import annotations

from pathlib import Path

import pytest

from her2nav.settings import Settings


def test_production_refuses_to_start_with_the_default_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HER2NAV_MODE", "production")
    monkeypatch.delenv("HER2NAV_SECRET_KEY", raising=False)
    with pytest.raises(ValueError, match="HER2NAV_SECRET_KEY"):
        Settings()


def test_a_secret_can_come_from_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("s" * 40 + "\n")
    monkeypatch.setenv("HER2NAV_MODE", "production")
    monkeypatch.setenv("HER2NAV_SECRET_KEY_FILE", str(secret))
    monkeypatch.delenv("HER2NAV_SECRET_KEY", raising=False)
    assert Settings().secret_key.get_secret_value() == "s" * 40


def test_the_default_database_is_sqlite_under_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HER2NAV_DATABASE_URL", raising=False)
    assert Settings().effective_database_url == "sqlite:///var/her2nav.db"


def test_postgres_is_used_when_a_url_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HER2NAV_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert Settings().effective_database_url == "postgresql+psycopg://u@h/db"
