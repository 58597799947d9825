# Kế hoạch, nhiệm vụ, báo cáo tiến độ, vướng mắc

cmd-taokehoach = Tạo kế hoạch năm từ mẫu
cmd-kehoach = Xem kế hoạch thực hiện QCDC
cmd-giaoviec = Giao nhiệm vụ
cmd-suanv = Sửa, giao lại nhiệm vụ
cmd-huynv = Hủy nhiệm vụ
cmd-nhiemvu = Nhiệm vụ của tôi
cmd-baocao = Báo cáo tiến độ nhiệm vụ
cmd-suabaocao = Sửa báo cáo gần nhất (trong 24 giờ)
cmd-vuongmac = Vướng mắc đang chờ giải quyết
cmd-tiendo = Tiến độ thực hiện kế hoạch
help-taokehoach = /taokehoach [năm] — tạo Kế hoạch thực hiện QCDC của năm từ mẫu có sẵn
help-kehoach = /kehoach [trang] — xem kế hoạch: các mục, nhiệm vụ, người thực hiện, hạn, tiến độ
help-giaoviec = /giaoviec — giao nhiệm vụ mới (chọn mục, người thực hiện, hạn)
help-suanv = /suanv <số> ten|han|mota|giao <nội dung> — sửa hoặc giao lại nhiệm vụ
help-huynv = /huynv <số> — hủy nhiệm vụ
help-nhiemvu = /nhiemvu — nhiệm vụ của tôi, quá hạn lên trước
help-baocao = /baocao — báo cáo tiến độ; nhanh: /baocao <số nhiệm vụ> <phần trăm>% <nội dung>
help-suabaocao = /suabaocao <số nhiệm vụ> — sửa báo cáo gần nhất của mình (trong 24 giờ)
help-vuongmac = /vuongmac — vướng mắc chưa giải quyết; /vuongmac <số> <cách giải quyết>
help-tiendo = /tiendo — tiến độ thực hiện kế hoạch theo từng mục

# Trạng thái
state-done = hoàn thành
state-in-progress = đang thực hiện
state-overdue = quá hạn
state-not-started = chưa thực hiện
state-cancelled = đã hủy
recurrence-QUARTERLY = hằng quý
recurrence-HALF_YEARLY = 6 tháng/lần
recurrence-YEARLY = hằng năm
no-assignee = chưa giao
no-due = không hạn

# Kế hoạch
taokehoach-usage = Cách dùng: /taokehoach [năm], ví dụ /taokehoach { $exampleYear }. Không ghi năm thì tạo cho năm nay.
taokehoach-done =
    ✅ Đã tạo “{ $title }”: { $sections } mục, { $tasks } nhiệm vụ mẫu.
    Xem: /kehoach · Giao người thực hiện: /suanv <số nhiệm vụ> giao <số của người thực hiện> · Thêm nhiệm vụ: /giaoviec
kehoach-usage = Cách dùng: /kehoach [trang], ví dụ /kehoach 2.
kehoach-header = { $title } ({ $done }/{ $total } nhiệm vụ hoàn thành){ $paged ->
    [yes] {" "}— trang { $page }
   *[no] {""}
}
kehoach-section = { $code }. { $title }
kehoach-empty-section = (chưa có nhiệm vụ)
kehoach-task = #{ $number } { $title }
    👤 { $owners } · ⏰ { $due } · { $percent }% { $state }
kehoach-more = Trang tiếp: /kehoach { $next }
btn-prev-page = ◀ Trang trước
btn-next-page = Trang sau ▶
task-due-recurring = { $due } ({ $recurrence })

# Giao việc
giaoviec-ask-section = Nhiệm vụ thuộc mục nào của kế hoạch? Bấm nút, hoặc gõ số mục (ví dụ 2.2).
giaoviec-section-line = { $code }. { $title }
giaoviec-bad-section = Không có mục này. Gõ số mục như trong danh sách (ví dụ 2.2){ $buttons ->
        [yes] , hoặc bấm nút.
       *[no] .
    }
giaoviec-ask-title = Mục { $code }. Nhập tên nhiệm vụ (một dòng, 3–300 ký tự).
giaoviec-bad-title = Tên nhiệm vụ cần 3–300 ký tự, có chữ cái. Vui lòng nhập lại.
giaoviec-ask-assignees = Giao cho ai?
giaoviec-ask-due =
    Hạn hoàn thành? Gõ ngày dạng dd/mm/yyyy (ví dụ { $exampleDue }), hoặc chọn:
    cuối tháng · cuối quý · cuối 6 tháng · cuối năm · hằng quý · 6 tháng/lần · hằng năm
