# Consultations on drafts (/layykien, /ykien, /ykien_an, /tiepthu, /giaitrinh): docs/consultations.md

cmd-layykien = Consult the staff on a draft
help-layykien = /layykien — open a consultation of the staff on a draft
cmd-layykien_ds = Consultations
help-layykien_ds = /layykien_ds [number] — the consultations; with a number: who has not answered, by department
cmd-layykien_dong = Close a consultation
help-layykien_dong = /layykien_dong <number> — close consultation N early
cmd-layykien_baocao = Summary of comments
help-layykien_baocao = /layykien_baocao <number> — the summary of comments and how each was taken up (.docx)
cmd-tiepthu = Accept a comment
help-tiepthu = /tiepthu <consultation> <comment> <text> — record that a comment was taken up
cmd-giaitrinh = Explain a comment
help-giaitrinh = /giaitrinh <consultation> <comment> <text> — record why a comment was not taken up
cmd-ykien = Comment on a draft
help-ykien = /ykien [number] [agree | no comment | your comment] — answer a consultation under your name
cmd-ykien_an = Comment anonymously
help-ykien_an = /ykien_an <number> <agree | no comment | your comment> — answer a consultation anonymously

consult-btn-agree = Agree
consult-btn-none = No comment
consult-btn-agree-anon = Agree (anonymous)
consult-btn-none-anon = No comment (anonymous)
consult-btn-comment = Comment (named or anonymous)
consult-draft-cut = (full text { $length } characters: type /ykien and the number to read it)
consult-anonymous = Anonymous comment

consult-notice =
    CONSULTATION ON A DRAFT — number { $number }
    { $title }
    Answers until the end of { $deadline }.

    { $draft }

    Please answer: choose below or type
    • /ykien { $number } đồng ý   or   /ykien { $number } không có ý kiến
    • /ykien { $number } <your comment>   (named)
    • /ykien_an { $number } <your comment>   (anonymous: who you are is not stored)
    One answer per person. Note on anonymous answers: the drafting side knows who has answered (to remind the others) and who answered under their name; if only one person answers anonymously, it can still be inferred.
consult-reminder =
    REMINDER: you have not answered the consultation number { $number }
    { $title }
    Answers until the end of { $deadline }.

    { $draft }

    Type /ykien { $number } đồng ý, /ykien { $number } <your comment>, or /ykien_an { $number } <comment> to answer anonymously.

consult-batch-header = Consultation { $number } ({ $title }): { $count } new answers — { $agree } agree, { $none } no comment, { $comments } comments.
consult-batch-closing = Consultation { $number } ({ $title }) is closed. Last answers: { $count } — { $agree } agree, { $none } no comment, { $comments } comments. Summary: /layykien_baocao { $number }
consult-batch-item = Comment { $n } — { $author }:
    { $text }
consult-batch-howto = Record how each comment was taken up: /tiepthu { $number } <comment> <text> or /giaitrinh { $number } <comment> <text>.

layykien-usage =
    Open a consultation: type /layykien, then on new lines:
    Tiêu đề: the title of the draft
    Đối tượng: tất cả   (or: ban chỉ đạo · công chức · phòng <names>)
    Hạn: 15/12/2026
    Dự thảo: the draft (several lines) or a link to the file
layykien-missing = Missing: { $fields }.
layykien-field-title = Tiêu đề
layykien-field-audience = Đối tượng
layykien-field-deadline = Hạn
layykien-field-draft = Dự thảo
layykien-audience-unknown = No such department: { $names }. Departments: { $known }.
layykien-audience-empty = "Đối tượng" must be: tất cả, ban chỉ đạo, công chức, or phòng and the department names.
layykien-opened = Consultation { $number } opened: { $title }. Sent to { $count } people; answers until the end of { $deadline }. Answers reach you in batches at fixed times of day.
layykien-none = No consultation yet. Type /layykien to open one.
layykien-list-title = CONSULTATIONS
layykien-list-line = No. { $number }. { $title } — { $status }, until { $deadline }: { $answered }/{ $asked } answered
layykien-status-OPEN = open
layykien-status-CLOSED = closed
layykien-detail =
    Consultation { $number }: { $title }
    { $status }, until the end of { $deadline }. Answered: { $answered }/{ $asked }.
layykien-not-answered = Not answered yet:
layykien-not-answered-dept = • { $department }: { $names }
layykien-no-dept = No department
layykien-all-answered = Everyone has answered.
layykien-closed = Consultation { $number } closed; { $count } last answers delivered with it. Summary: /layykien_baocao { $number }
layykien-num-usage = Give the consultation's number, e.g. { $example }
layykien-report-caption = Summary of comments, consultation { $number }: { $answered }/{ $asked } answered; { $comments } comments ({ $accepted } taken up, { $explained } explained, { $pending } pending).
respond-usage = Type: /{ $command } <consultation> <comment> <text>, e.g. /{ $command } 1 2 Added to Article 5.
respond-done = Recorded: { $uptake } for comment { $comment } (consultation { $number }).
uptake-ACCEPTED = taken up
uptake-EXPLAINED = explained

