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

from hn4ir_analysis.views import (
    narrative_01_02,
    narrative_03_04,
    narrative_06,
    phrases_h16a,
    phrases_h16b,
    phrases_h17b,
    phrases_h19,
    phrases_h20,
)

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
    # --- issue 11 (labour-productivity estimate): an ex post range that spans the target ---
    "undetermined": (
        "Undetermined (the estimate's range spans the target)",
        "Chưa xác định (khoảng ước tính bao trùm mục tiêu)",
    ),
    # issue 16: above a range or "about" band of an indicator that is better higher
    "exceeded": ("Exceeded (above the range)", "Vượt (trên khoảng mục tiêu)"),
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
    # issue 16: the levels a growth row is judged on, its period, the usual revision
    "period_start": ("Period start", "Năm đầu giai đoạn"),
    "period_end": ("Period end", "Năm cuối giai đoạn"),
    "base_level": ("Base level", "Mức năm gốc"),
    "latest_level": ("Latest level", "Mức gần nhất"),
    "level_unit": ("Unit of the levels", "Đơn vị của mức"),
    "revision": ("Usual revision", "Mức điều chỉnh thường gặp"),
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
    "method.evidence": ("Proxy evidence (qualitative target)", "Bằng chứng gián tiếp (mục tiêu định tính)"),
    "method_short.ex_post": ("Ex post", "Hậu kiểm"),
    "method_short.eurostat": ("Eurostat", "Eurostat"),
    "method_short.unsd": ("UNSD", "UNSD"),
    "method_short.escap": ("ESCAP", "ESCAP"),
    "method_short.destatis": ("Destatis", "Destatis"),
    "method_short.model": ("Model", "Mô hình"),
    "method_short.evidence": ("Evidence", "Bằng chứng"),
}  # fmt: skip


