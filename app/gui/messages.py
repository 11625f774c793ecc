"""The clerk's words for our typed errors (no Qt: the command line uses them too).

The context stays "cli" so one catalogue entry serves both front ends.
"""

from __future__ import annotations

from app.core.translation import QT_TRANSLATE_NOOP, translate
from app.errors import IntakeError, os_reason

ERROR_TEXT = {
    "source_not_found": QT_TRANSLATE_NOOP("cli", "No such file or folder: {path}"),
    "source_not_readable": QT_TRANSLATE_NOOP("cli", "Cannot read {path}: {reason}"),
    "drive_lost": QT_TRANSLATE_NOOP(
        "cli", "The disc left drive {path}, or the drive stopped answering, while it was being "
        "read ({reason}). Put the disc back and read it again: the copy goes on from where it "
        "stopped."),
    "image_not_written": QT_TRANSLATE_NOOP(
        "cli", "The copy of the disc could not be written to {path}: {reason}. Free some space "
        "there and read the disc again: the copy goes on from where it stopped."),
    "audit_key_unavailable": QT_TRANSLATE_NOOP(
        "cli", "No keyring is available to hold the audit key. Either start the system "
        "keyring, or keep the key in a file (it will be {key_file})."),
    "audit_key_missing": QT_TRANSLATE_NOOP(
        "cli", "The keyring holds no audit key for this register. Place the key file of "
        "this register at {key_file}, or restore the keyring."),
    "audit_key_wrong": QT_TRANSLATE_NOOP(
        "cli", "The audit key found is not this register's: nothing was written. Place this "
        "register's own key file at {key_file}, or restore the keyring of the desk it came "
        "from. (Writing with another key would make the whole history look forged.)"),
    "register_unavailable": QT_TRANSLATE_NOOP(
        "cli", "The shared register cannot be reached for now ({server}); nothing was "
        "recorded this time. Please try again shortly."),
    "register_unavailable_unknown": QT_TRANSLATE_NOOP(
        "cli", "The connection to the shared register ({server}) broke while the record was "
        "being saved, and it cannot be told whether it was saved. Once the register can be "
        "reached again, look whether the record is there before doing it again."),
    "db_password_no_keyring": QT_TRANSLATE_NOOP(
        "cli", "This computer has no keyring to keep the password. Give it to the program in "
        "PostgreSQL's own ways instead: a password file (.pgpass, or the file PGPASSFILE "
        "names) readable by this user only, or the PGPASSWORD variable."),
    "db_needs_setup": QT_TRANSLATE_NOOP(
        "cli", "The shared register ({url}) needs bringing up to date by its owner before "
        "this desk can use it: ask IT to run `intake --db OWNER_ADDRESS db setup`."),
    "db_owner_url_needed": QT_TRANSLATE_NOOP(
        "cli", "Name the shared register with the database owner's address: --db "
        "postgresql://OWNER@SERVER/DATABASE."),
    "desk_name_invalid": QT_TRANSLATE_NOOP(
        "cli", "A desk's login name is letters, digits and _ only (e.g. desk1), not {name}."),
    "trail_mark_invalid": QT_TRANSLATE_NOOP(
        "cli", "Write the register entry as it is printed at the foot of the paper, like "
        "57-3FA2B9C0 (not {mark})."),
    "desk_key_not_trusted": QT_TRANSLATE_NOOP(
        "cli", "This desk ({desk}) may not write to the shared register yet: its signing key "
        "is not registered there. Nothing was recorded. Give IT this desk's signing key, shown "
        "in Settings, to register."),
    "desk_key_invalid": QT_TRANSLATE_NOOP(
        "cli", "{key} is not a desk's public key: copy the line db desk-key printed."),
    "unit_unknown": QT_TRANSLATE_NOOP(
        "cli", "No unit named {unit} in the register."),
    "unit_name_empty": QT_TRANSLATE_NOOP("cli", "The unit's name is empty."),
    "correction_reason_empty": QT_TRANSLATE_NOOP("cli", "Say why the delivery is corrected."),
    "no_delivery": QT_TRANSLATE_NOOP(
        "cli", "Nothing has been received from {unit} yet: register the delivery first."),
    "receipt_unknown": QT_TRANSLATE_NOOP("cli", "No delivery has receipt number {receipt}."),
    "receipt_of_other_unit": QT_TRANSLATE_NOOP(
        "cli", "Receipt {receipt} belongs to {unit}."),
    "method_unknown": QT_TRANSLATE_NOOP(
        "cli", "Unknown delivery method {method}; use one of {methods}."),
    "paper_counts_invalid": QT_TRANSLATE_NOOP(
        "cli", "Copies received ({received}) and stamped ({stamped}) do not add up."),
    "time_invalid": QT_TRANSLATE_NOOP(
        "cli", "Cannot read the time {text}; write it like 2025-10-24 17:30."),
    "finding_unknown": QT_TRANSLATE_NOOP(
        "cli", "{unit} has no such finding ({ref}): it may have been settled meanwhile."),
    "already_waived": QT_TRANSLATE_NOOP("cli", "This finding of {unit} is already waived."),
    "not_waived": QT_TRANSLATE_NOOP("cli", "This finding of {unit} is not waived."),
    "void_reason_empty": QT_TRANSLATE_NOOP("cli", "Say why the delivery is voided."),
    "already_voided": QT_TRANSLATE_NOOP("cli", "Delivery {receipt} is already voided."),
    "disc_already_recorded": QT_TRANSLATE_NOOP(
        "cli", "This very disc image is already recorded as disc {disc} of {unit} ({at}). "
        "Nothing was recorded."),
    "waiver_reason_empty": QT_TRANSLATE_NOOP("cli", "A waiver needs a reason."),
    "not_a_seal_doubt": QT_TRANSLATE_NOOP(
        "cli", "This finding is not about a scan the program was unsure of; only those can be "
        "confirmed stamped or unstamped."),
    "disc_unknown": QT_TRANSLATE_NOOP("cli", "No disc numbered {disc} in the register."),
    "source_not_a_disc": QT_TRANSLATE_NOOP(
        "cli", "{path} holds no disc's contents (it cannot be read as a disc, or it is empty): "
        "nothing was recorded, no number was given. Check that the right file, folder or "
        "drive was chosen."),
    "source_changed": QT_TRANSLATE_NOOP(
        "cli", "{path} changed while it was being read; nothing was recorded. Add it again."),
    "backup_target_not_empty": QT_TRANSLATE_NOOP(
        "cli", "{path} is not empty; back up into a new or empty folder."),
    "backup_manifest_missing": QT_TRANSLATE_NOOP(
        "cli", "{path} holds no MANIFEST.json: it is not a backup made by Intake Desk."),
    "backup_manifest_damaged": QT_TRANSLATE_NOOP(
        "cli", "The backup's manifest {path} is damaged; nothing was restored."),
    "backup_file_missing": QT_TRANSLATE_NOOP(
        "cli", "The backup lacks {path}; nothing was restored."),
    "backup_file_changed": QT_TRANSLATE_NOOP(
        "cli", "{path} in the backup does not match its manifest; nothing was restored."),
    "backup_file_unexpected": QT_TRANSLATE_NOOP(
        "cli", "{path} in the backup is not in its manifest; nothing was restored."),
    "notice_not_needed": QT_TRANSLATE_NOOP(
        "cli", "Delivery {receipt} needs no return notice: its unit's verdict is {verdict}."),
    "workbook_unreadable": QT_TRANSLATE_NOOP("cli", "Cannot read the workbook {path}: {reason}"),
    "call_unknown": QT_TRANSLATE_NOOP(
        "cli", "This register holds no call {call}; it holds {known}."),
    "mail_unreadable": QT_TRANSLATE_NOOP(
        "cli", "{path} cannot be read as a saved e-mail (.eml or .msg): {reason}. Save the mail "
        "again from the mail program (File → Save as)."),
    "db_not_empty": QT_TRANSLATE_NOOP(
        "cli", "The database {url} already holds a register; copy into an empty database."),
    "db_copy_source": QT_TRANSLATE_NOOP(
        "cli", "Only a desk's own SQLite register can be copied into {url}."),
    "db_copy_unverified": QT_TRANSLATE_NOOP(
        "cli", "The register does not verify ({reason}); nothing was copied. Check the "
        "register's audit trail and settle that first."),
    "db_backup_elsewhere": QT_TRANSLATE_NOOP(
        "cli", "The shared register on PostgreSQL is backed up with the database's own tools "
        "(pg_dump) by whoever runs it; this command backs up a desk's SQLite register."),
    "call_closed": QT_TRANSLATE_NOOP(
        "cli", "Call {call} is closed: it is kept for the record and takes no more changes. "
        "Switch to the call you are working on, or reopen this one if it was closed by "
        "mistake."),
    "call_open": QT_TRANSLATE_NOOP("cli", "Call {call} is not closed."),
    "reopen_reason_empty": QT_TRANSLATE_NOOP("cli", "Say why the call is reopened."),
    "call_exists": QT_TRANSLATE_NOOP(
        "cli", "The register already holds a call {call}; give the new one another code."),
    "call_code_invalid": QT_TRANSLATE_NOOP(
        "cli", "{call} cannot be a call's code: use 2 to 64 small letters, digits and "
        "dashes, like city-2026."),
    "call_max_cases_invalid": QT_TRANSLATE_NOOP(
        "cli", "The quota of cases per unit must be a whole number from 1 to 999, not {value}."),
    "call_paper_copies_invalid": QT_TRANSLATE_NOOP(
        "cli", "The paper copies per case must be a whole number from 0 to 999, not {value}."),
    "call_invalid": QT_TRANSLATE_NOOP(
        "cli", "The rules of call {call} are not complete or not consistent: {reason}"),
    "call_numbers_clash": QT_TRANSLATE_NOOP(
        "cli", "This call would number its records like call {call} ({number}); give it "
        "other receipt and disc number formats."),
    "call_file_invalid": QT_TRANSLATE_NOOP(
        "cli", "{path} is not a call exported by Intake Desk ({reason})."),
    "call_file_unwritable": QT_TRANSLATE_NOOP("cli", "Cannot write {path}: {reason}"),
    "file_unknown": QT_TRANSLATE_NOOP("cli", "Disc {disc} holds no file {path}."),
    "case_unknown": QT_TRANSLATE_NOOP(
        "cli", "Disc {disc} has no case {case} in its summary table."),
    "archive_changed": QT_TRANSLATE_NOOP(
        "cli", "The archived copy {path} no longer matches the disc that was received; "
        "nothing was changed. Check the archive's discs first."),
}


