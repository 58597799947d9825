# Departments, documents to study, the public register. docs/documents.md

cmd-phong = The agency's departments
help-phong = /phong — departments and head counts; add, rename, remove, put members in a department
cmd-vanban = Documents to study
help-vanban = /vanban — documents to study: register, send with a deadline, see who has not confirmed per department
cmd-quantriet = Confirm having read and studied a document
help-quantriet = /quantriet [number] [note] — your documents to study; confirm "read and studied"
cmd-congkhai = The agency's public register
help-congkhai = /congkhai — what the agency has made public (date, form)

phong-title = Departments of { $agency } ({ $count }):
phong-line = #{ $id } { $name } — { $members } people
phong-empty = The agency has no departments yet.
phong-manage-hint =
    Add: /phong them <name> · Rename: /phong doiten <number> <new name> · Remove: /phong xoa <number>
    Assign: /phong gan <member number> <department number or name> ("bo" removes from the department). Member numbers: /thanhvien.
phong-usage =
    Usage:
    /phong — list
    /phong them <name>
    /phong doiten <number> <new name>
    /phong xoa <number>
    /phong gan <member number> <department | bo>
phong-added = ✅ Added { $name } (number { $id }).
phong-renamed = ✅ Renamed { $before } to { $after }.
phong-removed = ✅ Removed { $name }. Its { $members } people are now in no department; reassign them with /phong gan.
phong-assigned = ✅ { $member } is in { $department }.
phong-unassigned = ✅ { $member } is in no department now.
thanhvien-line-department = #{ $id } { $name } — { $role } ({ $position }) · { $department }
moi-department = The invited person will join { $department }.
err-department-unknown = No department “{ $name }”. See /phong.
err-department-exists = { $name } already exists; choose another name.
err-department-bad-name = A department name has 2 to { $max } characters with letters.

audience-all = the whole agency
audience-committee = the steering committee
audience-staff = staff
audience-departments = { $names }
audience-bad-empty = No audience given: tatca, banchidao, congchuc, or phòng <name>, <name>.
audience-bad-unknown = No such department: { $names }. See /phong.

vanban-empty = No documents yet.
vanban-title = Documents to study ({ $count }):
vanban-line = #{ $id } { $label }: { $state }
vanban-state-new = not sent
vanban-state-sent = { $confirmed }/{ $total } confirmed, deadline { $deadline }
vanban-hint =
    Who has not confirmed: /vanban <number>
    Register: /vanban them … · The plan's directives: /vanban mau
    Send: /vanban gui <number> <deadline dd/mm/yyyy> <audience> · Reminder lead: /vanban nhac <working days>
vanban-usage =
    Usage:
    /vanban — list; /vanban <number> — who has not confirmed, per department
    /vanban them <number> | <title> | <issuer> | <date> | <summary> [| <link>]
    /vanban mau — register the plan's directives
    /vanban gui <number> <deadline dd/mm/yyyy> <audience>
    /vanban nhac <working days>
    /vanban tep <number> — as the caption of the document's file (.pdf, .docx…, at most 10 MB); /vanban link <number> <https://…> — its link
vanban-usage-them =
    To register a document (parts separated by |):
    /vanban them <number> | <title> | <issuer> | <date dd/mm/yyyy> | <summary> [| <link>]
vanban-registered =
    ✅ Registered document { $id }: { $label }.
    Send it: /vanban gui { $id } <deadline dd/mm/yyyy> <audience>
vanban-template-done =
    ✅ Registered { $created } of the plan's directives{ $existing }:
    { $list }
vanban-template-existing = ; { $count } were already there
vanban-template-none =
    The plan's directives are all registered:
    { $list }
vanban-usage-gui =
    To send: /vanban gui <document number> <deadline dd/mm/yyyy> <audience>
    Audience: tatca, banchidao, congchuc, or phòng <name>, <name>.
vanban-bad-deadline = The deadline is a real day written dd/mm/yyyy, e.g. 30/06/{ $year }.
vanban-sent = ✅ Sent { $label } to { $recipients } people ({ $audience }), deadline { $deadline }.
vanban-sent-already = { $count } people had it already and were not sent it again.
vanban-status-head =
    { $label }
    Issued by { $issuer } on { $date }. Deadline: { $deadline }.
    Confirmed: { $confirmed }/{ $total } people; { $done }/{ $departments } departments done.
vanban-status-head-nodept =
    { $label }
    Issued by { $issuer } on { $date }. Deadline: { $deadline }.
    Confirmed: { $confirmed }/{ $total } people.
vanban-status-dept = { $name }: { $confirmed }/{ $total }
vanban-status-dept-pending = { $name }: { $confirmed }/{ $total } — not yet: { $names }
vanban-status-no-dept = In no department
vanban-status-not-sent = Document { $id } has not been sent. Send: /vanban gui { $id } <deadline dd/mm/yyyy> <audience>
vanban-nhac-done = ✅ Those who have not confirmed will be reminded { $days } working days before the deadline.
vanban-nhac-current = Reminders go { $days } working days before the deadline. Change: /vanban nhac <0–10>.

document-notice-head =
    📄 Document to study: { $label }
    Issued by { $issuer } on { $date }.
    Summary: { $summary }
document-notice-link = Full text: { $link }
document-notice-tail =
    Deadline: { $deadline }.
    Once read, please confirm “read and studied”: choose below, or type /quantriet { $id } (a note may follow).
document-reminder = ⏰ Reminder: { $label }, deadline { $deadline }. You have not confirmed yet; choose below or type /quantriet { $id }.
btn-document-confirm = Read and studied

quantriet-none = You have no documents left to confirm.
quantriet-title = Documents for you to study ({ $count }):
quantriet-line = #{ $id } { $label } — deadline { $deadline }
quantriet-hint = Confirm: { $buttons ->
        [yes] press a button, or type
       *[no] type
    } /quantriet <number> [note].
quantriet-done = ✅ Recorded that you have read and studied { $label }.
quantriet-done-note = ✅ Recorded that you have read and studied { $label }, with your note.
quantriet-already = You confirmed { $label } on { $date }; nothing more to do.
quantriet-usage = Usage: /quantriet <document number> [note]; its attached file: /quantriet tep <number>. Numbers: /quantriet.

err-document-not-sent-to-you = Document { $id } was not sent to you, so you cannot confirm it. Your documents: /quantriet.
err-document-unknown = No document { $id }. See /vanban.
err-document-exists = Document { $number } is already registered (number { $id }).
err-document-bad-number = The document number needs digits and no spaces, e.g. 30-CT/TW.
err-document-empty-title = The document has no title; nothing was registered.
err-document-empty-issuer = The issuing body is missing, e.g. Bộ Chính trị.
err-document-bad-date = The date is a real day written dd/mm/yyyy, e.g. 18/02/1998.
err-document-bad-link = A link starts with http:// or https://.
err-document-too-long = Too long (at most { $max } characters).
err-document-deadline-past = That deadline has passed; nothing was sent. Choose today or later.
err-document-no-recipients = Nobody in the agency is in that audience; nothing was sent.
err-document-all-sent = Everyone in that audience had it already; nothing was sent again.
err-document-bad-lead-days = The reminder lead is a number of working days from 0 to { $max }.

congkhai-empty = The public register of { $agency } is empty.
congkhai-title = Public register of { $agency } ({ $total } entries):
congkhai-line = { $date } · { $form }: { $content }
congkhai-more = (the latest { $shown } shown)
congkhai-manage-hint = Add: /congkhai them <form> | <date dd/mm/yyyy> | <content>; forms: niemyet, hop, vanban, congthongtin, khac.
congkhai-usage =
    Usage: /congkhai them <form> | <date dd/mm/yyyy> | <content>
    Forms: niemyet (posted), hop (announced at a meeting), vanban (in writing), congthongtin (web portal), khac (other).
congkhai-added = ✅ Added to the public register: { $content } ({ $form }, { $date }).
disclosure-form-niemyet = Posted
disclosure-form-hop = Announced at a meeting
disclosure-form-vanban = In writing
disclosure-form-congthongtin = Web portal
disclosure-form-khac = Other
err-disclosure-empty = No content given; nothing was recorded.
err-disclosure-bad-form = The form is one of: niemyet, hop, vanban, congthongtin, khac.
