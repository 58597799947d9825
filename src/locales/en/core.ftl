# General: greetings, errors, permissions, help

error-generic = Sorry, the bot hit a problem handling your request. Please try again in a few minutes; if it keeps failing, tell the committee secretary.
stale-button = This button belongs to an old message and no longer works. Please type the command again.
fallback-member = I did not understand that. Type /trogiup to see the commands you can use.
fallback-group-number = In a group the bot does not take a choice typed as a number (such as “1” or “Trả lời số 1”): choosing by number works only in the private chat with the bot, right after a message with a list of choices. For a message the bot sent in the group, please { $buttons ->
        [yes] press the button under it.
       *[no] type the command at the start of the choice's line (it starts with /).
    }
flow-cancelled = The current step was cancelled.
flow-nothing-to-cancel = There is nothing in progress to cancel.

welcome-guest =
    Hello! This bot coordinates the agency's steering committee for the Grassroots Democracy Regulation (QCDC).
    You are not a member of any agency on this bot yet.
    To join, ask the committee secretary for an invitation link (or code), then open the link or send: /start <code>
welcome-admin =
    Hello! You are an administrator of this bot.
    To create your agency and become the committee secretary, send: /khoitao <agency name>
    Example: /khoitao Thanh tra tỉnh Tây Ninh
welcome-member =
    Hello { $name }!
    You are { role-in-agency }.
    Type /trogiup to see the commands you can use.

guard-unknown-command = There is no /{ $command } command. Type /trogiup to see the commands you can use.
guard-private-only = /{ $command } works only in a private chat with the bot. Press the button below to open it.
guard-open-private = Open a private chat with the bot
guard-group-only = /{ $command } works only in the committee's group.
guard-admin-only = This command is for the bot's administrators only (BOT_ADMIN_IDS).
guard-not-member = You are not a member of any agency on this bot yet. Ask the committee secretary for an invitation link.
guard-need-member = /{ $command } is for members of the agency.
guard-need-committee = /{ $command } is for steering committee members only.
guard-need-leaders = /{ $command } is for the head, deputies and the secretary only.
guard-need-managers = /{ $command } is for the secretary and the head only.
guard-group-unbound = This group is not linked to an agency yet. The secretary or the head sends /ketnoi here to link it.
guard-other-agency = This group belongs to another agency; you cannot use this command here.

role-HEAD = Head of the committee
role-DEPUTY = Deputy head
role-MEMBER = Committee member
role-SECRETARY = Secretary
role-STAFF = Staff member
role-in-agency = { $roleKey ->
    [HEAD] Head of the Grassroots Democracy Steering Committee of { $agency }
    [DEPUTY] Deputy Head of the Grassroots Democracy Steering Committee of { $agency }
    [SECRETARY] Secretary of the Grassroots Democracy Steering Committee of { $agency }
    [MEMBER] member of the Grassroots Democracy Steering Committee of { $agency }
   *[STAFF] staff member of { $agency }
}

help-title = Commands you can use{ $where }:
help-where-private = {""} (private chat)
help-where-group = {""} (in the group)
help-group-general = General
help-group-work = Tasks and reports
help-group-feedback = Anonymous feedback
help-group-manage = Running the committee
help-group-admin = Administration
help-footer = In the middle of something? Type /huy to cancel it.
help-empty = There are no commands for you here yet.

cmd-start = Start, or join with an invitation code
cmd-trogiup = Show the commands you can use
cmd-huy = Cancel what is in progress
help-start = /start — greeting; /start <code> to join an agency
help-trogiup = /trogiup — this list
help-huy = /huy — cancel what is in progress
