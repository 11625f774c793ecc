"""Printouts: the disc-verification sheet, the receipt slip and the return notice as A4 PDFs."""
