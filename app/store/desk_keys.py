"""Each desk's own signing key (Ed25519), for a register several desks share.

The audit chain's HMAC key is one secret every desk holds, so with it alone any desk could
write an entry that claims to be another's. Here each desk keeps a private key of its own (in
the keyring, or a file readable by this user only in the configuration folder, never in the
data folder); the database's owner registers each desk's public key in the register
(`intake db trust-desk`), which the desks may read but not change. Once a register holds desk
keys, every entry is signed by the desk that wrote it, and `audit verify` checks each against
that desk's public key: a desk's key can sign only that desk's entries.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import DeskKeyNotTrusted, RegisterError
from app.paths import config_dir
from app.store.secrets import SERVICE, platform_keyring

if TYPE_CHECKING:  # cryptography loads only where a desk signs or an entry is checked
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

KEYRING_ENTRY = "desk-signing-key"
KEY_FILE_NAME = "desk-signing.key"


def key_path() -> Path:
    return config_dir() / KEY_FILE_NAME


def signing_key(*, create: bool = False) -> Ed25519PrivateKey | None:
    """This desk's private key: from its file, else the keyring; made (in the keyring, or
    else in the file) when `create` and there is none."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    placed = key_path()
    if placed.exists():
        return Ed25519PrivateKey.from_private_bytes(
            bytes.fromhex(placed.read_text(encoding="ascii").strip()))
    keyring = platform_keyring()
    try:
        kept = keyring.get_password(SERVICE, KEYRING_ENTRY)
    except keyring.errors.KeyringError:
        kept = None
    if kept:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(kept))
    if not create:
        return None
    made = Ed25519PrivateKey.generate()
    raw = made.private_bytes_raw().hex()
    try:
        keyring.set_password(SERVICE, KEYRING_ENTRY, raw)
    except keyring.errors.KeyringError:
        placed.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(placed, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(raw + "\n")
    return made


def public_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def own_public_key() -> str:
    """This desk's public key, its pair made the first time (it may ask the keyring: not on
    the window's thread)."""
    key = signing_key(create=True)
    assert key is not None
    return public_text(key)


def registered(conn: Any) -> dict[str, str]:
    """Desk name -> its public key (hex), as the owner registered them."""
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT desk, public_key FROM desk_keys")}


def sign(key: Ed25519PrivateKey, payload: bytes) -> str:
    return key.sign(payload).hex()


def verifies(public_hex: str, payload: bytes, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(
            bytes.fromhex(signature), payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def trust(conn: Any, desk: str, public_hex: str, at: str) -> None:
    """The owner registers (or replaces) a desk's public key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex.strip()))
    except ValueError as exc:
        raise RegisterError("desk_key_invalid", key=public_hex) from exc
    conn.execute("INSERT INTO desk_keys(desk, public_key, added_at) VALUES (?, ?, ?) "
                 "ON CONFLICT(desk) DO UPDATE SET public_key = excluded.public_key, "
                 "added_at = excluded.added_at", (desk.strip(), public_hex.strip(), at))


def signer_for(conn: Any, desk: str) -> tuple[str, Ed25519PrivateKey] | None:
    """Who signs this desk's entries: None on a register without desk keys (a lone desk's
    SQLite register: the HMAC chain alone). On one with them, this desk's own key, which must
    be the one registered under its name."""
    keys = registered(conn)
    if not keys:
        return None
    own = signing_key(create=True)
    assert own is not None
    if keys.get(desk) != public_text(own):
        raise DeskKeyNotTrusted(desk=desk, key=public_text(own))
    return desk, own
