import type { Rule } from '../rule';

/**
 * Reported by lintText itself before anything is parsed (see DEFAULT_MAX_SIZE in lint.ts);
 * listed as a rule so that it has documentation and can be configured like any other.
 */
export const yamlTooLarge: Rule = {
  meta: {
    id: 'yaml/too-large',
    category: 'yaml',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Tệp quá lớn thì không được kiểm tra (giới hạn mặc định 5 MB, đổi bằng kehoach.maxFileSizeKB / --max-size).',
      en: 'A file too large is not checked (default limit 5 MB; kehoach.maxFileSizeKB / --max-size).',
    },
    docs: {
      vi: [
        'Một kế hoạch thật chỉ vài chục KB; kế hoạch 2.000 nhiệm vụ khoảng 1 MB. Tệp lớn hơn giới hạn (mặc định 5 MB)',
        'thường là tệp nhầm (dữ liệu xuất, tệp nhị phân), nên kehoach chỉ báo một dòng thay vì đọc cả tệp, để trình',
        'soạn thảo luôn phản hồi nhanh. Đổi giới hạn bằng thiết lập `kehoach.maxFileSizeKB` hoặc `kehoach lint --max-size <KB>`.',
      ].join('\n'),
      en: [
        'A real plan is tens of KB; a 2,000-task plan about 1 MB. A file over the limit (default 5 MB) is usually a mistake,',
        'so kehoach reports one line instead of reading it and the editor stays responsive. Change the limit with',
        '`kehoach.maxFileSizeKB` or `kehoach lint --max-size <KB>`.',
      ].join('\n'),
    },
  },
  check() {
    // The size check runs before parsing, in lintText.
  },
};
