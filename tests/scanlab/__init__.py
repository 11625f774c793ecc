"""Scanned pages as ugly as the ones units send, made in code with known truth.

A page is laid out with PyMuPDF (a form's last page, a recommendation letter, a red-headed
document, a table...), seals are pressed onto it as uneven ink, and the result goes through a
scanner or a phone camera: paper tone, dust, streaks, binding shadow, skew, blur, crop,
perspective, JPEG. Every page knows where its seals are, so a detector can be measured on them
(recall and precision), not only shown one picture.
"""

from scanlab.corpus import PageSpec, ScannedPage, corpus, make_page

__all__ = ["PageSpec", "ScannedPage", "corpus", "make_page"]
