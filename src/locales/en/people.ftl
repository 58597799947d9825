## One person on several platforms, invitations for Telegram and Zalo, group posts (docs/linking.md)

moi-invite =
    ✅ Invitation created for the role { $role }, single use, expires on { $expires }.
    Code: { $code }

    The invited person joins in one of two ways:
    • On Telegram: { $telegram }
    • On Zalo: { $zalo }
moi-telegram-link = open the link { $link } (or open the bot and send: /start { $code })
moi-telegram-typed = open the bot on Telegram and send: /start { $code }
moi-zalo-link = open the bot at { $link } (or scan the bot's QR code), then send the code { $code } (or /start { $code })
moi-zalo-typed = open the bot from the agency's share link or QR code (the bot's administrator finds it in Zalo Bot Creator, “Chia sẻ”), then send the code { $code } (or /start { $code })

## /lienket
cmd-lienket = Link your Telegram and Zalo accounts
help-lienket = /lienket — one member profile on both Telegram and Zalo: get a code and send it from the other platform; see or remove accounts, choose where private messages go
lienket-status-title = Accounts of { $name }'s profile:
lienket-identity-line = - { $platform }{ $current ->
        [yes] {" "}(the account you are writing from)
       *[no] {""}
    }: linked on { $linked }, last switched to: { $seen }
lienket-notices = Private messages go to: { $platform } ({ $why }).
lienket-why-chosen = your choice
lienket-why-last = where you wrote last
lienket-code =
    Link code: { $code } (single use, expires at { $expires }).
    From your { $other } account, open the chat with the bot and send: /lienket { $code } (or just the code { $code }).
lienket-zalo-link = The bot on Zalo: { $link }
lienket-zalo-typed = On Zalo, open the bot from the agency's share link or QR code.
lienket-all-linked = Your profile is linked on both Telegram and Zalo.
lienket-how =
    Usage:
    /lienket — see your accounts and get a link code
    /lienket <code> — send from the other platform to link
    /lienket go zalo — remove the Zalo account (or: /lienket go telegram)
    /lienket uutien zalo — private messages on Zalo (telegram; gannhat = where you wrote last)
lienket-usage = That request was not understood.
lienket-not-member = This account belongs to no agency yet. To link it, type /lienket on the account that joined to get a code, then send the code here. If you were invited, send the invitation code.
lienket-done = ✅ The { $platform } account is now linked to { $name }'s profile ({ $agency }). You can use the bot on both platforms; private messages go where you wrote last (change with /lienket uutien).
lienket-removed = ✅ The { $platform } account was removed from your profile.
lienket-preferred = ✅ Private messages now go to { $platform }.
lienket-preferred-last = ✅ Private messages now go where you wrote last.
err-link-code-unknown = That link code is not right. Please check it, or type /lienket on the account that joined to get a new one.
err-link-code-used = This link code was already used. Each code works once; type /lienket on the account that joined to get a new one.
err-link-code-expired = The link code has expired (each code lives { $minutes } minutes). Type /lienket on the account that joined to get a new one.
err-link-already = This account is already linked to your profile.
err-link-same-platform = This code was asked for on { $platform }; please send it from your account on the other platform.
err-link-platform-taken = Your profile already has a { $platform } account. To replace it, remove the old one first (type /lienket to see how).
err-link-other-member = This account belongs to another member's profile in the agency, so it cannot be linked. Please ask the secretary.
err-identity-remove-current = You cannot remove the { $platform } account you are writing from. Please send the command from your other account.
err-identity-none = Your profile has no { $platform } account.

## /caidat: group posts
caidat-group-posts-groups = - Group posts: into the bound groups  (/caidat tinnhom rieng: privately to each committee member)
caidat-group-posts-private = - Group posts: privately to each committee member  (/caidat tinnhom nhom: into the groups)
caidat-usage-group-posts = {"    "}/caidat tinnhom rieng — group posts go privately to each committee member (when the Zalo bot cannot join groups); /caidat tinnhom nhom — into the groups again
