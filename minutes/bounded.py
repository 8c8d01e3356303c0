"""Reading a document off the event loop, in a worker process, within a time and a memory budget.

A parse that runs away (a zip bomb, a page tree built to be slow, a pathological text) can only be
stopped from outside, so documents are read in worker processes that the pool kills at the
deadline. Starting a Python process and importing the readers costs a few hundred milliseconds,
so workers are kept: a small pool (one per core, at most two) of warm workers, forked from a
forkserver that has the readers imported already, so replacing a killed worker costs a fork
(tens of milliseconds), not an interpreter start and the readers' imports (0.3 s). An ordinary
document costs one round trip on a pipe (about 1 ms for the 91 kB seed agenda pack).

Forked workers re-import the main module, as multiprocessing does for every child it starts, so
an entry point must keep its `if __name__ == "__main__":` guard (the `committee-bot` script does).

The waiting is done in the pool's own threads (one per worker), so the event loop stays free and
a queue of uploads does not take the threads that `asyncio.to_thread` callers need.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess

from minutes import errors
from minutes.errors import MinutesError, OverBudget
from minutes.limits import ExtractLimits, extract_limits, megabytes
from minutes.model import Extraction
from minutes.worker_messages import EXIT_OUT_OF_MEMORY, Done, Job, Refused, Stats

log = logging.getLogger(__name__)

WORKER_MODULE = "minutes.reader_worker"


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([WORKER_MODULE])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx: BaseContext) -> None:
        from minutes.reader_worker import serve  # the worker's imports stay out of this process

        parent, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=serve, args=(child,), name="minutes-reader", daemon=True
        )
        self.process.start()
        child.close()
        self.conn: Connection = parent
        self.jobs = 0

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


@dataclass(frozen=True)
class Outcome:
    """What a document gave, with the measurements of reading it."""

    extraction: Extraction
    stats: Stats
    seconds: float
    """Wall time seen by the caller: waiting for a free worker and the pipe both ways included."""


class _Timeout(Exception):
    pass


class _Died(Exception):
    def __init__(self, exitcode: int | None) -> None:
        self.exitcode = exitcode


class ReaderPool:
    """Warm worker processes; `read` runs one document in one of them."""

    def __init__(self, size: int | None = None) -> None:
        self.size = size or max(1, min(2, os.cpu_count() or 1))
        self._ctx: BaseContext | None = None
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(self.size, thread_name_prefix="minutes-reader")

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
                worker.stop()
            if self._ctx is None:
                self._ctx = _context()
            ctx = self._ctx
        return _Worker(ctx)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)

    def _exchange(self, worker: _Worker, job: Job) -> Done | Refused:
        worker.conn.send(job)
        if not worker.conn.poll(job.limits.seconds):
            raise _Timeout
        answer: Done | Refused = worker.conn.recv()
        return answer

    def _run(self, job: Job) -> Done | Refused:
        """Blocking: one document in one worker, retried once on a fresh worker if an idle one
        turns out to have died before it took the job (killed from outside, retired)."""
        for attempt in (1, 2):
            worker = self._take()
            fresh = worker.jobs == 0
            try:
                answer = self._exchange(worker, job)
            except _Timeout:
                worker.stop()
                raise
            except (EOFError, OSError):
                worker.process.join(5)
                code = worker.process.exitcode
                worker.stop()
                if attempt == 1 and not fresh and code not in (EXIT_OUT_OF_MEMORY, -signal.SIGXCPU):
                    continue
                raise _Died(code) from None
            worker.jobs += 1
            if worker.alive():
                self._give_back(worker)
            else:
                worker.stop()
            return answer
        raise AssertionError("unreachable")

    async def measure(
        self,
        data: bytes,
        *,
        source: str,
        content_type: str | None = None,
        limits: ExtractLimits | None = None,
    ) -> tuple[Done | Refused, float]:
        """The worker's answer and the wall time it took; OverBudget (time or memory) or
        MinutesError (the worker died) when there is no answer. `read` is this, for callers."""
        limits = limits or extract_limits()
        job = Job(data, source, content_type, limits)
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        try:
            answer = await loop.run_in_executor(self._executor, self._run, job)
        except _Timeout:
            raise OverBudget(
                f"reading {source or 'the document'} took longer than {limits.seconds:g} s, the limit, "
                "so I stopped; nothing was imported. Send the minutes on their own rather than a whole "
                "agenda pack, or another format (PDF, DOCX or HTML)"
            ) from None
        except _Died as died:
            if died.exitcode == EXIT_OUT_OF_MEMORY:
                raise OverBudget(
                    f"reading {source or 'the document'} needed more than {megabytes(limits.memory_bytes)} "
                    "of memory, the limit, so I stopped; nothing was imported. Send the minutes on their "
                    "own rather than a whole agenda pack, or another format (PDF, DOCX or HTML)"
                ) from None
            log.warning("minutes reader process ended with %s reading %s", died.exitcode, source)
            raise MinutesError(
                f"the reader stopped unexpectedly on {source or 'the document'} (exit {died.exitcode}); "
                "nothing was imported. Check the file opens, or send another format (PDF, DOCX or HTML)"
            ) from None
        return answer, time.perf_counter() - started

    async def read(
        self,
        data: bytes,
        *,
        source: str,
        content_type: str | None = None,
        limits: ExtractLimits | None = None,
    ) -> Outcome:
        answer, seconds = await self.measure(data, source=source, content_type=content_type, limits=limits)
        if isinstance(answer, Refused):
            raise _error(answer)
        return Outcome(answer.extraction, answer.stats, seconds)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)


def _error(refused: Refused) -> MinutesError:
    """The worker's refusal as the MinutesError it was in the worker (by name; the message is kept)."""
    kind = getattr(errors, refused.kind, MinutesError)
    if not (isinstance(kind, type) and issubclass(kind, MinutesError)):
        kind = MinutesError
    return kind(refused.message)


_pool: ReaderPool | None = None
_pool_lock = threading.Lock()


def pool() -> ReaderPool:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ReaderPool()
        return _pool


async def extract_document(
    data: bytes, *, source: str, content_type: str | None = None, limits: ExtractLimits | None = None
) -> Extraction:
    """What a document agrees, read in a worker process within the time and memory budgets and the
    caps of `minutes.limits`. Errors are MinutesErrors that say which bound was passed."""
    outcome = await pool().read(data, source=source, content_type=content_type, limits=limits)
    return outcome.extraction
