"""A finding's particulars in the clerk's language, from the parameters it carries.

The catalogue says what is wrong; these templates say where and how much ("第7行：申报方向").
A finding without the parameters a template needs keeps its plain detail text.
"""

from __future__ import annotations

from typing import Any

FIELD_NAMES = {"order": ("推荐顺序", "order"), "name": ("案例名称", "case name"),
               "applicant": ("申报单位", "applicant"), "direction": ("申报方向", "direction"),
               "contact": ("联系人", "contact"), "phone": ("联系电话", "phone")}

# code -> templates tried in turn: (zh, en); the first whose fields are all present is used.
_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "multisession": (("共{sessions}个区段，已读取{which_zh}区段", "{sessions} sessions; the "
                      "{which} one was read"),),
    "image_truncated": (("镜像仅有{present}字节，文件系统声明{declared}字节",
                         "{present} of {declared} bytes present"),),
    "file_unreadable": (("仅读到{read}/{size}字节", "{read} of {size} bytes"),),
    "extension_mismatch": (("实际内容为{kind}", "content is {kind}"),),
    "names_8_3_only": (("共{files}个文件", "{files} files"),),
    "path_too_deep": (("{files}个文件位于第{level}层目录以下", "{files} files below directory "
                       "level {level}"),
                      ("路径长{length}个字符", "path of {length} characters")),
    "email_late": (("{sent}发送，截止时间{deadline}", "sent {sent}, deadline {deadline}"),),
    "email_subject_mismatch": (("主题“{subject}”写的是{other}", "subject “{subject}” names "
                                "{other}"),
                               ("主题“{subject}”，应为“{expected}”",
                                "subject “{subject}”, expected “{expected}”")),
    "email_attachment_missing": (("{what_zh}", "{what_en}"),),
    "email_attachment_differs": (("{what_zh}", "{what_en}"),),
    "email_extra_material": (("{what_zh}", "{what_en}"),),
    "email_link_only": (("下载链接：{link}", "download link: {link}"),),
    "proof_missing": (("案例{case}缺少：{proof}", "case {case} lacks: {proof}"),),
    "summary_over_limit": (("共{count}个案例，限额{quota}个", "{count} cases, quota {quota}"),),
    "summary_duplicate_order": (("推荐顺序{order}重复，见第{rows}行",
                                 "order {order} repeated in rows {rows}"),),
    "summary_order_gap": (("现有推荐顺序：{orders}", "orders given: {orders}"),),
    "summary_field_missing": (("第{row}行缺少：{fields}", "row {row} lacks: {fields}"),),
    "summary_row_withdrawn": (("第{row}行：{name}", "row {row}: {name}"),),
    "summary_row_hidden": (("第{row}行：{name}", "row {row}: {name}"),),
    "summary_direction_invalid": (("第{row}行：“{direction}”，应为“{likely}”？",
                                   "row {row}: “{direction}”; “{likely}” meant?"),
                                  ("第{row}行：{direction}", "row {row}: {direction}")),
    "summary_name_mismatch": (("汇总表：{table}；文件：{file}", "table: {table}; file: {file}"),),
    "superseded_file": (("已由 {replaced_by} 替代", "replaced by {replaced_by}"),),
    "duplicate_file": (("与 {same_as} 相同", "same as {same_as}"),),
    "materials_in_zip": (("压缩包内{members}个文件", "{members} files inside"),),
    "materials_in_rar": (("压缩包内{members}个文件", "{members} files inside"),),
    "archive_encrypted": (("{members}个文件设有密码", "{members} files need a password"),),
    "archive_member_not_extracted": (
        ("{members}个文件为RAR压缩存储，本程序不能解压，内容请人工核对",
         "{members} files are RAR-compressed, which this program cannot unpack: check them "
         "by hand"),),
    "scan_as_images": (("{count}个图片文件，共{pages}页", "{count} image files, {pages} pages"),
                       ("共{count}张图片", "{count} images")),
    "scan_page_mismatch": (("扫描件{scan}页，可编辑版{editable}页",
                            "scan {scan} pages, editable version {editable}"),),
    "scan_seal_other_unit": (("第{page}页印章为“{read}”，应为{expected}",
                              "the seal on page {page} reads “{read}”; expected {expected}"),),
    "scan_other_case": (("扫描件标题为另一案例：{order}.{other}", "titled as another case: "
                         "{order}. {other}"),
                        ("扫描件标题为另一案例：{other}", "titled as another case: {other}")),
    "scan_unstamped": (("共{pages}页，均未见红色印章", "no red seal on any of {pages} pages"),),
    "scan_too_many_pages": (("共{pages}页，仅核验了其中{judged}页（前面各页和最后一页）",
                             "{pages} pages; {judged} were judged (the first ones and the "
                             "last)"),),
    "tree_mismatch": (("按Windows显示的为准：{shown}字节；另一目录记为{other}字节",
                       "judged as Windows shows it: {shown} bytes; the other tree says "
                       "{other}"),
                      ("Windows不显示此文件：仅{only_in}目录中有",
                       "Windows does not show it: only the {only_in} tree lists it")),
    "scan_seal_uncertain": (("第{pages}页有疑似印章的圆环，请人工查看",
                             "a seal-like ring on page {pages}: look at it"),),
    "scan_electronic_seal": (("电子签章位于第{pages}页", "electronic seal on page {pages}"),
                             ("含数字签名，未见签章图案", "digitally signed; no seal picture")),
    "disc_unit_mismatch": (("汇总表：{table}；送件单位：{deliverer}",
                            "table: {table}; delivered by: {deliverer}"),),
    "late_delivery": (("{received}送达（收件单号{receipt}），截止时间{deadline}",
                       "delivered {received} (receipt {receipt}), deadline {deadline}"),),
    "paper_copies_short": (("案例{case}：收到{received}份，应交{required}份",
                            "case {case}: {received} of {required} copies"),),
    "paper_unstamped": (("案例{case}：{received}份中{stamped}份盖章",
                         "case {case}: {stamped} of {received} copies stamped"),),
    "archive_multivolume": (("缺少第{missing}卷（现有{present}卷），无法打开",
                             "volume {missing} is missing ({present} present): cannot be "
                             "opened"),),
    "directory_damaged": (("光盘上的文件超过{too_many}个，只列出了{listed}个；"
                           "未列全的目录：{directories}",
                           "the disc holds more than {too_many} files: {listed} are listed; "
                           "not listed in full: {directories}"),
                          ("无法完整列出的目录{count}处：{directories}；已列出{listed}个文件",
                           "{count} directories not listed in full: {directories}; {listed} "
                           "files listed"),),
    "suspicious_name": (("同一位置有{same_name}个同名文件，均已列出",
                         "{same_name} files of the same name in one place: each is listed"),
                        ("名称中含路径分隔符或“..”（{separators}），可能冒充其他位置的文件",
                         "a name holds a separator or '..' ({separators}): it may pose as a "
                         "file elsewhere"),
                        ("含不可见或反向字符{characters}，文件名中写作<U+…>",
                         "holds {characters}, written <U+…> in the name")),
    "symlink_present": (("指向 {target}", "points to {target}"),),
    "file_compressed_zisofs": (("解压后{size}字节", "{size} bytes uncompressed"),),
    "cross_unit_duplicate": (("与{unit}光盘{disc}中的 {other_path} 相同",
                              "same as {other_path} on disc {disc} from {unit}"),),
}

