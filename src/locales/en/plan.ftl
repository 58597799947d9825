# Plan, tasks, progress reports, obstacles

cmd-taokehoach = Create the year's plan from the template
cmd-kehoach = Show the QCDC plan
cmd-giaoviec = Assign a task
cmd-suanv = Edit or reassign a task
cmd-huynv = Cancel a task
cmd-nhiemvu = My tasks
cmd-baocao = Report progress on a task
cmd-suabaocao = Edit my latest report (within 24 hours)
cmd-vuongmac = Open obstacles
cmd-tiendo = Plan progress
help-taokehoach = /taokehoach [year] — create the year's QCDC plan from the built-in template
help-kehoach = /kehoach [page] — the plan: sections, tasks, owners, due dates, progress
help-giaoviec = /giaoviec — assign a new task (section, assignees, due date)
help-suanv = /suanv <no.> ten|han|mota|giao <value> — edit or reassign a task
help-huynv = /huynv <no.> — cancel a task
help-nhiemvu = /nhiemvu — my tasks, overdue first
help-baocao = /baocao — report progress; quick form: /baocao <task no.> <percent>% <text>
help-suabaocao = /suabaocao <task no.> — edit my latest report (within 24 hours)
help-vuongmac = /vuongmac — open obstacles; /vuongmac <no.> <resolution>
help-tiendo = /tiendo — plan progress by section

# States
state-done = done
state-in-progress = in progress
state-overdue = overdue
state-not-started = not started
state-cancelled = cancelled
recurrence-QUARTERLY = quarterly
recurrence-HALF_YEARLY = every 6 months
recurrence-YEARLY = yearly
no-assignee = unassigned
no-due = no due date

# Plan
taokehoach-usage = Usage: /taokehoach [year], e.g. /taokehoach { $year }. Without a year, this year's plan is created.
taokehoach-done =
    ✅ Created “{ $title }”: { $sections } sections, { $tasks } starter tasks.
    See: /kehoach · Assign people: /suanv <no.> giao <member no.> · Add a task: /giaoviec
kehoach-usage = Usage: /kehoach [page], e.g. /kehoach 2.
kehoach-header = { $title } ({ $done }/{ $total } tasks done){ $paged ->
    [yes] {" "}— page { $page }
   *[no] {""}
}
kehoach-section = { $code }. { $title }
kehoach-empty-section = (no tasks yet)
kehoach-task = #{ $number } { $title }
    👤 { $owners } · ⏰ { $due } · { $percent }% { $state }
kehoach-more = Next page: /kehoach { $next }
btn-prev-page = ◀ Previous
btn-next-page = Next ▶
task-due-recurring = { $due } ({ $recurrence })

# Assigning
giaoviec-ask-section = Which section of the plan? Press a button or type the section number (e.g. 2.2).
giaoviec-section-line = { $code }. { $title }
giaoviec-bad-section = No such section. Type the section number as listed (e.g. 2.2){ $buttons ->
        [yes] {" "}or press a button.
       *[no] .
    }
giaoviec-ask-title = Section { $code }. Type the task title (one line, 3–300 characters).
giaoviec-bad-title = The title needs 3–300 characters including letters. Please type it again.
giaoviec-ask-assignees = Who does it?
giaoviec-ask-due =
    Due date? Type it as dd/mm/yyyy (e.g. 30/06/{ $year }) or choose:
    end of month · end of quarter · end of half-year · end of year · quarterly · every 6 months · yearly
giaoviec-ask-description = Description (optional, up to 1000 characters). Type it, or { $buttons ->
        [yes] press “Skip” (or type “bỏ qua”).
       *[no] type “bỏ qua”.
    }
giaoviec-confirm =
    Please check the task:
    • Section: { $section }
    • Task: { $title }
    • Assignees: { $owners }
    • Due: { $due }
    • Description: { $description }
    Press “Confirm” (or type “đồng ý”) to assign, /huy to cancel.
giaoviec-confirm-typed = Type “đồng ý” to assign the task, or “hủy” to stop.
giaoviec-cancelled = Cancelled; no task was assigned.
giaoviec-done = ✅ Task #{ $number } “{ $title }” assigned to { $owners }.
btn-skip = Skip
due-month = End of month
due-quarter = End of quarter
due-half = End of half-year
due-year = End of year
task-assigned-notice =
    📌 You have been assigned task #{ $number }: { $title }
    Section: { $section }
    Due: { $due }{ $description }
    Report progress: choose below or type /baocao { $number } <percent>% <text>
