"""The findings catalogue (../shared/spec/findings.md) and the Finding record.

Codes are stable; texts come in both languages so that reports and printouts need no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from app.core.details import detail_text


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class FindingKind:
    code: str
    severity: Severity
    zh: str
    en: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

_ROWS: tuple[tuple[str, Severity, str, str], ...] = (
    # Disc and image
    ("image_unreadable", _E, "光盘无法读取：无法识别文件系统",
     "The disc cannot be read: no file system recognised"),
    ("image_truncated", _E, "光盘镜像不完整，部分文件数据缺失",
     "The image is shorter than its file system declares; some file data is missing"),
    ("bad_sectors", _E, "光盘存在无法读取的扇区",
     "Some sectors could not be read (the files on them are named)"),
    ("file_unreadable", _E, "文件数据读取失败或不完整", "A file's data could not be read in full"),
    ("names_8_3_only", _W, "仅ISO9660文件系统，文件名被截为8.3格式，中文名丢失",
     "Only plain ISO9660 names: 8.3 upper case, Chinese names lost"),
    ("extension_mismatch", _W, "扩展名与实际格式不符", "The extension does not match the content"),
    ("nonstandard_name_encoding", _W, "文件名为GBK等非标准编码",
     "File names are stored in a non-standard encoding (e.g. GBK)"),
    ("joliet_name_truncated", _W, "文件名超过Joliet长度限制被截断",
     "A name was cut to the Joliet limit (64 characters)"),
    ("path_too_deep", _W, "目录层级过深或路径过长",
     "Directories nested too deep or path too long"),
    ("multisession", _I, "多区段光盘：存在追加刻录区段",
     "Multi-session disc: later sessions were appended"),
    ("superseded_file", _W, "含已被更正文件替代的旧版本文件",
     "An older version of a corrected file is still on the disc"),
    ("udf_only", _I, "仅UDF文件系统（如Windows“类似USB闪存驱动器”刻录）",
     "UDF-only disc (e.g. Windows Live File System)"),
    ("disc_not_closed", _W, "光盘未封盘", "The disc session was not closed"),
    ("directory_damaged", _E, "光盘部分目录损坏，其中文件无法列出",
     "Part of the directory tree is damaged; the files in it cannot be listed"),
    ("file_compressed_zisofs", _W, "文件以zisofs压缩存储，Windows无法直接读取",
     "File stored zisofs-compressed; Windows cannot read it as is"),
    ("tree_mismatch", _W, "同一文件在不同文件系统目录中的位置或大小不一致（按Windows显示的为准）",
     "A file's ISO9660 and Joliet/UDF records disagree on its extent or size (judged as "
     "Windows shows it)"),
    ("disc_empty", _E, "光盘中没有文件", "The disc holds no files"),
    ("suspicious_name", _W, "文件名含不可见或反向显示字符，显示名可能误导",
     "A name holds invisible or right-to-left characters; what it shows may mislead"),
    ("symlink_present", _I, "含符号链接（不会被跟随）", "Symbolic link present (not followed)"),
    # Files on the disc
    ("autorun_present", _W, "含autorun.inf自动运行文件", "autorun.inf present"),
    ("executable_present", _E, "含可执行文件", "An executable file is present"),
    ("materials_in_zip", _W, "申报材料打包为ZIP压缩文件", "Materials are packed in a ZIP archive"),
    ("materials_in_rar", _W, "申报材料打包为RAR/7z压缩文件，需专用工具解压核对",
     "Materials are packed in a RAR/7z archive"),
    ("archive_gbk_names", _I, "压缩包内文件名为GBK编码",
     "Names inside the archive are GBK-encoded"),
    ("archive_unsafe", _E, "压缩包含异常路径或异常压缩比，已拒绝展开",
     "An archive has unsafe paths or an abnormal ratio; not expanded"),
    ("archive_encrypted", _E, "压缩包设有密码，其中材料无法核验",
     "The archive is password-protected; its materials cannot be checked"),
    ("archive_member_not_extracted", _W, "压缩包内文件已列出，但无法解压核验内容",
     "Archive members are listed but could not be extracted to check their content"),
    ("archive_multivolume", _W, "申报材料为分卷压缩包，需全部分卷合并后解压",
     "Materials are in a multi-volume archive; all volumes are needed to open it"),
    ("shortcut_present", _W, "含快捷方式文件，指向光盘以外的文件",
     "Shortcut file present: it points to a file that is not on the disc"),
    ("office_temp_file", _I, "含Office临时锁定文件（~$开头）",
     "Office lock file (~$) present"),
    ("duplicate_file", _I, "含重复文件", "Identical copy of a file present"),
    ("system_file", _I, "含系统文件（desktop.ini、Thumbs.db等）", "System file present"),
    ("unmatched_file", _W, "文件无法归入任何案例", "A file could not be tied to any case"),
    ("cross_unit_duplicate", _W, "与其他推荐单位提交的文件完全相同",
     "Identical to a file submitted by another unit"),
    # Cases
    ("missing_editable", _E, "缺少可编辑版申报书", "Editable version missing"),
    ("missing_scan", _E, "缺少盖章版扫描件", "Stamped scan missing"),
    ("scan_unstamped", _E, "盖章版扫描件未见印章", "No seal found on the stamped scan"),
    ("scan_not_scanned", _E, "“盖章版”为直接导出的文字PDF，非扫描件",
     'The "stamped scan" is a text PDF exported from an editor'),
    ("scan_encrypted", _E, "盖章版PDF设有打开密码", "The scan needs a password to open"),
    ("scan_corrupt", _E, "盖章版扫描件文件损坏，无法打开",
     "The stamped scan is damaged and cannot be opened"),
    ("scan_grayscale", _W, "扫描件为灰度/黑白，无法判断是否盖章",
     "Greyscale scan: the seal cannot be judged by colour"),
    ("scan_seal_uncertain", _W, "程序无法确认是否盖章，请人工查看",
     "The program cannot tell whether the scan is stamped; a person must look"),
    ("scan_electronic_seal", _I, "盖章版为电子签章文件，非纸质扫描件",
     "The stamped version carries an electronic seal instead of being a scan"),
    ("scan_as_images", _W, "盖章版为图片，未合成PDF", "The scan is loose image files, not one PDF"),
    ("scan_too_many_pages", _W, "扫描件页数异常多，仅核验了前面部分页面",
     "The scan has an abnormal number of pages; only the first were judged"),
    ("scan_page_mismatch", _W, "扫描件页数与可编辑版差异较大",
     "Scan and editable version differ markedly in page count"),
    ("scan_seal_other_unit", _W, "印章上的单位名称与申报单位或推荐单位不符",
     "The name on the seal is neither the applicant's nor the recommending unit's"),
    ("scan_seal_name_unread", _I, "印章文字无法识别，未核对盖章单位",
     "The seal's text could not be read; the stamping body was not checked"),
    ("scan_other_case", _W, "盖章版扫描件的标题与本案例名称不符，可能放错了案例",
     "The scan's title is another case's name; it may be in the wrong case"),
    ("pdf_restricted", _I, "PDF设有权限密码", "PDF has an owner (permissions) password"),
    ("pdf_repaired", _W, "PDF文件结构损坏（已自动修复读取）",
     "PDF structure damaged (read after repair)"),
    ("editable_empty", _E, "可编辑版文件为0字节", "Editable file is empty"),
    ("editable_corrupt", _E, "可编辑版文件损坏", "Editable file is damaged"),
    ("editable_legacy_format", _I, "可编辑版为.doc/.wps格式", "Editable version is .doc/.wps"),
    ("ofd_signed", _I, "OFD含电子签章", "OFD carries an electronic signature"),
    ("case_not_on_disc", _E, "汇总表所列案例在光盘中未找到",
     "A case in the summary table is not on the disc"),
    ("case_not_in_summary", _E, "光盘中的案例未列入汇总表",
     "A case on the disc is not in the summary table"),
    ("proof_missing", _W, "缺少征集要求的证明材料", "A proof the call requires is missing"),
    # Summary table
    ("summary_missing", _E, "缺少申报汇总表", "Summary table missing"),
    ("summary_unreadable", _E, "汇总表无法读取", "Summary table cannot be read"),
    ("summary_over_limit", _E, "推荐案例超过限额", "More cases than the quota"),
    ("summary_duplicate_order", _E, "推荐顺序重复", "Recommendation order repeated"),
    ("summary_order_gap", _W, "推荐顺序不连续", "Recommendation order has gaps"),
    ("summary_no_order_column", _I, "汇总表未设推荐顺序列（以序号为准）",
     "No order column; row number used"),
    ("summary_direction_invalid", _W, "申报方向不在规定范围内",
     "Direction is not one of the call's directions"),
    ("summary_field_missing", _W, "汇总表必填项缺失", "A required field is empty"),
    ("summary_row_withdrawn", _I, "汇总表中以删除线标出的行视为已撤回的案例，不计入",
     "A struck-through row is taken as a withdrawn case and not counted"),
    ("summary_row_hidden", _W, "汇总表含隐藏行，已计为案例，请人工确认",
     "A hidden row of the table is counted as a case; check it"),
    ("summary_name_mismatch", _W, "汇总表案例名称与文件名不完全一致",
     "Case name differs from the file name (brackets, spaces, quotes)"),
    ("summary_legacy_format", _W, "汇总表为.xls/.et等旧格式",
     "Summary table in an old format (.xls/.et)"),
    # Delivery
    ("late_delivery", _E, "超过截止时间送达", "Delivered after the deadline"),
    ("paper_copies_short", _E, "纸质版份数不足", "Fewer paper copies than required"),
    ("paper_unstamped", _E, "纸质版未盖章", "Paper copy not stamped"),
    ("summary_paper_missing", _E, "未收到盖章纸质汇总表",
     "Stamped paper summary table not received"),
    ("disc_missing", _E, "未收到电子光盘", "No disc received"),
    ("disc_unit_mismatch", _W, "光盘内容与送件单位不符",
     "Disc content names another unit than the deliverer"),
    ("email_missing", _I, "未收到电子邮件报送", "No e-mail submission recorded"),
    ("email_late", _E, "电子邮件晚于截止时间发送", "The e-mail was sent after the deadline"),
    ("email_subject_mismatch", _W, "邮件主题不符合要求",
     "The e-mail subject does not follow the call's pattern"),
    ("email_attachment_missing", _W, "光盘中的材料未随邮件报送",
     "Material on the disc is missing from the e-mail"),
    ("email_extra_material", _W, "邮件中有光盘中没有的材料",
     "The e-mail holds material that is not on the disc"),
    ("email_attachment_differs", _W, "邮件附件与光盘文件内容不一致",
     "An e-mail attachment differs from the disc's file"),
    ("email_link_only", _W, "邮件仅含下载链接，附件未随邮件发送",
     "The e-mail only links to the material"),
)

CATALOGUE: dict[str, FindingKind] = {
    code: FindingKind(code, severity, zh, en) for code, severity, zh, en in _ROWS
}


@dataclass(frozen=True)
class Finding:
    """One problem found in a submission; `path` is the name the clerk sees, if any."""

    code: str
    path: str | None = None
    detail: str = ""
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    level: Severity | None = None  # a call's own severity for this code, when it sets one

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise KeyError(f"unknown finding code {self.code!r}")

    @property
    def kind(self) -> FindingKind:
        return CATALOGUE[self.code]

    @property
    def severity(self) -> Severity:
        return self.level or self.kind.severity

    def text(self, lang: str = "zh") -> str:
        return self.kind.zh if lang.startswith("zh") else self.kind.en

    def detail_text(self, lang: str = "zh") -> str:
        return detail_text(self.code, self.params, self.detail, lang)

    def as_report(self) -> dict[str, Any]:
        report = {"code": self.code, "severity": self.severity.value, "path": self.path,
                  "detail": self.detail_text("en")}
        if self.params:
            report["params"] = dict(self.params)
        return report
