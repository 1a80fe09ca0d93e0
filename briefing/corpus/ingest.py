"""Load a corpus fast: parsed articles kept on disk by content, misses parsed on several cores.

This module owns *how* files reach `pipeline.parse_document` at corpus scale, not what parsing
does. `load_parsed` gives exactly what `pipeline.parse_files` gives (the same articles in the same
order, the same one-line errors), but

- looks each file up in a cache folder first, keyed by the SHA-256 of its bytes and by a
  fingerprint of the parser (`rows.PARSER_VERSION`, the source of every module the parse
  imports, the lexicon files and the versions of the libraries it uses), so an unchanged corpus is
  never parsed twice and any edit to the parser or its word lists starts afresh;
- parses the misses in a pool of worker processes when asked for more than one, in chunks, keeping
  the order of the files.

`load_corpus` also keeps the built tables of a whole corpus (Parquet, keyed by every file's path and
bytes), so reopening an unchanged corpus skips both parsing and building.

A cache entry is one article's rows as zlib-compressed JSON (plain data, never code, so a tampered
cache cannot run anything), written to a temporary file and renamed into place, so a reader sees a
whole entry or none. An entry that cannot be decoded is ignored and the file parsed again; a cache
that cannot be written is skipped. Files that cannot be read are not cached: they are re-read, and
reported again, on every load.

Notes:
    An entry holds the rows of the file as parsed under its first path; a hit is given the path it
    is loaded from now, so moving or copying a corpus keeps its cache. Entries of older parser
    versions stay in sibling folders (`v-<fingerprint>/`) until someone deletes them; any folder
    under the cache can be deleted at any time.
    Workers are started with the "forkserver" method, not "fork": the dashboard calls this from a
    thread of a multi-threaded server, and forking such a process can deadlock the child. They never
    re-run the parent's main script (under Streamlit, the app), which multiprocessing otherwise does.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import importlib.machinery
import importlib.metadata
import json
import logging
import multiprocessing
import os
import shutil
import stat
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefing.corpus import rows, schema
from briefing.corpus.build import Corpus, build_corpus
from briefing.corpus.rows import ParsedArticle, parse_document
from briefing.parse.read import MAX_FILE_BYTES, ArticleError, discover, is_article_name, read_file

# read_bytes treats a file as HTML by its name too, so the same bytes under a .html name parse differently.
_HTML_NAMES = (".html", ".htm")
_ENTRY_MAGIC = b"HBC1\n"
# Starting a worker costs about a second (imports, lexicons); below this much text one core is faster.
MIN_POOL_BYTES = 200_000
# Chunks small enough to balance two cores at the end of a run, large enough to keep messages few.
_MAX_CHUNK = 64
_MISSING = object()
# Two dashboard sessions may load at once: one at a time changes `__main__` while its workers start.
_WORKER_START = threading.Lock()

logger = logging.getLogger(__name__)


@dataclass
class LoadStats:
    """What one load did: for benchmarks and logs."""

    files: int = 0
    cached: int = 0
    parsed: int = 0
    errors: int = 0
    workers: int = 1
    seconds: float = 0.0


# --------------------------------------------------------------------------- the parser's fingerprint


def _module_source(name: str, package_dir: Path) -> Path | None:
    """The .py file of a module of this package, or None (`from briefing.x import y`: y is no module)."""
    parts = name.split(".")[1:]
    if not parts:
        return package_dir / "__init__.py"
    for candidate in (package_dir.joinpath(*parts).with_suffix(".py"), package_dir.joinpath(*parts, "__init__.py")):
        if candidate.is_file():
            return candidate
    return None


def _imports(source: Path) -> set[str]:
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
        for imported in sorted(_imports(source)):
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


# --------------------------------------------------------------------------- cache entries


def _entry_path(root: Path, sha256: str, path: str) -> Path:
    kind = "html" if path.lower().endswith(_HTML_NAMES) else "text"
    return root / sha256[:2] / f"{sha256}-{kind}.json.z"


def _encode(article: ParsedArticle) -> bytes:
    text = json.dumps(vars(article), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _ENTRY_MAGIC + zlib.compress(text.encode("utf-8"), 1)


def _decode(data: bytes) -> ParsedArticle:
    if not data.startswith(_ENTRY_MAGIC):
        raise ValueError("not a cache entry")
    return ParsedArticle(**json.loads(zlib.decompress(data[len(_ENTRY_MAGIC) :])))


def _write_entry(root: Path, article: ParsedArticle) -> None:
    """Store one article's rows, whole or not at all; a failure only costs a parse next time."""
    try:
        data = _encode(article)
        if _decode(data) != article:  # e.g. a tuple would come back as a list: never serve a changed row
            logger.warning("not cached (rows do not survive JSON): %s", article.article["path"])
            return
        target = _entry_path(root, article.article["sha256"], article.article["path"])
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, TypeError, ValueError) as exc:
        logger.debug("cache write failed for %s: %s", article.article.get("path"), exc)