# --- notebooks 01 (data sources) and 02 (GRDP growth): coverage.py, compare.py ---
_NB01_02_PHRASES = {
    "nb01.title": ("Data sources, coverage and conflicts, as of {as_of}", "Nguồn số liệu, độ phủ và chênh lệch giữa các nguồn, tính đến {as_of}"),
    "nb01.conflict_chart": ("Largest disagreements between sources (Hanoi)", "Chênh lệch lớn nhất giữa các nguồn (Hà Nội)"),
    "nb01.rel_spread": ("Spread of candidate values (% of the largest)", "Độ chênh giữa các giá trị (% của giá trị lớn nhất)"),
    "nb01.labour_force_chart": ("Labour force aged 15+: the 2021 definition change", "Lực lượng lao động từ 15 tuổi: thay đổi định nghĩa năm 2021"),
    "nb01.index_2020": ("Index, 2020 = 100", "Chỉ số, 2020 = 100"),
    "nb01.count.indicators": ("indicators with an annual value", "chỉ tiêu có số liệu năm"),
    "nb01.count.keys": ("indicator-years with a chosen value", "cặp chỉ tiêu-năm có giá trị được chọn"),
    "nb01.count.candidates": ("candidate figures (annual)", "số liệu ứng viên (theo năm)"),
    "nb01.count.multi": ("indicator-years with more than one candidate", "cặp chỉ tiêu-năm có hơn một nguồn"),
    "nb01.count.conflicts": ("... of which the candidates differ", "... trong đó các nguồn chênh nhau"),
    "nb01.count.old_basis": ("chosen values on the old basis", "giá trị được chọn theo phương pháp cũ"),
    "nb01.count.unknown": ("chosen values of unknown basis", "giá trị được chọn không rõ phương pháp"),
    "nb01.count.derived": ("derived indicator-years", "cặp chỉ tiêu-năm tính toán thêm"),
    "nb02.title": ("GRDP growth, structure and output per person, as of {as_of}", "Tăng trưởng GRDP, cơ cấu kinh tế và GRDP bình quân đầu người, tính đến {as_of}"),
    "nb02.growth_chart": ("Real GRDP growth: Hanoi, Vietnam and the provinces", "Tốc độ tăng GRDP: Hà Nội, cả nước và các tỉnh, thành phố"),
    "nb02.national": ("Vietnam (GDP)", "Cả nước (GDP)"),
    "nb02.region": ("Red River Delta", "Đồng bằng sông Hồng"),
    "nb02.province_band": ("Provinces, 10th–90th percentile", "Các tỉnh, thành phố: phân vị 10–90"),
    "nb02.province_median": ("Median province", "Tỉnh, thành phố ở trung vị"),
    "nb02.rank_chart": ("Hanoi's rank in real GRDP growth among {n} provinces", "Thứ hạng tăng trưởng GRDP của Hà Nội trong {n} tỉnh, thành phố"),
    "nb02.rank_axis": ("Rank (1 = fastest)", "Thứ hạng (1 = nhanh nhất)"),
    "nb02.avg_chart": ("Average annual real GRDP growth {start}–{end}, by province", "Tốc độ tăng GRDP bình quân năm {start}–{end}, theo tỉnh, thành phố"),
    "nb02.n_provinces": ("Number of provinces", "Số tỉnh, thành phố"),
    "nb02.index_chart": ("Real GRDP volume ({base} = 100): trend and growth targets", "Khối lượng GRDP theo giá so sánh ({base} = 100): xu hướng và mục tiêu tăng trưởng"),
    "nb02.growth_target": ("Target {rate}%/yr {start}–{end}", "Mục tiêu {rate}%/năm {start}–{end}"),
    "nb02.structure_chart": ("Structure of GRDP, full-year shares", "Cơ cấu GRDP, tỷ trọng cả năm"),
    "nb02.product_taxes": ("Product taxes less subsidies", "Thuế sản phẩm trừ trợ cấp sản phẩm"),
    "nb02.per_capita_chart": ("GRDP per capita ({unit}): trend and targets", "GRDP bình quân đầu người ({unit}): xu hướng và mục tiêu"),
    "tbl.indicator": ("indicator", "chỉ tiêu"),
    "tbl.year": ("year", "năm"),
    "tbl.value": ("value", "giá trị"),
    "tbl.unit": ("unit", "đơn vị"),
    "tbl.count": ("count", "đếm"),
    "tbl.n": ("n", "số"),
    "tbl.n_candidates": ("candidates", "số nguồn"),
    "tbl.spread": ("spread", "chênh lệch"),
    "tbl.rel_spread_pct": ("spread %", "chênh lệch %"),
    "tbl.sequence": ("values by publication date", "giá trị theo ngày công bố"),
    "tbl.chosen": ("chosen", "được chọn"),
    "tbl.vintage": ("vintage", "loại số liệu"),
    "tbl.producer": ("producer", "đơn vị tính toán"),
    "tbl.reason": ("why the farthest value lost", "lý do loại giá trị xa nhất"),
    "tbl.geo": ("geo", "địa bàn"),
    "tbl.prev_year": ("previous year", "năm trước"),
    "tbl.prev_value": ("previous value", "giá trị trước"),
    "tbl.change_pct": ("change %", "thay đổi %"),
    "tbl.break_before": ("break", "điểm gãy"),
    "tbl.old_basis": ("old basis", "phương pháp cũ"),
    "tbl.current": ("current basis", "phương pháp hiện hành"),
    "tbl.unknown": ("unknown basis", "không rõ phương pháp"),
    "tbl.n_years": ("number of years", "số năm"),
    "tbl.years": ("years with data", "các năm có số liệu"),
    "tbl.missing": ("missing", "còn thiếu"),
    "tbl.publisher": ("publisher", "nơi đăng"),
    "tbl.pages": ("pages", "số trang"),
    "tbl.figures": ("figures", "số liệu"),
    "tbl.high": ("high", "cao"),
    "tbl.medium": ("medium", "trung bình"),
    "tbl.low": ("low", "thấp"),
    "tbl.rank": ("rank", "hạng"),
    "tbl.n_provinces": ("provinces", "số tỉnh"),
    "tbl.median": ("median", "trung vị"),
    "tbl.fastest": ("fastest", "nhanh nhất"),
    "tbl.fastest_value": ("fastest, %", "nhanh nhất, %"),
    "tbl.hanoi": ("Hanoi", "Hà Nội"),
    "tbl.national": ("Vietnam (GDP)", "cả nước (GDP)"),
    "tbl.region": ("Red River Delta", "ĐB sông Hồng"),
    "tbl.province_median": ("median province", "trung vị các tỉnh"),
    "tbl.vs_national": ("Hanoi − Vietnam", "Hà Nội − cả nước"),
    "tbl.vs_region": ("Hanoi − delta", "Hà Nội − ĐB sông Hồng"),
    "tbl.name": ("province", "tỉnh, thành phố"),
    "tbl.geo_kind": ("kind", "loại"),
    "tbl.average": ("average %/yr", "bình quân %/năm"),
    "tbl.share_slower_pct": ("provinces slower, %", "% tỉnh tăng chậm hơn"),
    "tbl.p25": ("25th percentile", "phân vị 25"),
    "tbl.p75": ("75th percentile", "phân vị 75"),
    "tbl.growth": ("growth %", "tăng trưởng %"),
    "tbl.basis": ("basis", "phương pháp"),
    "tbl.authority": ("authority", "độ tin cậy"),
    "tbl.source": ("source id", "mã nguồn"),
    "tbl.target": ("target", "mục tiêu"),
    "tbl.met": ("met", "đạt"),
    "tbl.period": ("period", "giai đoạn"),
    "tbl.target_id": ("target id", "mã mục tiêu"),
    "tbl.set": ("set on", "ngày ban hành"),
    "tbl.gap": ("gap to lower bound, pp", "chênh với cận dưới, điểm %"),
    "tbl.scale": ("set vs Nov 2020 re-assessment", "ban hành so với đánh giá lại 11/2020"),
    "tbl.outcome": ("outcome", "kết quả"),
    "tbl.total": ("total", "tổng"),
    "tbl.share_agriculture": ("agriculture", "nông nghiệp"),
    "tbl.share_industry_construction": ("industry & construction", "công nghiệp & xây dựng"),
    "tbl.share_services": ("services", "dịch vụ"),
    "tbl.share_product_taxes": ("product taxes", "thuế sản phẩm"),
    "tbl.model": ("model", "mô hình"),
    "tbl.ok": ("fitted", "ước lượng được"),
    "tbl.projection": ("projection", "dự báo"),
    "tbl.lower": ("lower bound", "cận dưới"),
    "tbl.upper": ("upper bound", "cận trên"),
    "tbl.avg_growth": ("implied growth %/yr", "tăng trưởng hàm ý %/năm"),
    "tbl.notes": ("notes", "ghi chú"),
    "nb01.candidates_chart": ("Hanoi's real GRDP growth: every published figure and the chosen value", "Tăng trưởng GRDP của Hà Nội: mọi số liệu đã công bố và giá trị được chọn"),
    "nb01.candidate": ("Published figure (current method)", "Số liệu đã công bố (phương pháp hiện hành)"),
    "nb01.candidate_old": ("Published figure (old method)", "Số liệu đã công bố (phương pháp cũ)"),
    "nb01.candidate_unknown": ("Published figure (basis unknown)", "Số liệu đã công bố (không rõ phương pháp)"),
    "nb01.chosen_value": ("Chosen value (current method)", "Giá trị được chọn (phương pháp hiện hành)"),
    "nb01.src_growth": ("Hanoi Statistics Office, UBND Hanoi and press reports (data/raw/hn4ir); GSO/NSO table V03.10", "Cục Thống kê Hà Nội, UBND TP Hà Nội và báo chí (data/raw/hn4ir); bảng V03.10 của Tổng cục Thống kê"),
    "nb01.src_labour": ("GSO table V02.34 (labour force aged 15+ by province), GitHub copy", "Bảng V02.34 của Tổng cục Thống kê (lực lượng lao động từ 15 tuổi theo địa phương), bản sao trên GitHub"),
    "nb01.definition_change": ("ICLS-19 definition from 2021", "Định nghĩa ICLS-19 từ năm 2021"),
    "nb02.annual_chart": ("Hanoi's real GRDP growth and its annual targets", "Tăng trưởng GRDP của Hà Nội và mục tiêu hằng năm"),
    "nb02.src_growth": ("GSO/NSO table V03.10 and Hanoi Statistics Office / city reports (data/raw)", "Bảng V03.10 của Tổng cục Thống kê và Cục Thống kê Hà Nội / báo cáo của thành phố (data/raw)"),
    "nb02.src_provinces": ("GSO/NSO table V03.10 (GRDP index by province, 2010 prices); GSO GDP releases", "Bảng V03.10 của Tổng cục Thống kê (chỉ số phát triển GRDP theo địa phương, giá so sánh 2010); thông cáo GDP của Tổng cục Thống kê"),
    "nb02.src_structure": ("Hanoi Statistics Office, year-end releases (data/raw/hn4ir)", "Cục Thống kê Hà Nội, số liệu cuối năm (data/raw/hn4ir)"),
    "nb02.src_per_capita_vnd": ("GSO/NSO table V03.12 and Hanoi Statistics Office (data/raw/hn4ir)", "Bảng V03.12 của Tổng cục Thống kê và Cục Thống kê Hà Nội (data/raw/hn4ir)"),
    "nb02.src_per_capita_usd": ("USD conversions by each source (city reports, press; data/raw/hn4ir)", "Quy đổi USD của từng nguồn (báo cáo của thành phố, báo chí; data/raw/hn4ir)"),
    "nb02.summary_period": ("{start}–{end}: average real GRDP growth {value}% a year, against a target of {target}% a year ({doc}).", "{start}–{end}: tăng trưởng GRDP bình quân {value}%/năm, so với mục tiêu {target}%/năm ({doc})."),
    "nb02.summary_rank": ("Average growth {start}–{end}: Hanoi ranks {rank} of {n} provinces ({value}% a year; median province {median}%).", "Tăng trưởng bình quân {start}–{end}: Hà Nội xếp thứ {rank}/{n} tỉnh, thành phố ({value}%/năm; trung vị {median}%)."),
    "nb02.summary_projection": ("Trend projection ({model}) of average growth {start}–{end}: {value}% a year ({p}% interval {low}–{high}%).", "Dự báo theo xu hướng ({model}) tăng trưởng bình quân {start}–{end}: {value}%/năm (khoảng {p}%: {low}–{high}%)."),
    "nb02.no_provinces": ("The provincial GRDP table (V03.10, stamped 2026-08-15) had not been published by the end of {year}: no provincial comparison as of {as_of}.", "Bảng GRDP theo tỉnh (V03.10, ngày 15/8/2026) chưa được công bố trước cuối năm {year}: không có so sánh giữa các tỉnh tính đến {as_of}."),
    "nb02.no_model": ("No trend model could be fitted to {series} as of {as_of}.", "Không ước lượng được mô hình xu hướng cho {series} tính đến {as_of}."),
    "tbl.obs_id": ("figure id", "mã số liệu"),
    "tbl.as_published": ("as published", "như đã công bố"),
    "tbl.published": ("published", "ngày công bố"),
    "tbl.source_url": ("URL", "đường dẫn"),
    "tbl.p_paths": ("share of paths meeting", "tỷ lệ đường mô phỏng đạt"),
    "tbl.median_meets": ("median meets", "trung vị đạt"),
    "tbl.first": ("first year", "năm đầu"),
    "tbl.last": ("last year", "năm cuối"),
    "tbl.note": ("note", "ghi chú"),
    "tbl.n_obs": ("observations", "số quan sát"),
    "tbl.source_ids": ("source ids", "mã nguồn"),
    "tbl.province_p10": ("provinces, 10th pct.", "các tỉnh, phân vị 10"),
    "tbl.province_p90": ("provinces, 90th pct.", "các tỉnh, phân vị 90"),
    "val.yes": ("yes", "đạt"),
    "val.no": ("no", "không đạt"),
    "val.exceeded": ("exceeded", "vượt mục tiêu"),
    "val.pending": ("pending", "chưa có kết quả"),
    "val.old method": ("old method", "phương pháp cũ"),
    "val.before": ("before", "trước"),
    "val.after": ("after", "sau"),
    "val.unknown": ("unknown", "không rõ"),
}  # fmt: skip


