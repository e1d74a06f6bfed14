import { isPublishedAddress, publicationBlock, type Publication } from '../../src/app/publication';

const publication: Publication = {
  path: '/',
  dataUrl: '/data/indicators.json',
  fingerprints: ['abc'],
  asAt: '2023-09-30',
  publishedAt: '2023-10-06T09:30:00.000Z',
  load: [],
};

describe('publicationBlock', () => {
  it('writes a JSON block no browser runs, which text from the data cannot close early', () => {
    const block = publicationBlock({ ...publication, asAt: '</script><script>alert(1)</script><!--' });
    expect(block).toMatch(/^<script type="application\/json" id="csc-publication">/);
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(block).not.toContain('<!--');
    const json = block.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect((JSON.parse(json) as Publication).asAt).toBe('</script><script>alert(1)</script><!--');
  });
});

describe('isPublishedAddress', () => {
  it('is the published page only at its own path with no query', () => {
    expect(isPublishedAddress({ pathname: '/', search: '' }, publication)).toBe(true);
    expect(isPublishedAddress({ pathname: '/', search: '?period=2023-07' }, publication)).toBe(false);
    expect(isPublishedAddress({ pathname: '/present', search: '' }, publication)).toBe(false);
  });
});
