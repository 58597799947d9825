# Lấy ý kiến dự thảo (/layykien, /ykien, /ykien_an, /tiepthu, /giaitrinh): docs/consultations.md

cmd-layykien = Lấy ý kiến dự thảo
help-layykien = /layykien — mở đợt lấy ý kiến công chức, người lao động về một dự thảo
cmd-layykien_ds = Các đợt lấy ý kiến
help-layykien_ds = /layykien_ds [số] — danh sách các đợt lấy ý kiến; kèm số: ai chưa trả lời, theo phòng
cmd-layykien_dong = Kết thúc lấy ý kiến
help-layykien_dong = /layykien_dong <số> — kết thúc sớm đợt lấy ý kiến số N
cmd-layykien_baocao = Báo cáo tổng hợp ý kiến
help-layykien_baocao = /layykien_baocao <số> — báo cáo tổng hợp, tiếp thu, giải trình ý kiến (.docx)
cmd-tiepthu = Tiếp thu ý kiến
help-tiepthu = /tiepthu <số đợt> <số ý kiến> <nội dung tiếp thu> — ghi việc tiếp thu một ý kiến
cmd-giaitrinh = Giải trình ý kiến
help-giaitrinh = /giaitrinh <số đợt> <số ý kiến> <nội dung giải trình> — ghi việc giải trình một ý kiến
cmd-ykien = Cho ý kiến dự thảo
help-ykien = /ykien [số] [đồng ý | không có ý kiến | nội dung góp ý] — cho ý kiến có ghi tên về dự thảo
cmd-ykien_an = Cho ý kiến ẩn danh
help-ykien_an = /ykien_an <số> <đồng ý | không có ý kiến | nội dung góp ý> — cho ý kiến ẩn danh về dự thảo

consult-btn-agree = Đồng ý
consult-btn-none = Không có ý kiến
consult-btn-agree-anon = Đồng ý (ẩn danh)
consult-btn-none-anon = Không có ý kiến (ẩn danh)
consult-btn-comment = Góp ý (có tên hoặc ẩn danh)
consult-draft-cut = (bản đầy đủ { $length } ký tự: gõ /ykien và số đợt để đọc)
consult-anonymous = Ý kiến ẩn danh

consult-notice =
    LẤY Ý KIẾN DỰ THẢO — đợt số { $number }
    { $title }
    Hạn cho ý kiến: hết ngày { $deadline }.

    { $draft }

    Đề nghị đồng chí cho ý kiến: chọn mục bên dưới hoặc gõ
    • /ykien { $number } đồng ý   hoặc   /ykien { $number } không có ý kiến
    • /ykien { $number } <nội dung góp ý>   (có ghi tên)
    • /ykien_an { $number } <nội dung góp ý>   (ẩn danh: không lưu đồng chí là ai)
    Mỗi người cho ý kiến một lần. Lưu ý khi trả lời ẩn danh: bộ phận soạn thảo biết ai đã trả lời (để nhắc người chưa trả lời) và ai trả lời có tên; nếu chỉ một người trả lời ẩn danh thì vẫn suy ra được.
consult-reminder =
    NHẮC: đồng chí chưa cho ý kiến về dự thảo (đợt số { $number })
    { $title }
    Hạn cho ý kiến: hết ngày { $deadline }.

    { $draft }

    Gõ /ykien { $number } đồng ý, /ykien { $number } <nội dung góp ý>, hoặc /ykien_an { $number } <nội dung> để góp ý ẩn danh.

consult-batch-header = Đợt lấy ý kiến số { $number } ({ $title }): { $count } ý kiến mới — { $agree } đồng ý, { $none } không có ý kiến, { $comments } góp ý.
consult-batch-closing = Đã kết thúc lấy ý kiến đợt số { $number } ({ $title }). Các ý kiến cuối: { $count } — { $agree } đồng ý, { $none } không có ý kiến, { $comments } góp ý. Báo cáo tổng hợp: /layykien_baocao { $number }
consult-batch-item = Ý kiến số { $n } — { $author }:
    { $text }
consult-batch-howto = Ghi việc tiếp thu hoặc giải trình từng ý kiến: /tiepthu { $number } <số ý kiến> <nội dung> hoặc /giaitrinh { $number } <số ý kiến> <nội dung>.

layykien-usage =
    Mở đợt lấy ý kiến: gõ /layykien rồi xuống dòng, ghi bốn mục:
    Tiêu đề: Dự thảo Quy chế chi tiêu nội bộ năm 2027
    Đối tượng: tất cả   (hoặc: ban chỉ đạo · công chức · phòng Văn phòng, Phòng Nghiệp vụ 1)
    Hạn: 15/12/2026
    Dự thảo: nội dung dự thảo (nhiều dòng) hoặc đường dẫn tới tệp dự thảo