# code -> params["why"] -> (zh, en): what happened, where a finding says it in a fixed word.
_WHY: dict[str, dict[str, tuple[str, str]]] = {
    "image_unreadable": {
        "empty": ("镜像文件为空", "the image file is empty"),
        "no_descriptor": ("第16扇区起未见ISO9660或UDF卷描述符",
                          "no ISO9660 or UDF volume descriptor at sector 16"),
        "no_tree": ("卷描述符尚在，但任何目录均无法读取",
                    "the volume descriptors are there, but no directory can be read"),
    },
    "file_unreadable": {
        "unwritten": ("文件有部分数据从未写入光盘", "part of the file was never written"),
        "entry": ("文件记录无法读取，未能列出该文件",
                  "the file's entry cannot be read; it is not listed"),
        "read_failed": ("读取文件时出错", "the file could not be read"),
        "too_large": ("文件过大，未打开核验", "too large to open for the checks"),
        "special_file": ("不是普通文件（管道、设备等），未读取",
                         "not a regular file (a pipe, a device…): not read"),
        "member_damaged": ("压缩包内该文件已损坏，无法解压", "the member is damaged and cannot be "
                           "unpacked"),
        "archive_damaged": ("压缩包已损坏，无法列出其中文件",
                            "the archive is damaged: its members cannot be listed"),
        "newest_session": ("最新区段无法读取，列出的是第一个区段的文件",
                           "the newest session cannot be read; the files of the first "
                           "session are listed"),
    },
    "editable_empty": {"empty": ("文件为0字节", "0 bytes")},
    "editable_corrupt": {
        "password": ("文件设有打开密码", "protected by a password"),
        "rtf_cut": ("RTF文件不完整", "the RTF file is cut short"),
        "not_document": ("内容不是文档", "the content is not a document"),
        "part_too_large": ("文档内部件大小异常，未展开", "a part of the document is abnormally "
                           "large; not expanded"),
        "part_missing": ("缺少正文部件", "the document's main part is missing"),
        "part_damaged": ("文档内部件已损坏", "a part of the document is damaged"),
        "not_xml": ("正文部件无法解析", "the document's main part cannot be parsed"),
        "ole2_damaged": ("文件结构已损坏", "the file's structure is damaged"),
        "stream_missing": ("缺少正文数据流", "the document's main stream is missing"),
    },
    "summary_unreadable": {
        "damaged": ("工作簿已损坏，无法打开", "the workbook is damaged: it cannot be opened"),
        "too_large": ("工作簿内容过大（远超汇总表应有的大小），未读取",
                      "the workbook is far larger than a summary table: not read"),
        "no_header": ("未找到含案例名称、申报单位、申报方向的表头行",
                      "no header row naming the case, applicant and direction"),
        "read_failed": ("读取文件时出错", "the file could not be read"),
    },
    "scan_corrupt": {
        "damaged": ("文件已损坏，无法打开", "damaged: it cannot be opened"),
        "not_scan": ("内容不是PDF、OFD或图片", "the content is not a PDF, OFD or image"),
        "page_too_large": ("某页内容或图像大小异常，该页及其后各页未核验",
                           "a page holds abnormally large content; it and the pages after it "
                           "were not checked"),
        "page_damaged": ("某页已损坏，无法显示，该页及其后各页未核验",
                         "a page is damaged and cannot be shown; it and the pages after it "
                         "were not checked"),
        "no_pages": ("文件中没有可显示的页面", "the file holds no page that can be shown"),
    },
    "archive_encrypted": {
        "names_hidden": ("连文件名也已加密，压缩包内的任何文件都无法看到",
                         "even the names are encrypted: nothing inside can be seen"),
    },
    "scan_as_images": {
        "in_word": ("盖章页为拍照后粘贴在Word文件中的图片，未扫描成PDF",
                    "the stamped pages are photos pasted into a Word file, not a scanned PDF"),
    },
    "archive_unsafe": {
        "members": ("文件数量异常", "an abnormal number of files"),
        "header": ("文件目录大小异常，未读取",
                   "its table of contents is abnormally large; not read"),
        "path": ("含指向压缩包以外的路径", "a path leads outside the archive"),
        "total": ("解压后总大小异常", "abnormally large when expanded"),
        "ratio": ("压缩比异常", "an abnormal compression ratio"),
        "member_size": ("其中文件解压后大小异常", "a member expands abnormally"),
        "overlap": ("其中多个文件共用同一段压缩数据（压缩炸弹）",
                    "several members share one run of compressed data (a zip bomb)"),
        "source_budget": ("整张光盘（或整封邮件）的压缩包解压总量超出上限（4 GiB或2万个文件），"
                          "此压缩包未展开",
                          "the disc's (or mail's) archives together pass 4 GiB or 20,000 "
                          "files: this one is not expanded"),
        "source_time": ("整张光盘（或整封邮件）的压缩包解压用时超出上限（2分钟），"
                        "此压缩包未（全部）展开",
                        "the disc's (or mail's) archives took more than 2 minutes to expand: "
                        "this one is not (fully) expanded"),
    },
    "udf_only": {
        "unreadable": ("UDF结构无法读取，请改从光驱盘符读取",
                       "the UDF structures cannot be followed; read the disc from its drive "
                       "folder instead"),
    },
}


def _shown(value: Any, zh: bool) -> Any:
    if isinstance(value, (list, tuple)):
        return ("、" if zh else ", ").join(str(v) for v in value)
    return value


def detail_text(code: str, params: dict[str, Any], fallback: str, lang: str) -> str:
    zh = lang.startswith("zh")
    values = {key: _shown(value, zh) for key, value in params.items()}
    if "fields" in params:
        values["fields"] = ("、" if zh else ", ").join(
            FIELD_NAMES.get(f, (f, f))[0 if zh else 1] for f in params["fields"])
    if "which" in params:
        values["which_zh"] = {"first": "第一个", "last": "最后一个"}.get(params["which"], "")
    said = _WHY.get(code, {}).get(str(params.get("why")))
    if said is not None:
        return said[0 if zh else 1]
    for template_zh, template_en in _TEMPLATES.get(code, ()):
        try:
            return (template_zh if zh else template_en).format_map(values)
        except (KeyError, IndexError):
            continue
    return fallback
