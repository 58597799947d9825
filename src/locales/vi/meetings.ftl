# Họp Ban Chỉ đạo (/hop), điểm danh, kết luận (/ketluan), nhắc họp

cmd-hop = Lịch họp Ban Chỉ đạo, điểm danh
help-hop = /hop — các cuộc họp sắp tới, trả lời có mặt/vắng; /hop comat <số>, /hop vang <số> <lý do>; /hop chuongtrinh <số> — dự thảo chương trình họp
cmd-ketluan = Ghi kết luận cuộc họp, giao thành nhiệm vụ
help-ketluan = /ketluan <số họp> <nội dung> — ghi kết luận sau cuộc họp; /ketluan <số họp> — xem các kết luận; /ketluan giao <mã kết luận> — giao kết luận thành nhiệm vụ

hop-kind-quarterly = Họp định kỳ quý { ROMAN($quarter) } năm { $year }
hop-kind-extraordinary = Họp bất thường
hop-summary =
    Cuộc họp số { $id }: { $kind }
    • Thời gian: { $when }
    • Địa điểm: { $place }
    • Nội dung: { $agenda }
hop-btn-present = ✅ Có mặt
hop-btn-absent = ❌ Vắng
hop-btn-list = 📋 Xem điểm danh
hop-btn-quarterly = Định kỳ hằng quý
hop-btn-extraordinary = Bất thường
hop-btn-skip = Bỏ qua
hop-btn-create-proposed = 📅 Tạo các cuộc họp này

hop-none = Hiện chưa có cuộc họp nào sắp tới.
hop-list-title = Các cuộc họp sắp tới ({ $count }):
hop-my-present = Anh/chị đã báo: có mặt.
hop-my-absent = Anh/chị đã báo: vắng.
hop-my-none = Anh/chị chưa trả lời. Bấm nút, hoặc gõ /hop comat <số> hay /hop vang <số> <lý do>.
hop-manager-hint =
    Thư ký/Trưởng ban:
    /hop moi — lên lịch họp (hoặc /hop moi quy { $exampleDate } 08:00 Phòng họp số 1)
    /hop de_xuat [năm] — đề xuất 4 cuộc họp định kỳ trong năm
    /hop doi <số> <dd/mm/yyyy> <HH:mm> [địa điểm] — đổi lịch
    /hop huy <số> — hủy cuộc họp
    /hop diemdanh <số> — danh sách có mặt/vắng
    /hop bienban <số> <nội dung> — ghi biên bản sau cuộc họp
    /ketluan <số> <nội dung> — ghi kết luận
hop-usage =
    Cách dùng: /hop (xem các cuộc họp sắp tới), /hop comat <số>, /hop vang <số> <lý do>, /hop chuongtrinh <số>.
    Thư ký/Trưởng ban thêm: moi, de_xuat, doi, huy, diemdanh, bienban (gõ /hop để xem hướng dẫn).
hop-private-sub = Lệnh /hop { $sub } chỉ dùng trong tin nhắn riêng với bot. Trong nhóm chỉ dùng /hop, /hop comat <số>, /hop vang <số> <lý do>.
hop-usage-moi = Cách dùng: /hop moi <quy|batthuong> <dd/mm/yyyy> <HH:mm> <địa điểm>, ví dụ /hop moi quy { $exampleDate } 08:00 Phòng họp số 1. Hoặc chỉ gõ /hop moi để được hỏi từng bước.
hop-usage-doi = Cách dùng: /hop doi <số họp> <dd/mm/yyyy> <HH:mm> [địa điểm mới], ví dụ /hop doi 3 { $exampleDate } 14:00
hop-usage-huy = Cách dùng: /hop huy <số họp>, ví dụ /hop huy 3. Xem số họp ở /hop.
hop-usage-diemdanh = Cách dùng: /hop diemdanh <số họp>, ví dụ /hop diemdanh 3.
hop-usage-comat = Cách dùng: /hop comat <số họp>, ví dụ /hop comat 3.
hop-usage-vang = Cách dùng: /hop vang <số họp> <lý do>, ví dụ /hop vang 3 Đi công tác tại huyện.
hop-usage-chuongtrinh = Cách dùng: /hop chuongtrinh <số họp>, ví dụ /hop chuongtrinh 3.
hop-usage-bienban = Cách dùng: /hop bienban <số họp> <nội dung biên bản>, sau khi cuộc họp đã diễn ra.
hop-usage-dexuat = Cách dùng: /hop de_xuat [năm], ví dụ /hop de_xuat { $exampleYear }; để tạo ngay: /hop de_xuat { $exampleYear } dongy
hop-bad-date = Ngày chưa đúng. Vui lòng gõ theo dạng ngày/tháng/năm, ví dụ { $exampleDate }.
hop-bad-time = Giờ chưa đúng. Vui lòng gõ theo dạng giờ:phút (24 giờ), ví dụ 08:00 hoặc 14:30.

