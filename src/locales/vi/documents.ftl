# Departments (phòng), documents to study (quán triệt), the public register (công khai). docs/documents.md

cmd-phong = Các phòng của cơ quan
help-phong = /phong — các phòng và số người; thêm, đổi tên, xóa phòng, xếp thành viên vào phòng
cmd-vanban = Văn bản triển khai, quán triệt
help-vanban = /vanban — văn bản cần quán triệt: đăng ký, gửi có hạn, xem ai chưa quán triệt theo phòng
cmd-quantriet = Xác nhận đã đọc, đã quán triệt văn bản
help-quantriet = /quantriet [số] [ghi chú] — văn bản đồng chí cần quán triệt; xác nhận đã đọc, đã quán triệt
cmd-congkhai = Sổ công khai của cơ quan
help-congkhai = /congkhai — những nội dung cơ quan đã công khai (ngày, hình thức)

## /phong
phong-title = Các phòng của { $agency } ({ $count } phòng):
phong-line = #{ $id } { $name } — { $members } người
phong-empty = Cơ quan chưa có phòng nào.
phong-manage-hint =
    Thêm: /phong them <tên phòng> · Đổi tên: /phong doiten <số> <tên mới> · Xóa: /phong xoa <số>
    Xếp thành viên: /phong gan <số thành viên> <số hoặc tên phòng> (gõ "bo" thay cho phòng để bỏ khỏi phòng). Số thành viên xem ở /thanhvien.
phong-usage =
    Cách dùng:
    /phong — danh sách phòng
    /phong them <tên phòng>, ví dụ /phong them Phòng Nghiệp vụ 1
    /phong doiten <số phòng> <tên mới>
    /phong xoa <số phòng>
    /phong gan <số thành viên> <số hoặc tên phòng | bo>
phong-added = ✅ Đã thêm { $name } (số { $id }).
phong-renamed = ✅ Đã đổi tên { $before } thành { $after }.
phong-removed = ✅ Đã xóa { $name }. { $members } người của phòng này hiện chưa thuộc phòng nào; xếp lại bằng /phong gan.
phong-assigned = ✅ { $member } thuộc { $department }.
phong-unassigned = ✅ { $member } không còn thuộc phòng nào.
thanhvien-line-department = #{ $id } { $name } — { $role } ({ $position }) · { $department }
moi-department = Người được mời sẽ thuộc { $department }.
err-department-unknown = Không có phòng “{ $name }”. Xem danh sách ở /phong.
err-department-exists = Đã có { $name }; vui lòng chọn tên khác.
err-department-bad-name = Tên phòng cần từ 2 đến { $max } ký tự và có chữ, ví dụ: Phòng Nghiệp vụ 1.

## Audiences as the secretary reads them
audience-all = toàn thể cơ quan
audience-committee = Ban Chỉ đạo
audience-staff = công chức, người lao động
audience-departments = { $names }
audience-bad-empty = Chưa ghi đối tượng nhận. Đối tượng: tatca, banchidao, congchuc, hoặc phòng <tên phòng>, <tên phòng>.
audience-bad-unknown = Không có phòng: { $names }. Xem danh sách ở /phong.

## /vanban (the secretary)
vanban-empty = Chưa có văn bản nào.
vanban-title = Văn bản triển khai, quán triệt ({ $count }):
vanban-line = #{ $id } { $label }: { $state }
vanban-state-new = chưa gửi
vanban-state-sent = { $confirmed }/{ $total } người đã quán triệt, hạn { $deadline }
vanban-hint =
    Xem ai chưa quán triệt: /vanban <số>
    Đăng ký: /vanban them … · Lấy các văn bản Kế hoạch yêu cầu quán triệt: /vanban mau
    Gửi: /vanban gui <số> <hạn dd/mm/yyyy> <đối tượng> · Nhắc trước hạn: /vanban nhac <số ngày làm việc>
vanban-usage =
    Cách dùng:
    /vanban — danh sách văn bản; /vanban <số> — ai chưa quán triệt, theo phòng
    /vanban them <số hiệu> | <trích yếu> | <cơ quan ban hành> | <ngày ban hành> | <tóm tắt> [| <đường link>]
    /vanban mau — đăng ký các văn bản Kế hoạch yêu cầu quán triệt
    /vanban gui <số> <hạn dd/mm/yyyy> <đối tượng>
    /vanban nhac <số ngày làm việc>
    /vanban tep <số> — ghi làm chú thích khi gửi tệp văn bản (.pdf, .docx…, tối đa 10 MB); /vanban link <số> <https://…> — đường link của văn bản
