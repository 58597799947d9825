# Trang của /tiendo và /nhiemvu (issue 15): mỗi trang là một tin nhắn, dưới giới hạn 2.000 ký tự của Zalo.
tiendo-usage = Cách dùng: /tiendo [trang], ví dụ /tiendo 2.
tiendo-page-title = Tiến độ: { $title } — trang { $page }
tiendo-more = Trang tiếp: /tiendo { $next }
nhiemvu-usage = Cách dùng: /nhiemvu [trang], ví dụ /nhiemvu 2.
nhiemvu-page-title = { $title } — trang { $page }
nhiemvu-more = Trang tiếp: /nhiemvu { $next }
