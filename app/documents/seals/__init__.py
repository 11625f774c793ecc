"""The seal check: is a page stamped, and where. redness.py measures how red each pixel is
against its own paper; rings.py, ellipses.py and ring_measures.py find and measure the rings of
round and oval seals; examine.py judges them (and, where no ring is found, square.py's square
seals and riding.py's slices of a riding seal); page.py renders a page at the resolution the
search needs and looks at it."""
