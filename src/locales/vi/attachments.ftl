# Files attached to documents and consultation drafts (docs/documents.md, "Attached files")
cmd-layykien_tep = Gửi tệp dự thảo
help-layykien_tep = /layykien_tep <số> — gửi tệp dự thảo (.pdf, .docx…) của đợt lấy ý kiến số N: gửi tệp kèm chú thích này
attach-usage-document = Cách gửi tệp văn bản: gửi tệp (.pdf, .docx…, tối đa 10 MB) kèm chú thích /vanban tep <số văn bản>, ví dụ /vanban tep 3.
attach-usage-consultation = Cách gửi tệp dự thảo: gửi tệp (.pdf, .docx…, tối đa 10 MB) kèm chú thích /layykien_tep <số đợt>, ví dụ /layykien_tep 2.
attach-usage-link = Cách ghi đường link của văn bản: /vanban link <số văn bản> <https://…>, ví dụ /vanban link 3 https://thuvienphapluat.vn/…
attach-how = Chưa nhận được tệp. Đồng chí gửi tệp (.pdf, .docx, .xlsx…, tối đa 10 MB) và ghi { $command } vào phần chú thích của tệp.
attach-unsupported-document =
    Zalo chưa cho phép gửi tệp cho bot, nên không đính kèm tệp được qua kênh này.
    Đồng chí đưa tệp lên nơi lưu trữ của cơ quan (cổng thông tin, Google Drive…) rồi ghi đường link: /vanban link { $id } https://…
attach-unsupported-consultation =
    Zalo chưa cho phép gửi tệp cho bot, nên không đính kèm tệp được qua kênh này.
    Đồng chí đưa tệp dự thảo lên nơi lưu trữ của cơ quan rồi ghi đường link ngay sau "Dự thảo:" khi mở đợt lấy ý kiến (/layykien), hoặc gửi tệp qua Telegram: /layykien_tep { $id }
attach-done-document = ✅ Đã đính kèm tệp { $name } ({ $size }) vào văn bản. Người nhận xem tệp bằng lệnh /quantriet tep <số>; đã báo cho { $notified } người đã nhận văn bản.
attach-done-consultation = ✅ Đã đính kèm tệp dự thảo { $name } ({ $size }). Người được lấy ý kiến nhận tệp khi gõ /ykien <số>; đã báo cho { $notified } người.
attach-link-done = ✅ Đã ghi đường link của văn bản số { $id }: { $link }
attach-none-document = Văn bản số { $id } không có tệp đính kèm.
attachment-notice-document = 📎 Văn bản số { $id } có tệp đính kèm: { $name }. Nhận tệp: /quantriet tep { $id }
attachment-notice-consultation = 📎 Dự thảo của đợt lấy ý kiến số { $number } có tệp đính kèm: { $name }. Nhận tệp và xem dự thảo: /ykien { $number }
attachment-notice-in-document = 📎 Có tệp đính kèm: /quantriet tep { $id }
err-attachment-not-sent-to-you = Văn bản số { $id } không được gửi đến đồng chí. Xem văn bản của mình ở /quantriet.
err-attachment-empty = Tệp đang trống, không đính kèm được.
err-attachment-too-big = Tệp lớn hơn { $max } MB, không đính kèm được. Đồng chí nén tệp, tách tệp, hoặc đưa lên nơi lưu trữ của cơ quan và ghi đường link.
err-attachment-bad-type = Chỉ nhận tệp { $types }. Tệp này không đúng loại (hoặc phần mở rộng không khớp với nội dung tệp).
