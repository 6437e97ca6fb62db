"""A time budget for one piece of work: a guard, so one pathological article cannot stall a whole run.

The extractors are meant to run in linear time (``make fuzzbench`` measures it); the budget only
catches what slips through. It is a real-time interval timer (SIGALRM) whose handler raises
``BudgetExceeded`` wherever the work is, in Python code or inside a ``re``/``regex`` match (both
check for signals while matching). ``BudgetExceeded`` derives from ``BaseException`` so a broad
``except Exception`` in the guarded code cannot swallow it, and the timer keeps firing every
``REFIRE_S`` until the guard is left, in case something swallows it anyway.

Where no timer is available (Windows, a thread other than the main one, or a caller's own
ITIMER_REAL already running) the work runs unguarded: the guard never changes a result, it only
stops work that is over time.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["BudgetExceeded", "time_limit"]

REFIRE_S = 0.05  # after the deadline, the alarm repeats this often until the guard is left


class BudgetExceeded(BaseException):
    """The guarded work ran past its time budget."""


def _usable() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


@contextmanager
def time_limit(seconds: float | None) -> Iterator[bool]:
    """Raise ``BudgetExceeded`` in the ``with`` block once ``seconds`` have passed (None: no limit).

    Yields whether the limit is armed. The previous SIGALRM handler is put back on the way out.
    """
    if seconds is None or not _usable():
        yield False
        return

    def on_alarm(_signum: int, _frame: FrameType | None) -> None:
        raise BudgetExceeded

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3), REFIRE_S)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
