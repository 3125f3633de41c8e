from tests.records.fixtures import cheap_password_hashes, connection, db, db_engine, factory
from tests.web.conftest import anonymous, app, login, settings, world

__all__ = [
    "anonymous",
    "app",
    "cheap_password_hashes",
    "connection",
    "db",
    "db_engine",
    "factory",
    "login",
    "settings",
    "world",
]
