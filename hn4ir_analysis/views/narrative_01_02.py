"""Narrative of notebooks 01 and 02 in English and Vietnamese (keys `nb01.*`…).

The notebooks show these phrases with ``display(Markdown(i18n.t(key, lang)))``, so a reader of
the Vietnamese report reads Vietnamese. :mod:`hn4ir_analysis.views.i18n` merges this table.

Notes
-----
Keys here must not repeat the ``nb01.*``/``nb02.*`` chart and table labels already in
:mod:`hn4ir_analysis.views.i18n` (this table is merged after them and would override them);
the narrative keys use the prefixes ``nb01.md.`` and ``nb02.md.``. Indicator codes never
appear in the text: a reader sees the indicator's name.
"""

#: key -> (English, Vietnamese)
PHRASES: dict[str, tuple[str, str]] = {
    # --- notebook 01: data sources, coverage, conflicts ---
    "nb01.md.intro": (
        "**Purpose.** Before any judgement on Hanoi's targets (Plan 205-KH/TU of 10 Sep 2020 and the documents around it), an economist needs to know what the data can bear. This page answers: *which figures exist for Hanoi, by indicator and year; who published them and how reliable they are; where published figures disagree and which one the analysis uses, by what rule; where the statistical definitions break; and what is simply missing.* It counts from the processed data (every published figure is a *candidate*, one per indicator × year is *chosen* by a fixed rule), not from hand-made lists, so the tables change when the data change.\n\n"
        "**Data.** Figures read from press, government portals and statistical tables (each with its quote, publisher and URL) and GSO/NSO PX-Web tables, as seen **as of {as_of}**: values for years up to {as_of} that had been published by the end of {next}.",
        "**Mục đích.** Trước khi đánh giá các mục tiêu của Hà Nội (Kế hoạch 205-KH/TU ngày 10/9/2020 và các văn bản liên quan), nhà kinh tế cần biết số liệu cho phép kết luận đến đâu. Trang này trả lời: *Hà Nội có những số liệu nào, theo chỉ tiêu và năm; ai công bố và độ tin cậy ra sao; các số liệu đã công bố chênh nhau ở đâu, phân tích dùng số nào và theo quy tắc nào; định nghĩa thống kê thay đổi ở đâu; và còn thiếu những gì.* Mọi con số được đếm từ dữ liệu đã xử lý (mỗi số liệu đã công bố là một *giá trị ứng viên*, mỗi cặp chỉ tiêu × năm có một giá trị *được chọn* theo một quy tắc cố định), không từ danh sách lập bằng tay, nên các bảng tự thay đổi khi dữ liệu thay đổi.\n\n"
        "**Dữ liệu.** Số liệu lấy từ báo chí, cổng thông tin của chính quyền và các bảng thống kê (kèm trích dẫn, nơi đăng và đường dẫn) và các bảng PX-Web của Tổng cục Thống kê, **tính đến năm {as_of}**: số liệu của các năm đến {as_of} đã công bố trước cuối năm {next}.",
    ),
    "nb01.md.s1": (
        "## 1. What we have\n\n"
        "The first table counts Hanoi's annual figures. The second is the coverage of the indicators the growth, productivity and digital-economy targets rest on, one cell per indicator × year:\n\n"
        "* the **number** is how many published figures (candidates) exist for that year — several sources often report the same year (early estimate, year-end estimate, later revision);\n"
        "* the **letter** is the vintage of the value the analysis uses: `E` early estimate (city, November–early December), `e` estimate, `p` preliminary (\"sơ bộ\"), `f` official (statistical table), `r` revised;\n"
        "* **`o`** means at least one candidate is on the **old basis** — the local GRDP method before the 2016/2017 switch to GSO compilation, the pre-2019-census population series, older labour-force vintages (data README §4, caveat 1);\n"
        "* `·` means no figure at all.\n\n"
        "Unlike the coverage table of the data README (§5), these counts include the cells of the GSO tables (labour force, population, the GRDP index) and leave out projections and multi-year values, which never enter an annual series.",
        "## 1. Số liệu hiện có\n\n"
        "Bảng thứ nhất đếm các số liệu năm của Hà Nội. Bảng thứ hai là độ phủ của các chỉ tiêu làm căn cứ cho mục tiêu tăng trưởng, năng suất lao động và kinh tế số, mỗi ô là một cặp chỉ tiêu × năm:\n\n"
        "* **con số** là số liệu đã công bố (giá trị ứng viên) có cho năm đó — nhiều nguồn thường cùng báo cáo một năm (ước tính sớm, ước tính cả năm, số điều chỉnh sau);\n"
        "* **chữ cái** là loại số liệu của giá trị được dùng: `E` ước tính sớm (thành phố, tháng 11–đầu tháng 12), `e` ước tính, `p` sơ bộ, `f` chính thức (bảng thống kê), `r` điều chỉnh;\n"
        "* **`o`** nghĩa là có ít nhất một giá trị ứng viên theo **phương pháp cũ** — cách tính GRDP của địa phương trước khi Tổng cục Thống kê biên soạn từ 2016/2017, chuỗi dân số trước Tổng điều tra 2019, các bản số liệu lực lượng lao động cũ (README dữ liệu §4, lưu ý 1);\n"
        "* `·` nghĩa là không có số liệu nào.\n\n"
        "Khác với bảng độ phủ trong README dữ liệu (§5), các con số này tính cả các ô của bảng Tổng cục Thống kê (lực lượng lao động, dân số, chỉ số GRDP) và không tính các số dự báo và số liệu nhiều năm, vốn không bao giờ vào chuỗi số liệu năm.",
    ),
    "nb01.md.all": (
        "The same layout for every Hanoi indicator with an annual figure (rankings, digital-government counts, connectivity and start-up indicators included). Most of them have one figure in one or two years: they can illustrate, not measure a trend.",
        "Cùng cách trình bày cho mọi chỉ tiêu của Hà Nội có số liệu năm (kể cả các bảng xếp hạng, số liệu chính quyền số, kết nối và khởi nghiệp). Phần lớn chỉ có một số liệu trong một hai năm: đủ để minh họa, không đủ để đo xu hướng.",
    ),
    "nb01.md.derived": (
        "Derived series are computed here from chosen values, never published as such: the real GRDP volume index chained from the annual growth rates (its base year is in the note), GRDP per capita from GRDP and average population, GRDP per member of the labour force. They are not sources and do not appear in the coverage counts above.",
        "Các chuỗi tính toán thêm được tính ở đây từ các giá trị được chọn, không được công bố dưới dạng đó: chỉ số khối lượng GRDP theo giá so sánh, nối từ tốc độ tăng hằng năm (năm gốc ghi trong phần ghi chú), GRDP bình quân đầu người từ GRDP và dân số trung bình, GRDP trên mỗi người trong lực lượng lao động. Chúng không phải là nguồn và không có trong các con số đếm ở trên.",
    ),
    "nb01.md.s2": (
        "## 2. Where the figures come from\n\n"
        "Figures were read from public pages: news articles (often the opening passage), government portals, legal-document sites, and GSO tables re-published in public GitHub repositories. The table lists the outlets that carried the most Hanoi figures (annual candidates in this view), how many distinct pages, how many of their figures are the chosen value, and the **authority** of the figures (data README §3): *high* = a statistics office's figure in mainstream or official outlets or in its own table; *medium* = officials' statements and documents, or statistics reached through a copy (including GitHub copies of GSO tables); *low* = blogs, Wikipedia, tag pages, unattributed compilations. The publisher is where the figure was *read*; the producer (who computed it) is in the conflict table below.",
        "## 2. Số liệu lấy từ đâu\n\n"
        "Số liệu được đọc từ các trang công khai: bài báo (thường ở đoạn mở đầu), cổng thông tin của chính quyền, trang văn bản pháp luật, và bảng của Tổng cục Thống kê được đăng lại trên các kho GitHub công khai. Bảng liệt kê những nơi đăng nhiều số liệu về Hà Nội nhất (giá trị ứng viên theo năm trong lần xem này), số trang khác nhau, số số liệu được chọn, và **độ tin cậy** của số liệu (README dữ liệu §3): *cao* = số liệu của cơ quan thống kê trên báo chính thống, kênh chính thức hoặc trong bảng của chính cơ quan đó; *trung bình* = phát biểu và văn bản của lãnh đạo, hoặc số liệu thống kê qua bản sao (kể cả bản sao bảng của Tổng cục Thống kê trên GitHub); *thấp* = blog, Wikipedia, trang tổng hợp theo thẻ, bản tổng hợp không rõ nguồn. Nơi đăng là nơi *đọc* được số liệu; đơn vị tính toán (ai tính ra số liệu) có trong bảng chênh lệch ở dưới.",
    ),
    "nb01.md.publishers_total": (
        "{publishers} publishers, {pages} pages, {figures} figures about Hanoi.",
        "{publishers} nơi đăng, {pages} trang, {figures} số liệu về Hà Nội.",
    ),
    "nb01.md.authority": (
        "Authority against vintage for the same candidates: most early estimates are *medium* (UBND statements reported by the press); the official and revised values are mostly statistics-office tables.",
        "Độ tin cậy theo loại số liệu của cùng các giá trị ứng viên: phần lớn ước tính sớm có độ tin cậy *trung bình* (phát biểu của UBND được báo chí đưa tin); số chính thức và số điều chỉnh phần lớn là bảng của cơ quan thống kê.",
    ),
    "nb01.md.s3": (
        "## 3. Where sources disagree, and how the rule resolved it\n\n"
        "**The rule** (applied to the candidates of one indicator × year, in this order): current basis over unknown over old basis; authority high over medium over low; vintage revised/official over preliminary over estimate over early estimate; the latest publication; finally the id, so that the choice never depends on row order. Every candidate is kept in the selection log with the first rule that ruled it out.\n\n"
        "The table lists the indicator-years whose candidates differ, **largest relative spread first** (max − min as a share of the largest value, so that per cent, billion VND and thousands of persons can be ranked together), with the distinct values in order of publication. Read it as a history of revisions rather than a list of errors:\n\n"
        "* **GRDP growth 2020**: the city's early estimate 3.94% (UBND, 28 Nov 2020) → 3.98% at year end (Statistics Office) → 4.18% cited as revised a year later → 4.11% in the statistics office's provincial table V03.10. The analysis uses 4.11 (official, high authority, latest).\n"
        "* **GRDP growth 2022**: 8.89% (Statistics Office, Dec 2022–Jan 2023) against 8.29% in a 2025 opinion article on a tag page (low authority) and 8.96% in table V03.10, which is used.\n"
        "* **GRDP 2019 at current prices**: 971,700 bn VND (Dec 2019 estimate) against 1,024,000 bn VND (Nov 2020, after the re-assessment of the GRDP scale) and a Wikipedia figure. The rule alone would put **authority before vintage** and keep the Statistics Office's Dec 2019 estimate (high) over the UBND's re-assessed figure read on a mirror (medium) — but the two are on different scales (README §4 caveat 2). A documented correction in the cleaning step (listed in the corrections table of the processed data) therefore codes the Dec 2019 level, USD and per-capita figures as old basis, so the re-assessed 1,024,000 is used. Nominal levels are still never chained across 2019.\n"
        "* **Labour productivity 2022**: 304.1 million VND per worker (GSO provincial table, current prices) against 188.1 in a Party-journal article — which is the *national* figure (README §4 caveat 7).\n"
        "* **GRDP growth 2016 and 2017**: old-method figures (8.2/8.03 and 8.5) against current-method restatements (7.15 and 7.3) — a method break, not a disagreement (section 4).",
        "## 3. Các nguồn chênh nhau ở đâu và quy tắc chọn giải quyết thế nào\n\n"
        "**Quy tắc chọn** (áp dụng cho các giá trị ứng viên của một cặp chỉ tiêu × năm, theo thứ tự): phương pháp hiện hành trước không rõ phương pháp, rồi đến phương pháp cũ; độ tin cậy cao trước trung bình, trước thấp; số điều chỉnh/chính thức trước sơ bộ, trước ước tính, trước ước tính sớm; lần công bố mới nhất; cuối cùng là mã số liệu, để lựa chọn không bao giờ phụ thuộc thứ tự dòng. Mọi giá trị ứng viên được giữ trong nhật ký lựa chọn, kèm quy tắc đầu tiên đã loại nó.\n\n"
        "Bảng liệt kê các cặp chỉ tiêu-năm có giá trị ứng viên khác nhau, **chênh lệch tương đối lớn nhất trước** (lớn nhất − nhỏ nhất, tính theo tỷ lệ của giá trị lớn nhất, để phần trăm, tỷ đồng và nghìn người xếp hạng được cùng nhau), với các giá trị khác nhau theo thứ tự công bố. Nên đọc bảng như lịch sử điều chỉnh số liệu hơn là danh sách sai sót:\n\n"
        "* **Tăng trưởng GRDP 2020**: ước tính sớm của thành phố 3,94% (UBND, 28/11/2020) → 3,98% cuối năm (Cục Thống kê) → 4,18% được dẫn là số điều chỉnh một năm sau → 4,11% trong bảng V03.10 theo tỉnh của cơ quan thống kê. Phân tích dùng 4,11 (chính thức, độ tin cậy cao, mới nhất).\n"
        "* **Tăng trưởng GRDP 2022**: 8,89% (Cục Thống kê, 12/2022–1/2023) so với 8,29% trong một bài bình luận năm 2025 trên trang tổng hợp theo thẻ (độ tin cậy thấp) và 8,96% trong bảng V03.10, là số được dùng.\n"
        "* **GRDP 2019 theo giá hiện hành**: 971.700 tỷ đồng (ước tính 12/2019) so với 1.024.000 tỷ đồng (11/2020, sau khi đánh giá lại quy mô GRDP) và một số liệu trên Wikipedia. Nếu chỉ theo quy tắc, **độ tin cậy đứng trước loại số liệu** nên sẽ giữ ước tính 12/2019 của Cục Thống kê (cao) thay vì số đã đánh giá lại của UBND đọc trên một trang sao chép (trung bình) — nhưng hai số nằm trên hai quy mô khác nhau (README §4, lưu ý 2). Vì vậy một hiệu chỉnh có ghi chép ở bước làm sạch dữ liệu (liệt kê trong bảng hiệu chỉnh của dữ liệu đã xử lý) xếp mức GRDP, GRDP tính bằng USD và GRDP bình quân đầu người ước tính 12/2019 vào phương pháp cũ, và số 1.024.000 đã đánh giá lại được dùng. Các mức danh nghĩa vẫn không bao giờ được nối qua năm 2019.\n"
        "* **Năng suất lao động 2022**: 304,1 triệu đồng/lao động (bảng theo tỉnh của Tổng cục Thống kê, giá hiện hành) so với 188,1 trong một bài trên tạp chí của Đảng — đó là số liệu *cả nước* (README §4, lưu ý 7).\n"
        "* **Tăng trưởng GRDP 2016 và 2017**: số theo phương pháp cũ (8,2/8,03 và 8,5) so với số tính lại theo phương pháp hiện hành (7,15 và 7,3) — là điểm gãy phương pháp, không phải chênh lệch giữa các nguồn (mục 4).",
    ),
    "nb01.md.reasons": (
        "Why the value farthest from the chosen one lost (the first rule on which it ranked lower):",
        "Vì sao giá trị xa giá trị được chọn nhất bị loại (quy tắc đầu tiên mà nó xếp thấp hơn):",
    ),
    "nb01.md.candidates": (
        "Every published figure of Hanoi's real GRDP growth, with the chosen series on the current method (the line). Before 2016 only the old local method exists (crosses, not joined to the line); the spread in 2016–2017 is the method change; from 2018 the candidates cluster within a few tenths of a point, and the statistics office's table settles them.",
        "Mọi số liệu đã công bố về tăng trưởng GRDP của Hà Nội, cùng chuỗi được chọn theo phương pháp hiện hành (đường nối). Trước 2016 chỉ có phương pháp cũ của địa phương (dấu chéo, không nối vào đường); độ chênh năm 2016–2017 là do thay đổi phương pháp; từ 2018 các giá trị ứng viên chỉ cách nhau vài phần mười điểm phần trăm, và bảng của cơ quan thống kê là số cuối cùng.",
    ),
    "nb01.md.pages": (
        "The pages behind the 2020 and 2022 growth figures (each candidate with its producer, the outlet it was read in and the URL):",
        "Các trang làm nguồn cho số liệu tăng trưởng năm 2020 và 2022 (mỗi giá trị ứng viên kèm đơn vị tính toán, nơi đăng và đường dẫn):",
    ),
    "nb01.md.s4": (
        "## 4. Method breaks\n\n"
        "A break means that a value is not comparable with the one before it, whatever the sources say. The analysis never chains, averages or fits a trend across one. Three matter for the targets (data README §4):\n\n"
        "1. **2016/2017 — the GRDP compilation change** (caveat 1). Until 2016 Hanoi compiled GRDP itself, at producer prices; the 2016 yearbook moved to basic prices and a strict residency rule; from 2017 the GSO compiles all provincial GRDP. Local compilation ran well above what national accounts supported. Hence **two 2017 growth figures: 8.5% on the old method (Statistics Office, Jan 2018) and 7.3% on the new** — and old-basis targets (annual targets 2012–2017, the 2011–2020 strategy) belong to the old yardstick. The second table lists every year published on two bases.\n"
        "2. **2019–2020 — the re-assessment of the GRDP scale** (caveat 2). The GSO raised national nominal GDP for 2010–2017 by 25.4% on average and re-assessed provincial GRDP from 2019: Hanoi's 2019 GRDP is 971,700 bn VND in the Dec 2019 estimate and 1,024,000 bn VND in the Nov 2020 vintage; per capita in USD moved from 5,196 to 5,250. Growth rates changed little; levels before and after are not comparable, so level series (GRDP, per capita) are used from 2019 only.\n"
        "3. **2021 — the labour-force definition** (caveat 6). From 2021 the labour-force survey follows ICLS-19 (own-use producers of goods no longer counted as employed). **Hanoi's labour force falls from 4,124.6 to 3,939.9 thousand (−4.5%); the national one by 7.8%.** Any productivity level or growth across 2020/2021 mixes definitions and is mechanically raised.\n\n"
        "The table's *change %* is the change from the previous available value (levels only): for the 2019 rows it mixes a real change with the rescaling, and for labour force 2008 it is Hà Tây's merger into Hanoi (1 Aug 2008), not growth.",
        "## 4. Điểm gãy phương pháp\n\n"
        "Điểm gãy nghĩa là một giá trị không so sánh được với giá trị trước nó, dù các nguồn nói gì. Phân tích không bao giờ nối chuỗi, tính bình quân hay ước lượng xu hướng qua một điểm gãy. Có ba điểm gãy quan trọng đối với các mục tiêu (README dữ liệu §4):\n\n"
        "1. **2016/2017 — thay đổi cách biên soạn GRDP** (lưu ý 1). Đến năm 2016 Hà Nội tự biên soạn GRDP theo giá sản xuất; niên giám 2016 chuyển sang giá cơ bản và nguyên tắc thường trú chặt chẽ; từ 2017 Tổng cục Thống kê biên soạn GRDP của mọi tỉnh, thành phố. Số địa phương tự tính thường cao hơn nhiều so với mức tài khoản quốc gia cho phép. Vì vậy có **hai số tăng trưởng 2017: 8,5% theo phương pháp cũ (Cục Thống kê, 1/2018) và 7,3% theo phương pháp mới** — và các mục tiêu đặt theo phương pháp cũ (mục tiêu hằng năm 2012–2017, chiến lược 2011–2020) thuộc về thước đo cũ. Bảng thứ hai liệt kê mọi năm được công bố theo hai phương pháp.\n"
        "2. **2019–2020 — đánh giá lại quy mô GRDP** (lưu ý 2). Tổng cục Thống kê nâng GDP danh nghĩa cả nước giai đoạn 2010–2017 thêm bình quân 25,4% và đánh giá lại GRDP các tỉnh từ năm 2019: GRDP 2019 của Hà Nội là 971.700 tỷ đồng theo ước tính 12/2019 và 1.024.000 tỷ đồng theo số liệu 11/2020; GRDP bình quân đầu người tính bằng USD từ 5.196 lên 5.250. Tốc độ tăng thay đổi ít; các mức trước và sau không so sánh được, nên chuỗi mức (GRDP, bình quân đầu người) chỉ dùng từ năm 2019.\n"
        "3. **2021 — định nghĩa lực lượng lao động** (lưu ý 6). Từ năm 2021 điều tra lao động việc làm theo chuẩn ICLS-19 (người sản xuất sản phẩm tự tiêu dùng không còn được tính là có việc làm). **Lực lượng lao động của Hà Nội giảm từ 4.124,6 xuống 3.939,9 nghìn người (−4,5%); của cả nước giảm 7,8%.** Mọi mức hay tốc độ tăng năng suất lao động qua 2020/2021 đều trộn hai định nghĩa và bị đẩy lên một cách cơ học.\n\n"
        "Cột *thay đổi %* của bảng là mức thay đổi so với giá trị trước gần nhất (chỉ với số mức): ở các dòng năm 2019 nó trộn thay đổi thực với việc đánh giá lại quy mô, còn với lực lượng lao động năm 2008 đó là việc sáp nhập Hà Tây vào Hà Nội (1/8/2008), không phải tăng trưởng.",
    ),
    "nb01.md.s5": (
        "## 5. Two ways of measuring the digital economy\n\n"
        "The Plan 205 targets (digital economy ≈30% of GRDP by 2025, above 40% by 2030) were set in 2019–2020, before any official measurement existed. Two have appeared since, and they are **separate series here, never mixed** (data README §4 caveat 4):\n\n"
        "* **GSO method** (first release Dec 2023): value added of the core digital industries (electronics manufacturing, ICT wholesale, software, telecoms, IT services) plus the digitalisation of other sectors — about 12–14% of national GDP. Hanoi: **15.85% in 2023** (GSO provincial trial calculation, cited by a city vice-chairman at the HĐND session of Dec 2024).\n"
        "* **MIC method** (ICT + platform + sectoral digital economy, model-based) gives systematically higher numbers: national 14.26% (2022), 16.5% (2023). Hanoi: **17.15% in 2022** (MIC's Vietnam Digital Economy Report 2022, 7th of 63 provinces).\n"
        "* **City figures of unstated method**: 16–16.3% (2024) and 17.34% (2025) from city reports and interviews.\n\n"
        "So the fall from 17.15 (2022) to 15.85 (2023) is a change of producer, not a decline. Both methods count output where it is produced, including electronics assembly: factory provinces lead (Bắc Ninh 56.83% in the MIC report) and Hanoi ranks 5th–7th despite leading the digital-government indices. The digital-economy notebook treats these series in depth.",
        "## 5. Hai cách đo kinh tế số\n\n"
        "Các mục tiêu của Kế hoạch 205 (kinh tế số chiếm khoảng 30% GRDP vào năm 2025, trên 40% vào năm 2030) được đặt trong 2019–2020, khi chưa có cách đo chính thức nào. Từ đó đã có hai cách đo, và ở đây chúng là **hai chuỗi riêng, không bao giờ trộn lẫn** (README dữ liệu §4, lưu ý 4):\n\n"
        "* **Phương pháp của Tổng cục Thống kê** (công bố lần đầu 12/2023): giá trị tăng thêm của các ngành kinh tế số lõi (sản xuất điện tử, bán buôn công nghệ thông tin - truyền thông, phần mềm, viễn thông, dịch vụ công nghệ thông tin) cộng phần số hóa của các ngành khác — khoảng 12–14% GDP cả nước. Hà Nội: **15,85% năm 2023** (tính thử cho cấp tỉnh của Tổng cục Thống kê, được một Phó Chủ tịch UBND thành phố dẫn tại kỳ họp HĐND tháng 12/2024).\n"
        "* **Phương pháp của Bộ Thông tin và Truyền thông** (kinh tế số ICT + nền tảng + kinh tế số ngành, dựa trên mô hình) cho số cao hơn một cách hệ thống: cả nước 14,26% (2022), 16,5% (2023). Hà Nội: **17,15% năm 2022** (Báo cáo kinh tế số Việt Nam 2022 của Bộ, thứ 7/63 tỉnh, thành phố).\n"
        "* **Số liệu của thành phố không nêu phương pháp**: 16–16,3% (2024) và 17,34% (2025) theo báo cáo và phỏng vấn của thành phố.\n\n"
        "Vì vậy việc giảm từ 17,15 (2022) xuống 15,85 (2023) là do đổi đơn vị tính toán, không phải suy giảm. Cả hai phương pháp đều tính sản lượng tại nơi sản xuất, kể cả lắp ráp điện tử: các tỉnh có nhiều nhà máy dẫn đầu (Bắc Ninh 56,83% theo báo cáo của Bộ) và Hà Nội đứng thứ 5–7 dù dẫn đầu các chỉ số chính quyền số. Trang kinh tế số phân tích sâu các chuỗi này.",
    ),
    "nb01.md.s6": (
        "## 6. Gaps\n\n"
        "Years without a value on the current basis, for the indicators the targets need (2010 to {as_of}). In plain words (data README §7):\n\n"
        "* **Employment**: no count of employed persons for Hanoi on a known basis — one low-authority 2024 figure; the labour force (which includes the unemployed) only to 2021. So **no annual labour-productivity series exists**: productivity levels only for 2020, 2022 and 2025, one annual growth figure of unclear basis (2022), and no official 2021–2025 productivity outcome, only the statement that the target was not met.\n"
        "* **Real GRDP**: no level at constant prices; the statistics office's growth index (2018–2025) is the real series on the current method; 2016–2017 growth comes only from restatements (one of them low authority).\n"
        "* **Nominal GRDP**: missing 2010–2012, 2014–2018 and 2023; per capita missing before 2018 on the current basis.\n"
        "* **Structure**: full-year sector shares only for 2018, 2019, 2020 (agriculture only), 2022, 2024 (two shares) and 2025; first-half shares are a different concept.\n"
        "* **Digital economy**: no Hanoi value for 2018–2021; one GSO-method value (2023) and one MIC-method value (2022).\n"
        "* **Also missing**: Hanoi 5G population coverage, measured fibre-household coverage, an open-data portal, a city AI/data-science ranking; DTI 2020 exact rank, StartupBlink 2023, IMD 2021–2022 and 2025; the full text of KH 205 itself (its targets come from press summaries).",
        "## 6. Khoảng trống\n\n"
        "Các năm không có giá trị theo phương pháp hiện hành, với các chỉ tiêu mà mục tiêu cần (từ 2010 đến {as_of}). Nói gọn (README dữ liệu §7):\n\n"
        "* **Việc làm**: không có số người có việc làm của Hà Nội theo phương pháp rõ ràng — chỉ một số liệu năm 2024 có độ tin cậy thấp; lực lượng lao động (gồm cả người thất nghiệp) chỉ đến 2021. Vì vậy **không có chuỗi năng suất lao động theo năm**: mức năng suất chỉ có cho 2020, 2022 và 2025, một số tốc độ tăng năm không rõ phương pháp (2022), và không có kết quả chính thức về năng suất giai đoạn 2021–2025, chỉ có nhận định rằng mục tiêu không đạt.\n"
        "* **GRDP thực**: không có mức theo giá so sánh; chỉ số tăng trưởng của cơ quan thống kê (2018–2025) là chuỗi thực theo phương pháp hiện hành; tăng trưởng 2016–2017 chỉ có từ các số tính lại (một số có độ tin cậy thấp).\n"
        "* **GRDP danh nghĩa**: thiếu 2010–2012, 2014–2018 và 2023; bình quân đầu người theo phương pháp hiện hành thiếu trước 2018.\n"
        "* **Cơ cấu**: tỷ trọng các khu vực cả năm chỉ có cho 2018, 2019, 2020 (chỉ nông nghiệp), 2022, 2024 (hai tỷ trọng) và 2025; tỷ trọng 6 tháng đầu năm là một khái niệm khác.\n"
        "* **Kinh tế số**: không có giá trị nào của Hà Nội cho 2018–2021; một giá trị theo phương pháp của Tổng cục Thống kê (2023) và một theo phương pháp của Bộ Thông tin và Truyền thông (2022).\n"
        "* **Cũng còn thiếu**: tỷ lệ dân số Hà Nội được phủ sóng 5G, tỷ lệ hộ có cáp quang đo được, cổng dữ liệu mở, xếp hạng AI/khoa học dữ liệu của thành phố; thứ hạng chính xác DTI 2020, StartupBlink 2023, IMD 2021–2022 và 2025; toàn văn chính Kế hoạch 205 (các mục tiêu lấy từ tóm tắt trên báo chí).",
    ),
    "nb01.md.s7": (
        "## 7. Checks\n\n"
        "The coverage matrix holds exactly one non-empty cell per chosen value, every key has exactly one chosen candidate, nothing is later than {as_of}, and no multi-year value sits in an annual table.",
        "## 7. Kiểm tra\n\n"
        "Bảng độ phủ có đúng một ô khác rỗng cho mỗi giá trị được chọn, mỗi cặp chỉ tiêu-năm có đúng một giá trị được chọn, không có số liệu nào sau năm {as_of}, và không có số liệu nhiều năm nào trong bảng số liệu năm.",
    ),
    "nb01.md.checks_ok": ("All checks passed.", "Mọi kiểm tra đều đạt."),
    "nb01.md.versions": ("## Versions", "## Phiên bản"),
    # --- tables of notebook 01: words of the selection log ---
    "nb01.word.early_estimate": ("early estimate", "ước tính sớm"),
    "nb01.word.estimate": ("estimate", "ước tính"),
    "nb01.word.preliminary": ("preliminary", "sơ bộ"),
    "nb01.word.official": ("official", "chính thức"),
    "nb01.word.revised": ("revised", "điều chỉnh"),
    "nb01.word.high": ("high", "cao"),
    "nb01.word.medium": ("medium", "trung bình"),
    "nb01.word.low": ("low", "thấp"),
    "nb01.word.current": ("current", "hiện hành"),
    "nb01.word.old_basis": ("old basis", "phương pháp cũ"),
    "nb01.word.unknown": ("unknown", "không rõ"),
    "nb01.rule.lower basis": ("lower basis", "phương pháp kém ưu tiên hơn"),
    "nb01.rule.earlier release of the same producer": ("earlier release of the same producer", "bản công bố trước của cùng đơn vị"),
    "nb01.rule.lower authority": ("lower authority", "độ tin cậy thấp hơn"),
    "nb01.rule.earlier vintage": ("earlier vintage", "loại số liệu sớm hơn"),
    "nb01.rule.earlier publication": ("earlier publication", "công bố sớm hơn"),
    "nb01.reason": ("{rule} ({mine} vs {theirs} of {id})", "{rule} ({mine} so với {theirs} của {id})"),
    "nb01.reason_superseded": ("{rule} (superseded by {id})", "{rule} (được thay bằng {id})"),
    "nb01.mixed_releases": ("values from different releases", "số liệu của các kỳ công bố khác nhau"),
    "nb01.word.province": ("province", "tỉnh, thành phố"),
    "nb01.word.region": ("region", "vùng"),
    "nb01.word.country": ("country", "cả nước"),
    "nb01.col.vs_national_releases": ("releases compared", "kỳ công bố được so sánh"),
    "nb01.col.model": ("model", "mô hình"),
    "nb01.col.ok": ("fitted", "ước lượng được"),
    "nb01.col.n_obs": ("observations", "số quan sát"),
    "nb01.col.lower": ("lower bound", "cận dưới"),
    "nb01.col.upper": ("upper bound", "cận trên"),
    "nb01.col.p_paths": ("share of paths meeting", "tỷ lệ đường đạt"),
    "nb01.col.median_meets": ("median meets", "trung vị đạt"),
    "nb01.col.growth": ("growth (%)", "tăng trưởng (%)"),
    "nb01.col.total": ("total", "tổng"),
    "nb01.col.source_ids": ("source id", "mã nguồn"),
    "nb01.break.basis": ("basis changes ({a} → {b})", "đổi phương pháp ({a} → {b})"),
    "nb01.break.GRDP scale re-assessed from 2019 (levels before and after not comparable)": ("GRDP scale re-assessed from 2019 (levels before and after not comparable)", "quy mô GRDP được đánh giá lại từ 2019 (mức trước và sau không so sánh được)"),
    "nb01.break.ICLS-19 labour-force definition from 2021 (own-use producers no longer employed)": ("ICLS-19 labour-force definition from 2021 (own-use producers no longer employed)", "định nghĩa lực lượng lao động ICLS-19 từ 2021 (người sản xuất sản phẩm tự tiêu dùng không còn được tính là có việc làm)"),
    "nb01.break.national productivity: GDP re-assessment (2019-20)": ("national productivity: GDP re-assessment (2019-20)", "năng suất lao động cả nước: đánh giá lại GDP (2019-20)"),
    "nb01.break.the years on each side come from different releases": ("the years on each side come from different releases", "các năm hai bên thuộc các kỳ công bố khác nhau"),
    "nb01.col.first": ("first year", "năm đầu"),
    "nb01.col.last": ("last year", "năm cuối"),
    "nb01.col.note": ("note", "ghi chú"),
    "nb01.col.obs_id": ("figure id", "mã số liệu"),
    "nb01.col.as_published": ("as published", "nguyên văn công bố"),
    "nb01.col.published": ("published", "năm công bố"),
    "nb01.col.source_url": ("URL", "đường dẫn"),
    "nb01.col.authority": ("authority", "độ tin cậy"),
    # --- notebook 02: GRDP growth, structure, per capita, provinces ---
    "nb02.md.intro": (
        "**Purpose.** Plan 205-KH/TU (10 Sep 2020) sets the digital-economy and productivity targets of Hanoi's Fourth-Industrial-Revolution strategy; the documents around it — the 17th Party Congress resolution (Oct 2020) and Programme 02-CTr/TU, Politburo Resolution 15-NQ/TW (2022), the 2021–2030 Capital Plan (QĐ 1569/QĐ-TTg, 2024), the 18th Congress (Oct 2025) and the annual plans — set the growth and per-capita targets that frame them: average real GRDP growth of 7.5–8% a year in 2021–2025 and 8–8.5% (later \"11% or more\") in 2026–2030, GRDP per capita of USD 8,300–8,500 by 2025 and 12,000–13,000 by 2030. This page answers: *how fast has Hanoi's real GRDP grown, year by year and on average over each plan period, against those targets; where does the trend lead by 2030; how has the structure of the economy and output per person moved; and how does Hanoi compare with the country and the other 62 provinces?*\n\n"
        "**Data.** Chiefly the statistics office's GRDP index by province (GSO/NSO PX-Web table V03.10, constant 2010 prices, 2018–2025), Hanoi Statistics Office and city releases, the NSO per-capita series, and the target catalogue — as seen **as of {as_of}** (values for years up to {as_of} published by the end of {next}).",
        "**Mục đích.** Kế hoạch 205-KH/TU (10/9/2020) đặt các mục tiêu về kinh tế số và năng suất lao động trong chiến lược Cách mạng công nghiệp lần thứ tư của Hà Nội; các văn bản liên quan — Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII (10/2020) và Chương trình 02-CTr/TU, Nghị quyết 15-NQ/TW của Bộ Chính trị (2022), Quy hoạch Thủ đô thời kỳ 2021–2030 (QĐ 1569/QĐ-TTg, 2024), Đại hội lần thứ XVIII (10/2025) và các kế hoạch hằng năm — đặt các mục tiêu tăng trưởng và bình quân đầu người làm khung cho chúng: tăng trưởng GRDP bình quân 7,5–8%/năm giai đoạn 2021–2025 và 8–8,5% (sau đó là \"từ 11% trở lên\") giai đoạn 2026–2030, GRDP bình quân đầu người 8.300–8.500 USD vào năm 2025 và 12.000–13.000 USD vào năm 2030. Trang này trả lời: *GRDP của Hà Nội đã tăng nhanh đến đâu, theo từng năm và bình quân mỗi giai đoạn kế hoạch, so với các mục tiêu đó; xu hướng dẫn tới đâu vào năm 2030; cơ cấu kinh tế và sản lượng bình quân đầu người thay đổi thế nào; và Hà Nội đứng ở đâu so với cả nước và 62 tỉnh, thành phố khác?*\n\n"
        "**Dữ liệu.** Chủ yếu là chỉ số phát triển GRDP theo tỉnh của cơ quan thống kê (bảng PX-Web V03.10 của Tổng cục Thống kê, giá so sánh 2010, 2018–2025), số liệu của Cục Thống kê Hà Nội và của thành phố, chuỗi GRDP bình quân đầu người của cơ quan thống kê, và danh mục mục tiêu — **tính đến năm {as_of}** (số liệu của các năm đến {as_of} đã công bố trước cuối năm {next}).",
    ),
    "nb02.md.s1": (
        "## 1. Real growth, year by year and per plan period\n\n"
        "The first table is the growth the analysis uses for each year since 2016 (the first year on the current GRDP method), with its **vintage** (official, preliminary, estimate), the number of published figures for that year and their spread (the data-sources page explains the choice), and the year's target from the annual socio-economic plan. 2018–2025 come from the statistics office's provincial table V03.10 (2024 is preliminary, 2025 an estimate); 2016 and 2017 only from city restatements on the new method (2016 from a low-authority page). The annual targets for 2016 and 2017 were set on the old local method (8.5–9%) and are marked *old method*, not judged: on that method the city reported 8.2% for 2016 and 8.5% for 2017. *Exceeded* means growth above the top of a target range.\n\n"
        "The second table gives the **average annual growth of each plan period** — the geometric mean of the annual rates, computed only when every year is on the current basis — against the period targets. In the default run (as of 2025): **2021–2025 averaged 6.54% a year against a target of 7.5–8%** (17th Congress, Programme 277, Resolution 15-NQ/TW); 2016–2020 averaged 6.72% against 7.3–7.8% (Programme 03-CTr/TU). The 2016–2020 plan's original 8.5–9% (Aug 2016) and the 2011–2020 strategy's 12–13% belong to the old yardstick; 2011–2015 cannot be averaged at all (only old-method figures exist).",
        "## 1. Tăng trưởng thực theo năm và bình quân giai đoạn kế hoạch\n\n"
        "Bảng thứ nhất là tốc độ tăng được dùng cho mỗi năm từ 2016 (năm đầu tiên theo phương pháp tính GRDP hiện hành), kèm **loại số liệu** (chính thức, sơ bộ, ước tính), số số liệu đã công bố cho năm đó và độ chênh giữa chúng (trang nguồn số liệu giải thích cách chọn), và mục tiêu năm trong kế hoạch phát triển kinh tế - xã hội hằng năm. Số liệu 2018–2025 lấy từ bảng V03.10 theo tỉnh của cơ quan thống kê (2024 là số sơ bộ, 2025 là số ước tính); 2016 và 2017 chỉ có từ số thành phố tính lại theo phương pháp mới (2016 từ một trang có độ tin cậy thấp). Mục tiêu năm 2016 và 2017 được đặt theo phương pháp cũ của địa phương (8,5–9%) nên được ghi *phương pháp cũ* và không đánh giá: theo phương pháp đó thành phố báo cáo 8,2% năm 2016 và 8,5% năm 2017. *Vượt mục tiêu* nghĩa là tăng trưởng cao hơn cận trên của khoảng mục tiêu.\n\n"
        "Bảng thứ hai là **tốc độ tăng bình quân năm của mỗi giai đoạn kế hoạch** — trung bình nhân của các tốc độ năm, chỉ tính khi mọi năm đều theo phương pháp hiện hành — so với mục tiêu của giai đoạn. Trong lần chạy mặc định (tính đến 2025): **giai đoạn 2021–2025 tăng bình quân 6,54%/năm, so với mục tiêu 7,5–8%** (Đại hội XVII, Chương trình 277, Nghị quyết 15-NQ/TW); giai đoạn 2016–2020 tăng bình quân 6,72%, so với mục tiêu 7,3–7,8% (Chương trình 03-CTr/TU). Mục tiêu ban đầu 8,5–9% của kế hoạch 2016–2020 (8/2016) và 12–13% của chiến lược 2011–2020 thuộc về thước đo cũ; giai đoạn 2011–2015 hoàn toàn không tính được bình quân (chỉ có số theo phương pháp cũ).",
    ),
    "nb02.md.s2": (
        "## 2. The real GRDP volume index and where its trend leads\n\n"
        "Chaining the annual growth rates gives a **real GRDP volume index** (derived here: $I_t = I_{{t-1}}(1 + g_t/100)$, base year = 100 in the year before the first current-method growth rate; the note gives the base). It is the series on which growth targets can be drawn as levels: averaging 7.5% a year over 2021–2025 means the index must reach $I_{{2020}} \\times 1.075^5$ in 2025.\n\n"
        "Five trend models are fitted to the log of the index (OLS log-linear trend with a level shift in 2020 for the pandemic year, damped ETS, random walk with drift as ARIMA(0,1,0) and as a structural model, naive CAGR). A fixed rule picks the first model that fits in a fixed order (random walk with drift first — the standard benchmark for annual output series); the table shows all of them, so the choice can be judged. The interval is the central {p}% prediction interval for each single year.",
        "## 2. Chỉ số khối lượng GRDP theo giá so sánh và xu hướng của nó\n\n"
        "Nối các tốc độ tăng hằng năm cho ta **chỉ số khối lượng GRDP theo giá so sánh** (tính ở đây: $I_t = I_{{t-1}}(1 + g_t/100)$, năm gốc = 100 là năm trước tốc độ tăng đầu tiên theo phương pháp hiện hành; năm gốc ghi trong phần ghi chú). Đây là chuỗi cho phép vẽ mục tiêu tăng trưởng dưới dạng mức: tăng bình quân 7,5%/năm giai đoạn 2021–2025 nghĩa là chỉ số phải đạt $I_{{2020}} \\times 1,075^5$ vào năm 2025.\n\n"
        "Năm mô hình xu hướng được ước lượng trên logarit của chỉ số (xu hướng tuyến tính-log bằng OLS có dịch chuyển mức năm 2020 cho năm đại dịch, ETS tắt dần, bước ngẫu nhiên có xu hướng dạng ARIMA(0,1,0) và dạng mô hình cấu trúc, CAGR đơn giản). Một quy tắc cố định chọn mô hình đầu tiên ước lượng được theo thứ tự cho trước (bước ngẫu nhiên có xu hướng trước — chuẩn so sánh thông dụng cho chuỗi sản lượng năm); bảng trình bày tất cả các mô hình để có thể đánh giá lựa chọn. Khoảng là khoảng dự báo trung tâm {p}% cho từng năm.",
    ),
    "nb02.md.index_note": ("Base of the index: {note}.", "Gốc của chỉ số: {note}."),
    "nb02.md.chosen_model": ("Chosen model: {model}.", "Mô hình được chọn: {model}."),
    "nb02.md.projection": (
        "The chosen projection against the growth targets that end within the projection horizon. For each target, the value and its lower and upper bounds are the **average annual growth over the target's period** implied by the projected median and interval bounds of the index (observed years and projected years together); *share of paths meeting* counts the model's simulated paths whose period average meets the target. In the default run the random walk with drift projects 2026–2030 at about 6.6% a year (80% interval roughly 5.4–7.9%): the 8–8.5% of Resolution 15-NQ/TW is at the edge of the interval and the 18th Congress' \"11% or more\" far outside it. A trend model only extends the past; it cannot see the investment programme the new targets rely on — it says how far growth must break with its trend.",
        "Dự báo của mô hình được chọn so với các mục tiêu tăng trưởng kết thúc trong tầm dự báo. Với mỗi mục tiêu, giá trị và cận dưới, cận trên là **tốc độ tăng bình quân năm trong giai đoạn của mục tiêu** suy ra từ trung vị và các cận của khoảng dự báo chỉ số (gộp năm đã quan sát và năm dự báo); *tỷ lệ đường đạt* là tỷ lệ các đường mô phỏng của mô hình có bình quân giai đoạn đạt mục tiêu. Trong lần chạy mặc định, bước ngẫu nhiên có xu hướng dự báo giai đoạn 2026–2030 tăng khoảng 6,6%/năm (khoảng 80% xấp xỉ 5,4–7,9%): mục tiêu 8–8,5% của Nghị quyết 15-NQ/TW nằm ở rìa khoảng, còn \"từ 11% trở lên\" của Đại hội XVIII nằm xa ngoài khoảng. Mô hình xu hướng chỉ kéo dài quá khứ; nó không thấy được chương trình đầu tư mà các mục tiêu mới dựa vào — nó cho biết tăng trưởng phải thoát khỏi xu hướng đến mức nào.",
    ),
    "nb02.md.index_chart": (
        "The chart draws the index, the projection with its interval, and the levels three growth targets imply: 7.5–8% a year in 2021–2025 (17th Congress / Resolution 15), 8–8.5% a year in 2026–2030 (Resolution 15) and 11% or more in 2026–2030 (18th Congress). A target is drawn only when its base year is observed.",
        "Biểu đồ vẽ chỉ số, dự báo kèm khoảng dự báo, và các mức mà ba mục tiêu tăng trưởng đòi hỏi: 7,5–8%/năm giai đoạn 2021–2025 (Đại hội XVII / Nghị quyết 15), 8–8,5%/năm giai đoạn 2026–2030 (Nghị quyết 15) và từ 11% trở lên giai đoạn 2026–2030 (Đại hội XVIII). Một mục tiêu chỉ được vẽ khi đã quan sát được năm gốc của nó.",
    ),
    "nb02.md.s3": (
        "## 3. Structure of the economy\n\n"
        "Sector shares of GRDP (per cent, current prices) as the Hanoi Statistics Office publishes them: agriculture, forestry and fishery; industry and construction; services; and product taxes less subsidies. Only **full-year** shares are used, and only for years where they were published (2018, 2019, 2022 and 2025 complete; 2020 agriculture only; 2024 two sectors). The 2017 shares from a French-language VNA article (basis unknown, inconsistent with 2018–2019) are left out. **First-half-year shares are shown separately and never mixed in**: the half-year structure differs systematically (services weigh more in the first half), so 2024 H1 against 2025 full year would be a false comparison.\n\n"
        "Hanoi is a services economy — about two thirds of GRDP — and the services share edged up from 63.9% (2018) to 66.4% (2025) while industry and construction stayed near 22–24%. This matters for the digital-economy targets: they are shares of GRDP, and the methods that measure them count electronics assembly, which Hanoi has little of (data-sources page, section 5).",
        "## 3. Cơ cấu kinh tế\n\n"
        "Tỷ trọng các khu vực trong GRDP (phần trăm, giá hiện hành) theo công bố của Cục Thống kê Hà Nội: nông, lâm nghiệp và thủy sản; công nghiệp và xây dựng; dịch vụ; và thuế sản phẩm trừ trợ cấp sản phẩm. Chỉ dùng tỷ trọng **cả năm**, và chỉ cho những năm có công bố (2018, 2019, 2022 và 2025 đầy đủ; 2020 chỉ có nông nghiệp; 2024 có hai khu vực). Tỷ trọng năm 2017 trong một bài tiếng Pháp của TTXVN (không rõ phương pháp, không khớp với 2018–2019) không được dùng. **Tỷ trọng 6 tháng đầu năm được trình bày riêng và không bao giờ trộn lẫn**: cơ cấu nửa đầu năm khác một cách hệ thống (dịch vụ chiếm tỷ trọng lớn hơn), nên so 6 tháng đầu 2024 với cả năm 2025 là so sánh sai.\n\n"
        "Hà Nội là nền kinh tế dịch vụ — khoảng hai phần ba GRDP — và tỷ trọng dịch vụ nhích lên từ 63,9% (2018) lên 66,4% (2025), trong khi công nghiệp và xây dựng giữ quanh 22–24%. Điều này quan trọng với các mục tiêu kinh tế số: đó là các tỷ trọng trong GRDP, và các phương pháp đo tính cả lắp ráp điện tử, lĩnh vực Hà Nội có ít (trang nguồn số liệu, mục 5).",
    ),
    "nb02.md.h1": ("First half of the year (a different concept, not comparable with full-year shares):", "Sáu tháng đầu năm (khái niệm khác, không so sánh được với tỷ trọng cả năm):"),
    "nb02.md.s4": (
        "## 4. GRDP per capita\n\n"
        "**In VND** the series is the statistics office's GRDP per capita at current prices (NSO table V03.12, 2018–2025; 2024 preliminary, 2025 estimate). Levels before 2019 are not comparable with later ones (the 2019–2020 re-assessment of the GRDP scale), so the trend is fitted from 2019. **In USD** there is no official series: each source converted at its own exchange rate (5,196 in the Dec 2019 estimate, 5,325 for 2020, 6,068 for 2022, about 7,200 for 2025 in the 18th Congress report), so the USD trend rests on four scattered points and its interval is wide.\n\n"
        "Targets: the table lists every per-capita target with the outcome in its year. The *set vs Nov 2020 re-assessment* column says whether a target was set **before** Hanoi's GRDP was published on the re-assessed (higher) scale; since the re-assessment raised levels, a miss against such a target is a miss on either scale, while a hit might not be. In the default run: **179.3 million VND in 2025 against \"190 million or more\"** (17th Congress) and **about USD 7,200 against 8,300–8,500** — both missed; the 2023 plan's \"about 150 million\" was met (149.7).",
        "## 4. GRDP bình quân đầu người\n\n"
        "**Tính bằng đồng**, chuỗi số liệu là GRDP bình quân đầu người theo giá hiện hành của cơ quan thống kê (bảng V03.12, 2018–2025; 2024 sơ bộ, 2025 ước tính). Các mức trước 2019 không so sánh được với các năm sau (đánh giá lại quy mô GRDP 2019–2020), nên xu hướng được ước lượng từ 2019. **Tính bằng USD** không có chuỗi chính thức: mỗi nguồn quy đổi theo tỷ giá riêng (5.196 theo ước tính 12/2019, 5.325 cho 2020, 6.068 cho 2022, khoảng 7.200 cho 2025 theo báo cáo Đại hội XVIII), nên xu hướng USD chỉ dựa trên bốn điểm rời rạc và khoảng dự báo rộng.\n\n"
        "Mục tiêu: bảng liệt kê mọi mục tiêu bình quân đầu người cùng kết quả của năm mục tiêu. Cột *ban hành so với đánh giá lại 11/2020* cho biết mục tiêu được đặt **trước** hay sau khi GRDP của Hà Nội được công bố theo quy mô đã đánh giá lại (cao hơn); vì việc đánh giá lại nâng các mức lên, không đạt một mục tiêu như vậy là không đạt theo cả hai quy mô, còn đạt thì chưa chắc. Trong lần chạy mặc định: **179,3 triệu đồng năm 2025 so với \"từ 190 triệu trở lên\"** (Đại hội XVII) và **khoảng 7.200 USD so với 8.300–8.500** — cả hai đều không đạt; mục tiêu \"khoảng 150 triệu\" của kế hoạch 2023 đã đạt (149,7).",
    ),
    "nb02.md.pc_fit": ("**{name}** — {note} Chosen model: {model}.", "**{name}** — {note} Mô hình được chọn: {model}."),
    "nb02.md.pc_charts": (
        "Both charts show the fitted segment, the chosen model's projection to 2030 with its interval, and the per-capita targets from 2021 on (earlier ones belong to the previous plan and, mostly, to the old scale). In VND the projection for 2026 (about 192 million in the default run) falls short of the 2026 plan's 198 million, which sits near the top of the interval. In USD the 2030 targets (12,000–13,000; 13,500–14,000 in the Capital Plan) lie far above the projected range: reaching them would take growth of dollar income per person well above anything observed since 2019.",
        "Hai biểu đồ vẽ đoạn số liệu dùng để ước lượng, dự báo đến 2030 của mô hình được chọn kèm khoảng dự báo, và các mục tiêu bình quân đầu người từ 2021 (các mục tiêu trước đó thuộc kế hoạch trước và phần lớn theo quy mô cũ). Tính bằng đồng, dự báo năm 2026 (khoảng 192 triệu trong lần chạy mặc định) thấp hơn mức 198 triệu của kế hoạch 2026, mức này nằm gần cận trên của khoảng dự báo. Tính bằng USD, các mục tiêu năm 2030 (12.000–13.000; 13.500–14.000 theo Quy hoạch Thủ đô) nằm xa trên khoảng dự báo: muốn đạt được, thu nhập tính bằng USD trên mỗi người phải tăng nhanh hơn nhiều so với mọi mức đã quan sát từ 2019.",
    ),
    "nb02.md.s5": (
        "## 5. Hanoi beside Vietnam and the provinces\n\n"
        "One source for all: the statistics office's index table V03.10, which gives every province's real growth on the same method and vintage (63 provinces — the pre-July-2025 list; the merger into 34 provinces did not change Hanoi's boundary). National growth from 2020 is the national row (\"Cả nước\") of the same release as Hanoi's series (PX-Web PL.V03.01, the V03.10 content in the 34-province layout): 2022 8.54%, 2023 4.98%, 2024 7.04%, 2025 8.02%, so the Hanoi-minus-Vietnam gap compares one release (2022: 0.42 points, not 0.94 against the Dec-2022 estimate 8.02%). Earlier years come from the GSO's press releases; the last column says when the two values come from different releases. The Red River Delta is the region row of the same table: an aggregate that includes Hanoi.\n\n"
        "**Rank** 1 is the fastest-growing province. In the default run Hanoi ranks **between 22nd and 44th** each year: it grew faster than the country in most years (and in 2020, the first pandemic year, by 1.2 points) but slower than the Red River Delta in every year except 2023: the delta's industrial provinces (Bắc Giang, Hải Phòng, Hà Nam, Quảng Ninh) grew much faster, and Bắc Giang led the country in five of the eight years.",
        "## 5. Hà Nội so với cả nước và các tỉnh, thành phố\n\n"
        "Một nguồn cho tất cả: bảng chỉ số V03.10 của cơ quan thống kê, cho tốc độ tăng thực của mọi tỉnh, thành phố theo cùng phương pháp và cùng kỳ công bố (63 tỉnh, thành phố — danh sách trước tháng 7/2025; việc sáp nhập còn 34 tỉnh, thành phố không làm thay đổi địa giới Hà Nội). Tăng trưởng cả nước từ 2020 là dòng \"Cả nước\" của cùng kỳ công bố với chuỗi của Hà Nội (PX-Web PL.V03.01, nội dung V03.10 theo danh sách 34 tỉnh, thành phố): 2022 8,54%, 2023 4,98%, 2024 7,04%, 2025 8,02%, nên chênh lệch Hà Nội trừ cả nước so sánh trong cùng một kỳ công bố (2022: 0,42 điểm phần trăm, không phải 0,94 so với số ước tính 12/2022 là 8,02%). Các năm trước lấy từ thông cáo báo chí của Tổng cục Thống kê; cột cuối cho biết khi hai giá trị thuộc hai kỳ công bố khác nhau. Đồng bằng sông Hồng là dòng vùng của cùng bảng: một số tổng hợp có bao gồm Hà Nội.\n\n"
        "**Hạng** 1 là tỉnh tăng nhanh nhất. Trong lần chạy mặc định Hà Nội xếp **từ thứ 22 đến thứ 44** mỗi năm: tăng nhanh hơn cả nước trong phần lớn các năm (năm 2020, năm đầu đại dịch, cao hơn 1,2 điểm phần trăm) nhưng chậm hơn Đồng bằng sông Hồng trong mọi năm trừ 2023: các tỉnh công nghiệp của vùng (Bắc Giang, Hải Phòng, Hà Nam, Quảng Ninh) tăng nhanh hơn nhiều, và Bắc Giang dẫn đầu cả nước trong năm trên tám năm.",
    ),
    "nb02.md.average": (
        "**Average growth 2021–2025 across provinces.** The geometric average of each province's five annual rates from table V03.10, and where Hanoi stands. In the default run Hanoi's 6.54% a year ranks **30th of 63**, just above the median province (6.43%) — below the Red River Delta as a whole (7.71%) and above national GDP growth over the same years (about 6.2%, same release). The fastest are the industrial provinces around Hanoi (Bắc Giang, Hải Phòng, Hà Nam, Phú Thọ, Quảng Ninh), growing from much smaller economies. For an economy of Hanoi's size a mid-table rank is not in itself a failure — but 16 of the 63 provinces averaged 7.5% or more, the bottom of Hanoi's own target range, while Hanoi did not.",
        "**Tăng trưởng bình quân 2021–2025 của các tỉnh, thành phố.** Trung bình nhân năm tốc độ tăng hằng năm của mỗi tỉnh theo bảng V03.10, và vị trí của Hà Nội. Trong lần chạy mặc định, mức 6,54%/năm của Hà Nội xếp **thứ 30/63**, nhỉnh hơn tỉnh ở trung vị (6,43%) — thấp hơn toàn vùng Đồng bằng sông Hồng (7,71%) và cao hơn tăng trưởng GDP cả nước cùng kỳ (khoảng 6,2%, cùng kỳ công bố). Nhanh nhất là các tỉnh công nghiệp quanh Hà Nội (Bắc Giang, Hải Phòng, Hà Nam, Phú Thọ, Quảng Ninh), tăng từ quy mô kinh tế nhỏ hơn nhiều. Với một nền kinh tế quy mô như Hà Nội, thứ hạng giữa bảng tự nó chưa phải là thất bại — nhưng 16 trong 63 tỉnh, thành phố tăng bình quân từ 7,5% trở lên, tức cận dưới khoảng mục tiêu của chính Hà Nội, còn Hà Nội thì không.",
    ),
    "nb02.md.s6": (
        "## 6. Checks\n\n"
        "Years never pass {as_of}; growth is on the current basis from 2016; the index and the period average agree (chaining and averaging the same rates); provincial ranks lie within 1–63 with 63 provinces each year; the shares of complete years add up to 100 and lie between 0 and 100; projections start after the last observed year with lower ≤ median ≤ upper.",
        "## 6. Kiểm tra\n\n"
        "Không năm nào vượt quá {as_of}; tăng trưởng theo phương pháp hiện hành từ 2016; chỉ số và tốc độ bình quân giai đoạn khớp nhau (nối chuỗi và tính bình quân cùng các tốc độ); thứ hạng các tỉnh nằm trong khoảng 1–63 với 63 tỉnh, thành phố mỗi năm; tỷ trọng các năm đầy đủ cộng lại bằng 100 và nằm trong khoảng 0–100; dự báo bắt đầu sau năm quan sát cuối cùng với cận dưới ≤ trung vị ≤ cận trên.",
    ),
    "nb02.md.checks_ok": ("All checks passed.", "Mọi kiểm tra đều đạt."),
    "nb02.md.model_details": ("Model internals: each trend model's fit and notes (technical, English)", "Chi tiết mô hình: kết quả ước lượng và ghi chú của từng mô hình xu hướng (kỹ thuật, tiếng Anh)"),
}  # fmt: skip
