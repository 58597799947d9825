# Anonymous feedback (/gopy, /theodoi) and its handling (/gopy_ds, /traloi, /gopy_nhan, /gopy_dong)

cmd-gopy = Send anonymous feedback
help-gopy = /gopy — send anonymous feedback, a complaint or a recommendation to the committee
cmd-theodoi = Follow feedback by its code
help-theodoi = /theodoi <code> — status and replies of feedback you sent
cmd-gopy_ds = List feedback
help-gopy_ds = /gopy_ds [moi | dangxuly | datraloi | dadong | tatca] — feedback by status, and statistics
cmd-traloi = Reply to feedback
help-traloi = /traloi <number> <text> — reply to feedback number N
cmd-gopy_nhan = Take feedback
help-gopy_nhan = /gopy_nhan <number> — take feedback number N
cmd-gopy_dong = Close feedback
help-gopy_dong = /gopy_dong <number> — close feedback number N

gopy-cat-SUGGESTION = Suggestion
gopy-cat-COMPLAINT = Complaint
gopy-cat-RECOMMENDATION = Recommendation
gopy-cat-OTHER = Other
gopy-status-NEW = New
gopy-status-IN_PROGRESS = In progress
gopy-status-ANSWERED = Answered
gopy-status-CLOSED = Closed

gopy-intro =
    ANONYMOUS FEEDBACK to the QCDC steering committee
    • Stored: the text, its category and the date (no time).
    • NOT stored: who you are — no account id, no name, no time of sending. So the bot's tables and backups do not tell who sent it. Note: the text itself (details only you know) can still give the writer away; and for a few minutes right after sending, whoever runs the server and looks at the database file's modification time can still tell when a piece of feedback was sent (not who sent it).
    • The committee receives feedback in batches at fixed times of day, not the moment you send it.
    • { $platform } itself still knows that you talked to the bot; if that worries you, use the agency's paper feedback box.
    • The draft lives only in the bot's memory: after a restart or { $minutes } minutes without activity it is lost and must be written again. Another command also discards it.
    • No photos or files: what travels with a photo can identify the sender.
    You can still send { $left } pieces of feedback today.

    Step 1/3: choose a category ({ $buttons ->
        [yes] button or number
       *[no] type the number
    }): 1. Suggestion · 2. Complaint · 3. Recommendation · 4. Other
gopy-intro-no-delete =
    ANONYMOUS FEEDBACK to the QCDC steering committee
    • Stored: the text, its category and the date (no time).
    • NOT stored: who you are — no account id, no name, no time of sending. So the bot's tables and backups do not tell who sent it. Note: the text itself (details only you know) can still give the writer away; and for a few minutes right after sending, whoever runs the server and looks at the database file's modification time can still tell when a piece of feedback was sent (not who sent it).
    • The committee receives feedback in batches at fixed times of day, not the moment you send it.
    • { $platform } still knows that you talked to the bot, and messages on { $platform } cannot be erased: the bot cannot delete any message, and deleting the conversation on your phone removes only that phone's copy. The drafting dialogue and the receipt code stay in this conversation. If that worries you, use the agency's paper feedback box.
    • The draft lives only in the bot's memory: after a restart or { $minutes } minutes without activity it is lost and must be written again. Another command also discards it.
    • No photos or files: what travels with a photo can identify the sender.
    You can still send { $left } pieces of feedback today.

    Step 1/3: choose a category (type the number): 1. Suggestion · 2. Complaint · 3. Recommendation · 4. Other
gopy-category-typed = { $buttons ->
        [yes] Press a button or type a number from 1 to 4
       *[no] Type a number from 1 to 4
    } (1. Suggestion · 2. Complaint · 3. Recommendation · 4. Other). /huy cancels.
gopy-ask-text = Step 2/3 — { $category }: write the text in ONE message (at most { $max } characters). /huy cancels.
gopy-no-media = Only text is accepted. Photos, files and voice can carry information that identifies the sender (device, place, time taken). Please type your feedback.
gopy-preview =
    Step 3/3 — check before sending:
    Category: { $category }
    Text:
    { $text }

    Press “Send” (or type “gửi”), “Rewrite” (type “viết lại”) or /huy to cancel.
gopy-preview-typed = Type “gửi” to send, “viết lại” to rewrite the text, or /huy to cancel.
gopy-btn-send = 📨 Send
gopy-btn-redo = ✏️ Rewrite
gopy-btn-cancel = ❌ Cancel
gopy-btn-delete = 🗑 I saved the code — delete this message
gopy-btn-delete-view = 🗑 Read — delete this message
gopy-sent =
    Feedback sent. Your receipt code:

    { $code }

    Write it down now: it is shown only once and not stored, so it cannot be issued again. Use /theodoi { $code } to see the status and the committee's replies.
    The feedback reaches the committee with the next batch.
    The bot deleted the messages of this draft from the chat. Once you have the code, press the button below to delete this message too.
