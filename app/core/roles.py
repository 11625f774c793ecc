"""What a file is for, judged by its name and content type before it is tied to a case.

The words are the ones units really use: 可编辑版/盖章版/扫描件 after the case name, 1-/01_/案例一
before it, 更正/修改版 when they burn a correction beside the old file.
"""

from __future__ import annotations

import re

from app.core.normalise import plain, small_number

EDITABLE_TYPES = frozenset({"docx", "doc", "wps", "odt", "rtf"})
SCAN_TYPES = frozenset({"pdf", "ofd"})
IMAGE_TYPES = frozenset({"jpg", "png", "tiff", "bmp", "gif"})
WORKBOOK_TYPES = frozenset({"xlsx", "xls", "et", "ods"})
ARCHIVE_TYPES = frozenset({"zip", "rar", "7z"})
EXECUTABLE_TYPES = frozenset({"exe", "elf"})
# Scripts run as surely as programs when a disc is opened carelessly (.pif too: Windows runs
# the program it holds).
EXECUTABLE_EXTENSIONS = frozenset({"exe", "com", "scr", "bat", "cmd", "vbs", "vbe", "js", "jse",
                                   "wsf", "ps1", "msi", "pif", "hta", "dll", "sh"})
# A shortcut is no program: it points at a file on the burner's own PC, not on the disc.
SHORTCUT_EXTENSIONS = frozenset({"lnk", "url"})
SYSTEM_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"})

_SCAN_WORDS = ("盖章", "扫描", "签章", "签字", "原件", "公章", "用印")
_PROOF_WORDS = ("证明", "执照", "截图", "附件", "材料", "证书", "合同", "发票", "备案", "验收",
                "照片", "图片", "佐证", "资质", "信用中国")
_SUMMARY_WORDS = ("汇总表", "汇总", "附件2", "推荐表", "一览表")
_NOTE_WORDS = ("说明", "readme", "目录", "清单")
_CORRECTION = re.compile(
    r"更正|修正|修改|修订|补正|最新|新版|终版|最终|定稿|[(（]?(?:v|V)\d+[)）]?$")

# Folders of work a unit kept beside the final files: not cases, not the case's files. Only a
# folder named for nothing else counts (a case may well be about 档案归档 or 历史文化).
_DRAFT_FOLDER = re.compile(
    r"^[\s\d._-]*(?:草稿|初稿|底稿|过程稿|旧版本?|老版本?|历史版本?|以前的?版本|备份|作废|废弃|存档|"
    r"归档|drafts?|old|backup|bak|archived?)[\s\d._()（）-]*$", re.IGNORECASE)
_DRAFT_FILE = re.compile(r"草稿|初稿|底稿|过程稿")
_ORDER_PREFIX = re.compile(
    r"^\s*(?:案例|第|NO\.?|No\.?)?\s*([0-9]{1,2}|[一二三四五六七八九十])\s*(?:个|号)?"
    r"(?:\s*[-_.、．)）:：]\s*|\s+|(?=[^\w])|$)")
_BRACKETED_ORDER = re.compile(r"^\s*[(（【\[]\s*([0-9]{1,2}|[一二三四五六七八九十])\s*[)）】\]]\s*")
# Words around a case name that say what the file is, not which case: stripped to compare.
_AFFIXES = ("数据标注优秀案例申报书", "优秀案例申报书", "案例申报书", "数据标注优秀案例", "申报书",
            "申报材料", "申报表", "可编辑版", "可编辑", "编辑版", "盖章版", "盖章件", "盖章",
            "扫描件", "扫描版", "扫描", "签章版", "电子版", "原件", "word版", "pdf版", "word",
            "pdf", "正式版", "最终版", "终版", "定稿", "更正版", "更正", "修正版", "修改版",
            "修订版", "修改", "新版", "最新", "副本", "复制", "附件1", "附件")
_JOINERS = " -_—.·、+()（）[]【】《》\"“”"
_COPY_MARK = re.compile(r"(?:\s*[(（]\d[)）]|\s*-\s*副本|\s*-\s*copy)\s*$", re.IGNORECASE)


def extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base.strip(".") else ""


_VOLUME = re.compile(r"\.(?:7z|zip)\.\d{3}$|\.part\d{1,4}\.rar$")


def stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base.strip(".") else base


