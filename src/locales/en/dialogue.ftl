# Dialogues of the head with the staff (/doithoai, /hoi, /hoi_an, /hoi_xem, /giaidap): docs/dialogue.md

cmd-doithoai = Dialogues
help-doithoai = /doithoai [number] — the agency's dialogues; with a number: time, place and how to ask a question
cmd-doithoai_moi = Schedule a dialogue
help-doithoai_moi = /doithoai_moi — schedule and announce a dialogue with the staff
cmd-doithoai_dong = Close questions
help-doithoai_dong = /doithoai_dong <number> <participants> — stop taking questions, record the participants
cmd-doithoai_bienban = Dialogue minutes
help-doithoai_bienban = /doithoai_bienban <number> — the minutes of the dialogue (.docx)
cmd-hoi = Ask a question
help-hoi = /hoi <number> <question> — send a question under your name to a dialogue
cmd-hoi_an = Ask anonymously
help-hoi_an = /hoi_an <number> <question> — send an anonymous question (you get a code to read the answer)
cmd-hoi_xem = Read an anonymous answer
help-hoi_xem = /hoi_xem <code> — read the answer to your anonymous question
cmd-giaidap = Answer a question
help-giaidap = /giaidap <number> <question> <text> — record the answer; /giaidap <number> <question> giao — make it a task

dialogue-anonymous = Anonymous question
dialogue-btn-how = How to ask
dialogue-notice =
    DIALOGUE ANNOUNCEMENT — no. { $number }
    Topic: { $topic }
    Time: { $when }
    Place: { $place }

    You may send questions before and during the dialogue:
    • /hoi { $number } <question>   (under your name; you will be told the answer)
    • /hoi_an { $number } <question>   (anonymous: who you are is not recorded; you get a code to read the answer with /hoi_xem)

dialogue-batch-header = Dialogue no. { $number } ({ $topic }): { $count } new questions.
dialogue-batch-closing = Questions closed for dialogue no. { $number } ({ $topic }). Last questions: { $count }. Minutes: /doithoai_bienban { $number }
dialogue-batch-item = Question no. { $n } — { $author }:
    { $text }
dialogue-batch-howto = Answer: /giaidap { $number } <question> <text>; needs more time: /giaidap { $number } <question> giao. List: /doithoai { $number }

dialogue-task-description = Question no. { $question } at dialogue no. { $number } ({ $topic }).
dialogue-task-default-note = This needs more time; the answer will follow once it is settled.
dialogue-task-answer = { $note } Task no. { $task } assigned to { $names }, due { $due }.
dialogue-answer-notice =
    ANSWER — dialogue no. { $number } ({ $topic })
    Your question: { $question }

    Answer: { $answer }

dialogue-minutes-summary = Dialogue of the head of the agency with the staff
dialogue-minutes-part1 = I. TIME, PLACE, PARTICIPANTS
dialogue-minutes-clock = { $hour }:{ $minute }
dialogue-minutes-time = Time: from { $time }, { $date }.
dialogue-minutes-place = Place: { $place }.
dialogue-minutes-chair = Chair: { $name }, { $position }.
dialogue-minutes-secretary = Secretary: { $name }.
dialogue-minutes-participants = Participants: the agency's staff; { $participants } present (the invitation went to { $invited }).
dialogue-minutes-invited = Participants: the agency's staff (the invitation went to { $invited }).
dialogue-minutes-part2 = II. CONTENT
dialogue-minutes-topic = Topic: { $topic }.
dialogue-minutes-figures = Questions: { $questions } (of which { $anonymous } anonymous); answered: { $answered }; made into tasks: { $tasks }. Questions and answers:
dialogue-minutes-still-open = (Drawn up on { $date }, before questions were closed; the figures may change.)
dialogue-minutes-col-no = No.
dialogue-minutes-col-question = Question
dialogue-minutes-col-from = Asked by
dialogue-minutes-col-answer = Answer
dialogue-minutes-from = { $name }
dialogue-minutes-from-dept = { $name } ({ $department })
dialogue-minutes-from-anon = Anonymous question
dialogue-minutes-not-answered = Not answered
dialogue-minutes-no-questions = The dialogue received no question.
dialogue-minutes-part3 = III. TASKS ASSIGNED
dialogue-minutes-task-line = - Question no. { $question } ({ $text }): task no. { $task } assigned to { $names }, due { $due }.
dialogue-minutes-no-tasks = No task was assigned after the dialogue.
dialogue-minutes-closing = The dialogue ended the same day. These minutes were approved at the dialogue./.
dialogue-minutes-closing-at = The dialogue ended at { $time } the same day. These minutes were approved at the dialogue./.
dialogue-minutes-sign-secretary = Secretary
dialogue-minutes-sign-chair = Chair

