"""Reader phrases of issue 16 (the what-if, year reached, exceeded, estimates at the threshold).

``PHRASES = {key: (English, Vietnamese)}``, merged by :func:`hn4ir_analysis.views.i18n._build`.
"""

PHRASES = {
    # the what-if table (HTML / notebook; whatif.csv keeps codes)
    "wi.col.scenario": ("If it moved, a year from the latest year", "Nếu mỗi năm thay đổi, từ năm gần nhất"),
    "wi.col.relative": ("Same as relative growth of the share", "Tương đương tăng tương đối của tỷ trọng"),
    "wi.unit.pct_per_year": ("%/yr", "%/năm"),
    "wi.unit.points_per_year": ("points/yr", "điểm %/năm"),
    "wi.status.met": ("met", "đạt"),
    "wi.status.exceeded": ("exceeded (above the range)", "vượt (trên khoảng mục tiêu)"),
    "wi.status.not_met": ("not met", "không đạt"),
    "wi.period_average": ("period average", "bình quân giai đoạn"),
    "nb05.whatif_note2": (
        "For each quantitative target with a starting point: if the indicator moved by the given amount each year from the latest year on, its value in the target year, whether that meets the target, and the year it gets there. A growth target over a period: the rate applies to the years of the period not yet observed and the value is the period's average. A share: the scenario is in percentage points a year (the relative growth of the share it amounts to is beside it). Above a range of an indicator that is better higher is *exceeded*, not missed. Arithmetic, not a forecast: the model's probability is the forecast.",
        "Với mỗi mục tiêu định lượng có điểm xuất phát: nếu chỉ tiêu thay đổi theo mức giả định mỗi năm kể từ năm gần nhất, giá trị năm mục tiêu, có đạt mục tiêu không, và năm đạt. Mục tiêu tăng trưởng bình quân một giai đoạn: tốc độ giả định áp dụng cho các năm chưa có số liệu của giai đoạn và giá trị là mức bình quân của cả giai đoạn. Tỷ trọng: kịch bản tính bằng điểm phần trăm mỗi năm (kèm mức tăng tương đối của tỷ trọng). Vượt trên khoảng mục tiêu của một chỉ tiêu càng cao càng tốt là *vượt*, không phải không đạt. Đây là phép tính, không phải dự báo: xác suất của mô hình mới là dự báo.",
    ),
    "nb05.slider2": ("Growth a year from the latest year (%/yr; shares: points/yr)", "Tăng mỗi năm từ năm gần nhất (%/năm; tỷ trọng: điểm %/năm)"),
    # the front page's reason line
    "ov.needs_pts": ("needs {pts} points/yr from now", "cần {pts} điểm %/năm kể từ nay"),
    "ov.exceeded": ("above the range: exceeded", "trên khoảng mục tiêu: vượt"),
    "ov.within_revision": (
        "achieved on the estimate; within the usual revision (±{rev})",
        "đạt theo số ước tính; trong phạm vi điều chỉnh thường gặp (±{rev})",
    ),
    "ov.within_revision_missed": (
        "missed on the estimate; within the usual revision (±{rev})",
        "không đạt theo số ước tính; trong phạm vi điều chỉnh thường gặp (±{rev})",
    ),
    "ov.reached_compound": ("{year} at the compound rate of {pct} %/yr", "năm {year} nếu tăng theo tốc độ kép {pct} %/năm"),
    "ov.not_reached_compound": ("not by {year} at the compound rate of {pct} %/yr", "chưa đạt trước năm {year} nếu tăng theo tốc độ kép {pct} %/năm"),
    "nb04.col.year_reached_compound": ("Year reached at the compound rate", "Năm đạt theo tốc độ tăng kép"),
}  # fmt: skip
