import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyLinkButton } from '../../src/components/copy-link-button';

describe('CopyLinkButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says "Link copied" in a status region that was in the page, empty, before the click', async () => {
    const user = userEvent.setup();
    render(<CopyLinkButton />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    // The same element, so a screen reader already watching it hears the change.
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Link copied');
  });

  it('shows the link to copy by hand when the clipboard is refused, until Escape', async () => {
    const user = userEvent.setup();
    render(<CopyLinkButton />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Copy this link: ${window.location.href}`);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
