import { CAPACITY_TAGS } from '../../core/contract';
import { checkArgumentsBySpec, spec } from '../../core/prop-spec';
import { ZoneHeadroom } from './zone-capacity';

const TAGGED = { refuse: 'a capacity tag holds the value as text, read back by the report' } as const;
const ARGUMENTS = {
  c: spec.object<{ headroom: ZoneHeadroom; predictiveMode?: string }>(
    {
      headroom: spec.object<ZoneHeadroom>(
        {
          requiredCapacity: spec.integer({ required: 'the instances the service needs at peak', min: 1, tokens: TAGGED }),
          zoneCount: spec.integer({ required: 'the zones the group spreads over', min: 2, tokens: TAGGED }),
          minCapacity: spec.integer({ min: 1 }),
          largestZoneShare: spec.integer({ min: 1 }),
          capacityAfterZoneLoss: spec.integer({ min: 1 }),
          headroom: spec.integer({ min: 0 }),
        },
        { required: 'the zone-failure sizing (zoneHeadroom(...))' },
      ),
      predictiveMode: spec.oneOf(['ForecastOnly', 'ForecastAndScale'], { tokens: TAGGED }),
    },
    { required: '{ headroom, predictiveMode? }' },
  ),
};

/**
 * The capacity tags of a service's Auto Scaling group: what it must hold and
 * over how many zones, so the report can show zone-loss headroom from the
 * synthesized JSON alone.
 */
export function capacityTags(c: { headroom: ZoneHeadroom; predictiveMode?: string }): Record<string, string> {
  checkArgumentsBySpec('capacityTags', { c }, ARGUMENTS);
  return {
    [CAPACITY_TAGS.required]: String(c.headroom.requiredCapacity),
    [CAPACITY_TAGS.zones]: String(c.headroom.zoneCount),
    ...(c.predictiveMode !== undefined ? { [CAPACITY_TAGS.predictive]: c.predictiveMode } : {}),
  };
}
