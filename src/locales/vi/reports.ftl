# Báo cáo định kỳ và tự đánh giá (issue 6)

cmd-yeucau = Ghi nhận yêu cầu báo cáo của cấp trên
cmd-baocaoky = Soạn báo cáo 6 tháng, năm, chuyên đề
cmd-tudanhgia = Tự đánh giá, chấm điểm QCDC cuối năm
cmd-mauvb = Thiết lập thể thức văn bản (nơi, ký hiệu, người ký)
help-yeucau = /yeucau — danh sách yêu cầu báo cáo; /yeucau 6thang <từ ngày>-<đến ngày> han <ngày> so <số văn bản> ngay <ngày> — ghi nhận yêu cầu mới
help-baocaoky = /baocaoky [số] — xem bản nháp báo cáo, bổ sung từng mục, tạo file .docx
help-tudanhgia = /tudanhgia — bảng tự chấm điểm; /tudanhgia <mã> <điểm> <minh chứng> — đề xuất điểm; /tudanhgia duyet <mã> — Trưởng ban duyệt
help-mauvb = /mauvb — xem, sửa thể thức văn bản (nơi ban hành, ký hiệu, chức vụ, người ký)

report-kind-SIX_MONTH = Báo cáo 6 tháng
report-kind-ANNUAL = Báo cáo năm
report-kind-THEMATIC = Báo cáo chuyên đề
report-kind-with-topic = { $kind } “{ $topic }”

yeucau-list-title = Các yêu cầu báo cáo:
yeucau-line = #{ $id } { $kind }{ $topic } — kỳ { $from }–{ $to }, hạn { $deadline }, { $versions } bản đã tạo
yeucau-usage =
    Ghi nhận yêu cầu mới: /yeucau <loại> <từ ngày>-<đến ngày> han <dd/mm/yyyy> [so <số văn bản> ngay <dd/mm/yyyy>] [chude <chủ đề>]
    Loại: 6thang, nam, chuyende. Ví dụ: /yeucau 6thang { $exampleHalfFrom }-{ $exampleHalfTo } han { $exampleHalfDue } so 125-CV/BTGDVTU ngay { $exampleToday }
    Đổi hạn: /yeucau han <số> <dd/mm/yyyy> · Nơi nhận: /yeucau noinhan <số> A; B; C · Hủy: /yeucau huy <số>
yeucau-han-usage = Cách dùng: /yeucau han <số yêu cầu> <dd/mm/yyyy>, ví dụ: /yeucau han 1 { $exampleHalfDue }
yeucau-han-done = Đã đổi hạn yêu cầu #{ $id } thành { $deadline }.
yeucau-noinhan-usage = Cách dùng: /yeucau noinhan <số yêu cầu> Ban Tuyên giáo và Dân vận Tỉnh ủy; Sở Nội vụ; Lưu: VT, VP (các nơi nhận cách nhau bằng dấu ;, mỗi nơi tối đa 200 ký tự).
yeucau-noinhan-done =
    Đã cập nhật nơi nhận của yêu cầu #{ $id }:
    { $list }
yeucau-huy-done = Đã hủy yêu cầu #{ $id }.
yeucau-bad-usage = Chưa đúng cú pháp. Ví dụ: /yeucau 6thang { $exampleHalfFrom }-{ $exampleHalfTo } han { $exampleHalfDue }
yeucau-bad-no-deadline = Yêu cầu báo cáo cần có hạn nộp: thêm “han dd/mm/yyyy”, ví dụ: /yeucau 6thang { $exampleHalfFrom }-{ $exampleHalfTo } han { $exampleHalfDue }
yeucau-bad-date = Ngày chưa đúng. Vui lòng ghi ngày dạng dd/mm/yyyy, ví dụ { $exampleHalfDue }.
yeucau-bad-kind = Loại báo cáo chưa đúng. Vui lòng ghi 6thang, nam hoặc chuyende, ví dụ: /yeucau 6thang { $exampleHalfFrom }-{ $exampleHalfTo } han { $exampleHalfDue }
yeucau-bad-topic = Báo cáo chuyên đề cần có chủ đề: thêm “chude <chủ đề>” ở cuối.
yeucau-done = ✅ Đã ghi nhận yêu cầu báo cáo:
yeucau-recipients =
    Nơi nhận:
    { $list }
