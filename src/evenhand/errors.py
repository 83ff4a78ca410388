"""Errors that reach the user as one clear line."""


class EvenhandError(Exception):
    """A failure the user can act on; the CLI prints it as one line, never a traceback."""


class InputError(EvenhandError):
    """An input (file, URL, cluster line) that cannot be read as an article."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
