// Words of the import command (CLI and VS Code), Vietnamese first.
import type { Language } from '../../core/src/types';

const MB = 1024 * 1024;

const words = {
  vi: {
    unreadable: (file: string, reason: string) => `Không đọc được ${file}: ${reason}`,
    notFile: (file: string) => `${file} là một thư mục, không phải tệp.`,
    tooLarge: (file: string, size: number, limit: number) => `${file} quá lớn (${(size / MB).toFixed(1)} MB); chỉ nhập tệp đến ${Math.round(limit / MB)} MB.`,
    empty: (file: string) => `${file} không có chữ nào.`,
    binary: (file: string) => `${file} không phải tệp văn bản (.txt) đọc được.`,
    corrupt: (file: string, reason: string) => `${file} không phải tệp Word (.docx) hợp lệ hoặc đã hỏng: ${reason}`,
    legacyWord: (file: string) => `${file} là tệp Word 97-2003 (.doc); hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx rồi nhập.`,
    unsupported: (file: string) => `${file}: chỉ nhập được tệp .docx (Word) hoặc .txt.`,
    notAPlan: (file: string, detail: string) => `${file}: ${detail}`,
    decodedAs: (file: string, encoding: string) => `${file} không phải UTF-8; đã đọc theo bảng mã ${encoding}.`,
    exists: (file: string) => `${file} đã có; thêm --force để ghi đè.`,
    noFolder: (file: string) => `Không có thư mục để ghi ${file}.`,
    badOutput: (file: string) => `${file}: tệp kế hoạch phải có đuôi .plan.yaml (hoặc .yaml).`,
    sameFile: (file: string) => `Không ghi đè chính tệp nguồn ${file}.`,
    cannotWrite: (file: string, reason: string) => `Không ghi được ${file}: ${reason}`,
    done: (source: string, target: string, ms: number) => `Đã nhập ${source} → ${target} (${ms} ms).`,
    unplacedCount: (count: number) => `${count} đoạn chưa xếp được vào mục nào, đã ghi ở ghi_chu (báo bằng quy tắc import/unplaced-text):`,
    notes: 'Ghi chú khi nhập:',
  },
  en: {
    unreadable: (file: string, reason: string) => `Cannot read ${file}: ${reason}`,
    notFile: (file: string) => `${file} is a folder, not a file.`,
    tooLarge: (file: string, size: number, limit: number) => `${file} is too large (${(size / MB).toFixed(1)} MB); files up to ${Math.round(limit / MB)} MB are imported.`,
    empty: (file: string) => `${file} has no text.`,
    binary: (file: string) => `${file} is not a readable text file (.txt).`,
    corrupt: (file: string, reason: string) => `${file} is not a valid Word file (.docx) or is damaged: ${reason}`,
    legacyWord: (file: string) => `${file} is a Word 97-2003 file (.doc); open it in Word or LibreOffice, save it as .docx and import that.`,
    unsupported: (file: string) => `${file}: only .docx (Word) and .txt files can be imported.`,
    notAPlan: (file: string, detail: string) => `${file}: ${detail}`,
    decodedAs: (file: string, encoding: string) => `${file} is not UTF-8; it was read as ${encoding}.`,
    exists: (file: string) => `${file} exists; add --force to overwrite it.`,
    noFolder: (file: string) => `There is no folder to write ${file} in.`,
    badOutput: (file: string) => `${file}: a plan file name must end with .plan.yaml (or .yaml).`,
    sameFile: (file: string) => `Refusing to overwrite the source file ${file}.`,
    cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}`,
    done: (source: string, target: string, ms: number) => `Imported ${source} → ${target} (${ms} ms).`,
    unplacedCount: (count: number) => `${count} passage(s) fit no part of the plan and are kept under ghi_chu (reported by the rule import/unplaced-text):`,
    notes: 'Import notes:',
  },
} as const;

export function importWords(lang: Language) {
  return words[lang] ?? words.vi;
}
