"""Phrases of the "What changed since the last release" page (issue 17), English and Vietnamese.

Keys ``rev.*``; merged into the i18n table by :func:`hn4ir_analysis.views.i18n._build`.
"""

PHRASES = {
    "rev.title": (
        "What changed since the last release",
        "Những gì đã thay đổi so với lần phát hành trước",
    ),
    "rev.link": (
        "What changed since the last release: new, revised and withdrawn figures",
        "Những gì đã thay đổi so với lần phát hành trước: số liệu mới, được điều chỉnh và bị bỏ",
    ),
    "rev.intro": (
        "Every value of the processed tables that is new, changed or gone compared with the "
        "tables of the previous release (file revisions.csv, written by hn4ir data). A change "
        "to a published figure beyond the tolerance of its indicator is never taken silently: "
        "a person accepted it, with the reason listed at the end of this page.",
        "Mọi giá trị trong các bảng đã xử lý là mới, thay đổi hoặc không còn so với các bảng "
        "của lần phát hành trước (tệp revisions.csv, do lệnh hn4ir data ghi ra). Một thay đổi "
        "của số liệu đã công bố vượt quá ngưỡng cho phép của chỉ tiêu không bao giờ được nhận "
        "một cách lặng lẽ: một người đã chấp nhận nó, với lý do ghi ở cuối trang này.",
    ),
    "rev.none": (
        "No value changed since the last release.",
        "Không có giá trị nào thay đổi so với lần phát hành trước.",
    ),
    "rev.missing": (
        "No list of revisions was found: run hn4ir data, then build the report again.",
        "Không tìm thấy danh sách điều chỉnh: hãy chạy hn4ir data rồi tạo lại báo cáo.",
    ),
    "rev.counts": (
        "{new} new, {changed} changed, {gone} gone, {source} with another source.",
        "{new} mới, {changed} thay đổi, {gone} không còn, {source} đổi nguồn.",
    ),
    "rev.section.changed": ("Changed values", "Giá trị đã thay đổi"),
    "rev.section.gone": ("Values no longer in the data", "Giá trị không còn trong dữ liệu"),
    "rev.section.new": ("New values", "Giá trị mới"),
    "rev.section.source": ("Same value, other source", "Cùng giá trị, nguồn khác"),
    "rev.section.accepted": (
        "Revisions accepted by a person",
        "Các điều chỉnh đã được một người chấp nhận",
    ),
    "rev.accepted_none": (
        "No revision needed acceptance so far.",
        "Chưa có điều chỉnh nào cần được chấp nhận.",
    ),
    "rev.more": (
        "… and {n} more: see revisions.csv.",
        "… và {n} giá trị khác: xem revisions.csv.",
    ),
    "rev.csv": ("the full list as CSV", "toàn bộ danh sách dạng CSV"),
    "rev.beyond": ("beyond tolerance", "vượt ngưỡng"),
    "rev.kind.observed": ("published", "công bố"),
    "rev.kind.derived": ("derived", "tính toán"),
    "rev.col.geo": ("Place", "Địa bàn"),
    "rev.col.indicator": ("Indicator", "Chỉ tiêu"),
    "rev.col.period": ("Year or period", "Năm hoặc giai đoạn"),
    "rev.col.kind": ("Kind", "Loại"),
    "rev.col.old": ("Before", "Trước"),
    "rev.col.new": ("Now", "Hiện nay"),
    "rev.col.diff": ("Change", "Chênh lệch"),
    "rev.col.tolerance": ("Tolerance", "Ngưỡng cho phép"),
    "rev.col.sources": ("Sources (before → now)", "Nguồn (trước → nay)"),
    "rev.col.date": ("Accepted on", "Ngày chấp nhận"),
    "rev.col.reason": ("Reason", "Lý do"),
}
