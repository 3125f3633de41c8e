"""The job queue (huey: SQLite embedded by default, Redis in production) and the jobs it runs."""
