"""Narrative of notebooks 03 and 04 in English and Vietnamese (keys `nb03.*`…).

The notebooks show these phrases with ``display(Markdown(i18n.t(key, lang)))``, so a reader of
the Vietnamese report reads Vietnamese. :mod:`hn4ir_analysis.views.i18n` merges this table.

Notes
-----
Keys of the narrative are ``nb03.md.*`` / ``nb04.md.*`` (cells), ``nb03.col.*`` (headers
not in ``nb34.col.*``) and ``nb03.<kind>.<code>`` (code values shown in tables), so that
they never overwrite the chart and table phrases of ``i18n`` (merged after it, a clash
would replace them silently). The English is the reviewed text of the notebooks.
"""

#: key -> (English, Vietnamese)
PHRASES: dict[str, tuple[str, str]] = {
    # --- notebook 03: narrative cells ---
    "nb03.md.h1": ("# 03 — Labour productivity: is Hanoi on track?", "# 03 — Năng suất lao động: Hà Nội có theo kịp lộ trình?"),
    "nb03.md.intro": (
        "Plan 205-KH/TU (10 Sep 2020) asks Hanoi's labour productivity to grow by 7–7.5 % a year on average in 2021–2025 "
        "and by more than 7.5 % a year in 2026–2030 (Kế hoạch 345: 7–7.5 % in 2025, 7.5–8 % in 2030). Hanoi publishes **no "
        "annual productivity series and no count of employed persons**, but the evidence to bound the answer exists: "
        "productivity growth is real GRDP growth minus employment growth, `(1 + g_Y) = (1 + g_P)(1 + g_L)`. This notebook "
        "builds that estimate per member of the labour force from the statistics office's real GRDP index (table V03.10), "
        "its labour-force table (V02.34, to 2021) and the Hanoi Employment Service Centre survey (2019, 2024, 2025), says how "
        "sure it is, checks it against every published level and average, and judges the targets on it.",
        "Kế hoạch 205-KH/TU (ngày 10/9/2020) đặt mục tiêu năng suất lao động của Hà Nội tăng bình quân 7–7,5%/năm giai đoạn "
        "2021–2025 và trên 7,5%/năm giai đoạn 2026–2030 (Kế hoạch 345: 7–7,5% năm 2025, 7,5–8% năm 2030). Hà Nội **không công "
        "bố chuỗi năng suất lao động hằng năm và không công bố số người có việc làm**, nhưng vẫn có đủ căn cứ để khoanh vùng "
        "câu trả lời: tăng năng suất lao động bằng tăng GRDP thực trừ tăng việc làm, `(1 + g_Y) = (1 + g_P)(1 + g_L)`. Trang "
        "này ước tính tốc độ đó trên mỗi người trong lực lượng lao động từ chỉ số GRDP thực của cơ quan thống kê (biểu V03.10), "
        "biểu lực lượng lao động (V02.34, đến năm 2021) và điều tra của Trung tâm Dịch vụ việc làm Hà Nội (2019, 2024, 2025), "
        "nêu rõ mức độ chắc chắn, đối chiếu với mọi mức và số bình quân đã công bố, rồi đánh giá các mục tiêu dựa trên ước tính này.",
    ),
    "nb03.md.s1": (
        "## 1. What Hanoi publishes\n\n**Productivity levels** (value added per worker, million VND at current prices), every "
        "published figure, chosen or not, beside Vietnam's level of the same year. They are checked in section 3: two of them "
        "imply more workers than Hanoi's labour force.",
        "## 1. Số liệu Hà Nội đã công bố\n\n**Mức năng suất lao động** (giá trị tăng thêm trên mỗi lao động, triệu đồng theo giá "
        "hiện hành): mọi số liệu đã công bố, dù được chọn hay không, đặt cạnh mức của cả nước cùng năm. Các số này được kiểm tra "
        "ở mục 3: hai trong số đó ngụ ý số lao động nhiều hơn lực lượng lao động của Hà Nội.",
    ),
    "nb03.md.labour": (
        "**Labour force and population.** GSO table V02.34 gives Hanoi's labour force aged 15+ to 2021; from 2021 the "
        "survey follows the 19th ICLS definition (own-use producers are no longer employed), which is why it falls from "
        "4,124.6 to 3,939.9 thousand between 2020 and 2021 — a change of definition, not of the economy. The Hanoi Employment "
        "Service Centre's survey gives 4.12 million for 2019 (the same as GSO's pre-2021 4,118.3), 4.15 million for 2024 and "
        '"about 4.2 million" for 2025: figures rounded to 0.01 and 0.1 million.',
        "**Lực lượng lao động và dân số.** Biểu V02.34 của Tổng cục Thống kê cho lực lượng lao động từ 15 tuổi trở lên của Hà "
        "Nội đến năm 2021; từ năm 2021 điều tra theo định nghĩa của Hội nghị quốc tế các nhà thống kê lao động lần thứ 19 (ICLS "
        "19: người sản xuất sản phẩm tự tiêu dùng không còn được tính là có việc làm), vì vậy số liệu giảm từ 4.124,6 xuống "
        "3.939,9 nghìn người giữa năm 2020 và 2021 — thay đổi về định nghĩa, không phải về nền kinh tế. Điều tra của Trung tâm "
        "Dịch vụ việc làm Hà Nội cho 4,12 triệu người năm 2019 (bằng số 4.118,3 của Tổng cục Thống kê theo định nghĩa trước "
        '2021), 4,15 triệu năm 2024 và "khoảng 4,2 triệu" năm 2025: các số được làm tròn đến 0,01 và 0,1 triệu.',
    ),
    "nb03.md.s2": (
        "## 2. The estimate\n\n**Year by year** (`assess.productivity.annual_table`): real GRDP growth net of labour-force "
        "growth, where both exist on one basis. 2016–2020 is clean (GSO's current GRDP method, one labour-force definition). "
        "2012–2015 uses Hanoi's old local GRDP method and is shown for completeness only. 2021 crosses the definition change; "
        "2022–2024 have no labour-force figure for the year before; 2025 rests on the survey's 4.15 → 4.2 million, whose "
        "rounding alone spans −0.1 to +2.5 % of labour-force growth, hence the wide interval.",
        "## 2. Ước tính\n\n**Từng năm** (`assess.productivity.annual_table`): tăng GRDP thực sau khi trừ tăng lực lượng lao "
        "động, ở những năm có cả hai số trên cùng một cơ sở. Giai đoạn 2016–2020 đáng tin cậy (phương pháp GRDP hiện hành của "
        "Tổng cục Thống kê, một định nghĩa lực lượng lao động). Giai đoạn 2012–2015 dùng phương pháp GRDP cũ của địa phương và "
        "chỉ được nêu cho đầy đủ. Năm 2021 vắt qua thay đổi định nghĩa; các năm 2022–2024 không có số lực lượng lao động của năm "
        "trước; năm 2025 dựa trên số 4,15 → 4,2 triệu người của điều tra, riêng sai số làm tròn đã cho tăng lực lượng lao động "
        "từ −0,1 đến +2,5%, vì vậy khoảng ước tính rộng.",
    ),
    "nb03.md.constructions": (
        "**The 2021–2025 average, every way the data allow** (`assess.productivity.constructions`). The labour force of 2020 "
        "is on the old definition, that of 2025 on the new (or on the survey's own footing). *Unbridged* takes both as printed; "
        "*bridged* rescales 2020 to the 2021 definition with the overlap ratio LF 2021 (new) / LF 2021 (old), the old-definition "
        "2021 value extrapolated either at the 2015–20 labour-force trend or flat (Covid year); *survey release* uses the "
        "survey's own 2019 → 2025 growth (one release). *New definition* covers 2022–2025 only and stays outside the headline. "
        "*Low*/*high* carry the rounding of each labour-force figure (half a unit of the last printed digit) and ±0.5 points on "
        "the 2025 GRDP growth, which is an estimate. The labour force is not employment: a 1-point change of the unemployment "
        "rate over five years moves the average by about 0.2 points a year.",
        "**Bình quân 2021–2025 theo mọi cách số liệu cho phép** (`assess.productivity.constructions`). Lực lượng lao động năm "
        "2020 theo định nghĩa cũ, năm 2025 theo định nghĩa mới (hoặc theo cách tính riêng của điều tra). *Không nối chuỗi* lấy "
        "cả hai số như đã công bố; *nối chuỗi* quy đổi năm 2020 sang định nghĩa 2021 theo tỷ lệ chồng lấn LLLĐ 2021 (mới) / "
        "LLLĐ 2021 (cũ), trong đó giá trị 2021 theo định nghĩa cũ được ngoại suy theo xu hướng lực lượng lao động 2015–2020 "
        "hoặc giữ nguyên (năm Covid); *theo điều tra* dùng tốc độ tăng 2019 → 2025 của chính điều tra (một lần công bố). "
        "*Chỉ định nghĩa mới* chỉ bao gồm 2022–2025 và không đưa vào kết luận chính. Cận *thấp*/*cao* tính đến sai số làm tròn "
        "của từng số lực lượng lao động (nửa đơn vị của chữ số cuối được công bố) và ±0,5 điểm % đối với tăng GRDP 2025, vốn "
        "là số ước tính. Lực lượng lao động không phải là số có việc làm: tỷ lệ thất nghiệp thay đổi 1 điểm % trong năm năm "
        "làm số bình quân thay đổi khoảng 0,2 điểm %/năm.",
    ),
    "nb03.md.s3": (
        "## 3. Cross-checks\n\n**GRDP and the implied deflator.** GRDP at current prices is the statistics office's per-capita "
        "figure × the average population where both exist (2020: 123.40 million VND × 8,246.5 thousand ≈ 1,017,600 billion "
        "VND), not the October-2020 estimate of 1,060,000. The implied deflator is nominal over real GRDP growth.",
        "## 3. Đối chiếu\n\n**GRDP và chỉ số giảm phát ngầm định.** GRDP theo giá hiện hành bằng GRDP bình quân đầu người của "
        "cơ quan thống kê × dân số trung bình ở những năm có cả hai số (2020: 123,40 triệu đồng × 8.246,5 nghìn người ≈ "
        "1.017.600 tỷ đồng), không phải số ước tính 1.060.000 tỷ đồng hồi tháng 10/2020. Chỉ số giảm phát ngầm định là tăng GRDP "
        "danh nghĩa so với tăng GRDP thực.",
    ),
    "nb03.md.levels_check": (
        "**Are the levels on one basis?** GRDP (billion VND) / level (million VND per worker) = thousand workers. A level that "
        "implies more workers than the labour force of its year (at the statistics office's GRDP or at the GRDP published at "
        "the time) is inconsistent and is never used as a base: 253 for 2020 (computed on the 1,060,000 estimate: 4,190 "
        "thousand workers against a labour force of 4,124.6) and 347 labelled 2025 (4,575 against 4,200; it equals 2024 GRDP "
        "over 2024 employment).",
        "**Các mức có cùng một cơ sở không?** GRDP (tỷ đồng) / mức năng suất (triệu đồng mỗi lao động) = nghìn lao động. Một "
        "mức ngụ ý số lao động nhiều hơn lực lượng lao động của năm đó (theo GRDP của cơ quan thống kê hoặc theo GRDP công bố "
        "tại thời điểm đó) là không nhất quán và không bao giờ được dùng làm gốc: 253 của năm 2020 (tính trên số ước 1.060.000: "
        "4.190 nghìn lao động so với lực lượng lao động 4.124,6) và 347 ghi cho năm 2025 (4.575 so với 4.200; bằng GRDP 2024 "
        "chia cho số có việc làm năm 2024).",
    ),
    "nb03.md.bounds": (
        "**Current-price levels, deflated.** Only consistent levels are paired. Both pairs end in 2022 and cross the 2021 "
        "definition change, which by itself raises measured productivity.",
        "**Mức theo giá hiện hành, sau khi loại trừ yếu tố giá.** Chỉ ghép cặp các mức nhất quán. Cả hai cặp đều kết thúc năm "
        "2022 và vắt qua thay đổi định nghĩa năm 2021, bản thân thay đổi này đã làm năng suất đo được tăng lên.",
    ),
    "nb03.md.checks": (
        "**Every published level and average against the estimate**, each difference explained.",
        "**Mọi mức và số bình quân đã công bố so với ước tính**, kèm giải thích từng chênh lệch.",
    ),
    "nb03.md.s4": (
        "## 4. Verdicts\n\nThe assessment table (`hn4ir assess`) judges every Hanoi productivity target on the estimate: the "
        "2021–2025 targets ex post (missed only if even the most favourable construction, rounding included, misses), the "
        "2026–2030 targets by the official methods on the recent pace (the 2021–2025 estimate against the required rate, both "
        "ends of the range) and by the model: the GRDP model's simulated growth paths minus labour-force growth drawn from the "
        "2020–2025 range of the constructions. The notes of each row carry the numbers.",
        "## 4. Đánh giá\n\nBảng đánh giá (`hn4ir assess`) đánh giá mọi mục tiêu năng suất lao động của Hà Nội dựa trên ước "
        "tính: các mục tiêu 2021–2025 theo kết quả thực tế (chỉ coi là không đạt khi ngay cả cách tính thuận lợi nhất, kể cả sai "
        "số làm tròn, cũng không đạt), các mục tiêu 2026–2030 theo các phương pháp chính thức dựa trên tốc độ gần đây (ước tính "
        "2021–2025 so với tốc độ cần thiết, cả hai đầu của khoảng) và theo mô hình: các lộ trình tăng trưởng mô phỏng của mô hình "
        "GRDP trừ tăng lực lượng lao động lấy trong khoảng 2020–2025 của các cách tính. Ghi chú của từng dòng nêu các con số.",
    ),
    "nb03.md.s5": (
        "## 5. What it would take\n\n`(1 + g_Y) = (1 + g_P)(1 + g_E)`: productivity growth of 7.5 % a year in 2026–2030 needs "
        "real GRDP growth of 7.5 % with a constant workforce, about 8.6 % if employment grows 1 % a year, and 7.6–9.3 % over the "
        "range of Hanoi's 2020–2025 labour-force growth. Hanoi's real GRDP grew 6.7 % a year in 2016–2020 and 6.5 % in 2021–2025.",
        "## 5. Cần gì để đạt mục tiêu\n\n`(1 + g_Y) = (1 + g_P)(1 + g_E)`: để năng suất lao động tăng 7,5%/năm giai đoạn "
        "2026–2030, GRDP thực phải tăng 7,5% nếu số lao động không đổi, khoảng 8,6% nếu việc làm tăng 1%/năm, và 7,6–9,3% "
        "trong khoảng tăng lực lượng lao động 2020–2025 của Hà Nội. GRDP thực của Hà Nội tăng 6,7%/năm giai đoạn 2016–2020 và "
        "6,5%/năm giai đoạn 2021–2025.",
    ),
    "nb03.md.s6": (
        "## 6. Peers, 2016–2020\n\nHanoi's 2016–2020 productivity growth beside Ho Chi Minh City, Da Nang and Hai Phong from "
        "the same National Assembly annex, Vietnam from the statistics office's report, and Hanoi's own estimate per "
        "labour-force member.",
        "## 6. So sánh, 2016–2020\n\nTăng năng suất lao động 2016–2020 của Hà Nội đặt cạnh TP. Hồ Chí Minh, Đà Nẵng và Hải "
        "Phòng theo cùng phụ lục của Quốc hội, cả nước theo báo cáo của cơ quan thống kê, và ước tính của trang này cho Hà Nội "
        "trên mỗi người trong lực lượng lao động.",
    ),
    "nb03.md.s7": (
        "## 7. Published averages and the city's statement\n\nThe published five-year averages against each target of their "
        "period (verdicts on *a published figure*), and the political report to the 18th Hanoi Party Congress (Oct 2025), "
        "which states that the 2021–2025 labour-productivity target was not met (\"chưa đạt kế hoạch\", "
        "[VnExpress](https://vnexpress.net/ha-noi-huong-toi-thanh-pho-ket-noi-toan-cau-4951891.html)): corroboration, not a figure.",
        "## 7. Số bình quân đã công bố và phát biểu của thành phố\n\nSố bình quân năm năm đã công bố so với từng mục tiêu của "
        "giai đoạn (đánh giá dựa trên *một số liệu đã công bố*), và báo cáo chính trị trình Đại hội Đảng bộ thành phố Hà Nội lần "
        "thứ XVIII (10/2025), trong đó nêu mục tiêu năng suất lao động 2021–2025 \"chưa đạt kế hoạch\" "
        "([VnExpress](https://vnexpress.net/ha-noi-huong-toi-thanh-pho-ket-noi-toan-cau-4951891.html)): đây là bằng chứng "
        "củng cố, không phải một con số.",
    ),
    "nb03.md.s8": (
        "## 8. Reading\n\n*For the default run (as of 2025).* Real GRDP per member of the labour force grew **about 5.1–6.2 % "
        "a year in 2021–2025** across the four constructions (4.7–6.5 % with the rounding of the survey figures and the 2025 "
        "GRDP estimate): below the 7–7.5 % target whichever way the 2021 break is bridged, so the 2021–2025 targets were "
        "missed, as the city itself says. Kế hoạch 345's \"7–7.5 % in 2025\", read as the rate of 2025 alone, cannot be "
        "judged: the survey's \"about 4.2 million\" spans labour-force growth of −0.1 to +2.5 % in 2025 and the constructions "
        "give 6.7–7.8 %. For 2026–2030, the recent pace is two-thirds to four-fifths of the 7.5 % required (Eurostat: moderate "
        "progress); reaching it needs real GRDP growth of 7.6–9.3 % a year at the labour-force growth seen in 2020–2025, "
        "against 6.5–6.7 % achieved in the last two plan periods, and the model puts the chance near 5 %. Published levels are "
        "not a usable base: 253 (2020) and 347 (labelled 2025) imply more workers than the labour force. The caveat is that "
        "all of this is per member of the labour force, not per worker.",
        "## 8. Nhận định\n\n*Với lần chạy mặc định (số liệu đến 2025).* GRDP thực trên mỗi người trong lực lượng lao động tăng "
        "**khoảng 5,1–6,2%/năm giai đoạn 2021–2025** theo bốn cách tính (4,7–6,5% nếu tính cả sai số làm tròn của số liệu "
        "điều tra và số ước GRDP 2025): thấp hơn mục tiêu 7–7,5% dù nối chuỗi năm 2021 theo cách nào, vì vậy các mục tiêu "
        "2021–2025 không đạt, đúng như chính thành phố thừa nhận. Mục tiêu \"7–7,5% năm 2025\" của Kế hoạch 345, nếu hiểu là "
        "tốc độ của riêng năm 2025, thì không đánh giá được: số \"khoảng 4,2 triệu\" của điều tra cho tăng lực lượng lao động "
        "từ −0,1 đến +2,5% năm 2025 và các cách tính cho 6,7–7,8%. Với giai đoạn 2026–2030, tốc độ gần đây bằng khoảng hai "
        "phần ba đến bốn phần năm mức 7,5% cần đạt (Eurostat: tiến bộ vừa phải); để đạt mục tiêu, GRDP thực phải tăng "
        "7,6–9,3%/năm với mức tăng lực lượng lao động như 2020–2025, trong khi hai kỳ kế hoạch vừa qua chỉ đạt 6,5–6,7%, và "
        "mô hình ước xác suất đạt chỉ khoảng 5%. Các mức năng suất đã công bố không dùng được làm gốc: 253 (2020) và 347 (ghi "
        "cho 2025) ngụ ý số lao động nhiều hơn lực lượng lao động. Lưu ý: tất cả các kết quả trên tính trên mỗi người trong "
        "lực lượng lao động, không phải trên mỗi người có việc làm.",
    ),
    "nb03.md.versions": ("## Versions", "## Phiên bản phần mềm"),
    # --- notebook 03: words in tables ---
    "nb03.yes": ("yes", "có"),
    "nb03.no": ("no", "không"),
    "nb03.construction.unbridged": ("Unbridged", "Không nối chuỗi"),
    "nb03.construction.bridged_trend": ("Bridged, 2015–20 trend", "Nối chuỗi, theo xu hướng 2015–2020"),
    "nb03.construction.bridged_flat": ("Bridged, flat 2021", "Nối chuỗi, giữ nguyên năm 2021"),
    "nb03.construction.new_definition": ("New definition only", "Chỉ định nghĩa mới"),
    "nb03.construction.survey_release": ("Survey release", "Theo điều tra"),
    "nb03.grdp_how.published_level": ("published level", "mức đã công bố"),
    "nb03.grdp_how.per_capita_x_population": ("per capita × population", "bình quân đầu người × dân số"),
    "nb03.kind.needed": ("needed", "cần đạt"),
    "nb03.kind.achieved": ("achieved", "đã đạt"),
    "nb03.kind.published": ("published", "đã công bố"),
    "nb03.kind.estimate_per_labour_force_member": ("estimate per labour-force member", "ước tính trên mỗi người trong LLLĐ"),
    "nb03.vintage.derived": ("derived", "tính toán"),
    "nb03.check.average": ("average {years}", "bình quân {years}"),
    "nb03.check.level": ("level {years}", "mức {years}"),
    "nb03.scenario.lf_lowest": ("labour force 2020-25, lowest", "lực lượng lao động 2020-25, thấp nhất"),
    "nb03.scenario.lf_highest": ("labour force 2020-25, highest", "lực lượng lao động 2020-25, cao nhất"),
    "nb03.scenario.fastest": ("fastest year ({year})", "năm cao nhất ({year})"),
    "nb03.scenario.rate": ("{rate} %/yr", "{rate}%/năm"),
    "nb03.col.construction": ("Construction", "Cách tính"),
    "nb03.col.lf_start_year": ("Labour force, first year", "Năm đầu của LLLĐ"),
    "nb03.col.lf_start": ("Labour force, first year (thousand)", "LLLĐ năm đầu (nghìn người)"),
    "nb03.col.lf_end_year": ("Labour force, last year", "Năm cuối của LLLĐ"),
    "nb03.col.lf_end": ("Labour force, last year (thousand)", "LLLĐ năm cuối (nghìn người)"),
    "nb03.col.lf_growth_low": ("Labour-force growth, low (%/yr)", "Tăng LLLĐ, cận thấp (%/năm)"),
    "nb03.col.lf_growth_high": ("Labour-force growth, high (%/yr)", "Tăng LLLĐ, cận cao (%/năm)"),
    "nb03.col.estimate": ("Estimate (%/yr)", "Ước tính (%/năm)"),
    "nb03.col.low": ("Low", "Cận thấp"),
    "nb03.col.high": ("High", "Cận cao"),
    "nb03.col.in_headline": ("In the headline", "Đưa vào kết luận chính"),
    "nb03.col.assumptions": ("Assumptions", "Giả định"),
    "nb03.col.grdp_start": ("GRDP, first year (bn VND)", "GRDP năm đầu (tỷ đồng)"),
    "nb03.col.grdp_end": ("GRDP, last year (bn VND)", "GRDP năm cuối (tỷ đồng)"),
    "nb03.col.same_method": ("Same GRDP method", "Cùng phương pháp GRDP"),
    "nb03.col.grdp_how": ("GRDP from", "Cách có GRDP"),
    "nb03.col.grdp_published": ("GRDP published at the time (bn VND)", "GRDP công bố tại thời điểm đó (tỷ đồng)"),
    "nb03.col.implied_employment_published": ("Implied employment at that GRDP (thousand)", "Việc làm ngầm định theo GRDP đó (nghìn người)"),
    "nb03.col.published_value": ("Published", "Số công bố"),
    "nb03.col.path": ("Employment path or period", "Lộ trình việc làm hoặc giai đoạn"),
    "nb03.col.growth_pct": ("Growth (%/yr)", "Tăng trưởng (%/năm)"),
    "nb03.col.check": ("Figure", "Số liệu"),
    "nb03.col.explanation": ("Explanation", "Giải thích"),
    "nb03.col.kind": ("Kind", "Loại"),
    "nb03.col.employment_growth": ("Employment growth (%/yr)", "Tăng việc làm (%/năm)"),
    "nb03.col.method": ("Method", "Phương pháp"),
    "nb03.col.category": ("Verdict", "Đánh giá"),
    "nb03.col.score": ("Score", "Điểm"),
    "nb03.col.p_met": ("Chance of meeting the target", "Xác suất đạt mục tiêu"),
    "nb03.col.package": ("Package", "Gói phần mềm"),
    "nb03.col.version": ("Version", "Phiên bản"),
    # --- notebook 04: narrative cells (series codes of the reviewed text replaced by their names) ---
    "nb04.md.h1": ("# 04 — Digital economy share of GRDP: is Hanoi on track?", "# 04 — Tỷ trọng kinh tế số trong GRDP: Hà Nội có theo kịp lộ trình?"),
    "nb04.md.intro": (
        "Plan 205-KH/TU (10 Sep 2020) asks the digital economy to reach about 30 % of Hanoi's GRDP by 2025 and more than "
        "40 % by 2030; later documents restate the same figures. This notebook asks what the published measurements say "
        "about those targets. It first lists **who measured what**: the GSO's statistical method, the ministry's (MIC) "
        "model-based method and city figures whose method is not stated are three different measurements of one policy "
        "concept and are never joined into one series. It then places Hanoi beside Vietnam and the other provinces in the "
        "data, computes the growth of the share each target needs from the latest value of each measurement, reports what "
        "the official trackers (Eurostat, UNSD, ESCAP, Destatis) and the trend model conclude, and explains why the "
        "30 %/40 % targets were set before any official measurement existed.",
        "Kế hoạch 205-KH/TU (ngày 10/9/2020) đặt mục tiêu kinh tế số đạt khoảng 30% GRDP của Hà Nội vào năm 2025 và trên "
        "40% vào năm 2030; các văn bản sau nhắc lại cùng các con số này. Trang này xem các số đo đã công bố nói gì về những "
        "mục tiêu đó. Trước hết là **ai đo và đo thế nào**: phương pháp thống kê của Tổng cục Thống kê, phương pháp dựa trên "
        "mô hình của Bộ Thông tin và Truyền thông (Bộ TT&TT) và các số liệu của thành phố không nêu phương pháp là ba cách đo "
        "khác nhau của cùng một khái niệm chính sách và không bao giờ được nối thành một chuỗi. Tiếp theo, trang đặt Hà Nội "
        "cạnh cả nước và các tỉnh khác có trong dữ liệu, tính tốc độ tăng tỷ trọng mà mỗi mục tiêu đòi hỏi từ giá trị mới "
        "nhất của từng cách đo, nêu kết luận của các phương pháp theo dõi chính thức (Eurostat, UNSD, ESCAP, Destatis) và "
        "của mô hình xu hướng, và giải thích vì sao mục tiêu 30%/40% được đặt ra trước khi có bất kỳ số đo chính thức nào.",
    ),
    "nb04.md.s1": (
        "## 1. Who measured what\n\nEvery published figure for Hanoi, one row per measurement, year and value (figures "
        "repeated by several pages are one row). The three measurements differ in concept and scope (data README §4.4):\n\n"
        "* **GSO method**: value added of the core digital industries (electronics, ICT trade, software, telecoms, IT "
        "services) plus the digitalised part of other sectors; first released in Dec 2023 and revised with every vintage. "
        "Hanoi: **15.85 % for 2023**, a provincial trial calculation cited by a city vice-chairman at the People's Council "
        "in Dec 2024 ([Hanoi Dept. of Culture and Sports portal](https://sovhtt.hanoi.gov.vn/?p=255474)), 6th of 63 provinces.\n"
        "* **MIC method**: the ministry's model (ICT + platform + sectoral digital economy), systematically higher. Hanoi: "
        "**17.15 % for 2022**, 7th of 63, in the Vietnam Digital Economy Report 2022 published in Sep 2023 "
        "([Báo Mới](https://baomoi.net.vn/ha-noi-tp-hcm-khong-nam-trong-top-5-dia-phuong-dang-dan-dau-ca-nuoc-ve-ty-trong-kinh-te-so-tren-grdp-c46933429.epi)).\n"
        "* **Method not stated**: the city's own figures, 16–16.3 % for 2024 (three sources) and **17.34 % for 2025** with "
        "a value added of 275,300 bn VND ([vietnam.vn](https://www.vietnam.vn/en/dot-pha-tu-kinh-te-so)).\n\n"
        "The apparent fall from 17.15 % (2022) to 15.85 % (2023) is a **change of producer and method, not a decline**.",
        "## 1. Ai đo, đo thế nào\n\nMọi số liệu đã công bố của Hà Nội, mỗi dòng là một cách đo, một năm và một giá trị (số "
        "được nhiều trang nhắc lại chỉ tính một dòng). Ba cách đo khác nhau về khái niệm và phạm vi (README dữ liệu §4.4):\n\n"
        "* **Phương pháp Tổng cục Thống kê**: giá trị tăng thêm của các ngành kinh tế số lõi (điện tử, thương mại CNTT-TT, "
        "phần mềm, viễn thông, dịch vụ CNTT) cộng phần được số hóa của các ngành khác; công bố lần đầu tháng 12/2023 và được "
        "điều chỉnh qua mỗi lần công bố. Hà Nội: **15,85% năm 2023**, số tính thử cấp tỉnh được một phó chủ tịch thành phố "
        "nêu tại kỳ họp Hội đồng nhân dân tháng 12/2024 ([Cổng thông tin Sở Văn hóa và Thể thao Hà Nội](https://sovhtt.hanoi.gov.vn/?p=255474)), "
        "đứng thứ 6/63 tỉnh, thành phố.\n"
        "* **Phương pháp Bộ TT&TT**: mô hình của Bộ (kinh tế số ICT + kinh tế số nền tảng + kinh tế số ngành), luôn cho số cao "
        "hơn. Hà Nội: **17,15% năm 2022**, thứ 7/63, trong Báo cáo Kinh tế số Việt Nam 2022 công bố tháng 9/2023 "
        "([Báo Mới](https://baomoi.net.vn/ha-noi-tp-hcm-khong-nam-trong-top-5-dia-phuong-dang-dan-dau-ca-nuoc-ve-ty-trong-kinh-te-so-tren-grdp-c46933429.epi)).\n"
        "* **Không nêu phương pháp**: số liệu riêng của thành phố, 16–16,3% năm 2024 (ba nguồn) và **17,34% năm 2025** với giá "
        "trị tăng thêm 275.300 tỷ đồng ([vietnam.vn](https://www.vietnam.vn/en/dot-pha-tu-kinh-te-so)).\n\n"
        "Mức giảm bề ngoài từ 17,15% (2022) xuống 15,85% (2023) là do **thay đổi đơn vị tính và phương pháp, không phải suy giảm**.",
    ),
    "nb04.md.refs": ("Where each figure was read (observation ID, page):", "Nơi lấy từng số liệu (mã số liệu, trang nguồn):"),
    "nb04.md.va": (
        "The city's 2025 share can be checked against its own value added: 275,300 bn VND over GRDP at current prices "
        "(1,587,379 bn VND, Hanoi Statistics Office report 295/BC-TKT of 31 Dec 2025) is 17.34 %, so the city figure is a "
        "value-added share of GRDP, the same concept as the GSO's, although its method is not stated.",
        "Tỷ trọng năm 2025 của thành phố có thể kiểm tra bằng chính giá trị tăng thêm của nó: 275.300 tỷ đồng chia cho GRDP "
        "theo giá hiện hành (1.587.379 tỷ đồng, báo cáo 295/BC-TKT ngày 31/12/2025 của Cục Thống kê Hà Nội) bằng 17,34%, vậy "
        "số của thành phố là tỷ trọng giá trị tăng thêm trong GRDP, cùng khái niệm với số của Tổng cục Thống kê, dù không nêu "
        "phương pháp.",
    ),
    "nb04.md.s2": (
        "## 2. Hanoi beside Vietnam and the other provinces\n\nOne row per place and measurement, one column per year "
        "(chosen values; a figure published only as a forecast is a separate projection row). Nationally the GSO method "
        "gives 12–14 % of GDP (14.02 % estimated for 2025), the MIC method 14.26 % (2022) and 16.5 % (2023), with 18.6 % "
        "forecast for 2024. Both methods count output where it is produced and include electronics assembly, so the highest "
        "shares are in the factory provinces — Bắc Ninh 56.83 %, Thái Nguyên 42.92 %, Bắc Giang 42.13 % (MIC, 2022) — and "
        "Hanoi, the leader of the digital-government indices, ranks only 5th–7th. A 30 % share for Hanoi would put it among "
        "the electronics-assembly provinces.",
        "## 2. Hà Nội so với cả nước và các tỉnh\n\nMỗi dòng là một địa phương và một cách đo, mỗi cột là một năm (giá trị "
        "được chọn; số chỉ được công bố dưới dạng dự báo nằm ở dòng dự báo riêng). Với cả nước, phương pháp Tổng cục Thống kê "
        "cho 12–14% GDP (ước 14,02% năm 2025), phương pháp Bộ TT&TT cho 14,26% (2022) và 16,5% (2023), dự báo 18,6% năm 2024. "
        "Cả hai phương pháp đều tính sản lượng tại nơi sản xuất và bao gồm lắp ráp điện tử, nên tỷ trọng cao nhất thuộc về "
        "các tỉnh có nhà máy — Bắc Ninh 56,83%, Thái Nguyên 42,92%, Bắc Giang 42,13% (Bộ TT&TT, 2022) — còn Hà Nội, địa "
        "phương dẫn đầu các chỉ số chính quyền số, chỉ đứng thứ 5–7. Tỷ trọng 30% sẽ đưa Hà Nội vào nhóm các tỉnh lắp ráp điện tử.",
    ),
    "nb04.md.s3": (
        "## 3. What growth each target needs\n\nFor each target (documents with the same year and threshold grouped) and "
        "each measurement separately: the latest value, the years left, and the constant growth of the share a year that "
        "reaches the target in the target year (`methods.required_cagr`), also in percentage points a year. Reading: from "
        "the GSO's 15.85 % for 2023, about 30 % in 2025 needed the share to grow by 38 % a year; more than 40 % in 2030 "
        "needs 14 % a year (3.5 points a year) from the GSO figure and 18 % a year (4.5 points a year) from the city's "
        "17.34 % for 2025. A target whose year has passed with a value of the same measurement is judged met or missed; "
        "the city's 17.34 % for 2025 missed about 30 % by 12.7 points.",
        "## 3. Tốc độ cần thiết để đạt mục tiêu\n\nVới từng mục tiêu (các văn bản cùng năm và cùng ngưỡng được gộp) và riêng "
        "từng cách đo: giá trị mới nhất, số năm còn lại, và tốc độ tăng đều hằng năm của tỷ trọng để đạt mục tiêu vào năm "
        "mục tiêu (`methods.required_cagr`), kèm mức tăng tính bằng điểm %/năm. Cách đọc: từ mức 15,85% năm 2023 của Tổng "
        "cục Thống kê, để đạt khoảng 30% năm 2025 tỷ trọng phải tăng 38%/năm; để vượt 40% năm 2030 cần tăng 14%/năm (3,5 "
        "điểm %/năm) tính từ số của Tổng cục Thống kê và 18%/năm (4,5 điểm %/năm) tính từ mức 17,34% năm 2025 của thành "
        "phố. Mục tiêu đã qua năm mục tiêu và có giá trị của cùng cách đo được đánh giá là đạt hoặc không đạt; mức 17,34% "
        "năm 2025 của thành phố thấp hơn mục tiêu khoảng 30% tới 12,7 điểm %.",
    ),
    "nb04.md.observed": (
        "What the same measurements have shown so far (first to latest chosen value, one measurement at a time). The "
        "national GSO share grew by about 2 % a year in 2020–2025; the steepest paces (MIC national 2021–2023, Đà Nẵng's "
        "own figures, Ho Chi Minh City's MIC figures) come from model-based or unstated methods over two to four years. "
        "The city's 16.25 % for 2024 and 17.34 % for 2025 come from two different releases (+1.1 points in one year); "
        "read on one release — the 2025 release's own statements, next section — the share grew about +0.4 points a year "
        "(2.4 % a year) in 2020–2025. No pace comes close to the 14–18 % a year the 2030 target needs.",
        "Các cách đo đó đã cho thấy gì đến nay (từ giá trị được chọn đầu tiên đến mới nhất, từng cách đo một). Tỷ trọng cả "
        "nước theo Tổng cục Thống kê tăng khoảng 2%/năm giai đoạn 2020–2025; các tốc độ cao nhất (Bộ TT&TT cả nước 2021–2023, "
        "số riêng của Đà Nẵng, số của Bộ TT&TT cho TP. Hồ Chí Minh) đều đến từ phương pháp dựa trên mô hình hoặc không nêu "
        "phương pháp, trong hai đến bốn năm. Mức 16,25% năm 2024 và 17,34% năm 2025 của thành phố thuộc hai lần công bố khác "
        "nhau (+1,1 điểm % trong một năm); đọc trên cùng một lần công bố — các số liệu của chính lần công bố năm 2025, mục "
        "sau — tỷ trọng tăng khoảng +0,4 điểm %/năm (2,4%/năm) giai đoạn 2020–2025. Không tốc độ nào gần mức 14–18%/năm mà "
        "mục tiêu 2030 đòi hỏi.",
    ),
    "nb04.md.release": (
        "### The pace on one release, the target in force, and when it would be reached\n\nThe city's 2025 release says "
        "digital value added (275,300 bn VND) grew 13.4 % on 2024 and is 1.76 times its 2020 level. Read as nominal (the "
        "release does not say; nominal is the reading that matches a share of nominal GRDP) and divided by nominal GRDP on "
        "one consistent basis (the statistics office's GRDP per capita × average population), those statements give "
        "**17.09 % for 2024 and 15.37 % for 2020** on the release's own basis (`derive.release_shares`; each value cites "
        "the raw ids it came from). That is a pace of about **+0.39 points a year**, not the +1.1 that 16.25 % (2024, an "
        "earlier release) → 17.34 % (2025) suggests. The other producers' figures stay beside it (section 2), never "
        "chained into it.\n\nSeveral documents set or reset this target. For each target year the table names the target "
        "**in force** (set by the latest adopted document known as of the view), the earlier documents that **restated** "
        "the same threshold, those whose threshold was **superseded** (history, not separate verdicts) and a draft's "
        "scenarios (**draft**, never in force), and the year each threshold would be reached at the same-release pace.\n\n"
        "The nominal reading and today's 2020 GRDP are choices, so the first line below leads with the share expected in "
        "2030 and gives the years reached under the other defensible readings too: “1.76 times” read as real (volume, "
        "deflated with the GRDP deflator) and the 2020 GRDP as published at the time (1,060,000 bn VND).",
        "### Tốc độ trên cùng một lần công bố, mục tiêu đang có hiệu lực, và năm sẽ đạt\n\nLần công bố năm 2025 của thành "
        "phố cho biết giá trị tăng thêm kinh tế số (275.300 tỷ đồng) tăng 13,4% so với 2024 và gấp 1,76 lần năm 2020. Nếu "
        "hiểu là giá danh nghĩa (văn bản không nói rõ; cách hiểu này phù hợp với tỷ trọng trong GRDP danh nghĩa) và chia cho "
        "GRDP danh nghĩa trên một cơ sở nhất quán (GRDP bình quân đầu người của cơ quan thống kê × dân số trung bình), các "
        "số đó cho **17,09% năm 2024 và 15,37% năm 2020** trên chính cơ sở của lần công bố (`derive.release_shares`; mỗi "
        "giá trị ghi rõ mã số liệu gốc). Tức là tốc độ khoảng **+0,39 điểm %/năm**, không phải +1,1 như cặp 16,25% (2024, "
        "lần công bố trước) → 17,34% (2025) gợi ý. Số liệu của các đơn vị khác được đặt bên cạnh (mục 2), không bao giờ "
        "nối vào chuỗi này.\n\nNhiều văn bản đã đặt hoặc đặt lại mục tiêu này. Với mỗi năm mục tiêu, bảng nêu mục tiêu "
        "**đang có hiệu lực** (do văn bản đã ban hành mới nhất đã biết tại thời điểm số liệu), các văn bản trước **nhắc lại** "
        "cùng ngưỡng, các văn bản có ngưỡng **đã bị thay thế** (lịch sử, không đánh giá riêng) và các phương án của dự thảo "
        "(**dự thảo**, không bao giờ có hiệu lực), cùng năm mà mỗi ngưỡng sẽ đạt được nếu giữ tốc độ của cùng lần công bố.\n\n"
        "Cách hiểu giá danh nghĩa và GRDP 2020 hiện nay là những lựa chọn, nên dòng đầu tiên dưới đây nêu trước tỷ trọng dự "
        "kiến năm 2030 và cho năm đạt theo các cách đọc có cơ sở khác: “gấp 1,76 lần” hiểu theo giá so sánh (khối lượng, "
        "giảm phát bằng chỉ số giảm phát GRDP) và GRDP 2020 như công bố khi đó (1.060.000 tỷ đồng).",
    ),
    "nb04.md.pace": (
        "Same-release pace: {pp} points a year, {y0}–{y1} ({first}% → {latest}%).",
        "Tốc độ trên cùng lần công bố: {pp} điểm %/năm, {y0}–{y1} ({first}% → {latest}%).",
    ),
    "nb04.md.s4": (
        "## 4. What the official methods and the model say\n\nThe assessment engine (`hn4ir_analysis.assess.verdicts.assess`) "
        "judges every target of a target year against each measurement separately: ex post once the target year has a "
        "value, otherwise the Eurostat growth ratio, the UNSD progress chart, ESCAP's anticipated progress, the Destatis "
        "weather symbol and a trend model's probability. Below, its rows for Hanoi's digital-economy targets of 2025 and "
        "2030, one row per target document and measurement, one column per method. With one value each, the GSO and MIC "
        "measurements give **insufficient data** to every method; the city's published series (2024 and 2025) has two "
        "points from two different releases (the rows say so), and the same-release series (2020, 2024, 2025) has three "
        "points of one release — enough for Eurostat, UNSD and ESCAP but not for Destatis (four values) or the model (five).",
        "## 4. Các phương pháp chính thức và mô hình cho kết quả gì\n\nBộ đánh giá (`hn4ir_analysis.assess.verdicts.assess`) "
        "đánh giá mọi mục tiêu của một năm mục tiêu theo riêng từng cách đo: theo kết quả thực tế khi năm mục tiêu đã có "
        "giá trị, nếu chưa thì theo tỷ số tăng trưởng của Eurostat, biểu đồ tiến độ của UNSD, tiến độ dự kiến của ESCAP, "
        "biểu tượng thời tiết của Destatis và xác suất của mô hình xu hướng. Dưới đây là các dòng cho các mục tiêu kinh tế "
        "số năm 2025 và 2030 của Hà Nội, mỗi dòng một văn bản mục tiêu và một cách đo, mỗi cột một phương pháp. Với chỉ một "
        "giá trị mỗi loại, cách đo của Tổng cục Thống kê và Bộ TT&TT cho kết quả **không đủ dữ liệu** ở mọi phương pháp; "
        "chuỗi công bố của thành phố (2024 và 2025) có hai điểm từ hai lần công bố khác nhau (các dòng có ghi rõ), còn chuỗi "
        "cùng lần công bố (2020, 2024, 2025) có ba điểm của một lần công bố — đủ cho Eurostat, UNSD và ESCAP nhưng chưa đủ "
        "cho Destatis (bốn giá trị) hay mô hình (năm giá trị).",
    ),
    "nb04.md.others": (
        "The same for every other document that restates a Hanoi digital-economy target for 2025 or 2030 (KH 76, the 17th "
        "Congress resolution, Resolution 15-NQ/TW, KH 239, Resolution 18-NQ/TU, the 2026 implementation of Resolution 57 and "
        "the ≥ 30 % for 2030 reported in 2025). Equal thresholds give equal verdicts; the wording (≈, ≥, >) matters only "
        "near the threshold.",
        "Tương tự cho mọi văn bản khác nhắc lại mục tiêu kinh tế số của Hà Nội cho năm 2025 hoặc 2030 (KH 76, Nghị quyết "
        "Đại hội XVII, Nghị quyết 15-NQ/TW, KH 239, Nghị quyết 18-NQ/TU, kế hoạch thực hiện Nghị quyết 57 năm 2026 và mục "
        "tiêu ≥ 30% cho năm 2030 được nêu năm 2025). Ngưỡng bằng nhau cho đánh giá như nhau; cách diễn đạt (≈, ≥, >) chỉ "
        "có ý nghĩa khi giá trị gần ngưỡng.",
    ),
    "nb04.md.trackers": ("The trackers' own words for Plan 205's 2030 target, city series:", "Nhận xét của từng phương pháp cho mục tiêu 2030 của Kế hoạch 205, chuỗi số liệu của thành phố:"),
    "nb04.md.reading": (
        "Reading: on the same-release series the 2030 target shows **limited progress** (Eurostat: the share grew at about "
        "a quarter of the required pace, R ≈ 0.24; UNSD: the current pace covers about a sixth of the distance by 2030) "
        "and ESCAP asks to **accelerate**; the 2025 target was **missed** ex post (17.34 % against about 30 %). The city's "
        "published pair (2024 → 2025) mixes two releases and overstates the pace (R ≈ 0.41). Destatis and the model "
        "decline to judge on so few values; the required-growth table and the year-reached table are the sturdier reading.",
        "Nhận định: trên chuỗi cùng lần công bố, mục tiêu 2030 cho thấy **tiến bộ hạn chế** (Eurostat: tỷ trọng tăng bằng "
        "khoảng một phần tư tốc độ cần thiết, R ≈ 0,24; UNSD: với tốc độ hiện tại chỉ đi được khoảng một phần sáu quãng "
        "đường đến năm 2030) và ESCAP khuyến nghị **cần tăng tốc**; mục tiêu 2025 **không đạt** theo kết quả thực tế (17,34% "
        "so với khoảng 30%). Cặp số công bố của thành phố (2024 → 2025) trộn hai lần công bố và phóng đại tốc độ (R ≈ 0,41). "
        "Destatis và mô hình không đánh giá khi có quá ít giá trị; bảng tốc độ cần thiết và bảng năm đạt mục tiêu là cách đọc "
        "vững chắc hơn.",
    ),
    "nb04.md.s5": (
        "## 5. Why 30 % and 40 %?\n\nThe targets were set before any official measurement existed. Resolution 52-NQ/TW "
        "(Sep 2019) set the national goals (20 % of GDP by 2025, 30 % by 2030); Decision 749/QĐ-TTg (Jun 2020) repeated "
        "20 % for 2025; Plan 205 (Sep 2020) set 30 % and 40 % for Hanoi. The first figures for any province came three "
        "years later: the MIC's report in Sep 2023 and the GSO's first (trial) national release in Dec 2023, Hanoi's "
        "GSO-method value in Dec 2024. The targets were therefore political ambitions, not extrapolations from a measured "
        "base, and the measurement chosen later (value added as a share of GRDP, counted where it is produced) puts a "
        "services-led capital far below the electronics-assembly provinces. They remain targets on a share of value added, "
        "not a share of growth (data README §4.4).",
        "## 5. Vì sao là 30% và 40%?\n\nCác mục tiêu được đặt ra trước khi có bất kỳ số đo chính thức nào. Nghị quyết "
        "52-NQ/TW (9/2019) đặt mục tiêu cả nước (20% GDP năm 2025, 30% năm 2030); Quyết định 749/QĐ-TTg (6/2020) nhắc lại "
        "20% cho năm 2025; Kế hoạch 205 (9/2020) đặt 30% và 40% cho Hà Nội. Số liệu đầu tiên cho bất kỳ tỉnh nào chỉ có ba "
        "năm sau: báo cáo của Bộ TT&TT tháng 9/2023 và lần công bố (tính thử) cấp quốc gia đầu tiên của Tổng cục Thống kê "
        "tháng 12/2023, số của Hà Nội theo phương pháp Tổng cục Thống kê tháng 12/2024. Vì vậy các mục tiêu là quyết tâm "
        "chính trị, không phải ngoại suy từ một mức đã đo, và cách đo được chọn sau này (giá trị tăng thêm tính theo tỷ trọng "
        "GRDP, tại nơi sản xuất) đặt một thủ đô thiên về dịch vụ thấp hơn nhiều so với các tỉnh lắp ráp điện tử. Đây vẫn là "
        "mục tiêu về tỷ trọng giá trị tăng thêm, không phải tỷ trọng đóng góp vào tăng trưởng (README dữ liệu §4.4).",
    ),
    "nb04.md.versions": ("## Versions", "## Phiên bản phần mềm"),
    "nb04.series.digital_econ_share_release2025": ("City's 2025 release, on one basis", "Lần công bố 2025 của thành phố, cùng một cơ sở"),
    "nb04.status.in_force": ("in force", "đang có hiệu lực"),
    "nb04.status.restated": ("restated", "nhắc lại"),
    "nb04.status.superseded": ("superseded", "đã bị thay thế"),
    "nb04.col.first_year": ("First year", "Năm đầu"),
    "nb04.col.document_date": ("Document date", "Ngày văn bản"),
    "nb04.col.document": ("Document", "Văn bản"),
    "nb04.col.year_reached": ("Year reached at this pace", "Năm đạt với tốc độ này"),
    "nb04.col.source_url": ("Page", "Trang nguồn"),
    "nb04.col.years_left": ("Years left", "Số năm còn lại"),
}  # fmt: skip
