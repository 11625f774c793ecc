"""The audit key in a real Secret Service (gnome-keyring on a private D-Bus session), as on
Kylin/UOS: the key goes to the keyring, never to the database, and the trail verifies."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.db import DATABASE_NAME

ROOT = Path(__file__).resolve().parents[2]

SESSION = """
set -e
eval "$(printf 'intake\\n' | gnome-keyring-daemon --unlock --components=secrets)"
"$PYTHON" -m app --data "$DATA" unit add 西安市数据局 宝鸡市数据局
"$PYTHON" -m app --data "$DATA" audit verify
"$PYTHON" - <<'PY'
import keyring, os, sqlite3
print("backend:", type(keyring.get_keyring()).__module__)
db = sqlite3.connect(os.path.join(os.environ["DATA"], "register.sqlite3"))
database_id = db.execute("SELECT value FROM meta WHERE key='database_id'").fetchone()[0]
key = keyring.get_password("intake-desk", "audit-key:" + database_id)
print("key:", key)
PY
"""


def test_the_audit_key_lives_in_a_real_secret_service(tmp_path: Path) -> None:
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon")
               if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"no Secret Service here: {', '.join(missing)} not installed "
                    "(.ci/run installs dbus-daemon and gnome-keyring)")
    data = tmp_path / "data"
    env = {key: value for key, value in os.environ.items()
           if key not in ("INTAKE_KEY_FILE", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(PYTHON=sys.executable, DATA=str(data), PYTHONPATH=str(ROOT),
               XDG_DATA_HOME=str(tmp_path / "xdg"), XDG_RUNTIME_DIR=str(tmp_path / "run"),
               INTAKE_LANG="en", QT_QPA_PLATFORM="offscreen")
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", SESSION], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if done.returncode == 3:  # the program's own "no keyring here" exit
        pytest.skip(f"gnome-keyring did not serve secrets here: {done.stderr[-300:]}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "backend: keyring.backends.SecretService" in done.stdout
    assert "Audit trail intact: 3 entries." in done.stdout  # the call and two units
    key = done.stdout.split("key: ", 1)[1].split()[0]
    assert len(bytes.fromhex(key)) == 32
    assert key.encode() not in (data / DATABASE_NAME).read_bytes()
    assert not (data / "audit.key").exists()


PROBE = """
import sys
from pathlib import Path
ran = []
sys.addaudithook(lambda event, args: ran.append((event, str(args)[:80]))
                 if event in ("subprocess.Popen", "os.exec", "os.posix_spawn", "os.system")
                 else None)
from app.store.secrets import key_place
print(key_place("probe", Path(sys.argv[1]))[0])
print("ran:", ran)
"""


def test_finding_the_keyring_runs_no_program(tmp_path: Path) -> None:
    """keyring's own discovery imports its macOS backend, whose ctypes.util.find_library
    runs ldconfig and gcc on Linux: the program names its platform's keyring instead."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(PYTHONPATH=str(ROOT), DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().endswith("ran: []"), done.stdout
