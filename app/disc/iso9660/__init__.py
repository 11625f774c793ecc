"""ISO9660 read leniently, for the discs pycdlib refuses (pycdlib stays the reader of record):
records.py reads ECMA-119 directory records a sector at a time, rock_ridge.py their Rock Ridge
entries, dates.py their dates, and salvage.py walks a session's ISO9660 and Joliet trees with
them, saying what it could not list."""
