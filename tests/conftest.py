"""Shared fixtures: the validated raw data and processed tables, loaded once per session."""

from __future__ import annotations

import pytest

from hn4ir_analysis import config
from hn4ir_analysis.load import load_raw


@pytest.fixture(scope="session")
def raw_data():
    """The shipped raw data, checksums verified."""
    return load_raw(config.RAW_DIR)
