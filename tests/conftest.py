"""Shared test fixtures: the real inputs the tests run on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = ROOT / "src" / "evenhand" / "example"

sys.path.insert(0, str(Path(__file__).parent))


def seed_inputs() -> list[Path]:
    """The four real input articles of the first test case (001-004); 000 is the reference brief."""
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is absent: these tests read the shared seed articles")
    return sorted(p for p in SEEDS.glob("*.txt") if not p.name.startswith("000_"))


@pytest.fixture(scope="session")
def seed_articles() -> list:  # type: ignore[type-arg]
    from evenhand.ingest.extract import read_path

    return [a for path in seed_inputs() for a in read_path(path)]


@pytest.fixture(scope="session")
def seed_brief(seed_articles):  # type: ignore[no-untyped-def]
    from evenhand.brief.compose import make_brief

    return make_brief(seed_articles)


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """One throwaway PostgreSQL server for the session (unix socket only), stopped at its end."""
    from pg_server import ThrowawayPostgres, missing_reason

    reason = missing_reason()
    if reason:
        pytest.skip(f"no throwaway PostgreSQL server: {reason}")
    server = ThrowawayPostgres().start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:  # type: ignore[no-untyped-def]
    """The URL of a new, empty database on the session's server."""
    return str(postgres_server.create_database())


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new store goes, once for each implementation: the store contract runs on both."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return str(request.getfixturevalue("postgres_url"))
