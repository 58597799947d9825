# Chung: chào hỏi, lỗi, quyền, trợ giúp

error-generic = Xin lỗi, bot vừa gặp sự cố khi xử lý yêu cầu của anh/chị. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo Thư ký Ban Chỉ đạo.
stale-button = Nút này thuộc một tin nhắn cũ và không còn dùng được. Vui lòng gõ lại lệnh.
fallback-member = Bot chưa hiểu tin nhắn này. Gõ /trogiup để xem các lệnh anh/chị có thể dùng.
fallback-group-number = Trong nhóm, bot không nhận lựa chọn gõ bằng số (như “1” hoặc “Trả lời số 1”): chọn theo số chỉ dùng được trong tin nhắn riêng với bot, ngay sau tin nhắn có danh sách lựa chọn. Với tin nhắn bot gửi trong nhóm, vui lòng { $buttons ->
        [yes] bấm nút dưới tin nhắn đó.
       *[no] gõ lệnh ghi ở đầu dòng lựa chọn (bắt đầu bằng dấu /).
    }
flow-cancelled = Đã hủy thao tác đang làm.
flow-nothing-to-cancel = Hiện không có thao tác nào đang làm dở.

welcome-guest =
    Xin chào! Đây là bot điều phối Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở (QCDC) của cơ quan.
    Anh/chị chưa có tên trong danh sách của cơ quan nào trên bot.
    Để tham gia, hãy xin Thư ký Ban Chỉ đạo một đường liên kết mời (hoặc mã mời), rồi bấm vào liên kết đó hoặc gửi: /start <mã mời>
welcome-admin =
    Xin chào! Anh/chị là quản trị viên của bot.
    Để khởi tạo cơ quan và trở thành Thư ký Ban Chỉ đạo, gửi: /khoitao <tên cơ quan>
    Ví dụ: /khoitao Thanh tra tỉnh Tây Ninh
welcome-member =
    Xin chào đồng chí { $name }!
    Đồng chí là { role-in-agency }.
    Gõ /trogiup để xem các lệnh có thể dùng.

guard-unknown-command = Không có lệnh /{ $command }. Gõ /trogiup để xem các lệnh anh/chị có thể dùng.
guard-private-only = Lệnh /{ $command } chỉ dùng trong tin nhắn riêng với bot. Bấm nút bên dưới để mở.
guard-open-private = Mở tin nhắn riêng với bot
guard-group-only = Lệnh /{ $command } chỉ dùng trong nhóm của Ban Chỉ đạo.
guard-admin-only = Lệnh này chỉ dành cho quản trị viên của bot (danh sách BOT_ADMIN_IDS).
guard-not-member = Anh/chị chưa có tên trong danh sách của cơ quan nào trên bot. Hãy xin Thư ký Ban Chỉ đạo một mã mời.
guard-need-member = Lệnh /{ $command } dành cho cán bộ, công chức, người lao động của cơ quan đã tham gia bot.
guard-need-committee = Lệnh /{ $command } chỉ dành cho thành viên Ban Chỉ đạo.
guard-need-leaders = Lệnh /{ $command } chỉ dành cho Trưởng ban, Phó Trưởng ban và Thư ký.
guard-need-managers = Lệnh /{ $command } chỉ dành cho Trưởng ban và Thư ký.
guard-group-unbound = Nhóm này chưa được kết nối với cơ quan nào. Thư ký hoặc Trưởng ban gửi /ketnoi trong nhóm để kết nối.
guard-other-agency = Nhóm này thuộc một cơ quan khác; anh/chị không dùng lệnh này ở đây được.

role-HEAD = Trưởng ban
role-DEPUTY = Phó Trưởng ban
role-MEMBER = Thành viên Ban Chỉ đạo
role-SECRETARY = Thư ký
role-STAFF = Công chức, người lao động
# A person's place, said in full: "Trưởng Ban Chỉ đạo … của Thanh tra tỉnh", never "Trưởng ban của Thanh tra tỉnh".
role-in-agency = { $roleKey ->
    [HEAD] Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của { $agency }
    [DEPUTY] Phó Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của { $agency }
    [SECRETARY] Thư ký Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của { $agency }
    [MEMBER] thành viên Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của { $agency }
   *[STAFF] công chức, người lao động của { $agency }
}

help-title = Các lệnh anh/chị có thể dùng{ $where }:
help-where-private = {""} (tin nhắn riêng)
help-where-group = {""} (trong nhóm)
help-group-general = Chung
help-group-work = Nhiệm vụ và báo cáo
help-group-feedback = Góp ý ẩn danh
help-group-manage = Quản lý Ban Chỉ đạo
help-group-admin = Quản trị
help-footer = Đang làm dở một thao tác? Gõ /huy để hủy.
help-empty = Hiện chưa có lệnh nào dành cho anh/chị ở đây.

cmd-start = Bắt đầu, hoặc tham gia bằng mã mời
cmd-trogiup = Xem các lệnh có thể dùng
cmd-huy = Hủy thao tác đang làm dở
help-start = /start — chào hỏi; /start <mã mời> để tham gia cơ quan
help-trogiup = /trogiup — danh sách lệnh này
help-huy = /huy — hủy thao tác đang làm dở
