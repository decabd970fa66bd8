"""How trusted SDG trackers judge progress towards a level or share target.

Eurostat's growth ratio, the UNSD Progress Chart's projected level, UN ESCAP's
anticipated-progress gap and Destatis' weather symbols, each a pure function of plain
numbers returning a :class:`MethodResult`. Growth arithmetic (CAGR, average-growth targets)
lives in :mod:`hn4ir_analysis.growth_targets`; the shared verdict type and checks in
:mod:`~hn4ir_analysis.assess.method_result`; ESCAP and Destatis (series trends) in
:mod:`~hn4ir_analysis.assess.methods_series`. The Eurostat and UNSD two-point methods live
here; everything is re-exported here.

Notes
-----
The shared rules (the target checked first, data problems never raise, targets on the
bad side of the base, disagreement near the cut-offs) are stated once, in
:mod:`hn4ir_analysis.assess.method_result`.
"""

from __future__ import annotations

from hn4ir_analysis.assess.method_result import (  # noqa: F401 (re-exported)
    ACHIEVED,
    CATEGORIES,
    INSUFFICIENT,
    MethodResult,
    _bare,
    _cut,
    _pre,
    most_negative,
    severity,
)
from hn4ir_analysis.assess.methods_series import _series, destatis_weather, escap_anticipated  # noqa: F401
from hn4ir_analysis.assess.schema import number
from hn4ir_analysis.growth_targets import average_growth as average_growth  # re-exported
from hn4ir_analysis.growth_targets import cagr as cagr
from hn4ir_analysis.growth_targets import required_average_growth as required_average_growth
from hn4ir_analysis.growth_targets import required_cagr as required_cagr


def eurostat_growth_ratio(y0, t0, yt, t, target, T, direction=1, *, strict=False) -> MethodResult:
    """Eurostat / Open SDG growth ratio ``R = d a / |r|``: actual over required CAGR.

    Parameters
    ----------
    y0, t0 : float, int
        Base value and year (Eurostat short term: five years back; Open SDG: 2015).
    yt, t, target, T : float, int, float, int
        Latest value and year; target value and year.
    direction : {1, -1}
        +1 when an increase is good, -1 when a decrease is (ranks).

    Returns
    -------
    MethodResult
        ``score`` = R; ``projected`` = None (the method projects nothing).

    Notes
    -----
    ``a = (yt/y0)^(1/(t-t0)) - 1`` is the growth so far, ``r = (Y*/y0)^(1/(T-t0)) - 1``
    the growth a year the whole path needed; read R as the share of the required pace
    achieved. ``R >= 0.95`` on track (Eurostat "significant progress"); ``0.6-0.95``
    moderate progress; ``0-0.6`` limited ("insufficient") progress; ``< 0`` moving away.
    Values and target must be positive (Open SDG puts 0.001 for a zero; we refuse).

    Sources: Eurostat, *Sustainable development in the European Union - monitoring report
    on progress towards the SDGs in an EU context*, methodological annex
    (https://ec.europa.eu/eurostat/web/sdi; annex text not in the stored copies searched).
    Formula, ``d``, cuts 95/60/0 % and the "target achieved" override are confirmed in the
    Statistics Canada method adopted by Open SDG, which follows Eurostat (2021):
    https://open-sdg.readthedocs.io/en/latest/progress-methodology/.
    """
    pre = _pre("eurostat", y0, t0, yt, t, target, T, direction, strict=strict)
    if pre is not None:
        return pre
    if min(y0, yt, target) <= 0:
        return _bare("eurostat", INSUFFICIENT, "growth ratio needs positive values.")
    a, r = cagr(y0, t0, yt, t), required_cagr(y0, t0, target, T)
    R = direction * a / abs(r)
    cat = _cut(R, (0.95, 0.6, 0.0), CATEGORIES["eurostat"])
    note = f"{a:+.2%}/yr over {t0}-{t} vs {r:+.2%}/yr needed over {t0}-{T}: R = {R:.3f}."
    return MethodResult("eurostat", cat, R, None, note)


def unsd_progress(y0, t0, yt, t, target, T, direction=1, *, strict=False) -> MethodResult:
    """UNSD SDG Progress Chart: project at the observed CAGR, score the share of the way.

    Parameters as :func:`eurostat_growth_ratio`; ``score`` = S, ``projected`` = ŷT.

    Notes
    -----
    ``ŷT = yt (1 + a)^(T - t)``, ``a`` the CAGR from ``t0`` to ``t``, and
    ``S = d (ŷT - y0) / |Y* - y0|``: the share of the base-to-target distance the current
    pace covers by ``T`` (1 = on target). Bands: ``S >= 0.95`` on track (target met or
    almost met); ``0.5-0.95`` fair progress, acceleration needed; ``0.1-0.5`` limited
    progress; ``-0.1-0.1`` stagnation; ``< -0.1`` regression.

    Source: UNSD, *SDG Progress Chart - Technical Note* (https://unstats.un.org/sdgs/
    files/report/2023/Progress_Chart_Technical_Note_2023.pdf; not readable in the stored
    copies). Projection, ratio and the 0.95 and 0.10 cuts are confirmed by Eustat's
    adaptation of the 2023 note (github.com/EUSTAT-DES/site ``_pages/en/metodologia.md``,
    three bands). **The 0.5 and -0.1 cuts and five band names are NOT confirmed** (taken
    from the project's ``assessment-methods.md``). A CAGR of growth rates is meaningless:
    growth-rate targets go to :func:`required_average_growth`.
    """
    pre = _pre("unsd", y0, t0, yt, t, target, T, direction, strict=strict)
    if pre is not None:
        return pre
    if min(y0, yt) <= 0:
        return _bare("unsd", INSUFFICIENT, "CAGR projection needs positive values.")
    a = cagr(y0, t0, yt, t)
    proj = yt * (1.0 + a) ** (T - t)
    S = direction * (proj - y0) / abs(target - y0)
    cat = _cut(S, (0.95, 0.5, 0.1, -0.1), CATEGORIES["unsd"])
    note = (
        f"at {a:+.2%}/yr, {number(proj)} expected in {T} vs target {number(target)}: S = {S:.3f}."
    )
    return MethodResult("unsd", cat, S, proj, note)
