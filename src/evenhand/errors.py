"""Errors that reach the user as one clear line."""


class EvenhandError(Exception):
    """A failure the user can act on; the CLI prints it as one line, never a traceback."""


class UsageError(EvenhandError):
    """A command line that asks for something it cannot have (options that go together apart, a
    slider out of range, no input): the CLI's exit code 2, as for the parser's own usage errors."""


class InputError(EvenhandError):
    """An input (file, URL, cluster line) that cannot be read as an article."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def clip(text: str, limit: int) -> str:
    """``text`` as an error line shows it: at most ``limit`` characters, its cut marked "…" (a
    source's cell or a command-line value may be megabytes long)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def log_unexpected(exc: BaseException) -> str:
    """Write ``exc``'s traceback to a new log file and return its path: for bugs, which the user reports
    with the log, while the terminal gets one line. Falls back to "(no log written)" where nothing is writable."""
    import os
    import tempfile
    import time
    import traceback

    text = "".join(traceback.format_exception(exc))
    try:
        folder = os.environ.get("EVENHAND_LOG_DIR") or tempfile.gettempdir()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        fd, path = tempfile.mkstemp(prefix=f"evenhand-error-{stamp}-", suffix=".log", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError:
        return "(no log written)"
    return path
