import { CAPACITY_TAGS } from '../../core/contract';
import { ZoneHeadroom } from './zone-capacity';

/**
 * The capacity tags of a service's Auto Scaling group: what it must hold and
 * over how many zones, so the report can show zone-loss headroom from the
 * synthesized JSON alone.
 */
export function capacityTags(c: { headroom: ZoneHeadroom; predictiveMode?: string }): Record<string, string> {
  return {
    [CAPACITY_TAGS.required]: String(c.headroom.requiredCapacity),
    [CAPACITY_TAGS.zones]: String(c.headroom.zoneCount),
    ...(c.predictiveMode !== undefined ? { [CAPACITY_TAGS.predictive]: c.predictiveMode } : {}),
  };
}