hop-new-ask-kind = Lên lịch họp Ban Chỉ đạo. Đây là cuộc họp định kỳ hằng quý hay bất thường? Bấm nút, hoặc gõ “quy” / “batthuong”. Gõ /huy để thôi.
hop-new-bad-kind = Vui lòng chọn nút, hoặc gõ “quy” (định kỳ hằng quý) hay “batthuong” (bất thường).
hop-new-ask-date = Ngày họp? Gõ theo dạng ngày/tháng/năm, ví dụ { $exampleDate }.
hop-new-ask-time = Giờ bắt đầu? Gõ theo dạng giờ:phút, ví dụ 08:00.
hop-new-ask-place = Địa điểm họp? Ví dụ: Phòng họp số 1, trụ sở cơ quan.
hop-new-ask-agenda = Nội dung, chương trình họp (có thể nhiều dòng)? Bấm “Bỏ qua” hoặc gõ “-” nếu chưa có; bot sẽ dự thảo chương trình từ báo cáo trong quý (/hop chuongtrinh <số>).
hop-new-confirm =
    Vui lòng kiểm tra:
    • Loại: { $kind }
    • Thời gian: { $when }
    • Địa điểm: { $place }
    • Nội dung: { $agenda }
    Bấm “Xác nhận” (hoặc gõ “đồng ý”) để lên lịch, /huy để thôi.
hop-new-confirm-typed = Gõ “đồng ý” để lên lịch, hoặc /huy để thôi.
hop-new-done = ✅ Đã lên lịch họp.
hop-new-done-posted = Bot đã đăng lịch họp vào nhóm của Ban Chỉ đạo.
hop-new-done-no-group = Cơ quan chưa kết nối nhóm chat (/ketnoi) nên bot chưa đăng lịch họp vào nhóm.
hop-new-done-hint = Bot sẽ nhắc trong nhóm { $leads }, kèm cách trả lời có mặt/vắng. Xem điểm danh: /hop diemdanh { $id }
hop-new-done-hint-none = Cuộc họp đã gần đến giờ nên bot không gửi nhắc lịch nữa. Xem điểm danh: /hop diemdanh { $id }
hop-lead-7d = trước 7 ngày
hop-lead-1d = trước 1 ngày
hop-lead-2h = trước 2 giờ
hop-scheduled-group =
    📅 Lịch họp Ban Chỉ đạo:
    { $summary }
    Đề nghị các đồng chí trả lời có mặt hoặc vắng: /hop comat { $id }, hoặc /hop vang { $id } <lý do>.
hop-moved = ✅ Đã đổi lịch họp.
hop-moved-group =
    📅 Cuộc họp đã được đổi lịch:
    { $summary }
hop-cancelled = ✅ Đã hủy cuộc họp số { $id }. Bot sẽ báo cho nhóm.
hop-cancelled-group =
    ⚠️ Cuộc họp sau đã bị hủy:
    { $summary }
hop-minutes-done = ✅ Đã ghi biên bản cuộc họp số { $id }.

hop-default-place = Phòng họp cơ quan
hop-propose-title = Đề xuất lịch họp định kỳ hằng quý năm { $year } (ngày 20 tháng cuối quý, lùi về ngày làm việc, 08:00):
hop-propose-new = • Quý { ROMAN($quarter) }: { $when }
hop-propose-existing = • Quý { ROMAN($quarter) }: đã có cuộc họp số { $id } lúc { $when }
hop-propose-past = • Quý { ROMAN($quarter) }: { $when } — đã qua, không tạo
hop-propose-confirm = Bấm nút để tạo các cuộc họp mới ở “{ $place }” (đổi sau bằng /hop doi), hoặc gõ /hop de_xuat { $year } dongy
hop-propose-nothing = Không còn cuộc họp nào cần tạo.
hop-propose-done = ✅ Đã tạo { $count } cuộc họp định kỳ:

