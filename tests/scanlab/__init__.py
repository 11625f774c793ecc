"""Scanned pages with known truth (see corpus.py)."""
