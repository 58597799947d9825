# Biểu quyết, lấy phiếu (docs/votes.md) và gương điển hình tiên tiến.

cmd-bieuquyet = Biểu quyết, lấy phiếu (công khai hoặc kín)
help-bieuquyet = /bieuquyet — các cuộc biểu quyết đang chờ đồng chí; /bieuquyet <số> <lựa chọn> — bỏ phiếu (ví dụ /bieuquyet 3 1); /bieuquyet ketqua <số> — kết quả sau khi kết thúc; Trưởng ban, Thư ký: /bieuquyet moi, /bieuquyet dong <số>, /bieuquyet ds
cmd-guongdienhinh = Đề cử, xét công nhận gương điển hình tiên tiến
help-guongdienhinh = /guongdienhinh — đợt xét gương điển hình tiên tiến năm nay và tiêu chí; /guongdienhinh decu <#số thành viên> <lý do> — đề cử; Thư ký: mo, bophieu, congbo; Trưởng ban: congnhan

vote-ballot-secret = bỏ phiếu kín
vote-ballot-open = biểu quyết công khai
vote-header = Biểu quyết số { $number } ({ $ballot }, hạn { $deadline }):
    { $question }
vote-notice-how = Đồng chí chọn một phương án bên dưới, hoặc gõ /bieuquyet { $number } <số phương án>. Kết quả chỉ được công bố sau khi kết thúc biểu quyết.
vote-secret-note = Phiếu kín: bot chỉ ghi nhận đồng chí đã bỏ phiếu và cộng phiếu vào phương án đã chọn, không lưu ai chọn phương án nào.
vote-cast-secret = Đã ghi nhận phiếu của đồng chí cho biểu quyết số { $number }. Kết quả được công bố sau khi kết thúc.
vote-cast-open = Đã ghi nhận: đồng chí chọn “{ $label }” cho biểu quyết số { $number }. Kết quả được công bố sau khi kết thúc.
vote-none-open = Hiện không có cuộc biểu quyết nào đang chờ đồng chí.
vote-list-title = Các cuộc biểu quyết đang mở ({ $count }):
vote-you-voted = Đồng chí đã bỏ phiếu.
vote-manager-hint = Mở biểu quyết: /bieuquyet moi <đối tượng> | <kín hoặc công khai> | <hạn dd/mm/yyyy HH:mm> | <câu hỏi> [| <phương án 1>; <phương án 2>; …]
    Đối tượng: ban chỉ đạo, công chức, tất cả, hoặc phòng <tên phòng>, … Không ghi phương án: tán thành / không tán thành / không biểu quyết.
    Xem: /bieuquyet ds · Kết thúc sớm: /bieuquyet dong <số>
vote-usage = Chưa rõ yêu cầu. Gõ /bieuquyet để xem các cuộc biểu quyết đang mở, hoặc /bieuquyet <số> <số phương án> để bỏ phiếu (ví dụ /bieuquyet 3 1).
vote-usage-moi = Cú pháp: /bieuquyet moi <đối tượng> | <kín hoặc công khai> | <hạn dd/mm/yyyy HH:mm> | <câu hỏi> [| <phương án 1>; <phương án 2>]
    Ví dụ: /bieuquyet moi ban chỉ đạo | kín | 10/03/2026 17:00 | Thông qua dự thảo Quy chế chi tiêu nội bộ năm 2026
vote-bad-ballot = Hình thức chưa đúng: gõ “kín” (bỏ phiếu kín) hoặc “công khai”.
vote-bad-deadline = Hạn chưa đúng: gõ ngày dd/mm/yyyy và giờ HH:mm (ví dụ 10/03/2026 17:00); chỉ ghi ngày thì hạn là 17:00.
vote-bad-audience = Đối tượng chưa đúng: gõ “ban chỉ đạo”, “công chức”, “tất cả” hoặc “phòng <tên phòng>”.
vote-unknown-department = Không có phòng: { $names }. Đối tượng chưa đúng: gõ “ban chỉ đạo”, “công chức”, “tất cả” hoặc “phòng <tên phòng>”.
vote-opened = Đã mở biểu quyết số { $number } cho { $voters } người; bot đã xếp lịch gửi phiếu đến từng người.
vote-usage-ketqua = Cú pháp: /bieuquyet ketqua <số>
vote-usage-dong = Cú pháp: /bieuquyet dong <số>
vote-closed-done = Đã kết thúc biểu quyết số { $number }; kết quả đã được xếp lịch đăng lên nhóm.
vote-recent-title = Các cuộc biểu quyết gần đây:
vote-recent-line = Số { $number }: { $question } — { $status }, đã bỏ phiếu { $voted }/{ $eligible }
vote-status-open = đang mở đến { $deadline }
vote-status-closed = đã kết thúc
vote-recent-none = Chưa có cuộc biểu quyết nào.
vote-result-title = Kết quả biểu quyết số { $number } ({ $ballot }):
    { $question }
