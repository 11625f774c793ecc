"""Several threads doing the same thing at the same moment, as the window's reader and a job do."""

from __future__ import annotations

import threading
from collections.abc import Callable


def at_once(work: Callable[[threading.Barrier], None], count: int = 4) -> list[BaseException]:
    """Run work in `count` threads, each given a barrier to line up with the others where it
    matters; what they raised comes back. A thread that fails breaks the barrier, so the others
    stop waiting for it instead of hanging the test run."""
    errors: list[BaseException] = []
    together = threading.Barrier(count)

    def run() -> None:
        try:
            work(together)
        except BaseException as exc:  # collected for the caller's assertion
            errors.append(exc)
            together.abort()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
