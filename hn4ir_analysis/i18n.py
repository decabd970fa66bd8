"""Everything a reader sees, in English and Vietnamese: ``t("source", "vi")`` → ``"Nguồn"``.

One flat table of ``key → (English, Vietnamese)``. Keys are namespaced: ``verdict.<code>``
(categories from the assessment engine), ``method.<code>``, ``column.<name>`` (headers of
the assessment table), ``indicator.<code>`` (axis labels, without unit), ``unit.<code>``;
bare keys (``source``, ``target``, ``prediction_interval`` …) are general phrases. A phrase
may hold ``str.format`` fields: ``t("prediction_interval", "vi", p=80)`` → ``"Khoảng dự báo
80%"``.

Notes
-----
* An unknown key or language raises :class:`ValueError` (never ``KeyError``) naming it.
* :func:`indicator_label` falls back to the bare indicator code (plus the unit, if given)
  for indicators not in the table, so a new indicator still gets a chart, only an
  untranslated label. Everything else is strict.
* Vietnamese strings are normalised to NFC when the table is built.
* :func:`format_number`: Vietnamese groups thousands with ``.`` and marks decimals with
  ``,`` (``1.234,5``); English does the opposite (``1,234.5``); NaN/None → ``"–"``.
"""

from __future__ import annotations

import math
import unicodedata

import pandas as pd

LANGS = ("en", "vi")
MISSING = "–"

_VERDICTS = {
    "achieved": ("Achieved", "Đã đạt"),
    "missed": ("Missed", "Không đạt"),
    "on_track": ("On track", "Đúng lộ trình"),
    "moderate_progress": ("Moderate progress", "Tiến bộ vừa phải"),
    "limited_progress": ("Limited progress", "Tiến bộ hạn chế"),
    "moving_away": ("Moving away from the target", "Đi xa khỏi mục tiêu"),
    "fair_progress": ("Fair progress, acceleration needed", "Tiến bộ khá, cần tăng tốc"),
    "stagnation": ("Stagnation", "Trì trệ"),
    "regression": ("Regression", "Thụt lùi"),
    "maintain": ("Maintain progress", "Duy trì tiến độ"),
    "accelerate": ("Accelerate progress", "Cần tăng tốc"),
    "reverse": ("Reverse the trend", "Cần đảo ngược xu hướng"),
    "sun": ("Sun (on course)", "Nắng (đúng hướng)"),
    "sun_cloud": ("Sun behind cloud (slight deviation)", "Nắng xen mây (lệch nhẹ)"),
    "cloud": ("Cloud (large deviation)", "Mây (lệch nhiều)"),
    "thunderstorm": ("Thunderstorm (wrong direction)", "Giông bão (đi sai hướng)"),
    "insufficient_data": ("Insufficient data", "Không đủ dữ liệu"),
    "not_quantifiable": ("Not quantifiable", "Không định lượng được"),
    "very_likely": ("Very likely", "Rất có khả năng"),
    "likely": ("Likely", "Có khả năng"),
    "about_as_likely": ("About as likely as not", "Khả năng ngang nhau"),
    "unlikely": ("Unlikely", "Ít khả năng"),
    "very_unlikely": ("Very unlikely", "Rất ít khả năng"),
}

_METHODS = {
    "ex_post": ("Ex post (published outcome)", "Hậu kiểm (số liệu đã công bố)"),
    "eurostat": ("Eurostat growth ratio", "Tỷ số tăng trưởng (Eurostat)"),
    "unsd": ("UNSD progress chart", "Biểu đồ tiến độ (UNSD)"),
    "escap": ("UN ESCAP anticipated progress", "Tiến độ dự kiến (UN ESCAP)"),
    "destatis": ("Destatis weather symbol", "Biểu tượng thời tiết (Destatis)"),
    "model": ("Model probability", "Xác suất theo mô hình"),
}

_COLUMNS = {
    "target_id": ("Target ID", "Mã mục tiêu"),
    "target_year": ("Target year", "Năm mục tiêu"),
    "indicator": ("Indicator", "Chỉ tiêu"),
    "method": ("Method", "Phương pháp"),
    "as_of": ("As of", "Tính đến"),
    "base_year": ("Base year", "Năm gốc"),
    "base_value": ("Base value", "Giá trị năm gốc"),
    "latest_year": ("Latest year", "Năm gần nhất"),
    "latest_value": ("Latest value", "Giá trị gần nhất"),
    "projected_value": ("Projected value", "Giá trị dự báo"),
    "projected_lower": ("Projection, lower bound", "Cận dưới dự báo"),
    "projected_upper": ("Projection, upper bound", "Cận trên dự báo"),
    "score": ("Score", "Điểm"),
    "category": ("Assessment", "Đánh giá"),
    "p_met": ("P(target met)", "Xác suất đạt mục tiêu"),
    "required_growth": ("Required growth (%/year)", "Tăng trưởng cần thiết (%/năm)"),
    "n_obs": ("Observations", "Số quan sát"),
    "model": ("Model", "Mô hình"),
    "source_ids": ("Sources", "Nguồn"),
    "notes": ("Notes", "Ghi chú"),
    "series": ("Series", "Chuỗi số liệu"),
}