hop-answer-present = ✅ Đã ghi nhận: anh/chị có mặt ở cuộc họp số { $id }.
hop-answer-absent-group = Đã ghi nhận anh/chị vắng cuộc họp số { $id }. Bot đã nhắn riêng để hỏi lý do.
hop-answer-absent-open-private = Đã ghi nhận anh/chị vắng cuộc họp số { $id }. Bot chưa nhắn riêng được cho anh/chị: hãy mở tin nhắn riêng với bot và gõ /hop vang { $id } <lý do>.
hop-answer-absent-done = ✅ Đã ghi nhận anh/chị vắng cuộc họp số { $id }, kèm lý do. Cảm ơn anh/chị.
hop-ask-reason = Anh/chị báo vắng cuộc họp số { $id }. Vui lòng gõ lý do vắng (một dòng), ví dụ: Đi công tác tại huyện.
hop-ask-reason-typed = Anh/chị báo vắng cuộc họp số { $id }. Khi tiện, gõ lý do: /hop vang { $id } <lý do>

hop-att-title = Điểm danh cuộc họp số { $id } ({ $kind }, { $when }):
hop-att-present = Có mặt ({ $count }):
hop-att-absent = Vắng ({ $count }):
hop-att-unanswered = Chưa trả lời ({ $count }):
hop-att-line = • { $name }
hop-att-absent-line = • { $name } — { $reason }
hop-att-no-reason = chưa nêu lý do

hop-agenda-title = Dự thảo chương trình cuộc họp số { $id } ({ $when }) — đánh giá quý { ROMAN($quarter) } năm { $year }
hop-agenda-typed = Nội dung do Thư ký nhập: { $agenda }
hop-agenda-progress = 1. Tiến độ thực hiện kế hoạch theo mục ({ $reports } báo cáo trong quý):
hop-agenda-no-plan = • Chưa có kế hoạch năm { $year } trên bot.
hop-agenda-section = • Mục { $code } { $title }: { $done }/{ $total } nhiệm vụ hoàn thành, bình quân { $percent }%
hop-agenda-overdue = 2. Nhiệm vụ quá hạn ({ $count }):
hop-agenda-overdue-line = • NV { $number } { $title } — hạn { $due } — { $people }
hop-agenda-obstacles = 3. Vướng mắc chưa giải quyết ({ $count }):
hop-agenda-proposals = 4. Đề xuất trong quý ({ $count }):
hop-agenda-item = • { $text } (NV { $number }, { $name })
hop-agenda-feedback = 5. Góp ý, phản ánh, kiến nghị trong quý: { $counts }
hop-agenda-feedback-hidden = (Các nhóm dưới 3 ý kiến không hiển thị số lượng để giữ bí mật người gửi.)
hop-agenda-closing = Phần cuối: thảo luận, kết luận của Trưởng ban và phân công nhiệm vụ quý tới.

hop-reminder-7d = 📅 Nhắc lịch: còn 7 ngày đến cuộc họp Ban Chỉ đạo.
hop-reminder-1d = 📅 Nhắc lịch: ngày mai họp Ban Chỉ đạo.
hop-reminder-2h = ⏰ Còn 2 giờ nữa đến cuộc họp Ban Chỉ đạo.
hop-reminder-answer = Vui lòng trả lời có mặt/vắng bằng nút bên dưới, hoặc gõ /hop comat { $id } hay /hop vang { $id } <lý do>.

hop-nudge-private = Kính gửi đồng chí { $name }: cuộc họp Ban Chỉ đạo định kỳ lúc { $when } sẽ nghe báo cáo kết quả thực hiện nhiệm vụ. Đồng chí chưa báo cáo quý này cho { $count } nhiệm vụ chưa hoàn thành:
hop-nudge-task-line = • NV { $number }: { $title }
hop-nudge-more = • … và { $count } nhiệm vụ khác
hop-nudge-how = Báo cáo bằng lệnh /baocao trong tin nhắn riêng với bot.
hop-nudge-group = 📝 Chuẩn bị họp định kỳ quý { ROMAN($quarter) } năm { $year } ({ $when }): { $count } đồng chí chưa báo cáo tiến độ nhiệm vụ trong quý. Bot đã nhắn riêng từng người.
hop-nudge-secretary = Danh sách { $count } người chưa báo cáo quý { ROMAN($quarter) } năm { $year } trước cuộc họp lúc { $when }:
hop-nudge-secretary-line = • { $name } ({ $count } nhiệm vụ)

