// Progressive enhancement of the cite box: access date, pinpoint anchor, copy buttons.
// Without JavaScript the citations are already on the page, correct, without an access date.
import { fillAccessDate, sentinelTemplate, todayIso } from '../lib/views/access-date.ts';
import type { CiteBoxScriptData } from '../lib/views/cite-box.ts';

for (const root of document.querySelectorAll<HTMLElement>('.cite-box')) {
  const box: CiteBoxScriptData = JSON.parse(root.querySelector('.cite-data')!.textContent!);
  const accessed = root.querySelector<HTMLInputElement>('.cite-accessed')!;
  const target = root.querySelector<HTMLFieldSetElement>('.cite-target')!;
  const anchorLabel = root.querySelector<HTMLElement>('.cite-anchor-label')!;
  // Each citation as the page shows it (no access date; RIS with its CRLF line ends back), and its
  // access-date template if it has one, made from it.
  interface Entry { text: string; html?: string; textTemplate?: string; htmlTemplate?: string }
  const entries = new Map<string, Entry>(
    [...root.querySelectorAll<HTMLElement>('.cite-entry')].map((element) => {
      const id = element.dataset.citeId!;
      const shown = element.querySelector<HTMLElement>('.cite-text')!;
      const template = box.templates[id];
      const text = template?.crlf ? shown.textContent!.replaceAll('\n', '\r\n') : shown.textContent!;
      const html = shown.tagName === 'PRE' ? undefined : shown.innerHTML;
      return [id, {
        text,
        html,
        textTemplate: template && sentinelTemplate(text, template.text),
        htmlTemplate: html !== undefined && template?.html ? sentinelTemplate(html, template.html) : undefined,
      }];
    }),
  );
  accessed.value = todayIso();
  root.querySelector<HTMLElement>('.cite-controls')!.hidden = false;

  /** The anchor the reader came from, if it names something on this page. */
  const anchor = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const element = id && id !== 'cite' ? document.getElementById(id) : null;
    if (!element) return null;
    const named = ['.event-title', 'blockquote', 'h2', 'h3'].map((selector) => element.querySelector(selector)).find(Boolean) ?? element;
    return { id, label: (named.textContent ?? id).replace('¶', '').replace(/\s+/g, ' ').trim().slice(0, 80) };
  };

  const current = (entry: Entry, html: boolean) => {
    const chosen = target.querySelector<HTMLInputElement>('input[value=anchor]')!.checked ? anchor() : null;
    const plain = html ? entry.html! : entry.text;
    const template = html ? entry.htmlTemplate : entry.textTemplate;
    let out = template && accessed.value ? fillAccessDate(template, accessed.value) : plain;
    if (chosen) out = out.replaceAll(box.url, `${box.url}#${chosen.id}`);
    return out;
  };

  const render = () => {
    const place = anchor();
    target.hidden = !place;
    if (place) anchorLabel.textContent = `this part: “${place.label}” (#${place.id})`;
    for (const element of root.querySelectorAll<HTMLElement>('.cite-entry')) {
      const entry = entries.get(element.dataset.citeId!)!;
      const text = element.querySelector<HTMLElement>('.cite-text')!;
      if (entry.html) text.innerHTML = current(entry, true); // citeproc's own escaped HTML, built from our content
      else text.querySelector('code')!.textContent = current(entry, false);
    }
  };

  for (const element of root.querySelectorAll<HTMLElement>('.cite-entry')) {
    const button = element.querySelector<HTMLButtonElement>('.copy-button')!;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = current(entries.get(element.dataset.citeId!)!, false);
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = 'Copied';
      } catch {
        getSelection()?.selectAllChildren(element.querySelector('.cite-text')!);
        button.textContent = 'Selected: press Ctrl+C';
      }
    });
  }
  accessed.addEventListener('change', render);
  target.addEventListener('change', render);
  window.addEventListener('hashchange', render);
  render();
}