def base_role(path: str, file_type: str | None) -> str:
    """The role a file has whatever case it belongs to; 'document' and 'editable' files are
    placed in cases later."""
    name = path.rsplit("/", 1)[-1]
    lower = name.lower()
    kind = file_type or ""
    if kind in ("", "empty", "unknown", "ole2"):
        # An empty or unrecognisable file still says what it should be; so does an OLE2
        # container the extension could not name (a .docx saved with a password is one).
        kind = extension(name)
    if lower.startswith("~$") or lower in SYSTEM_NAMES or lower.startswith("._") \
            or "/__macosx/" in path.lower():
        return "junk"
    if lower == "autorun.inf":
        return "autorun"
    if kind in EXECUTABLE_TYPES or extension(name) in EXECUTABLE_EXTENSIONS:
        return "executable"
    if extension(name) in SHORTCUT_EXTENSIONS:
        return "shortcut"
    if kind in ARCHIVE_TYPES or _VOLUME.search(lower):
        return "archive"  # a split archive's later pieces too (案例.7z.002), whatever they hold
    words = plain(stem(name)).lower()
    is_summary = any(w in words for w in _SUMMARY_WORDS)
    if kind in WORKBOOK_TYPES:
        return "summary" if is_summary else "other"
    if is_summary and (kind in SCAN_TYPES or kind in IMAGE_TYPES):
        return "summary_scan"
    if kind in EDITABLE_TYPES:
        return "editable"
    if kind in SCAN_TYPES or kind in IMAGE_TYPES:
        return "document"
    if kind in ("txt", "text") or any(w in words for w in _NOTE_WORDS):
        return "note"
    return "other"


def says_scan(name: str) -> bool:
    return any(w in name for w in _SCAN_WORDS)


def says_proof(name: str) -> bool:
    return any(w in name for w in _PROOF_WORDS) and not says_scan(name)


def says_correction(name: str) -> bool:
    return bool(_CORRECTION.search(plain(stem(name))))


def is_draft(path: str) -> bool:
    """A draft or an old version kept by the unit: in a draft folder, or named a draft."""
    parts = path.replace("!/", "/").strip("/").split("/")
    return any(_DRAFT_FOLDER.match(plain(part)) for part in parts[:-1]) \
        or bool(_DRAFT_FILE.search(stem(parts[-1])))


def is_copy(name: str) -> bool:
    """Windows' own copy names: 'x (1).docx', 'x - 副本.docx'."""
    return bool(_COPY_MARK.search(plain(stem(name))))


def order_prefix(text: str) -> int | None:
    match = _BRACKETED_ORDER.match(text) or _ORDER_PREFIX.match(text)
    return small_number(match.group(1)) if match else None


_PAGE_SUFFIX = re.compile(r"(?:[-_ ]+(?:p|P|第)?\d{1,3}页?|第\d{1,3}页|[(（]\d{1,3}[)）])$")


def page_words(text: str) -> str:
    """case_words of one page of a scan delivered as loose images: '案例A-盖章版-3' → '案例A'."""
    return case_words(_PAGE_SUFFIX.sub("", plain(text)))


def bare_order(text: str) -> int | None:
    """The number of a name that is nothing but a number: '3', '03-', '案例三', '第3个案例'."""
    number = order_prefix(text)
    if number is None:
        return None
    rest = _BRACKETED_ORDER.sub("", plain(text))
    rest = _ORDER_PREFIX.sub("", rest, count=1)
    return number if case_words(rest).strip("案例") == "" else None


def case_words(text: str) -> str:
    """The part of a file or folder name that names the case: order numbers and the words
    saying what kind of file it is are stripped, in any order and repetition."""
    current = plain(text)
    current = _COPY_MARK.sub("", current)
    previous = None
    while current != previous:
        previous = current
        current = _BRACKETED_ORDER.sub("", current)
        unnumbered = _ORDER_PREFIX.sub("", current, count=1)
        if len(unnumbered) >= 2:  # '案例1' alone is a name, not a number before one
            current = unnumbered
        current = current.strip(_JOINERS)
        for affix in _AFFIXES:
            if current.lower().startswith(affix):
                current = current[len(affix):].strip(_JOINERS)
            if current.lower().endswith(affix):
                current = current[:len(current) - len(affix)].strip(_JOINERS)
        current = re.sub(r"[(（](?:v|V)?\d[)）]$", "", current).strip(_JOINERS)
    return current
