"""What a scanner or a phone does to a page: paper tone, uneven light, binding shadow, dust,
streaks, blur, noise, colour fringes, skew, crop, perspective, warm white balance; then JPEG (real
baseline 4:2:0, through Pillow), PNG or TIFF. Pixels are float32 RGB in 0..1, rows first."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

PAPERS = {"white": (0.97, 0.97, 0.96), "yellowish": (0.97, 0.93, 0.82),
          "greyish": (0.86, 0.86, 0.85), "recycled": (0.9, 0.88, 0.8)}


@dataclass
class Capture:
    mode: str = "scanner"  # or "phone"
    paper: str = "white"
    shadow: float = 0.0  # depth of the binding shadow, 0..0.7
    dust: int = 0
    streaks: int = 0
    blur_px: float = 0.0
    noise: float = 0.01
    fringe_px: int = 0
    skew_deg: float = 0.0
    crop_mm: tuple[float, float, float, float] = (0, 0, 0, 0)  # cut from left, top, right, bottom
    perspective: float = 0.0  # how far a phone's corners move, as a share of the page
    warm: float = 0.0  # white balance toward yellow-orange, 0..0.25
    light: float = 0.0  # a soft shadow of the hand or the phone, 0..0.5
    grey: bool = False
    bitonal: bool = False

    @staticmethod
    def scanner(rng: random.Random) -> Capture:
        return Capture(
            paper=rng.choice(list(PAPERS)), shadow=rng.choice([0, 0, rng.uniform(0.1, 0.6)]),
            dust=rng.choice([0, rng.randint(5, 80)]), streaks=rng.choice([0, 0, rng.randint(1, 3)]),
            blur_px=rng.choice([0, rng.uniform(0.3, 1.3)]), noise=rng.uniform(0.005, 0.03),
            fringe_px=rng.choice([0, 0, 1]), skew_deg=rng.choice([0, rng.uniform(-3.5, 3.5)]))

    @staticmethod
    def phone(rng: random.Random) -> Capture:
        return Capture(
            mode="phone", paper=rng.choice(list(PAPERS)), blur_px=rng.uniform(0.4, 1.6),
            noise=rng.uniform(0.015, 0.04), perspective=rng.uniform(0.03, 0.1),
            warm=rng.uniform(0.05, 0.22), light=rng.uniform(0.1, 0.45),
            skew_deg=rng.uniform(-6, 6))


def _image(img: np.ndarray) -> Image.Image:
    if img.ndim == 2:
        return Image.fromarray((np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8), "L")
    return Image.fromarray((np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8), "RGB")


def _array(picture: Image.Image) -> np.ndarray:
    return np.asarray(picture, dtype=np.float32) / 255.0


def blur(img: np.ndarray, sigma_px: float) -> np.ndarray:
    if sigma_px < 0.3:
        return img
    return _array(_image(img).filter(ImageFilter.GaussianBlur(sigma_px)))


def smooth_field(rng: random.Random, shape: tuple[int, int], cells: int) -> np.ndarray:
    """Low-frequency random values in 0..1 over an image: a coarse grid, smoothly upsampled."""
    grid = np.array([[rng.random() for _ in range(cells + 1)] for _ in range(cells + 1)],
                    np.float32)
    picture = Image.fromarray(grid, "F").resize((shape[1], shape[0]), Image.BILINEAR)
    return np.clip(np.asarray(picture, dtype=np.float32), 0, 1)


def warp(img: np.ndarray, inverse: np.ndarray, shape: tuple[int, int],
         fill: tuple[float, ...]) -> np.ndarray:
    """The image seen through a homography: `inverse` maps output pixels to source pixels."""
    coefficients = (inverse / inverse[2, 2]).flatten()[:8]
    picture = _image(img).transform((shape[1], shape[0]), Image.PERSPECTIVE, coefficients,
                                    Image.BILINEAR,
                                    fillcolor=tuple(round(v * 255) for v in fill)
                                    if img.ndim == 3 else round(fill[0] * 255))
    return _array(picture)


def homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The 3x3 matrix taking four source points to four destination points."""
    rows = []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.array(rows, np.float64))
    return (vt[-1] / vt[-1, -1]).reshape(3, 3)


