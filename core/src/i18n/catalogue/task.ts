// User-facing text of the task area; merged into the one catalogue in ../messages.ts.
export const taskMessages = {
  'task.missingLead': {
    vi: 'Nhiệm vụ {index} "{task}" chưa có cơ quan chủ trì (chu_tri).',
    en: 'Task {index} "{task}" has no lead unit (chu_tri).',
  },
  'task.undated': {
    vi: 'Nhiệm vụ {index} "{task}" chưa có thời gian thực hiện (thoi_gian).',
    en: 'Task {index} "{task}" has no time (thoi_gian).',
  },
} as const;
