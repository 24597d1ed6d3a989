"""Stage 1, load and validate: a data folder read with positions, checked against the one
schema, cross-checked across files; the German message catalogue every stage speaks with."""
