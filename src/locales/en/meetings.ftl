# Committee meetings (/hop), attendance, conclusions (/ketluan), meeting reminders

cmd-hop = Committee meetings, attendance
help-hop = /hop — upcoming meetings, answer present/absent; /hop comat <no.>, /hop vang <no.> <reason>; /hop chuongtrinh <no.> — drafted agenda
cmd-ketluan = Record meeting conclusions, turn them into tasks
help-ketluan = /ketluan <meeting no.> <text> — record a conclusion after the meeting; /ketluan <meeting no.> — list conclusions; /ketluan giao <conclusion code> — turn a conclusion into a task

hop-kind-quarterly = Quarterly meeting Q{ $quarter }/{ $year }
hop-kind-extraordinary = Extraordinary meeting
hop-summary =
    Meeting no. { $id }: { $kind }
    • Time: { $when }
    • Place: { $place }
    • Agenda: { $agenda }
hop-btn-present = ✅ Present
hop-btn-absent = ❌ Absent
hop-btn-list = 📋 Attendance
hop-btn-quarterly = Quarterly
hop-btn-extraordinary = Extraordinary
hop-btn-skip = Skip
hop-btn-create-proposed = 📅 Create these meetings

hop-none = There are no upcoming meetings.
hop-list-title = Upcoming meetings ({ $count }):
hop-my-present = You answered: present.
hop-my-absent = You answered: absent.
hop-my-none = You have not answered yet. Press a button, or type /hop comat <no.> or /hop vang <no.> <reason>.
hop-manager-hint =
    Secretary/head:
    /hop moi — schedule a meeting (or /hop moi quy 20/03/2026 08:00 Meeting room 1)
    /hop de_xuat [year] — propose the 4 quarterly meetings of the year
    /hop doi <no.> <dd/mm/yyyy> <HH:mm> [place] — reschedule
    /hop huy <no.> — cancel a meeting
    /hop diemdanh <no.> — who is present/absent
    /hop bienban <no.> <text> — record the minutes after the meeting
    /ketluan <no.> <text> — record a conclusion
hop-usage =
    Usage: /hop (upcoming meetings), /hop comat <no.>, /hop vang <no.> <reason>, /hop chuongtrinh <no.>.
    Secretary/head also: moi, de_xuat, doi, huy, diemdanh, bienban (type /hop for help).
hop-private-sub = /hop { $sub } works only in a private chat with the bot. In the group use only /hop, /hop comat <no.>, /hop vang <no.> <reason>.
hop-usage-moi = Usage: /hop moi <quy|batthuong> <dd/mm/yyyy> <HH:mm> <place>, e.g. /hop moi quy 20/03/2026 08:00 Meeting room 1. Or just /hop moi to be asked step by step.
hop-usage-doi = Usage: /hop doi <meeting no.> <dd/mm/yyyy> <HH:mm> [new place], e.g. /hop doi 3 25/03/2026 14:00
hop-usage-huy = Usage: /hop huy <meeting no.>, e.g. /hop huy 3. Meeting numbers are shown by /hop.
hop-usage-diemdanh = Usage: /hop diemdanh <meeting no.>, e.g. /hop diemdanh 3.
hop-usage-comat = Usage: /hop comat <meeting no.>, e.g. /hop comat 3.
hop-usage-vang = Usage: /hop vang <meeting no.> <reason>, e.g. /hop vang 3 Business trip.
hop-usage-chuongtrinh = Usage: /hop chuongtrinh <meeting no.>, e.g. /hop chuongtrinh 3.
hop-usage-bienban = Usage: /hop bienban <meeting no.> <minutes>, once the meeting has taken place.
hop-usage-dexuat = Usage: /hop de_xuat [year], e.g. /hop de_xuat 2026; to create at once: /hop de_xuat 2026 dongy
hop-bad-date = That date is not valid. Please type day/month/year, e.g. 20/03/2026.
hop-bad-time = That time is not valid. Please type hour:minute (24 h), e.g. 08:00 or 14:30.

hop-new-ask-kind = Schedule a committee meeting. Is it a quarterly or an extraordinary meeting? Press a button, or type “quy” / “batthuong”. Type /huy to stop.
hop-new-bad-kind = Please press a button, or type “quy” (quarterly) or “batthuong” (extraordinary).
hop-new-ask-date = Date of the meeting? Type day/month/year, e.g. 20/03/2026.
hop-new-ask-time = Start time? Type hour:minute, e.g. 08:00.
hop-new-ask-place = Place? E.g. Meeting room 1, agency headquarters.
hop-new-ask-agenda = Agenda (several lines allowed)? Press “Skip” or type “-” if there is none yet; the bot drafts one from the quarter's reports (/hop chuongtrinh <no.>).
hop-new-confirm =
    Please check:
    • Kind: { $kind }
    • Time: { $when }
    • Place: { $place }
    • Agenda: { $agenda }
    Press “Confirm” (or type “đồng ý”) to schedule, /huy to stop.
