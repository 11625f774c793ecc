"""Our own reader of UDF file systems (ECMA-167 part 3/4, OSTA UDF 1.02-2.60), for the discs
pycdlib cannot open: those with UDF only, as Windows burns "like a USB flash drive".

It lists files with their names, sizes, dates and byte extents in the image, so the same
hashing pass and checks serve these discs as any other. blocks.py reads the image's sectors and
maps a partition's blocks to them; partitions.py installs those maps (physical, sparable — read
as physical: the sparing table only matters on a rewritten CD-RW —, virtual: a VAT, as an
unclosed CD-R/DVD-R written packet by packet carries, and metadata, UDF 2.50+); entries.py reads
file entries and walks the directories; volume.py finds the volume and puts them together.

Everything here reads submitted bytes: what does not parse raises UdfError, which the caller
turns into a finding; a damaged directory is skipped and named in the volume's `problems`."""
