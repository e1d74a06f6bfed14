import { render, screen } from '@testing-library/react';
import { TextBlocks } from '../../src/components/text-blocks';

describe('TextBlocks', () => {
  it('renders paragraphs and lists in order', () => {
    render(
      <TextBlocks
        blocks={[
          { type: 'paragraph', text: 'All referrals that are completed out of timescale are reviewed by the service manager.' },
          { type: 'list', items: ['Difficulties in contacting the family for further information', 'Awaiting further information from a 3rd party'] },
        ]}
      />,
    );
    expect(screen.getByText('All referrals that are completed out of timescale are reviewed by the service manager.').tagName).toBe('P');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Difficulties in contacting the family for further information',
      'Awaiting further information from a 3rd party',
    ]);
  });

  it('shows markup in the data as text instead of interpreting it', () => {
    const { container } = render(<TextBlocks blocks={[{ type: 'paragraph', text: '<p>In Q2</p><img src=x onerror="alert(1)">' }]} />);
    expect(screen.getByText('<p>In Q2</p><img src=x onerror="alert(1)">')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
