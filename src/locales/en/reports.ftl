# Periodic reports and self-assessment (issue 6)

cmd-yeucau = Record a report request from the higher level
cmd-baocaoky = Draft the 6-month, annual or thematic report
cmd-tudanhgia = Year-end QCDC self-assessment
cmd-mauvb = Document settings (place, symbol, signer)
help-yeucau = /yeucau — report requests; /yeucau 6thang 01/01/2026-30/06/2026 han 20/06/2026 so 125-CV/BTGDVTU ngay 01/06/2026 — record a new one
help-baocaoky = /baocaoky [number] — preview the draft, add to sections, generate the .docx
help-tudanhgia = /tudanhgia — the score table; /tudanhgia <code> <score> <evidence> — propose; /tudanhgia duyet <code> — head confirms
help-mauvb = /mauvb — view or change the document settings (place, symbol, title, signer)

report-kind-SIX_MONTH = 6-month report
report-kind-ANNUAL = Annual report
report-kind-with-topic = { $kind } “{ $topic }”
report-kind-THEMATIC = Thematic report

yeucau-list-title = Report requests:
yeucau-line = #{ $id } { $kind }{ $topic } — period { $from }–{ $to }, due { $deadline }, { $versions } versions
yeucau-usage =
    New request: /yeucau <kind> <from>-<to> han <dd/mm/yyyy> [so <document number> ngay <dd/mm/yyyy>] [chude <topic>]
    Kinds: 6thang, nam, chuyende. Example: /yeucau 6thang 01/01/2026-30/06/2026 han 20/06/2026 so 125-CV/BTGDVTU ngay 01/06/2026
    Deadline: /yeucau han <number> <dd/mm/yyyy> · Recipients: /yeucau noinhan <number> A; B; C · Cancel: /yeucau huy <number>
yeucau-han-usage = Usage: /yeucau han <request number> <dd/mm/yyyy>, e.g. /yeucau han 1 20/06/2026
yeucau-han-done = Deadline of request #{ $id } changed to { $deadline }.
yeucau-noinhan-usage = Usage: /yeucau noinhan <request number> A; B; C (recipients separated by ;, at most 200 characters each).
yeucau-noinhan-done =
    Recipients of request #{ $id } updated:
    { $list }
yeucau-huy-done = Request #{ $id } cancelled.
yeucau-bad-usage = Wrong format. Example: /yeucau 6thang 01/01/2026-30/06/2026 han 20/06/2026
yeucau-bad-no-deadline = A report request needs a deadline: add “han dd/mm/yyyy”, e.g. /yeucau 6thang 01/01/2026-30/06/2026 han 20/06/2026
yeucau-bad-date = Wrong date. Please write dates as dd/mm/yyyy, e.g. 20/06/2026.
yeucau-bad-kind = Unknown report kind. Please write 6thang, nam or chuyende, e.g. /yeucau 6thang 01/01/2026-30/06/2026 han 20/06/2026
yeucau-bad-topic = A thematic report needs a topic: add “chude <topic>” at the end.
yeucau-done = ✅ Report request recorded:
yeucau-recipients =
    Recipients:
    { $list }
yeucau-next = Draft it: /baocaoky { $id }. Change recipients: /yeucau noinhan { $id } A; B; C
yeucau-updated = ✅ Report request #{ $id } (same period) updated; changes:
yeucau-unchanged = Report request #{ $id } for the same period is already recorded with exactly these details; nothing changed.
yeucau-confirm-replace = ⚠️ Report request #{ $id } for the same period already holds details from the higher level's document. Recording this request would change:
yeucau-confirm-how = Nothing was changed. To replace them, send: { $command }
yeucau-change-none = (none)
yeucau-change-period = - Reporting period: { $from } → { $to }
yeucau-change-deadline = - Deadline: { $from } → { $to }
yeucau-change-docNumber = - Document number: { $from } → { $to }
yeucau-change-docDate = - Document date: { $from } → { $to }
yeucau-change-recipients = - Recipients: { $from } → { $to }

