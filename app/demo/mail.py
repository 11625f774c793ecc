"""The demo's e-mail: what a unit sent beside its disc, written as a mail program saves it
(GBK subject and names, base64 attachments), with one scan made again after the disc was
burnt, so the demo shows a mail that differs from the disc in one case."""

from __future__ import annotations

import datetime as dt
import email.utils
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText


def demo_mail(unit: str, files: dict[str, bytes], sent: dt.datetime) -> bytes:
    message = MIMEMultipart()
    message["Subject"] = Header(f"{unit}+数据标注优秀案例", "gbk").encode()
    message["From"] = email.utils.formataddr((str(Header(unit, "gbk")), "data@example.cn"))
    message["To"] = "sjbz@example.cn"
    message["Date"] = email.utils.format_datetime(sent)
    message["Received"] = f"from client by mail.example.cn; {email.utils.format_datetime(sent)}"
    message.attach(MIMEText("您好，申报材料见附件，请查收。", "plain", "gbk"))
    for path, data in files.items():
        part = MIMEApplication(data)
        part.add_header("Content-Disposition", "attachment",
                        filename=("gbk", "", path.rsplit("/", 1)[-1]))
        message.attach(part)
    return message.as_bytes()
