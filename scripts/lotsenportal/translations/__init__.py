"""Stage 2, translate: the gettext catalogs of data texts and labels, and records as one reader
sees them (localized views). Reads `data`."""