doithoai-moi-usage =
    Schedule a dialogue: type /doithoai_moi, then on new lines:
    Chủ đề: Staff benefits for 2027
    Thời gian: 15/12/2026 14:00
    Địa điểm: Hall, 3rd floor
    Đối tượng: tất cả   (or: công chức · ban chỉ đạo · phòng Văn phòng, Phòng Nghiệp vụ 1)
doithoai-field-topic = Topic
doithoai-field-when = Time
doithoai-field-place = Place
doithoai-field-audience = Audience
doithoai-missing = Missing: { $fields }.
doithoai-audience-unknown = No such department: { $names }. Departments: { $known }.
doithoai-audience-empty = Please name the audience: tất cả, công chức, ban chỉ đạo, or departments.
doithoai-bad-when = The time “{ $text }” is not valid. Please give a date and a time, e.g. 15/12/2026 14:00.
doithoai-date-nonexistent = { $text } is not a date on the calendar. Please check it (dd/mm/yyyy).
doithoai-scheduled = ✅ Dialogue no. { $number } scheduled: { $topic }, { $when }, at { $place }. Announced to { $count } people. Questions sent ahead reach you in batches and when the dialogue starts.
doithoai-dong-usage = Type: /doithoai_dong <dialogue> <participants>, e.g. /doithoai_dong 1 45
doithoai-closed = Questions closed for dialogue no. { $number } ({ $participants } participants). { $count } more delivered; { $total } in all. Answer each: /doithoai { $number }
doithoai-bienban-usage = Type: /doithoai_bienban <dialogue>, e.g. /doithoai_bienban 1
doithoai-bienban-caption = Minutes of dialogue no. { $number }: { $questions } questions ({ $anonymous } anonymous), { $answered } answered, { $tasks } made into tasks.

doithoai-none = The agency has no dialogue yet.
doithoai-list-title = Dialogues:
doithoai-list-line = • No. { $number }: { $topic } — { $when } — { $status }
doithoai-list-footer = Details and how to ask: /doithoai <number>
doithoai-usage = Type: /doithoai or /doithoai <number>, e.g. /doithoai 1
doithoai-status-OPEN = taking questions
doithoai-status-CLOSED = closed
doithoai-status-CANCELLED = cancelled
doithoai-detail =
    Dialogue no. { $number } — { $status }
    Topic: { $topic }
    Time: { $when }
    Place: { $place }
doithoai-how =
    Send a question (before or during the dialogue):
    • /hoi { $number } <question>   (under your name)
    • /hoi_an { $number } <question>   (anonymous; you get a code to read the answer with /hoi_xem <code>)
doithoai-no-more-questions = This dialogue takes no more questions.
doithoai-questions-count = { $count } questions received, { $answered } answered; { $pending } waiting for the next batch.
doithoai-btn-answer = Answer question { $question }
doithoai-btn-task = Make question { $question } a task
doithoai-answer-howto = Answer: /giaidap { $number } <question> <text>; make it a task: /giaidap { $number } <question> giao
doithoai-question-line = Question no. { $n } — { $author }:
    { $text }
doithoai-question-unanswered = → Not answered yet.
doithoai-question-answer = → Answer: { $answer }

hoi-usage = Type: /hoi <dialogue> <question>, e.g. /hoi 1 When is the next salary step?
hoi-recorded = ✅ Your question was sent to dialogue no. { $number } ({ $topic }). You will be told the answer.

