# Góp ý ẩn danh (/gopy, /theodoi) và xử lý góp ý (/gopy_ds, /traloi, /gopy_nhan, /gopy_dong)

cmd-gopy = Gửi góp ý ẩn danh
help-gopy = /gopy — gửi góp ý, phản ánh, kiến nghị ẩn danh tới Ban Chỉ đạo
cmd-theodoi = Theo dõi góp ý bằng mã
help-theodoi = /theodoi <mã> — xem trạng thái và trả lời của góp ý đã gửi
cmd-gopy_ds = Danh sách góp ý
help-gopy_ds = /gopy_ds [moi | dangxuly | datraloi | dadong | tatca] — danh sách góp ý theo trạng thái và thống kê
cmd-traloi = Trả lời góp ý
help-traloi = /traloi <số> <nội dung> — trả lời góp ý số N
cmd-gopy_nhan = Nhận xử lý góp ý
help-gopy_nhan = /gopy_nhan <số> — nhận xử lý góp ý số N
cmd-gopy_dong = Đóng góp ý
help-gopy_dong = /gopy_dong <số> — đóng góp ý số N

gopy-cat-SUGGESTION = Góp ý
gopy-cat-COMPLAINT = Phản ánh
gopy-cat-RECOMMENDATION = Kiến nghị
gopy-cat-OTHER = Khác
gopy-status-NEW = Mới
gopy-status-IN_PROGRESS = Đang xử lý
gopy-status-ANSWERED = Đã trả lời
gopy-status-CLOSED = Đã đóng

gopy-intro =
    GÓP Ý ẨN DANH tới Ban Chỉ đạo QCDC
    • Bot lưu: nội dung, loại góp ý và ngày gửi (không có giờ).
    • Bot KHÔNG lưu anh/chị là ai: không mã tài khoản, không tên, không giờ gửi. Vì vậy các bảng dữ liệu và bản sao lưu của bot không cho biết người gửi. Lưu ý: chính nội dung (chi tiết chỉ mình anh/chị biết) vẫn có thể làm lộ người viết; và trong ít phút ngay sau khi gửi, người quản trị máy chủ xem thời điểm sửa đổi tệp cơ sở dữ liệu vẫn có thể biết lúc có góp ý được gửi (nhưng không biết ai gửi).
    • Ban Chỉ đạo nhận góp ý theo đợt vào giờ cố định trong ngày, không nhận ngay lúc anh/chị gửi.
    • { $platform } vẫn biết anh/chị đã nhắn tin với bot; nếu lo ngại điều đó, hãy góp ý trực tiếp qua hòm thư góp ý của cơ quan.
    • Bản nháp chỉ giữ trong bộ nhớ của bot: nếu bot khởi động lại hoặc sau { $minutes } phút không thao tác, bản nháp mất và anh/chị cần viết lại. Gõ lệnh khác cũng hủy bản nháp.
    • Không gửi ảnh, tệp: thông tin đi kèm ảnh có thể làm lộ người gửi.
    Hôm nay anh/chị còn gửi được { $left } góp ý.

    Bước 1/3: chọn loại ({ $buttons ->
        [yes] bấm nút hoặc gõ số
       *[no] gõ số
    }): 1. Góp ý · 2. Phản ánh · 3. Kiến nghị · 4. Khác
gopy-category-typed = { $buttons ->
        [yes] Hãy bấm một nút hoặc gõ số từ 1 đến 4
       *[no] Hãy gõ số từ 1 đến 4
    } (1. Góp ý · 2. Phản ánh · 3. Kiến nghị · 4. Khác). Gõ /huy để hủy.
gopy-ask-text = Bước 2/3 — { $category }: hãy viết nội dung trong MỘT tin nhắn (tối đa { $max } ký tự). Gõ /huy để hủy.
gopy-no-media = Bot chỉ nhận góp ý bằng chữ. Ảnh, tệp, giọng nói có thể mang thông tin làm lộ người gửi (thiết bị, vị trí, giờ chụp), nên không được nhận. Hãy gõ nội dung bằng chữ.
gopy-preview =
    Bước 3/3 — xem lại trước khi gửi:
    Loại: { $category }
    Nội dung:
    { $text }

    Bấm “Gửi” (hoặc gõ “gửi”), “Viết lại” (gõ “viết lại”) hoặc gõ /huy để hủy.
