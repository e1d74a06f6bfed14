import { render, screen, within } from '@testing-library/react';
import { FiguresTable } from '../../src/components/figures-table';

function renderIcpcTable() {
  // CSC 178, Jul-Sep 2023, against the 95% printed under CSC 176.
  render(
    <FiguresTable
      caption="CSC 178: monthly figures, 2023/24"
      rowHeader="Month"
      columns={[
        { key: 'value', header: 'Figure', numeric: true },
        { key: 'numerator', header: 'Numerator', numeric: true },
        { key: 'denominator', header: 'Denominator', numeric: true },
        { key: 'target', header: 'Target', numeric: true },
        { key: 'status', header: 'Status' },
      ]}
      rows={[
        { key: '2023-07', header: 'Jul 2023', cells: ['42.9%', '6', '14', '95%', { status: 'off-target' }] },
        { key: '2023-08', header: 'Aug 2023', cells: ['66.7%', '8', '12', '95%', { status: 'off-target' }] },
        { key: '2023-09', header: 'Sep 2023', mark: 'Selected period', cells: ['83.9%', '26', '31', '95%', { status: 'off-target' }] },
      ]}
    />,
  );
}

describe('FiguresTable', () => {
  it('is a table named by its caption, with column and row headers', () => {
    renderIcpcTable();
    const table = screen.getByRole('table', { name: 'CSC 178: monthly figures, 2023/24' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Month', 'Figure', 'Numerator', 'Denominator', 'Target', 'Status']);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Jul 2023', 'Aug 2023', 'Sep 2023Selected period']);
    expect(within(table).getByRole('columnheader', { name: 'Figure' })).toHaveAttribute('scope', 'col');
    expect(within(table).getByRole('rowheader', { name: 'Jul 2023' })).toHaveAttribute('scope', 'row');
  });

  it('shows each figure as given and the status in words', () => {
    renderIcpcTable();
    const september = screen.getByRole('row', { name: /Sep 2023/ });
    expect(within(september).getAllByRole('cell').map((td) => td.textContent)).toEqual(['83.9%', '26', '31', '95%', 'Off target']);
  });
});
