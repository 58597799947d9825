# Files attached to documents and consultation drafts (docs/documents.md, "Attached files")
cmd-layykien_tep = Send the draft's file
help-layykien_tep = /layykien_tep <number> — send the draft's file (.pdf, .docx…) of consultation N: send the file with this caption
attach-usage-document = To attach a file to a document: send the file (.pdf, .docx…, at most 10 MB) with the caption /vanban tep <document number>, e.g. /vanban tep 3.
attach-usage-consultation = To attach the draft's file: send the file (.pdf, .docx…, at most 10 MB) with the caption /layykien_tep <number>, e.g. /layykien_tep 2.
attach-usage-link = To record a document's link: /vanban link <document number> <https://…>
attach-how = No file received. Send the file (.pdf, .docx, .xlsx…, at most 10 MB) with { $command } as its caption.
attach-unsupported-document =
    Zalo does not let people send files to a bot, so no file can be attached here.
    Put the file where the agency keeps its documents and record its link: /vanban link { $id } https://…
attach-unsupported-consultation =
    Zalo does not let people send files to a bot, so no file can be attached here.
    Put the draft where the agency keeps its documents and give its link after "Dự thảo:" when opening the consultation (/layykien), or send the file on Telegram: /layykien_tep { $id }
attach-done-document = ✅ File { $name } ({ $size }) attached to the document. Recipients get it with /quantriet tep <number>; { $notified } people who received the document were told.
attach-done-consultation = ✅ Draft file { $name } ({ $size }) attached. Those consulted get it with /ykien <number>; { $notified } people were told.
attach-link-done = ✅ Link of document { $id } recorded: { $link }
attach-none-document = Document { $id } has no attached file.
attachment-notice-document = 📎 Document { $id } has an attached file: { $name }. Get it: /quantriet tep { $id }
attachment-notice-consultation = 📎 The draft of consultation { $number } has an attached file: { $name }. Get it and read the draft: /ykien { $number }
attachment-notice-in-document = 📎 Attached file: /quantriet tep { $id }
err-attachment-not-sent-to-you = Document { $id } was not sent to you. Your documents: /quantriet.
err-attachment-empty = The file is empty; nothing attached.
err-attachment-too-big = The file is larger than { $max } MB; nothing attached. Compress or split it, or put it where the agency keeps documents and record the link.
err-attachment-bad-type = Only { $types } files are accepted. This file is not of that type (or its extension does not match its content).
