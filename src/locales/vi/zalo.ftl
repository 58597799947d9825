# The Zalo channel (src/platforms/zalo): what the bot says that only Zalo needs.
zalo-unsupported = Bot chưa đọc được tin nhắn này (Zalo không chuyển nội dung của nó cho bot). Đồng chí vui lòng gửi lại bằng chữ, ví dụ /trogiup để xem các lệnh.
