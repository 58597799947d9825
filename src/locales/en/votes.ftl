# Votes (/bieuquyet, docs/votes.md) and exemplary individuals (/guongdienhinh).

cmd-bieuquyet = Votes (open or secret ballot)
help-bieuquyet = /bieuquyet — votes waiting for you; /bieuquyet <no.> <choice> — cast a ballot (e.g. /bieuquyet 3 1); /bieuquyet ketqua <no.> — result once closed; head, secretary: /bieuquyet moi, /bieuquyet dong <no.>, /bieuquyet ds
cmd-guongdienhinh = Nominate and recognise exemplary individuals
help-guongdienhinh = /guongdienhinh — this year's round and its criteria; /guongdienhinh decu <#member no.> <reasons> — nominate; secretary: mo, bophieu, congbo; head: congnhan

vote-ballot-secret = secret ballot
vote-ballot-open = open vote
vote-header = Vote no. { $number } ({ $ballot }, deadline { $deadline }):
    { $question }
vote-notice-how = Choose one option below, or type /bieuquyet { $number } <option no.>. The result is published only after the vote closes.
vote-secret-note = Secret ballot: the bot records only that you voted and adds one to the option chosen; it does not store who chose what.
vote-cast-secret = Your ballot for vote no. { $number } is recorded. The result is published after the vote closes.
vote-cast-open = Recorded: you chose “{ $label }” in vote no. { $number }. The result is published after the vote closes.
vote-none-open = No vote is waiting for you.
vote-list-title = Open votes ({ $count }):
vote-you-voted = You have voted.
vote-manager-hint = Open a vote: /bieuquyet moi <audience> | <kín or công khai> | <deadline dd/mm/yyyy HH:mm> | <question> [| <option 1>; <option 2>; …]
    Audience: ban chỉ đạo, công chức, tất cả, or phòng <department>, … Without options: yes / no / abstain.
    List: /bieuquyet ds · Close early: /bieuquyet dong <no.>
vote-usage = Not understood. Type /bieuquyet to see the open votes, or /bieuquyet <no.> <option no.> to vote (e.g. /bieuquyet 3 1).
vote-usage-moi = Usage: /bieuquyet moi <audience> | <kín or công khai> | <deadline dd/mm/yyyy HH:mm> | <question> [| <option 1>; <option 2>]
    Example: /bieuquyet moi ban chỉ đạo | kín | 10/03/2026 17:00 | Adopt the draft internal spending rules for 2026
vote-bad-ballot = Unknown ballot: type “kín” (secret) or “công khai” (open).
vote-bad-deadline = Unknown deadline: type a date dd/mm/yyyy and a time HH:mm (e.g. 10/03/2026 17:00); a date alone means 17:00.
vote-bad-audience = Unknown audience: type “ban chỉ đạo”, “công chức”, “tất cả” or “phòng <department>”.
vote-unknown-department = No such department: { $names }. Unknown audience: type “ban chỉ đạo”, “công chức”, “tất cả” or “phòng <department>”.
vote-opened = Vote no. { $number } is open for { $voters } people; a ballot is queued for each of them.
vote-usage-ketqua = Usage: /bieuquyet ketqua <no.>
vote-usage-dong = Usage: /bieuquyet dong <no.>
vote-closed-done = Vote no. { $number } is closed; the result is queued for the group.
vote-recent-title = Recent votes:
vote-recent-line = No. { $number }: { $question } — { $status }, voted { $voted }/{ $eligible }
vote-status-open = open until { $deadline }
vote-status-closed = closed
vote-recent-none = No vote yet.
vote-result-title = Result of vote no. { $number } ({ $ballot }):
    { $question }
vote-result-line = • { $label }: { $count } ballots
vote-result-turnout = Voted { $voted }/{ $eligible } people; closed at { $closed }.
vote-result-winner = Option with the most ballots: { $label }.
vote-result-tie = No option has more ballots than the others.
vote-result-named = Open vote, each person's choice:
vote-result-named-line = • { $name }: { $label }
vote-result-did-not-vote = did not vote

err-vote-bad-question = The question needs letters, at most { $max } characters.
err-vote-past-deadline = The deadline has passed or is too close: choose a moment at least 10 minutes from now.
err-vote-bad-choice-label = Each option needs letters, at most { $max } characters.
err-vote-bad-choices = Between { $min } and { $max } options are needed, separated by semicolons (;).
err-vote-duplicate-choices = Two options are the same; each must differ.
err-vote-managers-only = Only the head and the secretary open and close votes.
err-vote-empty-audience = Nobody on the roster belongs to this audience; the vote cannot be opened.
err-vote-not-found = There is no vote no. { $number }.
err-vote-closed = Vote no. { $number } is closed; the ballot is not recorded.
err-vote-bad-choice = Vote no. { $number } has options 1 to { $max } only; type /bieuquyet { $number } <option no.>.
err-vote-not-eligible = You are not in the audience of vote no. { $number }; the ballot is not recorded.
err-vote-already = You have already voted in vote no. { $number }; one ballot per person.
err-vote-already-closed = Vote no. { $number } was closed before.
err-vote-not-over = Vote no. { $number } is not closed yet; the result is published only after it closes.

