"""Process start-up for the ``hn4ir`` command and the test run: skip an unused grammar.

Importing this module marks ``rfc3987_syntax`` as absent (``sys.modules[name] = None``),
unless something already imported it. Nothing else is changed.

Notes
-----
``nbformat`` (used by papermill, nbconvert and nbval) validates notebooks with
``jsonschema``, whose format module imports the optional ``rfc3987_syntax`` at import time,
inside ``with suppress(ImportError)``, to be ready for the ``iri`` and ``iri-reference``
string formats. That package builds about 35 Earley parsers with Lark when imported: about
3 s of CPU in every process that imports ``nbformat`` on this machine, the largest single
start-up cost of ``hn4ir report`` and of each pytest process (jsonschema issue #1428; the
same cost is reported for JupyterLab's start-up in opendatahub-io/notebooks#3532).

No schema these processes validate uses those formats: ``nbformat``'s notebook schemas have
no ``format`` keyword at all, and ``nbformat`` passes no format checker
(``tests/test_startup.py`` pins both). With the module marked absent, ``jsonschema``
behaves exactly as it does where the optional package is not installed. Kernels never
import ``jsonschema``, so notebooks are unaffected.

The test run loads this module first (``-p hn4ir_analysis.startup`` in ``pyproject.toml``'s
pytest ``addopts``, which pytest imports before its entry-point plugins such as nbval);
:mod:`hn4ir_analysis.cli` imports it before anything that reaches ``nbformat``.
"""

from __future__ import annotations

import sys

#: optional jsonschema format backends that no validation here needs (module notes)
UNUSED_OPTIONAL = ("rfc3987_syntax",)

for _name in UNUSED_OPTIONAL:
    sys.modules.setdefault(_name, None)  # type: ignore[arg-type]  # None = "not installed"
