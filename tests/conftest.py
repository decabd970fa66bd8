"""Shared fixtures: the validated raw data and processed tables, loaded once per session."""

from __future__ import annotations

import os

import pytest

# Tests compute everything: the disk cache (hn4ir_analysis.cache) is off for the test
# process and the kernels it starts, except where tests/test_cache.py turns it on.
os.environ["HN4IR_NO_CACHE"] = "1"

from hn4ir_analysis import config
from hn4ir_analysis.data.load import load_raw


@pytest.fixture(scope="session")
def raw_data():
    """The shipped raw data, checksums verified."""
    return load_raw(config.RAW_DIR)
