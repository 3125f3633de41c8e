from tests.records.fixtures import cheap_password_hashes, connection, db, db_engine, factory

__all__ = ["cheap_password_hashes", "connection", "db", "db_engine", "factory"]
