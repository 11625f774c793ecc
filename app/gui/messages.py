"""The clerk's words for our typed errors (QtCore only: the command line uses them too).

The context stays "cli" so one catalogue entry serves both front ends.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import IntakeError

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
        "cli", "No keyring is available to hold the audit key ({reason}). Either start the "
        "system keyring, or keep the key in a file with `intake audit make-keyfile` "
        "(it will be {key_file})."),
    "audit_key_missing": QT_TRANSLATE_NOOP(
        "cli", "The keyring holds no audit key for this register. Place the key file of "
        "this register at {key_file}, or restore the keyring."),
    "audit_key_wrong": QT_TRANSLATE_NOOP(
        "cli", "The audit key found is not this register's: nothing was written. Place this "
        "register's own key file at {key_file}, or restore the keyring of the desk it came "
        "from. (Writing with another key would make the whole history look forged.)"),
    "unit_unknown": QT_TRANSLATE_NOOP(
        "cli", "No unit named {unit} in the register (see `intake status`)."),
    "unit_name_empty": QT_TRANSLATE_NOOP("cli", "The unit's name is empty."),
    "correction_reason_empty": QT_TRANSLATE_NOOP("cli", "Say why the delivery is corrected."),
    "no_delivery": QT_TRANSLATE_NOOP(
        "cli", "Nothing has been received from {unit} yet: log the delivery with "
        "`intake receive` first."),
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
        "cli", "{unit} has no finding {ref} (see `intake status --unit`)."),
    "already_waived": QT_TRANSLATE_NOOP("cli", "{key} is already waived."),
    "not_waived": QT_TRANSLATE_NOOP("cli", "{key} is not waived."),
    "void_reason_empty": QT_TRANSLATE_NOOP("cli", "Say why the delivery is voided."),
    "already_voided": QT_TRANSLATE_NOOP("cli", "Delivery {receipt} is already voided."),
    "disc_already_recorded": QT_TRANSLATE_NOOP(
        "cli", "This very disc image is already recorded as disc {disc} of {unit} ({at}). "
        "Nothing was recorded. (To record it once more on purpose: `disc add --again`.)"),
    "waiver_reason_empty": QT_TRANSLATE_NOOP("cli", "A waiver needs a reason."),
    "not_a_seal_doubt": QT_TRANSLATE_NOOP(
        "cli", "{key} is not a scan the program was unsure about; only those can be confirmed "
        "stamped or unstamped."),
    "disc_unknown": QT_TRANSLATE_NOOP("cli", "No disc numbered {disc} in the register."),
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
        "cli", "The register does not verify ({reason}); nothing was copied. Run "
        "`intake audit verify` and settle that first."),
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
        "nothing was changed. Run `intake disc check`."),
}


def error_message(error: IntakeError) -> str:
    template = ERROR_TEXT.get(error.code)
    if template is None:
        return QCoreApplication.translate("cli", "Error: {code}").format(code=error.code)
    return QCoreApplication.translate("cli", template).format(**error.params)


def describe(error: BaseException) -> str:
    """Any failure of a job as the clerk reads it: our typed errors in their words, a fault of
    ours with what to report."""
    if isinstance(error, IntakeError):
        return error_message(error)
    return QCoreApplication.translate(
        "cli", "An internal error stopped the work. Please report it with this text:\n{error}"
    ).format(error=f"{type(error).__name__}: {error}")
