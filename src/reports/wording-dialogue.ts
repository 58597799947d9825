/**
 * Plan §2.1 in the periodic report: the dialogues of the head with the staff
 * held in the period (docs/dialogue.md). Kept apart from wording-body.ts so
 * that the dialogue feature owns its sentence.
 */
export function dialogueSentence(d: { dialogues: number; questions: number; answered: number; tasks: number }): string {
  const held = `Lãnh đạo cơ quan đã tổ chức ${d.dialogues} hội nghị đối thoại với công chức, người lao động`;
  if (!d.questions) return `${held}.`;
  const tasks = d.tasks ? `; ${d.tasks} nội dung cần thêm thời gian được giao thành nhiệm vụ để giải quyết` : "";
  return `${held}, tiếp nhận ${d.questions} câu hỏi, kiến nghị; đã trả lời ${d.answered}/${d.questions}${tasks}.`;
}
