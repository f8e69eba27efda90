/**
 * Accessibility in a real browser: axe-core's WCAG 2.2 AA rules on a loaded page, and a visible
 * focus indicator on each element the keyboard reaches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** axe-core's tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** The part of axe-core's API and results the gate reads. */
interface AxeApi {
  run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[] }>;
}

export interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  /** The offending elements: CSS selector and the start of their markup. */
  nodes: { target: string; html: string }[];
}

/** A violation accepted for now: the rule, which elements (by their markup), and why it is not fixed yet. */
export interface KnownViolation {
  rule: string;
  html: RegExp;
  reason: string;
}

/** Drops the elements a known violation covers, and the violations left with no element. */
export function withoutKnown(violations: Violation[], known: KnownViolation[]): Violation[] {
  return violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !known.some((k) => k.rule === violation.rule && k.html.test(node.html))) }))
    .filter((violation) => violation.nodes.length > 0);
}

/**
 * A browser context whose pages carry axe-core. An init script runs before the page's own and is
 * not subject to its CSP (which forbids inline script), so the CSP stays on while axe runs.
 */
export async function axeContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme: 'light' });
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/** Runs axe on the loaded page; `rules` narrows the run to those rule ids (within the WCAG tags). */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  const results = await page.evaluate(
    async ({ tags, rules }) => {
      const { axe } = window as unknown as { axe: AxeApi };
      const options = rules ? { runOnly: { type: 'rule', values: rules } } : { runOnly: { type: 'tag', values: tags } };
      const { violations } = await axe.run(document, { ...options, resultTypes: ['violations'] });
      return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200) })) }));
    },
    { tags: WCAG_AA_TAGS, rules },
  );
  return results;
}

export interface FocusStop {
  /** A short description of the focused element: tag, id or class, and text. */
  element: string;
  outline: string;
  boxShadow: string;
  visible: boolean;
}

/** Presses Tab `count` times and reports, for each element reached, whether its focus can be seen. */
export async function tabStops(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : element.classList.length ? `.${element.classList[0]}` : ''}`;
      return {
        element: `${name} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        boxShadow: style.boxShadow,
        visible: outlined || shadowed,
      };
    });
    if (stop) stops.push(stop);
  }
  return stops;
}
