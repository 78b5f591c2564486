"""Safe output: atomic writes (temporary file + rename), never clobbering without force."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def check_writable(path: str | Path, *, force: bool = False) -> Path:
    """Fail early, before any work, if ``path`` exists and ``force`` is not given."""
    p = Path(path)
    if p.exists() and not force:
        raise OutputError(f"{p}: already exists (use --force to overwrite)")
    if p.exists() and p.is_dir():
        raise OutputError(f"{p}: is a directory")
    return p


def _mode_for(path: Path) -> int:
    """An overwritten file keeps its mode; a new one gets the usual 0666 less the umask
    (``mkstemp`` alone would leave it readable by its owner only)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: str | Path, data: bytes | str, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    A reader never sees a half-written file and an interrupted run leaves the old file.
    """
    p = check_writable(path, force=force)
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = p.parent if str(p.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise OutputError(f"{p}: {e.strerror or e}") from None
    try:
        os.fchmod(fd, _mode_for(p))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if not force and p.exists():
            raise OutputError(f"{p}: already exists (use --force to overwrite)")
        os.replace(tmp, p)
    except OSError as e:
        raise OutputError(f"{p}: {e.strerror or e}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return p