# --- notebooks 03 (labour productivity) and 04 (digital economy): productivity.py, digital.py ---
_NB03_04_PHRASES = {
    "nb03.title": ("Labour productivity: what the data allow, as of {as_of}", "Năng suất lao động: số liệu cho phép nói gì, tính đến {as_of}"),
    "nb03.verdict.achieved": ("Achieved", "Đạt"),
    "nb03.verdict.exceeded": ("Exceeded (above the range)", "Vượt (trên khoảng mục tiêu)"),
    "nb03.verdict.missed": ("Missed", "Không đạt"),
    "nb03.verdict.no_figure": ("No figure published", "Chưa công bố số liệu"),
    "nb03.verdict.not_met_statement": ("Not met (official statement, no figure)", "Không đạt (theo báo cáo chính thức, không có số liệu)"),
    "nb03.verdict.not_over": ("Period not over", "Giai đoạn chưa kết thúc"),
    "nb03.verdict.no_target": ("No target in the data", "Không có mục tiêu trong dữ liệu"),
    "nb03.flag.ok": ("comparable", "so sánh được"),
    "nb03.flag.old_basis": ("old GRDP method: not comparable with 2016+", "phương pháp GRDP cũ: không so sánh được với từ 2016"),
    "nb03.flag.break": ("2021 labour-force definition change: not bridged", "thay đổi định nghĩa lực lượng lao động 2021: không nối chuỗi"),
    "nb03.flag.no_grdp": ("no real GRDP growth on record", "không có số liệu tăng GRDP"),
    "nb03.flag.no_lf": ("no labour-force figure", "không có số liệu lực lượng lao động"),
    "nb03.basis.observed": ("observed, all years", "thực tế, đủ các năm"),
    "nb03.basis.observed_partial": ("observed, years so far", "thực tế, các năm đã qua"),
    "nb03.basis.plan": ("the plan's GRDP target", "mục tiêu GRDP của kế hoạch"),
    "nb03.series.labour_force": ("Labour force", "Lực lượng lao động"),
    "nb03.series.population_avg": ("Average population", "Dân số trung bình"),
    "nb03.scenario.no_year_measured": ("no year measured: whole period at the target", "chưa đo năm nào: cả giai đoạn theo mục tiêu"),
    "nb03.scenario.no_pace_known": ("no past pace known", "chưa có tốc độ quá khứ"),
    "nb03.pace": ("{period} as published ({value}%)", "{period} theo số công bố ({value}%)"),
    "nb03.pace_proxy": ("{period} GRDP per labour-force member ({value}%)", "{period} GRDP trên mỗi người trong LLLĐ ({value}%)"),
    "nb03.fig_levels": ("Hanoi's published labour productivity (current prices)", "Năng suất lao động của Hà Nội đã công bố (giá hiện hành)"),
    "nb03.path": ("{rate}%/yr real path from {base} (in {base} prices)", "Lộ trình tăng thực {rate}%/năm từ {base} (giá năm {base})"),
    "nb03.vn_level": ("Vietnam (GSO)", "Cả nước (TCTK)"),
    "nb03.hn_current": ("Hanoi, current prices", "Hà Nội, giá hiện hành"),
    "nb03.hn_unknown": ("Hanoi, basis unknown", "Hà Nội, không rõ cơ sở tính"),
    "nb03.hn_projection": ("Hanoi, projection (hollow marker)", "Hà Nội, dự báo (điểm rỗng)"),
    "nb03.fig_proxy": ("Real GRDP growth net of labour-force growth", "Tăng GRDP thực sau khi trừ tăng lực lượng lao động"),
    "nb03.proxy": ("GRDP growth per labour-force member", "Tăng GRDP trên mỗi người trong lực lượng lao động"),
    "nb03.lf_growth": ("Labour-force growth", "Tăng lực lượng lao động"),
    "nb03.old_basis": ("Old local GRDP method", "Phương pháp GRDP cũ của địa phương"),
    "nb03.break": ("2021: new labour-force definition", "2021: định nghĩa lực lượng lao động mới"),
    "nb03.growth_axis": ("Growth (% a year)", "Tăng trưởng (%/năm)"),
    "nb03.target_band": ("Target {low}–{high}%/yr, {start}–{end}", "Mục tiêu {low}–{high}%/năm, {start}–{end}"),
    "nb03.published_avg": ("Published average {start}–{end}", "Bình quân đã công bố {start}–{end}"),
    "nb03.no_levels": ("No productivity level for Hanoi had been published as of {as_of}.", "Tính đến {as_of} chưa có số liệu năng suất lao động nào của Hà Nội được công bố."),
    "nb03.no_pairs": ("Fewer than two current-price productivity levels on a known basis as of {as_of}: no bound can be computed.", "Tính đến {as_of} chưa có đủ hai mức năng suất lao động (giá hiện hành, rõ phương pháp): không tính được cận trên."),
    "nb03.statement": ("Official statement ({id}, {date}): {text}", "Phát biểu chính thức ({id}, {date}): {text}"),
    "nb03.no_statement": ("As of {as_of} no statement on the 2021–2025 productivity target had been published.", "Tính đến {as_of} chưa có đánh giá nào về mục tiêu năng suất lao động 2021–2025."),
    "nb03.no_proxy": ("No year with both real GRDP growth and labour-force growth as of {as_of}.", "Tính đến {as_of} chưa có năm nào có đủ tăng GRDP thực và tăng lực lượng lao động."),
    "nb04.title": ("Digital economy share of GRDP: who measured what, as of {as_of}", "Tỷ trọng kinh tế số trong GRDP: ai đo và đo thế nào, tính đến {as_of}"),
    "nb04.series.digital_econ_share_gso": ("GSO method", "Phương pháp Tổng cục Thống kê"),
    "nb04.series.digital_econ_share_mic": ("MIC method", "Phương pháp Bộ TT&TT"),
    "nb04.series.digital_econ_share": ("Method not stated (city and others)", "Không nêu phương pháp (thành phố và nguồn khác)"),
    "nb04.series.digital_econ_share_city": ("City's own method", "Phương pháp riêng của thành phố"),
    "nb04.series.digital_econ_va": ("Digital value added (bn VND)", "Giá trị tăng thêm kinh tế số (tỷ đồng)"),
    "nb04.series.digital_econ_share_gso+proj": ("GSO method, projection", "Phương pháp Tổng cục Thống kê, dự báo"),
    "nb04.series.digital_econ_share_mic+proj": ("MIC method, projection", "Phương pháp Bộ TT&TT, dự báo"),
    "nb04.series.digital_econ_share+proj": ("Method not stated, projection", "Không nêu phương pháp, dự báo"),
    "nb04.series.digital_econ_share_gso_rank": ("National rank, GSO method", "Thứ hạng toàn quốc, phương pháp Tổng cục Thống kê"),
    "nb04.series.digital_econ_share_mic_rank": ("National rank, MIC method", "Thứ hạng toàn quốc, phương pháp Bộ TT&TT"),
    "nb04.series.digital_econ_share_rank": ("National rank, method not stated", "Thứ hạng toàn quốc, không nêu phương pháp"),
    "nb04.series.digital_econ_share_rank_cities": ("Rank among the 6 centrally-governed cities", "Thứ hạng trong 6 thành phố trực thuộc trung ương"),
    "nb04.geo.HN": ("Hanoi", "Hà Nội"),
    "nb04.geo.VN": ("Vietnam", "Cả nước"),
    "nb04.geo.HCM": ("Ho Chi Minh City", "TP. Hồ Chí Minh"),
    "nb04.geo.HCM_OLD": ("Ho Chi Minh City (pre-2025 boundary)", "TP. Hồ Chí Minh (địa giới trước 2025)"),
    "nb04.geo.DN": ("Da Nang", "Đà Nẵng"),
    "nb04.geo.BN": ("Bac Ninh", "Bắc Ninh"),
    "nb04.geo.TN": ("Thai Nguyen", "Thái Nguyên"),
    "nb04.geo.BG": ("Bac Giang", "Bắc Giang"),
    "nb04.geo.HP": ("Hai Phong", "Hải Phòng"),
    "nb04.geo.VP": ("Vinh Phuc", "Vĩnh Phúc"),
    "nb04.status.required": ("growth required", "cần tăng thêm"),
    "nb04.status.met": ("met", "đạt"),
    "nb04.status.missed": ("missed", "không đạt"),
    "nb04.status.mixed": ("met for some wordings only", "chỉ đạt theo một số cách diễn đạt"),
    "nb04.status.no_data": ("no value yet", "chưa có số liệu"),
    "nb04.status.passed_unmeasured": ("target year passed without a value", "đã qua năm mục tiêu, không có số liệu"),
    "nb04.event.target_set": ("target set", "ban hành mục tiêu"),
    "nb04.event.first_figure": ("first published figure", "số liệu đầu tiên được công bố"),
    "nb04.fig_share": ("Digital economy share of GRDP, by measurement", "Tỷ trọng kinh tế số trong GRDP, theo từng cách đo"),
    "nb04.fig_provinces": ("Digital economy share by province, {year}", "Tỷ trọng kinh tế số theo tỉnh, thành phố, năm {year}"),
    "nb04.hn_series": ("Hanoi, {series}", "Hà Nội, {series}"),
    "nb04.vn_series": ("Vietnam, {series}", "Cả nước, {series}"),
    "nb04.required_path": ("Required path to 40% in 2030 (each Hanoi measurement)", "Lộ trình cần thiết để đạt 40% năm 2030 (từng cách đo của Hà Nội)"),
    "nb04.no_data": ("No digital-economy figure for Hanoi had been published as of {as_of}.", "Tính đến {as_of} chưa có số liệu kinh tế số nào của Hà Nội được công bố."),
    "nb04.no_provinces": ("No provincial figure of one method for {year} as of {as_of}.", "Tính đến {as_of} chưa có số liệu các tỉnh theo cùng một phương pháp cho năm {year}."),
    "nb34.vintage.early_estimate": ("early estimate", "ước tính sớm"),
    "nb34.vintage.estimate": ("estimate", "ước tính"),
    "nb34.vintage.preliminary": ("preliminary", "sơ bộ"),
    "nb34.vintage.official": ("official", "chính thức"),
    "nb34.vintage.revised": ("revised", "điều chỉnh"),
    "nb34.vintage.projection": ("projection", "dự báo"),
    "nb34.basis.current": ("current", "hiện hành"),
    "nb34.basis.old_basis": ("old basis", "phương pháp cũ"),
    "nb34.basis.unknown": ("unknown", "không rõ"),
    "nb34.col.year": ("Year", "Năm"),
    "nb34.col.value": ("Value", "Giá trị"),
    "nb34.col.national": ("Vietnam, same year", "Cả nước, cùng năm"),
    "nb34.col.ratio_to_national": ("Hanoi / Vietnam", "Hà Nội / cả nước"),
    "nb34.col.producer": ("Producer", "Đơn vị tính toán"),
    "nb34.col.vintage": ("Vintage", "Loại số liệu"),
    "nb34.col.basis": ("Basis", "Phương pháp"),
    "nb34.col.published": ("Published", "Ngày công bố"),
    "nb34.col.obs_id": ("Observation ID", "Mã số liệu"),
    "nb34.col.period": ("Period", "Giai đoạn"),
    "nb34.col.published_avg": ("Published average (%/yr)", "Bình quân đã công bố (%/năm)"),
    "nb34.col.source_ids": ("Source IDs", "Mã nguồn"),
    "nb34.col.target": ("Target", "Mục tiêu"),
    "nb34.col.documents": ("Documents", "Văn bản"),
    "nb34.col.verdict": ("Verdict", "Đánh giá"),
    "nb34.col.target_avg": ("Target average (%/yr)", "Mục tiêu bình quân (%/năm)"),
    "nb34.col.years_elapsed": ("Years elapsed", "Số năm đã qua"),
    "nb34.col.years_left": ("Years left", "Số năm còn lại"),
    "nb34.col.scenario": ("Elapsed years assumed at", "Giả định cho các năm đã qua"),
    "nb34.col.required": ("Required in the remaining years (%/yr)", "Cần đạt trong các năm còn lại (%/năm)"),
    "nb34.col.gap_to_best_pace": ("Gap to the best past pace (points)", "Chênh so với tốc độ cao nhất đã đạt (điểm %)"),
    "nb34.col.years": ("Years", "Các năm"),
    "nb34.col.p_start": ("Level, start (mn VND)", "Mức đầu kỳ (triệu đồng)"),
    "nb34.col.p_end": ("Level, end (mn VND)", "Mức cuối kỳ (triệu đồng)"),
    "nb34.col.nominal_p": ("Nominal productivity growth (%/yr)", "Tăng NSLĐ danh nghĩa (%/năm)"),
    "nb34.col.real_grdp": ("Real GRDP growth (%/yr)", "Tăng GRDP thực (%/năm)"),
    "nb34.col.nominal_grdp": ("Nominal GRDP growth (%/yr)", "Tăng GRDP danh nghĩa (%/năm)"),
    "nb34.col.deflator": ("Implied GRDP deflator (%/yr)", "Chỉ số giảm phát GRDP ngầm định (%/năm)"),
    "nb34.col.real_p": ("Real productivity growth at that deflator (%/yr)", "Tăng NSLĐ thực theo chỉ số giảm phát đó (%/năm)"),
    "nb34.col.implied_employment_growth": ("Implied employment growth (%/yr)", "Tăng việc làm ngầm định (%/năm)"),
    "nb34.col.breakeven_deflator": ("Deflator at which real growth meets the target (%/yr)", "Chỉ số giảm phát để tăng thực đạt mục tiêu (%/năm)"),
    "nb34.col.crosses_break": ("Spans the 2021 definition change", "Qua thay đổi định nghĩa 2021"),
    "nb34.col.level": ("Level (mn VND)", "Mức NSLĐ (triệu đồng)"),
    "nb34.col.grdp": ("GRDP, current prices (bn VND)", "GRDP giá hiện hành (tỷ đồng)"),
    "nb34.col.implied_employment": ("Implied employment (thousand)", "Việc làm ngầm định (nghìn người)"),
    "nb34.col.labour_force": ("Labour force (thousand)", "Lực lượng lao động (nghìn người)"),
    "nb34.col.population_avg": ("Average population (thousand)", "Dân số trung bình (nghìn người)"),
    "nb34.col.population_year": ("Population of year", "Dân số năm"),
    "nb34.col.employment_rate": ("Implied employment / population (%)", "Việc làm ngầm định / dân số (%)"),
    "nb34.col.grdp_growth": ("Real GRDP growth (%)", "Tăng GRDP thực (%)"),
    "nb34.col.lf_growth": ("Labour-force growth (%)", "Tăng lực lượng lao động (%)"),
    "nb34.col.proxy": ("GRDP growth per labour-force member (%)", "Tăng GRDP trên mỗi người trong LLLĐ (%)"),
    "nb34.col.flag": ("Note", "Ghi chú"),
    "nb34.col.series": ("Series", "Chuỗi số liệu"),
    "nb34.col.growth": ("Growth (%/yr)", "Tăng trưởng (%/năm)"),
    "nb34.col.basis_of_growth": ("GRDP growth used", "Tăng GRDP được dùng"),
    "nb34.col.grdp_source": ("GRDP years or document", "Năm GRDP hoặc văn bản"),
    "nb34.col.productivity_target": ("Productivity target (%/yr)", "Mục tiêu NSLĐ (%/năm)"),
    "nb34.col.required_employment_growth": ("Employment growth needed (%/yr)", "Tăng việc làm cần thiết (%/năm)"),
    "nb34.col.unit": ("Unit", "Đơn vị"),
    "nb34.col.source": ("Source", "Nguồn"),
    "nb34.col.value_added": ("Digital value added (bn VND)", "Giá trị tăng thêm kinh tế số (tỷ đồng)"),
    "nb34.col.computed_share": ("Computed share (% of GRDP)", "Tỷ trọng tính lại (% GRDP)"),
    "nb34.col.published_share": ("Published share (% of GRDP)", "Tỷ trọng công bố (% GRDP)"),
    "nb34.col.geo": ("Place", "Địa phương"),
    "nb34.col.rank": ("Rank", "Thứ hạng"),
    "nb34.col.first": ("First value", "Giá trị đầu"),
    "nb34.col.latest": ("Latest value", "Giá trị mới nhất"),
    "nb34.col.cagr": ("Growth (%/yr)", "Tăng trưởng (%/năm)"),
    "nb34.col.pp_per_year": ("Change (points/yr)", "Thay đổi (điểm %/năm)"),
    "nb34.col.target_year": ("Target year", "Năm mục tiêu"),
    "nb34.col.comparison": ("Wording", "Cách diễn đạt"),
    "nb34.col.latest_year": ("Latest year", "Năm gần nhất"),
    "nb34.col.latest_value": ("Latest value", "Giá trị gần nhất"),
    "nb34.col.required_cagr": ("Required growth (%/yr)", "Tăng trưởng cần thiết (%/năm)"),
    "nb34.col.required_pp": ("Required change (points/yr)", "Thay đổi cần thiết (điểm %/năm)"),
    "nb34.col.status": ("Status", "Tình trạng"),
    "nb34.col.date": ("Date", "Ngày"),
    "nb34.col.event": ("Event", "Sự kiện"),
    "nb34.col.what": ("Document or series", "Văn bản hoặc chuỗi số liệu"),
    "nb34.col.target_id": ("Target ID", "Mã mục tiêu"),
    "nb34.col.ex_post": ("Ex post", "Hậu kiểm"),
    "nb34.col.eurostat": ("Eurostat", "Eurostat"),
    "nb34.col.unsd": ("UNSD", "UNSD"),
    "nb34.col.escap": ("ESCAP", "ESCAP"),
    "nb34.col.destatis": ("Destatis", "Destatis"),
    "nb34.col.model": ("Model", "Mô hình"),
    "nb34.col.required_growth": ("Required growth (%/yr)", "Tăng trưởng cần thiết (%/năm)"),
    # --- issue 11: notebook 03, the productivity estimate ---
    "nb03.fig_estimate": ("Labour productivity growth per labour-force member, 2011–2025", "Tăng năng suất lao động trên mỗi người trong lực lượng lao động, 2011–2025"),
    "nb03.annual_est": ("Annual estimate (real GRDP − labour force)", "Ước tính hằng năm (GRDP thực − lực lượng lao động)"),
    "nb03.range_2125": ("2021–2025 average: range of the constructions", "Bình quân 2021–2025: khoảng của các cách tính"),
    "nb03.interval_2125": ("… with rounding and the 2025 GRDP estimate", "… tính cả làm tròn và ước GRDP 2025"),
    "nb03.headline": ("Hanoi's labour productivity (per labour-force member) grew {lo}–{hi}% a year on average in 2021–2025 (interval {ilo}–{ihi}% with the rounding of the survey figures and the 2025 GRDP estimate), against a target of {tlo}–{thi}%: {verdict}.", "Năng suất lao động của Hà Nội (trên mỗi người trong lực lượng lao động) tăng bình quân {lo}–{hi}%/năm giai đoạn 2021–2025 (khoảng {ilo}–{ihi}% khi tính cả làm tròn số liệu khảo sát và ước GRDP 2025), so với mục tiêu {tlo}–{thi}%: {verdict}."),
    "nb03.no_estimate": ("As of {as_of} the data do not reach 2025: no 2021–2025 estimate.", "Tính đến {as_of} số liệu chưa đến năm 2025: chưa có ước tính 2021–2025."),
    "nb03.flag.consistent": ("consistent with the labour force", "phù hợp với lực lượng lao động"),
    "nb03.flag.inconsistent": ("more workers than the labour force: not used", "nhiều lao động hơn lực lượng lao động: không dùng"),
    "nb03.flag.no_labour_force": ("no labour force for the year", "không có số liệu lực lượng lao động của năm"),
    "nb03.flag.basis_unknown": ("basis unknown or projection", "không rõ cơ sở hoặc là dự báo"),
}  # fmt: skip


