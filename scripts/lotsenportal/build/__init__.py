"""Stage 6, build: what drives the others — validate and generate, MkDocs on several cores,
the federation of Kreise, private workspaces, the stack patches, publishing, flyer PDFs."""
