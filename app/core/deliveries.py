"""Words the records of a delivery use, kept apart so that the command line can offer them
without loading the register's services."""

from __future__ import annotations

METHODS = ("hand", "post", "courier")  # how a delivery arrived
EACH_CASE = "*"  # a paper record meaning "every case of the delivery"