giaoviec-ask-description = Mô tả thêm (không bắt buộc, tối đa 1000 ký tự). Gõ nội dung, hoặc { $buttons ->
        [yes] bấm “Bỏ qua” (gõ “bỏ qua”).
       *[no] gõ “bỏ qua”.
    }
giaoviec-confirm =
    Vui lòng kiểm tra nhiệm vụ:
    • Mục: { $section }
    • Nhiệm vụ: { $title }
    • Người thực hiện: { $owners }
    • Hạn: { $due }
    • Mô tả: { $description }
    Bấm “Xác nhận” (hoặc gõ “đồng ý”) để giao, “Hủy” (hoặc gõ “hủy”) để thôi.
giaoviec-confirm-typed = Gõ “đồng ý” để giao nhiệm vụ, hoặc “hủy” để thôi.
giaoviec-cancelled = Đã hủy, chưa giao nhiệm vụ nào.
giaoviec-done = ✅ Đã giao nhiệm vụ #{ $number } “{ $title }” cho { $owners }.
btn-skip = Bỏ qua
due-month = Cuối tháng
due-quarter = Cuối quý
due-half = Cuối 6 tháng
due-year = Cuối năm
task-assigned-notice =
    📌 Đồng chí được giao nhiệm vụ #{ $number }: { $title }
    Mục: { $section }
    Hạn: { $due }{ $description }
    Báo cáo tiến độ: chọn mục bên dưới hoặc gõ /baocao { $number } <phần trăm>% <nội dung>
task-notice-description = {"\u000A"}Mô tả: { $text }
btn-report = 📝 Báo cáo tiến độ
# Thông báo riêng được xếp hàng gửi (outbox) cùng lúc với thay đổi
notices-queued = 📨 Bot sẽ nhắn riêng cho { $names }.
notices-queued-held = 📨 Bot sẽ nhắn riêng cho { $names } lúc { $time }, khi hết giờ yên lặng của cơ quan (/caidat).
notices-unreachable = ⚠️ Bot hiện không nhắn riêng được cho { $names } (đã chặn bot hoặc chưa mở tin nhắn riêng với bot). Vui lòng báo trực tiếp.

# Sửa, hủy nhiệm vụ
suanv-usage =
    Cách dùng:
    /suanv <số> ten <tên mới>
    /suanv <số> han <dd/mm/yyyy>
    /suanv <số> mota <mô tả mới>
    /suanv <số> giao <số của người thực hiện, cách nhau bởi dấu phẩy>
    Xem số nhiệm vụ ở /kehoach, số của từng người ở /thanhvien.
suanv-show =
    Nhiệm vụ #{ $number }: { $title }
    Người thực hiện: { $owners } · Hạn: { $due } · { $percent }% { $state }
suanv-done = ✅ Đã cập nhật nhiệm vụ #{ $number } “{ $title }”.
suanv-reassigned = ✅ Nhiệm vụ #{ $number } giờ giao cho: { $owners }.
huynv-usage = Cách dùng: /huynv <số nhiệm vụ>, ví dụ /huynv 12. Xem số ở /kehoach.
huynv-confirm = Hủy nhiệm vụ #{ $number } “{ $title }”? Báo cáo cũ vẫn được giữ. Bấm “Xác nhận”, hoặc gõ /huynv { $number } dongy
huynv-done = ✅ Đã hủy nhiệm vụ #{ $number } “{ $title }”.
huynv-kept = Đã giữ nguyên nhiệm vụ.

# Nhiệm vụ của tôi
nhiemvu-title = Nhiệm vụ của { $name } ({ $count }):
nhiemvu-empty = Anh/chị chưa được giao nhiệm vụ nào.
nhiemvu-line = #{ $number } [{ $state }] { $title }
    ⏰ { $due } · { $percent }% · báo cáo gần nhất: { $last }
nhiemvu-never = chưa có
nhiemvu-hint = Báo cáo: /baocao hoặc /baocao <số> <phần trăm>% <nội dung>

