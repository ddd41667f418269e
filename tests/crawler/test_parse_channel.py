"""The parse worker's channel: each page gets its own result or its own error, whatever the
worker raised, and a result that cannot be read back fails only its page."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from baochi.crawler.parse_channel import Channel, WorkerDied


class OddError(Exception):
    """Pickles, but cannot be rebuilt from its args (its __init__ wants two)."""

    def __init__(self, first: int, second: int) -> None:
        super().__init__(f"{first}/{second}")


def _handle(value: object) -> object:
    if value == "odd":
        raise OddError(1, 2)
    if value == "bad":
        raise ValueError("bad page")
    if value == "exit":
        import os

        os._exit(3)
    return value * 2  # type: ignore[operator]


def _setup() -> Callable[[object], object]:
    return _handle


async def _started() -> Channel:
    channel = Channel(_setup, ())
    await channel.attach()
    for _ in range(3000):
        if channel.ready:
            break
        await asyncio.sleep(0.01)
    assert channel.ready
    return channel


def test_each_page_gets_its_own_result_or_error() -> None:
    async def scenario() -> tuple:
        channel = await _started()
        try:
            return await asyncio.gather(channel.send(("odd",)), channel.send(("bad",)), channel.send((21,)),
                                        return_exceptions=True)
        finally:
            channel.close()

    odd, bad, good = asyncio.run(scenario())
    assert isinstance(odd, Exception) and not isinstance(odd, OddError)  # could not be rebuilt: failed alone
    assert isinstance(bad, ValueError) and str(bad) == "bad page"
    assert good == 42


def test_a_worker_that_exits_fails_the_pages_it_held() -> None:
    async def scenario() -> tuple:
        channel = await _started()
        try:
            return await asyncio.gather(channel.send(("exit",)), channel.send((1,)), return_exceptions=True)
        finally:
            channel.close()

    first, second = asyncio.run(scenario())
    assert isinstance(first, WorkerDied) and isinstance(second, WorkerDied)


def test_a_frame_carries_its_page_number_outside_the_pickle() -> None:
    from baochi.crawler.parse_channel import _HEADER, frame

    raw = frame(7, {"x": 1}, ok=False)
    length, seq, ok = _HEADER.unpack_from(raw)
    assert (seq, ok, length) == (7, 0, len(raw) - _HEADER.size)
    with pytest.raises(TypeError):
        OddError(1)  # type: ignore[call-arg]
