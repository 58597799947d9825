# Lịch nhắc việc, gửi tin, cài đặt, ngày nghỉ (issue 5)

sender-member-unreachable = Bot không gửi được tin nhắn riêng cho { $name } ({ $position }): người này đã chặn bot hoặc xóa tài khoản Telegram. Các nhắc việc sẽ không đến được cho đến khi họ nhắn lại cho bot.
