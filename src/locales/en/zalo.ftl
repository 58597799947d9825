# The Zalo channel (src/platforms/zalo): what the bot says that only Zalo needs.
zalo-unsupported = The bot cannot read this message (Zalo does not pass its content on). Please send it again as text, for example /trogiup for the list of commands.
