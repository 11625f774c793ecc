"""Archives on a disc: base.py holds what a reader gives and takes (a listing, its members, the
sink a member is unpacked into); zip_reader.py, seven_zip.py and rar.py are the readers, each
building on base.py alone; reading.py chooses the reader for an archive and holds the caps;
volumes.py finds the multi-volume sets among a disc's files."""