# --- the report site (hn4ir_analysis.report.site) ---
_SITE_PHRASES = {
    "site.title": ("Hanoi's Fourth Industrial Revolution plan: is Hanoi on track?",
              "Kế hoạch Cách mạng công nghiệp lần thứ tư của Hà Nội: Hà Nội có đạt mục tiêu?"),
    "site.overview": ("Targets by target year", "Mục tiêu theo năm mục tiêu"),
    "site.year_title": ("Targets for {year}", "Các mục tiêu năm {year}"),
    "site.pages": ("Report pages", "Các trang báo cáo"),
    "site.shared": ("same for every target year", "dùng chung cho mọi năm mục tiêu"),
    "site.failed": ("{n} notebook run(s) failed. This run was not published as the latest report.",
               "{n} lượt chạy notebook bị lỗi. Lần chạy này không được công bố làm báo cáo mới nhất."),
    "site.failed_item": ("failed", "lỗi"),
    "site.published": ("latest source published", "nguồn công bố gần nhất"),
    "site.retrieved": ("retrieved", "truy xuất"),
    "site.run": ("run", "lần chạy"),
    "site.downloads": ("Tables", "Bảng số liệu"),
    "site.assessment": ("Assessment of each target, by method", "Đánh giá từng mục tiêu theo từng phương pháp"),
    "site.no_verdict": ("no method has enough data", "không phương pháp nào đủ dữ liệu"),
    "site.no_table": ("No assessment table in this run: {why}", "Lần chạy này không có bảng đánh giá: {why}"),
    "site.not_executed": ("This notebook did not produce output: {error}", "Notebook này không có kết quả: {error}"),
    "site.home": ("Overview", "Tổng quan"),
    "site.previous": ("previous", "trước"),
    "site.next": ("next", "tiếp"),
    "site.legend": ("Colours", "Màu"),
    "site.legend_green": ("achieved / on track", "đạt / đúng lộ trình"),
    "site.legend_amber": ("some progress, acceleration needed", "có tiến bộ, cần tăng tốc"),
    "site.legend_red": ("off track / missed", "chệch hướng / không đạt"),
    "site.legend_grey": ("no data / not quantifiable", "không đủ dữ liệu / không định lượng"),
}  # fmt: skip


