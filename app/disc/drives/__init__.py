"""Discs in their drives: listing.py finds the machine's optical drives and their trays,
block_source.py reads a drive (or an image standing in for one) as a run of bytes,
windows_volume.py reads a disc through Windows' volume API, imaging.py copies a disc into an
image in one pass and rescue_map.py keeps the map of what could not be read."""
