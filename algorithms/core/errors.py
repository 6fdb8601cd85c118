"""Errors raised by the core; the QGIS glue turns each code into a translated message."""


class CoreError(Exception):
    """A problem with the user's input, named by `code`, with details for the message."""

    def __init__(self, code, **details):
        super().__init__(code, details)
        self.code = code
        self.details = details

    def __str__(self):
        extra = ", ".join(f"{k}={v}" for k, v in sorted(self.details.items()))
        return f"{self.code} ({extra})" if extra else self.code


class Cancelled(Exception):
    """The user cancelled the run; nothing was written."""


def never_cancelled():
    return False


def no_progress(_fraction):
    return None