# --- the answer page (views.overview, report site, notebook 05): one verdict per target ---
_OVERVIEW_PHRASES = {
    "ov.question": ("Is Hanoi on track for its Fourth Industrial Revolution plan (Plan 205-KH/TU)?",
                    "Hà Nội có đúng lộ trình thực hiện Kế hoạch 205-KH/TU về Cách mạng công nghiệp lần thứ tư?"),
    "ov.verdict.achieved": ("Achieved", "Đã đạt"),
    "ov.verdict.missed": ("Missed", "Không đạt"),
    "ov.verdict.on_track": ("On track", "Đúng lộ trình"),
    "ov.verdict.off_track": ("Off track", "Chệch lộ trình"),
    "ov.verdict.methods_disagree": ("Methods disagree", "Các phương pháp không thống nhất"),
    "ov.verdict.insufficient_data": ("Too little data", "Không đủ dữ liệu"),
    "ov.verdict.not_quantifiable": ("Not quantifiable", "Không định lượng được"),
    "ov.pct_per_year": ("%/yr", "%/năm"),
    "ov.series_other": ("other measurement", "cách đo khác"),
    "ov.outcome": ("{value} in {year}", "{value} năm {year}"),
    "ov.target_was": ("target {target}", "mục tiêu {target}"),
    "ov.so_far": ("average so far {value}", "bình quân đến nay {value}"),
    "ov.recent_pace": ("recent pace {value} ({years})", "tốc độ gần đây {value} ({years})"),
    "ov.latest": ("{value} in {year}", "{value} năm {year}"),
    "ov.pace_pts": ("pace +{pts} points/yr", "tốc độ +{pts} điểm %/năm"),
    "ov.pace_pct": ("pace {pct} %/yr", "tốc độ {pct} %/năm"),
    "ov.needs": ("needs {pct} %/yr from now", "cần tăng {pct} %/năm từ nay"),
    "ov.reached": ("at this pace reached in {year}", "với tốc độ này đạt vào năm {year}"),
    "ov.not_reached": ("at this pace not reached by {year}", "với tốc độ này chưa đạt trước năm {year}"),
    "ov.split": ("{on} method(s) say on track, {off} off track", "{on} phương pháp cho là đúng lộ trình, {off} chệch lộ trình"),
    "ov.tiebreak": ("the model's probability breaks the tie", "xác suất của mô hình quyết định"),
    "ov.p_met": ("model: p = {p}, {word}", "mô hình: p = {p}, {word}"),
    "ov.no_data": ("no method has enough comparable annual values", "không phương pháp nào có đủ số liệu năm so sánh được"),
    "ov.yes": ("met", "đạt"),
    "ov.no": ("not met", "không đạt"),
    "ov.theme.productivity": ("Labour productivity", "Năng suất lao động"),
    "ov.theme.digital_economy": ("Digital economy", "Kinh tế số"),
    "ov.theme.infrastructure": ("Digital infrastructure", "Hạ tầng số"),
    "ov.theme.government": ("Digital government and public services", "Chính quyền số và dịch vụ công"),
    "ov.theme.innovation": ("Start-ups and innovation", "Khởi nghiệp và đổi mới sáng tạo"),
    "ov.theme.structure": ("Structure of the economy", "Cơ cấu kinh tế"),
    "ov.theme.growth": ("Growth and income", "Tăng trưởng và thu nhập"),
    "ov.theme.other": ("Other", "Khác"),
    "ov.col.target": ("Target (Plan 205-KH/TU)", "Mục tiêu (Kế hoạch 205-KH/TU)"),
    "ov.col.target_plain": ("Target", "Mục tiêu"),
    "ov.col.verdict": ("Verdict", "Đánh giá"),
    "ov.col.why": ("Why: the numbers", "Vì sao: các con số"),
    "ov.col.trend": ("Trend", "Xu hướng"),
    "ov.col.method": ("Method", "Phương pháp"),
    "ov.col.series": ("Measurement", "Cách đo"),
    "ov.col.p": ("P(target met)", "Xác suất đạt"),
    "ov.col.latest": ("Latest value", "Giá trị gần nhất"),
    "ov.col.projected": ("Projected for the target year", "Dự báo cho năm mục tiêu"),
    "ov.col.notes": ("Technical notes (English, as the assessment writes them)", "Ghi chú kỹ thuật (bằng tiếng Anh, như bảng đánh giá ghi)"),
    "ov.col.growth": ("Growth from the latest year (%/yr)", "Tăng trưởng từ năm gần nhất (%/năm)"),
    "ov.col.value": ("Value in the target year", "Giá trị năm mục tiêu"),
    "ov.col.met": ("Target met?", "Đạt mục tiêu?"),
    "ov.col.year": ("Year reached", "Năm đạt"),
    "ov.col.year_target": ("Year", "Năm"),
    "ov.col.documents": ("Documents", "Văn bản"),
    "ov.col.evidence": ("Evidence found", "Bằng chứng tìm thấy"),
    "ov.restated": ("restated in {n} documents", "được nêu trong {n} văn bản"),
    "ov.superseded": ("later reset: {name} ({doc})", "sau đó điều chỉnh: {name} ({doc})"),
    "ov.superseded_tag": ("superseded", "đã được thay thế"),
    "ov.rule_title": ("How the one verdict is decided", "Cách đưa ra một kết luận cho mỗi mục tiêu"),
    "ov.rule1": ("Period over: the published outcome decides (achieved / missed), with its vintage.",
                 "Đã hết kỳ: kết quả đã công bố quyết định (đã đạt / không đạt), kèm loại số liệu."),
    "ov.rule2": ("Otherwise, when the official methods (Eurostat, UNSD, ESCAP, Destatis) that have data agree: on track / off track. A pace read across two releases does not vote when one release judges the target.",
                 "Nếu chưa hết kỳ và các phương pháp chính thức (Eurostat, UNSD, ESCAP, Destatis) có đủ dữ liệu thống nhất: đúng / chệch lộ trình. Tốc độ tính từ hai lần công bố khác nhau không được tính khi đã có số liệu của cùng một lần công bố."),
    "ov.rule3": ("When they disagree, the model's probability breaks the tie only if decisive (p ≥ 0.66 on track, p < 0.33 off track); else “methods disagree”. The model never overrides agreeing methods.",
                 "Khi không thống nhất, xác suất của mô hình chỉ quyết định khi rõ ràng (p ≥ 0,66 đúng, p < 0,33 chệch lộ trình); nếu không: “các phương pháp không thống nhất”. Mô hình không bao giờ thay kết luận thống nhất."),
    "ov.rule4": ("No method has data: “too little data” (or the model alone, when its probability is decisive).",
                 "Không phương pháp nào có dữ liệu: “không đủ dữ liệu” (hoặc chỉ theo mô hình khi xác suất rõ ràng)."),
    "ov.goals_title": ("Plan 205's qualitative goals and the evidence", "Các mục tiêu định tính của Kế hoạch 205 và bằng chứng"),
    "ov.evidence_n": ("{n} item(s) of evidence", "{n} bằng chứng"),
    "ov.hanoi_title": ("Hanoi's other targets, by theme", "Các mục tiêu khác của Hà Nội, theo lĩnh vực"),
    "ov.hanoi_goals": ("Qualitative goals of other documents", "Mục tiêu định tính của các văn bản khác"),
    "ov.vietnam_title": ("Vietnam's national targets (not Hanoi's)", "Các mục tiêu quốc gia của Việt Nam (không phải của Hà Nội)"),
    "ov.n_targets": ("{n} distinct targets", "{n} mục tiêu khác nhau"),
    "ov.methods": ("each method", "từng phương pháp"),
    "ov.method_details": ("Method details", "Chi tiết phương pháp"),
    "ov.whatif_title": ("What if it grew … a year from the latest year on?", "Nếu từ năm gần nhất tăng … mỗi năm?"),
    "ov.other_lang": ("Tiếng Việt", "English"),
    "ov.csv": ("download CSV", "tải CSV"),
    "ov.legend": ("Verdicts", "Kết luận"),
    "ov.years": ("Targets by year", "Mục tiêu theo năm"),
    "ov.as_of_line": ("As of {as_of}", "Số liệu đến {as_of}"),
    "ov.plan_empty": ("No target of Plan 205-KH/TU in the years of this run.", "Lần chạy này không có mục tiêu nào của Kế hoạch 205-KH/TU."),
    "ov.year_plan": ("Plan 205-KH/TU", "Kế hoạch 205-KH/TU"),
    "ov.chart_alt": ("{name}: values {first}–{last}", "{name}: số liệu {first}–{last}"),
    "ov.screen.head": ("hn4ir report: {n} notebook runs ({shared} shared, {per} per year) in {s} s with {jobs} kernels: {state}",
                       "hn4ir report: {n} lượt chạy notebook ({shared} dùng chung, {per} theo năm) trong {s} giây với {jobs} kernel: {state}"),
    "ov.screen.ok": ("all succeeded", "tất cả thành công"),
    "ov.screen.failed": ("{n} FAILED", "{n} LỖI"),
    "ov.screen.failed_item": ("FAILED", "LỖI"),
    "ov.screen.report": ("report", "báo cáo"),
    "ov.screen.run": ("run", "lần chạy"),
    "ov.screen.not_published": ("report NOT published, latest unchanged", "báo cáo KHÔNG được công bố, bản mới nhất giữ nguyên"),
    "ov.screen.assessment": ("assessment {status}: {error}", "bảng đánh giá {status}: {error}"),
}  # fmt: skip