ykien-none-open = No consultation is waiting for your answer.
ykien-open-title = DRAFTS WAITING FOR YOUR ANSWER
ykien-open-line = No. { $number }. { $title } — until the end of { $deadline }
ykien-open-footer = Type /ykien <number> to read the draft and answer.
ykien-how =
    To comment on draft { $number }, type in one message
    /ykien { $number } <your comment>   — named
    /ykien_an { $number } <your comment>   — anonymous
ykien-recorded = Your answer to draft { $number } is recorded. Thank you.
ykien-an-recorded = Your anonymous answer to draft { $number } is recorded. The bot only marks that you answered (so you are not reminded), not which answer is yours. Thank you.
ykien-an-recorded-no-delete = { ykien-an-recorded } This platform does not let the bot delete messages: delete the message you sent yourself if you wish.
ykien-an-usage =
    Anonymous answer: type /ykien_an <number> and your text in one message, e.g.
    /ykien_an 1 Please add a rule on overtime.
    Who you are is not stored; answers reach the drafting side in batches at fixed times, mixed with the others.
ykien-an-private = Anonymous answers are sent only in a private chat with the bot.

consult-audience-all = all civil servants and employees
consult-audience-committee = the members of the steering committee
consult-audience-staff = the civil servants and employees
consult-audience-departments = the civil servants and employees of: { $names }

consult-report-summary = Summary of the comments on { $title } and how they were taken up
consult-report-intro = Under the grassroots democracy regulation, on { $opened } { $agency } consulted { $audience } on { $title } (consultation { $number }), with answers until the end of { $deadline }. The results:
consult-report-still-open = The consultation is still open; the figures below are as of { $date }, for the answers delivered to the drafting side so far.
consult-report-part1 = I. THE CONSULTATION
consult-report-asked = People consulted
consult-report-answered = People who answered
consult-report-share = { $count } ({ $percent }%)
consult-report-agree = Agree with the draft
consult-report-none = No comment
consult-report-comments = Comments
consult-report-comments-value = { $count } (of which { $anonymous } anonymous)
consult-report-by-dept = By department:
consult-report-dept-line = { $name }: { $answered }/{ $asked } answered
consult-report-no-dept = No department
consult-report-part2 = II. THE COMMENTS AND HOW THEY WERE TAKEN UP ({ $accepted } taken up, { $explained } explained)
consult-report-col-no = No.
consult-report-col-text = Comment
consult-report-col-from = From
consult-report-col-response = Taken up / explained
consult-report-group-accepted = 1. Comments taken up ({ $count })
consult-report-group-explained = 2. Comments explained ({ $count })
consult-report-group-pending = 3. Comments not yet handled ({ $count })
consult-report-from = { $name }
consult-report-from-dept = { $name } ({ $department })
consult-report-from-anon = Anonymous comment
consult-report-accepted = Taken up: { $note }
consult-report-explained = Explained: { $note }
consult-report-pending = Not yet handled
consult-report-no-comments = No comment on the content of the draft.
consult-report-closing = This is the summary of the comments on { $title } and how they were taken up./.
consult-report-to-committee = The agency's steering committee
consult-report-to-staff = Civil servants and employees (for information)

err-consult-answer-empty = No answer given. Type: /ykien <number> đồng ý, /ykien <number> không có ý kiến, or /ykien <number> <your comment>.
err-consult-answer-short = The comment is too short. Please write it out.
err-consult-answer-long = The comment has { $length } characters, more than { $max }. Please shorten it.
err-consult-title = The title needs 5 to { $max } characters with letters.
err-consult-draft-empty = The draft is empty. Write the draft, or a link to its file, after "Dự thảo:".
err-consult-draft-short = The draft is too short. Write it out or give a link to its file.
err-consult-draft-long = The draft is longer than { $max } characters. Put the file where the agency keeps documents and give its link.
err-consult-draft-link = The link to the draft is not valid. It must be https://…
err-consult-note-empty = Please write how the comment was taken up or why not.
err-consult-note-long = The note is longer than { $max } characters. Please shorten it.
err-consult-deadline-past = The deadline has passed. It must be today or later (dd/mm/yyyy). Nothing was recorded.
err-consult-audience-empty = Nobody is in that audience (no active member). Nothing was recorded.
err-consult-unknown = There is no consultation number { $number }.
err-consult-closed = Consultation { $number } is closed and takes no more answers.
err-consult-already-answered = You have already answered draft { $number }; one answer per person. To add something, please contact the drafting side.
err-consult-not-recipient = Draft { $number } was not sent to you for comment.
err-consult-comment-unknown = Consultation { $number } has no comment { $comment } (numbered up to { $last }; new comments are numbered when delivered in a batch).
