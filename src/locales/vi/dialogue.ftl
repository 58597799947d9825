# Đối thoại của người đứng đầu với công chức, người lao động (/doithoai, /hoi, /hoi_an, /hoi_xem, /giaidap): docs/dialogue.md

cmd-doithoai = Hội nghị đối thoại
help-doithoai = /doithoai [số] — các cuộc đối thoại của cơ quan; với số: thời gian, địa điểm và cách đặt câu hỏi
cmd-doithoai_moi = Tổ chức đối thoại
help-doithoai_moi = /doithoai_moi — lên lịch và thông báo một cuộc đối thoại với công chức, người lao động
cmd-doithoai_dong = Kết thúc nhận câu hỏi
help-doithoai_dong = /doithoai_dong <số> <số người dự> — kết thúc nhận câu hỏi, ghi số người tham dự
cmd-doithoai_bienban = Biên bản đối thoại
help-doithoai_bienban = /doithoai_bienban <số> — biên bản hội nghị đối thoại (.docx)
cmd-hoi = Đặt câu hỏi đối thoại
help-hoi = /hoi <số> <câu hỏi> — gửi câu hỏi có ghi tên tới cuộc đối thoại
cmd-hoi_an = Đặt câu hỏi ẩn danh
help-hoi_an = /hoi_an <số> <câu hỏi> — gửi câu hỏi ẩn danh tới cuộc đối thoại (nhận mã để xem trả lời)
cmd-hoi_xem = Xem trả lời câu hỏi ẩn danh
help-hoi_xem = /hoi_xem <mã> — xem trả lời câu hỏi ẩn danh bằng mã đã nhận
cmd-giaidap = Trả lời câu hỏi đối thoại
help-giaidap = /giaidap <số> <câu> <nội dung> — ghi trả lời; /giaidap <số> <câu> giao — giao thành nhiệm vụ

dialogue-anonymous = Câu hỏi ẩn danh
dialogue-btn-how = Cách đặt câu hỏi
dialogue-notice =
    THÔNG BÁO HỘI NGHỊ ĐỐI THOẠI — số { $number }
    Nội dung: { $topic }
    Thời gian: { $when }
    Địa điểm: { $place }

    Đồng chí có thể gửi câu hỏi, kiến nghị trước và trong buổi đối thoại:
    • /hoi { $number } <câu hỏi>   (có ghi tên; đồng chí sẽ nhận được trả lời)
    • /hoi_an { $number } <câu hỏi>   (ẩn danh: không lưu đồng chí là ai; đồng chí nhận một mã để xem trả lời bằng /hoi_xem)

dialogue-batch-header = Hội nghị đối thoại số { $number } ({ $topic }): { $count } câu hỏi mới.
dialogue-batch-closing = Đã kết thúc nhận câu hỏi cho hội nghị đối thoại số { $number } ({ $topic }). Các câu hỏi cuối: { $count }. Biên bản: /doithoai_bienban { $number }
dialogue-batch-item = Câu hỏi số { $n } — { $author }:
    { $text }
dialogue-batch-howto = Ghi trả lời: /giaidap { $number } <số câu hỏi> <nội dung>; câu hỏi cần thêm thời gian: /giaidap { $number } <số câu hỏi> giao. Danh sách: /doithoai { $number }

dialogue-task-description = Câu hỏi số { $question } tại hội nghị đối thoại số { $number } ({ $topic }).
dialogue-task-default-note = Nội dung này cần thêm thời gian nghiên cứu, sẽ trả lời sau khi có kết quả.
dialogue-task-answer = { $note } Đã giao nhiệm vụ số { $task } cho đồng chí { $names }, hạn hoàn thành { $due }.
dialogue-answer-notice =
    TRẢ LỜI CÂU HỎI — hội nghị đối thoại số { $number } ({ $topic })
    Câu hỏi của đồng chí: { $question }

    Trả lời: { $answer }