def _read_entry(root: Path, path: Path) -> ParsedArticle | None:
    """The cached rows of this file's current bytes, or None (not cached, unreadable, corrupt)."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return None  # read_file will say why
            sha256 = hashlib.sha256(handle.read(MAX_FILE_BYTES + 1)).hexdigest()
        entry = _entry_path(root, sha256, name).read_bytes()
    except OSError:
        return None
    try:
        article = _decode(entry)
        if article.article["sha256"] != sha256:
            raise ValueError("entry is for other bytes")
    except Exception as exc:  # whatever is wrong with an entry, parsing again is the cure
        logger.warning("ignoring a corrupt cache entry for %s (%s)", name, type(exc).__name__)
        return None
    article.article["path"] = name
    return article


# --------------------------------------------------------------------------- parsing


def _parse_path(path: str, cache_root: str | None) -> ParsedArticle | str:
    """One file's rows (cached if a cache is given), or its one-line reason for being skipped.

    Runs in the worker processes: takes and returns only picklable things.
    """
    try:
        article = parse_document(read_file(path))
    except ArticleError as exc:
        return str(exc)
    if cache_root is not None:
        _write_entry(Path(cache_root), article)
    return article


@contextlib.contextmanager
def _main_not_rerun_in_workers() -> Iterator[None]:
    """Workers started meanwhile do not re-run the parent's main script.

    A "spawn" or "forkserver" child runs the parent's `__main__` file again (as `__mp_main__`) unless
    that module's spec names a `__main__` module, as `python -m package` does. Under Streamlit,
    `__main__` is the app script: a worker would draw the app and load the corpus again. Workers
    here only need `briefing.corpus.ingest`, so for the moment they start `__main__` is given such a spec.
    """
    main = sys.modules.get("__main__")
    if main is None or getattr(getattr(main, "__spec__", None), "name", None) is not None:
        yield  # started by module name: multiprocessing already leaves it alone
        return
    saved = main.__spec__ if "__spec__" in vars(main) else _MISSING
    main.__spec__ = importlib.machinery.ModuleSpec("__main__", None)
    try:
        yield
    finally:
        if saved is _MISSING:
            del main.__spec__
        else:
            main.__spec__ = saved


def _parse_all(paths: list[str], cache_root: str | None, workers: int) -> list[ParsedArticle | str]:
    if workers <= 1:
        return [_parse_path(p, cache_root) for p in paths]
    # forkserver: see the module's notes. The server imports the pipeline once; workers fork from it.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    chunk = max(1, min(_MAX_CHUNK, len(paths) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # map() submits every chunk at once, and a pool starts its processes as work is submitted.
        with _WORKER_START, _main_not_rerun_in_workers():
            results = pool.map(_parse_path, paths, [cache_root] * len(paths), chunksize=chunk)
        return list(results)


def _pool_size(workers: int, paths: list[str]) -> int:
    """Worker processes worth starting for these files (1: parse here)."""
    if workers <= 1 or len(paths) < 2:
        return 1
    size = 0
    for path in paths:
        try:
            size += os.stat(path).st_size
        except OSError:
            continue
        if size >= MIN_POOL_BYTES:
            return min(workers, len(paths))
    return 1


def _resolve_workers(workers: int | None) -> int:
    """`workers` as a count: 0 or None means every core this process may use."""
    if not workers:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if workers < 0:
        raise ValueError(f"workers must be 0 (all cores) or more, not {workers}")
    return workers


def files_signature(paths: Iterable[str | Path]) -> str:
    """A digest of the names, sizes and modification times of the article files `discover` would find.

    One `stat` per file and no reads (`os.scandir`, no Path per file), so a dashboard can take it often
    and still notice a file added, removed or edited; the files' bytes are hashed only when it changes
    (by `load_parsed`).
    """
    digest = hashlib.sha256()
    for given in paths:
        path = str(given)
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0")
        if os.path.isdir(path):
            _digest_folder(digest, path)
        else:
            digest.update(_stat_line(path, None))
    return digest.hexdigest()


def _digest_folder(digest: hashlib._Hash, folder: str) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        digest.update(f"{folder}\0error:{exc.errno}\n".encode("utf-8", "surrogateescape"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            _digest_folder(digest, entry.path)
        elif is_article_name(entry.name):
            digest.update(_stat_line(entry.path, entry))


def _stat_line(path: str, entry: os.DirEntry | None) -> bytes:
    try:
        info = entry.stat() if entry is not None else os.stat(path)
        facts = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"
    except OSError as exc:
        facts = f"error:{exc.errno}"
    return f"{path}\0{facts}\n".encode("utf-8", "surrogateescape")


def load_parsed(
    paths: Iterable[str | Path],
    workers: int | None = 1,
    cache_dir: str | Path | None = None,
    stats: LoadStats | None = None,
) -> tuple[list[ParsedArticle], list[str]]:
    """Parsed articles of every file under the given files and folders, plus one-line errors.

    The same result as `pipeline.parse_files(paths)`, from the cache where the parser has seen a
    file's bytes before. `workers` > 1 parses the misses in that many processes (0: all cores);
    `cache_dir` None means no cache. Pass a `LoadStats` to learn how many came from the cache.
    """
    started = time.perf_counter()
    workers = _resolve_workers(workers)
    files, problems = discover(paths)
    root = Path(cache_dir) / f"v-{parser_key()}" if cache_dir is not None else None
    results: list[ParsedArticle | str | None] = [None] * len(files)
    if root is not None:
        for i, path in enumerate(files):
            results[i] = _read_entry(root, path)
    todo = [i for i, result in enumerate(results) if result is None]
    todo_paths = [str(files[i]) for i in todo]
    pool = _pool_size(workers, todo_paths)
    for i, result in zip(todo, _parse_all(todo_paths, str(root) if root else None, pool), strict=True):
        results[i] = result
    parsed = [r for r in results if isinstance(r, ParsedArticle)]
    errors = [str(p) for p in problems] + [r for r in results if isinstance(r, str)]
    if stats is not None:
        stats.files = len(files)
        stats.cached = len(files) - len(todo)
        stats.parsed = sum(1 for i in todo if isinstance(results[i], ParsedArticle))
        stats.errors = len(errors)
        stats.workers = pool
        stats.seconds = time.perf_counter() - started
    logger.info("%d files: %d from cache, %d parsed on %d core(s)", len(files), len(files) - len(todo), len(todo), pool)
    return parsed, errors


def load_corpus(paths: Iterable[str | Path], workers: int | None = 1, cache_dir: str | Path | None = None) -> Corpus:
    """The corpus of every article under the given files and folders (see `load_parsed`).

    With a cache, the built tables are kept too, as a snapshot keyed by every file's path and bytes:
    a dashboard restarted on an unchanged corpus reads six Parquet files instead of decoding one
    entry per article and building the tables again (at 10,000 articles, about 1 s instead of 11 s).
    """
    paths = list(paths)
    if cache_dir is None:
        return build_corpus(*load_parsed(paths, workers=workers))
    files, problems = discover(paths)
    snapshots = Path(cache_dir) / f"v-{parser_key()}" / "corpora"
    key = _corpus_key(files, [str(p) for p in problems])
    corpus = _read_snapshot(snapshots / key)
    if corpus is None:
        corpus = build_corpus(*load_parsed(paths, workers=workers, cache_dir=cache_dir))
        _write_snapshot(snapshots, key, corpus)
    return corpus


# --------------------------------------------------------------------------- corpus snapshots

SNAPSHOTS_KEPT = 3  # the newest corpora kept; an older one is rebuilt from the article entries
_TEXTS = "texts.parquet"
_ERRORS = "errors.json"


def _corpus_key(files: list[Path], problems: list[str]) -> str:
    """The parser, and each file's path and bytes (or why it cannot be read), in order: a snapshot's name."""
    digest = hashlib.sha256(parser_key().encode("utf-8") + b"\n")
    for problem in problems:
        digest.update(b"problem\0" + problem.encode("utf-8", "surrogateescape") + b"\n")
    for path in files:
        try:
            with open(path, "rb") as handle:
                facts = hashlib.sha256(handle.read(MAX_FILE_BYTES + 1)).hexdigest()
        except OSError as exc:
            facts = f"error:{exc.errno}"
        digest.update(f"{path}\0{facts}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:32]


def _read_snapshot(folder: Path) -> Corpus | None:
    """The corpus saved in `folder`, or None (absent, damaged, or of other columns: it is rebuilt)."""
    if not folder.is_dir():
        return None
    try:
        tables = {}
        for name in schema.TABLES:
            table = pd.read_parquet(folder / f"{name}.parquet")
            empty = schema.frame(name, [])
            if list(table.columns) != list(empty.columns):
                raise ValueError(f"{name}: other columns")
            tables[name] = table.astype(empty.dtypes.to_dict())
        texts = pd.read_parquet(folder / _TEXTS)
        errors = json.loads((folder / _ERRORS).read_text(encoding="utf-8"))
        if not isinstance(errors, list) or not all(isinstance(line, str) for line in errors):
            raise ValueError("errors: not a list of lines")
        bodies = dict(zip(texts["article_id"].tolist(), texts["body"].tolist(), strict=True))
    except Exception as exc:  # whatever is wrong with a snapshot, building the corpus again is the cure
        logger.warning("ignoring a damaged corpus snapshot %s (%s)", folder.name, type(exc).__name__)
        shutil.rmtree(folder, ignore_errors=True)  # so the rebuilt one can take its place
        return None
    return Corpus(tables, bodies, errors)


def _write_snapshot(snapshots: Path, key: str, corpus: Corpus) -> None:
    """Save the corpus whole or not at all (written aside, renamed into place); keep the newest few."""
    try:
        snapshots.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=snapshots, prefix=".tmp-"))
        try:
            for name, table in corpus.tables.items():
                table.to_parquet(staging / f"{name}.parquet", index=False)
            texts = pd.DataFrame({"article_id": list(corpus.texts), "body": list(corpus.texts.values())})
            texts.astype("string").to_parquet(staging / _TEXTS, index=False)
            (staging / _ERRORS).write_text(json.dumps(corpus.errors, ensure_ascii=False), encoding="utf-8")
            os.replace(staging, snapshots / key)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        kept = sorted((p for p in snapshots.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime)
        for old in kept[:-SNAPSHOTS_KEPT]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:  # another process wrote it first, a full disk: only a rebuild next time
        logger.debug("corpus snapshot not written: %s", exc)
