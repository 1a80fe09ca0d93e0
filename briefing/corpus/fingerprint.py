"""The parser's fingerprint: what names the parse cache's folder, so any change to the parser starts afresh.

Owns one question: which code, word lists and library versions produced a cached article? The answer is a
SHA-256 over `rows.PARSER_VERSION`, the source of every package module the row builder imports (followed
through imports, read as text, nothing run), the lexicon files and the versions of the third-party
libraries those modules import. The dashboard's and the charts' code are not in it.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.metadata
import importlib.util
import sys
from pathlib import Path

from briefing.corpus import rows


def _module_source(name: str, package_dir: Path) -> Path | None:
    """The .py file of a module of this package, or None (`from briefing.x import y`: y is no module)."""
    parts = name.split(".")[1:]
    if not parts:
        return package_dir / "__init__.py"
    for candidate in (package_dir.joinpath(*parts).with_suffix(".py"), package_dir.joinpath(*parts, "__init__.py")):
        if candidate.is_file():
            return candidate
    return None


def imports(source: Path) -> set[str]:
    """Modules a file imports (absolute names; `from briefing import x` gives `briefing.x` too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_bytes(), filename=str(source))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def fingerprint(package_dir: Path, entry: str) -> str:
    """SHA-256 over module `entry` of the package in `package_dir` and every package module it imports
    (followed through imports), the package's lexicons, and the versions of the libraries they import."""
    package = entry.split(".")[0]
    digest = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}\0".encode())
    todo, seen, third_party = [entry], set(), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        source = _module_source(name, package_dir)
        if source is None:
            continue
        digest.update(name.encode() + b"\0" + source.read_bytes() + b"\0")
        for imported in sorted(imports(source)):
            top = imported.split(".")[0]
            if top == package:
                todo.append(imported)
            elif top not in sys.stdlib_module_names:
                third_party.add(top)
    lexicons = package_dir / "parse" / "lexicons"
    for path in sorted(p for p in lexicons.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(lexicons)).encode() + b"\0" + path.read_bytes() + b"\0")
    distributions = importlib.metadata.packages_distributions()
    for top in sorted(third_party):
        for dist in sorted(distributions.get(top, [top])):
            try:
                version = importlib.metadata.version(dist)
            except importlib.metadata.PackageNotFoundError:
                version = "?"
            digest.update(f"{dist}=={version}\0".encode())
    return digest.hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """The running parser's fingerprint, taken once per process (the code it runs is loaded once too)."""
    return fingerprint(Path(rows.__file__).resolve().parents[1], rows.__name__)


def parser_key() -> str:
    """Names the cache folder: changes with PARSER_VERSION, any parser source, lexicon or library."""
    return hashlib.sha256(f"{rows.PARSER_VERSION}\0{_code_fingerprint()}".encode()).hexdigest()[:20]