hoi-an-private = Anonymous questions are sent only in the private chat with the bot, so nobody in the group sees you send one.
hoi-an-usage = Type: /hoi_an <dialogue> <question>, e.g. /hoi_an 1 Please publish the criteria for awards.
hoi-an-recorded =
    ✅ Your anonymous question was sent to dialogue no. { $number }. The bot does not record who you are, only the question; it is delivered in a batch with the others.
    Code to read the answer (shown once, please note it): { $code }
    Read the answer: /hoi_xem { $code }
    Your question message was deleted from the chat.
hoi-an-recorded-no-delete =
    ✅ Your anonymous question was sent to dialogue no. { $number }. The bot does not record who you are, only the question; it is delivered in a batch with the others.
    Code to read the answer (shown once, please note it): { $code }
    Read the answer: /hoi_xem { $code }
    Please delete your question message and this one once you have noted the code.
hoi-xem-usage = Type: /hoi_xem <code>, e.g. /hoi_xem DT-7KQ2-M9XD-4TFA
hoi-xem-view =
    Anonymous question — dialogue no. { $number } ({ $topic }):
    { $question }
hoi-xem-answer = Answer: { $answer }
hoi-xem-waiting-answer = Delivered to the committee, not answered yet.
hoi-xem-not-delivered = Waiting for the next batch to the committee.
hoi-xem-erased = Your message with the code was deleted.
hoi-xem-not-erased = Please delete your message with the code.

giaidap-usage = Type: /giaidap <dialogue> <question> <answer>, or /giaidap <dialogue> <question> giao to make it a task.
giaidap-done-named = ✅ Answer to question no. { $question } (dialogue no. { $number }) recorded; the asker is told.
giaidap-done-anonymous = ✅ Answer to question no. { $question } (dialogue no. { $number }) recorded. The anonymous asker reads it with their code.
giaidap-ask-text =
    Question no. { $question }: { $text }
    Please type the answer.
giaidap-task-intro = Make it a task: { $text }
giaidap-ask-due = Due date (dd/mm/yyyy)? A question left for later needs a deadline.
giaidap-bad-due = The due date is dd/mm/yyyy, e.g. 31/12/2026. Please type it again.
giaidap-task-done = ✅ Question no. { $question } (dialogue no. { $number }) became task no. { $task }. Answer recorded: { $answer }

err-dialogue-topic = The topic needs letters, 5 to { $max } characters.
err-dialogue-place = The place needs letters, at most { $max } characters.
err-dialogue-question-empty = Please type the question after the dialogue's number, e.g. /hoi 1 Could you tell us …
err-dialogue-question-short = The question is too short. Please say what you are asking.
err-dialogue-question-long = The question has { $length } characters, at most { $max }. Please shorten it.
err-dialogue-answer-empty = The answer needs letters. Please type it again.
err-dialogue-answer-long = The answer has at most { $max } characters.
err-dialogue-participants = The participants are a positive whole number ({ $invited } invited).
err-dialogue-in-past = That time has passed. Please choose a time ahead.
err-dialogue-too-far = Dialogues are scheduled at most 2 years ahead.
err-dialogue-audience-empty = The chosen audience has no active member.
err-dialogue-unknown = There is no dialogue no. { $number }. List: /doithoai
err-dialogue-closed = Dialogue no. { $number } takes no more questions.
err-dialogue-cancelled = Dialogue no. { $number } was cancelled.
err-dialogue-not-started = Dialogue no. { $number } has not started ({ $when }). Questions are closed only once it has begun.
err-dialogue-anon-quota = At most { $max } anonymous questions a day per person. Please send more tomorrow.
err-dialogue-code-unknown = Wrong or unknown code. Please check it (DT-XXXX-XXXX-XXXX).
err-dialogue-already-answered = Question no. { $question } (dialogue no. { $number }) is already answered.
err-dialogue-question-unknown = Dialogue no. { $number } has no question no. { $question } ({ $last } delivered). New questions get a number when their batch is delivered.