REASON_TEXT = {
    "no_permission": QT_TRANSLATE_NOOP("cli", "this user may not use it"),
    "read_only": QT_TRANSLATE_NOOP("cli", "it is read-only"),
    "disk_full": QT_TRANSLATE_NOOP("cli", "the disk is full"),
    "not_there": QT_TRANSLATE_NOOP("cli", "it is not there"),
    "io_error": QT_TRANSLATE_NOOP("cli", "the device reported a read or write error"),
    "no_device": QT_TRANSLATE_NOOP("cli", "the drive or device is not there"),
    "a_folder": QT_TRANSLATE_NOOP("cli", "it is a folder, not a file"),
    "damaged": QT_TRANSLATE_NOOP("cli", "the file is damaged or of another kind"),
    "no_headers": QT_TRANSLATE_NOOP("cli", "it holds no subject, sender or attachment"),
    "other": QT_TRANSLATE_NOOP("cli", "the system refused it"),
}

# What to type next, said on the command line only: the window has buttons for it.
CLI_HINTS = {
    "audit_key_unavailable": QT_TRANSLATE_NOOP(
        "cli", "To keep it in a file: `intake audit make-keyfile`."),
    "unit_unknown": QT_TRANSLATE_NOOP("cli", "The units are listed by `intake status`."),
    "no_delivery": QT_TRANSLATE_NOOP("cli", "Log the delivery with `intake receive`."),
    "finding_unknown": QT_TRANSLATE_NOOP(
        "cli", "The findings are listed by `intake status --unit`."),
    "disc_already_recorded": QT_TRANSLATE_NOOP(
        "cli", "To record it once more on purpose: `disc add --again`."),
    "db_copy_unverified": QT_TRANSLATE_NOOP("cli", "Run `intake audit verify`."),
    "source_not_a_disc": QT_TRANSLATE_NOOP(
        "cli", "If it is the unit's disc as it came, record it so with `disc add --unusable`."),
    "archive_changed": QT_TRANSLATE_NOOP("cli", "Run `intake disc check`."),
    "desk_key_not_trusted": QT_TRANSLATE_NOOP(
        "cli", "IT registers it with: intake --db OWNER_ADDRESS db trust-desk \"{desk}\" {key}"),
}