dialogue-minutes-summary = Hội nghị đối thoại giữa người đứng đầu cơ quan với công chức, người lao động
dialogue-minutes-part1 = I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
dialogue-minutes-clock = { $hour } giờ { $minute } phút
dialogue-minutes-time = Thời gian: bắt đầu lúc { $time }, ngày { $date }.
dialogue-minutes-place = Địa điểm: { $place }.
dialogue-minutes-chair = Chủ trì: đồng chí { $name }, { $position }.
dialogue-minutes-secretary = Thư ký: đồng chí { $name }.
dialogue-minutes-participants = Thành phần: công chức, người lao động của cơ quan; số người tham dự: { $participants } người (thông báo mời gửi tới { $invited } người).
dialogue-minutes-invited = Thành phần: công chức, người lao động của cơ quan (thông báo mời gửi tới { $invited } người).
dialogue-minutes-part2 = II. NỘI DUNG ĐỐI THOẠI
dialogue-minutes-topic = Nội dung: { $topic }.
dialogue-minutes-figures = Tổng số câu hỏi, kiến nghị: { $questions } (trong đó { $anonymous } câu hỏi ẩn danh); đã trả lời: { $answered }; giao thành nhiệm vụ để giải quyết: { $tasks }. Nội dung câu hỏi và trả lời như sau:
dialogue-minutes-still-open = (Biên bản lập ngày { $date }, khi hội nghị chưa kết thúc nhận câu hỏi; các số liệu có thể thay đổi.)
dialogue-minutes-col-no = STT
dialogue-minutes-col-question = Câu hỏi, kiến nghị
dialogue-minutes-col-from = Người hỏi
dialogue-minutes-col-answer = Nội dung trả lời
dialogue-minutes-from = Đ/c { $name }
dialogue-minutes-from-dept = Đ/c { $name } ({ $department })
dialogue-minutes-from-anon = Câu hỏi ẩn danh
dialogue-minutes-not-answered = Chưa trả lời
dialogue-minutes-no-questions = Hội nghị không nhận được câu hỏi, kiến nghị nào.
dialogue-minutes-part3 = III. CÁC NỘI DUNG GIAO THỰC HIỆN
dialogue-minutes-task-line = - Câu hỏi số { $question } ({ $text }): giao nhiệm vụ số { $task } cho đồng chí { $names }, hạn hoàn thành { $due }.
dialogue-minutes-no-tasks = Không có nội dung giao thực hiện sau hội nghị.
dialogue-minutes-closing = Hội nghị kết thúc cùng ngày. Biên bản đã được thông qua tại hội nghị./.
dialogue-minutes-closing-at = Hội nghị kết thúc lúc { $time } cùng ngày. Biên bản đã được thông qua tại hội nghị./.
dialogue-minutes-sign-secretary = Thư ký
dialogue-minutes-sign-chair = Chủ trì

doithoai-moi-usage =
    Tổ chức hội nghị đối thoại: gõ /doithoai_moi rồi xuống dòng, ghi bốn mục:
    Chủ đề: Chế độ, chính sách đối với công chức, người lao động năm 2027
    Thời gian: 15/12/2026 14:00
    Địa điểm: Hội trường tầng 3
    Đối tượng: tất cả   (hoặc: công chức · ban chỉ đạo · phòng Văn phòng, Phòng Nghiệp vụ 1)
doithoai-field-topic = Chủ đề
doithoai-field-when = Thời gian
doithoai-field-place = Địa điểm
doithoai-field-audience = Đối tượng
doithoai-missing = Còn thiếu: { $fields }.
doithoai-audience-unknown = Không có phòng: { $names }. Các phòng hiện có: { $known }.
doithoai-audience-empty = Vui lòng ghi đối tượng: tất cả, công chức, ban chỉ đạo, hoặc tên phòng.
doithoai-bad-when = Thời gian “{ $text }” chưa đúng. Vui lòng ghi ngày và giờ, ví dụ: 15/12/2026 14:00.
doithoai-date-nonexistent = Ngày { $text } không có trên lịch. Vui lòng kiểm tra và nhập lại (dd/mm/yyyy).
doithoai-scheduled = ✅ Đã lên lịch hội nghị đối thoại số { $number }: { $topic }, { $when }, tại { $place }. Đã gửi thông báo tới { $count } người. Câu hỏi gửi trước được chuyển tới đồng chí theo đợt và khi hội nghị bắt đầu.
doithoai-dong-usage = Gõ: /doithoai_dong <số đối thoại> <số người tham dự>, ví dụ: /doithoai_dong 1 45
doithoai-closed = Đã kết thúc nhận câu hỏi cho hội nghị đối thoại số { $number } ({ $participants } người tham dự). Chuyển thêm { $count } câu hỏi; tổng cộng { $total } câu hỏi. Trả lời từng câu: /doithoai { $number }
doithoai-bienban-usage = Gõ: /doithoai_bienban <số đối thoại>, ví dụ: /doithoai_bienban 1
doithoai-bienban-caption = Biên bản hội nghị đối thoại số { $number }: { $questions } câu hỏi ({ $anonymous } ẩn danh), { $answered } đã trả lời, { $tasks } giao thành nhiệm vụ.

