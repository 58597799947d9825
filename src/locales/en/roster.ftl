# Roster, invitations, group binding

cmd-khoitao = Create the agency (administrators)
cmd-moi = Create an invitation link
cmd-thanhvien = List members
cmd-doivaitro = Change a member's role
cmd-xoathanhvien = Remove a member from the committee
cmd-ketnoi = Link this group to the agency
help-khoitao = /khoitao <agency name> — create the agency; you become its secretary
help-moi = /moi <role> [days] [phòng <department>] — create an invitation link; roles: truongban, phoban, thanhvien, thuky, congchuc
help-thanhvien = /thanhvien — list members
help-doivaitro = /doivaitro <number> <role> — change that member's role
help-xoathanhvien = /xoathanhvien <number> — remove a member (their past reports keep their name)
help-ketnoi = /ketnoi — (in the group) link the group so the bot posts reminders and summaries there

khoitao-usage = Usage: /khoitao <agency name>, e.g. /khoitao Thanh tra tỉnh Tây Ninh (3–200 characters).
khoitao-start = Creating the agency “{ $agency }”. You will be the committee secretary.
khoitao-done =
    ✅ The agency “{ $agency }” was created. You are the committee secretary.
    Next steps:
    1. Invite members: /moi truongban, /moi phoban, /moi thanhvien, /moi congchuc
    2. Add the bot to the committee's Telegram group and send /ketnoi there.

join-start = You are invited to join “{ $agency }” as { $role }.
profile-ask-name = Please type your full name, e.g. Nguyễn Thị Lan
profile-ask-position = What is your position? E.g. Deputy Chief of Office
profile-bad-name = A full name has 2–100 characters on one line, with letters. Please type it again.
profile-bad-position = A position has 2–100 characters on one line. Please type it again.
profile-confirm =
    Please check:
    • Full name: { $name }
    • Position: { $position }
    • Role: { $role }
    • Agency: { $agency }
    Press “Confirm” (or type “đồng ý”) to finish, “Re-enter” to correct, /huy to cancel.
profile-confirm-typed = Type “đồng ý” to confirm, “nhập lại” to correct, or /huy to cancel.
btn-confirm = ✅ Confirm
btn-redo = ✏️ Re-enter
btn-cancel = ❌ Cancel
join-done =
    ✅ Welcome { $name } to “{ $agency }” as { $role }.
    Type /trogiup to see the commands you can use.

moi-choose-role = Invite with which role? Choose below, or type /moi <role> [days valid], role: truongban, phoban, thanhvien, thuky, congchuc.
moi-usage = Usage: /moi <role> [days], role is one of: truongban, phoban, thanhvien, thuky, congchuc; valid for 1–30 days (default 7).
thanhvien-title = Members of { $agency } ({ $count }):
thanhvien-line = #{ $id } { $name } — { $role } ({ $position })
thanhvien-manage-hint = Change role: /doivaitro <number> <role> · Remove: /xoathanhvien <number> · Invite: /moi
doivaitro-usage = Usage: /doivaitro <member number> <role>, e.g. /doivaitro 5 phoban. Numbers are in /thanhvien.
doivaitro-choose = Choose the new role for { $name }:
doivaitro-done = ✅ { $name } is now { $role }.
xoathanhvien-usage = Usage: /xoathanhvien <member number>, e.g. /xoathanhvien 5. Numbers are in /thanhvien.
xoathanhvien-confirm = Remove { $name } ({ $role })? Their past reports keep their name.
xoathanhvien-done = ✅ { $name } was removed from the member list. Past reports are kept.
xoathanhvien-kept = Nothing changed, nobody was removed.

ketnoi-done =
    ✅ This group is now linked to “{ $agency }”.
    The bot will post here: quarterly committee meeting reminders, task and report deadline reminders, weekly and quarterly progress summaries, and staff feedback (in batches, anonymous).
    Progress reports and feedback are sent in a private chat with the bot, never in the group.
ketnoi-moved = Note: the agency's previous group will no longer receive notices.
ketnoi-left-old = The bot moved to a new group of “{ $agency }”; this group no longer receives notices.
bot-added-to-group = Hello! The secretary or the head sends /ketnoi in this group to link it to the agency.

err-forbidden = You are not allowed to do this.
err-already-member = You are already a member of “{ $agency }”; there is no need to join again.
err-invite-unknown = This invitation code is wrong or was revoked. Please check it or ask the secretary for a new one.
err-invite-used = This invitation code was already used. Each code works once; please ask the secretary for a new one.
err-invite-expired = This invitation code has expired. Please ask the secretary for a new one.
err-invite-days = The number of days must be between 1 and { $max }.
err-member-unknown = There is no member number { $id } in the agency. Numbers are in /thanhvien.
err-member-self = You cannot change your own role or remove yourself; ask another secretary or the head.
err-group-taken = This group is already linked to another agency.
