// Reading a produced .docx as a Word processor would: unzip it with a real zip library (jszip) and
// walk WordprocessingML paragraphs and runs. Not a test file (helpers for the export tests).
import JSZip from 'jszip';

export interface XRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Half-points, when the run sets a size. */
  size?: number;
  xml: string;
}

export interface XParagraph {
  text: string;
  runs: XRun[];
  /** The paragraph's properties (<w:pPr>…</w:pPr>), '' when none. */
  pPr: string;
  xml: string;
}

export interface DocxParts {
  files: string[];
  document: string;
  styles: string;
  core: string;
  headers: Map<string, string>;
  rels: string;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the .docx (has: ${Object.keys(zip.files).join(', ')})`);
    return file.async('string');
  };
  const files = Object.keys(zip.files).sort();
  const headers = new Map<string, string>();
  for (const name of files.filter((f) => /^word\/header\d+\.xml$/.test(f))) headers.set(name, await read(name));
  return {
    files,
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
    headers,
    rels: await read('word/_rels/document.xml.rels'),
  };
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** True when the properties switch a toggle on (<w:b/>, <w:b w:val="true"/>; not w:val="false"/"0"). */
function toggle(rPr: string, tag: string): boolean {
  const match = new RegExp(`<w:${tag}(?:\\s+w:val="([^"]*)")?\\s*/>`).exec(rPr);
  return match !== null && !['false', '0', 'off'].includes(match[1] ?? 'true');
}

export function runsOf(paragraphXml: string): XRun[] {
  const runs: XRun[] = [];
  for (const match of paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r [^>]*>([\s\S]*?)<\/w:r>/g)) {
    const body = match[1] ?? match[2] ?? '';
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decode(t[1])).join('');
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
    runs.push({ text, bold: toggle(rPr, 'b'), italic: toggle(rPr, 'i'), size: size ? Number(size) : undefined, xml: match[0] });
  }
  return runs;
}

/** Paragraphs in document order (those inside table cells included). */
export function paragraphsOf(xml: string): XParagraph[] {
  const out: XParagraph[] = [];
  for (const match of xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = match[1] ?? match[2] ?? '';
    const runs = runsOf(body);
    out.push({ text: runs.map((run) => run.text).join(''), runs, pPr: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '', xml: match[0] });
  }
  return out;
}

/** Top-level tables (<w:tbl>), with their XML. */
export function tablesOf(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
}

/** Rows of a table: the cells' texts. */
export function rowsOf(tableXml: string): { xml: string; cells: string[] }[] {
  return [...tableXml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((row) => ({
    xml: row[0],
    cells: [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => paragraphsOf(cell[1]).map((p) => p.text).join('\n')),
  }));
}

export interface XSection {
  xml: string;
  /** The document XML of the section's content (before its sectPr). */
  body: string;
  width: number;
  height: number;
  orient?: string;
  margin: Record<string, number>;
}

/** Sections in order; each section's sectPr ends it. */
export function sectionsOf(document: string): XSection[] {
  const sections: XSection[] = [];
  let from = document.indexOf('<w:body>') + '<w:body>'.length;
  for (const match of document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)) {
    const xml = match[0];
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"(?: w:orient="(\w+)")?\/>/.exec(xml);
    const margin: Record<string, number> = {};
    for (const m of (/<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '').matchAll(/w:(\w+)="(\d+)"/g)) margin[m[1]] = Number(m[2]);
    sections.push({ xml, body: document.slice(from, match.index), width: Number(size?.[1]), height: Number(size?.[2]), orient: size?.[3], margin });
    from = (match.index ?? 0) + xml.length;
  }
  return sections;
}