gopy-sent-no-delete =
    Feedback sent. Your receipt code:

    { $code }

    Write it down now: it is shown only once and not stored, so it cannot be issued again. Use /theodoi { $code } to see the status and the committee's replies.
    The feedback reaches the committee with the next batch.
    On this platform the bot cannot delete messages: once you have the code, delete the draft's messages and this message yourself.
gopy-cancelled = The feedback draft was discarded; nothing was stored.
gopy-draft-gone = There is no feedback draft (drafts live only in memory; the bot may have restarted or the draft expired). Type /gopy to start again.
gopy-draft-expired = The feedback draft expired after { $minutes } minutes without activity and was erased from memory; your last message was not sent. Type /gopy to start again.
gopy-edit-ignored = Edited messages are not accepted. Please send the text again as a new message.
gopy-private-only = Anonymous feedback is sent in a private chat with the bot. Press the button below to open it.

theodoi-usage = Usage: /theodoi <receipt code>, e.g. /theodoi GY-7KQ2-M9XD-4TFA
theodoi-view =
    Feedback number { $number } ({ $category }, sent on { $date })
    Status: { $status }
theodoi-no-replies = No reply yet.
theodoi-replies = The committee's replies:
theodoi-reply-line = — { $date }: { $text }
theodoi-erased = (The bot deleted your message containing the code from the chat.)
theodoi-not-erased = (The bot could not delete your message containing the code: please delete it yourself.)

gopy-batch-header = NEW ANONYMOUS FEEDBACK ({ $count })
gopy-batch-header-part = NEW ANONYMOUS FEEDBACK ({ $count }) — part { $part }/{ $parts }
gopy-batch-item =
    Feedback number { $number } · { $category } · { $date }
    { $text }
gopy-btn-take = Take no. { $number }
gopy-btn-reply = Reply no. { $number }
gopy-btn-close = Close no. { $number }

gopy-ds-title = Feedback — { $status } ({ $count })
gopy-ds-empty = No feedback in this status.
gopy-ds-item = • No. { $number } · { $category } · { $date } · { $status }{ $replies }
    { $text }
gopy-ds-replies = {" "}· { $count } replies
gopy-ds-usage = Usage: /gopy_ds [moi | dangxuly | datraloi | dadong | tatca]. Nothing: all feedback not yet closed.
gopy-ds-open = not closed
gopy-ds-all = all
gopy-ds-hint = Take: /gopy_nhan <number> · Reply: /traloi <number> <text> · Close: /gopy_dong <number>
gopy-stats-title = The last 12 months (only groups of { $k } or more items are shown):
gopy-stats-line = { $month } · { $category }: { $count }
gopy-stats-none = No group has { $k } items yet.
gopy-stats-hidden = ({ $hidden } groups with fewer than { $k } items are not shown, so that nobody can be singled out.)

gopy-number-usage = Usage: /{ $command } <feedback number>, e.g. /{ $command } 12
gopy-taken = { $name } took feedback number { $number }.
gopy-already-taken = Feedback number { $number } is “{ $status }”.
gopy-closed = { $name } closed feedback number { $number }.
gopy-already-closed = Feedback number { $number } was already closed.
gopy-reply-open-private = Open the private chat with the bot to write the reply.
traloi-usage = Usage: /traloi <number> <text>, e.g. /traloi 12 The committee has noted this and will change the duty roster.
traloi-ask-text = Reply to feedback number { $number } ({ $category }, { $date }):
    { $text }

    Type the reply (at most { $max } characters), or /huy to cancel.
traloi-confirm =
    Reply to feedback number { $number }:
    { $text }

    Only for the sender (via the receipt code), or also posted to the committee group? Press a button, or type “riêng” / “công khai”; /huy cancels.
traloi-confirm-typed = Type “riêng” (sender only) or “công khai” (also post to the group), or /huy to cancel.
gopy-reply-in-private = Reply to feedback in your private chat with the bot: open it and type { $command }
traloi-btn-private = 🔒 Sender only
traloi-btn-public = 📢 Also post to the group
traloi-done = The reply to feedback number { $number } is saved. The sender sees it with the receipt code.
traloi-done-public = The reply to feedback number { $number } is saved and queued for the committee group. The sender sees it with the receipt code.
gopy-public-reply =
    Trả lời góp ý số { $number }:
    { $text }

err-feedback-empty = The feedback text is empty. Please type it.
err-feedback-too-long = The text is { $length } characters long, more than the { $max } allowed. Please shorten it and send again.
err-feedback-quota = You have sent { $max } pieces of feedback today, the daily maximum. Please continue tomorrow.
err-feedback-code-unknown = No feedback has this code. Please check it (form GY-XXXX-XXXX-XXXX).
err-feedback-code-wait = Too many wrong codes. Please try again in { $minutes } minutes.
err-feedback-unknown = There is no feedback number { $number }.
err-feedback-closed = Feedback number { $number } is closed and cannot be changed.
err-feedback-leaders-only = Only the head, deputy and secretary handle feedback.
err-feedback-reply-empty = The reply is empty.
err-feedback-no-group = The agency has no committee group bound yet, so nothing can be posted. Choose “riêng”, or bind the group with /ketnoi.