vote-result-line = • { $label }: { $count } phiếu
vote-result-turnout = Đã bỏ phiếu { $voted }/{ $eligible } người; kết thúc lúc { $closed }.
vote-result-winner = Phương án được nhiều phiếu nhất: { $label }.
vote-result-tie = Không có phương án nào được nhiều phiếu hơn các phương án khác.
vote-result-named = Biểu quyết công khai, từng người đã chọn:
vote-result-named-line = • { $name }: { $label }
vote-result-did-not-vote = không bỏ phiếu

err-vote-bad-question = Câu hỏi biểu quyết cần có chữ, tối đa { $max } ký tự.
err-vote-past-deadline = Hạn biểu quyết đã qua hoặc quá gần: chọn một thời điểm sau ít nhất 10 phút nữa.
err-vote-bad-choice-label = Mỗi phương án cần có chữ, tối đa { $max } ký tự.
err-vote-bad-choices = Cần từ { $min } đến { $max } phương án, cách nhau bằng dấu chấm phẩy (;).
err-vote-duplicate-choices = Có hai phương án trùng nhau; mỗi phương án phải khác nhau.
err-vote-managers-only = Chỉ Trưởng ban và Thư ký mở, kết thúc biểu quyết.
err-vote-empty-audience = Đối tượng này chưa có ai trong danh sách thành viên; không mở được biểu quyết.
err-vote-not-found = Không có biểu quyết số { $number }.
err-vote-closed = Biểu quyết số { $number } đã kết thúc; phiếu không được ghi nhận.
err-vote-bad-choice = Biểu quyết số { $number } chỉ có các phương án từ 1 đến { $max }; gõ /bieuquyet { $number } <số phương án>.
err-vote-not-eligible = Đồng chí không thuộc đối tượng của biểu quyết số { $number }; phiếu không được ghi nhận.
err-vote-already = Đồng chí đã bỏ phiếu cho biểu quyết số { $number }; mỗi người chỉ bỏ một phiếu.
err-vote-already-closed = Biểu quyết số { $number } đã kết thúc trước đó.
err-vote-not-over = Biểu quyết số { $number } chưa kết thúc; kết quả chỉ được công bố sau khi kết thúc.

