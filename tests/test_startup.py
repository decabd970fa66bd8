"""hn4ir_analysis.startup skips rfc3987_syntax, and nothing validated here needed it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat


def _format_keywords(node) -> list[str]:
    if isinstance(node, dict):
        found = [node["format"]] if isinstance(node.get("format"), str) else []
        return found + [f for value in node.values() for f in _format_keywords(value)]
    if isinstance(node, list):
        return [f for value in node for f in _format_keywords(value)]
    return []


def test_nbformat_schemas_use_no_string_format():
    schemas = sorted(Path(nbformat.__file__).parent.glob("v*/nbformat.v*.schema.json"))
    assert len(schemas) >= 7, "nbformat's schema files moved: look again"
    for path in schemas:
        assert _format_keywords(json.loads(path.read_text(encoding="utf-8"))) == [], path.name


def test_the_test_run_loaded_it_before_nbval():
    # -p hn4ir_analysis.startup in addopts: nbval (an entry-point plugin) imports nbformat later
    assert "rfc3987_syntax" in sys.modules and sys.modules["rfc3987_syntax"] is None
    assert "lark" not in sys.modules


def test_the_command_line_reaches_nbformat_without_the_grammar():
    code = (
        "import sys, hn4ir_analysis.cli, nbformat, jsonschema; "
        "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('1')]); "
        "nbformat.validate(nb); print('lark' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr
