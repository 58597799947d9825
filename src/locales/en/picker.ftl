# The one assignee picker (commands/shared/assignee-picker.ts), for /giaoviec and /ketluan.
picker-hint = Press names to choose or unchoose (several are allowed), then “Done”. Or type member numbers separated by commas or spaces, e.g. 3, 5
picker-member-line = #{ $id } { $name } — { $role }
picker-done = ✔️ Done
picker-none = Please choose at least one person.
picker-bad = Please choose at least one person: type member numbers from the list, separated by commas or spaces (e.g. 3, 5), or press names then “Done”.
