// A case page's "Compare" link. Opened from the compare page (`?compare=a,b`), it adds this case to
// that choice; otherwise it starts a comparison with this case. The choice lives in the address only.
import { COMPARE_MAX, parseCaseIds, withCase } from '../lib/outputs/compare-state.ts';

const link = document.querySelector<HTMLAnchorElement>('a[data-compare-case]');
const id = link?.dataset.compareCase;
const chosen = parseCaseIds(new URLSearchParams(location.search).get('compare')).filter((other) => other !== id);
if (link && id && chosen.length > 0 && chosen.length < COMPARE_MAX) {
  const target = new URL(link.href);
  target.search = `?cases=${withCase(chosen, id).join(',')}`;
  link.href = target.href;
  link.textContent = `Add this case to the comparison (with ${chosen.length} chosen ${chosen.length === 1 ? 'case' : 'cases'})`;
}