yeucau-next = Soạn báo cáo: /baocaoky { $id }. Đổi nơi nhận: /yeucau noinhan { $id } A; B; C
yeucau-updated = ✅ Đã cập nhật yêu cầu báo cáo #{ $id } (cùng kỳ báo cáo), thay đổi:
yeucau-unchanged = Yêu cầu báo cáo #{ $id } cùng kỳ đã được ghi nhận với đúng các thông tin này; không có gì thay đổi.
yeucau-confirm-replace = ⚠️ Yêu cầu báo cáo #{ $id } cùng kỳ đã có thông tin theo văn bản của cấp trên. Ghi nhận yêu cầu này sẽ thay đổi:
yeucau-confirm-how = Chưa thay đổi gì. Nếu đồng ý thay thế, vui lòng gửi: { $command }
yeucau-change-none = (chưa có)
yeucau-change-period = - Kỳ báo cáo: { $from } → { $to }
yeucau-change-deadline = - Hạn nộp: { $from } → { $to }
yeucau-change-docNumber = - Số văn bản: { $from } → { $to }
yeucau-change-docDate = - Ngày văn bản: { $from } → { $to }
yeucau-change-recipients = - Nơi nhận: { $from } → { $to }

mauvb-none = (chưa đặt)
mauvb-show =
    Thể thức văn bản của cơ quan:
    - Cơ quan chủ quản: { $parent }
    - Nơi ban hành: { $place }
    - Ký hiệu: Số: …/BC-{ $suffix }
    - Ký thay/thay mặt: { $authority }
    - Chức vụ người ký: { $title }
    - Người ký: { $signer }
    - Nơi nhận mặc định của báo cáo{ $own ->
        [yes] {""} (cơ quan đặt)
       *[no] {""} (mặc định của bot)
    }:
    { $recipients }
mauvb-usage =
    Sửa: /mauvb noi <địa danh> · /mauvb kyhieu <ký hiệu, ví dụ TTr> · /mauvb chucvu <chức vụ> · /mauvb nguoiky <họ tên> · /mauvb kt <KT. CHÁNH THANH TRA> · /mauvb chuquan <cơ quan chủ quản>
    Nơi nhận mặc định: /mauvb noinhan Ban Tuyên giáo và Dân vận Tỉnh ủy; Sở Nội vụ; Lưu: VT (cách nhau bằng dấu ;); trở về mặc định của bot: /mauvb noinhan xoa
    Gõ “xoa” thay cho giá trị để xóa người ký, dòng KT./TM. hoặc cơ quan chủ quản.
mauvb-noinhan-usage = Cách dùng: /mauvb noinhan <nơi nhận 1>; <nơi nhận 2>; … (tối đa 20 nơi, mỗi nơi tối đa 200 ký tự), hoặc /mauvb noinhan xoa để dùng lại nơi nhận mặc định của bot.

baocaoky-choose = Chọn yêu cầu báo cáo cần soạn ({ $buttons ->
        [yes] bấm nút hoặc gõ
       *[no] gõ
    } /baocaoky <số>):