exemplary-title = Recognition of exemplary individuals in implementing the Grassroots Democracy Regulation, { $year }
exemplary-status-NOMINATING = Taking nominations until { $closes }.
exemplary-status-VOTING = Nominations are closed; the committee is voting on each nominee.
exemplary-status-DECIDED = The head has decided.
exemplary-criteria-title = Criteria ({ $title }):
exemplary-criteria-line = { $code }. { $title }
exemplary-criteria-source = Source: { $source }
exemplary-criteria-unverified = Note: the wording of the criteria has not been checked against the agency's copy of the guidance.
exemplary-nominees-title = Nominees ({ $count }):
exemplary-nominee-line = #{ $id } { $name } ({ $position }) — { $count } nominations{ $vote }{ $decision }
exemplary-nominee-vote = , vote no. { $number }
exemplary-nominee-recognised = , recognised
exemplary-nominee-not-recognised = , not recognised
exemplary-reason-line = ‣ { $nominator }: { $text }
exemplary-no-nominees-yet = No nominations yet.
exemplary-how-nominate = Nominate: /guongdienhinh decu <#member no.> <reasons> (not yourself; once per nominee). Members: /guongdienhinh decu
exemplary-manager-hint = Secretary, head: /guongdienhinh mo <dd/mm/yyyy> (open nominations) · /guongdienhinh bophieu <kín or công khai> <dd/mm/yyyy> [HH:mm] (committee votes) · /guongdienhinh congbo (post to the group). Head: /guongdienhinh congnhan <#no.> [#no. …] or congnhan khong
exemplary-none = No round of exemplary individuals has been opened this year.
exemplary-usage = Not understood. Type /guongdienhinh to see the round and how to nominate.
exemplary-usage-mo = Usage: /guongdienhinh mo <nomination deadline dd/mm/yyyy>
exemplary-usage-decu = Usage: /guongdienhinh decu <#member no.> <reasons>
exemplary-members-title = Members you can nominate (type the number after #):
exemplary-member-line = #{ $id } { $name } ({ $position })
exemplary-usage-bophieu = Usage: /guongdienhinh bophieu <kín or công khai> <dd/mm/yyyy> [HH:mm]
exemplary-usage-congnhan = Usage: /guongdienhinh congnhan <#member no.> [#no. …], or /guongdienhinh congnhan khong to recognise nobody.
exemplary-opened = Nominations for exemplary individuals { $year } are open until { $closes }.
exemplary-opened-group = The committee opens nominations for exemplary individuals in implementing the Grassroots Democracy Regulation { $year }, until { $closes }. Every member nominates with /guongdienhinh (in a private chat with the bot).
exemplary-nominated = Your nomination of { $name } is recorded. Thank you.
exemplary-voting-started = Opened { $count } committee votes, one per nominee.
exemplary-vote-question = Recognise { $name } ({ $position }) as an exemplary individual in implementing the Grassroots Democracy Regulation { $year }?
exemplary-decided = The head's decision is recorded: { $count } recognised.
exemplary-announced = The list is queued for the group.
exemplary-announce-no-group = The agency has no group bound, or the list was posted before.
exemplary-announce-title = The head recognises { $count } exemplary individuals in implementing the Grassroots Democracy Regulation { $year }:
exemplary-announce-line = • { $name }, { $position }

err-exemplary-past-deadline = The nomination deadline must be after today.
err-exemplary-round-exists = The { $year } round of exemplary individuals is already open.
err-exemplary-no-round = No round of exemplary individuals for { $year }.
err-exemplary-bad-reasons = Reasons need at least 10 characters, at most { $max }.
err-exemplary-self = You cannot nominate yourself.
err-exemplary-not-nominating = The round is not taking nominations (not open, past its deadline, or voting).
err-exemplary-unknown-member = No member #{ $id } in the agency.
err-exemplary-already-nominated = You have already nominated { $name }; one nomination per nominee.
err-exemplary-no-nominees = Nobody is nominated; there is nothing to vote on.
err-exemplary-head-only = Only the head decides who is recognised.
err-exemplary-not-voting = The round has not reached the vote, or has already been decided.
err-exemplary-votes-open = Vote no. { $number } is not closed yet; wait for its result before deciding.
err-exemplary-not-nominee = Member #{ $id } is not among the nominees.
err-exemplary-not-decided = The head has not decided yet.
