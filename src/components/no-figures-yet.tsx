export type NoFiguresYetProps = { heading: string };

/** A valid file with no figures at all (no month or year has a value): there is no period to show. */
export function NoFiguresYet({ heading }: NoFiguresYetProps) {
  return (
    <div className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-semibold">{heading}</h1>
      <p className="mt-2">This file has no figures yet: no month or year has a value.</p>
    </div>
  );
}