doithoai-none = Cơ quan chưa có hội nghị đối thoại nào.
doithoai-list-title = Hội nghị đối thoại:
doithoai-list-line = • Số { $number }: { $topic } — { $when } — { $status }
doithoai-list-footer = Xem chi tiết và cách đặt câu hỏi: /doithoai <số>
doithoai-usage = Gõ: /doithoai hoặc /doithoai <số>, ví dụ: /doithoai 1
doithoai-status-OPEN = đang nhận câu hỏi
doithoai-status-CLOSED = đã kết thúc
doithoai-status-CANCELLED = đã hủy
doithoai-detail =
    Hội nghị đối thoại số { $number } — { $status }
    Nội dung: { $topic }
    Thời gian: { $when }
    Địa điểm: { $place }
doithoai-how =
    Gửi câu hỏi, kiến nghị (trước hoặc trong buổi đối thoại):
    • /hoi { $number } <câu hỏi>   (có ghi tên)
    • /hoi_an { $number } <câu hỏi>   (ẩn danh; đồng chí nhận một mã để xem trả lời bằng /hoi_xem <mã>)
doithoai-no-more-questions = Hội nghị này không còn nhận câu hỏi.
doithoai-questions-count = Đã nhận { $count } câu hỏi, đã trả lời { $answered }; { $pending } câu hỏi đang chờ chuyển ở đợt sau.
doithoai-btn-answer = Trả lời câu { $question }
doithoai-btn-task = Giao nhiệm vụ câu { $question }
doithoai-answer-howto = Trả lời: /giaidap { $number } <số câu hỏi> <nội dung>; giao thành nhiệm vụ: /giaidap { $number } <số câu hỏi> giao
doithoai-question-line = Câu hỏi số { $n } — { $author }:
    { $text }
doithoai-question-unanswered = → Chưa trả lời.
doithoai-question-answer = → Trả lời: { $answer }

hoi-usage = Gõ: /hoi <số đối thoại> <câu hỏi>, ví dụ: /hoi 1 Đề nghị cho biết lộ trình nâng lương năm tới.
hoi-recorded = ✅ Đã gửi câu hỏi của đồng chí tới hội nghị đối thoại số { $number } ({ $topic }). Khi có trả lời, Ban Chỉ đạo sẽ báo cho đồng chí.

hoi-an-private = Câu hỏi ẩn danh chỉ gửi trong tin nhắn riêng với bot, để không ai trong nhóm thấy đồng chí gửi.
hoi-an-usage = Gõ: /hoi_an <số đối thoại> <câu hỏi>, ví dụ: /hoi_an 1 Đề nghị công khai tiêu chí xét thi đua.
hoi-an-recorded =
    ✅ Đã gửi câu hỏi ẩn danh tới hội nghị đối thoại số { $number }. Bot không lưu đồng chí là ai, chỉ lưu nội dung câu hỏi; câu hỏi được chuyển theo đợt, cùng các câu hỏi khác.
    Mã để xem trả lời (chỉ hiện một lần, vui lòng ghi lại): { $code }
    Xem trả lời: /hoi_xem { $code }
    Tin nhắn câu hỏi của đồng chí đã được xóa khỏi cuộc trò chuyện.
hoi-an-recorded-no-delete =
    ✅ Đã gửi câu hỏi ẩn danh tới hội nghị đối thoại số { $number }. Bot không lưu đồng chí là ai, chỉ lưu nội dung câu hỏi; câu hỏi được chuyển theo đợt, cùng các câu hỏi khác.
    Mã để xem trả lời (chỉ hiện một lần, vui lòng ghi lại): { $code }
    Xem trả lời: /hoi_xem { $code }
    Đề nghị đồng chí tự xóa tin nhắn câu hỏi và tin nhắn này sau khi ghi lại mã.
