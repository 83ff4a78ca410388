"""Local inputs: regular files only, read with a cap on the bytes actually read, and folders walked
with every problem (an unreadable folder, a symlink loop) reported rather than skipped.

``stat`` can lie (a symlink to ``/dev/zero`` says size 0, a FIFO never ends), so a file is opened
without blocking, checked to be a regular file on the open descriptor, and read no further than its cap.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ..errors import InputError
from .decode import gunzip_capped

ErrorSink = Callable[[InputError], None]


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    return exc.strerror or exc.__class__.__name__


def _kind(mode: int) -> str | None:
    """What a non-regular file is, or None for a regular file."""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _open_fd(path: Path) -> int:
    """A descriptor of ``path`` if it is a regular file: opened without blocking (a FIFO would wait
    for a writer forever), then checked on the descriptor itself, so no swap can happen in between."""
    name = str(path)
    try:
        kind = _kind(os.stat(path).st_mode)  # before opening: a socket cannot be opened at all
        if kind is not None:
            raise InputError(name, f"not a regular file ({kind}), not read")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(name, f"cannot read ({_why(exc)})") from None
    try:
        kind = _kind(os.fstat(fd).st_mode)
    except OSError as exc:
        os.close(fd)
        raise InputError(name, f"cannot read ({_why(exc)})") from None
    if kind is not None:
        os.close(fd)
        raise InputError(name, f"not a regular file ({kind}), not read")
    return fd


def open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading if it is a regular file (see `_open_fd`); else `InputError`."""
    return os.fdopen(_open_fd(path), "rb")


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, refused (as `InputError`) if it is anything else or holds over ``limit``."""
    name = str(path)
    fd = _open_fd(path)
    try:
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputError(name, f"cannot read ({_why(exc)})") from None
    finally:
        os.close(fd)
    if size > limit:
        raise InputError(
            name, f"file is over the {limit / 1e6:g} MB limit ([limits] max_file_bytes in a --config file)"
        )
    return b"".join(chunks)


def read_maybe_gzip(path: Path, limit: int) -> bytes:
    """A file's bytes, gunzipped if they are gzip, the cap holding for the decompressed bytes too."""
    return gunzip_capped(read_capped(path, limit), limit, str(path))


def walk(folder: Path, on_error: ErrorSink) -> Iterator[Path]:
    """Every regular file under ``folder`` but hidden ones (symlinks followed, each real folder once),
    sorted per folder; unreadable folders, broken links, loops and special files go to ``on_error``."""
    seen: set[tuple[int, int]] = set()
    yield from _walk(folder, on_error, seen)


def _walk(folder: Path, on_error: ErrorSink, seen: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:
            on_error(InputError(str(folder), "symlink loop (folder already read), skipped"))
            return
        seen.add((info.st_dev, info.st_ino))
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        on_error(InputError(str(folder), f"cannot read folder ({_why(exc)})"))
        return
    for entry in entries:
        if entry.name.startswith("."):  # hidden files and folders are nobody's articles
            continue
        path = Path(entry.path)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            on_error(InputError(str(path), f"cannot read ({_why(exc)})"))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, on_error, seen)
        elif stat.S_ISREG(mode):
            yield path
        else:
            on_error(InputError(str(path), f"not a regular file ({_kind(mode)}), not read"))
