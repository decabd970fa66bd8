"""Phrases of notebook 06 added for issue 19 (out-of-time calibration, skill, reliability) and the
fair statement of the Brier comparison (issue 16 §6), in English and Vietnamese."""

from __future__ import annotations

#: the anchor of the reliability section on the notebook-06 page (the front page's p_met links to it)
RELIABILITY_ANCHOR = "reliability-p-met"

PHRASES: dict[str, tuple[str, str]] = {
    "nb06.s4c": (
        "### 4c. Out-of-time calibration\n\nThe check above shares calendar years between the provinces that fit "
        "the factors and those that test them, so a shock common to all provinces is calibrated on itself. Here "
        "every forecast is widened only with the errors known at its origin (forecasts whose outcome year is no "
        "later than the origin), from all provinces: what a forecaster could have done then. The level of the "
        "conformal quantile adapts to the misses of the class's earlier forecasts (adaptive conformal inference, "
        "one level per class), and a horizon without earlier errors takes the last measured horizon's factor, "
        "grown at least in proportion to the horizon. Forecasts made before any error was known have no "
        "out-of-time interval and are left out. The project asks for 75–85% on the panels and in every class. "
        "**The assessment's model probabilities use this calibration.**",
        "### 4c. Hiệu chỉnh ngoài thời gian\n\nPhép kiểm tra ở trên dùng chung các năm lịch cho các tỉnh dùng để "
        "ước lượng hệ số và các tỉnh dùng để kiểm tra, nên một cú sốc chung cho mọi tỉnh được hiệu chỉnh trên chính "
        "nó. Ở đây mỗi dự báo chỉ được nới rộng bằng các sai số đã biết tại năm gốc của nó (các dự báo có năm kết "
        "quả không muộn hơn năm gốc), từ mọi tỉnh: đúng những gì người dự báo khi đó có thể làm. Mức phân vị "
        "conformal tự điều chỉnh theo tỷ lệ trượt của các dự báo trước đó trong cùng nhóm (suy luận conformal thích "
        "ứng, một mức cho mỗi nhóm), và một tầm dự báo chưa có sai số nào trước đó dùng hệ số của tầm cuối cùng đã "
        "đo, tăng ít nhất theo tỷ lệ với tầm dự báo. Các dự báo lập trước khi biết bất kỳ sai số nào không có khoảng "
        "ngoài thời gian và được bỏ ra. Dự án yêu cầu 75–85% trên các bảng số liệu và trong mọi nhóm. **Xác suất "
        "của mô hình trong phần đánh giá dùng cách hiệu chỉnh này.**",
    ),
    "nb06.oot_result": (
        "Out of time, the calibrated 80% intervals held **{all}** of {n} panel outcomes ({classes}); on provinces "
        "left out the same cells held {province}. Without the adaptive level the out-of-time figure would be "
        "{plain}, with its worst class at {plain_worst}. The adaptive step and the horizon exponent were chosen on "
        "a small grid of these same cells (printed by `make bench`), so read the figure as mildly optimistic.",
        "Ngoài thời gian, khoảng 80% đã hiệu chỉnh chứa **{all}** trong {n} kết quả của các bảng số liệu "
        "({classes}); trên các tỉnh để riêng, cùng các ô đó chứa {province}. Không có mức thích ứng, tỷ lệ ngoài "
        "thời gian sẽ là {plain}, nhóm thấp nhất {plain_worst}. Bước thích ứng và số mũ theo tầm dự báo được chọn "
        "trên một lưới nhỏ trên chính các ô này (in bởi `make bench`), nên hãy đọc con số này là hơi lạc quan.",
    ),
    "nb06.oot_class": ("{cls} {cov} of {n}", "{cls} {cov} trong {n}"),
    "nb06.oot_h5": (
        "**Horizon 5 (the 2030 targets).** The GRDP-index panel (2018–2025) has out-of-time errors up to horizon "
        "{hl} only. The horizon-5 factor of the growth-index class (also used by per-capita series) is therefore "
        "extrapolated from horizon {hl}: ×{ratio} (at least in proportion to the horizon, or as much as the longer "
        "labour-force and population series grew). At horizon {hl} the out-of-time coverage of that class was "
        "{cov} of {n} cells. Every 2030 model probability of these series says so in its note.",
        "**Tầm 5 năm (các mục tiêu năm 2030).** Bảng chỉ số GRDP (2018–2025) chỉ có sai số ngoài thời gian đến tầm "
        "{hl} năm. Vì vậy hệ số tầm 5 năm của nhóm chỉ số phát triển (cũng dùng cho các chuỗi bình quân đầu người) "
        "được ngoại suy từ tầm {hl} năm: ×{ratio} (ít nhất theo tỷ lệ với tầm dự báo, hoặc bằng mức tăng của các "
        "chuỗi lực lượng lao động và dân số dài hơn). Ở tầm {hl} năm, tỷ lệ bao phủ ngoài thời gian của nhóm này là "
        "{cov} trong {n} ô. Mọi xác suất năm 2030 của mô hình cho các chuỗi này đều ghi rõ điều đó.",
    ),
    "nb06.grdp_bias": (
        "**GRDP forecasts biased low.** On the panel the selected model's GRDP-index forecasts were on average "
        "{bias} (log points, forecast minus outcome) at horizons 1–3, from {origins} origins ({first}–{last}) whose "
        "training runs start in 2018 and carry the 2020 dip. A correction learned from these overlapping origins "
        "would rest on one recovery episode; it is left out, and the out-of-time intervals above take the misses "
        "into their width.",
        "**Dự báo GRDP thiên thấp.** Trên bảng số liệu cấp tỉnh, dự báo chỉ số GRDP của mô hình được chọn lệch "
        "trung bình {bias} (điểm log, dự báo trừ kết quả) ở tầm 1–3 năm, từ {origins} năm gốc ({first}–{last}) có "
        "chuỗi huấn luyện bắt đầu từ 2018 và chứa cú sụt năm 2020. Một hiệu chỉnh học từ các năm gốc chồng lấn này "
        "chỉ dựa trên một đợt phục hồi; nên không áp dụng, và khoảng ngoài thời gian ở trên đã tính các lần trượt "
        "vào độ rộng.",
    ),
    "nb06.s4d": (
        "### 4d. Theta, damped ETS, a combination and a global model\n\nOn the M4 competition's yearly series "
        "Theta and damped exponential smoothing beat the naive rule by about a fifth, and combinations and models "
        "pooled across series did better still. Here each is fitted on the log series up to the origin "
        "(statsmodels' ThetaModel and ETSModel with a damped trend), the combination is their mean with the naive "
        "rule, and the global model regresses the coming growth on each province's own long and recent growth, "
        "fitted on every province's outcomes known at the origin. The *learned choice* picks, at each origin and "
        "horizon, the candidate with the lowest error on earlier origins only. Error ÷ naive rule's error, on the "
        "same cells; below 1 is better.",
        "### 4d. Theta, ETS tắt dần, kết hợp và mô hình toàn cục\n\nTrên các chuỗi năm của cuộc thi M4, Theta và "
        "san bằng mũ tắt dần tốt hơn quy tắc đơn giản khoảng một phần năm, còn các phép kết hợp và mô hình gộp "
        "nhiều chuỗi còn tốt hơn nữa. Ở đây mỗi mô hình được ước lượng trên chuỗi log đến năm gốc (ThetaModel và "
        "ETSModel xu hướng tắt dần của statsmodels), phép kết hợp là trung bình của chúng với quy tắc đơn giản, và "
        "mô hình toàn cục hồi quy tăng trưởng sắp tới theo tăng trưởng dài hạn và gần đây của chính tỉnh, ước lượng "
        "trên kết quả của mọi tỉnh đã biết tại năm gốc. *Lựa chọn học được* chọn, tại mỗi năm gốc và tầm dự báo, "
        "phương án có sai số thấp nhất chỉ trên các năm gốc trước đó. Sai số ÷ sai số của quy tắc đơn giản, trên "
        "cùng các ô; dưới 1 là tốt hơn.",
    ),
    "nb06.skill_result": (
        "The learned choice's error was **{panel}× the naive rule's on the panels** ({n_panel} forecasts; goal ≤ "
        "0.85: {panel_goal}) and **{hanoi}× on Hanoi** ({n_hanoi} forecasts; goal ≤ 1: {hanoi_goal}). {keep}",
        "Sai số của lựa chọn học được bằng **{panel} lần sai số quy tắc đơn giản trên các bảng số liệu** "
        "({n_panel} dự báo; mục tiêu ≤ 0,85: {panel_goal}) và **{hanoi} lần trên Hà Nội** ({n_hanoi} dự báo; mục "
        "tiêu ≤ 1: {hanoi_goal}). {keep}",
    ),
    "nb06.skill_keep": (
        "The data do not allow the goal: the assessment keeps the naive rule's centre (the selected model), and "
        "this is the best honest figure.",
        "Số liệu không cho phép đạt mục tiêu: phần đánh giá giữ trung tâm của quy tắc đơn giản (mô hình được "
        "chọn), và đây là con số trung thực tốt nhất.",
    ),
    "nb06.skill_met": (
        "The goal is met on this backtest; the assessment still uses the selected model until the choice has been "
        "checked on later origins.",
        "Mục tiêu đạt trên phép kiểm định này; phần đánh giá vẫn dùng mô hình được chọn cho đến khi lựa chọn được "
        "kiểm tra trên các năm gốc sau.",
    ),
    "nb06.s5c": (
        '<a id="' + RELIABILITY_ANCHOR + '"></a>\n\n### 5c. Can a reader check p_met? Reliability out of time\n\n'
        "Among the cases given a probability of about *p*, about a share *p* should be met. Left: Hanoi's replayed "
        "past targets (the model's p_met one to three years ahead; few cases). Right: synthetic targets built "
        "from the provincial panels, every province × past origin × horizon × threshold (average annual growth "
        "from the origin value: GRDP index 4–10%/yr, population 0–2%/yr, labour force −1–3%/yr), with the "
        "probability from the out-of-time calibrated interval (known at the origin) and the outcome from the "
        "panel. Numbers beside the points: cases in the bin. The synthetic cases of one province and origin share "
        "their errors, so the bins are not independent.",
        '<a id="' + RELIABILITY_ANCHOR + '"></a>\n\n### 5c. Người đọc có kiểm tra được p_met không? Độ tin cậy '
        "ngoài thời gian\n\nTrong các trường hợp được gán xác suất khoảng *p*, khoảng một tỷ lệ *p* phải đạt. Bên "
        "trái: các mục tiêu đã qua của Hà Nội được kiểm định lại (p_met của mô hình từ một đến ba năm trước; ít "
        "trường hợp). Bên phải: các mục tiêu giả lập dựng từ bảng số liệu cấp tỉnh, mỗi tỉnh × năm gốc đã qua × "
        "tầm dự báo × ngưỡng (tăng trưởng bình quân năm từ giá trị năm gốc: chỉ số GRDP 4–10%/năm, dân số "
        "0–2%/năm, lực lượng lao động −1–3%/năm), với xác suất từ khoảng đã hiệu chỉnh ngoài thời gian (biết tại "
        "năm gốc) và kết quả từ bảng số liệu. Số cạnh các điểm: số trường hợp trong nhóm. Các trường hợp giả lập "
        "của cùng một tỉnh và năm gốc có chung sai số, nên các nhóm không độc lập.",
    ),
    "nb06.rel_synth_title": ("Synthetic panel targets, out of time\n(numbers: cases per bin)",
                             "Mục tiêu giả lập từ bảng số liệu, ngoài thời gian\n(số: số trường hợp mỗi nhóm)"),
    "nb06.rel_replay_title": ("Hanoi's replayed targets, model p_met\n(numbers: cases per bin)",
                              "Mục tiêu của Hà Nội kiểm định lại, p_met của mô hình\n(số: số trường hợp mỗi nhóm)"),
    "nb06.rel_y_met": ("share met", "tỷ lệ đạt"),
    "nb06.rel_brier": ("Brier score of the synthetic cases: {b} ({n} cases).",
                       "Điểm Brier của các trường hợp giả lập: {b} ({n} trường hợp)."),
    "nb06.brier_fair": (
        "**What the Brier comparison can and cannot support.** The probabilities given to the official categories "
        "are this project's mapping of their wording (on track = 0.8, moving away = 0.05 …), not figures the "
        "trackers publish: another defensible mapping changes their scores. The sample is **{k} distinct targets, "
        "{a} of them achieved** ({fa} of the {f} scored forecasts, as a target is judged from up to three earlier "
        "years; the model scored {km} targets, {am} achieved), so one call more or less right moves every skill "
        "figure. \"Always off track\" is "
        "scored with the share achieved, a base rate known only in hindsight: no forecaster had it beforehand, "
        "so it is a demanding yardstick, not a method anyone could have used. The table can show how each "
        "method's probabilities did on these {k} targets; it cannot rank the methods in general or establish "
        "that any of them has skill. The larger check of the model's probabilities is the synthetic reliability "
        "diagram of section 5c.",
        "**So sánh Brier có thể và không thể chứng minh điều gì.** Xác suất gán cho các mức đánh giá chính thức là "
        "cách dự án này quy đổi cách diễn đạt của chúng (đúng lộ trình = 0,8, đi xa mục tiêu = 0,05 …), không phải "
        "con số do các bộ theo dõi công bố: một cách quy đổi hợp lý khác sẽ đổi điểm của chúng. Mẫu gồm **{k} mục "
        "tiêu riêng biệt, {a} mục tiêu đã đạt** ({fa} trong {f} dự báo được chấm, vì mỗi mục tiêu được đánh giá từ "
        "tối đa ba năm trước; mô hình được chấm trên {km} mục tiêu, {am} mục tiêu đã đạt), nên chỉ một nhận định "
        "đúng hay sai thêm cũng làm thay đổi mọi chỉ số kỹ năng. \"Luôn chệch lộ trình\" được chấm bằng tỷ lệ đã đạt, một tỷ lệ gốc chỉ biết khi nhìn lại: "
        "không người dự báo nào có nó từ trước, nên đó là thước đo khắt khe, không phải một phương pháp ai đó có "
        "thể dùng. Bảng cho thấy xác suất của mỗi phương pháp đã làm thế nào trên {k} mục tiêu này; nó không thể "
        "xếp hạng các phương pháp nói chung hay chứng minh phương pháp nào có kỹ năng. Phép kiểm tra lớn hơn cho "
        "xác suất của mô hình là biểu đồ độ tin cậy giả lập ở mục 5c.",
    ),
    "nb06.goal_met": ("met", "đạt"),
    "nb06.goal_not_met": ("not met", "không đạt"),
    # table headers and candidate names
    "nb06.col.n_oot": ("Forecasts (out of time)", "Số dự báo (ngoài thời gian)"),
    "nb06.col.coverage_province_out": ("Inside 80% interval, provinces left out",
                                       "Trong khoảng 80%, các tỉnh để riêng"),
    "nb06.col.coverage_oot": ("Inside 80% interval, out of time", "Trong khoảng 80%, ngoài thời gian"),
    "nb06.col.bin": ("Probability bin", "Nhóm xác suất"),
    "nb06.col.mean_p": ("Mean p_met", "p_met trung bình"),
    "nb06.col.share_met": ("Share met", "Tỷ lệ đạt"),
    "nb06.drift.theta": ("Theta", "Theta"),
    "nb06.drift.ets_damped": ("Damped ETS", "ETS tắt dần"),
    "nb06.drift.combo": ("Combination", "Kết hợp"),
    "nb06.drift.global": ("Global pooled model", "Mô hình toàn cục gộp"),
    "nb06.drift.choice": ("Learned choice", "Lựa chọn học được"),
}  # fmt: skip
