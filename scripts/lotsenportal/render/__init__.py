"""Stage 3, render: the data as Markdown pages per language (plan, templates, views), with
vCards, JSON-LD, feeds, flyers; also the staff report and the editors' JSON Schemas. Reads
`data` and `translations`."""
