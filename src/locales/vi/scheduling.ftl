# Lịch nhắc việc, gửi tin, cài đặt, ngày nghỉ (issue 5)

sender-member-unreachable = Bot không gửi được tin nhắn riêng cho { $name } ({ $position }): người này đã chặn bot, chưa từng mở tin nhắn riêng với bot, hoặc đã xóa tài khoản Telegram. Các nhắc việc sẽ không đến được cho đến khi họ nhắn lại cho bot.

## Nhắc hạn nhiệm vụ (riêng cho người được giao)
remind-deadline-before = Nhắc việc: nhiệm vụ số { $number } "{ $title }" đến hạn ngày { $due } (còn { $days } ngày làm việc). Báo cáo tiến độ: /baocao { $number }
remind-deadline-soon = Nhắc việc: nhiệm vụ số { $number } "{ $title }" đến hạn ngày { $due } (ngày nghỉ), hôm nay là ngày làm việc cuối trước hạn. Báo cáo tiến độ: /baocao { $number }
remind-deadline-today = Nhắc việc: hôm nay ({ $due }) là hạn của nhiệm vụ số { $number } "{ $title }". Báo cáo tiến độ: /baocao { $number }
remind-deadline-overdue = Nhiệm vụ số { $number } "{ $title }" đã quá hạn { $days } ngày (hạn { $due }). Vui lòng báo cáo tiến độ hoặc vướng mắc: /baocao { $number }

