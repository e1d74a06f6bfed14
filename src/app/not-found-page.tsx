import { Link } from '@tanstack/react-router';

export function NotFoundPage() {
  return (
    <section className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">There is no page at this address. It may come from an old link.</p>
      <p className="mt-4">
        <Link to="/" className="link">
          Go to the overview
        </Link>
      </p>
    </section>
  );
}
