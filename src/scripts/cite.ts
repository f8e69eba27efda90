// Progressive enhancement of the cite box: access date, pinpoint anchor, copy buttons, and the
// export formats shown from their download files when the box is opened. Without JavaScript
// the citations are already on the page, correct, without an access date, and the files linked.
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
  const entry = (id: string, text: string, html?: string): Entry => {
    const template = box.templates[id];
    return {
      text,
      html,
      textTemplate: template && sentinelTemplate(text, template.text),
      htmlTemplate: html !== undefined && template?.html ? sentinelTemplate(html, template.html) : undefined,
    };
  };
  const entries = new Map<string, Entry>();
  for (const element of root.querySelectorAll<HTMLElement>('.cite-entry:not([data-cite-src])')) {
    const shown = element.querySelector<HTMLElement>('.cite-text')!;
    entries.set(element.dataset.citeId!, entry(element.dataset.citeId!, shown.textContent!, shown.innerHTML));
  }
  /** The export formats, from their download files (the same text the page would show), once. */
  let formats: Promise<void> | undefined;
  const loadFormats = () =>
    (formats ??= Promise.all(
      [...root.querySelectorAll<HTMLElement>('.cite-entry[data-cite-src]')].map(async (element) => {
        const response = await fetch(element.dataset.citeSrc!);
        if (!response.ok) return;
        // As served: RIS keeps its CRLF line ends, which the access-date template counts.
        entries.set(element.dataset.citeId!, entry(element.dataset.citeId!, await response.text()));
        element.querySelector<HTMLElement>('.cite-text')!.hidden = false;
        element.querySelector<HTMLElement>('.copy-button')!.hidden = false;
      }),
    ).then(render));
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
      const shown = entries.get(element.dataset.citeId!);
      if (!shown) continue; // an export format not loaded yet
      const text = element.querySelector<HTMLElement>('.cite-text')!;
      if (shown.html) text.innerHTML = current(shown, true); // citeproc's own escaped HTML, built from our content
      else text.querySelector('code')!.textContent = current(shown, false);
    }
  };

  for (const element of root.querySelectorAll<HTMLElement>('.cite-entry')) {
    const button = element.querySelector<HTMLButtonElement>('.copy-button')!;
    button.hidden = element.dataset.citeSrc !== undefined;
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
  if (root instanceof HTMLDetailsElement) {
    if (root.open) void loadFormats();
    root.addEventListener('toggle', () => root.open && void loadFormats());
  }
  accessed.addEventListener('change', render);
  target.addEventListener('change', render);
  window.addEventListener('hashchange', render);
  render();
}
