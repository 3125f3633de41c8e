"""Every case endpoint × role × (a case of theirs / someone else's): 2xx when allowed, 403 when the
case is visible but the action is not theirs, 404 when the case is not theirs to see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.web.conftest import PNG, LoginFn, World

ROLES = {"admin": "admin", "coordinator": "coord", "clinician": "clin", "patient": "pat"}
EVERYONE = frozenset(ROLES)
WRITERS = frozenset({"admin", "coordinator"})
CARERS = frozenset({"admin", "coordinator", "clinician"})
PATIENT = frozenset({"patient"})


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    allowed: frozenset[str]
    json: Any = None
    upload: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    hidden_from: frozenset[str] = frozenset()  # roles for whom even their own case's item is 404

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


ENDPOINTS = [
    Endpoint("GET", "/api/cases/{case}", EVERYONE),
    Endpoint(
        "PATCH", "/api/cases/{case}", WRITERS, json={"patient": {"age": 61}}, headers=(("If-Match", '"1"'),)
    ),
    Endpoint("GET", "/api/cases/{case}/export", EVERYONE),
    Endpoint("GET", "/api/cases/{case}/review", EVERYONE),
    Endpoint("GET", "/api/cases/{case}/audit", WRITERS),
    Endpoint("GET", "/api/cases/{case}/biomarkers", EVERYONE),
    Endpoint("POST", "/api/cases/{case}/biomarkers", WRITERS, json={"kind": "msi", "result": "mss"}),
    Endpoint("GET", "/api/cases/{case}/treatments", EVERYONE),
    Endpoint(
        "POST",
        "/api/cases/{case}/treatments",
        WRITERS,
        json={"line": 2, "setting": "palliative", "agents": ["paclitaxel"], "stop_reason": "ongoing"},
    ),
    Endpoint("GET", "/api/cases/{case}/notes", EVERYONE),
    Endpoint("POST", "/api/cases/{case}/notes", CARERS, json={"text": "discussed at tumour board"}),
    Endpoint(
        "POST", "/api/cases/{case}/assignments", WRITERS, json={"username": "clin", "relation": "reviewer"}
    ),
    Endpoint("GET", "/api/cases/{case}/documents", EVERYONE),
    Endpoint("POST", "/api/cases/{case}/documents", CARERS, upload=True),
    # The world's documents are staff-only (the default audience): the patient does not see them.
    Endpoint("GET", "/api/documents/{doc}", EVERYONE, hidden_from=PATIENT),
    Endpoint("PATCH", "/api/documents/{doc}", CARERS, json={"audience": "staff"}, hidden_from=PATIENT),
]


def call(client: Any, endpoint: Endpoint, case_id: str, world: World) -> Any:
    path = endpoint.path.format(case=case_id, doc=world.docs[case_id])
    kwargs: dict[str, Any] = {"headers": dict(endpoint.headers)}
    if endpoint.json is not None:
        kwargs["json"] = endpoint.json
    if endpoint.upload:
        kwargs["files"] = {"file": ("scan.png", PNG, "image/png")}
    return client.request(endpoint.method, path, **kwargs)


@pytest.mark.parametrize("whose", ["own", "other"])
@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_each_role_gets_exactly_the_access_it_should(
    world: World, login: LoginFn, endpoint: Endpoint, role: str, whose: str
) -> None:
    client = login(ROLES[role])
    case_id = "case-a" if whose == "own" else "case-b"
    answer = call(client, endpoint, case_id, world)
    sees = (whose == "own" or role == "admin") and role not in endpoint.hidden_from
    if not sees:
        expected = 404
    elif role in endpoint.allowed:
        expected = answer.status_code if 200 <= answer.status_code < 300 else 200
    else:
        expected = 403
    assert answer.status_code == expected, answer.text


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_without_a_session_every_case_endpoint_answers_401(
    world: World, anonymous: Any, endpoint: Endpoint
) -> None:
    assert call(anonymous, endpoint, "case-a", world).status_code == 401


@pytest.mark.parametrize(
    ("role", "visible"),
    [
        ("admin", ["case-a", "case-b"]),
        ("coordinator", ["case-a"]),
        ("clinician", ["case-a"]),
        ("patient", ["case-a"]),
    ],
)
def test_the_case_list_shows_only_visible_cases(
    world: World, login: LoginFn, role: str, visible: list[str]
) -> None:
    answer = login(ROLES[role]).get("/api/cases")
    assert [c["case_id"] for c in answer.json()] == visible


@pytest.mark.parametrize("path", ["/api/cases", "/api/cases/import"])
@pytest.mark.parametrize(
    ("role", "status"), [("admin", 201), ("coordinator", 201), ("clinician", 403), ("patient", 403)]
)
def test_only_admins_and_coordinators_create_cases(
    world: World, login: LoginFn, path: str, role: str, status: int
) -> None:
    from tests.records.factories import case_data

    answer = login(ROLES[role]).post(path, json=case_data("case-new"))
    assert answer.status_code == status, answer.text


@pytest.mark.parametrize(
    ("role", "status"), [("admin", 200), ("coordinator", 403), ("clinician", 403), ("patient", 403)]
)
def test_only_admins_manage_accounts(world: World, login: LoginFn, role: str, status: int) -> None:
    client = login(ROLES[role])
    assert client.get("/api/users").status_code == status
    created = client.post(
        "/api/users", json={"username": "new", "password": "a long password", "role": "clinician"}
    )
    assert created.status_code == (201 if status == 200 else 403)
