# The chat layer: what every platform shows when it has to do without buttons or documents.
chat-typed-header = Chọn bằng cách gõ:
chat-file-link = Tải tệp { $name } tại: { $url }
  (liên kết dùng được nhiều lần và hết hạn sau 7 ngày)
chat-file-unavailable = Chưa gửi được tệp { $name } qua kênh này: máy chủ của bot chưa có địa chỉ công khai để tải tệp. Đồng chí vui lòng báo quản trị viên đặt PUBLIC_URL, hoặc nhận tệp qua Telegram.
