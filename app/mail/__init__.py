"""Saved e-mails (.eml, .msg) read into what the intake desk needs."""
