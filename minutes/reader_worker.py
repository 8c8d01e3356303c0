"""The worker process side of `minutes.bounded`: reads one document at a time from a pipe.

Importing this module imports every reader (pypdf, python-docx, lxml) and the parser, so the
forkserver that preloads it hands each new worker a warm interpreter. Before each document the
worker lowers its own soft limits: address space to the memory budget (an allocation past it
raises MemoryError instead of growing the server's memory) and CPU time to twice the time budget
(so a worker whose parent died cannot spin for ever). After a MemoryError, or when a document left
it large, the worker exits and the pool starts a fresh one.
"""

from __future__ import annotations

import logging
import math
import os
import resource
import sys
import time
import traceback
from multiprocessing.connection import Connection

import docx  # noqa: F401  (imported here so that forked workers start with it loaded)
import pypdf  # noqa: F401

from minutes.errors import MinutesError, UnsupportedFormat
from minutes.extract import extract_text
from minutes.formats import bytes_to_text
from minutes.limits import MB, ExtractLimits
from minutes.model import Extraction
from minutes.worker_messages import EXIT_OUT_OF_MEMORY, Done, Job, Refused, Stats

RETIRE_RSS_BYTES = 300 * MB
"""A worker that holds more than this after a document exits, so a large file's memory is given back."""


def read(job: Job) -> Extraction:
    text = bytes_to_text(job.data, source=job.source, content_type=job.content_type, limits=job.limits)
    return extract_text(text, source=job.source)


def _memory() -> tuple[int, int]:
    """(address space, resident) in bytes, from /proc (0, 0 where there is none)."""
    try:
        with open("/proc/self/statm") as f:
            size, resident = f.read().split()[:2]
        page = os.sysconf("SC_PAGE_SIZE")
        return int(size) * page, int(resident) * page
    except (OSError, ValueError):
        return 0, 0


def _stats(started: float) -> Stats:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Stats(time.perf_counter() - started, peak, _memory()[1])


def _should_retire(limits: ExtractLimits) -> bool:
    """Whether what the last document left behind would crowd the next one's budget."""
    size, resident = _memory()
    return resident > RETIRE_RSS_BYTES or size > limits.memory_bytes // 2


def _set_budget(limits: ExtractLimits) -> None:
    _, hard_as = resource.getrlimit(resource.RLIMIT_AS)
    soft_as = limits.memory_bytes if hard_as == resource.RLIM_INFINITY else min(limits.memory_bytes, hard_as)
    resource.setrlimit(resource.RLIMIT_AS, (soft_as, hard_as))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, hard_cpu = resource.getrlimit(resource.RLIMIT_CPU)
    soft_cpu = math.ceil(usage.ru_utime + usage.ru_stime + 2 * limits.seconds + 1)
    if hard_cpu != resource.RLIM_INFINITY:
        soft_cpu = min(soft_cpu, hard_cpu)
    resource.setrlimit(resource.RLIMIT_CPU, (soft_cpu, hard_cpu))


def serve(conn: Connection) -> None:
    """The worker's loop: a Job in, a Done or a Refused out, until the pipe closes."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # "incorrect startxref": the refusal says enough
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        started = time.perf_counter()
        try:
            _set_budget(job.limits)
            answer: Done | Refused = Done(read(job), _stats(started))
        except MemoryError:
            os._exit(EXIT_OUT_OF_MEMORY)
        except MinutesError as exc:
            answer = Refused(type(exc).__name__, str(exc), _stats(started))
        except Exception as exc:  # a reader or parser bug: the document is unreadable, the worker lives on
            traceback.print_exc(file=sys.stderr)
            answer = Refused(
                UnsupportedFormat.__name__,
                f"{job.source or 'the document'} could not be read ({type(exc).__name__}); "
                "check it opens, or send the PDF, DOCX or HTML version",
                _stats(started),
            )
        limits = job.limits
        del job
        try:
            conn.send(answer)
        except MemoryError:
            os._exit(EXIT_OUT_OF_MEMORY)
        except OSError:
            return
        if _should_retire(limits):
            return
