import { useParams } from '@tanstack/react-router';
import { MeasurePage } from '../../features/measure/measure-page';

/** Loaded on demand (router.tsx), so the overview's first screen does not carry the measure screen's code. */
export function MeasureRoute() {
  const { measureId } = useParams({ from: '/measure/$measureId' });
  return <MeasurePage measureId={measureId} />;
}
