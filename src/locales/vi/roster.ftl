# Danh sách người tham gia bot, lời mời, kết nối nhóm

cmd-khoitao = Khởi tạo cơ quan (quản trị viên)
cmd-moi = Tạo mã mời tham gia bot
cmd-thanhvien = Danh sách người tham gia bot
cmd-doivaitro = Đổi vai trò của một người
cmd-xoathanhvien = Cho một người rời danh sách trên bot
cmd-ketnoi = Kết nối nhóm này với cơ quan
help-khoitao = /khoitao <tên cơ quan> — khởi tạo cơ quan, anh/chị trở thành Thư ký
help-moi = /moi <vai trò> [số ngày] [phòng <tên phòng>] — tạo liên kết và mã mời; vai trò: truongban, phoban, thanhvien, thuky, congchuc
help-thanhvien = /thanhvien — danh sách cán bộ, công chức, người lao động đã tham gia bot
help-doivaitro = /doivaitro <số> <vai trò> — đổi vai trò của người có số đó
help-xoathanhvien = /xoathanhvien <số> — cho một người rời danh sách của cơ quan trên bot (báo cáo cũ vẫn giữ tên)
help-ketnoi = /ketnoi — (trong nhóm) kết nối nhóm với cơ quan để bot đăng nhắc việc, tổng hợp

khoitao-usage = Cách dùng: /khoitao <tên cơ quan>, ví dụ: /khoitao Thanh tra tỉnh Tây Ninh (3–200 ký tự).
khoitao-start = Khởi tạo cơ quan “{ $agency }”. Anh/chị sẽ là Thư ký Ban Chỉ đạo.
khoitao-done =
    ✅ Đã khởi tạo cơ quan “{ $agency }”. Anh/chị là Thư ký Ban Chỉ đạo.
    Bước tiếp theo:
    1. Mời Trưởng ban, Phó Trưởng ban, thành viên Ban Chỉ đạo và công chức, người lao động: /moi truongban, /moi phoban, /moi thanhvien, /moi congchuc
    2. Thêm bot vào nhóm chat của Ban Chỉ đạo và gửi /ketnoi trong nhóm.

join-start = Anh/chị được mời tham gia “{ $agency }” với vai trò { $role }.
profile-ask-name = Vui lòng nhập họ và tên đầy đủ (có dấu), ví dụ: Nguyễn Thị Lan
profile-ask-position = Chức vụ của anh/chị? Ví dụ: Phó Chánh Văn phòng
profile-bad-name = Họ và tên cần dài 2–100 ký tự, chỉ một dòng, có chữ cái. Vui lòng nhập lại.
profile-bad-position = Chức vụ cần dài 2–100 ký tự, chỉ một dòng. Vui lòng nhập lại.
profile-confirm =
    Vui lòng kiểm tra:
    • Họ và tên: { $name }
    • Chức vụ: { $position }
    • Vai trò: { $role }
    • Cơ quan: { $agency }
    Bấm “Xác nhận” (hoặc gõ “đồng ý”) để hoàn tất, “Nhập lại” để sửa, /huy để hủy.
profile-confirm-typed = Gõ “đồng ý” để xác nhận, “nhập lại” để sửa, hoặc /huy để hủy.
btn-confirm = ✅ Xác nhận
btn-redo = ✏️ Nhập lại
btn-cancel = ❌ Hủy
join-done =
    ✅ Chào mừng đồng chí { $name } tham gia “{ $agency }” với vai trò { $role }.
    Gõ /trogiup để xem các lệnh có thể dùng.

moi-choose-role = Mời với vai trò nào? Chọn bên dưới, hoặc gõ /moi <vai trò> [số ngày hiệu lực], vai trò: truongban, phoban, thanhvien, thuky, congchuc.
moi-usage = Cách dùng: /moi <vai trò> [số ngày], vai trò là một trong: truongban, phoban, thanhvien, thuky, congchuc; số ngày hiệu lực 1–30 (mặc định 7); thêm phòng <tên phòng> để người được mời thuộc phòng đó.

thanhvien-title = Cán bộ, công chức, người lao động của { $agency } tham gia bot ({ $count } người):
thanhvien-line = #{ $id } { $name } — { $role } ({ $position })
thanhvien-manage-hint = Đổi vai trò: /doivaitro <số> <vai trò> · Cho rời: /xoathanhvien <số> · Mời thêm: /moi
doivaitro-usage = Cách dùng: /doivaitro <số> <vai trò>, ví dụ /doivaitro 5 phoban. Xem số ở /thanhvien.
doivaitro-choose = Chọn vai trò mới cho { $name }:
doivaitro-done = ✅ { $name } giờ là { $role }.
xoathanhvien-usage = Cách dùng: /xoathanhvien <số>, ví dụ /xoathanhvien 5. Xem số ở /thanhvien.
xoathanhvien-confirm = Cho { $name } ({ $role }) rời danh sách của cơ quan trên bot? Người này sẽ không dùng bot được nữa; các báo cáo cũ vẫn giữ tên.
xoathanhvien-done = ✅ { $name } đã rời danh sách của cơ quan trên bot. Các báo cáo cũ vẫn giữ nguyên.
xoathanhvien-kept = Đã giữ nguyên, không xóa ai.

ketnoi-done =
    ✅ Nhóm này đã được kết nối với “{ $agency }”.
    Bot sẽ đăng tại đây: nhắc lịch họp Ban Chỉ đạo hằng quý, nhắc hạn nhiệm vụ và báo cáo, bản tổng hợp tiến độ hằng tuần, quý, và góp ý của công chức, người lao động (theo đợt, ẩn danh).
    Báo cáo tiến độ và góp ý được gửi trong tin nhắn riêng với bot, không gửi trong nhóm.
ketnoi-moved = Lưu ý: nhóm trước đây của cơ quan sẽ không nhận thông báo nữa.
ketnoi-left-old = Bot đã chuyển sang nhóm mới của “{ $agency }”; nhóm này không nhận thông báo nữa.
bot-added-to-group = Xin chào! Thư ký hoặc Trưởng ban gửi /ketnoi trong nhóm này để kết nối với cơ quan.

err-forbidden = Anh/chị không có quyền thực hiện thao tác này.
err-already-member = Anh/chị đã có tên trong danh sách của “{ $agency }” trên bot, không cần tham gia lại.
err-invite-unknown = Mã mời không đúng hoặc đã bị thu hồi. Vui lòng kiểm tra lại hoặc xin Thư ký mã mới.
err-invite-used = Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; vui lòng xin Thư ký mã mới.
err-invite-expired = Mã mời này đã hết hạn. Vui lòng xin Thư ký mã mới.
err-invite-days = Số ngày hiệu lực phải từ 1 đến { $max }.
err-member-unknown = Không có người số { $id } trong danh sách của cơ quan. Xem số ở /thanhvien.
err-member-self = Anh/chị không thể tự đổi vai trò hoặc tự cho mình rời đi; hãy nhờ Thư ký hoặc Trưởng ban khác.
err-group-taken = Nhóm này đã được kết nối với một cơ quan khác.
