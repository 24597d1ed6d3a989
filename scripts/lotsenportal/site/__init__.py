"""Stage 4, after the MkDocs build: what runs over the built site (page checks and CSP,
compaction, light CSS, webfonts, search per language, offline copies, open data). Reads the
stages before it."""
