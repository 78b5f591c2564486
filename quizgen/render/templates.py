"""The Jinja2 environment shared by the renderers, with autoescaping always on.

Templates live in the top-level ``templates/`` folder of the source tree; the wheel ships
them inside the package as ``quizgen/templates`` (see pyproject.toml), so both an
installed and a source checkout find them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import QuizgenError


def template_dir() -> Path:
    """Where the templates are: inside the installed package, else the source tree."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise QuizgenError("quizgen's templates are missing: reinstall quizgen")


@lru_cache(maxsize=1)
def environment():
    """A Jinja2 environment over the templates; every ``.j2``/``.html`` template autoescapes."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir())),
        autoescape=True,  # article text is never markup, in any template
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


def read_asset(name: str) -> str:
    """A static file from the templates folder (CSS, JS) to inline into a page."""
    return (template_dir() / name).read_text(encoding="utf-8")
