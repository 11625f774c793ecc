"""Typed errors: a code and parameters; only the front ends turn them into words.

These are our faults or the machine's (a source that does not exist, a cancelled job).
A problem in a submission is never one of these: it is a Finding.
"""

from __future__ import annotations

import errno
from typing import Any

# Why a file or folder failed us, as a key the front ends put in words (the system's own
# text is English, or in the language Windows was installed in).
# (Windows' errno lacks some names: those are looked up, not assumed.)
OS_REASONS = {getattr(errno, name): reason for name, reason in (
    ("EACCES", "no_permission"), ("EPERM", "no_permission"), ("EROFS", "read_only"),
    ("ENOSPC", "disk_full"), ("EDQUOT", "disk_full"), ("ENOENT", "not_there"),
    ("ENOTDIR", "not_there"), ("EIO", "io_error"), ("ENODEV", "no_device"),
    ("ENXIO", "no_device"), ("ENOMEDIUM", "no_device"), ("EISDIR", "a_folder"))
    if hasattr(errno, name)}


def os_reason(error: OSError) -> str:
    return OS_REASONS.get(error.errno or 0, "other")


class IntakeError(Exception):
    code = "internal"

    def __init__(self, **params: Any) -> None:
        super().__init__(self.code, params)
        self.params = params


class SourceNotFound(IntakeError):
    code = "source_not_found"


class SourceNotReadable(IntakeError):
    code = "source_not_readable"


class DriveLost(IntakeError):
    """The disc went out of the drive, or the drive away, in the middle of reading it."""

    code = "drive_lost"


class ImageNotWritten(IntakeError):
    """The image of a drive's disc could not be written (a full or failing disk of ours)."""

    code = "image_not_written"


class Cancelled(IntakeError):
    code = "cancelled"


class AuditKeyUnavailable(IntakeError):
    """No keyring to keep the audit key, and no key file placed by the clerk."""

    code = "audit_key_unavailable"


class AuditKeyMissing(IntakeError):
    """The keyring works but holds no key for this register (a register moved from another
    machine, or a keyring that was reset)."""

    code = "audit_key_missing"


class AuditKeyWrong(IntakeError):
    """A key was found, but it is not the one this register's trail was written with (a key
    file of another register, a keyring from another desk): writing with it would make the
    whole history look forged."""

    code = "audit_key_wrong"


class RegisterUnavailable(IntakeError):
    """The shared register's server cannot be reached (down, restarting, refusing, the network
    gone): an expected condition, not a fault. `server` names it without any password;
    `outcome` says what became of the work: nothing (it was not recorded) | unknown (the
    connection broke while the record was being committed and could not be asked again)."""

    code = "register_unavailable"


class NoKeyringForPassword(IntakeError):
    """`db password` on a computer without a keyring: the standard PostgreSQL ways remain."""

    code = "db_password_no_keyring"


class DeskKeyNotTrusted(IntakeError):
    """The shared register holds desks' signing keys, and this desk's is not among them (or
    another key is registered under its name): it may write nothing until IT registers it."""

    code = "desk_key_not_trusted"


class RecordConflict(Exception):
    """The database refused a record that breaks a uniqueness or reference rule (the store's
    own word for it, whichever engine said so)."""


class RegisterError(IntakeError):
    """The clerk asked the register for something it cannot do: an unknown unit, a finding
    that is not there, a backup that does not match its manifest."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        super().__init__(**params)