# Báo cáo tiến độ
baocao-group = Báo cáo tiến độ được gửi trong tin nhắn riêng với bot, không gửi trong nhóm. Bấm nút bên dưới.
baocao-open-private = 📝 Mở báo cáo riêng
baocao-usage = Cách dùng nhanh: /baocao <số nhiệm vụ> <phần trăm>% <nội dung>, ví dụ /baocao 5 50% Đã họp triển khai. Hoặc gõ /baocao để được hỏi từng bước.
baocao-no-tasks = Anh/chị không có nhiệm vụ nào đang mở để báo cáo. Xem /nhiemvu.
baocao-choose-task = Báo cáo nhiệm vụ nào? Bấm nút, hoặc gõ số nhiệm vụ.
baocao-task-line = #{ $number } { $title } ({ $percent }%)
baocao-bad-task = Vui lòng gõ số của một nhiệm vụ trong danh sách (ví dụ 5){ $buttons ->
        [yes] , hoặc bấm nút.
       *[no] .
    }
baocao-ask-percent =
    Nhiệm vụ #{ $number }: { $title }
    Tiến độ hiện nay bao nhiêu phần trăm? Bấm nút, hoặc gõ một số từ 0 đến 100 (gõ “xong” nếu đã hoàn thành).
btn-complete = ✅ Hoàn thành (100%)
baocao-ask-result = Kết quả đã làm được? (bắt buộc, tối đa 2000 ký tự)
baocao-ask-obstacles = Có vướng mắc gì không? Mỗi vướng mắc một dòng. Nếu không, { $buttons ->
        [yes] bấm “Không có” (hoặc gõ “không”).
       *[no] gõ “không”.
    }
baocao-ask-proposals = Có đề xuất gì không? Mỗi đề xuất một dòng. Nếu không, { $buttons ->
        [yes] bấm “Không có” (hoặc gõ “không”).
       *[no] gõ “không”.
    }
btn-none = Không có
baocao-preview =
    Xem lại báo cáo{ $edit }:
    • Nhiệm vụ: #{ $number } { $title }
    • Tiến độ: { $percent }%
    • Kết quả: { $result }
    • Vướng mắc: { $obstacles }
    • Đề xuất: { $proposals }
    Bấm “Gửi” (hoặc gõ “gửi”) để gửi, /huy để hủy.
baocao-preview-edit = {" "}(sửa)
baocao-none = không có
btn-send = 📨 Gửi
baocao-confirm-typed = Gõ “gửi” để gửi báo cáo, hoặc /huy để hủy.
baocao-done = ✅ Đã ghi báo cáo nhiệm vụ #{ $number }: { $percent }%.{ $extra }
    Sửa trong 24 giờ: /suabaocao { $number }
baocao-done-obstacles = {" "}Đã ghi { $count } vướng mắc để Trưởng ban, Phó Trưởng ban và Thư ký xem xét.
baocao-done-next = {" "}Kỳ sau của nhiệm vụ đã mở, hạn { $due }.
baocao-edited = ✅ Đã sửa báo cáo nhiệm vụ #{ $number }: { $percent }%.
bad-percent = Phần trăm phải là số nguyên từ 0 đến 100 (ví dụ 50). Vui lòng nhập lại.
bad-result-empty = Kết quả không được để trống. Vui lòng ghi ngắn gọn việc đã làm.
bad-text-too-long = Nội dung quá dài ({ $length } ký tự); tối đa { $max } ký tự. Vui lòng rút gọn và gửi lại.
bad-date-format = Ngày cần ghi dạng dd/mm/yyyy, ví dụ { $exampleDue }. Vui lòng nhập lại.
bad-date-nonexistent = Ngày { $text } không có trên lịch. Vui lòng kiểm tra và nhập lại (dd/mm/yyyy).
bad-date-past = Ngày { $text } đã qua. Hạn phải từ hôm nay trở đi; vui lòng nhập lại.
suabaocao-usage = Cách dùng: /suabaocao <số nhiệm vụ>, ví dụ /suabaocao 5.
suabaocao-start = Sửa báo cáo ngày { $date } của nhiệm vụ #{ $number } (đang ghi { $percent }%). Nhập lại từng phần.

# Vướng mắc
vuongmac-title = Vướng mắc chưa giải quyết ({ $count }):
vuongmac-empty = Không có vướng mắc nào đang chờ giải quyết.
vuongmac-line = [{ $id }] NV #{ $number } { $task }
    “{ $text }” — { $name }, { $date }
