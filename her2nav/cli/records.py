"""``her2nav demo``, ``her2nav serve`` and ``her2nav db upgrade|create-user``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

db_app = typer.Typer(no_args_is_help=True, help="Database: migrations and accounts.")


def _settings_or_exit() -> object:
    from her2nav.settings import SettingsError, get_settings

    try:
        return get_settings()
    except (SettingsError, ValueError) as err:
        print(f"configuration error: {err}", file=sys.stderr)
        raise typer.Exit(2) from None


def _database_ready_or_exit(settings: object) -> None:
    """Every command that opens the database starts here (see ``maintenance.prepare_database``)."""
    from her2nav.records.store.maintenance import prepare_database
    from her2nav.records.store.migrate import SchemaMismatch
    from her2nav.settings import Settings

    assert isinstance(settings, Settings)
    try:
        prepare_database(settings)
    except SchemaMismatch as err:
        print(str(err), file=sys.stderr)
        raise typer.Exit(2) from None


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema up to date (a fresh database is built from the migrations)."""
    from her2nav.records.store.maintenance import upgrade_database
    from her2nav.settings import Settings

    settings = _settings_or_exit()
    assert isinstance(settings, Settings)
    upgrade_database(settings)
    print(f"database is up to date: {_shown_url(settings.effective_database_url)}")


@db_app.command("create-user")
def db_create_user(
    username: str = typer.Argument(..., help="Account name."),
    role: str = typer.Option("admin", help="admin | coordinator | clinician"),
) -> None:
    """Create an account; the password is read from HER2NAV_NEW_PASSWORD or asked for."""
    from her2nav.records.access.accounts import AccountError, create_user
    from her2nav.records.store.db import make_engine, session_factory, write_transaction
    from her2nav.settings import Settings

    settings = _settings_or_exit()
    assert isinstance(settings, Settings)
    _database_ready_or_exit(settings)
    password = os.environ.get("HER2NAV_NEW_PASSWORD") or typer.prompt(
        "password", hide_input=True, confirmation_prompt=True
    )
    factory = session_factory(make_engine(settings.effective_database_url))
    try:
        with write_transaction(factory) as session:
            create_user(session=session, username=username, password=password, role=role)
    except AccountError as err:
        print(f"{err.field}: {err}", file=sys.stderr)
        raise typer.Exit(2) from None
    print(f"created {role} account {username!r}")


def _shown_url(url: str) -> str:
    """The database URL without a password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")

    @app.command()
    def serve(
        host: str = typer.Option("127.0.0.1", help="Address to listen on."),
        port: int = typer.Option(8000, help="Port."),
        workers: int = typer.Option(1, help="Worker processes."),
    ) -> None:
        """Run the API server (SQLite is migrated on first start; PostgreSQL needs `her2nav db upgrade`).

        Production: HER2NAV_MODE=production, HER2NAV_SECRET_KEY (or _FILE), HER2NAV_DATABASE_URL."""
        from her2nav.records.documents.files import sweep_documents
        from her2nav.settings import Settings
        from her2nav.web import serving

        settings = _settings_or_exit()
        assert isinstance(settings, Settings)
        _database_ready_or_exit(settings)
        removed = sweep_documents(settings)
        if removed:
            print(
                f"cleared {len(removed)} file(s) left by interrupted uploads (see *-orphans)", file=sys.stderr
            )
        serving.serve(host, port, workers)

    @app.command()
    def demo(
        port: int = typer.Option(8000, help="Port on 127.0.0.1."),
        var_dir: Path = typer.Option(Path("var/demo"), help="Where the demo database and files go."),
    ) -> None:
        """Start the API on SQLite with the example cases and one demo account per role."""
        import shutil

        import uvicorn

        from her2nav.records.demo.seed import DEMO_ACCOUNTS, seed
        from her2nav.records.store.db import make_engine, session_factory
        from her2nav.records.store.maintenance import upgrade_database
        from her2nav.settings import Settings
        from her2nav.web.app import create_app

        if var_dir.exists():
            shutil.rmtree(var_dir)
        settings = Settings(mode="development", var_dir=var_dir, database_url=None)
        upgrade_database(settings)
        engine = make_engine(settings.effective_database_url)
        case_ids = seed(session_factory(engine))
        base = f"http://127.0.0.1:{port}"
        print("her2nav demo — decision support, never a verdict. Local use only; data is reset at start.")
        print(f"database: {settings.effective_database_url}")
        print("accounts (username / password):")
        for name, role, password in DEMO_ACCOUNTS:
            print(f"  {role:<12} {name} / {password}")
        print("cases: " + ", ".join(case_ids))
        print(f"open {base}/ in a browser (coordinator: the worklist; patient: the family view)")
        print("or try the API:")
        print(
            f"  curl -s -c jar -H 'Content-Type: application/json' "
            f'-d \'{{"username":"coordinator","password":"{DEMO_ACCOUNTS[1][2]}"}}\' {base}/api/session'
        )
        print(f"  curl -s -b jar {base}/api/cases")
        print(f"  curl -s -b jar {base}/api/cases/{case_ids[0]}/review")
        print(f"  API description: {base}/openapi.json")
        uvicorn.run(create_app(settings, engine=engine), host="127.0.0.1", port=port, log_level="warning")