baocaoky-usage = Cách dùng: /baocaoky <số yêu cầu> [taofile | bosung <mã mục> <nội dung>]. Xem danh sách: /baocaoky
baocaoky-bosung-usage = Cách dùng: /baocaoky <số> bosung <mã mục> <nội dung>, ví dụ: /baocaoky 1 bosung 2.1 Đã tổ chức hội nghị CC, NLĐ.
baocaoky-btn-add = Bổ sung
baocaoky-btn-gen = Tạo file .docx
baocaoky-after-preview = Trên đây là bản nháp báo cáo #{ $id }. Phần Đánh giá chung được dự thảo từ số liệu, cần xem lại trước khi trình ký; viết lại từng phần bằng /baocaoky { $id } bosung uudiem|hanche|nguyennhan <nội dung>. Bổ sung nội dung cho từng mục (/baocaoky { $id } bosung <mã mục> <nội dung>) hoặc tạo file (/baocaoky { $id } taofile).
baocaoky-doc-caption = Báo cáo, bản { $version }: { $done } nhiệm vụ hoàn thành, { $progress } đang thực hiện, { $overdue } quá hạn; { $meetings } cuộc họp; { $reports } báo cáo tiến độ trong kỳ.
baocaoky-bosung-done = Đã lưu nội dung bổ sung cho mục { $code }. Tạo lại file: /baocaoky { $id } taofile
baocaoky-bosung-removed = Đã xóa nội dung bổ sung của mục { $code }.
baocaoky-ask-section = Gõ mã mục cần bổ sung:
baocaoky-bad-section = Mã mục chưa đúng. Vui lòng gõ một trong các mã: { $codes }
baocaoky-ask-text = Gõ nội dung bổ sung cho mục { $code } (một hoặc nhiều đoạn):
baocaoky-bad-text = Nội dung bổ sung cần dài 3–3000 ký tự. Vui lòng gõ lại.
baocaoky-assessment-attached = Phụ lục kèm theo báo cáo: bảng tự đánh giá thực hiện QCDC năm { $year }.

tudanhgia-title = Tự đánh giá thực hiện QCDC năm { $year }:
tudanhgia-line = { $code }. { $title } — tối đa { $max }; đề xuất { $proposed }; duyệt { $confirmed }
tudanhgia-total = Tổng điểm đã duyệt: { $total }/{ $max }. Xếp loại: { $band }
tudanhgia-no-band = chưa xếp loại (còn tiêu chí chưa duyệt)
tudanhgia-usage =
    Đề xuất điểm: /tudanhgia <mã> <điểm> <minh chứng>, ví dụ: /tudanhgia 1 18 Kế hoạch số 05-KH/TTr
    Trưởng ban duyệt: /tudanhgia duyet <mã> [điểm] · Xuất file: /tudanhgia xuat
tudanhgia-proposed = Đã ghi điểm đề xuất { $score } cho tiêu chí { $code }; chờ Trưởng ban duyệt.
tudanhgia-confirmed = Đã duyệt điểm tiêu chí { $code }.
tudanhgia-doc-caption = Bảng tự đánh giá: { $total }/{ $max } điểm, xếp loại: { $band }.

err-report-period-order = Kỳ báo cáo chưa đúng: ngày bắt đầu phải trước ngày kết thúc.
err-report-deadline-past = Hạn nộp đã qua. Vui lòng ghi một ngày từ hôm nay trở đi.
err-report-topic-missing = Báo cáo chuyên đề cần có chủ đề.
err-report-recipients-too-many = Tối đa { $max } nơi nhận.
err-report-recipients-empty = Cần ít nhất một nơi nhận.
err-report-recipient-too-long = Mỗi nơi nhận tối đa { $max } ký tự.
err-report-request-unknown = Không tìm thấy yêu cầu báo cáo #{ $id }. Xem danh sách: /yeucau
err-report-section-unknown = Không có mục “{ $code }” trong báo cáo này.
err-report-supplement-long = Nội dung bổ sung tối đa { $max } ký tự.
err-assess-evidence-long = Minh chứng tối đa { $max } ký tự.
err-assess-head-only = Chỉ Trưởng ban duyệt điểm tự đánh giá.
err-assess-not-proposed = Tiêu chí { $code } chưa có điểm đề xuất để duyệt.
err-assess-score-nan = Điểm phải là một số, ví dụ 18 hoặc 7,5.
err-assess-score-range = Điểm phải từ 0 đến { $max } (điểm tối đa của tiêu chí này).
err-assess-score-step = Điểm chấm theo bước 0,5 (ví dụ 7 hoặc 7,5).
err-assess-criterion-unknown = Không có tiêu chí “{ $code }”. Các mã tiêu chí: { $codes }
