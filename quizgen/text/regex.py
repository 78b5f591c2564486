"""Compiled regular expressions kept between runs.

The tagger's and extractors' large patterns (tries of lexicon words, 2-7 kB each) take
~0.3 s to compile in every process: more than a batch of 100 articles takes to extract.
CPython compiles a pattern in Python code (``re._parser`` and ``re._compiler``) into a list
of opcodes that ``_sre.compile`` turns into a pattern object; ``compile`` below keeps those
opcodes in the user's cache folder, so later processes skip the Python part.

Only patterns fixed in the code belong here, not ones built from article text. The cache
is keyed by the exact interpreter build, ``_sre.MAGIC`` and our version; a checksum guards
the file and ``_sre`` validates the opcodes it is given; a cache that is missing, stale,
corrupt or unwritable is ignored. Like Python's own ``.pyc`` files, the cache is trusted
once its checksum holds: opcodes edited on purpose can crash the interpreter. On other interpreters, or with ``QUIZGEN_CACHE_DIR`` set
to an empty string, this is plain ``re.compile``.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

try:  # CPython's regex engine; absent or different elsewhere
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None  # type: ignore[assignment]

Entry = tuple  # (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile

_cache: dict[tuple[str, int], Entry] | None = None
_file: Path | None = None
_added = False
# Versions whose ``re._compiler.compile`` hands ``_sre.compile`` exactly what ``_fresh`` does.
_CHECKED = ((3, 11), (3, 12), (3, 13))
_MAX_ENTRIES = 2000  # the static patterns number a few hundred; this bounds a misuse


def _cache_file() -> Path | None:
    """Where the cache lives for this interpreter build, or None when caching is off."""
    folder = os.environ.get("QUIZGEN_CACHE_DIR")
    if folder == "" or _sre is None or sys.implementation.name != "cpython" or sys.version_info[:2] not in _CHECKED:
        return None
    if folder is None:
        from platformdirs import user_cache_path

        base = user_cache_path("quizgen", appauthor=False)
    else:
        base = Path(folder)
    from .. import __version__

    # A new interpreter or quizgen release starts a new file, so stale patterns never pile up.
    build = hashlib.sha1(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{__version__}".encode()).hexdigest()[:12]
    return base / f"regex-{build}.marshal"


def _load() -> dict[tuple[str, int], Entry] | None:
    """The cached opcodes (read once per process), or None when caching is off."""
    global _cache, _file
    if _cache is None:
        _file = _cache_file()
        _cache = {}
        if _file is None:
            return None
        try:
            blob = _file.read_bytes()
            if hashlib.sha1(blob[20:]).digest() == blob[:20]:
                _cache = marshal.loads(blob[20:])
        except (OSError, ValueError, EOFError, TypeError):
            pass
        atexit.register(_save)
    return _cache if _file is not None else None


def _save() -> None:
    """Write the cache back when this process compiled new patterns (atomic replace)."""
    if not _added or _file is None:
        return
    try:
        _file.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(_cache)
        tmp = _file.with_name(f".{_file.name}.{os.getpid()}.tmp")
        tmp.write_bytes(hashlib.sha1(payload).digest() + payload)
        os.replace(tmp, _file)
    except (OSError, ValueError):
        pass  # a read-only home or a full disk only costs the next run its compile time


def _fresh(pattern: str, flags: int) -> tuple[re.Pattern, Entry]:
    """Compile as ``re._compiler.compile`` does, keeping the opcodes it hands to ``_sre``."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *entry), entry


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, served from the on-disk cache when it holds the pattern."""
    global _added
    flags = int(flags)
    cache = _load()
    if cache is None:
        return re.compile(pattern, flags)
    entry = cache.get((pattern, flags))
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (RuntimeError, TypeError, ValueError):
            pass  # opcodes that do not fit this build: compile afresh
    try:
        rx, entry = _fresh(pattern, flags)
    except (AttributeError, TypeError, RuntimeError):  # the internals changed: no caching
        return re.compile(pattern, flags)
    if len(cache) < _MAX_ENTRIES:
        cache[(pattern, flags)] = entry
        _added = True
    return rx
