import { RECOVERY_TAGS } from '../../src/core/contract';
import { tagCountProblem, tagProblem } from '../../src/core/tag-rules';
import { synthJson } from '../harness';
import { EXAMPLES } from './examples';

/**
 * Every tag every AWS example writes (the library's: ManagedBy, Severity, slo:*, recovery:*, capacity:*, Name;
 * and the examples' own), as a map or as Auto Scaling `tag` blocks, against the rules of the service of each
 * resource (src/core/tag-rules.ts: RDS API Reference "Tag", DynamoDB "Tagging restrictions", S3, IAM, EC2 "Tag
 * restrictions", Route 53 "ChangeTagsForResource"). A resource type AWS would refuse a tag on fails here.
 * kubernetes-service writes labels, not AWS tags.
 */
const AWS_EXAMPLES = Object.keys(EXAMPLES).filter((name) => name !== 'kubernetes-service');

function tagsOf(resource: any): Record<string, string> | undefined {
  if (resource.tags && typeof resource.tags === 'object') return resource.tags;
  if (Array.isArray(resource.tag)) return Object.fromEntries(resource.tag.map((t: any) => [t.key, t.value]));
  return undefined;
}

describe('the tags of every example fit the services they land on', () => {
  const seen: string[] = [];
  test.each(AWS_EXAMPLES)('%s', (name) => {
    const json = synthJson(EXAMPLES[name]());
    const problems: string[] = [];
    let tagged = 0;
    for (const [type, byId] of Object.entries(json.resource ?? {})) {
      for (const [id, r] of Object.entries(byId as Record<string, any>)) {
        const tags = tagsOf(r);
        if (!tags) continue;
        tagged++;
        for (const [k, v] of Object.entries(tags)) {
          const p = tagProblem(type, k, String(v));
          if (p) problems.push(`${type}.${id} ${k}=${v}: ${p}`);
          if (k === RECOVERY_TAGS.regions) seen.push(String(v));
        }
        const count = tagCountProblem(type, Object.keys(tags).length);
        if (count) problems.push(`${type}.${id}: ${count}`);
      }
    }
    expect(tagged).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('the multi-region list tags were among them (the sweep is not empty of them)', () => {
    expect(seen).toEqual(expect.arrayContaining(['eu-west-1 eu-central-1']));
  });
});
