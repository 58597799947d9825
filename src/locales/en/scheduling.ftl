# Schedules, outbox sender, settings, holidays (issue 5)

sender-member-unreachable = The bot cannot send private messages to { $name } ({ $position }): they blocked the bot, never opened a private chat with it, or deleted their Telegram account. Reminders will not reach them until they write to the bot again.

## Task deadline reminders (private, to the assignees)
remind-deadline-before = Reminder: task no. { $number } "{ $title }" is due on { $due } ({ $days } working days left). Report progress: /baocao { $number }
remind-deadline-soon = Reminder: task no. { $number } "{ $title }" is due on { $due } (a day off); today is the last working day before it. Report progress: /baocao { $number }
remind-deadline-today = Reminder: today ({ $due }) is the deadline of task no. { $number } "{ $title }". Report progress: /baocao { $number }
remind-deadline-overdue = Task no. { $number } "{ $title }" is { $days } days overdue (due { $due }). Please report progress or obstacles: /baocao { $number }

## Periodic report deadlines (secretary, head)
remind-report-before = Reminder: the { $report } for { $year } (request #{ $id }) must reach the provincial committee by { $due }. Draft it: /baocaoky { $id }
remind-report-due = Today ({ $due }) is the deadline of the { $report } for { $year } (request #{ $id }) to the provincial committee. Draft it: /baocaoky { $id }

## Weekly overdue list (secretary)
overdue-list-title = Overdue tasks ({ $count }):
overdue-list-line = - No. { $number }: { $title } — due { $due } — { $owners }

## Weekly / quarterly summaries (group)
digest-weekly-title = SUMMARY OF LAST WEEK ({ $from } – { $to })
digest-quarterly-title = SUMMARY OF QUARTER { $quarter }/{ $year } ({ $from } – { $to })
digest-chart-title = Progress of the { $year } plan by section
digest-chart-quarter-title = Progress by plan section — end of quarter { $quarter }/{ $year }
digest-reports = Progress reports sent: { $count } (by { $people } people)
digest-report-line = - No. { $number } { $title }: { $name }, { $percent }%
digest-due-soon = Due this week: { $count }
digest-overdue = Overdue: { $count }
digest-task-line = - No. { $number } { $title } — due { $due } — { $owners }
digest-obstacles = Open obstacles: { $count }
digest-obstacle-line = - Task no. { $number }: { $text }
digest-progress = Progress by plan section:
digest-section-line = - { $code } { $title }: { $percent }% ({ $done }/{ $tasks } tasks done)
digest-no-plan = There is no plan for this year on the bot yet (/kehoach).
digest-more = … and { $count } more
digest-nobody = not assigned

## /caidat
cmd-caidat = Message times, reminders, switch message kinds on/off
help-caidat = /caidat — see and change the weekly digest time, feedback batch times, reminder lead days, quiet hours; switch each kind of message on or off
caidat-title = Message settings of { $agency }:
caidat-digest = - Weekly digest: { $day } at { $time }  (/caidat tonghop thu2 08:00)
caidat-feedback = - Feedback batches to the group: { $times }  (/caidat gopy 08:00,16:00)
caidat-reminder-time = - Private reminders at: { $time }  (/caidat nhacviec 08:00)
caidat-deadline-lead = - Task deadline reminder: { $days } working days before  (/caidat nhachan 3)
caidat-meeting-lead = - Report nudge before a quarterly meeting: { $days } working days before  (/caidat nhachop 3)
caidat-quiet = - Quiet hours (nothing sent): from { $start } to { $end }  (/caidat gionghi 20:00 07:00)
caidat-quiet-none = - Quiet hours: none, messages are sent day and night  (set: /caidat gionghi <start> <end>, e.g. /caidat gionghi 20:00 07:00)
caidat-kinds-title = Kinds of message (off: /caidat tat <kind>, on: /caidat bat <kind>):
caidat-kind-line = - { $kind }: { $label } — { $state }
caidat-on = on
caidat-off = off
caidat-saved = Settings saved.
caidat-usage =
    I did not understand that setting. Forms:
    /caidat — show the settings
    /caidat tonghop thu2 08:00 — weekday (thu2…thu7, cn) and time of the weekly digest
    /caidat gopy 08:00,16:00 — feedback batch times (at most 6)
    /caidat nhacviec 08:00 — time of private reminders
    /caidat nhachan 3 — remind task deadlines this many working days before (0–15)
    /caidat nhachop 3 — remind to report this many working days before a quarterly meeting (0–15)
    /caidat gionghi 20:00 07:00 — quiet hours
    /caidat tat nhachan — switch a kind off; /caidat bat nhachan — back on
    Kinds: { $kinds }
err-settings-invalid = That setting value is not valid. Type /caidat to see the forms.
err-settings-quiet-too-long = Quiet hours longer than 14 hours would block daytime messages too. A valid example: /caidat gionghi 20:00 07:00
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
kind-nhachan = Task deadline reminders to the assignees
kind-quahan = Weekly overdue list to the secretary
kind-baocao = 6-month / annual report deadlines to the secretary and head
kind-tonghop = Weekly digest in the group
kind-tonghopquy = Quarterly summary in the group
kind-gopy = Anonymous feedback batches to the group
kind-hop = Meeting reminders in the group
kind-nhacbaocao = Report nudges before a quarterly meeting

## /ngaynghi
cmd-ngaynghi = Public holidays and make-up working days (reminder calendar)
help-ngaynghi = /ngaynghi — list, add, remove days off; a reminder falling on a day off moves to the previous working day
ngaynghi-title = Days off in { $year } (reminders falling on these days, Saturdays or Sundays move to the previous working day):
ngaynghi-line = - { $day }: { $name }
ngaynghi-line-agency = - { $day }: { $name } (added by the agency)
ngaynghi-line-workday = - { $day }: working day (make-up) { $name }
ngaynghi-none = (no days off yet)
ngaynghi-hint =
    The calendar follows the government's announcement; check it against the official notice.
    Add a day off: /ngaynghi them 01/09/2026 Compensatory day
    Make-up working day (a Saturday worked): /ngaynghi lambu 09/05/2026
    Remove: /ngaynghi xoa 01/09/2026
ngaynghi-usage =
    Forms:
    /ngaynghi [year] — list days off
    /ngaynghi them <day> [note] — add a day off, e.g. /ngaynghi them 01/09/2026 Compensatory day
    /ngaynghi lambu <day> — a Saturday/Sunday that is worked
    /ngaynghi xoa <day> — remove a day off
ngaynghi-bad-day = "{ $input }" is not a valid day. Type it as 01/09/2026.
ngaynghi-added = Day off { $day } added. Reminders falling on it are sent on the previous working day.
ngaynghi-workday-added = { $day } recorded as a working day.
ngaynghi-removed = The agency's change for { $day } was removed.
ngaynghi-removed-file = { $day } is now a working day for the agency (not off as in the national calendar).
err-holiday-not-found = { $day } is not a day off in the calendar. Type /ngaynghi to see the list.
err-holiday-year = Days off can be edited for { $from }–{ $to } only.
err-holiday-note-too-long = The note is longer than 100 characters.

## Reminder to check next year's days off (December, secretary)
holiday-check-title = Year-end reminder: check the public holidays and Tết of { $year }
holiday-check-from-file = The bot's { $year } calendar comes from the holiday data file shipped with the bot. The file's note: { $source }
holiday-check-computed = The bot has no official { $year } calendar yet: the days below were computed by the bot from the Labour Code 2019 (articles 111, 112) and the lunar calendar (5 days of Lunar New Year, the Hùng Kings' day on 10/3 lunar, a compensatory day when a holiday falls on a Saturday or Sunday), without any swapped or make-up days.
holiday-check-none = The bot has no { $year } calendar; enter the days off with /ngaynghi.
holiday-check-action = Please compare with the government's official { $year } arrangement and correct it with /ngaynghi: /ngaynghi them <day> — add a day off; /ngaynghi lambu <day> — a make-up working day; /ngaynghi xoa <day> — remove a day that is not off. Reminders that fall on a day off move to the working day before.