vuongmac-hint = Giải quyết: { $buttons ->
        [yes] bấm nút, hoặc gõ
       *[no] gõ
    } /vuongmac <số trong ngoặc> <cách giải quyết>
btn-resolve = ✔️ Giải quyết [{ $id }]
vuongmac-ask-note = Vướng mắc [{ $id }]: “{ $text }”. Nhập cách giải quyết (sẽ gửi cho người báo cáo).
vuongmac-bad-note = Cách giải quyết không được để trống và tối đa 1000 ký tự. Vui lòng nhập lại.
vuongmac-done = ✅ Đã đánh dấu vướng mắc [{ $id }] là đã giải quyết.
obstacle-raised-notice =
    ⚠️ Vướng mắc mới ở nhiệm vụ #{ $number } “{ $task }” do { $by } báo cáo:
    { $items }
    Xem và giải quyết: /vuongmac
obstacle-resolved-notice =
    ✅ Vướng mắc của đồng chí ở nhiệm vụ #{ $number } “{ $task }” đã được giải quyết.
    Vướng mắc: { $text }
    Cách giải quyết ({ $by }): { $resolution }

# Tiến độ
tiendo-title = Tiến độ: { $title }
tiendo-total = Tổng: { $done }/{ $total } hoàn thành · { $progress } đang thực hiện · { $overdue } quá hạn · { $notStarted } chưa thực hiện
tiendo-section = { $code }. { $title }
    { $bar } { $done }/{ $total } · { $progress } đang thực hiện · { $overdue } quá hạn · { $notStarted } chưa thực hiện
tiendo-overdue-title = Nhiệm vụ quá hạn ({ $count }):
tiendo-overdue-line = #{ $number } { $title } — hạn { $due } — { $owners } ({ $percent }%)
tiendo-no-overdue = Không có nhiệm vụ quá hạn.
tiendo-staff-note = (Chi tiết từng nhiệm vụ dành cho thành viên Ban Chỉ đạo.)

# Lỗi
err-no-plan = Cơ quan chưa có kế hoạch năm nay. Thư ký hoặc Trưởng ban gửi /taokehoach để tạo từ mẫu.
err-plan-exists = Kế hoạch năm { $year } đã có. Xem /kehoach.
err-plan-year = Năm của kế hoạch phải từ { $from } đến { $to }.
err-section-not-found = Không còn mục này trong kế hoạch. Vui lòng gõ lại /giaoviec.
err-due-required = Nhiệm vụ cần có hạn hoàn thành hoặc lặp lại định kỳ.
err-date-past = Hạn đã qua. Vui lòng chọn ngày từ hôm nay trở đi.
err-task-not-found = Không có nhiệm vụ số { $number }. Xem số ở /kehoach hoặc /nhiemvu.
err-task-not-yours = Nhiệm vụ #{ $number } không được giao cho anh/chị nên anh/chị không báo cáo được. Xem nhiệm vụ của mình ở /nhiemvu.
err-task-not-open = Nhiệm vụ #{ $number } đã hoàn thành hoặc đã hủy, không nhận thêm báo cáo. Xem /nhiemvu.
err-task-cancelled = Nhiệm vụ #{ $number } đã bị hủy.
err-task-recurring-due = Nhiệm vụ lặp lại định kỳ có hạn là cuối mỗi kỳ, không sửa hạn được.
err-assignees-required = Cần chọn ít nhất một người thực hiện.
err-assignees-too-many = Mỗi nhiệm vụ giao tối đa { $max } người.
err-title-short = Tên nhiệm vụ cần ít nhất { $min } ký tự.
err-text-too-long = Nội dung quá dài; tối đa { $max } ký tự.
err-percent-range = Phần trăm phải là số nguyên từ 0 đến 100.
err-result-empty = Kết quả không được để trống.
err-report-not-editable = Chỉ sửa được báo cáo gần nhất của chính mình trên nhiệm vụ này.
err-report-too-old = Báo cáo đã quá 24 giờ nên được giữ nguyên như đã gửi. Hãy gửi báo cáo mới bằng /baocao.
err-report-period-closed = Kỳ của báo cáo này đã kết thúc; báo cáo được giữ nguyên. Hãy báo cáo kỳ mới bằng /baocao.
err-obstacle-not-found = Không có vướng mắc số { $id }. Xem /vuongmac.
err-obstacle-resolved = Vướng mắc [{ $id }] đã được giải quyết trước đó.
err-resolution-empty = Cách giải quyết không được để trống.
