import { t } from '../../i18n/messages';
import type { Rule } from '../rule';

const MAX_QUOTED = 80;

export const importUnplacedText: Rule = {
  meta: {
    id: 'import/unplaced-text',
    category: 'import',
    defaultSeverity: 'information',
    fixable: false,
    description: {
      vi: 'Văn bản còn nằm ở ghi_chu sau khi nhập kế hoạch cũ (kehoach import) phải được chuyển vào đúng mục hoặc xóa.',
      en: 'Text left under ghi_chu by an import (kehoach import) is to be moved to its part of the plan or deleted.',
    },
    docs: {
      vi: [
        'Lệnh **Nhập kế hoạch từ Word** (`kehoach import`) không bỏ sót chữ nào của văn bản cũ: đoạn nào không xếp được vào',
        'một mục của kế hoạch (một dòng lạ ở phần đầu, nội dung trước mục 1 của một phần, một hàng nhóm hay một cột không',
        'có trong bảng phụ lục…) được giữ nguyên ở khóa `ghi_chu` (không in ra văn bản), kèm chú thích vị trí trong tệp gốc.',
        'Quy tắc này báo từng đoạn đó để người soạn chuyển nó vào đúng chỗ, hoặc xóa nếu không cần.',
        '',
        '```yaml',
        'ghi_chu:',
        '  # dòng 12',
        '  - "V/v: tuyên truyền cải cách hành chính"      # báo',
        '```',
      ].join('\n'),
      en: [
        'The import (`kehoach import`, "Import Word plan…") drops no text of the old document: a passage that fits no part of',
        'the plan (a stray header line, text before item 1 of a part, a group row or an unknown column of the task table…) is',
        'kept under `ghi_chu` (not printed), with a comment giving its place in the source. This rule reports each of them so',
        'the drafter moves it where it belongs, or deletes it.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    for (const field of plan.model.texts) {
      if (field.path[0] !== 'ghi_chu' || field.path.length > 2 || field.value.trim() === '') continue;
      const flat = field.value.replace(/\s+/g, ' ').trim();
      const text = flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat;
      context.report({ range: field.range, message: t(lang, 'import.unplaced', { text }) });
    }
  },
};