layykien-missing = Còn thiếu mục: { $fields }.
layykien-field-title = Tiêu đề
layykien-field-audience = Đối tượng
layykien-field-deadline = Hạn
layykien-field-draft = Dự thảo
layykien-audience-unknown = Không có phòng: { $names }. Các phòng hiện có: { $known }.
layykien-audience-empty = Mục "Đối tượng" cần ghi: tất cả, ban chỉ đạo, công chức, hoặc phòng và tên phòng.
layykien-opened = Đã mở đợt lấy ý kiến số { $number }: { $title }. Đã gửi tới { $count } người; hạn hết ngày { $deadline }. Ý kiến được chuyển tới đồng chí theo đợt, vào giờ cố định trong ngày.
layykien-none = Chưa có đợt lấy ý kiến nào. Gõ /layykien để mở.
layykien-list-title = CÁC ĐỢT LẤY Ý KIẾN
layykien-list-line = Số { $number }. { $title } — { $status }, hạn { $deadline }: { $answered }/{ $asked } người đã trả lời
layykien-status-OPEN = đang lấy ý kiến
layykien-status-CLOSED = đã kết thúc
layykien-detail =
    Đợt lấy ý kiến số { $number }: { $title }
    { $status }, hạn hết ngày { $deadline }. Đã trả lời: { $answered }/{ $asked } người.
layykien-not-answered = Chưa trả lời:
layykien-not-answered-dept = • { $department }: { $names }
layykien-no-dept = Chưa xếp phòng
layykien-all-answered = Tất cả đã trả lời.
layykien-closed = Đã kết thúc đợt lấy ý kiến số { $number }; { $count } ý kiến cuối được chuyển kèm. Báo cáo tổng hợp: /layykien_baocao { $number }
layykien-num-usage = Cần ghi số đợt lấy ý kiến, ví dụ: { $example }
layykien-report-caption = Báo cáo tổng hợp ý kiến, đợt số { $number }: { $answered }/{ $asked } người đã trả lời; { $comments } góp ý ({ $accepted } tiếp thu, { $explained } giải trình, { $pending } chưa xử lý).
respond-usage = Gõ: /{ $command } <số đợt> <số ý kiến> <nội dung>, ví dụ /{ $command } 1 2 Đã bổ sung vào Điều 5.
respond-done = Đã ghi { $uptake } ý kiến số { $comment } (đợt { $number }).
uptake-ACCEPTED = tiếp thu
uptake-EXPLAINED = giải trình

ykien-none-open = Hiện không có đợt lấy ý kiến nào chờ đồng chí trả lời.
ykien-open-title = CÁC DỰ THẢO ĐANG CHỜ Ý KIẾN CỦA ĐỒNG CHÍ
ykien-open-line = Số { $number }. { $title } — hạn hết ngày { $deadline }
ykien-open-footer = Gõ /ykien <số> để đọc dự thảo và trả lời.
ykien-how =
    Góp ý về dự thảo số { $number }: gõ trong một tin nhắn
    /ykien { $number } <nội dung góp ý>   — có ghi tên
    /ykien_an { $number } <nội dung góp ý>   — ẩn danh
ykien-recorded = Đã ghi nhận ý kiến của đồng chí về dự thảo số { $number }. Cảm ơn đồng chí.
ykien-an-recorded = Đã ghi nhận ý kiến ẩn danh về dự thảo số { $number }. Bot chỉ ghi là đồng chí đã trả lời (để không nhắc lại), không ghi ý kiến nào là của đồng chí. Cảm ơn đồng chí.
ykien-an-recorded-no-delete = { ykien-an-recorded } Nền tảng này không cho bot xóa tin nhắn: nếu muốn, đồng chí hãy tự xóa tin nhắn vừa gửi.
ykien-an-usage =
    Ý kiến ẩn danh: gõ /ykien_an <số đợt> rồi nội dung, trong một tin nhắn, ví dụ:
    /ykien_an 1 Đề nghị bổ sung quy định về làm thêm giờ.
    Bot không lưu đồng chí là ai; ý kiến được chuyển tới bộ phận soạn thảo theo đợt, vào giờ cố định trong ngày, lẫn với các ý kiến khác.
ykien-an-private = Ý kiến ẩn danh chỉ gửi trong tin nhắn riêng với bot.

consult-audience-all = toàn thể cán bộ, công chức, người lao động
consult-audience-committee = các đồng chí thành viên Ban Chỉ đạo
consult-audience-staff = công chức, người lao động
consult-audience-departments = công chức, người lao động các phòng: { $names }

