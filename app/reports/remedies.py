"""What a unit must supply or correct for each finding that returns a delivery, in the words of
the return notice."""

from __future__ import annotations

from app.reports.wording import Words, pick

_REMEDIES: dict[str, Words] = {
    "image_unreadable": ("重新刻录光盘（建议ISO9660+Joliet格式并封盘）后补交",
                         "Burn the disc again (ISO9660 + Joliet, closed) and deliver it"),
    "image_truncated": ("重新刻录完整的光盘后补交", "Burn a complete disc and deliver it"),
    "bad_sectors": ("更换光盘重新刻录后补交", "Burn the files on a new disc and deliver it"),
    "file_unreadable": ("重新刻录该文件所在光盘后补交", "Burn the disc with this file again"),
    "executable_present": ("删除可执行文件后重新刻录光盘",
                           "Remove the executable file and burn the disc again"),
    "archive_unsafe": ("不要压缩，直接刻录申报文件", "Burn the files themselves, not an archive"),
    "missing_editable": ("补交该案例的可编辑版申报书（.docx/.doc/.wps）",
                         "Supply the editable application (.docx/.doc/.wps) of this case"),
    "disc_empty": ("重新刻录含全部申报材料的光盘并送达", "Burn a disc holding all the materials "
                                                     "and deliver it again"),
    "missing_scan": ("补交该案例加盖公章的申报书扫描件（PDF）",
                     "Supply the stamped, scanned application (PDF) of this case"),
    "scan_unstamped": ("在纸质申报书上加盖公章后重新扫描补交",
                       "Stamp the paper application, scan it again and supply the scan"),
    "scan_not_scanned": ("打印、盖章后扫描，补交扫描件（不可直接导出PDF）",
                         "Print, stamp and scan it; an exported PDF is not a scan"),
    "scan_encrypted": ("去除PDF打开密码后补交", "Supply the scan without an open password"),
    "editable_empty": ("补交完整的可编辑版文件", "Supply the complete editable file"),
    "editable_corrupt": ("补交可正常打开的可编辑版文件", "Supply an editable file that opens"),
    "case_not_on_disc": ("在光盘中补充该案例的申报材料，或更正汇总表",
                         "Add this case's materials to the disc, or correct the summary table"),
    "case_not_in_summary": ("将该案例列入汇总表，或从光盘中删除",
                            "List the case in the summary table, or remove it from the disc"),
    "proof_missing": ("按征集要求补交该案例的证明材料", "Supply the proof the call requires"),
    "summary_missing": ("补交申报汇总表（附件2，Excel格式）",
                        "Supply the summary table (annex 2, Excel)"),
    "summary_unreadable": ("补交可正常打开的申报汇总表", "Supply a summary table that opens"),
    "summary_over_limit": ("按限额删减推荐案例，更正汇总表", "Reduce the cases to the quota"),
    "summary_duplicate_order": ("更正汇总表中的推荐顺序", "Correct the recommendation order"),
    "late_delivery": ("（逾期送达，请与收件处联系）", "(delivered late: contact the desk)"),
    "paper_copies_short": ("补交纸质版至规定份数", "Supply the missing paper copies"),
    "paper_unstamped": ("补交加盖公章的纸质版", "Supply stamped paper copies"),
    "summary_paper_missing": ("补交加盖公章的纸质汇总表", "Supply the stamped paper summary table"),
    "disc_missing": ("补交电子光盘（含可编辑版和盖章版扫描件）",
                     "Supply the disc (editable versions and stamped scans)"),
    "email_late": ("（邮件逾期发送，请与收件处联系）", "(e-mailed late: contact the desk)"),
    "email_attachment_missing": ("将光盘中的全部材料作为附件通过电子邮件报送",
                                 "E-mail every material of the disc as attachments"),
    "email_attachment_differs": ("确认以哪一版本为准，使邮件与光盘材料一致",
                                 "Say which version stands and make mail and disc agree"),
    "email_link_only": ("将材料作为邮件附件发送，不以下载链接代替",
                        "Attach the materials to the mail instead of linking to them"),
}
_DEFAULT: Words = ("按要求更正后重新报送", "Correct it as required and deliver again")


def remedy(code: str, lang: str = "zh") -> str:
    return pick(_REMEDIES.get(code, _DEFAULT), lang)
