# Download links (docs/files.md): files and pictures on platforms without documents.
files-link-unavailable = Chưa gửi được tệp { $name } qua kênh này: máy chủ của bot chưa có địa chỉ công khai (PUBLIC_URL) để tải tệp. Đồng chí vui lòng báo quản trị viên hệ thống, hoặc nhận tệp qua Telegram nếu đồng chí dùng được Telegram.
