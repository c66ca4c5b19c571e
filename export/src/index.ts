// Export and preview renderers over the core's document model (Node side: DOCX bytes, HTML, SVG).
export { renderDocx, PAGE, FONT, SIZE } from './docx';
export { escapeHtml, renderDocumentHtml, renderPreviewContent, renderPreviewPage, PREVIEW_CSS } from './html';
export { renderTimelineSvg } from './timeline-svg';
export { exportPlanDocx, describeErrors, type ExportOutcome, type ExportOptions } from './export-plan';
export { writeFileAtomic, TargetExistsError, TargetIsFolderError } from './write-file';
export { exportWords } from './messages';
