// The preview page: every text from the plan escaped, a strict Content-Security-Policy, no inline
// script or style without the nonce, no remote loads, and the source ranges for the scroll sync.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildDocument, buildTimeline } from '../../core/src/document';
import { parsePlan } from '../../core/src/parse/parse-plan';
import { escapeHtml, renderPreviewContent, renderPreviewPage } from '../../export/src/html';
import { renderTimelineSvg } from '../../export/src/timeline-svg';
import { examplesDir } from '../support/paths';
import { planWithTasks } from '../support/plans';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const NONCE = 'r4nd0mN0nce+/=';

/** A plan with hostile text in the header, the body, the recipients, a task and a unit name. */
function hostilePlan(): string {
  const yaml = (text: string) => JSON.stringify(text);
  return planWithTasks(`ten: ${yaml(`Nhiệm vụ ${SCRIPT}`)}
chu_tri: ${yaml(`Phòng ${IMG}`)}
phoi_hop: ${yaml(`<iframe src="https://evil.example/">`)}
thoi_gian: ${yaml(`Quý IV/2026 ${SCRIPT}`)}`)
    .replace(/^trich_yeu: (.*)$/m, (_, subject: string) => `trich_yeu: ${yaml(`${subject} ${SCRIPT}`)}`)
    .replace(/^co_quan: (.*)$/m, (_, body: string) => `co_quan: ${yaml(`${body} ${IMG}`)}`)
    .replace('  - Các cơ quan, đơn vị liên quan', `  - ${yaml(IMG)}`)
    + `muc_dich:\n  - ${yaml(`Mục *${SCRIPT}* đích ${IMG}`)}\nto_chuc_thuc_hien:\n  - don_vi: ${yaml(`Đơn vị ${IMG}`)}\n    nhiem_vu: ${yaml(SCRIPT)}\n`;
}

function renderPage(text: string): string {
  const plan = parsePlan(text);
  const content = renderPreviewContent(buildDocument(plan), { timelineSvg: renderTimelineSvg(buildTimeline(plan)), notice: `Chú ý ${SCRIPT}` });
  return renderPreviewPage({ nonce: NONCE, title: `Xem trước: ${IMG}`, contentHtml: content, version: 3 });
}

describe('preview HTML', () => {
  it('escapes <script> and "><img onerror=…> wherever the plan puts them', () => {
    const page = renderPage(hostilePlan());
    // Only the page's own script element exists; no img, iframe or event handler attribute.
    assert.equal(page.match(/<script\b/gi)?.length, 1, 'one script element (the nonce\'d one)');
    assert.doesNotMatch(page, /<img\b/i);
    assert.doesNotMatch(page, /<iframe\b/i);
    assert.doesNotMatch(page, /<[a-z][^>]*\son[a-z]+\s*=/i, 'no on…= attribute in any tag');
    // The texts are there, escaped.
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(page.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(page.includes('Nhiệm vụ &lt;script&gt;alert(1)&lt;/script&gt;'), 'the task name in the table and the timeline');
    assert.ok(page.includes('<em>&lt;script&gt;alert(1)&lt;/script&gt;</em>'), 'an *italic* mark around hostile text stays escaped');
    assert.ok(page.includes('<title>Xem trước: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>'));
    assert.ok(page.includes('&lt;iframe src=&quot;https://evil.example/&quot;&gt;'));
  });

  it('escapes hostile text inside the timeline SVG too', () => {
    const plan = parsePlan(hostilePlan());
    const svg = renderTimelineSvg(buildTimeline(plan, [{ ruleId: 'x/y', severity: 'error', message: `Lỗi ${IMG}`, range: plan.model.tasks[0].range }]))!;
    assert.doesNotMatch(svg, /<script\b|<img\b|<[a-z][^>]*\son[a-z]+\s*=/i);
    assert.ok(svg.includes('Phòng &quot;&gt;&lt;img src=x onerror=alert(1)&gt;'), 'lane name');
    assert.ok(svg.includes('• Lỗi &quot;&gt;&lt;img src=x onerror=alert(1)&gt; [x/y]'), 'finding in the tooltip');
  });

  it('has a strict Content-Security-Policy: nothing remote, script and style only with the nonce', () => {
    const page = renderPage(hostilePlan());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    assert.ok(csp, 'a CSP meta element');
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), [`'nonce-${NONCE}'`]);
    assert.deepEqual(directives.get('style-src'), [`'nonce-${NONCE}'`]);
    assert.deepEqual(directives.get('img-src'), ['data:']);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
    // The CSP is the first thing in <head> after the charset, before any style or script.
    assert.ok(page.indexOf('Content-Security-Policy') < page.indexOf('<style'));
    for (const tag of page.match(/<(script|style)\b[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${NONCE}"`), tag);
    assert.doesNotMatch(page, /\sstyle\s*=/i, 'no style attribute (the CSP would block it)');
    assert.doesNotMatch(page, /\b(?:src|href)\s*=\s*"(?:https?:)?\/\//i, 'no remote resource');
  });

  it('renders the document with source ranges for the scroll sync', () => {
    const text = readFileSync(path.join(examplesDir, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'), 'utf8');
    const page = renderPage(text);
    assert.ok(page.includes('<div class="date">Tiên Lãng, ngày 20 tháng 01 năm 2026</div>'));
    assert.ok(page.includes('<strong>I. MỤC ĐÍCH, YÊU CẦU</strong>'));
    assert.ok(page.includes('<th class="col-thoi_gian">Thời gian thực hiện</th>'));
    const ranges = [...page.matchAll(/<p class="h2" data-start="(\d+)" data-end="(\d+)"><strong>3\. Phòng Kinh tế/g)];
    assert.equal(ranges.length, 1);
    const [start, end] = [Number(ranges[0][1]), Number(ranges[0][2])];
    assert.match(text.slice(start, end), /^don_vi: Phòng Kinh tế\n\s+nhiem_vu: Phối hợp/);
    assert.ok(page.includes('<main id="content" data-version="3">'));
  });

  it('escapeHtml covers the five special characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