task-notice-description = {"\u000A"}Description: { $text }
btn-report = 📝 Report progress
# Private notices queued (outbox) together with the change
notices-queued = 📨 The bot will message { $names } privately.
notices-queued-held = 📨 The bot will message { $names } privately at { $time }, when the agency's quiet hours end (/caidat).
notices-unreachable = ⚠️ The bot currently cannot message { $names } privately (they blocked the bot or never opened a private chat with it). Please tell them directly.

# Editing, cancelling tasks
suanv-usage =
    Usage:
    /suanv <no.> ten <new title>
    /suanv <no.> han <dd/mm/yyyy>
    /suanv <no.> mota <new description>
    /suanv <no.> giao <member numbers, comma separated>
    Task numbers are in /kehoach, member numbers in /thanhvien.
suanv-show =
    Task #{ $number }: { $title }
    Assignees: { $owners } · Due: { $due } · { $percent }% { $state }
suanv-done = ✅ Task #{ $number } “{ $title }” updated.
suanv-reassigned = ✅ Task #{ $number } is now assigned to: { $owners }.
huynv-usage = Usage: /huynv <task no.>, e.g. /huynv 12. Numbers are in /kehoach.
huynv-confirm = Cancel task #{ $number } “{ $title }”? Past reports are kept. Press “Confirm”, or type /huynv { $number } dongy
huynv-done = ✅ Task #{ $number } “{ $title }” cancelled.
huynv-kept = The task was left unchanged.

# My tasks
nhiemvu-title = Tasks of { $name } ({ $count }):
nhiemvu-empty = You have no tasks assigned.
nhiemvu-line = #{ $number } [{ $state }] { $title }
    ⏰ { $due } · { $percent }% · last report: { $last }
nhiemvu-never = none
nhiemvu-hint = Report: /baocao or /baocao <no.> <percent>% <text>

# Progress reports
baocao-group = Progress reports are sent in a private chat with the bot, never in the group. Press the button below.
baocao-open-private = 📝 Open private report
baocao-usage = Quick form: /baocao <task no.> <percent>% <text>, e.g. /baocao 5 50% Held the kick-off meeting. Or type /baocao to be asked step by step.
baocao-no-tasks = You have no open tasks to report on. See /nhiemvu.
baocao-choose-task = Which task? Press a button or type the task number.
baocao-task-line = #{ $number } { $title } ({ $percent }%)
baocao-bad-task = Please type the number of a task in the list (e.g. 5){ $buttons ->
        [yes] {" "}or press a button.
       *[no] .
    }
baocao-ask-percent =
    Task #{ $number }: { $title }
    How far along is it, in percent? Press a button or type a number from 0 to 100 (type “xong” if finished).
btn-complete = ✅ Done (100%)
baocao-ask-result = What has been achieved? (required, up to 2000 characters)
baocao-ask-obstacles = Any obstacles? One per line. If none, { $buttons ->
        [yes] press “None” (or type “không”).
       *[no] type “không”.
    }
baocao-ask-proposals = Any proposals? One per line. If none, { $buttons ->
        [yes] press “None” (or type “không”).
       *[no] type “không”.
    }
btn-none = None
baocao-preview =
    Review the report{ $edit }:
    • Task: #{ $number } { $title }
    • Progress: { $percent }%
    • Result: { $result }
    • Obstacles: { $obstacles }
    • Proposals: { $proposals }
    Press “Send” (or type “gửi”) to send, /huy to cancel.
baocao-preview-edit = {" "}(edit)
baocao-none = none
btn-send = 📨 Send
baocao-confirm-typed = Type “gửi” to send the report, or /huy to cancel.
baocao-done = ✅ Report on task #{ $number } recorded: { $percent }%.{ $extra }
    Edit within 24 hours: /suabaocao { $number }
