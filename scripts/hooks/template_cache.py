"""MkDocs hook: compile the theme's Jinja templates once per process, not once per language.

mkdocs-static-i18n runs a full MkDocs build for every language, and each build makes a new
Jinja environment that compiles Material's templates again (12 languages: 12 times). A
bytecode cache kept in memory for the life of the process hands every later pass the compiled
code; Jinja still checks each template's source checksum, so an edited template under
`mkdocs serve` is compiled afresh.
"""

from __future__ import annotations

from typing import Any

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket


class _MemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


_CACHE = _MemoryBytecodeCache()


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    env.bytecode_cache = _CACHE
    return env