hoi-xem-usage = Gõ: /hoi_xem <mã>, ví dụ: /hoi_xem DT-7KQ2-M9XD-4TFA
hoi-xem-view =
    Câu hỏi ẩn danh — hội nghị đối thoại số { $number } ({ $topic }):
    { $question }
hoi-xem-answer = Trả lời: { $answer }
hoi-xem-waiting-answer = Câu hỏi đã được chuyển tới Ban Chỉ đạo, chưa có trả lời.
hoi-xem-not-delivered = Câu hỏi đang chờ chuyển tới Ban Chỉ đạo ở đợt tiếp theo.
hoi-xem-erased = Tin nhắn có mã của đồng chí đã được xóa.
hoi-xem-not-erased = Đề nghị đồng chí tự xóa tin nhắn có mã.

giaidap-usage = Gõ: /giaidap <số đối thoại> <số câu hỏi> <nội dung trả lời>, hoặc /giaidap <số đối thoại> <số câu hỏi> giao để giao thành nhiệm vụ.
giaidap-done-named = ✅ Đã ghi trả lời câu hỏi số { $question } (đối thoại số { $number }) và báo cho người hỏi.
giaidap-done-anonymous = ✅ Đã ghi trả lời câu hỏi số { $question } (đối thoại số { $number }). Người hỏi ẩn danh xem trả lời bằng mã của mình.
giaidap-ask-text =
    Câu hỏi số { $question }: { $text }
    Vui lòng gõ nội dung trả lời.
giaidap-task-intro = Giao thành nhiệm vụ: { $text }
giaidap-ask-due = Hạn hoàn thành (dd/mm/yyyy)? Nội dung cần giải quyết phải có thời hạn.
giaidap-bad-due = Hạn cần ghi dạng dd/mm/yyyy, ví dụ 31/12/2026. Vui lòng nhập lại.
giaidap-task-done = ✅ Câu hỏi số { $question } (đối thoại số { $number }) đã được giao thành nhiệm vụ số { $task }. Trả lời đã ghi: { $answer }

err-dialogue-topic = Chủ đề cần có chữ, từ 5 đến { $max } ký tự.
err-dialogue-place = Địa điểm cần có chữ, tối đa { $max } ký tự.
err-dialogue-question-empty = Vui lòng ghi nội dung câu hỏi sau số đối thoại, ví dụ: /hoi 1 Đề nghị cho biết …
err-dialogue-question-short = Câu hỏi quá ngắn. Vui lòng ghi rõ nội dung cần hỏi.
err-dialogue-question-long = Câu hỏi dài { $length } ký tự, tối đa { $max }. Vui lòng rút gọn.
err-dialogue-answer-empty = Nội dung trả lời cần có chữ. Vui lòng nhập lại.
err-dialogue-answer-long = Nội dung trả lời tối đa { $max } ký tự.
err-dialogue-participants = Số người tham dự cần là số nguyên dương (đã mời { $invited } người).
err-dialogue-in-past = Thời gian đối thoại đã qua. Vui lòng chọn thời điểm sắp tới.
err-dialogue-too-far = Chỉ lên lịch đối thoại trong vòng 2 năm tới.
err-dialogue-audience-empty = Đối tượng đã chọn chưa có thành viên nào đang hoạt động.
err-dialogue-unknown = Không có hội nghị đối thoại số { $number }. Xem danh sách: /doithoai
err-dialogue-closed = Hội nghị đối thoại số { $number } đã kết thúc nhận câu hỏi.
err-dialogue-cancelled = Hội nghị đối thoại số { $number } đã hủy.
err-dialogue-not-started = Hội nghị đối thoại số { $number } chưa bắt đầu ({ $when }). Chỉ kết thúc nhận câu hỏi sau khi hội nghị bắt đầu.
err-dialogue-anon-quota = Mỗi người gửi tối đa { $max } câu hỏi ẩn danh một ngày. Vui lòng gửi tiếp vào ngày mai.
err-dialogue-code-unknown = Mã không đúng hoặc không có. Vui lòng kiểm tra lại mã (dạng DT-XXXX-XXXX-XXXX).
err-dialogue-already-answered = Câu hỏi số { $question } (đối thoại số { $number }) đã được trả lời.
err-dialogue-question-unknown = Hội nghị đối thoại số { $number } chưa có câu hỏi số { $question } (đã chuyển { $last } câu hỏi). Câu hỏi mới có số khi được chuyển theo đợt.
