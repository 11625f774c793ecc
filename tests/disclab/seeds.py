"""The undamaged discs the fuzz run starts from: every kind of disc the burners in use write."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from images import (
    disc_multisession,
    genisoimage,
    need,
    pycdlib_hybrid,
    strip_iso9660,
    udf_to_vat,
    write_tree,
    xorriso_sessions,
)

MATERIALS = {"西安/01-智能标注/申报书（可编辑版）.docx": b"PK\x03\x04" + bytes(3000),
             "西安/01-智能标注/申报书（盖章版）.pdf": b"%PDF-1.7\n" + bytes(5000),
             "宝鸡/申报书.docx": b"PK\x03\x04" + b"b" * 2000,
             "汇总表.xlsx": b"PK\x03\x04" + bytes(700),
             "a/b/c/d/e/f/g/h/i/深层.txt": b"deep"}
LONG_NAME = "数据标注优秀案例申报书" * 6 + ".docx"  # Rock Ridge needs a continuation area


def _many_files() -> dict[str, bytes]:
    """A sample data set: directories spanning several sectors."""
    return {f"样本/{d:02d}/image_{i:04d}.jpg": b"\xff\xd8\xff" + bytes([i % 256]) * 40
            for d in range(3) for i in range(60)}


def build_seeds(work: Path) -> dict[str, bytes]:
    work.mkdir(parents=True, exist_ok=True)
    tree = write_tree(work / "tree", MATERIALS)
    seeds: dict[str, Path] = {
        "joliet_rr": genisoimage(work / "jr.iso", tree, "-J", "-R", "-V", "XIAN"),
        "long_names": genisoimage(work / "ln.iso", write_tree(
            work / "long", {LONG_NAME: b"PK\x03\x04" + bytes(100), "说明.txt": b"readme"}),
            "-J", "-R", "-joliet-long"),
        "plain": genisoimage(work / "p.iso", write_tree(work / "plain", {
            "SHENBAO.DOC": b"\xd0\xcf\x11\xe0" + bytes(3000), "README.TXT": b"x" * 100})),
        "many_files": genisoimage(work / "many.iso", write_tree(work / "many", _many_files()),
                                  "-J", "-R"),
        "udf_hybrid": pycdlib_hybrid(work / "u.iso", {"申报书.docx": bytes(2000),
                                                      "盖章版.pdf": bytes(4000)}),
        "genisoimage_udf": genisoimage(work / "gu.iso", tree, "-J", "-R", "-udf"),
        "udf_only": strip_iso9660(pycdlib_hybrid(work / "o.iso", {"a.pdf": bytes(100),
                                                                  "目录/b.docx": bytes(300)})),
        "udf_vat": udf_to_vat(strip_iso9660(genisoimage(
            work / "v.iso", write_tree(work / "vat", {"申报书.docx": bytes(5000)}), "-udf"))),
        "multisession": disc_multisession(work / "m.iso", [
            tree, write_tree(work / "s2", {"更正.docx": b"PK\x03\x04" + bytes(100)})], gap=64),
        "xorriso_sessions": xorriso_sessions(work / "x.iso", [
            {"申报书.docx": b"PK\x03\x04" + bytes(500)}, {"更正.pdf": b"%PDF" + bytes(300)}],
            work),
    }
    links = write_tree(work / "links", {"西安/申报书.docx": b"PK\x03\x04" + bytes(100)})
    if not (links / "快捷.docx").exists():
        os.symlink("西安/申报书.docx", links / "快捷.docx")
    seeds["symlinks"] = genisoimage(work / "l.iso", links, "-J", "-R")
    zisofs = work / "z.iso"
    zisofs.unlink(missing_ok=True)
    ztree = write_tree(work / "ztree", {"申报书.docx": b"PK\x03\x04" + b"abc" * 20000,
                                        "说明.txt": b"readme"})
    subprocess.run([need("xorriso"), "-outdev", str(zisofs), "-joliet", "on", "-rockridge",
                    "on", "-zisofs", "level=6", "-map", str(ztree), "/", "-set_filter_r",
                    "--zisofs", "/", "--", "-commit"], check=True, capture_output=True)
    seeds["zisofs"] = zisofs
    return {name: path.read_bytes() for name, path in seeds.items()}
