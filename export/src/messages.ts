// User-facing texts of export and preview, Vietnamese first (kehoach.language picks one).
import type { Language } from '../../core/src/types';

export const exportMessages = {
  vi: {
    refused: (file: string, count: number) => `${file}: kế hoạch còn ${count} lỗi, chưa xuất văn bản. Sửa các lỗi dưới đây, hoặc dùng --force để vẫn xuất (bản nháp):`,
    refusedShort: (count: number) => `Kế hoạch còn ${count} lỗi; chưa xuất văn bản Word.`,
    forced: (file: string, count: number) => `${file}: vẫn xuất dù kế hoạch còn ${count} lỗi (--force):`,
    exists: (target: string) => `Tệp ${target} đã có; không ghi đè. Dùng --force để ghi đè.`,
    existsNoForce: (target: string) => `Tệp ${target} đã có; không ghi đè.`,
    notFile: (target: string) => `${target} là một thư mục, không phải tệp .docx.`,
    noFolder: (target: string) => `Không có thư mục để ghi ${target}.`,
    unreadable: (file: string, reason: string) => `Không đọc được tệp ${file}: ${reason}`,
    cannotWrite: (target: string, reason: string) => `Không ghi được ${target}: ${reason}`,
    notYaml: (file: string) => `${file} không phải là một kế hoạch YAML (*.plan.yaml) đọc được.`,
    done: (target: string, ms: number) => `Đã xuất ${target} (${ms} ms).`,
    more: (count: number) => `… và ${count} lỗi khác.`,
    error: 'lỗi',
  },
  en: {
    refused: (file: string, count: number) => `${file}: the plan has ${count} errors; nothing exported. Fix the errors below, or use --force to export anyway (a draft):`,
    refusedShort: (count: number) => `The plan has ${count} errors; no Word file was written.`,
    forced: (file: string, count: number) => `${file}: exported although the plan has ${count} errors (--force):`,
    exists: (target: string) => `${target} already exists; not overwritten. Use --force to overwrite it.`,
    existsNoForce: (target: string) => `${target} already exists; not overwritten.`,
    notFile: (target: string) => `${target} is a folder, not a .docx file.`,
    noFolder: (target: string) => `There is no folder to write ${target} in.`,
    unreadable: (file: string, reason: string) => `Cannot read ${file}: ${reason}`,
    cannotWrite: (target: string, reason: string) => `Cannot write ${target}: ${reason}`,
    notYaml: (file: string) => `${file} is not a readable YAML plan (*.plan.yaml).`,
    done: (target: string, ms: number) => `Exported ${target} (${ms} ms).`,
    more: (count: number) => `… and ${count} more errors.`,
    error: 'error',
  },
} as const;

export function exportWords(lang: Language) {
  return exportMessages[lang];
}
