"""Narrative and table labels of notebook 06 (method reliability) in English and Vietnamese.

The notebook shows these phrases with ``display(Markdown(i18n.t(key, lang)))``, so a reader of
the Vietnamese report reads Vietnamese. :mod:`hn4ir_analysis.views.i18n` merges
:data:`PHRASES` (keys ``nb06.*``); :func:`reader_frame` turns a backtest table into one a reader
can read (codes to labels, shares to percent, booleans to words).

Notes
-----
How to read: the helpers only relabel and rescale; every figure comes from the tables of
:mod:`hn4ir_analysis.assess.backtest`, ``calibration``, ``pooled_drift`` and ``skill``.
``i18n`` is imported inside the functions because it imports this module to merge the phrases.
"""

from __future__ import annotations

#: key -> (English, Vietnamese)
PHRASES: dict[str, tuple[str, str]] = {
    "nb06.h1": ("# How reliable is each method?", "# Mỗi phương pháp đáng tin cậy đến đâu?"),
    "nb06.intro": (
        "**Purpose.** The scorecard (notebook 05) shows several verdicts side by side; this page asks how far each way "
        "of projecting would have been from the truth, had it been used in the past. Two tests:\n\n"
        "1. **Rolling-origin forecasts.** For each series and each past year, every trend model is fitted on the data "
        "up to that year and forecasts one to five years ahead; the error is measured in log points "
        "(100 × ln(forecast / actual)) and we check whether the 80% interval contained the outcome. Hanoi's own series "
        "are short and broken in 2016/17, so the comparison rests on the GSO provincial panels — real GRDP index "
        "(growth index 2018–2025), average population (2011–2024) and labour force (2007–2020, before the 2021 "
        "definition change) for 62 provinces — with Hanoi reported separately. The **naive constant-growth rule** "
        "(what the Eurostat and UNSD methods assume) is the baseline.\n"
        "2. **Past targets replayed.** Targets whose outcome is known (e.g. GRDP growth 2016–2020, annual growth "
        "2018–2023, per capita 2020) are assessed as of one to three years before their year, with the figures "
        "published then, and each method's verdict is checked against what happened.\n\n"
        "**Calibration.** The models' own 80% intervals turned out too narrow, so the assessment widens each model's "
        "predictive distribution by a factor per series class and horizon, fitted on these backtest errors "
        "(split-conformal). The factors are fitted on some provinces and checked on provinces left out (5 folds by "
        "province); section 4 shows the result, and every model probability and interval in the assessment comes "
        "from the calibrated distribution.",
        "**Mục đích.** Bảng đánh giá (sổ 05) đặt nhiều kết luận cạnh nhau; trang này hỏi mỗi cách dự phóng sẽ sai lệch "
        "bao xa so với thực tế nếu đã được dùng trong quá khứ. Hai phép kiểm định:\n\n"
        "1. **Dự báo với điểm gốc trượt.** Với mỗi chuỗi số liệu và mỗi năm trong quá khứ, từng mô hình xu hướng được "
        "ước lượng trên số liệu đến năm đó và dự báo trước một đến năm năm; sai số tính bằng điểm log "
        "(100 × ln(dự báo / thực tế)) và kiểm tra xem khoảng dự báo 80% có chứa kết quả thực tế hay không. Các chuỗi "
        "riêng của Hà Nội ngắn và bị gián đoạn năm 2016/17, nên phép so sánh dựa vào các bảng số liệu cấp tỉnh của "
        "TCTK — chỉ số GRDP thực (chỉ số phát triển 2018–2025), dân số trung bình (2011–2024) và lực lượng lao động "
        "(2007–2020, trước khi đổi định nghĩa năm 2021) của 62 tỉnh, thành phố — còn Hà Nội được báo cáo riêng. "
        "**Quy tắc đơn giản tăng trưởng không đổi** (giả định của phương pháp Eurostat và UNSD) là mốc so sánh.\n"
        "2. **Kiểm định lại các mục tiêu đã qua.** Các mục tiêu đã biết kết quả (ví dụ tăng trưởng GRDP 2016–2020, "
        "tăng trưởng hằng năm 2018–2023, GRDP bình quân đầu người 2020) được đánh giá tại thời điểm một đến ba năm "
        "trước năm mục tiêu, với số liệu công bố lúc đó, rồi kết luận của mỗi phương pháp được đối chiếu với thực tế.\n\n"
        "**Hiệu chỉnh.** Khoảng dự báo 80% của chính các mô hình hóa ra quá hẹp, nên phần đánh giá nới rộng phân phối "
        "dự báo của mỗi mô hình theo một hệ số cho từng nhóm chuỗi và tầm dự báo, ước lượng từ chính các sai số kiểm "
        "định này (phương pháp conformal tách mẫu). Hệ số được ước lượng trên một số tỉnh và kiểm tra trên các tỉnh "
        "để riêng (5 nhóm theo tỉnh); mục 4 trình bày kết quả, và mọi xác suất đạt mục tiêu cùng khoảng dự báo của mô "
        "hình trong phần đánh giá đều lấy từ phân phối đã hiệu chỉnh.",
    ),
    "nb06.s1": (
        "## 1. What was tested\n\nSeries per panel, forecast origins and forecasts scored. A model is scored only "
        "where it could be fitted: the state-space models need six or seven observations, so they start later than "
        "the naive rule.",
        "## 1. Dữ liệu kiểm định\n\nSố chuỗi trong mỗi bảng số liệu, số năm gốc dự báo và số dự báo được chấm điểm. "
        "Một mô hình chỉ được chấm ở nơi ước lượng được: các mô hình không gian trạng thái cần sáu hoặc bảy quan sát, "
        "nên bắt đầu muộn hơn quy tắc đơn giản.",
    ),
    "nb06.s2": (
        "## 2. Accuracy against the naive rule\n\nMean absolute error over horizons 1–5 in log points (1 log point ≈ "
        "1%), and the ratio to the naive rule on the same forecasts (below 1: better than assuming the past growth "
        "rate continues). The *selected model* is the one the assessment actually uses, chosen by a fixed rule. The "
        "project's goal for the selected model is a ratio ≤ 0.85 and 80% intervals that contain 70–90% of outcomes.",
        "## 2. Độ chính xác so với quy tắc đơn giản\n\nSai số tuyệt đối trung bình trên các tầm dự báo 1–5 năm, tính "
        "bằng điểm log (1 điểm log ≈ 1%), và tỷ số so với quy tắc đơn giản trên cùng các dự báo (dưới 1: tốt hơn "
        "giả định tốc độ tăng trưởng cũ tiếp diễn). *Mô hình được chọn* là mô hình phần đánh giá thực sự dùng, chọn "
        "theo một quy tắc cố định. Mục tiêu của dự án cho mô hình được chọn là tỷ số ≤ 0,85 và khoảng dự báo 80% "
        "chứa 70–90% kết quả thực tế.",
    ),
    "nb06.goal_line": (
        "{scope}: selected model's error {ratio}× the naive rule's (goal ≤ 0.85: {goal_mae}); own 80% interval "
        "coverage {cov}% before calibration (goal 70–90%: {goal_cov}; calibrated: section 4a)",
        "{scope}: sai số của mô hình được chọn bằng {ratio} lần quy tắc đơn giản (mục tiêu ≤ 0,85: {goal_mae}); "
        "khoảng dự báo 80% của chính mô hình chứa {cov}% kết quả trước hiệu chỉnh (mục tiêu 70–90%: {goal_cov}; "
        "sau hiệu chỉnh: mục 4a)",
    ),
    "nb06.s3": (
        "## 3. Accuracy by horizon\n\nErrors grow with the horizon; what matters for a 2030 target seen from 2025 is "
        "the five-year column. Mean absolute error in log points, by forecast horizon in years.",
        "## 3. Sai số theo tầm dự báo\n\nSai số tăng theo tầm dự báo; với mục tiêu năm 2030 nhìn từ năm 2025, cột "
        "năm năm là cột quan trọng. Sai số tuyệt đối trung bình (điểm log) theo tầm dự báo (năm).",
    ),
    "nb06.s4": (
        "## 4. Are the intervals honest?\n\nAn 80% interval should contain about 80% of outcomes. Far less means the "
        "model is overconfident (its probabilities of meeting a target are too extreme); far more means it is too "
        "cautious. The state-space models' intervals ignore the uncertainty of their own parameters, which on short "
        "series makes them too narrow. Share of outcomes inside the model's own 80% interval, by horizon in years.",
        "## 4. Khoảng dự báo có đáng tin không?\n\nKhoảng dự báo 80% cần chứa khoảng 80% kết quả thực tế. Thấp hơn "
        "nhiều nghĩa là mô hình quá tự tin (xác suất đạt mục tiêu quá cực đoan); cao hơn nhiều nghĩa là quá thận "
        "trọng. Khoảng dự báo của các mô hình không gian trạng thái bỏ qua độ bất định của chính các tham số, nên "
        "trên chuỗi ngắn chúng quá hẹp. Tỷ lệ kết quả nằm trong khoảng dự báo 80% của chính mô hình, theo tầm dự "
        "báo (năm).",
    ),
    "nb06.s4a": (
        "### 4a. Calibrated intervals\n\nEach half of the selected model's interval is widened (or narrowed) on the "
        "log scale by a factor fitted on the out-of-sample errors of the **other** provinces (5 folds by province; "
        "Hanoi's cells are never used to fit). *Before calibration* is the model's own interval, *after calibration* "
        "the calibrated one, measured on provinces left out. The target is 80%; the project asks for 75–85% overall "
        "and for every class with ≥ 200 cells. The folds share calendar years, so a shock common to all provinces "
        "(2020) is on both sides: this checks transfer across provinces, not across time.",
        "### 4a. Khoảng dự báo đã hiệu chỉnh\n\nMỗi nửa khoảng dự báo của mô hình được chọn được nới rộng (hoặc thu "
        "hẹp) trên thang log theo một hệ số ước lượng từ sai số ngoài mẫu của các tỉnh **khác** (5 nhóm theo tỉnh; "
        "số liệu của Hà Nội không bao giờ dùng để ước lượng). *Trước hiệu chỉnh* là khoảng của chính mô hình, *sau "
        "hiệu chỉnh* là khoảng đã hiệu chỉnh, đo trên các tỉnh để riêng. Mức cần đạt là 80%; dự án yêu cầu 75–85% "
        "cho toàn bộ và cho mọi nhóm có ít nhất 200 ô. Các nhóm có chung năm lịch, nên một cú sốc chung cho mọi tỉnh "
        "(2020) nằm ở cả hai phía: phép kiểm tra này đo khả năng chuyển giữa các tỉnh, không phải theo thời gian.",
    ),
    "nb06.factors": (
        "The factors the assessment uses (the out-of-time method of section 4c after the last outcome year: every "
        "error of the 62 provinces known, levels after every update), by horizon in years. Per-capita series borrow "
        "the real GRDP index's factors and shares the pooled ones: there is no provincial panel of those series in "
        "the raw data. A horizon beyond the data is extrapolated from the last measured one (section 4c).",
        "Các hệ số phần đánh giá sử dụng (phương pháp ngoài thời gian của mục 4c sau năm kết quả cuối cùng: mọi sai "
        "số của 62 tỉnh, thành phố đã biết, mức sau mọi lần cập nhật), theo tầm dự báo (năm). Các chuỗi bình quân "
        "đầu người dùng hệ số của chỉ số GRDP thực, các chuỗi tỷ trọng dùng hệ số chung: số liệu gốc không có bảng "
        "cấp tỉnh cho các chuỗi đó. Tầm dự báo vượt quá số liệu được ngoại suy từ tầm cuối cùng đã đo (mục 4c).",
    ),
    "nb06.pit": (
        "**PIT histograms.** The probability integral transform of each outcome under the predictive distribution (a "
        "two-piece normal matched to the stored interval). A calibrated forecast gives a flat histogram; a U shape "
        "means intervals too narrow, a slope means bias.\n\n*What they show:* calibration fixes the width, not the "
        "centre. Labour-force forecasts were too high (growth slowed after 2012: PIT piled at the left) and "
        "GRDP-index forecasts too low (the 2022–24 recovery: PIT piled at the right), so the calibrated 80% interval "
        "misses mostly on one side for those classes; population errors are heavy-tailed (a hump in the middle with "
        "tails at both ends). A model probability of meeting a target near 0.5 is therefore better founded than one "
        "near 0 or 1.",
        "**Biểu đồ PIT.** Phép biến đổi tích phân xác suất (PIT) của mỗi kết quả thực tế theo phân phối dự báo (phân "
        "phối chuẩn hai nửa khớp với khoảng dự báo đã lưu). Dự báo được hiệu chỉnh tốt cho biểu đồ phẳng; hình chữ U "
        "nghĩa là khoảng dự báo quá hẹp, độ dốc nghĩa là dự báo bị lệch.\n\n*Kết quả:* hiệu chỉnh sửa độ rộng, không "
        "sửa tâm. Dự báo lực lượng lao động quá cao (tăng trưởng chậm lại sau 2012: PIT dồn về bên trái) và dự báo "
        "chỉ số GRDP quá thấp (đà phục hồi 2022–24: PIT dồn về bên phải), nên khoảng 80% đã hiệu chỉnh chủ yếu trượt "
        "về một phía với các nhóm này; sai số dân số có đuôi dày (gồ ở giữa, đuôi ở hai đầu). Vì vậy, xác suất đạt "
        "mục tiêu của mô hình quanh 0,5 có cơ sở hơn xác suất gần 0 hoặc 1.",
    ),
    "nb06.pit_own": ("model's own", "của chính mô hình"),
    "nb06.pit_cal": ("calibrated (held out)", "đã hiệu chỉnh (tỉnh để riêng)"),
    "nb06.panels": ("GSO provincial panels", "Bảng số liệu cấp tỉnh của TCTK"),
    "nb06.s4b": (
        "### 4b. Can anything beat the naive rule?\n\nPoint forecasts on the same cells as the naive rule, as a ratio "
        "to its error (below 1 beats the naive rule): the province's drift shrunk toward the other provinces' mean "
        "drift with a weight learned on earlier origins and other provinces only (*shrunk drift, learned weight*), "
        "the other provinces' drift alone (*pooled drift*), the last three years' change (*last 3 years*), an equal "
        "mix of naive and last 3 years, and a choice among them learned on earlier outcomes. *Shrunk drift, best "
        "weight in hindsight* is an upper bound, not a forecast.",
        "### 4b. Có cách nào tốt hơn quy tắc đơn giản?\n\nDự báo điểm trên cùng các ô với quy tắc đơn giản, tính theo "
        "tỷ số với sai số của quy tắc này (dưới 1 là tốt hơn): hệ số trôi của tỉnh được co về hệ số trôi trung bình "
        "của các tỉnh khác với trọng số học từ các năm gốc trước và các tỉnh khác (*co hệ số trôi, trọng số học "
        "được*), chỉ hệ số trôi của các tỉnh khác (*hệ số trôi chung*), mức thay đổi ba năm gần nhất (*3 năm gần "
        "nhất*), trung bình đều của quy tắc đơn giản và 3 năm gần nhất, và cách lựa chọn giữa chúng học từ các kết "
        "quả trước. *Co hệ số trôi, trọng số tốt nhất khi đã biết kết quả* là cận trên, không phải một dự báo.",
    ),
    "nb06.s5": (
        "## 5. Past targets replayed\n\nFor each target whose outcome is known, each method's verdict one to three "
        "years before the target year is compared with the outcome: a verdict of *on track* / *maintain* / *sun* "
        "(or a model probability ≥ 50%) counts as predicting success. Few targets are known, and the early as-of "
        "years see only the estimates published then, so the counts are small: read them as anecdotes, not rates.",
        "## 5. Kiểm định trên các mục tiêu đã qua\n\nVới mỗi mục tiêu đã biết kết quả, kết luận của mỗi phương pháp "
        "từ một đến ba năm trước năm mục tiêu được đối chiếu với thực tế: kết luận *đúng lộ trình* / *duy trì* / "
        "*nắng* (hoặc xác suất của mô hình ≥ 50%) được coi là dự báo đạt. Số mục tiêu đã biết kết quả ít, và những "
        "năm đánh giá sớm chỉ thấy các ước tính công bố lúc đó, nên số lượng nhỏ: hãy đọc như các trường hợp minh "
        "họa, không phải tỷ lệ.",
    ),
    "nb06.s5b": (
        "### 5b. Skill, not agreement (Brier score)\n\nMost replayed targets were missed, so always saying \"off "
        "track\" is right most of the time. Each verdict is therefore read as a stated probability of meeting the "
        "target (the model: its probability; an official category: the probability its wording implies, e.g. on "
        "track = 0.8, moving away = 0.05) and scored with the Brier score, against \"always off track\" (p = 0) and a "
        "coin (p = 0.5) on the same rows. Restated copies of one target (same indicator, place, year, kind and "
        "threshold) count once. The replay uses the calibration fitted on panel data up to 2025, so the model rows "
        "are not strictly real-time. In the reliability diagram below, points on the diagonal are reliable; Eurostat "
        "and UNSD give the same probabilities here and overlap, and most bins hold a handful of forecasts.",
        "### 5b. Kỹ năng dự báo, không phải mức trùng khớp (điểm Brier)\n\nPhần lớn các mục tiêu kiểm định lại đều "
        "không đạt, nên luôn nói \"chệch lộ trình\" phần lớn là đúng. Vì vậy mỗi kết luận được đọc như một xác suất "
        "đạt mục tiêu (mô hình: xác suất của nó; một mức đánh giá chính thức: xác suất mà cách diễn đạt hàm ý, ví dụ "
        "đúng lộ trình = 0,8, đi xa mục tiêu = 0,05) và chấm bằng điểm Brier, so với \"luôn chệch lộ trình\" (p = 0) "
        "và tung đồng xu (p = 0,5) trên cùng các dòng. Các bản nhắc lại của cùng một mục tiêu (cùng chỉ tiêu, địa "
        "bàn, năm, loại và ngưỡng) chỉ tính một lần. Phép kiểm định lại dùng hệ số hiệu chỉnh ước lượng trên số liệu "
        "cấp tỉnh đến năm 2025, nên các dòng của mô hình không hoàn toàn là thời gian thực. Trong biểu đồ độ tin cậy "
        "bên dưới, các điểm nằm trên đường chéo là đáng tin; Eurostat và UNSD cho cùng xác suất nên trùng nhau, và "
        "phần lớn các nhóm chỉ có vài dự báo.",
    ),
    "nb06.rel_perfect": ("perfect reliability", "độ tin cậy hoàn hảo"),
    "nb06.rel_x": ("stated probability of meeting the target (bin mean)", "xác suất đạt mục tiêu được nêu (trung bình nhóm)"),
    "nb06.rel_y": ("share of targets achieved", "tỷ lệ mục tiêu đạt"),
    "nb06.rel_title": ("Reliability of the replayed verdicts (numbers: forecasts per bin)",
                       "Độ tin cậy của các kết luận kiểm định lại (số: số dự báo mỗi nhóm)"),
    "nb06.s6": (
        "## 6. What this means for the scorecard\n\n"
        "* The selected model's point forecasts are the naive rule's (a random walk with drift); pooling or shrinking "
        "the drift helps a little on some panels and not on the GRDP index (section 4b); Theta, damped ETS, their "
        "combination and a global pooled model, chosen on earlier origins only, did not reach the goal on the "
        "panels (section 4d), so the Eurostat/UNSD extrapolations remain as good a central guess as any tried "
        "here.\n"
        "* The model's own intervals were too narrow (59% coverage); the calibrated ones hold about 80% on provinces "
        "left out (section 4a) and, with only the errors known at each origin, out of time (section 4c). The "
        "assessment's model probabilities use the out-of-time calibration, so a \"very unlikely\" there has been "
        "checked against how often such calls failed on the panels; at horizon 5 (2030) the GRDP factor is "
        "extrapolated (section 4c), and the middle of the probability scale was too optimistic on the synthetic "
        "targets (section 5c).\n"
        "* The replay has few distinct targets, nearly all missed: judge the methods by their Brier skill against "
        "\"always off track\" (section 5b), not by the share of right calls, and read that comparison with its "
        "limits (our mapping, few targets, a hindsight reference).",
        "## 6. Ý nghĩa đối với bảng đánh giá\n\n"
        "* Dự báo điểm của mô hình được chọn chính là dự báo của quy tắc đơn giản (bước ngẫu nhiên có hệ số trôi); "
        "gộp hoặc co hệ số trôi giúp ích chút ít ở một số bảng số liệu nhưng không giúp với chỉ số GRDP (mục 4b); "
        "Theta, ETS tắt dần, phép kết hợp của chúng và một mô hình toàn cục gộp, được chọn chỉ trên các năm gốc "
        "trước đó, không đạt mục tiêu trên các bảng số liệu (mục 4d), nên phép ngoại suy của Eurostat/UNSD vẫn là "
        "ước lượng trung tâm tốt ngang với mọi cách đã thử ở đây.\n"
        "* Khoảng dự báo của chính mô hình quá hẹp (chỉ chứa 59% kết quả); khoảng đã hiệu chỉnh chứa khoảng 80% trên "
        "các tỉnh để riêng (mục 4a) và, chỉ với các sai số đã biết tại mỗi năm gốc, ngoài thời gian (mục 4c). Xác "
        "suất của mô hình trong phần đánh giá dùng cách hiệu chỉnh ngoài thời gian, nên kết luận \"rất khó đạt\" ở "
        "đó đã được đối chiếu với tần suất những nhận định như vậy sai trên số liệu cấp tỉnh; ở tầm 5 năm (2030) hệ "
        "số của GRDP được ngoại suy (mục 4c), và phần giữa thang xác suất quá lạc quan trên các mục tiêu giả lập "
        "(mục 5c).\n"
        "* Phép kiểm định lại có ít mục tiêu riêng biệt, gần như tất cả đều không đạt: hãy đánh giá các phương pháp "
        "theo kỹ năng Brier so với \"luôn chệch lộ trình\" (mục 5b), không theo tỷ lệ kết luận đúng, và đọc phép so "
        "sánh đó cùng các giới hạn của nó (cách quy đổi của dự án, ít mục tiêu, thước đo nhìn lại).",
    ),
    "nb06.s7": ("## 7. Sanity checks", "## 7. Kiểm tra"),
    "nb06.checks_ok": ("All checks passed.", "Tất cả các phép kiểm tra đều đạt."),
    "nb06.s_versions": ("## Versions", "## Phiên bản phần mềm"),
    # codes shown in the tables
    "nb06.code.panel": ("GSO provincial panel", "Bảng số liệu cấp tỉnh"),
    "nb06.code.hanoi": ("Hanoi", "Hà Nội"),
    "nb06.code.all": ("All", "Tất cả"),
    "nb06.code.grdp_real_index": ("Real GRDP index", "Chỉ số GRDP thực"),
    "nb06.code.population_avg": ("Average population", "Dân số trung bình"),
    "nb06.code.labour_force": ("Labour force", "Lực lượng lao động"),
    "nb06.code.growth_index": ("Growth index", "Chỉ số phát triển"),
    "nb06.code.population": ("Population", "Dân số"),
    "nb06.code.per_capita": ("Per capita", "Bình quân đầu người"),
    "nb06.code.share": ("Share", "Tỷ trọng"),
    "nb06.code.other": ("Other", "Khác"),
    # indicators of the replayed targets that the shared indicator table does not label
    "nb06.code.share_product_taxes": ("Product taxes less subsidies share", "Tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm"),
    "nb06.code.full_online_dossier_share": ("Share of dossiers processed fully online",
                                            "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình"),
    "nb06.code.ols_log_trend": ("Log-linear trend (OLS)", "Xu hướng log-tuyến tính (OLS)"),
    "nb06.code.arima_drift": ("ARIMA with drift", "ARIMA có hệ số trôi"),
    "nb06.code.ucm_rw_drift": ("Random walk with drift (state space)", "Bước ngẫu nhiên có hệ số trôi (không gian trạng thái)"),
    "nb06.code.ets_damped": ("Damped-trend exponential smoothing", "San bằng mũ xu hướng tắt dần"),
    "nb06.code.naive_cagr": ("Naive constant-growth rule", "Quy tắc đơn giản (tăng trưởng không đổi)"),
    "nb06.code.selected": ("Selected model", "Mô hình được chọn"),
    "nb06.drift.pooled": ("Pooled drift", "Hệ số trôi chung"),
    "nb06.drift.recent3": ("Last 3 years", "3 năm gần nhất"),
    "nb06.drift.shrink_learned": ("Shrunk drift, learned weight", "Co hệ số trôi, trọng số học được"),
    "nb06.drift.mean_naive_recent3": ("Mix of naive and last 3 years", "Trung bình quy tắc đơn giản và 3 năm gần nhất"),
    "nb06.drift.choice_learned": ("Learned choice", "Lựa chọn học được"),
    "nb06.drift.shrink_hindsight": ("Shrunk drift, best weight in hindsight", "Co hệ số trôi, trọng số tốt nhất khi đã biết kết quả"),
    "nb06.code.pooled": ("All classes pooled", "Chung cho mọi nhóm"),
    "nb06.src_panels": ("GSO PX-Web tables V03.10, V02.01, V02.34; backtest by hn4ir-analysis",
                        "TCTK, bảng PX-Web V03.10, V02.01, V02.34; kiểm định bởi hn4ir-analysis"),
    "nb06.src_pit": ("GSO provincial panels; backtest by hn4ir-analysis",
                     "Bảng số liệu cấp tỉnh của TCTK; kiểm định bởi hn4ir-analysis"),
    "nb06.src_replay": ("Hanoi plan targets replayed; hn4ir-analysis",
                        "Kiểm định lại các mục tiêu kế hoạch của Hà Nội; hn4ir-analysis"),
    "nb06.h_col": ("{h} yr", "{h} năm"),
    "nb06.right": ("right", "đúng"),
    "nb06.wrong": ("wrong", "sai"),
    # column headers
    "nb06.col.scope": ("Data", "Số liệu"),
    "nb06.col.panel": ("Series", "Chuỗi số liệu"),
    "nb06.col.series": ("Series (provinces)", "Số chuỗi (tỉnh)"),
    "nb06.col.origins": ("Forecast origins", "Số năm gốc dự báo"),
    "nb06.col.forecasts": ("Forecasts scored", "Số dự báo được chấm"),
    "nb06.col.model": ("Model", "Mô hình"),
    "nb06.col.n": ("Forecasts", "Số dự báo"),
    "nb06.col.mae": ("Mean absolute error", "Sai số tuyệt đối trung bình"),
    "nb06.col.coverage": ("Inside own 80% interval", "Nằm trong khoảng 80% của mô hình"),
    "nb06.col.mae_vs_naive": ("Error ÷ naive rule's", "Sai số ÷ sai số quy tắc đơn giản"),
    "nb06.col.series_class": ("Series class", "Nhóm chuỗi"),
    "nb06.col.horizon": ("Horizon (years)", "Tầm dự báo (năm)"),
    "nb06.col.coverage_raw": ("Inside 80% interval, before calibration", "Trong khoảng 80%, trước hiệu chỉnh"),
    "nb06.col.coverage_cal": ("Inside 80% interval, after calibration", "Trong khoảng 80%, sau hiệu chỉnh"),
    "nb06.col.mae_naive": ("Naive rule's error", "Sai số quy tắc đơn giản"),
    "nb06.col.method": ("Method", "Phương pháp"),
    "nb06.col.verdicts": ("Verdicts", "Số kết luận"),
    "nb06.col.right": ("Right", "Đúng"),
    "nb06.col.share_right": ("Share right", "Tỷ lệ đúng"),
    "nb06.col.no_verdict": ("No verdict (too few data)", "Không kết luận (thiếu số liệu)"),
    "nb06.col.targets": ("Distinct targets", "Số mục tiêu riêng biệt"),
    "nb06.col.achieved": ("Forecasts of achieved targets", "Số dự báo cho mục tiêu đã đạt"),
    "nb06.col.targets_achieved": ("Targets achieved", "Số mục tiêu đã đạt"),
    "nb06.col.brier": ("Brier score", "Điểm Brier"),
    "nb06.col.brier_off_track": ("Brier of 'always off track'", "Điểm Brier của 'luôn chệch lộ trình'"),
    "nb06.col.skill_vs_off_track": ("Skill vs 'always off track'", "Kỹ năng so với 'luôn chệch lộ trình'"),
    "nb06.col.skill_vs_coin": ("Skill vs a coin", "Kỹ năng so với tung đồng xu"),
    "nb06.col.indicator": ("Indicator", "Chỉ tiêu"),
    "nb06.col.target_year": ("Target year", "Năm mục tiêu"),
    "nb06.col.as_of": ("Judged as of", "Đánh giá tại năm"),
    "nb06.col.category": ("Verdict", "Kết luận"),
    "nb06.col.p_met": ("Model probability", "Xác suất của mô hình"),
    "nb06.col.outcome": ("Outcome", "Kết quả"),
    "nb06.col.right_call": ("Call", "Nhận định"),
    # one sentence per method of the Brier table (assess.skill.conclusion_case)
    "nb06.brier_head": ("{method}: {n} scored forecasts ({fa} of achieved targets) of {k} distinct targets ({a} achieved)",
                        "{method}: {n} dự báo được chấm ({fa} cho mục tiêu đã đạt) cho {k} mục tiêu riêng biệt ({a} đã đạt)"),
    "nb06.brier.few": ("{head}: too few to judge; no conclusion about its probabilities.",
                       "{head}: quá ít để đánh giá; chưa thể kết luận về các xác suất của phương pháp này."),
    "nb06.brier.all_missed": (
        "{head}: every scored target was missed, so no skill against 'always off track' can be shown; its Brier "
        "skill against a coin is {coin}.",
        "{head}: mọi mục tiêu được chấm đều không đạt, nên không thể chỉ ra kỹ năng so với 'luôn chệch lộ trình'; "
        "kỹ năng Brier so với tung đồng xu là {coin}."),
    "nb06.brier.scored": (
        "{head}: Brier {brier}, skill {off} against 'always off track' and {coin} against a coin — {verdict} (each "
        "method is scored on the targets it judged, so base rates differ).",
        "{head}: điểm Brier {brier}, kỹ năng {off} so với 'luôn chệch lộ trình' và {coin} so với tung đồng xu — "
        "{verdict} (mỗi phương pháp được chấm trên các mục tiêu nó đã đánh giá, nên tỷ lệ gốc khác nhau)."),
    "nb06.brier.better": (
        "its probabilities told achieved from missed targets better than always saying 'off track'",
        "xác suất của phương pháp này phân biệt mục tiêu đạt và không đạt tốt hơn việc luôn nói 'chệch lộ trình'"),
    "nb06.brier.better_weak": (
        "its probabilities told achieved from missed targets better than always saying 'off track', though no "
        "better than a coin: weak evidence of skill",
        "xác suất của phương pháp này phân biệt mục tiêu đạt và không đạt tốt hơn việc luôn nói 'chệch lộ trình', "
        "nhưng không hơn tung đồng xu: bằng chứng về kỹ năng còn yếu"),
    "nb06.brier.same": ("it did about as well as always saying 'off track'",
                        "kết quả xấp xỉ việc luôn nói 'chệch lộ trình'"),
    "nb06.brier.worse": (
        "always saying 'off track' would have done better: read its optimistic verdicts with caution",
        "luôn nói 'chệch lộ trình' còn tốt hơn: hãy thận trọng với các kết luận lạc quan của phương pháp này"),
}  # fmt: skip

