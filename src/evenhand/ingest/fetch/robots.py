"""robots.txt as RFC 9309 has it read: the product token its groups are matched against, how much of a
file is read, and what one origin's file allows (`Fetcher`, in ``client``, fetches it once per origin per run)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

ROBOTS_AGENT = "evenhand"
"""The product token robots.txt groups are matched against (``User-agent: evenhand``)."""
ROBOTS_MAX_BYTES = 512_000
"""RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; rules past the cap are ignored."""


@dataclass(frozen=True, slots=True)
class _Robots:
    """One origin's robots.txt: parsed rules, or a reason why every URL of the origin is refused."""

    rules: RobotFileParser | None = None
    refusal: str | None = None
    unreachable: str | None = None  # the host itself cannot be reached: its URLs fail as unreachable

    def allows(self, url: str) -> bool:
        if self.refusal is not None:
            return False
        return self.rules is None or self.rules.can_fetch(ROBOTS_AGENT, url)

    def delay(self) -> float:
        """Crawl-delay, or the pause a Request-rate implies; 0 when robots.txt sets neither."""
        if self.rules is None:
            return 0.0
        delay = float(self.rules.crawl_delay(ROBOTS_AGENT) or 0)
        rate = self.rules.request_rate(ROBOTS_AGENT)
        if rate is not None and rate.requests > 0:
            delay = max(delay, rate.seconds / rate.requests)
        return delay