baocao-done-obstacles = {" "}{ $count } obstacle(s) recorded for the leaders.
baocao-done-next = {" "}The task's next period is open, due { $due }.
baocao-edited = ✅ Report on task #{ $number } edited: { $percent }%.
bad-percent = The percentage must be a whole number from 0 to 100 (e.g. 50). Please type it again.
bad-result-empty = The result cannot be empty. Please describe briefly what was done.
bad-text-too-long = The text is too long ({ $length } characters); at most { $max }. Please shorten it and send again.
bad-date-format = Please write the date as dd/mm/yyyy, e.g. 30/06/{ $year }.
bad-date-nonexistent = The date { $text } does not exist. Please check it and type again (dd/mm/yyyy).
bad-date-past = The date { $text } has passed. The due date must be today or later; please type again.
suabaocao-usage = Usage: /suabaocao <task no.>, e.g. /suabaocao 5.
suabaocao-start = Editing the report of { $date } on task #{ $number } (currently { $percent }%). Enter each part again.

# Obstacles
vuongmac-title = Open obstacles ({ $count }):
vuongmac-empty = No obstacles are waiting.
vuongmac-line = [{ $id }] task #{ $number } { $task }
    “{ $text }” — { $name }, { $date }
vuongmac-hint = Resolve: { $buttons ->
        [yes] press a button, or type
       *[no] type
    } /vuongmac <number in brackets> <resolution>
btn-resolve = ✔️ Resolve [{ $id }]
vuongmac-ask-note = Obstacle [{ $id }]: “{ $text }”. Type the resolution (it will be sent to the reporter).
vuongmac-bad-note = The resolution cannot be empty and must be at most 1000 characters. Please type it again.
vuongmac-done = ✅ Obstacle [{ $id }] marked resolved.
obstacle-raised-notice =
    ⚠️ New obstacle on task #{ $number } “{ $task }”, raised by { $by }:
    { $items }
    See and resolve: /vuongmac
obstacle-resolved-notice =
    ✅ Your obstacle on task #{ $number } “{ $task }” has been resolved.
    Obstacle: { $text }
    Resolution ({ $by }): { $resolution }

# Progress overview
tiendo-title = Progress: { $title }
tiendo-total = Total: { $done }/{ $total } done · { $progress } in progress · { $overdue } overdue · { $notStarted } not started
tiendo-section = { $code }. { $title }
    { $bar } { $done }/{ $total } · { $progress } in progress · { $overdue } overdue · { $notStarted } not started
tiendo-overdue-title = Overdue tasks ({ $count }):
tiendo-overdue-line = #{ $number } { $title } — due { $due } — { $owners } ({ $percent }%)
tiendo-no-overdue = No overdue tasks.
tiendo-staff-note = (Task details are for steering committee members.)

# Errors
err-no-plan = The agency has no plan for this year yet. The secretary or head can create it from the template with /taokehoach.
err-plan-exists = The { $year } plan already exists. See /kehoach.
err-plan-year = The plan's year must be between { $from } and { $to }.
err-section-not-found = That section no longer exists. Please start /giaoviec again.
err-due-required = A task needs a due date or a recurrence.
err-date-past = That date has passed. Please choose today or later.
err-task-not-found = There is no task number { $number }. See /kehoach or /nhiemvu.
err-task-not-yours = Task #{ $number } is not assigned to you, so you cannot report on it. See your tasks with /nhiemvu.
err-task-not-open = Task #{ $number } is done or cancelled and takes no more reports. See /nhiemvu.
err-task-cancelled = Task #{ $number } has been cancelled.
err-task-recurring-due = A recurring task is due at the end of each period; its due date cannot be changed.
err-assignees-required = Choose at least one assignee.
err-assignees-too-many = At most { $max } assignees per task.
err-title-short = The title needs at least { $min } characters.
err-text-too-long = The text is too long; at most { $max } characters.
err-percent-range = The percentage must be a whole number from 0 to 100.
err-result-empty = The result cannot be empty.
err-report-not-editable = Only your own latest report on this task can be edited.
err-report-too-old = The report is more than 24 hours old and stays as sent. Send a new one with /baocao.
err-report-period-closed = That report's period has ended; the report stays as sent. Report on the new period with /baocao.
err-obstacle-not-found = There is no obstacle number { $id }. See /vuongmac.
err-obstacle-resolved = Obstacle [{ $id }] was already resolved.
err-resolution-empty = The resolution cannot be empty.