#: indicator → (unit code, English label, Vietnamese label); labels carry no unit
_INDICATORS = {
    "grdp_growth": ("pct", "Real GRDP growth", "Tốc độ tăng GRDP (giá so sánh)"),
    "grdp_growth_avg": ("pct", "Average annual real GRDP growth", "Tốc độ tăng GRDP bình quân năm"),
    "grdp_real_index": ("index", "Real GRDP volume", "Khối lượng GRDP theo giá so sánh"),
    "grdp_current_prices": ("bn_vnd", "GRDP at current prices", "GRDP theo giá hiện hành"),
    "grdp_current_usd": ("bn_usd", "GRDP at current prices", "GRDP theo giá hiện hành"),
    "grdp_per_capita_vnd": ("mn_vnd", "GRDP per capita", "GRDP bình quân đầu người"),
    "grdp_per_capita_usd": ("usd", "GRDP per capita", "GRDP bình quân đầu người"),
    "population_avg": ("thousand_persons", "Average population", "Dân số trung bình"),
    "labour_force": ("thousand_persons", "Labour force aged 15+", "Lực lượng lao động từ 15 tuổi trở lên"),
    "employed": ("thousand_persons", "Employed persons aged 15+", "Lao động từ 15 tuổi trở lên đang làm việc"),
    "labour_productivity_vnd": ("mn_vnd", "Labour productivity per worker", "Năng suất lao động xã hội"),
    "labour_productivity_usd": ("usd", "Labour productivity per worker", "Năng suất lao động xã hội"),
    "labour_productivity_growth": ("pct", "Labour productivity growth", "Tốc độ tăng năng suất lao động"),
    "labour_productivity_growth_avg": ("pct", "Average annual labour productivity growth", "Tốc độ tăng năng suất lao động bình quân năm"),
    "grdp_per_labour_force": ("mn_vnd", "GRDP per labour-force member", "GRDP trên mỗi người trong lực lượng lao động"),
    "tfp_contribution": ("pct", "TFP contribution to GRDP growth", "Đóng góp của TFP vào tăng trưởng GRDP"),
    "digital_econ_share": ("pct_of_grdp", "Digital economy share", "Tỷ trọng kinh tế số"),
    "digital_econ_share_gso": ("pct_of_grdp", "Digital economy share, GSO method", "Tỷ trọng kinh tế số, phương pháp TCTK"),
    "digital_econ_share_mic": ("pct_of_grdp", "Digital economy share, MIC method", "Tỷ trọng kinh tế số, phương pháp Bộ TT&TT"),
    "share_services": ("pct_of_grdp", "Services share", "Tỷ trọng dịch vụ"),
    "share_industry_construction": ("pct_of_grdp", "Industry and construction share", "Tỷ trọng công nghiệp và xây dựng"),
    "share_agriculture": ("pct_of_grdp", "Agriculture, forestry and fishery share", "Tỷ trọng nông, lâm nghiệp và thủy sản"),
}  # fmt: skip

_UNITS = {
    "pct": ("%", "%"),
    "pct_of_grdp": ("% of GRDP", "% GRDP"),
    "bn_vnd": ("billion VND", "tỷ đồng"),
    "mn_vnd": ("million VND", "triệu đồng"),
    "bn_usd": ("billion USD", "tỷ USD"),
    "usd": ("USD", "USD"),
    "thousand_persons": ("thousand persons", "nghìn người"),
    "index": ("index", "chỉ số"),
    "count": ("number", "số lượng"),
    "rank": ("rank", "thứ hạng"),
    "score": ("score", "điểm"),
    "none": ("", ""),
}

_PHRASES = {
    "source": ("Source", "Nguồn"),
    "target": ("Target", "Mục tiêu"),
    "target_approx": ("Target ≈{value}", "Mục tiêu ≈{value}"),
    "target_range": ("Target {low}–{high}", "Mục tiêu {low}–{high}"),
    "observed": ("Observed", "Số liệu thực tế"),
    "projection": ("Projection", "Dự báo"),
    "prediction_interval": ("{p}% prediction interval", "Khoảng dự báo {p}%"),
    "target_year": ("Target year", "Năm mục tiêu"),
    "as_of": ("As of", "Tính đến"),
    "data_vintage": ("Data vintage", "Thời điểm số liệu"),
    "hanoi": ("Hanoi", "Hà Nội"),
    "vietnam": ("Vietnam", "Việt Nam"),
    "year": ("Year", "Năm"),
    "notes": ("Notes", "Ghi chú"),
}


