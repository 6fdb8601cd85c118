"""Errors raised by the core; the QGIS glue turns each code into a translated message."""
import functools


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


def releases_on_failure(function):
    """Re-raise CoreError/Cancelled without the inner frames, so their GDAL handles close now."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (CoreError, Cancelled) as error:
            failure = error
        failure.__traceback__ = None
        raise failure

    return wrapper