#: columns holding codes that :func:`reader_frame` turns into labels
_CODE_COLUMNS = ("scope", "panel", "series_class", "model", "horizon")
#: columns holding shares (0–1) shown in percent
PERCENT = ("coverage", "coverage_raw", "coverage_cal", "share_right", "p_met")


def label(code, lang: str) -> str:
    """A code of the backtest tables (scope, panel, series class, model) as a reader's word."""
    from hn4ir_analysis.views import i18n

    key = f"nb06.code.{code}"
    return i18n.t(key, lang) if key in i18n.KEYS else str(code)


def indicator_label(code: str, lang: str) -> str:
    """An indicator's name without unit (the shared table first, then this module's labels)."""
    from hn4ir_analysis.views import i18n

    return (
        i18n.indicator_label(code, lang, with_unit=False)
        if code in i18n.INDICATORS
        else label(code, lang)
    )


def method_label(code: str, lang: str) -> str:
    """A verdict method (``eurostat``, ``model`` …) by its short name."""
    from hn4ir_analysis.views import i18n

    return i18n.t(f"method_short.{code}", lang)


def reader_frame(frame, lang: str, *, percent=PERCENT):
    """A backtest table for reading: code columns to labels, ``method`` to its short name,
    shares in ``percent`` times 100, headers through ``nb06.col.*`` (others, e.g. horizons,
    as they are). Returns ``(frame, units)`` for :func:`hn4ir_analysis.views.notebook.table`."""

    out = frame.copy()
    units = {}
    for col in out.columns:
        if col in _CODE_COLUMNS:
            out[col] = [label(v, lang) for v in out[col]]
        elif col == "method":
            out[col] = [method_label(v, lang) for v in out[col]]
        elif col in percent:
            out[col] = out[col] * 100
            units[col] = "%"
    names = {c: _header(c, lang) for c in out.columns}
    out = out.rename(columns=names)
    return out, {names[c]: u for c, u in units.items()}