gopy-preview-typed = Hãy gõ “gửi” để gửi, “viết lại” để viết lại nội dung, hoặc /huy để hủy.
gopy-btn-send = 📨 Gửi
gopy-btn-redo = ✏️ Viết lại
gopy-btn-cancel = ❌ Hủy
gopy-btn-delete = 🗑 Tôi đã lưu mã — xóa tin nhắn này
gopy-btn-delete-view = 🗑 Đã đọc — xóa tin nhắn này
gopy-sent =
    Đã gửi góp ý. Mã theo dõi của anh/chị:

    { $code }

    Hãy chép lại mã này ngay: bot chỉ hiện mã một lần và không lưu mã, nên không thể cấp lại. Dùng /theodoi { $code } để xem trạng thái và trả lời của Ban Chỉ đạo.
    Góp ý sẽ được chuyển tới Ban Chỉ đạo trong đợt chuyển tiếp sắp tới.
    Bot đã xóa các tin nhắn soạn góp ý khỏi cuộc trò chuyện. Sau khi chép mã, hãy bấm nút bên dưới để xóa cả tin nhắn này.
gopy-cancelled = Đã hủy bản nháp góp ý; không có gì được lưu.
gopy-draft-gone = Không còn bản nháp góp ý nào (bản nháp chỉ giữ trong bộ nhớ, bot có thể đã khởi động lại hoặc bản nháp đã hết hạn). Gõ /gopy để viết lại.
gopy-draft-expired = Bản nháp góp ý đã hết hạn sau { $minutes } phút không thao tác nên đã bị xóa khỏi bộ nhớ; tin nhắn vừa rồi chưa được gửi đi. Gõ /gopy để viết lại.
gopy-edit-ignored = Bot không nhận tin nhắn đã sửa. Hãy gửi lại nội dung trong một tin nhắn mới.
gopy-private-only = Góp ý ẩn danh chỉ gửi trong tin nhắn riêng với bot. Bấm nút bên dưới để mở.

theodoi-usage = Cách dùng: /theodoi <mã theo dõi>, ví dụ /theodoi GY-7KQ2-M9XD-4TFA
theodoi-view =
    Góp ý số { $number } ({ $category }, gửi ngày { $date })
    Trạng thái: { $status }
theodoi-no-replies = Chưa có trả lời.
theodoi-replies = Trả lời của Ban Chỉ đạo:
theodoi-reply-line = — Ngày { $date }: { $text }
theodoi-erased = (Bot đã xóa tin nhắn chứa mã của anh/chị khỏi cuộc trò chuyện.)

gopy-batch-header = GÓP Ý ẨN DANH MỚI ({ $count })
gopy-batch-header-part = GÓP Ý ẨN DANH MỚI ({ $count }) — phần { $part }/{ $parts }
gopy-batch-item =
    Góp ý số { $number } · { $category } · ngày { $date }
    { $text }
gopy-btn-take = Nhận số { $number }
gopy-btn-reply = Trả lời số { $number }
gopy-btn-close = Đóng số { $number }

gopy-ds-title = Góp ý — { $status } ({ $count })
gopy-ds-empty = Không có góp ý nào ở trạng thái này.
gopy-ds-item = • Số { $number } · { $category } · { $date } · { $status }{ $replies }
    { $text }
