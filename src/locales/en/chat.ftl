# The chat layer: what every platform shows when it has to do without buttons or documents.
chat-typed-header = Choose by typing:
chat-file-link = Download { $name } at: { $url }
  (the link can be used several times and expires after 7 days)
chat-file-unavailable = The file { $name } cannot be sent on this channel yet: the bot's server has no public address for downloads. Please ask the administrator to set PUBLIC_URL, or receive the file on Telegram.