hop-new-confirm-typed = Type “đồng ý” to schedule, or /huy to stop.
hop-new-done = ✅ The meeting is scheduled.
hop-new-done-posted = The bot has posted the meeting to the committee's group.
hop-new-done-no-group = The agency has not connected a group chat (/ketnoi), so the meeting was not posted to a group.
hop-new-done-hint = The bot will remind the group { $leads }. Attendance: /hop diemdanh { $id }
hop-new-done-hint-none = The meeting is too close for any reminder. Attendance: /hop diemdanh { $id }
hop-lead-7d = 7 days before
hop-lead-1d = 1 day before
hop-lead-2h = 2 hours before
hop-scheduled-group =
    📅 Steering committee meeting:
    { $summary }
    Please answer: /hop comat { $id }, or /hop vang { $id } <reason>.
hop-moved = ✅ The meeting was rescheduled.
hop-moved-group =
    📅 A meeting was rescheduled:
    { $summary }
hop-cancelled = ✅ Meeting no. { $id } was cancelled. The bot will tell the group.
hop-cancelled-group =
    ⚠️ This meeting was cancelled:
    { $summary }
hop-minutes-done = ✅ Minutes of meeting no. { $id } recorded.

hop-default-place = Agency meeting room
hop-propose-title = Proposed quarterly meetings for { $year } (the 20th of each quarter's last month, moved back to a working day, 08:00):
hop-propose-new = • Q{ $quarter }: { $when }
hop-propose-existing = • Q{ $quarter }: meeting no. { $id } already at { $when }
hop-propose-past = • Q{ $quarter }: { $when } — already past, not created
hop-propose-confirm = Press the button to create the new meetings at “{ $place }” (change later with /hop doi), or type /hop de_xuat { $year } dongy
hop-propose-nothing = No meeting left to create.
hop-propose-done = ✅ { $count } quarterly meetings created:

hop-answer-present = ✅ Noted: you will attend meeting no. { $id }.
hop-answer-absent-group = Noted: you will be absent from meeting no. { $id }. The bot asked you for the reason in a private message.
hop-answer-absent-open-private = Noted: you will be absent from meeting no. { $id }. The bot cannot write to you privately yet: open a private chat with the bot and type /hop vang { $id } <reason>.
hop-answer-absent-done = ✅ Noted: you will be absent from meeting no. { $id }, with your reason. Thank you.
hop-ask-reason = You will be absent from meeting no. { $id }. Please type the reason (one line), e.g. Business trip.
hop-ask-reason-typed = You will be absent from meeting no. { $id }. When convenient, type the reason: /hop vang { $id } <reason>

hop-att-title = Attendance of meeting no. { $id } ({ $kind }, { $when }):
hop-att-present = Present ({ $count }):
hop-att-absent = Absent ({ $count }):
hop-att-unanswered = No answer ({ $count }):
hop-att-line = • { $name }
hop-att-absent-line = • { $name } — { $reason }
hop-att-no-reason = no reason given

hop-agenda-title = Draft agenda of meeting no. { $id } ({ $when }) — review of Q{ $quarter }/{ $year }
hop-agenda-typed = Agenda typed by the secretary: { $agenda }
hop-agenda-progress = 1. Progress of the plan by section ({ $reports } reports this quarter):
hop-agenda-no-plan = • There is no { $year } plan on the bot yet.
hop-agenda-section = • Section { $code } { $title }: { $done }/{ $total } tasks done, average { $percent }%
hop-agenda-overdue = 2. Overdue tasks ({ $count }):
hop-agenda-overdue-line = • Task { $number } { $title } — due { $due } — { $people }
hop-agenda-obstacles = 3. Open obstacles ({ $count }):
hop-agenda-proposals = 4. Proposals this quarter ({ $count }):
hop-agenda-item = • { $text } (task { $number }, { $name })
hop-agenda-feedback = 5. Staff feedback, complaints, recommendations this quarter: { $counts }
hop-agenda-feedback-hidden = (Groups of fewer than 3 items are not counted here, to protect the senders.)
hop-agenda-closing = Last: discussion, the head's conclusions and next quarter's assignments.

hop-reminder-7d = 📅 Reminder: the committee meets in 7 days.
hop-reminder-1d = 📅 Reminder: the committee meets tomorrow.
hop-reminder-2h = ⏰ The committee meeting starts in 2 hours.
hop-reminder-answer = Please answer present/absent with the buttons below, or type /hop comat { $id } or /hop vang { $id } <reason>.

hop-nudge-private = Dear { $name }: the quarterly committee meeting at { $when } will hear the members' reports. You have not reported this quarter on { $count } open tasks:
hop-nudge-task-line = • Task { $number }: { $title }
hop-nudge-more = • … and { $count } more
hop-nudge-how = Report with /baocao in a private chat with the bot.
hop-nudge-group = 📝 Preparing the Q{ $quarter }/{ $year } meeting ({ $when }): { $count } members have not reported on their tasks this quarter. The bot has reminded each of them privately.
hop-nudge-secretary = The { $count } people who have not reported for Q{ $quarter }/{ $year } before the meeting at { $when }:
hop-nudge-secretary-line = • { $name } ({ $count } tasks)

ketluan-usage = Usage: /ketluan <meeting no.> <conclusion>, e.g. /ketluan 3 The office finalises the internal spending rules. List: /ketluan <meeting no.>. Turn into a task: /ketluan giao <conclusion code>.
ketluan-none = Meeting no. { $id } has no conclusions yet. Record one: /ketluan { $id } <text>
ketluan-list-title = Conclusions of meeting no. { $id }:
ketluan-line = { $order }. { $text } (code { $code }; assign: /ketluan giao { $code })
ketluan-line-task = { $order }. { $text } (code { $code }; already a task)
ketluan-done = ✅ Conclusion { $order } of meeting no. { $id } recorded (code { $code }). Press the button to turn it into a task, or type /ketluan giao { $code }.
ketluan-btn-task = 📌 Turn into a task
ketluan-assign-intro = Turn this conclusion into a task: “{ $text }”
ketluan-ask-assignees = Choose who carries it out:
ketluan-ask-assignees-again = Please choose the assignees again: type member numbers, e.g. 3 5
ketluan-ask-due = Due date? Type day/month/year, e.g. { $exampleDue }, or { $buttons ->
        [yes] press “No due date” (type “không”).
       *[no] type “không”.
    }
ketluan-btn-no-due = No due date
ketluan-no-due = no due date
ketluan-task-done = ✅ Task no. { $number } assigned to { $names }; due: { $due }.
ketluan-task-notice = 📌 You were assigned task no. { $number } from a committee meeting conclusion (by { $by }); due: { $due }. See: /nhiemvu
ketluan-task-description = Conclusion { $order } of committee meeting no. { $id }.

err-meeting-unknown = There is no meeting no. { $id }. See the meetings with /hop.
err-meeting-cancelled = Meeting no. { $id } was cancelled.
err-meeting-started = Meeting no. { $id } has started or taken place; it can no longer be changed.
err-meeting-not-yet = Meeting no. { $id } has not taken place yet; conclusions and minutes are recorded after it.
err-meeting-in-past = That moment has passed. Please choose a date and time in the future.
err-meeting-too-far = Meetings can be scheduled up to 2 years ahead.
err-meeting-bad-date = The meeting date is not valid.
err-meeting-bad-place = The place needs letters, one line, at most { $max } characters. Please type it again.
err-meeting-bad-agenda = The agenda needs letters, at most { $max } characters. Please type it again.
err-meeting-bad-reason = The reason needs letters, one line, at most { $max } characters. Please type it again.
err-meeting-bad-minutes = The minutes need letters, at most { $max } characters.
err-meeting-managers-only = Only the secretary and the head can do this.
err-meeting-not-committee = Only steering committee members answer meeting attendance.
err-meeting-quarter-taken = Q{ $quarter }/{ $year } already has a quarterly meeting (no. { $id }). Reschedule it with /hop doi { $id }, or choose an extraordinary meeting.
err-meeting-nothing-to-propose = No quarterly meeting left to create for { $year } (they exist or are past).
err-meeting-bad-year = Meetings can be proposed for { $from } or { $to } only.
err-conclusion-bad-text = A conclusion needs letters, at most { $max } characters.
err-conclusion-unknown = There is no conclusion with code { $id }.
err-conclusion-has-task = Conclusion { $id } has already been turned into a task.
err-conclusion-no-plan = There is no { $year } plan to put the task in. Create the plan with /kehoach first.
err-conclusion-bad-section = The plan has no section { $code }.
err-conclusion-no-assignees = Please choose at least one assignee.
err-conclusion-too-many-assignees = At most { $max } assignees per task.
err-conclusion-bad-assignee = There is no committee member no. { $id }.
err-conclusion-due-past = That due date has passed. Please type a day from today on.