consult-report-summary = Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với { $title }
consult-report-intro = Thực hiện Quy chế dân chủ ở cơ sở, ngày { $opened }, { $agency } đã lấy ý kiến { $audience } đối với { $title } (đợt lấy ý kiến số { $number }), thời hạn cho ý kiến đến hết ngày { $deadline }. Kết quả tổng hợp như sau:
consult-report-still-open = Đợt lấy ý kiến chưa kết thúc; số liệu dưới đây tính đến ngày { $date }, gồm các ý kiến đã được chuyển tới bộ phận soạn thảo.
consult-report-part1 = I. TÌNH HÌNH LẤY Ý KIẾN
consult-report-asked = Số người được lấy ý kiến
consult-report-answered = Số người đã cho ý kiến
consult-report-share = { $count } người ({ $percent }%)
consult-report-agree = Đồng ý với dự thảo
consult-report-none = Không có ý kiến
consult-report-comments = Có ý kiến góp ý
consult-report-comments-value = { $count } ý kiến (trong đó { $anonymous } ý kiến ẩn danh)
consult-report-by-dept = Theo từng phòng:
consult-report-dept-line = { $name }: { $answered }/{ $asked } người đã cho ý kiến
consult-report-no-dept = Chưa xếp phòng
consult-report-part2 = II. TỔNG HỢP Ý KIẾN GÓP Ý VÀ VIỆC TIẾP THU, GIẢI TRÌNH (tiếp thu { $accepted } ý kiến, giải trình { $explained } ý kiến)
consult-report-col-no = STT
consult-report-col-text = Nội dung ý kiến góp ý
consult-report-col-from = Người góp ý
consult-report-col-response = Tiếp thu, giải trình
consult-report-group-accepted = 1. Ý kiến được tiếp thu ({ $count } ý kiến)
consult-report-group-explained = 2. Ý kiến được giải trình ({ $count } ý kiến)
consult-report-group-pending = 3. Ý kiến chưa tiếp thu, giải trình ({ $count } ý kiến)
consult-report-from = Đ/c { $name }
consult-report-from-dept = Đ/c { $name } ({ $department })
consult-report-from-anon = Ý kiến ẩn danh
consult-report-accepted = Tiếp thu: { $note }
consult-report-explained = Giải trình: { $note }
consult-report-pending = Chưa tiếp thu, giải trình
consult-report-no-comments = Không có ý kiến góp ý về nội dung dự thảo.
consult-report-closing = Trên đây là báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với { $title }./.
consult-report-to-committee = Ban Chỉ đạo thực hiện QCDC cơ quan
consult-report-to-staff = Công chức, người lao động (để biết)

err-consult-answer-empty = Chưa có nội dung trả lời. Gõ: /ykien <số> đồng ý, /ykien <số> không có ý kiến, hoặc /ykien <số> <nội dung góp ý>.
err-consult-answer-short = Nội dung góp ý quá ngắn. Vui lòng ghi rõ ý kiến (ít nhất vài chữ).
err-consult-answer-long = Nội dung góp ý dài { $length } ký tự, quá mức { $max } ký tự. Vui lòng rút gọn hoặc chia ý chính.
err-consult-title = Tiêu đề cần từ 5 đến { $max } ký tự và có chữ, ví dụ: Dự thảo Quy chế chi tiêu nội bộ năm 2027.
err-consult-draft-empty = Dự thảo đang trống. Vui lòng ghi nội dung dự thảo hoặc đường dẫn tới tệp dự thảo sau "Dự thảo:".
err-consult-draft-short = Nội dung dự thảo quá ngắn. Vui lòng ghi đầy đủ nội dung hoặc gửi đường dẫn tới tệp dự thảo.
err-consult-draft-long = Dự thảo dài quá { $max } ký tự. Vui lòng đưa tệp dự thảo lên nơi lưu trữ của cơ quan và ghi đường dẫn.
err-consult-draft-link = Đường dẫn dự thảo không hợp lệ. Cần dạng https://…
err-consult-note-empty = Vui lòng ghi nội dung tiếp thu hoặc giải trình (ít nhất vài chữ).
err-consult-note-long = Nội dung tiếp thu, giải trình dài quá { $max } ký tự. Vui lòng rút gọn.
err-consult-deadline-past = Hạn lấy ý kiến đã qua. Hạn phải từ hôm nay trở đi (dd/mm/yyyy). Chưa có gì được ghi.
err-consult-audience-empty = Không có ai trong đối tượng đã chọn (chưa có thành viên đang hoạt động). Chưa có gì được ghi.
err-consult-unknown = Không có đợt lấy ý kiến số { $number }.
err-consult-closed = Đợt lấy ý kiến số { $number } đã kết thúc, không nhận thêm ý kiến.
err-consult-already-answered = Đồng chí đã cho ý kiến về dự thảo số { $number } rồi; mỗi người cho ý kiến một lần. Nếu cần bổ sung, đồng chí vui lòng liên hệ bộ phận soạn thảo.
err-consult-not-recipient = Dự thảo số { $number } không được gửi lấy ý kiến đồng chí.
err-consult-comment-unknown = Đợt { $number } không có ý kiến số { $comment } (đã đánh số tới { $last }; ý kiến mới được đánh số khi chuyển theo đợt).