# --- notebook 05 (target scorecard): its narrative, generated in the reader's language ---
_NB05_NARRATIVE = {
    "nb05.h1": ("# Target scorecard {year}: is Hanoi on track? (data as of {as_of})",
                "# Bảng đánh giá mục tiêu năm {year}: Hà Nội có đúng lộ trình? (số liệu đến {as_of})"),
    "nb05.intro": ("Every target that Hanoi's documents set for {year} — Plan 205-KH/TU of 10 September 2020 first, then the documents that restate, extend or reset it — with **one verdict** each, the numbers behind it, and each method's verdict one level down. Only figures for years up to {as_of} that had been published by the end of {next} are used.",
                   "Mọi mục tiêu các văn bản của Hà Nội đặt cho năm {year} — trước hết là Kế hoạch 205-KH/TU ngày 10/9/2020, sau đó là các văn bản nhắc lại, mở rộng hoặc điều chỉnh — mỗi mục tiêu có **một kết luận**, các con số làm căn cứ, và kết luận của từng phương pháp ở mức chi tiết. Chỉ dùng số liệu của các năm đến {as_of} đã công bố trước cuối năm {next}."),
    "nb05.s_answer": ("## 1. The answer: one verdict per target", "## 1. Câu trả lời: một kết luận cho mỗi mục tiêu"),
    "nb05.answer_note": ("One line per distinct target: a target restated by several documents is one line (the number of documents is given). *Too little data* is not a verdict: it says the data cannot answer yet.",
                         "Mỗi mục tiêu khác nhau một dòng: mục tiêu được nhiều văn bản nhắc lại chỉ là một dòng (có ghi số văn bản). *Không đủ dữ liệu* không phải là kết luận: nghĩa là số liệu chưa cho phép trả lời."),
    "nb05.s_rule": ("### How the one verdict is decided", "### Cách đưa ra một kết luận"),
    "nb05.s_methods": ("## 2. Each method's verdict", "## 2. Kết luận của từng phương pháp"),
    "nb05.methods_note": ("**Ex post**: the period is over and an outcome is published. **Eurostat** compares the growth achieved since the base year with the growth the target requires; **UNSD** projects the latest value at its past growth and asks what share of the distance it covers; **ESCAP** extrapolates with more weight on recent years; **Destatis** projects the average change of the last five years (sun, clouds, storm). **Model**: share of a trend model's simulated paths that meet the target, in IPCC likelihood words.",
                          "**Hậu kiểm**: đã hết kỳ và có kết quả công bố. **Eurostat** so sánh tốc độ tăng đã đạt từ năm gốc với tốc độ mục tiêu đòi hỏi; **UNSD** chiếu giá trị mới nhất theo tốc độ trong quá khứ và xem đi được bao nhiêu phần khoảng cách; **ESCAP** ngoại suy với trọng số lớn hơn cho các năm gần đây; **Destatis** chiếu mức thay đổi bình quân năm năm gần nhất (nắng, mây, giông). **Mô hình**: tỷ lệ các đường mô phỏng của mô hình xu hướng đạt mục tiêu, diễn đạt theo thang khả năng của IPCC."),
    "nb05.s_whatif": ("## 3. What if: the growth needed and what given growth rates give", "## 3. Nếu…: tốc độ cần thiết và kết quả với các tốc độ giả định"),
    "nb05.whatif_note": ("For each quantitative target with a latest value: if the indicator grew by the given rate each year from the latest year on, its value in the target year, whether that meets the target, and the year it gets there. Arithmetic, not a forecast: the model's probability is the forecast.",
                         "Với mỗi mục tiêu định lượng có giá trị mới nhất: nếu chỉ tiêu tăng theo tốc độ giả định mỗi năm kể từ năm gần nhất, giá trị năm mục tiêu, có đạt mục tiêu không, và năm đạt. Đây là phép tính, không phải dự báo: xác suất của mô hình mới là dự báo."),
    "nb05.whatif_target": ("**{name}** — needs {needed} from the latest year.", "**{name}** — cần {needed} kể từ năm gần nhất."),
    "nb05.whatif_none": ("No quantitative target of this year has a latest value to start from.", "Không mục tiêu định lượng nào của năm này có giá trị mới nhất để tính."),
    "nb05.slider": ("Growth a year from the latest year (%)", "Tăng trưởng mỗi năm từ năm gần nhất (%)"),
    "nb05.s_fans": ("## 4. Projections against the targets", "## 4. Dự báo so với mục tiêu"),
    "nb05.fans_note": ("One panel per distinct series: every measurement observed, the projection of a statsmodels trend model with its {p}% prediction interval, and the targets in the unit they are set in (a growth target as a band at its %/yr over its years).",
                       "Mỗi chuỗi số liệu một ô: các cách đo đã quan sát, dự báo của mô hình xu hướng (statsmodels) với khoảng dự báo {p}%, và các mục tiêu theo đúng đơn vị được đặt (mục tiêu tăng trưởng là một dải %/năm trên các năm của nó)."),
    "nb05.no_fans": ("No series of this year's targets has values to draw.", "Không chuỗi số liệu nào của các mục tiêu năm này có giá trị để vẽ."),
    "nb05.s_goals": ("## 5. Qualitative targets: the evidence", "## 5. Mục tiêu định tính: bằng chứng"),
    "nb05.goals_note": ("A qualitative target has no number to project; the evidence the data hold (ranks, counts, shares, dated milestones) is counted here and listed in the technical notes.",
                        "Mục tiêu định tính không có con số để dự báo; số bằng chứng có trong dữ liệu (thứ hạng, số lượng, tỷ lệ, mốc thời gian) được đếm ở đây và liệt kê trong ghi chú kỹ thuật."),
    "nb05.s_checks": ("## 6. Sanity checks", "## 6. Kiểm tra"),
    "nb05.checks_ok": ("All sanity checks passed.", "Mọi kiểm tra đều đạt."),
    "nb05.s_versions": ("## Versions", "## Phiên bản"),
    "nb05.col.package": ("Package", "Gói"),
    "nb05.col.version": ("Version", "Phiên bản"),
    "nb05.col.section": ("Section", "Nhóm"),
    "nb05.section.plan": ("Plan 205-KH/TU", "Kế hoạch 205-KH/TU"),
    "nb05.section.vietnam": ("Vietnam (national)", "Việt Nam (quốc gia)"),
    "nb05.model_details": ("Model internals and notes of each row (technical, English)", "Chi tiết mô hình và ghi chú từng dòng (kỹ thuật, tiếng Anh)"),
    "sc.panel.digital_econ_share": ("Digital economy share of Hanoi's GRDP: each measurement and the targets",
                                    "Tỷ trọng kinh tế số trong GRDP của Hà Nội: từng cách đo và các mục tiêu"),
    "sc.panel.grdp_growth": ("Hanoi's real GRDP growth: observed, projected from the real GRDP index, and the growth targets",
                             "Tăng trưởng GRDP thực của Hà Nội: thực tế, dự báo từ chỉ số GRDP thực, và các mục tiêu tăng trưởng"),
    "sc.panel.labour_productivity": ("Labour productivity per worker at current prices: few published values; its targets are real growth rates, judged on the productivity page",
                                     "Năng suất lao động theo giá hiện hành: ít số liệu đã công bố; mục tiêu là tốc độ tăng thực, được đánh giá ở trang năng suất lao động"),
    "sc.panel.grdp_per_capita_usd": ("Hanoi's GRDP per capita in US dollars: trend and targets", "GRDP bình quân đầu người của Hà Nội (USD): xu hướng và mục tiêu"),
    "sc.panel.grdp_per_capita_vnd": ("Hanoi's GRDP per capita in million VND: trend and targets", "GRDP bình quân đầu người của Hà Nội (triệu đồng): xu hướng và mục tiêu"),
}  # fmt: skip


def _build() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = dict(_PHRASES)
    table.update(_SCORECARD_PHRASES)
    table.update(_SITE_PHRASES)
    table.update(_NB01_02_PHRASES)
    table.update(_NB03_04_PHRASES)
    table.update(_OVERVIEW_PHRASES)
    table.update(_NB05_NARRATIVE)
    for narrative in (narrative_01_02, narrative_03_04, narrative_06,
                      phrases_h16a, phrases_h16b, phrases_h17b, phrases_h19, phrases_h20):  # fmt: skip
        table.update(narrative.PHRASES)
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