def error_message(error: IntakeError, *, cli: bool = False) -> str:
    key = error.code
    if key == "register_unavailable" and error.params.get("outcome") == "unknown":
        key += "_unknown"
    template = ERROR_TEXT.get(key)
    if template is None:  # a code without words is our fault: it goes to the log, not here
        return translate(
            "cli", "The work could not be done. The details were written to errors.log.")
    params = dict(error.params)
    if params.get("reason") in REASON_TEXT:  # why a file failed, in the clerk's words
        params["reason"] = translate("cli", REASON_TEXT[params["reason"]])
    text = translate("cli", template).format_map(_Params(params))
    if cli and error.code in CLI_HINTS:
        text += " " + translate("cli", CLI_HINTS[error.code]).format_map(
            _Params(params))
    return text


class _Params(dict[str, object]):
    """A message's parameters; one the error did not give stays out of sight."""

    def __missing__(self, key: str) -> str:
        return ""


def os_message(error: OSError) -> str:
    """A file or folder that could not be used, as the clerk reads it: which, why and what to
    do; never the system's English text."""
    path = str(error.filename or "").removesuffix(".part")  # our own half-written copy
    reason = os_reason(error)
    if reason in ("read_only", "no_permission"):
        text = QT_TRANSLATE_NOOP(
            "cli", "Cannot write to {path}: the folder is read-only or this user may not "
            "write there. Choose a folder you can write to (for the register: Settings, or "
            "--data), or ask the administrator for write access. Nothing was recorded.")
    elif reason == "disk_full":
        text = QT_TRANSLATE_NOOP(
            "cli", "The disk holding {path} is full. Free some space there and try again. "
            "Nothing was recorded.")
    elif reason == "not_there":
        text = QT_TRANSLATE_NOOP(
            "cli", "{path} cannot be reached: its folder is not there (or the drive is not "
            "connected). Check the path and try again.")
    else:
        text = QT_TRANSLATE_NOOP(
            "cli", "{path} could not be read or written. Check that it is there and that "
            "this user may use it; the details were written to errors.log.")
    return translate("cli", text).format(path=path or "?")


def describe(error: BaseException) -> str:
    """Any failure of a job as the clerk reads it: our typed errors in their words, a fault of
    ours with what to report."""
    if isinstance(error, IntakeError):
        return error_message(error)
    if isinstance(error, OSError):
        return os_message(error)
    return translate(
        "cli", "The program met an internal error and the work was not finished; records "
        "already saved are safe. The details were written to errors.log: please send that "
        "file to your support.")
