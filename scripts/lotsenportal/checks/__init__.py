"""Stage 5, check: the quality gates over a built site (links, HTML, weight, Chromium and
axe-core, external links, comparing two builds). Reads the stages before it."""
