"""Coordination: the navigation service as a workflow around a case (issue 19). Stages with their
history, tasks, the communications log, appointments and travel, consent per purpose, notifications
and new-trial alerts. It builds on ``records`` (tables, audit trail, case access); records never
imports it."""
