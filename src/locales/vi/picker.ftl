# The one assignee picker (commands/shared/assignee-picker.ts), for /giaoviec and /ketluan.
picker-hint = { $buttons ->
        [yes] Bấm tên để chọn hoặc bỏ (chọn được nhiều người), rồi bấm “Xong”. Hoặc gõ
       *[no] Gõ
    } số của người thực hiện (số sau dấu #, như ở /thanhvien), cách nhau bởi dấu phẩy hoặc dấu cách, ví dụ: 3, 5
picker-member-line = #{ $id } { $name } — { $role }
picker-done = ✔️ Xong
picker-none = Vui lòng chọn ít nhất một người.
picker-bad = Vui lòng chọn ít nhất một người: gõ số của người thực hiện trong danh sách, cách nhau bởi dấu phẩy hoặc dấu cách (ví dụ: 3, 5){ $buttons ->
        [yes] , hoặc bấm tên rồi “Xong”.
       *[no] .
    }
