"""hn4ir_analysis — is Hanoi on track for the targets of its Fourth Industrial Revolution plan?

Data flows one way (see README.md, "How the package is organised"):
``data/raw`` → :mod:`hn4ir_analysis.data.raw` / :mod:`hn4ir_analysis.data.gso` (read + validate) → :mod:`hn4ir_analysis.data.select` (one value per
geo × indicator × year) → :mod:`hn4ir_analysis.data.derive` → ``data/processed`` → trends, assessment, notebooks.
"""

__version__ = "0.1.0"
