# Schedules, outbox sender, settings, holidays (issue 5)

sender-member-unreachable = The bot cannot send private messages to { $name } ({ $position }): they blocked the bot or deleted their Telegram account. Reminders will not reach them until they write to the bot again.
