"""One typed settings object for the records service and the web app.

Values come from ``HER2NAV_*`` environment variables. A secret may instead come from a file named in
``HER2NAV_<NAME>_FILE`` (Docker/Kubernetes secrets). In production mode the service refuses to start
with the built-in development secret.
"""

from __future__ import annotations

import os
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "dev-only-secret-change-me"
_FILE_BACKED = ("secret_key", "database_url", "smtp_password")


class SettingsError(ValueError):
    """The configuration cannot be used (message names the variable)."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HER2NAV_", extra="ignore")

    mode: Literal["development", "production", "test"] = "development"
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    database_url: str | None = None
    var_dir: Path = Path("var")
    documents_dir: Path | None = None
    reports_dir: Path | None = None  # reports rendered on the queue (jobs/reports.py); default var/reports
    max_upload_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    max_json_bytes: int = Field(default=1024 * 1024, gt=0)  # any JSON request body (web/limits.py)
    # One extraction job (records/documents/jobs.py): pages read, seconds, pixels of one page or image.
    extraction_max_pages: int = Field(default=50, gt=0)
    extraction_seconds: float = Field(default=120.0, gt=0)
    extraction_max_pixels: int = Field(default=40_000_000, gt=0)
    # Activity is recorded at most once a minute (records/access/accounts.py), so a shorter idle
    # timeout would end sessions that are in use.
    session_idle_seconds: int = Field(default=30 * 60, ge=60)
    session_absolute_seconds: int = Field(default=12 * 3600, gt=0)
    login_max_failures: int = Field(default=5, gt=0)
    login_window_seconds: int = Field(default=15 * 60, gt=0)
    # Reverse proxies whose X-Forwarded-For (and X-Forwarded-Proto) are believed: addresses or
    # networks, comma-separated (e.g. "10.0.0.5,192.168.0.0/24"). Empty: the peer address is the client.
    trusted_proxies: str = ""
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    cookie_secure: bool | None = None  # default: True in production
    # Requests in progress per server process, all together and per session; more answer 503. The
    # total stays below the connection pool (records/store/db.py), so every admitted request gets one.
    max_in_flight: int = Field(default=32, gt=0, le=40)
    max_in_flight_per_session: int = Field(default=8, gt=0)
    # The job queue (her2nav/jobs): unset, a SQLite file under var_dir (needs nothing); in production
    # redis://host:port/db, shared by every worker on every machine.
    queue_url: str | None = None
    queue_name: str = "her2nav"
    embedded_worker: bool | None = None  # a worker inside the app; default: in development only
    job_time_limit_seconds: float = Field(default=600.0, gt=0)  # one attempt of one job
    job_max_attempts: int = Field(default=5, gt=0)  # then the job is dead (the dead-letter list)
    job_retry_seconds: float = Field(default=30.0, ge=0)  # before the first retry; doubles each time
    # Notifications (coordination/mail.py): no host, no e-mail (in-app notifications only).
    smtp_host: str | None = None
    smtp_port: int = Field(default=25, gt=0, lt=65536)
    smtp_from: str = "her2nav@localhost"
    smtp_starttls: bool = False
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    reminder_days: int = Field(default=2, ge=0)  # a task's reminder goes out this many days before
    # New-trial alerts: registry files (a folder or file of CT.gov JSON) re-imported before re-matching;
    # unset, the open cases are re-matched against the registry as installed.
    registry_sync_path: Path | None = None
    # ... or a ClinicalTrials.gov API v2 query.term fetched from registry_sync_api_url (one or the other).
    registry_sync_api_query: str | None = None
    registry_sync_api_url: str = "https://clinicaltrials.gov/api/v2"
    registry_sync_hour: int = Field(default=3, ge=0, le=23)  # UTC

    @model_validator(mode="before")
    @classmethod
    def _secrets_from_files(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        for name in _FILE_BACKED:
            file_var = f"HER2NAV_{name.upper()}_FILE"
            path = os.environ.get(file_var)
            if path and not data.get(name):
                try:
                    data[name] = Path(path).read_text(encoding="utf-8").strip()
                except OSError as err:
                    raise SettingsError(f"{file_var}: cannot read {path} ({err.strerror})") from None
        return data

    @model_validator(mode="after")
    def _production_needs_real_secret(self) -> Settings:
        if self.mode == "production":
            secret = self.secret_key.get_secret_value()
            if secret == DEV_SECRET or len(secret) < 32:
                raise SettingsError(
                    "HER2NAV_SECRET_KEY (or HER2NAV_SECRET_KEY_FILE) must be set to a random value of at "
                    "least 32 characters in production mode"
                )
        return self

    @model_validator(mode="after")
    def _proxies_are_addresses(self) -> Settings:
        try:
            self.trusted_networks  # noqa: B018 (parsed here so that a typo stops the start)
        except ValueError as err:
            raise SettingsError(f"HER2NAV_TRUSTED_PROXIES: {err}") from None
        return self

    @model_validator(mode="after")
    def _one_registry_source(self) -> Settings:
        if self.registry_sync_path and (self.registry_sync_api_query or "").strip():
            raise SettingsError(
                "HER2NAV_REGISTRY_SYNC_PATH and HER2NAV_REGISTRY_SYNC_API_QUERY are both set: the daily "
                "registry sync reads files or the API, set only one"
            )
        return self

    @property
    def trusted_networks(self) -> tuple[IPv4Network | IPv6Network, ...]:
        return networks(self.trusted_proxies)

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.var_dir / 'her2nav.db').as_posix()}"

    @property
    def runs_embedded_worker(self) -> bool:
        return self.mode == "development" if self.embedded_worker is None else self.embedded_worker

    @property
    def effective_queue_url(self) -> str:
        return self.queue_url or f"sqlite:///{(self.var_dir / 'queue.sqlite').as_posix()}"

    @property
    def effective_documents_dir(self) -> Path:
        return self.documents_dir or self.var_dir / "documents"

    @property
    def effective_reports_dir(self) -> Path:
        return self.reports_dir or self.var_dir / "reports"

    @property
    def secure_cookies(self) -> bool:
        return self.mode == "production" if self.cookie_secure is None else self.cookie_secure


@lru_cache(maxsize=8)
def networks(text: str) -> tuple[IPv4Network | IPv6Network, ...]:
    """Comma-separated addresses or networks; ValueError names one that is neither."""
    return tuple(ip_network(part.strip(), strict=False) for part in text.split(",") if part.strip())


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
