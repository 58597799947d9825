## Một người trên nhiều nền tảng, lời mời cho cả Telegram và Zalo, tin gửi nhóm (docs/linking.md)

moi-invite =
    ✅ Đã tạo lời mời vai trò { $role }, dùng một lần, hết hạn ngày { $expires }.
    Mã mời: { $code }

    Người được mời tham gia theo một trong hai cách:
    • Trên Telegram: { $telegram }
    • Trên Zalo: { $zalo }
moi-telegram-link = bấm liên kết { $link } (hoặc mở bot và gửi: /start { $code })
moi-telegram-typed = mở bot trên Telegram và gửi: /start { $code }
moi-zalo-link = mở bot tại { $link } (hoặc quét mã QR của bot), rồi gửi mã { $code } (hoặc /start { $code })
moi-zalo-typed = mở bot từ liên kết chia sẻ hoặc mã QR của cơ quan (người quản trị bot lấy trong Zalo Bot Creator, mục “Chia sẻ”), rồi gửi mã { $code } (hoặc /start { $code })

## /lienket
cmd-lienket = Liên kết tài khoản Telegram và Zalo
help-lienket = /lienket — dùng một hồ sơ thành viên trên cả Telegram và Zalo: lấy mã rồi gửi mã từ nền tảng kia; xem, gỡ tài khoản, chọn nơi nhận tin riêng
lienket-status-title = Tài khoản gắn với hồ sơ của đồng chí { $name }:
lienket-identity-line = - { $platform }{ $current ->
        [yes] {" "}(tài khoản đang nhắn)
       *[no] {""}
    }: liên kết ngày { $linked }, lần gần nhất chuyển sang dùng: { $seen }
lienket-notices = Tin nhắn riêng của bot gửi tới: { $platform } ({ $why }).
lienket-why-chosen = theo lựa chọn của đồng chí
lienket-why-last = nơi đồng chí nhắn gần nhất
lienket-code =
    Mã liên kết: { $code } (dùng một lần, hết hạn lúc { $expires }).
    Từ tài khoản { $other } của đồng chí, mở cuộc trò chuyện với bot và gửi: /lienket { $code } (hoặc chỉ gửi mã { $code }).
lienket-zalo-link = Bot trên Zalo: { $link }
lienket-zalo-typed = Trên Zalo, mở bot từ liên kết chia sẻ hoặc mã QR của cơ quan.
lienket-all-linked = Hồ sơ của đồng chí đã liên kết cả Telegram và Zalo.
lienket-how =
    Cách dùng:
    /lienket — xem tài khoản và lấy mã liên kết
    /lienket <mã> — gửi từ nền tảng kia để liên kết
    /lienket go zalo — gỡ tài khoản Zalo (hoặc: /lienket go telegram)
    /lienket uutien zalo — nhận tin riêng trên Zalo (telegram; gannhat = nơi nhắn gần nhất)
lienket-usage = Chưa rõ yêu cầu.
lienket-not-member = Tài khoản này chưa thuộc cơ quan nào. Để liên kết, hãy gõ /lienket trên tài khoản đã tham gia để lấy mã, rồi gửi mã đó tại đây. Nếu anh/chị được mời tham gia, hãy gửi mã mời.
lienket-done = ✅ Đã liên kết tài khoản { $platform } với hồ sơ của đồng chí { $name } ({ $agency }). Từ nay đồng chí dùng bot được trên cả hai nền tảng; tin nhắn riêng gửi tới nơi đồng chí nhắn gần nhất (đổi bằng /lienket uutien).
lienket-removed = ✅ Đã gỡ tài khoản { $platform } khỏi hồ sơ.
lienket-preferred = ✅ Từ nay tin nhắn riêng gửi tới { $platform }.
lienket-preferred-last = ✅ Từ nay tin nhắn riêng gửi tới nơi đồng chí nhắn gần nhất.
err-link-code-unknown = Mã liên kết không đúng. Vui lòng kiểm tra lại, hoặc gõ /lienket trên tài khoản đã tham gia để lấy mã mới.
err-link-code-used = Mã liên kết này đã được dùng. Mỗi mã chỉ dùng một lần; gõ /lienket trên tài khoản đã tham gia để lấy mã mới.
err-link-code-expired = Mã liên kết đã hết hạn (mỗi mã chỉ có hiệu lực { $minutes } phút). Gõ /lienket trên tài khoản đã tham gia để lấy mã mới.
err-link-already = Tài khoản này đã gắn với hồ sơ của đồng chí rồi, không cần liên kết lại.
err-link-same-platform = Mã này được lấy trên { $platform }; vui lòng gửi mã từ tài khoản trên nền tảng còn lại.
err-link-platform-taken = Hồ sơ của đồng chí đã có một tài khoản { $platform }. Muốn thay, hãy gỡ tài khoản cũ trước (gõ /lienket để xem cách gỡ).
err-link-other-member = Tài khoản này đã gắn với một hồ sơ thành viên khác của cơ quan nên không thể liên kết. Vui lòng liên hệ Thư ký.
err-identity-remove-current = Không thể gỡ tài khoản { $platform } mà đồng chí đang dùng để nhắn. Vui lòng gửi lệnh gỡ từ tài khoản còn lại.
err-identity-none = Hồ sơ của đồng chí chưa có tài khoản { $platform }.

## /caidat: tin gửi nhóm
caidat-group-posts-groups = - Tin gửi nhóm: vào các nhóm đã kết nối  (/caidat tinnhom rieng: gửi riêng cho từng thành viên Ban Chỉ đạo)
caidat-group-posts-private = - Tin gửi nhóm: gửi riêng cho từng thành viên Ban Chỉ đạo  (/caidat tinnhom nhom: gửi vào nhóm)
caidat-usage-group-posts = {"    "}/caidat tinnhom rieng — tin gửi nhóm chuyển riêng cho từng thành viên Ban Chỉ đạo (khi bot Zalo không vào được nhóm); /caidat tinnhom nhom — gửi lại vào nhóm
