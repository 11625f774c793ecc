"""OFD (GB/T 33190), the Chinese fixed-layout format: a zip whose OFD.xml points at documents
made of pages; a scanned page is an image object, an electronic seal is a signature entry.

Only what the clerk needs is read: pages, which pages are images, electronic signatures, and the
page images themselves, which are checked for a red seal like any scan.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from defusedxml import ElementTree

from app.documents.formats import sniff
from app.documents.pdf import PageSeal, ScanAnalysis, analyse_scan, judged_pages
from app.documents.seals.examine import SealMark

MAX_PART = 16 << 20
MAX_PICTURE = 256 << 20  # a page scanned at 600 dpi as an uncompressed BMP is about 100 MB
_IMAGE_KINDS = {"jpg": "jpg", "png": "png", "tiff": "tiff", "bmp": "bmp", "gif": "gif"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Package:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = {name.lstrip("/").lower(): name for name in archive.namelist()}

    def read(self, path: str) -> bytes:
        real = self.names.get(path.lstrip("/").lower())
        if real is None:
            raise KeyError(path)
        info = self.archive.getinfo(real)
        picture = path.lower().endswith(tuple(_IMAGE_KINDS))
        cap = MAX_PICTURE if picture else MAX_PART
        if info.file_size > cap:
            raise ValueError(f"{path} is {info.file_size} bytes")
        with self.archive.open(info) as stream:  # a header may understate the size
            data = stream.read(cap + 1)
        if len(data) > cap:
            raise ValueError(f"{path} is larger than it says")
        return data

    def xml(self, path: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.read(path))


def _resolve(base_dir: str, location: str) -> str:
    location = location.strip()
    if location.startswith("/"):
        return posixpath.normpath(location.lstrip("/"))
    return posixpath.normpath(posixpath.join(base_dir, location))


def analyse_ofd(data: bytes) -> tuple[ScanAnalysis, bool]:
    """The scan judgement of an OFD file, and whether it carries an electronic signature."""
    result = ScanAnalysis(format="ofd")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            signed = _read(_Package(archive), result)
    except Exception:  # zip or XML damage, refused entities, missing parts
        result.error = "damaged"
        result.opened = False
        return result, False
    return result, signed


def _read(package: _Package, result: ScanAnalysis) -> bool:
    root = package.xml("OFD.xml")
    doc_root = next((e.text or "" for e in root.iter() if _local(e.tag) == "DocRoot"), "")
    signatures = next((e.text or "" for e in root.iter() if _local(e.tag) == "Signatures"), "")
    doc_path = _resolve("", doc_root)
    doc_dir = posixpath.dirname(doc_path)
    document = package.xml(doc_path)
    media = _media(package, document, doc_dir)
    pages = [e.get("BaseLoc", "") for e in document.iter() if _local(e.tag) == "Page"]
    result.pages = len(pages)
    for index in judged_pages(len(pages)):
        number, location = index + 1, pages[index]
        content_path = _resolve(doc_dir, location)
        try:
            content = package.xml(content_path)
        except KeyError:
            continue
        result.judged += 1
        tags = [(_local(e.tag), e) for e in content.iter()]
        images = [e.get("ResourceID", "") for tag, e in tags if tag == "ImageObject"]
        if images:
            result.scanned_pages += 1
        elif any(tag == "TextObject" for tag, _ in tags):
            result.text_pages += 1
        grey = bool(images)
        for resource in images:
            path = media.get(resource)
            if path is None:
                continue
            picture = package.read(path)
            kind = _IMAGE_KINDS.get(sniff(picture[:64], len(picture)))
            if kind is None:
                continue
            page = analyse_scan(picture, kind)
            grey = grey and page.grey_pages == page.pages
            for seal in page.seals + page.doubts:
                seal.page = number
            result.seals.extend(page.seals)
            result.doubts.extend(page.doubts)
        result.grey_pages += grey
    result.opened = True
    if not signatures:
        return False
    page_numbers = {e.get("ID", ""): number for number, e in enumerate(
        (e for e in document.iter() if _local(e.tag) == "Page"), start=1)}
    stamps = _stamps(package, _resolve("", signatures), page_numbers)
    for number, box in stamps:
        result.seals.append(PageSeal(number, SealMark(*box, 1.0), electronic=True))
    result.signed = result.signed or bool(stamps) or _has_signature(
        package, _resolve("", signatures))
    return result.signed


def _media(package: _Package, document: ElementTree.Element, doc_dir: str) -> dict[str, str]:
    """Resource ID -> the image file's path, from the document's resource files."""
    found: dict[str, str] = {}
    for element in document.iter():
        if _local(element.tag) not in ("DocumentRes", "PublicRes") or not element.text:
            continue
        res_path = _resolve(doc_dir, element.text)
        try:
            res = package.xml(res_path)
        except KeyError:
            continue
        base = _resolve(posixpath.dirname(res_path), res.get("BaseLoc", ""))
        for item in res.iter():
            if _local(item.tag) != "MultiMedia":
                continue
            files = [e.text for e in item.iter() if _local(e.tag) == "MediaFile" and e.text]
            if files:
                found[item.get("ID", "")] = _resolve(base, files[0])
    return found


def _stamps(package: _Package, path: str,
            page_numbers: dict[str, int]) -> list[tuple[int, tuple[float, float, float, float]]]:
    """Where the electronic seals are shown: (page, box in millimetres) of every StampAnnot
    (GB/T 38540) of every signature the document lists."""
    try:
        listing = package.xml(path)
    except KeyError:
        return []
    found = []
    base = posixpath.dirname(path)
    for entry in listing.iter():
        if _local(entry.tag) != "Signature" or not entry.get("BaseLoc"):
            continue
        try:
            signature = package.xml(_resolve(base, entry.get("BaseLoc", "")))
        except (KeyError, ValueError, ElementTree.ParseError):
            continue
        for stamp in signature.iter():
            if _local(stamp.tag) != "StampAnnot":
                continue
            number = page_numbers.get(stamp.get("PageRef", ""))
            box = _numbers(stamp.get("Boundary", ""))
            if number is not None and len(box) == 4:
                found.append((number, (box[0], box[1], box[2], box[3])))
    return found


def _numbers(text: str) -> list[float]:
    try:
        return [float(part) for part in text.split()]
    except ValueError:
        return []


def _has_signature(package: _Package, path: str) -> bool:
    try:
        listing = package.xml(path)
    except KeyError:
        return False
    return any(_local(e.tag) == "Signature" for e in listing.iter())