vanban-usage-them =
    Cách đăng ký văn bản (các phần cách nhau bằng dấu |):
    /vanban them <số hiệu> | <trích yếu> | <cơ quan ban hành> | <ngày ban hành dd/mm/yyyy> | <tóm tắt> [| <đường link>]
    Ví dụ: /vanban them 30-CT/TW | Chỉ thị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở | Bộ Chính trị | 18/02/1998 | Những nội dung chính của Chỉ thị
vanban-registered =
    ✅ Đã đăng ký văn bản số { $id }: { $label }.
    Gửi để quán triệt: /vanban gui { $id } <hạn dd/mm/yyyy> <đối tượng>
vanban-template-done =
    ✅ Đã đăng ký { $created } văn bản Kế hoạch yêu cầu quán triệt{ $existing }:
    { $list }
vanban-template-existing = ; { $count } văn bản đã có từ trước
vanban-template-none =
    Các văn bản Kế hoạch yêu cầu quán triệt đều đã được đăng ký:
    { $list }
vanban-usage-gui =
    Cách gửi: /vanban gui <số văn bản> <hạn dd/mm/yyyy> <đối tượng>
    Đối tượng: tatca, banchidao, congchuc, hoặc phòng <tên phòng>, <tên phòng>.
    Ví dụ: /vanban gui 3 30/06/2026 phòng Văn phòng, Phòng Nghiệp vụ 1
vanban-bad-deadline = Hạn cần ghi dạng dd/mm/yyyy và có trên lịch, ví dụ 30/06/{ $year }.
vanban-sent = ✅ Đã gửi { $label } đến { $recipients } người ({ $audience }), hạn quán triệt { $deadline }.
vanban-sent-already = { $count } người đã nhận văn bản này từ trước nên không gửi lại.
vanban-status-head =
    { $label }
    Ban hành: { $issuer }, ngày { $date }. Hạn quán triệt: { $deadline }.
    Đã quán triệt: { $confirmed }/{ $total } người; { $done }/{ $departments } phòng đã quán triệt.
vanban-status-head-nodept =
    { $label }
    Ban hành: { $issuer }, ngày { $date }. Hạn quán triệt: { $deadline }.
    Đã quán triệt: { $confirmed }/{ $total } người.
vanban-status-dept = { $name }: { $confirmed }/{ $total }
vanban-status-dept-pending = { $name }: { $confirmed }/{ $total } — chưa quán triệt: { $names }
vanban-status-no-dept = Chưa thuộc phòng nào
vanban-status-not-sent = Văn bản số { $id } chưa được gửi. Gửi: /vanban gui { $id } <hạn dd/mm/yyyy> <đối tượng>
vanban-nhac-done = ✅ Người chưa quán triệt sẽ được nhắc { $days } ngày làm việc trước hạn.
vanban-nhac-current = Hiện người chưa quán triệt được nhắc { $days } ngày làm việc trước hạn. Đổi: /vanban nhac <0–10>.

## Messages to recipients (outbox)
document-notice-head =
    📄 Văn bản cần quán triệt: { $label }
    Cơ quan ban hành: { $issuer }, ngày { $date }.
    Tóm tắt: { $summary }
document-notice-link = Toàn văn: { $link }
document-notice-tail =
    Hạn quán triệt: { $deadline }.
    Sau khi đọc, đồng chí vui lòng xác nhận “đã đọc, đã quán triệt”: chọn mục bên dưới, hoặc gõ /quantriet { $id } (có thể kèm ghi chú).
document-reminder = ⏰ Nhắc quán triệt: { $label }, hạn { $deadline }. Đồng chí chưa xác nhận đã đọc, đã quán triệt; vui lòng chọn mục bên dưới, hoặc gõ /quantriet { $id }.
btn-document-confirm = Đã đọc, đã quán triệt

