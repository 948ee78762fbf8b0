import { blocks, isObject, JsonObject, refersTo, stringMap, str } from './json';

/** One resource of a synthesized stack, as the rules see it. */
export interface TerraformJsonResource {
  /** Resource type, e.g. `aws_db_instance`. */
  readonly type: string;
  /** Logical name, e.g. `orders`. */
  readonly name: string;
  /** Terraform address, e.g. `aws_db_instance.orders`. */
  readonly address: string;
  /** The resource's configuration as written in the JSON (blocks as objects or arrays). */
  readonly body: JsonObject;
}

/**
 * A synthesized Terraform JSON document (`cdk.tf.json`, or any `*.tf.json`)
 * read into resources with addresses. Tolerates every shape Terraform's JSON
 * syntax allows (objects or arrays of objects at each level) and ignores
 * what it does not understand.
 */
export class TerraformJsonStack {
  /** Reads a parsed JSON document; anything that is not an object gives an empty stack. */
  public static fromJson(json: unknown, name = 'stack'): TerraformJsonStack {
    return new TerraformJsonStack(json, name);
  }

  /** Stack name (the folder name under `cdktf.out/stacks`, or the construct id). */
  public readonly name: string;
  /** Every managed resource, in document order. */
  public readonly resources: readonly TerraformJsonResource[];
  /** Default tags of the AWS provider(s), applied to every taggable AWS resource. */
  public readonly defaultTags: Readonly<Record<string, string>>;
  private readonly byAddress = new Map<string, TerraformJsonResource>();
  private readonly byType = new Map<string, TerraformJsonResource[]>();

  private constructor(json: unknown, name: string) {
    this.name = name;
    const resources: TerraformJsonResource[] = [];
    const root = isObject(json) ? json : {};
    for (const group of blocks(root.resource)) {
      for (const [type, named] of Object.entries(group)) {
        for (const byName of blocks(named)) {
          for (const [resourceName, body] of Object.entries(byName)) {
            const first = blocks(body)[0];
            if (first === undefined) continue;
            const address = `${type}.${resourceName}`;
            if (this.byAddress.has(address)) continue;
            const resource = { type, name: resourceName, address, body: first };
            resources.push(resource);
            this.byAddress.set(address, resource);
            const ofType = this.byType.get(type) ?? [];
            ofType.push(resource);
            this.byType.set(type, ofType);
          }
        }
      }
    }
    this.resources = resources;
    const tags: Record<string, string> = {};
    for (const group of blocks(root.provider)) {
      for (const config of blocks(group.aws)) {
        for (const dt of blocks(config.default_tags)) Object.assign(tags, stringMap(dt.tags));
      }
    }
    this.defaultTags = tags;
  }

  /** The resource at an address, e.g. `aws_db_instance.orders`. */
  public resource(address: string): TerraformJsonResource | undefined {
    return this.byAddress.get(address);
  }

  /** Every resource of one or more types. */
  public ofType(...types: string[]): TerraformJsonResource[] {
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  /** Resources of the given types whose configuration references `target` (by address). */
  public referencing(target: TerraformJsonResource, ...types: string[]): TerraformJsonResource[] {
    return this.ofType(...types).filter((r) => r !== target && refersTo(r.body, target.address));
  }

  /** A resource's tags: the provider's default tags, then its own `tags`. */
  public tagsOf(resource: TerraformJsonResource): Record<string, string> {
    const own = stringMap(resource.body.tags);
    return resource.type.startsWith('aws_') ? { ...this.defaultTags, ...own } : own;
  }

  /**
   * True when `value` points at `target`: a reference to its address, or a
   * literal equal to one of its identifying attributes (e.g. `bucket`, `name`).
   */
  public pointsAt(value: unknown, target: TerraformJsonResource, ...identifying: string[]): boolean {
    if (refersTo(value, target.address)) return true;
    if (typeof value !== 'string' || value === '') return false;
    return identifying.some((attr) => str(target.body[attr]) === value);
  }
}
