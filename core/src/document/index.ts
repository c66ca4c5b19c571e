// Plan → renderer-neutral document model (and the appendix timeline). Pure: no Node, no vscode.
export * from './model';
export { buildDocument, NATION, MOTTO, PART_TITLES, ITEM_TITLES, COLUMN_TITLES, DEFAULT_COLUMNS, bodyLines, sentenceCase, upper } from './build';
export { VIETNAMESE_LETTERS, letterAt, letterMarker, romanNumeral } from './numbering';
export { BLANK, dateLine, dateParts, longDate, numberAndSymbol, numberLine, numberPhrase, padDay, padMonth, type DateParts } from './dates';
export { parseInline, plainText } from './inline';
export { buildTimeline, recurrenceTicks, dayCount, type TimelineModel, type TimelineLane, type TimelineTask, type TimelineTaskKind, type TimelineFinding } from './timeline';
