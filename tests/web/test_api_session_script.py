"""The documented command-line session (docs/api-session.sh, the README's curl lines, the OpenAPI
description) run with bash and curl against a real `her2nav demo` server on a fresh SQLite database."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from her2nav.records.demo.seed import DEMO_ACCOUNTS
from her2nav.web.apidoc import CURL_SESSION
from her2nav.web.deps import CSRF_HEADER

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "api-session.sh"
HER2NAV = str(Path(sys.executable).with_name("her2nav"))
PASSWORDS = {name: password for name, _role, password in DEMO_ACCOUNTS}
FIRST_CASE = "e01-first-line-her2-positive-cps10"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def plain_env(**extra: str) -> dict[str, str]:
    """This process's environment without any her2nav setting, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HER2NAV_", "API_"))}
    return {**env, **extra}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`her2nav demo` (fresh SQLite, example cases, one account per role) on a free loopback port."""
    folder = tmp_path_factory.mktemp("api-session")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(folder / "server.log", "wb") as log:
        server = subprocess.Popen(
            [HER2NAV, "demo", "--port", str(port), "--var-dir", str(folder / "demo")],
            env=plain_env(HER2NAV_VAR_DIR=str(folder)),
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None, (folder / "server.log").read_text()
            assert time.monotonic() < deadline, "the demo server did not start"
            time.sleep(0.1)
        yield url
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)


def run_script(base: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT)],
        env=plain_env(BASE=base, **env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def signed_in(base: str, username: str) -> tuple[httpx.Client, str]:
    """A client holding ``username``'s session cookie, and the session's CSRF token."""
    client = httpx.Client(base_url=base, timeout=10)
    answer = client.post("/api/session", json={"username": username, "password": PASSWORDS[username]})
    assert answer.status_code == 200, answer.text
    return client, str(answer.json()["csrf_token"])


def notes_of(client: httpx.Client, case_id: str) -> list[str]:
    answer = client.get(f"/api/cases/{case_id}/notes")
    assert answer.status_code == 200, answer.text
    return [note["text"] for note in answer.json()]


def readme_session() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^## Using the API from the command line\n.*?^```sh\n(.*?)^```", readme, re.M | re.S)
    assert found, "README.md has no curl session under 'Using the API from the command line'"
    return found.group(1)


def test_the_script_signs_in_lists_reads_a_review_adds_a_note_and_signs_out(base: str) -> None:
    text = f"script note {uuid.uuid4()}"
    done = run_script(base, API_USER="coordinator", API_PASSWORD=PASSWORDS["coordinator"], NOTE=text)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines if line[0].isdigit()] == [
        "1. sign in as coordinator",
        "2. list cases",
        "3. read the review",
        "4. add a note",
        "5. sign out",
    ]
    assert "signed in as coordinator (coordinator); CSRF token from the answer's body:" in done.stdout
    assert "   7 case(s): e01-first-line-her2-positive-cps10 e02-" in done.stdout
    assert "   HER2 positive; line 1; best option: " in done.stdout
    assert "saved by coordinator" in done.stdout
    assert lines[-1].endswith("/api/cases now answers 401")
    client, _token = signed_in(base, "coordinator")
    assert text in notes_of(client, FIRST_CASE)


def test_the_script_reads_and_writes_the_case_named_in_case(base: str) -> None:
    text = f"note on e04 {uuid.uuid4()}"
    case = "e04-second-line-after-trastuzumab-england"
    done = run_script(base, API_USER="admin", API_PASSWORD=PASSWORDS["admin"], CASE=case, NOTE=text)
    assert done.returncode == 0, done.stderr
    assert "HER2 positive; line 2;" in done.stdout
    client, _token = signed_in(base, "admin")
    assert text in notes_of(client, case)
    assert text not in notes_of(client, FIRST_CASE)


def test_a_wrong_password_stops_the_script_with_one_line_naming_the_problem(base: str) -> None:
    done = run_script(base, API_USER="clinician", API_PASSWORD="not the password")
    assert done.returncode == 1
    assert done.stderr.splitlines() == ['sign-in failed: HTTP 401 {"detail":"wrong username or password"}']
    assert "2. list cases" not in done.stdout


def test_a_write_the_role_may_not_make_stops_the_script_with_the_servers_reason(base: str) -> None:
    done = run_script(base, API_USER="patient", API_PASSWORD=PASSWORDS["patient"])
    assert done.returncode == 1
    assert "   1 case(s): e01-first-line-her2-positive-cps10" in done.stdout
    assert done.stderr.splitlines() == [
        'add a note failed: HTTP 403 {"detail":"this needs one of the roles: admin, coordinator, clinician"}'
    ]


def test_a_write_without_the_csrf_header_is_refused_with_403(base: str) -> None:
    client, token = signed_in(base, "coordinator")
    _other, other_token = signed_in(base, "coordinator")
    before = notes_of(client, FIRST_CASE)
    note = {"text": f"csrf probe {uuid.uuid4()}"}

    missing = client.post(f"/api/cases/{FIRST_CASE}/notes", json=note)
    assert missing.status_code == 403
    assert missing.json() == {"detail": f"missing or wrong {CSRF_HEADER} header"}
    foreign = client.post(f"/api/cases/{FIRST_CASE}/notes", json=note, headers={CSRF_HEADER: other_token})
    assert foreign.status_code == 403
    assert client.delete("/api/session").status_code == 403
    assert notes_of(client, FIRST_CASE) == before

    sent = client.post(f"/api/cases/{FIRST_CASE}/notes", json=note, headers={CSRF_HEADER: token})
    assert sent.status_code == 201, sent.text
    assert notes_of(client, FIRST_CASE) == [*before, note["text"]]
    assert client.delete("/api/session", headers={CSRF_HEADER: token}).status_code == 204
    assert client.get("/api/cases").status_code == 401


def test_the_readme_session_runs_when_pasted(base: str) -> None:
    lines = readme_session()
    assert "BASE=http://127.0.0.1:8000\n" in lines
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", lines.replace("http://127.0.0.1:8000", base)],
        env=plain_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert '"author":"coordinator","text":"Review read from the command line"' in done.stdout
    assert '"knowledge_version"' in done.stdout


def test_the_readme_and_the_openapi_description_show_the_same_session() -> None:
    assert readme_session() == CURL_SESSION
    assert f"{CSRF_HEADER}: $TOKEN" in CURL_SESSION


def test_the_openapi_description_explains_sign_in_the_csrf_header_and_sign_out(base: str) -> None:
    description = httpx.get(f"{base}/openapi.json", timeout=10).json()["info"]["description"]
    for needed in (
        "POST /api/session",
        "`csrf_token`",
        f"`{CSRF_HEADER}: <csrf_token>`",
        "`her2nav_session` cookie",
        "If-Match",
        "after 30 minutes without a request",
        "12 hours after signing in",
        "DELETE /api/session",
        CURL_SESSION,
    ):
        assert needed in description
