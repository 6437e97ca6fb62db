"""Beyond one machine: the same maps as ``parallel``, as tasks on a Dask cluster (``--scheduler``).

Dask is an optional extra (``pip install 'cfdiff[dask]'``), imported only here. The workers need
cfdiff installed, the same version: the files are read on this machine and their bytes and
articles sent as task arguments, so the workers need no access to them. If a worker's cfdiff
differs from this one (its fingerprint, see ``cache``), the run goes on with a warning but its
results are not cached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

from .cache import fingerprint
from .parallel import chunk_size, encoded_result

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = "pip install 'cfdiff[dask]'"
CONNECT_TIMEOUT = "20s"  # a scheduler that does not answer in this time is an error, not a hang
DASK_CHUNK_MAX = 64  # items per task: a task costs the scheduler ~1 ms, an article ~3 ms to extract


class ClusterError(ValueError):
    """Dask missing or the cluster unusable: one line for the user (the CLI exits 2)."""


def _batch(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [fn(x) for x in items]


class DaskExecutor:
    """Maps as Dask tasks: chunks of items, results gathered in item order."""

    local = False  # workers may run on other machines: they are sent the bytes of input files, not paths

    def __init__(self, address: str, *, warn: Callable[[str], None] | None = None) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ClusterError(f"--scheduler needs Dask, which is not installed: {INSTALL_HINT}") from None
        try:
            self.client: Any = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        try:
            prints = set(self.client.run(fingerprint).values())
        except Exception as e:
            self.client.close()
            raise ClusterError(f"the Dask workers cannot run cfdiff (install it there: pip install cfdiff): "
                               f"{type(e).__name__}: {e}") from None
        if not prints:
            self.client.close()
            raise ClusterError(f"the Dask cluster at {address} has no workers")
        self.trusted = prints == {fingerprint()}
        if not self.trusted and warn:
            warn("the Dask workers run another version of cfdiff; their results are not cached")
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, fn: Callable[[T], R], items: Sequence[T], *, weight: int | None = None,
            encoded: bool = False, light: bool = False) -> Iterator[R | bytes]:
        if not items:
            return iter(())
        size = chunk_size(len(items), self.workers, DASK_CHUNK_MAX)
        chunks = [list(items[i:i + size]) for i in range(0, len(items), size)]
        task = partial(encoded_result, fn) if encoded else fn
        futures = self.client.map(_batch, [task] * len(chunks), chunks, pure=False)
        return self._gather(futures)

    @staticmethod
    def _gather(futures: list[Any]) -> Iterator[Any]:
        try:
            for f in futures:
                yield from f.result()
        finally:
            for f in futures:
                f.release()

    def close(self) -> None:
        self.client.close()
