// Progressive enhancement: sort a case table by a column. The server-rendered order
// (last updated first) is what a reader without JavaScript gets.
for (const table of document.querySelectorAll<HTMLTableElement>('table.case-table')) {
  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        const machine = cell.querySelector('time')?.getAttribute('datetime') ?? cell.querySelector('data')?.getAttribute('value');
        return machine ?? cell.textContent?.trim() ?? '';
      };
      const rows = [...table.tBodies[0].rows];
      rows.sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const numeric = Number(x) - Number(y);
        const order = Number.isNaN(numeric) || x === '' || y === '' ? x.localeCompare(y, 'en') : numeric;
        return ascending ? order : -order;
      });
      table.tBodies[0].append(...rows);
    });
  });
}