mauvb-none = (not set)
mauvb-show =
    The agency's document settings:
    - Parent agency: { $parent }
    - Place: { $place }
    - Symbol: Số: …/BC-{ $suffix }
    - Signing on behalf: { $authority }
    - Signer's title: { $title }
    - Signer: { $signer }
    - Default recipients of reports{ $own ->
        [yes] {""} (set by the agency)
       *[no] {""} (the bot's default)
    }:
    { $recipients }
mauvb-usage =
    Change: /mauvb noi <place> · /mauvb kyhieu <symbol, e.g. TTr> · /mauvb chucvu <title> · /mauvb nguoiky <name> · /mauvb kt <KT. CHÁNH THANH TRA> · /mauvb chuquan <parent agency>
    Default recipients: /mauvb noinhan A; B; C · back to the bot's default: /mauvb noinhan xoa
    Type “xoa” as the value to clear the signer, the KT./TM. line or the parent agency.
mauvb-noinhan-usage = Usage: /mauvb noinhan <recipient 1>; <recipient 2>; … (up to 20, 200 characters each), or /mauvb noinhan xoa for the bot's default.

baocaoky-choose = Choose the report request to draft ({ $buttons ->
        [yes] press a button or type
       *[no] type
    } /baocaoky <number>):
baocaoky-usage = Usage: /baocaoky <request number> [taofile | bosung <section code> <text>]. List: /baocaoky
baocaoky-bosung-usage = Usage: /baocaoky <number> bosung <section code> <text>, e.g. /baocaoky 1 bosung 2.1 Staff conference held.
baocaoky-btn-add = Add text
baocaoky-btn-gen = Create .docx
baocaoky-after-preview = Above is the draft of report #{ $id }. The general assessment is drafted from the data and needs a review before signing; rewrite a part with /baocaoky { $id } bosung uudiem|hanche|nguyennhan <text>. Add text to a section (/baocaoky { $id } bosung <section code> <text>) or create the file (/baocaoky { $id } taofile).
baocaoky-doc-caption = Report, version { $version }: { $done } tasks done, { $progress } in progress, { $overdue } overdue; { $meetings } meetings; { $reports } progress reports in the period.
baocaoky-bosung-done = Text for section { $code } saved. Regenerate: /baocaoky { $id } taofile
baocaoky-bosung-removed = Text for section { $code } removed.
baocaoky-ask-section = Type the code of the section to add to:
baocaoky-bad-section = Unknown section code. Please type one of: { $codes }
baocaoky-ask-text = Type the text for section { $code } (one or more paragraphs):
baocaoky-bad-text = The text must be 3–3000 characters long. Please type it again.
baocaoky-assessment-attached = Appendix to the report: the QCDC self-assessment table for { $year }.

tudanhgia-title = QCDC self-assessment { $year }:
tudanhgia-line = { $code }. { $title } — max { $max }; proposed { $proposed }; confirmed { $confirmed }
tudanhgia-total = Confirmed total: { $total }/{ $max }. Band: { $band }
tudanhgia-no-band = not ranked yet (some criteria not confirmed)
tudanhgia-usage =
    Propose: /tudanhgia <code> <score> <evidence>, e.g. /tudanhgia 1 18 Plan 05-KH/TTr
    Head confirms: /tudanhgia duyet <code> [score] · Export: /tudanhgia xuat
tudanhgia-proposed = Proposed score { $score } recorded for criterion { $code }; waiting for the head.
tudanhgia-confirmed = Criterion { $code } confirmed.
tudanhgia-doc-caption = Self-assessment: { $total }/{ $max } points, band: { $band }.

err-report-period-order = Wrong period: the start must be before the end.
err-report-deadline-past = That deadline has passed. Please give a day from today on.
err-report-topic-missing = A thematic report needs a topic.
err-report-recipients-too-many = At most { $max } recipients.
err-report-recipients-empty = At least one recipient is needed.
err-report-recipient-too-long = Each recipient may have at most { $max } characters.
err-report-request-unknown = Report request #{ $id } not found. List: /yeucau
err-report-section-unknown = There is no section “{ $code }” in this report.
err-report-supplement-long = The added text may be at most { $max } characters.
err-assess-evidence-long = Evidence may be at most { $max } characters.
err-assess-head-only = Only the head confirms self-assessment scores.
err-assess-not-proposed = Criterion { $code } has no proposed score to confirm.
err-assess-score-nan = The score must be a number, e.g. 18 or 7.5.
err-assess-score-range = The score must be between 0 and { $max } (this criterion's maximum).
err-assess-score-step = Scores go in steps of 0.5 (e.g. 7 or 7.5).
err-assess-criterion-unknown = There is no criterion “{ $code }”. Criterion codes: { $codes }
