/**
 * The import rules of the project (docs/architecture.md, "Dependencies point one way").
 * `npm run depcheck` fails on any of them; CI runs it.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import circle ties modules together so that none can be understood, tested or replaced alone.",
      from: { path: "^(src|commands)/" },
      to: { circular: true },
    },
    {
      name: "services-know-no-chat",
      severity: "error",
      comment: "Services are the domain: they never import the bot, the commands or a platform.",
      from: { path: "^src/services/" },
      to: { path: "^(src/bot|commands|src/platforms)/" },
    },
    {
      name: "below-the-chat-layer-no-platform",
      severity: "error",
      comment: "Services, scheduler, reports and messaging know no chat platform or framework.",
      from: { path: "^src/(services|scheduler|reports|messaging|chat|time|i18n)/" },
      to: { path: "(^src/bot/|^commands/|^src/platforms/|node_modules/(grammy|@grammyjs)/)" },
    },
    {
      name: "services-know-no-scheduler",
      severity: "error",
      comment:
        "The scheduler drives services (like commands do); a service importing the scheduler closes a circle. What both need about dates lives in src/time/.",
      from: { path: "^src/services/" },
      to: { path: "^src/scheduler/" },
    },
    {
      name: "time-is-a-leaf",
      severity: "error",
      comment: "src/time/ (days, typed dates, working days, weekdays, holidays) is used by every layer and uses none of them.",
      from: { path: "^src/time/" },
      to: { path: "^(src/(services|scheduler|messaging|reports|bot|chat|platforms|ops)|commands)/" },
    },
    {
      name: "chat-layer-is-platform-free",
      severity: "error",
      comment: "The reply model and capabilities are shared by every platform.",
      from: { path: "^src/chat/" },
      to: { path: "^src/(db|services|scheduler)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
