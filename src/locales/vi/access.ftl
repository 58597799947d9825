# Hardening (issue 14): what the bot says in a group without naming anyone

# /start in a group: no name, role or agency (the group may not be the person's own, and it is public).
start-in-group = Xin chào! Gõ /trogiup để xem các lệnh dùng được trong nhóm này. Việc riêng của anh/chị (tham gia, báo cáo, góp ý) xin nhắn riêng với bot.