## Hạn báo cáo định kỳ (Thư ký, Trưởng ban)
remind-report-before = Nhắc việc: { $report } năm { $year } (yêu cầu #{ $id }) phải gửi Ban Chỉ đạo tỉnh trước hạn { $due }. Soạn dự thảo: /baocaoky { $id }
remind-report-due = Hôm nay ({ $due }) là hạn gửi { $report } năm { $year } (yêu cầu #{ $id }) cho Ban Chỉ đạo tỉnh. Soạn dự thảo: /baocaoky { $id }

## Danh sách quá hạn hằng tuần (Thư ký)
overdue-list-title = Danh sách nhiệm vụ quá hạn ({ $count }):
overdue-list-line = - Số { $number }: { $title } — hạn { $due } — { $owners }

## Tổng hợp tuần / quý (nhóm)
digest-weekly-title = TỔNG HỢP TUẦN QUA ({ $from } – { $to })
digest-quarterly-title = TỔNG HỢP QUÝ { ROMAN($quarter) } NĂM { $year } ({ $from } – { $to })
digest-chart-title = Tiến độ thực hiện Kế hoạch năm { $year } theo từng phần
digest-chart-quarter-title = Tiến độ theo từng phần của Kế hoạch — hết quý { ROMAN($quarter) } năm { $year }
digest-reports = Báo cáo tiến độ đã gửi: { $count } (của { $people } người)
digest-report-line = - Số { $number } { $title }: { $name }, { $percent }%
digest-due-soon = Đến hạn trong tuần này: { $count }
digest-overdue = Quá hạn: { $count }
digest-task-line = - Số { $number } { $title } — hạn { $due } — { $owners }
digest-obstacles = Vướng mắc chưa giải quyết: { $count }
digest-obstacle-line = - Nhiệm vụ số { $number }: { $text }
digest-progress = Tiến độ theo phần của Kế hoạch:
digest-section-line = - { $code } { $title }: { $percent }% ({ $done }/{ $tasks } nhiệm vụ hoàn thành)
digest-no-plan = Chưa có Kế hoạch năm nay trên bot. Thư ký hoặc Trưởng ban tạo bằng /taokehoach.
digest-more = … và { $count } mục khác
digest-nobody = chưa giao

## /caidat
cmd-caidat = Cài đặt giờ gửi tin, nhắc việc, bật/tắt từng loại tin
help-caidat = /caidat — xem và đổi giờ tổng hợp tuần, giờ chuyển góp ý, số ngày nhắc trước, giờ yên lặng; bật/tắt từng loại tin
caidat-title = Cài đặt gửi tin của { $agency }:
caidat-digest = - Tổng hợp tuần: { $day } lúc { $time }  (đổi: /caidat tonghop <thứ> <giờ>)
caidat-feedback = - Giờ chuyển góp ý vào nhóm: { $times }  (đổi: /caidat gopy <giờ>,<giờ>)
caidat-reminder-time = - Giờ gửi nhắc việc riêng: { $time }  (đổi: /caidat nhacviec <giờ>)
caidat-deadline-lead = - Nhắc hạn nhiệm vụ trước: { $days } ngày làm việc  (đổi: /caidat nhachan <số ngày>)
caidat-meeting-lead = - Nhắc báo cáo trước họp quý: { $days } ngày làm việc  (đổi: /caidat nhachop <số ngày>)
caidat-quiet = - Giờ yên lặng (không gửi tin): từ { $start } đến { $end }{ $nextDay ->
        [yes] {" "}sáng hôm sau
       *[no] {""}
    }  (đổi: /caidat gionghi <giờ bắt đầu> <giờ kết thúc>)
caidat-quiet-none = - Giờ yên lặng: không đặt, tin được gửi cả ngày lẫn đêm  (đặt: /caidat gionghi <giờ bắt đầu> <giờ kết thúc>, ví dụ /caidat gionghi 20:00 07:00)
caidat-kinds-title = Các loại tin (tắt: /caidat tat <loại>, bật: /caidat bat <loại>):
caidat-kind-line = - { $kind }: { $label } — { $state }
caidat-on = đang bật
caidat-off = đang tắt
caidat-saved = Đã lưu cài đặt.
caidat-usage =
    Không hiểu cài đặt này. Các cách gõ:
    /caidat — xem cài đặt
    /caidat tonghop thu2 08:00 — ngày (thu2…thu7, cn) và giờ tổng hợp tuần
    /caidat gopy 08:00,16:00 — các giờ chuyển góp ý (tối đa 6)
    /caidat nhacviec 08:00 — giờ gửi nhắc việc riêng
    /caidat nhachan 3 — nhắc hạn nhiệm vụ trước mấy ngày làm việc (0–15)
    /caidat nhachop 3 — nhắc báo cáo trước họp quý mấy ngày làm việc (0–15)
    /caidat gionghi 20:00 07:00 — giờ yên lặng
    /caidat tat nhachan — tắt một loại tin; /caidat bat nhachan — bật lại
    Các loại tin: { $kinds }
err-settings-invalid = Giá trị cài đặt không hợp lệ. Gõ /caidat để xem cách gõ.
err-settings-quiet-too-long = Giờ yên lặng dài quá 14 tiếng sẽ chặn cả tin nhắn ban ngày. Ví dụ hợp lệ: /caidat gionghi 20:00 07:00
weekday-1 = Thứ Hai
weekday-2 = Thứ Ba
weekday-3 = Thứ Tư
weekday-4 = Thứ Năm
weekday-5 = Thứ Sáu
weekday-6 = Thứ Bảy
weekday-7 = Chủ nhật
kind-nhachan = Nhắc hạn nhiệm vụ cho người được giao
kind-quahan = Danh sách việc quá hạn hằng tuần cho Thư ký
kind-baocao = Nhắc hạn báo cáo 6 tháng, năm cho Trưởng ban và Thư ký
kind-tonghop = Tổng hợp tuần trong nhóm
kind-tonghopquy = Tổng hợp quý trong nhóm
kind-gopy = Chuyển góp ý ẩn danh vào nhóm
kind-hop = Nhắc lịch họp trong nhóm
kind-nhacbaocao = Nhắc báo cáo tiến độ trước họp quý

## /ngaynghi
cmd-ngaynghi = Ngày nghỉ lễ, ngày làm bù (lịch nhắc việc)
help-ngaynghi = /ngaynghi — xem, thêm, xóa ngày nghỉ; nhắc việc rơi vào ngày nghỉ được dời lên ngày làm việc trước đó
ngaynghi-title = Ngày nghỉ năm { $year } (nhắc việc rơi vào các ngày này, thứ Bảy, Chủ nhật được dời lên ngày làm việc trước đó):
ngaynghi-line = - { $day }: { $name }
ngaynghi-line-agency = - { $day }: { $name } (cơ quan thêm)
ngaynghi-line-workday = - { $day }: ngày làm việc (làm bù) { $name }
ngaynghi-none = (chưa có ngày nghỉ nào)
ngaynghi-hint =
    Lịch nghỉ lấy theo thông báo của Chính phủ; cần đối chiếu khi có thông báo chính thức.
    Thêm ngày nghỉ: /ngaynghi them { $exampleDate } Nghỉ bù
    Ngày làm bù (thứ Bảy đi làm): /ngaynghi lambu <ngày thứ Bảy>
    Xóa: /ngaynghi xoa { $exampleDate }
ngaynghi-usage =
    Cách gõ:
    /ngaynghi [năm] — xem ngày nghỉ
    /ngaynghi them <ngày> [ghi chú] — thêm ngày nghỉ, ví dụ /ngaynghi them { $exampleDate } Nghỉ bù
    /ngaynghi lambu <ngày> — một ngày thứ Bảy/Chủ nhật đi làm
    /ngaynghi xoa <ngày> — bỏ ngày nghỉ
ngaynghi-bad-day = "{ $input }" không phải một ngày hợp lệ. Gõ ngày dạng ngày/tháng/năm, ví dụ { $exampleDate }.
ngaynghi-added = Đã thêm ngày nghỉ { $day }. Nhắc việc rơi vào ngày này sẽ được gửi vào ngày làm việc trước đó.
ngaynghi-workday-added = Đã ghi { $day } là ngày làm việc.
ngaynghi-removed = Đã bỏ thay đổi của cơ quan cho ngày { $day }.
ngaynghi-removed-file = Ngày { $day } nay là ngày làm việc của cơ quan (không nghỉ như lịch chung).
err-holiday-not-found = Ngày { $day } không phải ngày nghỉ trong lịch. Gõ /ngaynghi để xem danh sách.
err-holiday-year = Chỉ sửa được ngày nghỉ các năm { $from }–{ $to }.
err-holiday-note-too-long = Ghi chú dài quá 100 ký tự.

## Nhắc rà soát lịch nghỉ năm sau (tháng 12, Thư ký)
holiday-check-title = Nhắc việc cuối năm: rà soát lịch nghỉ lễ, Tết năm { $year }
holiday-check-from-file = Lịch nghỉ năm { $year } của bot lấy từ tệp dữ liệu ngày nghỉ kèm theo bot. Ghi chú của tệp: { $source }
holiday-check-computed = Bot chưa có lịch nghỉ chính thức năm { $year }: các ngày dưới đây do bot tự tính theo Bộ luật Lao động 2019 (Điều 111, 112) và âm lịch (Tết Âm lịch 5 ngày, Giỗ Tổ Hùng Vương 10/3 âm lịch, nghỉ bù khi ngày lễ trùng thứ Bảy, Chủ nhật), chưa tính các ngày hoán đổi, làm bù.
holiday-check-none = Bot chưa có lịch nghỉ năm { $year }; cần nhập các ngày nghỉ bằng /ngaynghi.
holiday-check-action = Đề nghị đối chiếu với thông báo chính thức của Chính phủ về lịch nghỉ năm { $year } và sửa bằng /ngaynghi: /ngaynghi them <ngày> — thêm ngày nghỉ; /ngaynghi lambu <ngày> — ngày làm bù; /ngaynghi xoa <ngày> — bỏ ngày không nghỉ. Nhắc việc rơi vào ngày nghỉ được dời lên ngày làm việc trước đó.