## /quantriet (every recipient)
quantriet-none = Đồng chí không còn văn bản nào cần xác nhận quán triệt.
quantriet-title = Văn bản đồng chí cần quán triệt ({ $count }):
quantriet-line = #{ $id } { $label } — hạn { $deadline }
quantriet-hint = Xác nhận: { $buttons ->
        [yes] bấm nút, hoặc gõ
       *[no] gõ
    } /quantriet <số> [ghi chú], ví dụ /quantriet 3 Đã nghiên cứu, quán triệt.
quantriet-done = ✅ Đã ghi nhận đồng chí đã đọc, đã quán triệt { $label }.
quantriet-done-note = ✅ Đã ghi nhận đồng chí đã đọc, đã quán triệt { $label }, kèm ghi chú.
quantriet-already = Đồng chí đã xác nhận quán triệt { $label } ngày { $date }; không cần xác nhận lại.
quantriet-usage = Cách dùng: /quantriet <số văn bản> [ghi chú], ví dụ /quantriet 3; nhận tệp đính kèm: /quantriet tep <số>. Xem số ở /quantriet.

err-document-not-sent-to-you = Văn bản số { $id } không được gửi đến đồng chí, nên không thể xác nhận quán triệt. Xem văn bản của mình ở /quantriet.
err-document-unknown = Không có văn bản số { $id }. Xem danh sách ở /vanban.
err-document-exists = Văn bản số hiệu { $number } đã được đăng ký (số { $id }).
err-document-bad-number = Số hiệu văn bản chưa đúng: cần có chữ số, không có khoảng trắng, ví dụ 30-CT/TW.
err-document-empty-title = Chưa có trích yếu (tên) của văn bản; văn bản chưa được đăng ký. Ghi trích yếu sau số hiệu, ví dụ: /vanban them 30-CT/TW | Chỉ thị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở | Bộ Chính trị | 18/02/1998 | Tóm tắt
err-document-empty-issuer = Chưa ghi cơ quan ban hành văn bản, ví dụ: Bộ Chính trị.
err-document-bad-date = Ngày ban hành cần ghi dạng dd/mm/yyyy và có trên lịch, ví dụ 18/02/1998.
err-document-bad-link = Đường link cần bắt đầu bằng http:// hoặc https://.
err-document-too-long = Nội dung quá dài (tối đa { $max } ký tự). Vui lòng rút gọn.
err-document-deadline-past = Hạn quán triệt đã qua; văn bản chưa được gửi. Vui lòng chọn hạn từ hôm nay trở đi.
err-document-no-recipients = Đối tượng này hiện không có ai trong cơ quan; văn bản chưa được gửi.
err-document-all-sent = Văn bản đã được gửi đến tất cả những người này từ trước; không gửi lại.
err-document-bad-lead-days = Số ngày làm việc nhắc trước hạn là một số từ 0 đến { $max }.

## /congkhai
congkhai-empty = Sổ công khai của { $agency } chưa có nội dung nào.
congkhai-title = Sổ công khai của { $agency } ({ $total } nội dung):
congkhai-line = { $date } · { $form }: { $content }
congkhai-more = (hiện { $shown } nội dung gần nhất)
congkhai-manage-hint = Ghi thêm: /congkhai them <hình thức> | <ngày dd/mm/yyyy> | <nội dung>; hình thức: niemyet, hop, vanban, congthongtin, khac.
congkhai-usage =
    Cách ghi: /congkhai them <hình thức> | <ngày dd/mm/yyyy> | <nội dung>
    Hình thức: niemyet (niêm yết), hop (thông báo tại hội nghị), vanban (văn bản), congthongtin (cổng thông tin điện tử), khac (khác).
    Ví dụ: /congkhai them niemyet | 15/03/2026 | Dự toán ngân sách năm 2026
congkhai-added = ✅ Đã ghi vào sổ công khai: { $content } ({ $form }, ngày { $date }).
disclosure-form-niemyet = Niêm yết
disclosure-form-hop = Thông báo tại hội nghị
disclosure-form-vanban = Văn bản
disclosure-form-congthongtin = Cổng thông tin điện tử
disclosure-form-khac = Hình thức khác
err-disclosure-empty = Chưa ghi nội dung đã công khai; chưa ghi vào sổ.
err-disclosure-bad-form = Hình thức công khai là một trong: niemyet, hop, vanban, congthongtin, khac.
