# Download links (docs/files.md): files and pictures on platforms without documents.
files-link-unavailable = The file { $name } cannot be sent on this channel: the bot's server has no public address (PUBLIC_URL) for downloads. Please tell the system administrator, or receive the file on Telegram if you can use Telegram.