def apply_points(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    ones = np.ones((len(points), 1))
    mapped = np.hstack([points, ones]) @ matrix.T
    return mapped[:, :2] / mapped[:, 2:3]


def light_and_paper(img: np.ndarray, capture: Capture, rng: random.Random) -> np.ndarray:
    """Paper tone, uneven light and the binding shadow, multiplied in."""
    h, w, _ = img.shape
    img = img * np.array(PAPERS[capture.paper], np.float32)
    light = 1 - 0.06 * smooth_field(rng, (h, w), 3)
    if capture.shadow:
        side = rng.choice(["left", "top", "right"])
        width = rng.uniform(0.04, 0.1) * (w if side != "top" else h)
        d = np.arange(w if side != "top" else h, dtype=np.float32)
        if side == "right":
            d = d[::-1]
        profile = 1 - capture.shadow * np.exp(-d / width)
        light = light * (profile[None, :] if side != "top" else profile[:, None])
    if capture.light:
        blob = smooth_field(rng, (h, w), 2)
        light = light * (1 - capture.light * np.clip(blob * 1.6 - 0.5, 0, 1))
    return img * light[..., None]


def blemishes(img: np.ndarray, capture: Capture, rng: random.Random, dpi: float) -> np.ndarray:
    h, w, _ = img.shape
    for _ in range(capture.dust):
        y, x = rng.randrange(h), rng.randrange(w)
        r = max(1, round(rng.uniform(0.1, 0.4) * dpi / 25.4))
        img[max(0, y - r):y + r, max(0, x - r):x + r] *= rng.uniform(0.2, 0.7)
    for _ in range(capture.streaks):
        x = rng.randrange(w)
        width = rng.randint(1, 3)
        tint = np.array([rng.uniform(0.8, 1.05) for _ in range(3)], np.float32)
        img[:, x:x + width] *= tint
    return img


def degrade(img: np.ndarray, capture: Capture, rng: random.Random) -> np.ndarray:
    img = blur(img, capture.blur_px)
    if capture.fringe_px:
        img[..., 0] = np.roll(img[..., 0], capture.fringe_px, axis=1)
    if capture.warm:
        img = img * np.array([1.0, 1 - capture.warm * 0.45, 1 - capture.warm], np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 30)).standard_normal(
        img.shape, dtype=np.float32)
    img += noise * capture.noise
    return np.clip(img, 0, 1, out=img)


def encode(img: np.ndarray, kind: str, quality: int, *, dpi: float, grey: bool = False,
           bitonal: bool = False) -> bytes:
    """The pixels as a real scanner's file: baseline JPEG with 4:2:0 chroma, PNG or TIFF."""
    picture = Image.fromarray((np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8), "RGB")
    if bitonal:
        picture = picture.convert("L").point(lambda v: 255 if v > 140 else 0).convert("1")
    elif grey:
        picture = picture.convert("L")
    out = io.BytesIO()
    if kind == "jpg":
        picture.save(out, "JPEG", quality=quality, subsampling=2, dpi=(dpi, dpi))
    elif kind == "png":
        picture.save(out, "PNG", dpi=(dpi, dpi), compress_level=1)
    else:
        raise ValueError(kind)
    return out.getvalue()


def tiff(pages: list[np.ndarray], *, dpi: float, grey: bool = False) -> bytes:
    """A multi-page TIFF as scanner software saves it (LZW-compressed)."""
    pictures = [Image.fromarray((np.clip(p, 0, 1) * 255 + 0.5).astype(np.uint8), "RGB")
                for p in pages]
    if grey:
        pictures = [p.convert("L") for p in pictures]
    out = io.BytesIO()
    pictures[0].save(out, "TIFF", save_all=True, append_images=pictures[1:],
                     compression="tiff_lzw", dpi=(dpi, dpi))
    return out.getvalue()
