"""A day at the intake desk, made by the program itself so a newcomer can see every screen
filled: units expected, deliveries logged with their paper, discs burnt here and checked.

It goes into a data folder of its own (demo/ beside the real register), never into the real
register, and the window says plainly that it shows demo data.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.core.progress import CancelToken, ProgressSink, no_progress
from app.demo.burn import write_iso
from app.demo.mail import demo_mail
from app.demo.materials import docx, scan_pdf, summary_xlsx
from app.services.ingest import add_disc
from app.services.intake import Delivery, expect_units, receive, record_email, record_paper
from app.services.mail_import import import_mail
from app.services.register import Register

DEMO_FOLDER = "demo"
SUMMARY = "附件2：数据标注优秀案例申报汇总表.xlsx"
DIRECTIONS = ("技术研发创新", "行业应用深化", "标准规范建设", "产业生态培育", "人才体系建设")


@dataclass(frozen=True)
class DemoUnit:
    name: str
    cases: int = 0  # 0: nothing delivered yet
    received: str = ""  # local time, 2025-10-..
    method: str = "hand"
    tracking: str = ""
    without_scan: tuple[int, ...] = ()
    unsealed: tuple[int, ...] = ()
    half_sealed: tuple[int, ...] = ()  # the seal took ink on one side only: a person must look
    paper: dict[int, int] = field(default_factory=dict)  # case -> copies, else the call's two
    email: bool = True  # the electronic copy by e-mail, as the notice asks
    rescanned: int = 0  # a case whose scan the mail carries made again (the mail is read)


UNITS = (
    DemoUnit("西安市数据局", 4, "2025-10-20 09:40", half_sealed=(3,), rescanned=2),
    DemoUnit("宝鸡市数据局", 2, "2025-10-21 15:05", "courier", "SF1234567890123",
             without_scan=(2,), email=False),
    DemoUnit("咸阳市数据局", 2, "2025-10-23 10:20", "post", "1190012345678",
             unsealed=(1,), paper={2: 1}),
    DemoUnit("渭南市数据局", 1, "2025-10-24 18:35"),
    DemoUnit("延安市数据局"),
    DemoUnit("榆林市数据局"),
)


def demo_dir(data_dir: Path) -> Path:
    return data_dir / DEMO_FOLDER


def case_name(unit: str, order: int) -> str:
    return f"{unit[:2]}智慧{('交通', '医疗', '农业', '文旅', '政务')[order - 1]}数据标注实践"


def disc_files(unit: DemoUnit) -> dict[str, bytes]:
    names = [case_name(unit.name, n) for n in range(1, unit.cases + 1)]
    applicant = f"{unit.name[:2]}某某科技有限公司"
    rows = [(n, name, applicant, DIRECTIONS[n % len(DIRECTIONS)],
             "王老师", f"1380000{n:04d}") for n, name in enumerate(names, start=1)]
    files = {SUMMARY: summary_xlsx(rows, unit=unit.name)}
    for order, name in enumerate(names, start=1):
        files[f"{order}-{name}/{name}-申报书.docx"] = docx(name)
        if order not in unit.without_scan:
            files[f"{order}-{name}/{name}-盖章版.pdf"] = scan_pdf(
                2, sealed=order not in unit.unsealed, half=order in unit.half_sealed,
                mark=f"{unit.name.encode().hex()[:16]}", seal_name=applicant)
    return files


def load_demo(reg: Register, *, progress: ProgressSink = no_progress,
              cancel: CancelToken | None = None) -> int:
    """Fill an empty register with the demo day; returns the number of discs checked."""
    cancel = cancel or CancelToken()
    _, call = reg.call()
    expect_units(reg, [unit.name for unit in UNITS])
    delivered = [unit for unit in UNITS if unit.cases]
    with tempfile.TemporaryDirectory(prefix="intake-demo-") as work:
        for done, unit in enumerate(delivered):
            progress(done, len(delivered), "demo")
            cancel.raise_if_cancelled()
            when = call.local_time(unit.received)
            receive(reg, Delivery(unit.name, when, deliverer="李明", phone="13900000000",
                                  method=unit.method, tracking=unit.tracking,
                                  summary_paper=True))
            files = disc_files(unit)
            image = write_iso(Path(work) / f"{done}.iso", files, label=f"DEMO{done + 1}")
            add_disc(reg, image, unit.name, received_at=when + dt.timedelta(minutes=5),
                     cancel=cancel)
            if unit.rescanned:
                mailed = {p: (scan_pdf(2, mark=f"{unit.name}-rescanned")
                              if p.startswith(f"{unit.rescanned}-") and p.endswith(".pdf")
                              else data) for p, data in files.items()}
                saved = Path(work) / f"{done}.eml"
                saved.write_bytes(demo_mail(unit.name, mailed, when - dt.timedelta(hours=20)))
                import_mail(reg, saved, unit.name, cancel=cancel)
            elif unit.email:
                record_email(reg, unit.name, when - dt.timedelta(hours=20),
                             subject=f"{unit.name}+数据标注优秀案例", sender="data@example.cn")
            for order in range(1, unit.cases + 1):
                copies = unit.paper.get(order, call.paper_copies)
                record_paper(reg, unit.name, str(order), copies, copies)
        progress(len(delivered), len(delivered), "demo")
    return len(delivered)