# --- notebooks 05 (scorecard) and 06 (method reliability), and the report site ---
_SCORECARD_PHRASES = {
    "nb05.title": ("Target scorecard {year}, as of {as_of}", "Bảng đánh giá mục tiêu năm {year}, số liệu đến {as_of}"),
    "nb05.summary": ("{met} of {n} quantitative targets already achieved; {on} on track by at least one official method; "
                     "{likely} likely or very likely by the model",
                     "{met}/{n} mục tiêu định lượng đã đạt; {on} đúng hướng theo ít nhất một phương pháp chính thức; "
                     "{likely} có khả năng hoặc rất có khả năng đạt theo mô hình"),
    "nb05.fan_title": ("{target}: {series}", "{target}: {series}"),
    "nb06.title": ("How reliable is each method?", "Mỗi phương pháp đáng tin cậy đến đâu?"),
    "nb06.mae": ("Mean absolute error (log points)", "Sai số tuyệt đối trung bình (điểm log)"),
    "nb06.horizon": ("Forecast horizon (years)", "Tầm dự báo (năm)"),
    "nb06.coverage": ("Share of outcomes inside the 80% interval", "Tỷ lệ kết quả nằm trong khoảng dự báo 80%"),
    "goal": ("Goal", "Mục tiêu"),
    "wording": ("Wording", "Nội dung"),
    "document": ("Document", "Văn bản"),
    "evidence": ("Evidence", "Bằng chứng"),
}  # fmt: skip


def _build() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = dict(_PHRASES)
    table.update(_SCORECARD_PHRASES)
    for prefix, part in (("verdict", _VERDICTS), ("method", _METHODS), ("column", _COLUMNS),
                         ("unit", _UNITS)):  # fmt: skip
        table.update({f"{prefix}.{k}": v for k, v in part.items()})
    table.update({f"indicator.{k}": (en, vi) for k, (_, en, vi) in _INDICATORS.items()})
    return {k: (en, unicodedata.normalize("NFC", vi)) for k, (en, vi) in table.items()}


_TABLE = _build()

#: the codes each helper accepts (for tests and callers that iterate)
VERDICTS = tuple(_VERDICTS)
METHODS = tuple(_METHODS)
COLUMNS = tuple(_COLUMNS)
INDICATORS = tuple(_INDICATORS)
UNITS = tuple(_UNITS)
KEYS = tuple(_TABLE)


def _lang_index(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return LANGS.index(lang)


def t(key: str, lang: str = "en", **fmt) -> str:
    """The text of ``key`` in ``lang``, with ``fmt`` fields filled in (``str.format``)."""
    i = _lang_index(lang)
    if key not in _TABLE:
        raise ValueError(f"no translation for key {key!r}")
    text = _TABLE[key][i]
    return text.format(**fmt) if fmt else text


def verdict(code: str, lang: str = "en") -> str:
    """An assessment category (``achieved``, ``on_track``, ``sun_cloud`` …)."""
    return t(f"verdict.{code}", lang)


def method_name(code: str, lang: str = "en") -> str:
    """An assessment method (``ex_post``, ``eurostat``, ``unsd``, ``escap``, ``destatis``, ``model``)."""
    return t(f"method.{code}", lang)


def column(name: str, lang: str = "en") -> str:
    """A header of the assessment table."""
    return t(f"column.{name}", lang)


def unit_label(code: str, lang: str = "en") -> str:
    """A unit as printed on an axis (``bn_vnd`` → ``billion VND`` / ``tỷ đồng``)."""
    return t(f"unit.{code}", lang)


def indicator_unit(code: str) -> str | None:
    """The unit code of an indicator in the table, ``None`` for others."""
    return _INDICATORS[code][0] if code in _INDICATORS else None


def indicator_label(code: str, lang: str = "en", *, with_unit: bool = True) -> str:
    """Axis label of an indicator, with its unit: ``Real GRDP growth (%)``.

    Indicators not in the table fall back to the code itself (no unit: it is not known
    here), so that a chart of a new indicator still renders.
    """
    _lang_index(lang)
    if code not in _INDICATORS:
        return code
    label = t(f"indicator.{code}", lang)
    unit = unit_label(_INDICATORS[code][0], lang)
    return f"{label} ({unit})" if with_unit and unit else label


def format_number(x, lang: str = "en", decimals: int = 1) -> str:
    """``1234.5`` → ``"1,234.5"`` (en) / ``"1.234,5"`` (vi); NaN, None, NA → ``"–"``."""
    _lang_index(lang)
    if x is None or (pd.api.types.is_scalar(x) and pd.isna(x)):
        return MISSING
    x = float(x)
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    text = f"{x:,.{decimals}f}"
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # no "-0.0"
    if lang == "vi":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text
