# Hardening (issue 14): what the bot says in a group without naming anyone

# /start in a group: no name, role or agency (the group may not be the person's own, and it is public).
start-in-group = Hello! Type /trogiup to see the commands you can use in this group. For your own matters (joining, reports, feedback) please write to the bot in private.
