/**
 * What a reader would see wrong with a page's layout, measured in the browser: a page wider than
 * the window, a table wider than its column (unless it scrolls in a labelled, focusable
 * container), a cell or caption cut off or hidden, a card that does not say which column a value
 * is, a Korean word broken mid-word, a short name broken where it would fit on one line.
 *
 * Runs inside the page (`page.evaluate(auditLayout, options)`), so it is one self-contained
 * function: everything it needs is declared inside it.
 */
export interface AuditOptions {
  /** On paper nothing scrolls: a table must fit, and only charts' data tables may be left out (the chart prints). */
  print: boolean;
}

export function auditLayout({ print }: AuditOptions): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const slack = 1;
  const name = (el: Element) => {
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  };
  const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
  /** The horizontal extent of `el` a reader can see: the window, narrowed by every clipping ancestor. */
  const visibleSpan = (el: Element) => {
    let [left, right] = [0, viewport];
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (!clips(a)) continue;
      const box = a.getBoundingClientRect();
      [left, right] = [Math.max(left, box.left + a.clientLeft), Math.min(right, box.left + a.clientLeft + a.clientWidth)];
    }
    return { left, right };
  };
  const within = (box: DOMRect, span: { left: number; right: number }) => box.left >= span.left - slack && box.right <= span.right + slack;
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return el.getClientRects().length > 0 && box.width >= 2 && box.height >= 2 && getComputedStyle(el).visibility !== 'hidden';
  };
  const accessibleName = (el: Element) =>
    (el.getAttribute('aria-label') ?? '').trim() ||
    (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim();

  // The page itself.
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > viewport) {
    const wide = [...document.body.querySelectorAll('*')].filter((el) => {
      if (el.getClientRects().length === 0 || el.getBoundingClientRect().right <= viewport + slack) return false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (clips(a)) return false;
      return !el.parentElement || el.parentElement.getBoundingClientRect().right <= viewport + slack || el.parentElement === document.body;
    });
    problems.push(`the page is ${pageWidth}px wide in a ${viewport}px window; too wide: ${wide.slice(0, 4).map(name).join(', ') || 'unknown'}`);
  }

  for (const table of document.querySelectorAll('table')) {
    if (table.getClientRects().length === 0) {
      if (!(print && table.closest('.chart-data'))) problems.push(`table not shown: ${name(table.caption ?? table)}`);
      continue;
    }
    const label = name(table.caption ?? table);
    let scroller: Element | null = null;
    for (let a: Element | null = table; a && a !== document.body; a = a.parentElement) {
      if (clips(a)) {
        scroller = a;
        break;
      }
    }
    const scrolls = scroller !== null && scroller.scrollWidth > scroller.clientWidth + slack;
    let reachable = false;
    if (scrolls && scroller) {
      if (print) problems.push(`table ${label} is cut off on paper: ${scroller.scrollWidth}px in ${scroller.clientWidth}px`);
      else if (!scroller.hasAttribute('tabindex') || (scroller as HTMLElement).tabIndex < 0) problems.push(`table ${label} scrolls in a container the keyboard cannot reach`);
      else if (!accessibleName(scroller)) problems.push(`table ${label} scrolls in a container with no accessible name`);
      else reachable = true;
    }
    const column = table.parentElement!.getBoundingClientRect();
    const span = visibleSpan(table);
    const box = table.getBoundingClientRect();
    if (!reachable && (box.right > column.right + slack || !within(box, span))) {
      problems.push(`table ${label} is ${Math.round(box.width)}px wide in a ${Math.round(Math.min(column.width, span.right - span.left))}px column`);
    }
    const caption = table.caption;
    if (caption && shown(caption) && (caption.scrollWidth > caption.clientWidth + slack || (!reachable && !within(caption.getBoundingClientRect(), span)))) {
      problems.push(`caption cut off: ${name(caption)}`);
    }
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => (th.textContent ?? '').trim());
    for (const row of table.tBodies.length ? [...table.tBodies].flatMap((b) => [...b.rows]) : [...table.rows]) {
      const cards = getComputedStyle(row).display !== 'table-row';
      [...row.cells].forEach((cell, index) => {
        const header = headers[index] ?? `column ${index + 1}`;
        if (!(cell.textContent ?? '').trim()) return;
        if (!shown(cell)) {
          problems.push(`table ${label}: "${header}" not shown in row ${name(row.cells[0])}`);
          return;
        }
        if (cell.scrollWidth > cell.clientWidth + slack) problems.push(`table ${label}: "${header}" overflows its cell (${cell.scrollWidth}px in ${cell.clientWidth}px): ${name(cell)}`);
        else if (!reachable && !within(cell.getBoundingClientRect(), span)) problems.push(`table ${label}: "${header}" cut off: ${name(cell)}`);
        // A cell set out as a card must say which column it is (unless it is the row's heading).
        if (cards && headers.length && !(cell.tagName === 'TH' && cell.scope === 'row')) {
          const shownLabel = getComputedStyle(cell, '::before').content;
          if (!shownLabel.includes(header)) problems.push(`table ${label}: a card shows "${header}" without its label (${shownLabel})`);
        }
      });
    }
  }

  // A chart's words (titles, labels, ticks) lie inside its picture, not cut at its edge.
  for (const text of document.querySelectorAll('svg.chart-svg text')) {
    if (text.getClientRects().length === 0 || !(text.textContent ?? '').trim()) continue;
    const box = text.getBoundingClientRect();
    const frame = text.closest('svg')!.getBoundingClientRect();
    if (box.left < frame.left - slack || box.right > frame.right + slack || box.top < frame.top - slack || box.bottom > frame.bottom + slack) {
      problems.push(`chart text cut at the picture's edge: ${name(text)}`);
    }
  }

  // Korean text breaks only between words (at spaces), never inside one, unless the word is wider than its line.
  const lineOf = (range: Range) => range.getClientRects()[0]?.top;
  for (const el of document.querySelectorAll('[lang|="ko"]')) {
    if (el.getClientRects().length === 0) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      const range = document.createRange();
      let previous: number | undefined;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = lineOf(range);
        if (top === undefined) continue;
        if (previous !== undefined && top > previous + 1 && /[\uac00-\ud7a3]/.test(text[i]) && i > 0 && /[\uac00-\ud7a3]/.test(text[i - 1])) {
          const start = text.lastIndexOf(' ', i) + 1;
          const end = text.indexOf(' ', i) === -1 ? text.length : text.indexOf(' ', i);
          const block = node.parentElement!.closest('p, li, td, th, dd, div, blockquote, figcaption, h1, h2, h3, a') ?? el;
          range.setStart(node, start);
          range.setEnd(node, end);
          const width = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
          if (width <= block.clientWidth) problems.push(`Korean word broken across lines: "${text.slice(start, end)}" in ${name(el)}`);
        }
        previous = top;
      }
    }
  }

  // A native-language name stays on one line wherever it fits on one.
  for (const el of document.querySelectorAll<HTMLElement>('.native-name, .native-names [lang]')) {
    if (el.getClientRects().length <= 1) continue;
    const block = el.parentElement!.closest('p, li, td, th, dd, div, figcaption, h1, h2, h3') ?? el.parentElement!;
    const probe = el.cloneNode(true) as HTMLElement;
    probe.style.whiteSpace = 'nowrap';
    probe.style.position = 'absolute';
    el.after(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    if (width <= block.clientWidth) problems.push(`name broken across lines: ${name(el)} (${Math.round(width)}px, fits in ${block.clientWidth}px)`);
  }
  return problems;
}