gopy-ds-replies = {" "}· { $count } trả lời
gopy-ds-usage = Cách dùng: /gopy_ds [moi | dangxuly | datraloi | dadong | tatca]. Không ghi gì: các góp ý chưa đóng.
gopy-ds-open = chưa đóng
gopy-ds-all = tất cả
gopy-ds-hint = Nhận: /gopy_nhan <số> · Trả lời: /traloi <số> <nội dung> · Đóng: /gopy_dong <số>
gopy-stats-title = Thống kê 12 tháng qua (chỉ hiện nhóm có từ { $k } góp ý trở lên):
gopy-stats-line = { $month } · { $category }: { $count }
gopy-stats-none = Chưa có nhóm nào đủ { $k } góp ý.
gopy-stats-hidden = ({ $hidden } nhóm có ít hơn { $k } góp ý không hiện, để không ai bị đoán ra.)

gopy-number-usage = Cách dùng: /{ $command } <số góp ý>, ví dụ /{ $command } 12
gopy-taken = { $name } đã nhận xử lý góp ý số { $number }.
gopy-already-taken = Góp ý số { $number } đang ở trạng thái “{ $status }”.
gopy-closed = { $name } đã đóng góp ý số { $number }.
gopy-already-closed = Góp ý số { $number } đã đóng trước đó.
gopy-reply-open-private = Mở tin nhắn riêng với bot để viết trả lời.
traloi-usage = Cách dùng: /traloi <số> <nội dung>, ví dụ /traloi 12 Ban Chỉ đạo đã ghi nhận và sẽ bố trí lại lịch trực.
traloi-ask-text = Trả lời góp ý số { $number } ({ $category }, ngày { $date }):
    { $text }

    Hãy gõ nội dung trả lời (tối đa { $max } ký tự), hoặc /huy để hủy.
traloi-confirm =
    Trả lời góp ý số { $number }:
    { $text }

    Chỉ người gửi xem (bằng mã theo dõi), hay đăng cả lên nhóm Ban Chỉ đạo? Bấm nút, hoặc gõ “riêng” / “công khai”; /huy để hủy.
traloi-confirm-typed = Hãy gõ “riêng” (chỉ người gửi xem) hoặc “công khai” (đăng cả lên nhóm), hoặc /huy để hủy.
gopy-reply-in-private = Trả lời góp ý trong tin nhắn riêng với bot: mở tin nhắn riêng và gõ { $command }
traloi-btn-private = 🔒 Chỉ người gửi xem
traloi-btn-public = 📢 Đăng cả lên nhóm
traloi-done = Đã lưu trả lời cho góp ý số { $number }. Người góp ý sẽ thấy khi tra cứu bằng mã theo dõi.
traloi-done-public = Đã lưu trả lời cho góp ý số { $number } và xếp lịch đăng lên nhóm Ban Chỉ đạo. Người góp ý sẽ thấy khi tra cứu bằng mã theo dõi.
gopy-public-reply =
    Trả lời góp ý số { $number }:
    { $text }

err-feedback-empty = Nội dung góp ý đang trống. Hãy gõ nội dung bằng chữ.
err-feedback-too-long = Nội dung dài { $length } ký tự, vượt quá { $max } ký tự cho phép. Hãy rút gọn rồi gửi lại.
err-feedback-quota = Hôm nay anh/chị đã gửi { $max } góp ý, là mức tối đa một ngày. Vui lòng gửi tiếp vào ngày mai.
err-feedback-code-unknown = Không tìm thấy góp ý nào với mã này. Hãy kiểm tra lại mã (dạng GY-XXXX-XXXX-XXXX).
err-feedback-code-wait = Đã nhập sai mã nhiều lần. Vui lòng thử lại sau { $minutes } phút.
err-feedback-unknown = Không có góp ý số { $number }.
err-feedback-closed = Góp ý số { $number } đã đóng; không thay đổi được nữa.
err-feedback-leaders-only = Chỉ Trưởng ban, Phó Trưởng ban và Thư ký được xử lý góp ý.
err-feedback-reply-empty = Nội dung trả lời đang trống.
err-feedback-no-group = Cơ quan chưa kết nối nhóm Ban Chỉ đạo nên chưa đăng công khai được. Hãy chọn “riêng”, hoặc kết nối nhóm bằng /ketnoi.