ketluan-usage = Cách dùng: /ketluan <số họp> <nội dung kết luận>, ví dụ /ketluan 3 Giao Văn phòng hoàn thiện quy chế chi tiêu nội bộ. Xem kết luận: /ketluan <số họp>. Giao thành nhiệm vụ: /ketluan giao <mã kết luận>.
ketluan-none = Cuộc họp số { $id } chưa có kết luận nào. Ghi kết luận: /ketluan { $id } <nội dung>
ketluan-list-title = Kết luận cuộc họp số { $id }:
ketluan-line = { $order }. { $text } (mã { $code }; giao: /ketluan giao { $code })
ketluan-line-task = { $order }. { $text } (mã { $code }; đã thành nhiệm vụ)
ketluan-done = ✅ Đã ghi kết luận { $order } của cuộc họp số { $id } (mã { $code }). Bấm nút để giao thành nhiệm vụ, hoặc gõ /ketluan giao { $code }.
ketluan-btn-task = 📌 Giao thành nhiệm vụ
ketluan-assign-intro = Giao kết luận thành nhiệm vụ: “{ $text }”
ketluan-ask-assignees = Chọn người thực hiện:
ketluan-ask-assignees-again = Vui lòng chọn lại người thực hiện: gõ số thành viên, ví dụ: 3 5
ketluan-ask-due = Hạn hoàn thành? Gõ ngày/tháng/năm, ví dụ { $exampleDue }, hoặc { $buttons ->
        [yes] bấm “Không có hạn” (gõ “không”).
       *[no] gõ “không”.
    }
ketluan-btn-no-due = Không có hạn
ketluan-no-due = không có hạn
ketluan-task-done = ✅ Đã giao nhiệm vụ số { $number } cho { $names }; hạn: { $due }.
ketluan-task-notice = 📌 Đồng chí được giao nhiệm vụ số { $number } từ kết luận cuộc họp Ban Chỉ đạo (người giao: { $by }); hạn: { $due }. Xem: /nhiemvu
ketluan-task-description = Kết luận { $order } của cuộc họp Ban Chỉ đạo số { $id }.

err-meeting-unknown = Không có cuộc họp số { $id }. Xem các cuộc họp ở /hop.
err-meeting-cancelled = Cuộc họp số { $id } đã bị hủy.
err-meeting-started = Cuộc họp số { $id } đã bắt đầu hoặc đã diễn ra; không thay đổi được nữa.
err-meeting-not-yet = Cuộc họp số { $id } chưa diễn ra; kết luận và biên bản được ghi sau giờ họp.
err-meeting-in-past = Thời điểm này đã qua. Vui lòng chọn ngày giờ trong tương lai.
err-meeting-too-far = Chỉ lên lịch họp trong vòng 2 năm tới.
err-meeting-bad-date = Ngày giờ họp chưa đúng.
err-meeting-bad-place = Địa điểm cần có chữ, một dòng, tối đa { $max } ký tự. Vui lòng nhập lại.
err-meeting-bad-agenda = Nội dung họp cần có chữ, tối đa { $max } ký tự. Vui lòng nhập lại.
err-meeting-bad-reason = Lý do cần có chữ, một dòng, tối đa { $max } ký tự. Vui lòng nhập lại.
err-meeting-bad-minutes = Biên bản cần có chữ, tối đa { $max } ký tự.
err-meeting-managers-only = Việc này chỉ dành cho Trưởng ban và Thư ký.
err-meeting-not-committee = Chỉ thành viên Ban Chỉ đạo trả lời điểm danh họp.
err-meeting-quarter-taken = Quý { ROMAN($quarter) } năm { $year } đã có cuộc họp định kỳ (số { $id }). Đổi lịch bằng /hop doi { $id }, hoặc chọn họp bất thường.
err-meeting-nothing-to-propose = Năm { $year } không còn cuộc họp định kỳ nào cần tạo (đã có, hoặc đã qua).
err-meeting-bad-year = Chỉ đề xuất lịch họp cho năm { $from } hoặc { $to }.
err-conclusion-bad-text = Kết luận cần có chữ, tối đa { $max } ký tự.
err-conclusion-unknown = Không có kết luận mã { $id }.
err-conclusion-has-task = Kết luận mã { $id } đã được giao thành nhiệm vụ.
err-conclusion-no-plan = Chưa có kế hoạch năm { $year } để đưa nhiệm vụ vào. Thư ký hoặc Trưởng ban tạo kế hoạch bằng /taokehoach { $year } trước.
err-conclusion-bad-section = Kế hoạch không có mục { $code }.
err-conclusion-no-assignees = Vui lòng chọn ít nhất một người thực hiện.
err-conclusion-too-many-assignees = Tối đa { $max } người thực hiện một nhiệm vụ.
err-conclusion-bad-assignee = Không có thành viên Ban Chỉ đạo số { $id }.
err-conclusion-due-past = Hạn hoàn thành đã qua. Vui lòng gõ một ngày từ hôm nay trở đi.
