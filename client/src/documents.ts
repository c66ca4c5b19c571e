// The document commands (export, preview, import) and their heavy libraries (the core, docx,
// mammoth) live in a second bundle, dist/client-documents.js, loaded on first use, so that
// activating the extension only starts the language client.
export { exportWord } from './export';
export { importWordPlan } from './import';
export { PlanPreview } from './preview';