def _header(col, lang: str) -> str:
    from hn4ir_analysis.views import i18n

    if isinstance(col, int) or str(col).isdigit():
        return i18n.t("nb06.h_col", lang, h=col)  # a horizon, in years
    if f"nb06.col.{col}" in i18n.KEYS:
        return i18n.t(f"nb06.col.{col}", lang)
    if str(col).endswith("_vs_naive"):  # a pooled-drift ratio column: its rule's name
        key = f"nb06.drift.{str(col)[: -len('_vs_naive')]}"
        return i18n.t(key, lang) if key in i18n.KEYS else str(col)
    return str(col)


def conclusion(row, lang: str) -> str:
    """One sentence on a method's row of :func:`hn4ir_analysis.assess.skill.brier_table`,
    in ``lang`` (the case is decided by :func:`hn4ir_analysis.assess.skill.conclusion_case`)."""
    from hn4ir_analysis.assess import skill
    from hn4ir_analysis.views import i18n

    case = skill.conclusion_case(row)
    head = i18n.t("nb06.brier_head", lang, method=method_label(row["method"], lang), n=int(row["forecasts"]),
                  k=int(row["targets"]), a=int(row.get("targets_achieved", row["achieved"])),
                  fa=int(row["achieved"]))  # fmt: skip

    def signed(x):
        return ("+" if x >= 0 else "") + i18n.format_number(x, lang, 2)

    if case in ("few", "all_missed"):
        return i18n.t(f"nb06.brier.{case}", lang, head=head, coin=signed(row["skill_vs_coin"]))
    return i18n.t("nb06.brier.scored", lang, head=head, brier=i18n.format_number(row["brier"], lang, 3),
                  off=signed(row["skill_vs_off_track"]), coin=signed(row["skill_vs_coin"]),
                  verdict=i18n.t(f"nb06.brier.{case}", lang))  # fmt: skip


def replay_detail(replay, lang: str):
    """The replayed verdicts that could be judged, one row each, for reading: indicator, target
    year, as-of year, method, verdict, model probability (%), outcome, and whether the call was
    right (as a word)."""
    from hn4ir_analysis.views import i18n

    d = replay[replay["right"].notna()]
    cols = {
        "indicator": [indicator_label(c, lang) for c in d["indicator"]],
        "target_year": d["target_year"].astype(int).astype(str),
        "as_of": d["as_of"].astype(int).astype(str),
        "method": [method_label(m, lang) for m in d["method"]],
        "category": [i18n.verdict(c, lang) for c in d["category"]],
        "p_met": (100 * d["p_met"]).to_numpy(),
        "outcome": [i18n.verdict(c, lang) for c in d["outcome"]],
        "right_call": [i18n.t("nb06.right" if bool(r) else "nb06.wrong", lang) for r in d["right"]],
    }
    import pandas as pd

    return pd.DataFrame({i18n.t(f"nb06.col.{k}", lang): list(v) for k, v in cols.items()})
