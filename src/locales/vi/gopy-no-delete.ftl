# Góp ý ẩn danh trên nền tảng không xóa được tin nhắn (Zalo): không hứa điều nền tảng không làm được.
# Trên Zalo, bot không xóa được tin nhắn nào, và tin nhắn đã gửi vẫn còn ở phía Zalo
# kể cả khi người dùng xóa cuộc trò chuyện trên máy của mình (docs/anonymity.md).

gopy-intro-no-delete =
    GÓP Ý ẨN DANH tới Ban Chỉ đạo QCDC
    • Bot lưu: nội dung, loại góp ý và ngày gửi (không có giờ).
    • Bot KHÔNG lưu anh/chị là ai: không mã tài khoản, không tên, không giờ gửi. Vì vậy các bảng dữ liệu và bản sao lưu của bot không cho biết người gửi. Lưu ý: chính nội dung (chi tiết chỉ mình anh/chị biết) vẫn có thể làm lộ người viết; và trong ít phút ngay sau khi gửi, người quản trị máy chủ xem thời điểm sửa đổi tệp cơ sở dữ liệu vẫn có thể biết lúc có góp ý được gửi (nhưng không biết ai gửi).
    • Ban Chỉ đạo nhận góp ý theo đợt vào giờ cố định trong ngày, không nhận ngay lúc anh/chị gửi.
    • { $platform } vẫn biết anh/chị đã nhắn tin với bot, và tin nhắn trên { $platform } không xóa được: bot không xóa được tin nhắn nào, còn anh/chị xóa cuộc trò chuyện trên máy mình thì chỉ mất bản trên máy đó. Nội dung soạn góp ý và mã theo dõi vẫn còn trong cuộc trò chuyện này. Nếu lo ngại điều đó, hãy góp ý trực tiếp qua hòm thư góp ý của cơ quan.
    • Bản nháp chỉ giữ trong bộ nhớ của bot: nếu bot khởi động lại hoặc sau { $minutes } phút không thao tác, bản nháp mất và anh/chị cần viết lại. Gõ lệnh khác cũng hủy bản nháp.
    • Không gửi ảnh, tệp: thông tin đi kèm ảnh có thể làm lộ người gửi.
    Hôm nay anh/chị còn gửi được { $left } góp ý.

    Bước 1/3: chọn loại (gõ số): 1. Góp ý · 2. Phản ánh · 3. Kiến nghị · 4. Khác
gopy-sent-no-delete =
    Đã gửi góp ý. Mã theo dõi của anh/chị:

    { $code }

    Hãy chép lại mã này ngay: bot chỉ hiện mã một lần và không lưu mã, nên không thể cấp lại. Dùng /theodoi { $code } để xem trạng thái và trả lời của Ban Chỉ đạo.
    Góp ý sẽ được chuyển tới Ban Chỉ đạo trong đợt chuyển tiếp sắp tới.
    Tin nhắn này và cuộc trò chuyện soạn góp ý không xóa được khỏi { $platform }. Anh/chị nên giữ kín điện thoại, không để người khác xem cuộc trò chuyện này.
theodoi-not-erased = (Tin nhắn chứa mã của anh/chị không xóa được khỏi { $platform }: hãy giữ kín cuộc trò chuyện này.)
