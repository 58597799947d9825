# The one assignee picker (commands/shared/assignee-picker.ts), for /giaoviec and /ketluan.
picker-hint = { $buttons ->
        [yes] Press names to choose or unchoose (several are allowed), then “Done”. Or type
       *[no] Type
    } member numbers (after the #, as in /thanhvien) separated by commas or spaces, e.g. 3, 5
picker-member-line = #{ $id } { $name } — { $role }
picker-done = ✔️ Done
picker-none = Please choose at least one person.
picker-bad = Please choose at least one person: type member numbers from the list, separated by commas or spaces (e.g. 3, 5){ $buttons ->
        [yes] , or press names then “Done”.
       *[no] .
    }
