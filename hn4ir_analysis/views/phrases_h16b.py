"""Reader phrases added for issue 16 (§3 productivity range and digital sensitivity, §4 status, §7).

``PHRASES = {key: (English, Vietnamese)}``, merged into the i18n table by ``i18n._build``.
Placeholders are ``{name}``-style; numbers arrive already formatted for the language.
"""

from __future__ import annotations

PHRASES: dict[str, tuple[str, str]] = {
    # §3: sensitivity of the same-release digital-economy reading
    "dsens.growth.nominal": ("“1.76 times 2020” read as nominal (current prices)",
                             "“gấp 1,76 lần 2020” hiểu theo giá hiện hành (danh nghĩa)"),
    "dsens.growth.real": ("“1.76 times 2020” read as real (volume; GRDP deflator)",
                          "“gấp 1,76 lần 2020” hiểu theo giá so sánh (thực; chỉ số giảm phát GRDP)"),
    "dsens.grdp.gso_series": ("2020 GRDP of today's GSO series", "GRDP 2020 theo chuỗi hiện nay của Tổng cục Thống kê"),
    "dsens.grdp.published_at_time": ("2020 GRDP as published at the time", "GRDP 2020 như công bố khi đó"),
    "dsens.col.reading": ("Reading", "Cách đọc"),
    "dsens.col.first": ("Share 2020 (% of GRDP)", "Tỷ trọng 2020 (% GRDP)"),
    "dsens.col.latest": ("Share 2025 (% of GRDP)", "Tỷ trọng 2025 (% GRDP)"),
    "dsens.col.pp_per_year": ("Pace (points a year)", "Tốc độ (điểm % mỗi năm)"),
    "dsens.col.expected": ("Expected in {year} (% of GRDP)", "Dự kiến năm {year} (% GRDP)"),
    "dsens.col.reached": ("Year {threshold} % is reached", "Năm đạt {threshold}%"),
    "dsens.lead": (
        "**At the pace of the city's own 2025 release, the digital economy would be about {expected} % of "
        "GRDP in {year}** ({lo}–{hi} % across the defensible readings of the release); "
        "**{threshold} % not before {first}–{last}**. The pace is linear in percentage points over "
        "{y0}–{y1}; the range comes from reading “1.76 times 2020” as real instead of nominal and from "
        "the 2020 GRDP published at the time instead of today's series.",
        "**Với tốc độ theo chính lần công bố năm 2025 của thành phố, kinh tế số sẽ vào khoảng {expected}% "
        "GRDP năm {year}** ({lo}–{hi}% theo các cách đọc có cơ sở của lần công bố); **{threshold}% "
        "không sớm hơn {first}–{last}**. Tốc độ tính tuyến tính theo điểm phần trăm giai đoạn {y0}–{y1}; "
        "khoảng dao động đến từ việc hiểu “gấp 1,76 lần 2020” theo giá so sánh thay vì giá hiện hành và "
        "từ GRDP 2020 như công bố khi đó thay vì chuỗi hiện nay.",
    ),
    "dsens.real_note": (
        "Read as real, the 2020 share no longer depends on the GRDP chosen: the deflator carries the same "
        "GRDP, so the two real rows agree.",
        "Khi hiểu theo giá so sánh, tỷ trọng 2020 không còn phụ thuộc vào GRDP được chọn: chỉ số giảm phát "
        "mang cùng GRDP đó, nên hai dòng theo giá so sánh trùng nhau.",
    ),
    # §3: productivity 2021-25 as a range, and which end a verdict uses
    "prange.ex_post": (
        "Productivity growth 2021–25: {lo}–{hi} %/yr across the constructions ({ilo}–{ihi} with rounding and the "
        "GRDP estimate). The verdict compares that whole interval with the target (missed only if even its highest "
        "bound misses); the value shown is the higher end, {end} %/yr, the most favourable construction.",
        "Tăng năng suất 2021–2025: {lo}–{hi}%/năm theo các cách dựng ({ilo}–{ihi} khi tính sai số làm tròn và ước "
        "tính GRDP). Kết luận so cả khoảng đó với mục tiêu (chỉ là không đạt khi ngay cận trên cũng không đạt); giá "
        "trị hiển thị là đầu trên, {end}%/năm, cách dựng thuận lợi nhất.",
    ),
    "prange.ahead": (
        "Recent pace 2021–25: {lo}–{hi} %/yr across the constructions ({ilo}–{ihi} with rounding and the GRDP "
        "estimate). The verdict is read at both ends and the less favourable stands: the lower end, {end} %/yr.",
        "Tốc độ gần đây 2021–2025: {lo}–{hi}%/năm theo các cách dựng ({ilo}–{ihi} khi tính sai số làm tròn và ước "
        "tính GRDP). Kết luận được xét ở cả hai đầu và lấy kết quả kém thuận lợi hơn: đầu dưới, {end}%/năm.",
    ),
    # §6: what a chart shows but does not count
    "sc.not_counted.two_releases": ("(two releases: the link is not counted)",
                                    "(hai lần công bố: không tính mối nối)"),
    "sc.not_counted.inconsistent": ("(more workers than the labour force: not used, not projected)",
                                    "(số lao động vượt lực lượng lao động: không dùng, không dự báo)"),
    # §7: evidence of qualitative goals in words
    "evid.rank": ("rank {n}", "hạng {n}"),
    "evid.milestones": ("dated events or statements: {n}", "sự kiện hoặc tuyên bố có ngày: {n}"),
    "evid.gap": ("missing: {text}", "còn thiếu: {text}"),
    "evid.gap.mobile_5g_broadband_access": (
        "no Hanoi 5G population coverage and no measured broadband price or coverage",
        "chưa có tỷ lệ dân số Hà Nội được phủ sóng 5G, chưa có số đo giá hay độ phủ băng rộng"),
    "evid.gap.digital_infrastructure": ("no measured fibre-household coverage for Hanoi",
                                        "chưa có số đo tỷ lệ hộ gia đình Hà Nội có cáp quang"),
    "evid.gap.open_data": ("no Hanoi open-data portal found (only the national portal)",
                           "chưa tìm thấy cổng dữ liệu mở của Hà Nội (chỉ có cổng quốc gia)"),
    "evid.gap.data_science_ai_standing": ("no city-level AI/data-science ranking for Southeast Asia",
                                          "chưa có bảng xếp hạng AI/khoa học dữ liệu cấp thành phố cho Đông Nam Á"),
    "units.pct_of_gdp": ("% of GDP", "% GDP"),
    # §4: in force, history, draft
    "standing.in_force": ("in force", "đang có hiệu lực"),
    "standing.history": ("history: a later document reset it", "lịch sử: văn bản sau đã điều chỉnh"),
    "standing.draft": ("draft: never in force", "dự thảo: không có hiệu lực"),
    "standing.col": ("Standing", "Hiệu lực"),
    "nb04.status.draft": ("draft (never in force)", "dự thảo (không có hiệu lực)"),
}  # fmt: skip