exemplary-title = Xét công nhận gương điển hình tiên tiến trong thực hiện Quy chế dân chủ ở cơ sở năm { $year }
exemplary-status-NOMINATING = Đang nhận đề cử đến { $closes }.
exemplary-status-VOTING = Đã hết hạn đề cử; Ban Chỉ đạo đang biểu quyết từng người được đề cử.
exemplary-status-DECIDED = Trưởng ban đã quyết định công nhận.
exemplary-criteria-title = Tiêu chí ({ $title }):
exemplary-criteria-line = { $code }. { $title }
exemplary-criteria-source = Nguồn: { $source }
exemplary-criteria-unverified = Lưu ý: lời văn các tiêu chí chưa được đối chiếu với bản Hướng dẫn cơ quan lưu giữ.
exemplary-nominees-title = Người được đề cử ({ $count }):
exemplary-nominee-line = #{ $id } { $name } ({ $position }) — { $count } lượt đề cử{ $vote }{ $decision }
exemplary-nominee-vote = , biểu quyết số { $number }
exemplary-nominee-recognised = , được công nhận
exemplary-nominee-not-recognised = , không được công nhận
exemplary-reason-line = ‣ { $nominator }: { $text }
exemplary-no-nominees-yet = Chưa có ai được đề cử.
exemplary-how-nominate = Đề cử: /guongdienhinh decu <#số thành viên> <lý do> (không tự đề cử; mỗi người đề cử một người một lần). Danh sách thành viên: /guongdienhinh decu
exemplary-manager-hint = Thư ký, Trưởng ban: /guongdienhinh mo <dd/mm/yyyy> (mở nhận đề cử) · /guongdienhinh bophieu <kín hoặc công khai> <dd/mm/yyyy> [HH:mm] (Ban Chỉ đạo biểu quyết) · /guongdienhinh congbo (đăng lên nhóm). Trưởng ban: /guongdienhinh congnhan <#số> [#số …] hoặc congnhan khong
exemplary-none = Năm nay chưa mở đợt xét gương điển hình tiên tiến.
exemplary-usage = Chưa rõ yêu cầu. Gõ /guongdienhinh để xem đợt xét và cách đề cử.
exemplary-usage-mo = Cú pháp: /guongdienhinh mo <hạn nhận đề cử dd/mm/yyyy>
exemplary-usage-decu = Cú pháp: /guongdienhinh decu <#số thành viên> <lý do đề cử>
exemplary-members-title = Thành viên có thể đề cử (gõ số sau dấu #):
exemplary-member-line = #{ $id } { $name } ({ $position })
exemplary-usage-bophieu = Cú pháp: /guongdienhinh bophieu <kín hoặc công khai> <dd/mm/yyyy> [HH:mm]
exemplary-usage-congnhan = Cú pháp: /guongdienhinh congnhan <#số thành viên> [#số …], hoặc /guongdienhinh congnhan khong nếu không công nhận ai.
exemplary-opened = Đã mở nhận đề cử gương điển hình tiên tiến năm { $year } đến { $closes }.
exemplary-opened-group = Ban Chỉ đạo mở đợt đề cử gương điển hình tiên tiến trong thực hiện Quy chế dân chủ ở cơ sở năm { $year }, nhận đề cử đến ngày { $closes }. Mọi thành viên đề cử bằng lệnh /guongdienhinh (nhắn riêng cho bot).
exemplary-nominated = Đã ghi nhận đề cử đồng chí { $name }. Cảm ơn đồng chí.
exemplary-voting-started = Đã mở { $count } cuộc biểu quyết của Ban Chỉ đạo, mỗi người được đề cử một cuộc.
exemplary-vote-question = Đề nghị công nhận đồng chí { $name } ({ $position }) là gương điển hình tiên tiến trong thực hiện Quy chế dân chủ ở cơ sở năm { $year }?
exemplary-decided = Đã ghi quyết định của Trưởng ban: công nhận { $count } người.
exemplary-announced = Đã xếp lịch đăng danh sách lên nhóm.
exemplary-announce-no-group = Cơ quan chưa gắn nhóm, hoặc danh sách đã được đăng trước đó.
exemplary-announce-title = Trưởng ban quyết định công nhận { $count } gương điển hình tiên tiến trong thực hiện Quy chế dân chủ ở cơ sở năm { $year }:
exemplary-announce-line = • Đồng chí { $name }, { $position }

err-exemplary-past-deadline = Hạn nhận đề cử phải sau hôm nay.
err-exemplary-round-exists = Đợt xét gương điển hình tiên tiến năm { $year } đã được mở.
err-exemplary-no-round = Năm { $year } chưa mở đợt xét gương điển hình tiên tiến.
err-exemplary-bad-reasons = Lý do đề cử cần ít nhất 10 ký tự, tối đa { $max } ký tự.
err-exemplary-self = Đồng chí không tự đề cử mình.
err-exemplary-not-nominating = Đợt xét hiện không nhận đề cử (chưa mở, đã hết hạn hoặc đã chuyển sang biểu quyết).
err-exemplary-unknown-member = Không có thành viên #{ $id } trong cơ quan.
err-exemplary-already-nominated = Đồng chí đã đề cử đồng chí { $name }; mỗi người đề cử một người một lần.
err-exemplary-no-nominees = Chưa có ai được đề cử; chưa thể biểu quyết.
err-exemplary-head-only = Chỉ Trưởng ban quyết định công nhận gương điển hình tiên tiến.
err-exemplary-not-voting = Đợt xét chưa qua bước biểu quyết, hoặc đã có quyết định.
err-exemplary-votes-open = Biểu quyết số { $number } chưa kết thúc; chờ kết quả rồi mới quyết định.
err-exemplary-not-nominee = Thành viên #{ $id } không có trong danh sách được đề cử.
err-exemplary-not-decided = Trưởng ban chưa quyết định công nhận.
